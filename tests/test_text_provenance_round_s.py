"""Round s (long_c as dev): behavioural tests on invented sentences; each failed before its fix."""

from didban.text.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_date_before_the_subject_is_not_the_speaker() -> None:
    got = _speakers("روز دوشنبه، پانزدهم مهر در حالی که جلسه هنوز ادامه داشت، مریم کاظمی، مدیر مدرسه اعلام کرد که"
                    " کلاس‌ها از هفته بعد حضوری می‌شود.")
    assert got == ["مریم کاظمی"], got
    got = _speakers("عصر پنجشنبه ۱۲ آبان ۱۴۰۱، «حمید نوری» از اعضای شورای شهر، در یک گفت‌وگوی رادیویی گفته بود:"
                    " «بلیت اتوبوس گران نمی‌شود.»")
    assert got == ["حمید نوری"], got


def test_a_date_before_a_name_with_its_title() -> None:
    got = _speakers("روز سه‌شنبه، سی‌ام آذر در حالی که کارکنان منتظر خبر بودند، کیوان تابنده، رئیس شرکت در تماسی"
                    " تلفنی اعلام کرد که حقوق‌ها پرداخت می‌شود.")
    assert got == ["کیوان تابنده"], got


def test_one_word_group_with_a_plural_verb_does_not_take_the_titles() -> None:
    got = _speakers("سخنگوی آتش‌نشانی گفت: آتش تا صبح مهار شد. ساکنان اعلام کردند که دود تا ظهر در خیابان بود."
                    " سخنگوی آتش‌نشانی افزود: علت حادثه بررسی می‌شود.")
    assert got[0] != "ساکنان" and got[2] != "ساکنان", got
    assert got[1] == "ساکنان", got
