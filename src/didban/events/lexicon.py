"""PLOVER trigger lexicons (Persian and English) and the context cues that veto or demote them.

Patterns are written in the same-length matching form of :func:`didban.text.normalize.mfold`
(Persian letters, ASCII digits, ZWNJ as a space), so «می‌کنند» is written ``می کنند``.
``_lv(past, present)`` spells the affirmative finite forms of a light verb («کرد، کردند، کرده‌اند،
می‌کنند» ...); negated forms («نکرد»، «نمی‌کنند») start with «ن» and so never match a
pattern anchored at a word start, which is the first guard against negation.

A trigger is ``(category, mode, pattern, confidence, kind)``; ``kind`` is ``verb`` (a finite
verb: the act happened or is reported), ``noun`` (a nominal form: checked for a negated or
modal verb after it) or ``casualty`` (people killed/wounded: an ASSAULT unless the sentence
describes an accident).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLOVER_CATEGORIES = (
    "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SANCTION", "ACCUSE", "REJECT", "REQUEST",
    "CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT",
)
# acts in the world (as opposed to statements): vetoed by commemoration, history, hypotheticals
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AID", "RETREAT", "CONCEDE",
                      "COOPERATE", "AGREE"})


def _lv(past: str, present: str | None = None, *, infinitive: bool = True) -> str:
    """Affirmative finite forms of a verb: past («کرد»، «کردند»، «کرده است»، «کرده بودند»),
    present with «می» («می کنند») and, optionally, the infinitive («کردن»)."""
    perfect = r"(?:\s+(?:است|اند|ام|ایم|بود|بودند|باشد|باشند|شد|شده|شدند|شده اند|شده است))?"
    forms = [rf"{past}(?:م|ی|یم|ید|ند)?", rf"{past}ه{perfect}"]
    if infinitive:
        forms.append(rf"{past}ن(?:ش|شان)?")  # «متهم شدنش»
    if present:
        forms.append(rf"می\s?{present}(?:م|ی|د|یم|ید|ند)")
    return "(?:" + "|".join(forms) + ")"


KARD = _lv("کرد", "کن")
NAMUD = _lv("نمود", "نما")
SHOD = _lv("شد", "شو")
GARDID = _lv("گردید", "گرد")
DAD = _lv("داد", "ده")
GEREFT = _lv("گرفت", "گیر")
RASID = _lv("رسید", "رس")
RASAND = _lv("رساند", "رسان")
ZAD = _lv("زد", "زن")
DASHT = _lv("داشت", None, infinitive=False)
KARD_OR_NAMUD = f"(?:{KARD}|{NAMUD})"
SHOD_OR_GARDID = f"(?:{SHOD}|{GARDID})"
HAPPENED = rf"(?:صورت\s+{GEREFT}|انجام\s+{SHOD_OR_GARDID}|رخ\s+{DAD}|به\s+وقوع\s+پیوست)"
PL = r"(?:\s?(?:ها|های|هایی|ای|ی))?"  # plural / indefinite suffixes on a noun


@dataclass(frozen=True, slots=True)
class Trigger:
    category: str
    mode: str | None
    pattern: re.Pattern[str]
    confidence: float
    kind: str  # verb | noun | casualty
    anchors: tuple[str, ...] = ()  # literal words one of which every match contains (a fast pre-check)


def _split_top(src: str) -> list[str]:
    """The alternatives of ``src`` at nesting depth 0."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            cur.append(src[i:i + 2])
            i += 2
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _closing(src: str) -> int:
    """Index of the parenthesis closing the group that opens ``src``."""
    depth = 0
    for j, c in enumerate(src):
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return j
    return len(src) - 1


def _anchors(src: str) -> tuple[str, ...]:
    """Leading literal words of every alternative of ``src`` (empty when one has none: no pre-check)."""
    words: list[str] = []
    for alt in _split_top(src):
        if alt.startswith("(?:"):
            j = _closing(alt)
            rest = alt[j + 1:]
            if rest[:1] in ("?", "*") or rest.startswith("{0"):
                return ()
            inner = _anchors(alt[3:j])
            if not inner:
                return ()
            words.extend(inner)
            continue
        m = re.match(r"[\u0600-\u06ff]{2,}", alt)
        if not m:
            return ()
        words.append(m.group(0))
    return tuple(dict.fromkeys(words))


def _t(category: str, mode: str | None, pattern: str, confidence: float, kind: str = "verb",
       flags: int = 0) -> Trigger:
    return Trigger(category, mode, re.compile(rf"(?<![\w]){pattern}(?![\w])", flags), confidence, kind,
                   _anchors(pattern))


# --------------------------------------------------------------------------- Persian

