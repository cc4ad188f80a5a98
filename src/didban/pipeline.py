"""Composes the per-article stages, the way spaCy composes pipeline components.

A stage is a plain function ``Article -> Article`` that fills some enrichment fields
and returns the article; stages know nothing of the store, the web or the CLI.
``Pipeline`` runs named stages in order over one article or a stream; stateful,
whole-stream stages (story clustering) run after it over the store
(``assign_stories``).

Adding a stage: write the function in its own package, register it in ``STAGES``
below with the name of the stage it must run after, and add it to
``DEFAULT_STAGES`` if every ingest should run it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import import_module
from typing import Any

from didban.records import Article

Stage = Callable[[Article], Article]


def _entities(article: Article) -> Article:
    from didban.entities import extract_mentions

    speakers = [q.speaker for q in article.quotes or () if q.speaker]
    article.mentions = extract_mentions(article.text, lang=article.lang, speakers=speakers)
    return article


def _places(article: Article) -> Article:
    from didban.places import resolve

    # the title is evidence too: resolve over "title\ntext", with the mentions (offsets into
    # the text) shifted accordingly
    shift = len(article.title) + 1
    mentions = None
    if article.mentions is not None:
        mentions = [dataclasses.replace(m, start=m.start + shift, end=m.end + shift) for m in article.mentions]
    article.places, article.main_place = resolve(f"{article.title}\n{article.text}", mentions, article.lang)
    return article


# name -> stage, or "module:function" resolved lazily so importing the pipeline stays cheap
STAGES: dict[str, Stage | str] = {
    "text": "didban.text:analyze",
    "entities": _entities,
    "places": _places,
    "events": "didban.events:events_stage",  # PLOVER events; after "places" (uses mentions, places, quotes)
}
DEFAULT_STAGES: tuple[str, ...] = ("text", "entities", "places", "events")


def get_stage(name: str) -> Stage:
    try:
        target = STAGES[name]
    except KeyError:
        raise ValueError(f"unknown stage {name!r}; known: {', '.join(STAGES)}") from None
    if callable(target):
        return target
    module, func = target.split(":")
    return getattr(import_module(module), func)


class Pipeline:
    """An ordered list of named stages. ``Pipeline()(article)`` runs them all."""

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES):
        self.names = list(stages)
        self.stages = [get_stage(n) for n in self.names]

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            article = stage(article)
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for a in articles:
            yield self(a)


_default: Pipeline | None = None


def enrich(articles: Iterable[Article]) -> Iterator[Article]:
    """Run the default stages over a stream of articles (lazily)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.pipe(articles)


_LIVE: dict[str, tuple[tuple[str, float | None], tuple[int, str], object]] = {}  # see assign_stories


def _with_events(store, articles: list[Article], loaded: list[Article]) -> list[Article]:  # noqa: ANN001 - Store
    """``articles`` with their stored events (a story's casualty figures match reports across languages); the
    articles given events are added to ``loaded`` (their events are taken off again before they are written
    back, so ``update_articles`` does not rewrite event rows)."""
    todo = [a for a in articles if a.events is None and a.id]
    if todo:
        events = store.events_of_articles([a.id for a in todo if a.id])
        for a in todo:
            a.events = events.get(a.id or "", [])
        loaded.extend(todo)
    return articles


def _unload_events(loaded: list[Article]) -> None:
    for a in loaded:
        a.events = None


