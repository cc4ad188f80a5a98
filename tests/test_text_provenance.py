"""Provenance and quotes: the acceptance lead, the lead forms of the issue, analyze() contract."""

from __future__ import annotations

from didban.records import Article
from didban.text import analyze, canonical_source, extract_provenance, extract_quotes
from didban.text.provenance import same_source

LEAD_598 = (
    "به گزارش پایگاه 598 به نقل از باشگاه خبرنگاران؛ ذوالفقاری در همایش معاونین سیاسی امنیتی واجتماعی "
    "استانداری های سراسر کشور اظهار داشت: امنیت پایدار حاصل همکاری همه دستگاه‌هاست.\n"
    "وی گفت: انتخابات پیش رو در فضایی آرام برگزار می‌شود.\n"
    "معاون امنیتی وزارت کشور افزود : استانداری‌ها باید گزارش هفتگی بفرستند."
)


def test_acceptance_lead_598() -> None:
    art = analyze(Article(title="ذوالفقاری: امنیت پایدار", text=LEAD_598))
    p = art.provenance
    assert p is not None and art.quotes is not None
    assert (p.outlet, p.cited, p.origin) == ("پایگاه 598", ["باشگاه خبرنگاران"], "باشگاه خبرنگاران")
    assert len(art.quotes) == 3
    for q in art.quotes:
        assert q.speaker == "ذوالفقاری"
        assert q.role == "معاون امنیتی وزارت کشور"
        assert LEAD_598[q.start:q.end] == q.text
    assert [q.cue for q in art.quotes] == ["اظهار داشت", "گفت", "افزود"]
    assert art.quotes[0].text.startswith("امنیت پایدار")
    assert art.text == LEAD_598  # analyze never changes the text


def test_lead_forms() -> None:
    p = extract_provenance("به گزارش خبرنگار سیاسی ایسنا، علی لاریجانی گفت: سلام.")
    assert (p.outlet, p.unit, p.cited, p.origin) == ("ایسنا", "خبرنگار سیاسی", [], "ایسنا")
    p = extract_provenance("خبرگزاری فارس: قیمت نفت افزایش یافت.")
    assert (p.outlet, p.origin) == ("خبرگزاری فارس", "خبرگزاری فارس")
    p = extract_provenance("به گزارش فارس به نقل از وزارت ارتباطات و فناوری اطلاعات، وارسته گفت: x")
    assert p.cited == ["وزارت ارتباطات و فناوری اطلاعات"] and p.origin == p.cited[0]
    p = extract_provenance("تهران- ایرنا- سخنگوی دولت گفت: x")
    assert p.outlet == "ایرنا"
    p = extract_provenance("به گزارش خبرگزاری فارس از قزوین به نقل از روابط عمومی اداره کل محیط زیست استان "
                           "قزوین، علی فرهادی اظهار داشت: x")
    assert (p.unit, p.cited) == ("قزوین", ["روابط عمومی اداره کل محیط زیست استان قزوین"])
    # a foreign agency named in a Persian lead is cited, not the publisher
    p = extract_provenance("جو بایدن سخن گفت. به گزارش خبرگزاری فرانسه، آقای بایدن گفت که x")
    assert (p.outlet, p.cited) == (None, ["خبرگزاری فرانسه"])
    # the publisher known from metadata turns a different lead outlet into the first cited source
    p = extract_provenance("به گزارش ایسنا، x گفت: y", url="https://www.farsnews.ir/news/13911121000971/")
    assert (p.outlet, p.cited, p.origin) == ("خبرگزاری فارس", ["ایسنا"], "ایسنا")
    p = extract_provenance("Iran said on Monday it would respond, Tasnim news agency reported, citing an "
                           "informed source.", lang="en")
    assert p.cited == ["Tasnim news agency", "informed source"]


