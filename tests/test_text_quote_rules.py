"""Speaker rules of the quote extractor, each on a short text written for the test."""

from __future__ import annotations

from didban.text import canonical_source, extract_provenance, extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_subject_before_a_compound_introducer_not_a_coordinated_clause() -> None:
    # «... داشتند و کشور دوم ...» inside «با بیان اینکه» must not become the subject
    text = ("به گزارش ایرنا، مریم کاظمی در نشست خبری با بیان اینکه دو شهر روابط خوبی داشتند و شهر دوم "
            "در طرح حضور داشت، اظهار داشت: همکاری ادامه می‌یابد.")
    assert _speakers(text) == ["مریم کاظمی"]


def test_title_starting_like_a_skipped_conjunction_is_kept() -> None:
    # «امام جمعه» begins with the letters of «اما» (but); the title must not be skipped as a lead clause
    text = ("حجت‌الاسلام رضا نوری امام جمعه شهر نمونه است.\n"
            "امام جمعه شهر نمونه، صبر و امید را از ارکان زندگی برشمرد و افزود: امید باید زنده بماند.")
    qs = extract_quotes(text)
    assert len(qs) == 1 and qs[0].speaker != "صبر و امید"


def test_known_name_before_an_object_phrase() -> None:
    text = ("سارا احمدی گفت: طرح تازه آغاز شد.\n"
            "احمدی هدف از اجرای طرح را رونق سفر دانست و افزود: مسافران بیشتری می‌آیند.")
    assert _speakers(text) == ["سارا احمدی", "سارا احمدی"]


def test_relative_clause_after_the_subject() -> None:
    text = ("کاوه رضایی گفت: من خسته‌ام.\n"
            "این دونده که سال‌ها در باشگاه شهر و تیم ملی دوید، در صفحه شخصی‌اش نوشت: از همه ممنونم.")
    assert _speakers(text) == ["کاوه رضایی", "کاوه رضایی"]


def test_rank_marks_a_name_before_an_object_phrase() -> None:
    text = ("مدیر مدرسه گفت: برنامه آماده است.\n"
            "حجت‌الاسلام جواد کریمی معرفی دستاوردها را برای نوجوانان ضروری عنوان کرد و افزود: باید کتاب خواند.")
    qs = extract_quotes(text)
    assert qs[-1].speaker == "جواد کریمی"


def test_ordinal_before_a_title_resolves_to_the_person() -> None:
    text = ("علی توانا گفت: او قهرمان است.\n"
            "نخستین مربی این قهرمان ادامه داد: هرجا باشد موفق است.")
    assert _speakers(text) == ["علی توانا", "علی توانا"]


def test_outlet_colon_lead_is_not_part_of_the_subject() -> None:
    text = "پایگاه خبری نمونه (nemoone.ir) : رضا صادقی گفت: بازار آرام است."
    assert _speakers(text) == ["رضا صادقی"]


def test_generic_media_citing_a_person_give_the_person() -> None:
    text = ("به گزارش مهر، رسانه‌ها به نقل از وزیر دارایی کشور نمونه می‌گویند که بدهی کم شد.\n"
            "جان اسمیت، وزیر دارایی کشور نمونه، گفت: بودجه متعادل است.")
    qs = extract_quotes(text)
    assert qs[0].speaker == "جان اسمیت"


def test_based_on_announcement_of_a_long_phrase_is_cited_up_to_the_preposition() -> None:
    p = extract_provenance("به گزارش فارس به نقل از روابط عمومی دانشگاه نمونه، بر اساس اعلام معاونت آموزشی "
                           "دانشگاه با توجه به جلسه هفته گذشته با نمایندگان دانشجویان شهرهای مختلف کشور، "
                           "مهلت ثبت نام تمدید شد.")
    assert p.cited == ["روابط عمومی دانشگاه نمونه", "معاونت آموزشی دانشگاه"]


def test_coordinated_speech_verb_keeps_the_first_subject() -> None:
    text = ("به گزارش ایسنا، پریا محمدی، وزیر نمونه، ابراز امیدواری کرد و مدعی شد که طرح موفق بوده است "
            "و گفت دولت با شرکای خود همکاری می‌کند.")
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["پریا محمدی", "پریا محمدی"]
    assert qs[0].text == "طرح موفق بوده است"  # the first statement ends where the second verb starts


def test_plural_title_is_a_group_not_the_named_person() -> None:
    text = ("سارا نیک، دیپلمات کشور نمونه، گفت: نشست برگزار می‌شود.\n"
            "دیپلمات‌ها اعلام کردند، شورا در حال بررسی بیانیه است.")
    qs = extract_quotes(text)
    assert qs[0].speaker == "سارا نیک" and qs[-1].speaker != "سارا نیک"


def test_indefinite_title_with_a_continuation_verb_is_the_same_speaker() -> None:
    text = ("رضا امینی گفت: بازار آرام است.\n"
            "یک استاد دانشگاه در ادامه افزود: تورم کم می‌شود.")
    assert _speakers(text) == ["رضا امینی", "رضا امینی"]
    # without a continuation verb the indefinite speaker stays anonymous
    other = "رضا امینی گفت: بازار آرام است.\nیک استاد دانشگاه گفت: تورم کم می‌شود."
    assert _speakers(other)[-1] != "رضا امینی"


def test_public_relations_name_split_by_a_stray_comma() -> None:
    p = extract_provenance("به گزارش فارس به نقل از روابط عمومی، سازمان آب منطقه‌ای نمونه این سازمان با صدور "
                           "اطلاعیه‌ای اعلام کرد که جیره بندی نداریم.")
    assert p.cited == ["روابط عمومی سازمان آب منطقه‌ای نمونه"]


def test_outlet_that_interviewed_the_source_is_not_cited_by_a_known_publisher() -> None:
    text = "محمد کاظمی، سفیر کشور نمونه، به ایران اینترنشنال گفت که بازرسی‌ها عقب افتاد."
    assert extract_provenance(text).outlet == "ایران اینترنشنال"  # no publisher known: the interviewer publishes
    p = extract_provenance(text, url="https://www.farsnews.ir/news/13911121000971/x")
    assert (p.outlet, p.cited) == ("خبرگزاری فارس", [])


def test_title_with_a_word_ending_like_a_light_verb_is_not_split() -> None:
    # «امداد» ends in «داد» but is no verb: «... امداد و نجات ...» is one title
    text = ("ناصر امینی، رئیس سازمان امداد و نجات، گفت: انبارها پر است.\n"
            "رئیس سازمان امداد و نجات افزود: نیروها آماده‌اند.")
    assert _speakers(text) == ["ناصر امینی", "ناصر امینی"]


def test_time_words_before_the_name() -> None:
    text = "به گزارش فارس از بندرعباس، صبح امروز کامران رفیعی اظهار داشت: طرح اجرا شد.\nوی افزود: کالا کشف شد."
    assert _speakers(text) == ["کامران رفیعی", "کامران رفیعی"]


def test_lead_without_comma_keeps_the_name_after_the_outlet() -> None:
    text = ("به گزارش خبرگزاری فارس از کرمانشاه مهدی نوری در نشستی که با حضور دانشجویان برگزار شد، اظهار داشت: "
            "کتاب خواندن مهم است.\nوی به نقش کتابخانه‌ها اشاره کرد و گفت: کتابخانه‌ها باید باز بمانند.")
    assert _speakers(text) == ["مهدی نوری", "مهدی نوری"]


def test_title_inside_a_leading_adverbial_and_another_speaker_marked_by_niz() -> None:
    text = ("به گزارش ایرنا، حجت‌الاسلام رضا کاظمی گفت: عدالت مهم است.\n"
            "در ادامه این مراسم فرمانده سپاه استان نمونه، به مولفه‌های دفاع اشاره کرد و گفت: مقاومت ادامه دارد.\n"
            "سردار یوسف شاکری ادامه داد: دشمن ناکام است.\n"
            "نماینده، ولی فقیه در استان نمونه نیز گفت: وحدت لازم است.\n"
            "حجت‌الاسلام مجید صالحی اظهار کرد: خدمت به مردم اولویت است.")
    spk = _speakers(text)
    assert spk[1] in ("رضا کاظمی", "یوسف شاکری")  # a person, not «به مولفه‌های دفاع»
    assert spk[2:] == ["یوسف شاکری", "مجید صالحی", "مجید صالحی"]  # «نیز»: not the previous speaker


def test_object_before_a_verb_in_the_previous_sentence_does_not_block_a_bare_statement() -> None:
    text = "کاوه نیکو گفت سربازان وارد شدند. آنها دستور خروج را دادند. نیکو تاکید کرد سربازان به اتاق عمل رفتند."
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["کاوه نیکو", "کاوه نیکو"]
    assert qs[1].text.startswith("سربازان به اتاق")


def test_apposition_right_after_the_lead_gives_the_role() -> None:
    text = ("رئیس مجلس نمونه در پیامی نوشت: همکاری ادامه دارد.\n"
            "به گزارش مهر، کریم بهاری، رئیس مجلس نمونه، در پیامی نوشت: دولت را یاری می‌کنیم.")
    assert _speakers(text) == ["کریم بهاری", "کریم بهاری"]


def test_candidate_is_a_title_and_written_together_cue() -> None:
    text = ("شیراز-ایرنا- نامزد انتخابات ریاست جمهوری گفت: کشور جهش می‌خواهد. به گزارش ایرنا، امید فرهادی افزود: "
            "مردم تصمیم می‌گیرند.\nوی یادآورشد: برنامه آماده است.")
    assert _speakers(text) == ["امید فرهادی"] * 3


def test_provenance_typos_outlet_like_colon_lead_generic_media_and_long_cited_names() -> None:
    assert extract_provenance("به گزرش نمونه‌نیوز، علی گفت: x").outlet == "نمونه‌نیوز"
    assert extract_provenance("نمونه‌نیوز : طوفان هشتگی به راه افتاد.").outlet == "نمونه‌نیوز"
    p = extract_provenance("به گزارش رسانه‌ها، وزیر خارجه به تهران رفت.")
    assert (p.outlet, p.cited) == (None, ["رسانه‌ها"])
    p = extract_provenance("به گزارش فارس به نقل از بانک مرکزی کشور نمونه در سه ماهه دوم سال گذشته سرمایه خارج شد.\n")
    assert p.cited == ["بانک مرکزی کشور نمونه"]


def test_two_word_outlet_head_in_a_comma_less_lead() -> None:
    text = ("به گزارش خبر گزاری فارس از کرمانشاه نادر کیانی در نشستی که با حضور استادان برگزار شد، اظهار داشت: "
            "پژوهش مهم است.")
    assert _speakers(text) == ["نادر کیانی"]


def test_pronoun_before_any_name_goes_to_the_speaker_named_later() -> None:
    # the first statement has a misspelt verb the extractor does not know; «وی» still gets a person
    text = ("سرهنگ بهرام نیکو در گفت‌وگو با خبرنگاران از اجرای طرح خبر داد.\n"
            "وی افزود: انبارها پلمپ شدند.\nنیکو تصریح کرد: متخلفان دستگیر شدند.")
    assert _speakers(text) == ["بهرام نیکو", "بهرام نیکو"]  # the subject of the lead sentence


def test_openers_without_a_comma_are_not_the_subject() -> None:
    text = ("شایان ذکر است هفته گذشته سعید نادری در همایش گفت: کار ادامه دارد.\n"
            "این در حالی است که یک مقام ارشد دولت نمونه به خبرنگاران گفت، تصمیمی گرفته نشده است.")
    assert _speakers(text) == ["سعید نادری", "یک مقام ارشد دولت نمونه"]


def test_named_after_mowsum_be_and_tebgh_gofte() -> None:
    text = ("گروه نظامی موسوم به دیده بان دریا در بیانیه‌ای ادعا کرد که تحقیقات ادامه دارد.\n"
            "طبق گفته مقام‌های بندر، کشتی آسیب ندید.")
    qs = extract_quotes(text)
    assert qs[0].speaker == "دیده بان دریا"
    assert qs[1].speaker == "مقام‌های بندر" and qs[1].text.startswith("کشتی آسیب")


def test_gofte_alone_with_a_colon_but_not_the_passive() -> None:
    text = 'مینا کریمی گفته: "این شایعه است."\nگفته شده که جلسه لغو شد.\nوی افزود: نگران نباشید.'
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["مینا کریمی", "مینا کریمی"]


