"""Entity linking: one canonical record per actor across spellings.

The starter gazetteer (``data/actors.json``) holds the actors that matter for regional
security (Iranian ministries, armed forces and security bodies, state organs, parties, the
armed groups of the region, international bodies and leading figures) with aliases: Persian
and Arabic spellings, with and without titles, English names. Provincial bodies
(«استانداری کرمان», «دادگستری استان فارس», «شورای تامین استان ...») are generated for the
31 provinces.

Matching is on a *key*: the folded form (``fold``: Arabic/Persian letter forms, ZWNJ, digits)
with honorifics and titles («آقای», «سردار», «آیت‌الله», «حجت‌الاسلام و المسلمین» ...) removed.
Mentions not in the gazetteer get a derived canonical id (``<type>:<key>``), so one actor
written two ways still lands on one record; ``Linker.add_alias`` merges a new spelling into
an existing entity (and the store keeps it: ``Store.upsert_entity``/``Store.add_entity_alias``).
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections.abc import Iterable
from pathlib import Path

from didban.records import Entity, Mention
from didban.text.normalize import fold

DATA = Path(__file__).resolve().parent / "data"
LINKED_TYPES = ("PER", "ORG", "LOC", "FAC", "EVE")

# Honorifics, ranks and titles that may precede (or, for a few, follow) a name. Folded forms.
TITLES = [
    fold(t)
    for t in (
        "حضرت آیت‌الله العظمی", "حضرت آیت‌الله", "آیت‌الله العظمی", "آیت‌الله", "آیت الله",
        "حجت‌الاسلام والمسلمین", "حجت‌الاسلام و المسلمین", "حجت‌الاسلام", "حجةالاسلام",
        "سرلشکر پاسدار", "سرتیپ پاسدار", "سردار سرتیپ", "سرلشکر", "سرتیپ دوم", "سرتیپ", "سپهبد", "دریادار",
        "سرهنگ", "سرگرد", "سروان", "ستوان", "امیر", "سردار", "شهید", "آقای", "آقا", "خانم", "دکتر", "مهندس",
        "استاد", "حاج", "حاجی", "سید", "سیده", "شیخ", "رئیس‌جمهور", "رئیس جمهور", "رییس جمهور",
        "وزیر", "نماینده", "استاندار", "فرماندار", "امام جمعه", "مرحوم", "جناب", "Mr.", "Mrs.", "Dr.",
        "President", "General",
    )
]
TITLES.sort(key=len, reverse=True)
_WS = re.compile(r"\s+")
_DESCRIPTOR = re.compile(
    "^(?:" + "|".join(re.escape(fold(d)) for d in (
        "گروهک تروریستی", "گروه تروریستی", "سازمان تروریستی", "تروریست‌های", "تروریستهای", "گروهک", "گروه",
        "جنبش", "سازمان", "شبه‌نظامیان", "نیروهای", "عناصر",
    )) + ") "
)


LATIN = re.compile(r"[A-Za-z]")
_ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff][\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u0640]*")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z]")


def key(text: str) -> str:
    """Matching key of a name: folded, titles stripped from the front, punctuation trimmed."""
    k = fold(text)
    k = re.sub(r"[«»\"'()\[\]،,.:؛;!?؟]", " ", k)
    k = _WS.sub(" ", k).strip()
    changed = True
    while changed and k:
        changed = False
        for t in TITLES:
            if k.startswith(t + " ") and len(k) > len(t) + 1:
                k = k[len(t) + 1 :]
                changed = True
                break
    return k


def _provincial_bodies() -> list[dict[str, object]]:
    from didban.places.gazetteer import provinces

    out: list[dict[str, object]] = []
    for p in provinces():
        fa, pid = str(p["fa"]), str(p["id"])
        out += [
            {"id": f"org:governorate:{pid}", "type": "ORG", "name": f"استانداری {fa}", "country": "IR",
             "name_en": f"{p['en']} Governorate", "aliases": [f"استانداری استان {fa}"]},
            {"id": f"org:justice:{pid}", "type": "ORG", "name": f"دادگستری استان {fa}", "country": "IR",
             "name_en": f"{p['en']} Province Justice Department", "aliases": [f"دادگستری کل استان {fa}"]},
            {"id": f"org:police:{pid}", "type": "ORG", "name": f"فرماندهی انتظامی استان {fa}", "country": "IR",
             "name_en": f"{p['en']} Province Police", "aliases": [f"انتظامی استان {fa}", f"پلیس استان {fa}"]},
            {"id": f"org:security-council:{pid}", "type": "ORG", "name": f"شورای تامین استان {fa}",
             "country": "IR", "name_en": f"{p['en']} Province Security Council",
             "aliases": [f"شورای تأمین استان {fa}"]},
        ]
    return out


def starter_entities(arabic: bool = True) -> list[Entity]:
    """The shipped gazetteer of canonical actors; ``arabic``: with the names Arabic copy writes
    (``data/actors_ar.json``: «الحرس الثوري», «وزارة الخارجية الإيرانية», «عباس عراقجي»)."""
    rows = json.loads((DATA / "actors.json").read_text(encoding="utf-8")) + _provincial_bodies()
    ar: dict[str, list[str]] = json.loads((DATA / "actors_ar.json").read_text(encoding="utf-8")) if arabic else {}
    return [
        Entity(id=str(r["id"]), name=str(r["name"]), type=str(r["type"]),  # type: ignore[arg-type]
               aliases=[*r.get("aliases", []), *ar.get(str(r["id"]), [])],  # type: ignore[list-item]
               name_en=r.get("name_en"), country=r.get("country"))  # type: ignore[arg-type]
        for r in rows
    ]


class Linker:
    """Alias index over canonical entities; grows as new aliases are merged."""

    def __init__(self, entities: Iterable[Entity] = ()):
        self.entities: dict[str, Entity] = {}
        self._by_key: dict[str, str] = {}
        self._latin: tuple[dict[tuple[str, ...], tuple[str, bool]], int] = ({}, 1)
        self._latin_stamp: int | None = None
        self._arabic: tuple[dict[str, str], int] | None = None
        for e in entities:
            self.add(e)
        self.curated = frozenset(self.entities)  # the gazetteer's own entities (not derived from mentions)

    def add(self, entity: Entity) -> None:
        """Add (or merge into) a canonical entity; its name and aliases become keys."""
        cur = self.entities.get(entity.id)
        if cur is None:
            cur = Entity(id=entity.id, name=entity.name, type=entity.type, aliases=[],
                         name_en=entity.name_en, country=entity.country)
            self.entities[entity.id] = cur
        for a in [entity.name, *(entity.aliases or []), *([entity.name_en] if entity.name_en else [])]:
            self.add_alias(entity.id, a)

    def add_alias(self, entity_id: str, alias: str) -> bool:
        """Merge ``alias`` into ``entity_id``. False when the key already belongs to another entity."""
        e = self.entities[entity_id]
        k = key(alias)
        if not k:
            return False
        owner = self._by_key.get(k)
        if owner is not None and owner != entity_id:
            return False
        self._by_key[k] = entity_id
        if alias != e.name and alias not in e.aliases:
            e.aliases.append(alias)
        return True

    def lookup(self, text: str) -> Entity | None:
        k = key(text)
        eid = self._by_key.get(k) or self._by_key.get(fold(text))
        if eid is None:  # «گروهک تروریستی داعش» -> «داعش»
            m = _DESCRIPTOR.match(k)
            if m and m.end() < len(k):
                eid = self._by_key.get(k[m.end():])
        return self.entities.get(eid) if eid else None

    def canonical(self, text: str, type_: str) -> str | None:
        """Entity id of a mention: a gazetteer entity, else ``<type>:<key>`` for name types, else None."""
        e = self.lookup(text)
        if e is not None:
            return e.id
        if type_ not in LINKED_TYPES:
            return None
        if type_ == "LOC":
            from didban.places.gazetteer import lookup as place_lookup

            places = place_lookup(text)
            if places:
                best = sorted(places, key=lambda p: ({"country": 0, "province": 1, "city": 2}[p.kind], -p.population))[0]
                return f"loc:{best.id}"
        k = key(text)
        return f"{type_.lower()}:{k}" if k else None

    def latin_mentions(self, text: str) -> list[Mention]:
        """Mentions of gazetteer actors by their Latin-script names («IRGC», «Revolutionary Guards», «Jaish
        al-Adl»), which the Persian tagger does not see: longest match over words; an acronym only as written
        in capitals («IS», not «is»), another name only when its first word is capitalised."""
        if not LATIN.search(text):
            return []
        index, longest = self._latin_index()
        words = [(m.group(), m.start(), m.end()) for m in _LATIN_WORD.finditer(text)]
        out: list[Mention] = []
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                span = words[i:i + n]
                if any(span[k + 1][1] - span[k][2] > 1 for k in range(n - 1)):
                    continue  # the words of a name are one space apart
                hit = index.get(tuple(w.lower() for w, _, _ in span))
                if hit is None:
                    continue
                eid, acronym = hit
                written = [w for w, _, _ in span]
                if (acronym and written != [w.upper() for w in written]) or not written[0][0].isupper():
                    continue
                s, e = span[0][1], span[-1][2]
                ent = self.entities[eid]
                out.append(Mention(text=text[s:e], type=ent.type, start=s, end=e, canonical=eid))
                i += n - 1
                break
            i += 1
        return out

    def arabic_mentions(self, text: str) -> list[Mention]:
        """Mentions of gazetteer actors by their Arabic-script names in Arabic copy, where the Persian tagger is
        of no use: longest match over words, a joined «و»، «ب»، «ل» or «ف» taken off the first word («والحرس
        الثوري»), the gazetteer's own entities only."""
        index, longest = self._arabic_index()
        words = [(fold(m.group()), m.start(), m.end()) for m in _ARABIC_WORD.finditer(text)]
        out: list[Mention] = []
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                span = words[i:i + n]
                if any(text[span[k][2]:span[k + 1][1]].strip() for k in range(n - 1)):
                    continue  # the words of a name are separated by white space only
                rest = " ".join(w for w, _, _ in span[1:])
                first, s = span[0][0], span[0][1]
                eid = index.get(f"{first} {rest}".strip())
                if eid is None and len(first) > 3 and first[0] in "وبلف":
                    first = "ال" + first[2:] if first.startswith("لل") else first[1:]
                    eid, s = index.get(f"{first} {rest}".strip()), s + 1
                if eid is None:
                    continue
                e = span[-1][2]
                out.append(Mention(text=text[s:e], type=self.entities[eid].type, start=s, end=e, canonical=eid))
                i += n - 1
                break
            i += 1
        return out

    def _arabic_index(self) -> tuple[dict[str, str], int]:
        if self._arabic is None:
            index: dict[str, str] = {}
            for eid in sorted(self.curated):
                e = self.entities[eid]
                for name in [e.name, *e.aliases]:
                    if _ARABIC_LETTER.search(name):
                        index.setdefault(" ".join(fold(w) for w in _ARABIC_WORD.findall(name)), eid)
            index.pop("", None)
            self._arabic = (index, max((k.count(" ") + 1 for k in index), default=1))
        return self._arabic

    def _latin_index(self) -> tuple[dict[tuple[str, ...], tuple[str, bool]], int]:
        stamp = sum(len(e.aliases) + 1 for e in self.entities.values())
        if self._latin_stamp != stamp:
            index: dict[tuple[str, ...], tuple[str, bool]] = {}
            for e in self.entities.values():
                for name in [e.name, e.name_en or "", *e.aliases]:
                    ws = tuple(_LATIN_WORD.findall(name))
                    if not ws or not LATIN.search(name) or _NON_LATIN_LETTER.search(name):
                        continue
                    index.setdefault(tuple(w.lower() for w in ws), (e.id, all(w.isupper() for w in ws)))
            self._latin = (index, max((len(k) for k in index), default=1))
            self._latin_stamp = stamp
        return self._latin

    def link(self, mentions: Iterable[Mention]) -> list[Mention]:
        out = []
        for m in mentions:
            m.canonical = self.canonical(m.text, m.type)
            out.append(m)
        return out

    def observe(self, mentions: Iterable[Mention]) -> list[Entity]:
        """Entities for derived (non-gazetteer) canonical ids seen in ``mentions``, new spellings merged."""
        new: dict[str, Entity] = {}
        for m in mentions:
            if not m.canonical:
                continue
            if m.canonical in self.entities:
                self.add_alias(m.canonical, m.text)
                continue
            e = new.get(m.canonical)
            if e is None:
                e = new[m.canonical] = Entity(id=m.canonical, name=m.text, type=m.type, aliases=[])
            elif m.text != e.name and m.text not in e.aliases:
                e.aliases.append(m.text)
        for e in new.values():
            self.add(e)
        return list(new.values())

    def sync(self, store) -> int:  # store: didban.store.Store
        """Write every entity and alias key to the store (idempotent); returns the entity count."""
        for e in self.entities.values():
            store.upsert_entity(e, [key(a) for a in [e.name, *e.aliases]])
        return len(self.entities)


