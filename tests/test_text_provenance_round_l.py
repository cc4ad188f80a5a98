"""Provenance rules of round l (invented Persian texts): a dateline with the outlet in brackets, an interview
given to another outlet, a «به گزارش» far down the article, wire agencies named after the first paragraph,
a perfect «خبر داده است» of a named newspaper, a place name «X‌آباد» inside a cited source, a site lead glued
to a headline."""

from __future__ import annotations

from didban.text import canonical_source, extract_provenance


def _origin(text: str, **kw: object) -> str | None:
    return canonical_source(extract_provenance(text, **kw).origin)  # type: ignore[arg-type]


def test_dateline_with_the_outlet_in_brackets() -> None:
    p = extract_provenance("اصفهان (ایسنا) - مسابقات کشتی نوجوانان از فردا در سالن شهید رجایی برگزار می‌شود. "
                           "مسئول برگزاری گفت: همه تیم‌ها آماده‌اند.")
    assert canonical_source(p.outlet) == canonical_source("ایسنا")
    assert p.origin == p.outlet
    # a city and an ordinary bracket are no outlet
    p = extract_provenance("اصفهان (نصف جهان) - مسابقات کشتی نوجوانان از فردا برگزار می‌شود.")
    assert p.outlet is None


def test_interview_given_to_another_outlet_reported_in_the_perfect() -> None:
    text = ("معاون وزیر نیرو می‌گوید ذخایر سدها کم شده است. مهدی کرمانی روز دوشنبه در گفت‌وگو با خبرگزاری ایسنا "
            "گفته است که مصرف آب در تهران باید ده درصد کم شود.\n\nبرخی کارشناسان هم نگران تابستان هستند.")
    assert extract_provenance(text).outlet is None
    # told in the simple past, the interviewing outlet publishes the article (the earlier rule is kept)
    text2 = "مهدی کرمانی روز دوشنبه در گفت‌وگو با ایسنا گفت: مصرف آب در تهران باید ده درصد کم شود."
    assert canonical_source(extract_provenance(text2).outlet) == canonical_source("ایسنا")


def test_interview_with_a_foreign_paper_is_not_the_origin() -> None:
    text = ("سفیر پیشین در مصاحبه با یک روزنامه خارجی از مذاکرات سخن گفت. حمید نادری به گاردین گفت دولت باید "
            "صبر کند.\n\nاو پیش از این معاون وزارت خارجه بود.")
    p = extract_provenance(text)
    assert p.origin is None and p.cited == []


def test_be_gozaresh_in_the_fourth_paragraph_is_not_the_lead() -> None:
    text = ("تجمع بازنشستگان فولاد صبح امروز برای سومین روز ادامه یافت.\n\n"
            "این تجمع از شنبه آغاز شده است.\n\n"
            "بازنشستگان خواستار افزایش مستمری هستند.\n\n"
            "به گزارش خبرگزاری ایلنا، در نامه این بازنشستگان آمده است که حقوق آنها ماه‌هاست عقب افتاده است.")
    p = extract_provenance(text, title="https://www.radiofarda.com/a/123.html")
    assert canonical_source(p.outlet) == canonical_source("رادیو فردا")
    assert p.cited == [] and p.origin == p.outlet


def test_wire_agency_lead_in_the_second_paragraph_is_cited() -> None:
    text = ("ارتش ترکیه اعلام کرد دو روستا در شمال عراق بمباران شد.\n\n"
            "به گزارش خبرگزاری آلمان، وزارت دفاع ترکیه افزود که هدف این حملات انبار سلاح بود.")
    p = extract_provenance(text)
    assert p.outlet is None
    assert [canonical_source(c) for c in p.cited] == [canonical_source("دی پی آ")]


def test_according_to_an_agency_in_the_third_paragraph() -> None:
    text = ("وزارت خارجه کنیا سفیر سومالی را احضار کرد.\n\n"
            "در این بیانیه آمده است که این احضار پس از حادثه مرزی هفته گذشته بود.\n\n"
            "بنابر گزارش خبرگزاری کنیا (کنا)، وزارت خارجه این کشور افزود که تحقیقات ادامه دارد.\n\n"
            "کنیا و سومالی مرز طولانی دارند.")
    p = extract_provenance(text)
    assert [canonical_source(c) for c in p.cited] == [canonical_source("خبرگزاری کنیا")]
    assert _origin(text) == canonical_source("خبرگزاری کنیا")


def test_newspaper_reported_in_the_perfect_after_the_lead() -> None:
    text = ("به گزارش ایسنا، روزنامه آمریکایی «واشنگتن پست» از زخمی شدن سه نفر در این آتش‌سوزی خبر داده است. "
            "آتش‌نشانان هنوز در محل هستند.")
    p = extract_provenance(text)
    assert canonical_source(p.outlet) == canonical_source("ایسنا")
    assert [canonical_source(c) for c in p.cited] == [canonical_source("واشنگتن پست")]


def test_place_name_with_abad_is_not_a_person_in_a_cited_source() -> None:
    text = ("به گزارش خبرگزاری فارس از ساری به نقل از روابط عمومی فرمانداری شهرستان حسن‌آبادکوه، "
            "رضا نوری در جلسه شورای اداری اظهار کرد: کار پروژه‌ها باید تمام شود.")
    p = extract_provenance(text)
    assert p.cited == ["روابط عمومی فرمانداری شهرستان حسن‌آبادکوه"]


def test_site_lead_glued_to_a_headline() -> None:
    text = ("هدف این بخش گسترش اطلاع‌رسانی است. وزیر نیرو از سد کرج بازدید کرد خبر آنلاین : وزیر نیرو امروز "
            "از سد کرج بازدید کرد و گفت: ذخیره سد کم است.")
    assert _origin(text) == canonical_source("خبرآنلاین")