def test_titles_with_the_same_head_but_another_organisation_are_different_people() -> None:
    text = ("کامران نوری، مدیر عامل شرکت برق استان نمونه، گفت: شبکه توسعه یافت.\n"
            "مدیر عامل شرکت آب و فاضلاب استان نمونه نیز گفت: آب شرب تامین می‌شود.\n"
            "حسن رادمنش در مورد روستاها بیان داشت: پمپ نصب می‌شود.")
    assert _speakers(text) == ["کامران نوری", "حسن رادمنش", "حسن رادمنش"]


def test_promotional_line_ends_the_sentence_before_a_subject() -> None:
    text = ("وزیر نمونه حاضر شد. اپلیکیشن خبرگزاری نمونه را دانلود کنید رضا امیری با اشاره به تصمیم گفت: "
            "«ما آماده بودیم.»")
    assert _speakers(text) == ["رضا امیری"]


def test_title_resolved_to_a_name_written_next_to_it_elsewhere() -> None:
    text = ("عضو شورای نمونه شهر گفت: طرح تصویب شد.\n"
            "به گزارش ایرنا، مهدی سالاری عضو شورای نمونه شهر در جلسه حضور داشت.")
    assert _speakers(text) == ["مهدی سالاری"]


def test_plural_demonstrative_group_speaks_for_itself() -> None:
    text = "کشاورزان نمونه‌ای تجمع کردند.\nاین کشاورزان می‌گویند، آب کافی نیست."
    assert _speakers(text) == ["کشاورزان"]


def test_provenance_title_suffix_persian_service_written_lead_and_desk_abroad() -> None:
    assert extract_provenance("متن خبر بدون سرآغاز.", title="خبر مهم - نمونه‌ساز").outlet == "نمونه‌ساز"
    assert extract_provenance("متن خبر بدون سرآغاز.", title="خبر مهم | Euronews").outlet == "یورونیوز"
    # a Latin site name with a double space inside («| TRT  Persian»)
    assert extract_provenance("متن خبر بدون سرآغاز.", title="خبر مهم | TRT  Persian").outlet == "TRT Persian"
    p = extract_provenance("به نوشته روزنامه کویتی نمونه، بیشتر مردم موافقند.\n",
                           url="https://www.farsnews.ir/news/13911121000971/x")
    assert p.cited == ["روزنامه کویتی نمونه"]
    p = extract_provenance("سایت اینترنتی «نمونه نیوز» روز گذشته با اعلام این خبر نوشت: وزیر سفر کرد.",
                           url="https://www.farsnews.ir/news/13911121000971/x")
    assert p.cited == ["سایت اینترنتی «نمونه نیوز»"]
    p = extract_provenance("به گزارش خبرنگار اعزامی خبرگزاری فارس به عراق، شهر آرام است.")
    assert (p.outlet, p.cited) == ("خبرگزاری فارس", [])


def test_pronoun_refers_to_the_subject_of_the_lead_sentence() -> None:
    text = ("به گزارش خبرگزاری فارس از گرگان، حجت‌الاسلام رحیم صفایی ظهر امروز هدف نشست را همفکری عنوان کرد.\n"
            "وی تصریح کرد: مشورت برکت دارد.\nمهدی افشار گفت: کار فرهنگی دشوار است.")
    assert _speakers(text) == ["رحیم صفایی", "مهدی افشار"]


def test_name_followed_by_an_object_merges_with_the_full_name() -> None:
    text = ("سرلشکر کاظمی روند توسعه را بی‌توقف توصیف و تاکید کرد: پیشرفت ادامه دارد.\n"
            "به گزارش ایسنا، سردار سرلشکر پاسدار حسن کاظمی در نمایشگاه اظهار کرد: دستاوردها بزرگ است.")
    assert _speakers(text) == ["حسن کاظمی", "حسن کاظمی"]


def test_preverb_after_va_belongs_to_the_verb() -> None:
    text = ("لیلا رستمی گفت: تولید باید بیشتر شود.\n"
            "رهبر حزب نمونه این بار همه را مخاطب قرار دادند و تأکید فرمودند که فرهنگ مصرف باید تغییر کند.\n"
            "وی یادآور شد: قیمت‌ها مهم است.")
    qs = extract_quotes(text)
    assert qs[1].speaker != "تأکید" and qs[-1].speaker == "لیلا رستمی"


def test_outlet_as_subject_is_an_organisation() -> None:
    text = "علی نادری گفت: بازار آرام است.\nرویترز تصریح کرده است: قیمت نفت بالا رفت.\nوی افزود: صادرات بیشتر شد."
    assert _speakers(text) == ["علی نادری", "رویترز", "علی نادری"]


def test_provenance_time_after_outlet_two_word_site_and_glued_naghl() -> None:
    p = extract_provenance("به گزارش خبرگزاری ایسنا در روز یکشنبه، او این سخنان را گفت.")
    assert p.outlet == "خبرگزاری ایسنا"
    p = extract_provenance("به گزارش خبرنگار نمونه آنلاین ، چندین دهه گذشته است.")
    assert (p.outlet, p.unit) == ("نمونه آنلاین", "خبرنگار")
    p = extract_provenance("به گزارش خبرگزاری فارس به نقل ازرویترز قیمت نفت بالا رفت.\n",
                           url="https://www.farsnews.ir/news/13911121000971/x")
    assert p.cited and p.cited[0].startswith("رویترز")


def test_glued_goft_colon_slash_breadcrumbs_and_latest_same_surname() -> None:
    text = "خانه / اخبار / سعید کریمی در نشست اظهار داشت: کار ادامه دارد. وی افزود: نگران نباشید."
    assert _speakers(text) == ["سعید کریمی", "سعید کریمی"]
    assert _speakers("مهدی رضایی به دلیل خدمات به درجه شهادت نائل شدگفت: او الگو بود.")[0] is not None
    text = ("مجید کاظمی گفت: جاده خراب است.\nعیسی کاظمی اظهار داشت: راه نداریم.\nکاظمی گفت: مردم کوچ می‌کنند.")
    assert _speakers(text)[-1] == "عیسی کاظمی"


def test_inner_speaker_after_a_colon_and_stacked_openers() -> None:
    text = "حسن بابایی گفت: حضرت امام خمینی فرمودند که انقلاب با معنویت صادر می‌شود."
    assert _speakers(text)[-1] == "امام خمینی"
    text = ("بنا بر این گزارش، در حالی که پلیس شهر نمونه اعلام کرد که ده نفر آمدند، برگزارکنندگان عدد دیگری گفتند.")
    assert _speakers(text)[0] == "پلیس شهر نمونه"


def test_artist_titles_and_pilot_rank() -> None:
    text = ("جواد نیکنام فیلمساز سینمای کشور با بیان این مطلب به خبرنگار فارس گفت: جشنواره ضعیف بود.\n"
            "مشاور هنری وزیر خاطرنشان کرد: مدیران تغییری نکردند.\n"
            "امیر سرتیپ دوم خلبان رضا امیری اظهار کرد: آماده‌ایم.")
    assert _speakers(text) == ["جواد نیکنام", "جواد نیکنام", "رضا امیری"]


def test_relayed_report_after_the_lead_is_cited() -> None:
    p = extract_provenance("به گزارش خبرگزاری فارس ، رویترز ضمن اعلام این مطلب به نقل از سمیر نمونه افزود : تولید بالا رفت.",
                           url="https://www.farsnews.ir/news/13911121000971/x")
    assert p.cited == ["رویترز", "سمیر نمونه"]


# --- rules added on heldout_g (each fails without its rule) ---


def test_relaying_outlet_is_not_the_speaker_the_cited_source_is() -> None:
    # «X به نقل از Y گزارش داد/نوشت»: «به نقل از» marks the source of the statement (Y speaks)
    text = ("شبکه «نمونه» به نقل از خبرگزاری «پارس‌نما»، گزارش داد که صدای انفجار شنیده شد.\n"
            "سایت خبری آوا به نقل از کامران نیک‌فر نوشت: «ما آماده‌ایم».")
    first, second = _speakers(text)
    assert first is not None and "پارس" in first and "نمونه" not in first
    assert second == "کامران نیک‌فر"


def test_clause_opening_with_its_object_keeps_the_earlier_subject() -> None:
    text = ("جان دو، وزیر خارجه کشور نمونه روز دوشنبه حمله را کار گروه الف دانست و آن را محکوم کرد و گفت "
            "پاسخی جمعی داده می‌شود.")
    assert _speakers(text) == ["جان دو"]


def test_glued_title_and_foreign_rank_resolve_to_the_named_person() -> None:
    text = ("جنرال کنت لارسون، فرمانده نیروهای نمونه گفت: آماده‌ایم.\n"
            "جنرال لارسون گفته است: هر روز با فرماندهانم صحبت می‌کنم.\n"
            "آنتونی هیل، وزیر خارجه ایالات متحده، گفت: حمله را محکوم می‌کنیم.\n"
            "وزیرخارجه ایالات متحده افزود: هماهنگی ادامه دارد.")
    assert _speakers(text) == ["کنت لارسون", "کنت لارسون", "آنتونی هیل", "آنتونی هیل"]


def test_ellipsis_ends_a_snippet_and_verb_prefix_is_not_the_subject() -> None:
    text = ("دو پرستار تأیید کردند که اجساد در رود دیده شد…     یک مقام محلی می‌گوید این اجساد از بالادست آمده است.\n"
            "حاج‌آقا رحمانی، مرتب می‌گفت که به همه احترام بگذارید.")
    # «تأیید کردند که» introduces a statement too (a speech verb since the heldout_k round)
    assert _speakers(text) == ["دو پرستار", "یک مقام محلی", "رحمانی"]


def test_question_inside_the_clause_and_a_clause_before_an_apposition() -> None:
    text = ("در این مراسم که مسئولان دستگاه‌های اجرایی حضور داشتند، استاندار نمونه از نمایشگاه بازدید کرد.\n"
            "استاندار نمونه گفت: انقلاب پیروز شد.\n"
            "کامران سپهری اظهار داشت: باید کار کرد.\n"
            "علی نادری سخنگوی دولت، در پاسخ به این سوال که آیا ادارات تعطیل است یا خیر؟ اعلام کرد: تعطیل است.")
    sp = _speakers(text)
    assert sp[0] != "های اجرایی حضور داشتند" and "حضور داشتند" not in (sp[0] or "")
    assert sp[-1] == "علی نادری"


def test_lead_without_comma_source_runs_into_the_speaker() -> None:
    # an organisation name runs into the speaker's name: a title restating the organisation, a given name, a rank
    t1 = ("به گزارش خبرگزاری فارس به نقل از روابط عمومی شرکت نمایشگاه‌های صنعت ساختمان آریا نجفی مدیرعامل "
          "شرکت نمایشگاه‌های صنعت ساختمان آریا با اعلام این خبر گفت: همایش برگزار می‌شود.")
    p1 = extract_provenance(t1, url="https://www.farsnews.ir/news/1")
    assert p1.cited == ["روابط عمومی شرکت نمایشگاه‌های صنعت ساختمان آریا"]
    assert _speakers(t1) == ["نجفی"]
    t2 = ("به گزارش خبرگزاری فارس از بندرعباس به نقل از روابط عمومی استانداری نمونه جاسم جادری در آیین "
          "هفته روابط عمومی بیان داشت: روابط عمومی زبان سازمان است.")
    p2 = extract_provenance(t2, url="https://www.farsnews.ir/news/2")
    assert p2.cited == ["روابط عمومی استانداری نمونه"]
    t3 = "به گزارش خبرگزاری‌ها آقای مکنزی، که از مکانی نامعلوم مصاحبه می‌کرد، گفت: ما آماده‌ایم."
    assert extract_provenance(t3).outlet != "خبرگزاری‌ها آقای مکنزی"
    assert _speakers(t3) == ["مکنزی"]


def test_provenance_time_inside_lead_truncated_lead_title_site_and_quoted_cited_name() -> None:
    p = extract_provenance("تهران- ایرنا- متن خبر.\nبه گزارش چهارشنبه شب ایرنا، همتی نوشت: ساده زیستی لازم است.")
    assert p.cited == [] and p.origin == "ایرنا"
    p = extract_provenance("خبری درباره سفیر.\nه گزارش  روزنامه «نمونه تایمز»، سفیر منصوب شد.")
    assert p.origin == "روزنامه «نمونه تایمز»"
    p = extract_provenance("اخبار سیاسی فرهنگی ورزشی. تیم ملی به فینال رسید.",
                           title="خبرگزاری صدا و سیما | عکس -")
    assert p.outlet == "خبرگزاری صدا و سیما"
    p = extract_provenance('به گزارش خبرگزاری فرانسه از کویت روزنامه القبس امروز به نقل از "خالد نمونه" مسئول '
                           "پرونده غرامت ها اعلام کرد: مبلغ دریافت شد.", url="https://www.farsnews.ir/news/3")
    assert p.cited == ["خبرگزاری فرانسه", "روزنامه القبس", "خالد نمونه"]