def test_canonical_source() -> None:
    assert canonical_source("خبرگزاري فارس") == canonical_source("فارس") == canonical_source("Fars News")
    assert canonical_source("باشگاه خبرنگاران") == canonical_source("باشگاه خبرنگاران جوان")
    assert canonical_source("ایسنا") != canonical_source("ایرنا")
    assert same_source("ایسنا - آخرین اخبار", "ایسنا") and not same_source("ایرنا", "ایران")
    # a nationality adjective between the head word and a known name: «روزنامه کویتی الوطن» is «الوطن»
    assert canonical_source("روزنامه كويتي الوطن") == canonical_source("الوطن")
    assert canonical_source("روزنامه بریتانیایی گاردین") == canonical_source("گاردین")
    assert canonical_source("روزنامه سیاسی اعتماد") == canonical_source("اعتماد")
    assert canonical_source("روزنامه کویتی جدید") != canonical_source("الوطن")
    # a foreign paper's lead in a Persian page is a citation of it (the page's publisher is unknown)
    p = extract_provenance("به گزارش دیلی میل، دولت انگلیس در حال بررسی یک حمله سایبری است.")
    assert (p.outlet, p.cited) == (None, ["دیلی میل"])
    p = extract_provenance("به گزارش روزنامه «کوریا هرالد»، دولت کره جنوبی سفیر تازه معرفی کرد.")
    assert (p.outlet, p.cited) == (None, ["روزنامه «کوریا هرالد»"])
    # a feed title as the known publisher does not turn the lead's own outlet into a citation
    p = extract_provenance("به گزارش ایسنا، علی گفت: x", source_name="ایسنا - آخرین اخبار")
    assert (p.outlet, p.cited) == ("ایسنا", [])


def test_quote_forms_and_resolution() -> None:
    text = (
        "به گزارش ایرنا، علی شمخانی، دبیر شورای عالی امنیت ملی، در دیدار با وزیر خارجه عراق با بیان اینکه "
        "همکاری ادامه دارد، گفت: «امنیت منطقه مهم است.»\n"
        "دبیر شورای عالی امنیت ملی افزود که مرزها باید امن بماند.\n"
        "به گفته یک منبع آگاه، نشست دوم هفته آینده برگزار می‌شود.\n"
        "او تبریک گفت و به گفت‌وگو ادامه داد."
    )
    qs = extract_quotes(text)
    assert [(q.speaker, q.cue) for q in qs] == [("علی شمخانی", "گفت"), ("علی شمخانی", "افزود"),
                                                 ("یک منبع آگاه", "به گفته")]
    assert qs[0].text == "امنیت منطقه مهم است."
    assert qs[0].role == "دبیر شورای عالی امنیت ملی"
    assert qs[1].text.startswith("مرزها باید")


def test_english_quotes() -> None:
    text = '"We will respond," Foreign Minister Abbas Araqchi said. He added that talks would continue.'
    qs = extract_quotes(text, "en")
    assert [(q.speaker, q.role, q.cue, q.text) for q in qs] == [  # the title is the role, not part of the name
        ("Abbas Araqchi", "Foreign Minister", "said", "We will respond"),
        ("Abbas Araqchi", "Foreign Minister", "added", "talks would continue."),
    ]



def test_english_quotation_first_forms() -> None:
    """A quotation before its speaker: a description alone, a description and a name (the name speaks, the
    description is the role), the inverted «said X»; «told reporters» is the audience, not a statement; a
    statement followed by «according to X»."""
    def one(text: str) -> list[tuple[str | None, str | None, str, str]]:
        return [(q.speaker, q.role, q.cue, q.text) for q in extract_quotes(text, "en")]

    assert one('"The roads are open," the governor said.') == [("the governor", None, "said", "The roads are open")]
    assert one('"We are in control," the deputy minister Ali Ahmadi told reporters.') == [
        ("Ali Ahmadi", "deputy minister", "told", "We are in control")]
    assert one('"We are in control," said Ali Ahmadi, the deputy minister.') == [
        ("Ali Ahmadi", "deputy minister", "said", "We are in control")]  # (stop 26: the apposition is the role)
    assert one("Talks went on. Three people were injured, according to the governor.") == [
        ("the governor", None, "according to", "Three people were injured")]
    assert one("Ali Ahmadi told reporters on Sunday that the border was calm.") == [
        ("Ali Ahmadi", None, "told", "the border was calm.")]


