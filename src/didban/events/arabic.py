"""PLOVER triggers, context cues and casualty figures for Arabic copy.

Patterns are written in the ``mfold`` form the coder matches on (ي ى -> ی, ك -> ک, ة -> ه, أ إ آ -> ا; ئ
and ؤ kept) and compiled through :func:`_ar`, which lets diacritics and tatweel follow every letter
(«هجوماً», «قُتل»), so offsets into the article stay exact. Casualty figures are read on a copy without
diacritics (only the numbers are needed there).
"""

from __future__ import annotations

import re

from didban.events.lexicon import Trigger
from didban.text.normalize import mfold

_MARK = "[\u0640\u064b-\u0652]*"
_LETTER = re.compile("([\u0621-\u063a\u0641-\u064a\u06a9\u06cc\u0647])")


def _ar(pattern: str) -> str:
    """``pattern`` with optional diacritics and tatweel after each Arabic letter (not inside a ``[...]`` class:
    after the class)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = pattern.index("]", i + 1)
            cls = pattern[i:j + 1]
            out.append(cls + (_MARK if _LETTER.search(cls) else ""))
            i = j + 1
            continue
        out.append(c + _MARK if _LETTER.match(c) else c)
        i += 1
    return "".join(out)


def _t(category: str, mode: str | None, pattern: str, confidence: float, kind: str = "verb") -> Trigger:
    # a word may carry a joined «و», «ف», «ب» or «ل» («وقصفت», «بهجوم»)
    return Trigger(category, mode, re.compile(rf"(?<![\w])(?:[وفبل]{_MARK})?(?:{_ar(pattern)})(?![\w])"), confidence,
                   kind)


AR_TRIGGERS: list[Trigger] = [
    _t("ASSAULT", "aerial", r"(?:غاره|غارات|ضربه|ضربات)(?:\s+(?:جویه|جویتین|صاروخیه))|قصف(?:ت|وا)?(?:\s+(?:جوی|مدفعی|"
                            r"صاروخی|اسراییلی|امریکی))?|(?:طا[ئی]ره|طا[ئی]رات)\s+مسیره|مسیرات|اطلاق\s+صواریخ", 0.8),
    _t("ASSAULT", "explosives", r"(?:تفجیر|انفجار)\s+(?:سیاره\s+مفخخه|عبوه\s+ناسفه|انتحاری)|عبوه\s+ناسفه|سیاره\s+مفخخه|"
                                r"(?:هجوم|تفجیر)\s+انتحاری|حزام\s+ناسف|انتحاری", 0.8, "noun"),
    _t("ASSAULT", "firearms", r"اطلاق\s+(?:نار|النار|الرصاص)|هجوم\s+مسلح|مسلحون|مسلحین|اشتباکات|اشتباک|اشتبک(?:ت|وا)?|"
                              r"تبادل\s+لاطلاق\s+النار", 0.7, "noun"),
    _t("ASSAULT", None, r"هجوم|هجمات|هاجم(?:ت|وا)?|شن(?:ت|وا)?\s+هجوما|استهدف(?:ت|وا)?|مجزره", 0.55, "noun"),
    _t("ASSAULT", "assassination", r"اغتیال|اغتال(?:ت|وا)?", 0.75, "noun"),
    _t("ASSAULT", "abduct", r"اختطاف|اختطف(?:ت|وا)?|خطف(?:ت|وا)?", 0.7, "noun"),
    _t("ASSAULT", None, r"قتل(?:ت|وا)?|مقتل|لقی\s+حتفه|لقوا\s+حتفهم|استشهد(?:ت|وا)?|استشهاد|اصیب(?:ت|وا)?|جرح(?:ت|وا)?",
       0.6, "casualty"),
    _t("COERCE", "arrest", r"اعتقال|اعتقل(?:ت|وا)?|القبض\s+علی|القت\s+القبض|احتجاز|احتجز(?:ت|وا)?|توقیف|اوقف(?:ت|وا)?",
       0.75),
    _t("COERCE", "execute", r"اعدام|اعدم(?:ت|وا)?", 0.7),
    _t("COERCE", "seize", r"مصادره|صادر(?:ت)", 0.6),
    _t("COERCE", None, r"حظر\s+(?:ال)?تجول|ترحیل|قمع", 0.5, "noun"),
    _t("PROTEST", "demonstrate", r"احتجاج|احتجاجات|تظاهره|تظاهرات|مظاهره|مظاهرات|تظاهر(?:وا)?|متظاهرون|متظاهرین|"
                                 r"وقفه\s+احتجاجیه|مسیره\s+احتجاجیه", 0.6, "noun"),
    _t("PROTEST", "strike", r"اضراب|اضرابات|اعتصام|اعتصامات", 0.55, "noun"),
    _t("PROTEST", "riot", r"اعمال\s+شغب|شغب", 0.55, "noun"),
    _t("MOBILIZE", None, r"نشر\s+(?:قوات|تعزیزات)|تعزیزات\s+عسکریه|مناورات|تدریبات\s+عسکریه|حاله\s+(?:تاهب|التاهب|"
                         r"استنفار)|رفع\s+(?:حاله|درجه)\s+التاهب|حشد(?:ت)?\s+(?:قوات|القوات)", 0.6, "noun"),
    _t("THREATEN", None, r"هدد(?:ت|وا)?|تهدید|تهدیدات|توعد(?:ت|وا)?|حذر(?:ت|وا)?|انذار", 0.7),
    _t("SANCTION", None, r"عقوبات|فرض(?:ت)?\s+عقوبات|طرد\s+(?:السفیر|دبلوماسیین|الدبلوماسیین)|قطع\s+العلاقات|"
                         r"استدعاء\s+السفیر|استدع(?:ت|ی)\s+السفیر", 0.65, "noun"),
    _t("ACCUSE", None, r"اتهم(?:ت|وا)?|اتهام|ندد(?:ت|وا)?|ادان(?:ت|وا)?|انتقد(?:ت|وا)?", 0.75),
    _t("REJECT", None, r"رفض(?:ت|وا)?", 0.65),
    _t("REQUEST", None, r"طالب(?:ت|وا)?|دعا\s+(?:الی|الى)|دع(?:ت|وا)\s+(?:الی|الى)|ناشد(?:ت|وا)?", 0.7),
    _t("CONSULT", "meet", r"التقی|التقت|اجتمع(?:ت)?|اجتماع|لقاء|محادثات|مباحثات|مفاوضات|قمه", 0.6, "noun"),
    _t("CONSULT", "visit", r"زار(?:ت)?|زیاره", 0.6),
    _t("CONSULT", "phone", r"اتصال(?:ا)?\s+هاتفی(?:ا)?|مکالمه\s+هاتفیه", 0.75, "noun"),
    _t("AGREE", None, r"وقع(?:ت|ا)?\s+(?:علی\s+)?(?:اتفاق|اتفاقیه|مذکره)|توقیع\s+(?:اتفاق|اتفاقیه|مذکره)|اتفق(?:ت|ا|وا)\s+علی",
       0.75),
    _t("AGREE", "ceasefire", r"وقف\s+(?:اطلاق\s+النار|اطلاق\s+نار)|هدنه", 0.55, "noun"),
    _t("COOPERATE", None, r"تعاون|دوریات\s+مشترکه|عملیه\s+مشترکه", 0.55, "noun"),
    _t("AID", None, r"مساعدات\s+انسانیه|قافله\s+مساعدات|شحنه\s+مساعدات|اغاثه", 0.7, "noun"),
    _t("SUPPORT", None, r"اعرب(?:ت)?\s+عن\s+(?:دعم|تضامن)|تضامن(?:ا)?\s+مع|ایدت|اید", 0.6),
    _t("CONCEDE", "release", r"الافراج\s+عن|افرج(?:ت)?\s+عن|اطلاق\s+سراح|رفع\s+العقوبات", 0.65),
    _t("RETREAT", None, r"انسحاب|انسحب(?:ت|وا)?|سحب\s+(?:القوات|قواتها)", 0.6, "noun"),
]


def _cue(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:[وفبل]{_MARK})?(?:{_ar(words)})(?![\w])")


DENIAL = _cue(r"نفی|نفت|نفوا|شا[ئی]عات|لا\s+اساس\s+له|عار\s+عن\s+الصحه|غیر\s+صحیح|مفبرک")
COMMEMORATION = _cue(r"ذکری|الذکری|احیاء\s+ذکری|تابین|حداد|قبل\s+(?:سنوات|عقود)")
HYPOTHETICAL = _cue(r"اذا|ان\s+تم|فی\s+حال|فی\s+حاله|لو|قد\s+ی\S+|محتمل|احتمال|یمکن|سوف|س[یت]\S+\s+الی|خطه|تخطط|"
                    r"اعتزام|تعتزم|یعتزم")
ACCIDENT = _cue(r"حادث\s+سیر|حوادث\s+سیر|حادث|انقلاب\s+(?:حافله|سیاره)|اصطدام|زلزال|هزه\s+ارضیه|فیضان|فیضانات|سیول|"
                r"حریق|غرق|الصعق|تسمم|انهیار")
SPORTS = _cue(r"کره\s+القدم|مباراه|الدوری|منتخب|لاعب|لاعبین|هدف|اهداف|بطوله|المدرب|الملعب")
NEG_BEFORE = re.compile(r"(?<![\w])" + _ar(r"(?:لم|لن|لا|ما|دون|بدون|عدم|نفی|نفت)") + r"\s+(?:\S+\s+)?$")
MEDIA = _cue(r"وکاله|صحیفه|قناه|موقع|تلفزیون|التلفزیون|اذاعه|مراسل")
THREAT_CUE = _cue(r"هدد\S*|تهدید\S*|توعد\S*|حذر\S*|انتقام|رد\s+(?:قاس|حازم|ساحق)")

# ----------------------------------------------------------------------------------------------- figures

_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنین": 2, "اثنتان": 2, "اثنتین": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4,
    "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثمانی": 8, "ثمانیه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "شخصین": 2, "شخصان": 2,
}
_TENS = {"عشرون": 20, "عشرین": 20, "ثلاثون": 30, "ثلاثین": 30, "اربعون": 40, "اربعین": 40, "خمسون": 50,
         "خمسین": 50, "ستون": 60, "ستین": 60, "سبعون": 70, "سبعین": 70, "ثمانون": 80, "ثمانین": 80, "تسعون": 90,
         "تسعین": 90, "مئه": 100, "مائه": 100, "ماءه": 100, "مییه": 100, "الف": 1000, "الاف": 1000}
_WORD = "|".join(sorted([*_UNITS, *_TENS, "احد", "اثنا", "اثنتا"], key=len, reverse=True))
_NUM = rf"(?:\d{{1,3}}(?:[,٬]\d{{3}})+|\d+|(?:{_WORD})(?:\s+(?:و)?(?:{_WORD}))*)"
_PEOPLE = (r"(?:\s+(?:اشخاص|شخص|شخصا|مدنیین|مدنیا|اطفال|جنود|جندیا|عسکریین|عناصر|عنصرا|مسلحین|مسلحا|افراد|فردا|"
           r"رجال|نساء|متظاهرین|من\s+\S+|اخرین|اخرون)){0,2}")
_DEAD_VERB = r"(?:قتلی|قتیلا|قتیل|شهداء|شهیدا|شهید|قتلوا|لقوا\s+حتفهم|استشهدوا|حتفهم)"
_HURT_VERB = r"(?:جرحی|جریحا|جریح|مصابین|مصابا|مصاب|اصیبوا|اصابات)"
_DEAD_NOUN = r"(?:مقتل|قتل(?:ت|وا)?|استشهاد|استشهد(?:ت|وا)?|سقوط|وفاه|حصیله\s+القتلی|عدد\s+القتلی)"
_HURT_NOUN = r"(?:اصابه|جرح|اصابات|اصیب(?:ت|وا)?|عدد\s+الجرحی|عدد\s+المصابین)"
_UPTO = r"(?:\s+(?:الی|الى|نحو|حوالی|اکثر\s+من|ما\s+لا\s+یقل\s+عن|اقل\s+من))*"
_N = rf"(?:(?<![\w.,])|(?<=(?<![\w])و))(?P<n>{_NUM})(?![\w])"  # «و20 جريحاً»: a joined «و»
_FIGURES = [
    ("dead", re.compile(rf"{_DEAD_NOUN}{_UPTO}\s+{_N}")),
    ("dead", re.compile(rf"{_N}{_PEOPLE}\s+{_DEAD_VERB}")),
    ("injured", re.compile(rf"{_HURT_NOUN}{_UPTO}\s+{_N}")),
    ("injured", re.compile(rf"{_N}{_PEOPLE}\s+{_HURT_VERB}")),
]
_STRIP = re.compile("[\u0640\u064b-\u0652]")
CASUALTY_WORD = re.compile(_ar(r"قتل|مقتل|قتلی|قتیل|شهید|شهداء|استشهاد|استشهد|جرحی|جریح|مصاب|اصیب|اصابه|جرح|حتفه"))


def parse_number(s: str) -> int | None:
    """«خمسة» -> 5, «خمسة وعشرين» -> 25, «ثلاثة عشر» -> 13, «مئة» -> 100, «1,200» -> 1200."""
    s = s.strip()
    if s[:1].isdigit():
        return int(re.sub(r"[,٬]", "", s))
    total, cur = 0, 0
    words = [w[1:] if w.startswith("و") and (w[1:] in _UNITS or w[1:] in _TENS) else w for w in s.split()]
    for i, w in enumerate(words):
        if w in ("احد", "اثنا", "اثنتا") or (w in _UNITS and i + 1 < len(words) and words[i + 1] in ("عشر", "عشره")):
            cur += {"احد": 1, "اثنا": 2, "اثنتا": 2}.get(w) or _UNITS[w]
            continue
        if w in ("عشر", "عشره") and i > 0:
            cur += 10
        elif w in _UNITS:
            cur += _UNITS[w]
        elif w in ("الف", "الاف"):
            total += max(cur, 1) * 1000
            cur = 0
        elif w in _TENS:
            cur += _TENS[w] if _TENS[w] < 100 else 0
            if _TENS[w] == 100:
                cur = max(cur, 1) * 100
        else:
            return None
    return total + cur or None


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """``(dead, injured)`` stated in an Arabic sentence; the largest figure of each kind."""
    t = _STRIP.sub("", mfold(sentence))
    found: dict[str, int] = {}
    for kind, pat in _FIGURES:
        for m in pat.finditer(t):
            n = parse_number(m.group("n"))
            if n and n <= 1_000_000 and n > found.get(kind, 0):
                found[kind] = n
    return found.get("dead"), found.get("injured")
