"""Where a story started and how many of its sources are really independent.

Input: the members of one story with their outlet, time, attribution chain
(``Article.provenance.cited`` / ``.origin``, e.g. «به گزارش X به نقل از Y» gives cited ``[Y]``)
and the near-copy links found by :mod:`didban.stories.dedup`.

- **Provenance graph**: ``(article, target, "copies")`` for a near-copy of ``target``;
  ``(article, target, "cites")`` when the article cites an outlet that has a report in the
  story (``target`` is that outlet's earliest report), else ``(article, "source:<name>", "cites")``.
- **Origin article**: the earliest report (by ``published``, then arrival order); if it is
  a copy, its original; if it cites an outlet whose report is present, that report; repeated
  along the chain (cycles stop).
- **Independent sources**: outlets joined by an edge when one cites the other, carries a
  copy of the other's report, or both cite the same outside outlet; the count is the
  number of groups that hold at least one member outlet. An article without an outlet
  counts as its own outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from didban.text.normalize import fold
from didban.text.provenance import OUTLET_KEYS, canonical_source, outlet_from_url

_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}(?:/\S*)?$")


def outlet_key(name: str | None) -> str | None:
    """Matching form of an outlet name, feed URL or source key («خبرگزاری دانشجویان ایران», «ایسنا»,
    «خبرگزاری دانشجویان ایران (ایسنا)», ``https://www.isna.ir/rss`` all give «ایسنا»; «Mehr News Agency» gives
    «مهر»; an unknown site's address and its English name give one key: ``tehrantimes.com``, «Tehran Times»), via
    :func:`didban.text.provenance.canonical_source`."""
    if not name or not name.strip():
        return None
    name = name.strip()
    if "://" in name or name.startswith("www.") or _DOMAIN.match(name):  # («tasnimnews.com» as a source key)
        known = outlet_from_url(name if "://" in name else f"http://{name}")
        if known:
            name = known
        else:  # an unknown site: its name without the www. and the top-level domain
            host = urlsplit(name if "://" in name else f"http://{name}").hostname or name
            labels = [x for x in host.lower().removeprefix("www.").split(".") if x]
            while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("info", "news")):
                labels.pop()  # «.com», «.co.uk», «.ir», «.news»
            return labels[-1] if labels else None
    # («خبرگزاری دانشجویان ایران (ایسنا)»: canonical_source reads the name the outlet is known by)
    key = canonical_source(name) or fold(name) or None
    if key and key not in OUTLET_KEYS and name.isascii():
        words = name.lower().split()
        while words and words[-1] in _EN_OUTLET_WORDS:  # «Mehr News Agency», «Tasnim News»
            words.pop()
        if words:
            k = canonical_source(" ".join(words))
            if k and k in OUTLET_KEYS:
                return k
            return "".join(words)  # «Tehran Times» -> «tehrantimes», the key of tehrantimes.com
    return key

_EN_OUTLET_WORDS = frozenset(("news", "agency", "network", "online", "website", "site", "newspaper", "daily"))


@dataclass(slots=True)
class Member:
    """What origin/independence needs to know about one story member."""

    id: str
    order: int  # arrival order (tie-breaker and fallback when there are no dates)
    published: datetime | None = None
    outlets: tuple[str, ...] = ()  # matching keys this member's outlet is known by (source key, name)
    cited: tuple[str, ...] = ()  # matching keys of the outlets it cites, nearest first
    copy_of: str | None = None  # article id of the original it copies
    extra: dict[str, object] = field(default_factory=dict)


class UnionFind:
    """Disjoint sets over string nodes; the smallest name is each set's root."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _time_key(m: Member) -> tuple[int, float, int]:
    return (0, m.published.timestamp(), m.order) if m.published else (1, 0.0, m.order)


def analyse(members: Sequence[Member]) -> tuple[str | None, int, list[tuple[str, str, str]]]:
    """(origin article id, independent source count, provenance graph) of one story."""
    if not members:
        return None, 0, []
    by_id = {m.id: m for m in members}
    ordered = sorted(members, key=_time_key)
    first_of_outlet: dict[str, str] = {}
    for m in ordered:
        for o in m.outlets:
            first_of_outlet.setdefault(o, m.id)

    graph: list[tuple[str, str, str]] = []
    for m in members:
        if m.copy_of and m.copy_of in by_id and m.copy_of != m.id:
            graph.append((m.id, m.copy_of, "copies"))
        for c in m.cited:
            if c in m.outlets:
                continue
            target = first_of_outlet.get(c)
            graph.append((m.id, target if target and target != m.id else f"source:{c}", "cites"))

    # origin: earliest report, then follow copies / citations to a present report
    cur = ordered[0]
    seen = {cur.id}
    while True:
        nxt: str | None = None
        if cur.copy_of and cur.copy_of in by_id:
            nxt = cur.copy_of
        else:
            for c in cur.cited:
                t = first_of_outlet.get(c)
                if t and t != cur.id:
                    nxt = t
                    break
        if nxt is None or nxt in seen:
            break
        seen.add(nxt)
        cur = by_id[nxt]
    origin = cur.id

    # independence: union-find over outlet nodes (and outside cited outlets)
    uf = UnionFind()
    find, union = uf.find, uf.union

    def node(m: Member) -> str:
        return f"o:{m.outlets[0]}" if m.outlets else f"a:{m.id}"

    for m in members:
        n = node(m)
        find(n)
        for o in m.outlets[1:]:
            union(n, f"o:{o}")
        for c in m.cited:
            union(n, f"o:{c}")
        if m.copy_of and m.copy_of in by_id:
            union(n, node(by_id[m.copy_of]))
    independent = len({find(node(m)) for m in members})
    return origin, independent, graph
