"""Cost of the ``events`` stage: enriched ingest with and without it, side by side, plus the stage
alone, on real articles (Fars News JSON lists and FarExStance dev bodies from ``../shared/data/raw``).

Rows (one process, single core; each ingest into a fresh SQLite store in a temporary folder):

- ``ingest text+entities+places``         ``didban.ingest.ingest`` with enrichment, no events (the floor)
- ``ingest text+entities+places+events``  the same with the events stage (the default now)
- ``events stage alone``                  ``code_events`` over the already enriched articles

The order of the two ingest rows alternates over ``--repeat`` runs; the median is reported.

Usage: python bench/events.py [--repeat 3] [--limit 1000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _inputs(tmp: Path, limit: int) -> tuple[Path, int]:
    from didban.datasets import farexstance_articles, fars_news

    path = tmp / "articles.jsonl"
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for a in [*fars_news(), *farexstance_articles(("dev",))]:
            if n >= limit:
                break
            f.write(json.dumps({"title": a.title, "text": a.text, "url": a.url, "source": a.key.split(":")[0]},
                               ensure_ascii=False) + "\n")
            n += 1
    return path, n


def _ingest(path: Path, db: Path, stages: list[str]) -> tuple[float, float, int]:
    from didban.ingest import enrich_transform, ingest
    from didban.pipeline import Pipeline
    from didban.store import Store

    store = Store.open(db)
    pipeline = Pipeline(stages)
    t0, c0 = time.perf_counter(), time.process_time()
    report = ingest([path], store, transform=enrich_transform(store, pipeline.pipe))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    events = len(store.event_rows())
    store.close()
    assert report.added > 0
    return wall, cpu, events


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args(argv)
    from didban.datasets import DataUnavailable

    base = ["text", "entities", "places"]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        try:
            path, n = _inputs(tmp, args.limit)
        except DataUnavailable as e:
            print(f"skipped: {e}")
            return 0
        runs: dict[str, list[tuple[float, float, int]]] = {"base": [], "events": []}
        for r in range(args.repeat):
            order = ["base", "events"] if r % 2 == 0 else ["events", "base"]
            for name in order:
                stages = base if name == "base" else [*base, "events"]
                runs[name].append(_ingest(path, tmp / f"{name}{r}.db", stages))
        # the stage alone, over articles enriched once
        from didban.events import code_events
        from didban.ingest.files import read_path
        from didban.pipeline import Pipeline

        pipeline = Pipeline(base)
        arts = [pipeline(a) for a in read_path(path) if not hasattr(a, "reason")]
        c0 = time.process_time()
        n_events = sum(len(code_events(a)) for a in arts)
        alone = time.process_time() - c0

    print(f"events bench: {n} articles (Fars News + FarExStance dev), median of {args.repeat} runs, one process")
    print(f"{'row':<40} {'wall s':>8} {'CPU s':>8} {'art/s (CPU)':>12} {'events':>7}")
    med = {}
    for name, label in (("base", "ingest text+entities+places"), ("events", "ingest text+entities+places+events")):
        wall = statistics.median(x[0] for x in runs[name])
        cpu = statistics.median(x[1] for x in runs[name])
        med[name] = cpu
        print(f"{label:<40} {wall:>8.2f} {cpu:>8.2f} {n / cpu:>12.1f} {runs[name][0][2]:>7}")
    print(f"{'events stage alone':<40} {'':>8} {alone:>8.2f} {len(arts) / alone:>12.1f} {n_events:>7}")
    print(f"events stage cost on enriched ingest: {100 * (med['events'] / med['base'] - 1):+.1f}% CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
