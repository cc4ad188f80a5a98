"""Quotations: statements introduced by a speech verb, with speaker, role, cue and offsets.

Persian: «X اظهار داشت: ...», «وی گفت: ...», «X گفت که ...», «X با بیان اینکه ...، گفت: ...», «به گفته X، ...».
Pronouns (وی، او) and bare titles («معاون امنیتی وزارت کشور افزود») are resolved to the named person of
the article; the role is a title stated anywhere in the article for that person.
English: "X said (that) ...", '"...," X said', "according to X, ...". Arabic: ``didban.text.arabic``.
All offsets point into the original text (extraction runs on the same-length ``mfold`` form).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from didban.records import Quote
from didban.text.dates import GREGORIAN_MONTHS, JALALI_MONTHS
from didban.text.lexicon import (
    ANONYMOUS,
    CUES,
    DATELINE_PLACES,
    GIVEN_NAMES,
    HONORIFICS,
    LEADING_ADVERBS,
    NOT_SPEECH_BEFORE_GOFT,
    ORGS,
    OUTLET_HEADS,
    OUTLET_SUFFIXES,
    OUTLETS,
    PERSIAN_NUMBER_WORDS,
    PRONOUNS,
    SUBJECT_STOPS,
    TITLES,
)
from didban.text.normalize import cached_fold as fold
from didban.text.normalize import clean_name, mfold

_PLURAL = re.compile(r"(?:ند|ه اند|ه است|ه بود|ه بودند)$")
# «به گفتهٔ X»: the ezafe hamza a wiki page writes on the noun; «به گفته‌ی X»: the ezafe as a letter after a ZWNJ (a
# space in the matching form)
_BE_GOFTE = re.compile(r"(?<![\w])(?:(?:بنا\s+(?:به|بر)|بنابر|طبق)\s+(?:گفته|نوشته|اظهارات)(?:\sی(?=\s))?|"
                       r"(?:بنا\s+(?:به|بر)|بنابر)\s+اعلام|"
                       r"(?:بر\s+اساس|براساس)\s+(?:گفته|اظهارات)|به\s+(?:گفته|نوشته)(?:ٔ|\sی(?=\s))?|به\s+ادعای|"
                       r"به\s+اعتقاد|به\s+عقیده|به\s+باور|از\s+نگاه)\s+"
                       r"(?:(?:[«\"“](?=[^»\"”\n]{2,40}[»\"”]\s*[،,]))?"
                       # «به نوشته خبرگزاری «رویترز»،»: an outlet head and its quoted name
                       rf"((?:{'|'.join(OUTLET_HEADS)})(?:\s+[^\s«»\"“”،,]{{2,15}}){{0,3}}\s+[«\"“][^»\"”\n،,]{{2,40}}[»\"”]"
                       r"|[^،,:\n.«\"“]{2,60})[،,]\s*"
                       r"|(وی|او|ایشان)\s+|([^،,:\n.«\"“]{2,40}?)\s*(?=[«\"“])"
                       r"|([^\s،,:\n.«\"“]{3,30})\s+(?=[^\s،,:.]))")
# «بنا بر این بیانیه، ...»: the statement speaks for its issuer
# (the first letter before the look-behind: the engine scans for «ب»/«ط» instead of trying every position)
_PER_STATEMENT = re.compile(r"[بط](?<![^\W\d_].)(?:(?<=ب)نا\s*(?:به|بر)|(?<=ط)بق|(?<=ب)ر\s*اساس|(?<=ب)راساس)\s+"
                            r"((?:این|همین)\s+(?:بیانیه|اطلاعیه))(?:\s*[،,]\s*|\s+(?=[\"«“]|در\s))")
_BARE_OK = {"حاکی است", "خبر داد", "ابراز امیدواری کرد", "عنوان کرد", "گفت", "افزود", "اعلام کرد", "نوشت", "مدعی شد", "گفته بود", "گفته است", "می گوید", "می گویند",
            "نوشتند", "گفتند", "تصریح کرد", "اعلام کرده است", "هشدار داد", "تاکید کرد", "تاکید دارد",
            "اعتراف کرد", "ادعا کرد", "فرمود", "ادعا می کنند", "ادعا می کند", "اعلام می کنند", "اعلام می کند",
            "اظهار کرد", "می نویسد", "گزارش داد", "اظهار داشت", "مدعی اند", "ابراز امیدواری نمود",
            "هشدار می دهد", "هشدار می دهند", "می افزاید", "می فرماید", "می فرمایند"}
_LEAD_PHRASE = (
    r"^(?:به\s+گزارش|طبق\s+گزارش|بنا\s*(?:بر|به)\s+(?:گزارش|نوشته)|بر\s*اساس\s+گزارش|به\s+نقل\s+از|به\s+نوشته|"
    r"در\s+همین\s+حال|همچنین|"
    r"از\s+سوی\s+دیگر|از\s+طرف\s+دیگر|در\s+ادامه|در\s+این\s+میان|در\s+عین\s+حال|گفتنی\s+است|بنابراین|"
    r"در\s+همین\s+راستا|در\s+همین\s+زمینه|با\s+این\s+حال|با\s+(?:این|آن)\s*که|اما|ولی|"
    r"در\s+(?:روزی|حالی|زمانی|شرایطی|حالیکه)\s*که|درحالی\s*که|پس\s+از\s+آنکه|هنگامی\s+که)(?=[\s،,])[^،,]*[،,]\s*")
# a dateline «تهران- ایرنا-» or a byline: each alternative needs a «-», «–» or ZWSP
_LEAD_DASHED = (
    r"^[^\s\-–:]{2,15}\s*[-–\u200b]\s*[^\-–:\n\u200b]{2,25}?\s*[-–\u200b]\s*|^[^\s\-–:]{2,15}\s*[-–\u200b]\s+"
    # a byline «محمد نمونه- گروه محیط زیست خبرگزاری فارس،»
    r"|^[^\-–:\n،,]{2,30}?[-–]\s*+(?:گروه|سرویس)\s[^،,:\n]{2,70}[،,]\s*")
_LEAD_SKIP = re.compile(_LEAD_PHRASE + "|" + _LEAD_DASHED)
# a page's desk label glued before the subject: «گروه استان‌ها ـ» (the tatweel dash folds to a ZWSP), «سرویس سیاسی -»
_DESK_LABEL = re.compile(r"(?<![^\s])(?:گروه|سرویس)\s(?:[^\s\-–:\u200b،,]+\s){1,3}[-–\u200b]\s*+")
_LEAD_SKIP_NO_DASH = re.compile(_LEAD_PHRASE)  # the same on a text without «-», «–» and ZWSP
# a page's section label before the lead «- اخبار سیاسی - به گزارش ...،» (tried after _LEAD_SKIP, only when a dash
# is near the start)
_SECTION_LABEL = re.compile(r"^[^\-–:\n،,.«»]{2,30}?\s[-–]\s++(?=به\s+گزارش\s)")
# openers that are adverbs only (not a source lead, not a subordinate clause): the words between one and its
# comma may be the subject
_OFFICIAL_ANAPHORS = frozenset(("این مقام مسئول", "این مقام", "این مسئول", "این مقام ارشد", "این مقام رسمی"))
_OCCASIONS = frozenset(("جلسه", "نشست", "مراسم", "همایش", "دیدار", "برنامه", "گفتگو", "مصاحبه"))
_ADVERB_OPENER = re.compile(r"(?:در\s+همین\s+حال|همچنین|از\s+سوی\s+دیگر|از\s+طرف\s+دیگر|در\s+ادامه|در\s+این\s+میان|"
                            r"در\s+عین\s+حال|در\s+همین\s+راستا|در\s+همین\s+زمینه|اما|ولی)\s+")
_CLAUSE_VERB = re.compile(r" (?:شد|شدند|کرد|کردند|است|بود|داشت|گفت|داد)[،,\s]")
# «شایان ذکر است»، «بنا بر همین گزارش»، «این در حالی است که»: openers without a comma
_OPENER = re.compile(r"^(?:(?:شایان|لازم\s+به)\s+(?:ذکر|یادآوری|یادآوریست|توضیح)\s+است|گفتنی\s+است|(?:بنا\s*بر|بر\s*اساس|طبق)\s+(?:این|همین)\s+"
                     r"گزارش|(?:این\s+)?در\s*حالی(?:\s+است|ست)?\s+که|علاوه\s*بر\s*(?:این|آن)|از\s+آنجا(?:یی)?\s+که)"
                     r"\s*[،,]?\s*")  # «از آنجا که دکتر X ... به پلیس گفته بود که»
_LEAD_ADVERBIAL = re.compile(
    r"^(?:پیش\s+از\s+(?:این|آن)|پس\s+از\s+(?:این|آن)|در\s+(?:این|آن|همین)\s+(?:میان|حال|باره|زمینه|راستا|پیوند|"
    r"رابطه|خصوص)|در\s+سال\s+[\d۰-۹]{2,4}(?:\s+(?:میلادی|شمسی|خورشیدی))?(?=\s)|"
    # «در این دیدار حجت‌الاسلام X گفت»: the occasion just described, before the subject
    r"در\s+(?:این|همین)\s+(?:دیدار|جلسه|نشست|مراسم|همایش|بازدید|سفر)(?=[\s،,])|"
    r"از\s+سوی\s+دیگر|در\s+ادامه(?:\s+(?:این\s+)?(?:جلسه|نشست|مراسم|همایش|دیدار|برنامه))?|همزمان|"
    # connectives: «با این حال رویترز گزارش کرد», «به همین دلیل است که X می‌گوید»
    r"با\s+(?:این\s+حال|این\s+وجود|وجود\s+این)|(?:به|از)\s+همین\s+(?:دلیل|رو|خاطر)(?:\s+است\s+که)?|از\s+این\s+رو|"
    r"(?:کمی|اندکی|مدتی|ساعتی)\s+(?:قبل|پیش|بعد|پس)\s+از\s+(?:آن|این))"  # «کمی قبل از آن X در توئیتر گفت»
    r"\s*[،,]?\s*")
_HEADLINE_VERB = re.compile(r" (?:می شود|می شوند|می کند|می کنند|می یابد|است|هستند|شد|شدند|کرد|کردند|دارد|دارند|"
                            r"گردید|یافت|رسید|کند|شود)(?= )")
_AS_SAID = re.compile(r"(?:همان\s?گونه|همانطور|همان\s?طور|چنان|همچنان)\s+که\s+")  # «همان‌گونه که X فرموده‌اند»
_VERB_ENDINGS = ("ند", "ست")
_PREVERBS = frozenset(("تاکید", "تأکید", "اشاره", "اعلام", "اظهار", "بیان", "عنوان", "ابراز", "تصریح", "خاطرنشان",
                       "یادآوری", "اضافه", "توضیح", "ادعا", "هشدار", "اذعان"))
_LIGHT_VERBS = frozenset(("کرد", "داد", "شد", "گردید", "رسید", "نمود", "داشت"))
_PARTICIPLES = frozenset(("کرده", "داده", "شده", "گردیده", "رسیده", "نموده", "داشته", "بوده"))  # «... انتقاد کرده و X»
# «X با بیان اینکه ...، گفت», «X ضمن ... افزود»: the subject stands before the compound introducer
_COMPOUND = re.compile(r"\s(?:با\s+(?:بیان|ذکر|عنوان|یادآوری|تاکید|تأکید|اشاره|ابراز|تشریح|اعلام|طرح|بیان\s+این)"
                       r"(?:\s+(?:اینکه|این\s+که|بر|به))?|ضمن|در\s+(?:پاسخ|واکنش|گفت\s?و\s?گو|مصاحبه|نشست|جلسه|دیدار|مراسم|همایش))\s")
# «X که ... ،» a relative clause after the subject
_RELATIVE = re.compile(r"^([^،,:]{2,60}?)\s+که\s+[^،,]{2,200}[،,]\s*")
# «نخستین مربی ...»: ordinals before a title
_DEMONSTRATIVES = frozenset(("این", "آن", "همین", "همان"))
_INDEF_IN = re.compile(r" یک (?=(?:منبع|مقام|عضو|دیپلمات|مسئول|کارشناس|فرمانده|سخنگوی|نماینده|شاهد)(?![\w]))")
_ORDINALS = ("نخستین ", "اولین ", "دومین ", "سومین ", "آخرین ")


def _after_glued_sentence(s: str) -> str:
    """«... در سطح کارشناسان است پسکوف»: a sentence that lost its full stop ends in «است»/«بود», and the one or two
    words after it, a name and not a common word, are the subject; after any verb of :data:`_GLUED_ENDS`, a given
    name and a surname open the subject («... ندارد دیمیتری پسکوف»); else ``s``."""
    ws = s.rsplit(" ", 8)  # (the verb stands among the last words: a name of two and its title after it)
    k = next((i for i in range(len(ws) - 2, 0, -1) if ws[i] in _GLUED_END_WORDS), 0)
    if not k:
        return s
    verb, rest = ws[k], ws[k + 1:]
    if 1 <= len(rest) <= 2 and verb in ("است", "بود") \
            and all(w.isalpha() and len(w) > 2 and w not in SUBJECT_STOPS and w not in _common_words() for w in rest) \
            and not _given(rest[-1]):
        return " ".join(rest)
    if len(rest) >= 2 and _given(fold(rest[0])) and rest[1].isalpha() and not _given(fold(rest[1])) \
            and rest[1] not in SUBJECT_STOPS and rest[1] not in _common_words():
        return " ".join(rest)  # «... مهلت تعیین کرد آناتولی گلاز سخنگوی وزارت ...»: a full name opens the next one
    return s


def _last_coordination(s: str) -> int:
    """Start of the last clause joined by «و» after a verb («... محکوم شدند و دادستانی ...»), else 0
    (``s`` has single spaces)."""
    i = s.rfind(" و ")
    while i > 0:
        before = s[s.rfind(" ", 0, i) + 1:i]  # (the word before «و», without copying the text before it)
        if i + 3 < len(s) and (before.endswith(_VERB_ENDINGS) or before in _LIGHT_VERBS or before in _PARTICIPLES):
            # «... خبر داد و به خبرنگار فارس بیان داشت»: a clause starting with a preposition has no subject
            k = s.find(" ", i + 3)
            if s[i + 3:k if k >= 0 else len(s)] in SUBJECT_STOPS or s[i + 3:].strip() in _PREVERBS:
                return 0  # «... قرار دادند و تأکید فرمودند»: «تأکید» is part of the verb
            if not s.startswith(_OBJECT_PRONOUNS, i + 3):
                return i + 3
            # «X ... دانست و آن را محکوم کرد و گفت»: a clause opening with its object has the earlier subject
        i = s.rfind(" و ", 0, i)
    return _last_contrast(s)


_VALI_NOUN = frozenset(("فقیه", "امر", "عصر", "نعمت", "الله", "دم", "خدا"))  # the word after «ولی» the noun


def _last_contrast(s: str) -> int:
    """Start of the clause after the last «اما»/«ولی» («این نماینده ماجرا را تکذیب کرده اما رئیس پلیس راهور
    می‌گوید»): ten words at most without a comma, opening with no preposition or light-verb noun; else 0."""
    i = s.rfind(" اما ")
    k = s.rfind(" ولی ")
    while k > i and s[k + 5:].split(" ", 1)[0] in _VALI_NOUN:
        k = s.rfind(" ولی ", 0, k)  # «نماینده ولی فقیه»: the noun «ولی», not the conjunction («ولی امروز»)
    i = max(i, k)
    if i <= 0:
        return 0
    j = i + 5
    rest = s[j:].split()
    if not rest or len(rest) > 10 or "،" in s[j:] or "," in s[j:] or rest[0] in SUBJECT_STOPS or rest[0] in _PREVERBS:
        return 0
    return j


# places of work after a word that is both a rank and a title («استاد دانشگاه ...», «امیر ارتش ...»)
# organisations and the institutions that speak like them («مرکز لرزه‌نگاری ...», «دانشگاه ...»)
_INSTITUTIONS = (*ORGS, "دانشگاه", "دانشکده", "حوزه", "پژوهشگاه", "پژوهشکده", "مرکز", "موسسه", "مؤسسه", "آموزشگاه",
                 "آزمایشگاه", "بیمارستان")
_OBJECT_PRONOUNS = ("آن را ", "این را ", "او را ", "وی را ", "آنها را ", "آن ها را ", "آنان را ", "ایشان را ")
# «خطیب‌زاده», «امیرپور» (mfold: «خطیب زاده»): a title word followed by a surname ending is a name
_NOT_SURNAME = r"(?![\w])(?!\s(?:زاده|پور|نیا|نژاد|فر|وند|لو|زادگان|کیا)(?![\w]))"


def alternation(words: list[str]) -> str:
    """``"|".join(map(re.escape, words))`` grouped by first character («م(?:دیر|عاون)|ر(?:ئیس)»): the same
    matches with the same preference (words with different first characters never match at one place, and each
    group keeps the words' order), but the engine tries one branch per first character, not one per word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(c) + "(?:" + "|".join(map(re.escape, rest)) + ")" for c, rest in groups.items())


_TITLES_LONGEST_FIRST = sorted(TITLES, key=len, reverse=True)
_TITLE_RE = re.compile(r"^(?:" + alternation(_TITLES_LONGEST_FIRST) + r")" + _NOT_SURNAME)
_TITLE_IN = re.compile(r" (?:" + alternation([t for t in _TITLES_LONGEST_FIRST if " " in t or len(t) > 4]) + r")"
                       + _NOT_SURNAME)
_TITLE_FIRST = frozenset(t.split()[0] for t in TITLES)
_TITLE_AT = re.compile(r"(?:" + alternation(_TITLES_LONGEST_FIRST) + r")" + _NOT_SURNAME)
_HONORIFIC_RE = re.compile(r"^(?:(?:" + alternation(sorted(HONORIFICS, key=len, reverse=True)) + r")\s+)+")
# a lowercase description of a speaker: «the governor», «his spokesman», «a senior official»
# «the governor», «one diplomat», «the UN envoy» (an acronym first), «a senior US official»
_EN_DESC = (r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+"
            r"(?:[A-Z]{2,5}\s+)?(?:[a-z][\w-]+|(?<=[Tt]he\s)[A-Z][a-z]+(?=\s+(?:said|told|added|says)\b))"
            r"(?:\s+(?:[A-Z]{2,5}|[a-z][\w-]+)){0,3}?")  # («the Leader said»: the house style for the Leader)
# a capitalised word of a name; a dot only inside it («U.S») or after one or two letters («J.», «Dr.»), so that
# «... in Tehran. He added» is not the name «Tehran. He»
_EN_NAME_WORD = r"(?:[A-Z][a-z]?\.|[A-Z](?:[\w'’-]|\.(?=\w))+|(?:al|el|ad|as|ash|at|az)-[A-Z][\w'’-]*)"  # «al-Burhan»
# a lowercase title before a name, without an article: «spokesman Esmaeil Baghaei», «foreign ministry spokesman X»
_EN_TITLE_NOUNS = ("spokes(?:man|woman|person)", "minister", "president", "governor", "commander", "official",
                   "ambassador", "envoy", "chief", "leader", "head", "deputy", "general", "lawmaker", "prosecutor",
                   "mayor", "director", "advis[eo]r", "secretary", "chairman", "speaker", "representative", "negotiator")
_EN_BARE_TITLE = r"(?:[a-z][\w-]+\s+){0,2}(?:" + "|".join(_EN_TITLE_NOUNS) + ")"
# the same nouns, capitalised or not: «Foreign Minister Abbas Araghchi», «foreign ministry spokesman X»
_EN_TITLE_WORDS = "(?:" + "|".join(f"[{n[0].upper()}{n[0]}]{n[1:]}" for n in _EN_TITLE_NOUNS) + ")"
# cues that introduce a statement only with «that» or a colon («stressed that», «announced:»; «announced the plan»
# is an act)
_EN_THAT_CUES = "stressed|noted|announced|insisted|explained|emphasi[sz]ed|asserted|declared|confirmed|argued"
_EN_THAT_CUE = re.compile(_EN_THAT_CUES)
# where the words were said, between the cue and the statement: «in a statement», «in an interview with CNN»
_EN_VENUE = (r"(?:in|during)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|post"
             r"|address|conference|briefing|letter|message|tweet|video|phone\s+call)(?:\s+(?:on|with|to)\s+[^,:.\n]{1,40}?)?"
             r"(?=\s*(?::|,?\s+that\b))")
_EN_SAID = re.compile(
    rf"(?<![\w'’-])(?P<spk>(?:{_EN_NAME_WORD}(?:\s+(?:{_EN_NAME_WORD}|al-\w+|bin|de|van|von|of)){{0,4}})|[Hh]e|[Ss]he"
    # (a description of at most three words here, «of the ...» aside: a longer one runs into the object of «told»)
    # «Local officials said», «Iraqi police said»: a group, with an adjective of place
    r"|(?:[A-Z][a-z]+\s+)?(?:officials|sources|diplomats|analysts|witnesses|residents|activists|experts|authorities"
    r"|police|lawmakers|medics|doctors|rescuers)"
    r"|[Tt]hey|(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][a-z]+\s+)?[a-z][\w-]+(?:\s+(?!and\b|or\b|but\b|the\b|an?\b)[a-z][\w-]+){0,2}"
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w-]+(?:\s+(?!and\b|or\b)[a-z][\w-]+){0,2})?)"  # «An Iranian official»
    rf"(?:,\s*(?P<role>[^,]{{3,80}}),)?\s+(?P<cue>said|told|added|says|stated|warned|wrote|{_EN_THAT_CUES})\b"
    # «told Reuters», «told the Associated Press»: whom it was told to (capitalised words, after «told» only)
    r"(?:(?<=told)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    # «told reporters», «told a news conference»: the audience, not the statement
    r"(?:\s+(?:reporters|journalists|lawmakers|parliament|state\s+(?:TV|television|media|radio)"
    r"|(?:a|the)\s+(?:news|press)\s+conference|a\s+(?:press\s+)?briefing))?"
    r"(?:\s+in\s+[A-Z][\w-]+)?(?:\s+on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"  # «on Monday», not «on condition»
    r"(?:\s+(?:separately|later|earlier|also|again|previously|repeatedly|recently))?"  # «said separately that»
    rf"(?:\s+{_EN_VENUE})?(?:,|:|\s+that)?\s*")  # «told reporters in Tehran on Monday that», «said in a statement:»
# who speaks after a quotation: a name (with a capitalised title: «Foreign Minister Abbas Araqchi»), a lowercase
# description and a name («the deputy minister Ali Ahmadi»: the name, the description its role), a pronoun, or a
# description alone («the governor»)
_EN_SPEAKER = (rf"(?:(?P<desc>{_EN_DESC}|(?:[A-Z][\w'’-]*\s+){{0,3}}{_EN_BARE_TITLE})\s+)?(?P<name>{_EN_NAME_WORD}(?:\s+{_EN_NAME_WORD}){{0,3}})"
               rf"|(?P<pron>he|she|they)|(?P<alone>{_EN_DESC})")
_EN_QUOTE_SAID = re.compile(
    rf"[\"“](?P<text>[^\"”]{{5,600}}?)[,.]?[\"”],?\s+(?:{_EN_SPEAKER})"
    # «"...," John Smith, the UN envoy, said», «"...," the port director, Reza Moradi, told reporters»
    rf"(?:,\s*(?P<appos>(?:{_EN_DESC}|{_EN_NAME_WORD}(?:\s+{_EN_NAME_WORD}){{0,3}})),)?"
    r"\s+(?P<cue>said|told|added|says|wrote|warned)\b"
    r"(?:\s+(?:the\s+)?(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,2}\s+by\s+(?:tele)?phone\b)?")  # «told AFP by telephone»
# «"...," said Ali Ahmadi», «"...," said the governor»
_EN_QUOTE_SAID_AFTER = re.compile(
    rf"[\"“](?P<text>[^\"”]{{5,600}}?)[,.]?[\"”],?\s+(?P<cue>said|added|wrote|says)\s+(?:{_EN_SPEAKER})"
    r"(?:,\s+(?P<appos>(?:the|a|an)\s+[^,.;\n\"“”]{3,80}?)(?=[,.;]|$))?(?=[\s,.;]|$)")  # «..., the spokesman for X.»
_EN_ACCORDING = re.compile(r"(?:^|(?<=[.\n])\s*|(?<=\.\s))(?P<cue>[Aa]ccording to)\s+(?P<spk>[^,.;\n]{2,60}),\s*",
                           re.M)  # «According to X, ...» at a sentence's start
# «Three people were injured, according to the governor.», «..., according to tanker tracking firms, with ...»:
# the statement before the source
_EN_ACCORDING_AFTER = re.compile(r",\s+(?P<cue>according to)\s+(?P<spk>[^,.;\n\"“”]{2,60}?)\s*[.,]")
# «Talks will go on, the minister said.», «..., analysts said, although ...», «..., Araghchi told reporters.»
_EN_SAID_AFTER = re.compile(
    r",\s+(?P<spk>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,5}?[a-z][\w'’-]*"
    r"|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w'’-]*|he|she|they|analysts|officials"
    # «Foreign Ministry spokesman Esmaeil Baghaei», «Iran's foreign ministry», «Iran's defence minister»
    rf"|(?:[A-Z][\w'’.-]*\s+){{0,3}}{_EN_BARE_TITLE}(?:\s+(?:{_EN_NAME_WORD})){{1,4}}"
    r"|[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"|diplomats|witnesses|residents"
    r"|activists|sources|experts|police|authorities|lawmakers)"
    r"\s+(?P<cue>said|says|added|told\s+(?:reporters|journalists|[A-Z][\w-]*))(?:\s+on\s+[A-Z]\w+)?"
    r"(?:\s+on\s+condition\s+of\s+anonymity|\s+by\s+(?:tele)?phone)?"  # «..., an official said on condition ...»
    r"(?=\s*[.,;]|\s+(?:after|in|at|while|when|during)\b)")
_QUOTE_MARK = re.compile("[\"“”]")
_EN_OWN_STATEMENT = re.compile(r"\s*(?::|that\b)")  # a cue that introduces what follows it
# «VIENNA, Nov 14 (Reuters) - », «TEHRAN – », «Tehran, Dec. 5 (IRNA) - »: a city in capitals, or any place and an agency
_EN_DATELINE_START = re.compile(r"(?:[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Za-z0-9 .]{1,25}?)?(?:\s*\([A-Za-z .]{1,25}\))?"
                                r"|[A-Z][A-Za-z0-9 .,]{1,40}?\s*\([A-Za-z .]{1,25}\))\s*[-–—]\s+")
_EN_NOT_STATEMENT = ("citing ", "quoting ", "according to ", "in a ", "in an ", "on ", "after ", "while ", "when ", "during ", "in ",
                     "at ", "late ", "earlier ")


@dataclass(slots=True)
class _Person:
    name: str
    role: str | None = None
    anon: bool = False  # an organisation or unnamed source («یک دیپلمات غربی»)


@dataclass(slots=True)
class _Q:
    cue_start: int
    cue: str
    start: int
    end: int
    clause_start: int
    kind: str  # name | pronoun | title | anon | none | implied (no subject phrase; a dropped subject)
    subject: str
    role: str | None = None
    person: _Person | None = None
    speaker: str | None = None
    same_as: _Q | None = None  # «وی افزود» after a title that names no one yet: the same speaker
    lead_title: str | None = None  # «وی» with no antecedent but the titled subject of the first sentence
    nested: bool = False  # reported inside another speaker's statement («X گفت: ... Y گفته بود که ...»)
    new_speaker: bool = False  # a bare title marked as another speaker («X هم گفت»): not the main speaker
    attributed: bool = False  # read from an attribution phrase («به گفته X،», «بنا بر اعلام X،»): a source of its own


_MAX_INSIDE = 50  # statements reported inside one statement, at most


def extract_quotes(text: str, lang: str | None = None, folded: str | None = None,
                   source: str | None = None, title: str | None = None) -> list[Quote]:
    """Quotes in ``text`` in order of appearance (see module doc). ``source``: the source the article cites (its
    provenance origin when the chain is not empty); «این گزارش» stands for it when the text names no report's
    author. ``title``: the article's title; a scraped text that opens with it glued to the first sentence («... فاجعه‌بار
    است سازمان ملل ... اعلام کرد») has a sentence boundary after it."""
    if not text:
        return []
    if lang == "en" or (lang is None and _latin_share(text[:600]) > 0.5):
        return _english(text)
    arabic_quotes: list[Quote] = []
    if lang == "ar":
        from didban.text import arabic

        arabic_quotes = arabic.quotes(text)
        if not arabic.has_persian(text):
            return arabic_quotes
        # an Arabic passage in a Persian text (a cited verse, a statement in Arabic): the Persian readers too
    t = folded if folded is not None and len(folded) == len(text) else mfold(text)
    found = _find(text, t, _title_end(t, title))
    spans = _furniture_spans(t) if found else []
    if spans:
        found = [q for q in found if not any(a <= q.cue_start < b for a, b in spans)]
    _resolve(t, text, found, source, _headline_speaker(title) if title and found else None)
    out = []
    for i, q in enumerate(found):
        end = q.end
        if i + 1 < len(found) and found[i + 1].clause_start < end and found[i + 1].clause_start > q.start:
            end = found[i + 1].clause_start
        for a, _ in spans:  # a statement ends where the page's furniture begins
            if q.start < a < end:
                end = a
        if i + _MAX_INSIDE < len(found) and found[i + _MAX_INSIDE].start < end:
            # more statements inside this one than any real report quotes in one breath (a run of «X گفت:» with
            # no full stop): it ends where the last of them begins, so the output stays linear in the text
            end = found[i + _MAX_INSIDE].start
        a, b = _trim(text, q.start, end)
        if b <= a:
            continue
        role = q.person.role if q.person else q.role
        out.append(Quote(speaker=_tidy_speaker(clean_name(q.speaker)), role=clean_name(role), cue=text[q.cue_start:q.cue_start + len(q.cue)],
                         text=text[a:b], start=a, end=b))
    if out:
        _full_names(text, t, out)
    if arabic_quotes:
        out += [q for q in arabic_quotes if not any(p.start < q.end and q.start < p.end for p in out)]
        out.sort(key=lambda q: q.start)
    return out


