"""Casualty figures (dead, injured) stated in a sentence, Persian and English.

Works on the same-length matching form (``mfold``: Persian/Arabic digits are ASCII, ZWNJ is a
space). Numbers are digits («۱۲»، "1,200") or number words («سه»، «بیست و سه»، «دو هزار»،
"four", "twenty-one"). A figure counts when it sits next to a casualty word: «سه نفر کشته»،
«کشته شدن ۵ مرزبان»، «۱۲ تن زخمی»، «دو شهید»، "killing 4", "4 people were wounded".
Several figures for the same kind in one sentence: the largest (a toll that "rose to" a figure
repeats the smaller one; figures are never summed). Vague amounts («ده‌ها»، "dozens") give none.
"""

from __future__ import annotations

import re

from didban.text.lexicon import PERSIAN_NUMBER_WORDS
from didban.text.normalize import mfold

_FA_UNITS = PERSIAN_NUMBER_WORDS
_FA_SCALES = {"هزار": 1000, "میلیون": 1_000_000}
_EN_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_FA_WORD = "|".join(sorted([*_FA_UNITS, *_FA_SCALES], key=len, reverse=True))
_EN_WORD = "|".join(sorted([w for w in [*_EN_UNITS, *_EN_SCALES] if w not in ("a", "an")], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:[,٬]\d{3})+|\d+"
# «بیست و سه»، «دو هزار و پانصد»، "twenty-one", "two hundred and five"
_FA_NUM = rf"(?:{_FA_WORD})(?:\s+(?:و\s+)?(?:{_FA_WORD}))*"
_EN_NUM = rf"(?:{_EN_WORD})(?:[\s-]+(?:and\s+)?(?:{_EN_WORD}))*"
NUM = rf"(?:{_DIGITS}|{_FA_NUM}|{_EN_NUM})"
_NUM_B = rf"(?:(?<![\d.,]){_DIGITS}|(?<![\w.,])(?:{_FA_NUM}|{_EN_NUM}))"  # with its left boundary

_N = rf"(?P<n>{_NUM_B})(?![\w])"
_PEOPLE = r"(?:\s+(?:نفر|تن|شهروند|فرد|غیرنظامی|نظامی|سرباز|مرزبان|پلیس|مامور|نیرو|کودک|زن|دانش آموز|عضو|تروریست|" \
          r"فلسطینی|اسرائیلی|صهیونیست|معترض|کارگر|مسافر|زائر|رزمنده|شبه نظامی|افغان|عراقی|سوری|لبنانی|یمنی)" \
          r"(?:ها|های|ان)?(?:\s+(?:دیگر|از\s+\S+))?|\s+از\s+(?:آن\s+ها|\S+))?"
_ADJ = r"(?:\s+(?:دیگر|هم|نیز|را))*"
_FA_DEAD = r"(?:کشته|شهید|قربانی|جان\s+باخته|جان\s+باختن|جان\s+خود\s+را\s+از\s+دست|جان\s+باخت|فوت|مرده|کشتار|" \
           r"به\s+(?:شهادت|قتل|هلاکت)\s+رس(?:ید|اند)|به\s+کام\s+مرگ\s+(?:فرستاد|کشاند|کشید)|هلاک)"
_FA_HURT = r"(?:زخمی|مجروح|مصدوم|آسیب\s+دیده|جراحت)"
_FA_DEAD_NOUN = r"(?:کشته\s+شدن|شهادت|جان\s+باختن|قتل|کشتن|مرگ|کشته\s+شدگان|کشته\s+ها|تلفات|شمار\s+کشته\s+ها|" \
                r"شمار\s+کشته\s+شدگان|شمار\s+قربانیان|تعداد\s+کشته\s+ها|تعداد\s+کشته\s+شدگان|شمار\s+شهدا|شهدای)"
_FA_HURT_NOUN = r"(?:زخمی\s+شدن|مجروح\s+شدن|مصدومیت|زخمی\s+کردن|مجروح\s+کردن|شمار\s+زخمی\s+ها|تعداد\s+مجروحان|" \
                r"شمار\s+مجروحان|تعداد\s+زخمی\s+ها|زخمی\s+شدگان)"
_TO = r"(?:\s+(?:به|تا|حداقل|دستکم|دست\s+کم|کم\s+کم|بیش\s+از|کمتر\s+از|حدود|رسید\s+به|تاکنون|اکنون|هم\s+اکنون|" \
      r"نیز|هم))*\s+"
_EN_DEAD = r"(?:killed|dead|died|deaths?|fatalities|lost\s+their\s+lives|were\s+killed|martyred|slain)"
_EN_HURT = r"(?:injured|wounded|hurt|injuries|casualties)"
_EN_PEOPLE = r"(?:\s+(?:people|persons|civilians|soldiers|troops|police(?:men)?|officers|militants|protesters|" \
             r"children|women|men|others|guards|fighters|palestinians|israelis|iranians|members))?" \
             r"(?:\s+(?:were|have\s+been|had\s+been|was|are|been))?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # «سه نفر کشته»، «۱۲ تن زخمی»، «دو شهید»، «۵ مرزبان به شهادت رسیدند»
    ("dead", re.compile(rf"{_N}{_PEOPLE}{_ADJ}\s+{_FA_DEAD}")),
    ("injured", re.compile(rf"{_N}{_PEOPLE}{_ADJ}\s+{_FA_HURT}")),
    # «کشته شدن ۵ مرزبان»، «شمار کشته‌ها به ۲۰ نفر رسید»
    ("dead", re.compile(rf"{_FA_DEAD_NOUN}{_TO}?\s*{_N}")),
    ("injured", re.compile(rf"{_FA_HURT_NOUN}{_TO}?\s*{_N}")),
    # «شمار کشته‌های این انفجار به پنج نفر رسید»: a toll some words before its figure
    ("dead", re.compile(rf"(?:شمار|تعداد|آمار)\s+(?:کل\s+)?(?:کشته|قربانیان|شهدا|جان\s?باختگان)\S*(?:\s+[^\s\d]+){{0,5}}?"
                        rf"\s+(?:به|از){_TO}?\s*{_N}")),
    ("injured", re.compile(rf"(?:شمار|تعداد|آمار)\s+(?:کل\s+)?(?:زخمی|مجروح|مصدوم)\S*(?:\s+[^\s\d]+){{0,5}}?"
                           rf"\s+(?:به|از){_TO}?\s*{_N}")),
    # «... ۳ کشته و ۵ زخمی» after an earlier figure: «۳ کشته و ۵ زخمی»
    ("injured", re.compile(rf"{_FA_DEAD}\S*\s+و\s+{_N}{_PEOPLE}\s+{_FA_HURT}")),
    # "4 people were killed", "12 wounded", "killing 4", "wounding at least 12", "death toll rose to 20"
    ("dead", re.compile(rf"{_N}{_EN_PEOPLE}\s+{_EN_DEAD}", re.IGNORECASE)),
    ("injured", re.compile(rf"{_N}{_EN_PEOPLE}\s+{_EN_HURT}", re.IGNORECASE)),
    ("dead", re.compile(rf"(?:killing|killed|kills|death\s+toll\s+(?:rose|climbed|rises|reached|stands|stood|of|at))"
                        rf"(?:\s+(?:to|at|least|about|some|nearly|more|than|over|around))*\s+{_N}", re.IGNORECASE)),
    ("injured", re.compile(rf"(?:wounding|injuring|wounded|injured)(?:\s+(?:at|least|about|some|nearly|more|than|"
                           rf"over|around|another))*\s+{_N}", re.IGNORECASE)),
]


