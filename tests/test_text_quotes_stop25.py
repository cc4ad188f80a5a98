"""Stop 25: speakers of short feed and channel items, on invented sentences; each assertion failed before the fix."""

from __future__ import annotations

import pytest

from didban.text import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@pytest.mark.parametrize("first", ["باران آمد.", "قیمت دلار امروز بالا رفت.", "برف سنگین بارید."])
def test_a_first_sentence_of_its_own_is_no_named_person(first: str) -> None:
    """A titled speaker followed by «وی افزود» keeps the title when the article names no one: the first sentence
    («باران آمد»، «قیمت دلار ...») is not taken for the article's named person."""
    got = _speakers(f"{first} وزیر اقتصاد گفت: «بازار آرام است.» وی افزود: «ذخایر کافی است.»")
    assert got == ["وزیر اقتصاد", "وزیر اقتصاد"], got


def test_a_named_lead_still_gives_the_pronouns_antecedent() -> None:
    got = _speakers("علی رضایی امروز از پالایشگاه آبادان بازدید کرد. وی گفت: «تولید بنزین افزایش می‌یابد.»")
    assert got == ["علی رضایی"], got


@pytest.mark.parametrize("label", ["فوری:", "خبر فوری:", "🔴", "▪️", "⚡️ فوری:"])
def test_a_channels_flash_label_or_bullet_is_no_speaker(label: str) -> None:
    got = _speakers(f"{label} سخنگوی دولت گفت: «جلسه هیئت دولت فردا برگزار می‌شود.»")
    assert got == ["سخنگوی دولت"], got