# words that never close a speaker's name (the start of what follows it: «یک نماینده کنگره آمریکا یک روز بعد ...
# گفته», «آن‌ها می‌گویند» cut at the ZWNJ) and never open it («اگر امام راحل ...», «همچنانکه آنتونی بلینکن ...»)
_NOT_LAST = frozenset(("یک", "این", "آن", "می", "نمی", "نیز", "هم", "چند", "چنین", "شامل", "ملقب", "برخلاف",
                       "صراحتا", "صراحتاً", "کە"))  # (not «امروز»: «روزنامه صبح امروز»)
_NOT_FIRST = frozenset(("اگر", "همچنانکه", "همانطورکه", "همانگونه‌که", "چنانکه"))
_SPEAKER_SEPARATOR = re.compile(r"\s[-–—]\s|:\s")  # «ایرانی - بهروز کمالوندی», «شعار سال: عبدالناصر همتی»


def _tidy_speaker(name: str | None) -> str | None:
    """A speaker without the words of the text around it that the subject reader kept: a word that never closes a
    name («... یک»), one that never opens it («اگر ...»), a last word in parentheses («سیاری امروز(دوشنبه)»), and what
    stands before a dash or a colon when a given name follows it («ایرانی - بهروز کمالوندی»)."""
    if not name or " " not in name:
        return name
    ws = name.split()
    if "(" in ws[-1] and ws[-1].endswith(")") and ws[-1].split("(", 1)[0] in ("", "امروز", "دیروز"):
        ws = ws[:-1]  # «امروز(دوشنبه)», «عابدینی (مجری)», «اداره ملی ... (NOAA)»: a time, role or acronym after the name
    while len(ws) > 1 and ws[-1] in _NOT_LAST:
        ws = ws[:-1]
    while len(ws) > 1 and ws[0] in _NOT_FIRST:
        ws = ws[1:]
    out = " ".join(ws)
    if "-" in out or "–" in out or "—" in out or ":" in out:
        parts = _SPEAKER_SEPARATOR.split(out)
        last = parts[-1].split()
        if len(parts) > 1 and 2 <= len(last) <= 4 and _given(last[0]):
            out = parts[-1]
    return _name_after_junk(out)


# verbs that end a sentence, found glued to the name that opens the next one («استمصطفی طاهری», «بودحسن روحانی») ...
_GLUED_ENDS = ("است", "بود", "کرد", "شد", "برسد", "باشد", "دارد", "ندارد", "نیست", "کند", "شود", "داد", "بودند",
               "کردند", "شدند")
_GLUED_END_WORDS = frozenset(_GLUED_ENDS)
# ... and, with them, the words of the text before a speaker's name that are never part of it («یعنی ملک عبدالله»,
# «از طرفی مارک دوبوویتز», «حالا لعیا جنیدی», «ندارد احمد وحیدی»: the verb of the sentence before)
_JUNK_BEFORE_NAME = LEADING_ADVERBS | _GLUED_END_WORDS | {"یا", "یعنی", "حالا", "ازجمله", "جمله", "از", "طرفی",
                                                          "مقابل", "نقطه", "در", "زدن"}


def _name_after_junk(name: str) -> str:
    """``name`` from its first given name on, when that name has two or more words and only words of the text
    around it (:data:`_JUNK_BEFORE_NAME`, or a verb glued to the given name) stand before it."""
    ws = name.split()  # (display words: ي/ك are already Persian letters)
    n = min(len(ws) - 1, 4)
    for i in range(n):  # the sentence before ends in the glued verb: all before it goes
        w = ws[i]
        if w.startswith(_GLUED_ENDS):
            glued = next((e for e in _GLUED_ENDS if w.startswith(e) and len(w) - len(e) >= 3
                          and (_given(fold(w[len(e):])) or w[len(e):] == "سید")), None)
            if glued:
                return " ".join([w[len(glued):], *ws[i + 1:]])
    if n < 1 or ws[0] not in _JUNK_BEFORE_NAME:
        return name
    for i in range(1, n):
        w = fold(ws[i])
        if " " in w:  # (a ZWNJ inside: «آل‌اسحاق»)
            break
        if _given(w):
            return " ".join(ws[i:])
        if w not in _JUNK_BEFORE_NAME:
            break
    return name


_NAME_OPENERS = frozenset('"«“\'')


def _given_names_before(t: str, at: int) -> int:
    """Where the given names right before ``t[at:]`` begin («سید محمد جواد| ظریف»), or ``at`` when there are none.
    A compound name split by folding («حبیب الله») counts as one. Reads at most 80 characters back."""
    lo = max(0, at - 80)
    start = at
    while True:
        head = t[lo:start].rstrip()
        if lo + len(head) == start:  # no space: glued to the word before
            return start
        ws = head.rsplit(None, 2)
        w1 = ws[-1] if ws else ""
        end = lo + len(head)
        mark = w1[:1] in _NAME_OPENERS and len(w1) > 1  # «"سعید خطیب زاده"»: the name starts after the mark
        if mark:
            w1 = w1[1:]
            ws = ws[-1:]
        if len(ws) >= 2 and head.endswith(f"{ws[-2]} {w1}") and (
                f"{ws[-2]} {w1}" in GIVEN_NAMES
                or (w1 == "الله" and ws[-2].isalpha() and 1 < len(ws[-2].removeprefix("سید")) <= 5
                    and not ws[-2].endswith("آیت") and ws[-2] not in _common_words())):
            start = end - len(ws[-2]) - 1 - len(w1)  # («حشمت الله»: a given name of «X‌الله», split by folding;
            # not the rank «آیت الله», nor one glued to the word before: «... دهدآیت‌الله»)
        elif _given(w1) or (w1 in ("سید", "سیده") and start < at) or (w1.startswith("سید") and _given(w1[3:])):
            start = end - len(w1)
        else:
            return start
        if mark:
            return start


_NAME_CLOSERS = {"»": "«", '"': '"', "”": "“"}
_NAMED_THINGS = frozenset(("عنوان", "نام", "شعار", "هشتگ", "کمپین", "پویش", "طرح", "سامانه", "کتاب", "فیلم",
                           "برنامه", "روزنامه", "نشریه", "شبکه", "سایت", "پایگاه", "عملیات", "رزمایش"))


def _quoted_name_start(t: str, at: int, end: int) -> int:
    """Where a name set in quotation marks begins when the surname ``t[at:end]`` closes it: «پائولو اتوری», "جان
    کیریاکو" (one or two words before the surname, none of them a common word); else ``at``."""
    opener = _NAME_CLOSERS.get(t[end:end + 1])
    if opener is None or t[at:end] in _country_names() or t[at:end] in _one_word_places():
        return at
    o = t.rfind(opener, max(0, at - 30), at)
    before = t[max(0, o - 12):o].split() if o >= 0 else []
    if o < 0 or (before and before[-1] in _NAMED_THINGS):
        return at  # «با عنوان "یاران رئیسی"»: the name of a thing
    ws = t[o + 1:at].split()
    if 1 <= len(ws) <= 2 and t[o + 1:at].endswith(" ") and all(w.isalpha() and w not in _common_words() for w in ws):
        return o + 1 + (len(t[o + 1:at]) - len(t[o + 1:at].lstrip()))
    return at


def _full_names(text: str, t: str, out: list[Quote]) -> None:
    """A speaker named by the surname only («ظریف گفت», «وی» resolved to «ظریف»), or with one given name («رضا
    نقدی»), is the person the article names in full: «محمد جواد ظریف», the given names before the nearest earlier
    mention of the surname (else the first), or the words of a name in quotation marks that the surname closes
    («پائولو اتوری»)."""
    mentions: dict[str, tuple[list[int], list[str]]] = {}  # speaker -> full mentions: starts, display forms
    for q in out:
        if not q.speaker:
            continue
        if q.speaker not in mentions:
            f = mfold(q.speaker)
            ws = f.split()
            starts: list[int] = []
            forms: list[str] = []
            g = int(len(ws) > 1 and _given(ws[0]))  # a given name the speaker has («رضا نقدی» of «محمد رضا نقدی»)
            if 1 <= len(ws) - g <= 2 and len(ws) <= 3 and not _given(ws[g]) and ws[0] not in ("سید", "سیده") \
                    and all(w.isalpha() for w in ws):
                i = t.find(f)
                while i >= 0:
                    e = i + len(f)
                    if i > 0 and text[i - 1].isspace() and (e == len(t) or not t[e].isalpha()):
                        # (a ZWNJ before it: «علی‌اکبرزاده» is one word, not a given name and «اکبرزاده»)
                        a = _given_names_before(t, i)
                        if a == i:
                            a = _quoted_name_start(t, i, e)
                        if a < i:
                            starts.append(i)
                            forms.append(text[a:e])
                    i = t.find(f, e)
            mentions[q.speaker] = (starts, forms)
        starts, forms = mentions[q.speaker]
        if starts:
            k = bisect_left(starts, q.start)
            q.speaker = clean_name(forms[k - 1] if k else forms[0])


# a page's lists of other stories and its readers' comments, each under a label line («بیشتر بخوانید:», «نظرات»)
_RELATED_LABEL = re.compile(r"(?:بیشتر\s+بخوانید|(?:اخبار|مطالب|خبرهای)\s+مرتبط|پربیننده\s?ترین\s?ها|"
                            r"پربازدیدترین\s?ها|پربازدید\s?ترین\s?ها|آخرین\s+اخبار)\s*:?")
_COMMENTS_LABEL = re.compile(r"^[ \t]*(?:نظرات(?:\s+(?:کاربران|خوانندگان|شما))?|دیدگاه\s?ها|ارسال\s+نظر|نظر\s+شما)"
                             r"[ \t]*(?:[:(][^\n]{0,12})?[ \t]*$", re.M)
_RELATED_HEADS = ("بیشتر", "اخبار", "مطالب", "خبرهای", "پربیننده", "پربازدید", "آخرین")


def _related_labels(t: str) -> Iterator[re.Match[str]]:
    """``_RELATED_LABEL.finditer(t)``, tried only where one of its first words stands (a plain scan of the text
    for a pattern without a literal start costs more than the rest of the furniture test), and only when a word
    of a label is in the text."""
    if not _related_gate(t):
        return
    starts = sorted(i for h in _RELATED_HEADS for i in _all_finds(t, h))
    end = -1
    for i in starts:
        if i >= end:
            m = _RELATED_LABEL.match(t, i)
            if m is not None:
                end = m.end()
                yield m


def _all_finds(t: str, w: str) -> Iterator[int]:
    i = t.find(w)
    while i >= 0:
        yield i
        i = t.find(w, i + 1)


def _related_gate(t: str) -> bool:
    """Whether ``t`` may hold a related-stories label (plain substring tests: a regular expression scans the text
    for each of its first letters)."""
    return "بخوانید" in t or "مرتبط" in t or "پربیننده" in t or "پربازدید" in t or "آخرین اخبار" in t


_COMMENTS_GATE = re.compile(r"\n[ \t]*(?:نظر|دیدگاه|ارسال)")
_SENTENCE_END = (".", "!", "؟", "?", "»")


def _furniture_spans(t: str) -> list[tuple[int, int]]:
    """Spans of ``t`` that are page furniture, not the report: a list of other stories' headlines after its label
    alone on its line (the next lines while they read as headlines, no full stop at their end, at most eight), and
    the readers' comments after a comments label alone on its line (to the end). A label with headlines on its own
    line gives an empty span: a statement ends there, and the cues after it stay (the report's next sentence is
    often glued to the headlines)."""
    spans = related_spans(t)
    c = comments_start(t)
    if c is not None:
        spans.append((c, len(t)))
    return spans


def related_spans(t: str) -> list[tuple[int, int]]:
    """The related-stories part of :func:`_furniture_spans`: each label alone on its line with the headlines under
    it, or an empty span at a label with a headline on its own line."""
    spans: list[tuple[int, int]] = []
    for m in _related_labels(t):
        line_end = t.find("\n", m.end())
        line_end = len(t) if line_end < 0 else line_end
        if t[m.end():line_end].strip():  # headlines on the label's line, often glued to the report's next sentence
            # («بیشتر بخوانید:تحریم ... نشانه یأس آمریکا استوی افزود: ...»): only the statement before ends there,
            # at a label with its colon or opening a sentence (not «طبق آخرین اخبار، ...» inside a statement)
            before = t[max(0, m.start() - 2):m.start()].strip()
            if t[m.end() - 1] == ":" or not before or before[-1] in ".!؟()\n":
                spans.append((m.start(), m.start()))
            continue
        end, pos, n = line_end, line_end, 0
        while pos < len(t) and n < 8:
            nxt = t.find("\n", pos + 1)
            nxt = len(t) if nxt < 0 else nxt
            line = t[pos:nxt].strip()
            if line:
                if line.endswith(_SENTENCE_END) or len(line) > 200:
                    break
                n += 1
                end = nxt
            pos = nxt
        spans.append((m.start(), end))
    return spans


