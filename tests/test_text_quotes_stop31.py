"""Stop 31 (invented texts): the speaker's name as the article writes it in full, without the words around it."""

from __future__ import annotations

from didban.records import Article
from didban.text import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(Article(title="", text=text)).quotes]


def test_a_full_name_in_quotation_marks_gives_the_given_names() -> None:
    text = ('به گزارش ایسنا، "فرهاد توکلی" مدیرعامل شرکت آب منطقه‌ای در جمع خبرنگاران حاضر شد. '
            "توکلی گفت: ذخیره سدها کمتر از سال گذشته است.")
    assert _speakers(text) == ["فرهاد توکلی"]


def test_a_rare_transcribed_given_name_counts() -> None:
    # «الیاس» opens a person's name only twice in the NER gold: in the list since this stop
    text = ("الیاس برومند نماینده مردم شهر در مجلس از کارخانه بازدید کرد. "
            "برومند گفت: کارگران باید حقوق معوق خود را بگیرند.")
    assert _speakers(text) == ["الیاس برومند"]


def test_a_name_in_guillemets_gives_its_given_name_even_when_unknown() -> None:
    text = ("به گزارش فارس، «پائولو ماتئی» سرمربی تیم ملی فهرست بازیکنان را اعلام کرد. "
            "ماتئی گفت: بازیکنان جوان فرصت خود را خواهند داشت.")
    assert _speakers(text) == ["پائولو ماتئی"]


def test_a_quoted_name_of_a_thing_is_not_a_given_name() -> None:  # guard of the step above
    text = ('وزارت کشور سامانه‌ای با عنوان "یاران کاظمی" راه‌اندازی کرد. '
            "کاظمی گفت: همه نخبگان می‌توانند در آن ثبت‌نام کنند.")
    assert _speakers(text) == ["کاظمی"]


def test_a_country_in_a_quoted_outlet_name_is_not_a_surname() -> None:  # guard of the step above
    text = ('روزنامه "تایمز هند" امروز گزارشی منتشر کرد. '
            "هند اعلام کرد: مذاکرات تجاری ادامه دارد.")
    assert _speakers(text) == ["هند"]


def test_function_words_before_a_full_name_are_not_part_of_it() -> None:
    text = ("کارشناسان درباره توافق اختلاف نظر دارند. از طرفی مارک هالستون تحلیلگر مؤسسه بروکینگز گفت: "
            "این توافق دوام نمی‌آورد.")
    assert _speakers(text) == ["مارک هالستون"]


def test_a_verb_glued_to_the_next_sentences_name_is_cut_off() -> None:
    # a scraped page that lost the full stop and the space between a headline and the first sentence
    text = ("گازرسانی به روستاها ادامه دارد.کاظمی: زمستان امسال بدون قطعی گاز خواهد بود"
            "مهدی کاظمی، مدیرعامل شرکت گاز استان گفت: لوله‌کشی روستاها تا پایان سال تمام می‌شود.")
    assert _speakers(text) == ["مهدی کاظمی"]


def test_a_role_before_a_full_name_is_not_cut() -> None:  # guard: held before this stop too
    text = "وزیر اطلاعات کابینه حسن روحانی در گفت‌وگویی گفت: امنیت کشور پایدار است."
    assert _speakers(text) == ["وزیر اطلاعات کابینه حسن روحانی"]


def test_an_unnamed_source_keeps_the_body_it_belongs_to() -> None:
    text = ("یک مقام آگاه در وزارت نفت هند روز دوشنبه به خبرنگاران گفت: خرید نفت از سر گرفته می‌شود. "
            "منابع رسمی در ارتش آمریکا اعلام کردند: ناو به منطقه می‌رود.")
    assert _speakers(text) == ["یک مقام آگاه در وزارت نفت هند", "منابع رسمی در ارتش آمریکا"]


def test_a_mission_keeps_its_city() -> None:
    text = "سفارت ایران در دهلی نو اعلام کرد: پروازهای بازگشت از هفته آینده آغاز می‌شود."
    assert _speakers(text) == ["سفارت ایران در دهلی نو"]


def test_where_a_mission_or_an_officer_spoke_is_not_part_of_the_speaker() -> None:
    # (the stop-30 code gave the minister's words to «سفارت ایران», read as a person)
    text = ("سفارت ایران در اطلاعیه‌ای اعلام کرد: دانشجویان با سفارت تماس بگیرند. "
            "وزیر نفت در مجلس گفت: صادرات افزایش یافته است.")
    assert _speakers(text) == ["سفارت ایران", "وزیر نفت"]


