"""Shared fixtures: fresh stores on SQLite and (when a server is given) PostgreSQL,
and the shared research data folder."""

from __future__ import annotations

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