def comments_start(t: str) -> int | None:
    """Where the readers' comments of a scraped page begin: a comments label alone on its line in the last two
    thirds of ``t`` (a label early in the page is no comments section). None when there is none."""
    m = _COMMENTS_LABEL.search(t, len(t) // 3) if _COMMENTS_GATE.search(t, len(t) // 3) else None
    return m.start() if m is not None and m.start() > len(t) // 3 else None


# words before a given name inside an organisation's name («دانشگاه امام علی», «بیمارستان شهید رجایی»)
_NOT_BEFORE_NAME = frozenset(("امام", "شهید", "حضرت", "علامه", "الله", "خیابان", "میدان", "بلوار", "کوچه", "دانشگاه",
                              "بیمارستان", "مدرسه", "مسجد", "حسینیه", "بنیاد", "موسسه", "مؤسسه", "آیت", "شهیدان",
                              "دبیرستان", "هنرستان", "پارک", "تالار", "سالن", "ورزشگاه", "آستان", "حرم", "بقعه"))
_COURT_WORDS = frozenset(("دادگاه", "شعبه", "پرونده", "دیوان", "کشیک", "اجرای", "اجرا", "ناظر", "تحقیق", "دادسرا",
                          "ویژه", "انقلاب", "کیفری", "حقوقی", "عالی", "دادگستری", "بازپرس", "صادرکننده", "رسیدگی"))
_RANK_WORDS = frozenset(("آقای", "خانم", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "جنرال", "ژنرال", "سرلشگر"))


def person_start(words: list[str], joined: frozenset[int] = frozenset()) -> int | None:
    """Index of the first word of a person's name that runs into a source name when a lead lacks its comma:
    a rank («خبرگزاری‌ها آقای مکنزی»), or two words before a title that restates the organisation
    («روابط عمومی شرکت ... ساختمان محارم نجفی مدیرعامل شرکت ... محارم»: the words of the title's
    organisation belong to the source, «نجفی» is the name). None when no person is found. Only the words
    before the first preposition or adverb are read (the subject phrase). ``joined``: indices of words glued
    to the previous one by a ZWNJ in the unfolded text (a name never starts inside «اطلاع‌رسانی»)."""
    words = words[:next((i for i, w in enumerate(words) if i and w in SUBJECT_STOPS), len(words))]
    for i, w in enumerate(words):
        if i >= 1 and w in _RANK_WORDS and i + 1 < len(words):
            return i
    for i in range(2, len(words) - 1):  # «... استانداری هرمزگان جاسم جادری»: a given name and one more word
        if words[i] in GIVEN_NAMES and words[i - 1] not in _NOT_BEFORE_NAME and words[i + 1].isalpha() \
                and words[i + 1] not in SUBJECT_STOPS and words[i + 1] not in ("و", "ها", "های") \
                and not words[i + 1].startswith("آباد"):  # «علی‌آبادکتول»: a place «X‌آباد», not a name
            return i - 1 if words[i - 1] == "سید" else i
    for k in range(3, len(words) - 1):
        if words[k] in _TITLE_FIRST and _TITLE_RE.match(" ".join(words[k:k + 3])):
            rest = set(words[k + 1:])
            j = k - 2
            while j < k and (words[j] in rest or words[j] in SUBJECT_STOPS or words[j] in ("و", "ها", "های")
                             or words[j].startswith(ORGS + OUTLET_HEADS) or not words[j].isalpha()):
                j += 1
            return j if 2 <= j < k and j not in joined and words[j] not in _COMPOUND_TAILS else None
    return None


# second halves of ZWNJ compounds common in organisation names («اطلاع‌رسانی», «برنامه‌ریزی», «سرمایه‌گذاری»,
# «جمع‌آوری»): folded text splits them off, and a person's name never starts with one
_COMPOUND_TAILS = frozenset(("رسانی", "ریزی", "گذاری", "آوری", "سازی", "گیری"))


def _latin_share(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    return sum(1 for c in letters if c.isascii()) / max(1, len(letters))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "«\"“\u200c\u200f"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "\u200c\u200f"):
        b -= 1
    if b - a >= 2 and text[b - 1] in "»”" and "«" not in text[a:b - 1] and "“" not in text[a:b - 1]:
        b -= 1
    return a, b


def _skip_ws(t: str, i: int) -> int:
    while i < len(t) and t[i] in " \t\u200b":
        i += 1
    return i


_SENT_END = re.compile(r"\n|[.!?؟](?![0-9])[»\"”)]*")
_GUILLEMET_MARKS = re.compile(r"[«»\n]")


def _sentence_end(t: str, i: int, limit: int = 5000) -> int:
    """End of the sentence starting at ``i``: before a line break, after . ! ? ؟ (not a decimal point) and
    the closing quotes after it (one regex search, not a character loop), at most ``limit`` characters on: in a
    text without full stops a statement does not run to the end of the text (each one a copy of the rest of
    it: a 1M-character page ran out of memory)."""
    end = min(len(t), i + limit)
    m = _SENT_END.search(t, i, end)
    if m is None:
        return end
    return m.start() if t[m.start()] == "\n" else m.end()


def _guillemet_end(t: str, i: int) -> int:
    depth = 0
    for m in _GUILLEMET_MARKS.finditer(t, i, min(len(t), i + 4000)):
        j = m.start()
        c = t[j]
        if c == "«":
            depth += 1
        elif c == "»":
            depth -= 1
            if depth <= 0:
                return j + 1
        elif depth <= 1 and j > i + 1 and t[j - 1] != "«":
            # unclosed quotation: paragraph end
            return j
    return _sentence_end(t, i)


_BOUNDARY_CHARS = ".!?؟؛\n…|"  # «…»: a snippet cut before the next sentence


def _boundaries(t: str) -> list[int]:
    """Positions of the sentence-boundary characters of ``t`` (one scan per article), and the ends of
    promotional lines glued into scraped bodies («... را دانلود کنید», «به کانال ... بپیوندید»)."""
    out: list[int] = []
    for c in _BOUNDARY_CHARS:  # C-speed str.find per character: several times faster than a class regex
        i = t.find(c)
        while i >= 0:
            out.append(i)
            i = t.find(c, i + 1)
    if "/" in t:  # «خانه / اخبار / ...», «استانبول/خبرگزاری آناتولی»: not a date («1400/08/12»)
        out.extend(m.start() for m in _SLASH.finditer(t))
    if "بپیوندید" in t or ("کنید" in t and ("دانلود کنید" in t or "دنبال کنید" in t)):
        out.extend(m.end() - 1 for m in _PROMO_END.finditer(t))
    out.sort()
    return out


_SLASH = re.compile(r"/(?<![0-9]/)(?![0-9])")  # the literal first: a fast scan
_ASKED = re.compile(r"(?:پاسخ\s+به|در\s+جواب)\s+(?:این\s+|یک\s+)?(?:سوال|سؤال|پرسش)[^.!؟\n]{0,40}\sکه\s")
_PROMO_END = re.compile(r"(?:بپیوندید|دانلود کنید|دنبال کنید)")


def _clause_start(t: str, cue_start: int, bounds: list[int] | None = None) -> int:
    """Start of the clause that ends at ``cue_start``: after the last sentence boundary that is not a
    decimal point, a Latin abbreviation or inside a quotation («آیا ... ؟»، خاطرنشان کرد). ``bounds``:
    :func:`_boundaries` of ``t``, computed once per article."""
    lo = max(0, cue_start - 500)
    if bounds is None:
        bounds = _boundaries(t[:cue_start])
    k = bisect_left(bounds, cue_start)
    semis = False  # «X با اشاره به این که ...؛ ...؛ گفت»: the verb right after a semicolon has the subject before it
    while True:
        k -= 1
        if k < 0 or bounds[k] < lo:
            return lo
        b = bounds[k]
        if t[b] == "؛" and (semis or not t[b + 1:cue_start].strip()):
            semis = True
            continue
        if t[b] == "." and b + 1 < len(t):
            nx, pv = t[b + 1], t[b - 1] if b else " "
            if (nx.isdigit() and pv.isdigit()) or ("a" <= nx.lower() <= "z"):
                continue
            if (pv == "." or nx == ".") and _etc_dots(t, b):
                continue  # «نیروها و... طی این مدت، گفت»: «و...» is «etc.», not a sentence end
        if t[b] == "؟" and _ASKED.search(t, max(lo, b - 300), b):
            continue  # «X در پاسخ به این سوال که آیا ...؟ اعلام کرد»: the question is inside the clause
        end = b + 1
        if end < cue_start and t[end] in "»\"”)":
            end += 1
        seg = t[end:cue_start]
        if ("»" not in seg and "”" not in seg and not _closing_dq(seg)) or (  # (no closing mark: not inside a quotation)
                seg.count("»") <= seg.count("«") and seg.count('"') % 2 == 0 and seg.count("”") <= seg.count("“")):
            return end


def _closing_dq(seg: str) -> bool:
    """A «"» in ``seg`` that closes a quotation (right after a word), not one that opens it («... که "رهبر ...»)."""
    i = seg.find('"')
    while i >= 0:
        if i > 0 and not seg[i - 1].isspace():
            return True
        i = seg.find('"', i + 1)
    return False


def _last_word(s: str) -> str:
    ws = s.split()
    return ws[-1] if ws else ""


def _etc_dots(t: str, b: int) -> bool:
    """The dot at ``b`` ends a run of three or more after the word «و» («و...», «و ...») and the line goes on."""
    j, e = b, b + 1
    while j > 0 and t[j - 1] == ".":
        j -= 1
    while t[e:e + 1] == ".":
        e += 1
    if e - j < 3 or t[e:e + 1] in ("\n", "\r", ""):
        return False
    w = t[max(0, j - 3):j].rstrip()
    return w.endswith("و") and (len(w) < 2 or not _is_word(w[-2]))


_SUFFIXES = ("ه بودند", "ه بود", "ه است", "ه اند", "ند")
# each cue is found through its longest (rarest) word, then checked in place
_BY_ANCHOR: dict[str, list[tuple[str, int]]] = {}
# a rarer word than the longest where the longest is a frequent word («نشان», «ساخت»)
_ANCHOR_WORD = {"خطر نشان کرد": "خطر", "فاش ساخت": "فاش"}
for _c in sorted(CUES, key=len, reverse=True):
    _w = _ANCHOR_WORD.get(_c) or max(_c.split(), key=len)
    _BY_ANCHOR.setdefault(_w, []).append((_c, _c.index(_w)))
# Persian letters, most frequent first (in news text)
_LETTER_ORDER = "ایردنهموتبسلکشزفگعخقجحآصپطضچظغئذثژ"
_COMMON_LETTERS = 13  # an anchor made of the 13 most frequent letters only is found with str.find


def _anchor_scan(anchors: list[str], common_letters: int = _COMMON_LETTERS) \
        -> tuple[re.Pattern[str], dict[str, list[tuple[str, int]]], list[str]]:
    """How to find the anchors fast: one regex that stops at the least frequent letter of an anchor («ظ» of
    «اظهار», «گ» of «گفت») and checks the letters around it by look-behind and look-ahead; the anchors to
    check in place by that letter: (anchor, index of the letter); and the anchors of frequent letters only
    («بیان», «ادامه»), found with ``str.find``. A class of rare letters lets the regex engine skip most of the
    text: 2 to 3 times faster than one ``str.find`` scan per anchor."""
    rank = {c: i for i, c in enumerate(_LETTER_ORDER)}
    by_key: dict[str, list[tuple[str, int]]] = {}
    finds: list[str] = []
    for w in anchors:
        k = max(range(len(w)), key=lambda i: rank.get(w[i], len(rank)))
        if rank.get(w[k], len(rank)) < common_letters:
            finds.append(w)
        else:
            by_key.setdefault(w[k], []).append((w, k))
    alts = []
    for c, group in by_key.items():
        checks = []
        for w, k in group:
            before, after = w[:k + 1], w[k + 1:]
            if any(v != w and before.endswith(v[:j + 1]) and after.startswith(v[j + 1:]) for v, j in group):
                continue  # a shorter check of the group stops there too
            checks.append((f"(?<={re.escape(before)})" if k else "") + (f"(?={re.escape(after)})" if after else ""))
        alts.append(re.escape(c) + ("(?:" + "|".join(checks) + ")" if all(checks) else ""))
    return re.compile("|".join(alts) or "(?!)"), by_key, finds


_AnchorScan = tuple[re.Pattern[str], dict[str, list[tuple[str, int]]], list[str]]
_GOFTE_PHRASES = ("به گفته", "طبق گفته", "به ادعای", "به اعتقاد", "به عقیده", "از نگاه", "به نوشته", "بنا به نوشته",
                  "بنا بر نوشته", "بنابر نوشته", "بنا بر اظهارات", "بنا به اظهارات", "بنابر اظهارات", "طبق اظهارات",
                  "بنا بر گفته", "بنابر گفته", "بنا به گفته", "طبق نوشته",
                  # «بر اساس اظهارات X،» is «بنا بر اظهارات X،» (a speech noun; «بر اساس گزارش X» stays no quote)
                  "بر اساس اظهارات", "براساس اظهارات", "بر اساس گفته", "براساس گفته",
                  "بنا بر اعلام", "بنابر اعلام", "بنا به اعلام",  # (the gold's «بنا بر اظهارات/اعلام X»)
                  "به باور")  # «به باور کارشناسان، ...» (not «طبق اعلام X،»: the gold takes it for a source of facts)
# the words of «به گفته X،» ... and the words that stand before them
_PHRASE_WORDS = frozenset(w for p in _GOFTE_PHRASES for w in p.split())  # «بنا بر اظهارات» is no name
_GOFTE_HEADS: dict[str, list[str]] = {}
for _p in _GOFTE_PHRASES:
    _GOFTE_HEADS.setdefault(_p.split()[-1], []).append(_p.rsplit(" ", 1)[0])
# the cue anchors and the words of _GOFTE_PHRASES in one scan (the letters the latter are found by are in the
# former's class): anchor -> (its cues or None, whether it is a word of _GOFTE_HEADS)
_ALL_ANCHORS: _AnchorScan = _anchor_scan(list(dict.fromkeys([*_BY_ANCHOR, *_GOFTE_HEADS])))
_ANCHOR_USE = {w: (_BY_ANCHOR.get(w), w in _GOFTE_HEADS) for w in (*_BY_ANCHOR, *_GOFTE_HEADS)}


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_" or "\u064b" <= c <= "\u065f"


def _cues(t: str) -> list[tuple[int, int, str]]:
    """Speech-verb occurrences ``(start, end, cue)``: a cue of the lexicon (longest first), an optional
    plural/perfect suffix («گفتند», «گفته است»), word boundaries on both sides. Found through each cue's
    longest word (:func:`_anchor_scan`), several times faster than one big regex alternation of the cues."""
    return _scan(t)[0]


def _scan(t: str) -> tuple[list[tuple[int, int, str]], list[tuple[str, int]]]:
    """:func:`_cues` of ``t`` and the occurrences ``(word, start)`` of the words of _GOFTE_HEADS (for
    :func:`_be_gofte`), from one scan of ``t``."""
    out: dict[int, tuple[int, int, str]] = {}
    gofte: list[tuple[str, int]] = []
    for anchor, i in _anchor_hits(t, _ALL_ANCHORS):
        cues, is_gofte = _ANCHOR_USE[anchor]
        if cues is not None:
            _cue_at(t, i, cues, out)
        if is_gofte:
            gofte.append((anchor, i))
    res: list[tuple[int, int, str]] = []
    for m in sorted(out.values()):
        if res and m[0] < res[-1][1]:
            continue  # nested in a longer cue
        res.append(m)
    return res, gofte


def _anchor_hits(t: str, scan: _AnchorScan) -> Iterator[tuple[str, int]]:
    """Every occurrence ``(anchor, start)`` in ``t`` of every anchor of ``scan`` (see :func:`_anchor_scan`)."""
    pattern, by_key, by_find = scan
    for m in pattern.finditer(t) if by_key else ():
        p = m.start()
        for anchor, k in by_key[t[p]]:
            if p >= k and t.startswith(anchor, p - k):
                yield anchor, p - k
    for anchor in by_find:
        i = t.find(anchor)
        while i >= 0:
            yield anchor, i
            i = t.find(anchor, i + 1)


def _cue_at(t: str, i: int, cues: list[tuple[str, int]], out: dict[int, tuple[int, int, str]]) -> None:
    """The first of ``cues`` (longest first) whose anchor word is at ``i`` of ``t``, with its suffix, into
    ``out`` by start (the longest there wins)."""
    n = len(t)
    for cue, off in cues:
        a = i - off
        if a < 0 or not t.startswith(cue, a):
            continue
        if a and _is_word(t[a - 1]) and not (cue == "گفت" and t.startswith(":", a + 3)):
            continue  # «... نائل شدگفت:» (a missing space) still introduces a statement
        e = a + len(cue)
        if e < n and _is_word(t[e]) and not (t.startswith("که", e) and (e + 2 >= n or not _is_word(t[e + 2]))):
            # (a «که» glued to the verb, «گفته بودکه», is read as the «که» after it)
            for suf in _SUFFIXES:
                if t.startswith(suf, e) and (e + len(suf) >= n or not _is_word(t[e + len(suf)])):
                    e += len(suf)
                    break
            else:
                # «مدعی شده: «...»», «عنوان داشته که»: a perfect without its auxiliary before a colon or «که»
                if t.startswith("ه", e) and (t.startswith((":", " :"), e + 1) or t.startswith(" که ", e + 1)
                                              or (t.startswith("ه ", e) and cue in _PERFECT_STEMS)):
                    e += 1  # (and «X اعلام کرده بیش از ...»: the bare perfect, checked in ``_find``)
                else:
                    continue
        if a not in out or out[a][1] < e:
            out[a] = (a, e, t[a:e])
        break


def _title_end(t: str, title: str | None) -> int:
    """The end of the title at the start of the matching form ``t`` when no boundary follows it there, else 0."""
    if not title or len(title.strip()) < 10:
        return 0
    ft = mfold(title.strip())
    i = 0
    while i < len(t) and t[i].isspace():
        i += 1
    if not t.startswith(ft, i):
        return 0
    e = i + len(ft)
    return e if e < len(t) and t[e] not in _BOUNDARY_CHARS and t[e:e + 1].isspace() else 0


def _find(text: str, t: str, title_end: int = 0) -> list[_Q]:
    found: list[_Q] = []
    cue_list, gofte_hits = _scan(t)
    bounds = _boundaries(t) if cue_list else []  # (read by _clause_start for the cues only)
    if title_end and cue_list:
        insort(bounds, title_end - 1)  # (its last character: the clause after it opens at ``title_end``)
    for a, b, cue in cue_list:
        # «گفت‌وگو» (mfold: «گفت وگو»), «گفت و گو», «گفت\xad وگو» (a soft hyphen and a space)
        if t.startswith((" وگو", " و گو", "وگو", "  وگو"), b) or (cue.startswith("گفت") and text[b:b + 1] == "\u200c"
                                                                  and text[b + 1:b + 2] != ":"):  # «گفت‌:» (a ZWNJ typo)
            continue
        if cue.startswith("گفت"):
            prev_words = t[max(0, a - 12):a].split()
            if prev_words and prev_words[-1] in NOT_SPEECH_BEFORE_GOFT and not (
                    prev_words[-1] == "پاسخ" and t[_skip_ws(t, b):_skip_ws(t, b) + 1] == ":"):
                continue  # (but «X در پاسخ گفت: ...» answers with a statement)
        i = _skip_ws(t, b)
        colon_only = _colon_only(cue)
        nxt = t[i:i + 1]
        j = _skip_ws(t, i + 1)  # the first character after the mark that follows the cue
        after = t[j:j + 1]
        if nxt in (":", "："):
            start = j
            if t[start:start + 1] == "[":  # «... عنوان کرد: [۲۱] ...»: a wiki footnote mark before the statement
                fm = _FOOTNOTE.match(t, start)
                if fm:
                    start = _skip_ws(t, fm.end())
            if t[start:start + 1] in ("\r", "\n"):  # «گفت:\r\n\r\n«...»»: the quotation on the next line
                k = start
                while k < len(t) and t[k] in "\r\n \t":
                    k += 1
                if t[k:k + 1] == "«" or (t[k:k + 1].isalpha() and k - start <= 6):
                    start = k  # «امام صادق(ع) فرمود:\nلایسئل ...»: the statement on the next line
            end = _guillemet_end(t, start) if t[start:start + 1] == "«" else _para_end(t, start)
        elif nxt == "؛" and (after in ("«", "\n") or (
                colon_only and after.isalpha() and any(w in t[max(0, a - 200):a] for w in _WRITTEN_IN))
                or (after.isalpha() and not colon_only and not t.startswith("و ", j))):
            # «رویترز نوشت؛ وزارت امور خارجه روسیه ...»: a semicolon for the colon
            # «در گزارشی ... آورده است؛ بخش عمده ...»: a colon-only cue after a document also takes a semicolon
            start = j
            while start < len(t) and t[start] in "\n ":
                start += 1
            end = _guillemet_end(t, start) if t[start:start + 1] == "«" else _para_end(t, start)
        elif nxt == "«":
            start = i
            end = _guillemet_end(t, start)
        elif nxt in ('"', "“") and not colon_only:
            close = t.find("”" if nxt == "“" else '"', i + 1, i + 3000)
            start, end = i + 1, (close if close > 0 else _sentence_end(t, i + 1))
        elif nxt in ("،", ",") and after == "«" and cue in CUES \
                and not _object_first(t, a):  # «X تأکید کرد، «...»»: a quotation after the comma
            start = j
            end = _guillemet_end(t, start)
        elif nxt in ("،", ",") and _bare_ok(cue) and after.isalpha() and not _object_first(t, a):
            start = j
            end = _sentence_end(t, start)
        elif t.startswith("که", i) and t[i + 2:i + 3] in (" ", "«", "\n") and not colon_only:
            start = _skip_ws(t, i + 2)
            end = _guillemet_end(t, start) if t[start:start + 1] == "«" else _sentence_end(t, start)
        elif nxt and (nxt.isalpha() or nxt.isdigit()) and not t.startswith(("و ", "را ", "که"), i) \
                and not _object_first(t, a) \
                and (_bare_ok(cue) or ((cue in _PERFECTS or cue in _BARE_PERFECTS) and _perfect_statement(t, a, i))):
            start = i
            end = _sentence_end(t, start)
        else:
            continue
        if end <= start:
            continue
        cs = _clause_start(t, a, bounds)
        if "]" in t[cs:a]:  # «[۶] وی گفت»: a page's footnote marks or «[ویرایش]» link before the subject
            for m in _FOOTNOTE.finditer(t, cs, a):
                cs = _skip_ws(t, m.end())
        if cs > 1 and t[cs - 1] == "/" and _last_word(t[max(0, cs - 30):cs - 1]) in OUTLETS:
            sp = t.find(" ", cs, a)  # «ایسنا/لرستان دستیار ... گفت»: the desk's place after the outlet is no subject
            if sp > 0:
                cs = _skip_ws(t, sp)
        subj = t[cs:a]
        nested = False
        c = subj.rfind(":")
        outer = found[-1] if found else None
        if c > 0 and outer is not None and outer.cue_start < cs + c < outer.start <= cs + c + 4 and a < outer.end:
            # «X اظهار کرد: ... کرده است، استکبار جهانی به کشورها گفته بود که»: a statement reported inside X's,
            # its subject after the last comma of X's statement
            k = max(subj.rfind("،"), subj.rfind(","), subj.rfind("؛"), c)
            inner = subj[k + 1:]
            # not a lead repeated as a summary (the outer subject as words: «وی» is inside «سخنگوی»)
            if inner.strip() and not (outer.subject and f" {outer.subject} " in f" {' '.join(inner.split())} "):
                nested = True
                cs = _skip_ws(t, cs + k + 1)
                subj = t[cs:a]
        elif outer is not None and outer.clause_start == cs and outer.start < a <= outer.end \
                and t[outer.start - 1:outer.start] not in (":", "«") and not outer.attributed \
                and not any(w in t[cs:outer.cue_start] for w in ("اینکه", "این که", "ضمن")):
            # «وی گفت رئیس‌جمهور اعلام کرده است که ...»: a statement reported inside another's without a colon, its
            # subject the first words of the outer statement (only a subject that names someone; not when the outer
            # verb is itself inside a compound: «X با اشاره به اینکه آمریکا گفته بود که ... افزود:»)
            inner = t[outer.start:a]
            ik, isub, _ = _subject(inner) if len(inner.split()) <= 8 and not any(c in inner for c in "،,؛.:«\n") \
                else ("none", "", None)
            if ik in ("name", "title") and isub.split()[:1] == inner.split()[:1] and isub not in ("فلانی", "کسی"):
                nested = True
                cs, subj = outer.start, inner
        base_cue = _PLURAL.sub("", cue) if cue not in CUES else cue
        if base_cue in _OBJECT_CUES and _OBJECT_CUES[base_cue] in f" {subj} ":
            continue
        kind, subject, role = _subject(subj)
        nested = nested or _conditional(subj)  # (a condition's speaker leaves the last speaker the last one)
        bare_perfect = cue in _PERFECTS or (start == i and cue in _BARE_PERFECTS)
        if kind == "first" or (bare_perfect and kind not in ("name", "anon", "title", "implied", "pronoun")) \
                or (bare_perfect and start == i and _relative_clause(subj)):
            continue  # «به عقیده من ...», «ما اعلام کردیم»: inside another statement
        if cue.endswith("ند") and subject and subject.startswith("به "):
            continue  # «چون به سازندگان می‌گویند ...»: an impersonal plural, its addressee is no speaker
        if base_cue in _NOT_SPEAKERS and (not subject or subject.startswith(_NOT_SPEAKERS[base_cue])):
            continue
        if cue.endswith("ند") and kind in ("implied", "none", "name"):
            group = _group_subject(subj)
            if group and (kind != "name" or subject.startswith(group.split()[0]) or _garbage(subject)):
                # «... برویم برخی کشورها از جمله استکبار جهانی اعلام کردند», «دستگاه‌های دیگر می‌گویند»: a plural
                # verb after a group
                kind, subject, role = "anon", group, None
        prev = found[-1] if found else None
        conj = _COORDINATED.search(subj) if prev is not None and prev.cue_start >= cs else None
        if conj is not None and ":" not in t[prev.cue_start:a] and "«" not in t[prev.cue_start:a]:  # type: ignore
            # «X مدعی شد که ... و گفت ...», «X گفت ...، اما افزود که ...»: a coordinated speech verb has the subject
            # of the first one, whose statement ends before it (after a colon the words may be another's: left)
            kind, subject, role = prev.kind, prev.subject, prev.role  # type: ignore[union-attr]
            prev.end = min(prev.end, cs + len(subj[:conj.start()].rstrip(" ،,")))  # type: ignore[union-attr]
        elif kind == "title" and subject.split()[1:2] in (["ها"], ["های"]):
            kind = "anon"  # «دیپلمات ها اعلام کردند»: a plural title is a group, not the named person
        elif kind == "title" and subject.startswith("یکی از "):
            # «یکی از اعضای اتحادیه ماهیگیران اعلام کرد»: an indefinite person, unless a name stands before it
            # after an adverbial («در پایان این مسابقات اسکار نمونه، یکی از اعضای تیم گفت»)
            k = t.rfind("،", cs, a - len(subject))
            name = _name_after_adverbial(t[cs:k]) if k > cs else None
            org = " ".join(subject.split()[3:5])  # «اتحادیه ماهیگیران»: named again later, a person may hold the role
            if name:
                kind, subject, role = "name", name, subject
            elif org and t.count(org) == 1:
                kind = "anon"
        found.append(_Q(a, cue, start, end, cs, kind, subject, role, nested=nested))
    for m in _be_gofte(t, gofte_hits):
        start = m.end()
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        name = m.group(g).strip().strip("»\"” ")  # «به نوشته «رویترز»،»
        first = name.split()[0] if name.split() else ""
        cue_end = m.start(g)
        if g == 1 and first in ("او", "وی", "ایشان") and len(name.split()) > 1:
            g, name, start = 3, first, _skip_ws(t, m.start(1) + len(first))  # «به گفته او این سویه جدید، ...»
        elif g == 1 and len(name.split()) > 4 and _lone_speaker(t, first, m.start()):
            g, name, start = 4, first, _skip_ws(t, m.start(1) + len(first))  # «به گفته کارشناسان با ...، ...»
        elif g == 1 and len(name.split()) > 4 and (_given(first) or first in _PHRASE_NAME_OPENERS
                                                   or first in _TITLE_FIRST):  # («به گفته سخنگوی سازمان X با ...،»)
            k = _phrase_source_end(t, m.start(1))  # «به گفته حمید فدایی در مجموعه ... عیلامی‌ها، ...»: a person's
            # name ends at the first stop word; the statement starts there, not at the comma (a title goes on over
            # «در»/«از»: «به گفته نماینده مردم اصفهان در مجلس شورای اسلامی،»)
            if 0 < k < m.end(1) and not (first in _TITLE_FIRST and t[k:k + 4] in (" در ", " از ")):
                name, start = t[m.start(1):k], _skip_ws(t, k)
        if g == 4 and m.group(4):
            k = _phrase_source_end(t, m.start(4))
            if k > 0:  # «به گفته مقامات محلی تا ...», «به گفته معاون شهردار تهران در ...»: a source of several words
                name, start = t[m.start(4):k], _skip_ws(t, k)
            elif not _lone_speaker(t, name, m.start()):
                continue
        if t.startswith("نیز ", start):  # «به گفته معاون گردشگری نیز در آیین‌نامه ...»: the statement after «نیز»
            start = _skip_ws(t, start + 4)
        if not t[:m.start()].strip() and t[m.start():cue_end].split()[-1] == "نوشته":
            continue  # «به نوشته روزنامه X، ...» opening the article: its lead (provenance), like «به گزارش X،»
        kind, subject, role = _subject(name)
        if kind == "first":
            continue
        if kind == "none" and t[m.start():cue_end].rstrip().endswith("اعلام") and name.startswith(_INSTITUTIONS) \
                and len(name.split()) <= 12:
            # «بنا بر اعلام مرکز لرزه‌نگاری کشوری موسسه ژئوفیزیک دانشگاه تهران،»: an institution's long name is
            # its source (read as no subject, it went to a person named later)
            kind, subject = "anon", " ".join(name.split())
        if g == 1 and kind == "name" and _TITLE_AT.match(t, start):  # «به گفته X، وزیر جنگلداری ترکیه، ...»: the apposition
            e = _ROLE_END.search(t, start, min(len(t), start + 90))
            if e is not None and t[e.start()] in "،,":
                role = role or t[start:e.start()].strip()
                start = _skip_ws(t, e.end())
        end = _guillemet_end(t, start) if t[start:start + 1] == "«" else _sentence_end(t, start)
        cue = t[m.start():cue_end].strip()
        # «بنا بر اعلام X،»: an institution's figures, never the person a later «وی» stands for (as a statement
        # reported inside another's, its speaker stays the last one)
        found.append(_Q(m.start(), cue, start, end, m.start(), kind, subject, role, nested=cue.endswith("اعلام"),
                        attributed=True))
    if "بیانیه" in t or "اطلاعیه" in t:
        for m in _per_statement(t):
            start = m.end()
            end = _guillemet_end(t, start) if t[start:start + 1] == "«" else _sentence_end(t, start)
            found.append(_Q(m.start(), t[m.start():m.start(1)].strip(), start, end, m.start(), "pronoun",
                            m.group(1), m.group(1).split()[-1]))
    found.sort(key=lambda q: q.cue_start)
    return found


# the letters of «بنا بر», «طبق», «بر اساس», «این», «همین»: all that stands, with white space, between the start of a
# match of _PER_STATEMENT and its «بیانیه»/«اطلاعیه»
_STATEMENT_BEFORE = frozenset("بناهرطقسیم")


_COORDINATED = re.compile(r"(?:\s+و|\s*[،,]?\s+(?:اما|ولی))\s*$")  # «... و» / «...، اما» right before a cue


def _per_statement(t: str) -> Iterator[re.Match[str]]:
    """``_PER_STATEMENT.finditer(t)`` started in the run of ``_STATEMENT_BEFORE`` letters and white space before
    the first «بیانیه»/«اطلاعیه» (no match can start before it)."""
    k = min((i for i in (t.find("بیانیه"), t.find("اطلاعیه")) if i >= 0), default=-1)
    if k < 0:
        return iter(())
    while k > 0 and (t[k - 1] in _STATEMENT_BEFORE or t[k - 1].isspace()):
        k -= 1
    return _PER_STATEMENT.finditer(t, k)


def _name_after_adverbial(s: str) -> str | None:
    """The name closing «در پایان این مسابقات اسکار نمونه»: the one to three words after «در ... این/آن X»."""
    w = s.split()
    if len(w) < 4 or w[0] != "در":
        return None
    j = next((i for i, x in enumerate(w[:5]) if x in _DEMONSTRATIVES), None)
    name = w[j + 2:] if j is not None else []
    if not 1 <= len(name) <= 3 or any(x in SUBJECT_STOPS or x in PRONOUNS or not x.replace("‌", "").isalpha()
                                      for x in name):
        return None
    return " ".join(name)


_GROUP_WORDS = frozenset(w for w in ANONYMOUS if " " not in w) | {"مدیران", "معاونان", "پزشکان", "محققان", "پژوهشگران",
                                                                   "دانشمندان", "کارشناسان", "مسئولین", "شاهدان", "کارگران",
                                                                   "دانشجویان", "معترضان", "شهروندان", "ساکنان", "کشاورزان",
                                                                   "خبرنگاران", "ناظران", "تحلیلگران", "منتقدان", "فعالان",
                                                                   "ماموران", "مأموران"}


_SOURCE_NOUNS = frozenset(("منبع", "مقام", "منبع آگاه", "مقام آگاه", "منبع مطلع", "مقام مسئول"))
_SURNAME_TAILS = frozenset(("زاده", "پور", "نیا", "نژاد", "فر", "وند", "لو", "زادگان", "کیا"))


_PAST_THIRD = frozenset(("داد", "کرد", "شد", "گفت", "افزود", "رسید", "پرداخت"))  # («توضیح داد», not «باشد»)


def _prev_sentence_name(t: str, clause_start: int, prev_end: int) -> str | None:
    """The person named at the start of the sentence right before ``clause_start`` («حسین اسماعیلی رئیس
    این ستاد، ... ذکر کرد.»), when no quote of that sentence or after it was read (``prev_end``): a given name
    and a surname."""
    e = clause_start
    while e > 0 and t[e - 1] in " \n\r\u200c\u200b":
        e -= 1
    if e == 0 or t[e - 1] not in ".!؟":
        return None
    e -= 1
    lo = max(0, e - 400)
    b = max(t.rfind(".", lo, e), t.rfind("\n", lo, e), t.rfind("!", lo, e), t.rfind("؟", lo, e))
    if b < 0 and lo > 0:
        return None
    start = b + 1
    if start < prev_end:
        # inside the last statement (a colon statement runs to its paragraph's end): only a sentence that opens
        # with a name and ends with a verb of the third person past reports someone new («... در خطرند. حسین
        # عساکره معاون ... توضیح داد. وی گفت»)
        words = t[start:e].split()
        if not words or words[-1] not in _PAST_THIRD:
            return None
    return _name_at(t, start, e)


def _name_at(t: str, start: int, e: int) -> str | None:
    """A given name and a surname (or a name in guillemets) opening the sentence ``t[start:e]``."""
    ws = t[start:e].split(None, 8)[:8]
    while len(ws) > 3 and (ws[0] in ("،", ",") or ws[0].rstrip("،,") in LEADING_ADVERBS
                           or ws[0].rstrip("،,") in _TIME_WORDS):
        ws = ws[1:]  # «امروز ، مهدی فتاحیان ، دبیر ...»
    hm = _HONORIFIC_RE.match(" ".join(ws[:4]) + " ")
    if hm and len(ws) > len(hm.group(0).split()) + 2:  # «حجت الاسلام سید ابراهیم X ... شد. وی گفت»: after a rank
        ws = ws[len(hm.group(0).split()):]
    if ws[:1] in (["سید"], ["سیده"]) and len(ws) > 3 and ws[1] in GIVEN_NAMES:
        ws = ws[1:]
    if ws and ws[0][:1] in "«\"" and ws[0][1:]:
        # «"علیرضا زاکانی" رییس مرکز پژوهش‌ها ... شد. وی ... اظهار کرد»: the name in guillemets
        close = next((i for i, w in enumerate(ws[:5]) if w[-1:] in "»\""), -1)
        if close < 1:
            return None
        inner = [ws[0][1:], *ws[1:close], ws[close][:-1]]
        if inner[0] in ("سید", "سیده") and len(inner) > 2:
            inner = inner[1:]
        if 2 <= len(inner) <= 4 and inner[0] in GIVEN_NAMES and all(w.isalpha() and w not in SUBJECT_STOPS
                                                                    for w in inner):
            return " ".join(inner)
        return None
    if len(ws) < 3 or ws[0] not in GIVEN_NAMES or not ws[1].isalpha() or ws[1] in SUBJECT_STOPS \
            or ws[1] in _TITLE_FIRST or ws[1] in GIVEN_NAMES:
        return None
    return " ".join(ws[:3]) if ws[2] in _SURNAME_TAILS else " ".join(ws[:2])


_BROKEN_PLURALS = frozenset(("احزاب", "مقامات", "منابع", "اعضای", "اعضا", "وزرای", "وزرا", "مسئولین", "مراجع",
                             "علما", "علمای", "اعراب", "مردم", "وکلا", "وکلای", "فعالین", "مدیران"))


_QUANTIFIERS = frozenset(("برخی", "بعضی", "عده", "همه", "چند", "تعدادی", "شماری", "بسیاری", "اکثر", "اغلب",
                          "دیگران"))


_BOUNDARY_WORDS = frozenset(("و", "که", "اما", "ولی", "لذا", "بلکه", "نیز", "هم", "همچنین", "امروز", "حالا", "اکنون",
                             "شده", "است", "بود", "شد", "کرد", "داد", "شدند", "کردند", "دادند", "بودند"))


def _phrase_boundary(prev: str, prev2: str) -> bool:
    """Whether a noun phrase can start after ``prev`` (``prev2`` before it): after a verb, a conjunction or an
    adverb, not inside a phrase of nouns."""
    return prev in _BOUNDARY_WORDS or prev in LEADING_ADVERBS or prev.endswith(("ند", "ید", "یم")) \
        or prev2 in ("می", "نمی")


def _group_subject(clause: str) -> str | None:
    """The group a plural speech verb has for its subject, read back from the end of ``clause`` (its last 25 words):
    the last quantifier or plural noun that opens a phrase (after a verb, a conjunction or an adverb: «برخی کشورها»,
    «دستگاه‌های دیگر», «گروه‌های رصدگر و فعال») with the words after it up to a preposition, an object («عده‌ای رفاه را
    ...»: «عده‌ای») or the clause's end (at most six words)."""
    ws = clause.replace("،", " ").split()[-25:]
    n = len(ws)
    for i in range(n - 1, -1, -1):
        w = ws[i]
        if not (w in _QUANTIFIERS or _plural_noun(w) or (i + 1 < n and ws[i + 1] in ("ها", "های") and w.isalpha()
                                                         and w not in SUBJECT_STOPS)):
            continue
        if i > 0 and (ws[i - 1] in _QUANTIFIERS or _plural_noun(ws[i - 1])):
            continue  # («برخی کشورها»: from the quantifier)
        if i > 0 and not _phrase_boundary(ws[i - 1], ws[i - 2] if i > 1 else ""):
            continue  # inside a longer phrase («در حوزه ماهواره‌ها», «همه اقشار مردم»)
        out = []
        for k in range(i, min(n, i + 6)):
            if ws[k] in SUBJECT_STOPS or ws[k] in ("که", "را") or (k + 1 < n and ws[k + 1] == "را"):
                break
            out.append(ws[k])
        return " ".join(out) if out else None
    return None


_THEY = frozenset(("آنها", "آن ها"))
# words that end the group's name: an object, a clause, a predicate («رانندگان کامیون خواستار ...»), an adverb
_THEY_PHRASE_END = frozenset(("که", "را", "خواستار", "مدعی", "معتقد", "نگران", "همچنین", "نیز", "هم"))
_TEAM_WORDS = frozenset(("تیم", "گروه", "هیئت", "هیات"))
_THEY_OPEN = re.compile(r"(?:^|[.!؟\n«:]|(?<=\s)که(?=\s)|،)\s*+")  # where a clause opens


def _place_word(w: str) -> bool:
    """«ایران», «کردستان», «تهران»: a country, province or city, not a plural noun in «-ان» («دوستان» is one)."""
    return w in DATELINE_PLACES or w in _country_names()


def _they_group(t: str, clause_start: int) -> str | None:
    """The group that «آنها» with a plural speech verb stands for: the plural subject opening one of the clauses
    of the last 700 characters, nearest first («رانندگان کامیون خواستار ... شدند. آنها اعلام کردند»: «رانندگان
    کامیون»; «تیم کارشناسان به عرشه رفتند ... آنها اعلام کردند»). The words from the plural noun up to a
    preposition, «که», «را», a verb or a predicate, at most four; None when no clause opens with one."""
    lo = max(0, clause_start - 700)
    starts = [m.end() for m in _THEY_OPEN.finditer(t, lo, clause_start)]
    for s in reversed(starts):
        if s >= clause_start:
            continue
        ws = t[s:min(clause_start, s + 160)].split()[:8]
        while ws and (ws[0] in ("این", "همچنین", "سپس", "اما", "ولی") or ws[0].rstrip(".").isdigit()):
            ws = ws[1:]
        if not ws or ws[0] in _THEY or ws[0] in _QUANTIFIERS or _place_word(ws[0]) or not (
                _plural_noun(ws[0]) or (len(ws) > 1 and (ws[1].endswith("ندگان")  # «امضا کنندگان» (folded)
                                                         or (ws[0] in _TEAM_WORDS and _plural_noun(ws[1]))))):
            continue
        out = []
        for w in ws[:4]:
            if w in SUBJECT_STOPS or w in _THEY_PHRASE_END or w in _VERB_WORDS or w in LEADING_ADVERBS \
                    or w in _NOT_NAME_WORDS or w in PRONOUNS or not w.isalpha():
                break
            out.append(w)
        if out:
            return " ".join(out)
    return None


def _plural_noun(w: str) -> bool:
    """«خبرنگاران», «رسانه‌ها», «احزاب»: a plural noun (not a given name such as «کامران», not a pronoun)."""
    if w in _BROKEN_PLURALS or w in _GROUP_WORDS:
        return True
    return len(w) > 4 and w.endswith(("ان", "ها", "های", "گان")) and w not in GIVEN_NAMES \
        and w not in _ONE_WORD_PRONOUNS and w.isalpha()


def _lone_speaker(t: str, word: str, before: int) -> bool:
    """Whether ``word`` alone names the speaker after «به گفته» without a comma («به گفته مسئولان احتمال ...»,
    «به گفته پاکدمیرلی بیش از ...»): a group of people, or the surname of a person named earlier in the
    article with a title right after the name («بکیر پاکدمیرلی وزیر کشاورزی») or closing a full name."""
    if word in _GROUP_WORDS:
        return True
    if len(word) < 4 or word in SUBJECT_STOPS or word in PRONOUNS or not word.isalpha():
        return False
    for m in re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])").finditer(t, 0, before):
        nxt = t[m.end():m.end() + 40].lstrip("، ")
        if _TITLE_AT.match(nxt):
            return True
        before_word = _last_word(t[max(0, m.start() - 20):m.start()])
        if t[m.end():m.end() + 1] in "،,.:؛" and _given(fold(before_word)):
            return True  # closing a name after a given name: «محمدجواد ظریف، ...» before «به گفته ظریف دارایی‌ها ...»
    return False


_NAME_END_STOPS = frozenset(("تا", "اکنون", "هنوز", "حدود", "بیش", "کمتر", "تنها", "فقط"))


# a person's name or an outlet opening a source after «به گفته» with no comma: a one-word honorific, a given
# name, an outlet head («به گفته اکبر هاشمی رفسنجانی به ...», «به گفته رسانه دولتی آنادولو در ...»)
_PHRASE_NAME_OPENERS = frozenset(h for h in HONORIFICS if " " not in h) | GIVEN_NAMES \
    | frozenset(h for h in OUTLET_HEADS if " " not in h)


def _phrase_source_end(t: str, i: int) -> int:
    """The end of a source of two to five words at ``i`` after «به گفته» with no comma, or -1: it opens with a
    group with one more word («مقامات محلی»), a title («معاون»), an organisation («وزارت») or «این» + a source
    noun, and ends before the first stop word («در», «از», «نیز», «تا») with at least three words after it."""
    e = t.find(".", i, i + 200)
    ws = t[i:e if e > 0 else i + 200].split(" ")
    if len(ws) < 5 or not (_plural_noun(ws[0]) or ws[0] in _TITLE_FIRST or ws[0].startswith(ORGS)
                           or (ws[0] == "این" and ws[1].isalpha() and ws[1] not in SUBJECT_STOPS)
                           or ws[0] in _PHRASE_NAME_OPENERS):  # «به گفته دکتر سیما لاری در ...»
        return -1
    plural = ws[0] not in _TITLE_FIRST and not ws[0].startswith(ORGS) and ws[0] != "این" \
        and ws[0] not in _PHRASE_NAME_OPENERS
    for k in range(2, min(3 if plural else 6, len(ws) - 3)):  # a group takes one word after it («مقامات محلی»)
        w = ws[k]
        if w in SUBJECT_STOPS or w in _NAME_END_STOPS or any(c.isdigit() for c in w) \
                or (_place_word(ws[k - 1]) and not _place_word(w) and not _place_word(f"{ws[k - 1]} {w}")):
            # (a place ends a title's or a group's name: «وزیر فرهنگ عراق لوح ...», «مسئولان ترکیه آتش ...»)
            if not all(x.replace("\u200c", "").isalpha() and x not in SUBJECT_STOPS for x in ws[1:k]):
                return -1
            return i + len(" ".join(ws[:k]))
        if not w.replace("\u200c", "").isalpha():
            return -1
    return -1


def _be_gofte(t: str, hits: list[tuple[str, int]]) -> list[re.Match[str]]:
    """``_BE_GOFTE.finditer(t)`` when ``t`` has one of ``_GOFTE_PHRASES`` (else nothing), tried only where
    «به/طبق/از» and white space stand before one of their words (``hits``: their occurrences, from
    :func:`_scan`) instead of a regex scan that tries its look-behind at every character."""
    starts = set()
    has_phrase = False
    for word, i in hits:
        j = i
        while j > 0 and t[j - 1].isspace():
            j -= 1
        if j == i:
            continue
        for head in _GOFTE_HEADS[word]:
            if j >= len(head) and t.startswith(head, j - len(head)):
                starts.add(j - len(head))
                has_phrase = has_phrase or (j == i - 1 and t[j] == " ")  # one of _GOFTE_PHRASES
    found: list[re.Match[str]] = []
    if not has_phrase:
        return found
    end = 0
    for a in sorted(starts):
        if a >= end:
            m = _BE_GOFTE.match(t, a)
            if m:
                found.append(m)
                end = m.end()
    return found


