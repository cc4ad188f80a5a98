"""Dates in text, metadata and links: Jalali and Gregorian, relative days, Fars link ids.

All results are timezone-aware UTC datetimes. A date without a time of day is taken at 12:00
Asia/Tehran (so its UTC form stays on the same calendar day).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import jdatetime

from didban.text.normalize import mfold

TEHRAN = ZoneInfo("Asia/Tehran")

JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "مای": 5, "ژوئن": 6,
    "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Arabic Gregorian month names (Egyptian/Gulf and Levantine), in ``mfold`` form; read only with a year
# («5 ديسمبر 2026», «12 تشرين الثاني/نوفمبر 2026»): «نیسان» and «آب» are Persian words too
ARABIC_MONTHS = {
    "ینایر": 1, "فبرایر": 2, "مارس": 3, "ابریل": 4, "مایو": 5, "یونیو": 6, "یونیه": 6, "یولیو": 7, "یولیه": 7,
    "اغسطس": 8, "سبتمبر": 9, "اکتوبر": 10, "نوفمبر": 11, "دیسمبر": 12, "کانون الثانی": 1, "شباط": 2, "آذار": 3,
    "اذار": 3, "نیسان": 4, "ایار": 5, "حزیران": 6, "تموز": 7, "آب": 8, "ایلول": 9, "تشرین الاول": 10,
    "تشرین الثانی": 11, "کانون الاول": 12,
}
RELATIVE_DAYS = {
    "امروز": 0, "دیروز": -1, "پریروز": -2, "فردا": 1, "پس فردا": 2, "روز گذشته": -1, "روز قبل": -1,
    "روز پیش": -1, "دیشب": -1, "امشب": 0,
    "today": 0, "yesterday": -1, "tomorrow": 1, "الیوم": 0, "امس": -1, "غدا": 1,  # Arabic
}

_ORDINAL_UNITS = {"یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8,
                  "نهم": 9}
# «دوازدهم آبان ۱۴۰۳», «بیست و یکم خرداد»: the day as an ordinal word (in ``mfold`` form: ZWNJ as a space)
ORDINAL_DAYS = {**_ORDINAL_UNITS, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13,
                "چهاردهم": 14, "پانزدهم": 15, "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هیفدهم": 17, "هجدهم": 18,
                "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20, "سی ام": 30, "سیام": 30, "سی و یکم": 31}
ORDINAL_DAYS.update({f"بیست و {k}": 20 + v for k, v in _ORDINAL_UNITS.items() if k != "اول"})
# weekdays («سه شنبه» in ``mfold`` form), Saturday first as in Iran: Python's weekday() of each
WEEKDAYS = {"شنبه": 5, "یکشنبه": 6, "یک شنبه": 6, "دوشنبه": 0, "دو شنبه": 0, "سه شنبه": 1, "سهشنبه": 1,
            "چهارشنبه": 2, "چهار شنبه": 2, "پنجشنبه": 3, "پنج شنبه": 3, "جمعه": 4}
_J_NAMES = "|".join(sorted(JALALI_MONTHS, key=len, reverse=True))
_ORD_NAMES = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
_WD_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_G_NAMES = "|".join(sorted(GREGORIAN_MONTHS, key=len, reverse=True))
_REL = "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True))
_AR_NAMES = "|".join(sorted(ARABIC_MONTHS, key=len, reverse=True))
_NB = r"(?![\w])"
_DIGIT = re.compile(r"\d")
_PATTERNS = [
    # «۱۴ خرداد ۹۸»: a two-digit Jalali year, only where nothing follows it but a mark, a dash or a time («۱۴ خرداد
    # ۹۸ نفر» is a count of 98)
    ("d_jmonth_yy", re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:ام\s+)?({_J_NAMES})(?:\s*ماه)?\s+(\d{{2}})"
                               r"(?=\s*(?:$|[-–،,.؛:)\]\n]|ساعت|\d{1,2}\s*:))")),
    ("ymd", re.compile(r"(?<![\d/])(1[34]\d\d|19\d\d|20\d\d)\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/])")),
    ("dmy", re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(1[34]\d\d|19\d\d|20\d\d)(?![\d/])")),
    ("d_month_y", re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:ام\s+)?({_J_NAMES}|{_G_NAMES})(?:\s*(?:ماه|month))?"
                             rf"(?:\s*(?:سال\s*|,\s*)?(1[34]\d\d|19\d\d|20\d\d))?{_NB}", re.IGNORECASE)),
    ("month_d_y", re.compile(rf"(?<!\w)({_G_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(19\d\d|20\d\d){_NB}",
                             re.IGNORECASE)),
    ("d_armonth_y", re.compile(rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({_AR_NAMES})(?:\s*/\s*(?:{_AR_NAMES}))?"
                               r"\s+(?:عام\s+|سنه\s+)?(19\d\d|20\d\d)(?!\d)")),
    ("ord_jmonth", re.compile(rf"(?<![\w])({_ORD_NAMES})\s+({_J_NAMES})(?:\s*ماه)?(?:\s+(?:سال\s*)?(1[34]\d\d))?{_NB}")),
    # «پنجشنبه گذشته», «دوشنبه هفته آینده»: a weekday before or after the reference date (a bare «روز دوشنبه»
    # may be either: not read)
    ("weekday", re.compile(rf"(?<![\w])({_WD_NAMES})\s+(?:هفته\s+)?(گذشته|پیش|قبل|آینده|بعد){_NB}"
                           r"(?!\s+(?:از|رو)(?![\w]))")),  # (not «شنبه قبل از انتخابات», «شنبه پیش رو»)
    ("rel", re.compile(rf"(?<!\w)({_REL}){_NB}", re.IGNORECASE)),
]

# a time of day right after a date: «۱۲ آبان ۱۴۰۳ ساعت ۰۱:۳۰», «1403/08/12 - 23:45», «2 November 2024, 10:30»
_TIME_AFTER = re.compile(r"\s*(?:[-–،,]\s*)?(?:ساعت\s*|at\s+)?(\d{1,2})\s*:\s*(\d{2})(?::\d{2})?(?![\d:/])",
                         re.IGNORECASE)
# «N روز قبل»: a count before a relative day word
_NUMBER_WORDS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10}
_SPAN_BEFORE = ("طی", "ظرف", "طول", "در", "این", "همین", "برای", "تا")  # «طی سه روز قبل»: a span, not a day
_YEARS = {"jalali": (1300, 1500), "gregorian": (1900, 2101)}


def _count_before(t: str, a: int) -> tuple[int | None, int, str]:
    """The count written right before ``a`` («سه», «۱۰»; 0 for «چند»), where it starts, and the word before it;
    without a count: None, ``a`` and the word right before ``a``."""
    words = t[max(0, a - 40):a].split()
    if not words:
        return None, a, ""
    w = words[-1]
    count = int(w) if w.isdigit() else _NUMBER_WORDS.get(w, 0 if w in ("چند", "چندین") else None)
    if count is None:
        return None, a, w
    return count, t.rfind(w, 0, a), words[-2] if len(words) > 1 else ""


def _relative_offset(t: str, a: int, b: int, word: str) -> tuple[int, int] | None:
    """Days from the reference date for the relative word at ``t[a:b]`` and where its mention starts (a count
    before it is part of it), or None when it names no day: «سه روز قبل» is three days back, «روز قبل از
    انتخابات» and «طی هفت روز گذشته» name none."""
    days = RELATIVE_DAYS[word]
    if not word.startswith("روز "):
        return days, a
    if t[b:b + 12].split()[:1] == ["از"]:
        return None  # «روز قبل از انتخابات»: the day before something else
    count, start, before = _count_before(t, a)
    if before in _SPAN_BEFORE:
        return None  # «در روز گذشته», «طی سه روز قبل»: a span
    if count is None:
        return days, a
    if count == 0 or word == "روز گذشته":
        return None  # «چند روز قبل», «سه روز گذشته» (the past three days)
    return -count, start


def _with_time(t: str, b: int, value: datetime) -> tuple[datetime, int]:
    """``value`` (a day, at Tehran noon) at the time of day written right after ``t[:b]``, read as Tehran time,
    and the end of that time; else ``value`` and ``b``."""
    m = _TIME_AFTER.match(t, b)
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return value, b
    day = value.astimezone(TEHRAN).date()
    return tehran_to_utc(datetime.combine(day, time(int(m.group(1)), int(m.group(2))))), m.end()


@dataclass(slots=True, frozen=True)
class DateMention:
    value: datetime  # UTC
    start: int
    end: int
    text: str
    calendar: str  # "jalali", "gregorian" or "relative"
    has_year: bool = True


def tehran_to_utc(dt: datetime) -> datetime:
    """A naive Tehran wall-clock time (or an aware one) to UTC."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TEHRAN)
    return dt.astimezone(UTC)