def test_indefinite_title_in_the_lead_is_the_person_named_next() -> None:
    text = ("یک عضو کمیسیون امور داخلی مجلس، تاکید کرد: نظارت بر قیمت‌ها وجود ندارد. "
            "کامران حدادی در گفت‌وگو با ایسنا، اظهار کرد: وزرا وظیفه سنگینی دارند.")
    assert _speakers(text) == ["کامران حدادی", "کامران حدادی"]
    # not when the next statement is by someone described, not named
    text = ("یک مقام محلی می‌گوید اجساد از بالادست آمده است. این مقام می‌گوید شمار آنها زیاد است.\n"
            "پرویز تفرا، جراح، می‌گوید زخمی‌ها زیادند.")
    assert _speakers(text)[0] == "یک مقام محلی"


def test_this_statement_speaks_for_its_issuer() -> None:
    text = ("تهران - ایرنا - سپاه نمونه در بیانیه‌ای از مشارکت مردم قدردانی کرد.\n"
            "این بیانیه می‌افزاید: حضور مردم باشکوه بود.")
    assert _speakers(text) == ["سپاه نمونه"]


def test_according_to_with_apposition_or_quotation_and_surname_endings() -> None:
    text = ("به گفته بکیر پاکدلی، وزیر جنگلداری کشور نمونه، آتش مهار شده است.\n"
            'به گفته این مقام بریتانیایی "حمله عمدی بود".')
    qs = extract_quotes(text)
    assert [q.speaker for q in qs][0] == "بکیر پاکدلی" and qs[0].text.startswith("آتش")
    assert len(qs) == 2 and qs[1].text.startswith("حمله")
    # «خطیب‌زاده» is a name, not the title «خطیب»; a breadcrumb is not the first sentence's subject
    text = ("خانه / اخبار /توضیحات سخنگو درباره انتخابات در کانادا سعید خطیب‌زاده سخنگوی وزارت خارجه "
            "توضیحاتی ارائه کرد. به گزارش تسنیم، خطیب‌زاده سخنگوی وزارت خارجه اظهار داشت: رای‌گیری ممکن نیست. "
            "وی ادامه داد: پیگیری می‌کنیم.")
    sp = _speakers(text)
    assert sp == ["سعید خطیب‌زاده", "سعید خطیب‌زاده"] or sp == ["خطیب‌زاده", "خطیب‌زاده"]


def test_interview_line_names_the_publisher() -> None:
    text = ("یک عضو کمیسیون مجلس تاکید کرد: نظارت لازم است. کامران حدادی در گفت‌وگو با ایسنا، "
            "اظهار کرد: وزرا مسئول‌اند.")
    p = extract_provenance(text)
    assert p.outlet == "ایسنا" and p.origin == "ایسنا"


def test_publisher_after_a_summary_paragraph_or_in_its_own_footer() -> None:
    p = extract_provenance("سخنگوی وزارت خارجه گفت: آماده‌ایم.   نمونه‌نیوز : ند پرایس در نشست خبری گفت: آماده‌ایم.")
    assert p.outlet == "نمونه‌نیوز"
    p = extract_provenance("بسیج دانشجویی اعتراض کرد. ه گزارش خبرنگار دانشگاه خبرگزاری دانشجو، بسیج نامه نوشت.")
    assert p.origin == "خبرگزاری دانشجو"
    p = extract_provenance("شمار شهرهای قرمز افزایش یافت.\n\nخبرگزاری آناتولی اخبار خود را از طریق سامانه مدیریت "
                           "خبر برای مشترکین ارسال می‌کند.")
    assert p.outlet == "خبرگزاری آناتولی" and p.cited == []


# --- heldout_h round: sources named after the lead, attribution forms, speakers of scraped pages ---------------


def test_source_named_in_the_opening_sentences_is_cited() -> None:
    fars = "https://www.farsnews.ir/news/1/x"
    p = extract_provenance("به گزارش خبرگزاری فارس، تیم نمونه بازیکن تازه می‌خواهد.\nطبق گزارش مجله ورزشی "
                           "نمونه، مذاکره آغاز شده است.", url=fars)
    assert (p.outlet, p.origin) == ("خبرگزاری فارس", "مجله ورزشی نمونه")
    p = extract_provenance("روزنامه نیویورک تایمز روز شنبه نوشت دو منبع این مقام را شناسایی کرده‌اند.", url=fars)
    assert p.cited == ["روزنامه نیویورک تایمز"]
    p = extract_provenance("به گزارش خبرگزاری فارس، نشست آغاز شد.\nبه گزارش شبکه خبری نمونه، رئیس شورا گفت "
                           "پیشرفت‌هایی بوده است.", url=fars)
    assert p.cited == ["شبکه خبری نمونه"]
    p = extract_provenance("دادگاهی حکم داد. بنا به گزارش رسانه های عربی و دیدبان نمونه بعدازظهر سه شنبه انفجاری رخ داد.")
    assert [canonical_source(c) for c in p.cited] == [canonical_source("رسانه های عربی و دیدبان نمونه")]
    assert p.outlet is None
    # the place of publication is not a source
    p = extract_provenance("سعید نمونه، سخنگوی وزارت، با انتشار مطلبی در شبکه اجتماعی توییتر نوشت: آماده‌ایم.", url=fars)
    assert p.cited == []


def test_dateline_headline_glue_verb_and_channel_in_the_lead() -> None:
    assert extract_provenance("ایرنا- آنکارا- آتش سوزی در جنگل‌ها ادامه دارد.").outlet == "ایرنا"
    p = extract_provenance(" بازداشت هفت وکیل در تهرانبه گزارش خبرگزاری هرانا، هفت نفر بازداشت شدند.")
    assert p.origin == "خبرگزاری هرانا"
    p = extract_provenance("به گزارش خبرگزاری فارس به نقل از دادسرای نمونه آمده است: «پرونده ارسال شد.»")
    assert p.cited == ["دادسرای نمونه"]
    p = extract_provenance("به گزارش کانال تلگرام سندیکای کارگران نمونه، کارگران تجمع کردند.")
    assert p.outlet is None and p.cited == ["کانال تلگرام سندیکای کارگران نمونه"]


def test_attribution_verbs_added_to_the_lexicon() -> None:
    text = ("یک بیانیه رسمی وزارت نمونه حاکی است که پول بازگردانده شد.\n"
            "این گزارش حاکی است، در پایان مراسم جوایز اهدا شد.\n"
            "نشریه نمونه خبر داد مربی تیم اردو را آغاز می‌کند.\n"
            "مدیر مدرسه از آغاز طرح تازه خبر داد و افزود: همه آماده‌اند.\n"
            "سارا نیکو توصیه کرد: زودتر ثبت نام کنید.\n"
            "سارا نیکو ابراز امیدواری کرد مذاکرات به نتیجه برسد.\n"
            "برخی عنوان کرده بودند تیم دیگری نیز خواهان اوست.")
    qs = extract_quotes(text)
    assert [q.cue for q in qs] == ["حاکی است", "خبر داد", "افزود", "توصیه کرد", "ابراز امیدواری کرد",
                                   "عنوان کرده بودند"]
    assert qs[0].speaker and "وزارت نمونه" in qs[0].speaker and qs[2].text == "همه آماده‌اند."


def test_according_to_phrases_without_a_speech_verb() -> None:
    text = ("بکیر پاکدلی وزیر کشاورزی گفت: آتش مهار شد.\n"
            "ولی به گفته مسئولان احتمال افزایش تلفات وجود دارد. به گفته پاکدلی بیش از هزار نیرو فعال‌اند.\n"
            "بنا بر اظهارات سخنگوی سازمان نمونه، درخواست رد شد.\n"
            "روزنامه نمونه گزارشی منتشر کرد. به نوشته این روزنامه، اگر حمله تکرار شود پاسخ داده می‌شود.\n"
            "وزارت دادگستری در بیانیه‌ای اعلام کرد: صندوق بسته شد. 1398بنا بر این بیانیه، دولت صندوق را ساخته بود.")
    qs = extract_quotes(text)
    starts = {q.text.split()[0]: q.speaker for q in qs}
    assert starts["احتمال"] == "مسئولان"
    assert starts["بیش"] and "پاکدلی" in starts["بیش"]
    assert _speakers("نشست لغو شد. بنا بر اظهارات سخنگوی سازمان نمونه، درخواست رد شد.") == ["سخنگوی سازمان نمونه"]
    assert "اگر" in starts
    assert starts["دولت"] == "وزارت دادگستری"
    # «به نوشته X،» opening the article is its lead, not a quote
    assert extract_quotes("به نوشته روزنامه نمونه، 81 درصد مردم موافق‌اند.") == []


def test_bare_perfect_introduces_a_statement_but_not_its_auxiliary_or_noun_forms() -> None:
    text = ("پایگاه ردیاب کشتی‌ها که تردد را رصد می‌کند گفته این کشتی ایرانی است.\n"
            "روزنامه نمونه نوشته دو نفر زخمی شدند.\n"
            "گفته شده بود که کشتی آسیب دید. این نوشته را همه خواندند.")
    qs = extract_quotes(text)
    assert [q.cue for q in qs] == ["گفته", "نوشته"]
    assert qs[1].speaker == "روزنامه نمونه"


def test_speaker_after_page_captions_adverbials_and_openers() -> None:
    # a Latin caption and a date list of a scraped page before the subject
    text = "عکس: Aa Aa جرج نمونه، خبرنگار روزنامه فیگارو، روز سه شنبه مدعی شد که مذاکره آغاز شده است."
    assert _speakers(text) == ["جرج نمونه"]
    text = "• ایران و چین 1400/05/18 شبکه تلویزیونی نمونه گزارش داد: جوزپ نمونه گفت: شواهد روشن است."
    assert _speakers(text)[0] == "شبکه تلویزیونی نمونه"
    # an adverbial without a comma before an indefinite source or a title
    text = ("علی کریمی گفت: نشست خوب بود.\n"
            "در واپسین ساعات روز پنج‌شنبه (دیشب) یک منبع در دولت نمونه گفت «ما به دنبال توافقیم»")
    assert _speakers(text)[-1] == "یک منبع در دولت نمونه"  # (since stop 31 with the body it belongs to)
    # an adverb opener followed by the subject, then its apposition
    text = ("علی کریمی گفت: نشست خوب بود.\n"
            "از سوی دیگر رضا نمونه، خبرنگار حوزه نفت، در توییتی اعلام کرده است که نماینده ایران بازگشت.")
    assert _speakers(text)[-1] == "رضا نمونه"
    # a rank «پروفسور» and a glued title «دبیرستاد»
    text = "علی کریمی گفت: آتش مهار شد.\nپروفسور دکتر تونجای نمونه نیز در گفتگو با شبکه‌ای گفت: آمار دقیق نیست."
    assert _speakers(text)[-1] == "تونجای نمونه"
    text = "سید اسماعیل نمونه، دبیرستاد انتخابات کشور، گفت: ثبت نام آغاز شد.\nدبیرستاد انتخابات کشور افزود: مهلت کافی است."
    assert _speakers(text) == ["سید اسماعیل نمونه", "سید اسماعیل نمونه"]


def test_described_organisation_without_antecedent_speaks_for_itself() -> None:
    text = "تحقیقات تازه منتشر شد.\nاین مرکز تحقیقاتی در عین حال تاکید کرد: اقتصاد رشد می‌کند."
    sp = _speakers(text)
    assert sp and sp[-1] and "مرکز تحقیقاتی" in sp[-1]


def test_lead_day_in_parentheses_received_report_and_footer_with_semicolon() -> None:
    # «به گزارش امروز (یکشنبه) ایرنا،»: the day in parentheses is no part of the outlet
    p = extract_provenance("تهران - ایرنا - متن کوتاه.   به گزارش امروز (یکشنبه) ایرنا، آتش خاموش شد.")
    assert canonical_source(p.outlet) == canonical_source("ایرنا") and p.cited == []
    # «به گزارش دریافتی از اصفهان،»: a report the page received names no outlet
    p = extract_provenance("به گزارش دریافتی از اصفهان به تاریخ ۲۶مرداد، دامداران زیان دیدند.")
    assert p.outlet is None and p.origin is None
    # «منبع؛ X» at the end names the origin like «منبع: X»
    p = extract_provenance("رئیس جمهوری پیامی منتشر کرد و برای همه آرزوی سلامتی کرد. منبع؛خبر آنلاین ")
    assert canonical_source(p.origin) == canonical_source("خبر آنلاین")


