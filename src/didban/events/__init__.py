"""PLOVER event coding of news articles (Persian and English): categories, modes, actors, place,
date and casualty figures.

Integration entry points: :func:`code_events` (``Article -> list[Event]``) and
:func:`events_stage` (the ``events`` pipeline stage, ``Article -> Article``).
"""

from didban.events.coder import code_events, events_stage
from didban.events.lexicon import PLOVER_CATEGORIES
from didban.events.magnitude import casualties, parse_number

__all__ = ["PLOVER_CATEGORIES", "casualties", "code_events", "events_stage", "parse_number"]
