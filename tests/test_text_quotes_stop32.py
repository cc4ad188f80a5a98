"""Stop 32 (invented texts): who speaks in short news items and in scraped pages: the person a headline quotes for a
bare title, bare perfects and verbs that take «که», a condition's subject, sources without their comma, and an
interview's outlet in guillemets."""

from __future__ import annotations

from didban.records import Article
from didban.text import analyze


def _quotes(title: str, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in analyze(Article(title=title, text=text)).quotes]


def test_a_headline_quote_names_the_bare_title_of_the_text() -> None:
    title = "نوروزیان: فصل آینده لیگ با تماشاگر برگزار می‌شود"
    text = "سرپرست سازمان لیگ فوتبال گفت: فصل آینده مسابقات با حضور تماشاگران برگزار خواهد شد."
    assert _quotes(title, text) == [("نوروزیان", "سرپرست سازمان لیگ فوتبال")]


def test_a_headline_reaction_names_the_bare_title_and_the_pronoun_after_it() -> None:
    title = "واکنش سردار مهرانفر به شایعه استعفا"
    text = ("فرمانده انتظامی استان در گفت‌وگو با خبرنگاران گفت: من استعفا نداده‌ام. "
            "وی افزود: همکاران من به کار خود ادامه می‌دهند.")
    assert [s for s, _ in _quotes(title, text)] == ["مهرانفر", "مهرانفر"]


def test_a_headline_that_says_with_a_verb_names_the_bare_title() -> None:
    title = "ترامپ می‌گوید با ایران مذاکره می‌کند"
    text = "رئیس‌جمهوری آمریکا روز دوشنبه گفت که آماده گفت‌وگو با مقامات ایران است."
    assert [s for s, _ in _quotes(title, text)] == ["ترامپ"]


def test_a_headline_label_is_no_speaker() -> None:  # guard: «اینفوگرافیک:» opens a label, not a quote
    title = "اینفوگرافیک: بازدید از ورزشگاه آزادی"
    text = "سرپرست سازمان لیگ فوتبال گفت: فصل آینده مسابقات با حضور تماشاگران برگزار خواهد شد."
    assert [s for s, _ in _quotes(title, text)] == ["سرپرست سازمان لیگ فوتبال"]


def test_a_person_named_in_the_text_keeps_the_bare_title() -> None:  # (held before: a title matched to a named person)
    title = "نوروزیان: فصل آینده لیگ با تماشاگر برگزار می‌شود"
    text = ("مهدی کاظمی، سرپرست سازمان لیگ فوتبال، صبح امروز از ورزشگاه بازدید کرد. "
            "سرپرست سازمان لیگ فوتبال گفت: فصل آینده مسابقات با حضور تماشاگران برگزار خواهد شد.")
    assert [s for s, _ in _quotes(title, text)] == ["مهدی کاظمی"]


def test_another_speaker_marked_in_the_text_keeps_its_title() -> None:  # guard: «X هم گفت» is someone else
    title = "نوروزیان: فصل آینده لیگ با تماشاگر برگزار می‌شود"
    text = ("سرپرست سازمان لیگ فوتبال گفت: فصل آینده مسابقات با حضور تماشاگران برگزار خواهد شد. "
            "در ادامه این نشست که ساعتی به طول انجامید و موضوعات دیگری نیز در آن مطرح شد و گزارش‌هایی از وضعیت "
            "ورزشگاه‌های کشور و آمادگی آن‌ها برای پذیرش تماشاگران ارائه شد، "
            "رئیس کمیته پزشکی فدراسیون هم گفت: پروتکل‌های بهداشتی باید رعایت شود.")
    assert [s for s, _ in _quotes(title, text)] == ["نوروزیان", "رئیس کمیته پزشکی فدراسیون"]