# a list of counted groups before a casualty verb, possibly some words away: «دو خدمه این کشتی که ... کشته
# شدند»، «چهار ایرانی و سه سوری در این حمله کشته شده‌اند»، «کشته شدن یک شهروند بریتانیایی و یک شهروند رومانیایی»
_HEADS = r"(?:نفر|تن|شهروند|فرد|غیرنظامی|نظامی|سرباز|مرزبان|پلیس|مامور|نیرو|کودک|نوجوان|جوان|زن|مرد|دانش\s+آموز|" \
         r"عضو|تروریست|صهیونیست|معترض|کارگر|مسافر|زائر|رزمنده|خدمه|ملوان|سرنشین|تبعه|پاسدار|بسیجی|مهاجر|پناهجو|" \
         r"دانشجو|خبرنگار|فرمانده|محافظ|نگهبان|شبه\s+نظامی|تفنگدار|افسر|جنگجو|شورشی|ستیزه\s?جو|داعشی|طالب|" \
         r"پیشمرگ|تبعه|اتباع)(?:ها|های|ان)?"
_NOT_NISBA = r"(?!(?:کشتی|هوایی|دریایی|زمینی|انتحاری|تروریستی|امنیتی|انتظامی|خودرویی|نظامی\s+گری|روزی|ماهی|سالی|" \
             r"هفته\s+ای|بار|باری|مرحله|دوره)(?![\w]))"
