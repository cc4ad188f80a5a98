"""Token-sequence gazetteer used as NER features: longest match of folded names.

Names come from the place gazetteer (provinces, Iranian cities and counties, countries:
``LOC``) and the canonical actors (``didban/entities/data/actors.json``: their types).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

_lock = threading.Lock()
_index: dict[tuple[str, ...], str] | None = None
_maxlen = 1


def _build() -> dict[tuple[str, ...], str]:
    global _maxlen
    idx: dict[tuple[str, ...], str] = {}
    try:
        from didban.places.gazetteer import feature_names

        for name, typ in feature_names():
            key = tuple(name.split(" "))
            if key and all(key):
                idx.setdefault(key, typ)
    except ImportError:  # pragma: no cover - places package is part of didban
        pass
    from didban.entities.linking import feature_names as actor_names

    for name, typ in actor_names():
        key = tuple(name.split(" "))
        if key and all(key):
            idx[key] = typ
    _maxlen = max((len(k) for k in idx), default=1)
    return idx


def index() -> dict[tuple[str, ...], str]:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _build()
    return _index


def longest_matches(ftoks: Sequence[str]) -> list[str | None]:
    """Per folded token: ``B-<TYPE>``/``I-<TYPE>`` of the longest gazetteer match covering it, else None.

    Tokens may themselves contain spaces (PEYMA «ثبت نام»); they are split into words for matching.
    """
    idx = index()
    words: list[str] = []
    owner: list[int] = []
    for i, t in enumerate(ftoks):
        for w in t.split(" "):
            if w:
                words.append(w)
                owner.append(i)
    out: list[str | None] = [None] * len(ftoks)
    n = len(words)
    i = 0
    while i < n:
        hit = 0
        typ = ""
        for L in range(min(_maxlen, n - i), 0, -1):
            t = idx.get(tuple(words[i : i + L]))
            if t is not None:
                hit, typ = L, t
                break
        if hit:
            first = owner[i]
            for k in range(i, i + hit):
                j = owner[k]
                if out[j] is None:
                    out[j] = ("B-" if j == first else "I-") + typ
            i += hit
        else:
            i += 1
    return out
