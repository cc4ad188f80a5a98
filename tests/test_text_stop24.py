"""Stop 24: English attributions that named no outlet, or missed one, and a dateline place taken for a speaker."""

from __future__ import annotations

from didban.text import extract_provenance, extract_quotes, mfold


def _cited(text: str) -> list[str]:
    return extract_provenance(text, "", None, None, "en").cited


def test_a_passive_report_names_no_outlet() -> None:
    # these named «No casualties were» and «attack was» as outlets, which also merged independent outlets'
    # stories into one source
    assert _cited("No casualties were reported.") == []
    assert _cited("The attack was reported by residents.") == []
    assert _cited("Talks were reported by Reuters to be stalled.") == ["Reuters"]


def test_english_attributions_with_lower_case_words_and_a_comma_citation() -> None:
    assert _cited("The plant was closed, according to the semi-official Fars news agency.") == ["Fars news agency"]
    assert _cited("The blast killed two, according to state TV.") == ["state TV"]
    assert _cited("Mehr news agency, citing the governor, said the road was closed.") == ["Mehr news agency",
                                                                                         "governor"]


def test_the_place_of_a_dateline_is_no_speaker() -> None:
    text = ("تهران، ۱۲ آبان ۱۴۰۳ - به گزارش خبرنگار سیاسی ایسنا، وزیر نیرو امروز گفت: «برق قطع نمی‌شود.»")
    assert [q.speaker for q in extract_quotes(text, "fa", mfold(text))] == ["وزیر نیرو"]
    text = "شیراز، ۳ دی - رئیس پلیس استان گفت: «راه‌ها باز است.»"
    assert [q.speaker for q in extract_quotes(text, "fa", mfold(text))] == ["رئیس پلیس استان"]


def test_an_address_in_the_text_keeps_its_query() -> None:
    from didban.text import fold, normalize

    url = "http://x.ir/a.php?id=5&section=2&notes=1"
    assert normalize(url) == url and fold(url) == url  # «&sect», «&not» without «;» are no entities; no space
    from didban.ingest.feeds import html_to_text

    assert html_to_text(f"<p>{url}</p>") == url and html_to_text("<p>a &amp; b</p>") == "a & b"  # a feed's HTML
    assert normalize("a &amp; b") == "a & b" and fold("&amp;amp;") == fold(fold("&amp;amp;")) == "&"
    assert normalize("چرا؟او") == "چرا؟ او"


def test_urdu_and_kurdish_are_other_languages() -> None:
    from didban.text import detect_lang

    assert detect_lang("پاکستان کے وزیر خارجہ نے کہا ہے کہ مذاکرات جاری رہیں گے") == "other"
    assert detect_lang("وەزارەتی دەرەوەی عێراق ڕایگەیاند کە گفتوگۆکان بەردەوام دەبن") == "other"
    assert detect_lang("وزیر امور خارجه گفت مذاکرات ادامه دارد") == "fa"


def test_a_source_given_as_a_bare_domain_or_a_feed_address_is_its_outlet() -> None:
    """«tasnimnews.com» or «https://www.tasnimnews.com» as the source: Tasnim, so its own lead «به گزارش خبرنگار
    تسنیم» is no citation of another outlet (a story counted it as citing Tasnim)."""
    from didban.stories.origin import outlet_key
    from didban.text.analyze import _publisher_name

    assert outlet_key("tasnimnews.com") == outlet_key("تسنیم") == outlet_key("https://www.tasnimnews.com/fa/rss")
    assert _publisher_name("https://www.tasnimnews.com/fa/rss", None) == "تسنیم"
    # an unknown site: its name without www. and the top-level domain (stop 25: so «Example» matches it too)
    assert outlet_key("example.com") == outlet_key("https://www.example.com/feed") == "example"
