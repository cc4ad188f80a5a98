"""Rule- and lexicon-based PLOVER event coding of one article, sentence by sentence.

For every sentence of ``Article.text`` (split by :func:`didban.text.sentence_spans`, matched on
the same-length folded form so offsets stay valid) the triggers of :mod:`didban.events.lexicon`
propose categories; context cues veto or demote them (denials, negated verbs, commemorations
and history, hypotheticals and future talk, accidents, sports); one event per category and
sentence is kept, with its mode, the casualty figures of the sentence, the actors from the
linked mentions nearest the trigger, the sentence's place (else the article's main place) and
a date (one stated in the sentence, else the publication date). Events of the same category,
place and actors within a few days are then merged within the article (largest figures kept,
never summed).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

from didban.events import arabic as ar
from didban.events import lexicon as lx
from didban.events.magnitude import casualties, cumulative
from didban.records import Article, Event, Mention, PlaceRef
from didban.text.arabic import has_persian
from didban.text.dates import ARABIC_MONTHS, GREGORIAN_MONTHS, JALALI_MONTHS, parse_dates
from didban.text.normalize import mfold
from didban.text.segment import sentence_spans

_ACTOR_TYPES = frozenset({"PER", "ORG", "LOC", "NAT", "POG"})
_LAST_WORD = re.compile(r"(\w+)\s*$")
_COUNTRY = re.compile(r"^loc:[A-Z]{2}$")
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_REPORTED_BY = re.compile(r"(?:به\s+گزارش|به\s+نقل\s+از|according\s+to)[^،,:]{0,80}[،,:]")
_FUTURE_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:خواهد|خواهند|خواهیم)(?![\w])")
_FUTURE_BEFORE = re.compile(r"(?:قرار\s+است|will|plans?\s+to|is\s+to|are\s+to|to\s+be\s+held)(?:\s+\S+){0,4}\s*$",
                            re.IGNORECASE)
_CASUALTY_WORD = re.compile(r"کشته|زخمی|مجروح|مصدوم|شهید|شهادت|جان|قتل|تلفات|قربانی|killed|dead|died|death|"
                            r"wounded|injur|casualt", re.IGNORECASE)
_PRESENT = re.compile(r"(?<![\w])می\s?(?:کن|نما|ده|رو|آی)")
_DATE_NEAR = 80  # a date stated this far from the trigger dates the event
_MERGE_DAYS = 3
_HISTORY = timedelta(days=365)
# a year stated alone («A 2019 fuel price hike triggered protests in which hundreds were killed», «در سال ۱۳۹۸»):
# Gregorian 1950-2099 or Jalali 1330-1499 (mfold gives ASCII digits), unless the sentence runs up to now («since»)
# The year needs a cue («سال ۱۳۹۸», «in 2019», «a 2019 ...»): a bare number is as often an amount («1400 کیلوگرم»,
# «2000 people»).
_MONTHS = "|".join(sorted({*JALALI_MONTHS, *GREGORIAN_MONTHS, *ARABIC_MONTHS}, key=len, reverse=True))
_BARE_YEAR = re.compile(r"(?:سال(?:\s+ها(?:ی)?)?\s+|(?<!\w)(?:in|of|a|the|from|by|during)\s+|"
                        rf"(?<!\w)(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)"
                        r"(19[5-9]\d|20\d\d|13[3-9]\d|14\d\d)(?![\d/.\-])"
                        r"(?!\s*(?:people|persons|killed|dead|wounded|injured|نفر|تن\b))", re.I)
_UP_TO_NOW = re.compile(r"تاکنون|تا\s+کنون|تا\s+به\s+حال|since|so far|ever since|تا\s+امروز", re.I)


def _recalled_year(sent: str, published) -> bool:  # noqa: ANN001 - datetime
    """True when ``sent`` names only years at least two years before ``published`` (a past event recalled)."""
    if published is None or _UP_TO_NOW.search(sent):
        return False
    years = []
    for m in _BARE_YEAR.finditer(sent):
        y = int(m.group(1))
        years.append(y + 621 if y < 1500 else y)
    return bool(years) and max(years) <= published.year - 2


@dataclasses.dataclass(slots=True)
class _Hit:
    category: str
    mode: str | None
    confidence: float
    start: int  # trigger offsets in the article text
    end: int
    sent: int  # sentence index


_DEATH = re.compile(r"(?<!\w)(?:مرگ|فوت|درگذشت|وفاة|توفي)(?!\w)")  # «به مرگ ۲ نفر انجامید»


def _accident_report(t: str, arabic: bool = False) -> bool:
    """An accident report: a sentence tells casualties with an accident cue («واژگونی پراید ... به مرگ ۲ نفر
    انجامید») and no sentence has an attack trigger (a verb or noun, not a bare toll). Its other casualty
    sentences («حال ۱ نفر از ۱۱ مصدوم این حادثه وخیم است») are the same accident's."""
    cues = ar if arabic else lx
    if not cues.ACCIDENT.search(t):  # most reports: no accident cue at all
        return False
    casualty = ar.CASUALTY_WORD if arabic else _CASUALTY_WORD
    told = False
    for a, b in sentence_spans(t):
        sent = t[a:b]
        if any(trig.category == "ASSAULT" and trig.kind != "casualty" and trig.pattern.search(sent)
               and (not trig.anchors or any(w in sent for w in trig.anchors)) for trig in _triggers(sent, arabic)):
            return False
        told = told or bool((casualty.search(sent) or _DEATH.search(sent)) and cues.ACCIDENT.search(sent))
    return told


