"""Typed records shared by every stage.

One record type per concept, defined once here. Stages take records and return
records; none invents its own dict shape. Every record is a plain dataclass with
``to_dict`` for JSON output (``didban extract --json`` and the REST API).

Offsets (``start``/``end``) always point into the *display* text kept in the store
(``Article.text``), never into a normalized copy.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: JSON-ready dict of a dataclass record."""

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(self)


# --------------------------------------------------------------------------- ingest


@dataclass(slots=True)
class Source(Record):
    """An outlet, feed, file or Telegram channel that articles come from."""

    key: str  # stable key: feed URL, "file:<path>", "telegram:<channel id>", or an outlet name
    name: str
    kind: Literal["feed", "file", "telegram", "web", "field", "other"] = "other"
    url: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class Quote(Record):
    """A statement introduced by a speech verb."""

    speaker: str | None
    role: str | None
    cue: str  # the speech verb as written, e.g. «اظهار داشت», "said"
    text: str
    start: int  # offsets of the statement text in Article.text
    end: int


@dataclass(slots=True)
class Provenance(Record):
    """Where an article says it comes from: «به گزارش X به نقل از Y»."""

    outlet: str | None = None  # who publishes it
    unit: str | None = None  # desk or reporter phrase («خبرنگار سیاسی»)
    cited: list[str] = field(default_factory=list)  # ordered chain, nearest first
    origin: str | None = None  # earliest source in the chain, else the outlet


@dataclass(slots=True)
class Mention(Record):
    """An entity mention in an article (NER span, optionally linked)."""

    text: str
    type: str  # PER, ORG, LOC, FAC, EVE, DAT, TIM, MON, PCT
    start: int
    end: int
    canonical: str | None = None  # Entity.id when linked


@dataclass(slots=True)
class Entity(Record):
    """A canonical actor with its aliases (all spellings, titles, English names)."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    name_en: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2


@dataclass(slots=True)
class PlaceRef(Record):
    """A place an article mentions, resolved to the gazetteer."""

    id: str  # province id, "city:<geonameid>", or ISO alpha-2 country code
    kind: Literal["province", "city", "country"]
    name: str
    confidence: float = 1.0
    province: str | None = None  # province id for every Iranian city (and province itself)
    country: str | None = None


@dataclass(slots=True)
class Article(Record):
    """One distinct news item. ``text`` is the display text as ingested (cleaned, not folded)."""

    title: str
    text: str
    url: str | None = None
    published: datetime | None = None  # timezone-aware UTC
    source: str | None = None  # Source.key
    source_name: str | None = None
    lang: str | None = None
    id: str | None = None  # assigned by the store: stable hash of url or content
    fetched: datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # origin file/position, tags, category
    # enrichment (filled by later stages; None = not computed yet)
    provenance: Provenance | None = None
    quotes: list[Quote] | None = None
    mentions: list[Mention] | None = None
    places: list[PlaceRef] | None = None
    main_place: str | None = None
    story_id: str | None = None
    duplicate_of: str | None = None
    events: list[Event] | None = None  # PLOVER events (events stage)


@dataclass(slots=True)
class Rejected(Record):
    """An input item that could not become an Article; kept in the quarantine."""

    origin: str  # file path or URL
    position: str  # line number, record index, message id, byte offset ...
    reason: str
    raw: str | None = None  # (a bounded prefix of) the offending input


@dataclass(slots=True)
class IngestReport(Record):
    added: int = 0
    duplicates: int = 0
    quarantined: int = 0
    read: int = 0
    not_modified: int = 0
    errors: list[str] = field(default_factory=list)
    warned: int = 0  # warnings about articles kept with a bad field (an unreadable date, a title cut)
    warnings: list[str] = field(default_factory=list)  # the first WARNINGS_KEPT, "file position: reason"

    WARNINGS_KEPT = 100

    def warn(self, message: str) -> None:
        self.warned += 1
        if len(self.warnings) < self.WARNINGS_KEPT:
            self.warnings.append(message)

    def merge(self, other: IngestReport) -> IngestReport:
        self.added += other.added
        self.duplicates += other.duplicates
        self.quarantined += other.quarantined
        self.read += other.read
        self.not_modified += other.not_modified
        self.errors.extend(other.errors)
        self.warned += other.warned
        self.warnings.extend(other.warnings[:max(0, self.WARNINGS_KEPT - len(self.warnings))])
        return self


# --------------------------------------------------------------------------- stories


@dataclass(slots=True)
class Story(Record):
    id: str
    members: list[str]  # article ids, in arrival order
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    title: str | None = None  # representative title
    origin_article: str | None = None
    independent_sources: int = 0
    graph: list[tuple[str, str, str]] = field(default_factory=list)  # (from, to, "cites"|"copies")

    @property
    def size(self) -> int:
        return len(self.members)


# --------------------------------------------------------------------------- events


@dataclass(slots=True)
class Event(Record):
    """A PLOVER-coded event extracted from an article or story."""

    id: str
    category: str  # PLOVER event type, e.g. ASSAULT, PROTEST, COERCE
    article_id: str | None = None
    story_id: str | None = None
    date: datetime | None = None
    actor1: str | None = None
    actor2: str | None = None
    place: str | None = None  # province id / country code
    mode: str | None = None
    dead: int | None = None
    injured: int | None = None
    confidence: float = 1.0
    start: int | None = None  # trigger span in Article.text (not stored)
    end: int | None = None


# --------------------------------------------------------------------------- assessment


@dataclass(slots=True)
class Forecast(Record):
    """A probabilistic forecast for one region and target month."""

    region: str
    month: str  # YYYY-MM target period
    target: str  # e.g. "fatalities>=25"
    p: float
    expected: float | None = None
    as_of: str | None = None  # YYYY-MM: last period of data used
    horizon: int | None = None
    model: str | None = None  # model name and version
    inputs: str | None = None  # description / hash of inputs
    outcome: float | None = None  # filled when resolved
    resolved: bool = False