def test_the_headline_speaker_is_a_name_not_a_title_a_body_or_a_group() -> None:
    from didban.text.quotes import _headline_speaker

    assert _headline_speaker("سرلشکر باقری: آماده‌ایم") == "باقری"  # the rank goes
    assert _headline_speaker("واکنش علم‌الهدی به تعطیلی مساجد") == "علم‌الهدی"
    assert _headline_speaker("بشار رسن: به سپاهان نمی‌روم") == "بشار رسن"
    assert _headline_speaker("وزیر کشور: انتخابات سالم است") is None  # a title
    assert _headline_speaker("ژاپن: مذاکره نمی‌کنیم") is None  # a country
    assert _headline_speaker("کارشناسان: قیمت‌ها بالا می‌رود") is None  # a group
    assert _headline_speaker("خشکسالی شدید: سد خالی شد") is None  # common words, no surname
    assert _headline_speaker("اظهارات مهم سخنگوی دولت درباره کنکور") is None  # a title inside
    assert _headline_speaker("واکنش آیت‌الله رئیسی به گزارش دیوان") == "آیت‌الله رئیسی"
    assert _headline_speaker("رکورد حجم آب دریاچه شکسته شد") is None  # no quote


def test_a_name_glued_to_the_verb_before_it_in_an_apposition() -> None:
    from didban.text.normalize import mfold
    from didban.text.quotes import _appositions

    text = "هدف آن تحمیل مطالبات بر ایران استرضا نیک‌پور، کارشناس مسائل منطقه، در این باره گفت: این راه بسته است."
    assert [(name, role) for _, name, role in _appositions(mfold(text))] == [("رضا نیک پور", "کارشناس مسائل منطقه")]


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:12]) for q in analyze(Article(title="", text=text)).quotes]


def test_a_compound_perfect_without_its_auxiliary_introduces_a_statement() -> None:
    text = ("سازمان ملل متحد اعلام کرده بیش از ده هزار نفر در این ولایت آواره شده‌اند. "
            "دبیرکل این سازمان هم تاکید کرده کمک‌ها باید بدون تأخیر برسد.")
    assert _found(text) == [("سازمان ملل متحد", "بیش از ده هز"), ("دبیرکل این سازمان", "کمک‌ها باید ")]


def test_a_pronoun_before_a_bare_perfect_is_the_speaker_named_before() -> None:
    text = ("رئیس‌جمهوری فرانسه، امانوئل مارتن، روز دوشنبه تاکید کرده است که مذاکرات ادامه دارد. "
            "او همچنین گفته رهبران اروپا به توافق نزدیک شده‌اند.")
    assert [s for s, _ in _found(text)] == ["امانوئل مارتن", "امانوئل مارتن"]


def test_a_perfect_closing_a_relative_clause_introduces_nothing() -> None:  # guard
    for text in ("آنچه دولت اعلام کرده با واقعیت فاصله زیادی دارد.",
                 "تصمیمی که دولت اعلام کرده از هفته آینده اجرا می‌شود.",
                 "نتیجه این بررسی به زودی پاسخ داده خواهد شد."):
        assert _found(text) == [], text


def test_a_relative_clause_with_its_own_verb_describes_the_speaker() -> None:  # guard of the step above
    text = "پایگاه تانکرترکرز که تردد کشتی‌ها را رصد می‌کند گفته نفتکش آسیب‌دیده در بندر لنگر انداخته است."
    assert _found(text) == [("پایگاه تانکرترکرز", "نفتکش آسیب‌د")]


def test_a_perfect_before_that_with_no_subject_stays_a_quote() -> None:  # guard: the subject test is for bare ones
    text = ("وزیر امور خارجه، مهدی رستمی، گفت: هیچ توافقی بی‌نقص نیست. "
            "توصیه کرده که از گرایش حداکثری در مذاکرات پرهیز شود.")
    assert [s for s, _ in _found(text)] == ["مهدی رستمی", "مهدی رستمی"]


def test_this_company_is_the_company_named_before_it_in_the_same_sentence() -> None:
    text = ("یک ماه پس از اعلام شرکت خودروسازان پارس برای استخدام هزار نفر، این شرکت روز دوشنبه دوباره اعلام کرد "
            "که پانصد نفر دیگر را استخدام می‌کند. علی صدری، مدیرعامل شرکت خودروسازان پارس، هفته پیش اعلام کرد "
            "که تولید دو برابر می‌شود.")
    assert [s for s, _ in _found(text)] == ["شرکت خودروسازان پارس", "علی صدری"]