def test_given_names_the_speaker_already_has_are_completed() -> None:
    text = ("محمد رضا کیانی فرمانده سابق نیروی انتظامی در مراسم حاضر شد. "
            "رضا کیانی در این مراسم گفت: امنیت مرزها پایدار است.")
    assert _speakers(text) == ["محمد رضا کیانی"]


def test_a_compound_given_name_of_allah_counts_and_a_glued_seyyed_too() -> None:
    text = ("نصرت‌الله کاوندی نماینده مجلس از بیمارستان بازدید کرد. "
            "کاوندی گفت: تجهیزات بیمارستان کافی نیست.\n"
            "سیدغلامرضا نوربخش استاد دانشگاه نیز در این جلسه بود. نوربخش گفت: بودجه پژوهش کم است.")
    assert _speakers(text) == ["نصرت‌الله کاوندی", "سیدغلامرضا نوربخش"]


def test_the_rank_ayatollah_is_not_a_given_name() -> None:  # guard of the step above
    text = ("آیت‌الله مرتضوی در خطبه‌های نماز جمعه سخن گفت. "
            "مرتضوی گفت: مردم در انتخابات شرکت کنند.")
    assert _speakers(text) == ["مرتضوی"]
    # nor when a scraped page glued it to the verb before: «... فرستاده شدآیت‌الله مرتضوی»
    text = ("علی کریمی گفت: پرونده باز است. نامه را فرستاده شدآیت‌الله مرتضوی در خطبه‌ها حاضر شد. "
            "مرتضوی گفت: مردم در انتخابات شرکت کنند.")
    assert _speakers(text) == ["علی کریمی", "مرتضوی"]


def test_a_bidi_mark_typed_for_a_zwnj_is_shown_as_one() -> None:
    text = ("سیدروح\u200eالله سلیمانی\u200eفر مدیرکل میراث فرهنگی استان از موزه بازدید کرد. "
            "سلیمانی\u200eفر گفت: موزه بازسازی می‌شود.")
    assert _speakers(text) == ["سیدروح\u200cالله سلیمانی\u200cفر"]


def test_words_that_never_close_a_name_are_cut_off_its_end() -> None:
    texts = ["لوسیانو مارتینز ملقب به «ستاره جنوب» در گفت‌وگو با رسانه‌ها گفت: قراردادم را تمدید می‌کنم.",
             "معاون اول رئیس جمهوری چند روز پیش گفت: بودجه عمرانی افزایش می‌یابد.",
             "یکی از بزرگان نظام چنین در جلسه گفت: باید از مردم عذرخواهی کرد."]
    assert [_speakers(t) for t in texts] == [["لوسیانو مارتینز"], ["معاون اول رئیس جمهوری"], ["یکی از بزرگان نظام"]]


def test_countries_listed_as_one_subject_speak_together() -> None:
    text = ("پس از حمله به نفتکش، ژاپن، کره جنوبی و هند روز دوشنبه در بیانیه‌ای مشترک اعلام کردند: "
            "امنیت کشتیرانی باید تضمین شود.\n"
            "ایران، روسیه و چین اعلام کردند: تحریم‌ها غیرقانونی است.")
    assert _speakers(text) == ["ژاپن، کره جنوبی و هند", "ایران، روسیه و چین"]


def test_a_country_and_a_list_of_other_things_is_not_a_country_list() -> None:  # guard of the step above
    text = "ایران، روسیه را به همکاری بیشتر فراخواند و اعلام کرد: قراردادها اجرا می‌شود."
    assert _speakers(text) == ["ایران"]


def test_a_name_after_mowsum_be_is_not_the_subject_when_the_subject_ended_before() -> None:
    text = ("حسن کاظمی از طراحان طرح موسوم به «حمایت از تولید» در مصاحبه‌ای گفته است: تولید داخلی تقویت می‌شود. "
            "او افزود: واردات کم خواهد شد.")
    assert _speakers(text) == ["حسن کاظمی", "حسن کاظمی"]


def test_a_name_after_mowsum_be_is_the_subject_of_a_group() -> None:  # guard: held before this stop too
    text = "گروه نظامی موسوم به عملیات تجاری دریایی اعلام کرد: یک کشتی در نزدیکی بندر توقیف شد."
    assert _speakers(text) == ["عملیات تجاری دریایی"]