_WRITTEN_IN = ("گزارش", "بیانیه", "نامه", "یادداشت", "مقاله", "اطلاعیه", "پیام", "کتاب")  # «در گزارشی ... آورده است؛»
_FOOTNOTE = re.compile(r"\[[\d۰-۹٠-٩]{1,3}\]|\[ ?ویرایش ?\]")  # a wiki footnote mark, an edit link
_COLON_ONLY = {"آورده است", "آورده اند", "پاسخ داد", "مطرح کرد", "خاطرنشان می کند", "پیام داد", "آورد",
               "پاسخ می دهد"}  # «مطرح کرد» alone: raised a topic


@lru_cache(maxsize=512)
def _colon_only(cue: str) -> bool:
    """Whether ``cue`` introduces a statement only before a colon, with a plural or perfect suffix too («آوردند که»,
    «پاسخ داده است که»: no statement)."""
    return cue in _COLON_ONLY or _PLURAL.sub("", cue) in _COLON_ONLY


# «از ... خبر داد»: the news is the verb's object; «این گزارش حاکی است»: the article's own report, no speaker
_OBJECT_CUES = {"خبر داد": " از ", "خبرداد": " از "}
_NOT_SPEAKERS = {"حاکی است": ("این گزارش", "همین گزارش", "گزارش", "آمار", "شواهد", "نتایج", "بررسی", "این آمار")}


def _object_first(t: str, a: int) -> bool:
    """«نام کشتی را «ویزدم» اعلام کرد»: the verb closes a clause with an object, it introduces nothing."""
    window = t[max(0, a - 40):a]
    k = max(window.rfind(c) for c in ".؛:\n،,")  # («... نفت را کاهش می‌دهند، اما رویترز می‌نویسد»: another clause's)
    if k >= 0:
        window = window[k + 1:]
    k = window.rfind(" و ")
    if k >= 0:
        window = window[k + 3:]
    if " را " in window:
        ends = [m.end() for m in _RELATIVE_VERB.finditer(window)]
        if ends and ends[-1] >= len(window.rstrip()) - 1:
            return False  # «X که تردد را رصد می‌کند گفته ...»: the object is inside a relative clause
    return " را " in window


_RELATIVE_VERB = re.compile(r" (?:می|نمی) \S+(?:د|ند)(?= |$)")


# the heads of compound cues that say or announce (not «اشاره کرد», «انتقاد کرد»: an act about a statement)
_SAY_HEADS = frozenset(("اعلام", "تاکید", "تأکید", "تصریح", "هشدار", "اظهار", "عنوان", "بیان", "خاطرنشان", "اضافه",
                        "توضیح", "ادعا", "وعده", "توصیه", "اذعان", "ابراز", "اعتراف", "تایید", "تأیید", "تائید", "اطلاع",
                        "اخطار", "گزارش", "قول"))
# compound cues whose perfect participle alone introduces a statement in agency copy («سازمان ملل اعلام کرده بیش از
# ...», «ترامپ تاکید کرده در صورت ...»), as «گفته» does
_PERFECT_STEMS = frozenset(c for c in CUES if " " in c and c.rsplit(" ", 1)[1] in ("کرد", "داد", "داشت", "نمود")
                           and c.split(" ", 1)[0] in _SAY_HEADS and c not in _COLON_ONLY)
_PERFECTS = frozenset(("گفته", "نوشته"))
_BARE_PERFECTS = frozenset(c + "ه" for c in _PERFECT_STEMS)
_NOT_AFTER_PERFECT = frozenset(("است", "بود", "بودند", "شده", "شد", "شود", "نشده", "می", "اند", "ها", "های", "و", "را",
                                "باشد", "باشند", "بوده", "شده اند", "است،", "ایم", "اید", "ام", "ای", "خواهد", "خواهند",
                                "نخواهد", "نمی", "شوند", "شدند", "بودکه", "اما", "ولی"))
_NOT_BEFORE_PERFECT = frozenset(("به", "طبق", "این", "آن", "همین", "همان", "بنا", "بر", "بنابر", "از", "که", "با", "در",
                                 "مطابق", "حسب"))


_RELATIVE_OPENERS = ("آنچه", "آن چه", "هرچه", "هر چه", "چه ", "همانطور", "همان طور", "آنطور", "آن طور", "چنانچه",
                     "چنان که", "چنانکه")


def _relative_clause(subj: str) -> bool:
    """«آنچه دولت اعلام کرده با ...», «تصمیمی که دولت اعلام کرده اجرا می‌شود»: a bare perfect inside a relative
    clause ends it; what follows is the main clause, no statement."""
    s = " " + " ".join(subj.split()) + " "
    if s[1:].startswith(_RELATIVE_OPENERS):
        return True
    k = s.rfind(" که ")
    if k < 0:
        return False
    rest = s[k + 3:]  # («پایگاه X که تردد را رصد می‌کند گفته ...»: a clause with its own verb describes the subject)
    return len(rest.split()) <= 5 and "،" not in rest and "," not in rest and not _RELATIVE_VERB.search(rest) \
        and not any(w in _COPULAS for w in rest.split())


_FIRST_WORD = re.compile(r"[^\W\d_]*")


def _perfect_statement(t: str, a: int, i: int) -> bool:
    """«پایگاه تانکر ترکرز ... گفته ...», «روزنامه جروزالم‌پست نوشته ...»: a bare perfect introduces a statement
    when it is neither an auxiliary form («گفته شده», «گفته است») nor a noun («به گفته», «این نوشته»)."""
    nxt = _FIRST_WORD.match(t, i, i + 12).group(0)  # (its letters: «خبر داده‌ است؛», «شد.\nبه»)
    prev = t[max(0, a - 15):a].split()
    return bool(prev) and nxt not in _NOT_AFTER_PERFECT and prev[-1] not in _NOT_BEFORE_PERFECT \
        and prev[-1].isalpha()


def _bare_ok(cue: str) -> bool:
    if cue.startswith("نوشته") or cue in _COLON_ONLY or cue == "گفته":  # «گفته شده»: only «گفته: ...»/«گفته که»
        return False
    cue = _PLURAL.sub("", cue) if cue not in CUES else cue
    return cue in _BARE_OK or cue.startswith(("گفت", "افزود", "نوشت"))


def _para_end(t: str, i: int) -> int:
    j = t.find("\n", i)
    return len(t) if j < 0 else j


def _words(s: str) -> list[str]:
    return s.split()


# the footer of an embedded tweet: «(@handle) July 21, 2021»
_TWEET_FOOTER = re.compile(r"\(@\w{1,30}\) ?[A-Za-z]{3,9} \d{1,2}, ?\d{4}")


def _conditional(clause: str) -> bool:
    """«اگر X گفتند که ...»: a statement in a condition, the condition's subject only before the cue (not «اگرچه»,
    «اگر چه»: although; not «اگر ... کنند تولیدکنندگان ... گفتند»: a whole condition before the subject)."""
    s = clause.lstrip()
    return s.startswith("اگر ") and not s.startswith("اگر چه") and len(s.split()) <= 6


def _subject(clause: str, news_code: bool = True) -> tuple[str, str, str | None]:
    """Classify the text before a cue: (kind, subject phrase, role stated with it). A subject phrase read
    across a colon is a headline glued to the subject (``_after_headline``): read again after it."""
    if "»" in clause:
        clause = _GUILLEMET_GLUED.sub("» ", clause)  # «حسین زاده»در خاتمه ...»: a closing mark glued to the next word
    if '"' in clause:
        clause = _QUOTE_GLUED.sub('" ', clause)  # «سعد عبود"در گفت‌وگو با ...»: the same with a straight quote
    if news_code and "کد" in clause:
        m = max(_NEWS_CODE.finditer(clause), key=lambda x: x.end(), default=None)
        if m is not None:  # «کدخبر: 2459942 ت ت حمید ابوطالبی ... نوشت»: a page's news code before the sentence
            r0 = _subject(clause, news_code=False)
            if r0[0] in ("name", "title", "anon") and ":" not in r0[1] and not _garbage(r0[1]):
                return r0  # (read across the code already)
            r2 = _subject(clause[m.end():], news_code=False)  # (a name after it has a given name: not the page's
            ok = r2[0] in ("title", "anon") or (r2[0] == "name" and not GIVEN_NAMES.isdisjoint(fold(r2[1]).split()))
            return r2 if ok and not _garbage(r2[1]) else r0  # widgets «سرخط اخبار ارسال به دیگران»)
    if _conditional(clause):  # «اگر رهبر معظم انقلاب فتوا دادند که»: a condition's subject
        clause = clause.lstrip()[4:]
    r = _subject_phrase(clause)
    if ":" in r[1]:
        s = " ".join(clause.split())
        after = _after_headline(s)
        if after != s:
            r2 = _subject_phrase(after)
            if r2[0] != "first" and ":" not in r2[1]:  # «none»: no bogus person for the later «وی»
                return r2
    if r[0] in ("name", "title", "anon") and " " in r[1] and any(map(str.isdigit, r[1])):
        td = _TRAILING_DATE.search(r[1])
        if td and td.start() > 0:
            r = (r[0], r[1][:td.start()], r[2])
    if r[0] == "name" and r[1].endswith(_MANNER_ENDS) and len(r[1].split()) > 2:
        cut = next(e for e in _MANNER_ENDS if r[1].endswith(e))  # «محمد خطیبی این‌گونه پاسخ می‌دهد»
        r = ("name", r[1][:-len(cut)], r[2])
    if r[0] == "title" and r[1].startswith("قاضی ") and 2 <= len(r[1].split()) <= 4 \
            and all(w not in _common_words() and w not in SUBJECT_STOPS and w not in _COURT_WORDS
                    for w in fold(r[1]).split()[1:]):
        return "name", r[1][5:].strip(), "قاضی"  # «قاضی صلواتی»: a judge's rank and his name, not a title
    if r[0] == "name" and r[1].startswith(("دکتر", "مهندس")):
        w0, rest = r[1].split(" ", 1)[0], r[1].split(" ", 1)[1:]
        cut = 4 if w0.startswith("دکتر") else 5
        if len(w0) - cut >= 4 and w0 not in _common_words() and w0[cut:] not in _common_words():
            return "name", " ".join([w0[cut:], *rest]), r[2]  # «دکترقالیباف افزود»: an honorific glued to the name
    if r[0] in ("none", "implied") and "«" in clause:
        m = max(_QUOTED_NAME_TITLE.finditer(clause), key=lambda x: x.start(), default=None)
        if m is not None and len(m.group(1).split()) <= 4:
            r2 = _subject_phrase(clause[m.start():])  # «... معامله کند «حامد کرزای» رئیس جمهوری سابق ... گفت»
            if r2[0] == "name" and not _garbage(r2[1]):
                return r2
    glued_org = r[0] in ("name", "none", "implied", "anon") and any(o in clause for o in _GLUE_ORGS) \
        and _GLUED_ORG_GATE.search(clause) is not None  # (the substring test first: the search costs ~5x more)
    if r[0] in ("none", "implied", "anon") or (r[0] == "name" and _common_first(r[1])) or glued_org \
            or (r[0] in ("name", "anon") and " " in r[1].strip() and r[1].split()[0] not in GIVEN_NAMES
                and _glued_title(clause)):
        # «متفاوت‌ترین انتخابات در شهر رشتفرماندار رشت هم ... گفت»: a round-up's headline glued to a title
        # (a given name later in the phrase does not make «مشارکت ملت پشتوانه دولتحجت الاسلام سید محمدعلی» a name)
        after = _after_glued_headline(clause)
        if after is not None:
            r2 = _subject_phrase(after)
            if (r2[0] == "name" and not _garbage(r2[1])) or (r2[0] == "title" and r[0] not in ("name", "anon")) \
                    or (r2[0] == "title" and _glued_title(clause)) \
                    or (glued_org and r2[0] in ("anon", "name") and r2[1].startswith(_GLUE_ORGS)):
                return r2  # («... گرانی کاغذروزنامه X در گزارشی نوشت»: an organisation or outlet glued the same way)
    if r[0] == "none":
        r2 = _late_subject(clause)
        if r2 is not None:
            return r2
    if r[0] in ("none", "implied") and " که " in clause:
        r2 = _subject_after_that(clause)
        if r2 is not None:
            return r2
    if r[0] in ("none", "implied") and " و " in clause[-40:] + " ":
        r2 = _coordinated_predicate_subject(clause)
        if r2 is not None:
            return r2
    if r[0] in ("name", "anon", "none", "implied", "title") and ("،" in clause or "," in clause):
        r2 = _after_fronted_adverbial(clause, r)
        if r2 is not None:
            return r2
    if r[0] in ("none", "implied") and (" نیز " in clause or " هم " in clause):
        m = _FRONTED_TOO.match(" ".join(clause.split()))
        r2 = _subject_phrase(m.group(1)) if m else None
        if r2 is not None and r2[0] in ("name", "title", "anon") and not _garbage(r2[1]):
            return r2  # «در منطقه نیز وزارت امور خارجه قطر اعلام کرد»: a fronted place, «نیز», the subject
    if r[0] in ("none", "implied"):
        r2 = _titled_name_inside(clause)
        if r2 is not None:
            return r2
    if ("اما " in clause or "ولی " in clause) and r[0] in ("name", "anon", "none", "implied"):
        r2 = _after_but(clause)
        if r2 is not None:
            return r2
    if r[0] in ("none", "implied", "anon") or (r[0] == "name" and _common_first(r[1])):
        # «... از پایان کار خبر داده است سخنگوی وزارت در نشستی ... اعلام کرد»: a summary sentence that lost its stop
        # before the next sentence's titled or named subject (the latest such verb followed by a title or a name)
        for m in reversed(list(_UNSTOPPED.finditer(clause))):
            rest = clause[m.end():]
            first = rest.split(maxsplit=1)[0]
            if first in _TITLE_FIRST or first in GIVEN_NAMES:
                r2 = _subject_phrase(rest)
                if r2[0] in ("name", "title") and not _garbage(r2[1]):
                    return r2
                break
    return r


# a page's news code («کد خبر: ۲۰۰۴۹۳۶», «کدخبر: 2459942») and the lone letters of its icons after it
_NEWS_CODE = re.compile(r"کد\s?(?:خبر)?\s?:\s?[\d۰-۹]{3,}(?:\s+[^\W\d_](?![^\s]))*\s+")


# a finite verb that ends a sentence, then the next sentence with no stop between
_UNSTOPPED = re.compile(r"\s(?:است|بود|بودند|اند|کرد|کردند|شد|شدند|داد|دادند|دارد|دارند|گردید|نمود|رسید|شود|کند)\s+(?=[^\s،,.:؛])")


def _glued_title(phrase: str) -> bool:
    """Whether a word of ``phrase`` after its first ends with a title word glued to another word of three letters or
    more («رشتفرماندار», «نفراستاندار», «مردمنماینده»)."""
    if not _GLUED_TITLE_GATE.search(phrase):
        return False
    for w in phrase.split()[1:]:
        if len(w) >= 7 and w not in _common_words():
            for k in range(3, len(w) - 3):
                if w[k:] in _TITLE_OPENERS and w[:k] not in GIVEN_NAMES:
                    return True
    return False


_ZWNJ_SUFFIXES = frozenset(("ها", "های", "هایی", "ای", "ی", "تر", "ترین", "اند", "ام", "ات", "اش", "شان"))


def _common_first(name: str) -> bool:
    """Whether ``name`` opens with a common word of the NER gold (``_garbage`` also wants no given name in it)."""
    first = name.split(None, 1)[:1]
    if first and "\u200c" in first[0].strip("\u200c") and first[0].replace("\u200c", "").isalpha() \
            and first[0].rsplit("\u200c", 1)[1] not in _ZWNJ_SUFFIXES:
        # «زمانی‌فر», «رحمتی‌فر»: a surname joined by a ZWNJ is one word, whatever its first part
        return fold(first[0].replace("\u200c", "")) in _common_words()
    w = fold(name).split()
    return bool(w) and w[0] in _common_words()


_FRONTED_OF_TIME = re.compile(r"(?:(?:یک|دو|سه|چند)\s+(?:روز|هفته|ماه|سال|ساعت)\s+)?(?:پس|بعد|پیش|قبل)\s+از\s|"
                              r"(?:در\s+پی|به\s+دنبال|علاوه\s+بر|جدا\s+از|به\s+جز)\s")
_FRONTED_OF_TIME_FIRST = frozenset(("یک", "دو", "سه", "چند", "علاوه", "جدا"))  # (its openers not in _FRONTED)
_FRONTED = frozenset(("در", "پس", "پیش", "بعد", "قبل", "با", "به", "از", "طی", "هنگام", "ضمن", "برای", "پیرو", "حین"))


_FRONTED_TOO = re.compile(r"(?:در|از)\s+(?:[^\s،,]+\s+){1,3}?(?:نیز|هم)\s+(.+)$")


def _after_fronted_adverbial(clause: str, r: tuple[str, str, str | None]) -> tuple[str, str, str | None] | None:
    """«پس از این نطق، علیرضا نوری ... گفت», «در پایان جلسه، رئیس شورای شهر، مهدی چمران، اعلام کرد»: a clause that
    opens with a preposition and a phrase closed by a comma, the subject after it; the subject read inside the
    adverbial («نطق», «جلسه») is none."""
    first = clause.split(None, 1)[:1]
    if not first or (first[0] not in _FRONTED and first[0] not in _FRONTED_OF_TIME_FIRST):
        return None
    s = " ".join(clause.split())
    m = _FRONTED_OF_TIME.match(s)  # «یک روز بعد از توافق ... نفت،», «علاوه بر آلمان،»: may run longer
    k = min((i for i in (s.find("،"), s.find(",")) if i > 0), default=-1)
    if k < 0 or len(s[:k].split()) > (30 if m else 8) or (r[1] and fold(r[1]) not in fold(s[:k])):
        return None  # (the subject already read after the comma stays)
    r2 = _subject_phrase(s[k + 1:])
    if r2[0] in ("name", "title", "anon") and not _garbage(r2[1]) and r2[1] not in ORGS:
        return r2
    return None


_OBJECT_MARKS = frozenset(("با", "به", "از", "برای", "علیه", "توسط", "و", "یا", "را", "نزد", "میان", "بین"))


def _titled_name_inside(clause: str) -> tuple[str, str, str | None] | None:
    """«در پی انتشار خبر ... به ایران چانگ ایی ینگ وزیر امور خارجه کره نیز ... اظهار داشت»: a clause read as no
    subject (an adverbial opens it) in which two name words and a title stand with no preposition or conjunction
    before them: that titled name is the subject. Only the last title of the clause is tried."""
    m = max(_TITLE_AT.finditer(clause), key=lambda x: x.start(), default=None)
    if m is None or m.start() == 0:
        return None
    before = clause[:m.start()].split()
    if len(before) >= 2 and (before[-1] in _SURNAME_TAILS or before[-1] == "ای"):  # «محسنی اژه ای» (a ZWNJ as a space)
        before = [*before[:-2], before[-2] + "\u200c" + before[-1]]
    if len(before) < 3 or before[-3] in _OBJECT_MARKS or not _name_words([w.replace("\u200c", "") for w in before[-2:]]) \
            or any(c in " ".join(before[-2:]) for c in "«»،,") or any(w in _country_names() for w in before[-2:]) \
            or (before[-3] in _common_words() and before[-3] not in _VERB_WORDS):
        return None  # (not «تصویر احمدی نژاد رئیس‌جمهور», a noun's object; not «اخبار دیپلماسی ایران وزیر ...»)
    r2 = _subject_phrase(" ".join(before[-2:]).replace("\u200c", " ") + " " + clause[m.start():])
    return r2 if r2[0] == "name" and not _garbage(r2[1]) else None


_BUT = re.compile(r"(?:[،,]\s*|\s)(?:اما|ولی)\s+")  # (after a verb, the comma may be missing)


def _after_but(clause: str) -> tuple[str, str, str | None] | None:
    """«مقام‌های محلی از دادن جزئیات خودداری کرده‌اند، اما اسدالله خرم، عضو شورای ولایتی به صدای آمریکا گفت»: a
    clause that ends a sentence (a verb before «، اما/ولی») and opens another whose subject comes before the cue with
    no verb of its own: that subject speaks."""
    m = max(_BUT.finditer(clause), key=lambda x: x.start(), default=None)
    if m is None:
        return None
    before, after = clause[:m.start()].split(), clause[m.end():]
    if not before or not (before[-1] in _VERB_LAST or before[-1].endswith(("ند", "است"))):
        return None
    ws = after.replace("،", " ").split()
    if not ws or any(w in _VERB_WORDS or w in ("که", "را") for w in ws):
        return None
    r2 = _subject_phrase(after)
    if r2[0] in ("name", "title", "anon") and not _garbage(r2[1]):
        return r2
    return None


def _late_subject(clause: str) -> tuple[str, str, str | None] | None:
    """«... ادامه پیدا کرد که پس از ...، دادگستری استان گلستان با انتشار خبری ... اعلام کرد», «در همین خصوص نیز
    سازمان انرژی اتمی ایران اعلام کرد»: a clause read as no subject whose last words (after a comma, «که» or an
    adverbial) open with an organisation, a title or a given name: the subject is there. Only the first such word of
    the last twelve is tried."""
    ws = clause.split()
    for k in range(max(1, len(ws) - 12), len(ws)):
        w = ws[k]
        if not (w.startswith(ORGS) or w in _TITLE_FIRST or w in GIVEN_NAMES):
            continue
        prev = ws[k - 1].rstrip("،,")
        # after a comma, «که» or an adverb; not after a preposition («به/از/در X»: its object, not the subject)
        if not (ws[k - 1].endswith(("،", ",")) or prev in ("که", "نیز", "هم", "این", "بر") or prev in LEADING_ADVERBS):
            continue
        r2 = _subject_phrase(" ".join(ws[k:]))
        if r2[0] in ("name", "title", "anon") and not _garbage(r2[1]) and r2[1] not in ORGS:
            return r2  # (a bare head, «پایگاه», names nothing)
        return None
    return None


_PREDICATE_ENDS = ("کرد", "کرده", "داد", "داده", "دانست", "دانسته", "خواند", "خوانده", "شد", "شده", "است", "بود",
                   "کردند", "دادند", "دانستند", "خواندند", "شدند", "اند", "نمود", "نموده")
_CLAUSE_ORGS = (*_INSTITUTIONS, "کانون", "جمعیت", "نهاد", "اتاق", "تشکل", "ائتلاف", "جبهه", "مجمع")


def _coordinated_predicate_subject(clause: str) -> tuple[str, str, str | None] | None:
    """«کانون مدافعان حقوق بشر ایران روز شنبه با انتشار بیانیه‌ای ... را «...» خواند و نوشت»: a speech verb
    coordinated with the verb of a sentence of its own has that sentence's subject, the words that open it (up to the
    first adverbial, object or number): an organisation, a title, a group or a name."""
    ws = clause.split()
    if "و" not in ws[-5:]:
        return None
    k = len(ws) - 1 - ws[::-1].index("و")
    tail = ws[k + 1:]  # «... خواند و», «... کرد و به آنها», «... کرد و خطاب به دولت»: then the speech verb
    if tail and (tail[0] not in ("به", "خطاب", "اکنون", "سپس", "همچنین", "نیز") or len(tail) > 4):
        return None
    ws = ws[:k]
    if len(ws) < 4 or not (ws[-1] in _PREDICATE_ENDS or ws[-1].endswith(("کرد", "کرده"))) or ws[0] in SUBJECT_STOPS \
            or not ws[0][:1].isalpha():  # («* نگرانی وزیر ...»: a bulleted headline glued to the sentence)
        return None
    head: list[str] = []
    for w in ws[:10]:
        if w in SUBJECT_STOPS or w in ("را", "که") or "«" in w or any(c.isdigit() for c in w) or w.endswith(("،", ",")):
            break
        head.append(w)
    if not 1 <= len(head) <= 8 or len(head) == len(ws):
        return None
    phrase = " ".join(head)
    if phrase.startswith(_CLAUSE_ORGS) and len(head) >= 2:
        return "anon", phrase, None
    r2 = _subject_phrase(phrase)
    return r2 if r2[0] in ("name", "title", "anon") and not _garbage(r2[1]) else None


_THAT_VERBS = frozenset(("شده", "آمده", "دارد", "داریم", "است", "بود", "اند", "کرده"))


def _subject_after_that(clause: str) -> tuple[str, str, str | None] | None:
    """«از امام صادق نقل شده که رسول خدا فرمود», «در روایتی آمده است که امام علی فرمود»: a clause read as no subject
    whose last «که» follows a finite verb (a sentence of its own, not a relative clause «مردی که ...»): the subject
    is after it, a short phrase with no verb."""
    k = clause.rfind(" که ")
    before, after = clause[:k].split(), clause[k + 4:].split()
    if not before or not 1 <= len(after) <= 6 or before[-1] not in _THAT_VERBS \
            or any(w in _VERB_WORDS or w in SUBJECT_STOPS for w in after):
        return None
    r2 = _subject_phrase(" ".join(after))
    return r2 if r2[0] in ("name", "title", "anon") and not _garbage(r2[1]) else None


# a name in guillemets and a title right after it, inside a clause read as no subject (a glued headline before it)
_QUOTED_NAME_TITLE = re.compile(r"«([^«».…\d]{3,40})» *(?=" + _TITLE_AT.pattern + ")")
_MANNER_ENDS = (" این گونه", " اینگونه", " این چنین", " اینچنین", " چنین")  # «X این‌گونه/چنین گفت»
_GUILLEMET_GLUED = re.compile(r"»(?=[^\W\d_])")
_QUOTE_GLUED = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')
_GLUE_OPENERS = frozenset((*(g for g in GIVEN_NAMES if len(g) >= 3),
                           "رئیس", "رییس", "معاون", "وزیر", "مدیرکل", "مدیرعامل", "استاندار", "فرماندار", "سخنگوی",
                           "نماینده", "دبیرکل", "فرمانده", "دادستان", "حجت", "آیت", "سید", "سردار", "دکتر", "سرلشکر",
                           "امیر"))
# the titles among them (a round-up's headline glued to a title: «رشتفرماندار»)
_TITLE_OPENERS = frozenset(g for g in _GLUE_OPENERS if g not in GIVEN_NAMES and g not in ("سید", "امیر", "دکتر"))
# organisations and outlets glued the same way («... بسته شدوزارت خارجه ...», «... کاغذروزنامه X ...»)
_GLUE_ORGS = ("وزارت", "سازمان", "فرماندهی", "خبرگزاری", "روزنامه", "نشریه", "دادگستری", "دادستانی", "استانداری",
              "فرمانداری", "شهرداری", "کمیسیون")
_GLUED_ORG_GATE = re.compile("[^\\W\\d_]{3}(?:" + "|".join(_GLUE_ORGS) + ")(?![\\w])")
_GLUED_TITLE_GATE = re.compile("[^\\W\\d_](?:" + "|".join(sorted(_TITLE_OPENERS, key=len, reverse=True)) + ")(?![\\w])")


_NAME_PREFIXES = frozenset(("غلام", "میر", "شاه", "ابو", "امام", "عبد", "نور", "سید", "حاج"))


def _after_glued_headline(clause: str) -> str | None:
    """«... پخش ۷۲ هزار دقیقه برنامهسیدحسین ناظر در همایش ...»: a scraped headline glued to the next sentence's
    subject without a space or line break. The text from the last word that ends with a name, title or rank glued
    to another word of three letters or more (the whole not a common word), else None."""
    ws = clause.split()
    for i in range(len(ws) - 1, 0, -1):
        w = ws[i]
        if len(w) < 6 or w in GIVEN_NAMES or w in _common_words() or w.replace("\u200c", "") in _one_word_places():
            continue  # (a city is no glue: «به بندرعباس رسیدیم» is not «عباس رسیدیم»)
        for k in range(3, len(w) - 2):  # the glue point, the longest tail first: «برنامه|سیدحسین»
            tail, p = w[k:], w[:k]  # (not a compound name: «عبدالناصر», «غلامحسین», «محمدعلی»)
            if (tail in _GLUE_OPENERS or tail in GIVEN_NAMES or tail in _GLUE_ORGS
                    or any(tail[:j] in _GLUE_OPENERS and tail[j:] in GIVEN_NAMES for j in range(3, len(tail) - 2))) \
                    and not p.endswith("ال") and p not in GIVEN_NAMES and p not in _NAME_PREFIXES:
                return " ".join([tail, *ws[i + 1:]])
    return None


def _holy_pronoun(s: str) -> bool:
    """«و نیز آن حضرت در حدیث دیگری»: «(آن) حضرت» after leading adverbs, before a stop word or nothing."""
    ws = s.split()
    while ws and ws[0] in LEADING_ADVERBS:
        ws = ws[1:]
    if ws[:1] == ["آن"]:
        ws = ws[1:]
    return ws[:1] == ["حضرت"] and (len(ws) == 1 or ws[1] in SUBJECT_STOPS)


