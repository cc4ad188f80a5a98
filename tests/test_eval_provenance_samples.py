"""The seeded rules that picked the held-out provenance sets draw them again exactly (eval/provenance.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from didban import datasets


def _eval_module():  # eval/ is not a package: load the script by path
    path = Path(__file__).resolve().parent.parent / "eval" / "provenance.py"
    spec = importlib.util.spec_from_file_location("eval_provenance", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def P():  # type: ignore[no-untyped-def]
    """eval/provenance.py as a module; the test is skipped when the research data is absent."""
    try:
        datasets.raw_dir()
    except datasets.DataUnavailable as e:
        pytest.skip(f"research data not available: {e}")
    return _eval_module()


@pytest.mark.parametrize("split", ["heldout_c", "heldout_n", "long_a", "heldout_q", "long_e", "long_f", "long_g", "long_h", "long_i",
                                   "long_j", "long_k", "long_l"])
def test_a_sample_is_drawn_again_whatever_gold_came_after_it(P, split: str) -> None:  # type: ignore[no-untyped-def]
    draw = P.sample_very_long if split in P.VERY_LONG_SAMPLES else P.sample_longest if split in P.LONGEST_SAMPLES \
        else P.sample_long if split in P.LONG_SAMPLES else P.sample_new
    # later gold files (heldout_d.., long_b..) hold none of these keys, and must not change the draw
    assert set(draw(split)) == P._gold_keys(split)


def test_a_sample_is_the_same_whether_an_earlier_sample_is_annotated_yet_or_not(P, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    with_gold = set(P.sample_long("long_e"))
    real = P._gold_keys
    monkeypatch.setattr(P, "_gold_keys", lambda s: set() if s == "long_d" else real(s))  # long_d not annotated yet
    assert set(P.sample_long("long_d")) == real("long_d")  # drawn again from the earlier gold files
    assert set(P.sample_long("long_e")) == with_gold  # long_d's own draw is excluded instead of its gold


@pytest.mark.parametrize(("split", "size"), [("rss_a", 50), ("rss_b", 50), ("rss_c", 100), ("rss_d", 100)])
def test_an_rss_quote_set_is_drawn_again(P, split: str, size: int) -> None:  # type: ignore[no-untyped-def]
    keys = P._rss_draw(split)
    assert len(keys) == size and set(keys) == P._gold_keys(split)
    drawn = [set(P._rss_draw(s)) for s in ("rss_a", "rss_b", "rss_c", "rss_d")]
    assert sum(map(len, drawn)) == len(set().union(*drawn))  # no item in two sets
