"""Quote rules of round n (invented Persian texts): ranks with an ordinal («دریادار دوم», «ناخدا یکم») and the
Kurdish cleric's honorific «ماموستا» are not part of the speaker's name; a name in guillemets opening the subject
(«علی احمدی» کارشناس ... گفت) is the speaker, the words after it its apposition."""

from __future__ import annotations

from didban.text import canonical_source, extract_provenance, extract_quotes


def _keys(names: list[str]) -> list[str | None]:
    return [canonical_source(n) for n in names]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_rank_with_an_ordinal_is_not_the_name() -> None:
    text = ("امیر دریادار دوم حمید کاظمی فرمانده منطقه یکم دریایی با حضور در بندرعباس گفت: "
            "ناوهای جدید تا پایان سال به آب انداخته می‌شوند.")
    assert _speakers(text) == ["حمید کاظمی"]
    text = "ناخدا یکم رضا مرادی در مراسم تودیع گفت: آموزش نیروها ادامه دارد."
    assert _speakers(text) == ["رضا مرادی"]


def test_kurdish_honorific_mamosta_is_stripped() -> None:
    text = ("ماموستا کریمی امام جمعه موقت شهر در خطبه‌های نماز گفت: برادری میان مذاهب حفظ می‌شود.\n"
            "ماموستا کریمی افزود: همه باید در انتخابات شرکت کنند.")
    assert _speakers(text) == ["کریمی", "کریمی"]


def test_guillemet_name_before_its_apposition() -> None:
    text = ("«مریم سلطانی» روانشناس کودک و نویسنده در گفت‌وگو با خبرنگار ما گفت: "
            "کودکان به بازی در فضای باز نیاز دارند.")
    assert _speakers(text) == ["مریم سلطانی"]


def test_connective_before_the_subject_is_not_the_speaker() -> None:
    text = ("مذاکرات هفته آینده ادامه می‌یابد.\n"
            "با این حال امروز خبرگزاری آسوشیتدپرس گزارش داد که دو طرف هنوز درباره جدول زمانی توافق نکرده‌اند.\n"
            "به همین دلیل است که مهدی صادقی می‌گوید این مذاکرات طولانی خواهد شد.\n"
            "کمی قبل از آن لیلا کرمانی در توئیتر نوشت: نتیجه هنوز روشن نیست.")
    sp = _speakers(text)
    assert len(sp) == 3
    assert sp[0] is not None and "آسوشیتدپرس" in sp[0]
    assert sp[1:] == ["مهدی صادقی", "لیلا کرمانی"]


def test_digest_bullet_headline_is_not_the_subject() -> None:
    text = ("به گزارش خبرگزاری فارس از زنجان، مهم‌ترین رویدادهای استان در 24 ساعت گذشته منتشر شد.\n"
            "مدیرکل هواشناسی زنجان: * آسمان استان بارانی می‌شود مدیرکل هواشناسی استان زنجان گفت: "
            "از فردا بارش باران در همه شهرها آغاز می‌شود.")
    qs = extract_quotes(text)
    assert len(qs) == 1 and qs[0].speaker == "مدیرکل هواشناسی استان زنجان"


def test_semicolon_after_a_document_cue_and_a_quotation_after_a_comma() -> None:
    text = ("این سفر برای ما تجربه‌ای ارزشمند به ارمغان آورده است؛ امیدواریم دوباره تکرار شود.\n"
            "اداره آمار در گزارشی با عنوان «وضعیت اشتغال» آورده است؛ نرخ بیکاری جوانان کاهش یافته است.\n"
            "سخنگوی اداره آمار با رد این انتقادها تأکید کرد، «همه ارقام از سرشماری رسمی گرفته شده‌اند.»")
    qs = extract_quotes(text)
    assert [text[q.start:q.start + 10].lstrip("«") for q in qs] == ["نرخ بیکاری", "همه ارقام "]


def test_plural_reports_are_no_source() -> None:
    text = ("دو کارمند شهرداری از کار برکنار شده‌اند. بر اساس گزارش‌های منتشره، شهردار این تصمیم را گرفته است. "
            "طبق گزارش‌های رسیده، اعتراض‌ها ادامه دارد.")
    p = extract_provenance(text)
    assert p.cited == [] and p.origin is None


def test_press_office_lead_is_the_cited_source() -> None:
    text = ("به گزارش روابط عمومی مرکز آمار ایران، دفتر مطالعات جمعیت این مرکز در گزارشی آورده است: "
            "جمعیت کشور افزایش یافته است.")
    p = extract_provenance(text)
    assert p.outlet is None and p.unit is None
    assert _keys(p.cited) == _keys(["روابط عمومی مرکز آمار ایران"])


def test_dateline_glued_to_its_dash_and_a_relayed_outlet_opening_a_sentence() -> None:
    text = ("ایسنا-وزیر خارجه فرانسه در تماس تلفنی با همتای ترک خود بر ادامه گفت‌وگوها تاکید کرد. "
            "به نقل از رویترز، او گفت: این گفت‌وگوها هفته آینده در پاریس برگزار می‌شود.")
    p = extract_provenance(text)
    assert canonical_source(p.outlet) == canonical_source("ایسنا")
    assert _keys(p.cited) == _keys(["رویترز"])


def test_second_colon_lead_after_a_site_colon_lead_is_cited() -> None:
    text = ("نمایندگان دولت خواستار برخورد با این برنامه شدند.   خبر آنلاین :  تسنیم: در پی انتقاد نمایندگان از "
            "برنامه تلویزیونی، مدیر شبکه عذرخواهی کرد.")
    p = extract_provenance(text)
    assert canonical_source(p.outlet) == canonical_source("خبر آنلاین")
    assert _keys(p.cited) == _keys(["تسنیم"])
