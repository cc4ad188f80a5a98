"""The dashboard (server-rendered, Persian RTL by default) and the REST API.

``create_app(store)`` builds a FastAPI application around one ``Store``; the app keeps no
other state. Pages: ``/`` (latest articles, ``?q=`` search, ``?place=`` filter, ``?page=``),
``/article/{id}``, ``/stories``, ``/story/{id}``, ``/forecasts`` (track record), ``/stats``. JSON under ``/api``.

The interface language is chosen with ``?lang=fa|en`` and remembered in a cookie.
Everything rendered goes through Jinja autoescaping; no HTML is built in Python.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from didban.records import Article, Quote, Story
from didban.store import Store
from didban.text.normalize import normalize as normalize_display
from didban.web.i18n import (
    ENTITY_TYPES,
    EVENT_CATEGORIES,
    EVENT_MODES,
    LANG_NAMES,
    Lang,
    count,
    format_date,
    num,
    period_label,
    pick_lang,
    place_name,
)
from didban.web.i18n import t as translate

HERE = Path(__file__).resolve().parent
PER_PAGE = 20
API_MAX_LIMIT = 200
# event filters of the trends page: a name and the PLOVER categories it counts
HEAT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "violence": ("ASSAULT", "COERCE"),
    "unrest": ("PROTEST", "MOBILIZE"),
    "threats": ("THREATEN", "ACCUSE", "SANCTION"),
}
ACTOR_TYPES = ("PER", "ORG", "FAC", "EVE")  # actors by default; places have their own filter
ACTOR_TABS = ("PER", "ORG", "LOC", "FAC", "EVE")
LANG_COOKIE = "didban_lang"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def heat_categories(category: str) -> tuple[str, ...]:
    """The PLOVER categories a trends filter counts: one of :data:`HEAT_CATEGORIES` by name, or PLOVER codes
    («ASSAULT», «protest,coerce», as ``didban heat --category``); an unknown value is an error, not a silent
    «everything» (422)."""
    from didban.events.lexicon import PLOVER_CATEGORIES

    if not category.strip():
        return ()
    if category in HEAT_CATEGORIES:
        return HEAT_CATEGORIES[category]
    codes = tuple(c.strip().upper() for c in category.split(",") if c.strip())
    unknown = [c for c in codes if c not in PLOVER_CATEGORIES]
    if unknown:
        raise HTTPException(status_code=422, detail=(
            f"unknown category {', '.join(unknown)}: one of {', '.join(HEAT_CATEGORIES)} or PLOVER codes "
            f"({', '.join(PLOVER_CATEGORIES)})"))
    return codes


# ---------------------------------------------------------------------- view helpers


def quote_segments(text: str, quotes: Sequence[Quote] | None) -> list[tuple[str, Quote | None]]:
    """Split ``text`` into plain and quoted runs using the quotes' offsets.

    Quotes outside the text, empty or overlapping an earlier quote are ignored, so
    bad offsets never garble the display."""
    if not quotes:
        return [(text, None)]
    out: list[tuple[str, Quote | None]] = []
    pos = 0
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if q.start < pos or q.end <= q.start or q.end > len(text) or q.start < 0:
            continue
        if q.start > pos:
            out.append((text[pos:q.start], None))
        out.append((text[q.start:q.end], q))
        pos = q.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def entity_groups(article: Article) -> list[tuple[str, list[tuple[str, int, str | None]]]]:
    """Mentions grouped by type: [(type, [(surface form, count, canonical id or None), ...]), ...]."""
    groups: dict[str, dict[str, list]] = {}
    for m in article.mentions or []:
        name = m.text.strip()
        if not name:
            continue
        entry = groups.setdefault(m.type, {}).setdefault(name, [0, m.canonical])
        entry[0] += 1
    order = list(ENTITY_TYPES)
    return [
        (typ, sorted(((n, c, eid) for n, (c, eid) in names.items()), key=lambda x: (-x[1], x[0])))
        for typ, names in sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    ]


def story_relations(story: Story, articles: Sequence[Article]) -> dict[str, list[tuple[str, Article]]]:
    """For each member: the members it copies or cites (from ``Story.graph``), unknown ids skipped."""
    by_id = {a.id: a for a in articles if a.id}
    out: dict[str, list[tuple[str, Article]]] = {}
    for src, dst, kind in story.graph:
        if src in by_id and dst in by_id and kind in ("copies", "cites"):
            pair = (kind, by_id[dst])
            if pair not in out.setdefault(src, []):
                out[src].append(pair)
    return out


_MEDIA_HEADS = ("خبرگزاری", "روزنامه", "خبرنامه", "هفته نامه", "نشریه", "رادیو", "تلویزیون", "رسانه")


def is_news_outlet(name: str, type_: str) -> bool:
    """A news organisation (named in attributions, «به گزارش ایرنا»), not an actor of the news."""
    if type_ != "ORG":
        return False
    from didban.text.lexicon import OUTLETS
    from didban.text.normalize import mfold

    key = " ".join(mfold(name).split())
    return key in OUTLETS or any(key.startswith(h + " ") for h in _MEDIA_HEADS)


def main_place_name(article: Article, lang: Lang) -> str:
    if not article.main_place:
        return ""
    fallback = next((p.name for p in article.places or [] if p.id == article.main_place), None)
    return place_name(article.main_place, lang, fallback)


class _Ctx:
    """Per-request rendering context: language, translations, formatting, links."""

    def __init__(self, request: Request, lang: Lang):
        self.request = request
        self.lang = lang
        self.dir = "rtl" if lang == "fa" else "ltr"

    def t(self, key: str) -> str:
        return translate(key, self.lang)

    def num(self, value: object) -> str:
        return num(value, self.lang)

    def count(self, value: int, key: str) -> str:
        return count(value, key, self.lang)

    def date(self, value: Any, time: bool = True) -> str:
        return format_date(value, self.lang, time=time)

    def period(self, label: str) -> str:
        return period_label(label, self.lang)

    def place(self, article: Article) -> str:
        return main_place_name(article, self.lang)

    def place_id_name(self, place_id: str, fallback: str | None = None) -> str:
        return place_name(place_id, self.lang, fallback)

    def actor_name(self, actor: dict[str, Any] | Any) -> str:
        """Display name of an actor (an ``entity_counts`` row or an ``Entity``): the place name for
        linked places, the English name in English when known, else the name, normalized."""
        get = actor.get if isinstance(actor, dict) else lambda k: getattr(actor, k, None)
        eid, name = str(get("id") or ""), str(get("name") or "")
        if eid.startswith("loc:"):
            return place_name(eid[4:], self.lang, normalize_display(name))
        if self.lang == "en" and get("name_en"):
            return str(get("name_en"))
        return normalize_display(name)

    def event_category(self, code: str) -> str:
        return EVENT_CATEGORIES.get(code, {}).get(self.lang, code)

    def event_mode(self, code: str | None) -> str:
        return EVENT_MODES.get(code or "", {}).get(self.lang, code or "")

    def entity_type(self, typ: str) -> str:
        return ENTITY_TYPES.get(typ, {}).get(self.lang, typ)

    def lang_name(self, code: str | None) -> str:
        return LANG_NAMES.get(code or "", {}).get(self.lang, code or "?")

    def url(self, path: str, **params: Any) -> str:
        """A relative link; parameters that are None or empty are left out."""
        clean = {k: v for k, v in params.items() if v not in (None, "")}
        return f"{path}?{urlencode(clean)}" if clean else path

    @staticmethod
    def link(url: str | None) -> str | None:
        """An outbound link only when it is plain http(s): no ``javascript:``/``data:`` from ingested data."""
        if not url:
            return None
        parts = urlsplit(url.strip())
        return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None

    def toggle_url(self) -> str:
        params = dict(self.request.query_params)
        params["lang"] = "en" if self.lang == "fa" else "fa"
        return f"{self.request.url.path}?{urlencode(params)}"


# ---------------------------------------------------------------------- the app


def create_app(store: Store) -> FastAPI:
    """The dashboard and REST API over ``store``."""
    # no Swagger UI / ReDoc: they load scripts from a CDN; the schema itself is served
    app = FastAPI(title="didban", version="0.1.0", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True)
    templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    def lang_of(request: Request) -> tuple[Lang, bool]:
        """The interface language and whether it was chosen explicitly in this request."""
        asked = request.query_params.get("lang")
        if asked in ("fa", "en"):
            return pick_lang(asked), True
        return pick_lang(request.cookies.get(LANG_COOKIE)), False

    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
        lang, explicit = lang_of(request)
        ctx = _Ctx(request, lang)
        response = templates.TemplateResponse(
            request, name, {"c": ctx, "q": "", **context}, status_code=status_code
        )
        if explicit:
            response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
        return response

    def story_sizes(articles: Sequence[Article]) -> dict[str, int]:
        return store.story_sizes(a.story_id for a in articles)

    def heat(period: str, category: str, far: float) -> list[Any]:
        from didban.assess.heat import DEFAULT_SPANS, regional_heat

        periods, window = DEFAULT_SPANS[period]
        cats = heat_categories(category)
        return regional_heat(store, period=period, periods=periods, window=window, false_alarm_rate=far,
                             categories=cats)

    def actors(limit: int, types: Sequence[str], outlets: bool = False) -> list[dict[str, Any]]:
        """Most-mentioned actors; news outlets (named in attributions) left out unless ``outlets``."""
        found = store.entity_counts(limit if outlets else limit * 3, types=types)
        if not outlets:
            found = [a for a in found if not is_news_outlet(a["name"], a["type"])]
        return found[:limit]

    def find_articles(q: str, place: str, entity: str, limit: int, offset: int) -> list[Article]:
        """Latest articles or search results, filtered by main place and by actor."""
        if q:
            return store.search(q, limit, offset, place=place or None, entity=entity or None)
        return store.latest(limit, offset, place=place or None, entity=entity or None)

    # ------------------------------------------------------------------ pages
    @app.get("/", include_in_schema=False)
    def home(
        request: Request,
        q: str = "",
        place: str = "",
        entity: str = "",
        page: int = Query(1, ge=1, le=10_000),
    ) -> Response:
        q = q.strip()[:200]
        found = find_articles(q, place, entity, PER_PAGE + 1, (page - 1) * PER_PAGE)
        has_next = len(found) > PER_PAGE
        articles = found[:PER_PAGE]
        front = not q and not place and not entity and page == 1
        actor = store.entity(entity) if entity else None
        return render(
            request, "index.html", articles=articles, sizes=story_sizes(articles), q=q, place=place,
            entity=entity, actor=actor,
            places=store.place_counts(12) if front else [],
            actors=actors(12, ACTOR_TYPES) if front else [],
            page=page, has_next=has_next, store_empty=(not articles and page == 1 and store.count() == 0),
        )

    @app.get("/trends", include_in_schema=False)
    def trends_page(
        request: Request,
        period: str = "day",
        category: str = "",
        far: float = Query(0.01, gt=0, lt=0.5),
    ) -> Response:
        """Which regions are heating up: independent stories per region and period, with spikes
        flagged at the false-alarm rate ``far``."""
        period = period if period in ("day", "week", "month") else "day"
        rows = heat(period, category, far)
        return render(request, "trends.html", rows=rows, period=period, category=category, far=far,
                      categories=HEAT_CATEGORIES, peak=max((max(r.counts) for r in rows), default=0))

    @app.get("/actors", include_in_schema=False)
    def actors_page(request: Request, type: str = "") -> Response:  # noqa: A002 - the query parameter's name
        """Actors (canonical entities) by the number of articles mentioning them, by type."""
        types = (type,) if type in ACTOR_TABS else ACTOR_TYPES
        return render(request, "actors.html", actors=actors(100, types), type=type, types=ACTOR_TABS)

    @app.get("/search", include_in_schema=False)
    def search_page(request: Request, q: str = "") -> Response:
        params = {"q": q}
        if "lang" in request.query_params:
            params["lang"] = request.query_params["lang"]
        return RedirectResponse("/?" + urlencode(params), status_code=303)

    @app.get("/article/{article_id}", include_in_schema=False)
    def article_page(request: Request, article_id: str) -> Response:
        article = store.get(article_id)
        if article is None:
            return render(request, "not_found.html", status_code=404)
        story: Story | None = store.story(article.story_id) if article.story_id else None
        others = store.get_many([m for m in story.members if m != article.id]) if story else []
        return render(
            request, "article.html", article=article, segments=quote_segments(article.text, article.quotes),
            entities=entity_groups(article), story=story, others=others, events=store.article_events(article_id),
            actor_names={m.canonical: m.text for m in reversed(article.mentions or []) if m.canonical},
        )

    @app.get("/stories", include_in_schema=False)
    def stories_page(request: Request, page: int = Query(1, ge=1, le=10_000)) -> Response:
        """Stories told by two reports or more (single reports are on the home page)."""
        found = store.story_list(PER_PAGE + 1, (page - 1) * PER_PAGE, min_size=2)
        return render(request, "stories.html", stories=found[:PER_PAGE], page=page,
                      has_next=len(found) > PER_PAGE)

    @app.get("/story/{story_id}", include_in_schema=False)
    def story_page(request: Request, story_id: str) -> Response:
        story = store.story(story_id)
        if story is None:
            return render(request, "not_found.html", status_code=404)
        articles = store.get_many(story.members)
        return render(request, "story.html", story=story, articles=articles,
                      relations=story_relations(story, articles))

    @app.get("/stats", include_in_schema=False)
    def stats_page(request: Request) -> Response:
        stats = store.stats()
        first, last = (datetime.fromisoformat(stats[k]) if stats.get(k) else None
                       for k in ("first_published", "last_published"))
        return render(request, "stats.html", stats=stats, first=first, last=last, rejected=store.quarantined(20))

    @app.get("/forecasts", include_in_schema=False)
    def forecasts_page(request: Request) -> Response:
        from didban.assess import track_record

        record = track_record(store)
        return render(request, "forecasts.html", record=record,
                      open_items=store.forecasts(resolved=False, limit=50))

    # ------------------------------------------------------------------ REST API
    @app.get("/api/health")
    def api_health() -> dict[str, Any]:
        return {"status": "ok", "articles": store.count()}

    @app.get("/api/articles")
    def api_articles(
        limit: int = Query(20, ge=1, le=API_MAX_LIMIT),
        offset: int = Query(0, ge=0),
        q: str = "",
        place: str = "",
        entity: str = "",
    ) -> dict[str, Any]:
        """Latest articles, or full-text search results with ``q``; ``place`` filters by main place,
        ``entity`` by a canonical actor id (see ``/api/entities``)."""
        items = find_articles(q.strip(), place, entity, limit, offset)
        return {"limit": limit, "offset": offset, "q": q or None, "place": place or None,
                "entity": entity or None, "count": len(items), "items": [a.to_dict() for a in items]}

    @app.get("/api/trends")
    def api_trends(
        period: str = Query("day", pattern="^(day|week|month)$"),
        category: str = Query("", description="violence, unrest, threats, or PLOVER codes (ASSAULT,PROTEST)"),
        far: float = Query(0.01, gt=0, lt=0.5),
    ) -> dict[str, Any]:
        """Regions by surprise of their latest period (see ``didban.assess.heat``)."""
        rows = heat(period, category, far)
        return {"period": period, "category": category or None, "false_alarm_rate": far,
                "count": len(rows), "items": [r.to_dict() for r in rows]}

    @app.get("/api/entities")
    def api_entities(
        limit: int = Query(50, ge=1, le=API_MAX_LIMIT),
        type: str = "",  # noqa: A002 - the query parameter's name
        outlets: bool = False,
    ) -> dict[str, Any]:
        """Actors by the number of articles mentioning them; ``type`` one of PER, ORG, LOC, FAC, EVE
        (default: all but LOC);
        news outlets named in attributions are left out unless ``outlets=true``."""
        kind = type.strip().upper()
        if kind and kind not in ACTOR_TABS:
            raise HTTPException(status_code=422, detail=f"unknown type {type!r}: one of {', '.join(ACTOR_TABS)}")
        items = actors(limit, (kind,) if kind else ACTOR_TYPES, outlets)
        return {"limit": limit, "type": kind or None, "count": len(items), "items": items}

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        article = store.get(article_id)
        if article is None:
            raise HTTPException(status_code=404, detail="article not found")
        article.events = store.article_events(article_id)  # kept in their own table
        return article.to_dict()

    @app.get("/api/stats")
    def api_stats() -> dict[str, Any]:
        return store.stats()

    @app.get("/api/forecasts/track-record")
    def api_track_record() -> dict[str, Any]:
        from didban.assess import track_record

        return track_record(store)

    @app.get("/api/stories")
    def api_stories(
        limit: int = Query(50, ge=1, le=API_MAX_LIMIT),
        offset: int = Query(0, ge=0),
        min_size: int = Query(1, ge=1),
    ) -> dict[str, Any]:
        """Stories, latest report first; ``min_size=2`` leaves out single reports."""
        stories = store.story_list(limit, offset, min_size=min_size)
        return {"limit": limit, "offset": offset, "count": len(stories),
                "items": [{**s.to_dict(), "size": s.size} for s in stories]}

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> dict[str, Any]:
        """One story (the JSON twin of ``/story/{id}``): its record (members, first and last seen, title, origin
        article, independent sources, provenance graph) and its members in order, each with its outlet, date,
        near-copy link, attribution chain and what it copies or cites."""
        story = store.story(story_id)
        if story is None:
            raise HTTPException(status_code=404, detail="story not found")
        articles = store.get_many(story.members)
        relations = story_relations(story, articles)
        members = [{
            "id": a.id, "title": a.title, "url": a.url, "published": a.published.isoformat() if a.published else None,
            "source": a.source_name or a.source, "duplicate_of": a.duplicate_of,
            "outlet": a.provenance.outlet if a.provenance else None,
            "cited": list(a.provenance.cited) if a.provenance else [],
            "origin": a.provenance.origin if a.provenance else None,
            "relations": [{"kind": kind, "article": other.id} for kind, other in relations.get(a.id or "", [])],
        } for a in articles]
        return {**story.to_dict(), "size": story.size, "articles": members}

    @app.exception_handler(404)
    async def _not_found(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api/"):
            detail = getattr(exc, "detail", "not found")
            return JSONResponse({"detail": detail}, status_code=404)
        return render(request, "not_found.html", status_code=404)

    return app