def test_verbs_that_report_a_statement_with_that() -> None:
    text = ("رئیس‌جمهور پیشین، حسن نوری، در این نامه انتقاد کرد که دولت فرصت‌ها را از دست داده است. "
            "او همچنین دولت را متهم کرد که به وعده‌های خود عمل نکرده است. "
            "گزارش‌های محلی حاکی از آن است که اعتراض‌ها ادامه دارد.")
    assert [(s, t[:4]) for s, t in _found(text)] == [("حسن نوری", "دولت"), ("حسن نوری", "به و"),
                                                     ("گزارش‌های محلی", "اعتر")]


def test_a_that_verb_takes_no_bare_statement() -> None:  # guard: «انتقاد کرد» alone is an act
    text = "نماینده مردم شیراز از عملکرد وزارت نیرو انتقاد کرد، مسئولان هنوز پاسخی نداده‌اند."
    assert _found(text) == []


def test_a_speaker_in_a_condition_is_named_and_leaves_the_speaker_before() -> None:
    text = ("سید احمد صدری امام جمعه شهر گفت: اگر رهبر معظم انقلاب فتوا دادند که ساخت سلاح هسته‌ای حرام است، "
            "این حکم برای همه لازم‌الاجراست. وی افزود: مردم به این فتوا پایبند هستند.")
    assert [s for s, _ in _found(text)] == ["سید احمد صدری", "رهبر معظم انقلاب", "سید احمد صدری"]


def test_a_reminder_opener_is_no_subject() -> None:
    text = ("لازم به یادآوری است که وزارت امور خارجه کشور نمونه ماه گذشته پیشنهاد کرد که تعداد دیپلمات‌ها کاهش یابد. "
            "به گفته سخنگوی وزارت خارجه کشور نمونه، این تصمیم قطعی است.")
    assert [s for s, _ in _found(text)] == ["وزارت امور خارجه کشور نمونه", "سخنگوی وزارت خارجه کشور نمونه"]


def test_the_late_imam_quoted_by_a_speaker_names_no_bare_title_before() -> None:
    text = ("معاون هماهنگ کننده سپاه گفت: مشکلات اقتصادی مردم را مایوس نمی‌کند. "
            "سردار رضا نقوی در مراسم امروز حضور داشت. امام راحل می‌فرمود؛ استقلال و آزادی از هم جدا نیستند. "
            "معاون هماهنگ کننده سپاه ادامه داد: مردم در انتخابات حضور خواهند داشت.")
    speakers = [s for s, _ in _found(text)]
    assert speakers[1] == "امام راحل" and "امام راحل" not in (speakers[0], speakers[2])


def test_a_titled_speaker_in_a_condition_inside_a_statement_is_not_its_speaker() -> None:
    text = ("حسن موسوی امام جمعه شهر گفت: سلاح هسته‌ای جایی در دفاع ما ندارد. "
            "اگر وزیر دفاع اعلام کرد که ساخت آن ممنوع است، همه پیروی می‌کنند.")
    assert [s for s, _ in _found(text)] == ["حسن موسوی", "وزیر دفاع"]


def test_a_whole_condition_before_the_subject_keeps_the_quote() -> None:  # guard of the condition step
    text = ("مدیر کشتارگاه گفت: بازار آرام است. اگر ما به سمت اتحادیه‌ها برویم می‌بینیم که آنها توانایی دارند که "
            "فرآیندها را مدیریت کنند تولیدکنندگان مرغ به ما مراجعه کردند و گفتند بگذارید کار را خودمان انجام دهیم.")
    assert len(_found(text)) == 2


def test_a_source_without_its_comma_ends_at_a_place() -> None:
    text = ("آمریکا آثار تاریخی را بازمی‌گرداند. به گفته وزیر فرهنگ عراق لوح‌های باستانی به زودی به موزه ملی می‌رسند. "
            "به گفته مسئولان ترکیه علت آتش‌سوزی‌ها هنوز روشن نیست و بررسی ادامه دارد.")
    assert [(s, t[:4]) for s, t in _found(text)] == [("وزیر فرهنگ عراق", "لوح‌"), ("مسئولان ترکیه", "علت ")]


