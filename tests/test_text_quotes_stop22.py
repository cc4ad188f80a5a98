"""Stop 22: who «این گزارش» is, on invented sentences; each assertion on the report's author failed before the fix."""

from __future__ import annotations

from didban.records import Article
from didban.text import analyze, extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_this_report_is_the_latest_organisation_that_published_a_report() -> None:
    """«X در گزارشی ... می‌گوید ... . این گزارش می‌افزاید ...»: X, not the last person quoted; «X گزارش داده بود»
    names the author too."""
    got = _speakers("علی رضایی، وزیر نیرو، گفت: «آب کم است.» سازمان هواشناسی در گزارشی که دیروز منتشر شد می‌گوید "
                    "باران امسال کم بوده است. این گزارش می‌افزاید که سدها نیمه پر هستند.")
    assert got[-1] == "سازمان هواشناسی", got
    got = _speakers("علی رضایی، وزیر نیرو، گفت: «آب کم است.» روز دوشنبه شبکه الجزیره گزارش داده بود که سدها خالی "
                    "شده‌اند. این گزارش می‌افزاید که سدها نیمه پر هستند.")
    assert got[-1] is not None and got[-1].endswith("شبکه الجزیره"), got


def test_this_report_is_the_leads_source_when_no_author_is_named() -> None:
    """«به گزارش ایسنا به نقل از روابط عمومی سازمان X، ... این گزارش می‌افزاید»: the source the article cites (given
    by ``analyze`` from the provenance); without a cited source the speaker is not the source."""
    art = analyze(Article(title="", text="به گزارش ایسنا به نقل از روابط عمومی سازمان بازرسی، ۲۰ واحد صنفی پلمب شد. "
                                         "علی رضایی، مدیر بازرسی، گفت: کار ادامه دارد. این گزارش می‌افزاید: بیشتر "
                                         "تخلف‌ها گران‌فروشی بوده است."))
    assert art.quotes is not None and art.quotes[-1].speaker == "روابط عمومی سازمان بازرسی", art.quotes
    art = analyze(Article(title="", text="به گزارش ایسنا، ۲۰ واحد صنفی پلمب شد. علی رضایی، مدیر بازرسی، گفت: کار "
                                         "ادامه دارد. این گزارش می‌افزاید: بیشتر تخلف‌ها گران‌فروشی بوده است."))
    assert art.quotes is not None and art.quotes[-1].speaker != "ایسنا", art.quotes


def test_the_articles_own_report_before_another_cue_is_not_a_report_author() -> None:
    """«این گزارش حاکی است، وی افزود»: the article's own report, then the person's words; the report's source does not
    take them."""
    art = analyze(Article(title="", text="به گزارش ایسنا به نقل از بلومبرگ، علی رضایی، وزیر اقتصاد، گفت: مذاکرات تمام "
                                         "شد. این گزارش حاکی است، وی افزود: قرارداد امضا می‌شود."))
    assert art.quotes is not None and art.quotes[-1].speaker == "علی رضایی", art.quotes


def test_a_date_with_the_word_month_before_a_name_is_an_adverbial() -> None:
    """«روز دوشنبه ۱۲ مهر ماه علی رضایی، کارگر سابق ... گفت»: «ماه» after the month still belongs to the date; the
    name after it speaks, and «او» after that is the same person."""
    got = _speakers("کارخانه تعطیل شد. روز دوشنبه ۱۲ مهر ماه علی رضایی، کارگر سابق در گفت‌وگو با یک رادیو گفت "
                    "دستمزدها پرداخت نشده است. او افزود کار ادامه ندارد.")
    assert got == ["علی رضایی", "علی رضایی"], got