def test_a_list_inside_a_leading_adverbial_is_not_the_subject() -> None:
    text = ("در پی جریمه شدن شرکت‌های سپهر، آرمان، و کیان در دادگاه لندن، مقامات شرکت ملی نفت اعلام کردند: "
            "به این حکم اعتراض می‌کنیم.")
    assert _speakers(text) == ["مقامات شرکت ملی نفت"]


def test_a_name_after_a_sentence_that_lost_its_full_stop_is_the_subject() -> None:
    text = ("آنتونی لاوروف وزیر خارجه به تهران سفر کرد. "
            "روابط دو کشور در سطح راهبردی است لاوروف گفت: همکاری‌ها گسترش می‌یابد.")
    assert _speakers(text) == ["آنتونی لاوروف"]


def test_a_word_after_a_verb_and_its_and_is_not_a_subject() -> None:  # guard of the step above
    # («... گزارش داده بود و»: the «و» after the verb is no name of a sentence that lost its full stop)
    text = ("علی کریمی گفت: پرونده باز است. پیشتر دادستانی استان از کشف یک شبکه قاچاق توسط دو شرکت گزارش داده "
            "بود و افزود: پرونده به دادگاه رفت.")
    assert _speakers(text) == ["علی کریمی", "دادستانی استان"]


def test_a_full_name_after_a_headline_that_lost_its_full_stop_is_the_subject() -> None:
    # a scraped page: the headline «... ندارد» glued to the first sentence
    text = ("دولت برنامه‌ای برای افزایش قیمت بنزین ندارد محمد باقری سخنگوی دولت اعلام کرد: "
            "قیمت بنزین امسال ثابت می‌ماند.")
    assert _speakers(text) == ["محمد باقری"]


def test_a_quantifier_keeps_the_group_it_picks_out() -> None:
    text = ("علی کریمی وزیر نفت گفت: صادرات افزایش یافته است. "
            "اما شماری از کشورهای اروپایی می‌گویند: خرید نفت کاهش یافته است.\n"
            "برخی از نمایندگان مجلس اعلام کردند: طرح را بررسی می‌کنیم.")
    assert _speakers(text) == ["علی کریمی", "شماری از کشورهای اروپایی", "برخی از نمایندگان مجلس"]


def test_hamin_marks_a_source_named_before_like_in() -> None:
    text = ("روزنامه کیهان در شماره امروز نوشت: مذاکرات به نتیجه نمی‌رسد. "
            "همین روزنامه افزود: دولت باید صبر کند.")
    assert _speakers(text) == ["روزنامه کیهان", "روزنامه کیهان"]


def test_an_opening_quote_mark_does_not_hide_the_full_stop_before_it() -> None:
    # «...باشد.شبکه» (no space after the stop) and a «"» that opens a headline, not one that closes a quotation
    text = ("وزیر گفت: هر جا که به تولید داخلی اعتماد کردیم موفق شدیم و این باید تجربه‌ای برای آینده باشد."
            "شبکه الف هم گزارش خود را با این تیتر منتشر کرد که \"رئیس‌جمهور گفت: اقتصاد مقاومتی راه نجات است\".")
    assert _speakers(text)[-1] == "رئیس‌جمهور"


def test_page_furniture_before_a_title_is_not_a_name() -> None:
    text = ("امیر دریادار حسن شاهرخی با اشاره به حضور ناوگروه در اقیانوس، گفت: ناوگروه به بندر بازگشت. "
            "سرخط اخبار معاون فرمانده نیروی دریایی: ناوگروه به بندر بازگشت\n"
            "معاون فرمانده نیروی دریایی افزود: مأموریت بعدی در اقیانوس هند است.")
    assert _speakers(text)[-1] == "حسن شاهرخی"


def test_an_adverbial_with_a_demonstrative_before_a_title_is_no_name() -> None:
    text = "به دنبال این حادثه وزیر امور خارجه در تماسی تلفنی گفت: پیگیری‌های لازم انجام می‌شود."
    assert _speakers(text) == ["وزیر امور خارجه"]


def test_a_title_inside_an_outlets_words_is_the_person_named_later() -> None:
    text = ("ایسنا نوشت: رئیس ستاد انتخابات کشور از تعیین سقف رای برای هر صندوق خبر داد و گفت: مردم شعب خلوت را انتخاب کنند. "
            "جمال مرادی در گفت‌وگو با رادیو گفت: پروتکل‌های بهداشتی رعایت می‌شود.")
    assert _speakers(text) == ["ایسنا", "جمال مرادی", "جمال مرادی"]
