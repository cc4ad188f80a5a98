"""Ingest commands: ingest, watch."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from didban.cli import app
from didban.cli.common import err, esc, time_zone
from didban.cli.core import DbOpt, JsonOpt, open_store

PrivateOpt = Annotated[
    bool, typer.Option("--allow-private", help="Allow fetching from private and loopback addresses.")
]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Source key for every ingested article.")]
EnrichOpt = Annotated[
    bool, typer.Option("--enrich/--no-enrich", help="Run the analysis pipeline on new articles as they arrive.")
]
DelayOpt = Annotated[float, typer.Option("--delay", help="Politeness delay between requests to one host (s).")]
WindowOpt = Annotated[float | None, typer.Option(
    "--window-days", help="Story window in days for the new articles (default 3; as `didban assign-stories`).")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Network timeout per request (s).")]
FullTextOpt = Annotated[
    bool, typer.Option("--full-text/--no-full-text", help="Fetch the linked page when a feed item is a summary.")
]


def _transform(store: Any, enrich: bool) -> Any:
    if not enrich:
        return None
    try:
        from didban.pipeline import enrich as enrich_fn
    except ImportError:
        err.print("[yellow]didban.pipeline not available: ingesting without enrichment[/]")
        return None
    from didban.ingest import enrich_transform

    seen: set[str] = set()

    def warn_once(message: str) -> None:
        if message not in seen:
            seen.add(message)
            err.print(f"[yellow]enrichment failed (articles are stored unenriched; `didban enrich` later): "
                      f"{esc(message)}[/]")

    return enrich_transform(store, enrich_fn, on_error=warn_once)


def _cluster(store: Any, quiet: bool, window_days: float | None = None) -> int:
    """Place newly arrived articles into stories, incrementally (enrichment on), then resolve the stored
    forecasts whose outcome month the new news has closed."""
    from didban.assess import resolve_from_store
    from didban.pipeline import assign_stories

    if not quiet:
        err.print("clustering stories …")
    n = assign_stories(store, window_days=window_days)
    resolved = resolve_from_store(store)
    if resolved and not quiet:
        err.print(f"resolved {resolved} stored forecasts")
    return n


def _summary(report: Any, json_out: bool, extra: dict[str, Any] | None = None) -> None:
    data = {"added": report.added, "duplicates": report.duplicates, "quarantined": report.quarantined,
            "read": report.read, "not_modified": report.not_modified, "errors": report.errors,
            "warned": report.warned, "warnings": report.warnings, **(extra or {})}
    if json_out:
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    err.print(
        f"[bold]added[/] {report.added}   [bold]duplicates[/] {report.duplicates}   "
        f"[bold]quarantined[/] {report.quarantined}   read {report.read}"
        + (f"   not modified {report.not_modified}" if report.not_modified else "")
    )
    for e in report.errors:
        err.print(f"[red]error[/] {esc(str(e))}")
    for w in report.warnings[:20]:  # kept, with a bad field
        err.print(f"[yellow]warning[/] {esc(w)}")
    if report.warned > 20:
        err.print(f"… {report.warned - 20} more warnings (`--json` lists the first {len(report.warnings)})")
    if report.quarantined:
        err.print("see `didban quarantine` for the rejected records and their reasons")


@app.command()
def ingest(
    targets: Annotated[list[str], typer.Argument(
        help="Files (JSON, JSONL, CSV, TXT, HTML, RSS/Atom, Telegram result.json, .gz), directories, "
             "feed URLs or OPML files.")],
    db: DbOpt = None,
    allow_private: PrivateOpt = False,
    source: SourceOpt = None,
    enrich: EnrichOpt = True,
    full_text: FullTextOpt = True,
    window_days: WindowOpt = None,
    telegram_username: Annotated[str | None, typer.Option(
        "--telegram-username", help="Channel username for t.me message links of a Telegram export.")] = None,
    max_file_mb: Annotated[float, typer.Option(help="Larger files go to the quarantine.")] = 200.0,
    tz: Annotated[str, typer.Option("--tz", help="Time zone of dates written without an offset.")] = "Asia/Tehran",
    delay: DelayOpt = 1.0,
    timeout: TimeoutOpt = 20.0,
    json_out: JsonOpt = False,
) -> None:
    """Ingest articles into the store (idempotent: ingesting the same input again adds nothing).

    Bad records never stop the run: they go to the quarantine with their position and reason.
    Exits with status 1 only when no article at all could be read."""
    import time

    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from didban.ingest import ingest as run_ingest
    from didban.ingest.files import Limits
    from didban.ingest.net import Fetcher

    zone = time_zone(tz)
    if window_days is not None and not window_days > 0:
        raise typer.BadParameter("the story window must be above 0 days", param_hint="--window-days")
    store = open_store(db)
    fetcher = Fetcher(allow_private=allow_private, delay=delay, timeout=timeout)
    limits = Limits(max_file_bytes=int(max_file_mb * 2**20), default_tz=zone)
    started = time.perf_counter()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} records"),
                  TimeElapsedColumn(), console=err, disable=json_out, transient=False) as bar:
        task = bar.add_task("ingest", total=None)

        def on_target(t: str) -> None:
            bar.update(task, description=t if len(t) < 60 else "…" + t[-59:])

        report = run_ingest(
            targets, store, source=source, allow_private=allow_private, full_text=full_text,
            transform=_transform(store, enrich), limits=limits, telegram_username=telegram_username,
            on_item=lambda _it: bar.advance(task), on_target=on_target, fetcher=fetcher,
        )
    fetcher.close()
    extra: dict[str, Any] = {}
    if enrich and report.added:
        extra["stories"] = _cluster(store, json_out, window_days)
    extra["seconds"] = round(time.perf_counter() - started, 3)
    _summary(report, json_out, extra)
    if report.added + report.duplicates + report.not_modified == 0:
        raise typer.Exit(1)


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(
        help="Feed URLs, OPML files, or text files with one 'URL [interval-seconds]' per line.")],
    db: DbOpt = None,
    interval: Annotated[float, typer.Option(help="Seconds between polls of a feed (default for every feed).")] = 900,
    max_backoff: Annotated[float, typer.Option(help="Longest wait after repeated failures (seconds).")] = 21600,
    rounds: Annotated[int | None, typer.Option(help="Stop after this many polls of each feed.")] = None,
    allow_private: PrivateOpt = False,
    enrich: EnrichOpt = True,
    full_text: FullTextOpt = True,
    window_days: WindowOpt = None,
    delay: DelayOpt = 1.0,
    timeout: TimeoutOpt = 20.0,
    json_out: JsonOpt = False,
) -> None:
    """Poll feeds continuously (conditional GET, per-feed interval, exponential backoff on errors).
    Stops cleanly on Ctrl-C / SIGTERM."""
    import signal
    import threading

    from didban.ingest.feeds import read_feed_list
    from didban.ingest.net import Refused, check_url
    from didban.ingest.watch import watch as run_watch

    store = open_store(db)
    feed_list: list[tuple[str, float | None]] = []
    for f in feeds:
        try:
            feed_list.extend(read_feed_list(f))
        except (OSError, ValueError) as e:
            err.print(f"[red]cannot read feed list {esc(str(f))}: {esc(str(e))}[/]")
    usable = []
    for url, iv in feed_list:  # a URL that can never be fetched is named once, not retried forever
        try:
            check_url(url, allow_private=True)  # its form only: addresses are checked at each fetch
        except Refused as e:
            err.print(f"[yellow]skipped {esc(repr(url))}: {esc(str(e))}[/]")
        else:
            usable.append((url, iv))
    feed_list = usable
    if not feed_list:
        err.print("[red]no feeds to watch[/]")
        raise typer.Exit(2)
    stop = threading.Event()

    def _stop(signum: int, _frame: Any) -> None:
        err.print(f"[yellow]{signal.Signals(signum).name}: finishing the current poll, then stopping[/]")
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)

    def on_poll(url: str, report: Any, error: str | None, next_in: float) -> None:
        if enrich and report is not None and report.added:
            _cluster(store, True, window_days)
        if json_out:
            typer.echo(json.dumps({"feed": url, "error": error, "next_in": round(next_in, 1),
                                   **(report.to_dict() if report else {})}, ensure_ascii=False))
        elif error:
            err.print(f"[red]{esc(url)}[/]: {esc(str(error))} (retry in {next_in:.0f} s)")
        else:
            err.print(f"{esc(url)}: +{report.added} new, {report.duplicates} known, "
                      f"{report.quarantined} quarantined{' (not modified)' if report.not_modified else ''}"
                      f"; next in {next_in:.0f} s")

    err.print(f"watching {len(feed_list)} feed(s); Ctrl-C to stop")
    total = run_watch(feed_list, store, interval=interval, max_backoff=max_backoff, stop=stop, rounds=rounds,
                      allow_private=allow_private, full_text=full_text, transform=_transform(store, enrich),
                      on_poll=on_poll, delay=delay, timeout=timeout)
    if not json_out:
        err.print(f"stopped: added {total.added}, duplicates {total.duplicates}, "
                  f"quarantined {total.quarantined}, errors {len(total.errors)}")
