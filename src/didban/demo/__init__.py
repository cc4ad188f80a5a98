"""The shipped demo corpus: invented news items (no real reporting) for the dashboard and tests.

``corpus.jsonl`` holds one item per line with ``title``, ``text``, ``url``, ``published``
(ISO 8601 with offset) and ``source`` (outlet name). It is written by
``python -m didban.demo.write_corpus`` from the hand-written stories and frames there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from didban.records import Article

CORPUS = Path(__file__).with_name("corpus.jsonl")


def corpus_path() -> Path:
    """Path of the shipped demo corpus (JSONL)."""
    return CORPUS


def iter_demo_records(path: Path | None = None) -> Iterator[dict[str, Any]]:
    """The corpus lines as dicts (blank lines skipped)."""
    with (path or CORPUS).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def iter_demo_articles(path: Path | None = None) -> Iterator[Article]:
    """The corpus as ``Article`` records (source key and name = outlet name; not yet enriched)."""
    for rec in iter_demo_records(path):
        yield Article(
            title=rec["title"], text=rec["text"], url=rec.get("url"),
            published=datetime.fromisoformat(rec["published"]) if rec.get("published") else None,
            source=rec.get("source"), source_name=rec.get("source"),
        )