def test_english_lowercase_title_sentence_end_and_pronoun() -> None:
    """«"...," spokesman X told reporters in Tehran.»: the quotation is the statement and «spokesman» the role (not
    «in Tehran.»); «... in Tehran. He added» is not a speaker «Tehran. He»: «He» is the last named speaker, with
    his role; initials keep their dot."""
    text = ('Officials met on Monday. "We are ready to talk," foreign ministry spokesman Esmaeil Baghaei told '
            "reporters in Tehran. He added that the Mirjaveh crossing would reopen. Ali Ahmadi told reporters in "
            "Zahedan on Sunday that the border was calm. The envoy J. Smith said talks would go on.")
    qs = [(q.speaker, q.role, q.cue, q.text) for q in extract_quotes(text, "en")]
    assert qs == [
        ("Esmaeil Baghaei", "foreign ministry spokesman", "told", "We are ready to talk"),
        ("Esmaeil Baghaei", "foreign ministry spokesman", "added", "the Mirjaveh crossing would reopen."),
        ("Ali Ahmadi", None, "told", "the border was calm."),
        ("J. Smith", "envoy", "said", "talks would go on."),  # the title before the name is the role
    ]


def test_english_wire_dateline_and_citing_chain() -> None:
    """«TEHRAN (Reuters) -» declares the agency's own report (a publisher known from metadata makes it a citation);
    «Iran's X news agency reported, citing Y» after the dateline is the chain."""
    lead = "TEHRAN (Reuters) - Iran's interior ministry said on Saturday that the border was calm."
    p = extract_provenance(lead, lang="en")
    assert (p.outlet, p.cited, p.origin) == ("Reuters", [], "Reuters")
    p = extract_provenance(lead, lang="en", source_name="Example Daily")
    assert (p.outlet, p.cited, p.origin) == ("Example Daily", ["Reuters"], "Reuters")
    p = extract_provenance("DUBAI (Reuters) - Iran's Tasnim news agency reported, citing a provincial official, "
                           "that three people died.", lang="en")
    assert (p.outlet, p.cited) == ("Reuters", ["Tasnim news agency", "provincial official"])

def test_published_from_fars_link() -> None:
    art = analyze(Article(title="t", text="متن خبر", url="https://www.farsnews.ir/news/13911121000971/x"))
    assert art.published is not None and art.published.date().isoformat() == "2013-02-09"
    assert art.lang == "fa"


def test_outlet_desk_place_is_the_unit_not_part_of_the_outlet() -> None:
    from didban.text import extract_provenance

    p = extract_provenance("به گزارش خبرنگار مهر در هشتگرد، مأموران پلیس یک باند قاچاق را متلاشی کردند.")
    assert (p.outlet, p.origin, p.cited) == ("مهر", "مهر", [])
    assert p.unit == "خبرنگار (هشتگرد)"
    p = extract_provenance("به گزارش ایسنا منطقه البرز، ورزشکار فردیسی مدال طلا گرفت.")
    assert p.outlet == "ایسنا" and p.origin == "ایسنا"


def test_our_own_reporter_in_the_lead_is_the_publisher() -> None:
    """«به گزارش خبرنگار ما،»: the publisher's own reporter (or desk) cites nobody; «ما» is not an outlet."""
    for lead, unit in (("به گزارش خبرنگار ما، ", "خبرنگار"), ("به گزارش گروه سیاسی ما، ", "گروه سیاسی"),
                       ("به گزارش خبرنگار ما از رشت، ", "خبرنگار (رشت)")):
        p = extract_provenance(lead + "بارش شدید باران در رشت موجب آب‌گرفتگی معابر شد.", "سیل", None,
                               "خبرگزاری نمونه", "fa")
        assert (p.outlet, p.unit, p.cited, p.origin) == ("خبرگزاری نمونه", unit, [], "خبرگزاری نمونه"), lead
    p = extract_provenance("به گزارش خبرنگار ما به نقل از ایرنا، بارش شدید.", "سیل", None, "خبرگزاری نمونه", "fa")
    assert p.cited == ["ایرنا"] and p.origin == "ایرنا"
    p = extract_provenance("به گزارش مای نیوز، بارش شدید.", "سیل", None, "خبرگزاری نمونه", "fa")
    assert p.cited == ["مای نیوز"]  # a name that only starts with «ما»