def test_cited_person_description_after_az_is_cut() -> None:
    p = extract_provenance("به گزارش خبرگزاری آسوشیتدپرس به نقل از رضا نمونه از مقامات حزب نمونه، وزیر سالم ماند.")
    assert [canonical_source(c) for c in p.cited][-1] == canonical_source("رضا نمونه")


def test_attribution_with_quoted_outlet_typo_cue_and_bare_report_verb() -> None:
    # «به نوشته «رویترز»،»: the quoted name closes before the comma
    qs = extract_quotes("آتش گسترش یافت. به نوشته «رویترز»، دست کم سه نفر کشته شدند.")
    assert [q.speaker for q in qs] == ["رویترز"]
    # «خاطر نشان گرد:» (a common typo of «کرد») still introduces a statement
    qs = extract_quotes("علی نمونه گفت: رای‌گیری ادامه دارد.\nوی خاطر نشان گرد: صندوق‌ها باز است.")
    assert [q.speaker for q in qs] == ["علی نمونه", "علی نمونه"]
    # «X گزارش داد» directly followed by the statement, like «X گفت ...»
    qs = extract_quotes("به گزارش خبرگزاری فارس، سایت رسمی سازمان نمونه گزارش داد پس از چهار روز هنوز توافقی نشده است.")
    assert len(qs) == 1 and "سازمان نمونه" in (qs[0].speaker or "")


def test_quotation_on_the_line_after_the_colon() -> None:
    text = "دامداران زیان دیدند.\r\n\r\nیک دامدار سنتی در این رابطه گفت:\r\n\r\n«من سال‌ها دامدار بودم.»\r\n\r\nوی همچنین گفت: «مرتع نیست.»"
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["یک دامدار سنتی", "یک دامدار سنتی"]
    assert text[qs[0].start:].lstrip("«").startswith("من سال")


def test_speaker_after_adverbials_openers_and_bylines() -> None:
    # «در ادامه جلسه X ...»: the event noun belongs to the adverbial, not to the subject
    text = ("علی نمونه رئیس دانشگاه گفت: امتحان برگزار می‌شود.\n"
            "در ادامه جلسه رضا نمونه‌زاده معاون آموزشی دانشگاه با بیان اینکه تمهیدات لازم انجام شده، ابراز کرد: نگران نباشید.")
    assert _speakers(text)[-1] == "رضا نمونه‌زاده"
    # «این در حالیست که یکی از ...»: a glued «است», and an indefinite person named nowhere else
    text = ("محمد نمونه از فرماندهان نیروی دریایی اعلام کرد: «قایق غرق شد.»\n"
            "این در حالیست که یکی از اعضای اتحادیه ماهیگیران اعلام کرد، هنوز ده نفر گم شده‌اند.")
    assert _speakers(text)[-1] == "یکی از اعضای اتحادیه ماهیگیران"
    # a name closing an adverbial, then «، یکی از ...» as its apposition
    text = ("توماس نمونه گفت: بازی سخت بود.\n"
            "در پایان این مسابقات اسکار نمونه، یکی از اعضای اصلی تیم گفت: ما بهتر بودیم.")
    assert _speakers(text)[-1] == "اسکار نمونه"
    # a byline «نام- گروه ... خبرگزاری فارس،» before the subject
    text = "محمد نمونه- گروه محیط زیست و گردشگری خبرگزاری فارس، سایت رسمی سازمان نمونه گزارش داد: توافقی نشد."
    assert "سازمان نمونه" in (_speakers(text)[0] or "")


def test_impersonal_plural_inside_a_statement_is_no_speaker() -> None:
    text = ("رضا نمونه به «نسیم» گفت: متن‌های خوبی داریم. چون به سازندگان می‌گویند باید خودتان اسپانسر پیدا کنید.\n"
            "وی ادامه داد: این آفت سینماست.")
    assert _speakers(text) == ["رضا نمونه", "رضا نمونه"]


def test_outlets_of_the_wider_lexicon_are_read_as_outlets() -> None:
    # «با خبرنگار خبرگزاری خانه ملت»: an interview to a parliamentary agency names the publisher
    p = extract_provenance("نماینده مجلس خبر داد. علی نمونه در گفت‌وگو با خبرنگار خبرگزاری خانه ملت، اظهار داشت: جلسه برگزار شد.")
    assert canonical_source(p.outlet) == canonical_source("خانه ملت")
    # a colon lead after a repeated summary, beyond the first 500 characters
    summary = "دبیرکل مجمع نمونه با صدور بیانیه‌ای درگذشت استاد نمونه را تسلیت گفت و او را منشأ خدمات ماندگار خواند. "
    p = extract_provenance(summary * 5 + "خبرگزاری صدای افغان (آوا): در بخشی از این بیانیه آمده است که خدمات او ماندگار است.")
    assert canonical_source(p.outlet) == canonical_source("صدای افغان")
    # «پایگاه خبری اسلام آن لاین نضال عیسی ...» (no comma): a five-word outlet name runs into the speaker's name
    p = extract_provenance("به گزارش پایگاه خبری اسلام آن لاین نضال عیسی ناظر وزارت اوقاف اعلام کرد کمیته تصمیم گرفت.",
                           source_name="خبرگزاری فارس")
    assert [canonical_source(c) for c in p.cited] == [canonical_source("اسلام آن لاین")]


def test_second_lead_after_blank_lines_and_wire_leads() -> None:
    # blank lines after the first paragraph end one sentence, so the second lead is inside the opening window
    text = ("وزیران خواستار پاسخ شدند. به گزارش پارسینه، وزیر نمونه در جلسه‌ای در شورای امنیت مدعی شد این حمله بی‌پاسخ "
            "نمی‌ماند و افزود جهان نمی‌تواند اجازه دهد.\r\n\r\nبه گزارش خبرگزاری فرانسه، وزیر وعده مجازات را تکرار کرد.\r\n")
    p = extract_provenance(text)
    assert [canonical_source(c) for c in p.cited] == [canonical_source("خبرگزاری فرانسه")]
    # «خبرگزاری فرانسه نیز گزارش داد:» late in the lead is a citation, not a colon lead naming the publisher
    text = ("رهبر گفت: اعتماد جواب نمی‌دهد. این سخنان بازتاب داشت." + " " * 40 + "به گزارش ایسنا، خبرگزاری آسوشیتدپرس "
            + "با انتشار بخش‌هایی از بیانات گزارش داد: " + "سخنان در شرایطی ایراد شد که مذاکرات متوقف است " * 8
            + ".خبرگزاری فرانسه نیز گزارش داد: رهبر ایران امروز گفت اعتماد جواب نمی‌دهد.")
    assert canonical_source(extract_provenance(text).outlet) == canonical_source("ایسنا")


def test_lead_forms_desk_province_quoted_name_and_missing_be() -> None:
    # «خبرنگار اعزامی فارس کرمان از ...»: the province is the desk, not a second outlet
    p = extract_provenance("به گزارش خبرنگار اعزامی فارس کرمان از نمایشگاه مطبوعات، علی نمونه اظهار داشت: کار ارزشمندی است.",
                           source_name="خبرگزاری فارس")
    assert p.cited == [] and canonical_source(p.origin) == canonical_source("فارس")
    # «بنابر اعلام «X» سخنگوی ...»: the quoted name without its title
    p = extract_provenance("به گزارش فارس، بنابر اعلام «دیمیتری نمونه» سخنگوی رئیس‌جمهور روسیه، دیدار برگزار نمی‌شود.")
    assert p.cited == ["دیمیتری نمونه"]
    # «گزارش سندیکای ...،» at the start of the text: a lead that lost its «به»; an organisation's report is cited
    p = extract_provenance("گزارش سندیکای کارگران نمونه، امروز پنجشنبه جمعی از کارگران در مقابل فرمانداری تجمع کردند.")
    assert p.outlet is None and p.cited == ["سندیکای کارگران نمونه"]


def test_more_speech_verbs() -> None:
    cases = [
        ("بلینکن مدعی شده: «این حمله بی‌پاسخ نمی‌ماند.»", "بلینکن"),
        ("دو کارمند بهداشتی در منطقه مرزی تأیید کردند که ده نفر کشته شدند.", "دو کارمند بهداشتی"),
        ("عراقچی خطر نشان کرد: توافق نزدیک است.", "عراقچی"),
        ("خبرگزاری رویترز از بغداد گزارش می‌دهد که یک لوح باستانی بازگردانده شد.", "خبرگزاری رویترز"),
        ("هفته پیش رئیسی قول داد که اعتماد را برمی‌گرداند.", "رئیسی"),
        ("شاکی در تحقیقات عنوان داشته که پول را پرداخته است.", "شاکی"),
        ("دیپلمات نمونه اظهار داشت این توافق به زودی انجام می‌شود.", "دیپلمات نمونه"),
        ("منابع غربی فاش کرده‌اند که سلاح‌ها رسیده است.", "منابع غربی"),
    ]
    for text, speaker in cases:
        qs = extract_quotes(text)
        assert len(qs) == 1 and speaker in (qs[0].speaker or ""), (text, [(q.speaker, q.cue) for q in qs])
    # «مدعی شده بود که» is still one cue (the auxiliary kept)
    qs = extract_quotes("فرمانده نمونه پیشتر مدعی شده بود که حمله انجام نمی‌شود.")
    assert len(qs) == 1 and qs[0].cue.startswith("مدعی شده بود")


def test_section_label_openers_and_outlet_anaphora() -> None:
    # «- اخبار سیاسی - به گزارش ...،»: a page's section label is not the subject
    text = ("معاون وزارت کشور گفت: امنیت برقرار است.   - اخبار سیاسی - به گزارش خبرنگار سیاسی خبرگزاری تسنیم، "
            "حسین نمونه معاون امنیتی وزارت کشور عصر امروز گفت: ثبت‌نام در امنیت کامل است.")
    assert "اخبار" not in (_speakers(text)[-1] or "")
    assert "حسین نمونه" in (_speakers(text)[-1] or "")
    # «از آنجا که X قبل از مرگ به پلیس گفته بود که»: the opener and the time adverbial are not the subject
    text = ("شامگاه دیروز دکتر سرابی مقابل خانه هدف قرار گرفت.\n"
            "از آنجا که دکتر سرابی قبل از مرگ به پلیس گفته بود که تهدید شده است تحقیقات آغاز شد.")
    assert _speakers(text) == ["سرابی"]  # the rank «دکتر» is stripped
    # «این روزنامه ... نوشت»: the outlet that spoke before
    text = ("دیلی تلگراف در شماره امروز خود گزارش داد: «این مقدار زیاد است.»\n"
            "این روزنامه دولت را مقصر عنوان کرده و نوشت: «دولت کمک کرده است.»")
    assert _speakers(text) == ["دیلی تلگراف", "دیلی تلگراف"]


def test_pronoun_after_a_title_that_names_no_one() -> None:
    # «رئیس ... گفت: ... وی افزود:»: no name anywhere, so «وی» is the titled speaker, with the same role
    text = ("به گزارش خبرنگار مهر در شهر نمونه، رئیس کل دادگستری استان نمونه گفت: چند نفر بازداشت شدند.\n"
            "وی افزود: «تحقیقات ادامه دارد.»")
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["رئیس کل دادگستری استان نمونه"] * 2
    assert qs[1].role == qs[0].role
    # a later name still wins: the title and the pronoun both go to the person named afterwards
    text2 = text + "\nعلی نمونه‌زاده رئیس کل دادگستری استان نمونه است."
    speakers = [q.speaker or "" for q in extract_quotes(text2)]
    assert len(speakers) == 2 and len(set(speakers)) == 1 and "نمونه‌زاده" in speakers[0]


def test_pronoun_after_a_lead_whose_subject_is_a_title() -> None:
    # «رئیس ... از ... خبر داد. وی اظهار کرد:»: the first sentence is no quote; «وی» is its titled subject
    text = ("به گزارش ایرنا، رئیس کل دادگستری استان نمونه از صدور حکم یک پرونده خبر داد.\n"
            "وی اظهار کرد: «این حکم قطعی نیست.»")
    qs = extract_quotes(text)  # one quote: «از ... خبر داد» is not a speech verb
    assert [(q.speaker, q.role) for q in qs] == [("رئیس کل دادگستری استان نمونه", "رئیس کل دادگستری استان نمونه")]
    # a person named later in the article is still the one «وی» stands for
    text2 = text + "\nسارا نمونه‌پور گفت: «تجدیدنظر ممکن است.»"
    assert [q.speaker for q in extract_quotes(text2)] == ["سارا نمونه‌پور"] * 2