def test_the_plural_of_respect_is_the_leader_named_before_not_the_ordinary_speaker() -> None:
    """«وی ... که مقام معظم رهبری فرمودند ...» after an ordinary speaker: «فرمودند» is said of the Leader named
    before the verb, and the speaker goes on after it; with no such name the last speaker keeps it."""
    got = [(q.speaker, q.cue) for q in extract_quotes(
        "علی رضایی، فرمانده نیروی دریایی، گفت: ما آماده‌ایم. وی با اشاره به اینکه از سال ۸۷ که مقام معظم رهبری "
        "فرمودند که نیرو باید همیشه آماده باشد، ادامه داد: ناوها به راه افتادند.")]
    assert got == [("علی رضایی", "گفت"), ("مقام معظم رهبری", "فرمودند"), ("علی رضایی", "ادامه داد")], got
    got = [(q.speaker, q.cue) for q in extract_quotes(
        "علی رضایی، امام جمعه شهر، گفت: مردم آماده‌اند. در ادامه فرمودند که باید کار کرد.")]
    assert got == [("علی رضایی", "گفت"), ("علی رضایی", "فرمودند")], got


def test_a_given_name_and_a_surname_opening_an_unread_subject_are_a_new_speaker() -> None:
    """«محمد X خواستار ... شد و افزود», «محمد X سازنده ...، ... اعلام کرد» (subjects the reader cannot parse, opening
    with a given name and a surname): that person speaks, not the last speaker, and the bare surname later is the
    same person."""
    got = _speakers("علی رضایی، مدیر شرکت، گفت: کار ادامه دارد.\nمحمد بهرامی خواستار همکاری مناسب کارکنان با یکدیگر و "
                    "با مدیر جدید شد و افزود: دستمزدها کم است. بهرامی گفت: کار سخت است.")
    assert got == ["علی رضایی", "محمد بهرامی", "محمد بهرامی"], got
    got = _speakers("علی رضایی، مدیر شرکت، گفت: کار ادامه دارد. محمد بهرامی سازنده فیلم تازه، در صفحه خود اعلام کرد "
                    "که فیلم آماده است.")
    assert got == ["علی رضایی", "محمد بهرامی"], got


def test_a_lead_that_describes_its_speaker_is_the_person_the_next_sentence_names() -> None:
    """«یک نماینده سابق مجلس گفت: ...» then «علی رضایی، با اشاره به ... گفت»: the lead describes the person the next
    sentence names (as it did after «به گزارش ...» or «در گفت‌وگو با ...»)."""
    got = _speakers("یک نماینده سابق مجلس گفت: دولت باید به مذاکره برگردد.علی رضایی، با اشاره به مواضع دو طرف در "
                    "بحث بازگشت به توافق، گفت: هر دو طرف خواهان توافق هستند.")
    assert got == ["علی رضایی", "علی رضایی"], got


def test_a_summary_that_lost_its_stop_does_not_swallow_the_next_subject() -> None:
    """«... کشف کرده است علی رضایی، دادستان شهر گفت» / «... برگزار شد امام جمعه شهر ... گفت» (a summary sentence
    without its stop before the next sentence): the named or titled subject after the finite verb speaks; a relative
    clause's verb («... که طرح را آماده کرده است اعلام کرد») leaves the subject as it was."""
    got = _speakers("دادستانی شهر گفته که یک شبکه قاچاق را کشف کرده است علی رضایی، دادستان شهر گفت که دادگاه به "
                    "پرونده رسیدگی می‌کند.")
    assert got[-1] == "علی رضایی", got
    got = _speakers("مراسم یادبود در مسجد شهر برگزار شد امام جمعه شهر در این مراسم گفت: مردم همیشه حاضرند.")
    assert got == ["امام جمعه شهر"], got
    got = _speakers("انتخابات در خارج از کشور هم برگزار خواهد شد و نقش مهمی دارد علی رضایی، سخنگوی وزارت گفت که "
                    "صندوق‌ها آماده است.")
    assert got == ["علی رضایی"], got
    got = _speakers("وزارت نیرو که طرح را آماده کرده است اعلام کرد که آب جیره‌بندی نمی‌شود.")
    assert got == ["وزارت نیرو"], got