# two words, one a stop word, that are one word or phrase of a title: «پیش‌بینی» (split at its ZWNJ by mfold),
# «رسیدگی به» («مدیر رسیدگی به شکایات ...»)
_STOP_COMPOUNDS = frozenset(("پیش بینی", "پیش نویس", "پیش گیری", "پس انداز", "رسیدگی به"))
_MONTHS = frozenset(fold(m) for m in (*JALALI_MONTHS, *GREGORIAN_MONTHS)
                     if not m.isascii() and m != "می")  # «می»: the verb prefix too
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# a clock time, a day and month (either or both, in this order) opening a subject phrase
_LEAD_STAMP = re.compile(rf"^(?:\d{{1,2}}:\d{{2}}\s+)?(?:\d{{1,2}}\s+(?:{_MONTH_ALT})(?:\s?ماه)?\s+)?(?=[^\W\d_])")
# a dateline before the lead: «تهران، ۱۲ آبان ۱۴۰۳ - به گزارش ...»
_DATELINE = re.compile(rf"^[^\W\d_]+(?: [^\W\d_]+)? ?[،,] ?\d{{1,2}} (?:{_MONTH_ALT})(?: ?ماه)?(?: \d{{2,4}})? ?[-–—] ?")
# a day and month closing a subject: «وزارت خارجه کره جنوبی ۲۴ خرداد»
_TRAILING_DATE = re.compile(rf"\s+\d{{1,2}}\s+(?:{_MONTH_ALT})(?:\s?ماه)?$")


def _subject_phrase(clause: str) -> tuple[str, str, str | None]:
    """Classify the text before a cue: (kind, subject phrase, role stated with it)."""
    bare_word = clause.strip(" \n\u200b")
    if bare_word in _ONE_WORD_PRONOUNS:  # «وی افزود»: the most frequent subject, decided at once
        return "pronoun", bare_word, None
    s = " ".join(clause.split()).strip(" ،,؛:-–\u200b")
    if s and not (s[0].isalnum() or s[0] in "«(\"'*"):  # «🔴 سخنگوی دولت گفت», «▪️ ...»: a channel's bullet
        s = _LEAD_SYMBOLS.sub("", s)
    if s[:1].isdigit():  # «10:11 احسان قاضی زاده ...», «27 اردیبهشت X ...»: a live blog's stamp
        s = _LEAD_STAMP.sub("", s)
    elif "،" in s[:25] or "," in s[:25]:
        dm = _DATELINE.match(s)
        if dm:  # «تهران، ۱۲ آبان ۱۴۰۳ - به گزارش ... وزیر نیرو گفت»: the place of the dateline is no subject
            s = s[dm.end():]
    if "(@" in s:  # «pic.twitter.com/x— Name (@handle) July 21, 2021جالینا پورتر، ...»: an embedded tweet's footer
        end = max((tm.end() for tm in _TWEET_FOOTER.finditer(s, s.find("(@"))), default=0)
        if end:  # after the last footer (two embedded tweets: the subject follows the second)
            s = s[end:].lstrip(" ،,")
    j = s.find("به گزارش ")
    if j > 0 and s[j - 1].isalpha():  # «انتقاد از ... محیط زیستبه گزارش ایسنا، X ...»: a subheading glued to the lead
        s = s[j:]
    if ("گروه " in s or "سرویس " in s) and ("\u200b" in s or "-" in s or "–" in s):
        m = None
        for dm in _DESK_LABEL.finditer(s):
            m = dm  # the last label
        if m is not None and s[m.end():].strip():  # «... ۱۰:۲۷ اخبار کرمان گروه استان‌ها ـ رئیس ... گفت»
            s = s[m.end():]
    if s.startswith("معظم له"):
        return "pronoun", "معظم له", None  # «معظم‌له فرمودند»: the honorific pronoun of «مقام معظم رهبری»
    if "حضرت" in s and _holy_pronoun(s):
        return "pronoun", "حضرت", None  # «... از رسول خدا سؤال کرد؛ ... حضرت فرمودند»: the holy figure named before
    if s.endswith("وی") and s[s.rfind(" ") + 1:-2] in _VERB_LAST:
        return "pronoun", "وی", None  # «... ثبت‌نام کردندوی افزود»: «وی» glued to the verb of the sentence before
    if s.endswith((" می", " نمی")):  # «ابوترابی، مرتب می‌گفت»: the prefix of the verb
        s = s[:s.rfind(" ")].rstrip(" ،,")
    for _ in range(3):
        if "-" in s or "–" in s or "\u200b" in s:
            m = _LEAD_SKIP.match(s) or (_SECTION_LABEL.match(s) if ("-" in s[:34] or "–" in s[:34]) else None)
        else:
            m = _LEAD_SKIP_NO_DASH.match(s)
        if not m or (s.startswith("به گزارش") and m.group(0).count(" ") > 9 and _CLAUSE_VERB.search(m.group(0))):
            break  # «به گزارش فارس از کرمانشاه X در ... برگزار شد،»: the lead lacks its comma
        am = _ADVERB_OPENER.match(s)
        if am and am.end() < m.end():
            rest = s[am.end():m.end()].strip(" ،,").split()
            if rest and rest[0] not in SUBJECT_STOPS and rest[0] not in _TIME_WORDS and rest[0] not in LEADING_ADVERBS \
                    and rest[0] not in _DEMONSTRATIVES and rest[0] not in _OCCASIONS:  # («در ادامه جلسه،»)
                s = s[am.end():].lstrip(" ،,")  # «از سوی دیگر رضا زندی، خبرنگار ...، ... اعلام کرده است»
                break
        if s.startswith(("به گزارش", "به نقل از")):
            lead = m.group(0).rstrip(" ،,")
            lead_words = lead[lead.rfind("نقل از ") + 7 if "نقل از " in lead else 9:].split()
            k = person_start(lead_words)
            if k is not None:  # «به گزارش خبرگزاری‌ها آقای مکنزی، که ... گفت»: the name ends the lead
                s = " ".join(lead_words[k:]) + "، " + s[m.end():]
                break
        s = s[m.end():]
    if s.startswith("«") and "»" in s[:50]:
        j = s.find("»")
        inner = s[1:j].split()
        rest = s[j + 1:].split()
        if 2 <= len(inner) <= 4 and rest and rest[0] not in SUBJECT_STOPS and rest[0] not in CUES \
                and (inner[0] in GIVEN_NAMES or (all(w.isalpha() and w not in SUBJECT_STOPS for w in inner)
                                                 and rest[0] in _TITLE_FIRST and _TITLE_RE.match(" ".join(rest)))):
            # «علی احمدی» کارشناس ... در گفت‌وگو با ... گفت: the quoted words are the name, what follows is its apposition
            k = next((i for i, w in enumerate(rest) if w in SUBJECT_STOPS), len(rest))
            role = " ".join(rest[:k]).strip(" ،,")
            return "name", " ".join(inner), role if _TITLE_RE.match(role) else None
    s = s.lstrip("«\"( ").strip()
    if "به نقل از" in s and ("به نقل از وی" in s or "به نقل از او" in s):
        return "pronoun", "وی", None
    m = _LEAD_ADVERBIAL.match(s)
    if m:
        s = s[m.end():]
    for _ in range(2):  # «بنا بر این گزارش، در حالی که پلیس ...»
        m = _OPENER.match(s)
        if not m:
            break
        s = s[m.end():]
    # «پایگاه خبری X (x.ir) : وزیر امور خارجه گفت»: a colon lead before the subject
    if ":" in s:
        c = s.rfind(":")
        pre = re.sub(r"\([^)]*\)", " ", s[:c]).strip()
        after = s[c + 1:].split(" ", 2)
        if pre.startswith(OUTLET_HEADS) or pre in OUTLETS or pre.endswith(_OUTLET_SUFFIXES) \
                or (pre.endswith(_CUE_ENDS) and _SPEAKER_START.match(s[c + 1:].lstrip())) \
                or (_colon_label(pre) and len(after) > 1 and after[1] not in SUBJECT_STOPS):
            s = s[c + 1:].lstrip()  # «بابایی گفت: امام خمینی فرمودند که ...»: the inner speaker
    # «رسانه ها به نقل از وزیر مالی گفتند», «شبکه الجزیره به نقل از رویترز گزارش داد»: «به نقل از» marks the
    # source of the statement; the one who relays it (an outlet, «رسانه‌ها») is not its speaker
    if "*" in s:  # «مدیرکل X: * آسمان بارانی می‌شود مدیرکل هواشناسی استان گفت»: a digest page's bullet headline
        tail = s[s.rfind("*") + 1:]  # glued to the subject; the subject follows the headline's verb
        last = max((v.end() for v in _HEADLINE_VERB.finditer(tail)), default=-1)
        if last > 0 and tail[last:].strip():
            s = tail[last:].strip()
    m = _AS_SAID.match(s)
    if m:
        s = s[m.end():]
    if " که " in s:
        s = _after_subordinator(s)
    if " به گزارش " in s:
        s = _after_inner_lead(s)
    k = s.rfind(" به نقل از ")
    if k > 0 and len(s) - k > len(" به نقل از ") + 1:
        s = s[k + len(" به نقل از "):].lstrip("«\"( ")
    # «X که ...، در ... نوشت»: the subject before a relative clause
    m = _RELATIVE.match(s) if " که " in s else None  # ``s`` has single spaces
    if m and len(m.group(1).split()) <= 6 and not m.group(1).startswith(("با ", "در ", "به ")):
        rest = s[m.end():].split(" ", 1)[0]
        if not rest or rest in SUBJECT_STOPS:
            s = m.group(1)
    if " " in s:  # «... ندارد دیمیتری پسکوف»: the sentence before lost its full stop
        s = _after_glued_sentence(s)
    # «X با بیان اینکه ...، گفت»: coordinated clauses inside the compound are not the subject
    m = _COMPOUND.search(s) if (" با " in s or " ضمن " in s or " در " in s) else None
    if m and m.start() > 0:
        s = s[:m.start()]
    # «... محکوم شدند و دادستانی بحرین تاکید کرد»: the subject of the last coordinated clause
    k = _last_coordination(s)
    if k > 0:
        s = s[k:]
    s = s[:240]
    if s.startswith("به گزارش "):
        ws = s.split()
        k = 2
        if k < len(ws) and ws[k] in ("خبرنگار", "گروه", "سرویس"):
            k += 2
        if k < len(ws):
            three = " ".join(ws[k:k + 3])
            head = next((h for h in HEADS_LONGEST_FIRST if three.startswith(h + " ")), None)
            if head:  # «خبرگزاری فارس», «خبر گزاری فارس»
                k += len(head.split())
        for n in (4, 3, 2, 1):
            if len(ws) > k + n and " ".join(ws[k:k + n]) in OUTLETS:
                k += n
                if k + 1 < len(ws) and ws[k] == "از":
                    k += 2  # desk city
                s = " ".join(ws[k:])
                break
    ws = s.split()
    k = _caption_end(ws) if _CAPTION_GATE.search(s) else -1
    if k >= 0 and _PERSIAN_LETTER.search(ws[k + 1]) and ws[k + 1] not in SUBJECT_STOPS and ")" not in ws[k]:
        ws = ws[k + 1:]  # «... Aa Aa جورج مالبرونو»: a scraped caption, date or bullet before the subject
    while ws:
        if ws[0] in LEADING_ADVERBS or (ws[0] in _TIME_WORDS and len(ws) > 2):
            ws = ws[1:]  # «صبح امروز علی کریمی اظهار داشت»
        elif len(ws) > 3 and " ".join(ws[:2]) in _TWO_WORD_ADVERBS:
            ws = ws[2:]  # «پیش‌تر وزارت دفاع انگلیس اعلام کرده بود» (mfold splits «پیش‌تر» at the ZWNJ)
        elif len(ws) > 4 and ws[1] in _SPAN_UNITS and _span_piece(" ".join(ws[:3])):
            ws = ws[3:]  # «۳ روز قبل سرگئی ریابکوف ... اعلام کرد»
        elif len(ws) > 3 and ws[0].isdigit() and fold(ws[1]) in _MONTHS and not ws[2].endswith(("،", ",")):
            # «روز ۴ فروردین (۱۳۹۹) یک مقام ... اعلام کرد» (a date closed by a comma is a piece of its own, below)
            ws = ws[3:] if ws[2].isdigit() and len(ws) > 4 else ws[2:]
        elif ws[0] in _SUBORDINATORS:
            ws = ws[1:]  # «وقتی اوباما اعلام کرد», «اگرچه X گفته»: the subject of the subordinate clause
        elif " ".join(ws[:2]) in _SUBORDINATORS:
            ws = ws[2:]  # «اگر چه», «هر چند»
        elif " ".join(ws[:3]) == "بر این اساس":
            ws = ws[3:]
        else:
            break
    s = " ".join(ws)
    role: str | None = None
    pieces = [p.strip(" «»\"") for p in s.replace("،", ",").split(",")] if ("،" in s or "," in s) \
        else [s.strip(" «»\"")]
    # «در ابتدای جلسه، حسینی، درباره ... گفت»: skip leading adverbial pieces
    while len(pieces) > 1 and pieces[0].split() and pieces[0].split()[0] in SUBJECT_STOPS:
        tm = _TITLE_IN.search(pieces[0])
        if tm:  # «در ادامه این یادواره فرمانده سپاه استان، به ... اشاره کرد و گفت»
            pieces[0] = pieces[0][tm.start() + 1:]
            break
        pieces = pieces[1:]
        # «در پی محکومیت بانک‌های مرکزی، ملی، و صادرات ایران ...، مقامات ... گفتند»: the adverbial's own list
        # of short items goes on to its «و», and the subject follows it
        j = next((j for j in range(1, min(len(pieces) - 1, 4)) if pieces[j].startswith("و ")), 0)
        if j and all(1 <= len(p.split()) <= 3 for p in pieces[:j]):
            pieces = pieces[j + 1:]
    if len(pieces) > 1 and _date_piece(pieces[0]):  # «روز پنجشنبه ۲۵ دی ۱۳۹۹ اینگر اندرسن، معاون ...»
        rest = _after_date(pieces[0])
        if rest and 1 <= len(rest) <= 4 and all(w.isalpha() and w not in SUBJECT_STOPS for w in rest) \
                and (rest[0] in GIVEN_NAMES or _TITLE_RE.match(pieces[1])):
            pieces[0] = " ".join(rest)
    # «روز یکشنبه، بیستم تیر در حالی که ...، الیاس حضرتی، ... اعلام کرد»: a leading date is an adverbial
    # only before a name or a title (after a scraped caption «۱۳ ژوئیه/ ۲۲ تیر، طی ...» the subject is elsewhere)
    while len(pieces) > 1 and (_date_piece(pieces[0]) or _event_piece(pieces[0])) and pieces[1].split() \
            and (pieces[1].split()[0] in GIVEN_NAMES or _TITLE_RE.match(pieces[1])
                 or (len(pieces) > 2 and 2 <= len(pieces[1].split()) <= 3  # «الیاس حضرتی، صاحب امتیاز ...»
                     and all(w.isalpha() and w not in SUBJECT_STOPS for w in pieces[1].split()))):
        pieces = pieces[1:]
    # «دو ماه بعد، روابط عمومی وزارت ... اعلام کرد»: a span of time before the subject is an adverbial
    while len(pieces) > 1 and _span_piece(pieces[0]) and pieces[1].split() and pieces[1].split()[0] not in SUBJECT_STOPS:
        pieces = pieces[1:]
    if len(pieces) > 1:
        countries = _country_list("، ".join(pieces))
        if countries:  # «بریتانیا، رومانی و لیبریا (روز سه شنبه) اعلام کردند»: the countries speak together
            return "anon", countries, None
    head = pieces[0] if pieces else ""
    if head.startswith(_WHEN) and len(head) > 12:  # «در نیمه فروردین، زمانی که X، رئیس ...، گفت»
        head = head[head.find(" که ") + 4:]
    if len(pieces) == 1 and head.split() and head.split()[0] in SUBJECT_STOPS and " که " not in head \
            and len(head.split()) <= 20:
        # «در واپسین ساعات روز پنج‌شنبه یک منبع ... گفت», «در این جلسه نماینده مردم ... گفت»: no comma
        tm = _INDEF_IN.search(head) or _TITLE_IN.search(head)
        if tm:
            before = head[:tm.start()].split()
            j = len(before)
            while j > 0 and before[j - 1].isalpha() and before[j - 1] not in SUBJECT_STOPS \
                    and before[j - 1] not in _DEMONSTRATIVES and before[j - 1] not in _TIME_WORDS:
                j -= 1
            if j == 0 or before[j - 1] in _DEMONSTRATIVES or before[j - 1] in _TIME_WORDS or not before[j - 1].isalpha():
                j = len(before)  # «در این جلسه نماینده ...», «(دیشب) یک منبع»: the words are the adverbial's
            # «از جان کربی سخنگوی ...»: a name between the adverbial and the title belongs to the subject
            head = " ".join(before[j:] + [head[tm.start() + 1:]]) if 0 < j < len(before) else head[tm.start() + 1:]
    k = head.find(" موسوم به ")
    if k > 0 and not any(w in SUBJECT_STOPS for w in head[:k].split()[1:]):
        # «گروه نظامی انگلیسی موسوم به عملیات های تجاری دریایی»: the name (not «X از طراحان طرح موسوم به «...»»,
        # where the subject ended before)
        head = head[k + len(" موسوم به "):]
    if len(pieces) > 1 and _TITLE_RE.match(pieces[1]) and len(pieces[1].split()) <= 14:
        role = pieces[1]
    if len(pieces) == 2 and clause.rstrip(" \n\u200b").endswith(("،", ",")) and pieces[1].split()[:1] \
            and pieces[1].split()[0] in GIVEN_NAMES:  # (not a title's own list: «رئیس سازمان صنعت، معدن و تجارت،»)
        pieces.append("")  # «سخنگوی دولت، علی ربیعی، گفت»: the name's closing comma right before the cue (stripped)
    if len(pieces) > 2 and _name_piece(pieces[1]) and len(head.split()) <= 8 \
            and (_TITLE_RE.match(head) or (head.startswith(_ORDINALS) and _TITLE_RE.match(head.split(" ", 1)[-1]))) \
            and not any(w in SUBJECT_STOPS or w in ("را", "که", "این") for w in head.split()) \
            and (pieces[1].split()[0] in GIVEN_NAMES or not pieces[2] or pieces[2].split()[0] in SUBJECT_STOPS):
        # «وزیر دفاع X، بنی گانتس، در ... تاکید کرد»: the title, then the name (without a title of its own after
        # it: «سومین متهم، رحیم سلطانی مدیر تعاونی، نیز گفت»)
        nw = pieces[1].split()
        k = next((i for i in range(2, len(nw)) if nw[i] in _TITLE_FIRST and _TITLE_RE.match(" ".join(nw[i:]))), len(nw))
        return "name", " ".join(nw[:k]), head
    if head.startswith("یکی از "):
        hw = head.split()[:6]
        phrase = " ".join(hw[:next((i for i in range(3, len(hw)) if hw[i] in SUBJECT_STOPS), len(hw))])
        return "title", phrase, phrase  # («یکی از بزرگان نظام چنین در ...»: not the adverbial after it)
    if " را " in head:  # «چاره کار را آقا فرمودند»: the object first, a short titled subject after «را»
        tail = head[head.rfind(" را ") + 4:]
        if 1 <= len(tail.split()) <= 3 and _SPEAKER_START.match(tail):
            return _subject_phrase(tail)
    words = _words(head)
    subj: list[str] = []
    stop = ""
    affiliated = False
    for k, w in enumerate(words):
        if k == 1 and w == "از" and words[0] in _GROUP_PICKERS and len(words) > 2 and words[2] not in SUBJECT_STOPS:
            subj.append(w)  # «شماری از کشورها»: the group the quantifier picks out is part of the subject
            continue
        if k > 0 and w in SUBJECT_STOPS and f"{words[k - 1]} {w}" not in _STOP_COMPOUNDS \
                and (k + 1 == len(words) or f"{w} {words[k + 1]}" not in _STOP_COMPOUNDS):
            # (not «مدیرکل پیش‌بینی و هشدار سریع ...», «پیش بینی» after mfold; not «مدیر رسیدگی به شکایات ...»)
            end = _office_place_end(words, k, subj) if w == "در" else 0
            if not end and w == "در":
                end = _affiliation_end(words, k, subj)
                affiliated = end > 0
            if end:  # «نماینده ولی فقیه در استان قم»: the place is part of the office, and ends the phrase
                subj.extend(x.rstrip("،,") for x in words[k:end])
            stop = words[end] if len(words) > end > 0 else w
            break
        subj.append(w.strip("«»\""))
        if len(subj) >= 9:
            break
    phrase = " ".join(subj).strip("«»\"")
    if not phrase:
        return "none", "", None
    phrase_words = phrase.split()
    if affiliated or (phrase_words[0] in _BRANCH_HEADS and len(phrase_words) > 1):
        # «سفارت ایران (در دهلی نو)», «یک منبع در وزارت نفت»: a body or an unnamed source, not a person a later
        # title could stand for
        return "anon", phrase, None
    if phrase_words[0] == "گزارش" and len(phrase_words) > 1:
        rest = phrase[len("گزارش "):]
        if rest.startswith(ORGS + _INSTITUTIONS + OUTLET_HEADS) or rest in OUTLETS:
            return "anon", rest, None  # «گزارش سازمان ملل می‌نویسد»: the issuer of the report speaks
    if phrase_words[0] in ("من", "ما", "بنده", "اینجانب"):
        return "first", phrase, None
    if phrase in SUBJECT_STOPS or phrase.endswith(" و") or phrase_words[-1] in _LIGHT_VERBS:
        if phrase in SUBJECT_STOPS:  # «از سال ۸۷ که مقام معظم کل قوا این تدبیر را فرمودند»: a title after the adverbial
            k = _titled_subject_after(words)
            if k:
                return _subject_phrase(" ".join(words[k:]))
        return "none", phrase, None  # «بعد از ... اعلام کردند»: no subject phrase of its own
    if phrase.startswith("همین ") and len(phrase_words) > 1:
        phrase = "این " + phrase[5:]  # «همین منبع خبری افزوده است»: the source just named, as «این منبع»
        phrase_words = phrase.split()
    if len(phrase_words) > 2 and phrase_words[1] == "از" and phrase_words[0] in _GROUP_PICKERS:
        return "anon", phrase, None  # «شماری از کشورها»: a group, not a person
    if phrase.startswith("این ") and phrase[4:].startswith(ANONYMOUS):
        return "anon", phrase[4:], None
    if phrase.startswith(PRONOUNS) and (phrase_words[0] in PRONOUNS or phrase.startswith("این ")):
        return "pronoun", phrase, None
    if phrase.startswith("این "):
        return "pronoun", phrase, phrase[4:]
    if phrase.startswith("یکی از "):
        return "title", phrase, phrase
    if phrase.startswith(ANONYMOUS):
        return "anon", phrase, None
    if phrase.startswith(ORGS) and len(words) > 5:
        k = person_start(words)
        if k is not None:  # «روابط عمومی شرکت ... محارم نجفی مدیرعامل شرکت ... گفت»: a lead without its comma
            if words[k] in _RANK_WORDS:
                return "name", " ".join(words[k + 1:k + 3]), None
            ts = next((i for i in range(k + 1, min(len(words), k + 4)) if words[i] in _TITLE_FIRST
                       and _TITLE_RE.match(" ".join(words[i:i + 3]))), None)
            if ts is None:  # «... خراسان شمالی علی متقیان اظهار کرد»
                end = next((i for i in range(k + 1, len(words)) if words[i] in SUBJECT_STOPS), len(words))
                return "name", " ".join(words[k:min(end, k + 3)]), None
            return "name", " ".join(words[k:ts]), " ".join(words[ts:ts + 8])
    if _organisation(phrase):  # «رویترز تصریح کرده است», «یاهو نیوز گفت»: not a person to resolve
        return "anon", phrase, None
    bare = _HONORIFIC_RE.sub("", phrase + " ").strip() or phrase
    if bare != phrase and bare.startswith(ORGS + _INSTITUTIONS) and _TITLE_RE.match(phrase):
        return "title", phrase, phrase  # «استاد دانشگاه صنعتی اصفهان افزود»: «استاد» is the title of an institution's member
    if bare != phrase and len(bare.split()) > (2 if stop == "را" else 4) and not _TITLE_RE.match(bare):
        # «حجت الاسلام جعفر رحیمی معرفی دستاوردها را ... عنوان کرد و افزود»: a rank marks a name
        bw = bare.split()  # «ماموستا کریمی امام جمعه موقت شهر»: the name ends where a title begins
        k = next((i for i in range(1, min(5, len(bw))) if bw[i] in _TITLE_FIRST and _TITLE_RE.match(" ".join(bw[i:]))),
                 None)  # («مهندس رضا عبدالله پور مدیرعامل شرکت آب»: three words before the title)
        if k is None:
            return "name", " ".join(bw[:2]), role
        return "name", " ".join(bw[:k]), role or " ".join(bw[k:k + 8])
    if bare.startswith(_ORDINALS) and _TITLE_RE.match(bare.split(" ", 1)[-1]):
        bare = bare.split(" ", 1)[1]
    if _TITLE_RE.match(bare):
        split = _title_country_name(bare) or _title_rank_name(bare)
        if split is not None:  # «رئیس‌جمهور سوریه بشار اسد گفت»: a title ending with a country, then the name
            return "name", split[1], split[0]
        # «سخنگوی دولت علی ربیعی» is not separable without a name list: keep as a title
        return "title", bare, bare
    # «ربیعی سخنگوی دولت» / «امین توکلی زاده معاون ...»: name then title
    ws = bare.split()
    if ws and not ws[0].isalpha() and any(ch.isdigit() for ch in ws[0]):
        return "anon", phrase, None
    if len(ws) > 1 and ws[0] in PERSIAN_NUMBER_WORDS and ws[1] in _TITLE_FIRST:
        return "anon", " ".join(ws[:8]), None  # «دو مقام ارشد پنتاگون»: a number of officials, not a name «دو»
    for k in range(1, len(ws)):
        if ws[k] in _TITLE_FIRST and _TITLE_RE.match(" ".join(ws[k:])):
            g = next((i for i in range(1, k - 1) if ws[i] in GIVEN_NAMES), 0) if k > 3 else 0
            # «... در کانادا سعید خطیب زاده سخنگوی ...»: a long phrase before the title ends with the name
            while g > 0 and (ws[g - 1] in GIVEN_NAMES or ws[g - 1] in ("سید", "سیده")):
                g -= 1  # «علی اکبر رائفی پور فعال ...»: the given names before it too
            if ws[g] in SUBJECT_STOPS and any(w in _DEMONSTRATIVES for w in ws[g + 1:k]):
                title = " ".join(ws[k:])  # «به دنبال این حادثه وزیر امور خارجه»: an adverbial, then the title
                return "title", title, title
            return "name", " ".join(ws[g:k]), " ".join(ws[k:])
    if len(ws) > 1:
        if ws[0] in _GROUP_WORDS or ws[0] in _BROKEN_PLURALS or (ws[0].endswith(("ها", "های")) and ws[0].isalpha()) \
                or ((ws[0] in PERSIAN_NUMBER_WORDS or ws[0].isdigit()) and (_plural_noun(ws[1]) or ws[1] in _SOURCE_NOUNS)):
            # «کارگران معترض مجتمع نیشکر هفت تپه گزارش دادند», «سه منبع امنیت دریایی ... گفتند»: a group speaks
            return "anon", " ".join(ws[:8]), None
    if len(ws) > 4:
        return "none", " ".join(ws[:3]), None
    if _not_a_name(ws):
        if ws[0] in SUBJECT_STOPS:  # «در یکم مرداد ماه سال ۹۰ مقام معظم رهبری فرمودند»: the subject after the adverbial
            k = _titled_subject_after(words)
            if k:
                return _subject_phrase(" ".join(words[k:]))
        k = max((i for i, w in enumerate(ws) if w in _VERB_WORDS), default=-1)
        k += 1 if 0 <= k < len(ws) - 1 and ws[k] in ("می", "نمی") else 0  # «می نویسد»: the stem too
        if 0 <= k < len(ws) - 1 and not _not_a_name(ws[k + 1:]):
            return "name", " ".join(ws[k + 1:]), role  # «... نخواهد کرد پسکوف گفت»: a sentence ran on without its stop
        if len(pieces) > 1:  # «روز جمعه، پنتاگون در بیانیه‌ای اعلام کرد»: the subject after an adverbial piece
            r = _subject_phrase("، ".join(pieces[1:]))
            if r[0] in ("title", "anon") or (r[0] == "name" and " " in r[1]):  # (one word may be a verb or an acronym)
                return r
        return "implied", bare, None  # «با وجود درخواست ما افزود», «حتی ... گفت»: the subject is dropped, as after «وی»
    return "name", bare, role


def _organisation(phrase: str) -> bool:
    """Whether a subject phrase names an organisation or an outlet («وزارت ...», «رویترز», «یاهو نیوز»): it speaks
    for itself and is never the person a later «وی» stands for."""
    ws = phrase.split()
    return phrase.startswith(ORGS + OUTLET_HEADS) or phrase in OUTLETS or (len(ws) in (2, 3) and ws[-1] in OUTLET_SUFFIXES)


_PLACE_UNITS = frozenset(("استان", "شهرستان", "شهر"))


def _office_place_end(words: list[str], k: int, subj: list[str]) -> int:
    """The end of «در (استان) PLACE» at ``words[k]`` («در») when the subject read so far holds a title and PLACE is a
    country, a province or its capital: «نماینده ولی فقیه در استان قم», «سفیر ایران در عراق» (two such
    officers of different places are two persons); else 0."""
    return _place_after_dar(words, k) if any(w in _TITLE_FIRST for w in subj) else 0


# who speaks for a place or a body named after «در»: «یک منبع موثق در فرمانداری دامغان», «سفارت ایران در وین»
_SOURCE_HEADS = frozenset(("منبع", "منابع", "مقام", "مقامات", "مسئول", "مسئولان", "مسوول", "مسوولان"))
_BRANCH_HEADS = frozenset(("سفارت", "کنسولگری", "نمایندگی", "دفتر", "سرکنسولگری"))
_BODIES_AFTER_DAR = frozenset(("وزارت", "سازمان", "فرمانداری", "استانداری", "مجلس", "ارتش", "دولت", "کاخ", "دفتر",
                               "شورای", "سپاه", "پلیس", "دادگستری", "شهرداری", "ستاد", "کنگره", "سنا", "پارلمان",
                               "دستگاه", "نهاد", "نیروی", "نیروهای", "کمیسیون", "دبیرخانه", "هیئت", "هیات"))


