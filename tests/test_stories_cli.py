"""`didban cluster IN.jsonl --json`: the scoring contract (one line per parseable input, input order,
ids echoed as given, bad lines on stderr, missing fields, unsorted or missing dates)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from didban.cli import _register, app
from didban.cli.stories import parse_published

EVENT = ("بارش شدید باران در شهرستان‌های چابهار و نیکشهر در استان سیستان و بلوچستان موجب جاری شدن سیل شد و "
         "راه ارتباطی ده‌ها روستا مسدود شد. مدیرکل مدیریت بحران سیستان و بلوچستان گفت تیم‌های امدادی هلال احمر "
         "به مناطق سیل‌زده چابهار و نیکشهر اعزام شده‌اند.")
OTHER = "تیم ملی والیبال ایران در لیگ ملت‌ها برابر ژاپن سه بر یک پیروز شد و در جدول رده‌بندی بالاتر رفت."


def _lines(tmp_path: Path, rows: list[object | str]) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                 encoding="utf-8")
    return p


def _run(path: Path) -> tuple[list[dict], str]:
    _register()
    res = CliRunner().invoke(app, ["cluster", str(path), "--json"])
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    return out, res.stderr


def test_contract(tmp_path: Path) -> None:
    rows: list[object | str] = [
        {"id": 7, "title": "سیل در چابهار", "text": EVENT, "published": "2024-03-11T10:00:00Z", "source": "isna"},
        "{not json",
        {"id": "x-2", "title": "سیل در چابهار", "text": "به گزارش ایسنا، " + EVENT, "published": "2024-03-10T09:00:00",
         "source": "mehr"},
        [1, 2, 3],
        {"id": 3.5, "text": OTHER},  # no title, no date
        {"id": None, "title": "فقط عنوان"},  # no text
        {"title": "بدون شناسه", "text": OTHER + " دوباره", "published": "not a date"},
        "",
    ]
    out, err = _run(_lines(tmp_path, rows))
    # one line per input line (the blank one aside), in input order; ids echoed as given; a bad line keeps its
    # place with a null id and story and the reason
    assert [o["id"] for o in out] == [7, None, "x-2", None, 3.5, None, None]
    bad, good = [out[1], out[3]], [out[0], out[2], out[4], out[5], out[6]]
    assert all(set(o) == {"id", "story", "duplicate_of"} for o in good)
    assert all(o["story"] is None and o["duplicate_of"] is None and o["error"] for o in bad)
    assert "bad JSON" in out[1]["error"] and "not a JSON object" in out[3]["error"]
    assert out[0]["story"] == out[2]["story"]
    # «به گزارش ایسنا»: Mehr's item copies ISNA's report, though it is dated earlier (before stop 25 the earlier
    # one was taken for the original whatever it cited)
    assert out[2]["duplicate_of"] == 7 and out[0]["duplicate_of"] is None
    assert out[4]["story"] != out[0]["story"] and out[5]["story"] != out[0]["story"]
    assert "in.jsonl:2" in err and "in.jsonl:4" in err and "without an id" in err


def test_no_dates_and_all_bad(tmp_path: Path) -> None:
    out, _ = _run(_lines(tmp_path, [{"id": i, "title": "", "text": EVENT if i % 2 else OTHER} for i in range(6)]))
    assert [o["id"] for o in out] == list(range(6))
    assert len({o["story"] for o in out}) == 2
    assert [o["duplicate_of"] for o in out] == [None, None, 0, 1, 0, 1]
    out, err = _run(_lines(tmp_path, ["garbage", "[]"]))
    assert [(o["id"], o["story"]) for o in out] == [(None, None), (None, None)] and "bad" in err


def test_parse_published() -> None:
    assert parse_published("2024-03-10T09:00:00Z").isoformat() == "2024-03-10T09:00:00+00:00"
    assert parse_published(1710061200).year == 2024
    assert parse_published(1710061200000).year == 2024  # milliseconds
    assert parse_published("یکشنبه") is None and parse_published(None) is None and parse_published(True) is None


def test_entry_point_stories_file(tmp_path: Path) -> None:
    src = _lines(tmp_path, [{"id": "a", "title": "سیل", "text": EVENT, "source": "isna"},
                            {"id": "b", "title": "سیل", "text": "به گزارش ایسنا، " + EVENT, "source": "tasnim"}])
    stories = tmp_path / "stories.jsonl"
    res = subprocess.run([sys.executable, "-c", "from didban.cli import main; main()", "cluster", str(src),
                          "--json", "--stories", str(stories)], capture_output=True, text=True, check=True)
    assert len(res.stdout.splitlines()) == 2
    (st,) = [json.loads(x) for x in stories.read_text(encoding="utf-8").splitlines()]
    assert st["members"] == ["a", "b"] and st["origin_article"] == "a" and st["independent_sources"] == 1
    assert ["b", "a", "copies"] in st["graph"] and ["b", "a", "cites"] in st["graph"]


def test_bom_and_odd_field_types(tmp_path: Path) -> None:
    p = tmp_path / "bom.jsonl"
    rows = [{"id": "a", "title": 12, "text": ["not", "a", "string"], "published": {"x": 1}, "source": 5},
            {"id": 2, "title": "سیل", "text": EVENT}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8-sig")
    out, err = _run(p)
    assert [o["id"] for o in out] == ["a", 2]
    assert "bad JSON" not in err and "not a JSON object" not in err


def test_assign_stories_command_incremental_then_full(tmp_path: Path) -> None:
    """`didban assign-stories`: stored articles without a story get one; a later call keeps the
    earlier ids and attaches the follow-up; --full re-clusters (same grouping here)."""
    _register()
    db = str(tmp_path / "s.db")
    first = _lines(tmp_path, [
        {"title": "سیل در چابهار", "text": EVENT, "url": "https://a.ir/1", "published": "2024-03-11T10:00:00Z"},
        {"title": "والیبال", "text": OTHER, "url": "https://b.ir/2", "published": "2024-03-11T11:00:00Z"},
    ])
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(first), "--db", db, "--no-enrich"]).exit_code == 0
    res = runner.invoke(app, ["assign-stories", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[-1])["stories"] == 2

    from didban.store import Store

    store = Store.open(db)
    before = {a.url: a.story_id for a in store.iter_articles()}
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"title": "سیل چابهار", "text": "به گزارش ایرنا، " + EVENT, "url": "https://c.ir/3",
                                  "published": "2024-03-12T09:00:00Z"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(second), "--db", db, "--no-enrich"]).exit_code == 0
    assert runner.invoke(app, ["assign-stories", "--db", db]).exit_code == 0
    after = {a.url: a.story_id for a in store.iter_articles()}
    assert {u: after[u] for u in before} == before
    assert after["https://c.ir/3"] == before["https://a.ir/1"]
    res = runner.invoke(app, ["assign-stories", "--db", db, "--full", "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[-1])["mode"] == "full"
    assert {a.url: a.story_id for a in store.iter_articles()} == after
    store.close()


def test_jalali_dates_and_field_names_as_ingest_reads_them(tmp_path: Path) -> None:
    """«1403-08-13» is a Jalali date (not the year 1403 AD), and «Title»/«body»/«date»/«عنوان» name the
    fields as they do for `didban ingest`."""
    assert parse_published("1403-08-13").date().isoformat() == "2024-11-03"
    assert parse_published("۱۲ آبان ۱۴۰۳").date().isoformat() == "2024-11-02"
    # without an offset: Tehran time, as `didban ingest` reads it (the story's first and last seen then agree)
    assert parse_published("2024-11-02T10:00:00").isoformat() == "2024-11-02T06:30:00+00:00"
    assert parse_published("2024-11-02T10:00:00", "UTC").isoformat() == "2024-11-02T10:00:00+00:00"
    rows: list[object | str] = [
        {"id": "a", "Title": "سیل در چابهار", "body": EVENT, "date": "۱۴۰۳/۰۸/۱۲", "Source": "isna"},
        {"id": "b", "title": "سیل در چابهار", "text": EVENT, "published": "1403-08-13"},
        {"id": "c", "عنوان": "والیبال", "متن": OTHER, "تاریخ": "1403-08-13"},
        {"id": "d", "title": "سیل در چابهار", "text": EVENT.replace("سیل", "سیلاب"), "published": "1403-08-12"},
    ]
    out, _ = _run(_lines(tmp_path, rows))
    by = {o["id"]: o for o in out}
    # one day apart, the same text: the later one is a copy of the earlier, in its story
    assert by["b"]["duplicate_of"] == "a" and by["b"]["story"] == by["a"]["story"]
    assert by["d"]["story"] == by["a"]["story"]
    assert by["c"]["story"] != by["a"]["story"] and by["c"]["duplicate_of"] is None


def test_a_json_array_or_a_csv_reads_like_json_lines(tmp_path: Path) -> None:
    rows = [{"id": 1, "title": "سیل در چابهار", "text": EVENT}, {"id": 2, "title": "سیل در چابهار", "text": EVENT},
            {"id": 3, "title": "والیبال", "text": OTHER}, "not an object"]
    arr = tmp_path / "items.json"
    arr.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    out, err = _run(arr)
    assert [o["id"] for o in out] == [1, 2, 3, None] and out[1]["duplicate_of"] == 1 and out[2]["story"] != out[0]["story"]
    assert out[3]["error"] == "not a JSON object"  # an item that is not an object keeps its place
    assert "item 3: not a JSON object" in err
    csv_path = tmp_path / "items.csv"
    csv_path.write_text("id;title;text\n" + "".join(f'{r["id"]};"{r["title"]}";"{r["text"]}"\n' for r in rows[:3]),
                        encoding="utf-8")
    out, _ = _run(csv_path)
    assert [o["id"] for o in out] == ["1", "2", "3"] and out[1]["duplicate_of"] == "1"


def test_awkward_input_never_crashes_the_run(tmp_path: Path) -> None:
    """Lone surrogate escapes, NaN ids, deeply nested lines, a BOM and undecodable bytes on standard input: each
    line is read or reported, never a traceback that loses the whole run."""
    good = json.dumps({"id": "g", "title": "سیل در چابهار", "text": EVENT}, ensure_ascii=False)
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "s\\ud800", "title": "x\\udc00", "text": "' + OTHER + '"}\n'
                 '{"id": NaN, "title": "t", "text": "' + OTHER + ' دوباره"}\n'
                 + '{"id": "deep", "text": ' + "[" * 100_000 + "\n" + good + "\n", encoding="utf-8")
    out, err = _run(p)
    assert [o["id"] for o in out] == ["s\ufffd", None, None, "g"]
    assert "RecursionError" in out[2]["error"] and out[3]["story"]
    data = b"\xef\xbb\xbf" + good.encode() + b"\n" + b'{"id": "b", "title": "\xff\xfe", "text": "abc def"}\n'
    res = subprocess.run([sys.executable, "-c", "from didban.cli import main; main()", "cluster", "-", "--json"], input=data,
                         capture_output=True, check=False)
    assert res.returncode == 0, res.stderr.decode()
    assert [json.loads(x)["id"] for x in res.stdout.decode().splitlines()] == ["g", "b"]


def test_unreadable_published_values_are_counted_on_stderr(tmp_path: Path) -> None:
    rows = [{"id": 1, "title": "سیل", "text": EVENT, "published": "2024-03-10T09:00:00 UTC"},
            {"id": 2, "title": "سیل", "text": EVENT + " ادامه", "published": "garbage"},
            {"id": 3, "title": "والیبال", "text": OTHER, "published": "2024-13-45"}]
    out, err = _run(_lines(tmp_path, rows))
    assert len(out) == 3 and "2 published value(s) not read as a date (the first: object 2: 'garbage')" in err


def test_cluster_reads_dates_without_offset_as_ingest_does(tmp_path: Path) -> None:
    """`didban cluster` and `didban ingest` put a date without an offset at the same instant (Tehran time by
    default, ``--tz`` to change it), so the story records' first and last seen agree with the store's."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "سیل در چابهار", "text": EVENT,
                               "published": "2025-03-03T09:00:00"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "stories.jsonl"
    res = CliRunner().invoke(app, ["cluster", str(src), "--json", "--no-entities", "--stories", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["first_seen"].startswith("2025-03-03T05:30:00")
    res = CliRunner().invoke(app, ["cluster", str(src), "--json", "--no-entities", "--stories", str(out), "--tz", "UTC"])
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["first_seen"].startswith("2025-03-03T09:00:00")
    res = CliRunner().invoke(app, ["cluster", str(src), "--json", "--tz", "Mars/Olympus"])
    assert res.exit_code == 2 and "time zone" in res.output


def test_ingest_places_new_articles_with_the_window_asked(tmp_path: Path) -> None:
    """`didban ingest --window-days 1`: a follow-up two days later opens a story of its own, as
    `didban assign-stories --window-days 1` would place it (stop 25: ingest always used 3 days)."""
    from test_stories_cluster import FLOOD

    _register()
    db = str(tmp_path / "w.db")
    for i, day in ((0, "2024-03-10T10:00:00+03:30"), (1, "2024-03-12T10:00:00+03:30")):
        f = tmp_path / f"d{i}.jsonl"
        f.write_text(json.dumps({"id": f"f{i}", "title": FLOOD[i][0], "text": FLOOD[i][1], "published": day,
                                 "source": f"outlet-{i}"}, ensure_ascii=False) + "\n", encoding="utf-8")
    for i in (0, 1):
        res = CliRunner().invoke(app, ["ingest", str(tmp_path / f"d{i}.jsonl"), "--db", db, "--window-days", "1"])
        assert res.exit_code == 0, res.output
    from didban.store import Store

    assert len({a.story_id for a in Store.open(db).iter_articles()}) == 2
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "d0.jsonl"), "--db", db, "--window-days", "0"])
    assert res.exit_code == 2
