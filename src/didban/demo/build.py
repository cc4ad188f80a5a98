"""Build the demo store: ingest the shipped corpus through the full pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

CORPUS = Path(__file__).with_name("corpus.jsonl")


def build_demo(store: Any, *, progress: bool = False, corpus: Path = CORPUS) -> dict[str, int]:
    """Ingest the demo corpus into ``store`` (idempotent), enrich it and cluster stories."""
    from didban.ingest.files import read_path
    from didban.pipeline import assign_stories, enrich
    from didban.records import Article

    items = list(read_path(corpus))
    articles = [a for a in items if isinstance(a, Article)]
    rejected = [r for r in items if not isinstance(r, Article)]
    if progress:
        from rich.progress import track

        stream = track(enrich(articles), total=len(articles), description="enriching demo corpus")
    else:
        stream = enrich(articles)
    report = store.add_articles([*stream, *rejected])
    n_stories = assign_stories(store)
    return {"added": report.added, "duplicates": report.duplicates, "quarantined": report.quarantined,
            "articles": store.count(), "stories": n_stories}
