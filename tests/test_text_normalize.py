"""Normalization, segmentation and language id."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from didban.text import detect_lang, fold, mfold, normalize, sentence_spans, sentences, token_spans, tokens

PERSIANISH = st.text(
    alphabet=st.sampled_from(list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀىأإؤئآ ًٌٍَُِّْـ‌‍۰۱۲۳٤٥٦0123456789.،؛:!? \n«»ABCabc&;")),
    max_size=80,
)


@given(PERSIANISH)
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(PERSIANISH)
def test_mfold_keeps_length_and_normalize_is_stable(s: str) -> None:
    assert len(mfold(s)) == len(s)
    assert normalize(normalize(s)) == normalize(s)


def test_fold_contract() -> None:
    assert fold("كتاب‌هاي ما") == "کتاب های ما"
    assert fold("مدرسة") == "مدرسه"
    assert fold("۱۲۳ ١٢٣") == "123 123"
    assert fold("سَلامــــ") == "سلام"
    assert fold("Tehran &amp; IRNA") == "tehran & irna"


def test_normalize_repairs_zwnj_and_spacing_but_keeps_digits() -> None:
    assert normalize("امنیتی،تشریح") == "امنیتی، تشریح"
    assert normalize("می شود و نمی خواهد") == "می\u200cشود و نمی\u200cخواهد"
    assert normalize("استانداری های سراسر") == "استانداری\u200cهای سراسر"
    assert normalize("بزرگ تر و بزرگ ترین") == "بزرگ\u200cتر و بزرگ\u200cترین"
    assert normalize("گفت : ذوالفقاري ۱۲ كتاب") == "گفت: ذوالفقاری ۱۲ کتاب"
    assert normalize("A &amp; B") == "A & B"
    assert normalize("عدد 3.14") == "عدد 3.14"


def test_sentences_and_tokens_with_offsets() -> None:
    text = "سلام. Dr. Smith said it. وی گفت: «برو.» بعد\nخط دوم"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == sentences(text)
    assert sentences(text) == ["سلام.", "Dr. Smith said it.", "وی گفت: «برو.»", "بعد", "خط دوم"]
    t = "استانداری‌های سراسر ۱۲۳ 3.14، «امنیتی» don't"
    assert tokens(t) == ["استانداری\u200cهای", "سراسر", "۱۲۳", "3.14", "،", "«", "امنیتی", "»", "don't"]
    assert all(t[a:b] for a, b in token_spans(t))


def test_detect_lang() -> None:
    assert detect_lang("این یک متن فارسی است که می‌خوانیم") == "fa"
    assert detect_lang("اين متن فارسي است كه با حروف عربي تايپ شده") == "fa"
    assert detect_lang("هذا هو النص العربي الذي كتب في المدينة") == "ar"
    assert detect_lang("The minister said the talks would resume on Monday.") == "en"
    assert detect_lang("Der Minister sagte, die Gespräche würden am Montag fortgesetzt.") == "other"
    assert detect_lang("12345") == "other"


@pytest.mark.parametrize("s, want", [
    ("0 \u200c.", "0."),  # a ZWNJ between a space and a mark: once dropped, the space before the mark goes too
    ("می \u200cشود", "می\u200cشود"),  # and the «می» prefix is joined in the same pass
    ("الف \u200c،ب", "الف، ب"),
    ("« \u200cالف", "«الف"),
])
def test_normalize_drops_stray_zwnj_before_the_spacing_rules(s: str, want: str) -> None:
    assert normalize(s) == want
    assert normalize(want) == want


@pytest.mark.parametrize("s, want", [
    ("سلیمانی\u200eفر", "سلیمانی\u200cفر"),  # a bidi mark typed for a ZWNJ inside a word becomes one
    ("روح\u200f\u200eالله", "روح\u200cالله"),
    ("سلیمانی\u200e فر", "سلیمانی فر"),  # elsewhere it is dropped
    ("abc\u200edef", "abcdef"),
])
def test_normalize_turns_a_bidi_mark_inside_a_word_into_a_zwnj(s: str, want: str) -> None:
    assert normalize(s) == want
