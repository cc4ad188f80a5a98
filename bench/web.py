"""Dashboard and REST API latency, side by side with the bare store call each page is built on.

    python bench/web.py [--requests 50] [--copies 10]

The demo corpus (``didban.demo``) is loaded ``--copies`` times (each copy with shifted URLs and
titles, so nothing is a duplicate) into a temporary SQLite store; stories are made of every pair of
consecutive articles, so story look-ups have work to do. Each row times ``--requests`` requests
through the ASGI app in process (``fastapi.testclient``, no network) and the same number of bare
``Store`` calls: the difference is what FastAPI, Jinja rendering, dates and digits cost.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from didban.demo import iter_demo_articles
from didban.records import Story
from didban.store import Store
from didban.web.app import create_app


def fill(store: Store, copies: int) -> None:
    base = list(iter_demo_articles())
    for k in range(copies):
        store.add_articles(
            replace(a, url=f"{a.url}?copy={k}", title=f"{a.title} ({k})", id=None) for a in base
        )
    ids = [a.id for a in store.latest(store.count())]
    store.save_stories([Story(id=f"s{i}", members=ids[i:i + 2]) for i in range(0, len(ids) - 1, 2)])


def timed(fn: Callable[[], object], n: int) -> tuple[float, float]:
    fn()  # warm-up
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1000)
    return statistics.median(ts), max(ts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        fill(store, args.copies)
        client = TestClient(create_app(store))
        aid = store.latest(1, 100)[0].id
        rows: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
            ("home, page 1 (20 articles)", lambda: client.get("/"), lambda: store.latest(21)),
            ("home, page 10", lambda: client.get("/?page=10"), lambda: store.latest(21, 180)),
            ("search «سراوان»", lambda: client.get("/?q=سراوان"), lambda: store.search("سراوان", 21)),
            ("article page", lambda: client.get(f"/article/{aid}"), lambda: store.get(aid)),
            ("stories page", lambda: client.get("/stories"), lambda: store.story_list(21, min_size=2)),
            ("stats page", lambda: client.get("/stats"), lambda: store.stats()),
            ("GET /api/articles?limit=100", lambda: client.get("/api/articles?limit=100"),
             lambda: store.latest(100)),
            ("GET /api/articles/{id}", lambda: client.get(f"/api/articles/{aid}"), lambda: store.get(aid)),
        ]
        print(f"articles in store: {store.count()}; {args.requests} requests per row; "
              f"Python {platform.python_version()}, {platform.machine()}")
        print("| row | page median ms | page max ms | bare store call median ms | overhead ms |")
        print("|---|---:|---:|---:|---:|")
        for name, page, bare in rows:
            p_med, p_max = timed(page, args.requests)
            b_med, _ = timed(bare, args.requests)
            print(f"| {name} | {p_med:.1f} | {p_max:.1f} | {b_med:.1f} | {p_med - b_med:.1f} |")
        store.close()


if __name__ == "__main__":
    main()
