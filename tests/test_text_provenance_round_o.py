"""Quote and provenance rules of round o (invented Persian texts): a cited press office whose name holds a ZWNJ
compound («مرکز اطلاع‌رسانی ...») is not cut at the ZWNJ, and the person after it is the speaker, not the
compound's second half; the present «هشدار می‌دهند» introduces a statement, with «که» or without it; the occasion
«در این دیدار/جلسه ...» before the subject is skipped (the named person speaks, not the previous organisation);
«این اقتصاددان» (a singular «-دان» profession) is the last speaker, not an anonymous group; two words ending in a
personal verb («... به ترکیه داشتم وزیر ...») are no name before a title."""

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


def test_occasion_before_the_subject_is_skipped() -> None:
    text = ("روابط عمومی دانشگاه اعلام کرد: کلاس‌ها از شنبه حضوری است. در این نشست دکتر سامان پاکزاد گفت: "
            "خوابگاه‌ها آماده‌اند.")
    assert _speakers(text) == ["روابط عمومی دانشگاه", "سامان پاکزاد"]
    text = "در این بازدید حجت\u200cالاسلام نیکخواه گفت: ساخت مدرسه امسال تمام می‌شود."
    assert _speakers(text) == ["نیکخواه"]


def test_singular_dan_profession_is_the_last_speaker() -> None:
    text = ("بهرام سلیمی در گفت‌وگو با ایلنا اظهار کرد: تورم کاهش نمی‌یابد.\n"
            "این حقوقدان با اشاره به قانون بودجه گفت: مجلس باید نظارت کند.")
    assert _speakers(text) == ["بهرام سلیمی", "بهرام سلیمی"]


def test_words_ending_in_a_personal_verb_are_no_name_before_a_title() -> None:
    text = ("وزیر نیرو گفت: سد تکمیل شد.\nدر سفری که به ترکیه داشتم وزیر انرژی ترکیه قول همکاری داد.\n"
            "وزیر انرژی ترکیه اعلام کرد: خط لوله ساخته می‌شود.")
    assert _speakers(text) == ["وزیر نیرو", "وزیر انرژی ترکیه"]
    text = ("وزیر نیرو گفت: سد تکمیل شد. در سفری که به ترکیه داشتم، وزیر انرژی ترکیه قول همکاری داد.\n"
            "وزیر انرژی ترکیه اعلام کرد: خط لوله ساخته می‌شود.")
    assert _speakers(text) == ["وزیر نیرو", "وزیر انرژی ترکیه"]
