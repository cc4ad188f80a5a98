"""The shipped demo corpus: size, language mix, geography, time span, story structure, loading."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from didban.demo import corpus_path, iter_demo_articles, iter_demo_records
from didban.store import Store
from didban.text.normalize import fold

PROVINCES = Path(__file__).resolve().parents[1] / "src" / "didban" / "places" / "data" / "provinces.json"
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
LATIN = re.compile("[A-Za-z]")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return list(iter_demo_records())


def _is_persian(rec: dict) -> bool:
    text = rec["title"] + " " + rec["text"]
    return len(ARABIC_SCRIPT.findall(text)) > len(LATIN.findall(text))


def test_corpus_loads_with_required_fields(records: list[dict]) -> None:
    assert corpus_path().stat().st_size < 1_500_000
    assert len(records) >= 300
    for rec in records:
        assert rec["title"].strip() and len(rec["text"]) > 80 and rec["source"].strip()
        assert rec["url"].startswith("https://")
        assert datetime.fromisoformat(rec["published"]).tzinfo is not None
    assert len({r["url"] for r in records}) == len(records)


def test_mostly_persian_some_english(records: list[dict]) -> None:
    persian = sum(map(_is_persian, records))
    assert persian / len(records) >= 0.80
    assert len(records) - persian >= 20


def test_covers_provinces_days_and_outlets(records: list[dict]) -> None:
    provinces = json.loads(PROVINCES.read_text(encoding="utf-8"))
    texts = [fold(r["title"] + " " + r["text"]) for r in records]
    covered = {
        p["id"] for p in provinces
        if any(fold("استان " + p["fa"]) in t or fold(p["capital_fa"]) in t for t in texts)
    }
    assert len(covered) >= 25, sorted({p["id"] for p in provinces} - covered)
    days = {datetime.fromisoformat(r["published"]).date() for r in records}
    assert (max(days) - min(days)).days >= 45
    assert len({r["source"] for r in records}) >= 15


def test_wire_copy_habits(records: list[dict]) -> None:
    texts = [r["text"] for r in records]
    assert sum("به نقل از" in t for t in texts) >= 20  # cited chains
    assert sum(bool(re.search("(گفت|افزود|اظهار داشت|تصریح کرد|خاطرنشان کرد):", t)) for t in texts) >= 150
    assert sum(("ي" in t or "ك" in t) for t in texts) >= 10  # Arabic letter forms
    assert sum(bool(re.search("[۰-۹]+ (مهر|آبان|آذر|شهریور) ۱۴۰۵", t)) for t in texts) >= 20  # Jalali dates
    assert sum(bool(re.search("(کشته|جان باختند|شهید|killed)", t)) for t in texts) >= 25  # casualty reports


def test_story_structure() -> None:
    from didban.demo.stories import S

    multi = [s for s in S if len(s.reports) >= 2]
    assert len(multi) >= 40
    assert sum(1 for s in S if len({off for _, _, off, _ in s.reports}) > 1) >= 8  # stories spanning days
    assert sum(1 for s in S if any(k.startswith("cite:") for _, k, _, _ in s.reports)) >= 15


def test_gold_story_groups(records: list[dict]) -> None:
    gold = json.loads(corpus_path().with_name("corpus_stories.json").read_text(encoding="utf-8"))
    urls = {r["url"] for r in records}
    members = [u for us in gold.values() for u in us]
    assert set(members) <= urls and len(members) == len(set(members))
    assert sum(len(us) >= 2 for us in gold.values()) >= 40
    assert len(urls) - len(members) >= 100  # plenty of single reports between the stories


def test_corpus_is_what_the_generator_writes(tmp_path: Path) -> None:
    from didban.demo.write_corpus import main

    out = main(tmp_path / "corpus.jsonl")
    assert out.read_bytes() == corpus_path().read_bytes(), "regenerate: python -m didban.demo.write_corpus"
    assert (tmp_path / "corpus_stories.json").read_bytes() == corpus_path().with_name("corpus_stories.json").read_bytes()


def test_demo_articles_fill_a_store(sqlite_store: Store) -> None:
    arts = list(iter_demo_articles())
    report = sqlite_store.add_articles(arts)
    assert report.added == len(arts) and report.duplicates == 0
    hits = sqlite_store.search("نمایشگاه کتاب کرمان")
    assert hits and "کرمان" in hits[0].title
    assert all(a.published and a.published.tzinfo for a in sqlite_store.latest(20))
