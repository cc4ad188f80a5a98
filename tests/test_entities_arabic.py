"""Entities and places of Arabic copy: gazetteer actors by their Arabic names, quote speakers, Arabic place
names with joined prepositions. (Invented text.)"""

from __future__ import annotations

from didban.entities import extract_mentions
from didban.entities.linking import feature_names, linker
from didban.pipeline import Pipeline
from didban.places import resolve
from didban.records import Article
from didban.text.normalize import fold

TEXT = ("أعلن الحرس الثوري الإيراني أنه استهدف مواقع لتنظيم داعش في دير الزور، وقال وزير الخارجية عباس عراقجي "
        "في طهران إن بلاده لن تتراجع. وقال المتحدث باسم الحكومة علي بهادري جهرمي إن الأجهزة الأمنية تتابع الملف.")


def test_arabic_names_of_gazetteer_actors_and_speakers():
    ms = extract_mentions(TEXT, lang="ar", speakers=["علي بهادري جهرمي", "الحرس الثوري الإيراني"])
    got = {(m.text, m.canonical) for m in ms}
    assert ("الحرس الثوري الإيراني", "org:irgc") in got
    assert ("تنظيم داعش", "org:isis") in got  # «لتنظيم»: the joined «ل» is not part of the name
    assert ("عباس عراقجي", "per:araghchi") in got
    assert any(m.text == "علي بهادري جهرمي" and m.type == "PER" for m in ms)  # a speaker; an organisation is not
    assert all(TEXT[m.start:m.end] == m.text for m in ms)
    # nothing the Persian tagger would make of Arabic function words
    assert not any(m.text.startswith(("إن ", "أنه")) for m in ms)


def test_arabic_and_persian_names_link_to_one_actor_and_leave_the_ner_features_alone():
    lk = linker()
    assert lk.lookup("الحرس الثوري").id == lk.lookup("سپاه پاسداران").id == "org:irgc"
    assert lk.lookup("وزارة الخارجية الإيرانية").id == "org:min-foreign"
    names = {n for n, _ in feature_names()}
    assert fold("سپاه پاسداران") in names and fold("الحرس الثوري") not in names


def test_arabic_place_names_with_joined_prepositions():
    places, _ = resolve("اندلعت اشتباكات بالأهواز، وسقطت قذائف في سورية، وصرح مسؤول بطهران بأن الوضع هادئ.",
                           lang="ar")
    by_id = {p.id: p for p in places}
    assert "SY" in by_id
    assert any(p.kind == "city" and p.province == "khuzestan" for p in places)  # «الأهواز»
    assert any(p.province == "tehran" for p in places)  # «بطهران»
    # the Persian reading of the same words finds none of the Arabic spellings
    assert not any(p.province == "tehran" for p in resolve("وصرح مسؤول بطهران بأن الوضع هادئ.")[0])


def test_pipeline_on_an_arabic_article():
    a = Pipeline()(Article(title="هجوم في سيستان وبلوشستان", text=TEXT))
    assert a.lang == "ar"
    assert {m.canonical for m in a.mentions} >= {"org:irgc", "org:isis", "per:araghchi"}
    assert any(q.speaker == "علي بهادري جهرمي" for q in a.quotes)
    assert a.main_place in {"sistan-baluchestan", "tehran", "SY"}
    assert "sistan-baluchestan" in {p.id for p in a.places}


def test_joined_lam_before_the_article():
    # «للحرس» = «ل» + «الحرس» (the alef of the article is not written after «ل»)
    text = "أعلنت القوات البرية للحرس الثوري الإيراني أنها قصفت مواقع، وأكدت الزيارة للعراق."
    assert [m.canonical for m in extract_mentions(text, lang="ar")] == ["org:irgc"]
    assert "IQ" in {p.id for p in resolve(text, lang="ar")[0]}


def test_people_named_with_a_title_are_persons_quoted_or_not():
    text = ("أعلن الجيش الإسرائيلي أنه اغتال القيادي محمد الضيف، فيما التقى وزير الخارجية الإيراني عباس عراقجي "
            "نظيره العماني في مسقط.")
    got = [(m.text, m.type, m.canonical) for m in extract_mentions(text, lang="ar")]
    assert ("محمد الضيف", "PER", "per:" + fold("محمد الضيف")) in got
    assert ("عباس عراقجي", "PER", "per:araghchi") in got  # «نظيره» (his counterpart) ends the name
