"""The store on both engines: identity, de-duplication, quarantine, search, enrichment round trip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from didban.records import Article, Mention, PlaceRef, Provenance, Quote, Rejected, Source, Story
from didban.store import Store
from didban.store.identity import url_key


def test_url_key_canonical_forms() -> None:
    assert url_key("https://www.Example.com/a/b/?utm_source=x&id=3#frag") == url_key("http://example.com/a/b?id=3")
    assert url_key("https://example.com/a?id=3") != url_key("https://example.com/a?id=4")
    assert url_key(None) is None
    assert url_key("https://t.me/chan/12") == "t.me/chan/12"


def test_same_url_or_same_content_is_one_article(any_store: Store) -> None:
    r = any_store.add_articles([
        Article(title="خبر یک", text="متن نخست", url="https://example.ir/news/1"),
        Article(title="خبر یک (ویرایش)", text="متن دیگر", url="https://www.example.ir/news/1/"),
        Article(title="خبر دو", text="متن دوم"),
        # same content once Arabic letter forms, digits and ZWNJ are folded
        Article(title="خبر دو", text="متن دوم", url="https://other.ir/2"),
        Article(title="خبر سه", text="كتاب ۱۲"),
        Article(title="خبر سه", text="کتاب 12"),
    ])
    assert (r.added, r.duplicates, r.read) == (3, 3, 6)
    assert any_store.count() == 3
    again = any_store.add_articles([Article(title="خبر دو", text="متن دوم")])
    assert (again.added, again.duplicates) == (0, 1)


def test_ids_are_stable_across_stores(tmp_path) -> None:
    ids = []
    for name in ("a.db", "b.db"):
        s = Store.open(tmp_path / name)
        a = Article(title="t", text="x", url="https://example.ir/n/9")
        s.add_articles([a])
        ids.append(a.id)
        s.close()
    assert ids[0] == ids[1] and ids[0]


def test_quarantine_keeps_reason_and_position(any_store: Store) -> None:
    r = any_store.add_articles([
        Rejected(origin="feed.jsonl", position="line 3", reason="invalid JSON: Expecting value", raw="{oops"),
        Rejected(origin="feed.jsonl", position="line 3", reason="invalid JSON: Expecting value", raw="{oops"),
        Article(title="ok", text="fine"),
    ])
    assert (r.added, r.quarantined) == (1, 1)  # the same rejection twice is kept once
    items = any_store.quarantined()
    assert [(q.origin, q.position, q.reason) for q in items] == [("feed.jsonl", "line 3", "invalid JSON: Expecting value")]


def test_search_folds_letter_variants_and_zwnj(any_store: Store) -> None:
    any_store.add_articles([
        Article(title="نشست استانداری‌ها", text="در این نشست كتاب تازه معرفی شد."),
        Article(title="اخبار ورزشی", text="تیم ملی فوتبال پیروز شد."),
        Article(title="Border talks", text="Officials met in Zahedan on Monday."),
    ])
    assert [a.title for a in any_store.search("کتاب")] == ["نشست استانداری‌ها"]
    assert [a.title for a in any_store.search("استانداری")] == ["نشست استانداری‌ها"]
    assert [a.title for a in any_store.search("استانداری‌ها")] == ["نشست استانداری‌ها"]
    assert [a.title for a in any_store.search("zahedan")] == ["Border talks"]
    assert any_store.search("هواپیما") == []
    assert any_store.search('"') == []  # quotes alone: no crash, no results


def test_search_phrases_or_and_exclusion(any_store: Store) -> None:
    """Web-search syntax, the same on SQLite FTS5 and PostgreSQL: "phrase", OR, -word."""
    any_store.add_articles([
        Article(title="بازار کتاب", text="نمایشگاه کتاب تهران امروز گشایش یافت."),
        Article(title="کتاب فروشی", text="یک کتاب‌فروشی در شیراز بسته شد."),
        Article(title="بازار خودرو", text="قیمت خودرو در بازار تهران بالا رفت."),
        Article(title="Border talks", text="Officials met in Zahedan on Monday."),
    ])

    def titles(q: str) -> set[str]:
        return {a.title for a in any_store.search(q)}

    assert titles("کتاب") == {"بازار کتاب", "کتاب فروشی"}
    assert titles("کتاب تهران") == {"بازار کتاب"}  # every word
    assert titles("کتاب -تهران") == {"کتاب فروشی"}
    assert titles('"بازار تهران"') == {"بازار خودرو"}  # the words side by side
    assert titles('"تهران بازار"') == set()
    assert titles("شیراز OR خودرو") == {"کتاب فروشی", "بازار خودرو"}
    assert titles("zahedan OR officials -monday") == set()
    assert titles('كتاب‌فروشی') == {"کتاب فروشی"}  # ZWNJ and Arabic kaf: a phrase of the folded words
    assert titles("-کتاب") == set()  # nothing to look for
    assert titles("OR") == set() and titles('-"') == set()


def test_enrichment_round_trip(any_store: Store) -> None:
    published = datetime(2026, 11, 2, 8, 30, tzinfo=timezone(timedelta(hours=3, minutes=30)))
    a = Article(title="t", text="وی گفت: سلام", published=published, source="irna", source_name="ایرنا")
    any_store.add_articles([a], sources=[Source(key="irna", name="ایرنا", kind="web")])
    a.provenance = Provenance(outlet="ایرنا", cited=["وزارت کشور"], origin="وزارت کشور")
    a.quotes = [Quote(speaker="ذوالفقاری", role="معاون", cue="گفت", text="سلام", start=8, end=12)]
    a.places = [PlaceRef(id="tehran", kind="province", name="تهران", province="tehran")]
    a.main_place = "tehran"
    any_store.update_article(a)
    b = any_store.get(a.id)
    assert b is not None
    assert b.provenance == a.provenance and b.quotes == a.quotes and b.places == a.places
    assert b.published == published.astimezone(UTC)
    assert [x.id for x in any_store.latest(place="tehran")] == [a.id]
    assert any_store.sources()[0].name == "ایرنا"


def test_stories_saved_and_listed(any_store: Store) -> None:
    arts = [Article(title=f"t{i}", text=f"x{i}", published=datetime(2026, 1, 1 + i, tzinfo=UTC)) for i in range(3)]
    any_store.add_articles(arts)
    any_store.save_stories([Story(id="s1", members=[arts[0].id, arts[2].id], title="t0",
                                  first_seen=arts[0].published, last_seen=arts[2].published,
                                  origin_article=arts[0].id, independent_sources=2,
                                  graph=[(arts[2].id, arts[0].id, "copies")])])
    (s,) = any_store.stories()
    assert s.members == [arts[0].id, arts[2].id] and s.size == 2
    assert s.graph == [(arts[2].id, arts[0].id, "copies")]
    assert any_store.get(arts[1].id).story_id is None


def test_kill_safe_batches_commit(tmp_path) -> None:
    """Each batch is committed: an exception mid-stream keeps what was committed before it."""
    store = Store.open(tmp_path / "k.db")

    def stream():
        for i in range(25):
            yield Article(title=f"t{i}", text=f"body {i}")
        raise RuntimeError("killed")

    try:
        store.add_articles(stream(), batch_size=10)
    except RuntimeError:
        pass
    assert store.count() == 20
    r = store.add_articles((Article(title=f"t{i}", text=f"body {i}") for i in range(30)), batch_size=10)
    assert (r.added, r.duplicates) == (10, 20)


def test_search_filters_by_place_and_entity_before_paging(any_store: Store) -> None:
    arts = [Article(title=f"نمایشگاه کتاب شماره {i}", text=f"نمایشگاه کتاب {i} در شهر برگزار شد.",
                    url=f"https://example.ir/s/{i}", main_place="kerman") for i in range(30)]
    arts.append(Article(title="نمایشگاه کتاب شیراز", text="نمایشگاه کتاب در شیراز برگزار شد.",
                        url="https://example.ir/s/fars", main_place="fars"))
    any_store.add_articles(arts)
    fars = arts[-1]
    any_store.save_mentions(arts[7].id or "", [Mention(text="ناشران", type="ORG", start=0, end=6,
                                                       canonical="org:publishers")])
    assert [a.id for a in any_store.search("کتاب", limit=5, place="fars")] == [fars.id]
    assert [a.id for a in any_store.search("کتاب", limit=5, entity="org:publishers")] == [arts[7].id]
    assert any_store.search("کتاب", limit=5, place="fars", entity="org:publishers") == []
    assert len(any_store.search("کتاب", limit=5, place="kerman")) == 5
    assert len(any_store.search("کتاب", limit=50, offset=25, place="kerman")) == 5
