"""RSS/Atom feeds -> Articles, with conditional GET and full text of summary-only items.

``fetch_feed(url, store)`` polls one feed: it sends the stored ``ETag``/``Last-Modified``
(``feed_state`` table), returns at once on 304, parses the feed (feedparser), and for each
new item whose feed entry carries only a short summary fetches the linked page and takes its
main text (``didban.ingest.html``). Items already in the store are not fetched again.
Feed lists: OPML files (every ``outline`` with ``xmlUrl``) or text files with one
``URL [interval-seconds]`` per line (``#`` comments).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from didban.ingest.files import DEFAULT_LIMITS, RAW_PREFIX, Item, Limits, html_to_text, url_host
from didban.ingest.net import Fetcher, FetchError
from didban.records import Article, IngestReport, Rejected, Source

SUMMARY_ONLY_CHARS = 600  # an entry text shorter than this (and no full content) is a summary
Transform = Callable[[Iterable[Item]], Iterable[Item]]



@dataclass(slots=True)
class FeedInfo:
    key: str
    title: str
    link: str | None = None
    lang: str | None = None
    bozo: str | None = None

    def source(self) -> Source:
        return Source(key=self.key, name=self.title, kind="feed", url=self.key, lang=self.lang)


def _entry_date(entry: Any) -> tuple[datetime | None, str | None]:
    """The item's date as written, read by ``parse_date`` (RFC 822, ISO 8601, and what Persian feeds write:
    «۱۲ آبان ۱۴۰۳ - ۱۰:۳۰», «1403/08/13», which feedparser reads as the year 1403 AD); else feedparser's. With
    no date: None and why (the first date string that could not be read, or the reason a readable one was
    refused: a zone abbreviation feedparser would read as UTC, a date in the future); None when the item gives
    none."""
    from didban.text.dates import DateRefused, parse_date

    unread: str | None = None
    # (dict.get: the stored value only, without FeedParserDict's deprecated updated -> published mapping)
    for k in ("published", "updated", "created"):
        raw = dict.get(entry, k)
        if isinstance(raw, str) and raw.strip():
            try:
                return parse_date(raw.strip()), None
            except DateRefused as e:
                return None, str(e)
            except ValueError:
                unread = unread or repr(raw.strip()[:60])
    for k in ("published_parsed", "updated_parsed", "created_parsed"):
        st = dict.get(entry, k)
        if st and st[0] >= 1900:
            try:
                return parse_date(datetime(*st[:6], tzinfo=UTC)), None
            except DateRefused as e:
                return None, str(e)
            except (TypeError, ValueError):
                continue
    return None, unread


def parse_feed(
    data: bytes,
    origin: str,
    *,
    source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[list[Item], FeedInfo]:
    """Items of an RSS/Atom document (no network). Raises FetchError when it is not a feed."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    feed = parsed.get("feed", {})
    entries = parsed.get("entries", [])
    if not entries and not parsed.get("version"):
        why = parsed.get("bozo_exception") if parsed.get("bozo") else "no RSS/Atom/RDF root element"
        raise FetchError(f"not a feed: {why}")
    key = source or origin
    info = FeedInfo(
        key=key, title=html_to_text(feed.get("title") or "") or url_host(origin) or origin,
        link=feed.get("link"), lang=(feed.get("language") or None),
        bozo=str(parsed.get("bozo_exception")) if parsed.get("bozo") else None,
    )
    items: list[Item] = []
    for i, e in enumerate(entries):
        pos = f"entry {i}"
        link = e.get("link") or (e.get("id") if str(e.get("id", "")).startswith("http") else None)
        title = html_to_text(e.get("title") or "")
        content = e.get("content") or []
        body = max((html_to_text(c.get("value") or "") for c in content), key=len, default="")
        summary = html_to_text(e.get("summary") or "")
        text = body if len(body) >= len(summary) else summary
        if not text and not title:
            items.append(Rejected(origin, pos, "empty feed entry", repr(dict(e))[:RAW_PREFIX]))
            continue
        if len(text) > limits.max_text_chars:
            items.append(Rejected(origin, pos, f"text too long ({len(text)} chars)", text[:RAW_PREFIX]))
            continue
        meta: dict[str, Any] = {"origin": origin, "position": pos, "summary_only": not body}
        if isinstance(e.get("id"), str) and e["id"].strip():
            meta["id"] = e["id"].strip()  # the entry's own id (RSS guid, Atom id)
        tags = [t.get("term") for t in e.get("tags", []) if t.get("term")]
        if tags:
            meta["tags"] = tags
        published, unread = _entry_date(e)
        if unread is not None:  # (as the other readers say of a date they cannot read)
            meta["warnings"] = [f"invalid date ({unread}); read as undated"]
        items.append(Article(
            title=title or text.split("\n", 1)[0][:200], text=text, url=link, published=published,
            source=key, source_name=info.title, lang=info.lang, meta=meta,
        ))
    return items, info