def test_pronoun_after_an_outlet_colon_lead_and_a_titled_subject() -> None:
    # «خبرگزاری فارس: دادستان ... از ... خبر داد. وی افزود:»: the colon ends the outlet's lead, not a sentence
    text = "خبرگزاری فارس: دادستان شهر نمونه از شناسایی یک شبکه قاچاق خبر داد. وی افزود: «تحقیقات ادامه دارد.»"
    assert [q.speaker for q in extract_quotes(text)] == ["دادستان شهر نمونه"]


def test_statements_in_a_text_without_full_stops_are_bounded():
    """A page without full stops: each statement used to run to the end of the text (a copy of the rest of it
    per statement: a 1M-character page ran out of memory); now at most 5,000 characters, in every script."""
    from didban.text.quotes import extract_quotes

    for text, lang in (("وزیر کشور گفت امنیت مرزها برقرار است و وی افزود که جاده باز است " * 300, "fa"),
                       ("Officials said the road was closed and he added that the border was calm " * 300, "en"),
                       ("وقال وزير الداخلية إن الحدود آمنة وأضاف أن الطريق مفتوح " * 300, "ar")):
        qs = extract_quotes(text, lang)
        assert len(qs) > 100, lang
        assert max(q.end - q.start for q in qs) <= 5000, lang
        assert all(text[q.start:q.end] == q.text for q in qs)


def test_a_clause_left_before_the_cue_is_a_dropped_subject() -> None:
    # a sentence run on without its full stop leaves a clause («... رسیدگی می‌کنیم») before «افزود»: the subject
    # is dropped, as after «وی», and the speaker is the one already speaking, not the clause
    text = ("حسن کریمی مدیرکل بنادر استان گفت: کار تخلیه کالا ادامه دارد. "
            "بار زیادی در راه است و به همه آن رسیدگی می‌کنیم افزود: هیچ کشتی معطل نمی‌ماند. "
            "حتی گفت: انبارها جا دارند.")
    assert _speakers(text) == ["حسن کریمی", "حسن کریمی", "حسن کریمی"]


def test_the_name_after_a_run_on_clause_is_the_subject() -> None:
    # a scraped page cut with «...»: the clause's verb, then the name that opens the next sentence
    text = ("دیمیتری پسکوف سخنگوی کرملین گفت: نشست برگزار می‌شود. "
            "مسکو امیدوار است که... نخواهد کرد پسکوف افزود: گفت‌وگو ادامه دارد.")
    assert _speakers(text) == ["دیمیتری پسکوف", "دیمیتری پسکوف"]


def test_a_rank_glued_to_amir_is_not_part_of_the_speaker() -> None:
    # «امیردریادار» (the army's «امیر» glued to the rank) must not become the speaker's «fullest» name
    text = ("به گزارش ایسنا، امیر دریادار حبیب‌الله سیاری معاون هماهنگ کننده ارتش در برنامه‌ای تلویزیونی شرکت کرد. "
            "دریادار سیاری گفت: ناوگروه به خانه بازگشت. "
            "امیردریادار سیاری افزود: ماموریت بعدی در راه است.")
    assert all(s is not None and "امیردریادار" not in s and s.endswith("سیاری") for s in _speakers(text))
    assert len(_speakers(text)) == 2


def test_a_bold_subheading_glued_before_the_cue_is_no_speaker() -> None:
    text = ("نصرالله پژمان‌فر نماینده مشهد گفت: بازار باید آرام شود. "
            "**کاهش قیمت مسکن تصریح کرد: قیمت‌ها پایین می‌آید.")
    assert _speakers(text) == ["نصرالله پژمان‌فر", "نصرالله پژمان‌فر"]


def test_a_statement_reported_inside_a_speech_has_its_own_speaker() -> None:
    # «X گفت: ...، Y گفته بود که ...»: Y's words inside X's are Y's, and «وی» afterwards is X again
    text = ("امیر دریادار علی رضایی فرمانده ناوگروه گفت: ناوگروه ۱۳۰ روز در دریا بود، آمریکا به کشورهای مسیر گفته "
            "بود که به ما سوخت ندهند. وی افزود: همه بنادر بسته بود.")
    assert _speakers(text) == ["علی رضایی", "آمریکا", "علی رضایی"]
    # a title inside the speech names someone else, not the one speaking
    text = ("سارا محمدی استاد دانشگاه اظهار کرد: این طرح سال‌ها پیش آغاز شد، مقام معظم رهبری در آن زمان فرمودند "
            "که باید ادامه یابد. او گفت: کار تمام نشده است.")
    assert _speakers(text) == ["سارا محمدی", "مقام معظم رهبری", "سارا محمدی"]


def test_present_and_message_cues() -> None:
    # «می‌فرمایند» (the honorific present) and a bare «می‌افزاید» introduce statements; «پیام داد:» a message
    qs = extract_quotes("امام خمینی در باره فرهنگ می‌فرمایند فرهنگ بر اقتصاد مقدم است.")
    assert len(qs) == 1 and qs[0].speaker == "امام خمینی" and qs[0].text.startswith("فرهنگ بر")
    qs = extract_quotes("بولتن دانشمندان اتمی گزارش داد که ذخایر کم شده است. این گزارش می‌افزاید بازرسان به سایت رفتند.")
    assert len(qs) == 2 and qs[1].text.startswith("بازرسان")
    qs = extract_quotes("جو بایدن رئیس جمهور آمریکا به مناسبت سال نو پیام داد: امیدوارم سال خوبی باشد.")
    assert len(qs) == 1 and qs[0].speaker == "جو بایدن" and qs[0].text.startswith("امیدوارم")


def test_compound_cues_in_the_present_and_a_reference_with_its_content() -> None:
    qs = extract_quotes("نویسندگان این گزارش تأکید می‌کنند که دمای زمین بالا رفته است.")
    assert len(qs) == 1 and qs[0].text.startswith("دمای زمین")
    qs = extract_quotes("سخنگوی کاخ سفید اشاره کرد که گفت‌وگوها ادامه دارد.")
    assert len(qs) == 1 and qs[0].text.startswith("گفت‌وگوها")
    # «به ... اشاره کرد و افزود»: the reference has no statement of its own
    qs = extract_quotes("سارا احمدی به کمبود آب اشاره کرد و افزود: باید صرفه‌جویی کنیم.")
    assert [q.cue for q in qs] == ["افزود"]


def test_a_title_after_a_date_adverbial_is_the_subject() -> None:
    # «در یکم مرداد ماه سال ۹۰ مقام معظم رهبری فرمودند»: the adverbial is cut at «ماه», the title follows it
    qs = extract_quotes("در یکم مرداد ماه سال ۹۰ مقام معظم رهبری فرمودند که باید به آب‌های دور رفت.")
    assert len(qs) == 1 and qs[0].speaker == "مقام معظم رهبری"


def test_an_organisation_after_a_leading_time_adverbial_speaks() -> None:
    # «سال گذشته», «پیش‌تر» (two words after folding) open the subject; the organisation after them speaks,
    # not the person quoted before
    text = ("نخست‌وزیر کشور نمونه گفت: موزه بازگشایی می‌شود.\n"
            "سال گذشته وزارت فرهنگ کشور نمونه اعلام کرد: همه آثار بازگشته است.\n"
            "پیش‌تر وزارت دفاع کشور همسایه اعلام کرده بود که نیروی تازه‌ای نمی‌فرستد.")
    assert _speakers(text)[1:] == ["وزارت فرهنگ کشور نمونه", "وزارت دفاع کشور همسایه"]


def test_an_agency_or_fund_of_many_words_is_the_speaker() -> None:
    # an organisation of five words before a stop word is one speaker («آژانس», «صندوق» open it)
    text = ("رضا کرمانی گفت: گزارش آماده است.\n"
            "آژانس بین‌المللی انرژی اتمی به اعضای شورای امنیت اعلام کرد که بازرسی ادامه دارد.\n"
            "صندوق بین‌المللی پول و بانک جهانی در گزارش تازه هشدار دادند که رشد کند می‌شود.")
    assert _speakers(text)[1:] == ["آژانس بین‌المللی انرژی اتمی", "صندوق بین‌المللی پول و بانک جهانی"]


def test_the_subject_after_an_adverbial_piece() -> None:
    # «روز جمعه،», «بلافاصله پس از ...،»: an adverbial piece before the comma, the subject after it
    text = ("مینا صادقی گفت: نشست فردا برگزار می‌شود.\n"
            "روز جمعه، پنتاگون در بیانیه‌ای اعلام کرد که دو ناو به منطقه می‌روند.\n"
            "بلافاصله پس از انتشار این خبر، کامران نیک‌نام استاندار نمونه در نشست خبری گفت: خبر درست نیست.")
    assert _speakers(text)[1:] == ["پنتاگون", "کامران نیک‌نام"]


def test_a_group_of_many_words_speaks_for_itself() -> None:
    # a plural or counted group before a long phrase is the speaker, not the person quoted before
    text = ("نادر کامرانی گفت: کارخانه تعطیل نمی‌شود.\n"
            "کارگران معترض کارخانه نساجی شهر نمونه در گفت‌وگو با خبرنگاران اعلام کردند که دستمزدها پرداخت نشده است.\n"
            "سه منبع امنیت دریایی به خبرنگار ما گفتند که کشتی توقیف شده است.")
    assert _speakers(text)[1:] == ["کارگران معترض کارخانه نساجی شهر نمونه", "سه منبع امنیت دریایی"]


def test_a_pronoun_glued_to_the_verb_before_it() -> None:
    # «... کردندوی افزود»: a missing space glues «وی» to the last verb of the sentence before
    text = "مهری ناصری گفت: نام‌نویسی تمام شد. وزرای دولت تازه ثبت‌نام کردندوی افزود: نتیجه فردا اعلام می‌شود."
    assert _speakers(text) == ["مهری ناصری", "مهری ناصری"]


def test_this_ministry_is_the_ministry_named_before() -> None:
    # «این وزارتخانه», «این ارتش»: the organisation named before with that head, not the last person quoted
    text = ("مدیر موزه ملی گفت: بازدید آزاد است.\n"
            "وزارت فرهنگ و آثار باستانی کشور نمونه دیروز فهرست آثار بازگشته را منتشر کرد. "
            "این وزارتخانه اعلام کرد که دو هزار اثر دیگر در راه است.")
    assert _speakers(text)[1:] == ["وزارت فرهنگ و آثار باستانی کشور نمونه"]


def test_more_speech_verbs_and_attribution_phrases() -> None:
    # «به نوشته پایگاه خبری «X»،» (words between the head and the quoted name), the typo «افرود», a present
    # continuation «توضیح می‌دهد که», «آورده‌اند:» after a statement of several authors, «به باور X،»
    text = ("مینا رضوی گفت: کار تمام شد. وی افرود: فردا نشست داریم.\n"
            "به نوشته پایگاه خبری «نمونه پرس»، سفیر به کشورش بازگشت.\n"
            "این پژوهشگر توضیح می‌دهد که داده‌ها کافی نیست.\n"
            "امضاکنندگان نامه در پایان آورده‌اند: ما کنار مردم هستیم.\n"
            "به باور کارشناسان اقتصادی، تورم کاهش می‌یابد.")
    qs = extract_quotes(text)
    assert [q.cue for q in qs] == ["گفت", "افرود", "به نوشته", "توضیح می‌دهد", "آورده‌اند", "به باور"]
    assert qs[1].speaker == "مینا رضوی" and qs[2].speaker == "پایگاه خبری نمونه پرس"


def test_revered_pronoun_and_a_titled_subject_after_the_object() -> None:
    # «معظم‌له فرمودند» is the leader named before, inside another speaker's words (who stays the antecedent of
    # «وی»); «چاره کار را آقا فرمودند»: the object first, a short titled subject after «را»
    text = ("سردار رضا نمونه گفت: مقام معظم رهبری در دیدار با فرماندهان سخن گفتند. معظم‌له فرمودند: باید آماده بود. "
            "وی افزود: ما آماده‌ایم. چاره کار را حضرت آقا فرمودند: وحدت.")
    assert _speakers(text) == ["رضا نمونه", "مقام معظم رهبری", "رضا نمونه", "حضرت آقا"]


def test_a_quoted_name_and_title_after_an_opening_preposition() -> None:
    # «در همین راستا «آنتونی بلینکن» وزیر امور خارجه آمریکا اعلام کرد»: the quoted name with its title
    text = ("پرزیدنت نمونه گفت: همکاری ادامه دارد.\n"
            "در همین راستا «جان اسمیت» وزیر امور خارجه کشور همسایه اعلام کرد، سفارت بسته می‌شود.\n"
            "وزیر امور خارجه کشور همسایه افزود: گفت‌وگو ادامه دارد.")
    assert _speakers(text)[1:] == ["جان اسمیت", "جان اسمیت"]


