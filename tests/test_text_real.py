"""The text stage on real articles (shared research data; skipped when absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from didban import datasets
from didban.records import Article
from didban.text import analyze

EVAL = Path(__file__).resolve().parents[1] / "eval" / "provenance.py"


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_provenance", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_gold_figures(raw_data: Path) -> None:
    r = _eval_module().evaluate("dev")
    assert r["articles"] >= 40
    assert r["origin"] >= 0.95 and r["cited_chain"] >= 0.90
    assert r["quote_recall"] >= 0.90 and r["speaker_correct"] >= 0.90


def test_offsets_and_text_untouched_on_fars_sample(raw_data: Path) -> None:
    n_quotes = n_links = n_dated = 0
    for i, raw in enumerate(datasets.fars_news()):
        if i >= 150:
            break
        art = analyze(Article(title=raw.title, text=raw.text, url=raw.url))
        assert art.text == raw.text
        assert art.lang == "fa"
        assert art.provenance is not None and art.provenance.origin is not None  # publisher known from the URL
        for q in art.quotes or []:
            assert 0 <= q.start < q.end <= len(raw.text)
            assert raw.text[q.start:q.end] == q.text
            n_quotes += 1
        if "/news/" in (raw.url or ""):
            n_links += 1
            n_dated += art.published is not None
        if art.published is not None:  # never a date before Fars News existed (1382 = 2003)
            assert art.published.year >= 2003
    assert n_quotes > 200
    assert n_dated >= 0.95 * n_links


def test_farexstance_sample_runs(raw_data: Path) -> None:
    try:
        arts = list(datasets.farexstance_articles(("dev",)))[:100]
    except datasets.DataUnavailable as e:
        pytest.skip(str(e))
    for raw in arts:
        art = analyze(Article(title=raw.title, text=raw.text))
        assert art.provenance is not None
        assert all(raw.text[q.start:q.end] == q.text for q in art.quotes or [])
