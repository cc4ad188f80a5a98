"""Build the demo store: ingest the shipped corpus through the full pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

CORPUS = Path(__file__).with_name("corpus.jsonl")


def build_demo(store: Any, *, progress: bool = False, corpus: Path = CORPUS) -> dict[str, int]:
    """Ingest the demo corpus into ``store`` (idempotent), enrich it and cluster stories."""
    from didban.ingest import enrich_transform
    from didban.ingest.files import read_path
    from didban.pipeline import assign_stories, enrich

    items: Any = list(read_path(corpus))
    if progress:
        from rich.progress import track

        items = track(items, total=len(items), description="enriching demo corpus")
    # new articles only are enriched; their actors are linked to entity records on the way in
    report = store.add_articles(enrich_transform(store, enrich)(items))
    n_stories = assign_stories(store)
    return {"added": report.added, "duplicates": report.duplicates, "quarantined": report.quarantined,
            "articles": store.count(), "stories": n_stories}
