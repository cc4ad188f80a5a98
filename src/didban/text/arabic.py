"""Arabic provenance and quotes.

Arabic agency copy states its chain in the lead, verb first: «أفادت وكالة X نقلاً عن Y بأن ...»,
«ذكرت صحيفة X أن ...», «نقلت وكالة X عن Y قوله إن ...», «بحسب وكالة X», «أفاد مراسل الجزيرة ...», or in a
dateline «دمشق - سانا -» / «بغداد (رويترز) -». Statements are introduced verb first too: «وقال X في مؤتمر
صحفي: "..."», «وأضاف أن ...» (the subject left implicit: the last named speaker), «وأكد X على أن ...»,
«وأشار X إلى أن ...», «"..."، قال X.».

Matching runs on a folded form of the text (Arabic letter variants to one form, but «ى» kept apart from
«ي» so that «على» is not the name «علي»; diacritics and tatweel dropped); every offset is mapped back into
the original text. The results are raw: ``extract_provenance``
and ``extract_quotes`` (which call this module for Arabic text) merge them with the publisher and clean the
names the same way as for Persian and English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from didban.records import Provenance, Quote

_TABLE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ي": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ؤ": "و",
    "ۀ": "ه", "\u200c": " ", "\u00a0": " ",
    **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
})
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]+")  # harakat, tanween, shadda, sukun, dagger alef, tatweel


def match_form(text: str) -> tuple[str, list[int] | None]:
    """The folded form of ``text`` and, when characters were dropped, the original offset of each of its
    characters (``None``: same length, same offsets)."""
    t = text.translate(_TABLE)
    if not _MARKS.search(t):
        return t, None
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _MARKS.finditer(t):
        pieces.append(t[pos:m.start()])
        index.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(t[pos:])
    index.extend(range(pos, len(t)))
    return "".join(pieces), index


_PERSIAN_LETTERS = re.compile("[پچژگ]")
ARABIC_ONLY = re.compile("[ةيكىأإ]")  # letters Persian copy does not use: a name written in Arabic


def has_persian(text: str, least: int = 3) -> bool:
    """Whether ``text`` (taken for Arabic) has Persian in it too: ``least`` letters Arabic does not write."""
    n = 0
    for _ in _PERSIAN_LETTERS.finditer(text):
        n += 1
        if n >= least:
            return True
    return False


class _Text:
    """A text with its match form and the offset map between them."""

    __slots__ = ("orig", "t", "_index")

    def __init__(self, text: str):
        self.orig = text
        self.t, self._index = match_form(text)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of the match-form span ``[a, b)``."""
        if self._index is None or a >= b:
            return (a, b) if self._index is None else (self._pos(a), self._pos(a))
        end = self._index[b - 1] + 1
        while end < len(self.orig) and _MARKS.match(self.orig, end):  # a word's last diacritic is the word's
            end += 1
        return self._index[a], end

    def _pos(self, a: int) -> int:
        idx = self._index
        assert idx is not None
        return idx[a] if a < len(idx) else len(self.orig)

    def orig_text(self, a: int, b: int) -> str:
        x, y = self.span(a, b)
        return self.orig[x:y]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# ----------------------------------------------------------------------------------------------- sources

