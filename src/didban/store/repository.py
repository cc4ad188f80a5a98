"""The store: the one narrow interface every stage, the CLI and the web layer use.

Only this package knows SQL. SQLite (WAL) at ``./didban.db`` by default; PostgreSQL
when ``DIDBAN_DATABASE_URL`` (or the ``url`` argument) says so. The schema is
created and upgraded with Alembic on open.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    column,
    create_engine,
    delete,
    event,
    false,
    func,
    insert,
    select,
    table,
    text,
    update,
)
from sqlalchemy.engine import Connection

from didban.records import (
    Article,
    Entity,
    Event,
    IngestReport,
    Mention,
    PlaceRef,
    Provenance,
    Quote,
    Rejected,
    Source,
    Story,
)
from didban.store import schema as t
from didban.store.identity import article_id, folded_content_hash, url_key
from didban.text.normalize import fold

DEFAULT_URL = "sqlite:///didban.db"
RAW_LIMIT = 4000  # characters of an offending input kept in the quarantine


def database_url(url: str | None = None) -> str:
    return url or os.environ.get("DIDBAN_DATABASE_URL") or DEFAULT_URL


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD_CHARS = re.compile(r"\w+")


def parse_query(query: str) -> list[tuple[str, str]]:
    """A search box's query as ``(op, phrase)`` parts, web-search style: words and «"quoted phrases"» must
    all match (``and``), ``OR`` between two parts lets either match (``or``), a leading ``-`` excludes
    (``not``). Each phrase is folded (ي/ك, digits, ZWNJ, case) to its words joined by one space; a word
    that folds to several (ZWNJ, «a:b») is a phrase of them. Parts with no word are dropped."""
    parts: list[tuple[str, str]] = []
    pending_or = False
    for m in _QUERY_PART.finditer(query):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR":
            pending_or = bool(parts) and parts[-1][0] != "not"
            continue
        if quoted is None:
            neg, quoted = ("-", bare[1:]) if bare.startswith("-") and len(bare) > 1 else ("", bare)
        words = _WORD_CHARS.findall(fold(quoted))
        if not words:
            continue
        op = "not" if neg else ("or" if pending_or else "and")
        parts.append((op, " ".join(words)))
        pending_or = False
    return parts


def _expression(parts: list[tuple[str, str]], item: Callable[[str], str], and_: str, or_: str, not_: str) -> str:
    """``parts`` (:func:`parse_query`) as one boolean expression: each phrase through ``item``, the wanted ones
    joined by ``and_`` / ``or_``, then each excluded one appended as ``(...) not_ item``; "" when nothing is
    wanted. AND binds tighter than OR in both engines' syntax."""
    expr = ""
    for op, phrase in parts:
        if op == "and":
            expr = f"{expr}{and_}{item(phrase)}" if expr else item(phrase)
        elif op == "or":
            expr = f"{expr}{or_}{item(phrase)}"
    if not expr:
        return ""
    for op, phrase in parts:
        if op == "not":
            expr = f"({expr}){not_}{item(phrase)}"
    return expr


def fts_query(query: str) -> str:
    """FTS5 MATCH expression for a user query (:func:`parse_query`): each phrase quoted, implicit AND,
    ``OR``, and the excluded phrases after ``NOT``; "" when nothing is left to look for."""
    return _expression(parse_query(query), lambda p: f'"{p}"', " ", " OR ", " NOT ")


def pg_tsquery(query: str) -> str:
    """The same query as a PostgreSQL ``to_tsquery`` expression (phrases ``a <-> b``, ``&``, ``|``, and
    ``& !`` for each excluded phrase)."""
    return _expression(parse_query(query), lambda p: "(" + " <-> ".join(p.split()) + ")", " & ", " | ", " & !")


