"""Jalali/Gregorian dates in text, metadata and Fars link ids."""

from __future__ import annotations

from datetime import UTC, datetime

from didban.text import date_from_link, parse_dates, parse_datetime, tehran_to_utc
from didban.text.dates import parse_date


def test_dates_in_text() -> None:
    ref = datetime(2024, 11, 2, 9, 0, tzinfo=UTC)
    text = "در ۱۲ آبان ۱۴۰۳ و 1403/08/12 و دیروز و 2 November 2024، خبرگزاری مهر"
    found = parse_dates(text, ref)
    assert [d.text for d in found] == ["۱۲ آبان ۱۴۰۳", "1403/08/12", "دیروز", "2 November 2024"]
    assert {d.value.date().isoformat() for d in found} == {"2024-11-02", "2024-11-01"}
    assert all(text[d.start:d.end] == d.text for d in found)
    # «مهر» the agency is not a month; a day-month without a year needs the reference date
    assert parse_dates("12 آبان") == []
    assert parse_dates("12 آبان", ref)[0].value.date().isoformat() == "2024-11-02"


def test_fars_link_ids() -> None:
    assert date_from_link("https://www.farsnews.ir/news/13911121000971/x").date().isoformat() == "2013-02-09"
    assert date_from_link("https://www.farsnews.ir/news/8707060255").date().isoformat() == "2008-09-27"
    assert date_from_link("https://www.farsnews.ir/news/13991399000001") is None  # month 99
    assert date_from_link("https://example.com/a") is None


def test_tehran_to_utc_and_metadata() -> None:
    assert tehran_to_utc(datetime(2024, 11, 2, 14, 30)).isoformat() == "2024-11-02T11:00:00+00:00"
    assert parse_datetime("1403/08/12 14:30").isoformat() == "2024-11-02T11:00:00+00:00"
    assert parse_datetime("2024-11-02T10:00:00Z").isoformat() == "2024-11-02T10:00:00+00:00"
    assert parse_datetime("Sat, 02 Nov 2024 10:00:00 +0330").isoformat() == "2024-11-02T06:30:00+00:00"
    assert parse_datetime("") is None


def test_link_ids_only_of_fars_and_not_before_it_existed() -> None:
    assert date_from_link("https://www.farsnews.ir/news/6010060837") is None  # would be 1360 (1981)
    assert date_from_link("https://www.example.com/news/8707060255") is None  # other outlets' ids
    assert date_from_link("https://farsnews.ir/news/8707060255").date().isoformat() == "2008-09-27"


def test_metadata_dates_strict_and_lenient() -> None:
    import pytest

    from didban.text.dates import parse_date

    assert parse_date("۱۲ آبان ۱۴۰۳").isoformat() == "2024-11-02T08:30:00+00:00"  # noon Tehran
    assert parse_date("2024-11-02 10:00", "UTC").isoformat() == "2024-11-02T10:00:00+00:00"
    with pytest.raises(ValueError):
        parse_date("1403/13/40")
    assert parse_datetime("not a date") is None


def test_history_in_a_lead_is_not_the_publication_date() -> None:
    from didban.records import Article
    from didban.text import analyze

    old = analyze(Article(title="مشروح مذاکرات ۲۴ فروردین ۱۳۶۲", text="نمایندگان درباره بودجه گفت‌وگو کردند."))
    assert old.published is None
    new = analyze(Article(title="نشست خبری", text="تهران - ۱۲ آبان ۱۴۰۳ - سخنگوی دولت گفت: جلسه برگزار شد."))
    assert new.published is not None and new.published.date().isoformat() == "2024-11-02"


def test_arabic_dates():
    from datetime import UTC, datetime

    ref = datetime(2026, 12, 6, 10, tzinfo=UTC)
    got = [(d.value.date().isoformat(), d.calendar) for d in parse_dates(
        "طهران، الثلاثاء 5 ديسمبر 2026 (رويترز) - وقع الهجوم أمس، وفي 12 تشرين الثاني/نوفمبر 2026 قالت", ref)]
    assert got == [("2026-12-05", "gregorian"), ("2026-12-05", "relative"), ("2026-11-12", "gregorian")]
    # Levantine names only with a year: «نیسان» is also a Persian word (the car)
    assert parse_dates("۲ نیسان در خیابان واژگون شد", ref) == []


def test_iso_with_a_written_zone_or_a_one_digit_hour() -> None:
    """Feeds and exports write «2024-11-02T05:10:00 UTC» and «2024-10-07T8:00:00+03:30»: both are ISO dates."""
    assert parse_date("2024-11-02T05:10:00 UTC").isoformat() == "2024-11-02T05:10:00+00:00"
    assert parse_date("2024-11-02T05:10:00 GMT") == parse_date("2024-11-02T05:10:00Z")
    assert parse_date("2024-10-07T8:00:00+03:30").isoformat() == "2024-10-07T04:30:00+00:00"
    assert parse_date("2024-10-07 8:00", "UTC").isoformat() == "2024-10-07T08:00:00+00:00"