# Arabic names of outlets, folded: written name -> the canonical name used for Persian copy (so «إرنا» and
# «ایرنا» are one source when stories count independent origins)
OUTLET_ALIASES = {
    "ارنا": "ایرنا", "وکاله الانباء الایرانیه": "ایرنا", "وکاله الجمهوریه الاسلامیه للانباء": "ایرنا",
    "وکاله الانباء الایرانیه الرسمیه": "ایرنا", "تسنیم": "تسنیم", "فارس": "فارس", "مهر": "مهر", "ایسنا": "ایسنا",
    "وکاله انباء الطلبه الایرانیه": "ایسنا", "وکاله مهر للانباء": "مهر", "وکاله تسنیم للانباء": "تسنیم",
    "وکاله فارس للانباء": "فارس", "رویترز": "رویترز", "فرانس برس": "خبرگزاری فرانسه",
    "وکاله الصحافه الفرنسیه": "خبرگزاری فرانسه", "اسوشیتد برس": "آسوشیتدپرس", "اسوشییتد برس": "آسوشیتدپرس",
    "الاناضول": "آناتولی", "الجزیره": "الجزیره", "الجزیره نت": "الجزیره", "العربیه": "العربیه",
    "العربیه نت": "العربیه", "المیادین": "المیادین", "المنار": "المنار", "العالم": "العالم", "سانا": "سانا",
    "وکاله الانباء السوریه": "سانا", "الوکاله العربیه السوریه للانباء": "سانا", "سبوتنیک": "اسپوتنیک",
    "روسیا الیوم": "روسیا الیوم", "ار تی": "روسیا الیوم", "بی بی سی": "بی بی سی", "سکای نیوز عربیه": "اسکای نیوز",
    "شینخوا": "شینهوا", "تاس": "تاس", "واع": "واع", "وکاله الانباء العراقیه": "واع", "السومریه": "السومریه",
    "الشرق الاوسط": "الشرق الاوسط", "القدس العربی": "القدس العربی", "رای الیوم": "رای الیوم",
    "الاهرام": "الاهرام", "الحیاه": "الحیات", "الخلیج": "الخلیج", "واس": "واس", "وکاله الانباء السعودیه": "واس",
    "وام": "وام", "وکاله انباء الامارات": "وام", "کونا": "کونا", "وکاله الانباء الکویتیه": "کونا",
    "قنا": "قنا", "وکاله الانباء القطریه": "قنا", "شفق نیوز": "شفق نیوز", "رووداو": "رووداو", "بغداد الیوم": "بغداد الیوم",
    "ا ف ب": "خبرگزاری فرانسه", "اف ب": "خبرگزاری فرانسه", "ا ب": "آسوشیتدپرس", "د ب ا": "دی پی آ",
    "ایران انترناشیونال": "ایران اینترنشنال", "بی بی سی عربی": "بی بی سی",
}
# words that start a source's name («وكالة تسنيم», «صحيفة الشرق الأوسط», «التلفزيون الرسمي»)
SOURCE_HEADS = (
    "وکاله الانباء", "وکاله انباء", "وکاله", "وکالات", "الوکاله", "صحیفه", "الصحیفه", "جریده", "مجله", "موقع",
    "الموقع", "قناه", "القناه", "التلفزیون", "تلفزیون", "الاذاعه", "اذاعه", "وسایل اعلام", "وسایل الاعلام",
    "وسایط اعلام", "مصادر", "مصدر", "شبکه", "المرصد", "منصه", "حساب",
)
_KNOWN = _alt(list(OUTLET_ALIASES))
_HEADS = _alt(SOURCE_HEADS)
# what ends a source's name in a lead: a complementizer, a preposition, a time word, punctuation
_NAME_END = (r"(?=\s+(?:بان|ان|انه|انها|عن|نقلا|فی|یوم|الیوم|امس|مساء|صباح|لیل|لیله|فجر|ظهر|الى|على|من|مع|حول|بشان|"
             r"حیث|قبل|بعد|و(?:قال|اضاف|اکد|ذکر))(?:\s|$)|\s*[،,.:؛\n]|\s*$)")
_SOURCE = rf"(?:(?:{_HEADS})\s+[^\s،,.:؛\n]+(?:\s+[^\s،,.:؛\n]+){{0,5}}?|(?:{_KNOWN}))(?:\s*\([^)\n]{{1,30}}\))?"
_AGENCY_VERBS = "افادت|افاد|ذکرت|ذکر|قالت|اوردت|نقلت|نقل|بثت|نشرت|کشفت|کشف|اعلنت|اکدت|اشارت"
_LEAD_SOURCE = re.compile(rf"(?:^|(?<=[\s.،]))(?:و)?(?:{_AGENCY_VERBS})\s+(?P<src>{_SOURCE}){_NAME_END}")
_REPORTER = re.compile(r"(?:^|(?<=[\s.،]))(?:و)?(?:افاد|قال|ذکر|اکد)\s+(?P<unit>مراسل(?:ه|نا)?(?:\s+(?P<src>"
                       rf"(?:{_HEADS})\s+[^\s،,.:؛\n]+|(?:{_KNOWN})))?)")
_CITING = re.compile(rf"(?:نقلا\s+عن|نقلا\s+من)\s+(?P<src>(?:ال)?[^\s،,.:؛\n]+(?:\s+[^\s،,.:؛\n]+){{0,5}}?){_NAME_END}")
_RELAY = re.compile(r"\s+عن\s+(?P<src>[^\s،,.:؛\n]+(?:\s+[^\s،,.:؛\n]+){0,5}?)(?=\s+(?:بان|ان|انه|انها)\s)")
_ACCORDING = re.compile(rf"(?:^|(?<=[\s،(]))(?:بحسب|حسب|وفقا\s+ل|وفق|طبقا\s+ل)\s*(?:ما\s+(?:ذکرته|ذکره|افادت\s+به|افاد\s+به|"
                        rf"اوردته|اورده|نقلته|نشرته|اعلنته)\s+)?(?P<src>{_SOURCE}){_NAME_END}")
_DATELINE = re.compile(r"^\s*(?P<city>[^\s\-–—()\d][^\-–—()\n]{1,25}?)\s*(?:[-–—/]\s*(?P<src>[^\-–—/:\n]{2,30}?)\s*"
                       r"(?:[-–—/:]|(?=\n))|"  # («دمشق-سانا» on a line of its own: SANA's house style)
                       r"\((?P<src2>[^)\n]{2,30})\)\s*[-–—:])")
# unnamed sources: cited, never the publisher («أفادت وسائل إعلام إيرانية», «ذكرت مصادر مطلعة»)
_GENERIC = ("وسایل", "وسایط", "مصادر", "مصدر", "وکالات", "منصات")
_FOOTER_GENERIC = frozenset(match_form(w)[0] for w in ("وكالات", "الوكالات", "وكالات الأنباء", "وكالات انباء"))
_FOOTER = re.compile(r"(?:^|\n)\s*(?:المصدر|المصادر)\s*:\s*(?P<src>[^\n]{2,60}?)\s*$")
_LEAD_CHARS = 500


