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