def _is_sports(article: Article, arabic: bool = False) -> bool:
    meta = article.meta or {}
    cats = " ".join(str(meta.get(k) or "") for k in ("cat", "category", "section", "subcat")).lower()
    if "sport" in cats or "ورزش" in cats or "رياض" in cats:
        return True
    head = mfold(f"{article.title}\n{article.text[:1500]}")
    return len((ar.SPORTS if arabic else lx.SPORTS).findall(head)) >= 3


def _triggers(sentence: str, arabic: bool = False) -> list[lx.Trigger]:
    latin = len(_LATIN.findall(sentence))
    if latin > len(_ARABIC.findall(sentence)):
        return lx.EN_TRIGGERS
    return ar.AR_TRIGGERS if arabic else lx.FA_TRIGGERS


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _sentence_hits(t: str, a: int, b: int, idx: int, quotes: list[tuple[int, int]],
                   accident_context: bool, arabic: bool = False) -> tuple[list[_Hit], tuple[int | None, int | None]]:
    """The kept trigger hits of one sentence (one per category) and its casualty figures; ``arabic``: an
    Arabic article (Arabic triggers, cues and figures)."""
    sent = t[a:b]
    cues = ar if arabic else lx
    matches = [(trig, m) for trig in _triggers(sent, arabic) if not trig.anchors or any(w in sent for w in trig.anchors)
               for m in trig.pattern.finditer(sent)]
    casualty_word = bool((ar.CASUALTY_WORD if arabic else _CASUALTY_WORD).search(sent))
    if not matches and not casualty_word:
        return [], (None, None)
    if cues.DENIAL.search(sent) or cues.SPORTS.search(sent):
        return [], (None, None)
    commemoration = bool(cues.COMMEMORATION.search(sent))
    accident = accident_context or bool(cues.ACCIDENT.search(sent))
    threat_talk = bool(cues.THREAT_CUE.search(sent))
    rejected = None if arabic else lx.REJECTED_CLAUSE.search(sent)
    best: dict[str, _Hit] = {}
    for trig, m in matches:
        s0, s1 = m.span()
        before, after = sent[max(0, s0 - 40):s0], sent[s1:s1 + 40]
        if cues.NEG_BEFORE.search(before):
            continue
        if trig.kind != "verb" and lx.NEG_AFTER.match(after):
            continue
        if trig.kind == "verb" and " " in m.group(0) and lx.NEG_INSIDE.search(m.group(0)):
            continue
        cat, mode, conf = trig.category, trig.mode, trig.confidence
        if rejected and s1 <= rejected.start() and cat != "REJECT":
            continue  # «[claim] را رد کرد»: the claim is not an event
        if trig.kind == "casualty" and accident:
            continue
        window = sent[max(0, s0 - 50):min(len(sent), s1 + 25)]
        modal = trig.kind != "verb" and bool(lx.MODAL_AFTER.match(after))
        if cat in lx.MATERIAL or cat == "ASSAULT":
            if commemoration or lx.PURPOSE_BEFORE.search(before):
                continue
            if modal or cues.HYPOTHETICAL.search(window):
                if cat == "ASSAULT" and threat_talk:
                    cat, mode, conf = "THREATEN", None, 0.45
                else:
                    continue
        elif cat == "CONSULT" and (modal or _FUTURE_AFTER.match(after) or _FUTURE_BEFORE.search(before)
                                   or _PRESENT.search(m.group(0)) or lx.CALLED_OFF.search(sent)):
            continue  # a meeting announced (news present tense is the near future), held later or called off
        elif trig.kind == "noun" and cat in ("SUPPORT", "CONSULT", "ACCUSE", "REJECT") and (
                modal or cues.HYPOTHETICAL.search(window)):
            continue
        if cat == "ASSAULT" and mode is None and lx.VERBAL_CONTEXT.search(sent):
            cat, conf = "ACCUSE", 0.5  # «مورد حمله قرار گرفت» in a debate: a verbal attack
        if cat == "ASSAULT" and mode is None:
            mode = next((name for name, cue in lx.ASSAULT_MODES if cue.search(sent)), None)
        if _in_spans(a + s0, quotes) and cat in lx.MATERIAL:
            conf -= 0.25
        if conf < 0.3:
            continue
        hit = _Hit(cat, mode, conf, a + s0, a + s1, idx)
        old = best.get(cat)
        if old is None or conf > old.confidence:
            if old is not None and hit.mode is None:
                hit.mode = old.mode
            best[cat] = hit
        elif old.mode is None and mode is not None:
            old.mode = mode
    count = ar.casualties if arabic else casualties
    figures = count(sent) if casualty_word and not cumulative(sent) else (None, None)
    if figures != (None, None) and "ASSAULT" not in best and not (accident or commemoration):
        # people killed or wounded, no accident, no trigger word: a violent event all the same
        best["ASSAULT"] = _Hit("ASSAULT", None, 0.45, a, b, idx)
    return list(best.values()), figures