def test_a_surname_named_before_after_its_given_name_is_the_source_without_a_comma() -> None:
    text = ("محمدجواد رستمی، وزیر امور خارجه، روز یکشنبه به توکیو سفر کرد. "
            "به گفته رستمی دارایی‌های بلوکه شده ایران در بانک‌های این کشور حدود سه میلیارد دلار است.")
    assert [(s, t[:4]) for s, t in _found(text)] == [("محمدجواد رستمی", "دارا")]


def test_a_word_of_a_longer_surname_is_no_source() -> None:  # guard of the step above
    text = ("محسن یگانه کاری در نشست خبری حاضر شد. "
            "به گفته یگانه کاری پنج نفر از اعضای شورا در جلسه امروز حضور داشتند و رای دادند.")
    assert not any(t.startswith("کاری") for _, t in _found(text))


def test_an_interview_with_an_outlet_in_guillemets_names_the_publisher() -> None:
    from didban.text.provenance import extract_provenance

    text = "علی نیکنام در گفت‌وگو با «انتخاب» و درباره طرح تازه مجلس، گفت: این طرح را خودم پیشنهاد دادم."
    p = extract_provenance(text)
    assert (p.outlet, p.cited, p.origin) == ("انتخاب", [], "انتخاب")


def test_reporters_alone_are_the_source_without_a_comma() -> None:
    text = ("فرمانده مرکزی آمریکا با مقامات منطقه دیدار کرده است. به گفته خبرنگاران سفرهای اعلام نشده اخیر او نشانه "
            "نگرانی واشنگتن از وضع منطقه است.")
    assert [(s, t[:5]) for s, t in _found(text)] == [("خبرنگاران", "سفرها")]


def test_a_titled_or_honoured_source_ends_at_a_stop_word_before_a_later_comma() -> None:
    for text, speaker, start in (
            ("به گفته سخنگوی سازمان انرژی اتمی با نصف ظرفیت این تاسیسات، ده هزار سو تولید می‌شود.",
             "سخنگوی سازمان انرژی اتمی", "با ن"),
            ("به گفته دکتر مینا رحیمی در طول ۲۴ ساعت گذشته، ۴۱ بیمار بستری شدند.", "مینا رحیمی", "در ط"),
            ("به گفته این کارگر اعتصابی در عسلویه فضای مراکز نفتی پادگانی است.", "این کارگر اعتصابی", "در ع")):
        assert [(s, t[:4]) for s, t in _found(text)] == [(speaker, start)], text


def test_a_title_goes_on_over_in_to_its_comma() -> None:  # guard of the step above
    text = "به گفته نماینده مردم اصفهان در مجلس شورای اسلامی، تعرفه واردات باید بالا برود."
    assert [t[:4] for _, t in _found(text)] == ["تعرف"]


def test_the_statement_after_a_source_without_its_comma_starts_after_too() -> None:
    text = ("آژانس‌ها صدور ویزا را از وظایف خود نمی‌دانند. به گفته معاون گردشگری نیز در آیین‌نامه‌ای مصوب سال ۱۳۸۰ "
            "صدور ویزا جزو فعالیت آژانس‌ها ذکر شده است.")
    assert [(s, t[:4]) for s, t in _found(text)] == [("معاون گردشگری", "در آ")]


def test_an_institute_or_a_centre_speaks_as_a_body_with_its_whole_name() -> None:
    text = ("علی جعفری مدیرعامل شرکت آب منطقه‌ای گفته است که حجم آب دریاچه بیشتر شده است. "
            "همزمان با انتشار این خبر، موسسه تحقیقات آب وزارت نیرو هشدار داده است که احتمال سیلاب وجود دارد. "
            "مرکز اطلاع رسانی پلیس پایتخت هم اعلام کرد که جاده‌های شمال شلوغ است.")
    assert [s for s, _ in _found(text)] == ["علی جعفری", "موسسه تحقیقات آب وزارت نیرو", "مرکز اطلاع رسانی پلیس پایتخت"]


def test_per_this_statement_without_its_comma_speaks_for_the_issuer() -> None:
    text = ("ارتش کشور نمونه در بیانیه‌ای اعلام کرد که دو پایگاه را هدف گرفته است. "
            'براساس این بیانیه "فعالیت نظامی" در این مجتمع در جریان بود.')
    assert [(s, t[:3]) for s, t in _found(text)][-1] == ("ارتش کشور نمونه", "فعا")
