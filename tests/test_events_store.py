"""Event rows written with articles (insert and update, both engines), joined to the article's
current story, and the assessment series they feed."""

from __future__ import annotations

from datetime import UTC, datetime

from didban.assess.series import build_series
from didban.pipeline import Pipeline, assign_stories
from didban.records import Article, Event
from didban.store import Store

PUB = datetime(2024, 3, 10, 8, 0, tzinfo=UTC)

TEXTS = [
    ("انفجار در زاهدان", "در انفجار بمب در زاهدان سه نفر کشته و ۱۲ تن زخمی شدند. "
                          "ماموران انتظامی دو مظنون را در زاهدان بازداشت کردند."),
    ("تجمع کارگران در اهواز", "کارگران یک کارخانه در اهواز مقابل استانداری تجمع کردند."),
    ("دیدار وزیران", "وزیر خارجه ایران در تهران با همتای ترکیه‌ای خود دیدار کرد."),
]


def enriched(n: int = 3) -> list[Article]:
    pipeline = Pipeline(["text", "entities", "places", "events"])
    return [pipeline(Article(title=t, text=x, url=f"https://example.org/news/{i}", published=PUB))
            for i, (t, x) in enumerate(TEXTS[:n])]


def test_events_written_on_insert_and_replaced_on_update(any_store: Store) -> None:
    articles = enriched()
    report = any_store.add_articles(articles)
    assert report.added == 3
    rows = any_store.event_rows()
    by_article: dict[str, list[dict]] = {}
    for r in rows:
        by_article.setdefault(r["article_id"], []).append(r)
    bomb = articles[0]
    cats = {r["category"]: r for r in by_article[bomb.id]}
    assert set(cats) >= {"ASSAULT", "COERCE"}
    assert cats["ASSAULT"]["dead"] == 3
    assert cats["ASSAULT"]["place"] == "sistan-baluchestan"
    assert {r["id"] for r in by_article[bomb.id]} == {f"{bomb.id}:{i}" for i in range(len(bomb.events or []))}
    # update replaces the article's rows (ids are article id + index, so no stale rows remain)
    bomb.events = [Event(id="x", category="PROTEST", date=PUB, place="tehran")]
    any_store.update_articles([bomb])
    after = [r for r in any_store.event_rows() if r["article_id"] == bomb.id]
    assert [(r["id"], r["category"]) for r in after] == [(f"{bomb.id}:0", "PROTEST")]
    # an article loaded from the store has events=None: updating it (e.g. story assignment) keeps the rows
    loaded = any_store.get(bomb.id)
    assert loaded is not None and loaded.events is None
    any_store.update_articles([loaded])
    assert len([r for r in any_store.event_rows() if r["article_id"] == bomb.id]) == 1


def test_event_rows_carry_the_current_story_and_series_count_stories(any_store: Store) -> None:
    articles = enriched()
    # a copy of the first report from another outlet: same story, must count once
    copy = Pipeline(["text", "entities", "places", "events"])(Article(
        title="انفجار مرگبار در زاهدان", url="https://other.example/1", published=PUB,
        text="به گزارش خبرگزاری، در انفجار بمب در زاهدان سه نفر کشته و ۱۲ تن زخمی شدند."))
    any_store.add_articles([*articles, copy])
    assert all(r["story_id"] is None for r in any_store.event_rows())  # written before stories exist
    assign_stories(any_store)
    rows = any_store.event_rows()
    stories = {a.id: any_store.get(a.id).story_id for a in [*articles, copy]}  # type: ignore[union-attr]
    assert all(r["story_id"] == stories[r["article_id"]] for r in rows)
    series = build_series(any_store)
    assert not series.empty
    assault = series[(series["category"] == "ASSAULT") & (series["region"] == "sistan-baluchestan")]
    assert len(assault) == 1
    row = assault.iloc[0]
    assert row["events"] == 2  # two articles
    assert row["stories"] == len({stories[articles[0].id], stories[copy.id]})
    assert row["dead"] == 3  # the same toll in two copies counts once per story at most
    assert set(series["category"]) >= {"ASSAULT", "PROTEST", "CONSULT"}


def test_backfill_codes_events_of_stored_articles(sqlite_store: Store) -> None:
    from didban.pipeline import backfill

    sqlite_store.add_articles([Article(title=t, text=x, url=f"https://example.org/raw/{i}", published=PUB)
                               for i, (t, x) in enumerate(TEXTS)])
    assert sqlite_store.event_rows() == []  # ingested without enrichment
    backfill(sqlite_store, stories=False)
    rows = sqlite_store.event_rows()
    assert {r["category"] for r in rows} >= {"ASSAULT", "COERCE", "PROTEST", "CONSULT"}
    backfill(sqlite_store, stories=False)  # a rerun replaces the rows, it does not add to them
    assert len(sqlite_store.event_rows()) == len(rows)