def _day(d: date) -> datetime:
    return tehran_to_utc(datetime(d.year, d.month, d.day, 12, 0))


def jalali_to_utc(y: int, m: int, d: int) -> datetime | None:
    try:
        return _day(jdatetime.date(y, m, d).togregorian())
    except (ValueError, OverflowError):
        return None


def gregorian_to_utc(y: int, m: int, d: int) -> datetime | None:
    try:
        return _day(date(y, m, d))
    except ValueError:
        return None


def _ymd(y: int, m: int, d: int) -> tuple[datetime | None, str]:
    if 1300 <= y < 1500:
        return jalali_to_utc(y, m, d), "jalali"
    return gregorian_to_utc(y, m, d), "gregorian"


def _ref_jalali_year(ref: datetime | None) -> int | None:
    if ref is None:
        return None
    return jdatetime.date.fromgregorian(date=ref.astimezone(TEHRAN).date()).year


def _nearest_year(day: int, month: int, jalali: bool, ref: datetime) -> datetime | None:
    """A day and month written without a year, in the year that puts it nearest ``ref`` («۲۸ اسفند» written on 5
    Farvardin is the day before Nowruz, not next March; «۵ فروردین» written on 28 Esfand is next week)."""
    y = _ref_jalali_year(ref) if jalali else ref.astimezone(TEHRAN).year
    found = [v for v in ((jalali_to_utc if jalali else gregorian_to_utc)(y + k, month, day)  # type: ignore[operator]
                         for k in (0, -1, 1)) if v is not None]
    return min(found, key=lambda v: abs(v - ref)) if found else None


