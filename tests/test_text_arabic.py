"""Arabic provenance and quotes (invented agency copy in the forms Arabic outlets write)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from didban.records import Article
from didban.text import analyze
from didban.text.arabic import match_form
from didban.text.provenance import canonical_source, extract_provenance, same_source
from didban.text.quotes import extract_quotes

LEAD = (
    "أفادت وكالة الأنباء الإيرانية الرسمية (إرنا) نقلاً عن مصدر أمني بأن قوات حرس الحدود أحبطت هجوماً مسلحاً "
    "قرب مدينة زاهدان مساء أمس.\n"
    "وقال المتحدث باسم الحكومة الإيرانية علي بهادري جهرمي في مؤتمر صحفي: \"إن الأجهزة الأمنية تتابع الملف "
    "بدقة ولن تسمح بزعزعة الاستقرار\".\n"
    "وأضاف أن ثلاثة من المهاجمين قتلوا وأصيب اثنان من عناصر الأمن.\n"
    "وأكد المتحدث باسم الحكومة أن التحقيقات مستمرة."
)


def prov(text: str, **kw):  # noqa: ANN003, ANN201
    return extract_provenance(text, lang="ar", **kw)


def test_agency_lead_citing_a_source_keeps_arabic_letters():
    p = prov(LEAD)
    assert p.outlet == "وكالة الأنباء الإيرانية الرسمية (إرنا)"
    assert p.cited == ["مصدر أمني"]
    assert p.origin == "مصدر أمني"


def test_agency_lead_under_a_known_publisher_is_cited():
    p = prov("أفادت وكالة إرنا بأن الاجتماع تأجل إلى الأسبوع المقبل.", url="https://www.aljazeera.net/news/1")
    assert p.outlet == "الجزيرة"
    assert p.cited == ["وكالة إرنا"]
    assert p.origin == "وكالة إرنا"


@pytest.mark.parametrize("text, outlet", [
    ("دمشق - سانا - أعلنت وزارة الدفاع أن وحدات من الجيش تصدت لهجوم في ريف إدلب.", "سانا"),
    ("بغداد (رويترز) - قال مسؤولون عراقيون إن صواريخ سقطت قرب قاعدة عين الأسد.", "رويترز"),
])
def test_datelines(text, outlet):
    assert prov(text).outlet == outlet


def test_according_to_and_citing():
    p = prov("بحسب ما أفادت به وكالة فارس، فقد شهدت مدينة زاهدان احتجاجات بعد صلاة الجمعة.")
    assert (p.outlet, p.cited) == (None, ["وكالة فارس"])
    p = prov("طهران - إرنا - ذكرت وكالة تسنيم نقلا عن مصدر مطلع أن الاجتماع تأجل.")
    assert (p.outlet, p.cited, p.origin) == ("إرنا", ["وكالة تسنيم", "مصدر مطلع"], "مصدر مطلع")


def test_reporter_is_the_unit_and_unnamed_media_are_cited():
    p = prov("أفاد مراسل الجزيرة في طهران بأن انفجارا وقع قرب مصفاة عبادان.")
    assert (p.outlet, p.unit) == ("الجزيرة", "مراسل الجزيرة")
    p = prov("أفادت وسائل إعلام إيرانية بأن انفجارا وقع في بندر عباس.")
    assert (p.outlet, p.cited) == (None, ["وسائل إعلام إيرانية"])


def test_footer_source():
    p = prov("قتل ثلاثة عناصر من الشرطة في هجوم مسلح.\n\nالمصدر: الجزيرة + وكالات")
    assert p.outlet == "الجزيرة" and p.cited == ["وكالات"]
    # after a named source, «+ وكالات» adds no deeper origin than the chain's
    lead = "أفادت وكالة الأنباء الإيرانية (إرنا) بأن ثلاثة عناصر من الشرطة قتلوا في هجوم مسلح.\n\n"
    p = prov(lead + "المصدر: الجزيرة + وكالات", source_name="الجزيرة")
    assert (p.outlet, p.cited, p.origin) == ("الجزيرة", ["وكالة الأنباء الإيرانية (إرنا)"], "وكالة الأنباء الإيرانية (إرنا)")
    p = prov(lead + "المصدر: الجزيرة + رويترز", source_name="الجزيرة")
    assert p.cited == ["وكالة الأنباء الإيرانية (إرنا)", "رويترز"]  # a named co-source stays


def test_arabic_and_persian_names_of_an_outlet_are_one_source():
    assert canonical_source("وكالة الأنباء الإيرانية الرسمية (إرنا)") == canonical_source("خبرگزاری جمهوری اسلامی")
    assert same_source("وكالة تسنيم للأنباء", "تسنیم")
    assert same_source("الجزيرة", "الجزیره")
    assert not same_source("وكالة فارس", "ایرنا")


def quotes(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(q.speaker, q.role, q.cue, q.text) for q in extract_quotes(text, lang="ar")]


def test_speaker_role_pronoun_and_bare_title():
    qs = extract_quotes(LEAD, lang="ar")
    assert [q.cue for q in qs] == ["قال", "أضاف", "أكد"]
    assert {q.speaker for q in qs} == {"علي بهادري جهرمي"}  # «وأضاف» has no subject; the title is his
    assert {q.role for q in qs} == {"المتحدث باسم الحكومة الإيرانية"}
    assert qs[0].text.startswith("إن الأجهزة الأمنية") and qs[0].text.endswith("الاستقرار")
    assert qs[1].text == "ثلاثة من المهاجمين قتلوا وأصيب اثنان من عناصر الأمن"
    for q in qs:
        assert LEAD[q.start:q.end] == q.text


def test_quoting_a_person_construct_title_and_surname():
    text = ("نقلت وكالة تسنيم للأنباء عن قائد حرس الحدود العميد أحمد علي كودرزي قوله إن قواته اعتقلت عشرة "
            "مهربين.\nوتابع كودرزي: \"لن نسمح بتحويل الحدود إلى ممر للإرهابيين\".")
    assert quotes(text) == [
        ("أحمد علي كودرزي", "قائد حرس الحدود", "قوله", "قواته اعتقلت عشرة مهربين"),
        ("أحمد علي كودرزي", "قائد حرس الحدود", "تابع", "لن نسمح بتحويل الحدود إلى ممر للإرهابيين"),
    ]
    assert prov(text).outlet == "وكالة تسنيم للأنباء"  # the agency is the source, not a speaker


def test_apposition_statement_first_organisations_and_unnamed_sources():
    qs = quotes("وقال علي لاريجاني، أمين المجلس الأعلى للأمن القومي، إن بلاده لن تتفاوض تحت الضغط.\n"
                "وشدد على ضرورة الحفاظ على وحدة الصف الداخلي.")
    assert [(s, r) for s, r, _, _ in qs] == [("علي لاريجاني", "أمين المجلس الأعلى للأمن القومي")] * 2
    assert qs[1][3] == "ضرورة الحفاظ على وحدة الصف الداخلي"
    assert quotes("\"سنرد على أي اعتداء بقوة\"، قال وزير الدفاع الإيراني عزيز نصير زاده.") == [
        ("عزيز نصير زاده", "وزير الدفاع الإيراني", "قال", "سنرد على أي اعتداء بقوة")]
    assert [q[0] for q in quotes("أعلن الحرس الثوري الإيراني، اليوم الأحد، أنه أطلق صواريخ على مواقع لتنظيم داعش.\n"
                                 "وقال مصدر عسكري لـ سانا إن الهجوم أسفر عن مقتل خمسة مسلحين.")] == [
        "الحرس الثوري الإيراني", "مصدر عسكري"]


def test_leads_and_prepositions_are_not_quotes():
    assert quotes("ذكرت صحيفة الشرق الأوسط نقلا عن مصادر دبلوماسية أن طهران أبلغت الوكالة بنيتها.") == []
    assert quotes("أفاد مراسل الجزيرة في طهران بأن انفجارا وقع قرب المصفاة.") == []
    # «علي» (a name) is not the preposition «على»
    assert quotes("وقال علي شمخاني إن المفاوضات لم تنته بعد.")[0][:2] == ("علي شمخاني", None)


def test_diacritics_and_tatweel_keep_offsets():
    text = "وقالَ المتحـــدث باسمِ الخارجيةِ ناصر كنعاني: \"نرفضُ هذه الاتهاماتِ جملةً وتفصيلاً\"."
    [q] = extract_quotes(text, lang="ar")
    assert q.speaker == "ناصر كنعاني" and q.role == "المتحـــدث باسمِ الخارجيةِ"
    assert text[q.start:q.end] == q.text == "نرفضُ هذه الاتهاماتِ جملةً وتفصيلاً"
    folded, index = match_form(text)
    assert index is not None and len(index) == len(folded) < len(text)


def test_analyze_and_extract_cli_on_an_arabic_file(tmp_path):
    a = analyze(Article(title="", text=LEAD, url="https://www.aljazeera.net/news/2"))
    assert a.lang == "ar"
    assert a.provenance.outlet == "الجزيرة" and a.provenance.origin == "مصدر أمني"
    assert a.provenance.cited == ["وكالة الأنباء الإيرانية الرسمية (إرنا)", "مصدر أمني"]
    assert len(a.quotes) == 3
    from typer.testing import CliRunner

    from didban.cli import _register, app

    _register()
    f = tmp_path / "ar.txt"
    f.write_text("طهران تعلن إحباط هجوم\n\n" + LEAD, encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(f), "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout.splitlines()[0])
    assert d["lang"] == "ar" and d["origin"] == "مصدر أمني"
    assert [q["speaker"] for q in d["quotes"]] == ["علي بهادري جهرمي"] * 3


def test_persian_text_opening_with_arabic_keeps_its_persian_quotes_and_lead():
    text = ("قال أمير المؤمنين علي: «الناس أعداء ما جهلوا» والعلم هو السبيل إلى النجاة في الدنيا والآخرة، وهذا ما "
            "أكده العلماء في كل العصور والأزمنة.\n"
            "به گزارش ایسنا، حجت‌الاسلام محمدی در همایش فرهنگی اظهار داشت: گسترش کتابخوانی یک ضرورت است.\n"
            "وی افزود: برگزاری نمایشگاه‌های کتاب در شهرستان‌ها ادامه می‌یابد.")
    a = analyze(Article(title="", text=text))
    assert a.lang == "ar"  # its first lines are Arabic
    assert a.provenance.outlet == "ایسنا"
    cues = [q.cue for q in a.quotes]
    assert "اظهار داشت" in cues and "افزود" in cues


_PIECES = ["وقال", "وأضاف", "أن", "إن", "على", "علي", "المتحدث", "باسم", "وزير", "الخارجية", "عباس", "عراقجي", ":",
           "\"", "«", "»", "،", ".", "\n", "أفادت", "وكالة", "نقلاً", "عن", "مصدر", "بحسب", "ـــ", "َ", "ً", "ّ",
           "(", ")", "في", "مؤتمر", "قوله", "نقلت", "دمشق", "-", "سانا", "المصدر", "+", "١٢", "ى"]


@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.lists(st.sampled_from(["", " ", "  "]), min_size=60,
                                                                   max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_arabic_text_gives_exact_offsets(pieces, gaps):
    text = "".join(p + g for p, g in zip(pieces, gaps[:len(pieces)], strict=True))
    for q in extract_quotes(text, lang="ar"):
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text
    p = extract_provenance(text, lang="ar")
    keys = [canonical_source(c) for c in p.cited]
    assert all(c and c == c.strip() for c in p.cited) and len(keys) == len(set(keys))  # cleaned, no repeats


@pytest.mark.parametrize("sentence, speaker, role", [
    ("وقال مسؤول محلي إن الحريق تحت السيطرة.", "مسؤول محلي", None),  # an unnamed official, not «محلي»
    ("وقال خبير عسكري إن الهجوم معقد.", "خبير عسكري", None),
    ("وأكد مسؤول إيراني رفيع أن المحادثات مستمرة.", "مسؤول إيراني رفيع", None),
    ("وقال المتحدث العسكري العميد يحيى سريع إن القوات تقدمت.", "يحيى سريع", "المتحدث العسكري"),
    ("وقال الخبير العسكري علي الحسيني إن الهجوم معقد.", "علي الحسيني", "الخبير العسكري"),
])
def test_described_and_named_speakers(sentence, speaker, role):
    [q] = extract_quotes(sentence, lang="ar")
    assert (q.speaker, q.role) == (speaker, role)


def test_unnamed_speakers_are_not_person_entities():
    from didban.entities import extract_mentions

    text = "أفادت وكالة تسنيم بأن انفجاراً وقع في بندر عباس.\nوقال مسؤول محلي إن الحريق تحت السيطرة."
    speakers = [q.speaker for q in extract_quotes(text, lang="ar")]
    assert speakers == ["مسؤول محلي"]
    assert not [m for m in extract_mentions(text, lang="ar", speakers=speakers) if m.type == "PER"]


@pytest.mark.parametrize("text, speakers", [
    ("ونقلت الوكالة عن قائد في القوة البحرية قوله إن الناقلة اقتيدت إلى بوشهر.", ["قائد في القوة البحرية"]),
    ("وقال مصدر في وزارة الخارجية إن المحادثات مستمرة.", ["مصدر في وزارة الخارجية"]),
    ("وقال وزير الخارجية في المؤتمر الصحفي إن المفاوضات مستمرة.", ["وزير الخارجية"]),  # a definite title
    # an organisation named again by its head word is the same speaker
    ("أعلنت وزارة الاستخبارات الإيرانية أنها اعتقلت خلية.\nوقالت الوزارة في بيان إن قوات الأمن ضبطت متفجرات.",
     ["وزارة الاستخبارات الإيرانية"] * 2),
])
def test_unnamed_speakers_in_a_body_and_organisations_named_again(text, speakers):
    assert [q.speaker for q in extract_quotes(text, lang="ar")] == speakers


def test_participles_continue_the_speaker_with_new_statements():
    text = ("وقال وزير الخارجية عباس عراقجي إن بلاده مستعدة للحوار، مضيفاً أن أي اتفاق يجب أن يضمن رفع العقوبات، "
            "ومشيراً إلى أن الكرة في ملعب واشنطن.")
    assert quotes(text) == [
        ("عباس عراقجي", "وزير الخارجية", "قال", "بلاده مستعدة للحوار"),
        ("عباس عراقجي", "وزير الخارجية", "مضيفاً", "أي اتفاق يجب أن يضمن رفع العقوبات"),
        ("عباس عراقجي", "وزير الخارجية", "مشيراً", "الكرة في ملعب واشنطن"),
    ]


@pytest.mark.parametrize("text, speaker", [
    ("وقال الناطق باسم الخارجية إسماعيل بقائي إن طهران ترفض الاتهامات.\nوتابع قائلاً: \"لن نقبل بأي ضغوط\".",
     "إسماعيل بقائي"),  # «قائلاً» is not a name
    ("وقال بيان صادر عن الخارجية الإيرانية إن طهران ترفض الاتهامات.", "الخارجية الإيرانية"),
    ("وقالت مصادر مطلعة للجزيرة إن الاجتماع تأجل.", "مصادر مطلعة"),  # the outlet addressed is not the speaker
])
def test_adverbs_statements_and_addressees(text, speaker):
    assert {q.speaker for q in extract_quotes(text, lang="ar")} == {speaker}


@pytest.mark.parametrize("text, outlet, cited", [
    ("نقلت قناة \"العالم\" الإيرانية عن مصدر أمني أن الهجوم أحبط.", "قناة \"العالم\" الإيرانية", ["مصدر أمني"]),
    ("نقلت وكالة تسنيم عن قائد حرس الحدود قوله إن قواته اعتقلت مهربين.", "وكالة تسنيم", []),  # a quote, no source
    ("القدس المحتلة - الأناضول: قال الجيش الإسرائيلي إن صواريخ أطلقت.", "الأناضول", []),
    ("بيروت - أ ف ب - أعلن حزب الله أن قياديا قتل.", "أ ف ب", []),
])
def test_relayed_sources_and_more_datelines(text, outlet, cited):
    p = prov(text)
    assert (p.outlet, p.cited) == (outlet, cited)


def test_an_outlet_is_one_source_in_any_script():
    from didban.stories.origin import outlet_key

    for names in (("Reuters", "رویترز", "رويترز", "https://www.reuters.com/world/x"),
                  ("AFP", "خبرگزاری فرانسه", "فرانس برس", "وكالة الصحافة الفرنسية"),
                  ("Al Jazeera", "الجزیره", "الجزيرة", "https://www.aljazeera.net/news/1"),
                  ("IRNA", "ایرنا", "إرنا", "وكالة الأنباء الإيرانية (إرنا)")):
        assert len({outlet_key(n) for n in names}) == 1, names