# quantifiers that pick a group out with «از» («شماری از کشورها»; not «همه از این تصمیم حمایت کردند»)
_GROUP_PICKERS = (_QUANTIFIERS - {"همه", "چند", "عده", "دیگران"}) | {"گروهی", "جمعی", "بخشی", "بیشتر", "انبوهی",
                                                                   "هزاران", "صدها", "دهها"}


def _country_list(phrase: str) -> str | None:
    """«بریتانیا، رومانی و لیبریا» at the start of ``phrase``, up to an adverbial or its end: two or more countries
    joined by commas and a last «و»; else None."""
    tokens = phrase.replace("،", " ، ").replace(",", " ، ").split()
    countries = _country_names()
    names: list[str] = []
    i = 0
    last_sep = ""
    while i < len(tokens):
        n = next((n for n in (2, 1) if fold(" ".join(tokens[i:i + n])) in countries), 0)
        if not n:
            return None
        names.append(" ".join(tokens[i:i + n]))
        i += n
        if i < len(tokens) and tokens[i] in ("،", "و") and i + 1 < len(tokens):
            last_sep = tokens[i]
            i += 1
            continue
        break
    if len(names) < 2 or last_sep != "و" or (i < len(tokens) and tokens[i] not in SUBJECT_STOPS):
        return None
    return "، ".join(names[:-1]) + " و " + names[-1]


def _affiliation_end(words: list[str], k: int, subj: list[str]) -> int:
    """The end of «در X» at ``words[k]`` that tells where an unnamed source or a mission belongs, when it runs to the
    cue: «یک منبع موثق در فرمانداری دامغان گفت», «مقامات محلی در شمال افغانستان ...», «سفارت ایران در دهلی نو
    اعلام کرد»; else 0. (Not after a person or a title: «وزیر در مجلس گفت» is where he spoke.)"""
    heads = [w for w in subj[:3] if w not in ("یک", "چند", "برخی", "دو", "سه")]
    if not heads or not (heads[0] in _SOURCE_HEADS or heads[0] in _BRANCH_HEADS):
        return 0
    end = k + 1
    while end < len(words) and end - k <= 5 and words[end] not in SUBJECT_STOPS and words[end].isalpha():
        end += 1
    if end == k + 1 or (end < len(words) and not words[end - 1].endswith(("،", ","))
                        and words[end] not in SUBJECT_STOPS):
        return 0  # (then come the speech's own adverbials: «... در فرمانداری دامغان لحظاتی پیش در گفتگو با ...»)
    place = _place_after_dar(words, k)
    if place == end or words[k + 1] in _BODIES_AFTER_DAR or words[k + 1] in ("شمال", "جنوب", "شرق", "غرب", "مرکز"):
        return end
    if heads[0] in _BRANCH_HEADS and end - k <= 3 and end == len(words) \
            and not any(w in _common_words() for w in words[k + 1:end]):
        return end  # «سفارت ایران در دهلی نو اعلام کرد», «کنسولگری آمریکا در اربیل»: a mission's city
    return 0


def _place_after_dar(words: list[str], k: int) -> int:
    """The end of «در (استان) PLACE» at ``words[k]`` (a country, a province or its capital), else 0."""
    j = k + 1 + (k + 1 < len(words) and words[k + 1] in _PLACE_UNITS)
    places = _title_places()
    for n in (3, 2, 1):
        if j + n <= len(words) and fold(" ".join(words[j:j + n]).rstrip("،,")) in places:
            return j + n
    return 0


def _titled_subject_after(words: list[str]) -> int:
    """The index of a title or rank among the first twelve words of a phrase an adverbial opens («در یکم مرداد ماه
    سال ۹۰ مقام معظم رهبری»), with a quoted name right before it («در همین راستا «آنتونی بلینکن» وزیر ...»); 0 when
    none."""
    k = next((i for i in range(1, min(len(words), 12)) if _SPEAKER_START.match(" ".join(words[i:i + 4]))), 0)
    if k and words[k - 1].endswith("»"):
        k = next((i for i in range(k - 1, max(0, k - 5), -1) if words[i].startswith("«")), k)
    return k


_WHEN = ("زمانی که ", "وقتی که ", "هنگامی که ")  # a time clause opening the subject phrase
_WHILE = (" در حالی ", " در شرایطی ")
_CLAUSE_ENDS = ("است", "ست", "شود", "شد", "بود", "باشد")


_VERB_LAST = frozenset((*_CLAUSE_ENDS, "کرد", "کردند", "شدند", "داد", "دادند", "دارد", "دارند", "هستند", "کند",
                        "کنند", "شوند", "بودند"))


# past stems that end a short sentence of its own («باران آمد.»), which the lead's subject reader takes whole
_SENTENCE_VERBS = frozenset((*_VERB_LAST, "آمد", "آمدند", "رفت", "رفتند", "شد", "بود", "است", "گرفت", "رسید", "یافت",
                             "افتاد", "ماند", "زد", "آورد", "برد", "کشید", "خورد", "گذشت", "بارید", "سوخت", "ریخت"))


def _lead_name(subject: str) -> bool:
    """Whether the subject read from an article's first sentence can be its named person: no phrase opening with
    a common word («قیمت دلار»), no sentence ending with its verb («باران آمد»)."""
    return not _garbage(subject) and fold(subject).split()[-1] not in _SENTENCE_VERBS


# one-word subjects that are no name: adverbs, conjunctions, the second-person pronoun, question words
_NOT_NAME_WORDS = frozenset(("حتی", "بلافاصله", "نزدیک", "مرتب", "حال", "چنان", "اینکه", "هرچند", "البته", "شما",
                             "چه", "چرا", "چگونه", "کسی", "همه", "تنها", "فقط", "سرانجام", "نهایت", "ابتدا", "جمعه",
                             "اکنون", "هنوز", "بنابراین", "لذا", "ولی", "اما", "بلکه", "باز", "دوباره", "آری", "نه", "هر", "هیچ"))
# verb forms and auxiliaries: a phrase holding one is a clause, not a name («تعهد می دهیم», «خشک شده است»)
_VERB_WORDS = frozenset((*_VERB_LAST, "می", "نمی", "خواهد", "خواهند", "خواهیم", "شده", "بوده", "توانست", "توانستند",
                         "کردیم", "دیدیم", "گفتیم", "داریم", "هستیم", "بودیم", "شدیم"))


# nouns of acts and states that open the object or topic left before a cue, never a speaker («افزایش انتقادها»,
# «روند افزایشی کرونا», «سخنان کربی»)
_ACT_NOUNS = frozenset(("سخنان", "اظهارات", "موضع", "افزایش", "کاهش", "روند", "تهدید", "دیدار", "مراسم", "اتهام",
                        "درخواست", "توسعه", "نکته", "آغاز", "ظرفیت", "گمانه", "سفر", "اعتقاد", "وضعیت",
                        "تحقیق", "جزئیات", "رفع", "عبور", "ادامه", "پایان", "اجرای", "تصویب", "انتقاد", "قدم", "علم"))


def _not_a_name(ws: list[str]) -> bool:
    """Whether the words left before a cue cannot be a speaker's name: an opening preposition, adverbial or act
    noun, a verb, a number or date, a colon or a bold or bullet mark (a headline glued to a clause), or a one-word
    adverb, pronoun, number or province («سمنان، تشکیل ستاد ...»: a round-up's section heading)."""
    joined = "".join(ws)  # (the words' characters: a mark or digit in any word is in it)
    if ws[0] in SUBJECT_STOPS or ws[0] in _ACT_NOUNS or not _VERB_WORDS.isdisjoint(ws) \
            or ":" in joined or "*" in joined or any(map(str.isdigit, joined)):
        return True
    return len(ws) == 1 and (ws[0] in _NOT_NAME_WORDS or ws[0] in _TIME_WORDS or ws[0] in PERSIAN_NUMBER_WORDS
                             or ws[0] in _DEMONSTRATIVES or ws[0] in _HEADING_PLACES)


# Iranian provinces and cities that head a round-up's sections; not the capitals, which speak for their governments
# («لندن ادعا کرد», «تهران اعلام کرد»)
_HEADING_PLACES = DATELINE_PLACES - {
    "تهران", "مسکو", "بغداد", "دمشق", "بیروت", "کابل", "لندن", "پاریس", "واشنگتن", "نیویورک", "آنکارا", "استانبول",
    "دوحه", "ریاض", "قاهره", "پکن", "برلین", "وین", "ژنو", "باکو", "ایروان", "اسلام آباد", "دهلی نو", "توکیو", "صنعا",
    "مسقط", "ابوظبی", "دبی", "کویت", "بحرین"}


def _after_inner_lead(s: str) -> str:
    """«... تعطیل است به گزارش X به نقل از Y، علی ربیعی ... افزود»: a source lead inside the clause (its
    sentence ended without a full stop) is followed by the subject; not «با اشاره به گزارش X، ...»."""
    j = s.rfind(" به گزارش ")
    pre = s[:j].split()
    if not pre or pre[-1] not in _VERB_LAST:
        return s
    c = min((x for x in (s.find("،", j), s.find(",", j)) if x > 0), default=-1)
    if c < 0 or s.count(" ", j, c) > 12 or not s[c + 1:].strip():
        return s
    return s[c + 1:].lstrip()


def _name_piece(piece: str) -> bool:
    """A short piece that can be a person's name: 2..4 letter words, none a stop word, a title, an
    organisation, a pronoun or a demonstrative («بنی گانتس»)."""
    ws = piece.split()
    return 2 <= len(ws) <= 4 and all(w.isalpha() for w in ws) and ws[0] not in SUBJECT_STOPS \
        and ws[0] not in _DEMONSTRATIVES and ws[0] not in _ONE_WORD_PRONOUNS and not _TITLE_RE.match(piece) \
        and not piece.startswith(ORGS + ANONYMOUS) and ws[0] not in LEADING_ADVERBS \
        and not any(w in SUBJECT_STOPS or w in _VERB_LAST for w in ws)


_MEDIA_LABELS = frozenset(("عکس", "تصویر", "ویدئو", "ویدیو", "فیلم", "منبع", "عکاس", "کد"))


def _after_headline(s: str) -> str:
    """«قالیباف: مردم ... افتخار آفریدند رئیس مجلس ... افزود»: a headline «X: ...» (its speaker, one to four words,
    then a colon) glued to the subject phrase. The subject follows the headline's last verb, else is the first
    title after the colon; with neither, or a second colon, the phrase is left as it is."""
    c = s.find(":")
    pre = s[:c].split()
    tail = " " + s[c + 1:].strip() + " "
    if not 1 <= len(pre) <= 4 or len(tail.split()) < 3 or ":" in tail or pre[0] in SUBJECT_STOPS or pre[-1] in SUBJECT_STOPS \
            or not all(w.replace("\u200c", "").isalpha() for w in pre) or pre[-1] in _MEDIA_LABELS \
            or any(ch.isascii() and ch.isalnum() for ch in tail[:40]) or s[:c].rstrip().endswith(_CUE_ENDS):
        return s  # «عکس: Aa Aa X ...»: a scraped caption (read further on); «او گفت: ...»: a quote's colon
    last = max((v.end() for v in _HEADLINE_VERB.finditer(tail)), default=-1)
    if last > 0 and len(tail[last:].split()) >= 2:
        return tail[last:].strip()
    i = tail.find(" ")
    while 0 <= i < len(tail) - 1:  # the first title after the colon (a few words: the phrase is short)
        j = tail.find(" ", i + 1)
        if tail[i + 1:j] in _TITLE_FIRST and _TITLE_AT.match(tail, i + 1):
            return tail[i + 1:].strip()
        i = j
    return s


# a channel's or a site's flash label before a colon: «فوری: سخنگوی دولت گفت ...» (matching form: ZWNJ a space)
_FLASH_LABELS = frozenset(("فوری", "خبر فوری", "مهم", "خبر مهم", "عاجل", "اختصاصی", "ویدئو", "ویدیو", "فیلم",
                           "آخرین خبر", "لحظه ای", "به روز رسانی", "بروزرسانی", "تکمیلی", "خبر تکمیلی"))
_LEAD_SYMBOLS = re.compile(r"^[^\w«(\"'*]+")  # (not the stars of a digest's bullet headline: see below)


def _colon_label(pre: str) -> bool:
    """The words before a colon glued to the subject are a page's label, not part of the subject: a desk
    («گروه سیاسی:»), an outlet's name after a headline («... است ایسنا :»), «بیشتر بخوانید:», or a headline
    that ends the words before it («سردار X: کسی که ...»)."""
    ws = pre.split()
    if not ws:
        return False
    return (len(ws) >= 2 and ws[-2] in ("گروه", "سرویس")) or ws[-1] in OUTLETS or pre.endswith("بخوانید") \
        or " ".join(ws) in _FLASH_LABELS \
        or (len(ws) >= 3 and ws[-1] not in SUBJECT_STOPS and ws[-2] in _TITLE_FIRST)


def _after_subordinator(s: str) -> str:
    """The subject phrase of the clause a subordinator opens: «زمانی که X ... گفت» -> «X ... گفت»; «Y در حالی
    مطرح می‌شود که X گفت», «Y در شرایطی است که X گفت» -> «X گفت» (a verb between «در حالی» and «که» closes the
    main clause; without one, «X در حالی که ... بود، گفت», X stays the subject)."""
    if s.startswith(_WHEN):
        return s[s.find(" که ") + 4:]
    for w in _WHILE:
        j = s.find(w)
        if j < 0:
            continue
        k = s.find(" که ", j + len(w) - 1)
        between = s[j + len(w):k].split() if k > 0 else []
        if 1 <= len(between) <= 3 and between[-1] in _CLAUSE_ENDS and s[k + 4:].strip():
            return s[k + 4:]
    k = s.rfind(" که ")
    if k > 0 and s[k + 4:k + 5] in ('"', "«", "“") and s[max(0, k - 8):k].rsplit(" ", 1)[-1] in _VERB_LAST:
        return s[k + 5:]  # «... با این تیتر منتشر کرد که "رهبر ایران گفت: ...»: the quoted headline has its own subject
    return s


# «گفت‌وگوی X در شبکه خبر، سخنگوی ... گفته بود»: an interview or a speech named before the subject
_EVENT_NOUNS = frozenset(("گفت وگوی", "گفتگوی", "مصاحبه", "مصاحبه ی", "سخنان", "سخنرانی", "نشست", "دیدار"))
_SPAN_UNITS = frozenset(("ثانیه", "دقیقه", "ساعت", "روز", "هفته", "ماه", "سال", "قرن", "دهه"))
_SPAN_AFTER = frozenset(("بعد", "قبل", "پیش", "پس", "بعدتر", "گذشته"))


def _event_piece(piece: str) -> bool:
    ws = piece.split()
    return len(ws) > 1 and (ws[0] in _EVENT_NOUNS or " ".join(ws[:2]) in _EVENT_NOUNS)


def _span_piece(piece: str) -> bool:
    """«دو ماه بعد», «هشت سال بعد»، «۱۰ روز پیش»: a count, a unit of time and «بعد/قبل/پیش» open the piece."""
    ws = piece.split()[:4]
    return len(ws) >= 3 and ws[1] in _SPAN_UNITS and ws[2] in _SPAN_AFTER \
        and (ws[0] in _COUNT_WORDS or ws[0].isdigit())


_COUNT_WORDS = frozenset(PERSIAN_NUMBER_WORDS) | {"چند", "چندین", "همان"}


def _after_date(piece: str) -> list[str]:
    """The words of ``piece`` after its leading date («روز پنجشنبه ۲۵ دی ۱۳۹۹ X Y» -> [X, Y]): after the month, the
    word «ماه» after it («۱۲ مهر ماه X Y») and a year written right after them."""
    ws = piece.split()
    k = next((k for k, w in enumerate(ws[:5]) if k > 0 and w in _MONTHS), None)
    if k is None:
        return []
    end = k + 1
    if end < len(ws) and ws[end] == "ماه":
        end += 1
    if end < len(ws) and ws[end].isdigit():
        end += 1
    return ws[end:]


def _date_piece(piece: str) -> bool:
    """«بیستم تیر در حالی که ...», «شنبه ۹ مرداد ۱۴۰۰»: a day number or ordinal and a month name among the
    first words (a month word alone, «تیر», «مهر», is an ordinary noun)."""
    ws = piece.split()[:5]
    return any(w in _MONTHS and (any(c.isdigit() for c in ws[k - 1]) or (ws[k - 1].endswith("م") and len(ws[k - 1]) > 2) or ws[k - 1] == "ام")
               for k, w in enumerate(ws) if k > 0)


HEADS_LONGEST_FIRST = sorted(OUTLET_HEADS, key=len, reverse=True)
_PERSIAN_LETTER = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
# two Latin words, a bullet, a date «1400/05/18»: a scraped page's caption or tag list before the subject
_CAPTION_MARK = re.compile(r"•|\d/\d")
_LATIN = re.compile(r"[A-Za-z]")
# a caption needs a bullet, a slash («1400/05/18») or Latin letters: most subjects have none, one scan decides
_CAPTION_GATE = re.compile(r"[•/A-Za-z]")


def _caption_end(ws: list[str]) -> int:
    """Index of the last word of a scraped caption, date or bullet before the subject, else -1."""
    return max((i for i, w in enumerate(ws[:-1]) if not _PERSIAN_LETTER.search(w) and (
        _CAPTION_MARK.search(w) or (i and _LATIN.search(w) and _LATIN.search(ws[i - 1])))), default=-1)
_TIME_WORDS = frozenset(("صبح", "ظهر", "عصر", "شب", "شامگاه", "بامداد", "امروز", "دیروز", "امشب", "دیشب",
                         "روز", "بعدازظهر", "شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "هفته",
                         "ماه", "گذشته"))
# conjunctions that open a subordinate clause before its subject
_SUBORDINATORS = frozenset(("وقتی", "اگرچه", "اگر چه", "هرچند", "هر چند", "گرچه", "چنانکه", "چنان که", "چنانچه",
                            "هنگامی که", "زمانی که", "درحالیکه", "در حالیکه"))
# adverbs of two words after mfold (a ZWNJ or a space inside): «پیش‌تر», «هم‌اکنون», «سال گذشته»
_TWO_WORD_ADVERBS = frozenset(("پیش تر", "پیش از این", "هم اکنون", "هم چنین", "سال گذشته", "سال جاری", "ماه گذشته",
                               "هفته گذشته", "هفته پیش", "ماه پیش", "سال پیش", "بعد تر", "در عین", "از این رو"))
_OUTLET_SUFFIXES = (*OUTLET_SUFFIXES, "news")
_CUE_ENDS = tuple(c for c in CUES if len(c) >= 3)
# a statement that starts with a rank or title names an inner speaker: «گفت: حضرت امام خمینی فرمودند که ...»
_SPEAKER_START = re.compile(r"(?:(?:همان\s?گونه|همانطور|همان\s?طور|چنان)\s+که\s+)?(?:حضرت|" + "|".join(re.escape(h) for h in sorted(HONORIFICS + TITLES, key=len, reverse=True))
                            + r")(?![\w])")
_ONE_WORD_PRONOUNS = frozenset(p for p in PRONOUNS if " " not in p)
_ROLE_END = re.compile(r"[،,.:؛\n]|\s(?=(?:با|در|ضمن|به|طی|از|روز|امروز|دیروز)\s)")


def _role_end(t: str, i: int, limit: int) -> int:
    """Where a role written at ``t[i]`` ends (``_ROLE_END``, else ``limit``); «در (استان) PLACE» right after it is
    part of it («نماینده ولی فقیه در استان قم»: ``_office_place_end``)."""
    e = _ROLE_END.search(t, i, limit)
    if e is None:
        return limit
    if t.startswith(" در ", e.start()):
        ws = t[e.start():min(len(t), e.start() + 60)].split()[:5]
        end = _place_after_dar(ws, 0)
        if end:
            return e.start() + len(" ".join(["", *ws[:end]]).rstrip("،,"))
    return e.start()
_NAME_CHARS_STOP = set("،,.:؛«»()\n")


def _appositions(t: str) -> list[tuple[int, str, str]]:
    """Names with a role stated anywhere in the article: «علی شمخانی، دبیر شورای عالی امنیت ملی،».
    Returns (position, name, role) in text order. Scans the commas only (fast)."""
    out: list[tuple[int, str, str]] = []
    n = len(t)
    for comma_title in _COMMA_TITLE:
        for m in comma_title.finditer(t):
            i, j = m.start(), m.end()
            e = _role_end(t, j + 2, min(n, j + 92))
            if e < min(n, j + 92) and e - j >= 2:
                _add_appos(t, i, t[j:e].strip(), out)
    if "به ریاست" in t:
        for m in _CHAIRED_BY.finditer(t):
            name = m.group(2)
            if not _TITLE_RE.match(name) and not name.startswith(ORGS) and name.split()[0] not in SUBJECT_STOPS:
                out.append((m.start(2), name, "رئیس " + m.group(1)))
    out.sort()
    return out


# «جلسه شورای شهر تهران به ریاست ناصر امانی‌فر برگزار شد»: the chair of the body that met holds its title
_CHAIRED_BY = re.compile(r"(?:جلسه|نشست|اجلاس|همایش)\s+((?:شورای|کمیسیون|کارگروه|ستاد|کمیته|هیئت|هیات)(?:\s+[^\s،,.:؛«»]+){1,5}?)"
                         r"\s+به\s+ریاست\s+([^\s،,.:؛«»]+(?:\s+[^\s،,.:؛«»]+){0,2}?)"
                         r"(?=\s+(?:برگزار|تشکیل|و\s|با\s|در\s)|[،,.])")


# a comma, spaces, and a title after them (a literal first character: a fast scan)
_COMMA_TITLE = [re.compile(re.escape(c) + " *(?=" + _TITLE_AT.pattern + ")") for c in ("،", ",")]


def _add_appos(t: str, comma: int, role: str, out: list[tuple[int, str, str]]) -> None:
    lo = max(0, comma - 60)
    before = t[lo:comma]
    k = len(before)
    while k > 0 and before[k - 1] not in _NAME_CHARS_STOP:
        k -= 1
    ws = before[k:].split()[-4:]
    if not ws:
        return
    if "گزارش" in before[k:] or "نقل از" in before[k:]:  # a lead's source («به نقل از روابط عمومی X،»), no name
        return
    m = len(ws)
    while m > 0 and ws[m - 1] not in SUBJECT_STOPS and ws[m - 1] not in ("و", "را", "آقای", "خانم"):
        m -= 1
    name = " ".join(ws[m:]).strip("«»\"")
    name = _name_after_junk(_HONORIFIC_RE.sub("", name + " ").strip())  # («... بر ایران استمهدی شکیبایی، کارشناس»)
    if not name or _TITLE_RE.match(name) or name.startswith(ORGS) or name.startswith(ANONYMOUS) or len(name) < 3:
        return
    first, last_w = name.split()[0], name.split()[-1]
    if first in ("ها", "های") or last_w in _LIGHT_VERBS or last_w[:-2] in _LIGHT_VERBS or last_w in _COPULAS \
            or last_w in _PERSONAL_VERBS:  # «در سفری که به چین داشتم، وزیر ...»
        return  # «... مسئولان دستگاه‌های اجرایی حضور داشتند، استاندار ...»: a clause ends before the comma
    nws = name.split()
    cut = max((i + 1 for i, w in enumerate(nws) if w in _ADVERBIAL_ENDS), default=0)
    if cut:  # «در این راستا، رئیس ...»: no name; «با این حال امجد سلیمان، مدیرکل ...»: the name after the adverbial
        nws = nws[cut:]
        name = " ".join(nws)
    if not nws or any(w in _DEMONSTRATIVES for w in nws) or len(name) < 3:  # «ابتدای این آیین»: no name
        return
    if len(nws) > 1 and all(fold(w) in _common_words() for w in nws):
        return  # «با وخیم‌تر شدن اوضاع، معاون ...»: a fronted adverbial's words, no name
    if len(nws) == 1 and nws[0] in _common_words():  # «در پایان جلسه، رئیس شورای شهر، ...»: an adverbial's noun
        return
    if first in PRONOUNS or first in LEADING_ADVERBS or "گزارش" in name or name in OUTLETS \
            or name.startswith(OUTLET_HEADS) or any(c.isdigit() for c in name) or not _QUANTITY.isdisjoint(nws):
        return  # (not «... کاهش روزانه ۹.۷ میلیون بشکه تولید نفت، رئیس‌جمهوری آمریکا»: an amount, no name)
    out.append((comma - len(name), name, role))


_QUANTITY = frozenset(("میلیون", "میلیارد", "هزار", "درصد", "تومان", "ریال", "دلار", "یورو"))


_ADVERBIAL_ENDS = frozenset(("دیگر", "راستا", "زمینه", "حال", "میان"))  # «از سوی دیگر»، «در این میان»


