"""The composed pipeline: stages together, the extract contract, backfill (also on Dask), the demo."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from didban.cli import _register, app
from didban.pipeline import Pipeline, backfill, get_stage
from didban.records import Article
from didban.store import Store

LEAD = (
    "به گزارش ایرنا به نقل از پلیس سیستان و بلوچستان، در درگیری مسلحانه در سراوان دو مأمور کشته شدند. "
    "سرهنگ محمدی، فرمانده انتظامی شهرستان گفت: مهاجمان متواری شدند. وی افزود: داعش مسئولیت را پذیرفته است."
)


def _article() -> Article:
    return Article(title="درگیری مسلحانه در مرز", text=LEAD)


def test_pipeline_fills_every_stage_and_offsets_point_into_text() -> None:
    a = Pipeline()(_article())
    assert a.lang == "fa"
    assert a.provenance is not None and a.provenance.origin == "پلیس سیستان و بلوچستان"
    assert a.quotes and all(a.text[q.start:q.end] == q.text for q in a.quotes)
    assert a.mentions and all(a.text[m.start:m.end] == m.text for m in a.mentions)
    assert any(m.canonical == "org:isis" for m in a.mentions)
    assert a.main_place == "sistan-baluchestan"
    city = next(p for p in a.places if p.kind == "city")
    assert city.province == "sistan-baluchestan"


def test_place_in_title_only_counts() -> None:
    a = Pipeline()(Article(title="سیل در گیلان", text="باران شدید دیروز چند روستا را زیر آب برد و جاده‌ها بسته شد."))
    assert a.main_place == "gilan"


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown stage 'nope'; known: text"):
        get_stage("nope")


def test_extract_json_contract(tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("درگیری مسلحانه در مرز\n" + LEAD, encoding="utf-8")
    _register()
    out = CliRunner().invoke(app, ["extract", str(f), "--json"])
    assert out.exit_code == 0, out.output
    rec = json.loads(out.stdout.splitlines()[0])
    for key in ("id", "lang", "title", "published", "outlet", "unit", "cited", "origin", "quotes", "entities",
                "places"):
        assert key in rec
    assert rec["outlet"] == "ایرنا" and rec["cited"] == ["پلیس سیستان و بلوچستان"]
    assert {e["type"] for e in rec["entities"]} >= {"ORG", "PER"}
    assert all(set(e) == {"text", "type", "canonical", "start", "end"} for e in rec["entities"])
    assert any(p["kind"] == "city" and p["province"] == "sistan-baluchestan" for p in rec["places"])
    assert rec["file"] == str(f)


def test_extract_echoes_the_input_records_own_id(tmp_path) -> None:
    """A JSON lines input with ids: each output line carries its record's id (the store id otherwise), and where
    it was read."""
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "fx-17", "title": "نشست", "text": "به گزارش ایسنا، وزیر گفت: تورم کاهش می‌یابد."},
                            ensure_ascii=False) + "\n"
                 + json.dumps({"title": "بی شناسه", "text": "به گزارش مهر، او افزود: خوب است."}, ensure_ascii=False)
                 + "\n", encoding="utf-8")
    _register()
    out = CliRunner().invoke(app, ["extract", str(f), "--json"])
    assert out.exit_code == 0, out.output
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["id"] == "fx-17" and first["outlet"] == "ایسنا"
    assert second["id"] and second["id"] != "fx-17" and second["outlet"] == "مهر"
    assert first["file"] == second["file"] == str(f) and first["position"] != second["position"]


def _unenriched_store(tmp_path) -> Store:
    store = Store.open(tmp_path / "b.db")
    store.add_articles([
        _article(),
        Article(title="Floods in Gilan", text="Heavy rain flooded villages in Gilan province, officials said."),
        Article(title="نشست اقتصادی", text="به گزارش ایسنا، وزیر اقتصاد گفت: تورم کاهش می‌یابد."),
    ])
    assert all(a.provenance is None for a in store.iter_articles())
    return store


def test_backfill_in_process(tmp_path) -> None:
    store = _unenriched_store(tmp_path)
    result = backfill(store, partition_size=2)
    assert result["articles"] == 3 and result["partitions"] == 2 and result["stories"] >= 2
    arts = list(store.iter_articles())
    assert all(a.provenance is not None and a.lang for a in arts)
    assert all(a.story_id for a in arts)
    assert {a.main_place for a in arts} >= {"sistan-baluchestan", "gilan"}


def test_backfill_on_dask(tmp_path) -> None:
    store = _unenriched_store(tmp_path)
    result = backfill(store, partition_size=2, use_dask=True, workers=1, stories=False)
    assert result["articles"] == 3
    assert all(a.mentions is not None for a in store.iter_articles())


def test_demo_builds_an_enriched_store_idempotently(tmp_path) -> None:
    from didban.demo.build import build_demo

    store = Store.open(tmp_path / "demo.db")
    first = build_demo(store)
    assert first["added"] >= 300 and first["quarantined"] == 0
    assert 0 < first["stories"] < first["articles"]
    arts = list(store.iter_articles())
    assert sum(a.main_place is not None for a in arts) > 0.8 * len(arts)
    assert sum(bool(a.quotes) for a in arts) > 0.5 * len(arts)
    again = build_demo(store)
    assert again["added"] == 0 and again["articles"] == first["articles"]
    assert len(store.stories(limit=10_000)) == again["stories"]  # re-clustering replaces, no stale rows


def test_demo_stories_match_the_corpus_story_key(tmp_path) -> None:
    """The demo corpus ships its own story key (which reports are the same event): B-cubed
    against it, through ingest -> pipeline -> assign_stories."""
    import json
    from collections import defaultdict

    from didban.demo.build import CORPUS, build_demo

    store = Store.open(tmp_path / "demo.db")
    build_demo(store)
    key = {u: k for k, urls in json.loads(CORPUS.with_name("corpus_stories.json").read_text()).items()
           for u in urls}
    arts = list(store.iter_articles())
    gold = {a.id: key.get(a.url, "single:" + a.id) for a in arts}
    pred = {a.id: a.story_id for a in arts}
    g_members, p_members = defaultdict(set), defaultdict(set)
    for i in gold:
        g_members[gold[i]].add(i)
        p_members[pred[i]].add(i)
    both = {i: len(p_members[pred[i]] & g_members[gold[i]]) for i in gold}
    precision = sum(both[i] / len(p_members[pred[i]]) for i in gold) / len(gold)
    recall = sum(both[i] / len(g_members[gold[i]]) for i in gold) / len(gold)
    assert precision >= 0.9 and recall >= 0.8, (precision, recall)


def test_ingest_cli_enriches_and_clusters_new_articles(tmp_path) -> None:
    lead = "به گزارش ایرنا، زمین‌لرزه‌ای به بزرگی ۵.۴ ریشتر بامداد امروز شهرستان سرپل ذهاب را لرزاند و ۴۰ نفر مصدوم شدند."
    rows = [
        {"title": "زلزله سرپل ذهاب را لرزاند", "text": lead, "url": "https://irna.ir/n/1",
         "published": "2026-11-02T06:00:00Z"},
        {"title": "زمین‌لرزه ۵.۴ ریشتری در سرپل ذهاب", "text": lead.replace("ایرنا", "ایسنا به نقل از ایرنا"),
         "url": "https://isna.ir/n/2", "published": "2026-11-02T07:00:00Z"},
        {"title": "آغاز سال تحصیلی", "text": "مدارس استان فارس از امروز بازگشایی شدند.", "url": "https://x.ir/3",
         "published": "2026-11-02T08:00:00Z"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = tmp_path / "c.db"
    _register()
    out = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["added"] == 3 and summary["stories"] == 2
    store = Store.open(db)
    by_url = {a.url: a for a in store.iter_articles()}
    quake = by_url["https://irna.ir/n/1"].story_id
    assert quake and by_url["https://isna.ir/n/2"].story_id == quake != by_url["https://x.ir/3"].story_id
    assert by_url["https://x.ir/3"].main_place == "fars"
    (story,) = [s for s in store.stories() if s.id == quake]
    assert story.origin_article == by_url["https://irna.ir/n/1"].id