def _strip_l(s: str) -> str:
    """«لوكالة» (the preposition ل joined to the name after «وفقاً») -> «وكالة»."""
    return s[1:] if s.startswith("ل") and not s.startswith("لل") and s[1:2] != "ا" else s


def _is_source(name: str) -> bool:
    n = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return n in OUTLET_ALIASES or any(n == h or n.startswith(h + " ") for h in SOURCE_HEADS)


def canonical_alias(folded: str) -> str | None:
    """The canonical (Persian-copy) name of a folded Arabic source name, if it is a known outlet: the name as
    it is, without its head word («وكالة تسنيم»), or without a trailing «للأنباء»."""
    n = re.sub(r"\s*\([^)]*\)", "", folded).strip()
    # («وكالة تسنيم الإيرانية»: a trailing nationality adjective)
    for cand in (n, re.sub(r"\s+للانباء$", "", n), re.sub(r"\s+ال\S+[يی][ةه]$", "", n)):
        if cand in OUTLET_ALIASES:
            return OUTLET_ALIASES[cand]
        for h in SOURCE_HEADS:
            if cand.startswith(h + " ") and cand[len(h) + 1:] in OUTLET_ALIASES:
                return OUTLET_ALIASES[cand[len(h) + 1:]]
    m = re.search(r"\(([^)]+)\)", folded)  # «وكالة الأنباء ... (إرنا)»
    return OUTLET_ALIASES.get(m.group(1).strip()) if m else None


def provenance(text: str) -> Provenance:
    """Provenance of an Arabic text as written: ``outlet`` (the lead's source or dateline agency), ``unit``
    (a reporter phrase), ``cited`` (the chain after it, nearest first); ``origin`` is left to the caller."""
    x = _Text(text)
    t = x.t
    prov = Provenance()
    found: list[tuple[int, int]] = []  # spans of sources in the order of the chain
    pos = len(t) - len(t.lstrip())
    par = t.find("\n\n", pos)
    lead = t[:min(par if par != -1 else len(t), pos + _LEAD_CHARS)]
    m = _DATELINE.match(lead, pos)
    if m:
        g = "src" if m.group("src") else "src2"
        src = m.group(g).strip()
        if len(src.split()) <= 4 and (canonical_alias(src) or _is_source(src)):
            prov.outlet = x.orig_text(*m.span(g)).strip()
            pos = m.end()
    rep = _REPORTER.search(lead, pos)
    src_m = _LEAD_SOURCE.search(lead, pos)
    acc = _ACCORDING.search(lead, pos)
    first = min((m for m in (rep, src_m, acc) if m), key=lambda m: m.start(), default=None)
    anchor = pos
    if first is not None:
        anchor = first.end()
        if first is rep:
            prov.unit = x.orig_text(*rep.span("unit")).strip()
            if rep.group("src") and prov.outlet is None:
                prov.outlet = x.orig_text(*rep.span("src")).strip()
        elif first is src_m and prov.outlet is None and not src_m.group("src").startswith(_GENERIC) \
                and first.start() <= _sentence_end(lead, pos):  # (in a later sentence it reports: «ونقلت وكالة X»)
            prov.outlet = x.orig_text(*src_m.span("src")).strip()
        else:  # «بحسب وكالة X», a second agency after a dateline, «أفادت مصادر ...»: cited
            found.append(first.span("src"))
        relay = _RELAY.match(lead, anchor) if first is src_m else None
        if relay and relay.group("src").split()[-1] not in ("قوله", "قولها", "قولهم"):  # «نقلت قناة X عن مصدر أمني أن ...»: the source X relays (not «عن Y قوله»: a quote)
            found.append(relay.span("src"))
            anchor = relay.end()
    sent_end = _sentence_end(lead, anchor)
    for c in _CITING.finditer(lead, anchor if anchor else 0, sent_end):
        found.append(c.span("src"))
    for a, b in found:
        name = x.orig_text(a, b).strip()
        if name and name not in prov.cited:
            prov.cited.append(name)
    f = _FOOTER.search(t[-200:]) if len(t) > 0 else None
    if f:
        off = max(0, len(t) - 200)
        for part in re.split(r"\s*[+،,و]\s+|\s+\+\s*|\s*\+\s*", f.group("src")):
            part = part.strip()
            if not part or part.startswith(("مواقع التواصل", "وسایل التواصل")):
                continue
            if prov.cited and match_form(part)[0] in _FOOTER_GENERIC:
                continue  # «+ وكالات» after a named source: no deeper origin than the chain's

            a = f.start("src") + off + f.group("src").find(part)
            name = x.orig_text(a, a + len(part)).strip()
            if prov.outlet is None:
                prov.outlet = name
            elif not _same(name, prov.outlet) and name not in prov.cited:
                prov.cited.append(name)
    return prov