_lock = threading.Lock()
_linker: Linker | None = None


def linker() -> Linker:
    """The process-wide linker over the starter gazetteer."""
    global _linker
    if _linker is None:
        with _lock:
            if _linker is None:
                _linker = Linker(starter_entities())
    return _linker


def feature_names() -> list[tuple[str, str]]:
    """(folded alias, type) of the starter gazetteer, for the NER gazetteer features (the shipped models
    were trained with these: the Arabic names are left out)."""
    out = []
    for e in starter_entities(arabic=False):
        for a in [e.name, *e.aliases]:
            f = fold(a)
            if f and re.search(r"[\u0600-\u06ff]", f) and len(f) > 2:
                out.append((f, e.type))
    return out


_synced: weakref.WeakSet = weakref.WeakSet()  # stores the gazetteer was written to


def link_entities(store, mentions: Iterable[Mention]) -> int:  # store: didban.store.Store
    """Create or merge the store's entity records for linked mentions (the starter gazetteer is
    synced once per store): new spellings of a known actor become aliases, mentions of actors
    outside the gazetteer become entities under their derived id. Mentions without a canonical
    id get one. Returns the number of new entities."""
    lk = linker()
    with _lock:
        if store not in _synced:
            lk.sync(store)
            _synced.add(store)
        mentions = list(mentions)
        for m in mentions:
            if m.canonical is None:
                m.canonical = lk.canonical(m.text, m.type)
        known = [m for m in mentions if m.canonical in lk.entities]
        for m in known:
            e = lk.entities[m.canonical]  # type: ignore[index]
            if m.text != e.name and m.text not in e.aliases and lk.add_alias(e.id, m.text):
                store.add_entity_alias(e.id, m.text, key(m.text))
        new = lk.observe([m for m in mentions if m.canonical and m not in known])
        for e in new:
            store.upsert_entity(e, [key(a) for a in [e.name, *e.aliases]])
    return len(new)


def persist(store, article_id: str, mentions: list[Mention]) -> int:  # store: didban.store.Store
    """Store an article's linked mentions with their entities (see ``link_entities``); returns the
    mention rows written."""
    link_entities(store, mentions)
    return store.save_mentions(article_id, mentions)
