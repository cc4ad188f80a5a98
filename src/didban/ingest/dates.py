"""Publication dates of ingested records -> timezone-aware UTC datetimes.

Accepted: ``datetime``/``date`` objects, Unix timestamps (seconds or milliseconds),
ISO 8601, RFC 822 (feeds, e-mail), common forms (``2024/01/05 10:30``, ``5 January 2024``,
``January 5, 2024``) and Jalali dates (``1403/08/12``, ``1403-08-12 14:30``, ``۱۲ آبان ۱۴۰۳``),
with Persian or Arabic-Indic digits.

Time zone policy (explicit): a value that carries an offset or a zone keeps it. A naive
value (no offset) is taken as local time in ``default_tz``, which is ``Asia/Tehran`` by
default because didban's sources are Persian outlets publishing on Tehran time; Jalali dates
are always Tehran time. A date without a time of day is taken at 12:00 in that zone, so its
UTC form stays on the same calendar day (the same rule as ``didban.text.dates``).
Values outside 1900..2100 are rejected as invalid.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

TEHRAN = ZoneInfo("Asia/Tehran")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
_NUMERIC = re.compile(
    r"^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_JALALI_NAMED = re.compile(
    r"^(?:\S+\s+)?(\d{1,2})\s+(" + "|".join(_JALALI_MONTHS) + r")(?:\s+ماه)?\s+(\d{4})"
    r"(?:\s*(?:ساعت|،|-|,)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y %H:%M", "%d.%m.%Y", "%d.%m.%Y %H:%M")
NOON = time(12, 0)


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
    """UTC datetime for ``value``; None for an empty value; ValueError when it cannot be read."""
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
        return parse_date(float(s), tz)
    m = _NUMERIC.match(s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        try:
            if 1200 <= y < 1500:  # Jalali
                return _aware(_jalali(y, mo, d, m[4], m[5], m[6]), tz)
            t = time(int(m[4]), int(m[5]), int(m[6] or 0)) if m[4] is not None else NOON
            return _aware(datetime.combine(date(y, mo, d), t), tz)
        except ValueError as e:
            raise ValueError(f"invalid date {value!r}: {e}") from e
    m = _JALALI_NAMED.match(s)
    if m:
        try:
            return _aware(_jalali(int(m[3]), _JALALI_MONTHS[m[2]], int(m[1]), m[4], m[5], m[6]), tz)
        except ValueError as e:
            raise ValueError(f"invalid date {value!r}: {e}") from e
    try:
        dt = datetime.fromisoformat(s)
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
    raise ValueError(f"unreadable date: {value!r}")