def clean_name(name: str | None) -> str | None:
    """A source or speaker name for display: white space collapsed, stray quotes and punctuation trimmed,
    the letters as written (Persian ``clean_name`` would turn «وكالة» into «وکالة»)."""
    if not name:
        return None  # (never "": a speaker or role not read is null)
    out = re.sub(r"\s+", " ", name).strip(" «»\"“”'()،,:؛.-–")
    if out.count("(") > out.count(")"):
        out += ")"
    return out or None


def _same(a: str, b: str) -> bool:
    fa, fb = match_form(a)[0], match_form(b)[0]
    return fa == fb or (canonical_alias(fa) is not None and canonical_alias(fa) == canonical_alias(fb))


_MAX_SENTENCE = 2000  # a statement or lead sentence runs at most this far (a text without full stops stays linear)


def _sentence_end(t: str, a: int) -> int:
    end = min(len(t), a + _MAX_SENTENCE)
    m = _SENT_END.search(t, a, end)
    return m.start() if m else end


_SENT_END = re.compile(r"[.!؟?](?=\s|$)|\n")

# ----------------------------------------------------------------------------------------------- quotes

# speech verbs, past (masculine and feminine) and present; folded
_VERBS = (
    "قال", "قالت", "اضاف", "اضافت", "اکد", "اکدت", "اوضح", "اوضحت", "اشار", "اشارت", "صرح", "صرحت", "تابع", "تابعت",
    "لفت", "لفتت", "شدد", "شددت", "اعتبر", "اعتبرت", "اعلن", "اعلنت", "ذکر", "ذکرت", "افاد", "افادت", "نفى", "نفت",
    "حذر", "حذرت", "کشف", "کشفت", "اردف", "اردفت", "استطرد", "اعرب", "اعربت", "یقول", "تقول", "طالب", "طالبت",
    "زعم", "زعمت", "ادعى", "ادعت", "راى", "رات", "یرى", "ترى", "اعترف", "اعترفت", "توعد", "توعدت", "هدد", "هددت",
    *(_PARTICIPLES := ("مضیفا", "مشیرا", "موکدا", "موضحا", "لافتا", "مشددا", "معتبرا", "محذرا", "متابعا")),
)
# «...، وأضاف أن ...», «... وقال X إن ...»: a speech verb joined by «و» starts the next statement
_NEXT_CUE = re.compile(r"\s*[،,]?\s+(?=و(?:قال|قالت|اضاف|اضافت|اکد|اکدت|اوضح|اوضحت|اشار|اشارت|تابع|تابعت|شدد|شددت)\s)")
# «وقال X إن ...، مضيفاً أن ...»: a participle continues the speaker's statement with a new one
_PARTICIPLE = re.compile(r"\s*[،,]\s*(?:و)?(?:" + "|".join(_PARTICIPLES) + r")(?=\s)")
_CUE = re.compile(rf"(?:^|(?<=[\s\"«(.،:؛]))(?P<pre>[وف]?)(?P<cue>{_alt(_VERBS)})(?=[\s:])")
# the words that introduce the statement after the verb and its subject
_MARKER = re.compile(r"\s*:\s*|\s+(?:(?:الى|على|من|عن)\s+)?(?:ان|انه|انها|انهم|انهما|بان|بانه|بانها|بانهم)\s+")
# verbs whose statement may also be a noun phrase after a preposition («أكد على ضرورة ...», «أعرب عن ...»)
_PREP_CUES = frozenset(("اکد", "اکدت", "شدد", "شددت", "اعرب", "اعربت", "حذر", "حذرت", "کشف", "کشفت"))
_MARKER_PREP = re.compile(_MARKER.pattern + r"|\s+(?:على|عن|من)\s+(?=\S)")
# a speaker's condition of anonymity after the subject (match form)
_ANONYMITY = re.compile(r"،?\s+(?:" + "|".join(match_form(w)[0] for w in (
    "طلب", "طالبا", "رافضا", "رفض", "مشترطا", "فضل", "مفضلا")) + r")\s+(?:" + "|".join(match_form(w)[0] for w in (
    "عدم الكشف", "عدم ذكر", "عدم الإفصاح", "الكشف", "ذكر", "الإفصاح")) + r")\s+(?:عن\s+)?(?:" + "|".join(
    match_form(w)[0] for w in ("هويته", "هويتها", "هويتهم", "اسمه", "اسمها", "اسمهم", "أسمائهم")) + r")")
_QUOTE_OPEN = "\"«“„'"
_QUOTE_CLOSE = {"\"": "\"", "«": "»", "“": "”", "„": "“", "'": "'"}
_QUOTED_SAID = re.compile(r"(?P<close>[\"»”])[ \t]*[،,]?[ \t]*(?:و)?(?P<cue>قال|قالت|اضاف|اضافت|تابع|تابعت|اکد|اکدت)"
                          r"\s+(?P<subj>[^.،,:\n]{2,80}?)\s*(?=[.،,\n]|$)")
