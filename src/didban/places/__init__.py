"""didban.places: the place gazetteer (31 provinces, Iranian cities, countries) and resolution.

``resolve(text, mentions=None) -> (list[PlaceRef], main place id | None)``. The gazetteer is
built lazily, once per process.
"""

from __future__ import annotations

from didban.places.resolve import resolve

__all__ = ["resolve"]
