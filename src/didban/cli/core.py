"""Core commands: init, search, stats, quarantine, serve, demo."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from didban.cli import app
from didban.cli.common import err, esc, print_json_line

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Store: a SQLite path or a database URL (default: $DIDBAN_DATABASE_URL or ./didban.db)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]


def open_store(db: str | None, *, must_exist: bool = False):  # noqa: ANN201 - Store, imported lazily
    """The store at ``db``; a store that cannot be opened ends the command with its reason (exit 2). With
    ``must_exist`` (commands that only read), a SQLite path with no file is refused instead of created empty."""
    from sqlalchemy.exc import SQLAlchemyError

    from didban.store import Store

    if must_exist and db and "://" not in db and not Path(db).is_file():
        err.print(f"[red]error:[/red] no store at {esc(db)} (`didban ingest FILE --db {esc(db)}` makes one)")
        raise typer.Exit(2)
    try:
        return Store.open(db)
    except SQLAlchemyError as e:
        reason = str(getattr(e, "orig", None) or e).splitlines()[0]
        err.print(f"[red]error:[/red] cannot open the store {esc(db or 'named by DIDBAN_DATABASE_URL')}: {esc(reason)}")
        raise typer.Exit(2) from None


@app.command()
def init(db: DbOpt = None) -> None:
    """Create (or upgrade) the store."""
    store = open_store(db)
    err.print(f"store ready: {store.engine.url.render_as_string(hide_password=True)}")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words to find in titles and texts, all of them; "a phrase", '
                                         "OR between two, -word to exclude (Persian letter forms, digits "
                                         "and ZWNJ folded).")],
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 20,
    json_out: JsonOpt = False,
) -> None:
    """Full-text search over the store."""
    store = open_store(db, must_exist=True)
    hits = store.search(query, limit=limit)
    if json_out:
        for a in hits:
            print_json_line({"id": a.id, "title": a.title, "url": a.url, "source": a.source_name,
                             "published": a.to_dict()["published"]})
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(hits)} result(s) for «{query}»")
    for col in ("id", "published", "source", "title"):
        table.add_column(col)
    for a in hits:
        table.add_row(a.id or "", a.published.date().isoformat() if a.published else "", a.source_name or "",
                      a.title)
    Console().print(table)


@app.command()
def stats(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Counts: articles, sources, quarantine, stories, date range."""
    store = open_store(db, must_exist=True)
    s = store.stats()
    if json_out:
        print_json_line(s)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="didban store", show_header=False)
    for k in ("database", "articles", "sources", "quarantined", "stories", "first_published", "last_published"):
        table.add_row(k, str(s[k]))
    table.add_row("languages", ", ".join(f"{k}: {v}" for k, v in s["by_lang"].items()))
    Console().print(table)


@app.command()
def quarantine(
    db: DbOpt = None, limit: Annotated[int, typer.Option("--limit", "-n")] = 50, json_out: JsonOpt = False
) -> None:
    """List rejected input items with their reasons."""
    store = open_store(db, must_exist=True)
    items = store.quarantined(limit)
    for r in items:
        if json_out:
            print_json_line(r.to_dict())
        else:
            typer.echo(f"{r.origin}\t{r.position}\t{r.reason}")


def _serve(store, host: str, port: int) -> None:  # noqa: ANN001
    import uvicorn

    from didban.web.app import create_app

    err.print(f"dashboard: http://{host}:{port}  (Ctrl-C to stop)")
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
) -> None:
    """Serve the dashboard and the REST API."""
    _serve(open_store(db), host, port)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Where to build the demo store.")] = "demo.db",
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    serve_: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the dashboard when built.")] = True,
    fresh: Annotated[bool, typer.Option("--fresh", help="Delete the demo store first.")] = False,
) -> None:
    """Build a store from the shipped demo corpus and serve the dashboard."""
    from didban.demo.build import build_demo

    if fresh and "://" not in db:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    store = open_store(db)
    report = build_demo(store, progress=True)
    err.print(
        f"demo store {db}: {report['articles']} articles ({report['added']} added), "
        f"{report['stories']} stories"
    )
    if serve_:
        _serve(store, host, port)


@app.command()
def enrich(
    db: DbOpt = None,
    stages: Annotated[str, typer.Option(help="Comma-separated stage names.")] = "text,entities,places",
    dask: Annotated[bool, typer.Option("--dask/--no-dask", help="Run partitions on a local Dask cluster.")] = False,
    workers: Annotated[int, typer.Option(help="Dask worker processes.")] = 2,
    partition_size: Annotated[int, typer.Option(help="Articles per partition.")] = 500,
    stories: Annotated[bool, typer.Option("--stories/--no-stories", help="Re-cluster stories afterwards.")] = True,
    json_out: JsonOpt = False,
) -> None:
    """Backfill: re-run the analysis stages over every stored article, then re-cluster stories."""
    from rich.progress import Progress

    from didban.pipeline import backfill

    store = open_store(db)
    total = store.count()
    with Progress(console=err, disable=json_out) as bar:
        task = bar.add_task("enriching", total=total)
        result = backfill(
            store, stages=[s.strip() for s in stages.split(",") if s.strip()], partition_size=partition_size,
            use_dask=dask, workers=workers, stories=stories,
            progress=lambda n: bar.update(task, completed=n),
        )
    if json_out:
        print_json_line(result)
    else:
        err.print(f"enriched {result['articles']} articles in {result['partitions']} partitions; "
                  f"{result['stories']} stories")
