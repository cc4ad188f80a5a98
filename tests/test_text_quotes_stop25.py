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


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ('"We made progress," John Smith, the UN envoy, said.', "John Smith", "UN envoy"),
    ('"The closure is temporary," the port director, Reza Moradi, told reporters.', "Reza Moradi", "port director"),
    ('"We are not there yet," one diplomat told Reuters.', "one diplomat", None),
    ("Local officials said ships were rerouted to Bandar Abbas.", "Local officials", None),
    ("Iraqi police said two people were killed in the blast.", "Iraqi police", None),
])
def test_english_statements_with_an_apposition_or_a_group(text: str, speaker: str, role: str | None) -> None:
    got = [(q.speaker, q.role) for q in extract_quotes(text, "en")]
    assert got == [(speaker, role)], got


def test_english_outlet_named_after_its_description() -> None:
    from didban.records import Article
    from didban.text import analyze

    art = analyze(Article(title="Border attack", text="Two border guards were wounded in Saravan, the state news "
                                                      "agency IRNA reported."))
    assert art.provenance is not None and art.provenance.cited == ["IRNA"] and art.provenance.origin == "IRNA"


def test_a_centre_named_in_the_lead_is_the_source_not_a_desk_and_an_outlet() -> None:
    """«به گزارش مرکز لرزه‌نگاری کشوری ...»: the centre is cited whole (stop 25: unit «مرکز لرزه‌نگاری», cited
    «کشوری»; with «... دانشگاه تهران», cited «تهران»); a desk of a named outlet is still a unit."""
    from didban.records import Article
    from didban.text import analyze

    def prov(lead: str):  # noqa: ANN202
        return analyze(Article(title="زلزله", text=lead + " این زمین‌لرزه در عمق ۱۰ کیلومتری رخ داده است.",
                               source="mehr", source_name="خبرگزاری مهر")).provenance

    p = prov("به گزارش مرکز لرزه‌نگاری کشوری وابسته به موسسه ژئوفیزیک دانشگاه تهران،")
    assert p.unit is None and p.cited == ["مرکز لرزه‌نگاری کشوری وابسته به موسسه ژئوفیزیک دانشگاه تهران"]
    p = prov("به گزارش مرکز لرزه‌نگاری کشوری،")
    assert p.unit is None and p.cited == ["مرکز لرزه‌نگاری کشوری"]
    p = prov("به گزارش مرکز خبر فارس،")
    assert p.unit == "مرکز خبر" and p.cited == ["فارس"]