def assign_stories(
    store,  # noqa: ANN001 - Store, imported lazily
    *,
    window_days: float | None = None,
    full: bool = False,
    reuse: bool = True,
) -> int:
    """Place the articles that have no story yet, incrementally (no full recompute), and return
    the number of stored stories. The new articles are added in publication order to a
    :class:`~didban.stories.StoryClusterer` holding the stories still open in the window: each
    joins one of them or opens a new one (copies link to their original); only the touched
    stories and the new articles are written, existing story ids never change.

    Where the open stories come from: with ``reuse``, the clusterer this process left after its
    last call on the same store (a watch loop: only the new articles are processed) when no one
    else has written stories since; otherwise they are restored from the store (stories whose
    last report is within ``window_days`` before the earliest new article, or undated), word
    weights counted on those and the new articles. ``full`` (and a store with no stories yet) is
    the batch backfill: every article re-clustered, word weights fitted on the whole store,
    stored stories replaced."""
    from datetime import UTC, timedelta

    from didban.stories import StoryClusterer, cluster_articles, processing_order

    key = (str(store.engine.url), window_days)
    loaded: list[Article] = []
    new = [] if full else _with_events(store, list(store.articles_without_story()), loaded)
    if not full and not new:
        return store.story_count()
    seeds: list[Article] = []  # restored reports of the stories still open (none with a kept clusterer)
    live = _LIVE.pop("state", None)
    if reuse and not full and live is not None and live[0] == key and live[1] == store.stories_fingerprint() \
            and not _late(new, live[2]):
        clusterer = live[2]
        assert isinstance(clusterer, StoryClusterer)
    else:
        clusterer = StoryClusterer() if window_days is None else StoryClusterer(window_days=window_days)
        if full or not store.story_count():
            articles = _with_events(store, list(store.iter_articles()), loaded)
            _attributed(articles)
            placed = cluster_articles(articles, clusterer)
            stories = clusterer.stories()
            # a story keeps the id it had (links and bookmarks to it stay good): each new story takes the old id
            # most of its reports had, largest stories first, each old id once
            rename = _kept_ids(stories, {a.id: a.story_id for a in articles if a.id and a.story_id})
            for st in stories:
                st.id = rename.get(st.id, st.id)
            changed: list[Article] = []
            for a, (story_id, duplicate_of) in zip(articles, placed, strict=True):
                story_id = rename.get(story_id, story_id)
                if a.story_id != story_id or a.duplicate_of != duplicate_of:
                    a.story_id, a.duplicate_of = story_id, duplicate_of
                    changed.append(a)
            _unload_events(loaded)
            store.update_articles(changed)
            store.save_stories(stories, replace=True)
            if not any(k != v for k, v in rename.items()):  # (a renamed clusterer would not match the store)
                _keep(clusterer, key, store, reuse)
            return len(stories)
        dates = [a.published if a.published.tzinfo else a.published.replace(tzinfo=UTC) for a in new if a.published]
        since = min(dates) - timedelta(seconds=clusterer.window) if len(dates) == len(new) else None
        seeds = _with_events(store, store.story_articles(store.open_story_ids(since)), loaded)
        clusterer.fit_df([*seeds, *new])
    # no story leaves the window while this batch is placed: a late article (older than reports restored from
    # later days) meets the stories open at its own date, as a backfill would place it, not only those the
    # newest report in the store leaves open
    touched: set[str] = set()
    by_key: dict[str, Article] = {}
    _attributed(seeds)
    _attributed(new)
    clusterer.hold = True
    for i in processing_order(seeds):
        clusterer.seed(seeds[i], seeds[i].story_id, seeds[i].duplicate_of)
        by_key[str(clusterer.last_key)] = seeds[i]
    for i in processing_order(new):
        a = new[i]
        a.story_id, a.duplicate_of = clusterer.add(a)
        touched.add(a.story_id)
        by_key[str(clusterer.last_key)] = a
    clusterer.hold = False
    changed, ids = list(new), {id(a) for a in new}
    # reports placed as originals that a later arrival turned out to be the original of: they are its copies
    repointed = clusterer.drain_repointed()
    missing = [k for k in repointed if k not in by_key]
    by_key.update({a.id: a for a in store.get_many(missing) if a.id} if missing else {})
    for k, original in repointed.items():
        a = by_key.get(k)
        if a is not None and a.duplicate_of != original:
            a.duplicate_of = original
            if id(a) not in ids:
                changed.append(a)
                ids.add(id(a))
    _unload_events(loaded)
    store.update_articles(changed)
    store.save_stories([s for s in clusterer.stories() if s.id in touched])
    _keep(clusterer, key, store, reuse)
    return store.story_count()


