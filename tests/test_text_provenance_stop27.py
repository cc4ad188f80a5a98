"""Stop 27: provenance of scraped pages a probe found wrong (invented text)."""

from __future__ import annotations

import pytest

from didban.text import extract_provenance


@pytest.mark.parametrize(("text", "outlet", "unit", "cited"), [
    ("ژاپن طرح را به تعویق انداختبه گزارش ایرنا به نقل از رویترز، علی رضایی گفت: طرح متوقف شد.",
     "ایرنا", None, ["رویترز"]),
    ("تشکیل دولت به زمان نیاز داردبه گزارش گروه بین‌الملل خبرگزاری تسنیم، نجیب حداد گفت: دولت تشکیل می‌شود.",
     "خبرگزاری تسنیم", "گروه بین‌الملل", []),
    ("بازار آرام شدبه گزارش خبرنگار اقتصادی ایسنا، نجیب حداد گفت: قیمت‌ها پایین می‌آید.",
     "ایسنا", "خبرنگار اقتصادی", []),
    # guards (held before): a glued outlet head was read already; a word ending in «به» is no glue
    ("تشکیل دولت به زمان نیاز داردبه گزارش خبرگزاری تسنیم، نجیب حداد گفت: دولت تشکیل می‌شود.",
     "خبرگزاری تسنیم", None, []),
    ("وضعیت مشابه گزارش ایرنا است که دیروز منتشر شد.", None, None, []),
])
def test_a_headline_glued_to_the_lead_keeps_the_lead(text: str, outlet: str | None, unit: str | None,
                                                     cited: list[str]) -> None:
    """«... انداختبه گزارش ایرنا به نقل از رویترز،»: a scraped headline glued to the lead hid it (outlet, desk and
    chain all lost) unless an outlet head («خبرگزاری») followed «به گزارش»."""
    p = extract_provenance(text)
    assert (p.outlet, p.unit, p.cited) == (outlet, unit, cited)


@pytest.mark.parametrize(("title", "text", "outlet"), [
    ("مهر | سیاست | دولت", "به گزارش خبرگزاری مهر، علی رضایی گفت: طرح متوقف شد.", "خبرگزاری مهر"),
    # guards (held before): a breadcrumb with no outlet; a page title «headline | site» and «headline - site»
    ("سیاست | دولت | اخبار", "علی رضایی گفت: طرح متوقف شد.", None),
    ("افزایش قیمت بنزین | تسنیم", "علی رضایی گفت: طرح متوقف شد.", "تسنیم"),
    ("افزایش قیمت بنزین - روزیاتو", "علی رضایی گفت: طرح متوقف شد.", "روزیاتو"),
])
def test_a_breadcrumb_title_is_no_headline_and_site(title: str, text: str, outlet: str | None) -> None:
    """«مهر | سیاست | دولت»: its last item («دولت») was the publisher, and the real lead went to cited."""
    p = extract_provenance(text, title)
    assert (p.outlet, p.cited) == (outlet, [])


@pytest.mark.parametrize("text", [
    "۲۵ تیر ۱۴۰۲ - ۱۸:۲۰\nخبرگزاری فارس: سرمربی تیم ملی فهرست را اعلام کرد.",
    "کد خبر: ۷۸۲۳۱۴\nسه‌شنبه ۲۵ تیر ۱۴۰۲ | ۱۸:۲۰\nخبرگزاری فارس: سرمربی تیم ملی فهرست را اعلام کرد.",
])
def test_a_colon_lead_after_the_page_stamps_is_read(text: str) -> None:
    """A date, time or news-code line before «خبرگزاری فارس:» hid the colon lead."""
    assert extract_provenance(text).outlet == "خبرگزاری فارس"


def test_a_lead_below_short_furniture_lines_is_the_lead() -> None:
    """Four short lines above the lead (a news code, a date, a headline, a summary) made it the fifth paragraph,
    read as one fact's source; the footer «منبع: ایسنا» then went to cited (one development article, farexstance
    11474, is fixed the same way)."""
    text = ("کد خبر ۷۸۲۳۱۴\n۲۷ تیر ۱۴۰۲ ۰۹:۴۰\nبودجه تصویب شد\nاعضا موافقت کردند ...\n"
            "به گزارش ایسنا، لایحه به تصویب رسید.\nمنبع: ایسنا")
    p = extract_provenance(text)
    assert (p.outlet, p.cited, p.origin) == ("ایسنا", [], "ایسنا")


def test_a_long_run_of_digits_at_the_top_of_a_page_is_read_at_once() -> None:
    """The first version of the stamp-line pattern (a repeat of digit runs) backtracked exponentially on a line of
    digits ending in a letter: 24 digits took 1.3 s, 40 would take days. This test fails by not finishing."""
    p = extract_provenance("1" * 40 + "x\n۲۵ تیر ۱۴۰۲\nخبرگزاری فارس: سرمربی تیم ملی فهرست را اعلام کرد.")
    assert p.cited == []  # (the digit line is no stamp line, so the colon lead after it is not read as the lead)
