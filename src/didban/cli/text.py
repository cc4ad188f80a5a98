"""CLI commands for the text area (registered on didban.cli.app)."""

from __future__ import annotations

from didban.cli import app  # noqa: F401