_NISBA = rf"{_NOT_NISBA}[^\s\d.,،؛]{{2,}}ی(?![\w])"
_GROUP = rf"{_NUM_B}\s+(?:(?:نفر|تن)\s+)?(?:{_HEADS}|{_NISBA})(?:\s+{_NISBA})?"
_LIST = rf"{_GROUP}(?:\s*(?:،|,|و)\s*{_GROUP})*"
_GAP_STOP = r"(?:یکی|دیگری|برخی|تعدادی|بعضی|همه|چندین|شماری|ده|دهها|صدها|هزاران|کشته|زخمی|مجروح|شهید|مصدوم)(?![\w])"
_GAP = rf"[»”\"')\]]?(?:\s+(?!{_GAP_STOP})[^\s.؛!?؟]+){{0,14}}?"  # words (no other toll) between
_LISTS: list[tuple[str, re.Pattern[str]]] = [
    ("dead", re.compile(rf"(?P<list>{_LIST}){_GAP}\s+(?:{_FA_DEAD})")),
    ("injured", re.compile(rf"(?P<list>{_LIST}){_GAP}\s+(?:{_FA_HURT})")),
    ("dead", re.compile(rf"{_FA_DEAD_NOUN}{_TO}?\s*(?P<list>{_LIST})")),
    ("injured", re.compile(rf"{_FA_HURT_NOUN}{_TO}?\s*(?P<list>{_LIST})")),
]
_NUM_IN_LIST = re.compile(rf"{_NUM_B}(?![\w])")


_ONE_DEAD = re.compile(r"(?<![\w])(?:(?:کشته|شهید)\s+(?:شد|گردید)|جان\s+باخت|جان\s+خود\s+را\s+از\s+دست\s+داد|"
                       r"به\s+(?:شهادت|قتل|هلاکت)\s+رسید)(?![\w])|(?:was|has\s+been)\s+killed", re.IGNORECASE)
_ONE_HURT = re.compile(r"(?<![\w])(?:زخمی|مجروح|مصدوم)\s+(?:شد|گردید)(?![\w])|(?:was|has\s+been)\s+(?:wounded|injured)",
                       re.IGNORECASE)
_CUMULATIVE = re.compile(r"(?<![\w])(?:از\s+ابتدای|از\s+آغاز|از\s+زمان|در\s+مجموع|مجموعا|since\s+the\s+(?:start|beginning)|"
                         r"so\s+far\s+this\s+year|in\s+total)(?![\w])", re.IGNORECASE)


def parse_number(s: str) -> int | None:
    """Digits or Persian/English number words to an int («بیست و سه» 23, "twenty-one" 21, «۱۲» 12)."""
    s = mfold(s).strip().lower()
    if not s:
        return None
    digits = s.replace(",", "").replace("٬", "")
    if digits.isdigit():
        return int(digits)
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", s):
        if w in ("و", "and", ""):
            continue
        if w in _FA_UNITS or w in _EN_UNITS:
            current += _FA_UNITS.get(w, _EN_UNITS.get(w, 0))
            seen = True
        elif w in _FA_SCALES or w in _EN_SCALES:
            scale = _FA_SCALES.get(w) or _EN_SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """``(dead, injured)`` stated in ``sentence`` (None when not stated); the largest figure of each kind."""
    t = mfold(sentence)
    found: dict[str, int] = {}
    for kind, pat in _PATTERNS:
        for m in pat.finditer(t):
            word = m.group("n")
            if word.strip() in ("نه", "یه", "سی", "ده") and not re.match(r"\s+(?:نفر|تن)", t[m.end("n"):]):
                continue  # «نه» (no), «سی» ... only as a count of people
            n = parse_number(word)
            if n is None or n <= 0 or n > 1_000_000:
                continue
            if kind not in found or n > found[kind]:
                found[kind] = n
    strict = set(found)
    for kind, pat in _LISTS:
        if kind in strict and pat.pattern.startswith("(?P<list>"):
            continue  # a figure next to its verb beats one some words away
        for m in pat.finditer(t):
            nums = [parse_number(x) for x in _NUM_IN_LIST.findall(m.group("list"))]
            if not nums or any(x is None or x <= 0 for x in nums):
                continue
            n = sum(nums)  # type: ignore[arg-type]  # distinct groups of one list add up
            if n <= 1_000_000 and (kind not in found or n > found[kind]):
                found[kind] = n
    # one person, no figure: «... در بیمارستان جان باخت»، «یک مامور زخمی شد» (singular verb, not «شدند»)
    if "dead" not in found and _ONE_DEAD.search(t):
        found["dead"] = 1
    if "injured" not in found and _ONE_HURT.search(t):
        found["injured"] = 1
    return found.get("dead"), found.get("injured")


def cumulative(sentence: str) -> bool:
    """A running total («از ابتدای سال ... بیش از ۱۸۰ نفر کشته شده‌اند»), not one event's toll."""
    return bool(_CUMULATIVE.search(mfold(sentence)))