def _full_text(article: Article, fetcher: Fetcher, limits: Limits) -> None:
    """Replace a summary by the linked page's main text (in place; failures noted in meta)."""
    from didban.ingest.files import DecodeFailed, decode_bytes
    from didban.ingest.html import HtmlRejected, extract

    try:
        resp = fetcher.get(article.url or "")
        page, _ = decode_bytes(resp.content)
        ex = extract(page, resp.url, max_bytes=limits.max_html_bytes, max_depth_=limits.max_html_depth)
    except (FetchError, HtmlRejected, DecodeFailed) as e:
        article.meta["full_text_error"] = str(e)[:300]
        return
    if len(ex.text) > len(article.text):
        article.meta["summary"] = article.text
        article.text = ex.text[: limits.max_text_chars]
        article.meta["summary_only"] = False
        if article.published is None:
            article.published = ex.published


def fetch_feed(
    url: str,
    store: Any,
    *,
    fetcher: Fetcher | None = None,
    allow_private: bool = False,
    full_text: bool = True,
    source: str | None = None,
    transform: Transform | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_item: Callable[[Item], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> IngestReport:
    """Poll one feed into ``store``. Raises FetchError (after recording the failure in
    ``feed_state``) when the feed cannot be fetched or parsed. Articles are committed in small
    batches as their pages arrive; when ``should_stop()`` turns true, the items not yet fetched
    are left for the next poll (the ETag is then not saved, so that poll gets the full feed)."""
    from didban.store.identity import article_id, url_key

    own = fetcher is None
    fetcher = fetcher or Fetcher(allow_private=allow_private)
    state = store.feed_state(url) or {}
    now = datetime.now(UTC)
    try:
        try:
            resp = fetcher.get(url, etag=state.get("etag"), last_modified=state.get("last_modified"))
            if resp.status == 304:
                store.save_feed_state(url, last_polled=now, last_status=304, failures=0)
                return IngestReport(not_modified=1)
            items, info = _read_response(resp, url, source, limits)
        except FetchError:
            store.save_feed_state(url, last_polled=now, last_status=None,
                                  failures=int(state.get("failures") or 0) + 1)
            raise
        articles = [a for a in items if isinstance(a, Article)]
        ids = {id(a): article_id(url_key(a.url), "") for a in articles if url_key(a.url)}
        known = store.existing_ids(ids.values()) if ids else set()
        interrupted = False

        def fresh() -> Iterator[Item]:
            nonlocal interrupted
            for it in items:
                if isinstance(it, Article) and ids.get(id(it)) in known:
                    yield it  # counted as a duplicate by the store, never fetched again
                    continue
                if isinstance(it, Article):
                    it.fetched = now
                    if full_text and _summary_only(it):
                        if should_stop is not None and should_stop():
                            interrupted = True  # the rest comes with the next poll (ETag not saved)
                            return
                        _full_text(it, fetcher, limits)
                yield it

        stream: Iterable[Item] = fresh()
        if transform is not None:
            stream = transform(stream)
        sources = [info.source()] if info else []
        report = store.add_articles(stream, sources=sources, on_item=on_item, batch_size=20)
        for a in articles:  # bad fields kept (an unreadable date), as a file's are noted (new items only: a watch
            if ids.get(id(a)) in known:  # loop would repeat those of the items already stored at every poll)
                continue
            for w in (a.meta or {}).get("warnings", ()):
                report.warn(f"{a.meta.get('origin')} {a.meta.get('position')}: {w}")
        if interrupted:
            store.save_feed_state(url, last_polled=now, last_status=resp.status, failures=0)
        else:
            store.save_feed_state(
                url, etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"),
                last_polled=now, last_status=resp.status, failures=0,
            )
        return report
    finally:
        if own:
            fetcher.close()


def fetch_items(url: str, fetcher: Fetcher, *, source: str | None = None, limits: Limits = DEFAULT_LIMITS) -> list[Item]:
    """The items of one address, as ``fetch_feed`` reads them but without a store (``didban extract URL``): a
    feed's entries (summary-only ones completed from their pages), or the page itself. Raises FetchError."""
    items, _ = _read_response(fetcher.get(url), url, source, limits)
    for it in items:
        if isinstance(it, Article) and _summary_only(it):
            _full_text(it, fetcher, limits)
    return items


def _read_response(resp: Any, url: str, source: str | None, limits: Limits) -> tuple[list[Item], FeedInfo | None]:
    """A fetched feed's items and its description, or, for an HTML page, the page as one item."""
    try:
        return parse_feed(resp.content, url, source=source, limits=limits)
    except FetchError:
        if resp.content_type in ("text/html", "application/xhtml+xml"):  # a page, not a feed
            return _page_item(resp, url, source, limits), None
        raise


def _summary_only(a: Article) -> bool:
    """An entry whose feed carries only a short summary: its page gives the full text."""
    return bool(a.url and a.meta.get("summary_only") and len(a.text) < SUMMARY_ONLY_CHARS)


def _page_item(resp: Any, url: str, source: str | None, limits: Limits) -> list[Item]:
    from didban.ingest.files import DecodeFailed, decode_bytes, record_to_article
    from didban.ingest.html import HtmlRejected, extract

    try:
        page, _ = decode_bytes(resp.content)
        ex = extract(page, resp.url, max_bytes=limits.max_html_bytes, max_depth_=limits.max_html_depth)
    except (HtmlRejected, DecodeFailed) as e:
        return [Rejected(url, "page", str(e))]
    rec = {"title": ex.title, "text": ex.text, "url": resp.url, "published": ex.published, "lang": ex.lang}
    return [record_to_article(rec, url, "page", source=source, limits=limits)]


# --------------------------------------------------------------------------- feed lists


def read_opml(path: str | Path) -> list[str]:
    """Feed URLs of an OPML file (``outline`` elements with ``xmlUrl``), in order, de-duplicated."""
    from defusedxml import ElementTree

    tree = ElementTree.parse(str(path))
    urls = [o.get("xmlUrl") or o.get("xmlurl") for o in tree.iter("outline")]
    return list(dict.fromkeys(u.strip() for u in urls if u and u.strip()))


def read_feed_list(target: str) -> list[tuple[str, float | None]]:
    """(url, interval seconds or None) for a URL, an OPML file or a text file of URLs."""
    if target.startswith(("http://", "https://")):
        return [(target, None)]
    p = Path(target)
    if p.suffix.lower() == ".opml":
        return [(u, None) for u in read_opml(p)]
    out: list[tuple[str, float | None]] = []
    for line in p.read_text(encoding="utf-8-sig").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        interval = float(parts[1]) if len(parts) > 1 and parts[1].replace(".", "", 1).isdigit() else None
        out.append((parts[0], interval))
    return out


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))

