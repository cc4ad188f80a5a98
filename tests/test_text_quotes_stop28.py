"""Stop 28: speakers a probe of invented multi-speaker articles found wrong (invented text)."""

from __future__ import annotations

import pytest

from didban.text import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text.split()[0]) for q in extract_quotes(text, "fa")]


@pytest.mark.parametrize(("reported", "inner"), [
    ("وی گفت رئیس‌جمهور اعلام کرده است که", "رئیس‌جمهور"),
    ("رحیمی‌پور همچنین گفت حسین امیرعبداللهیان وزیر امور خارجه اعلام کرده است که", "حسین امیرعبداللهیان"),
])
def test_a_statement_reported_inside_another_without_a_colon_is_its_speakers(reported: str, inner: str) -> None:
    """«وی گفت رئیس‌جمهور اعلام کرده است که ...»: the inner statement went to the one who reports it; only a colon
    («وی گفت: رئیس‌جمهور ...») made it the inner speaker's."""
    text = ("به گزارش ایرنا، محمدحسین رحیمی‌پور سخنگوی وزارت امور خارجه گفت: ایران به دیپلماسی متعهد است. "
            f"{reported} ایران زیر بار فشار مذاکره نمی‌کند. وی افزود: گفت‌وگوها ادامه دارد.")
    got = _speakers(text)
    assert got[0][0] == "محمدحسین رحیمی‌پور"
    assert ("ایران", inner) in [(w, s) for s, w in got]
    assert got[-1] == ("محمدحسین رحیمی‌پور", "گفت‌وگوها")  # (the reporter stays the last speaker)


def test_a_verb_inside_a_compound_is_no_outer_statement() -> None:
    """Guard: «X با اشاره به اینکه آمریکا به کشورها گفته بود که ... افزود:» - the main verb «افزود» is X's, not
    a statement reported inside the «گفته بود» one (a first version of the rule took «اجازه پهلوگیری» for its
    speaker)."""
    text = ("امیر دریادار حبیب‌الله سیاری با اشاره به اینکه در این سفر آمریکا به کشورها گفته بود که اجازه "
            "پهلوگیری را به ما ندهند افزود: ده بار در دریا سوخت‌گیری کردیم.")
    assert _speakers(text)[-1] == ("حبیب‌الله سیاری", "ده")


def test_a_soft_hyphen_in_goft_o_gu_is_no_speech_verb() -> None:
    """«گفت\xad وگوهای دیشب»: a soft hyphen and a space split «گفت‌وگو», and «گفت» was read as a speech verb."""
    text = ("«دونالد توسک» رئیس شورای اروپا بعد از گفت\xad وگوهای دیشب گفت پیشرفت\xadهایی در این مذاکرات وجود "
            "داشته است.")
    got = extract_quotes(text, "fa")
    assert [q.speaker for q in got] == ["دونالد توسک"]
    assert got[0].text.startswith("پیشرفت")


def test_a_deputy_of_the_last_speakers_office_is_another_person() -> None:
    """«معاون عمرانی استاندار» right after «علی رضایی استاندار گلستان» was taken for him (a bare title after a
    statement is mostly its speaker's, but a deputy of his office never is)."""
    text = ("به گزارش ایسنا، علی رضایی استاندار گلستان گفت: خسارت سیل زیاد است.\n\n"
            "معاون عمرانی استاندار در این زمینه گفت: رهاسازی آب از سد به صورت کنترل‌شده انجام می‌شود.")
    assert [s for s, _ in _speakers(text)] == ["علی رضایی", "معاون عمرانی استاندار"]


def test_the_same_office_after_a_statement_is_still_its_speaker() -> None:
    """Guard (held before): the bare title of the last speaker's own office is him."""
    text = ("به گزارش ایسنا، علی رضایی استاندار گلستان گفت: خسارت سیل زیاد است.\n\n"
            "استاندار گلستان در ادامه گفت: رهاسازی آب از سد به صورت کنترل‌شده انجام می‌شود.")
    assert [s for s, _ in _speakers(text)] == ["علی رضایی", "علی رضایی"]


def test_a_pronoun_after_a_surname_joined_by_zwnj_is_that_person() -> None:
    """«زمانی‌فر گفت: ... او افزود»: the surname opens with the common word «زمانی», so it was taken for a junk
    phrase and «او» went to the speaker before it."""
    text = "رنجبرپور گفت: تورم کاهش می‌یابد.\n\nزمانی‌فر گفت: بانک‌ها باید منضبط باشند. او افزود که سقف ترازنامه اعمال می‌شود."
    assert [s for s, _ in _speakers(text)] == ["رنجبرپور", "زمانی‌فر", "زمانی‌فر"]