def test_english_wire_copy_forms() -> None:
    """Forms of wire copy: «told Reuters that» (the addressee is not the statement), a word inside another
    («Iranian», «Gilan») is no article, a title before a name is its role and a later surname the same person,
    «according to a statement carried by IRNA» is where it was published (no speaker, and not part of the
    statement), datelines of other agencies, «X reported, citing Y» after the dateline, «..., state media
    reported»."""
    def one(text: str) -> list[tuple[str | None, str | None, str, str]]:
        return [(q.speaker, q.role, q.cue, q.text) for q in extract_quotes(text, "en")]

    assert one("An Iranian official, speaking on condition of anonymity, told Reuters that Tehran had rejected "
               "the proposal.") == [("An Iranian official", None, "told", "Tehran had rejected the proposal.")]
    assert "an state media" not in {q[0] for q in one("The Guard seized a foreign-flagged tanker in the Persian Gulf, "
                                                      "Iranian state media said on Monday the crew was detained.")}
    assert one("Iran's foreign ministry spokesman Esmaeil Baghaei said talks would continue. \"We will not "
               "negotiate under pressure,\" Baghaei told reporters.") == [
        ("Esmaeil Baghaei", "Iran's foreign ministry spokesman", "said", "talks would continue."),
        ("Esmaeil Baghaei", "Iran's foreign ministry spokesman", "told", "We will not negotiate under pressure")]
    text = ("Tehran, Dec. 5 (IRNA) - Iranian Foreign Minister Abbas Araghchi said the talks were constructive, "
            "according to a statement carried by IRNA.")
    assert one(text) == [("Abbas Araghchi", "Iranian Foreign Minister", "said", "the talks were constructive")]
    assert extract_provenance(text, lang="en").outlet == "IRNA"
    assert one("Three people were injured, according to a statement by the provincial governor.") == [
        ("the provincial governor", None, "according to", "Three people were injured")]
    assert one("ISLAMABAD (AP) — The Taliban-run government in Afghanistan said it had closed the crossing.")[0][0] \
        == "The Taliban-run government in Afghanistan"
    p = extract_provenance("DUBAI (Reuters) - Iran's Revolutionary Guards seized a tanker, the Tasnim news agency "
                           "reported on Monday, citing a Guards commander.", lang="en")
    assert (p.outlet, p.cited, p.origin) == ("Reuters", ["Tasnim news agency", "Guards commander"], "Guards commander")
    p = extract_provenance("TEHRAN (Reuters) - Iran said on Monday it would respond, state media reported.", lang="en")
    assert (p.outlet, p.cited) == ("Reuters", ["state media"])


def test_english_statement_before_its_speaker() -> None:
    """«S, the minister said.» — the most common attribution of wire copy — without the dateline, and the forms
    that are no statement («IRNA said, citing ...», «said in a statement carried by ...»)."""
    def one(text: str) -> list[tuple[str | None, str, str]]:
        return [(q.speaker, q.cue, q.text) for q in extract_quotes(text, "en")]

    assert one("VIENNA, Nov 14 (Reuters) - The board passed the resolution, diplomats said.") == [
        ("diplomats", "said", "The board passed the resolution")]
    assert one("Three people - two women and a child - were killed in the blast, a local official said on Monday.") == [
        ("a local official", "said", "Three people - two women and a child - were killed in the blast")]
    assert one("Trade rose 30 percent, the minister said, adding that new border markets would open.") == [
        ("the minister", "said", "Trade rose 30 percent"),
        ("the minister", "said", "new border markets would open.")]
    assert one("The attack took place near Saravan, IRNA said, citing the provincial commander.") == [
        ("IRNA", "said", "The attack took place near Saravan")]
    assert one("Explosives were seized, the ministry said in a statement carried by IRNA.") == [
        ("the ministry", "said", "Explosives were seized")]
    assert one("Inflation eased to 41%, the Statistical Centre of Iran said.") == [
        ("the Statistical Centre of Iran", "said", "Inflation eased to 41%")]


