"""Dashboard strings and number/date formatting for the two interface languages.

Persian (default): right-to-left, Jalali dates, Persian digits. English: left-to-right,
Gregorian dates, ASCII digits. Dates are shown in Tehran time.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import jdatetime

Lang = Literal["fa", "en"]
LANGS: tuple[Lang, ...] = ("fa", "en")
TEHRAN = ZoneInfo("Asia/Tehran")

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JALALI_MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)
GREGORIAN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

STRINGS: dict[str, dict[Lang, str]] = {
    "site": {"fa": "دیدبان", "en": "didban"},
    "tagline": {"fa": "آگاهی از وضعیت و هشدار زودهنگام از روی اخبار", "en": "Situational awareness from the news"},
    "latest": {"fa": "تازه‌ترین خبرها", "en": "Latest news"},
    "search": {"fa": "جست‌وجو", "en": "Search"},
    "search_placeholder": {"fa": "جست‌وجو در خبرها…", "en": "Search the news…"},
    "results_for": {"fa": "نتیجه‌های جست‌وجو برای", "en": "Results for"},
    "no_results": {"fa": "خبری با این واژه‌ها پیدا نشد.", "en": "No articles match these words."},
    "empty": {
        "fa": "هنوز خبری در انبار نیست. با «didban ingest» یا «didban demo» خبر بیفزایید.",
        "en": "The store is empty. Add articles with “didban ingest” or “didban demo”.",
    },
    "stats": {"fa": "آمار", "en": "Statistics"},
    "forecasts": {"fa": "پیش‌بینی‌ها", "en": "Forecasts"},
    "track_record": {"fa": "کارنامه پیش‌بینی‌ها", "en": "Forecast track record"},
    "no_forecasts": {
        "fa": "هنوز پیش‌بینی‌ای ذخیره نشده است. با «didban forecast --save» پیش‌بینی کنید.",
        "en": "No stored forecasts yet. Make some with “didban forecast --save”.",
    },
    "resolved": {"fa": "حل‌شده", "en": "Resolved"},
    "open_forecasts": {"fa": "باز", "en": "Open"},
    "brier": {"fa": "امتیاز بریر", "en": "Brier score"},
    "log_loss": {"fa": "لگ‌لاس", "en": "Log loss"},
    "ece": {"fa": "خطای کالیبراسیون (ECE)", "en": "Calibration error (ECE)"},
    "base_rate": {"fa": "نرخ پایه", "en": "Base rate"},
    "reliability": {"fa": "نمودار اطمینان", "en": "Reliability"},
    "predicted": {"fa": "احتمال پیش‌بینی‌شده", "en": "Predicted probability"},
    "observed": {"fa": "فراوانی مشاهده‌شده", "en": "Observed frequency"},
    "region": {"fa": "منطقه", "en": "Region"},
    "month": {"fa": "ماه", "en": "Month"},
    "target": {"fa": "هدف", "en": "Target"},
    "probability": {"fa": "احتمال", "en": "Probability"},
    "expected": {"fa": "مقدار مورد انتظار", "en": "Expected"},
    "outcome": {"fa": "نتیجه", "en": "Outcome"},
    "model": {"fa": "مدل", "en": "Model"},
    "as_of": {"fa": "داده تا", "en": "As of"},
    "recent_resolved": {"fa": "آخرین پیش‌بینی‌های حل‌شده", "en": "Latest resolved forecasts"},
    "open_list": {"fa": "پیش‌بینی‌های باز", "en": "Open forecasts"},
    "stories": {"fa": "پرونده‌های خبری", "en": "Stories"},  # (not «رویدادها»: that is EVE, the entity type)
    "no_stories": {"fa": "هنوز رویدادی (خوشه‌ی خبری) ساخته نشده است.", "en": "No stories have been clustered yet."},
    "story": {"fa": "رویداد", "en": "Story"},
    "reports": {"fa": "گزارش", "en": "reports"},
    "reports_one": {"fa": "گزارش", "en": "report"},
    "independent": {"fa": "منبع مستقل", "en": "independent sources"},
    "independent_one": {"fa": "منبع مستقل", "en": "independent source"},
    "first_seen": {"fa": "نخستین گزارش", "en": "First seen"},
    "last_seen": {"fa": "آخرین گزارش", "en": "Last seen"},
    "origin": {"fa": "منبع اصلی", "en": "Origin"},
    "citing": {"fa": "به نقل از", "en": "citing"},
    "cited_chain": {"fa": "زنجیره‌ی نقل", "en": "Citation chain"},
    "unit": {"fa": "دبیرخانه/خبرنگار", "en": "Desk / reporter"},
    "outlet": {"fa": "رسانه", "en": "Outlet"},
    "provenance": {"fa": "خاستگاه خبر", "en": "Provenance"},
    "published": {"fa": "تاریخ انتشار", "en": "Published"},
    "place": {"fa": "مکان", "en": "Place"},
    "places": {"fa": "مکان‌ها", "en": "Places"},
    "entities": {"fa": "نام‌ها", "en": "Named entities"},
    "quotes": {"fa": "نقل‌قول‌ها", "en": "Quotes"},
    "speaker": {"fa": "گوینده", "en": "Speaker"},
    "source_link": {"fa": "پیوند خبر", "en": "Original link"},
    "next": {"fa": "صفحه‌ی بعد", "en": "Next page"},
    "prev": {"fa": "صفحه‌ی قبل", "en": "Previous page"},
    "page": {"fa": "صفحه", "en": "Page"},
    "articles": {"fa": "خبرها", "en": "Articles"},
    "sources": {"fa": "منبع‌ها", "en": "Sources"},
    "quarantined": {"fa": "موارد قرنطینه", "en": "Quarantined items"},
    "first_published": {"fa": "قدیمی‌ترین خبر", "en": "Oldest article"},
    "last_published": {"fa": "تازه‌ترین خبر", "en": "Newest article"},
    "by_lang": {"fa": "زبان‌ها", "en": "Languages"},
    "top_sources": {"fa": "پرکارترین منبع‌ها", "en": "Top sources"},
    "count": {"fa": "تعداد", "en": "Count"},
    "reason": {"fa": "دلیل", "en": "Reason"},
    "position": {"fa": "جایگاه", "en": "Position"},
    "input": {"fa": "ورودی", "en": "Input"},
    "not_found": {"fa": "پیدا نشد.", "en": "Not found."},
    "back": {"fa": "بازگشت به فهرست", "en": "Back to the list"},
    "other_reports": {"fa": "گزارش‌های دیگر همین رویداد", "en": "Other reports of this story"},
    "switch_lang": {"fa": "English", "en": "فارسی"},
    "filter_place": {"fa": "خبرهای این مکان", "en": "News of this place"},
    "duplicate_of": {"fa": "تکرار خبرِ", "en": "Duplicate of"},
    "story_origin": {"fa": "خاستگاه", "en": "origin"},  # the earliest report corrected by attribution: not always the first published
    "rel_copies": {"fa": "رونوشتِ", "en": "copy of"},
    "rel_cites": {"fa": "به نقل از", "en": "cites"},
    "top_places": {"fa": "پرخبرترین مکان‌ها", "en": "Most reported places"},
    "actors": {"fa": "بازیگران", "en": "Actors"},
    "events": {"fa": "رویدادهای کدگذاری‌شده", "en": "Coded events"},
    "dead": {"fa": "کشته", "en": "dead"},
    "injured": {"fa": "زخمی", "en": "injured"},
    "trends": {"fa": "نقاط داغ", "en": "Heating up"},
    "trends_note": {
        "fa": "شمار رویدادهای مستقل (رونوشت‌ها یک بار شمرده می‌شوند) در هر منطقه، در برابر روند پیشین همان منطقه و حجم کل خبرها.",
        "en": "Independent stories per region (copies counted once), against the region's own recent past and the overall news volume.",
    },
    "last_period": {"fa": "آخرین دوره", "en": "Last period"},
    "surprise": {"fa": "احتمال دُم", "en": "Tail p"},
    "spike": {"fa": "جهش", "en": "Spike"},
    "by_day": {"fa": "روزانه", "en": "Daily"},
    "by_week": {"fa": "هفتگی", "en": "Weekly"},
    "by_month": {"fa": "ماهانه", "en": "Monthly"},
    "all_news": {"fa": "همه خبرها", "en": "All news"},
    "cat_violence": {"fa": "خشونت و بازداشت", "en": "Violence and arrests"},
    "cat_unrest": {"fa": "اعتراض و بسیج", "en": "Protest and mobilisation"},
    "cat_threats": {"fa": "تهدید، اتهام، تحریم", "en": "Threats, accusations, sanctions"},
    "no_trends": {"fa": "در این بازه داده‌ای نیست.", "en": "No data in this window."},
    "false_alarm": {"fa": "نرخ هشدار نادرست", "en": "False-alarm rate"},
    "top_actors": {"fa": "پرخبرترین بازیگران", "en": "Most reported actors"},
    "all_actors": {"fa": "همه بازیگران…", "en": "All actors…"},
    "actor": {"fa": "بازیگر", "en": "Actor"},
    "articles_count": {"fa": "خبر", "en": "articles"},
    "all_types": {"fa": "همه", "en": "All"},
    "no_actors": {"fa": "هنوز بازیگری شناخته نشده است.", "en": "No actors recognised yet."},
    "time_note": {"fa": "زمان‌ها به وقت تهران", "en": "Times are Tehran time"},
}

LANG_NAMES: dict[str, dict[Lang, str]] = {
    "fa": {"fa": "فارسی", "en": "Persian"},
    "en": {"fa": "انگلیسی", "en": "English"},
    "ar": {"fa": "عربی", "en": "Arabic"},
}

# PLOVER event categories and modes (didban.events)
EVENT_CATEGORIES: dict[str, dict[Lang, str]] = {
    "ASSAULT": {"fa": "حمله و خشونت", "en": "Assault"},
    "COERCE": {"fa": "بازداشت و اجبار", "en": "Coerce"},
    "PROTEST": {"fa": "اعتراض", "en": "Protest"},
    "MOBILIZE": {"fa": "بسیج و استقرار نیرو", "en": "Mobilize"},
    "THREATEN": {"fa": "تهدید", "en": "Threaten"},
    "SANCTION": {"fa": "تحریم", "en": "Sanction"},
    "ACCUSE": {"fa": "اتهام", "en": "Accuse"},
    "REJECT": {"fa": "رد", "en": "Reject"},
    "REQUEST": {"fa": "درخواست", "en": "Request"},
    "CONSULT": {"fa": "دیدار و گفت‌وگو", "en": "Consult"},
    "AGREE": {"fa": "توافق", "en": "Agree"},
    "COOPERATE": {"fa": "همکاری", "en": "Cooperate"},
    "AID": {"fa": "کمک", "en": "Aid"},
    "SUPPORT": {"fa": "حمایت", "en": "Support"},
    "CONCEDE": {"fa": "امتیاز و عقب‌نشینی در مواضع", "en": "Concede"},
    "RETREAT": {"fa": "عقب‌نشینی", "en": "Retreat"},
}
EVENT_MODES: dict[str, dict[Lang, str]] = {
    "aerial": {"fa": "هوایی", "en": "aerial"},
    "explosives": {"fa": "انفجاری", "en": "explosives"},
    "firearms": {"fa": "سلاح گرم", "en": "firearms"},
    "artillery": {"fa": "توپخانه", "en": "artillery"},
    "physical": {"fa": "ضرب و جرح", "en": "physical"},
    "assassination": {"fa": "ترور", "en": "assassination"},
    "abduct": {"fa": "آدم‌ربایی", "en": "abduction"},
    "arrest": {"fa": "بازداشت", "en": "arrest"},
    "execute": {"fa": "اعدام", "en": "execution"},
    "seize": {"fa": "توقیف", "en": "seizure"},
    "demonstrate": {"fa": "تجمع", "en": "demonstration"},
    "strike": {"fa": "اعتصاب", "en": "strike"},
    "riot": {"fa": "آشوب", "en": "riot"},
    "meet": {"fa": "دیدار", "en": "meeting"},
    "visit": {"fa": "سفر", "en": "visit"},
    "phone": {"fa": "تماس تلفنی", "en": "phone call"},
    "ceasefire": {"fa": "آتش‌بس", "en": "ceasefire"},
}

ENTITY_TYPES: dict[str, dict[Lang, str]] = {
    "PER": {"fa": "اشخاص", "en": "People"},
    "ORG": {"fa": "سازمان‌ها", "en": "Organisations"},
    "LOC": {"fa": "مکان‌ها", "en": "Locations"},
    "FAC": {"fa": "تأسیسات", "en": "Facilities"},
    "EVE": {"fa": "رویدادها", "en": "Events"},
    "DAT": {"fa": "تاریخ‌ها", "en": "Dates"},
    "TIM": {"fa": "زمان‌ها", "en": "Times"},
    "MON": {"fa": "مبالغ", "en": "Money"},
    "PCT": {"fa": "درصدها", "en": "Percentages"},
}


def pick_lang(value: str | None) -> Lang:
    return "en" if value == "en" else "fa"


def t(key: str, lang: Lang) -> str:
    entry = STRINGS.get(key)
    return entry[lang] if entry else key


def count(value: int, key: str, lang: Lang) -> str:
    """«3 reports», «1 report», «۳ گزارش»: a number and its noun (``key``, or ``key_one`` for one)."""
    word = t(key + "_one", lang) if value == 1 and key + "_one" in STRINGS else t(key, lang)
    return f"{num(value, lang)} {word}"


def num(value: object, lang: Lang) -> str:
    """A number (or any text) with Persian digits in the Persian interface."""
    s = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
    if lang == "fa":
        return s.replace(",", "٬").translate(_FA_DIGITS)
    return s


def format_date(value: datetime | None, lang: Lang, *, time: bool = True) -> str:
    """Tehran-time date: «۱۲ آبان ۱۴۰۵، ۰۸:۳۰» in Persian, "2 Nov 2026, 08:30" in English."""
    if value is None:
        return ""
    local = value.astimezone(TEHRAN) if value.tzinfo else value
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if lang == "fa":
        j = jdatetime.date.fromgregorian(date=local.date())
        s = f"{j.day} {JALALI_MONTHS[j.month - 1]} {j.year}"
        if time:
            s += f"، {clock}"
        return s.translate(_FA_DIGITS)
    s = f"{local.day} {GREGORIAN_MONTHS[local.month - 1]} {local.year}"
    return f"{s}, {clock}" if time else s


def _day(d: date, lang: Lang, year: bool = True) -> str:
    if lang == "fa":
        j = jdatetime.date.fromgregorian(date=d)
        return f"{j.day} {JALALI_MONTHS[j.month - 1]}{f' {j.year}' if year else ''}".translate(_FA_DIGITS)
    return f"{d.day} {GREGORIAN_MONTHS[d.month - 1]}{f' {d.year}' if year else ''}"


def period_label(label: str, lang: Lang) -> str:
    """A period of the trends (``2026-11-25``, a week ``2026-11-24/2026-11-30``, a month ``2026-11``) for
    display: Jalali in Persian («۴ آذر ۱۴۰۵», «۳ آذر – ۹ آذر ۱۴۰۵», a Gregorian month as its Jalali days),
    Gregorian in English. A label of another form is returned as it is."""
    try:
        if "/" in label:
            a, b = (date.fromisoformat(x) for x in label.split("/", 1))
            return f"{_day(a, lang, year=False)} – {_day(b, lang)}"
        if len(label) == 7:
            first = date.fromisoformat(label + "-01")
            if lang == "en":
                return f"{GREGORIAN_MONTHS[first.month - 1]} {first.year}"
            last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            return f"{_day(first, lang, year=False)} – {_day(last, lang)}"
        return _day(date.fromisoformat(label), lang)
    except ValueError:
        return label


@lru_cache(maxsize=1)
def _province_names() -> dict[str, dict[str, str]]:
    path = Path(__file__).resolve().parent.parent / "places" / "data" / "provinces.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {r["id"]: {"fa": r.get("fa", r["id"]), "en": r.get("en", r["id"])} for r in rows if "id" in r}


@lru_cache(maxsize=2)
def _territories(lang: Lang) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


def place_name(place_id: str | None, lang: Lang, fallback: str | None = None) -> str:
    """Display name of a province id or an ISO country code (both languages), else the resolver's
    name, else the id."""
    if not place_id:
        return ""
    names = _province_names().get(place_id)
    if names:
        return names[lang]
    if len(place_id) == 2 and place_id.isalpha() and place_id.isupper():
        country = _territories(lang).get(place_id)
        if country:
            return country
    return fallback or place_id
