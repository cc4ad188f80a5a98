"""Stop 26: a phrase read as a name that opens with a common word («برگزاری نشست برای ...», a headline glued to the
next paragraph) stood for the bare titles quoted before it (invented text)."""

from __future__ import annotations

from didban.records import Article
from didban.text import analyze


def test_a_common_word_phrase_stands_for_no_earlier_bare_title() -> None:
    text = ("گزارش کامل را در پایگاه ما بخوانید. فرماندار بم هم با اشاره به اینکه ۴۲ صندوق سیار در شهرستان فعال "
            "است، گفت: مردم با آرامش رأی می‌دهند.کرمان؛ برگزاری نشست برای داوطلبان در شهرستان سیرجان هم دادستان "
            "سیرجان گفت: تخلفات پیگیری می‌شود.")
    quotes = analyze(Article(title="انتخابات در کرمان", text=text)).quotes
    assert len(quotes) == 2 and quotes[0].text.startswith("مردم با آرامش رأی می‌دهند.")
    assert (quotes[0].speaker, quotes[0].role) == ("فرماندار بم", "فرماندار بم")  # before: «برگزاری نشست»
    # (left: the second quote's subject after the glued headline is still misread, «برگزاری نشست» for «دادستان
    # سیرجان», and the first statement runs on to «کرمان؛», the headline glued to it)


def test_an_honorific_before_a_name_keeps_the_whole_name_and_the_title_after_it() -> None:
    """«مهندس X Y‌Z مدیرعامل ...»: the name runs to the title, whatever its length (before: two words, the role lost).
    Without the honorific the same sentences read right already (guards)."""
    from didban.text import extract_quotes

    cases = [
        ("دکتر علی رضایی رئیس دانشگاه تهران گفت: کلاس‌ها دایر است.", "علی رضایی", "رئیس دانشگاه تهران"),
        ("مهندس رضا عبدالله‌پور مدیرعامل شرکت آب گفت: آب قطع نمی‌شود.", "رضا عبدالله‌پور", "مدیرعامل شرکت آب"),
        ("آیت‌الله سید احمد علم‌الهدی امام جمعه مشهد گفت: مردم آماده‌اند.", "سید احمد علم‌الهدی", "امام جمعه مشهد"),
        ("سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح گفت: آماده‌ایم.", "محمد باقری", "رئیس ستاد کل نیروهای مسلح"),
        ("رضا عبدالله‌پور مدیرعامل شرکت آب گفت: آب قطع نمی‌شود.", "رضا عبدالله‌پور", "مدیرعامل شرکت آب"),
    ]
    for text, speaker, role in cases:
        (q,) = extract_quotes(text)
        assert (q.speaker, q.role) == (speaker, role), text


def test_a_lead_source_is_no_name_with_a_title_and_no_speaker_is_an_empty_string() -> None:
    from didban.text import extract_quotes

    (q,) = extract_quotes("به نقل از روابط عمومی شرکت ملی گاز، مدیرعامل شرکت گفت: گاز قطع نمی‌شود.")
    assert (q.speaker, q.role) == ("مدیرعامل شرکت", "مدیرعامل شرکت")  # before: «عمومی شرکت ملی گاز»
    (q,) = extract_quotes("علی رضایی\nگفت: برق هست.")
    assert q.speaker != "" and q.text == "برق هست."  # before: ""