def test_an_outlet_right_after_a_relayed_lead_ends_the_chain() -> None:
    """«به گزارش ایسنا به نقل از بی بی سی، روزنامه اورشلیم پست روز پنجشنبه اعلام کرد ...»: the source relays the
    newspaper, the origin; the lead's own source named again is not a second link."""
    from didban.text import extract_provenance

    p = extract_provenance("به گزارش ایسنا به نقل از شبکه خبری بی بی سی، روزنامه اورشلیم پست روز پنجشنبه اعلام کرد "
                           "که دیدار به تعویق افتاد.")
    assert (p.outlet, p.cited, p.origin) == ("ایسنا", ["شبکه خبری بی بی سی", "روزنامه اورشلیم پست"],
                                             "روزنامه اورشلیم پست")
    p = extract_provenance("به گزارش ایسنا به نقل از نشریه پولیتیکو، نشریه آمریکایی پولیتیکو در این باره نوشت که "
                           "مذاکرات ادامه دارد.")
    assert p.cited == ["نشریه پولیتیکو"]


def test_a_known_outlet_reporting_in_the_opening_paragraphs_of_a_page_without_a_lead() -> None:
    """A page without «به گزارش» built on a wire report it names in its second sentence or paragraph, with a time
    phrase between the outlet and its verb, or «خبر از ... داده است»; not «X گزارش داد:» (a quotation), not after a
    lead, not from the third paragraph on."""
    from didban.text import extract_provenance

    def cited(text: str) -> list[str]:
        return extract_provenance(text, url="https://example.org/a").cited

    assert cited("سیلاب در شمال کشور خسارت زد. روزنامه بریتانیایی گاردین روز پنج‌شنبه، اول مهرماه، گزارش داد که "
                 "دو روستا تخلیه شد.") == ["گاردین"]
    assert cited("نبرد بر سر شهر چند روز ادامه داشت.\n\nخبرگزاری فرانسه روز یکشنبه خبر از سقوط این شهر داده است.") \
        == ["خبرگزاری فرانسه"]
    assert cited("قیمت نفت بالا رفت. خبرگزاری رویترز گزارش داده است که ذخایر کاهش یافت.") == ["رویترز"]
    assert cited("قیمت نفت بالا رفت. بازار آرام بود. معامله‌ها کم شد.\n\nخبرگزاری رویترز گزارش داد: «ذخایر کاهش یافت».") \
        == []
    assert cited("به گزارش ایسنا، قیمت نفت بالا رفت. بازار آرام بود. معامله‌ها کم شد.\n\nخبرگزاری رویترز گزارش داده است که "
                 "ذخایر کاهش یافت.") == []
    assert cited("بند اول.\n\nبند دوم.\n\nخبرگزاری رویترز گزارش داده است که ذخایر کاهش یافت.") == []


def test_a_known_outlet_reporting_right_after_the_lead_is_cited_even_far_from_its_verb() -> None:
    """«به گزارش ایرنا، گاردین در گزارشی درباره ... نوشت»: the outlet that opens the sentence after the lead is the
    source, however many words (quoted names among them) stand before its verb; not when the verb opens a quotation
    («... گزارش داد: ...»: a round-up of what the media said), and not when the outlet is not the subject."""
    from didban.text import extract_provenance

    def chain(text: str) -> tuple[str | None, list[str]]:
        p = extract_provenance(text)
        return p.outlet, p.cited

    assert chain("به گزارش ایرنا، گاردین در گزارشی درباره وضعیت بنادر جنوبی و صف کشتی‌ها نوشت دو بندر بسته شد.") \
        == ("ایرنا", ["گاردین"])
    assert chain("به گزارش گروه بین‌الملل خبرگزاری فارس، روزنامه «هاآرتص» در یادداشتی به قلم «دنی کارمل» به پیامدهای "
                 "برنامه تازه دولت برای مذاکره با همسایگان و بازگشت سفیران پرداخته و نوشت این برنامه نگرانی آفریده "
                 "است.") == ("خبرگزاری فارس", ["هاآرتص"])
    assert chain("به گزارش ایسنا، خبرگزاری آسوشیتدپرس با انتشار بخش‌هایی از سخنان امروز وزیر گزارش داد: وزیر از "
                 "مذاکرات انتقاد کرد.")[1] == []
    assert chain("به گزارش ایسنا، وزیر نیرو در گفت‌وگو با گاردین درباره سدها نوشت که ذخایر کم است.")[1] == []