def _same_role(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    fa, fb = _country_words(fold(a)), _country_words(fold(b))
    ca, cb = fa.replace(" ", ""), fb.replace(" ", "")
    if ca != cb and _foreign_office(fb, fa):
        return False  # «سخنگوی وزارت امور خارجه روسیه» is not the article's «سخنگوی وزارت امور خارجه» (Iran's)
    if ca == cb or ca.startswith(cb) or cb.startswith(ca):
        return True
    wa, wb = fa.split(), fb.split()
    sa, sb = set(wa) - _ROLE_STOP, set(wb) - _ROLE_STOP
    # same head and every content word of the shorter title in the longer one («معاون امنیتی وزارت کشور» /
    # «معاون امنیتی و انتظامی وزارت کشور»), not just a shared head («مدیر عامل شرکت برق ...» / «... آب ...»)
    return bool(sa) and bool(sb) and wa[0] == wb[0] and (sa <= sb or sb <= sa)


def _foreign_office(title: str, other: str) -> bool:
    """True when the folded ``title`` names a country other than Iran that ``other`` does not: the same office of
    another state («وزیر امور خارجه ترکیه» against «وزیر امور خارجه»)."""
    ws = title.split()
    countries = _country_names()
    for n in (2, 1):
        for i in range(1, len(ws) - n + 1):
            c = " ".join(ws[i:i + n])
            if c in countries and c not in ("ایران", "جمهوری اسلامی ایران") and c not in other \
                    and ws[i + n:i + n + 1] not in (["غربی"], ["شرقی"]):  # («استاندار آذربایجان غربی»: a province)
                return True
    return False


# one name for a country a title names («وزیر امور خارجه ایالات متحده» is «وزیر امور خارجه آمریکا»)
_COUNTRY_NAMES = (("ایالات متحده آمریکا", "آمریکا"), ("ایالات متحده امریکا", "آمریکا"), ("ایالات متحده", "آمریکا"),
                  ("امریکا", "آمریکا"))


def _country_words(title: str) -> str:
    if "متحده" not in title and "امریکا" not in title:
        return title
    for k, v in _COUNTRY_NAMES:
        if k in title:
            title = title.replace(k, v)
    return title


# a bare title quoted after this many characters without a quote is not taken for the last speaker (dev sets: 100-400
# all gain, 150 the most; 0 loses 216 speakers: a title right after a statement is mostly its speaker's)
_FAR = 150
_COPULAS = frozenset(("است", "بود", "بودند", "هستند", "نیست", "نبود"))
_ROLE_STOP = {"و", "امور", "در", "به", "از", "کل", "این", "آن"}


# a headline that quotes a person: «ظریف: ...», «بشار رسن: ...», «واکنش ظریف به اظهارات ترامپ», «هشدار گوترش به
# دولت‌ها», «ترامپ می‌گوید ...»
_HEADLINE_QUOTES = re.compile(r"^([^:«»\"“”|؛]{2,40}?)\s*:\s*\S")
_HEADLINE_NOUNS = ("واکنش", "هشدار", "انتقاد", "طغیان", "پاسخ", "تاکید", "تأکید", "درخواست", "توصیه", "روایت", "گلایه",
                   "اعتراض", "تمجید", "پیشنهاد", "ادعای", "اظهارات", "سخنان", "توضیحات", "دفاع", "شکایت", "افشاگری")
_HEADLINE_ABOUT = re.compile(r"^(?:" + "|".join(_HEADLINE_NOUNS) + r")\s+(\S+(?:\s+\S+){0,2}?)\s+"
                             r"(?:به|از|درباره|علیه|بر|نسبت|برای|در\s+مورد|در\s+باره)\s")
_HEADLINE_SAYS = re.compile(r"^(\S+(?:\s+\S+){0,2}?)\s+می\s?(?:گوید|نویسد)(?![\w])")
# what opens a headline's label and is no speaker («فیلم: ...», «گزارش تصویری: ...»)
_HEADLINE_LABELS = frozenset(("فیلم", "ویدئو", "ویدیو", "عکس", "تصاویر", "تصویر", "اینفوگرافیک", "گزارش", "گفتگو",
                              "مصاحبه", "یادداشت", "سرمقاله", "تحلیل", "خبر", "فوری", "ببینید", "بشنوید",
                              "کاریکاتور", "موشن", "پادکست", "نقد", "معرفی", "روایت", "چرا", "آیا", "چگونه", "پاسخ",
                              "سوال", "سؤال", "شعار", "متن", "جزئیات", "آخرین", "نتایج", "حاشیه", "ماجرای", "واکنش"))


def _headline_speaker(title: str) -> str | None:
    """The person a headline quotes («جلالی: لیگ تعطیل شود»), the name only: not a label, a title, an
    organisation, an outlet, a place or a group."""
    title = title.strip()
    t = mfold(title)
    m = _HEADLINE_ABOUT.match(t) or _HEADLINE_QUOTES.match(t) or _HEADLINE_SAYS.match(t)
    if m is None:
        return None
    a, b = m.span(1)
    h = _HONORIFIC_RE.match(t[a:b] + " ")  # «سرلشکر صفوی», «امیر دریادار سیاری»: the name after the rank
    if h is not None and not h.group(0).startswith("آیت"):
        a = min(b, a + h.end())
    ws = t[a:b].split()
    core = ws[2:] if ws[:2] == ["آیت", "الله"] and len(ws) > 2 else ws  # (the name after «آیت‌الله»)
    if not 1 <= len(ws) <= 3 or any(not w.replace("\u200c", "").isalpha() for w in ws) \
            or ws[0] in _HEADLINE_LABELS or fold(ws[0]) in _HEADLINE_LABELS or _TITLE_RE.match(t[a:b]) \
            or any(w in SUBJECT_STOPS or w in PRONOUNS or _place_word(w) for w in ws) \
            or t[a:b] in OUTLETS or t[a:b].startswith(ORGS) or t[a:b].startswith(OUTLET_HEADS) \
            or t[a:b].startswith(ANONYMOUS) or fold(ws[-1]) in _common_words() or ws[-1] in _GROUP_WORDS \
            or fold(core[0]) in _common_words() or any(w in _TITLE_FIRST for w in core):
        # (a name has no common word of the NER gold at its ends and no title word: «ماجرای عجیب», «نتایج
        # انتخابات», «کارشناسان», «اظهارات مهم سخنگوی دولت» are no one)
        return None
    return " ".join(title[a:b].split()) if len(t) == len(title) else " ".join(ws)  # (the display form)


def _resolve(t: str, text: str, qs: list[_Q], source: str | None = None, headline: str | None = None) -> None:
    if not qs:
        return  # (nothing below changes anything without a quote)
    appos = _appositions(t)
    persons: list[_Person] = []

    def find_person(name: str) -> _Person | None:
        fn = fold(name).replace("\u200c", " ")
        sfn, fn_joined = " " + fn, fn.replace(" ", "")
        for p in reversed(persons):  # «محمدی گفت»: the latest of several «... محمدی»
            fp = fold(p.name)
            if fp == fn or fp.endswith(sfn) or fn.endswith(" " + fp) or fp.replace(" ", "") == fn_joined:
                if len(fn) > len(fp):
                    p.name = name  # keep the fullest spelling
                return p
        return None

    def role_for(name: str) -> str | None:
        fn = fold(name)
        for _, k, r in appos:
            fk = fold(k)
            if fk == fn or fk.endswith(" " + fn) or fn.endswith(" " + fk):
                return r
        return None

    def person_from_appos(pos_max: int, role: str | None = None) -> _Person | None:
        cands = [(p, k, r) for p, k, r in appos if role is None or _same_role(r, role)]
        before = [c for c in cands if c[0] < pos_max]
        if not before and (role is None or not cands):
            return None
        _, k, r = before[-1] if before else cands[0]
        found = find_person(k)
        if found is None:
            found = _Person(_display(text, t, k, 0, len(t)), r)
            persons.append(found)
        elif found.role is None:
            found.role = r
        return found

    def org_person(shown: str) -> _Person:
        """The organisation or outlet ``shown`` as a speaker: the one already met, else a new one."""
        found = next((p for p in persons if p.anon and fold(p.name) == fold(shown)), None)
        if found is None:
            found = _Person(shown, None, anon=True)
            persons.append(found)
        return found

    lead_cache: list[tuple[_Person | None, str | None]] = []  # (named subject, else titled subject) of the lead

    def lead_person() -> _Person | None:
        """The named subject of the article's first sentence («به گزارش X، حجت الاسلام Y ظهر امروز ... عنوان
        کرد.»): the antecedent of a «وی» before any quote names a person."""
        if not lead_cache:
            end = min((i for i in (t.find(c) for c in ".\n؛:") if i > 0), default=min(len(t), 400))
            begin = 0
            if t[end:end + 1] == ":" and len(t[:end].split()) <= 6 and not _cues(t[:end]):
                # «خبرگزاری فارس: دادستان زابل از ... خبر داد»: an outlet's colon lead, not the first sentence
                begin = end + 1
                end = min((i for i in (t.find(c, begin) for c in ".\n؛:") if i > begin), default=min(len(t), 400))
            crumbs = [m.end() for m in _SLASH.finditer(t, begin, min(end, 400))]
            # «خانه / اخبار /عنوان ...»: a site breadcrumb is not the first sentence's subject
            seg = t[crumbs[-1] if crumbs else begin:min(end, 400)]
            cl = _cues(seg) if t[min(end, 400):min(end, 400) + 1] == ":" else None
            if cl:  # «مینا رضوی گفت: ...»: the first sentence is the quote's own subject
                seg = seg[:cl[0][0]]
            kind, subject, role = _subject(seg)
            person = None
            if kind == "name" and 2 <= len(subject.split()) <= 4 and not any(c in subject for c in ":«»") \
                    and not begin and _lead_name(subject):  # after a colon lead only a title is trusted
                person = find_person(subject) or _Person(_display(text, t, subject, 0, end), role)
                if person not in persons:
                    persons.append(person)
            title = None
            if person is None and kind == "title" and subject.split()[0] in _TITLE_FIRST \
                    and len(subject.split()) <= 7 and not any(c in subject for c in ":«»"):
                title = _display(text, t, subject, 0, end)
            lead_cache.append((person, title))
        return lead_cache[0][0]

    for q in qs:  # scraped page furniture glued before the subject: «(کلیک کنید) ظریف», «Asia/Tehran] سخنگوی ...»
        if q.kind == "name":
            cut = _after_furniture(q.subject)
            if cut is not None:
                if cut:
                    q.subject = cut
                elif q.role:  # nothing but furniture before the title: the titled subject speaks
                    q.kind, q.subject = "title", q.role
    last: _Person | None = None
    last_outlet: _Person | None = None  # «دیلی تلگراف ... گزارش داد» then «این روزنامه ... نوشت»
    pending: list[_Q] = []  # bare titles waiting for a name
    # the latest of them; used only while ``last`` is None, i.e. while every title so far is still pending
    last_title: _Q | None = None
    last_indef: _Person | None = None  # the latest «یک مقام ...», «یک منبع ...» quoted: «این منبع» later
    restore, outer = False, last
    last_good: _Person | None = None  # the latest speaker whose name is not a common-word phrase
    for i_q, q in enumerate(qs):
        if restore:  # a speaker reported inside a statement leaves its speaker the last one («وی افزود» after it)
            last, restore = outer, False
        if last is not None and not last.anon and not _garbage(last.name):
            last_good = last
        if q.nested:
            restore, outer = True, last
        prev_end = qs[i_q - 1].end if i_q else 0
        kind = q.kind
        if q.cue in _HONORIFIC_PLURAL and (kind in ("none", "implied") or q.subject in _ONE_WORD_PRONOUNS) \
                and (last is None or not _HONOURED.search(fold(last.name))):
            # «... فرمودند» with no subject or «وی/ایشان» after an ordinary speaker: the honorific plural is the
            # Leader's or the late Imam's, named last before the verb («وی ... که مقام معظم رهبری فرمودند»)
            m_last = max(_HONOURED.finditer(t, max(0, q.clause_start - 2000), q.cue_start),
                         key=lambda m: m.start(), default=None)
            if m_last is not None:
                q.person = _Person(_display(text, t, m_last.group(0), m_last.start(), m_last.end()), None, anon=True)
                continue  # (inside another speaker's words: that speaker stays the last one)
        if kind in ("none", "implied"):
            ws = q.subject.split()
            p = None
            for n in (3, 2, 1):  # the longest known name among the first words (one look-up each)
                if len(ws) >= n:
                    p = find_person(" ".join(ws[:n]))
                    if p is not None:
                        break
            if p is None and ws and q.cue.endswith("ند") and _plural_noun(ws[0]):
                # «خبرنگاران سرویس سیاسی ... اعلام کردند»: a plural subject with a plural verb is a group that
                # speaks, not the last person named
                q.speaker = _display(text, t, q.subject, q.clause_start, q.cue_start)
                q.person = _Person(q.speaker, None, anon=True)
                continue
            if p is None and len(ws) >= 2 and ws[0] in GIVEN_NAMES and _name_word(ws[1], _country_names()):
                # «محمد X خواستار ... شد و افزود»: a given name and a surname open the subject, a person not named
                # before speaks, not the last speaker
                p = _Person(_display(text, t, " ".join(ws[:2]), q.clause_start, q.cue_start), role_for(" ".join(ws[:2])))
                persons.append(p)
            if p is None and last is None:
                q.kind = "title"
                q.role = None
                pending.append(q)
                continue
            q.person = p or last
            last = q.person or last
            continue
        if kind in ("name", "anon") and q.subject in _THEY and q.cue.endswith("ند"):
            group = _they_group(t, q.clause_start)
            if group is not None:  # «رانندگان کامیون ... . آنها اعلام کردند»: the group, not the last person
                q.speaker = _display(text, t, group, max(0, q.clause_start - 700), q.clause_start)
                q.person = _Person(q.speaker, None, anon=True)
                continue
        if kind == "name" and " " not in q.subject and q.cue.endswith("ند") and not q.role \
                and find_person(q.subject) is None and role_for(q.subject) is None:
            # «خدمه اعلام کردند»: one word with a plural verb and no title is a group, not a person to resolve to
            q.speaker = _display(text, t, q.subject, q.clause_start, q.cue_start)
            q.person = _Person(q.speaker, None, anon=True)
            continue
        if kind == "name":
            p = find_person(q.subject)
            ws = q.subject.split()
            for n in range(len(ws) - 1, 0, -1):  # «جلالی هدف از ... را ... دانست و»: a known name first
                if p is not None:
                    break
                if n == 1 and ws[0] in GIVEN_NAMES:
                    break  # (a given name alone is not «سید محمدعلی» named before: «محمدعلی مجاهدی» is another)
                p = find_person(" ".join(ws[:n]))
            if p is None:
                p = _Person(_display(text, t, q.subject, q.clause_start, q.cue_start), q.role or role_for(q.subject))
                persons.append(p)
            elif p.role is None:
                p.role = q.role or role_for(q.subject)
            # the latest bare title first: a name after «X هم گفت: ...» names X, not an earlier title
            # («تشکیل پرونده ...» stands for no title; nor does the late Imam or the Leader, quoted by a speaker:
            # «امام راحل می‌فرمود؛ ...» names no «معاون ... گفت» before it)
            for w in reversed(pending) if not _garbage(p.name) and not _HONOURED.match(fold(p.name)) else ():
                if w.kind == "title" and w.new_speaker and _bullet_line(t, w.cue_start):
                    continue  # a press review's headline: the title of its own line, not the next line's name
                if w.kind == "pronoun" and w.same_as is not None:
                    continue  # «وی افزود» after a bare title is that title's person, not the next name read
                    # («رئیس کل دادگستری استان گفت: ... وی افزود: ... محمد صادقی استاندار گفت»)
                if w.kind == "pronoun" or p.role is None or _same_role(p.role, w.role):
                    if w.kind != "pronoun":
                        p.role = p.role or w.role
                    w.person = p
            # a title marked as another speaker («X هم گفت») that this name passed by is that title, not a name
            # read thousands of characters on
            pending = [w for w in pending if w.person is None and not (w.kind == "title" and w.new_speaker)] \
                if not _garbage(p.name) else pending
            q.person = p
            last = p
        elif kind == "pronoun":
            if q.subject in ("معظم له", "حضرت"):  # the latest «مقام معظم رهبری» / «رسول خدا», «امام صادق» before
                pattern = _REVERED if q.subject == "معظم له" else _HOLY
                m_last = max(pattern.finditer(t, max(0, q.cue_start - 1500), q.cue_start), key=lambda m: m.start(),
                             default=None)
                if m_last is not None:
                    q.person = _Person(_display(text, t, m_last.group(0), m_last.start(), m_last.end()), None, anon=True)
                    continue  # (inside another speaker's words: that speaker stays the last one)
            if q.role and _head(q.role) in _STATEMENTS:  # «این بیانیه می‌افزاید»: its issuer speaks
                issuer = _issuer(t, text, q.cue_start)
                if issuer:
                    q.person = next((p for p in persons if p.anon and fold(p.name) == fold(issuer)), None) \
                        or _Person(issuer, None, anon=True)
                    if q.person not in persons:
                        persons.append(q.person)
                    continue
            if q.subject == "این گزارش":  # «این گزارش می‌افزاید»: the latest «X در گزارشی ...», else the source
                # (not «این گزارش حاکی است، وی افزود», the article's own report before another cue)
                author = _report_author(t, text, q.clause_start) or source
                if author:  # (not a person of the article: no bare title stands for a report's author)
                    q.person = _Person(author, None, anon=True)
                    continue
            if q.role:  # «این استاد اپیدمولوژی», «این دیپلمات»
                match = next((p for p in reversed(persons) if _same_role(p.role, q.role)), None)
                r0 = q.role.split()[0]
                if match is None and r0 in _OUTLET_ROLES:
                    # «این روزنامه نوشت»: the latest newspaper quoted or named before, not the last agency quoted
                    if last_outlet is None or not fold(last_outlet.name).startswith(r0):
                        named = _outlet_named_before(t, text, r0, q.clause_start)
                        match = org_person(named) if named is not None else None
                    match = match or last_outlet
                if match is None and last is not None and _head(q.role) in fold(last.name):
                    match = last
                at = t.rfind(r0, q.clause_start, q.cue_start)  # («پس از اعلام شرکت X، این شرکت ...»: in the clause)
                org = _org_named_before(t, r0, at if at > 0 else q.clause_start) if match is None else None
                if org:  # «این وزارتخانه اعلام کرد»: the latest «وزارت X» named before
                    match = org_person(_display(text, t, org, 0, q.clause_start))
                q.person = match or person_from_appos(q.cue_start, q.role)
                if q.person is None and ((r0.endswith(("ان", "ها")) and len(r0) > 4) or r0 in _BROKEN_PLURALS) \
                        and not (r0.endswith("دان") and not r0.endswith("دانان")):
                    # «این نخلداران خوزستانی می گویند»; «این اقتصاددان» (a singular «-دان») is the last speaker
                    anon = _Person(q.role, None, anon=True)
                    q.person = anon
                q.person = q.person or last or lead_person()
                if q.person is None:
                    pending.append(q)
            else:
                if q.subject in _OFFICIAL_ANAPHORS and i_q and qs[i_q - 1] is last_title and last_title.person is None:
                    q.same_as = last_title  # «مدیرکل ... هم گفت: ... این مقام مسئول اظهار داشت»: the title before
                    q.new_speaker = True  # (whoever that title turns out to be; not the article's main person)
                    pending.append(q)
                    continue
                named = _prev_sentence_name(t, q.clause_start, prev_end)
                if named:  # «حسین X رئیس این ستاد، ... ذکر کرد. وی گفت»: the subject of the sentence before
                    q.person = find_person(named)
                    if q.person is None and last is not None and fold(named).split()[0] in fold(last.name).split():
                        q.person = last  # («خلیل‌الله» of «خلیل‌الله غزنچای», the last speaker: a shorter reading)
                    if q.person is None:
                        q.person = _Person(_display(text, t, named, max(0, q.clause_start - 400), q.clause_start),
                                           role_for(named))
                        persons.append(q.person)
                k_ap = bisect_left(appos, (prev_end,)) if q.person is None else len(appos)
                if k_ap < len(appos) and appos[k_ap][0] < q.clause_start:
                    # «... . علی X، رئیس ...، از ... خبر داد. ... وی افزود»: a person presented after the last
                    # statement is nearer than its speaker
                    q.person = person_from_appos(q.cue_start)
                q.person = q.person or (last if last and not _garbage(last.name) else last_good) \
                    or person_from_appos(q.cue_start) or lead_person() or last
                if q.person is None:  # «وی افزود» before any name was read: the article's main speaker
                    q.same_as = last_title  # «رئیس کل دادگستری البرز گفت: ... وی افزود»
                    # «رئیس کل دادگستری خوزستان از صدور حکم ... خبر داد. وی اظهار کرد»: the lead's titled
                    # subject, unless the article names a person (then the main speaker, below)
                    q.lead_title = lead_cache[0][1]  # lead_person() ran just above
                    pending.append(q)
            last = q.person or last
        elif kind == "title":
            match = next((p for p in reversed(persons) if _same_role(p.role, q.role)), None)
            if match is None:
                match = person_from_appos(len(t), q.role)
            new = _new_speaker_marker(t, q) or (i_q > 0 and q.clause_start - prev_end > _FAR) \
                or (match is None and last is not None and _deputy_of(q.role, last.role))
            if match is None and q.nested and not (i_q and qs[i_q - 1].kind == "anon" and _organisation(qs[i_q - 1].subject)
                                                   and not _HONOURED.search(q.subject)):
                # «X گفت: ... مقام معظم رهبری فرمودند»: a title inside X's words is not X (inside an outlet's
                # «ایسنا نوشت: رئیس ستاد ... گفت», it is the article's own speaker, named later)
                match = _Person(_display(text, t, q.subject, q.clause_start, q.cue_start), q.role, anon=True)
            if match is None and last is not None and not new and not last.anon and not _garbage(last.name):
                name = _name_before_title(t, q.role, q.clause_start)
                if name and fold(name).replace(" ", "") not in fold(last.name).replace(" ", ""):
                    match = find_person(name) or _Person(_display(text, t, name, 0, len(t)), q.role)
                    if match not in persons:
                        persons.append(match)
            # «X گفت: ... . وزیر بهداشت ... اعلام کرده است که»: a title reported in the perfect, not X's own title, is
            # someone X's statement is about, not X
            reported = q.cue.endswith((" است", " بود")) and not q.nested and last is not None \
                and not _same_role(last.role, q.role)
            if match is None and last is not None and not new and not last.anon and not _garbage(last.name) \
                    and not (q.subject.startswith("یکی از") and q.attributed) and not reported \
                    and not _HONOURED.match(fold(last.name)):  # (the late Imam quoted holds no one's title)
                if last.role is None:  # (not «به گفته یکی از همکاران این روزنامه‌نگاران،»: a source of its own)
                    last.role = q.role
                match = last
            if match is None:
                q.new_speaker = new or reported  # «استاندار ایلام هم ... گفت»: another speaker, not the main one
                pending.append(q)
                last_title = q
            else:
                q.person = match
                last = match
        elif (q.subject.startswith("یک ") and last is not None and not last.anon and CUES.get(q.cue, False)
              and _TITLE_RE.match(q.subject[3:])):
            # «یک استاد دانشگاه در ادامه افزود»: a continuation verb keeps the speaker described indefinitely
            q.person = last
        else:
            if q.subject in _SOURCE_NOUNS and last_indef is not None \
                    and t.find("این " + q.subject, max(0, q.start - 60), q.start) >= 0:
                q.person = last_indef  # «... به نقل از یک مقام نزدیک به X، نوشت ... به گفته این منبع،»
                continue
            q.speaker = _display(text, t, q.subject, q.clause_start, q.cue_start) if q.subject else None
            if q.speaker:  # «یک دیپلمات غربی گفت ... وی افزود»
                anon = _Person(q.speaker, None, anon=True)
                q.person = anon
                if q.subject.startswith("یک ") and q.subject not in _SOURCE_NOUNS:
                    last_indef = anon
                if not _organisation(q.subject):
                    last = anon  # «وی» never stands for an organisation or an outlet
                elif q.subject in OUTLETS or q.subject.startswith(OUTLET_HEADS):
                    last_outlet = anon
    # a lead repeated as a summary gives the same «یک ...» quote twice before the named one
    n_lead = 1
    while len(qs) > n_lead + 1 and qs[0].subject and qs[n_lead].subject.startswith(qs[0].subject) \
            and qs[n_lead].person is not None and qs[n_lead].person.anon and qs[n_lead].cue_start < 600:
        n_lead += 1
    nq = qs[n_lead] if len(qs) > n_lead else None
    if nq is not None and qs[0].person is not None and qs[0].person.anon and qs[0].cue_start < 400 \
            and qs[0].subject.startswith("یک ") and _TITLE_RE.match(qs[0].subject[3:]) and nq.kind == "name" \
            and nq.person is not None and nq.clause_start - qs[n_lead - 1].end < 300 \
            and _head(qs[0].subject[3:]) not in ("مقام", "منبع") \
            and (t[nq.clause_start:nq.cue_start].lstrip().startswith("به گزارش")
                 or _INTRODUCED.search(t, nq.clause_start, nq.cue_start)):
        # «یک عضو کمیسیون ... تاکید کرد: ...» then «علی حدادی در گفت‌وگو با ایسنا ... اظهار کرد»: the lead
        # describes the speaker whom the next sentence names
        for lq in qs[:n_lead]:
            lq.person = nq.person
    cands = [p for p in persons if not _HONOURED.match(fold(p.name))]  # (the late Imam quoted is no main speaker)
    main = next((p for p in cands if p.anon or not _garbage(p.name)), cands[0]) if cands \
        else (person_from_appos(len(t)) if appos else None)
    if headline and main is None:  # «ظریف: ...» over «وزیر خارجه ... نوشت» in a text that names no one: the person
        # the headline quotes is the main speaker
        lead = next((w for w in pending if w.kind == "title" and w.role and not w.new_speaker), None)
        if lead is not None:
            main = _Person(headline, lead.role)
    for w in pending:
        if w.person is None and w.kind == "title" and w.role and not w.subject.startswith("یکی از"):
            name = _name_before_title(t, w.role, w.clause_start)
            if name:  # «نامزد انتخابات ... گفت» and elsewhere «سعید جلیلی نامزد انتخابات ...»
                w.person = find_person(name) or _Person(_display(text, t, name, 0, len(t)), w.role)
    for w in pending:
        if w.person is None and w.same_as is not None:
            w.person = w.same_as.person
    for w in pending:
        if w.person is None and main is not None and not w.subject.startswith("یکی از") and not w.new_speaker:
            w.person = main
        elif w.person is None and w.subject.startswith("یکی از") and main is not None and not w.attributed:
            w.person = main  # (not «به گفته یکی از همکاران این روزنامه‌نگاران،»: a source of its own)
    for p in list(persons):
        ws = fold(p.name).split()
        if len(ws) == 2 and not p.anon and ws[0] not in GIVEN_NAMES:  # («محمدعلی مجاهدی» is a whole name)
            fuller = next((o for o in persons if o is not p and fold(o.name).endswith(" " + ws[0])), None)
            if fuller is not None:  # «سلامی روند» (a name and the first word of its object) is «حسین سلامی»
                for q in qs:
                    if q.person is p:
                        q.person = fuller
    for q in qs:
        if q.person is not None:
            q.speaker = q.person.name
        elif q.kind == "title" or (q.kind == "pronoun" and q.role and q.role.split()[0] not in _TITLE_FIRST):
            q.speaker = _display(text, t, q.subject, q.clause_start, q.cue_start)
        elif q.same_as is not None and q.same_as.speaker:  # the title named no one: it is the speaker
            q.speaker, q.role = q.same_as.speaker, q.same_as.role
        elif q.lead_title:
            q.speaker = q.role = q.lead_title
        if q.speaker and "این کشور" in q.speaker and "این کشورها" not in q.speaker:
            at = t.rfind("این کشور", q.clause_start, q.cue_start)
            country = _country_before(t, text, at if at >= 0 else q.clause_start)
            if country:  # «وزارت خارجه این کشور»: the country named last before (the gold names it)
                q.speaker = q.speaker.replace("این کشور", country)


_FURNITURE_CHARS = frozenset(")]}/|")
# every character the test of _after_furniture takes: the furniture marks and the letters whose lower case is in a..z
# (the Latin ones, «İ» and the Kelvin sign)
_FURNITURE_GATE = re.compile("[)\\]}/|A-Za-z\u0130\u212a]")


def _after_furniture(subject: str) -> str | None:
    """The words of a subject after the last word of scraped page furniture (a closing bracket, a slash or a
    Latin letter: «(کلیک کنید) ظریف» -> «ظریف»); None when the subject has no such word."""
    if not _FURNITURE_GATE.search(subject):
        return None  # (most subjects: the per-character test below costs more)
    ws = subject.split()
    last = -1
    for i, w in enumerate(ws):
        if any(c in _FURNITURE_CHARS or ("a" <= c.lower() <= "z") for c in w):  # digits are content («۱۷۰ مورد»)
            last = i
    if last < 0:
        return None
    return " ".join(ws[last + 1:])


_STATEMENTS = frozenset(("بیانیه", "اطلاعیه"))
# the holy figures a bare «حضرت» stands for («رسول خدا», «پیامبر اکرم», «امام صادق», «امیرالمؤمنین علی»)
_HOLY = re.compile(r"رسول\s+(?:خدا|اکرم|الله)|پیامبر(?:\s+(?:اکرم|اسلام|خدا))?|امیرالمؤمنین|امیرالمومنین|"
                   r"امام\s+(?!جمعه|راحل|خمینی)[^\s،,.:؛()«»]{2,12}|حضرت\s+(?:فاطمه|زهرا|علی|محمد|مهدی|عیسی|موسی)")
# the titles «معظم‌له» stands for
_REVERED = re.compile(r"(?:مقام|رهبر|فرمانده)\s+معظم(?:\s+(?:رهبری|انقلاب\s+اسلامی|انقلاب|کل\s+قوا))?")
# the plural of respect of «فرمودن», said of the Leader or the late Imam, not of an ordinary speaker
_HONORIFIC_PLURAL = frozenset(("فرمودند", "فرموده بودند", "فرموده اند", "می فرمایند"))
_HONOURED = re.compile(_REVERED.pattern + r"|امام\s+(?:خمینی|راحل)|حضرت\s+امام(?![\w])|رهبر\s+(?:انقلاب|جمهوری\s+اسلامی)")
_OUTLET_ROLES = frozenset(("روزنامه", "خبرگزاری", "شبکه", "پایگاه", "سایت", "نشریه", "مجله", "رسانه", "تلویزیون",
                           "رادیو", "هفته نامه", "وبسایت"))
# the sentence after a summary lead that names its speaker: «به گزارش ایسنا، X ...», «X در گفت‌وگو با ...», «X، با
# اشاره به ... گفت»
_INTRODUCED = re.compile(r"گفت\s?و\s?گو\s+با|گفتگو\s+با|مصاحبه\s+با|با\s+اشاره\s+به")
_ISSUED = re.compile(r"(?:\s(?:در|طی)\s+(?:یک\s+|این\s+)?|\sبا\s+(?:صدور|انتشار)\s+)(?:بیانیه|اطلاعیه)")


# «این وزارتخانه», «این ارتش»: the head noun of an organisation named before (as it opens the name)
_ORG_ROLE_HEADS = {"وزارتخانه": "وزارت", "وزارت": "وزارت", "سازمان": "سازمان", "ارتش": "ارتش", "نهاد": "نهاد",
                   "شورا": "شورای", "کمیته": "کمیته", "کمیسیون": "کمیسیون", "حزب": "حزب", "شرکت": "شرکت", "بانک": "بانک",
                   "صندوق": "صندوق", "آژانس": "آژانس", "دادگاه": "دادگاه", "ستاد": "ستاد", "اتحادیه": "اتحادیه",
                   "انجمن": "انجمن", "کمپین": "کمپین", "بولتن": "بولتن", "موسسه": "موسسه", "نیرو": "نیروی"}
_NAME_CUT = re.compile(r"[،,.:؛\n()«»\"]")


def _outlet_named_before(t: str, text: str, head: str, before: int) -> str | None:
    """The latest outlet of kind ``head`` («روزنامه») named in the 3,000 characters before ``before``: «روزنامه
    «X»» (the name in guillemets) or «روزنامه X» with X a known outlet; not a mention «این/آن روزنامه» itself."""
    lo = max(0, before - 3000)
    i = t.rfind(head, lo, before)
    while i >= 0:
        if (i == 0 or not _is_word(t[i - 1])) and t[max(0, i - 4):i] not in ("این ", "آن "):
            j = _skip_ws(t, i + len(head))
            if t[j:j + 1] == "«":
                k = t.find("»", j, min(before, j + 45))
                if k > j + 1 and "\n" not in t[j:k]:
                    return f"{text[i:i + len(head)]} {text[j + 1:k].strip()}"
            else:
                ws = t[j:j + 80].split()[:3]
                for n in (3, 2, 1):
                    if len(ws) >= n and " ".join(ws[:n]).strip("،,.:؛") in OUTLETS:
                        return _display(text, t, f"{head} {' '.join(ws[:n]).strip('،,.:؛')}", i, before)
        i = t.rfind(head, lo, i)
    return None


def _org_named_before(t: str, role_head: str, before: int) -> str | None:
    """The latest organisation named before ``before`` whose name opens with the head of ``role_head``
    («وزارت فرهنگ عراق» for «این وزارتخانه»): the head and one to seven more words, up to a mark, a stop word or a
    verb; not a mention «این/آن X» itself."""
    head = _ORG_ROLE_HEADS.get(role_head)
    if head is None:
        return None
    i = t.rfind(head, 0, before)
    while i >= 0:
        if (i == 0 or not _is_word(t[i - 1])) and t[max(0, i - 4):i] not in ("این ", "آن ") \
                and t[max(0, i - 5):i] != "همین ":
            piece = t[i:i + 120]
            m = _NAME_CUT.search(piece)
            ws = (piece[:m.start()] if m else piece).split()[:8]
            k = next((j for j, w in enumerate(ws) if j > 0 and (w in SUBJECT_STOPS or w in _VERB_WORDS)), len(ws))
            if k >= 2 and ws[0].startswith(head):
                return " ".join(ws[:k])
        i = t.rfind(head, 0, i)
    return None


# «X در گزارشی ...», «X گزارش داده بود»: the author of a report quoted later as «این گزارش»
_REPORTED_IN = re.compile(r"\s(?:(?:در|طی)\s+(?:یک\s+)?گزارش(?:ی|\s+(?:جدیدی|تازه\s?ای|خود))?|گزارش\s+(?:داده|داد|می\s?دهد))"
                          r"(?![\w])")


def _report_author(t: str, text: str, before: int) -> str | None:
    """Who wrote the report quoted as «این گزارش ...»: the subject of the latest «X در گزارشی» / «X گزارش داده»
    in the 3,000 characters before ``before``."""
    return _subject_before(t, text, max(_REPORTED_IN.finditer(t, max(0, before - 3000), before),
                                        key=lambda m: m.start(), default=None))


def _issuer(t: str, text: str, before: int) -> str | None:
    """The organisation that issued the statement quoted as «این بیانیه ...»: the subject of the first
    «X در بیانیه‌ای» / «X با صدور اطلاعیه‌ای» before ``before``."""
    return _subject_before(t, text, _ISSUED.search(t, 0, before))


def _subject_before(t: str, text: str, m: re.Match[str] | None) -> str | None:
    """The named, titled or described subject of the clause that ``m`` (a phrase after the subject) is in."""
    if m is None:
        return None
    cs = _clause_start(t, m.start())
    kind, subject, _ = _subject(t[cs:m.start()])
    if kind not in ("anon", "name", "title") or not subject:
        return None
    return _display(text, t, subject, cs, m.start())


def _name_before_title(t: str, role: str, skip: int) -> str | None:
    """Two words written right before another mention of ``role`` («سعید جلیلی نامزد انتخابات ...»), when
    they look like a name (no stop word, title, pronoun or digit), else None."""
    full = role.split()
    head4 = " ".join(full[:4])  # the head of a long subject phrase («معاون وزیر امورخارجه کره جنوبی ...»)
    k = full.index("در") if "در" in full[1:4] else 0
    end = _office_place_end(full, k, full[:k]) if k else 0
    if end:  # «نماینده ولی فقیه در استان همدان»: that place's officer, not «... در خراسان جنوبی»
        head4 = " ".join(full[:end])
    for i, name in _names_before(t, head4):  # (found once per text and role: a long text quotes the title often)
        if i != skip and abs(i - skip) > 3:
            return name
    words = head4.split()
    if len(words) >= 2:  # «موسوی دبیر و سخنگوی ستاد انتخابات کشور» names «دبیر ستاد انتخابات کشور»
        head, rest = words[0], " ".join(words[1:])
        for i, name in _names_before(t, f"{head} و ", f" {rest}"):
            if abs(i - skip) > 3:
                return name
        k = t.find(" و " + head4)  # ... and «سخنگوی ستاد انتخابات کشور»: the title after the «و»
        while k > 0:
            first = t[:k].rsplit(None, 1)[-1:]
            if first and first[0] in _TITLE_FIRST:
                for i, name in _names_before(t, f"{first[0]} و {head4}"):
                    if abs(i - skip) > 3:
                        return name
            k = t.find(" و " + head4, k + 1)
    for i, name in _names_before(t, full[0] + " "):
        # «فرماندار نیویورک» and elsewhere «اندرو کومو فرماندار ایالت نیویورک»: the same title written longer (the
        # whole title compared; not «رئیس و اعضای ...», several people)
        said = t[i:_role_end(t, i + len(full[0]) + 1, min(len(t), i + 92))].strip()
        if abs(i - skip) > 3 and said.split()[1:2] != ["و"] and _same_role(said, role):
            return name
    return None


@lru_cache(maxsize=64)
def _names_before(t: str, role: str, tail: str = "") -> tuple[tuple[int, str], ...]:
    """Every mention of ``role`` in ``t`` with the two words before it that look like a name, in text order. With
    a ``tail``, the mention is ``role``, one more word and ``tail`` (a coordinated title: «دبیر و سخنگوی ...»)."""
    out = []
    i = t.find(role)
    while i >= 0:
        if tail:
            w_end = t.find(" ", i + len(role))
            if w_end < 0 or not t.startswith(tail, w_end):
                i = t.find(role, i + 1)
                continue
        window = t[max(0, i - 40):i]
        cut = max(window.rfind(c) for c in ".،,:؛()\n!؟")
        ws = window[cut + 1:].replace("«", " ").replace("»", " ").split()[-2:]
        if i > 0 and t[i - 1] == " " and (_name_words(ws) or (
                len(ws) == 1 and cut >= 0 and _name_words(["ا", ws[0]]) and not _garbage(ws[0]))):
            out.append((i, " ".join(ws)))  # (one word only right after a mark: «، موسوی دبیر ...»)
        i = t.find(role, i + 1)
    return tuple(out)


def _name_words(ws: list[str]) -> bool:
    """Whether the two words written before a title can be a name: no stop word, pronoun, adverb, title, digit or
    mark; no organisation; no verb at the end («... آغاز می‌شود معاون ...», «سفری که به چین داشتم وزیر ...»); not
    a common-word phrase unless a surname tail closes it («تشکیل پرونده استاندار ...»), nor a common word after
    anything but a given name («سرخط اخبار معاون ...»: a page's furniture); no place («سمنان»); no
    number word first («تلاش‌های شش ساله امام جمعه ...»)."""
    return len(ws) == 2 and bool(ws[-1]) and not any(
        w in SUBJECT_STOPS or w in PRONOUNS or w in LEADING_ADVERBS or w in _TITLE_FIRST
        or any(c.isdigit() for c in w) or not w.isalpha() or w in _PHRASE_WORDS for w in ws) \
        and not " ".join(ws).startswith(ORGS + OUTLET_HEADS) and ws[0] not in ("می", "نمی") \
        and not _HEADLINE_VERB.search(" " + ws[1] + " ") and ws[1] not in _PERSONAL_VERBS \
        and not (_garbage(" ".join(ws)) and ws[1] not in _SURNAME_TAILS) \
        and not (ws[1] in _common_words() and not _given(ws[0])) \
        and ws[0] not in DATELINE_PLACES and ws[1] not in DATELINE_PLACES and ws[0] not in PERSIAN_NUMBER_WORDS


# past light verbs with a personal ending («داشتم», «کردیم», «رفتند»): never the last word of a name
_PERSONAL_VERBS = frozenset(stem + end for stem in ("داشت", "کرد", "بود", "شد", "رفت", "گفت", "دید", "آمد", "داد", "زد")
                            for end in ("م", "یم", "ی", "ید", "ند"))


_DEPUTY_HEADS = frozenset(("معاون", "مشاور", "دستیار", "جانشین", "قایم", "سخنگوی"))


def _deputy_of(role: str | None, other: str | None) -> bool:
    """True when ``role`` is a deputy, adviser or spokesman of ``other``'s office («معاون عمرانی استاندار» after
    «استاندار گلستان»): another person, whoever spoke last."""
    if not role or not other:
        return False
    ws = fold(role).split()
    return len(ws) >= 2 and ws[0] in _DEPUTY_HEADS and _head(other) in ws[1:] and _head(other) not in _DEPUTY_HEADS


def _head(role: str) -> str:
    """The head noun of a title phrase («دیپلمات» of «دیپلمات غربی»), folded."""
    ws = fold(role).split()
    return ws[0] if ws else "\x00"


def _new_speaker_marker(t: str, q: _Q) -> bool:
    """«استاندار خراسان رضوی هم در این دیدار ... گفت»: «هم/نیز» after the subject marks another speaker."""
    after = t[q.clause_start:q.cue_start]
    i = after.find(q.subject.split()[-1]) if q.subject else -1
    if i < 0:
        return False
    rest = after[i + len(q.subject.split()[-1]):].replace("،", " ").split()[:8]
    return "نیز" in rest or (bool(rest) and rest[0] == "هم") or _bullet_line(t, q.cue_start)


_BULLETS = "-–—*•▪◾■●○◆►"


def _bullet_line(t: str, pos: int) -> bool:
    """Whether ``pos`` is on a line that opens with a bullet: a press review's headline («- معاون وزیر اقتصاد
    تشریح کرد: ...»), each of another speaker."""
    nl = t.rfind("\n", max(0, pos - 300), pos)  # (a headline line is short: no line start within 300 characters,
    if nl < 0 and pos > 300:  # no bullet)
        return False
    line = t[nl + 1:pos].lstrip()
    return bool(line) and line[0] in _BULLETS


def _display(text: str, t: str, phrase: str, lo: int, hi: int) -> str:
    """The display spelling of ``phrase`` (found in mfold text between lo and hi)."""
    i = t.find(phrase, lo, hi)
    if i < 0:
        i = t.find(phrase)
    return text[i:i + len(phrase)] if i >= 0 else phrase


# --------------------------------------------------------------------------- English


def _article_less(desc: str) -> str:
    """«the deputy minister» -> «deputy minister» (a role); «foreign ministry spokesman» stays as it is."""
    first, _, rest = desc.partition(" ")
    return rest if rest and first.lower() in ("the", "a", "an", "its", "his", "her", "their") else desc


_EN_NOT_ROLE = ("speaking", "who ", "citing", "according", "in a ", "on ", "quoted")
# «a statement carried by IRNA», «a report on state TV»: a document, not a speaker; «a statement by the ministry»
# has one
_EN_DOCUMENT = re.compile(r"^(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|report|reports|post|posting"
                          r"|communiqu[eé]|release|document|letter|video|message)s?\b(?:\s+(?:by|from|of)\s+(.+))?",
                          re.I)
_EN_ABBREVIATIONS = frozenset(("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                               "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "No", "U.S", "U.N", "U.K"))


_EN_OWNER_BEFORE = re.compile(r"(?<![\w'’-])((?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?:in|of)\s+)$")
_EN_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+(?:an?|the|its)\s+(?:\w+\s+)?(?:statement|report|post)")
# a title just before a name: «(Iran's) foreign ministry spokesman», «the Guards' ground forces commander»
_EN_TITLE_BEFORE = re.compile(rf"(?<![\w'’])((?:[A-Za-z][\w'’-]*\s+){{0,3}}{_EN_TITLE_WORDS})\s+$")
_EN_TITLE_NAME_MENTION = re.compile(
    rf"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){{0,3}}(?:[a-z][\w-]+\s+){{0,2}}{_EN_TITLE_WORDS}(?:\s+of\s+[A-Z][\w'’-]+)?)"
    rf"\s+([A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){{1,3}})")
_EN_TITLED_NAME = re.compile(rf"^(.*\b{_EN_TITLE_WORDS}(?:\s+of\s+[A-Z][\w'’-]+)?)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})$")


def _en_split_title(spk: str) -> tuple[str, str | None]:
    """«Iranian Foreign Minister Abbas Araghchi» -> («Abbas Araghchi», «Iranian Foreign Minister»)."""
    m = _EN_TITLED_NAME.match(spk)
    return (m.group(2), m.group(1)) if m else (spk, None)


# capitalised words that open a sentence before its subject, not part of a name («Later Omar Haddad said»)
_EN_OPENERS = frozenset(("Later", "Earlier", "Meanwhile", "Separately", "Also", "However", "Then", "Now", "Today",
                         "Yesterday", "Still", "Instead", "Finally", "Elsewhere", "Moreover", "And", "But", "So",
                         "Last", "Next", "Previously", "Afterwards", "Subsequently"))


def _en_no_adverb(spk: str) -> str:
    first, _, rest = spk.partition(" ")
    return rest if rest and first in _EN_OPENERS else spk


def _en_agent(spk: str) -> str | None:
    """Who an «according to ...» phrase names: itself, the author of a statement («a statement by the
    ministry» -> «the ministry»), or None for a document alone («a statement carried by IRNA»)."""
    m = _EN_DOCUMENT.match(spk)
    if not m:
        return spk
    return m.group(1).strip() if m.group(1) else None


class _Spans:
    """Text spans kept sorted by start, with an optional speaker each: overlap and «nearest speaker before»
    look-ups by bisection (an article of thousands of statements stays linear, not quadratic)."""

    __slots__ = ("starts", "ends", "who")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.who: list[str | None] = []

    def add(self, a: int, b: int, who: str | None = None) -> None:
        i = bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)
        self.who.insert(i, who)

    def hits(self, a: int, b: int) -> bool:
        """Whether a stored span overlaps ``[a, b)`` (the few spans starting before ``b`` are checked: stored
        spans hardly overlap one another)."""
        i = bisect_left(self.starts, b)
        return any(self.ends[j] > a for j in range(i - 1, max(-1, i - 4), -1))

    def speaker_before(self, pos: int) -> str | None:
        """The speaker of the nearest span starting before ``pos`` that has one."""
        for j in range(bisect_left(self.starts, pos) - 1, -1, -1):
            if self.who[j]:
                return self.who[j]
        return None