def test_a_nested_title_containing_the_outer_pronoun_letters() -> None:
    # «وی ... ادامه داد: سخنگوی کاخ سفید اشاره کرد که»: the nested title is not the outer «وی» repeated
    # (the letters «وی» end «سخنگوی»), so it is not resolved to the outer speaker
    text = ("امیر دریادار رضا نمونه گفت: ما آماده‌ایم.\n"
            "وی در واکنش به گزارشی قدیمی ادامه داد: سخنگوی وقت کاخ سفید اشاره کرد که ما حرف‌ها را جدی نمی‌گیریم، "
            "اما امروز همه دیدند.")
    assert _speakers(text) == ["رضا نمونه", "رضا نمونه", "سخنگوی وقت کاخ سفید"]


def test_a_common_word_subject_is_no_antecedent() -> None:
    # «تهیه طرح تازه ... اعلام کرد»: a «name» opening with a common noun (didban/models/common-words.txt) is not a
    # person a later «وی» stands for; the person named before is
    text = ("مینا رضوی گفت: نمایندگان موافقند.\n"
            "تهیه طرح تازه در مجلس اعلام کرد: کار آغاز شد.\n"
            "وی افزود: نگرانی نیست.")
    assert _speakers(text)[2] == "مینا رضوی"


def test_the_shipped_common_word_list_is_the_rebuilt_one() -> None:
    from didban import datasets
    from didban.entities.vocab import COMMON_WORDS_PATH, common_words

    shipped = COMMON_WORDS_PATH.read_text(encoding="utf-8").split()
    assert "ادامه" in shipped and "علی" not in shipped and "ایران" not in shipped
    try:
        datasets.raw_dir()
    except datasets.DataUnavailable as e:
        import pytest

        pytest.skip(f"research data not available: {e}")
    assert common_words() == shipped


def test_a_named_source_after_be_gofte_without_a_comma() -> None:
    # «به گفته دکتر X در ...», «به گفته اکبر X به ...»: an honorific or a given name opens a source that ends at
    # the first stop word, with no comma after it
    text = ("گزارش روز منتشر شد.\n"
            "به گفته دکتر سیما نمونه در طول ۲۴ ساعت گذشته ۱۴ بیمار بهبود یافتند.")
    qs = extract_quotes(text)
    assert [(q.speaker, text[q.start:q.start + 6]) for q in qs] == [("سیما نمونه", "در طول")]


def test_a_glued_ke_and_the_past_progressive() -> None:
    # «گفته بودکه» (no space before «که»), «عنوان می‌کردند که», «ابراز عقیده کرد:»
    text = ("سردار نمونه گفت: ما آماده‌ایم.\n"
            "دشمن سال ۲۰۱۱ به ما گفته بودکه نمی‌توانید.\n"
            "خبرگزاری‌های خارجی عنوان می‌کردند که سفر ممکن نیست.\n"
            "نماینده نمونه ابراز عقیده کرد: قانون روشن است.")
    assert [q.cue for q in extract_quotes(text)] == ["گفت", "گفته بود", "عنوان می‌کردند", "ابراز عقیده کرد"]


def test_a_bare_title_marked_as_another_speaker_is_not_the_main_one() -> None:
    # «استاندار نمونه هم ... گفت»: «هم» after the title marks a new speaker; with no name for the title anywhere it
    # stays the title, not the article's first speaker
    text = ("مینا رضوی نامزد انتخابات گفت: برنامه من آماده است.\n"
            "استاندار نمونه هم با اشاره به شعب اخذ رأی گفت: شعب افزایش یافته است.")
    assert _speakers(text) == ["مینا رضوی", "استاندار نمونه"]


def test_a_title_ending_with_a_country_then_the_name() -> None:
    # «رئیس‌جمهور کشور X بشار نمونه گفت»: the title ends at the country, the words after it are the name; a title
    # that ends with its country stays a title
    text = ("رئیس‌جمهور سوریه ژان دوپون گفت: انتخابات مهم است.\n"
            "وزیر امور خارجه آمریکا هم گفت: ما نگرانیم.")
    qs = extract_quotes(text)
    assert [(q.speaker, (q.role or "").replace("\u200c", " ")) for q in qs] == [
        ("ژان دوپون", "رئیس جمهور سوریه"), ("وزیر امور خارجه آمریکا", "وزیر امور خارجه آمریکا")]


def test_a_headline_glued_to_the_next_subject() -> None:
    # a scraped headline run into the next sentence without a space («... برنامهسیدحسین ناظر ...», «... رضویقاسمعلی
    # X مدیرکل ...»): the subject starts at the glued name; a compound given name («عبدالناصر») is not split
    text = ("مینا رضوی گفت: برنامه آماده است.\n"
            "پخش هزار دقیقه برنامه انتخاباتی در شبکه استانیکامران نیک‌نام صبح امروز در همایش ستاد اظهار داشت: "
            "برنامه‌ها آماده است.\n"
            "عبدالناصر همتی کاندیدای انتخابات نوشت: تورم مهار می‌شود.")
    speakers = _speakers(text)
    assert speakers[1] == "کامران نیک‌نام" and (speakers[2] or "").startswith("عبدالناصر همتی")


def test_a_common_noun_before_another_mention_of_the_title_is_no_name() -> None:
    # «... تشکیل پرونده استاندار نمونه ...»: the two words before another mention of a bare title name it only when
    # they can be a name (not common words, not a place)
    text = ("استاندار نمونه هم گفت: شعب اخذ رأی افزایش یافت.\n"
            "گزارش‌ها از تشکیل پرونده استاندار نمونه برای تخلفات حکایت دارد.")
    assert _speakers(text) == ["استاندار نمونه"]


def test_a_bare_hazrat_is_the_holy_figure_named_before() -> None:
    # in a sermon: «کسی از رسول خدا سؤال کرد ... حضرت فرمودند:» is the Prophet, not the preacher quoted before
    text = ("امام جمعه نمونه گفت: به پدر و مادر نیکی کنید.\n"
            "کسی از رسول خدا سؤال کرد که حق پدر بر فرزند چیست؟ حضرت فرمودند: فرزند پدر را به نام صدا نزند.\n"
            "وی افزود: این سفارش مهم است.")
    assert _speakers(text) == ["امام جمعه نمونه", "رسول خدا", "امام جمعه نمونه"]


def test_a_title_named_elsewhere_is_not_the_last_speaker() -> None:
    # «... دولت «ژان دوپون» رئیس جمهور نمونه ...» names the title: the bare title quoted after another speaker is him,
    # not that speaker
    text = ("پیتر مولر گفت: تحریم‌ها ادامه دارد.\n"
            "تحریم‌های تازه دولت «ژان دوپون» رئیس جمهور نمونه را هدف گرفت.\n"
            "رئیس جمهور نمونه روز دوشنبه گفت: ما با همکاری مخالف نیستیم.")
    assert _speakers(text) == ["پیتر مولر", "ژان دوپون"]


def test_a_number_word_before_a_title_is_no_name() -> None:
    # «تلاش‌های شش ساله امام جمعه ...»: a count and «ساله» are not a name written before the title
    text = ("مراسم با حضور مسئولان برگزار شد و از تلاش‌های شش ساله امام جمعه نمونه قدردانی شد.\n"
            "امام جمعه نمونه با اشاره به این مراسم گفت: ولایت‌پذیری رمز پیروزی است.")
    assert _speakers(text) == ["امام جمعه نمونه"]


def test_a_coordinated_title_names_its_bare_title() -> None:
    # «موسوی دبیر و سخنگوی ستاد ...» names «دبیر ستاد ...»; a single surname right after the comma is a name
    text = ("به گزارش ایرنا، موسوی دبیر و سخنگوی ستاد انتخابات نمونه، گزارش ثبت نام را ارائه کرد.\n"
            "دبیر ستاد انتخابات نمونه با ارائه تعداد داوطلبان افزود: ثبت نام ادامه دارد.")
    assert _speakers(text) == ["موسوی"]


def test_a_span_of_time_before_the_name_is_an_adverbial() -> None:
    # «۳ روز قبل سرگئی X معاون ... اعلام کرد»: the count, unit and «قبل» open the clause, the name follows
    text = ("به گزارش ایرنا، ۳ روز قبل سرگئی پتروف معاون وزیر خارجه نمونه پس از دیدار با همتای خود اعلام کرد که "
            "تنش‌ها ممکن است بیشتر شود. وی ادامه داد: گفت‌وگو ادامه دارد.")
    assert _speakers(text) == ["سرگئی پتروف", "سرگئی پتروف"]


def test_albatteh_before_a_demonstrative_title() -> None:
    # «البته این مقام انتظامی ... تاکید کرده است»: «البته» is an adverb, «این مقام» the officer named before
    text = ("سرهنگ رضا کریمی رئیس پلیس فتا گفت: تخلفات رصد می‌شود.\n"
            "البته این مقام انتظامی به شهروندان تاکید کرده است که از انتشار شایعه پرهیز کنند.")
    assert _speakers(text) == ["رضا کریمی", "رضا کریمی"]


def test_a_pronoun_after_a_sentence_that_opens_with_a_time_word() -> None:
    # «امروز ، مهدی X ، دبیر ... از ... گفت. او ... گفت»: the name after the time word is the antecedent
    text = ("سارا احمدی گفت: انتخابات مهم است.\n"
            "امروز ، مهدی فتحی ، دبیر حزب نمونه در همین خصوص از تغییر نسلی گفت. او در میزگردی با عنوان «اقتصاد» "
            "گفت: تغییر نسل مهم است.")
    assert _speakers(text)[-1] == "مهدی فتحی"


def test_this_country_is_the_country_named_before() -> None:
    # «وزارت خارجه این کشور»: the country of its own sentence before it, else the first of the sentence before
    text = ("به گزارش ایرنا، بنابر گزارش خبرگزاری سودان، وزارت خارجه این کشور اعلام کرد که سفیر احضار شده است.\n"
            "کره جنوبی هفت میلیارد دلار به ایران بدهکار است. رسانه‌های این کشور نوشته بودند که گفت‌وگوها ادامه دارد.")
    assert _speakers(text) == ["وزارت خارجه سودان", "رسانه‌های کره جنوبی"]


def test_an_honorific_glued_to_the_name() -> None:
    # «دکترقالیباف افزود»: «دکتر» glued to the surname is not part of the name; «دکترای» is a word, not a glued title
    text = ("محمدباقر قالیباف گفت: مجلس پیگیر است.\n"
            "دکترقالیباف افزود: قانون اجرا می‌شود.")
    assert _speakers(text) == ["محمدباقر قالیباف", "محمدباقر قالیباف"]


def test_a_closing_guillemet_glued_to_the_next_word() -> None:
    # «حسین زاده»در خاتمه ...: the name ends at the mark even without a space after it
    text = ("غلامرضا حسین‌زاده مدیر شبکه نمونه گفت: برنامه‌ها متنوع است.\n"
            "«حسین‌زاده»در خاتمه درباره تلویزیون خاطرنشان کرد: امتیاز بالایی نمی‌دهم.")
    assert _speakers(text) == ["غلامرضا حسین‌زاده", "غلامرضا حسین‌زاده"]


def test_a_date_written_right_before_the_name() -> None:
    # «روز پنجشنبه ۲۵ دی ۱۳۹۹ اینگر X، معاون ...، در توییتر نوشت»: the date opens the piece, the name closes it
    text = ("جو کارتر مدیر دیده‌بان نمونه گفت: بازداشت‌ها ادامه دارد.\n"
            "روز پنجشنبه ۲۵ دی ۱۳۹۹ اینگر اندرسن، معاون دبیرکل سازمان ملل متحد، در توییتر نوشت: آنها باید آزاد شوند.")
    assert _speakers(text)[-1] == "اینگر اندرسن"


def test_a_name_in_guillemets_after_a_glued_headline() -> None:
    # a scraped headline with no mark after it, then «حامد X» and his title: the name in guillemets is the subject
    text = ("کارولین وان بورن گفت: آوارگان باید بازگردند.\n"
            "نمی گذاریم آمریکا بر سر افغانستان معامله کند «حامد کرمی» رئیس جمهوری سابق نمونه نیز در تازه ترین "
            "اظهارات خود گفت که صلح برای مردم متفاوت است.")
    assert _speakers(text) == ["کارولین وان بورن", "حامد کرمی"]


