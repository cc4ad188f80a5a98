"""PLOVER events of Arabic copy: Arabic triggers, vetoes and casualty figures (invented text)."""

from __future__ import annotations

import pytest

from didban.events.arabic import casualties, parse_number
from didban.pipeline import Pipeline
from didban.records import Article


@pytest.mark.parametrize("sentence, figures", [
    ("أسفر الهجوم عن مقتل خمسة أشخاص وإصابة 12 آخرين", (5, 12)),
    ("سقط 7 قتلى و20 جريحاً في القصف", (7, 20)),
    ("ارتفعت حصيلة القتلى إلى خمسة وعشرين", (25, None)),
    ("قُتل ثلاثة عشر جندياً", (13, None)),
    ("وأصيب اثنان من عناصر الأمن", (None, 2)),
    ("لم تسجل إصابات", (None, None)),
    ("قتل عشرات المدنيين", (None, None)),  # a vague amount is no figure
])
def test_casualty_figures(sentence, figures):
    assert casualties(sentence) == figures


def test_number_words():
    assert [parse_number(w) for w in ("ثلاثه", "ثلاثه عشر", "خمسه وعشرین", "مییه", "1,200")] == [3, 13, 25, 100, 1200]


def events(text: str, title: str = "خبر") -> list:  # noqa: ANN001
    return Pipeline()(Article(title=title, text=text)).events


def test_arabic_article_events():
    ev = events("قصفت طائرات مسيرة مواقع لجماعة جيش العدل قرب سراوان، ما أسفر عن مقتل أربعة مسلحين وإصابة ثلاثة.\n"
                "وفي مدينة زاهدان، تظاهر المئات احتجاجاً على ارتفاع الأسعار.\n"
                "واعتقلت قوات الأمن عشرة أشخاص في الأهواز.")
    by = {e.category: e for e in ev}
    assert by["ASSAULT"].mode == "aerial" and (by["ASSAULT"].dead, by["ASSAULT"].injured) == (4, 3)
    assert by["ASSAULT"].place == "sistan-baluchestan"
    assert by["PROTEST"].place == "sistan-baluchestan"
    assert by["COERCE"].mode == "arrest" and by["COERCE"].place == "khuzestan"


@pytest.mark.parametrize("text", [
    "نفت الشرطة الإيرانية وقوع اشتباكات في زاهدان.",  # denied
    "لقي ثلاثة أشخاص حتفهم في حادث سير على طريق زاهدان.",  # an accident
    "هاجم المنتخب الإيراني بقوة في مباراة كرة القدم أمام العراق وسجل اللاعب هدفين في الدوري.",  # sports
    "حذر مسؤول من أنه في حال وقوع هجوم فإن الرد سيكون حاسماً.",  # hypothetical
])
def test_vetoed_sentences_give_no_assault(text):
    assert "ASSAULT" not in {e.category for e in events(text)}


def test_a_trigger_inside_a_longer_word_is_no_trigger():
    # «وزارة» (ministry) holds «زار» (visited) after a joined «و»: every alternative of a trigger is bounded
    cats = {e.category for e in events("أعلنت وزارة الاستخبارات الإيرانية اعتقال خلية مسلحة في إيرانشهر.")}
    assert cats == {"COERCE"}