def _actor_mentions(mentions: list[Mention], a: int, b: int, t: str, sources: set[str],
                    arabic: bool = False) -> list[Mention]:
    """Mentions of the sentence that can be actors: people, organisations, countries (a city is a
    place), not the outlets the news comes through («به گزارش X»، «به نقل از شبکه Y»، «أفادت وكالة X»)."""
    sent = t[a:b]
    rep = _REPORTED_BY.search(sent)
    skip_until = a + rep.end() if rep and rep.start() < 10 else a
    media = ar.MEDIA if arabic else lx.MEDIA
    return [m for m in mentions if a <= m.start and m.end <= b and m.start >= skip_until and m.type in _ACTOR_TYPES
            and (m.type != "LOC" or _COUNTRY.match(m.canonical or ""))
            and not media.search(_word_before(t, a, m.start) + " " + t[m.start:m.end])
            and mfold(m.text) not in sources]


def _word_before(t: str, lo: int, pos: int) -> str:
    """The word just before ``pos`` (not across punctuation)."""
    m = _LAST_WORD.search(t, max(lo, pos - 30), pos)
    return m.group(1) if m else ""


def _actors(ms: list[Mention], hit: _Hit, persian: bool, arabic: bool = False) -> tuple[str | None, str | None]:
    def key(m: Mention) -> str:
        return m.canonical or m.text

    before = [m for m in ms if m.end <= hit.start]
    after = [m for m in ms if m.start >= hit.end]
    if arabic:  # SVO, or VSO («قصفت طائرات إسرائيلية مواقع ...»): the subject after the verb when none is before
        actor1 = before[-1] if before else (after[0] if after else None)
        rest = [m for m in after if m is not actor1 and key(m) != key(actor1)] if actor1 else after
        actor2 = rest[0] if rest else None
    elif persian:  # subject first, object nearest the verb (SOV); a nominal trigger may take its object after
        actor1 = before[0] if before else None
        rest = [m for m in before[1:] if key(m) != (key(actor1) if actor1 else None)]
        actor2 = rest[-1] if rest else (after[0] if after else None)
    else:  # SVO
        actor1 = before[-1] if before else None
        actor2 = after[0] if after else None
    a1, a2 = (key(actor1) if actor1 else None), (key(actor2) if actor2 else None)
    return a1, (a2 if a2 != a1 else None)


def _place_id(p: PlaceRef) -> str | None:
    if p.kind in ("province", "country"):
        return p.id
    return p.province or p.country


def _sentence_place(sent_folded: str, places: list[PlaceRef]) -> str | None:
    best: tuple[int, str] | None = None
    for p in places:
        name = mfold(p.name)
        i = sent_folded.find(name) if name else -1
        if i < 0:
            continue
        pid = _place_id(p)
        # a city or province names the place more precisely than a country
        rank = (0 if p.kind != "country" else 1, i)
        if pid and (best is None or rank < best[0]):  # type: ignore[operator]
            best = (rank, pid)  # type: ignore[assignment]
    return best[1] if best else None


