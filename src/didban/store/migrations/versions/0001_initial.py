"""Initial schema: sources, articles (+ full-text index), quarantine, feed state,
stories, entities, mentions, events, forecasts.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False, server_default="other"),
        sa.Column("url", sa.String),
        sa.Column("lang", sa.String),
        sa.Column("created", TZ),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("url_key", sa.Text, unique=True),
        sa.Column("content_hash", sa.String, nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", TZ),
        sa.Column("fetched", TZ),
        sa.Column("ingested", TZ, nullable=False),
        sa.Column("source", sa.String, sa.ForeignKey("sources.key")),
        sa.Column("source_name", sa.String),
        sa.Column("lang", sa.String),
        sa.Column("meta", sa.JSON),
        sa.Column("provenance", sa.JSON),
        sa.Column("quotes", sa.JSON),
        sa.Column("mentions", sa.JSON),
        sa.Column("places", sa.JSON),
        sa.Column("main_place", sa.String),
        sa.Column("story_id", sa.String),
        sa.Column("duplicate_of", sa.String),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_story", "articles", ["story_id"])
    op.create_index("ix_articles_main_place", "articles", ["main_place"])
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("position", sa.String, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("raw", sa.Text),
        sa.Column("created", TZ, nullable=False),
        sa.UniqueConstraint("origin", "position", "reason", name="uq_quarantine_item"),
    )
    op.create_table(
        "feed_state",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_polled", TZ),
        sa.Column("last_status", sa.Integer),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_poll", TZ),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("first_seen", TZ),
        sa.Column("last_seen", TZ),
        sa.Column("size", sa.Integer, nullable=False, server_default="0"),
        sa.Column("origin_article", sa.String),
        sa.Column("independent_sources", sa.Integer, nullable=False, server_default="0"),
        sa.Column("graph", sa.JSON),
        sa.Column("updated", TZ),
    )
    op.create_table(
        "entities",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("name_en", sa.Text),
        sa.Column("country", sa.String),
        sa.Column("aliases", sa.JSON),
    )
    op.create_table(
        "entity_aliases",
        sa.Column("alias", sa.Text, primary_key=True),
        sa.Column("entity_id", sa.String, sa.ForeignKey("entities.id"), primary_key=True),
    )
    op.create_table(
        "mentions",
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("entity_id", sa.String),
    )
    op.create_index("ix_mentions_entity", "mentions", ["entity_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("article_id", sa.String),
        sa.Column("story_id", sa.String),
        sa.Column("category", sa.String, nullable=False),
        sa.Column("date", TZ),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("place", sa.String),
        sa.Column("mode", sa.String),
        sa.Column("dead", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("confidence", sa.Float),
    )
    op.create_index("ix_events_place_date", "events", ["place", "date"])
    op.create_table(
        "forecasts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("region", sa.String, nullable=False),
        sa.Column("month", sa.String, nullable=False),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("p", sa.Float, nullable=False),
        sa.Column("expected", sa.Float),
        sa.Column("as_of", sa.String),
        sa.Column("horizon", sa.Integer),
        sa.Column("model", sa.String),
        sa.Column("inputs", sa.Text),
        sa.Column("created", TZ, nullable=False),
        sa.Column("outcome", sa.Float),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_forecasts_region_month", "forecasts", ["region", "month"])

    # full-text search over the folded (matching) form of title and text
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "article_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE articles_search (article_id TEXT PRIMARY KEY REFERENCES articles(id), "
            "tsv tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_articles_search_tsv ON articles_search USING GIN (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    else:
        op.execute("DROP TABLE IF EXISTS articles_search")
    for name in ("forecasts", "events", "mentions", "entity_aliases", "entities", "stories",
                 "feed_state", "quarantine", "articles", "sources"):
        op.drop_table(name)
