"""Round q (heldout_p and long_a as dev): behavioural tests on invented sentences; each failed before its fix."""

from didban.text import canonical_source, extract_provenance


def test_our_reporter_is_no_cited_source() -> None:
    text = ("به گزارش خبرگزاری ایسنا هفتمین جشنواره گل و گیاه از فردا در باغ ملی شیراز آغاز می‌شود.\n"
            "بنا به گزارش خبرنگار ما از این جشنواره، بیش از صد غرفه در آن برپا شده است.")
    p = extract_provenance(text)
    assert p.cited == [], p
    assert canonical_source(p.origin) == canonical_source("ایسنا"), p


def test_doubled_head_word_is_one_outlet() -> None:
    text = ("به گزارش خبرگزاری خبرگزاری ایسنا از یزد، مدیرکل راه و شهرسازی استان در نشستی گفت: "
            "ساخت پل جدید تا پاییز تمام می‌شود.")
    p = extract_provenance(text)
    assert p.cited == [], p
    assert p.outlet == "خبرگزاری ایسنا", p


def test_site_named_after_its_owner_keeps_the_name() -> None:
    text = ("به گزارش خبرگزاری ایسنا به نقل از پایگاه اطلاع‌رسانی علی‌اکبر ولایتی، مشاور بین‌الملل در دیدار "
            "با استادان دانشگاه گفت: همکاری منطقه‌ای ادامه دارد.")
    p = extract_provenance(text)
    assert p.cited and "ولایتی" in p.cited[0], p


def test_report_source_in_the_third_sentence_is_cited() -> None:
    text = ("به گزارش گروه بین‌الملل خبرگزاری ایسنا، یک استاد دانشگاه هاروارد مقاله‌ای درباره بازار نفت نوشته است.\n"
            "مجله «اکونومیست» این مقاله را با عنوان «پایان دوران نفت ارزان» منتشر کرده است.\n"
            "بنا بر گزارش مجله اکونومیست، قیمت نفت در سال آینده بالا خواهد رفت.")
    p = extract_provenance(text)
    assert p.cited and "اکونومیست" in p.cited[0], p
