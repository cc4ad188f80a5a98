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
