"""Ingestion: files, feeds and Telegram exports into the store, as ``Article`` records.

Entry point: ``ingest(targets, store)`` (used by ``didban ingest``). Pieces:

- ``didban.ingest.files.read_path(path)``      -> Iterator[Article | Rejected]  (no store, no network)
- ``didban.ingest.telegram.read_export(path)`` -> Iterator[Article | Rejected]
- ``didban.ingest.feeds.fetch_feed(url, store)`` -> IngestReport  (conditional GET, full text)
- ``didban.ingest.watch.watch(feeds, store)``  continuous polling with backoff

Idempotent: the store de-duplicates on canonical URL and folded content, so ingesting the
same input twice adds nothing; it commits in batches, so a killed ingest keeps what it
committed and a rerun adds only the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from didban.records import Article, IngestReport, Rejected

Item = Article | Rejected
Transform = Callable[[Iterable[Item]], Iterable[Item]]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    buf: list[Item] = []
    for it in items:
        buf.append(it)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def enrich_transform(store: Any, enrich: Callable[[Iterable[Article]], Iterable[Article]],
                     chunk: int = 100, on_error: Callable[[str], None] | None = None) -> Transform:
    """A transform that runs ``enrich`` over new articles only (ids already in the store are
    passed through untouched) and keeps an article unenriched if enrichment fails on it."""
    from didban.store.identity import article_id, content_hash, url_key

    def run(items: Iterable[Item]) -> Iterator[Item]:
        for buf in _chunks(items, chunk):
            arts = [a for a in buf if isinstance(a, Article)]
            for a in arts:
                if not a.id:  # the id needs the (costly) content hash only when there is no URL
                    key = url_key(a.url)
                    a.id = article_id(key, "" if key else content_hash(a.title, a.text))
            known = store.existing_ids([a.id for a in arts if a.id]) if arts else set()
            out: list[Item] = []
            for it in buf:
                if isinstance(it, Article) and it.id not in known:
                    try:
                        it = next(iter(enrich([it])))
                    except Exception as e:  # noqa: BLE001 - a stage bug must not lose the article
                        _note_error(it, e, on_error)
                out.append(it)
            mentions = [m for it in out if isinstance(it, Article) and it.id not in known for m in it.mentions or ()]
            if mentions:
                from didban.entities.linking import link_entities

                try:
                    link_entities(store, mentions)
                except Exception as e:  # noqa: BLE001 - entity records are derived; the articles go on
                    if on_error is not None:
                        on_error(f"entity linking: {type(e).__name__}: {e}"[:300])
            yield from out

    return run


def _note_error(article: Article, e: Exception, on_error: Callable[[str], None] | None) -> None:
    article.meta["enrich_error"] = f"{type(e).__name__}: {e}"[:300]
    if on_error is not None:
        on_error(article.meta["enrich_error"])


def skip_known(items: Iterable[Item], store: Any, skipped: list[int], chunk: int = 500,
               on_item: Callable[[Item], None] | None = None) -> Iterator[Item]:
    """Drop articles whose URL is already stored (checked in chunks, before any folding or
    enrichment), counting them in ``skipped[0]``: a rerun over the same input stays cheap."""
    from didban.store.identity import article_id, url_key

    for buf in _chunks(items, chunk):
        ids = {}
        for it in buf:
            if isinstance(it, Article):
                key = url_key(it.url)
                if key:
                    ids[id(it)] = article_id(key, "")
        known = store.existing_ids(ids.values()) if ids else set()
        for it in buf:
            if ids.get(id(it)) in known:
                skipped[0] += 1
                if on_item is not None:
                    on_item(it)
                continue
            yield it


def _noting_warnings(items: Iterable[Item], report: IngestReport) -> Iterator[Item]:
    """``items`` unchanged; the bad fields of the articles among them (``meta["warnings"]``) noted in ``report``."""
    for it in items:
        if isinstance(it, Article) and it.meta and it.meta.get("warnings"):
            for w in it.meta["warnings"]:
                report.warn(f"{it.meta.get('origin')} {it.meta.get('position')}: {w}")
        yield it


def ingest(
    targets: Sequence[str | Path],
    store: Any,
    *,
    source: str | None = None,
    allow_private: bool = False,
    full_text: bool = True,
    transform: Transform | None = None,
    limits: Any = None,
    telegram_username: str | None = None,
    on_item: Callable[[Item], None] | None = None,
    on_target: Callable[[str], None] | None = None,
    batch_size: int = 200,
    fetcher: Any = None,
) -> IngestReport:
    """Ingest files, directories, feed URLs and OPML files into ``store``.

    Bad records go to the quarantine; a feed that cannot be fetched is noted in
    ``report.errors`` and the other targets still run. ``fetcher`` (a ``didban.ingest.net.Fetcher``)
    sets timeouts, size cap, redirect limit and politeness delay for URLs."""
    from didban.ingest.feeds import fetch_feed, is_url, read_opml
    from didban.ingest.files import DEFAULT_LIMITS, read_path
    from didban.ingest.net import Fetcher, FetchError
    from didban.ingest.telegram import read_export

    limits = limits or DEFAULT_LIMITS
    report = IngestReport()
    own_fetcher = fetcher is None
    try:
        for target in targets:
            t = str(target)
            if on_target:
                on_target(t)
            urls: list[str] = []
            if is_url(t):
                urls = [t]
            elif t.lower().endswith(".opml"):
                try:
                    urls = read_opml(t)
                except Exception as e:  # noqa: BLE001 - malformed XML of many kinds
                    report.merge(store.add_articles([Rejected(t, "file", f"unreadable OPML: {e}")]))
                    continue
            if urls:
                fetcher = fetcher or Fetcher(allow_private=allow_private)
                for u in urls:
                    try:
                        report.merge(fetch_feed(u, store, fetcher=fetcher, full_text=full_text, source=source,
                                                transform=transform, limits=limits, on_item=on_item))
                    except FetchError as e:
                        report.errors.append(f"{u}: {e}")
                continue
            p = Path(t)
            if telegram_username and (p.is_dir() and (p / "result.json").exists() or p.name == "result.json"):
                items: Iterable[Item] = read_export(p, source=source, username=telegram_username, limits=limits)
            else:
                items = read_path(p, source=source, limits=limits)
            skipped = [0]
            items = _noting_warnings(items, report)
            items = skip_known(items, store, skipped, on_item=on_item)
            if transform is not None:
                items = transform(items)
            report.merge(store.add_articles(items, batch_size=batch_size, on_item=on_item))
            report.duplicates += skipped[0]
            report.read += skipped[0]
    finally:
        if own_fetcher and fetcher is not None:
            fetcher.close()
    return report


__all__ = ["ingest", "enrich_transform", "IngestReport"]
