"""The fast paths of the stop-10 speed work give the same results as the plain definitions they replace."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

Q = importlib.import_module("didban.text.quotes")
P = importlib.import_module("didban.text.provenance")

_CAPTION_PIECES = ["علی", "رضایی", "AFP", "Reuters", "•", "1400/05/18", "۱۴۰۰/۰۵/۱۸", "/", "2/3", "x", "ab", "12", " ",
                   "  ", "ی", "A", "(", ")", "«", "»"]


def _caption_reference(s: str) -> int:
    ws = s.split()
    return max((i for i, w in enumerate(ws[:-1]) if not Q._PERSIAN_LETTER.search(w) and (
        Q._CAPTION_MARK.search(w) or (i and Q._LATIN.search(w) and Q._LATIN.search(ws[i - 1])))), default=-1)


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_CAPTION_PIECES), max_size=20).map("".join))
def test_caption_gate_equals_the_plain_scan(s: str) -> None:
    gated = Q._caption_end(s.split()) if Q._CAPTION_GATE.search(s) else -1
    assert gated == _caption_reference(s)


_OUTLET_NAMES = sorted(P.OUTLETS)[:40] + ["ایسنا", "فارس", "خبرگزاری فارس", "مهر"]
_OUTLET_PIECES = [*_OUTLET_NAMES, " ", "  ", "نیوز", "علی", "x", "ا", "سیاسی"]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=8).map("".join))
def test_starts_with_outlet_equals_the_scan_of_every_outlet(rest: str) -> None:
    assert P._starts_with_outlet(rest) == any(rest.startswith(k + " ") or rest == k for k in P.OUTLETS)


def test_starts_with_outlet_reads_whole_words() -> None:
    assert P._starts_with_outlet("ایسنا منطقه البرز") and P._starts_with_outlet("ایسنا")
    assert not P._starts_with_outlet("ایسناا منطقه") and not P._starts_with_outlet(" ایسنا")