def parse_dates(text: str, ref: datetime | None = None) -> list[DateMention]:
    """Dates written in ``text``: «۱۲ آبان ۱۴۰۳», 1403/08/12, 2024-11-02, "2 November 2024",
    and «امروز/دیروز/فردا» relative to ``ref`` (the publication date; skipped without it).
    A day and month without a year take the year of ``ref`` (skipped without it)."""
    if not text:
        return []
    t = mfold(text)
    out: list[DateMention] = []
    starts: list[int] = []  # the spans taken, disjoint, in text order (a look-up each: linear in the text)
    ends: list[int] = []

    def free(a: int, b: int) -> bool:
        k = bisect_right(starts, a)
        return (k == 0 or ends[k - 1] <= a) and (k == len(starts) or starts[k] >= b)

    def take(a: int, b: int) -> None:
        k = bisect_right(starts, a)
        starts.insert(k, a)
        ends.insert(k, b)

    has_digit = _DIGIT.search(t) is not None
    for kind, pat in _PATTERNS:
        if kind in ("rel", "weekday"):
            if ref is None or (kind == "weekday" and "شنبه" not in t and "جمعه" not in t):
                continue
        elif kind == "ord_jmonth":
            if not any(m in t for m in ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                                        "آذر", "دی", "بهمن", "اسفند")):
                continue
        elif not has_digit:
            continue  # nothing this pattern could give (one cheap scan instead of a slow alternation)
        for m in pat.finditer(t):
            a, b = m.span()
            if not free(a, b):
                continue
            value: datetime | None = None
            cal = "relative"
            has_year = True
            if kind == "ymd":
                value, cal = _ymd(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            elif kind == "dmy":
                value, cal = _ymd(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            elif kind == "d_month_y":
                day, name, year = int(m.group(1)), m.group(2), m.group(3)
                jal = name in JALALI_MONTHS
                month = JALALI_MONTHS[name] if jal else GREGORIAN_MONTHS[name.lower()]
                if name in ("مه", "می") and not year:
                    continue  # too ambiguous without a year
                if year:
                    y = int(year)
                    lo, hi = _YEARS["jalali" if jal else "gregorian"]
                    if not lo <= y < hi:
                        continue  # «۵ نوامبر ۱۴۰۳», «۱۲ آبان ۲۰۲۴»: a month and a year of two calendars
                else:
                    has_year = False
                    if ref is None:
                        continue
                    if jal and name == "تیر" and t[b:b + 12].split()[:1] in (["هوایی"], ["شلیک"], ["مشقی"]):
                        continue  # «۳ تیر هوایی شلیک شد»: three shots, not the month
                    value = _nearest_year(day, month, jal, ref)
                    cal = "jalali" if jal else "gregorian"
                if has_year and jal:
                    value, cal = jalali_to_utc(y, month, day), "jalali"
                elif has_year:
                    value, cal = gregorian_to_utc(y, month, day), "gregorian"
            elif kind == "ord_jmonth":
                if t[max(0, a - 12):a].split()[-1:] in (["نیمه"], ["هفته"], ["دهه"], ["ماهه"], ["فصل"]):
                    continue  # «هفته دوم آبان»: the second week, not the second day
                day, month = ORDINAL_DAYS[m.group(1)], JALALI_MONTHS[m.group(2)]
                cal = "jalali"
                if m.group(3):
                    value = jalali_to_utc(int(m.group(3)), month, day)
                elif ref is None:
                    continue
                else:
                    has_year = False
                    value = _nearest_year(day, month, True, ref)
            elif kind == "weekday":
                assert ref is not None
                today = ref.astimezone(TEHRAN).date()
                delta = (WEEKDAYS[m.group(1)] - today.weekday()) % 7
                if m.group(2) in ("آینده", "بعد"):  # the next one, a week on when it is today
                    value = _day(today + timedelta(days=delta or 7))
                else:  # the last one before today
                    value = _day(today - timedelta(days=(7 - delta) % 7 or 7))
            elif kind == "d_jmonth_yy":
                yy = int(m.group(3))
                value, cal = jalali_to_utc((1400 if yy < 50 else 1300) + yy, JALALI_MONTHS[m.group(2)],
                                           int(m.group(1))), "jalali"
            elif kind == "d_armonth_y":
                value, cal = gregorian_to_utc(int(m.group(3)), ARABIC_MONTHS[m.group(2)], int(m.group(1))), "gregorian"
            elif kind == "month_d_y":
                value, cal = gregorian_to_utc(int(m.group(3)), GREGORIAN_MONTHS[m.group(1).lower()],
                                              int(m.group(2))), "gregorian"
            elif kind == "rel":
                if ref is None:
                    continue
                word = m.group(1).lower()
                found = _relative_offset(t, a, b, word)
                if found is None:
                    continue
                days, a = found
                value = _day(ref.astimezone(TEHRAN).date() + timedelta(days=days))
            if value is None:
                continue
            if kind != "rel" and has_year:
                value, b = _with_time(t, b, value)
            take(a, b)
            out.append(DateMention(value, a, b, text[a:b], cal, has_year))
    out.sort(key=lambda d: d.start)
    return out


# --------------------------------------------------------------------------- metadata and links

# «/news/13911121000971», the old «/newstext.php?nn=8707060255»
_FARS_ID = re.compile(r"(?:/(?:news|printnews|media|photo)/|[?&]nn=)(\d{10}|\d{14})(?!\d)", re.IGNORECASE)
_FARS_HOSTS = ("farsnews.ir", "farsnews.com")


_FARS_OPENED = datetime(2003, 1, 1, tzinfo=UTC)  # Fars News opened in 1382


def date_from_link(url: str | None) -> datetime | None:
    """Publication date encoded in a Fars News link id: ``/news/13911121000971/`` is 1391/11/21,
    the old 10-digit ``/news/8707060255`` is 1387/07/06 (Jalali). Other outlets' numeric ids
    are not dates, and neither is an id that would predate Fars News (e.g. ``/news/6010060837``)."""
    if not url:
        return None
    url = url.strip()
    if "://" not in url[:12]:
        url = "http://" + url  # «www.farsnews.ir/news/...» as a feed or a file gives it
    host = urlsplit(url).netloc.lower().split("@")[-1].split(":")[0]
    if not any(host == h or host.endswith("." + h) for h in _FARS_HOSTS):
        return None
    m = _FARS_ID.search(mfold(url))
    if not m:
        return None
    s = m.group(1)
    if len(s) == 14:
        y, mo, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    else:
        y, mo, d = 1300 + int(s[:2]), int(s[2:4]), int(s[4:6])
    if not (1300 <= y < 1500 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    found = jalali_to_utc(y, mo, d)
    return found if found is not None and found >= _FARS_OPENED else None


def parse_datetime(value: object) -> datetime | None:
    """Lenient ``parse_date``: None instead of ValueError for an unreadable value."""
    try:
        return parse_date(value)
    except ValueError:
        return None


# --------------------------------------------------------------------------- metadata values
# Publication dates of ingested records (feed, JSON, CSV, Telegram, HTML metadata).
#
# Accepted: ``datetime``/``date`` objects, Unix timestamps (seconds or milliseconds),
# ISO 8601, RFC 822 (feeds, e-mail), common forms (``2024/01/05 10:30``, ``5 January 2024``,
# ``January 5, 2024``) and Jalali dates (``1403/08/12``, ``1403-08-12 14:30``, ``۱۲ آبان ۱۴۰۳``),
# with Persian or Arabic-Indic digits.
#
# Time zone policy: a value that carries an offset or a zone keeps it. A naive value is local
# time in ``default_tz`` (Asia/Tehran by default: didban's sources are Persian outlets publishing
# on Tehran time); Jalali dates are always Tehran time. A date without a time of day is taken at
# 12:00 in that zone. Values outside 1900..2100 are rejected as invalid, and so (``DateRefused``) are dates more than
# two days after now and zone abbreviations not known (feedparser reads them as UTC, a naive reading as Tehran).

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_NUMERIC = re.compile(
    r"^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_NUMERIC_DMY = re.compile(r"^\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}\b")  # «02/11/2024»: day or month first?
# «12/08/1403»: day first before a Jalali year (a Gregorian «05/11/2024» is ambiguous and not read)
_DMY_JALALI = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](1[34]\d\d)(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_JALALI_NAMED = re.compile(  # (a weekday first: «شنبه», «سه‌شنبه», «سه شنبه»)
    r"^(?:\S+\s+(?:شنبه\s+)?)?(\d{1,2})\s+(" + "|".join(JALALI_MONTHS) + r")(?:\s+ماه)?\s+(\d{4})"
    r"(?:\s*(?:ساعت|،|-|,)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y %H:%M", "%d.%m.%Y", "%d.%m.%Y %H:%M")
NOON = time(12, 0)
_ISO_ZONE = re.compile(r"\s*(?:UTC|GMT)$")
_ISO_HOUR = re.compile(r"^(\d{4}-\d{2}-\d{2}[T ])(\d):")


def _aware(dt: datetime, tz: ZoneInfo) -> datetime:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    out = dt.astimezone(UTC)
    if not 1900 <= out.year <= 2100:
        raise ValueError(f"date out of range: {out.isoformat()}")
    return out


def _jalali(y: int, m: int, d: int, hh: str | None, mm: str | None, ss: str | None) -> datetime:
    import jdatetime

    g = jdatetime.date(y, m, d).togregorian()
    t = time(int(hh), int(mm), int(ss or 0)) if hh is not None else NOON
    return datetime.combine(g, t).replace(tzinfo=TEHRAN)


def parse_date(value: object, default_tz: str | ZoneInfo = TEHRAN) -> datetime | None:
    """UTC datetime for ``value``; None for an empty value; ValueError when it cannot be read, names a zone
    abbreviation it does not know («IST»: India, Israel or Ireland), or is more than ``FUTURE_SLACK`` after now
    (a publication date in 2099 would stay the newest report of every window)."""
    dt = _parse_date(value, default_tz)
    if dt is not None and dt > datetime.now(UTC) + FUTURE_SLACK:
        raise DateRefused(f"date in the future: {value!r} ({dt.isoformat()})")
    return dt


FUTURE_SLACK = timedelta(days=2)  # a clock or a zone wrong by hours, not a date years ahead


class DateRefused(ValueError):
    """A date that can be read but must not be used as it is: in the future, or in a zone not known."""


def _parse_date(value: object, default_tz: str | ZoneInfo) -> datetime | None:
    tz = ZoneInfo(default_tz) if isinstance(default_tz, str) else default_tz
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _aware(value, tz)
    if isinstance(value, date):
        return _aware(datetime.combine(value, NOON), tz)
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int | float):
        ts = float(value)
        if ts > 1e11:  # milliseconds
            ts /= 1000.0
        if not ts >= 1e8:  # a year (2024), a count, an Excel serial day: no Unix time (1e8 s is March 1973)
            raise ValueError(f"not a Unix time: {value!r}")
        try:
            return _aware(datetime.fromtimestamp(ts, UTC), tz)
        except (OverflowError, OSError, ValueError) as e:
            raise ValueError(f"bad timestamp: {value!r}") from e
    if not isinstance(value, str):
        raise ValueError(f"not a date: {type(value).__name__}")
    s = " ".join(value.translate(_DIGITS).split())
    if not s:
        return None
    if len(s) > 100:
        raise ValueError("date string too long")
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", s):
        return _parse_date(float(s), tz)
    if re.fullmatch(r"\d{8}", s):  # «20241102»: a day (at noon, as other dates without a time of day)
        s = f"{s[:4]}-{s[4:6]}-{s[6:]}"
    s = _AMPM.sub(_to_24h, s)  # «2:30 PM» -> «14:30»
    if "ظ" in s:
        s = _FA_AMPM.sub(_to_24h_fa, s)  # «10:30 ب.ظ» -> «22:30»
    s = s.replace(" | ", " - ")  # «۱۲ آبان ۱۴۰۳ | ۱۰:۳۰»
    tm = _TIME_FIRST.match(s) if ":" in s[:6] else None
    if tm:  # «۱۰:۳۰ - ۱۴۰۳/۰۸/۱۲»: the time after the day, as the readers below take it
        s = f"{tm.group(2)} {tm.group(1)}"
    zm = _ZONE_NAME.search(s)
    if zm and zm.group(1) in _ZONES:  # «Sat, 02 Nov 2024 14:30:00 CEST»: a zone the RFC 822 reader does not know
        s = s[:zm.start(1)] + _ZONES[zm.group(1)]
    elif zm and zm.group(1) not in _RFC822_ZONES:  # (read as the default zone, it would be hours off unsaid)
        raise DateRefused(f"unknown time zone abbreviation {zm.group(1)!r} in {value!r}")
    m = _NUMERIC.match(s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        try:
            if 1200 <= y < 1500:  # Jalali
                local = _jalali(y, mo, d, m[4], m[5], m[6])
                if m[7]:  # «1403/08/12 23:45:00+03:30»: the offset written is the zone
                    local = local.replace(tzinfo=None).replace(tzinfo=_offset(m[7]))
                return _aware(local, tz)
            t = time(int(m[4]), int(m[5]), int(m[6] or 0)) if m[4] is not None else NOON
            return _aware(datetime.combine(date(y, mo, d), t, _offset(m[7]) if m[7] else None), tz)
        except ValueError as e:
            raise ValueError(f"invalid date {value!r}: {e}") from e
    m = _DMY_JALALI.match(s)
    if m:
        try:
            return _aware(_jalali(int(m[3]), int(m[2]), int(m[1]), m[4], m[5], m[6]), tz)
        except ValueError as e:
            raise ValueError(f"invalid date {value!r}: {e}") from e
    m = _JALALI_NAMED.match(s)
    if m:
        try:
            return _aware(_jalali(int(m[3]), JALALI_MONTHS[m[2]], int(m[1]), m[4], m[5], m[6]), tz)
        except ValueError as e:
            raise ValueError(f"invalid date {value!r}: {e}") from e
    try:  # (a zone written out, «2024-11-02T05:10:00 UTC»; a one-digit hour, «2024-10-07T8:00:00+03:30»)
        dt = datetime.fromisoformat(_ISO_HOUR.sub(r"\g<1>0\2:", _ISO_ZONE.sub("+00:00", s), count=1))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            dt = datetime.combine(dt.date(), NOON)
        return _aware(dt, tz)
    except ValueError:
        pass
    try:
        return _aware(parsedate_to_datetime(s), tz)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            dt = datetime.strptime(s, fmt)
        except ValueError:
            continue
        return _aware(dt if "%H" in fmt else datetime.combine(dt.date(), NOON), tz)
    # «۵ نوامبر ۲۰۲۴», «12 تشرين الثاني 2026», «۱۲ آبان ۱۴۰۳ - ۱۰:۳۰»: a date the text reader takes, if it is the
    # whole value
    found = [d for d in parse_dates(s) if d.has_year] if not _NUMERIC_DMY.match(s) else []
    if len(found) == 1 and not s[:found[0].start].strip(" ,،-") and not s[found[0].end:].strip(" ,،-."):
        return _aware(found[0].value, tz)
    raise ValueError(f"unreadable date: {value!r}")


_AMPM = re.compile(r"\b(\d{1,2}):(\d{2})(:\d{2})?\s*([AaPp])\.?\s?[Mm]\.?(?![A-Za-z])")
# zone abbreviations feeds write that ``email.utils`` does not read (it knows UT, GMT and the North American ones);
# the ambiguous ones (IST, AST, CST as China's) are left out
_ZONES = {"CET": "+0100", "CEST": "+0200", "BST": "+0100", "WET": "+0000", "WEST": "+0100", "EET": "+0200",
          "EEST": "+0300", "MSK": "+0300", "TRT": "+0300", "IRST": "+0330", "IRDT": "+0430", "GST": "+0400",
          "AFT": "+0430", "PKT": "+0500", "JST": "+0900", "KST": "+0900", "AEST": "+1000", "AEDT": "+1100"}
_ZONE_NAME = re.compile(r"\d\s+([A-Z]{2,5})$")
_RFC822_ZONES = frozenset(("UT", "UTC", "GMT", "Z", "AST", "ADT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
                           "PDT"))  # the ones ``email.utils`` reads


# «10:30 ب.ظ» (after noon), «9:15 ق.ظ» (before noon); a time first, then the day
_FA_AMPM = re.compile(r"(\d{1,2}):(\d{2})(:\d{2})?\s*([بق])\.?\s?ظ\.?(?!\w)")
_TIME_FIRST = re.compile(r"^(\d{1,2}:\d{2}(?::\d{2})?)\s*[-–|،,]\s*(\S.*)$")


def _to_24h_fa(m: re.Match[str]) -> str:
    h = int(m.group(1)) % 12 + (12 if m.group(4) == "ب" else 0)
    return f"{h:02d}:{m.group(2)}{m.group(3) or ''}"


def _to_24h(m: re.Match[str]) -> str:
    h = int(m.group(1)) % 12 + (12 if m.group(4) in "Pp" else 0)
    return f"{h:02d}:{m.group(2)}{m.group(3) or ''}"


def _offset(text: str) -> timezone:
    """«Z», «+03:30», «-0500» as a fixed zone."""
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