_EN_MAX_SENTENCE = 2000  # a sentence is read at most this far back


def _en_sentence_start(text: str, pos: int) -> int:
    """Start of the English sentence that holds ``pos``: after the last full stop that does not end an
    abbreviation («Dec. 5», «Mr. Araghchi», «U.S.»), or a line break."""
    a = max(text.rfind("\n", max(0, pos - _EN_MAX_SENTENCE), pos) + 1, pos - _EN_MAX_SENTENCE)  # stays linear
    d = _EN_DATELINE_START.match(text, a, pos)
    if d:  # «VIENNA, Nov 14 (Reuters) - ...»: the dateline is no part of the sentence
        a = d.end()
    k = pos
    while True:
        k = text.rfind(". ", a, k)
        if k < 0:
            return a
        if not _en_abbreviation(text[max(a, text.rfind(" ", a, k) + 1):k]):
            return k + 2


_EN_END = re.compile(r"\n|[.!?](?![0-9])[\"”’')]*")


def _en_abbreviation(word: str) -> bool:
    """Whether ``word``, written before a full stop, is an abbreviation or an initial: «Mr», «Dec», «U.S», «J»."""
    return word.rstrip(".") in _EN_ABBREVIATIONS or (len(word.rsplit(".", 1)[-1]) == 1 and word[-1:].isupper())


def _en_sentence_end(text: str, a: int) -> int:
    """End of the English sentence from ``a``: before a line break, after . ! ? and the closing marks after it, not
    at the dot of an abbreviation or an initial («the U.S. would», «U.N.», «Mr. Smith», «Dec. 5»: a statement cut
    there was «the U»); at most ``_EN_MAX_SENTENCE`` characters on."""
    end = min(len(text), a + _EN_MAX_SENTENCE)
    for m in _EN_END.finditer(text, a, end):
        k = m.start()
        if text[k] == "\n":
            return k
        if text[k] == ".":
            nx = text[m.end():m.end() + 1]
            if nx not in ("", " ", "\n") and not nx.isupper():
                continue  # «U.S.-led»: inside a word
            if _en_abbreviation(text[max(a, text.rfind(" ", a, k) + 1):k]):
                continue  # (an abbreviation ending the sentence is not told apart)
        return m.end()
    return end


def _english(text: str) -> list[Quote]:
    out: list[Quote] = []
    taken = _Spans()  # quotation matches
    said = _Spans()  # the statements found, with their speakers (bisect look-ups: long texts stay fast)
    last: str | None = None

    pronouns: list[Quote] = []  # quotations whose speaker is «he», «she», «they»

    def add(q: Quote) -> None:
        out.append(q)
        said.add(q.start, q.end, q.speaker)
    quoted = sorted([*_EN_QUOTE_SAID.finditer(text), *_EN_QUOTE_SAID_AFTER.finditer(text)], key=lambda m: m.start())
    for m in quoted:
        if taken.hits(m.start(), m.start() + 1):
            continue
        te = m.end("text")
        if (text[te] if text[te] in ",." else text[te - 1]) in ".?!" and _EN_OWN_STATEMENT.match(text, m.end()):
            continue  # «"Talks resume." He added that ...»: the next sentence brings its own statement
        appos = m.groupdict().get("appos")
        if m.group("pron"):  # («"...," he said»: the latest speaker before it, once every reader has run)
            spk, role = None, None
        elif m.group("name"):
            spk, role = _en_split_title(_en_no_adverb(m.group("name")))  # «Foreign Minister Abbas Araqchi»
            last = spk
            role = _article_less(m.group("desc")) if m.group("desc") else role
            if appos and not appos[:1].isupper():  # «John Smith, the UN envoy, said»
                role = _article_less(appos)
        elif appos and appos[:1].isupper() and appos.split()[0].lower() not in ("the", "a", "an", "one"):
            # «the port director, Reza Moradi, told reporters»: the name speaks, the description is its role
            spk = last = appos
            role = _article_less(m.group("alone"))
        else:
            spk = last = m.group("alone")
            role = None
        a, b = m.span("text")
        add(Quote(speaker=spk, role=role, cue=m.group("cue"), text=text[a:b], start=a, end=b))
        if m.group("pron"):
            pronouns.append(out[-1])
        taken.add(*m.span())
    for m in _EN_SAID.finditer(text):
        if taken.hits(m.start(), m.start() + 1):
            continue
        spk = m.group("spk")
        role = m.group("role") or None
        if role and role.lower().startswith(_EN_NOT_ROLE):  # «, speaking on condition of anonymity,»
            role = None
        if spk.lower() in ("he", "she", "they"):  # the nearest named speaker before it
            spk = said.speaker_before(m.start()) or last
        else:
            spk = _en_no_adverb(spk)  # «Later Omar Haddad said»
            owner = _EN_OWNER_BEFORE.search(text, max(0, m.start() - 60), m.start()) if spk[:1].isupper() else None
            if owner:  # «The Taliban-run government in Afghanistan said»: the government speaks, not the place
                spk = owner.group(1) + spk
            if spk[:1].isupper() and role is None:  # «Iranian Foreign Minister Abbas Araghchi said»
                spk, role = _en_split_title(spk)
            if role is None and spk[:1].isupper():  # «foreign ministry spokesman Esmaeil Baghaei said»
                t = _EN_TITLE_BEFORE.search(text, max(0, m.start() - 80), m.start())
                role = _article_less(t.group(1)) if t else None
            last = spk
        a = m.end()
        if a >= len(text) or text[a] in ".\n" or text.startswith(_EN_NOT_STATEMENT, a):
            continue  # «IRNA said, citing the commander», «the ministry said in a statement ...»: no statement
        if _EN_THAT_CUE.fullmatch(m.group("cue")) and not m.group(0).rstrip().endswith((":", "that")):
            continue  # «the ministry announced the launch of ...»: an act, not a statement
        for lead in ("adding that ", "warning that ", "adding "):  # «..., the minister said, adding that ...»
            if text.startswith(lead, a):
                a += len(lead)
        b = _en_sentence_end(text, a)
        tail = _EN_ACCORDING_TAIL.search(text, a, b)
        if tail:  # «..., according to a statement carried by IRNA.»: where the words were published
            b = tail.start()
        a2, b2 = _trim(text, a, b)
        if b2 > a2 and text[b2 - 1] == '"' and '"' not in text[a2:b2 - 1]:
            b2 -= 1  # «said: "Talks resume."»: the closing mark of the quotation the statement opened with
        if b2 - a2 < 8:
            continue
        add(Quote(speaker=spk, role=role, cue=m.group("cue"), text=text[a2:b2], start=a2, end=b2))
    for m in _EN_SAID_AFTER.finditer(text):  # «Talks will go on, the minister said.»: the statement first
        a = _en_sentence_start(text, m.start())
        a2, b2 = _trim(text, a, m.start())
        if b2 - a2 < 12 or said.hits(a2, b2) or _QUOTE_MARK.search(text, a2, b2):
            continue
        spk, role = m.group("spk"), None
        if spk.lower() in ("he", "she", "they"):
            spk = said.speaker_before(a2)
            if spk is None:
                continue
        elif spk[:1].isupper():
            spk, role = _en_split_title(spk)
        add(Quote(speaker=spk, role=role, cue=m.group("cue").split()[0], text=text[a2:b2], start=a2, end=b2))
    for m in _EN_ACCORDING_AFTER.finditer(text):
        if taken.hits(m.start(), m.start() + 1):
            continue
        spk = _en_agent(m.group("spk").strip())
        if spk is None:
            continue  # «according to a statement carried by IRNA»: where it was published, not who said it
        a = _en_sentence_start(text, m.start())
        a2, b2 = _trim(text, a, m.start())
        if b2 - a2 >= 8 and not said.hits(a2, a2 + 1):
            add(Quote(speaker=spk, role=None, cue=m.group("cue"), text=text[a2:b2], start=a2, end=b2))
    for m in _EN_ACCORDING.finditer(text):
        if _en_agent(m.group("spk").strip()) is None:
            continue
        a = m.end()
        b = _en_sentence_end(text, a)
        a2, b2 = _trim(text, a, b)
        if b2 > a2:
            add(Quote(speaker=m.group("spk").strip(), role=None, cue=m.group("cue"), text=text[a2:b2],
                      start=a2, end=b2))
    out.sort(key=lambda q: q.start)
    before: str | None = None
    pronoun_ids = {id(q) for q in pronouns}
    for q in out:  # «Araqchi said ... "...," he said»: the speaker of the statement before, in text order
        if id(q) in pronoun_ids:
            q.speaker = before
        before = q.speaker or before
    titled = {} if not out else {  # «EU foreign policy chief Kaja Kallas met ...»: names with a title anywhere
        m.group(2): _article_less(m.group(1)) for m in _EN_TITLE_NAME_MENTION.finditer(text)}
    for q in out:
        if q.speaker and q.speaker[:1].isupper():
            name = q.speaker if q.speaker in titled else next(
                (n for n in titled if " " not in q.speaker and n.endswith(" " + q.speaker)), None)
            if name is not None:  # «Kallas said» -> «Kaja Kallas», «EU foreign policy chief»
                q.speaker, q.role = name, q.role or titled[name]
    full_name: dict[str, str] = {}  # last word -> the latest full name ending with it
    for q in out:  # «Baghaei told reporters» after «Esmaeil Baghaei said»: the full name
        if q.speaker and " " in q.speaker and q.speaker[:1].isupper():
            full_name[q.speaker.rsplit(" ", 1)[1]] = q.speaker
        elif q.speaker and q.speaker[:1].isupper():
            q.speaker = full_name.get(q.speaker, q.speaker)
    roles = {q.speaker: q.role for q in out if q.speaker and q.role}
    for q in out:  # «He added ...»: the role stated with the name elsewhere in the article
        if q.role is None and q.speaker in roles:
            q.role = roles[q.speaker]
    return out


_COMMON_WORDS_PATH = Path(__file__).resolve().parent.parent / "models" / "common-words.txt"


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Folded words almost never at the start of a name in the NER gold (built by ``didban.entities.vocab``)."""
    try:
        return frozenset(_COMMON_WORDS_PATH.read_text(encoding="utf-8").split())
    except FileNotFoundError:
        return frozenset()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """``lexicon.GIVEN_NAMES`` and the folded words that mostly open a person's name in the NER gold («الکساندر»,
    «آنتونی»; ``didban.entities.vocab``), one set."""
    try:
        built = _COMMON_WORDS_PATH.with_name("given-names.txt").read_text(encoding="utf-8").split()
    except FileNotFoundError:
        built = []
    return GIVEN_NAMES | frozenset(built)


def _given(word: str) -> bool:
    """A folded given name (:func:`_given_names`)."""
    return word in _given_names()


_COUNTRY_ALIASES_PATH = Path(__file__).resolve().parent.parent / "places" / "data" / "country_aliases_fa.json"


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Persian country names (CLDR through babel, and the place table's aliases: «آمریکا», «انگلیس»), folded."""
    import json

    from babel import Locale

    names = set(Locale("fa").territories.values())
    try:
        for aliases in json.loads(_COUNTRY_ALIASES_PATH.read_text(encoding="utf-8")).values():
            names.update(aliases)
    except FileNotFoundError:
        pass
    return frozenset(fold(n) for n in names if n and not n.isascii())


_PROVINCES_PATH = _COUNTRY_ALIASES_PATH.with_name("provinces.json")


@lru_cache(maxsize=1)
def _title_places() -> frozenset[str]:
    """Places that may close a title before a name: the countries, and Iran's provinces and their capitals
    («استاندار گلستان بهروز فرهادی», «امام جمعه تبریز X Y»), folded."""
    import json

    try:  # (the place table's file, read as a file: text does not import places)
        rows = json.loads(_PROVINCES_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        rows = []
    return _country_names() | frozenset(fold(str(p[k])) for p in rows for k in ("fa", "capital_fa") if p.get(k))


_CITIES_PATH = _COUNTRY_ALIASES_PATH.with_name("iran_cities_fa.tsv")


@lru_cache(maxsize=1)
def _one_word_places() -> frozenset[str]:
    """Places written as one word that ends with a given name or a title word: «بندرعباس», «مسجدسلیمان» (Iran's
    cities and their other spellings, the provinces and their capitals, the countries), folded, without ZWNJ."""
    names = set(_title_places())
    try:  # (the place table's file, read as a file: text does not import places)
        for line in _CITIES_PATH.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                cols = line.split("\t")
                names.add(fold(cols[1]))
                if len(cols) > 3:
                    names.update(fold(a) for a in cols[3].split(",") if a.strip())
    except FileNotFoundError:
        pass
    return frozenset(n.replace("\u200c", "") for n in names if " " not in n)


_WORD = re.compile(r"[^\s،,.:؛«»()!؟\"]+")


def _country_before(t: str, text: str, pos: int) -> str | None:
    """The country «این کشور» at ``pos`` stands for (display spelling): the last one named in its own sentence
    before it («بنابر گزارش خبرگزاری سودان، وزارت خارجه این کشور»), else the first one of the sentence before, its
    subject as a rule («کره جنوبی ... به ایران دارد. رسانه‌های این کشور»); None when neither names one."""
    lo = max(0, pos - 2000)
    b1 = max(t.rfind(c, lo, pos) for c in ".!؟\n")
    b0 = max(t.rfind(c, lo, b1) for c in ".!؟\n") if b1 >= 0 else lo - 1
    countries = _country_names()

    def found(a: int, b: int) -> list[tuple[int, int]]:
        words = list(_WORD.finditer(t, a, b))
        out: list[tuple[int, int]] = []
        k = 0
        while k < len(words):
            w = words[k]
            if k + 1 < len(words) and words[k + 1].start() == w.end() + 1 \
                    and fold(w.group() + " " + words[k + 1].group()) in countries:
                out.append((w.start(), words[k + 1].end()))
                k += 2
                continue
            if fold(w.group()) in countries:
                out.append((w.start(), w.end()))
            k += 1
        return out

    own = found(b1 + 1 if b1 >= 0 else lo, pos)
    if own:
        return text[own[-1][0]:own[-1][1]]
    before = found(max(lo, b0 + 1), b1) if b1 > lo else []
    return text[before[0][0]:before[0][1]] if before else None


# military ranks that mark a name inside a title phrase («فرمانده کل سپاه سردار X Y»); not the clerical or academic
# honorifics, which often name an institution's or a campaign's namesake («دانشگاه آیت‌الله X», «ستاد انتخاباتی
# دکتر X»: 8 development speakers lost with them), nor «امیر», also a given name
_RANK_FIRST_WORDS = frozenset(("سردار", "سرلشکر", "سرلشگر", "سرتیپ", "سرهنگ", "سپهبد", "ارتشبد", "دریادار", "دریابان",
                               "ناخدا", "ژنرال", "جنرال", "امیردریادار", "امیرسرتیپ", "امیرسرلشکر", "امیرسپهبد",
                               "امیردریابان"))


def _title_country_name(phrase: str) -> tuple[str, str] | None:
    """(role, name) of a title phrase that ends with a country and then one to three words of a name («وزیر امور
    خارجه آمریکا جان کری» -> «وزیر امور خارجه آمریکا», «جان کری»), or by two such words and then a word that is no
    name; None when no country is followed by such words (common words, titles, organisations or stop words are no
    name)."""
    ws = phrase.split()
    countries = _title_places()
    only = _country_names()

    def ends_at(j: int) -> int:  # the end of a place at word ``j``; after a province or its capital, only a given
        end = j + 2 if " ".join(ws[j:j + 2]) in countries else j + 1 if ws[j] in countries else 0  # name opens a name
        if end and " ".join(ws[j:end]) not in only and (len(ws) < end + 2 or ws[end] not in GIVEN_NAMES):
            return 0  # («نماینده مردم کرمان و راور», «... تهران شهید ...»)
        return end

    for j in range(1, len(ws) - 1):
        end = ends_at(j)
        rest = ws[end:]
        if not end or not 1 <= len(rest) <= 3:
            continue
        if all(_name_word(w, countries) for w in rest):
            return " ".join(ws[:end]), " ".join(rest)
    for j in range(1, len(ws) - 3):  # «نخست وزیر X مارک روته برخلاف دیگران ...»: the name, then more words
        end = ends_at(j)
        if end and len(ws) > end + 2 and _name_word(ws[end], countries) and _name_word(ws[end + 1], countries) \
                and not _name_word(ws[end + 2], countries):
            return " ".join(ws[:end]), " ".join(ws[end:end + 2])
    return None


def _name_word(w: str, countries: frozenset[str]) -> bool:
    """A word that can be part of a name after a title: a letter word, no common word, title, stop word, country or
    organisation."""
    return w.isalpha() and w not in _common_words() and w not in _TITLE_FIRST and w not in SUBJECT_STOPS \
        and w not in countries and not w.startswith(ORGS)


def _title_rank_name(phrase: str) -> tuple[str, str] | None:
    """(role, name) of a title phrase with a military rank inside it and then one to three words of a name
    («فرمانده کل سپاه سردار X Y» -> «فرمانده کل سپاه», «X Y»); None without one (see :func:`_name_word`)."""
    ws = phrase.split()
    countries = _country_names()
    for j in range(2, len(ws) - 1):
        if ws[j] not in _RANK_FIRST_WORDS:
            continue
        m = _HONORIFIC_RE.match(" ".join(ws[j:]) + " ")
        if m is None:
            continue
        rest = ws[j + len(m.group(0).split()):]
        name = []
        for w in rest[:3]:
            if not _name_word(w, countries):
                break
            name.append(w)
        if name and (len(name) >= 2 or len(rest) == 1):
            return " ".join(ws[:j]), " ".join(name)
        return None
    return None


@lru_cache(maxsize=4096)
def _garbage(name: str) -> bool:
    """A «name» read from a subject phrase that opens with a common word («ادامه تظاهرات», «تهیه طرحی»): not a
    person that a later bare title or «وی» may stand for."""
    return _common_first(name) and not any(x in GIVEN_NAMES for x in fold(name).split())
