"""Small helpers shared by CLI modules."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape as esc  # user text (paths, values) inside rich markup

__all__ = ["err", "esc", "json_line", "print_json_line"]

err = Console(stderr=True, soft_wrap=True)  # messages name files: never break a path


def json_line(obj: Any) -> str:
    """``obj`` as one line of JSON (UTF-8 text kept as is), lone surrogates of the input replaced."""
    from didban.ingest.files import no_surrogates

    return no_surrogates(json.dumps(obj, ensure_ascii=False, default=str)) + "\n"


def print_json_line(obj: Any) -> None:
    sys.stdout.write(json_line(obj))


def time_zone(name: str) -> Any:
    """The ``ZoneInfo`` of a ``--tz`` option; an unknown name is the option's error (exit 2)."""
    from zoneinfo import ZoneInfo

    import typer

    try:
        return ZoneInfo(name)
    except (KeyError, ValueError) as e:
        raise typer.BadParameter(f"unknown time zone {name!r}", param_hint="--tz") from e
