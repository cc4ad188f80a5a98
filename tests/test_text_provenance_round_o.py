"""Quote and provenance rules of round o (invented Persian texts): a cited press office whose name holds a ZWNJ
compound («مرکز اطلاع‌رسانی ...») is not cut at the ZWNJ, and the person after it is the speaker, not the
compound's second half; the present «هشدار می‌دهند» introduces a statement, with «که» or without it."""

from __future__ import annotations

from didban.text import canonical_source, extract_provenance, extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_zwnj_compound_in_a_cited_office_is_not_cut() -> None:
    text = ("به گزارش خبرگزاری مهر از تبریز به نقل از مرکز اطلاع\u200cرسانی بخش معاونت فنی شرکت آب منطقه‌ای استان، "
            "مهندس کاوه نوری اظهار داشت: کار لوله‌گذاری تا پایان ماه تمام می‌شود.\n"
            "وی افزود: اعتبار طرح تأمین شده است.")
    p = extract_provenance(text)
    assert [canonical_source(c) for c in p.cited] == [
        canonical_source("مرکز اطلاع\u200cرسانی بخش معاونت فنی شرکت آب منطقه‌ای استان")]
    assert _speakers(text) == ["کاوه نوری", "کاوه نوری"]


def test_present_plural_warning_introduces_a_statement() -> None:
    text = "پزشکان هشدار می‌دهند که مصرف زیاد نمک فشار خون را بالا می‌برد."
    assert _speakers(text) == ["پزشکان"]
    text = "زمین‌شناسان هشدار می دهند اگر برداشت آب ادامه یابد، فرونشست دشت‌ها شتاب می‌گیرد."
    assert _speakers(text) == ["زمین‌شناسان"]
