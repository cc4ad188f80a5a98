"""Dashboard pages and REST API against a real SQLite store."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from didban.records import Article, Event, Mention, PlaceRef, Provenance, Quote, Rejected, Story
from didban.store import Store
from didban.web.app import create_app, quote_segments
from didban.web.i18n import count, format_date, num, place_name

PERSIAN_DIGIT = re.compile("[۰-۹]")


def _articles() -> list[Article]:
    return [
        Article(title="نمایشگاه كتاب زاهدان گشایش یافت", text="به گزارش ایرنا، نمایشگاه كتاب استان امروز آغاز شد.",
                url="https://example.ir/n/1", published=datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
                source="irna", source_name="ایرنا", lang="fa"),
        Article(title="حمله به پاسگاه مرزی در سراوان", text="استاندار گفت: دو مرزبان زخمی شدند.",
                url="https://example.ir/n/2", published=datetime(2026, 11, 3, 6, 0, tzinfo=UTC),
                source="isna", source_name="ایسنا", lang="fa"),
        Article(title="Border post attacked in Saravan", text="Two border guards were wounded, IRNA reported.",
                url="https://example.com/n/3", published=datetime(2026, 11, 3, 9, 0, tzinfo=UTC),
                source="reuters", source_name="Reuters", lang="en"),
        Article(title="<script>alert(1)</script> تیتر خطرناک", text="متن <b>پررنگ</b> & «نقل»",
                url="https://example.ir/n/4", published=datetime(2026, 10, 1, 8, 0, tzinfo=UTC),
                source="mehr", source_name="مهر", lang="fa"),
    ]


@pytest.fixture
def filled(any_store: Store) -> tuple[Store, list[Article]]:
    arts = _articles()
    any_store.add_articles(arts)
    attack = arts[1]
    attack.quotes = [Quote(speaker="استاندار", role="استاندار سیستان و بلوچستان", cue="گفت",
                           text="دو مرزبان زخمی شدند.", start=attack.text.index("دو"), end=len(attack.text))]
    attack.provenance = Provenance(outlet="ایسنا", cited=["ایرنا", "استانداری"], origin="استانداری")
    attack.places = [PlaceRef(id="sistan-baluchestan", kind="province", name="سیستان و بلوچستان",
                              province="sistan-baluchestan", country="IR")]
    attack.main_place = "sistan-baluchestan"
    attack.mentions = [Mention(text="سراوان", type="LOC", start=0, end=6)]
    any_store.update_article(attack)
    any_store.save_stories([Story(id="s1", members=[arts[1].id, arts[2].id], title="حمله به پاسگاه مرزی",
                                     first_seen=arts[1].published, last_seen=arts[2].published,
                                     independent_sources=1, origin_article=arts[1].id,
                                     graph=[(arts[2].id, arts[1].id, "cites"), (arts[2].id, "gone", "copies")]),
                                Story(id="s0", members=[arts[0].id], title="تک‌گزارش کتاب", first_seen=arts[0].published,
                                      last_seen=arts[0].published, independent_sources=1)])
    any_store.add_rejected([Rejected(origin="feed.jsonl", position="line 7", reason="invalid JSON")])
    return any_store, arts


@pytest.fixture
def client(filled: tuple[Store, list[Article]]) -> TestClient:
    return TestClient(create_app(filled[0]))


def test_api_health_and_stats(client: TestClient) -> None:
    assert client.get("/api/health").json() == {"status": "ok", "articles": 4}
    stats = client.get("/api/stats").json()
    assert (stats["articles"], stats["quarantined"], stats["stories"]) == (4, 1, 2)


def test_api_articles_latest_paging_and_search(client: TestClient, filled: tuple[Store, list[Article]]) -> None:
    _, arts = filled
    body = client.get("/api/articles", params={"limit": 2}).json()
    assert [a["title"] for a in body["items"]] == [arts[2].title, arts[1].title]  # newest first
    page2 = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["id"] for a in page2["items"]] == [arts[0].id, arts[3].id]
    # Persian letter forms folded: «کتاب» (Persian kaf) finds «كتاب» (Arabic kaf)
    hits = client.get("/api/articles", params={"q": "کتاب"}).json()["items"]
    assert [a["id"] for a in hits] == [arts[0].id]
    placed = client.get("/api/articles", params={"place": "sistan-baluchestan"}).json()["items"]
    assert [a["id"] for a in placed] == [arts[1].id]
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422
    assert client.get("/api/articles", params={"limit": 10_000}).status_code == 422


def test_api_article_round_trip_and_404(client: TestClient, filled: tuple[Store, list[Article]]) -> None:
    attack = filled[1][1]
    body = client.get(f"/api/articles/{attack.id}").json()
    assert body["published"] == "2026-11-03T06:00:00Z"
    assert body["provenance"]["origin"] == "استانداری"
    assert body["quotes"][0]["speaker"] == "استاندار"
    r = client.get("/api/articles/does-not-exist")
    assert r.status_code == 404 and r.json() == {"detail": "article not found"}


def test_api_article_carries_its_stored_events(client: TestClient, filled: tuple[Store, list[Article]]) -> None:
    store, arts = filled
    attack = arts[1]
    attack.events = [Event(id="", category="ASSAULT", article_id=attack.id, date=attack.published,
                           place="sistan-baluchestan", mode="firearms", injured=2, confidence=0.8)]
    store.update_article(attack)
    body = client.get(f"/api/articles/{attack.id}").json()
    assert [(e["category"], e["injured"], e["place"]) for e in body["events"]] == [
        ("ASSAULT", 2, "sistan-baluchestan")]
    assert client.get(f"/api/articles/{arts[0].id}").json()["events"] == []


def test_api_stories(client: TestClient, filled: tuple[Store, list[Article]]) -> None:
    items = client.get("/api/stories").json()["items"]
    assert [(s["id"], s["size"]) for s in items] == [("s1", 2), ("s0", 1)]  # latest report first
    assert items[0]["members"] == [filled[1][1].id, filled[1][2].id]  # by publication time
    multi = client.get("/api/stories", params={"min_size": 2}).json()["items"]
    assert [s["id"] for s in multi] == ["s1"]
    # the JSON twin of /story/{id} (stop 25: there was none)
    one = client.get("/api/stories/s1").json()
    assert one["id"] == "s1" and one["size"] == 2 and one["origin_article"] == filled[1][1].id
    assert [a["id"] for a in one["articles"]] == [filled[1][1].id, filled[1][2].id]
    assert one["articles"][0]["cited"] == ["ایرنا", "استانداری"] and one["articles"][0]["outlet"] == "ایسنا"
    assert one["articles"][1]["relations"] == [{"kind": "cites", "article": filled[1][1].id}]
    missing = client.get("/api/stories/s:nope")
    assert missing.status_code == 404 and missing.json()["detail"] == "story not found"


def test_home_is_rtl_persian_with_jalali_dates(client: TestClient) -> None:
    html = client.get("/").text
    assert '<html lang="fa" dir="rtl">' in html
    assert "۱۲ آبان ۱۴۰۵" in html  # 2026-11-03 06:00 UTC is 12 Aban 1405 in Tehran
    assert "2026" not in re.sub(r'datetime="[^"]*"', "", html)  # no Gregorian dates shown
    assert "سیستان و بلوچستان" in html and "به نقل از استانداری" in html
    assert "۲ گزارش" in html  # story size, Persian digits
    places = re.search(r'<nav class="places" id="places".*?</nav>', html, flags=re.S)
    assert places and "سیستان و بلوچستان" in places.group(0) and "?place=sistan-baluchestan" in places.group(0)


def test_language_toggle_sets_cookie_and_english_is_ltr(client: TestClient) -> None:
    r = client.get("/?lang=en")
    assert '<html lang="en" dir="ltr">' in r.text
    assert "3 Nov 2026" in r.text and "Sistan and Baluchestan" in r.text
    assert r.cookies.get("didban_lang") == "en"
    again = client.get("/")  # remembered
    assert 'dir="ltr"' in again.text
    back = client.get("/?lang=fa")
    assert 'dir="rtl"' in back.text


def test_everything_is_escaped(client: TestClient, filled: tuple[Store, list[Article]]) -> None:
    home = client.get("/").text
    assert "<script>alert(1)</script>" not in home and "&lt;script&gt;alert(1)&lt;/script&gt;" in home
    page = client.get(f"/article/{filled[1][3].id}").text
    assert "<b>پررنگ</b>" not in page and "&lt;b&gt;پررنگ&lt;/b&gt;" in page
    search = client.get("/", params={"q": '"><script>x</script>'}).text
    assert "<script>x</script>" not in search


def test_only_http_links_are_rendered(sqlite_store: Store) -> None:
    bad = Article(title="پیوند بد", text="متن خبر", url="javascript:alert(1)")
    good = Article(title="پیوند خوب", text="متن دیگر", url="https://example.ir/n/9")
    sqlite_store.add_articles([bad, good])
    client = TestClient(create_app(sqlite_store))
    assert "javascript:" not in client.get(f"/article/{bad.id}").text
    assert 'href="https://example.ir/n/9"' in client.get(f"/article/{good.id}").text
    assert "/api/articles" in client.get("/api/openapi.json").json()["paths"]
    home = client.get("/").text
    assert not re.search(r'(src|href)="(https?:)?//', home)  # no external assets on the dashboard
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp


def test_article_page_highlights_quotes_and_shows_provenance(
    client: TestClient, filled: tuple[Store, list[Article]]
) -> None:
    attack = filled[1][1]
    html = client.get(f"/article/{attack.id}").text
    assert re.search(r'<mark class="quote"[^>]*>دو مرزبان زخمی شدند.</mark>', html)
    assert "استانداری" in html and "ایرنا" in html and 'id="provenance"' in html
    assert 'id="story"' in html and filled[1][2].title in html  # the other report of the story
    assert client.get("/article/nope").status_code == 404


def test_search_page_paging_stats_and_stories(client: TestClient, filled: tuple[Store, list[Article]]) -> None:
    html = client.get("/search", params={"q": "کتاب"}, follow_redirects=True).text
    assert filled[1][0].title in html and filled[1][1].title not in html
    assert "پیدا نشد" in client.get("/", params={"q": "هواپیما"}).text
    stats = client.get("/stats").text
    assert 'id="quarantine-count"' in stats and "invalid JSON" in stats and "۴" in stats
    stories = client.get("/stories").text
    assert "حمله به پاسگاه مرزی" in stories and "تک‌گزارش کتاب" not in stories  # single reports left out
    assert client.get("/story/zz").status_code == 404


def test_story_page_shows_origin_and_citations(client: TestClient, filled: tuple[Store, list[Article]]) -> None:
    arts = filled[1]
    html = client.get("/story/s1?lang=en").text
    items = re.findall(r'<li class="item">(.*?)</li>', html, flags=re.S)
    assert len(items) == 2  # both members, by publication time
    assert arts[1].title in items[0] and ">origin<" in items[0] and "cites" not in items[0]
    assert arts[2].title in items[1] and re.search(r"cites\s+ایسنا", items[1])
    assert "copy of" not in html  # an edge to an unknown article is left out
    # an item that cites a member's outlet says so once (stop 25: «citing X» then «cites X» again)
    store = filled[0]
    reuters = store.get(arts[2].id)
    assert reuters is not None
    reuters.provenance = Provenance(outlet="Reuters", cited=["ایسنا"], origin="ایسنا")
    store.update_article(reuters)
    html = client.get("/story/s1?lang=en").text
    items = re.findall(r'<li class="item">(.*?)</li>', html, flags=re.S)
    assert len(items) == 2, html
    assert len(re.findall(r"\bcit(?:es|ing)\b", items[1])) == 1, items[1]


def test_paging_links(sqlite_store: Store) -> None:
    sqlite_store.add_articles(
        Article(title=f"خبر شماره {i}", text=f"متن خبر {i}", published=datetime(2026, 10, 1 + i % 28, tzinfo=UTC))
        for i in range(45)
    )
    client = TestClient(create_app(sqlite_store))
    first = client.get("/").text
    assert 'rel="next"' in first and 'rel="prev"' not in first
    titles = lambda h: set(re.findall(r'class="title"[^>]*>([^<]+)<', h))  # noqa: E731
    second = client.get("/?page=2").text
    third = client.get("/?page=3").text
    assert 'rel="prev"' in third and 'rel="next"' not in third
    assert len(titles(first) | titles(second) | titles(third)) == 45


def test_empty_store_message(sqlite_store: Store) -> None:
    client = TestClient(create_app(sqlite_store))
    home = client.get("/").text
    assert 'id="empty-state"' in home and 'id="places"' not in home
    assert client.get("/api/articles").json()["items"] == []
    assert "No stories" in client.get("/stories?lang=en").text


def test_quote_segments_ignore_bad_offsets() -> None:
    text = "الف گفت: ب. ج افزود: د."
    good = Quote(speaker=None, role=None, cue="گفت", text="ب.", start=9, end=11)
    overlapping = Quote(speaker=None, role=None, cue="x", text="", start=10, end=14)
    outside = Quote(speaker=None, role=None, cue="x", text="", start=20, end=99)
    segs = quote_segments(text, [outside, overlapping, good])
    assert "".join(s for s, _ in segs) == text
    assert [s for s, q in segs if q] == ["ب."]


def test_place_names_in_both_languages() -> None:
    assert place_name("sistan-baluchestan", "fa") == "سیستان و بلوچستان"
    assert place_name("sistan-baluchestan", "en") == "Sistan and Baluchestan"
    assert (place_name("IQ", "fa"), place_name("IQ", "en")) == ("عراق", "Iraq")
    assert place_name("city:1234", "en", "زاهدان") == "زاهدان"  # resolver's name when nothing better
    assert place_name("city:1234", "en") == "city:1234"


def test_formatting_helpers() -> None:
    d = datetime(2026, 9, 22, 20, 45, tzinfo=UTC)  # 00:15 on 1 Mehr 1405 in Tehran
    assert format_date(d, "fa") == "۱ مهر ۱۴۰۵، ۰۰:۱۵"
    assert format_date(d, "en") == "23 Sep 2026, 00:15"
    assert num(12345, "fa") == "۱۲٬۳۴۵" and num(12345, "en") == "12,345"
    assert count(1, "reports", "en") == "1 report" and count(3, "reports", "en") == "3 reports"
    assert count(1, "independent", "en") == "1 independent source" and count(3, "reports", "fa") == "۳ گزارش"


def test_place_counts(sqlite_store: Store) -> None:
    arts = [Article(title=f"خبر {i}", text=f"متن {i}", published=datetime(2026, 10, 1 + i, tzinfo=UTC)) for i in range(5)]
    sqlite_store.add_articles(arts)
    for a, place in zip(arts, ["kerman", "kerman", "IQ", "kerman", None], strict=True):
        a.main_place = place
    sqlite_store.update_articles(arts)
    assert sqlite_store.place_counts() == [("kerman", 3), ("IQ", 1)]
    assert sqlite_store.place_counts(since=datetime(2026, 10, 3, tzinfo=UTC)) == [("IQ", 1), ("kerman", 1)]