def test_a_report_named_in_a_sentence_is_no_lead_and_the_next_one_is() -> None:
    """«با استناد به گزارش تجمیعی ... گفت»: the first «به گزارش» names no source; the lead of the next sentence
    does. A cited agency's desk city («فارس از ورامین») and the words after a quoted name («روزنامه «الف» کره
    جنوبی») are not part of the source's name."""
    from didban.text import extract_provenance

    p = extract_provenance("تهران- ایرنا- دبیر ستاد انتخابات کشور با استناد به گزارش تجمیعی ثبت نام داوطلبان انتخابات "
                           "شوراها تا پایان روز سوم گفت که تا ساعت ۱۸ روز جمعه ثبت نام ۵۰ نفر از داوطلبان نهایی شد. "
                           "به گزارش پایگاه اطلاع رسانی وزارت کشور، دبیر ستاد گزارش را ارائه کرد.")
    assert (p.outlet, p.cited) == ("ایرنا", ["پایگاه اطلاع رسانی وزارت کشور"])
    p = extract_provenance("به گزارش تابناک به نقل از فارس از ورامین، سردار نقدی گفت: ما آماده‌ایم.")
    assert (p.outlet, p.cited) == ("تابناک", ["فارس"])
    p = extract_provenance("به گزارش ایرنا از روزنامه « دِ کریا هرالد » کره جنوبی، وزارت خارجه اعلام کرد سفیر معرفی شد.")
    assert (p.outlet, p.cited) == ("ایرنا", ["روزنامه «د کریا هرالد»"])


def test_publisher_named_by_a_dateline_after_the_headline_a_desk_first_lead_or_a_later_agency_lead() -> None:
    """Pages whose lead names no publisher: «مسکو-ایرنا -» after a date and a headline; «گروه دیگر رسانه‌های
    خبرگزاری فارس:» (the desk before the agency); an Iranian agency's «به گزارش X،» opening a sentence after the
    statements. Not a «به گزارش X،» inside a sentence, nor a foreign outlet's (a source, not the publisher)."""
    from didban.text import extract_provenance

    def ou(text: str) -> tuple[str | None, str | None]:
        p = extract_provenance(text)
        return p.outlet, p.unit

    assert ou("سه شنبه، ۲۷ مهر ۱۴۰۰ روسیه و آمریکا مسکو-ایرنا - معاون نخست وزیر روسیه اعلام کرد که دو کشور از روابط "
              "رضایت ندارند.")[0] == "ایرنا"
    assert ou("انتشار یک فایل صوتی واکنش کاربران را به همراه داشت.      گروه دیگر رسانه‌های خبرگزاری فارس: انتشار "
              "این فایل واکنش‌های زیادی داشت.") == ("خبرگزاری فارس", "گروه دیگر رسانه‌های")
    assert ou("۲۱ تیر شاهد ارسال گزارش وزارت امور خارجه به مجلس شورای اسلامی بودیم؛ گزارشی ۲۱۳ صفحه‌ای مشتمل بر "
              "چهار بند و چند پیوست که از زیر و بم مذاکرات هسته‌ای حکایت می‌کرد و بحث‌های زیادی را در میان "
              "نمایندگان برانگیخت.    گزارش گروه سیاسی خبرگزاری دانشجو - علی رضایی، وزیر گزارش تازه‌ای "
              "فرستاد.") == ("خبرگزاری دانشجو", "گروه سیاسی")
    said = "عضو مجمع گفت: او با صبر خود عزیزتر شد. " + "او در سال‌های دفاع و اسارت ایستادگی کرد. " * 16 + \
        "من این روز را تبریک می‌گویم."  # (the lead's «به گزارش» is read in the first 650 characters)
    assert ou(said + "به گزارش فارس، استاندار دیروز در مراسم معارفه مورد حمله قرار گرفت.")[0] == "فارس"
    assert ou(said + " اما به گزارش فارس، استاندار دیروز در مراسم معارفه مورد حمله قرار گرفت.")[0] is None
    assert extract_provenance(said + "\n\nبه گزارش رویترز، استاندار دیروز مورد حمله قرار گرفت.").outlet is None


