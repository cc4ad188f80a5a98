"""Article identity: one row per distinct article.

Two inputs are the same article when their canonical URLs match or when their
folded (normalized) title and text match. The article id is derived from the
canonical URL when there is one, else from the content hash, so re-ingesting the
same input always yields the same id.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from didban.text.normalize import fold

_TRACKING = ("utm_", "fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "ref_src")


def url_key(url: str | None) -> str | None:
    """Canonical form of a URL for de-duplication (scheme-less, no www., no fragment,
    no tracking parameters, no trailing slash); None for a missing or non-web URL."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        # telegram message links and file positions are kept verbatim
        return url if parts.scheme else None
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    if host.endswith(":80") or host.endswith(":443"):
        host = host.rsplit(":", 1)[0]
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
               if not k.lower().startswith(_TRACKING))
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, query, ""))[2:]


def content_hash(title: str, text: str) -> str:
    return folded_content_hash(fold(title), fold(text))


def folded_content_hash(title_folded: str, text_folded: str) -> str:
    """``content_hash`` of already folded title and text (saves folding twice on insert)."""
    h = hashlib.sha256()
    h.update(title_folded.encode("utf-8"))
    h.update(b"\x00")
    h.update(text_folded.encode("utf-8"))
    return h.hexdigest()


def article_id(key: str | None, chash: str) -> str:
    basis = ("u:" + key) if key else ("c:" + chash)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
