"""Stop 26: normalization, sentences and language id on forms a probe found wrong (invented text)."""

from __future__ import annotations

import pytest

from didban.text.normalize import normalize
from didban.text.segment import detect_lang, sentences


@pytest.mark.parametrize(("raw", "shown"), [
    ("ج.ا.ا. اعلام کرد", "ج.ا.ا. اعلام کرد"),  # before: «ج. ا. ا.»
    ("ساعت ۱۰ ق.ظ و ۵ ب.ظ", "ساعت ۱۰ ق.ظ و ۵ ب.ظ"),
    ("در ماه می سال ۲۰۲۴", "در ماه می سال ۲۰۲۴"),  # May, not the prefix: before «می‌سال»
    ("اعلام کرد.وزیر گفت", "اعلام کرد. وزیر گفت"),  # guards: a word's full stop, the prefix
    ("او می رود و نمی ماند", "او می‌رود و نمی‌ماند"),
])
def test_abbreviations_and_the_month_may_are_left_alone(raw: str, shown: str) -> None:
    assert normalize(raw) == shown


def test_a_sentence_ends_at_a_mark_glued_to_the_next_persian_word() -> None:
    assert sentences("آیا او می‌آید؟بله آمد!سپس رفت.") == ["آیا او می‌آید؟", "بله آمد!", "سپس رفت."]
    # a scraped page's paragraphs joined after a full stop
    assert sentences("نشست پایان یافت.وزیر گفت: خوب است.") == ["نشست پایان یافت.", "وزیر گفت: خوب است."]
    # not inside abbreviations and numbers (guards)
    assert sentences("ج.ا.ا. اعلام کرد که نرخ ۳.۵ درصد شد.") == ["ج.ا.ا. اعلام کرد که نرخ ۳.۵ درصد شد."]


@pytest.mark.parametrize(("text", "lang"), [
    ("افزایش قیمت بنزین", "fa"),  # before: other
    ("سلام", "fa"),  # before: ar
    ("زلزله در بم", "fa"),
    ("وزير الخارجية", "ar"), ("الحرب على غزة", "ar"), ("مرحبا بكم", "ar"),  # guards
])
def test_short_persian_text_is_persian(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_arabic_quotation_marks_anonymity_dateline_and_a_later_relay() -> None:
    """Arabic copy a probe found wrong (invented text)."""
    from didban.text import extract_provenance, extract_quotes

    text = ("دمشق-سانا\n"
            "بحث وزير الخارجية أسعد الشيباني مع نظيره التركي اليوم الأحد العلاقات الثنائية.\n"
            "وقال الشيباني في تصريح إن \"سوريا منفتحة على كل المبادرات\".\n"
            "وأكد مسؤول أمني طلب عدم الكشف عن هويته أن الطائرة أطلقت من خارج الحدود.\n"
            "وقال الوزير إن \"داعش\" يهاجم القرى الحدودية.")
    got = [(q.speaker, q.text) for q in extract_quotes(text, lang="ar")]
    assert got[0][1] == "سوريا منفتحة على كل المبادرات"  # the opening mark was kept, not the closing
    assert got[1] == ("مسؤول أمني", "الطائرة أطلقت من خارج الحدود")  # was «مسؤول أمني طلب عدم الكشف» / «هويته أن ...»
    assert got[2][1] == "\"داعش\" يهاجم القرى الحدودية"  # a quoted term inside the statement keeps its marks (guard)
    assert extract_provenance(text, lang="ar").outlet == "سانا"  # «دمشق-سانا» on its own line: was none
    relay = ("قالت وزارة الصحة في غزة إن 15 فلسطينيا قتلوا اليوم.\n"
             "ونقلت وكالة رويترز عن مصدر طبي قوله إن بين القتلى خمسة أطفال.")
    p = extract_provenance(relay, lang="ar")
    assert p.outlet is None and p.cited == ["وكالة رويترز"]  # was the outlet


def test_persian_percent_is_part_of_its_number_and_spans_agree_with_tokens() -> None:
    from didban.text.segment import token_spans, tokens

    assert tokens("۲۵٪ رشد") == ["۲۵٪", "رشد"]  # was ["۲۵", "٪", "رشد"] (and «25%» one token)
    text = "خانه\u200c را دید"
    assert [text[a:b] for a, b in token_spans(text)] == tokens(text) == ["خانه", "را", "دید"]  # was «خانه‌»
