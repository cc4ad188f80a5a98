"""The publisher named by its own page furniture, scraped with the article (texts written for the test)."""

from __future__ import annotations

import pytest

from didban.text import extract_provenance


@pytest.mark.parametrize(("text", "outlet"), [
    ("شورای شهر بودجه را تصویب کرد. این مطلب به منظور آگاهی رسانی منتشر شده و نظرات بیان شده در آن الزاماً "
     "بازتاب دیدگاه صدای آمریکا نیست.", "صدای آمریکا"),
    ("بحث جنگ نفتکش‌ها را دنبال می‌کنیم. مقاله‌ها و گفتارها آرا و نظرات نویسندگان خود را بازتاب می‌دهند و بیانگر "
     "دیدگاهی از سوی رادیو فردا نیستند.", "رادیو فردا"),
    ("صدای آمریکا یک سازمان بین المللی خبری و رسانه ای است. دولت آمریکا تحریم تازه‌ای اعلام کرد.", "صدای آمریکا"),
    ("کارشناسان روسی واکسن را آزمودند... 03.12.2020, اسپوتنیک ایران جهان, روسیه", "اسپوتنیک"),
])
def test_a_disclaimer_self_description_or_page_tag_names_the_publisher(text: str, outlet: str) -> None:
    p = extract_provenance(text)
    assert p.outlet == outlet and p.origin == outlet and p.cited == []


_PRESS_REVIEW_HEADER = "سایت خوان روزنامه دنیای اقتصاد تاریخ انتشار : شماره خبر: ۳۷۷ بزرگنمایی متن خبر "


@pytest.mark.parametrize("body", [
    "به گزارش فارس، ناوگروه به بندرعباس رسید.",  # the reposted lead
    # the reposted outlet glued after the headline that follows the header
    "هدف این بخش گسترش اطلاع‌رسانی است. عضو هیات رئیسه مجلس: دولت تماشاچی بی‌آبی بود فارس : نماینده مردم گفت که آب نیست.",
])
def test_a_press_review_page_reposts_the_outlet_of_its_lead(body: str) -> None:
    p = extract_provenance(_PRESS_REVIEW_HEADER + body)
    assert p.outlet == "دنیای اقتصاد" and p.cited == ["فارس"] and p.origin == "فارس"


def test_a_disclaimer_about_someone_else_s_view_names_no_publisher() -> None:
    p = extract_provenance("به گزارش ایسنا، مدیر موزه گفت: این اثر بازتاب دیدگاه هنرمند نیست بلکه روایت مردم است.")
    assert p.outlet == "ایسنا"


@pytest.mark.parametrize(("text", "outlet"), [
    ("طرفداری- پس از علاقه چند باشگاه، مهاجم جوان قرارداد تازه‌ای امضا کرد.", "طرفداری"),
    ("استان وایر- در نوزدهمین روز اعتصاب، کارگران پیمانکاری بیانیه دادند.", "استان وایر"),
    ("سوران خاطری - احزاب کرد در واکنش به سخنان دبیر شورا بیانیه دادند.", None),  # a byline
    ("کرمانشاه- مدیرکل راه و شهرسازی استان از پایان طرح خبر داد.", None),  # a place
    ("گروه استان‌ها- مدیرکل راه و شهرسازی استان از پایان طرح خبر داد.", None),  # a desk
])
def test_a_site_name_and_a_dash_opening_the_text(text: str, outlet: str | None) -> None:
    assert extract_provenance(text).outlet == outlet


def test_a_statement_about_a_view_at_the_end_of_a_page_without_a_lead_names_no_publisher() -> None:
    p = extract_provenance("مدیر موزه در آیین گشایش گفت: این اثر بازتاب دیدگاه هنرمند نیست بلکه روایت مردم است.")
    assert p.outlet is None


@pytest.mark.parametrize(("text", "source"), [
    ("خبرگزاری رویترز از بغداد گزارش می‌دهد که یک لوح باستانی به عراق بازگشت. این لوح سه هزار سال قدمت دارد.",
     "خبرگزاری رویترز"),
    ("روزنامه گاردین می‌نویسد که دولت بریتانیا بدهی را می‌پردازد.", "روزنامه گاردین"),
])
def test_an_opening_report_in_the_present_or_with_a_place_names_its_source(text: str, source: str) -> None:
    p = extract_provenance(text)
    assert p.cited == [source] and p.origin == source


def test_a_wikipedia_page_a_desk_dateline_after_a_summary_and_a_colon_lead_with_its_verb() -> None:
    # the page says it is Wikipedia («از ویکی‌پدیا، دانشنامهٔ آزاد») even when it cites an agency further on
    p = extract_provenance("نمونه از ویکی‌پدیا، دانشنامهٔ آزاد نمونه یک روستا است. به گزارش ایرنا، جمعیت آن کم است.")
    assert (p.outlet, p.cited) == ("ویکی‌پدیا", [])
    # «خبرگزاری مهر، گروه استان‌ها - X:» after a summary sentence: the outlet and its desk
    p = extract_provenance("آخرین خبرها را دنبال کنید. خبرگزاری مهر، گروه استان‌ها - رضا نمونه: انتخابات نزدیک است.")
    assert (p.outlet, p.unit) == ("خبرگزاری مهر", "گروه استان‌ها")
    # «تهران- ایرنا- روزنامه ایران در گزارشی آورده است:»: the newspaper's name stops before «در»
    p = extract_provenance("تهران- ایرنا- روزنامه ایران در گزارشی آورده است: روابط دو کشور بهتر شد.")
    assert (p.outlet, p.cited) == ("ایرنا", ["روزنامه ایران"])
    # «منبع: فصلنامه X - شماره 7»: the journal without its issue number
    p = extract_provenance("متن مقاله درباره تفسیر است.\nمنبع: فصلنامه مطالعات نمونه - شماره 7\nادامه دارد ...")
    assert p.cited == ["فصلنامه مطالعات نمونه"]