class Store:
    """Durable, de-duplicated, searchable article store."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.dialect = engine.dialect.name
        self._lock = threading.Lock()
        self._insert_stmts: dict[tuple[str, tuple[str, ...]], Any] = {}

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def open(cls, url: str | Path | None = None, *, migrate: bool = True) -> Store:
        if isinstance(url, Path):
            url = f"sqlite:///{url}"
        elif url and "://" not in url:  # a bare path
            url = f"sqlite:///{url}"
        url = database_url(url)
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.close()
        else:
            engine = create_engine(url, pool_pre_ping=True)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sources
    def upsert_source(self, source: Source, conn: Connection | None = None) -> None:
        def _do(c: Connection) -> None:
            exists = c.execute(select(t.sources.c.key).where(t.sources.c.key == source.key)).first()
            if exists is None:
                c.execute(
                    insert(t.sources).values(
                        key=source.key, name=source.name, kind=source.kind, url=source.url,
                        lang=source.lang, created=_now(),
                    )
                )

        if conn is not None:
            _do(conn)
        else:
            with self.engine.begin() as c:
                _do(c)

    def sources(self) -> list[Source]:
        with self.engine.connect() as c:
            rows = c.execute(select(t.sources).order_by(t.sources.c.name)).mappings().all()
        return [Source(key=r["key"], name=r["name"], kind=r["kind"], url=r["url"], lang=r["lang"]) for r in rows]

    # ------------------------------------------------------------------ articles
    def _insert_ignore(self, conn: Connection, table: Any, values: dict[str, Any]) -> bool:
        """INSERT ... ON CONFLICT DO NOTHING; True when a row was inserted.
        (RETURNING, because DBAPI rowcounts differ between drivers.)"""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        # one statement per (table, columns), values bound as parameters: SQLAlchemy then reuses the
        # compiled form instead of building and cache-keying a new statement per row (ingest speed)
        ck = (table.name, tuple(values))
        stmt = self._insert_stmts.get(ck)
        if stmt is None:
            key = next(iter(table.primary_key.columns))
            stmt = dialect_insert(table).on_conflict_do_nothing().returning(key)
            self._insert_stmts[ck] = stmt
        return conn.execute(stmt, values).first() is not None

    def add_articles(
        self,
        articles: Iterable[Article | Rejected],
        *,
        batch_size: int = 200,
        sources: Iterable[Source] = (),
        on_item: Any = None,
    ) -> IngestReport:
        """Insert articles and quarantine rejected items; commits every ``batch_size`` items,
        so a killed ingest keeps what it committed and a rerun adds only the rest.

        Articles get their ``id`` assigned in place. Duplicates (same canonical URL or
        same folded content) are counted, not inserted."""
        report = IngestReport()
        known_sources: set[str] = set()
        for s in sources:
            self.upsert_source(s)
            known_sources.add(s.key)
        batch: list[Article | Rejected] = []

        def flush() -> None:
            if not batch:
                return
            with self._lock, self.engine.begin() as conn:
                for item in batch:
                    if isinstance(item, Rejected):
                        report.quarantined += self._quarantine(conn, item)
                        continue
                    if item.source and item.source not in known_sources:
                        self.upsert_source(_source_of(item), conn)
                        known_sources.add(item.source)
                    if self._insert_article(conn, item):
                        report.added += 1
                    else:
                        report.duplicates += 1
            batch.clear()

        for item in articles:
            report.read += 1
            batch.append(item)
            if on_item is not None:
                on_item(item)
            if len(batch) >= batch_size:
                flush()
        flush()
        return report

    def _insert_article(self, conn: Connection, a: Article) -> bool:
        key = url_key(a.url)
        title_f, body_f = fold(a.title), fold(a.text)  # folded once: for the hash and the search index
        chash = folded_content_hash(title_f, body_f)
        a.id = a.id or article_id(key, chash)
        values = {
            "id": a.id,
            "url": a.url,
            "url_key": key,
            "content_hash": chash,
            "title": a.title,
            "text": a.text,
            "published": _utc(a.published),
            "fetched": _utc(a.fetched),
            "ingested": _now(),
            "source": a.source,
            "source_name": a.source_name,
            "lang": a.lang,
            "meta": a.meta or None,
            **_enrichment_values(a),
        }
        if not self._insert_ignore(conn, t.articles, values):
            self._fill_from_copy(conn, chash, a.published, a.url, key)
            return False
        if a.mentions:
            self._write_mentions(conn, a.id, a.mentions)
        if a.events:
            self._write_events(conn, a.id, a.events)
        if self.dialect == "sqlite":
            conn.execute(
                text("INSERT INTO articles_fts(article_id, title, body) VALUES (:i, :t, :b)"),
                {"i": a.id, "t": title_f, "b": body_f},
            )
        else:
            conn.execute(
                text(
                    "INSERT INTO articles_search(article_id, tsv) VALUES "
                    "(:i, setweight(to_tsvector('simple', :t), 'A') || to_tsvector('simple', :b))"
                ),
                {"i": a.id, "t": title_f, "b": body_f},
            )
        return True

    def _fill_from_copy(self, conn: Connection, chash: str, published: datetime | None, url: str | None,
                        key: str | None) -> None:
        """A duplicate (the same folded content) that knows what the stored article does not: its date, its
        address. The stored one takes them (the first copy read may be an undated text file)."""
        a = t.articles.c
        if published is not None:
            conn.execute(update(t.articles).where(a.content_hash == chash, a.published.is_(None))
                         .values(published=_utc(published)))
        if url and key:
            taken = conn.execute(select(a.id).where(a.url_key == key)).first()
            if taken is None:
                conn.execute(update(t.articles).where(a.content_hash == chash, a.url.is_(None))
                             .values(url=url, url_key=key))

    def _quarantine(self, conn: Connection, r: Rejected) -> int:
        raw = r.raw[:RAW_LIMIT] if r.raw else None
        if raw:
            raw = raw.replace("\x00", "")
        values = {
            "origin": r.origin, "position": str(r.position), "reason": r.reason.replace("\x00", ""),
            "raw": raw, "created": _now(),
        }
        return int(self._insert_ignore(conn, t.quarantine, values))

    def add_rejected(self, items: Iterable[Rejected]) -> int:
        with self._lock, self.engine.begin() as conn:
            return sum(self._quarantine(conn, r) for r in items)

    def update_article(self, a: Article) -> None:
        """Write an article's enrichment fields (provenance, quotes, mentions, places, story)."""
        assert a.id, "article without id"
        self.update_articles([a])

    def update_articles(self, items: Iterable[Article]) -> int:
        """Write the enrichment fields of many articles in one transaction (mention rows follow)."""
        n = 0
        with self._lock, self.engine.begin() as conn:
            for a in items:
                conn.execute(
                    update(t.articles).where(t.articles.c.id == a.id).values(
                        lang=a.lang, published=_utc(a.published), **_enrichment_values(a)
                    )
                )
                if a.mentions is not None and a.id:
                    self._write_mentions(conn, a.id, a.mentions)
                if a.events is not None and a.id:
                    self._write_events(conn, a.id, a.events)
                n += 1
        return n

    def get(self, article_id_: str) -> Article | None:
        with self.engine.connect() as c:
            row = c.execute(select(t.articles).where(t.articles.c.id == article_id_)).mappings().first()
        return _row_to_article(row) if row else None

    def latest(
        self, limit: int = 50, offset: int = 0, *, place: str | None = None, entity: str | None = None
    ) -> list[Article]:
        """Newest first; ``place`` keeps articles with that main place, ``entity`` those mentioning
        that canonical entity (``Mention.canonical``)."""
        q = select(t.articles).where(*_article_filters(place, entity))
        q = q.order_by(t.articles.c.published.desc().nulls_last(), t.articles.c.ingested.desc())
        with self.engine.connect() as c:
            rows = c.execute(q.limit(limit).offset(offset)).mappings().all()
        return [_row_to_article(r) for r in rows]

    def iter_articles(self, batch: int = 1000, *, without_story: bool = False) -> Iterator[Article]:
        """Every stored article by id, read ``batch`` rows at a time (keyset paging); with
        ``without_story`` only those not assigned to a story yet."""
        a = t.articles.c
        last = ""
        while True:
            q = select(t.articles).where(a.id > last)
            if without_story:
                q = q.where(a.story_id.is_(None))
            with self.engine.connect() as c:
                rows = c.execute(q.order_by(a.id).limit(batch)).mappings().all()
            if not rows:
                return
            for r in rows:
                yield _row_to_article(r)
            last = rows[-1]["id"]

    def count(self) -> int:
        with self.engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(t.articles)).scalar_one())

    def search(
        self, query: str, limit: int = 20, offset: int = 0, *, place: str | None = None, entity: str | None = None
    ) -> list[Article]:
        """Full-text search over title and text, both sides folded the same way; ``place`` and
        ``entity`` filter as in :meth:`latest`, before ranking and paging."""
        if self.dialect == "sqlite":
            q = fts_query(query)
            index = table("articles_fts", column("article_id"))
            match, rank = "articles_fts MATCH :q", "bm25(articles_fts, 0.0, 5.0, 1.0)"
        else:
            q = pg_tsquery(query)
            index = table("articles_search", column("article_id"))
            match, rank = "tsv @@ to_tsquery('simple', :q)", "ts_rank(tsv, to_tsquery('simple', :q)) DESC"
        if not q:
            return []
        stmt = select(index.c.article_id).where(text(match))
        filters = _article_filters(place, entity)
        if filters:
            stmt = stmt.where(index.c.article_id.in_(select(t.articles.c.id).where(*filters)))
        stmt = stmt.order_by(text(rank)).limit(limit).offset(offset)
        with self.engine.connect() as c:
            ids = [r[0] for r in c.execute(stmt, {"q": q})]
            if not ids:
                return []
            rows = c.execute(select(t.articles).where(t.articles.c.id.in_(ids))).mappings().all()
        by_id = {r["id"]: _row_to_article(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    # ------------------------------------------------------------------ quarantine
    def quarantined(self, limit: int = 100) -> list[Rejected]:
        with self.engine.connect() as c:
            rows = c.execute(select(t.quarantine).order_by(t.quarantine.c.id).limit(limit)).mappings().all()
        return [Rejected(origin=r["origin"], position=r["position"], reason=r["reason"], raw=r["raw"]) for r in rows]

    # ------------------------------------------------------------------ feeds
    def feed_state(self, url: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(select(t.feed_state).where(t.feed_state.c.url == url)).mappings().first()
        return dict(row) if row else None

    def save_feed_state(self, url: str, **values: Any) -> None:
        with self._lock, self.engine.begin() as c:
            exists = c.execute(select(t.feed_state.c.url).where(t.feed_state.c.url == url)).first()
            if exists:
                c.execute(update(t.feed_state).where(t.feed_state.c.url == url).values(**values))
            else:
                c.execute(insert(t.feed_state).values(url=url, **values))

    # ------------------------------------------------------------------ ingest helpers (ingest area)
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored (lets ingest skip fetching/enriching known articles)."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self.engine.connect() as c:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                found.update(r[0] for r in c.execute(select(t.articles.c.id).where(t.articles.c.id.in_(chunk))))
        return found

    # ------------------------------------------------------------------ entities (entities area)
    def upsert_entity(self, entity: Entity, alias_keys: Iterable[str] = ()) -> None:
        """Insert or merge a canonical entity: aliases are united, ``alias_keys`` (matching keys) indexed."""
        with self._lock, self.engine.begin() as c:
            row = c.execute(select(t.entities).where(t.entities.c.id == entity.id)).mappings().first()
            if row is None:
                c.execute(insert(t.entities).values(
                    id=entity.id, name=entity.name, type=entity.type, name_en=entity.name_en,
                    country=entity.country, aliases=list(entity.aliases)))
            else:
                merged = list(row["aliases"] or [])
                merged += [a for a in entity.aliases if a not in merged and a != row["name"]]
                c.execute(update(t.entities).where(t.entities.c.id == entity.id).values(
                    aliases=merged, name_en=row["name_en"] or entity.name_en,
                    country=row["country"] or entity.country))
            for k in dict.fromkeys(fold(a) for a in alias_keys):
                if k:
                    self._insert_ignore(c, t.entity_aliases, {"alias": k, "entity_id": entity.id})

    def add_entity_alias(self, entity_id: str, alias: str, alias_key: str | None = None) -> bool:
        """Merge a new spelling into an entity. False when the entity is unknown."""
        e = self.entity(entity_id)
        if e is None:
            return False
        e.aliases = [alias] if alias != e.name else []
        self.upsert_entity(e, [alias_key or alias])
        return True

    def entity(self, entity_id: str) -> Entity | None:
        with self.engine.connect() as c:
            r = c.execute(select(t.entities).where(t.entities.c.id == entity_id)).mappings().first()
        return _row_to_entity(r) if r else None

    def entity_by_alias(self, alias_key: str) -> Entity | None:
        """The entity whose alias key (folded) is ``alias_key``."""
        with self.engine.connect() as c:
            r = c.execute(
                select(t.entities).join(t.entity_aliases, t.entity_aliases.c.entity_id == t.entities.c.id)
                .where(t.entity_aliases.c.alias == fold(alias_key))
            ).mappings().first()
        return _row_to_entity(r) if r else None

    def save_mentions(self, article_id_: str, mentions: Sequence[Mention]) -> int:
        """Replace the mention rows of one article (for actor filters); returns the rows written."""
        with self._lock, self.engine.begin() as c:
            return self._write_mentions(c, article_id_, mentions)

    @staticmethod
    def _write_mentions(conn: Connection, article_id_: str, mentions: Sequence[Mention]) -> int:
        """The ``mentions`` rows mirror ``Article.mentions`` (one row per span), for actor filters."""
        conn.execute(t.mentions.delete().where(t.mentions.c.article_id == article_id_))
        rows: dict[tuple[int, int], dict[str, Any]] = {}
        for m in mentions:
            rows.setdefault((m.start, m.end), {"article_id": article_id_, "start": m.start, "end": m.end,
                                               "text": m.text, "type": m.type, "entity_id": m.canonical})
        if rows:
            conn.execute(insert(t.mentions), list(rows.values()))
        return len(rows)

    def articles_mentioning(self, entity_id: str, limit: int = 50) -> list[str]:
        """Ids of articles with a mention linked to ``entity_id``."""
        with self.engine.connect() as c:
            rows = c.execute(
                select(t.mentions.c.article_id).where(t.mentions.c.entity_id == entity_id)
                .group_by(t.mentions.c.article_id).limit(limit)
            )
            return [r[0] for r in rows]

    def entity_counts(
        self, limit: int = 50, *, since: datetime | None = None, types: Sequence[str] = ()
    ) -> list[dict[str, Any]]:
        """Actors by the number of articles mentioning them (most first): id, name, English name,
        type and ``articles``; the name is the canonical record's when stored, else one of the
        actor's surface forms."""
        m, e, a = t.mentions, t.entities, t.articles
        n = func.count(func.distinct(m.c.article_id)).label("n")
        q = select(m.c.entity_id, n, func.max(m.c.type).label("type")).where(m.c.entity_id.is_not(None))
        if types:
            q = q.where(m.c.type.in_(list(types)))
        if since is not None:
            q = q.where(m.c.article_id.in_(select(a.c.id).where(a.c.published >= _utc(since))))
        q = q.group_by(m.c.entity_id).order_by(n.desc(), m.c.entity_id).limit(limit)
        with self.engine.connect() as c:
            rows = c.execute(q).all()
            ids = [r[0] for r in rows]
            known = {r.id: r for r in c.execute(select(e).where(e.c.id.in_(ids)))} if ids else {}
            surface = dict(c.execute(
                select(m.c.entity_id, func.min(m.c.text)).where(m.c.entity_id.in_(ids)).group_by(m.c.entity_id)
            ).all()) if ids else {}
        out = []
        for eid, count, typ in rows:
            rec = known.get(eid)
            out.append({
                "id": eid, "name": rec.name if rec else surface.get(eid, eid),
                "name_en": rec.name_en if rec else None, "type": rec.type if rec else typ, "articles": int(count),
            })
        return out

    # ------------------------------------------------------------------ stories
    def save_stories(self, stories: Sequence[Story], *, replace: bool = False) -> None:
        """Upsert stories and point their members at them; ``replace`` first drops every stored
        story (a full re-clustering), in the same transaction."""
        with self._lock, self.engine.begin() as c:
            if replace:
                c.execute(t.stories.delete())
            for s in stories:
                values = {
                    "title": s.title, "first_seen": _utc(s.first_seen), "last_seen": _utc(s.last_seen),
                    "size": s.size, "origin_article": s.origin_article,
                    "independent_sources": s.independent_sources,
                    "graph": [list(e) for e in s.graph], "updated": _now(),
                }
                if c.execute(select(t.stories.c.id).where(t.stories.c.id == s.id)).first():
                    c.execute(update(t.stories).where(t.stories.c.id == s.id).values(**values))
                else:
                    c.execute(insert(t.stories).values(id=s.id, **values))
                if s.members:
                    c.execute(update(t.articles).where(t.articles.c.id.in_(s.members)).values(story_id=s.id))

    def stories(self, limit: int = 50) -> list[Story]:
        with self.engine.connect() as c:
            rows = c.execute(
                select(t.stories).order_by(t.stories.c.last_seen.desc().nulls_last()).limit(limit)
            ).mappings().all()
            out = []
            for r in rows:
                members = [m[0] for m in c.execute(
                    select(t.articles.c.id).where(t.articles.c.story_id == r["id"]).order_by(t.articles.c.published)
                )]
                out.append(Story(
                    id=r["id"], members=members, first_seen=_utc(r["first_seen"]), last_seen=_utc(r["last_seen"]),
                    title=r["title"], origin_article=r["origin_article"],
                    independent_sources=r["independent_sources"], graph=[tuple(e) for e in (r["graph"] or [])],
                ))
        return out

    # ------------------------------------------------------------------ web: dashboard look-ups
    def get_many(self, ids: Sequence[str]) -> list[Article]:
        """Articles by id, in the order given (unknown ids are skipped)."""
        if not ids:
            return []
        with self.engine.connect() as c:
            rows = c.execute(select(t.articles).where(t.articles.c.id.in_(list(ids)))).mappings().all()
        by_id = {r["id"]: _row_to_article(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def story(self, story_id: str) -> Story | None:
        """One story with its members (by publication time)."""
        found = self.story_list(ids=[story_id])
        return found[0] if found else None

    def story_list(
        self, limit: int = 50, offset: int = 0, *, min_size: int = 1, ids: Sequence[str] | None = None
    ) -> list[Story]:
        """Stories with at least ``min_size`` members, latest report first (or the given ``ids``)."""
        q = select(t.stories)
        if ids is not None:
            q = q.where(t.stories.c.id.in_(list(ids)))
        if min_size > 1:
            q = q.where(t.stories.c.size >= min_size)
        q = q.order_by(t.stories.c.last_seen.desc().nulls_last(), t.stories.c.id).limit(limit).offset(offset)
        with self.engine.connect() as c:
            rows = c.execute(q).mappings().all()
            members: dict[str, list[str]] = {r["id"]: [] for r in rows}
            if members:
                for sid, aid in c.execute(
                    select(t.articles.c.story_id, t.articles.c.id).where(t.articles.c.story_id.in_(list(members)))
                    .order_by(t.articles.c.published, t.articles.c.id)
                ):
                    members[sid].append(aid)
        return [
            Story(
                id=r["id"], members=members[r["id"]], first_seen=_utc(r["first_seen"]),
                last_seen=_utc(r["last_seen"]), title=r["title"], origin_article=r["origin_article"],
                independent_sources=r["independent_sources"], graph=[tuple(e) for e in (r["graph"] or [])],
            )
            for r in rows
        ]

    def place_counts(self, limit: int = 40, *, since: datetime | None = None) -> list[tuple[str, int]]:
        """Articles per main place (most first), optionally only those published since ``since``."""
        q = select(t.articles.c.main_place, func.count().label("n")).where(t.articles.c.main_place.is_not(None))
        if since is not None:
            q = q.where(t.articles.c.published >= _utc(since))
        q = q.group_by(t.articles.c.main_place).order_by(func.count().desc(), t.articles.c.main_place).limit(limit)
        with self.engine.connect() as c:
            return [(str(p), int(n)) for p, n in c.execute(q).all()]

    def story_sizes(self, story_ids: Iterable[str | None]) -> dict[str, int]:
        """Number of member articles per story id."""
        ids = sorted({s for s in story_ids if s})
        if not ids:
            return {}
        with self.engine.connect() as c:
            rows = c.execute(
                select(t.articles.c.story_id, func.count()).where(t.articles.c.story_id.in_(ids))
                .group_by(t.articles.c.story_id)
            ).all()
        return {str(s): int(n) for s, n in rows}

    # ------------------------------------------------------------------ stories: incremental clustering (stories area)
    def articles_without_story(self, batch: int = 1000) -> Iterator[Article]:
        """Articles not assigned to any story yet (arrived since the last clustering), by id."""
        return self.iter_articles(batch, without_story=True)

    def open_story_ids(self, since: datetime | None, limit: int = 20_000) -> list[str]:
        """Ids of stories whose last report is at or after ``since`` (all when None), plus undated
        stories; at most ``limit``, most recently updated first."""
        q = select(t.stories.c.id)
        if since is not None:
            q = q.where((t.stories.c.last_seen >= _utc(since)) | t.stories.c.last_seen.is_(None))
        q = q.order_by(t.stories.c.updated.desc().nulls_last(), t.stories.c.id).limit(limit)
        with self.engine.connect() as c:
            return [str(r[0]) for r in c.execute(q)]

    def stories_fingerprint(self) -> tuple[int, str]:
        """(number of stories, latest update): changes whenever stories are written."""
        with self.engine.connect() as c:
            n, last = c.execute(select(func.count(), func.max(t.stories.c.updated))).one()
        return int(n), str(_utc(last)) if last else ""

    def story_count(self) -> int:
        with self.engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(t.stories)).scalar_one())

    def story_articles(self, story_ids: Sequence[str], chunk: int = 500) -> list[Article]:
        """Member articles of the given stories."""
        out: list[Article] = []
        ids = list(story_ids)
        with self.engine.connect() as c:
            for i in range(0, len(ids), chunk):
                rows = c.execute(select(t.articles).where(t.articles.c.story_id.in_(ids[i : i + chunk]))).mappings()
                out.extend(_row_to_article(r) for r in rows)
        return out

    # ------------------------------------------------------------------ assess: events and forecasts (assess area)
    def add_events(self, events: Iterable[Any]) -> int:
        """Insert ``records.Event`` rows (existing ids are left as they are); returns rows added."""
        n = 0
        with self._lock, self.engine.begin() as c:
            for e in events:
                values = {
                    "id": e.id, "article_id": e.article_id, "story_id": e.story_id, "category": e.category,
                    "date": _utc(e.date), "actor1": e.actor1, "actor2": e.actor2, "place": e.place,
                    "mode": e.mode, "dead": e.dead, "injured": e.injured, "confidence": e.confidence,
                }
                n += int(self._insert_ignore(c, t.events, values))
        return n

    def event_rows(self, since: datetime | None = None, until: datetime | None = None) -> list[dict[str, Any]]:
        """Events as plain rows (id, article_id, story_id, category, date, place, dead) for series building.
        ``story_id`` is the article's current story (events are written before stories are assigned),
        else the event's own."""
        e, a = t.events.c, t.articles.c
        q = select(e.id, e.article_id, func.coalesce(a.story_id, e.story_id).label("story_id"), e.category, e.date,
                   e.place, e.dead).select_from(t.events.outerjoin(t.articles, a.id == e.article_id))
        if since is not None:
            q = q.where(e.date >= _utc(since))
        if until is not None:
            q = q.where(e.date < _utc(until))
        with self.engine.connect() as c:
            return [dict(r, date=_utc(r["date"])) for r in c.execute(q).mappings().all()]

    # ------------------------------------------------------------------ events (events area)
    @staticmethod
    def _write_events(conn: Connection, article_id_: str, events: Sequence[Any]) -> int:
        """The ``events`` rows mirror ``Article.events``: an article's rows are replaced, ids are
        ``<article id>:<index>``."""
        conn.execute(t.events.delete().where(t.events.c.article_id == article_id_))
        rows = [
            {"id": f"{article_id_}:{i}", "article_id": article_id_, "story_id": e.story_id, "category": e.category,
             "date": _utc(e.date), "actor1": e.actor1, "actor2": e.actor2, "place": e.place, "mode": e.mode,
             "dead": e.dead, "injured": e.injured, "confidence": e.confidence}
            for i, e in enumerate(events)
        ]
        if rows:
            conn.execute(insert(t.events), rows)
        return len(rows)

    def article_events(self, article_id_: str) -> list[Event]:
        """The stored events of one article, in their coded order."""
        return self.events_of_articles([article_id_]).get(article_id_, [])

    def events_of_articles(self, article_ids: Sequence[str], chunk: int = 500) -> dict[str, list[Event]]:
        """The stored events of many articles (article id -> events in their coded order; articles without
        events are left out), read ``chunk`` ids per query."""
        e = t.events.c
        ids = list(dict.fromkeys(article_ids))
        rows: list[Any] = []
        with self.engine.connect() as c:
            for i in range(0, len(ids), chunk):
                rows.extend(c.execute(select(t.events).where(e.article_id.in_(ids[i : i + chunk]))).mappings().all())

        def index(r: Any) -> int:  # ids are "<article id>:<index>"
            tail = str(r["id"]).rsplit(":", 1)[-1]
            return int(tail) if tail.isdigit() else 0

        out: dict[str, list[Event]] = {}
        for r in sorted(rows, key=lambda r: (r["article_id"], index(r))):
            out.setdefault(r["article_id"], []).append(Event(
                id=r["id"], category=r["category"], article_id=r["article_id"], story_id=r["story_id"],
                date=_utc(r["date"]), actor1=r["actor1"], actor2=r["actor2"], place=r["place"], mode=r["mode"],
                dead=r["dead"], injured=r["injured"], confidence=r["confidence"]))
        return out

    def coverage_rows(self, since: datetime | None = None, until: datetime | None = None) -> list[dict[str, Any]]:
        """Articles' (id, published, main_place, story_id, duplicate_of): the coverage volume."""
        a = t.articles.c
        q = select(a.id, a.published, a.main_place, a.story_id, a.duplicate_of).where(a.published.is_not(None))
        if since is not None:
            q = q.where(a.published >= _utc(since))
        if until is not None:
            q = q.where(a.published < _utc(until))
        with self.engine.connect() as c:
            return [dict(r, published=_utc(r["published"])) for r in c.execute(q).mappings().all()]

    def save_forecasts(self, forecasts: Iterable[Any]) -> int:
        """Store ``records.Forecast`` rows (with inputs and model version); returns rows written. A forecast of the
        same question (region, month, target) made at the same as-of by the same model replaces the one stored
        before (a re-run), so the track record counts it once."""
        rows = [
            {"region": f.region, "month": f.month, "target": f.target, "p": float(f.p),
             "expected": None if f.expected is None else float(f.expected), "as_of": f.as_of,
             "horizon": f.horizon, "model": f.model, "inputs": f.inputs, "created": _now(),
             "outcome": f.outcome, "resolved": bool(f.resolved)}
            for f in forecasts
        ]
        if rows:
            f = t.forecasts.c
            runs: dict[tuple[str, str, str], set[tuple[str, str]]] = {}
            for r in rows:
                runs.setdefault((r["as_of"], r["target"], r["model"]), set()).add((r["region"], r["month"]))
            with self._lock, self.engine.begin() as c:
                for (as_of, target, model), cells in runs.items():
                    old = c.execute(select(f.id, f.region, f.month).where(
                        f.as_of == as_of, f.target == target, f.model == model)).all()
                    stale = [fid for fid, region, month in old if (region, month) in cells]
                    for i in range(0, len(stale), 500):
                        c.execute(delete(t.forecasts).where(f.id.in_(stale[i:i + 500])))
                c.execute(insert(t.forecasts), rows)
        return len(rows)

    def forecasts(
        self, *, region: str | None = None, target: str | None = None, resolved: bool | None = None,
        limit: int | None = None,
    ) -> list[Any]:
        """Stored forecasts, newest target month first."""
        from didban.records import Forecast

        f = t.forecasts.c
        q = select(t.forecasts)
        if region is not None:
            q = q.where(f.region == region)
        if target is not None:
            q = q.where(f.target == target)
        if resolved is not None:
            q = q.where(f.resolved == resolved)
        q = q.order_by(f.month.desc(), f.region, f.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as c:
            rows = c.execute(q).mappings().all()
        return [
            Forecast(region=r["region"], month=r["month"], target=r["target"], p=r["p"], expected=r["expected"],
                     as_of=r["as_of"], horizon=r["horizon"], model=r["model"], inputs=r["inputs"],
                     outcome=r["outcome"], resolved=bool(r["resolved"]))
            for r in rows
        ]

    def resolve_forecasts(
        self, outcomes: dict[tuple[str, str], float], *, kind: str, complete: Iterable[str] = ()
    ) -> int:
        """Resolve open forecasts whose target is ``kind>=K`` and whose (region, month) is in
        ``outcomes`` (the observed count), or whose month is one of ``complete`` (months the source covers
        to their end: a region absent from ``outcomes`` there had 0); returns how many were resolved."""
        f = t.forecasts.c
        n = 0
        done = set(complete)
        with self._lock, self.engine.begin() as c:
            open_rows = c.execute(
                select(f.id, f.region, f.month).where(f.resolved == false(), f.target.like(f"{kind}>=%"))
            ).all()
            for fid, region, month in open_rows:
                value = outcomes.get((region, month), 0.0 if month in done else None)
                if value is None:
                    continue
                c.execute(update(t.forecasts).where(f.id == fid).values(outcome=float(value), resolved=True))
                n += 1
        return n

    # ------------------------------------------------------------------ stats
    def published_range(self) -> tuple[datetime | None, datetime | None]:
        """Publication dates of the oldest and the newest article (None when no article has one)."""
        with self.engine.connect() as c:
            first, last = c.execute(select(func.min(t.articles.c.published), func.max(t.articles.c.published))).one()
        return _utc(first), _utc(last)

    def stats(self) -> dict[str, Any]:
        first, last = self.published_range()
        with self.engine.connect() as c:
            n_articles = c.execute(select(func.count()).select_from(t.articles)).scalar_one()
            n_sources = c.execute(select(func.count()).select_from(t.sources)).scalar_one()
            n_quarantine = c.execute(select(func.count()).select_from(t.quarantine)).scalar_one()
            n_stories = c.execute(select(func.count()).select_from(t.stories)).scalar_one()
            by_lang = dict(
                c.execute(select(t.articles.c.lang, func.count()).group_by(t.articles.c.lang)).all()
            )
            by_source = c.execute(
                select(t.articles.c.source_name, func.count().label("n"))
                .group_by(t.articles.c.source_name).order_by(func.count().desc()).limit(20)
            ).all()
        return {
            "database": self.engine.url.render_as_string(hide_password=True),
            "articles": n_articles,
            "sources": n_sources,
            "quarantined": n_quarantine,
            "stories": n_stories,
            "first_published": first.isoformat() if first else None,
            "last_published": last.isoformat() if last else None,
            "by_lang": {str(k): v for k, v in by_lang.items()},
            "top_sources": [{"source": s, "articles": n} for s, n in by_source],
        }

    def execute(self, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Read-only SQL for tools and tests (datasette-style)."""
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(text(sql), params or {}).mappings().all()]


# ---------------------------------------------------------------------- row mapping


def _source_of(a: Article) -> Source:
    """The ``sources`` row of an article's source key, its kind read from where the article came from: a
    Telegram export, a feed (fetched or a feed file), a file, a web address, else an outlet's name."""
    key = a.source or ""
    meta = a.meta or {}
    web = key.startswith(("http://", "https://"))
    if "telegram_id" in meta or key.startswith("telegram:"):
        kind = "telegram"
    elif "summary_only" in meta:  # (what the feed reader marks on every entry)
        kind = "feed"
    elif web:
        kind = "web"
    elif key.startswith("file:") or (meta.get("origin") and key == meta.get("origin")):
        kind = "file"
    else:
        kind = "other"
    return Source(key=key, name=a.source_name or key, kind=kind, url=key if web else None, lang=a.lang)


def _article_filters(place: str | None, entity: str | None) -> list[Any]:
    """WHERE clauses on ``articles``: its main place, a mention linked to an entity."""
    out: list[Any] = []
    if place:
        out.append(t.articles.c.main_place == place)
    if entity:
        out.append(t.articles.c.id.in_(select(t.mentions.c.article_id).where(t.mentions.c.entity_id == entity)))
    return out



def _enrichment_values(a: Article) -> dict[str, Any]:
    return {
        "provenance": a.provenance.to_dict() if a.provenance else None,
        "quotes": [q.to_dict() for q in a.quotes] if a.quotes is not None else None,
        "mentions": [m.to_dict() for m in a.mentions] if a.mentions is not None else None,
        "places": [p.to_dict() for p in a.places] if a.places is not None else None,
        "main_place": a.main_place,
        "story_id": a.story_id,
        "duplicate_of": a.duplicate_of,
    }


def _row_to_article(r: Any) -> Article:
    prov = r["provenance"]
    return Article(
        id=r["id"],
        title=r["title"],
        text=r["text"],
        url=r["url"],
        published=_utc(r["published"]),
        fetched=_utc(r["fetched"]),
        source=r["source"],
        source_name=r["source_name"],
        lang=r["lang"],
        meta=r["meta"] or {},
        provenance=Provenance(**prov) if prov else None,
        quotes=[Quote(**q) for q in r["quotes"]] if r["quotes"] is not None else None,
        mentions=[Mention(**m) for m in r["mentions"]] if r["mentions"] is not None else None,
        places=[PlaceRef(**p) for p in r["places"]] if r["places"] is not None else None,
        main_place=r["main_place"],
        story_id=r["story_id"],
        duplicate_of=r["duplicate_of"],
    )


def _row_to_entity(r: Any) -> Entity:
    return Entity(id=r["id"], name=r["name"], type=r["type"], aliases=list(r["aliases"] or []),
                  name_en=r["name_en"], country=r["country"])
