"""Stop 25: the lookup of the person or organisation mention a place candidate lies inside (a scan of every
mention per candidate made long texts quadratic) answers as the scan did."""

from __future__ import annotations

import random

from didban.places.resolve import _Spans
from didban.records import Mention


def test_spans_lookup_answers_as_a_scan() -> None:
    rng = random.Random(3)
    for _ in range(200):
        ms = []
        for _ in range(rng.randint(0, 30)):
            a = rng.randint(0, 500)
            ms.append(Mention(text="x", type=rng.choice(["PER", "ORG", "LOC"]), start=a, end=a + rng.randint(1, 40)))
        spans = _Spans(ms, {"PER"})
        for _ in range(30):
            s = rng.randint(0, 540)
            e = s + rng.randint(1, 15)
            scan = [m for m in ms if m.type == "PER" and m.start <= s and e <= m.end]
            got = spans.inside(s, e)
            assert (got is None) == (not scan)
            assert got is None or (got.type == "PER" and got.start <= s and e <= got.end)
