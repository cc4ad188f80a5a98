"""Small helpers shared by CLI modules."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape as esc  # user text (paths, values) inside rich markup

__all__ = ["err", "esc", "print_json_line"]

err = Console(stderr=True, soft_wrap=True)  # messages name files: never break a path


def print_json_line(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
