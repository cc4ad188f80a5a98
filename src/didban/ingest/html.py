"""Main text of an HTML page (trafilatura), with Persian zero-width joiners kept.

trafilatura drops every character for which ``str.isprintable()`` is false
(``trafilatura.utils.return_printables_and_spaces``, used by ``remove_control_characters``
and ``line_processing``). ZWNJ (U+200C, the Persian half-space in «کتاب‌ها») and ZWJ are
format characters (Cf), so «کتاب‌ها» would become «کتابها». ``patch_trafilatura`` replaces
only that one predicate so it also keeps U+200C/U+200D, and clears the caches that may
hold lines cleaned by the original. Every other control character is still removed.

Before trafilatura runs, the page is checked for size and element nesting depth
(lxml silently truncates or chokes on pathologically nested markup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

MAX_HTML_BYTES = 5 * 2**20
MAX_HTML_DEPTH = 400
_KEEP = frozenset("\u200c\u200d")
_patched = False

# elements that never nest (void) or whose end tag is optional: not counted for depth
_NO_DEPTH = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp".split()
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_SKIP_BLOCKS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)


class HtmlRejected(ValueError):
    """The page cannot be extracted; the message is the quarantine reason."""


@dataclass(slots=True)
class Extracted:
    title: str
    text: str
    published: datetime | None = None
    lang: str | None = None
    site: str | None = None
    url: str | None = None  # the page's own address (canonical link or og:url), when it names one


@lru_cache(maxsize=2**14)
def _printable_or_joiner(char: str) -> str:
    return char if char.isprintable() or char.isspace() or char in _KEEP else ""


def patch_trafilatura() -> None:
    """Make trafilatura keep ZWNJ/ZWJ (idempotent)."""
    global _patched
    if _patched:
        return
    from trafilatura import utils

    utils.return_printables_and_spaces = _printable_or_joiner  # looked up at call time
    utils.line_processing.cache_clear()
    _patched = True


def max_depth(html: str) -> int:
    """Largest element nesting depth, counted over tags that must be closed."""
    depth = best = 0
    for closing, name, selfclosing in _TAG.findall(_SKIP_BLOCKS.sub("", html)):
        name = name.lower()
        if name in _NO_DEPTH or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > best:
                best = depth
    return best


def check_html(html: str, *, max_bytes: int = MAX_HTML_BYTES, max_depth_: int = MAX_HTML_DEPTH) -> None:
    size = len(html.encode("utf-8", "surrogatepass")) if len(html) * 3 > max_bytes else len(html)
    if size > max_bytes:
        raise HtmlRejected(f"HTML too large ({size} bytes > {max_bytes})")
    d = max_depth(html)
    if d > max_depth_:
        raise HtmlRejected(f"HTML nested too deeply (depth {d} > {max_depth_})")


_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


# a <time> of its own between the headline and the paragraphs («<h1>...</h1><time datetime="...">۱۲ آبان</time><p>»):
# trafilatura then joins the whole article into one line; its date is kept as the page's date (a meta element)
_STANDALONE_TIME = re.compile(r"(</h[1-6]>|</p>|</div>|<article\b[^>]*>|<header\b[^>]*>)(\s*)(<time\b[^>]*>[^<]{0,80}</time>)",
                              re.I)
_DATETIME_ATTR = re.compile(r"""datetime\s*=\s*["']([^"'<>]{4,40})["']""", re.I)


def _time_as_meta(m: re.Match[str]) -> str:
    dt = _DATETIME_ATTR.search(m.group(3))
    return m.group(1) + m.group(2) + (f'<meta itemprop="datePublished" content="{dt.group(1)}">' if dt else "")


def extract(
    html: str,
    url: str | None = None,
    *,
    max_bytes: int = MAX_HTML_BYTES,
    max_depth_: int = MAX_HTML_DEPTH,
) -> Extracted:
    """Title, main text and date of a page; ``HtmlRejected`` when there is none or it is unsafe."""
    check_html(html, max_bytes=max_bytes, max_depth_=max_depth_)
    patch_trafilatura()
    import trafilatura
    from trafilatura.settings import set_date_params

    from didban.text.dates import parse_date

    html = _STANDALONE_TIME.sub(_time_as_meta, html)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True,  # the time of day and zone too, where the page gives them (not only the day)
            date_extraction_params={**set_date_params(True), "outputformat": _DATE_FORMAT},
        )
    except (ValueError, TypeError, RecursionError) as e:  # lxml/trafilatura failures
        raise HtmlRejected(f"HTML extraction failed: {type(e).__name__}: {e}") from e
    if doc is None:
        raise HtmlRejected("no main text found in HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = (get("text") or "").strip()
    if not text:
        raise HtmlRejected("no main text found in HTML")
    published = None
    raw_date = get("date")
    if raw_date:
        if raw_date.endswith("T00:00:00"):  # a day without a time (htmldate fills in midnight): noon, as any bare day
            raw_date = raw_date[:10]
        try:
            published = parse_date(raw_date)
        except ValueError:
            published = None
    if published is None:  # a date trafilatura does not read: «1403/08/12 23:45» in article:published_time
        published = _meta_date(html)
    page = get("url")
    return Extracted(
        title=(get("title") or "").strip(), text=text, published=published,
        lang=get("language"), site=get("sitename"),
        url=page if isinstance(page, str) and page.startswith(("http://", "https://")) else None,
    )


_META_DATE = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"']?(?:article:published_time|og:published_time|datePublished|"
    r"pubdate|publishdate|date)[\"']?[^>]*?content\s*=\s*[\"']([^\"'<>]{6,40})[\"']", re.IGNORECASE)


def _meta_date(html: str) -> datetime | None:
    """The publication date a page's meta tags give, read as didban reads metadata dates (Jalali too)."""
    from didban.text.dates import parse_datetime

    for m in _META_DATE.finditer(html[:200_000]):
        found = parse_datetime(m.group(1))
        if found is not None:
            return found
    return None
