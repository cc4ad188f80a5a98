"""Persian-first text engine: normalization, segmentation, dates, provenance, quotes."""

from didban.text.normalize import fold

__all__ = ["fold"]