_QUOTING_PERSON = re.compile(rf"(?<![^\sو])(?:نقلت|نقل|نقلا)\s+(?:(?P<src>{_SOURCE}|(?:{_HEADS}))\s+)?عن\s+(?P<subj>[^.،:\n]{{2,120}}?)\s+"
                             r"(?P<cue>قوله|قولها|قولهم)(?:\s*:\s*|\s+(?:ان|انه|انها|بان)\s+|\s+)")
# what ends a subject: a preposition or time word (the occasion or the addressee follows)
_SUBJ_STOP = re.compile(r"(?:^|(?<=\s))(?:فی|خلال|لدى|امام|عبر|ضمن|اثناء|الیوم|امس|یوم|مساء|صباح|بعد|قبل|عقب|اثر|ردا|"
                        r"تعلیقا|ل|ل(?:ل)?(?:صحفیین|صحافیین|وکاله|قناه|صحیفه|موقع|تلفزیون|اذاعه)\S*|حول|بشان|بعدما|"
                        r"الاحد|الاثنین|الثلاثاء|الاربعاء|الخمیس|الجمعه|السبت|قایلا|قایله)(?=\s|$)|[،,(]")
# first words of a title («المتحدث باسم الحكومة», «وزير الخارجية», «قائد حرس الحدود»), folded, without «ال»
TITLE_HEADS = frozenset((
    "متحدث", "ناطق", "وزیر", "وزیره", "رییس", "رییسه", "نایب", "نایبه", "مساعد", "مستشار", "قاید", "محافظ", "مدیر",
    "سفیر", "مندوب", "عضو", "امین", "ممثل", "مرشد", "زعیم", "امیر", "ملک", "ولی", "قاضی", "مدعی", "قیادی", "مبعوث",
    "مفوض", "قنصل", "حاکم", "والی", "منسق", "خبیر", "محلل", "استاذ", "باحث", "نواب",
))
# unnamed sources and collective speakers («مصدر أمني», «مسؤولون عراقيون», «شهود عيان»): the phrase is the speaker
ANON_HEADS = frozenset(("مصدر", "مصادر", "مسوول", "مسوولون", "مسوولین", "شهود", "شاهد", "سکان", "ناشطون", "ناشط",
                        "مراقبون", "دبلوماسیون"))
# adjectives that make an indefinite title a description, not the title of a named person («خبير عسكري»,
# «متحدث عسكري», «مسؤول إيراني رفيع»)
_DESCRIPTIVE = frozenset((
    "محلی", "امنی", "عسکری", "سیاسی", "دبلوماسی", "ایرانی", "عراقی", "سوری", "لبنانی", "امریکی", "امیرکی",
    "اسراییلی", "اوروبی", "غربی", "روسی", "ترکی", "سعودی", "خلیجی", "عربی", "رفیع", "کبیر", "بارز", "مطلع",
    "رسمی", "حکومی", "قضایی", "برلمانی", "فلسطینی", "یمنی", "افغانی", "باکستانی", "اقتصادی", "نفطی", "طبی",
))
# nouns inside a title or an organisation's name, before its definite genitive («قائد حرس الحدود»,
# «وزارة الدفاع», «هيئة الأركان العامة»)
CONSTRUCT_NOUNS = frozenset((
    "حرس", "قوات", "وزاره", "هییه", "مجلس", "منظمه", "جهاز", "مکتب", "شرطه", "حزب", "حرکه", "جیش", "لجنه", "دایره",
    "مدیریه", "فیلق", "سلاح", "قیاده", "ارکان", "مقر", "مرکز", "منطقه", "محافظه", "مدینه", "ولایه", "دوله", "جامعه",
    "جماعه", "سلطه", "محکمه", "نیابه", "بعثه", "کتله", "تحالف", "اتحاد", "رابطه", "نقابه", "مجمع", "شوون", "اداره",
))
# organisations speaking («أعلنت وزارة الدفاع», «قالت الشرطة»): the phrase is the speaker
ORG_HEADS = CONSTRUCT_NOUNS | frozenset(("حکومه", "سلطات", "رئاسه", "ریاسه", "خارجیه", "داخلیه", "بیت", "کرملین",
                                          "بنتاغون", "امم", "برلمان", "قضاء", "قضا", "ادعاء", "ادعا", "ناتو"))
