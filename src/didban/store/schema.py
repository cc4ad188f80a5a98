"""The store's tables (SQLAlchemy Core). Documented for users in docs/SCHEMA.md.

Changing a table means: edit it here, add an Alembic revision under
``store/migrations/versions`` and update docs/SCHEMA.md.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("key", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("kind", String, nullable=False, server_default="other"),
    Column("url", String),
    Column("lang", String),
    Column("created", DateTime(timezone=True)),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("url", Text),
    Column("url_key", Text, unique=True),
    Column("content_hash", String, nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("published", DateTime(timezone=True)),
    Column("fetched", DateTime(timezone=True)),
    Column("ingested", DateTime(timezone=True), nullable=False),
    Column("source", String, ForeignKey("sources.key")),
    Column("source_name", String),
    Column("lang", String),
    Column("meta", JSON),
    # enrichment, filled by later stages
    Column("provenance", JSON),
    Column("quotes", JSON),
    Column("mentions", JSON),
    Column("places", JSON),
    Column("main_place", String),
    Column("story_id", String),
    Column("duplicate_of", String),
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
    Index("ix_articles_story", "story_id"),
    Index("ix_articles_main_place", "main_place"),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("position", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("raw", Text),
    Column("created", DateTime(timezone=True), nullable=False),
    UniqueConstraint("origin", "position", "reason", name="uq_quarantine_item"),
)

feed_state = Table(
    "feed_state",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled", DateTime(timezone=True)),
    Column("last_status", Integer),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("next_poll", DateTime(timezone=True)),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String, primary_key=True),
    Column("title", Text),
    Column("first_seen", DateTime(timezone=True)),
    Column("last_seen", DateTime(timezone=True)),
    Column("size", Integer, nullable=False, server_default="0"),
    Column("origin_article", String),
    Column("independent_sources", Integer, nullable=False, server_default="0"),
    Column("graph", JSON),
    Column("updated", DateTime(timezone=True)),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("name_en", Text),
    Column("country", String),
    Column("aliases", JSON),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("alias", Text, primary_key=True),  # folded form
    Column("entity_id", String, ForeignKey("entities.id"), primary_key=True),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String, ForeignKey("articles.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("entity_id", String),
    Index("ix_mentions_entity", "entity_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String, primary_key=True),
    Column("article_id", String),
    Column("story_id", String),
    Column("category", String, nullable=False),
    Column("date", DateTime(timezone=True)),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("place", String),
    Column("mode", String),
    Column("dead", Integer),
    Column("injured", Integer),
    Column("confidence", Float),
    Index("ix_events_place_date", "place", "date"),
)

forecasts = Table(
    "forecasts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("region", String, nullable=False),
    Column("month", String, nullable=False),
    Column("target", String, nullable=False),
    Column("p", Float, nullable=False),
    Column("expected", Float),
    Column("as_of", String),
    Column("horizon", Integer),
    Column("model", String),
    Column("inputs", Text),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("outcome", Float),
    Column("resolved", Boolean, nullable=False, server_default=false()),
    Index("ix_forecasts_region_month", "region", "month"),
)
