"""Provenance and quote rules of round m (invented Persian texts): a second-paragraph «به نوشته X،», a cited
«روابط عمومی این سازمان», a desk «گروه دیگر رسانه‌های X», a site lead closed by «؛» after a summary, the typo
«یه گزارش», official names with a comma inside, the cues «مدعی اند» and «ابراز امیدواری نمود», and «استاد
دانشگاه X» as a title."""

from __future__ import annotations

from didban.text import canonical_source, extract_provenance, extract_quotes


def _keys(names: list[str]) -> list[str | None]:
    return [canonical_source(n) for n in names]


def test_second_paragraph_be_neveshte_with_a_quoted_agency_is_cited() -> None:
    text = ("به گزارش خبرگزاری ایسنا، هیئت تجاری ژاپن امروز وارد تهران شد.\n"
            "به نوشته خبرگزاری «آسوشیتدپرس»، این هیئت درباره خرید محصولات کشاورزی گفت‌وگو خواهد کرد.\n"
            "سفر این هیئت سه روز طول می‌کشد.")
    p = extract_provenance(text)
    assert canonical_source(p.outlet) == canonical_source("ایسنا")
    assert _keys(p.cited) == _keys(["آسوشیتدپرس"])
    qs = [q for q in extract_quotes(text) if q.cue == "به نوشته"]
    assert len(qs) == 1 and text[qs[0].start:].startswith("این هیئت درباره")
    assert qs[0].speaker is not None and "آسوشیتدپرس" in qs[0].speaker


def test_public_relations_of_this_organisation_is_the_whole_name() -> None:
    text = ("به گزارش خبرگزاری فارس به نقل از روابط عمومی این سازمان در متن اطلاعیه سازمان آتش‌نشانی شهر آمده است: "
            "همه ایستگاه‌ها در تعطیلات نوروز آماده‌اند.")
    p = extract_provenance(text)
    assert p.cited == ["روابط عمومی این سازمان"]


def test_desk_of_other_media_is_not_a_cited_source() -> None:
    text = ("به گزارش گروه دیگر رسانه‌های خبرگزاری فارس به نقل از دفتر رسانه‌ای جنبش مقاومت در بیروت، "
            "سخنگوی این جنبش گفت: ما آماده گفت‌وگو هستیم.")
    p = extract_provenance(text)
    assert canonical_source(p.outlet) == canonical_source("خبرگزاری فارس")
    # the one-word place before the comma closes the cited name
    assert _keys(p.cited) == _keys(["دفتر رسانه‌ای جنبش مقاومت در بیروت"])


def test_site_lead_closed_by_a_semicolon_after_a_summary() -> None:
    text = ("نماینده مردم شیراز گفت قیمت نان نباید افزایش یابد. خبرگزاری خانه ملت؛ محمود رضایی با انتقاد از "
            "گرانی نان گفت: نانوایان باید سهمیه آرد کافی بگیرند.")
    p = extract_provenance(text)
    assert canonical_source(p.outlet) == canonical_source("خانه ملت")
    # a semicolon inside an ordinary sentence is no lead
    p = extract_provenance("وزیر نیرو درباره سدها سخن گفت؛ او از کمبود باران نگران است.")
    assert p.outlet is None


def test_ye_gozaresh_typo_before_a_known_outlet() -> None:
    text = ("تهران-ایرنا- وزیر خارجه با سفیر ژاپن دیدار کرد. یه گزارش ایرنا از دفتر سخنگوی وزارت امور خارجه، "
            "دو طرف درباره همکاری‌های اقتصادی گفت‌وگو کردند.")
    p = extract_provenance(text)
    assert canonical_source(p.outlet) == canonical_source("ایرنا")
    assert p.cited == ["دفتر سخنگوی وزارت امور خارجه"]
    # colloquial «یه گزارش» («a report») before no outlet is not a lead
    p = extract_provenance("یه گزارش تازه نشان می‌دهد که مصرف برق بالا رفته است.")
    assert p.cited == [] and p.outlet is None


def test_official_name_with_a_comma_inside() -> None:
    text = ("به گزارش خبرگزاری فارس از تبریز به نقل از روابط عمومی اداره‌کل تعاون، کار و رفاه اجتماعی استان "
            "آذربایجان شرقی، ۲۰۰ واحد تولیدی تازه افتتاح شد.")
    p = extract_provenance(text)
    assert p.cited == ["روابط عمومی اداره‌کل تعاون، کار و رفاه اجتماعی استان آذربایجان شرقی"]


def test_plural_claim_and_nemud_hope_cues() -> None:
    text = ("دادگاه رأی خود را صادر کرد. مقامات قضایی این کشور مدعی اند این شرکت اسناد را جعل کرده است. "
            "وزیر بازرگانی با اشاره به این پرونده ابراز امیدواری نمود که مشکل به زودی حل شود.")
    qs = extract_quotes(text)
    cues = {q.cue: q for q in qs}
    assert "مدعی اند" in cues and text[cues["مدعی اند"].start:].startswith("این شرکت")
    assert "ابراز امیدواری نمود" in cues


def test_ostad_of_a_university_is_a_title_resolved_to_the_person() -> None:
    text = ("به گزارش خبرگزاری فارس، علیرضا کاظمی در همایش انرژی اظهار داشت: باید به انرژی خورشیدی توجه کنیم.\n"
            "استاد دانشگاه صنعتی شریف افزود: هزینه پنل‌ها هر سال کمتر می‌شود.")
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["علیرضا کاظمی", "علیرضا کاظمی"]