def test_be_gofte_a_pronoun_before_the_statement() -> None:
    # «به گفته او این سویه جدید، ...»: the pronoun is the source, the statement starts after it (not after the comma)
    text = "نادر توکلی گفت: شرایط بحرانی است. به گفته او این سویه جدید، مرگ و میر زیادی در پی دارد."
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["نادر توکلی", "نادر توکلی"]
    assert text[qs[1].start:].startswith("این سویه") and qs[1].cue == "به گفته"


def test_be_gofte_a_lone_group_has_the_phrase_as_its_cue() -> None:
    # «به گفته کارشناسان با ...، ...»: the cue is «به گفته», not the rest of the text
    text = "به گفته کارشناسان با توجه به شرایط موجود و افزایش قیمت‌ها، تورم بالا می‌رود و مردم نگران هستند."
    qs = extract_quotes(text)
    assert [(q.cue, q.speaker) for q in qs] == [("به گفته", "کارشناسان")]


def test_a_statement_on_the_line_after_the_colon() -> None:
    # «... با استفاده از روایات می‌گوید:\nمنظور از ...»: the statement starts on the next line
    text = ("علامه نمونه در تفسیر خود می‌گوید:\nاکثر مفسران بر این نظرند.\n"
            "امام صادق(ع) فرمود:\r\n\r\nاز هیچ کس سؤال نمی‌شود.")
    qs = extract_quotes(text)
    assert [text[q.start:q.start + 5] for q in qs] == ["اکثر ", "از هی"]
    assert all(q.end > q.start + 5 for q in qs)


def test_an_pronoun_hazrat_after_adverbs() -> None:
    # «و نیز آن حضرت در حدیث دیگری فرمود»: the holy figure named before, not a name «آن حضرت»
    text = ("امام صادق(ع) فرمود: روزی می‌رسد.\n"
            "و نیز آن حضرت در حدیث دیگری فرمود: به خدا قسم چنین است.")
    assert _speakers(text)[-1] == "امام صادق"


def test_avard_with_a_colon_only() -> None:
    # «روزنامه X در مطلبی آورد: ...» introduces a statement; «... سخن به میان آوردند که ...» does not
    text = ("روزنامه نمونه در مطلبی آورد: بازار نفت با ریسک‌های تازه روبه‌رو است.\n"
            "علی رضایی اظهار داشت: همه نامزدها از اقتصاد سخن به میان آوردند که این نشان از اهمیت آن دارد.\n"
            "محمد خطیبی این‌گونه پاسخ می‌دهد: این اتفاق اثر روانی دارد.")
    qs = extract_quotes(text)
    assert [(q.speaker, text[q.start:q.start + 4]) for q in qs] == [
        ("روزنامه نمونه", "بازا"), ("علی رضایی", "همه "), ("محمد خطیبی", "این ")]


def test_a_semicolon_for_the_colon() -> None:
    # «رویترز نوشت؛ وزارت ...», «... عنوان کرد؛ در صنعت ...»: the statement after the semicolon; not before «و»
    # («هشدار داد؛ و گفت: ...») and not after a colon-only cue («به دست خواهد آورد؛ به عنوان مثال ...»)
    text = ("رویترز نوشت؛ وزارت خارجه نمونه هنوز موضعی نگرفته است.\n"
            "رحمت الله سمیعی مدیر دام استان نمونه عنوان کرد؛ در صنعت دام وابستگی زیاد است.\n"
            "علی کریمی درباره انتخابات هشدار داد؛ و گفت: مشارکت مهم است.\n"
            "او مطمئناً تخصص لازم را به دست خواهد آورد؛ به عنوان مثال مدیر قبلی موفق بود.")
    qs = extract_quotes(text)
    assert [text[q.start:q.start + 5] for q in qs] == ["وزارت", "در صن", "مشارک"]


def test_concern_glued_khabar_dad_and_a_typo() -> None:
    # «کارشناسان ابراز نگرانی کردند: ...», «شیرکوند خبرداد: ...» (no space), the typo «اظها داشت: ...»
    text = ("کارشناسان ابراز نگرانی کردند: تورم بالا می‌رود.\n"
            "علی شیرکوند خبرداد: بودجه کاهش می‌یابد.\n"
            "محمد قنبری در تشریح طرح اظها داشت: با محتکران برخورد می‌شود.")
    assert _speakers(text) == ["کارشناسان", "علی شیرکوند", "محمد قنبری"]


def test_a_footnote_mark_after_the_colon() -> None:
    # a wiki page: «... عنوان کرد: [۲۱] این اقدام ...»: the statement starts after the footnote mark
    text = "حسین رضایی فرمانده مرزبانی در توضیح این اقدام عنوان کرد: [۲۱] این اقدام برای امنیت مرز است."
    qs = extract_quotes(text)
    assert len(qs) == 1 and text[qs[0].start:].startswith("این اقدام")


def test_a_bare_title_after_a_stretch_of_narrative_is_not_the_last_speaker() -> None:
    # right after a statement a bare title is mostly its speaker's; after sentences with no quote it is another one
    near = "سارا احمدی وزیر نمونه گفت: طرح آغاز شد. وزیر نمونه افزود: هزینه‌ها تامین است."
    assert _speakers(near) == ["سارا احمدی", "سارا احمدی"]
    far = ("سارا احمدی گفت: طرح آغاز شد.\n"
           "این طرح در سال گذشته در مجلس تصویب شد و بودجه آن از محل درآمدهای نفتی تامین می‌شود. بسیاری از کارشناسان "
           "اجرای آن را به تاخیر انداخته بودند و شهرهای کوچک تا امروز سهمی از آن نداشته‌اند.\n"
           "فرماندار شهر نمونه در این باره گفت: سهم شهر ما روشن نیست.")
    assert _speakers(far) == ["سارا احمدی", "فرماندار شهر نمونه"]


def test_the_subject_late_in_a_clause_read_as_no_subject() -> None:
    # «سوالات ... ادامه پیدا کرد که پس از انتشار این اخبار، دادگستری استان نمونه ... اعلام کرد»: the organisation after
    # the comma is the subject, not the speaker quoted before
    text = ("محسن کریمی گفت: پارک دوباره احیا می‌شود.\n"
            "سوالات و ابهامات تا آنجایی ادامه پیدا کرد که پس از انتشار این اخبار، دادگستری استان نمونه با انتشار "
            "خبری رسمی اعلام کرد که پرونده در حال بررسی است.")
    assert _speakers(text) == ["محسن کریمی", "دادگستری استان نمونه"]
    text = ("محمد اسلامی گفت: همکاری ادامه دارد.\n"
            "کد ویدیو دانلود فیلم اصلی در همین خصوص نیز سازمان انرژی اتمی نمونه اعلام کرد که بازرسی‌ها ادامه دارد.")
    assert _speakers(text) == ["محمد اسلامی", "سازمان انرژی اتمی نمونه"]


def test_vey_skips_a_common_word_phrase_read_as_a_name() -> None:
    # a subject phrase of common words («شاید بشود گفت که») read as a name is not what the next «او» stands for: the
    # latest real name is (not the lead's subject)
    text = ("به گزارش ایرنا، مریم احمدی از برگزاری همایش انتخابات خبر داد.\n"
            "علی کریمی گفت: انتخابات مهم است.\n"
            "شاید بشود گفت که مردم آماده‌اند.\n"
            "او افزود: همه باید بیایند.")
    assert _speakers(text)[-1] == "علی کریمی"


def test_this_broken_plural_group_speaks_as_a_group() -> None:
    # «این وکلای دادگستری تاکید کردند»: a group named by a broken plural, not the last person quoted
    text = ("رضا تقی‌پور گفت: طرح به سود مردم است.\n"
            "این وکلای دادگستری تاکید کردند: «این طرح حقوق مردم را نقض می‌کند».")
    assert _speakers(text) == ["رضا تقی‌پور", "وکلای دادگستری"]


def test_a_glued_headline_before_a_name_that_holds_a_given_name() -> None:
    # «خوزستان؛ مشارکت ملت پشتوانه دولتحجت الاسلام سید محمدعلی X امام جمعه ...»: a common word opens the «name», so
    # the glued headline is cut even though a given name follows
    text = ("علی رضایی گفت: انتخابات مهم است.\n"
            "خوزستان؛ مشارکت ملت پشتوانه دولتحجت‌الاسلام سید محمدعلی قاضی دزفولی امام جمعه دزفول در گفت‌وگو با "
            "خبرنگار مهر اظهار کرد: انتخابات کلیدی است.")
    speaker = _speakers(text)[-1] or ""
    assert speaker.startswith("سید محمدعلی") and "مشارکت" not in speaker


def test_vey_after_a_person_presented_since_the_last_statement() -> None:
    # «X گفت: ... . حسین Y، فرمانده ...، از الحاق ناو خبر داد. ... وی افزود»: the person presented after X's
    # statement is nearer than X
    text = ("یک مقام آمریکایی گفت: ناوها زیر نظر هستند.\n"
            "در همین حال حسین خانزادی، فرمانده نیروی دریایی نمونه، از الحاق نخستین ناو تازه به ناوگان خبر داد.\n"
            "وی افزود: این ناو هفت بالگرد حمل می‌کند.")
    assert _speakers(text) == ["یک مقام آمریکایی", "حسین خانزادی"]


def test_a_colon_only_cue_with_a_plural_suffix_is_colon_only_too() -> None:
    # «... وظایف حکومت را مطرح کردند که یکی از آنها ...»: a relative clause, not a statement, as for «مطرح کرد»
    text = ("امام جمعه نمونه تصریح کرد: امام علی (ع) در نهج‌البلاغه وظایف حکومت را مطرح کردند که یکی از آنها "
            "آبادانی کشور است.\n"
            "اعضای شورا نظرات خود را مطرح کردند: بودجه کافی نیست.")
    qs = extract_quotes(text)
    assert [(q.cue, text[q.start:q.start + 4]) for q in qs] == [("تصریح کرد", "امام"), ("مطرح کردند", "بودج")]


def test_a_subordinating_conjunction_before_the_subject_is_not_part_of_it() -> None:
    # «وقتی اوباما اعلام کرد ...», «اگرچه سارا احمدی ... گفته»: the subject of the subordinate clause
    text = ("وقتی اوباما اعلام کرد که توافق بسته شد، بازارها آرام شدند.\n"
            "اگر چه سارا احمدی هفته گذشته گفته که طرح آماده است، کار آغاز نشد.")
    assert _speakers(text) == ["اوباما", "سارا احمدی"]


def test_a_title_naming_the_country_otherwise_is_the_same_title() -> None:
    # «وزیر امور خارجه ایالات متحده ... تاکید کرد» and later «آنتونی بلینکن، وزیر امور خارجه آمریکا»: one person
    text = ("مین آنگ هلاینگ، فرمانده ارتش میانمار گفت: انتخابات برگزار می‌شود.\n"
            "وزیر امور خارجه ایالات متحده دوشنبه شب با انتشار بیانیه‌ای تاکید کرد: تحریم‌ها ادامه دارد.\n"
            "آنتونی بلینکن، وزیر امور خارجه آمریکا در این خصوص تصریح کرد: ما کنار مردم هستیم.")
    assert _speakers(text) == ["مین آنگ هلاینگ", "آنتونی بلینکن", "آنتونی بلینکن"]


def test_vey_after_a_sentence_opening_with_a_name_in_guillemets() -> None:
    # «"علیرضا زاکانی" رییس مرکز ... داوطلب شد. وی ... اظهار کرد»: the person presented, not the last speaker
    text = ("دبیرکل حزب نمونه گفت: ما آماده‌ایم.\n\n"
            "«علیرضا زاکانی» رییس مرکز پژوهش‌های مجلس در آخرین روز ثبت نام داوطلب شد. وی پس از ثبت نام با بیان "
            "اینکه کشورداری با حرف میسر نیست، اظهار کرد: جبهه انقلاب به بلوغ رسیده است.")
    assert _speakers(text)[-1] == "علیرضا زاکانی"


def test_a_headline_glued_to_a_title_is_not_the_subject() -> None:
    # «متفاوت‌ترین انتخابات در شهر رشتفرماندار رشت هم ... گفت»: a round-up's headline glued to the next subject
    text = ("متفاوت‌ترین انتخابات در شهر رشتفرماندار رشت هم با بیان اینکه انتخابات آبروی نظام است، گفت: "
            "هیچ مانعی برای برگزاری انتخابات وجود ندارد.")
    assert _speakers(text) == ["فرماندار رشت"]