def test_a_sport_epithet_is_a_title() -> None:
    """«قهرمان جهان افزود» was read as a person named «قهرمان جهان»; «دارنده مدال نقره» after a name ended up in it."""
    text = ("به گزارش فارس، محمدامین یزدانی‌راد دارنده مدال طلای جهان گفت: این مدال را به مردم تقدیم می‌کنم. "
            "قهرمان جهان افزود: حریف آمریکایی بسیار سرسخت بود.")
    assert [s for s, _ in _speakers(text)] == ["محمدامین یزدانی‌راد", "محمدامین یزدانی‌راد"]
    (q,) = extract_quotes("به گزارش فارس، علی حیدری‌مقدم دارنده مدال نقره گفت: از نتیجه راضی نیستم.", "fa")
    assert (q.speaker, q.role) == ("علی حیدری‌مقدم", "دارنده مدال نقره")


def test_an_institution_with_a_long_name_is_the_source_of_its_figures() -> None:
    """«بنا بر اعلام مرکز لرزه‌نگاری کشوری موسسه ژئوفیزیک دانشگاه تهران،»: the long name was read as no subject,
    and the statement went to the person named in the next sentence."""
    text = ("به گزارش ایسنا، زلزله‌ای سرپل ذهاب را لرزاند. بنا بر اعلام مرکز لرزه‌نگاری کشوری موسسه ژئوفیزیک "
            "دانشگاه تهران، کانون زلزله در عمق ۱۰ کیلومتری بود. کیومرث نظری بخشدار مرکزی گفت: دو روستا آسیب دیده‌اند.")
    assert [s for s, _ in _speakers(text)] == ["مرکز لرزه‌نگاری کشوری موسسه ژئوفیزیک دانشگاه تهران", "کیومرث نظری"]


@pytest.mark.parametrize(("chair", "speaker"), [
    ("ناصر امانی‌فر", "ناصر امانی‌فر"),
    ("امانی‌فر", "امانی‌فر"),
])
def test_the_chair_of_a_meeting_holds_the_bodys_title(chair: str, speaker: str) -> None:
    """«جلسه شورای شهر تهران به ریاست ناصر امانی‌فر برگزار شد» then «رئیس شورای شهر تهران گفت»: the title went to
    another named speaker of the article."""
    text = (f"به گزارش ایسنا، جلسه شورای شهر تهران به ریاست {chair} برگزار شد.\n\n"
            "محمد آخوندی‌نیا عضو شورا گفت: واگذاری ایستگاه‌ها به افزایش قیمت بلیت منجر می‌شود.\n\n"
            "رئیس شورای شهر تهران در پایان جلسه گفت: امسال ۴۰۰ اتوبوس جدید وارد ناوگان شده است.")
    assert [s for s, _ in _speakers(text)] == ["محمد آخوندی‌نیا", speaker]


def test_the_chair_is_an_apposition_unless_a_title() -> None:
    """«به ریاست علی رضایی» gives the chair the body's title; «به ریاست استاندار» gives no person (a guard)."""
    from didban.text import mfold
    from didban.text.quotes import _appositions

    assert _appositions(mfold("جلسه شورای تامین استان به ریاست استاندار برگزار شد.")) == []
    assert _appositions(mfold("جلسه شورای تامین استان به ریاست علی رضایی برگزار شد.")) == [
        (32, "علی رضایی", "رئیس شورای تامین استان")]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("در ابتدای جلسه، قاضی صلواتی", "صلواتی"),
    ("قاضی بهرامی‌فر در آغاز جلسه", "بهرامی‌فر"),
])
def test_a_judge_named_with_his_rank_is_a_person(opening: str, speaker: str) -> None:
    """«قاضی صلواتی» was read as a bare title: the fronted «ابتدای جلسه» became the name, or the last speaker took
    the quote and the judge's title as his role."""
    text = f"جمشید کاویانی گفت: من بی‌گناهم. {opening} گفت: جلسه رسمی است."
    got = extract_quotes(text, "fa")
    assert [q.speaker for q in got] == ["جمشید کاویانی", speaker]
    assert got[1].role == "قاضی"


def test_a_judge_of_a_court_is_still_a_title() -> None:
    """Guard (held before): «قاضی دادگاه», «قاضی شعبه ۱۵» are titles."""
    (q,) = extract_quotes("قاضی شعبه ۱۵ دادگاه انقلاب گفت: جلسه رسمی است.", "fa")
    assert q.speaker == "قاضی شعبه ۱۵ دادگاه انقلاب"


@pytest.mark.parametrize("name", ["رحیم سلطانی", "رحیم سلطانی مدیر تعاونی"])
def test_an_ordinal_title_then_the_name_between_commas(name: str) -> None:
    """«سومین متهم، رحیم سلطانی، نیز گفت»: the label was the speaker («سومین متهم»); a title after the name is not
    part of it."""
    (q,) = extract_quotes(f"سومین متهم، {name}، نیز گفت که گزارش‌هایش را دو بار فرستاده است.", "fa")
    assert (q.speaker, q.role) == ("رحیم سلطانی", "سومین متهم")


