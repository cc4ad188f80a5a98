"""Stop 30 (invented texts): a speaker named by the surname only is shown with the name the article gives in full."""

from __future__ import annotations

from didban.records import Article
from didban.text import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(Article(title="", text=text)).quotes]


def test_a_surname_takes_the_given_names_of_an_earlier_mention() -> None:
    text = ("محمد جواد ظریف امروز با همتای خود در مسکو دیدار کرد. "
            "ظریف در نشست خبری گفت: گفت‌وگوها سازنده بود. "
            "وی افزود: دور بعد در تهران برگزار می‌شود.")
    assert _speakers(text) == ["محمد جواد ظریف", "محمد جواد ظریف"]


def test_two_people_of_one_surname_each_take_the_nearest_earlier_full_mention() -> None:
    text = ("علی رضایی مدیر باشگاه در جلسه حاضر بود. رضایی گفت: قرارداد بازیکنان تمدید می‌شود. "
            "ساعتی بعد محسن رضایی دبیر مجمع به جلسه آمد. رضایی گفت: مجمع نظر خود را اعلام می‌کند.")
    assert _speakers(text) == ["علی رضایی", "محسن رضایی"]


def test_a_full_mention_after_the_quote_is_used_when_there_is_none_before() -> None:
    text = ("لوکاشنکو گفت: انتخابات آزاد بود. "
            "الکساندر لوکاشنکو از سال ۱۹۹۴ رئیس‌جمهور بلاروس است.")
    assert _speakers(text) == ["الکساندر لوکاشنکو"]


def test_a_compound_given_name_keeps_its_zwnj_in_the_display_form() -> None:
    text = ("امیر دریادار حبیب‌الله سیاری از ناوگروه بازدید کرد. "
            "سیاری گفت: ناوگروه به مأموریت خود ادامه می‌دهد.")
    assert _speakers(text) == ["حبیب‌الله سیاری"]


def test_a_title_before_the_surname_is_not_a_given_name() -> None:  # guard: held before this stop too
    text = ("وزیر خارجه ظریف به مسکو رفت. "
            "ظریف گفت: گفت‌وگوها سازنده بود.")
    assert _speakers(text) == ["ظریف"]


def test_a_surname_glued_to_the_word_before_is_not_expanded() -> None:  # guard: held before this stop too
    text = ("گزارش‌ها از علی‌اکبرزاده حکایت داشت. "
            "اکبرزاده گفت: کار ادامه دارد.")
    assert _speakers(text) == ["اکبرزاده"]


def test_the_shipped_given_name_list_is_the_rebuilt_one() -> None:
    from didban import datasets
    from didban.entities.vocab import GIVEN_NAMES_PATH, given_names

    shipped = GIVEN_NAMES_PATH.read_text(encoding="utf-8").split()
    assert "الکساندر" in shipped and "محمد" in shipped and "ایران" not in shipped and "گفت" not in shipped
    try:
        datasets.raw_dir()
    except datasets.DataUnavailable as e:
        import pytest

        pytest.skip(f"research data not available: {e}")
    assert given_names() == shipped
