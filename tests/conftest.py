"""Shared fixtures: fresh stores on SQLite and (when a server is given) PostgreSQL,
and the shared research data folder."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from didban.store import Store

PG_URL = os.environ.get("DIDBAN_TEST_PG_URL")


def _pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
        c.execute(sql)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "didban.db")
    yield store
    store.close()


@pytest.fixture
def pg_store() -> Iterator[Store]:
    if not PG_URL:
        pytest.skip("PostgreSQL tests need DIDBAN_TEST_PG_URL (./run test starts a server when initdb exists)")
    name = "t_" + uuid.uuid4().hex[:12]
    _pg_admin(f"CREATE DATABASE {name}")
    base = PG_URL.rsplit("/", 1)[0]
    store = Store.open(f"{base}/{name}")
    yield store
    store.close()
    _pg_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest) -> Store:
    """The same test on both engines."""
    return request.getfixturevalue("sqlite_store" if request.param == "sqlite" else "pg_store")


@pytest.fixture(scope="session")
def raw_data() -> Path:
    from didban.datasets import DataUnavailable, raw_dir

    try:
        return raw_dir()
    except DataUnavailable as e:
        pytest.skip(str(e))


# Text written for the actor tests. Two reports name the same armed group (once behind the
# descriptor «گروهک تروریستی»); one is about something else.
ACTOR_NEWS = [
    {"url": "https://example.ir/a/1", "title": "درگیری با داعش در مرز",
     "text": "به گزارش ایرنا، نیروهای مرزبانی با گروهک تروریستی داعش در نزدیکی مرز درگیر شدند.",
     "published": "2026-11-20T08:00:00Z"},
    {"url": "https://example.ir/a/2", "title": "بازداشت عناصر داعش",
     "text": "وزارت اطلاعات اعلام کرد چهار عضو گروه داعش در کرمانشاه بازداشت شدند.",
     "published": "2026-11-21T08:00:00Z"},
    {"url": "https://example.ir/a/3", "title": "نمایشگاه کتاب",
     "text": "نمایشگاه کتاب استان فارس امروز در شیراز گشایش یافت.",
     "published": "2026-11-22T08:00:00Z"},
]


@pytest.fixture
def actor_news(tmp_path: Path) -> tuple[Path, list[dict[str, str]]]:
    """A JSONL file of ``ACTOR_NEWS`` and its items."""
    path = tmp_path / "actor-news.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in ACTOR_NEWS), encoding="utf-8")
    return path, ACTOR_NEWS
