"""Origin article and independent sources from attribution chains and copy links."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from didban.stories.origin import Member, analyse, outlet_key

T = datetime(2024, 1, 1, tzinfo=UTC)


def m(i: str, h: float | None, outlet: str | None, cited: tuple[str, ...] = (), copy_of: str | None = None,
      order: int = 0) -> Member:
    return Member(id=i, order=order, published=None if h is None else T + timedelta(hours=h),
                  outlets=(outlet_key(outlet),) if outlet else (), cited=tuple(outlet_key(c) for c in cited),
                  copy_of=copy_of)


def test_outlet_key_matches_names_and_urls() -> None:
    assert outlet_key("خبرگزاری ایسنا") == outlet_key("ایسنا") == outlet_key("https://www.isna.ir/rss")
    assert outlet_key("") is None and outlet_key(None) is None
    # the full name with its acronym in brackets, either way round (a common Persian form of a citation)
    assert outlet_key("خبرگزاری دانشجویان ایران (ایسنا)") == outlet_key("ایسنا (خبرگزاری دانشجویان ایران)") \
        == outlet_key("ایسنا")
    assert outlet_key("خبرگزاری جمهوری اسلامی (ایرنا)") == outlet_key("IRNA")
    # English names with «News Agency»; an unknown site's address and its English name
    assert outlet_key("Mehr News Agency") == outlet_key("خبرگزاری مهر")
    assert outlet_key("Tehran Times") == outlet_key("tehrantimes.com") == outlet_key("https://www.tehrantimes.com/rss")
    assert outlet_key("https://news.example.co.uk/feed") == outlet_key("example.co.uk") == outlet_key("Example")


def test_three_outlets_citing_one_agency_by_two_names_are_one_source() -> None:
    members = [m("a", 0, "شیراز نیوز", cited=("ایسنا",)), m("b", 1, "کرمان امروز", cited=("ایسنا",)),
               m("c", 2, "یزد فردا", cited=("خبرگزاری دانشجویان ایران (ایسنا)",))]
    assert analyse(members)[1] == 1


def test_origin_follows_citation_to_present_report() -> None:
    members = [m("k", 0, "کیهان", cited=("مهر",)), m("m", 2, "مهر"), m("i", 1, "ایسنا")]
    origin, independent, graph = analyse(members)
    assert origin == "m"  # earliest is k, but k cites Mehr, whose report is present
    assert ("k", "m", "cites") in graph
    assert independent == 2


def test_origin_chain_and_cycle() -> None:
    members = [m("a", 0, "a", cited=("b",)), m("b", 1, "b", cited=("c",)), m("c", 2, "c", cited=("a",))]
    origin, independent, _ = analyse(members)
    assert origin in {"a", "b", "c"} and independent == 1  # cycle stops, all one chain


def test_copies_and_shared_outside_source() -> None:
    members = [
        m("x", 0, "تسنیم", cited=("رویترز",)), m("y", 1, "فارس", cited=("رویترز",)),  # both from Reuters (absent)
        m("z", 2, "ایرنا"), m("w", 3, None, copy_of="z"),  # w copies IRNA's report
        m("v", 4, None),  # unknown outlet, own text
    ]
    origin, independent, graph = analyse(members)
    assert origin == "x"
    assert ("x", "source:" + outlet_key("رویترز"), "cites") in graph
    assert ("w", "z", "copies") in graph
    assert independent == 3  # {Tasnim, Fars, Reuters}, {IRNA, w}, {v}


def test_no_dates_uses_arrival_order() -> None:
    members = [m("b", None, "b", order=1), m("a", None, "a", order=0)]
    assert analyse(members)[0] == "a"
    assert analyse([]) == (None, 0, [])
