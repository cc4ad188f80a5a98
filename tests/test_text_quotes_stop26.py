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