def test_a_plural_speech_verb_after_a_group_has_the_group_for_its_speaker() -> None:
    # «... برویم برخی کشورها از جمله استکبار جهانی اعلام کردند»: not the last speaker; «عده‌ای رفاه را ... می‌بینند
    # و می‌گویند»: the group before the object
    text = ("دریادار حبیب الله سیاری گفت: ناوگروه به اقیانوس رسید.\n"
            "وی تاکید کرد: زمانی که اعلام کردیم قصد داریم به اقیانوس برویم برخی کشورها از جمله استکبار جهانی "
            "اعلام کردند، این کار شدنی نیست.\n"
            "سیاری افزود: اما امروز عده‌ای رفاه را جدا از ارزش‌ها می‌بینند و می‌گویند که راه دیگری هست.")
    assert _speakers(text) == ["حبیب الله سیاری", "حبیب الله سیاری", "برخی کشورها", "حبیب الله سیاری", "عده‌ای"]


def test_the_subject_after_a_contrastive_conjunction() -> None:
    # «این نماینده ماجرا را تکذیب کرده اما رئیس پلیس راهور تهران می‌گوید»: the clause after «اما»; «نماینده ولی
    # فقیه» is a title, «ولی» there is no conjunction
    from didban.text.quotes import _subject

    assert _subject("این نماینده ماجرا را تکذیب کرده اما رئیس پلیس راهور تهران ")[1] == "رئیس پلیس راهور تهران"
    assert _subject("مدیرعامل شرکت گفت ساخت کند پیش رفت ولی کارگران ")[1] == "کارگران"
    # «ولی» before a word that only starts like «امر»/«خدا» is the conjunction
    from didban.text.quotes import _last_coordination

    s = "او در حزب ماند ولی امرالله رضایی"
    assert s[_last_coordination(s):] == "امرالله رضایی"
    text = "حجت‌الاسلام سیداحمد میرعمادی نماینده ولی فقیه در استان گفت: مردم پای انقلاب ایستاده‌اند."
    assert _speakers(text) == ["سیداحمد میرعمادی"]


def test_scraping_stamps_are_not_part_of_a_speaker() -> None:
    # a live blog's clock time and date before the name, a date after it, a straight quote glued to the next word
    text = ("10:11 18 اردیبهشت احسان قاضی زاده هاشمی در نشست خبری گفت: برنامه آماده است.\n"
            "وزارت خارجه کره جنوبی ۲۴ خرداد اعلام کرد: سفیر تازه معرفی شد.")
    assert _speakers(text) == ["احسان قاضی زاده هاشمی", "وزارت خارجه کره جنوبی"]
    text = 'به گزارش فارس، "سعد عبود"در گفت‌وگو با شبکه خبری العالم اظهار داشت: مردم ایستاده‌اند.'
    assert _speakers(text) == ["سعد عبود"]


def test_a_clause_after_a_perfect_participle_and_o_has_its_own_subject() -> None:
    # «... از طرح انتقاد کرده و استاندار خوزستان گفته است»: the subject of the clause after «کرده و»
    from didban.text.quotes import _subject

    assert _subject("نماینده اهواز از طرح انتقال آب انتقاد کرده و استاندار خوزستان ")[1] == "استاندار خوزستان"


def test_they_with_a_plural_verb_is_the_group_a_recent_clause_opens_with() -> None:
    """«آنها» with a plural speech verb stands for the plural subject of a recent clause (nearest first: a
    participle plural written in two words, a team of experts), not for the last person quoted; a place in «-ان»
    («ایران») is no plural, and without a group «آنها» stays as written."""
    text = ("مریم کاظمی گفت: حقوق ماه گذشته پرداخت نشده است.\n"
            "کارگران معترض کارخانه خواستار پرداخت حقوق معوق شدند.\n"
            "آنها تاکید کرده‌اند که تجمع ادامه دارد.")
    assert _speakers(text) == ["مریم کاظمی", "کارگران معترض کارخانه"]
    text = ("سرهنگ رضا نوری گفت: بقایای پهپاد پیدا شد.\n"
            "پس از این حادثه، تیم کارشناسان مواد منفجره به عرشه رفتند و نمونه برداشتند. آنها اعلام کردند: مواد "
            "منفجره از نوع تازه‌ای بود.")
    assert _speakers(text)[-1] == "تیم کارشناسان مواد منفجره"
    text = ("امضا کنندگان این نامه خواستار آزادی زندانیان شدند. آن‌ها همچنین گفتند: روند دادرسی عادلانه نبود.")
    assert _speakers(text)[-1] == "امضا کنندگان این نامه"
    text = ("علی رضایی گفت: ایران آماده گفت‌وگو است.\nآن‌ها گفتند: پاسخی نمی‌دهیم.")
    assert _speakers(text)[-1] == "آن‌ها"
    # («دوستان» ends like «کردستان» but is a plural, not a place)
    text = "علی رضایی گفت: کار تمام است.\nدوستان قدیمی او خواستار برگزاری مراسم شدند. آنها گفتند: مراسم جمعه است."
    assert _speakers(text)[-1] == "دوستان قدیمی"


def test_an_organisation_glued_to_a_scraped_headline_is_the_subject() -> None:
    """A page's subheading glued to the next sentence without a space: the ministry or newspaper after the glue
    point is the subject («... مرزهاوزارت خارجه ...»), as for a glued name or title."""
    text = ("سیل در استان‌های شمالی\nمرزهای شمالی بسته شد مسافران در مرزهاوزارت خارجه کشور همسایه در بیانیه‌ای "
            "اعلام کرد: گذرگاه‌ها فردا باز می‌شوند.")
    assert _speakers(text) == ["وزارت خارجه کشور همسایه"]
    text = ("بازار کتاب در سال گذشته\nکاهش شمارگان و گرانی کاغذروزنامه همشهری در گزارشی نوشت: شمارگان کتاب "
            "نصف شده است.")
    assert _speakers(text) == ["روزنامه همشهری"]


def test_a_given_name_and_surname_is_not_an_earlier_person_with_that_given_name() -> None:
    """«محمدعلی رضوانی» is a whole name: neither its given name alone nor the «fuller name» repair («سلامی روند»
    -> «حسین سلامی») makes it the «سید محمدعلی» quoted before."""
    text = ("سید محمدعلی دبیرکل انجمن زنان در همایش گفت: مشارکت مهم است.\n"
            "محمدعلی رضوانی دبیر انجمن شاعران در گفت‌وگو با خبرنگار ما گفت: شعر هم سهمی دارد.")
    assert _speakers(text) == ["سید محمدعلی", "محمدعلی رضوانی"]


def test_a_name_glued_to_a_headline_after_a_group_phrase_is_the_subject() -> None:
    """«۹۰ هزار رای اولی در استان شمالیقاسمعلی ...»: a subheading read as a group (a number and a plural) with a
    given name glued to its last word; the name is the subject."""
    text = ("۹۰ هزار رای اولی در استان شمالیقاسمعلی نیکنام مدیرکل آموزش و پرورش استان هم گفت: امسال رای اولی‌ها "
            "بیشترند.")
    assert _speakers(text) == ["قاسمعلی نیکنام"]


def test_vey_after_a_sentence_that_opens_with_a_rank_and_a_name_is_that_person() -> None:
    """«حجت الاسلام سید X Y ... شد. وی ... گفت»: the name after the honorifics opening the sentence before «وی» is
    its antecedent, not the last person quoted."""
    text = ("سعید کریمی نامزد دیگر گفت: برنامه‌ام آماده است.\n"
            "حجت الاسلام سید مهدی نوری پس از انتشار بیانیه در تالار وزارت کشور داوطلب انتخابات شد. وی درباره دلایل "
            "حضور خود گفت: آمده‌ام تا خدمت کنم.")
    assert _speakers(text) == ["سعید کریمی", "سید مهدی نوری"]  # (since stop 31 with the article's full name)


def test_a_military_rank_inside_a_title_phrase_starts_the_name() -> None:
    """«فرمانده نیروی زمینی سپاه سردار X Y ... گفت»: the title ends at the rank and the name follows; a clerical
    honorific does not split a title («رئیس ستاد انتخاباتی آیت الله X»: the campaign's namesake, not its head)."""
    text = "فرمانده نیروی زمینی سپاه سردار کاوه نیک‌پور با اشاره به رزمایش اخیر گفت: یگان‌ها آماده‌اند."
    qs = extract_quotes(text)
    assert [(q.speaker, q.role) for q in qs] == [("کاوه نیک‌پور", "فرمانده نیروی زمینی سپاه")]
    text = "رئیس ستاد انتخاباتی آیت الله مهدی نوری در شهرستان اعلام کرد: ستاد آماده است."
    assert _speakers(text) == ["رئیس ستاد انتخاباتی آیت الله مهدی نوری"]


def test_a_two_word_name_after_a_title_and_country_is_read_before_more_words() -> None:
    """«نخست وزیر X بنیامین نتانیاهو برخلاف دیگران ... گفت»: the two name words after the country are the name
    even when more words follow before the verb; not when a third name-like word follows."""
    qs = extract_quotes("نخست وزیر هلند مارک روته برخلاف دیگر رهبران که پیام تبریک فرستادند، گفت: باید صبر کرد.")
    assert [(q.speaker, q.role) for q in qs] == [("مارک روته", "نخست وزیر هلند")]


def test_this_newspaper_is_the_latest_newspaper_named_not_the_last_agency_quoted() -> None:
    """A press review: «این روزنامه ... نوشت» stands for the newspaper named last before it («روزنامه «X»»), not
    for the news agency quoted in between."""
    text = ("روزنامه «صبح امروز» در گزارشی به بازار نفت پرداخت.\n"
            "رویترز گزارش داد: قیمت نفت بالا رفت.\n"
            "این روزنامه در مطلبی دیگر نوشت: دولت باید ذخایر را آزاد کند.")
    assert _speakers(text)[-1] == "روزنامه صبح امروز"


def test_a_province_heading_a_round_up_section_is_no_speaker_but_a_capital_is() -> None:
    """«سمنان، تشکیل قرارگاه ... در استانحجت الاسلام X Y ... گفت»: a province heading a section of a round-up is not
    a one-word name (the cleric glued to the heading is the subject); a foreign capital speaks for its government."""
    text = ("سمنان، تشکیل ستاد مردمی در استانحجت الاسلام کاوه نیکنام مدیرکل تبلیغات اسلامی استان در گفت‌وگو با "
            "خبرنگار ما، با بیان اینکه مشارکت مهم است، تاکید کرد: ستاد مردمی تشکیل شد.")
    assert _speakers(text) == ["کاوه نیکنام"]
    assert _speakers("لندن در بیانیه‌ای ادعا کرد: کشتی هدف قرار گرفته است.") == ["لندن"]


def test_english_a_quotation_ending_a_sentence_is_not_the_next_sentence_s_statement() -> None:
    """«"..." He added that ...» and «"..." He added: "..."»: the full stop inside the quotation ends it; the next
    sentence's cue brings its own statement, of the same speaker. A statement opened with a quotation mark ends
    before its closing one."""
    text = ('VIENNA (Reuters) - The energy minister Sara Lind said on Monday: "Talks on the grid will resume next '
            'week." She added that the delegation would arrive in Vienna. Later Omar Haddad, the port director, '
            'said: "Cranes are working again." He added: "Ships can dock tonight."')
    qs = [(q.speaker, q.cue, q.text) for q in extract_quotes(text, "en")]
    assert qs == [("Sara Lind", "said", "Talks on the grid will resume next week."),
                  ("Sara Lind", "added", "the delegation would arrive in Vienna."),
                  ("Omar Haddad", "said", "Cranes are working again."),
                  ("Omar Haddad", "added", "Ships can dock tonight.")]


def test_a_bar_ends_a_channel_s_label_before_the_lead() -> None:
    """«فوری | به گزارش ...»: a channel's label and a bar before the lead (Telegram posts, site furniture «اخبار |»)
    are not the subject of the sentence after the bar."""
    text = "فوری | به گزارش ایسنا به نقل از رویترز، مینا کاظمی، سخنگوی وزارت نیرو گفت: «برق قطع نمی‌شود.»"
    (q,) = extract_quotes(text, "fa")
    assert (q.speaker, q.role) == ("مینا کاظمی", "سخنگوی وزارت نیرو")


def test_a_run_of_cues_without_a_full_stop_stays_linear() -> None:
    """Thousands of «X گفت:» with no full stop made every statement run to the text's end: output quadratic in the
    text (12.9 GB for 200,000 characters). A statement holds at most a bounded number of others."""
    text = "علی گفت: " * 3000
    qs = extract_quotes(text, "fa")
    assert len(qs) > 1000 and sum(len(q.text) for q in qs) < 100 * len(text)