# «حمله» that is not an armed attack: propaganda, verbal, heart, cyber, locusts ...
_NOT_ARMED = r"(?!\s?(?:ها|های|ای|ی)?\s+(?:تبلیغاتی|لفظی|رسانه|قلبی|سایبری|کلامی|انتقادی|عصبی|آسم|صرع|ملخ|" \
             r"میگرن|هکری|اینترنتی|سیاسی))"
FA_TRIGGERS: list[Trigger] = [
    # ASSAULT
    _t("ASSAULT", "aerial", r"(?:حمله|حملات|تهاجم)\s?(?:ها|های|ای)?\s+(?:هوایی|پهپادی|موشکی|جنگنده)", 0.8, "noun"),
    _t("ASSAULT", "aerial", rf"(?:بمباران|موشک\s?باران)(?:\s+{KARD_OR_NAMUD}|\s+{SHOD_OR_GARDID})?{PL}", 0.8),
    _t("ASSAULT", "explosives", r"(?:بمب\s?گذاری|عملیات\s+(?:انتحاری|استشهادی|تروریستی)|حمله\s+(?:انتحاری|تروریستی)|"
                                r"انفجار(?:\s?های|\s?ها)?\s+(?:بمب|انتحاری|تروریستی|خودروی\s+بمب|مین)|خودروی\s+بمب\s?گذاری\s+شده|"
                                r"بمب\s+(?:کنار\s+جاده|دست\s?ساز)|انفجار\s+(?:یک|دو|سه)\s+بمب)" + PL, 0.8, "noun"),
    _t("ASSAULT", "firearms", rf"(?:تیراندازی|تیر\s?اندازی|شلیک|گلوله\s?باران|حمله\s+مسلحانه|درگیری\s+مسلحانه)"
                              rf"{PL}(?:\s+{KARD_OR_NAMUD}|\s+{SHOD_OR_GARDID})?", 0.7, "noun"),
    _t("ASSAULT", "artillery", r"(?:خمپاره|توپخانه|راکت)(?:\s?(?:ها|های))?\s+(?:شلیک|پرتاب|به\s+سوی|اصابت)", 0.7,
       "noun"),
    _t("ASSAULT", None, rf"(?:حمله|حملات|تهاجم){_NOT_ARMED}{PL}\s+(?:{KARD_OR_NAMUD}|{HAPPENED})", 0.8),
    _t("ASSAULT", None, rf"(?:مورد|هدف)\s+(?:حمله|حملات|تهاجم|اصابت|هجوم)\s+(?:\S+\s+){{0,4}}?قرار\s+{GEREFT}", 0.8),
    _t("ASSAULT", None, rf"(?:حمله|حملات|تهاجم|هجوم){_NOT_ARMED}{PL}", 0.55, "noun"),
    _t("ASSAULT", None, r"(?:درگیری|درگیری\s?ها|درگیری\s?های|زد\s+و\s+خورد|نبرد)(?!\s+(?:لفظی|ذهنی|کلامی|و\s+نزاع))"
                        r"(?:\s+(?:شدید|مسلحانه|خونین|نظامی))?", 0.5, "noun"),
    _t("ASSAULT", None, rf"درگیر\s+{SHOD}", 0.5),
    _t("ASSAULT", "assassination", rf"ترور(?:\s+{SHOD_OR_GARDID}|\s+{KARD})?", 0.7, "noun"),
    _t("ASSAULT", "abduct", rf"(?:ربوده\s+{SHOD}|آدم\s?ربایی|گروگان\s?گیری|به\s+گروگان\s+{GEREFT}|"
                            rf"ربایش)", 0.7),
    _t("ASSAULT", "physical", rf"(?:ضرب\s+و\s+شتم|کتک\s+{ZAD}|سیلی\s+{ZAD}|مضروب\s+{SHOD_OR_GARDID}|چاقو\s+{ZAD})", 0.75),
    _t("ASSAULT", None, r"(?:خرابکاری|قتل\s?عام|کشتار)", 0.5, "noun"),
    _t("ASSAULT", None, rf"(?:کشته|شهید|مجروح|زخمی|مصدوم)\s+{SHOD_OR_GARDID}", 0.6, "casualty"),
    _t("ASSAULT", None, rf"(?:جان\s+{_lv('باخت', 'باز')}|جان\s+خود\s+را\s+از\s+دست\s+{DAD}|"
                        rf"به\s+(?:شهادت|قتل|هلاکت)\s+(?:{RASID}|{RASAND})|کشتند|زخمی\s+{KARD})", 0.6, "casualty"),
    # COERCE
    _t("COERCE", "arrest", rf"(?:بازداشت|دستگیر)\s+(?:{SHOD_OR_GARDID}|{KARD_OR_NAMUD})", 0.85),
    _t("COERCE", "arrest", r"(?:بازداشت|دستگیری)(?!\s?گاه)(?!\s+(?:شدگان|شده\s?ها))", 0.55, "noun"),
    _t("COERCE", "arrest", r"(?:دستگیر|بازداشت)(?=\s?و)", 0.6),  # «دستگیر و به مراجع قضایی تحویل شد»
    _t("COERCE", "arrest", rf"(?:به\s+زندان\s+(?:افتاد|افتادند|منتقل\s+{SHOD})|زندانی\s+{SHOD}|به\s+(?:\S+\s+){{0,4}}"
                           rf"(?:سال|ماه)\s+(?:حبس|زندان)\s+(?:\S+\s+){{0,2}}محکوم\s+{SHOD_OR_GARDID})", 0.7),
    _t("COERCE", "execute", rf"(?:اعدام\s+(?:{SHOD_OR_GARDID}|{KARD_OR_NAMUD})|به\s+دار\s+آویخته\s+{SHOD}|"
                            rf"حکم\s+اعدام\s+(?:\S+\s+){{0,6}}اجرا\s+{SHOD_OR_GARDID}|به\s+اعدام\s+محکوم\s+{SHOD})", 0.85),
    _t("COERCE", "execute", r"(?<!مجازات\s)(?<!حکم\s)(?<!محکوم\sبه\s)اعدام", 0.55, "noun"),
    _t("COERCE", "seize", rf"(?:توقیف|مصادره|کشف\s+و\s+ضبط|ضبط\s+و\s+توقیف)(?:\s+{SHOD_OR_GARDID}|\s+{KARD_OR_NAMUD})?",
       0.6, "noun"),
    _t("COERCE", None, rf"(?:سرکوب|تبعید|اخراج\s+{SHOD}|ممنوع\s?الخروج|حکومت\s+نظامی|منع\s+آمد\s+و\s+شد)", 0.5, "noun"),
    # PROTEST
    _t("PROTEST", "demonstrate", rf"(?:تجمع|تجمعات|تظاهرات|راهپیمایی|راه\s?پیمایی|تحصن|تظاهرکنندگان|معترضان|"
                                 rf"معترضین)(?:\s+(?:{KARD_OR_NAMUD}|{DAD}|برگزار\s+{SHOD_OR_GARDID}|اعتراضی))?", 0.6,
       "noun"),
    _t("PROTEST", "demonstrate", r"اعتراض\s+(?:کردند|نمودند|کرده\s+اند|نموده\s+اند|می\s?کنند)", 0.6),
    _t("PROTEST", "demonstrate", r"(?:اعتراضات|اعتراض\s+های)\s+(?:خیابانی|مردمی|گسترده|صنفی)", 0.6, "noun"),
    _t("PROTEST", "strike", rf"(?:اعتصاب|اعتصابات)(?:\s+(?:غذا|{KARD_OR_NAMUD}))?|دست\s+از\s+کار\s+کشیدند", 0.7, "noun"),
    _t("PROTEST", "riot", r"(?:آشوب|اغتشاش|اغتشاشات|شورش)(?:\s?(?:ها|های|گران|گرایان))?", 0.55, "noun"),
    # MOBILIZE
    _t("MOBILIZE", None, r"(?:اعزام\s+نیرو|استقرار\s+(?:نیرو|نیروها|نیروهای|سامانه|ناو)|آماده\s?باش|رزمایش|"
                         r"بسیج\s+(?:نیرو|نیروها)|تقویت\s+(?:نیروها|حضور\s+نظامی))", 0.6, "noun"),
    # THREATEN
    _t("THREATEN", None, rf"تهدید\s+(?:{KARD_OR_NAMUD}|به)", 0.8),
    _t("THREATEN", None, r"(?:تهدیدات|اولتیماتوم)(?!\s+(?:امنیتی|جدی\s+امنیتی))", 0.45, "noun"),
    _t("THREATEN", None, rf"هشدار\s+{DAD}", 0.55),
    _t("THREATEN", None, rf"خط\s+و\s+نشان\s+(?:{_lv('کشید', 'کش')})", 0.75),
    _t("THREATEN", None, r"(?:اقدام\s+متقابل|مقابله\s+به\s+مثل)", 0.5, "noun"),
    _t("THREATEN", None, r"(?:پاسخ|انتقام)\s+(?:سخت|قاطع|کوبنده|پشیمان\s?کننده|دندان\s?شکن)", 0.6, "noun"),
    # SANCTION
    _t("SANCTION", None, rf"(?:تحریم|تحریم\s?ها|تحریم\s?های|مجازات\s?های)\s+(?:\S+\s+){{0,5}}?"
                         rf"(?:اعمال\s+(?:{KARD_OR_NAMUD}|{SHOD_OR_GARDID})|وضع\s+{KARD})|تحریم\s+{KARD_OR_NAMUD}", 0.75),
    _t("SANCTION", None, r"(?:تحریم\s?های|تحریم)\s+(?:جدید|تازه)", 0.7, "noun"),
    _t("SANCTION", None, rf"(?:قطع\s+(?:رابطه|روابط)|کاهش\s+(?:روابط|سطح\s+روابط)|اخراج\s+(?:دیپلمات|سفیر)|"
                         rf"فراخواندن\s+سفیر|فراخوانی\s+سفیر|تحریم\s+{KARD}|در\s+فهرست\s+تحریم|تعلیق\s+عضویت)", 0.7,
       "noun"),
    # ACCUSE
    _t("ACCUSE", None, rf"(?:متهم|محکوم)\s+(?:{KARD_OR_NAMUD})", 0.85),
    _t("ACCUSE", None, rf"متهم\s+{SHOD_OR_GARDID}", 0.6),  # was accused («به اتهام» in an arrest report is not coded)
    _t("ACCUSE", None, r"(?:با|ضمن)\s+(?:انتقاد|محکوم\s+کردن|محکومیت)\s+(?:شدید\s+)?از", 0.7),
    _t("ACCUSE", None, rf"(?:انتقاد|گلایه)\s+(?:{KARD_OR_NAMUD})|اعتراض\s+(?:کرد|کرده|نمود|نموده)(?:\s+(?:است|بود))?",
       0.7),  # a crowd's «اعتراض کردند» is a PROTEST, one official's «اعتراض کرد» an objection
    _t("ACCUSE", None, rf"(?:مقصر|مسئول)\s+(?:\S+\s+){{0,3}}?(?:دانست|دانستند|عنوان\s+{KARD}|خواند|خواندند)", 0.6),
    _t("ACCUSE", None, rf"(?:نکوهش|تقبیح|سرزنش)\s+{KARD_OR_NAMUD}|مورد\s+(?:انتقاد|نکوهش)\s+(?:\S+\s+)?قرار\s+{DAD}", 0.75),
    # calling an act shameful, illegal, hostile ...: «این اقدام را شرم‌آور خواند»
    _t("ACCUSE", None, rf"(?:(?:شرم\s?آور|غیرقانونی|غیر\s+قانونی|نامشروع|جنایتکارانه|خصمانه|غیرقابل\s+قبول|"
                       rf"مداخله\s?جویانه|تحریک\s?آمیز|خطرناک|ریاکارانه|بی\s?اساس|مضحک|نژادپرستانه|غیرانسانی|"
                       rf"وحشیانه|ظالمانه|غیرمسئولانه)(?:\s?تر(?:ین)?)?(?:\s+\S+){{0,3}}?|ناقض\s+\S+|نقض\s+آشکار\s+\S+)\s+"
                       rf"(?:خواند|خواندند|دانست|دانستند|توصیف\s+{KARD_OR_NAMUD})", 0.7),
    _t("ACCUSE", None, r"(?:اتهام\s?زنی|انتقادات|انتقاد\s+شدید|ادعا\s+کرد|مقصر|دست\s+داشتن)", 0.5, "noun"),
    # REJECT
    _t("REJECT", None, rf"(?:رد|وتو)\s+{KARD_OR_NAMUD}", 0.75),
    _t("REJECT", None, rf"(?:مخالفت|امتناع|خودداری)\s+(?:{KARD_OR_NAMUD}|(?:\S+\s+){{0,4}}?{KARD_OR_NAMUD})", 0.65),
    _t("REJECT", None, r"(?:نپذیرفت(?:م|ی|یم|ید|ند|ه)?|نخواهد\s+پذیرفت|نخواهیم\s+پذیرفت|مخالفت)", 0.5, "noun"),
    # REQUEST
    _t("REQUEST", None, rf"خواستار\s+(?:\S+\s+){{0,20}}?(?:{SHOD_OR_GARDID})", 0.8),
    _t("REQUEST", None, r"خواهان\s+(?:\S+\s+){0,20}?(?:است|هستند|بود|بودند|شد|شدند)", 0.7),
    _t("REQUEST", None, rf"(?:درخواست|تقاضا|مطالبه)\s+(?:{KARD_OR_NAMUD})", 0.75),
    _t("REQUEST", None, r"از\s+(?:\S+\s+){1,8}?(?:خواست|خواستند|خواسته\s+است|خواسته\s+اند|خواسته\s+ایم|می\s?خواهیم|"
                        r"می\s?خواهد)", 0.7),
    _t("REQUEST", None, r"(?:درخواست|فراخوان|مطالبات)", 0.4, "noun"),
    # CONSULT
    _t("CONSULT", "meet", rf"(?:دیدار|ملاقات|گفت\s?و\s?گو|گفتگو|رایزنی|مذاکره|مذاکرات|نشست)\s+{KARD_OR_NAMUD}", 0.8),
    _t("CONSULT", "meet", r"(?:دیدار|ملاقات|رایزنی|گفت\s?و\s?گوهای|گفتگوهای|دور\s+(?:\S+\s+)?مذاکرات|نشست\s+مشترک|"
                          r"دیدار\s+و\s+گفتگو|اجلاس|کنفرانس|نشست)(?!\s+(?:خبری|مطبوعاتی))(?!\s+(?:با|به)\s+"
                          r"(?:خبرنگار|خبرگزاری|شبکه|روزنامه|رسانه|پایگاه|نشریه))", 0.5, "noun"),
    _t("CONSULT", "visit", rf"(?:سفر|عزیمت)\s+(?:\S+\s+){{0,4}}?{KARD_OR_NAMUD}|به\s+\S+(?:\s+\S+)?\s+سفر\s+{KARD}", 0.6),
    _t("CONSULT", "phone", r"(?:تماس|گفت\s?و\s?گوی|گفتگوی)\s+تلفنی", 0.75, "noun"),
    # AGREE
    _t("AGREE", None, rf"(?:توافق|موافقت)\s+{KARD_OR_NAMUD}|به\s+توافق\s+{RASID}", 0.8),
    _t("AGREE", None, r"(?:توافق\s?نامه|تفاهم\s?نامه|موافقت\s?نامه|قرارداد|پیمان|سند\s+همکاری|بیانیه\s+مشترک)"
                      r"(?:\s?(?:ای|ها|های))?\s+(?:\S+\s+){0,6}?(?:امضا|منعقد|به\s+امضا\s+رسید|مبادله)", 0.8),
    _t("AGREE", None, r"(?:امضای|انعقاد)\s+(?:توافق\s?نامه|تفاهم\s?نامه|موافقت\s?نامه|قرارداد|پیمان|سند)", 0.65, "noun"),
    _t("AGREE", "ceasefire", r"آتش\s?بس", 0.55, "noun"),
    # COOPERATE
    _t("COOPERATE", None, rf"همکاری\s+(?:{KARD_OR_NAMUD})", 0.6),
    _t("COOPERATE", None, r"(?:همکاری|همکاری\s?های)\s+(?:نظامی|امنیتی|اقتصادی|دوجانبه|دو\s+جانبه|مشترک|اطلاعاتی|"
                          r"راهبردی|قضایی)|تبادل\s+اطلاعات|عملیات\s+مشترک", 0.6, "noun"),
    # AID
    _t("AID", None, r"(?:کمک|کمک\s?های|محموله\s?های|محموله)\s+(?:بشردوستانه|انسان\s?دوستانه|امدادی|غذایی|دارویی|"
                    r"پزشکی|نقدی|مالی)", 0.7, "noun"),
    _t("AID", None, rf"(?:اهدا|ارسال\s+کمک|امدادرسانی|امداد\s+رسانی)\s*(?:{KARD_OR_NAMUD}|{SHOD_OR_GARDID})?", 0.5,
       "noun"),
    # SUPPORT
    _t("SUPPORT", None, rf"(?:حمایت|پشتیبانی|جانبداری)\s+(?:{KARD_OR_NAMUD})", 0.75),
    _t("SUPPORT", None, rf"(?:حمایت|پشتیبانی)\s+(?:خود|کامل\s+خود)?\s*(?:را\s+)?(?:\S+\s+){{0,6}}?اعلام\s+{KARD_OR_NAMUD}",
       0.7),
    _t("SUPPORT", None, r"(?:اعلام\s+حمایت|ابراز\s+حمایت|ابراز\s+همبستگی|اعلام\s+همبستگی|همبستگی|حمایت\s+قاطع|"
                        r"حمایت\s+همه\s?جانبه)", 0.6, "noun"),
    _t("SUPPORT", None, r"از\s+(?:\S+\s+){1,6}?حمایت\s+(?:می\s?کنیم|می\s?کند|می\s?کنند)", 0.6),
    # CONCEDE
    _t("CONCEDE", "release", rf"(?:آزاد\s+(?:{SHOD_OR_GARDID}|{KARD_OR_NAMUD})|آزادی\s+(?:\S+\s+){{0,2}}?"
                             rf"(?:زندانی|زندانیان|گروگان|گروگان\s?ها|اسرا|اسیران|بازداشت\s?شدگان)|عفو\s+{SHOD})", 0.7),
    _t("CONCEDE", None, rf"(?:رفع|لغو|تعلیق)\s+(?:تحریم|تحریم\s?ها)(?:\s+{KARD_OR_NAMUD}|\s+{SHOD_OR_GARDID})?", 0.5,
       "noun"),
    _t("CONCEDE", None, rf"تقلیل\s+(?:داد|دادند|یافت)|تخفیف\s+(?:مجازات|حکم)|عقب\s+{KARD}", 0.65),
    # RETREAT
    _t("RETREAT", None, rf"(?:عقب\s?نشینی|خروج\s+(?:نیروها|نیروهای|نظامیان|سربازان))(?:\s+{KARD_OR_NAMUD})?", 0.55,
       "noun"),
]

