"""Actor filters: ingest with the real pipeline writes mention rows and entity records; the
dashboard and the API list actors and filter articles by them (both engines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from didban.ingest import enrich_transform, ingest
from didban.pipeline import backfill, enrich
from didban.store import Store
from didban.web.app import create_app

ISIS = "org:isis"

def _ingested(store: Store, path: Path) -> None:
    report = ingest([path], store, transform=enrich_transform(store, enrich))
    assert report.added == 3


def test_ingest_writes_mentions_and_entities(any_store: Store, actor_news: tuple) -> None:
    path, items = actor_news
    _ingested(any_store, path)
    rows = any_store.execute("SELECT article_id, entity_id FROM mentions WHERE entity_id = :e", {"e": ISIS})
    assert len({r["article_id"] for r in rows}) == 2
    isis = any_store.entity(ISIS)
    assert isis is not None and isis.name_en
    counts = {c["id"]: c for c in any_store.entity_counts(50)}
    assert counts[ISIS]["articles"] == 2
    assert counts[ISIS]["name"] == isis.name
    # the filter returns exactly the two reports, newest first
    titles = [a.title for a in any_store.latest(10, entity=ISIS)]
    assert titles == [items[1]["title"], items[0]["title"]]
    assert any_store.latest(10, entity="org:no-such-actor") == []


def test_backfill_rewrites_mention_rows(sqlite_store: Store, actor_news: tuple) -> None:
    path, items = actor_news
    report = ingest([path], sqlite_store)  # no enrichment: no mentions yet
    assert report.added == 3
    assert sqlite_store.execute("SELECT count(*) AS n FROM mentions")[0]["n"] == 0
    backfill(sqlite_store, stories=False)
    assert {a.title for a in sqlite_store.latest(10, entity=ISIS)} == {items[0]["title"], items[1]["title"]}
    n = sqlite_store.execute("SELECT count(*) AS n FROM mentions")[0]["n"]
    backfill(sqlite_store, stories=False)  # a second run replaces, never duplicates
    assert sqlite_store.execute("SELECT count(*) AS n FROM mentions")[0]["n"] == n


@pytest.fixture
def client(sqlite_store: Store, actor_news: tuple) -> TestClient:
    _ingested(sqlite_store, actor_news[0])
    return TestClient(create_app(sqlite_store))


def test_dashboard_lists_and_filters_actors(client: TestClient, actor_news: tuple) -> None:
    items = actor_news[1]
    home = client.get("/")
    assert home.status_code == 200 and 'id="actors"' in home.text
    assert f"entity={ISIS.replace(':', '%3A')}" in home.text
    page = client.get("/actors?type=ORG")
    assert page.status_code == 200 and 'id="actor-table"' in page.text
    filtered = client.get("/", params={"entity": ISIS})
    assert 'id="actor-filter"' in filtered.text
    assert items[0]["title"] in filtered.text and items[1]["title"] in filtered.text
    assert items[2]["title"] not in filtered.text
    english = client.get("/", params={"entity": ISIS, "lang": "en"})
    assert "ISIS" in english.text or "Islamic State" in english.text


def test_api_entities_and_entity_filter(client: TestClient, actor_news: tuple) -> None:
    items = actor_news[1]
    body = client.get("/api/entities", params={"type": "ORG"}).json()
    ids = [i["id"] for i in body["items"]]
    assert ISIS in ids and all(i["type"] == "ORG" for i in body["items"])
    assert client.get("/api/entities", params={"type": "org"}).json()["items"] == body["items"]
    unknown = client.get("/api/entities", params={"type": "FOO"})  # not an empty list that looks like "no actors"
    assert unknown.status_code == 422 and "PER" in unknown.json()["detail"]
    arts = client.get("/api/articles", params={"entity": ISIS}).json()
    assert arts["count"] == 2 and arts["entity"] == ISIS
    searched = client.get("/api/articles", params={"entity": ISIS, "q": "بازداشت"}).json()
    assert [a["title"] for a in searched["items"]] == [items[1]["title"]]


def test_article_page_shows_coded_events(client: TestClient, sqlite_store: Store, actor_news: tuple) -> None:
    arrest = next(a for a in sqlite_store.latest(10) if a.title == actor_news[1][1]["title"])
    stored = sqlite_store.article_events(arrest.id or "")
    assert [e.category for e in stored] == ["COERCE"]
    page = client.get(f"/article/{arrest.id}")
    assert 'id="events"' in page.text and 'data-category="COERCE"' in page.text
    english = client.get(f"/article/{arrest.id}", params={"lang": "en"})
    assert "Coerce" in english.text
    exhibition = next(a for a in sqlite_store.latest(10) if a.title == actor_news[1][2]["title"])
    assert 'id="events"' not in client.get(f"/article/{exhibition.id}").text