def test_a_time_after_a_date_in_text_is_read_as_tehran_time() -> None:
    ref = datetime(2024, 11, 2, 8, 0, tzinfo=UTC)
    (d,) = parse_dates("تهران - ۱۲ آبان ۱۴۰۳ ساعت ۰۱:۳۰ - به گزارش خبرنگار ما", ref)
    assert d.value.isoformat() == "2024-11-01T22:00:00+00:00"  # 01:30 Tehran is the day before in UTC
    assert d.text == "۱۲ آبان ۱۴۰۳ ساعت ۰۱:۳۰"
    (d,) = parse_dates("1403/08/12 - 23:45:10", ref)
    assert d.value.isoformat() == "2024-11-02T20:15:00+00:00"
    (d,) = parse_dates("۱۲ آبان ۱۴۰۳، ساعت ۲۵:۰۰", ref)  # no such time: the day alone
    assert d.value.isoformat() == "2024-11-02T08:30:00+00:00" and d.text == "۱۲ آبان ۱۴۰۳"


def test_relative_days_with_a_count_or_a_span() -> None:
    ref = datetime(2024, 11, 2, 8, 0, tzinfo=UTC)

    def day(text: str) -> list[str]:
        return [d.value.date().isoformat() for d in parse_dates(text, ref)]

    assert day("این حادثه سه روز قبل رخ داد") == ["2024-10-30"]
    assert day("۱۰ روز پیش") == ["2024-10-23"]
    assert [d.text for d in parse_dates("یک روز قبل", ref)] == ["یک روز قبل"]  # the count is part of the mention
    assert day("دیشب در خیابان") == ["2024-11-01"]
    assert day("روز قبل خبر داده بود") == ["2024-11-01"]
    # a span or another day's eve names no day
    assert day("طی هفت روز گذشته") == []
    assert day("در دو روز گذشته") == []
    assert day("روز قبل از انتخابات") == []
    assert day("چند روز قبل") == []


def test_a_month_of_one_calendar_with_a_year_of_the_other_is_no_date() -> None:
    assert parse_dates("۵ نوامبر ۱۴۰۳") == []
    assert parse_dates("۱۲ آبان ۲۰۲۴") == []
    assert parse_dates("10 دی 1990") == []
    assert parse_dates("۵ نوامبر ۲۰۲۴")[0].value.date().isoformat() == "2024-11-05"


def test_metadata_values_in_more_written_forms() -> None:
    from didban.text import parse_date as exported

    assert exported is parse_date
    assert parse_date("۵ نوامبر ۲۰۲۴").date().isoformat() == "2024-11-05"
    assert parse_date("12/08/1403").date().isoformat() == "2024-11-02"
    assert parse_date("1403/08/12 23:45:00+03:30").isoformat() == "2024-11-02T20:15:00+00:00"
    assert parse_date("1403/08/12 23:45:00+00:00").isoformat() == "2024-11-02T23:45:00+00:00"
    assert parse_date("۱۲ آبان ۱۴۰۳ - ۱۰:۳۰").isoformat() == "2024-11-02T07:00:00+00:00"
    import pytest

    with pytest.raises(ValueError):
        parse_date("دیروز ۲۰۲۴ و فردا")


def test_fars_link_ids_in_the_old_and_loose_forms() -> None:
    assert date_from_link("http://www.farsnews.com/newstext.php?nn=8707060255").date().isoformat() == "2008-09-27"
    assert date_from_link("http://www.farsnews.com/news/13911121000971/").date().isoformat() == "2013-02-09"
    assert date_from_link("www.farsnews.ir/news/14030812000123/").date().isoformat() == "2024-11-02"
    assert date_from_link("https://www.farsnews.ir/NEWS/14030812000123").date().isoformat() == "2024-11-02"
    assert date_from_link("https://farsnews.example.com/news/14030812000123") is None


def test_a_two_digit_jalali_year_where_nothing_but_a_mark_or_a_time_follows() -> None:
    ref = datetime(2024, 11, 2, 8, 0, tzinfo=UTC)
    (d,) = parse_dates("تهران - ۱۴ خرداد ۹۸ - به گزارش خبرنگار ما", ref)
    assert d.value.date().isoformat() == "2019-06-04" and d.has_year and d.text == "۱۴ خرداد ۹۸"
    (d,) = parse_dates("۱۲ آبان ۰۳ ساعت ۱۰:۳۰")
    assert d.value.isoformat() == "2024-11-02T07:00:00+00:00"
    (d,) = parse_dates("۱۴ خرداد ۹۸ نفر کشته شدند", ref)  # a count after the day and month: no year
    assert not d.has_year and d.text == "۱۴ خرداد"