def test_another_states_office_is_not_the_articles_holder_of_the_title() -> None:
    """«سخنگوی وزارت امور خارجه روسیه» is not the «سخنگوی وزارت امور خارجه» the article named (Iran's)."""
    from didban.text.quotes import _same_role

    assert not _same_role("سخنگوی وزارت امور خارجه", "سخنگوی وزارت امور خارجه روسیه")
    assert not _same_role("وزیر امور خارجه", "وزیر امور خارجه ترکیه")
    # guards (held before): the same office, or a country the person's own title names
    assert _same_role("سخنگوی وزارت امور خارجه", "سخنگوی وزارت امور خارجه ایران")
    assert _same_role("وزیر امور خارجه ترکیه", "وزیر امور خارجه")
    assert _same_role("وزیر امور خارجه آمریکا", "وزیر امور خارجه ایالات متحده")
    assert _same_role("استاندار", "استاندار آذربایجان غربی")  # (a province named after a country)


@pytest.mark.parametrize(("clause", "speaker"), [
    ("در منطقه نیز وزارت امور خارجه قطر اعلام کرد که", "وزارت امور خارجه قطر"),
    ("در منطقه نیز عمر السعدی اعلام کرد که", "عمر السعدی"),
    ("پیش از سخنان فرمانده قرارگاه، امیر سرتیپ علی‌اصغر رنجبر، معاون هماهنگ‌کننده ارتش، اظهار داشت:",
     "علی‌اصغر رنجبر"),
])
def test_a_fronted_adverbial_before_the_subject(clause: str, speaker: str) -> None:
    """«در منطقه نیز X اعلام کرد» went to the last speaker; «پیش از سخنان <title>، X، ...» gave the title inside the
    adverbial."""
    text = f"بهروز کمالوندی گفت: آبشارهای جدید راه‌اندازی می‌شود. {clause} دوحه آماده میانجی‌گری است."
    assert [q.speaker for q in extract_quotes(text, "fa")] == ["بهروز کمالوندی", speaker]


def test_a_place_then_nothing_is_still_the_last_speaker() -> None:
    """Guard (held before): «در ادامه نیز افزود» has no subject of its own."""
    text = "بهروز کمالوندی گفت: آبشارهای جدید راه‌اندازی می‌شود. در ادامه نیز افزود: دوحه آماده است."
    assert [q.speaker for q in extract_quotes(text, "fa")] == ["بهروز کمالوندی", "بهروز کمالوندی"]


def test_a_new_person_reported_inside_a_colon_statement_is_the_next_vi() -> None:
    """«X گفت: ... . حسین عساکره معاون ... توضیح داد. وی گفت:» - a colon statement runs to its paragraph's end, so
    the sentence that brings in the new person was read as X's words and «وی» went back to X."""
    text = ("کریم سواری گفت: محلات حاشیه‌ای در خطرند. حسین عساکره معاون عمرانی استاندار درباره پروژه‌ها توضیح داد. "
            "وی گفت: یازده پروژه تمام شده است.")
    assert [q.speaker for q in extract_quotes(text, "fa")] == ["کریم سواری", "حسین عساکره"]


def test_a_shorter_reading_of_the_last_speaker_is_the_last_speaker() -> None:
    """Guard: a sentence inside the statement that opens with the speaker's own given name keeps his full name."""
    text = ("خلیل‌الله غزنچای گفت: ما آماده‌ایم. خلیل‌الله در این باره توضیح داد. وی افزود: کار ادامه دارد.")
    assert [q.speaker for q in extract_quotes(text, "fa")] == ["خلیل‌الله غزنچای", "خلیل‌الله غزنچای"]


def test_a_title_reported_in_the_perfect_after_a_statement_is_someone_else() -> None:
    """«X گفت: ... . وزیر بهداشت در جلسه هیئت دولت اعلام کرده است که ...»: a bare title right after a statement is
    mostly its speaker's, but one reported in the perfect, other than the speaker's own title, is the person X's
    statement is about (dev +4)."""
    text = ("سعید ملک‌زاده گفت: سهم بهداشت کم است. وزیر بهداشت در جلسه هیئت دولت اعلام کرده است که سهم بهداشت "
            "افزایش می‌یابد.")
    assert [q.speaker for q in extract_quotes(text, "fa")] == ["سعید ملک‌زاده", "وزیر بهداشت"]


def test_the_speakers_own_title_in_the_perfect_is_still_him() -> None:
    """Guard (held before): the speaker's own title in the perfect is him."""
    text = ("سعید ملک‌زاده وزیر بهداشت گفت: سهم بهداشت کم است. وزیر بهداشت پیش از این اعلام کرده است که سهم "
            "بهداشت افزایش می‌یابد.")
    assert [q.speaker for q in extract_quotes(text, "fa")] == ["سعید ملک‌زاده", "سعید ملک‌زاده"]
