"""Round u (what carries over to unseen articles): behavioural tests on invented sentences; each failed before
its fix."""

from didban.text.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:12]) for q in extract_quotes(text)]


def test_be_gofte_with_the_ezafe_hamza_is_an_attribution() -> None:
    got = _quotes("قیمت نان بالا رفت. به گفتهٔ حسن کریمی، معاون وزیر کشاورزی، قیمت گندم دو برابر شده است.")
    assert got and got[0][0] == "حسن کریمی" and got[0][1].startswith("قیمت گندم"), got
    got = _quotes("قیمت نان بالا رفت. به نوشتهٔ روزنامه کیهان، قیمت گندم دو برابر شده است.")
    assert got and got[0][0] == "روزنامه کیهان", got


def test_a_headline_glued_to_the_subject_is_not_the_speaker() -> None:
    got = _quotes("محمد کریمی رئیس مجلس امروز در جلسه حاضر شد. کریمی: مردم در انتخابات افتخار آفریدند رئیس مجلس"
                  " با بیان اینکه همه باید کمک کنند، افزود: کار ادامه دارد.")
    assert got and got[-1][0] == "محمد کریمی", got
    got = _quotes("امروز جلسه برگزار شد. صالحی: کسی که نمی‌آید مقصر است صالحی با اشاره به مسائل روز گفت:"
                  " کار ادامه دارد.")
    assert got and got[0][0] and ":" not in got[0][0], got
    got = _quotes("امروز جلسه برگزار شد. گزارش نهایی پلیس: آتش عمدی بوده است اداره آتش نشانی تهران با صدور"
                  " بیانیه‌ای اعلام کرد که کار ادامه دارد.")
    assert got and got[0][0] == "اداره آتش نشانی تهران", got


def test_bar_asas_ezharat_is_bena_bar_ezharat() -> None:
    got = _quotes("سیل به روستاها رسید. بر اساس اظهارات مینا صالحی، معاون استاندار، ۲۰ خانه تخریب شده است.")
    assert got and got[0][0] == "مینا صالحی" and got[0][1].startswith("۲۰ خانه"), got
    got = _quotes("سیل به روستاها رسید. براساس گفته هلال احمر استان، ۲۰ خانه تخریب شده است.")
    assert got and got[0][0] == "هلال احمر استان", got
    assert not _quotes("سیل به روستاها رسید. بر اساس گزارش هلال احمر استان، ۲۰ خانه تخریب شده است.")


def test_an_embedded_tweet_footer_is_not_the_subject() -> None:
    got = _quotes("اینترنت در چند شهر قطع شد. pic.twitter.com/AbCdEf12— Some Desk (@SomeDesk) July 21, 2021مریم"
                  " احمدی، سخنگوی وزارت ارتباطات، روز جمعه گفت که قطعی اینترنت موقتی است.")
    assert got and got[-1][0] == "مریم احمدی", got


def test_two_embedded_tweet_footers_before_the_subject() -> None:
    from didban.text.quotes import extract_quotes

    text = ("اینترنت قطع شد. — Some Desk (@SomeDesk) July 21, 2021 — Other Desk (@OtherDeskNews) July 22, 2021"
            "مریم احمدی، سخنگوی وزارت ارتباطات، روز جمعه گفت که قطعی اینترنت موقتی است.")
    got = [q.speaker for q in extract_quotes(text, "fa")]  # (so much Latin would otherwise be read as English)
    assert got == ["مریم احمدی"], got


def test_be_gofte_with_a_source_of_several_words_and_no_comma() -> None:
    got = _quotes("قیمت نان بالا رفت. به گفته مقامات محلی تا روز یکشنبه صد نانوایی بسته شده است.")
    assert got and got[0][0] == "مقامات محلی" and got[0][1].startswith("تا روز"), got
    got = _quotes("قیمت نان بالا رفت. به گفته معاون شهردار تهران در سال گذشته صد نانوایی بسته شده است.")
    assert got and got[0][0] == "معاون شهردار تهران" and got[0][1].startswith("در سال"), got
    got = _quotes("قیمت نان بالا رفت. به گفته تحلیلگران افزایش قیمت گندم در سال آینده ادامه دارد.")
    assert got and got[0][0] == "تحلیلگران" and got[0][1].startswith("افزایش"), got  # one word: the group alone
