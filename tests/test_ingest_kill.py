"""A `didban ingest` killed with SIGKILL mid-way loses nothing committed; a rerun completes it
with every record exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

N = 12_000


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return int(c.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", "from didban.cli import main; main()", "ingest", str(src), "--db", str(db),
            "--no-enrich", "--json"]


def test_sigkill_then_rerun_exactly_once(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(N):
            f.write(json.dumps({
                "title": f"خبر شماره {i}",
                "text": f"متن خبر شماره {i} درباره رویدادهای استان و گزارش خبرنگار ما در این باره. " * 3,
                "url": f"https://news.example.ir/n/{i}",
                "published": f"2024-01-{1 + i % 28:02d}T10:00:00Z",
            }, ensure_ascii=False) + "\n")
    db = tmp_path / "k.db"
    proc = subprocess.Popen(_cmd(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _count(db) == 0 and proc.poll() is None:
            time.sleep(0.05)
        at_kill = _count(db)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert 0 < at_kill < N, f"kill did not land mid-way ({at_kill} of {N} rows)"
    after_kill = _count(db)
    assert after_kill >= at_kill  # committed rows survive the kill

    rerun = subprocess.run(_cmd(src, db), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert summary["added"] == N - after_kill and summary["duplicates"] == after_kill
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == N
        assert c.execute("SELECT count(DISTINCT url) FROM articles").fetchone()[0] == N
        assert c.execute("SELECT count(DISTINCT title) FROM articles").fetchone()[0] == N
        assert c.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == N