def test_a_site_lead_with_its_domain_or_a_bracketed_dateline_after_a_glued_headline() -> None:
    """A reposting site's lead «پایگاه خبری تحلیلی انتخاب (Entekhab.ir) :» glued to the headline before it, with its
    own source's colon lead after it; «تهران (پانا) -» after a headline."""
    from didban.text import extract_provenance

    p = extract_provenance("سخنگو: نمی‌شود در همه کشورها انتخابات برگزار کنیم و در این کشور نه پایگاه خبری تحلیلی انتخاب "
                           "(Entekhab.ir) :  \t\t  تسنیم: سخنگوی وزارت امور خارجه گفت که رای‌گیری برگزار نمی‌شود.")
    assert (p.outlet, p.cited, p.origin) == ("پایگاه خبری تحلیلی انتخاب", ["تسنیم"], "تسنیم")
    p = extract_provenance("نماینده نجف‌آباد: این طرح خودم است/ این طرح متوجه اقدامات احتمالی دشمن است تهران (پانا) - "
                           "طراح پیمان دفاعی در مجلس گفت: این پیمان فراقاره‌ای است.")
    assert p.outlet == "پانا"


def test_be_neveshte_opening_one_of_the_three_sentences_after_the_lead() -> None:
    """«به گزارش گروه بین‌الملل خبرگزاری فارس، [خلاصه]. [جمله]. به نوشته خبرگزاری «اسپوتنیک»، ...»: the report the
    desk's copy is built on; not a person's writing («به نوشته وی،») nor one from the fourth sentence on."""
    from didban.text import extract_provenance

    lead = "به گزارش گروه بین‌الملل خبرگزاری فارس، درخواست آمریکا با واکنش تند چین روبه‌رو شد. "
    second = "سخنگوی وزارت خارجه چین امروز از آمریکا خواست دخالت را پایان دهد. "
    after = "به نوشته خبرگزاری «اسپوتنیک»، سخنگو در نشست خبری این را گفت."
    assert extract_provenance(lead + second + after).cited == ["خبرگزاری «اسپوتنیک»"]
    assert extract_provenance(lead + after).cited == ["خبرگزاری «اسپوتنیک»"]
    assert extract_provenance(lead + second + "به نوشته وی، سخنگو در نشست خبری این را گفت.").cited == []
    assert extract_provenance(lead + second + "جمله سوم این است. جمله چهارم این است. " + after).cited == []


def test_a_press_office_colon_lead_after_the_summary() -> None:
    """«... پشتیبان راه ما بود. روابط عمومی ارتش: معاون ... تشریح کرد.»: the army's press office publishes the copy; a
    site reposting it with its domain lead cites it."""
    from didban.text import extract_provenance

    summary = "معاون ارتش گفت: ناوگروه در اقیانوس رژه رفت و همت جوانان پشتیبان راه ما بود. "
    p = extract_provenance(summary + "روابط عمومی ارتش: معاون هماهنگ کننده ارتش ماموریت ناوگروه را تشریح کرد.")
    assert (p.outlet, p.origin) == ("روابط عمومی ارتش", "روابط عمومی ارتش")
    p = extract_provenance(summary + "پایگاه خبری تحلیلی انتخاب (Entekhab.ir) :  روابط عمومی ارتش: معاون هماهنگ کننده "
                           "ارتش ماموریت ناوگروه را تشریح کرد.")
    assert (p.outlet, p.cited) == ("پایگاه خبری تحلیلی انتخاب", ["روابط عمومی ارتش"])
