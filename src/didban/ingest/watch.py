"""``didban watch``: poll feeds continuously.

Each feed has its own interval (the default, or the one given next to its URL in a feed list).
After a failure the next poll waits ``interval * 2**(failures-1)``, capped at ``max_backoff``;
a success resets it. State (ETag, Last-Modified, failures, next poll) lives in the store's
``feed_state`` table, so a restarted watcher resumes the schedule. ``stop`` (a
``threading.Event``; set by SIGINT/SIGTERM in the CLI) ends the loop between two polls;
a poll in progress finishes (its batch is committed) before the loop exits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from didban.records import IngestReport


def backoff_delay(interval: float, failures: int, max_backoff: float) -> float:
    if failures <= 0:
        return interval
    return min(interval * 2 ** (failures - 1), max_backoff)


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


def watch(
    feeds: Sequence[tuple[str, float | None]],
    store: Any,
    *,
    interval: float = 900.0,
    max_backoff: float = 6 * 3600.0,
    stop: threading.Event | None = None,
    rounds: int | None = None,
    allow_private: bool = False,
    full_text: bool = True,
    transform: Any = None,
    on_poll: Callable[[str, IngestReport | None, str | None, float], None] | None = None,
    delay: float = 1.0,
    timeout: float = 20.0,
) -> IngestReport:
    """Poll ``feeds`` ((url, interval or None) pairs) until ``stop`` is set (or for ``rounds``
    polls of every feed). Returns the total report."""
    from didban.ingest.feeds import fetch_feed
    from didban.ingest.net import Fetcher, FetchError

    stop = stop or threading.Event()
    total = IngestReport()
    polls: dict[str, int] = {u: 0 for u, _ in feeds}
    every = {u: (iv or interval) for u, iv in feeds}
    with Fetcher(allow_private=allow_private, delay=delay, timeout=timeout) as fetcher:
        while not stop.is_set():
            now = datetime.now(UTC)
            due: list[str] = []
            wake = now + timedelta(seconds=max(every.values(), default=interval))
            for url in every:
                if rounds is not None and polls[url] >= rounds:
                    continue
                st = store.feed_state(url) or {}
                nxt = _aware(st.get("next_poll"))
                if nxt is None or nxt <= now or (rounds is not None and polls[url] == 0):
                    due.append(url)
                else:
                    wake = min(wake, nxt)
            if rounds is not None and all(n >= rounds for n in polls.values()):
                break
            for url in due:
                if stop.is_set():
                    break
                report: IngestReport | None = None
                error: str | None = None
                try:
                    report = fetch_feed(url, store, fetcher=fetcher, full_text=full_text, transform=transform,
                                        should_stop=stop.is_set)
                    total.merge(report)
                except FetchError as e:
                    error = str(e)
                    total.errors.append(f"{url}: {e}")
                polls[url] += 1
                failures = int((store.feed_state(url) or {}).get("failures") or 0)
                delay = backoff_delay(every[url], failures, max_backoff)
                store.save_feed_state(url, next_poll=datetime.now(UTC) + timedelta(seconds=delay))
                if on_poll:
                    on_poll(url, report, error, delay)
            if due:
                continue  # recompute the schedule
            if rounds is not None and all(n >= rounds for n in polls.values()):
                break
            stop.wait(max(0.05, (wake - datetime.now(UTC)).total_seconds()))
    return total
