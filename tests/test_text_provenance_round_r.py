"""Round r (long_b as dev): behavioural tests on invented sentences; each failed before its fix."""

from didban.text.quotes import extract_quotes


def _cues(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.cue) for q in extract_quotes(text)]


def test_matrah_kard_with_a_colon_is_a_cue() -> None:
    got = _cues("وزیر نیرو در این نشست مطرح کرد: آب شهرها در تابستان جیره‌بندی نمی‌شود.")
    assert got == [("وزیر نیرو", "مطرح کرد")], got
    # without a colon it only raised a topic
    assert _cues("این موضوع را نماینده مردم شیراز در جلسه مطرح کرد و پاسخی نگرفت.") == []


def test_present_khaterneshan_with_a_colon_is_a_cue() -> None:
    got = _cues("مدیر کل بنادر خاطرنشان می‌کند: کشتی‌های تازه تا پایان سال به خط می‌رسند.")
    assert [s for s, _ in got] == ["مدیر کل بنادر"], got


def test_goft_with_a_zwnj_before_the_colon() -> None:
    got = _cues("رئیس سازمان هواشناسی درباره بارش‌ها گفت\u200c: باران پاییزی کمتر از سال گذشته بود.")
    assert [s for s, _ in got] == ["رئیس سازمان هواشناسی"], got
    assert _cues("وزیر در گفت\u200cوگویی تلویزیونی از برنامه‌های تازه سخن گفت.") == []


def test_footnote_marks_are_not_part_of_the_speaker() -> None:
    got = _cues("این طرح در سال ۱۳۹۰ تصویب شد.[۴] وزیر کار گفت: اجرای آن دو سال طول می‌کشد.")
    assert [s for s, _ in got] == ["وزیر کار"], got


def test_etc_dots_do_not_end_the_sentence() -> None:
    got = _cues("معاون وزیر راه با اشاره به ساخت جاده‌ها، پل‌ها و... در استان، گفت: بودجه امسال دو برابر شده است.")
    assert [s for s, _ in got] == ["معاون وزیر راه"], got