RANKS = frozenset((
    "اللواء", "العمید", "العقید", "الفریق", "الجنرال", "الشیخ", "السید", "الدکتور", "المهندس", "الرکن",
    "لواء", "عمید", "عقید", "فریق", "جنرال", "شیخ", "سید", "دکتور", "ایه", "الله", "حجه", "الاسلام",
    "العماد", "المشیر", "النقیب", "الرایده", "الحاج",
))
_CONNECTORS = frozenset(("باسم", "لشوون", "لشؤون", "و", "فی"))


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Folded words of Arabic country names (CLDR, via babel) and of Iran's provinces as Arabic writes them,
    which may end a title («محافظ سيستان وبلوشستان», «سفير إيران»)."""
    words: set[str] = set()
    try:
        from babel import Locale

        for name in Locale("ar").territories.values():
            for w in match_form(name)[0].split():
                if not w.startswith("ال"):
                    words.add(w)
    except Exception:  # noqa: BLE001 - babel's data is optional here; titles then end at the first name
        pass
    for name in ("طهران", "اصفهان", "خوزستان", "الاهواز", "سیستان", "بلوشستان", "وبلوشستان", "کردستان", "کرمان",
                 "کرمانشاه", "خراسان", "اذربیجان", "فارس", "شیراز", "تبریز", "مشهد", "قم", "ایلام", "هرمزان",
                 "هرمزکان", "هرمزغان", "بوشهر", "جیلان", "کیلان", "مازندران", "لرستان", "یزد", "زنجان", "قزوین",
                 "سمنان", "همدان", "اردبیل", "البرز", "زاهدان", "دمشق", "بغداد", "بیروت", "حلب", "ادلب", "دیر", "الزور"):
        words.add(name)
    return frozenset(words)


def _bare(w: str) -> str:
    """A word without a joined «و» and the article («والحرس» -> «حرس»)."""
    if w.startswith("و") and w[1:3] == "ال":
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _title_word(w: str) -> bool:
    return _bare(w) in TITLE_HEADS


def _definite(w: str) -> bool:
    return w.startswith(("ال", "لل", "بال", "وال")) and len(w) > 3


def _role_word(w: str) -> bool:
    return (_definite(w) or w in _CONNECTORS or w in _place_words() or _title_word(w) or w in RANKS
            or _bare(w) in CONSTRUCT_NOUNS or (w.startswith("ل") and w[1:] in TITLE_HEADS))


# words that are never part of a name: complementizers, prepositions, particles
_FUNCTION_WORDS = frozenset((
    "ان", "انه", "انها", "انهم", "بان", "بانه", "فی", "من", "الى", "على", "عن", "مع", "قد", "لم", "لن", "ما", "لا",
    "هو", "هی", "ثم", "کما", "او", "و", "الذی", "التی", "هذا", "هذه", "ذلک", "تلک", "حیث", "منذ", "الا", "اما", "ل",
    "نظیره", "نظیرها", "نظیرته", "نظیرتها", "برفقه", "ونظیره", "خلال", "امس", "الیوم",
))


def split_subject(words: list[str], folded: list[str]) -> tuple[str | None, str | None, str]:
    """(speaker, role, kind) of a subject's words (``folded``: their match forms). Kinds: ``name`` (a person,
    with the title before the name as role: «المتحدث باسم الحكومة علي ...»), ``title`` (a bare title, no
    name: the speaker is to be resolved), ``org`` and ``anon`` (an organisation or an unnamed source: the
    phrase is the speaker), ``none`` (not a subject)."""
    if not words:
        return None, None, "none"
    head = _bare(folded[0])
    if head in ANON_HEADS:
        return " ".join(words), None, "anon"
    if not _definite(folded[0]) and len(folded) > 1 and folded[1] in _DESCRIPTIVE and (
            _title_word(folded[0]) or head in ANON_HEADS):
        return " ".join(words), None, "anon"  # «خبير عسكري», «متحدث عسكري»: a description, no name
    if _title_word(folded[0]) or folded[0] in RANKS:
        k = 0
        while k < len(folded) and _role_word(folded[k]):
            k += 1
        r = k  # ranks right before the name are its honorifics, not the role
        while r > 0 and folded[r - 1] in RANKS:
            r -= 1
        n = k
        while n < len(folded) and n < k + 5 and folded[n] not in _FUNCTION_WORDS and not _CUE_WORD.fullmatch(folded[n]):
            n += 1
        if n > k and not any(_title_word(f) for f in folded[k:n]):
            return " ".join(words[k:n]), " ".join(words[:r]) or None, "name"
        return None, " ".join(words[:k]), "title"
    if head in ORG_HEADS or _definite(folded[0]):
        return " ".join(words), None, "org"
    n = 0
    while n < len(folded) and n < 5 and not _role_word(folded[n]) and folded[n] not in _FUNCTION_WORDS:
        n += 1
    if n == 0:
        return None, None, "none"
    return " ".join(words[:n]), None, "name"


def person_name(speaker: str) -> bool:
    """Whether a quote's speaker is a person's name (not an organisation, a title or an unnamed source)."""
    ws = _WORD.findall(speaker)
    return split_subject(ws, [match_form(w)[0] for w in ws])[2] == "name"


_WORD = re.compile(r"[^\s«»\"“”()،,:؛.]+")
_CUE_WORD = re.compile(rf"[وف]?(?:{_alt(_VERBS)})")


def _subject(x: _Text, a: int, b: int) -> tuple[str | None, str | None, str]:
    """Speaker, role and kind (see ``split_subject``) of the subject written in the match-form span
    ``[a, b)``: the words up to the first preposition or time word; an apposition after a comma («علي
    لاريجاني، أمين المجلس ...،») is the role of a name."""
    seg = x.t[a:b]
    lead = len(seg) - len(seg.lstrip())
    m = _UNNAMED_IN.match(seg, lead)
    if m and not _definite(m.group(1)) and (_title_word(m.group(1)) or _bare(m.group(1)) in ANON_HEADS):
        return x.orig_text(a + lead, a + m.end()), None, "anon"  # «قائد في القوة البحرية»: a commander in ...
    m = _STATEMENT_BY.match(seg, lead)
    if m:  # «بيان صادر عن الخارجية»: the body that issued the statement speaks
        return x.orig_text(a + m.start(1), a + m.end(1)), None, "org"
    stop = _SUBJ_STOP.search(seg, lead)
    main_end = a + (stop.start() if stop else len(seg))
    ms = list(_WORD.finditer(x.t, a, main_end))
    for k, w in enumerate(ms):  # «مصادر مطلعة للجزيرة»: the outlet addressed is not part of the subject
        g = w.group()
        if k and g.startswith("ل") and (g[1:] in OUTLET_ALIASES or ("ال" + g[2:]) in OUTLET_ALIASES):
            ms = ms[:k]
            break
    name, role, kind = split_subject([x.orig_text(*m.span()) for m in ms], [m.group() for m in ms])
    if kind == "name" and role is None and stop and stop.group() in "،,":
        rest_a = main_end + 1
        rest_end = x.t.find("،", rest_a, b)
        rs = list(_WORD.finditer(x.t, rest_a, rest_end if rest_end > 0 else b))
        if rs and (_title_word(rs[0].group()) or rs[0].group() in RANKS):
            role = x.orig_text(rs[0].start(), rs[-1].end())
    return name, role, kind


_STATEMENT_BY = re.compile(r"(?:ال)?بیان\s+(?:رسمی\s+)?(?:صادر\s+|صدر\s+)?(?:عن|من)\s+([^،,:\n]{2,60}?)\s*$")
# an indefinite title or source «in/of» a definite body: «قائد في القوة البحرية», «مصدر في وزارة الخارجية»
_UNNAMED_IN = re.compile(r"(\S+)(?:\s+(?!ال)\S+)?\s+(?:فی|من)\s+(?:ال\S+|[وبل]ال\S+|\S+\s+ال\S+)(?:\s+ال\S+)*")


def _statement(x: _Text, a: int, quoted: bool) -> tuple[int, int]:
    """Match-form span of a statement starting at ``a``: to the closing quotation mark when it opens with one,
    else to the end of the sentence."""
    t = x.t
    while a < len(t) and t[a] in " \t":
        a += 1
    if a < len(t) and t[a] in _QUOTE_OPEN:
        close = _QUOTE_CLOSE[t[a]]
        end = t.find(close, a + 1)
        nl = t.find("\n", a + 1)
        closed = end != -1 and (nl == -1 or end < nl)
        # after «إن» too when the quotation closes the sentence («إن "سوريا منفتحة".»: the marks were half kept),
        # not a quoted term inside it («إن "داعش" يهاجم»)
        if closed and (quoted or t[end + 1:end + 3].lstrip(" ")[:1] in ("", ".", "\n", "،", ",", "!", "؟")):
            return a + 1, end
        if quoted:
            a += 1
    b = _sentence_end(t, a)
    p = _PARTICIPLE.search(t, a, b)
    if p:
        b = p.start()
    c = _NEXT_CUE.search(t, a, b)
    if c:  # «... إن الحدود آمنة، وأضاف أن ...»: the next statement begins
        b = c.start()
    while b > a and t[b - 1] in " \"»”'":
        b -= 1
    return a, b


def quotes(text: str) -> list[Quote]:
    """Quotes of an Arabic text, speakers and roles as written, pronouns (a verb with no subject) resolved
    to the last named speaker, bare titles to a named person with that title in the article."""
    x = _Text(text)
    t = x.t
    raw: list[tuple[int, int, str | None, str | None, str, int, int]] = []  # cue span, name, role, kind, statement
    taken: list[tuple[int, int]] = []

    def add(cue_a: int, cue_b: int, name: str | None, role: str | None, kind: str, sa: int, sb: int) -> None:
        if sb - sa < 6 or any(p < sb and sa < q for p, q in taken):
            return
        taken.append((sa, sb))
        raw.append((cue_a, cue_b, name, role, kind, sa, sb))

    for m in _QUOTING_PERSON.finditer(t):
        name, role, kind = _subject(x, m.start("subj"), m.end("subj"))
        sa, sb = _statement(x, m.end(), True)
        add(m.start("cue"), m.end("cue"), name, role, kind, sa, sb)
    for m in _CUE.finditer(t):
        cue_b = m.end("cue")
        limit = min(_sentence_end(t, cue_b), cue_b + 160)
        marker = _MARKER_PREP if m.group("cue") in _PREP_CUES else _MARKER
        mk = marker.search(t, cue_b, limit)
        if mk is None:
            continue
        subj_a, subj_b = cue_b, mk.start()
        anon = _ANONYMITY.search(t, cue_b, limit)
        if anon is not None and anon.start() <= mk.start():  # «أكد مسؤول أمني طلب عدم الكشف عن هويته أن ...»: the clause is not the statement
            mk = marker.search(t, anon.end(), limit)
            if mk is None:
                continue
            subj_b = anon.start()
        if any(c.group("cue") not in _PARTICIPLES for c in _CUE.finditer(t, subj_a + 1, subj_b)):
            continue  # another speech verb between: not this verb's statement
        seg = t[subj_a:subj_b].strip()
        if seg and (_is_source(_strip_l(seg.split("(")[0].strip())) or seg.startswith(("مراسل", "المراسل"))) \
                and not seg.startswith(("مصدر", "مصادر")):
            continue  # «ذكرت وكالة X أن», «أفاد مراسل الجزيرة»: the lead's source (provenance), not a quote
        name, role, kind = _subject(x, subj_a, subj_b)
        if kind == "none" and seg and not _SUBJ_STOP.match(seg):
            continue  # neither a speaker nor an occasion («قال في مؤتمر»): not a subject
        sa, sb = _statement(x, mk.end(), mk.group().strip() == ":")
        add(m.start("cue"), cue_b, name, role, kind, sa, sb)
    for m in _QUOTED_SAID.finditer(t):
        close = m.start("close")
        opener = max(t.rfind(o, 0, close) for o in "\"«“")
        if opener == -1 or t.find("\n", opener, close) != -1:
            continue
        name, role, kind = _subject(x, m.start("subj"), m.end("subj"))
        add(m.start("cue"), m.end("cue"), name, role, kind, opener + 1, close)
    raw.sort(key=lambda r: r[0])
    out: list[Quote] = []
    named: list[tuple[str, str | None]] = []  # (name, role) in order of appearance
    titled = _titled_names(x)
    orgs: list[str] = []  # organisations that spoke, in order
    last: tuple[str, str | None] | None = None  # the last speaker of any kind
    for cue_a, cue_b, name, role, kind, sa, sb in raw:
        if kind == "org" and name:
            w = name.split()
            earlier = next((o for o in reversed(orgs) if len(w) == 1 and _bare(match_form(w[0])[0])
                            == match_form(o.split()[0])[0] and len(o.split()) > 1), None) if len(w) == 1 else None
            name = earlier or name  # «الوزارة» after «وزارة الاستخبارات الإيرانية»
            orgs.append(name)
        if kind == "name" and name:
            full = next((n for n in reversed(named) if n[0].endswith(" " + name)), None)
            if full:  # «نصير زاده» after «وزير الدفاع عزيز نصير زاده»
                name, role = full[0], role or full[1]
            named.append((name, role))
        elif kind == "title" and role:
            name, role = _titled_name(_key(role), titled) or (role, role)
        elif kind == "none" and (named or last):  # no subject: the last named speaker, else the last speaker
            name, role = named[-1] if named else last  # type: ignore[misc]
        if name:
            last = (name, role)
        a, b = x.span(sa, sb)
        ca, cb = x.span(cue_a, cue_b)
        out.append(Quote(speaker=name, role=role, cue=text[ca:cb], text=text[a:b], start=a, end=b))
    roles: dict[str, str] = {}
    for q in out:
        if q.speaker and q.role and q.speaker != q.role:
            roles.setdefault(q.speaker, q.role)
    for q in out:
        if q.speaker and not q.role and q.speaker in roles:
            q.role = roles[q.speaker]
    return out


def _key(s: str) -> str:
    return " ".join(w[2:] if w.startswith("ال") else w for w in match_form(s)[0].split())


def titled_people(text: str) -> list[str]:
    """Names written with a title anywhere in ``text`` («وزير الخارجية عباس عراقجي», «القيادي في حماس ...» is not
    one: no title word), in order: persons for the entity stage even when they are not quoted."""
    return list(dict.fromkeys(name for name, _ in _titled_names(_Text(text)).values() if len(name.split()) <= 3))


def _titled_name(role_key: str, titled: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(name, title as written with it) for a bare title: the same title, or a longer or shorter form of it
    («المتحدث باسم الحكومة» for «المتحدث باسم الحكومة الإيرانية»), when only one name fits."""
    if role_key in titled:
        return titled[role_key]
    fits = {v for k, v in titled.items() if k.startswith(role_key + " ") or role_key.startswith(k + " ")}
    return fits.pop() if len({n for n, _ in fits}) == 1 else None


def _titled_names(x: _Text) -> dict[str, tuple[str, str]]:
    """Title -> (name, title) for every «TITLE NAME» written in the article («المتحدث باسم الحكومة علي ...»)."""
    out: dict[str, tuple[str, str]] = {}
    for m in _WORD_RUNS.finditer(x.t):
        ws = list(_WORD.finditer(x.t, m.start(), m.end()))
        for i, w in enumerate(ws):
            if not _title_word(w.group()):
                continue
            stop = _SUBJ_STOP.search(x.t, w.end(), m.end())
            run = [v for v in ws[i:i + 12] if not stop or v.end() <= stop.start()]
            name, role, kind = split_subject([x.orig_text(*v.span()) for v in run], [v.group() for v in run])
            if kind == "name" and role and name and len(name.split()) >= 2:
                out.setdefault(_key(role), (name, role))
            break
    return out


_WORD_RUNS = re.compile(r"[^،,.:؛\n«»\"()]+")
