"""Stop 22: provenance on invented sentences; each assertion that names a citation failed before its fix."""

from __future__ import annotations

from didban.text import extract_provenance


def _chain(text: str) -> tuple[str | None, list[str], str | None]:
    p = extract_provenance(text)
    return p.outlet, p.cited, p.origin


def test_an_outlet_that_turned_to_a_subject_right_after_the_lead_is_cited() -> None:
    """«به گزارش X، روزنامه Y در شماره امروز خود به بررسی ... پرداخته است»: Y's piece is the source, as with «نوشت»;
    not when the outlet is only a place where someone spoke, and not in a page without a lead."""
    assert _chain("به گزارش ایسنا، روزنامه همشهری در شماره امروز خود به بررسی وضع پل‌های شهر پرداخته است. پل اول "
                  "کهنه است.") == ("ایسنا", ["همشهری"], "همشهری")
    assert _chain("به گزارش ایرنا، روزنامه کیهان صفحه نخست شماره امروز را به سفر رئیس‌جمهور اختصاص داده است.")[1] \
        == ["کیهان"]
    assert _chain("به گزارش ایسنا، وزیر راه در گفت‌وگو با همشهری به بررسی وضع پل‌ها پرداخت.")[1] == []
    assert _chain("بازار آرام بود. روزنامه همشهری به بررسی وضع پل‌های شهر پرداخت.")[1] == []


def test_a_semicolon_after_the_outlet_does_not_end_the_chain() -> None:
    """«به گزارش X؛ به نقل از Y،»: the semicolon closes the outlet, the chain goes on; also in a lead that
    follows a repeated summary deeper in the page."""
    assert _chain("به گزارش تابناک؛ به نقل از ایلنا، علی رضایی گفت: طرح آماده است.") \
        == ("تابناک", ["ایلنا"], "ایلنا")
    summary = "علی رضایی نماینده مجلس می‌گوید طرح آماده است و به زودی به صحن می‌رود. " * 9
    assert _chain(summary + "\n\nطرح تازه مجلس\nبه گزارش تابناک؛ به نقل از ایلنا، علی رضایی گفت: طرح آماده است.") \
        == ("تابناک", ["ایلنا"], "ایلنا")
    # the deep lead without a chain still gives the publisher alone
    assert _chain(summary + "\n\nطرح تازه مجلس\nبه گزارش تابناک، علی رضایی گفت: طرح آماده است.") \
        == ("تابناک", [], "تابناک")


def test_an_agency_signed_after_the_last_sentence_is_the_source() -> None:
    """«... شود.»/ایرنا»: a repost signs the agency it took the report from; the publisher's own name signed there is
    no citation, and a slash inside the text is no signature."""
    body = "سخنگوی دولت گفت: «مذاکرات ادامه دارد و نتیجه آن به زودی اعلام می‌شود.»"
    assert _chain("به گزارش همشهری آنلاین، " + body + "/ایرنا")[1:] == (["ایرنا"], "ایرنا")
    assert _chain("به گزارش همشهری آنلاین، " + body + " / ایسنا کپی ")[1] == ["ایسنا"]
    assert _chain("به گزارش ایرنا، " + body + "/ایرنا")[1] == []
    assert _chain("به گزارش همشهری آنلاین، نرخ ارز ۱۰/۲ درصد بالا رفت و ایرنا آن را تایید کرد")[1] == []


def test_sputniks_persian_service_is_one_source_under_its_two_names() -> None:
    """«Sputnik Persian» and «Sputnik Iran» (the site's two Latin names) and «اسپوتنیک ایران» are one source; the
    Russian agency itself («Sputnik», «اسپوتنیک») stays another."""
    from didban.text import canonical_source
    from didban.text.provenance import same_source

    assert canonical_source("Sputnik Persian") == canonical_source("Sputnik Iran") == canonical_source("اسپوتنیک ایران")
    assert not same_source("Sputnik Persian", "Sputnik")


def test_a_known_cited_outlet_ends_a_chain_that_lacks_its_comma() -> None:
    """«به گزارش X به نقل از رویترز عربستان ...» (no comma after the source, «ازرویترز» even glued): the known outlet
    is the source, not the sentence after it; a name with its comma is read whole as before."""
    assert _chain("به گزارش ایسنا به نقل از رویترز عربستان سعودی از افزایش قیمت نفت رضایت دارد.")[1] == ["رویترز"]
    assert _chain("به گزارش خبرگزاری فارس به نقل ازرویترز این در حالی است که عربستان سعودی به عنوان بزرگ‌ترین "
                  "صادرکننده نفت جهان از افزایش قیمت‌ها رضایت کامل دارد و بازار آرام است.")[1:] == (["رویترز"], "رویترز")
    assert _chain("به گزارش ایسنا به نقل از روابط عمومی شرکت آب و فاضلاب استان، آب شهر قطع می‌شود.")[1] \
        == ["روابط عمومی شرکت آب و فاضلاب استان"]


def test_a_dateline_after_a_repeated_summary_names_the_publisher_and_its_source() -> None:
    """«... است. خبرگزاری مهر - بنا به اعلام روابط عمومی ستاد، ...»: the dateline opening the sentence after a summary is
    the publisher, the «بنا به اعلام X،» right after it the source; the page's own dateline is its publisher even
    when the name is a foreign-language channel's («العالم - سیاسی»). A dash inside a sentence is none."""
    summary = "فرمانده سپاه استان گفت هیچ تهدیدی متوجه مرزهای استان نیست و گشت‌ها ادامه دارد. " * 3
    assert _chain(summary + "خبرگزاری مهر - بنا به اعلام روابط عمومی ستاد، سردار علی رضایی در جلسه‌ای گفت: گشت‌ها "
                            "ادامه دارد.") == ("مهر", ["روابط عمومی ستاد"], "روابط عمومی ستاد")
    assert _chain(summary + "العالم - سیاسی ثبت نام داوطلبان امروز به پایان رسید.")[::2] == ("العالم", "العالم")
    assert _chain(summary + "گزارش دیروز ایسنا - که در صفحه اول آمد - درست بود و همه آن را خواندند.")[0] is None


def test_a_government_bodys_information_site_is_a_source_not_a_publisher() -> None:
    """«به گزارش پایگاه اطلاع‌رسانی دولت،» opening a page: the body's release is cited, like a press office's; a news
    site («پایگاه خبری تابناک») stays the publisher."""
    assert _chain("به گزارش پایگاه اطلاع‌رسانی دولت، ادارات تهران فردا تعطیل است.") \
        == (None, ["پایگاه اطلاع\u200cرسانی دولت"], "پایگاه اطلاع\u200cرسانی دولت")
    assert _chain("به گزارش پایگاه اطلاع رسانی وزارت کشور، دبیر ستاد انتخابات گزارش را ارائه کرد.")[:2] \
        == (None, ["پایگاه اطلاع رسانی وزارت کشور"])
    assert _chain("به گزارش پایگاه خبری تابناک، ادارات تهران فردا تعطیل است.")[:2] == ("پایگاه خبری تابناک", [])