# --------------------------------------------------------------------------- English
_I = re.IGNORECASE
EN_TRIGGERS: list[Trigger] = [
    _t("ASSAULT", "aerial", r"(?:air\s?strikes?|drone\s+(?:strike|attack)s?|bombed|bombing\s+raids?|missile\s+strikes?|"
                            r"shelled|bombard(?:ed|ment))", 0.8, "verb", _I),
    _t("ASSAULT", "explosives", r"(?:suicide\s+bomb(?:ing|er)s?|car\s+bombs?|roadside\s+bombs?|bomb\s+(?:blast|attack)s?|"
                                r"ied|explosive\s+device)", 0.8, "noun", _I),
    _t("ASSAULT", "firearms", r"(?:opened\s+fire|gunmen|gunfire|shot\s+dead|shooting|shot\s+at)", 0.7, "noun", _I),
    _t("ASSAULT", None, r"(?:attacked|attacks?|clash(?:ed|es)?|fighting|stormed|ambush(?:ed)?|massacre)", 0.55,
       "noun", _I),
    # people killed: an assault unless the sentence tells an accident («a quake that killed 600»)
    _t("ASSAULT", None, r"killed", 0.55, "casualty", _I),
    _t("ASSAULT", "assassination", r"assassinat(?:ed|ion)", 0.75, "noun", _I),
    _t("ASSAULT", "abduct", r"(?:kidnapp?(?:ed|ing)|abduct(?:ed|ion)|taken\s+hostage)", 0.7, "noun", _I),
    _t("ASSAULT", None, r"(?:were|was)\s+(?:killed|wounded|injured)", 0.6, "casualty", _I),
    _t("COERCE", "arrest", r"(?:arrested|detained|arrests|detention|rounded\s+up|jailed|imprisoned)", 0.75, "verb", _I),
    _t("COERCE", "execute", r"(?:executed|execution|hanged)", 0.7, "verb", _I),
    _t("COERCE", "seize", r"(?:seized|confiscated|impounded)", 0.65, "verb", _I),
    _t("COERCE", None, r"(?:crackdown|curfew|deported|banned)", 0.5, "noun", _I),
    _t("PROTEST", "demonstrate", r"(?:protest(?:ed|ers|s)?|demonstrat(?:ed|ion|ions|ors)|rall(?:y|ied|ies)|"
                                 r"marched|sit-in)", 0.6, "noun", _I),
    _t("PROTEST", "strike", r"(?:strike|strikes|went\s+on\s+strike|walkout|hunger\s+strike)(?!\s+(?:on|against))",
       0.55, "noun", _I),
    _t("PROTEST", "riot", r"(?:riot(?:s|ed|ing)?|unrest)", 0.55, "noun", _I),
    _t("MOBILIZE", None, r"(?:deployed|deployment|mobiliz(?:ed|ation)|military\s+(?:exercise|drills?)|"
                         r"on\s+(?:high\s+)?alert|troops\s+massed)", 0.6, "noun", _I),
    _t("THREATEN", None, r"(?:threaten(?:ed|s)?|warned|ultimatum|vowed\s+to\s+retaliate|vowed\s+revenge)", 0.7, "verb",
       _I),
    _t("SANCTION", None, r"(?:sanction(?:ed|s)?|embargo|expelled\s+(?:\w+\s+)?diplomats|severed\s+ties|"
                         r"cut\s+(?:diplomatic\s+)?ties|recalled\s+(?:its\s+)?ambassador)", 0.65, "noun", _I),
    _t("ACCUSE", None, r"(?:accus(?:ed|es|ing)|condemn(?:ed|s)?|criticiz(?:ed|es)|criticis(?:ed|es)|blamed|"
                       r"denounced)", 0.75, "verb", _I),
    _t("REJECT", None, r"(?:reject(?:ed|s)?|refused|vetoed|turned\s+down|dismissed\s+(?:the|a)\s+(?:call|request|"
                       r"demand|proposal))", 0.7, "verb", _I),
    _t("REQUEST", None, r"(?:called\s+(?:on|for)|urged|demanded|asked\s+\w+(?:\s+\w+)?\s+to|appealed|requested)",
       0.7, "verb", _I),
    _t("CONSULT", "meet", r"(?:met\s+with|met|talks|held\s+talks|meeting|summit|negotiat(?:ed|ions|ing))", 0.6, "noun",
       _I),
    _t("CONSULT", "visit", r"(?:visited|visit\s+to|arrived\s+in)", 0.6, "verb", _I),
    _t("CONSULT", "phone", r"(?:phone\s+call|spoke\s+by\s+phone|telephone\s+conversation)", 0.75, "noun", _I),
    _t("AGREE", None, r"(?:signed\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}(?:agreement|deal|accord|memorandum|treaty)|"
                      r"agreed\s+to|reached\s+(?:an?\s+)?(?:agreement|deal)|memorandum\s+of\s+understanding)", 0.75,
       "verb", _I),
    _t("AGREE", "ceasefire", r"cease-?fire|truce", 0.55, "noun", _I),
    _t("COOPERATE", None, r"(?:cooperat(?:ed|ion)|joint\s+(?:operation|patrol|exercise)s?)", 0.55, "noun", _I),
    _t("AID", None, r"(?:humanitarian\s+(?:aid|assistance)|aid\s+(?:convoy|shipment)s?|donated|relief\s+supplies|"
                    r"delivered\s+aid)", 0.7, "noun", _I),
    _t("SUPPORT", None, r"(?:expressed\s+support|endorsed|backed|voiced\s+support|solidarity\s+with)", 0.65, "verb", _I),
    _t("CONCEDE", "release", r"(?:(?<!treated and )released(?!\s+from\s+(?:the\s+)?hospital)|freed|pardoned"
                             r"|lifted\s+(?:the\s+)?sanctions|eased\s+(?:the\s+)?sanctions)",
       0.65, "verb", _I),
    _t("RETREAT", None, r"(?:withdrew|withdrawal\s+of|pulled\s+out|retreated)", 0.6, "verb", _I),
]

