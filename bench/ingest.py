"""Ingest throughput and memory on the real research data, next to the bare minimum.

Inputs (from ``../shared/data/raw``): the Fars News JSON lists, the Hamshahri and Radio Farda
RSS item lists, and the FarExStance article bodies (xlsx; written to a temporary JSONL first,
outside the timing). Each row runs in its own subprocess, so peak RSS is that row's own:

- ``bare``    read every file and JSON-decode it (the floor: no records, no store)
- ``read``    ``didban.ingest.files.read_path``: records -> Articles (no store)
- ``ingest``  ``didban.ingest.ingest`` into a fresh SQLite store (the ``didban ingest --no-enrich`` path)
- ``again``   the same ingest a second time into that store (every record a duplicate)

Usage: python bench/ingest.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _inputs(tmp: Path) -> list[Path]:
    from didban.datasets import farexstance_articles, raw_path

    files = sorted(raw_path("farsnews_1500").glob("fars-news-*.json"))
    files += [raw_path("farsi_news_rss", "hamshahri.json"), raw_path("farsi_news_rss", "radiofarda.json")]
    fx = tmp / "farexstance_bodies.jsonl"
    with open(fx, "w", encoding="utf-8") as f:
        for a in farexstance_articles(("dev",)):
            f.write(json.dumps({"title": a.title, "text": a.text, "source": "farexstance"}, ensure_ascii=False)
                    + "\n")
    return [*files, fx]


def _phase(phase: str, files: list[Path], db: Path) -> dict[str, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    if phase == "bare":
        for p in files:
            data = p.read_bytes()
            if p.suffix == ".jsonl":
                n += sum(1 for line in data.decode("utf-8").splitlines() if line.strip() and json.loads(line))
            else:
                n += len(json.loads(data.decode("utf-8")))
    elif phase == "read":
        from didban.ingest.files import read_path

        for p in files:
            n += sum(1 for _ in read_path(p))
    else:
        from didban.ingest import ingest
        from didban.store import Store

        store = Store.open(db)
        report = ingest(files, store)
        n = report.read
        if report.quarantined:
            print(f"warning: {report.quarantined} quarantined", file=sys.stderr)
        store.close()
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"records": n, "seconds": dt, "cpu": cpu, "peak_rss_mb": _peak_rss_mb()}


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM; ru_maxrss would carry over the parent's peak across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3, help="runs per row; the best time is reported")
    ap.add_argument("--phase")
    ap.add_argument("--db")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if args.phase:  # child
        print(json.dumps(_phase(args.phase, [Path(f) for f in args.files], Path(args.db))))
        return
    from didban.datasets import DataUnavailable

    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        try:
            files = _inputs(tmp)
        except DataUnavailable as e:
            print(f"skipped: {e}")
            return
        mb = sum(p.stat().st_size for p in files) / 2**20
        rows: dict[str, dict[str, float]] = {}
        for phase in ("bare", "read", "ingest", "again"):
            best: dict[str, float] | None = None
            for r in range(args.repeat):
                db = tmp / f"bench{r}.db"
                if phase == "ingest":
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{db}{suffix}").unlink(missing_ok=True)
                out = subprocess.run(
                    [sys.executable, __file__, "--phase", phase, "--db", str(db), *map(str, files)],
                    capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"},
                )
                res = json.loads(out.stdout.strip().splitlines()[-1])
                if best is None or res["seconds"] < best["seconds"]:
                    best = res
            assert best is not None
            rows[phase] = best
    print(f"inputs: {len(files)} files, {mb:.1f} MB, {int(rows['bare']['records'])} records "
          f"(Fars News, Hamshahri + Radio Farda RSS, FarExStance bodies); best of {args.repeat}")
    print("articles/s and MB/s are per wall second; 'cpu s' is the process's CPU time (less sensitive to a "
          "busy machine)")
    print(f"{'row':<8} {'records':>8} {'wall s':>7} {'cpu s':>7} {'articles/s':>11} {'MB/s':>7} {'peak RSS MB':>12}")
    for phase, r in rows.items():
        print(f"{phase:<8} {int(r['records']):>8} {r['seconds']:>7.2f} {r['cpu']:>7.2f} "
              f"{r['records'] / r['seconds']:>11.0f} {mb / r['seconds']:>7.2f} {r['peak_rss_mb']:>12.0f}")


if __name__ == "__main__":
    main()
