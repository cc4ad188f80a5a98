"""Quote rules of round n (invented Persian texts): ranks with an ordinal («دریادار دوم», «ناخدا یکم») and the
Kurdish cleric's honorific «ماموستا» are not part of the speaker's name; a name in guillemets opening the subject
(«علی احمدی» کارشناس ... گفت) is the speaker, the words after it its apposition."""

from __future__ import annotations

from didban.text import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_rank_with_an_ordinal_is_not_the_name() -> None:
    text = ("امیر دریادار دوم حمید کاظمی فرمانده منطقه یکم دریایی با حضور در بندرعباس گفت: "
            "ناوهای جدید تا پایان سال به آب انداخته می‌شوند.")
    assert _speakers(text) == ["حمید کاظمی"]
    text = "ناخدا یکم رضا مرادی در مراسم تودیع گفت: آموزش نیروها ادامه دارد."
    assert _speakers(text) == ["رضا مرادی"]


def test_kurdish_honorific_mamosta_is_stripped() -> None:
    text = ("ماموستا کریمی امام جمعه موقت شهر در خطبه‌های نماز گفت: برادری میان مذاهب حفظ می‌شود.\n"
            "ماموستا کریمی افزود: همه باید در انتخابات شرکت کنند.")
    assert _speakers(text) == ["کریمی", "کریمی"]


def test_guillemet_name_before_its_apposition() -> None:
    text = ("«مریم سلطانی» روانشناس کودک و نویسنده در گفت‌وگو با خبرنگار ما گفت: "
            "کودکان به بازی در فضای باز نیاز دارند.")
    assert _speakers(text) == ["مریم سلطانی"]
