"""The ``didban`` command line: thin typer commands over the library.

Each area registers its commands on ``app`` from its own module, so areas can grow
without touching each other:

- ``core``    init, search, stats, quarantine, serve, demo
- ``ingest``  ingest, watch
- ``text``    extract
- ``ner``     ner, train ner
- ``stories`` cluster
- ``assess``  forecast, backtest

Modules import heavy libraries inside the command functions, to keep start-up fast.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="didban",
    help="didban (دیدبان): situational awareness and early warning from the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(help="Train the shipped models.", no_args_is_help=True)
app.add_typer(train_app, name="train")


def _register() -> None:
    from didban.cli import assess, core, ingest, ner, stories, text  # noqa: F401


def main() -> None:
    _register()
    app()