def _attributed(articles: Sequence[Article]) -> None:
    """Articles stored without enrichment (``ingest --no-enrich``) get the attribution of their lead, which the
    story records read (origin, independent sources); it is written back with their story."""
    from didban.text.provenance import extract_provenance

    for a in articles:
        if a.provenance is None and a.text:
            a.provenance = extract_provenance(a.text[:2000], a.title or "", a.url, a.source_name,
                                              lang="ar" if a.lang == "ar" else None)


def _kept_ids(stories: Sequence[Any], old: dict[str, str]) -> dict[str, str]:
    """New story id -> the id to store it under: the old story id most of its reports had (largest stories
    first, each old id given once), else its own, unless an old id given to another story took it."""
    from collections import Counter

    out: dict[str, str] = {}
    used: set[str] = set()
    for st in sorted(stories, key=lambda s: -len(s.members)):
        votes = Counter(old[m] for m in st.members if m in old)
        for sid, _ in votes.most_common():
            if sid not in used:
                out[st.id] = sid
                used.add(sid)
                break
    for st in stories:
        if st.id not in out:
            sid, k = st.id, 1
            while sid in used:
                k += 1
                sid = f"{st.id}#{k}"
            out[st.id] = sid
            used.add(sid)
    return out


def _late(new: Sequence[Article], clusterer: object) -> bool:
    """Whether some new article is older than the window a kept clusterer still holds (its stories of that date
    may have been retired): then the open stories are restored from the store instead."""
    from datetime import UTC

    clock, window = getattr(clusterer, "clock", None), getattr(clusterer, "window", 0.0)
    if clock is None:
        return False
    return any(a.published is not None
               and (a.published if a.published.tzinfo else a.published.replace(tzinfo=UTC)).timestamp()
               < clock - window / 2 for a in new)


def _keep(clusterer: object, key: tuple[str, float | None], store, reuse: bool) -> None:  # noqa: ANN001
    """Keep one clusterer (the last store's) for the next assign_stories call of this process."""
    if reuse:
        clusterer.drain_closed()  # type: ignore[attr-defined]  # their records are written already
        clusterer.df.frozen = False  # type: ignore[attr-defined]  # word weights keep counting new articles
        _LIVE["state"] = (key, store.stories_fingerprint(), clusterer)


def _enrich_partition(articles: list[Article], stages: Sequence[str]) -> list[Article]:
    pipeline = Pipeline(stages)
    return [pipeline(a) for a in articles]


def backfill(
    store,  # noqa: ANN001 - Store
    *,
    stages: Sequence[str] = DEFAULT_STAGES,
    partition_size: int = 500,
    use_dask: bool = False,
    workers: int = 2,
    stories: bool = True,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Re-run the per-article stages over every stored article (after a model or rule
    change, or for articles ingested with ``--no-enrich``), write the results back, then
    re-cluster stories. With ``use_dask`` the partitions run on a local Dask cluster of
    ``workers`` processes; the store is written only from this process."""
    partitions: list[list[Article]] = []
    current: list[Article] = []
    for a in store.iter_articles():
        current.append(a)
        if len(current) >= partition_size:
            partitions.append(current)
            current = []
    if current:
        partitions.append(current)
    done = 0

    def write(part: list[Article]) -> int:
        mentions = [m for a in part for m in a.mentions or ()]
        if mentions:
            from didban.entities.linking import link_entities

            link_entities(store, mentions)  # entity records first: the mention rows point at them
        return store.update_articles(part)

    if use_dask and partitions:
        from dask.distributed import Client, LocalCluster, as_completed

        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            futures = [client.submit(_enrich_partition, p, list(stages), pure=False) for p in partitions]
            for fut in as_completed(futures):
                done += write(fut.result())
                if progress:
                    progress(done)
    else:
        for p in partitions:
            done += write(_enrich_partition(p, stages))
            if progress:
                progress(done)
    n_stories = assign_stories(store, full=True) if stories else 0
    return {"articles": done, "partitions": len(partitions), "stories": n_stories}