def code_events(article: Article) -> list[Event]:
    """PLOVER events of one article (see the module doc). Uses ``mentions``, ``places``,
    ``main_place`` and ``quotes`` when earlier stages have set them; ids are
    ``<article id>:<index>``."""
    text = article.text or ""
    arabic = article.lang == "ar" and not has_persian(text)
    if not text.strip() or _is_sports(article, arabic):
        return []
    t = mfold(text)
    # statements inside quotes count a little less («X said: ...» is a claim), except English statement-first
    # attributions («Schools were closed, the governor said.»): wire copy reports its facts that way
    quotes = [(q.start, q.end) for q in article.quotes or ()
              if not (_LATIN.match(q.cue) and q.end < len(text) and q.cue in text[q.end:q.end + 120])]
    mentions = sorted(article.mentions or (), key=lambda m: m.start)
    places = list(article.places or ())
    # an accident told in the title, or an accident report: casualties counted without an attack
    accident_context = bool((ar if arabic else lx).ACCIDENT.search(mfold(article.title or ""))) or _accident_report(
        t, arabic)
    published = article.published
    prov = article.provenance
    sources = {mfold(x) for x in ([prov.outlet, prov.origin, *prov.cited] if prov else []) if x}
    raw: list[Event] = []
    for idx, (a, b) in enumerate(sentence_spans(text)):
        hits, (dead, injured) = _sentence_hits(t, a, b, idx, quotes, accident_context, arabic)
        if not hits:
            continue
        sent = t[a:b]
        persian = len(_ARABIC.findall(sent)) >= len(_LATIN.findall(sent))
        place = _sentence_place(sent, places) or article.main_place
        # dates stated in the sentence (offsets into the article), none after publication
        stated = [(a + d.start, d.value) for d in parse_dates(text[a:b], ref=published)
                  if published is None or d.value <= published + timedelta(days=1)]
        ms = _actor_mentions(mentions, a, b, t, sources, arabic)
        for h in sorted(hits, key=lambda h: h.start):
            near = [(abs(pos - h.start), v) for pos, v in stated if abs(pos - h.start) <= _DATE_NEAR]
            date = min(near, key=lambda x: x[0])[1] if near else published
            if published is not None and date is not None and date < published - _HISTORY and h.category in lx.MATERIAL:
                continue  # a past event recalled
            if not near and h.category in lx.MATERIAL and _recalled_year(sent, published):
                continue  # the same, dated by its year alone
            actor1, actor2 = _actors(ms, h, persian, arabic)
            conf = h.confidence + (0.1 if actor1 or actor2 else 0.0)
            violent = h.category == "ASSAULT"
            if violent and (dead or injured):
                conf += 0.15
            raw.append(Event(
                id="", category=h.category, article_id=article.id, story_id=article.story_id, date=date,
                actor1=actor1, actor2=actor2, place=place, mode=h.mode,
                dead=dead if violent or h.mode == "execute" else None,
                injured=injured if violent else None, confidence=round(min(1.0, max(0.0, conf)), 3),
                start=h.start, end=h.end,
            ))
    events = _merge(raw)
    _title_figures(article.title or "", events, arabic)
    for i, e in enumerate(events):
        e.id = f"{article.id or 'article'}:{i}"
    return events


def _title_figures(title: str, events: list[Event], arabic: bool = False) -> None:
    """A toll in the headline («انفجار اتوبوس در کابل یک کشته و ۲۹ مجروح برجا گذاشت») belongs to the
    article's first violent event when the body does not state a larger one."""
    first = next((e for e in events if e.category == "ASSAULT"), None)
    cues = ar if arabic else lx
    said = ar.CASUALTY_WORD.search(mfold(title)) if arabic else _CASUALTY_WORD.search(title)
    if first is None or not said or cumulative(title) or cues.ACCIDENT.search(mfold(title)):
        return
    dead, injured = (ar.casualties if arabic else casualties)(title)
    if dead is not None and (first.dead is None or dead > first.dead):
        first.dead = dead
    if injured is not None and (first.injured is None or injured > first.injured):
        first.injured = injured


def _compatible(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def _merge(events: list[Event]) -> list[Event]:
    """Same category and place, compatible actors, dates within a few days: one event, the
    largest figures (repeats of a toll are not summed), the highest confidence."""
    out: list[Event] = []
    for e in events:
        for o in out:
            if (o.category == e.category and o.place == e.place and _compatible(o.actor1, e.actor1)
                    and _compatible(o.actor2, e.actor2)
                    and (o.date is None or e.date is None or abs(o.date - e.date) <= timedelta(days=_MERGE_DAYS))):
                o.dead = max((v for v in (o.dead, e.dead) if v is not None), default=None)
                o.injured = max((v for v in (o.injured, e.injured) if v is not None), default=None)
                o.actor1, o.actor2 = o.actor1 or e.actor1, o.actor2 or e.actor2
                o.mode = o.mode or e.mode
                o.confidence = max(o.confidence, e.confidence)
                break
        else:
            out.append(e)
    return out


def events_stage(article: Article) -> Article:
    """Pipeline stage ``events``: sets ``Article.events``."""
    article.events = code_events(article)
    return article
