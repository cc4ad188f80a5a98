"""Resolve the places an article mentions to provinces, Iranian cities and countries.

Names are matched on folded words (longest match first) against ``didban.places.gazetteer``.
Disambiguation:

- *person or place* («کرمان» in «آقای کرمان», a span the NER model calls PER): a match inside
  a PER mention, or right after a title/honorific, is not a place;
- *province or capital city* («کرمان»): «استان کرمان» is the province, bare «کرمان» the city
  (whose province is Kerman either way);
- *province or country* («آذربایجان»): «جمهوری آذربایجان», or Baku/Aliyev/Karabakh in the text,
  make it the Republic of Azerbaijan; evidence for the Iranian Azerbaijan provinces (their
  cities, «استان») makes it the province with the most evidence; otherwise the country, with
  low confidence;
- names that are also common words («جم», «نور», «قدس», «بهار» ...) count only after a
  place cue («شهر», «شهرستان», «بندر», «بخش»);
- «فارس» in «خبرگزاری فارس» / «خلیج فارس» and similar fixed phrases, and as the agency («به گزارش فارس،»,
  «به نقل از فارس،», a lead «فارس: ...»), is not a place;
- «مرکزی» is the province only after a cue («استان مرکزی», a list of places), not in «بانک مرکزی»;
- «کردستان عراق» and «اقلیم کردستان» are Iraq, «حزب کارگران کردستان» an organisation.

The main place is the province with the most (position-weighted) evidence, unless a foreign
country has more; a dateline «به گزارش ... از <place>» weighs most. A neighbour named as the border
of a place in Iran («near the Pakistan border», «مرز پاکستان») weighs less, and a place abroad in a
wire dateline («DUBAI, United Arab Emirates (AP) —») is the bureau and does not count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from didban.places.gazetteer import WEAK_CITY_NAMES, Gazetteer, Place, gazetteer
from didban.records import Mention, PlaceRef
from didban.text.normalize import fold

_PERSON_CUES = {
    fold(w)
    for w in (
        "آقای", "آقا", "خانم", "دکتر", "مهندس", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "شهید", "حاج", "حاجی",
        "آیت‌الله", "حجت‌الاسلام", "والمسلمین", "المسلمین", "استاد", "مرحوم", "جناب", "سید", "سیده",
    )
}
_PLACE_CUES = {fold(w) for w in ("شهر", "شهرستان", "بندر", "بخش", "استان", "روستای", "منطقه", "شهرهای", "جزیره",
                                  "استاندار", "استانداری")}
_BLOCK_PREV = {
    fold(w)
    for w in ("خبرگزاری", "خلیج", "خبرنگار", "خبرنگاران", "روزنامه", "نشریه", "گزارشگر", "دریای", "زبان", "پایگاه",
              "باشگاه", "تیم", "هفته‌نامه", "سایت", "اقیانوس")
}
_BLOCK_NEXT = {fold(w) for w in ("نیوز", "news")}
_AZ_COUNTRY_CUES = {fold(w) for w in ("باکو", "علی‌اف", "علی اف", "قره‌باغ", "قره باغ", "نخجوان", "ایروان")}
_DATELINE = re.compile(r"به گزارش [^.\n:]{0,80}? از ([^\s،,.:]+(?: [^\s،,.:]+){0,3})")
# a wire dateline at the start of a line: «DUBAI, United Arab Emirates (AP) —», «LONDON, Sept 16 (Reuters) -»; a place
# abroad in it is the bureau, not where the story happened
_WIRE_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Za-z .'’-]{1,40}(?:,[^\n()—–]{1,60})?\s*\([A-Za-z .]{2,24}\)\s*[-—–]", re.M)
# «near the Pakistan border», «the border with Pakistan», «مرز پاکستان»: a neighbour named to locate a place in Iran
_BORDER_BEFORE = re.compile(r"(?:\bborders? (?:with|of)(?: the)?|مرز(?:\u200c?های| های)?(?: مشترک)?(?: با)?(?: کشور)?|الحدود مع|"
                            r"الحدود)\s*$", re.I)
_BORDER_AFTER = re.compile(r"^(?:'s)?\s*borders?\b", re.I)

# the name as matched, not the place. Beyond the gazetteer's own list (which the NER features also read, so it stays
# as the shipped taggers were trained): words found read as cities in the FarExStance articles (stop 16): «صحنه»
# (scene, 64 articles), «سهند» (the destroyer), «میانه» (middle), «محلات» (neighbourhoods), «اهرم» (lever),
# «سلسله» (dynasty), «سراب» (mirage), «گلوگاه» (bottleneck), «مبارکه» («دهه مبارکه فجر»), «درمیان», «ریگان»
# (Reagan), «پارسیان»
_WEAK = {fold(w) for w in (*WEAK_CITY_NAMES, "گنبد", "صحنه", "سهند", "میانه", "محلات", "اهرم", "سلسله", "سراب",
                           "گلوگاه", "مبارکه", "درمیان", "ریگان", "پارسیان")}
# province names that are first everyday words: «مرکزی» in «بانک مرکزی», «فرماندهی مرکزی», «دولت مرکزی عراق» (122 of
# the 859 FarExStance articles named Markazi that way, 26 as their main place); a place only after a cue («استان»,
# «استاندار», a list of places), and not in «بخش مرکزی» (a county's central district)
_WEAK_PROVINCE = {fold("مرکزی")}
_FARS = fold("فارس")
_REPORT, _FROM, _QUOTE = fold("گزارش"), fold("از"), fold("نقل")
_KURDISTANS = (fold("کردستان"), "kurdistan")
_IRAQ, _DISTRICT = fold("عراق"), fold("بخش")
_IRAQI_REGION_PREV = (fold("اقلیم"), "iraqi", "s")  # «اقلیم کردستان», «Iraqi Kurdistan», «Iraq's Kurdistan»
# «حزب کارگران کردستان» (PKK), «حزب حیات آزاد کردستان» (PJAK), «حزب دموکرات کردستان» (KDPI): organisations
_KURDISTAN_ORG_PREV = {fold(w) for w in ("کارگران", "آزاد", "دموکرات")}
# country names that are also everyday words («مالی» = financial): a place only after a cue
_WEAK_COUNTRY = {fold(w) for w in ("مالی", "چک")}  # «چک» (Czechia) is a cheque, «چک کردن» to check
_COUNTRY_CUES = {fold(w) for w in ("کشور", "در", "به", "جمهوری", "دولت")}
_CONF = {"province": 0.9, "city": 0.85, "country": 0.9}


@dataclass(slots=True)
class _Hit:
    place: Place
    start: int  # char offsets in the text
    end: int
    confidence: float
    word_index: int


def _words(text: str) -> list[tuple[str, int, int]]:
    """Folded words with offsets (ZWNJ-joined words are split like ``fold`` does)."""
    from didban.entities.tokenize import tokenize

    out: list[tuple[str, int, int]] = []
    for tok, s, e in tokenize(text):
        f = fold(tok)
        if not f:
            continue
        if " " in f:
            # split on ZWNJ inside the token; offsets of the parts within the token
            pos = s
            for part in re.split(r"[\u200c\s]+", tok):
                if not part:
                    continue
                ps = text.find(part, pos, e)
                ps = ps if ps >= 0 else pos
                out.append((fold(part), ps, ps + len(part)))
                pos = ps + len(part)
        else:
            out.append((f, s, e))
    return out


class _Spans:
    """Mentions of some types by start, to find the one a span lies inside without a scan of all of them (a
    scan per candidate place made a long text quadratic: 100 s for 900,000 characters)."""

    def __init__(self, mentions: Sequence[Mention], types: set[str]) -> None:
        ms = sorted((m for m in mentions if m.type in types), key=lambda m: m.start)
        self.starts = [m.start for m in ms]
        self.mentions = ms
        self.longest = max((m.end - m.start for m in ms), default=0)

    def inside(self, start: int, end: int) -> Mention | None:
        """The first mention (by start) that holds ``[start, end)``, or None."""
        j = bisect_right(self.starts, start) - 1
        found = None
        while j >= 0 and self.starts[j] >= start - self.longest:
            if self.mentions[j].end >= end:
                found = self.mentions[j]  # (keep looking back: the earliest one that holds it, as the scan gave)
            j -= 1
        return found


def _candidates(g: Gazetteer, words: list[tuple[str, int, int]],
                index: dict[str, list[str]] | None = None) -> list[tuple[int, int, list[Place]]]:
    """(first word, last word + 1, places) for each longest match (in ``index``, default ``g.index``)."""
    index = g.index if index is None else index
    out = []
    i, n = 0, len(words)
    while i < n:
        hit = None
        for L in range(min(g.maxlen, n - i), 0, -1):
            ids = index.get(" ".join(w for w, _, _ in words[i : i + L]))
            if ids:
                hit = (i, i + L, [g.places[x] for x in ids])
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


_AR_CLITICS = ("و", "ب", "ل", "ف")  # joined to the next word in Arabic: «بطهران», «وسوريا», «لإيران»


def _arabic_words(words: list[tuple[str, int, int]], firsts: frozenset[str]) -> list[tuple[str, int, int]]:
    """Arabic words with a joined conjunction or preposition taken off where the rest starts a place name
    (``firsts``: the first words of the names)."""
    out = []
    for w, s, e in words:
        if w not in firsts and len(w) > 3 and w[0] in _AR_CLITICS:
            rest = "ال" + w[2:] if w.startswith("لل") else w[1:]  # «للعراق» = «ل» + «العراق»
            if rest in firsts:
                out.append((rest, s + 1, e))
                continue
        out.append((w, s, e))
    return out


def find_places(text: str, mentions: Sequence[Mention] | None = None, lang: str | None = None) -> list[_Hit]:
    g = gazetteer()
    words = _words(text)
    index = g.index
    if lang == "ar":  # Arabic copy: Arabic names, and words with a joined «و»، «ب»، «ل»
        index = g.index_ar
        words = _arabic_words(words, g.firsts_ar)
    if mentions is None:
        from didban.entities import extract_mentions

        mentions = extract_mentions(text, link=False, lang=lang)
    persons, orgs = _Spans(mentions, {"PER"}), _Spans(mentions, {"ORG"})
    folded_all = " ".join(w for w, _, _ in words)
    az_country_ctx = any(c in folded_all for c in _AZ_COUNTRY_CUES)
    raw: list[tuple[int, int, list[Place]]] = _candidates(g, words, index)
    # provincial evidence before choosing between same-name candidates
    prov_evidence: dict[str, int] = defaultdict(int)
    for _a, _b, places in raw:
        if len(places) == 1 and places[0].province:
            prov_evidence[places[0].province] += 1
    hits: list[_Hit] = []
    last_end = -10  # word index after the last accepted place (for «X و Y» lists)
    for a, b, places in raw:
        s, e = words[a][1], words[b - 1][2]
        if text[s].islower():  # Latin script: a place name is capitalized («traffic jam», «the bam of a drum»)
            continue
        prev = words[a - 1][0] if a > 0 else ""
        nxt = words[b][0] if b < len(words) else ""
        if prev in _BLOCK_PREV or nxt in _BLOCK_NEXT:
            continue
        if prev in _PERSON_CUES or persons.inside(s, e):
            continue
        cue = prev in _PLACE_CUES or (prev in {"و", "،", ","} and a - last_end == 1)
        conf_adj = 0.0
        if orgs.inside(s, e):
            conf_adj -= 0.1
        name = " ".join(w for w, _, _ in words[a:b])
        if name == _FARS and (prev == _REPORT or nxt == ":" or (prev == _FROM and a >= 2 and words[a - 2][0] == _QUOTE)):
            continue  # the agency: «به گزارش فارس،», «به نقل از فارس،», a lead «فارس: ...»
        if name == "pars" and prev in ("south", "north"):
            continue  # the South Pars gas field (Bushehr), not Fars province
        if name in _KURDISTANS:
            if prev in _KURDISTAN_ORG_PREV or nxt == _IRAQ:
                continue  # a party's name; «کردستان عراق»: Iraq's region, and «عراق» is the next match
            if prev in _IRAQI_REGION_PREV or nxt in ("region", "regional"):  # «اقلیم کردستان», «Iraq's Kurdistan region»
                iq = gazetteer().places.get("IQ")
                if iq is not None:
                    hits.append(_Hit(iq, s, e, 0.8, a))
                    last_end = b
                continue
        if name in _WEAK_PROVINCE and (not cue or prev == _DISTRICT) and all(p.kind == "province" for p in places):
            continue  # («بخش مرکزی»: a county's central district)
        chosen = _choose(places, name, prev, prov_evidence, az_country_ctx)
        if chosen is None:
            continue
        place, conf = chosen
        if (not cue and name in _WEAK and place.kind == "city" and place.country == "IR") or \
                (name in _WEAK_COUNTRY and place.kind == "country" and prev not in _COUNTRY_CUES):
            continue  # (a weak country needs a country cue: «بخش مالی» is the financial sector)
        hits.append(_Hit(place, s, e, max(0.1, min(1.0, conf + conf_adj)), a))
        last_end = b
    return hits


_AZ = fold("آذربایجان")


def _choose(
    places: list[Place], name: str, prev: str, prov_evidence: dict[str, int], az_country_ctx: bool
) -> tuple[Place, float] | None:
    if len(places) == 1:
        p = places[0]
        if p.id == "AZ" and name == _AZ:
            return _azerbaijan(p, prev, prov_evidence, az_country_ctx)
        return p, _CONF[p.kind]
    provs = [p for p in places if p.kind == "province"]
    cities = [p for p in places if p.kind == "city"]
    countries = [p for p in places if p.kind == "country"]
    if provs and prev == fold("استان"):
        return provs[0], 0.95
    if provs and cities:
        same = [c for c in cities if c.province == provs[0].id]
        if same:  # «کرمان»: the capital city (its province is the same)
            return same[0], 0.85
        return provs[0], 0.8
    if cities:
        # same name in two provinces: the one with other evidence, else the most populous
        cities.sort(key=lambda c: (-prov_evidence.get(c.province or "", 0), -c.population))
        return cities[0], 0.6
    if provs:
        return provs[0], 0.8
    if countries:
        return countries[0], 0.7
    return None


def _azerbaijan(
    country: Place, prev: str, prov_evidence: dict[str, int], az_country_ctx: bool
) -> tuple[Place, float]:
    from didban.places.gazetteer import get

    if prev == fold("جمهوری") or az_country_ctx:
        return country, 0.9
    east, west = prov_evidence.get("azarbaijan-sharghi", 0), prov_evidence.get("azarbaijan-gharbi", 0)
    if prev == fold("استان") or east or west:
        pid = "azarbaijan-gharbi" if west > east else "azarbaijan-sharghi"
        p = get(pid)
        if p is not None:
            return p, 0.6
    return country, 0.5


def resolve(text: str, mentions: Sequence[Mention] | None = None,
            lang: str | None = None) -> tuple[list[PlaceRef], str | None]:
    """Places of ``text`` (one ``PlaceRef`` per distinct place) and the main place id.

    ``mentions`` are the article's NER mentions (``didban.entities.extract_mentions``); when
    None they are computed here. The main place is a province id, or a country code when the
    article is about a place abroad (or only about Iran as a whole).
    """
    if not text or not text.strip():
        return [], None
    hits = find_places(text, mentions, lang)
    if not hits:
        return [], None
    n = max(len(text), 1)
    dl_prov: str | None = None
    m = _DATELINE.search(text[:600])
    by_place: dict[str, list[_Hit]] = defaultdict(list)
    for h in hits:
        by_place[h.place.id].append(h)
        if m and dl_prov is None and m.start(1) <= h.start < m.end(1):
            # (a city abroad in a dateline is often a bureau, «DUBAI (Reuters) -», not where it happened)
            dl_prov = h.place.province or (None if h.place.kind == "city" else h.place.id)
    refs: list[PlaceRef] = []
    for hs in sorted(by_place.values(), key=lambda hs: hs[0].start):
        p = hs[0].place
        conf = max(h.confidence for h in hs)
        conf = min(1.0, conf + 0.03 * (len(hs) - 1))
        refs.append(
            PlaceRef(id=p.id, kind=p.kind, name=p.name, confidence=round(conf, 3),  # type: ignore[arg-type]
                     province=p.province, country=p.country)
        )
    # main place: position-weighted evidence per province / foreign country
    score: dict[str, float] = defaultdict(float)
    abroad: dict[str, float] = defaultdict(float)
    wire = [(x.start(), x.end()) for x in _WIRE_DATELINE.finditer(text[:800])]
    in_iran = any(h.place.province for h in hits)
    for h in hits:
        w = h.confidence * (2.0 if h.start < 300 else 1.0 + (1 - h.start / n) * 0.5)
        p = h.place
        if p.country != "IR" and any(a <= h.start < b for a, b in wire):
            continue  # the bureau of a wire dateline
        if p.kind == "country" and p.id != "IR" and in_iran and (
                _BORDER_BEFORE.search(text[max(0, h.start - 30) : h.start]) or _BORDER_AFTER.match(text[h.end : h.end + 12])):
            w *= 0.3  # a border that locates a place in Iran
        if p.province:
            weight = 0.5 if p.province == "tehran" else 1.0  # Tehran also stands for the state
            score[p.province] += w * weight
        elif p.kind == "country" and p.id != "IR":
            score[p.id] += w
        elif p.country and p.country != "IR":  # a city abroad: its country, when nothing else names a place
            abroad[p.country] += w
    if dl_prov:
        score[dl_prov] += 5.0
    if not score and "IR" not in by_place:
        score = abroad
    if not score:
        return refs, "IR" if "IR" in by_place else None
    main = max(score.items(), key=lambda kv: (kv[1], len(kv[0]) > 2))[0]
    return refs, main