# --------------------------------------------------------------------------- context cues (folded form)


def _cue(words: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", flags)


# a sentence that denies the reported act: no event in it
DENIAL = _cue(r"تکذیب|تکذیب\s?کرد|شایعه|شایعات|کذب|صحت\s+ندارد|واقعیت\s+ندارد|صحت\s+نداشت|denied|denies|deny|"
              r"false\s+reports?|rumou?rs?|fake\s+news", re.IGNORECASE)
# past events recalled, anniversaries and commemorations: material acts not coded
COMMEMORATION = _cue(r"سالگرد|سالروز|بزرگداشت|یادبود|یادواره|گرامیداشت|گرامی\s+داشت|سوگواری|عزاداری|دفاع\s+مقدس|"
                     r"جنگ\s+تحمیلی|هشت\s+سال|دوران\s+(?:جنگ|انقلاب|پهلوی|ستم\s?شاهی)|سال\s+(?:57|1357|۵۷|60|1360)|"
                     r"تاریخ\s+(?:کشور|معاصر)|قیام|مقتل|جبهه\s?های\s+(?:حق|جنگ|نبرد)|جبهه\s+حق\s+علیه\s+باطل|شهادت\s+(?:امام|حضرت)|anniversary|commemorat\w*|memorial|"
                     r"remembrance", re.IGNORECASE)
# conditional / future / modal talk: not an act (an ASSAULT in it may be a threat)
HYPOTHETICAL = _cue(r"اگر|چنانچه|در\s+صورت|درصورت|در\s+صورتی|درصورتی|هرگونه|هر\s+گونه|احتمال|احتمالا|ممکن|امکان|"
                    r"قرار\s+است|قرار\s+بود|پیش\s?بینی|باید|خواهد|خواهند|خواهیم|نباید|قصد|در\s+نظر\s+دارد|برنامه\s+ریزی|می\s?تواند|می\s?توانند|"
                    r"بر\s+اساس\s+این\s+(?:طرح|لایحه)|مکلف|موظف|"
                    r"if|would|could|might|may|will|plans?\s+to|intends?\s+to|threatens?\s+to", re.IGNORECASE)
# purpose, permission, request: the act is wanted, not done («جهت آزادی زندانیان»، «مجوز تجمع»)
PURPOSE_BEFORE = re.compile(r"(?:جهت|برای|به\s+منظور|در\s+راستای|کمک\s+به|درخواست|مجوز|اجازه|طرح|نقشه|سناریوی|"
                            r"in\s+order\s+to|permit\s+for|request\s+for)(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
# the cue words that give an ASSAULT found without a mode its mode
ASSAULT_MODES = [
    ("aerial", re.compile(r"پهپاد|هوایی|جنگنده|بمباران|موشک|drone|air\s?strike|aircraft|missile", re.IGNORECASE)),
    ("explosives", re.compile(r"بمب|انتحاری|انفجار|مین|explosi|bomb", re.IGNORECASE)),
    ("firearms", re.compile(r"تیراندازی|گلوله|شلیک|مسلح|تفنگ|کلاشینکف|gun|shot|shooting|rifle", re.IGNORECASE)),
    ("artillery", re.compile(r"خمپاره|توپخانه|راکت|mortar|artillery|shell", re.IGNORECASE)),
]
# a meeting called off or moved: no meeting
CALLED_OFF = _cue(r"لغو|موکول|به\s+تعویق|تعویق|برنامه\s?ریزی\s+شده|از\s+پیش\s+تعیین\s+شده|cancel\w*|postpone\w*",
                  re.IGNORECASE)
# «X را رد کرد / تکذیب کرد»: the clause before it is what is rejected, not a reported act
REJECTED_CLAUSE = re.compile(r"را\s+(?:رد|تکذیب)\s+(?:کرد|کردند|کرده|نمود|نمودند)")
THREAT_CUE = _cue(r"تهدید|هشدار|انتقام|پاسخ\s+(?:سخت|قاطع|کوبنده)|threat\w*|warn\w*|vow\w*", re.IGNORECASE)
# accidents and disasters: casualties without an attacker
ACCIDENT = _cue(r"تصادف|تصادفات|واژگونی|واژگون|سانحه|سقوط|زلزله|زمین\s?لرزه|سیل|سیلاب|سیل\s?آسا|صاعقه|گردباد|"
                r"وزش\s+باد|تندباد|باد\s+شدید|نشت\s?گاز|آتش\s?سوزی|حریق|غرق|غرق\s?شدگی|برق\s?گرفتگی|"
                r"گازگرفتگی|مسمومیت|ریزش|رانش|انفجار\s+(?:گاز|کپسول|مخزن|دیگ)|حادثه\s+(?:رانندگی|کار|اتوبوس|قطار|ریلی|جاده\s?ای)|بیماری|بیمار|بیماران|"
                r"مبتلا|مبتلایان|ابتلا|"
                r"کرونا|کووید|accident|crash|earthquake|quake|tremor|landslide|avalanche|storm|flood\w*|blaze|collapse|covid|"
                # a fire, not gunfire («exchange fire», «opened fire», «under fire», «ceasefire»)
                r"(?<!exchange )(?<!exchanged )(?<!open )(?<!opened )(?<!returned )(?<!under )(?<!cease)(?<!cease-)fire|"
                r"disease",
                re.IGNORECASE)
# sports: «حمله»، «دیدار»، «درگیری» in a match are not events
SPORTS = _cue(r"فوتبال|فوتسال|والیبال|بسکتبال|هندبال|کشتی\s?گیر|بازیکن|بازیکنان|دروازه\s?بان|گلزنی|لیگ|"
              r"جام\s+(?:حذفی|جهانی|ملت|باشگاه)|مربی|سرمربی|هوادار|هواداران|ورزشگاه|مسابقه|مسابقات|"
              r"قهرمانی|نیمه\s+نهایی|تیم\s+ملی|تساوی|پنالتی|داور|football|soccer|league|striker|goalkeeper|coach|"
              r"stadium|tournament|championship", re.IGNORECASE)
# a negated verb just after a nominal trigger: «حمله‌ای صورت نگرفت»، «بازداشت نشده‌اند»
NEG_AFTER = re.compile(r"^(?:\s+\S+){0,3}?\s+(?:ن(?:شد|شده|شدند|شو|کرد|کرده|کردند|کن|گرفت|گرفته|گیر|داد|داده|ده|داشت|"
                       r"داشته|دار|رسید|رسیده|رس|می|مود|موده|ما|ماند|پیوست|گردید|گرد)\S*|نیست|نبود\S*)(?![\w])")
# a negated verb inside a verb trigger that spans words: «از هیچ کشوری درخواست نکردیم که ... می‌خواهیم»
NEG_INSIDE = re.compile(r"(?<![\w])(?:ن(?:کرد|کن|شد|شو|داد|ده|گرفت|گیر|داشت|دار|رسید|خواست|خواه|می)\S*|هیچ)(?![\w])")
# a mention that names a news outlet or platform, not an actor of the event
MEDIA = _cue(r"خبرگزاری|روزنامه|شبکه|پایگاه|سایت|رادیو|تلویزیون|نشریه|هفته\s?نامه|ماهنامه|فیس\s?بوک|توییتر|"
             r"تلگرام|اینستاگرام|news|agency|newspaper|tv|radio", re.IGNORECASE)
# verbal «attacks»: debates, statements, the press
VERBAL_CONTEXT = _cue(r"مناظره|مناظرات|سخنان|اظهارات|توییت|توئیت|تبلیغاتی|رسانه\s?ای|انتقاد|منتقدان|debate|remarks|"
                      r"tweet\w*", re.IGNORECASE)
NEG_BEFORE = re.compile(r"(?:هیچ|عدم|بدون|no|not|never|without|didn't|did\s+not|was\s+not|were\s+not|no\s+one)"
                        r"(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
# a subjunctive or future verb after a nominal trigger: «بازداشت شود»، «حمله کنند»، «تحریم خواهد شد»
MODAL_AFTER = re.compile(r"^(?:\s+\S+){0,2}?\s+(?:شود|شوند|کند|کنند|کنیم|گردد|بشود|بکنند|بزنند|دهد|دهند|گیرد|"
                         r"گیرند|بگیرد|بدهد|نماید|نمایند|"
                         r"خواهد|خواهند|خواهیم)(?![\w])")
