"""Provenance rules of stop 29 (invented texts): an outlet that relays another source as the subject of a sentence."""

from __future__ import annotations

from didban.text import extract_provenance


def _chain(text: str) -> tuple[str | None, list[str], str | None]:
    p = extract_provenance(text, "", None)
    return p.outlet, p.cited, p.origin


def test_an_opening_outlet_relaying_a_source_with_a_comma_before_the_verb() -> None:
    text = "روزنامه الحیات به نقل از یک مقام نزدیک به مرجعیت، نوشت: تشکیل ائتلاف تازه تایید شده است."
    assert _chain(text) == (None, ["روزنامه الحیات", "یک مقام نزدیک به مرجعیت"], "یک مقام نزدیک به مرجعیت")


def test_a_known_outlet_without_its_head_relaying_a_source() -> None:
    text = "رویترز به نقل از دو منبع آگاه گزارش داد که گفت‌وگوهای دو کشور متوقف شده است."
    assert _chain(text)[1] == ["رویترز", "دو منبع آگاه"]


def test_an_outlet_relaying_a_source_right_after_the_lead() -> None:
    text = "به گزارش فارس، روزنامه الحیات به نقل از یک مقام عراقی نوشت: گفت‌وگوهای دو کشور متوقف شده است."
    assert _chain(text) == ("فارس", ["روزنامه الحیات", "یک مقام عراقی"], "یک مقام عراقی")


def test_an_opening_summary_before_a_lead_that_goes_on_with_it() -> None:
    # guard (held before): the lead names the same outlet again, so the opening chain is the article's
    text = ("نشریه پولیتیکو به نقل از مقامات آمریکایی نوشت که دو کشتی مسیر خود را تغییر داده‌اند. به گزارش ایسنا، "
            "نشریه آمریکایی پولیتیکو در این باره نوشت: چند مقام گفته‌اند که کشتی‌ها به سمت آفریقا می‌روند.")
    assert _chain(text)[1] == ["نشریه پولیتیکو", "مقامات آمریکایی"]


def test_an_opening_summary_of_one_fact_before_another_lead() -> None:
    # guard (held before: the comma kept the old pattern from matching): the opening sentence sums up one fact, the
    # lead's own report goes on with other sources
    text = ("شبکه «الجزیره» به نقل از خبرگزاری «رویترز»، گزارش داد که صدای انفجاری در بندر شنیده شده است. "
            "به گزارش مشرق، منابع محلی بامداد پنجشنبه گزارش‌های تاییدنشده‌ای از وقوع انفجار مخابره کردند.")
    assert _chain(text) == ("مشرق", [], "مشرق")


def test_a_desk_after_a_dash_in_a_colon_lead_and_a_source_after_it() -> None:
    p = extract_provenance("خبرگزاری مهر - گروه بین الملل: به نقل از الجزیره، مقامات قطری اعلام کردند که مرز باز است.")
    assert (p.outlet, p.unit, p.cited) == ("مهر", "گروه بین الملل", ["الجزیره"])
    p = extract_provenance("خبرگزاری مهر - گروه بین الملل: مقامات قطری اعلام کردند که مرز باز است.")
    assert (p.outlet, p.unit, p.cited) == ("مهر", "گروه بین الملل", [])  # (the lead's outlet is not its own source)
    p = extract_provenance("خبرگزاری مهر: به نقل از الجزیره، مقامات قطری اعلام کردند که مرز باز است.")
    assert p.cited == ["الجزیره"]


def test_quoting_is_a_link_of_the_chain() -> None:
    assert _chain("به گزارش ایسنا از قول یک منبع آگاه، مذاکرات ادامه دارد.") == ("ایسنا", ["یک منبع آگاه"], "یک منبع آگاه")
    text = "به گزارش ایسنا، خبرگزاری فرانسه از قول یک دیپلمات اروپایی نوشت: گفت‌وگوها ادامه دارد."
    assert _chain(text)[1] == ["خبرگزاری فرانسه", "یک دیپلمات اروپایی"]
    # guard (held before): «از» before a city is the desk's city, not a source
    p = extract_provenance("به گزارش ایسنا از تهران، مذاکرات ادامه دارد.")
    assert (p.outlet, p.unit, p.cited) == ("ایسنا", "تهران", [])


def test_the_relayed_source_ends_before_an_adverbial() -> None:
    text = "به گزارش ایسنا، روزنامه کیهان به نقل از یک منبع آگاه در شماره امروز خود نوشت: دولت باید پاسخ دهد."
    assert _chain(text)[1] == ["روزنامه کیهان", "یک منبع آگاه"]
