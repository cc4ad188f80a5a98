"""Bad input never stops a batch: each bad record is quarantined with origin, position and reason."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from didban.ingest import ingest
from didban.ingest.files import Limits
from didban.store import Store

GOOD = {"title": "خبر سالم", "text": "این متن یک خبر سالم است که باید وارد شود."}


def _good(i: int) -> str:
    return json.dumps({"title": f"خبر سالم {i}", "text": f"متن سالم شماره {i} برای آزمون."}, ensure_ascii=False)


def test_quarantine_kinds_each_with_reason(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    limits = Limits(max_file_bytes=200_000, max_line_bytes=50_000, max_html_bytes=100_000, max_html_depth=100,
                    max_text_chars=20_000)
    lines = [
        _good(1).encode(),
        b'{"title": "broken", "text": ',  # 2 bad JSON
        json.dumps({"title": "empty", "text": "   "}).encode(),  # 3 empty text
        # 4 an unreadable date: the article is kept, undated, with a warning (not quarantined)
        json.dumps({"title": "d", "text": "متن دارد", "date": "1403/13/45"}, ensure_ascii=False).encode(),
        json.dumps(["not", "an", "object"]).encode(),  # 5 not an object
        b'{"title": "caf\xe9 \xe8\xe0 \xfc", "text": "\xe9t\xe9 \xe0 Paris \xfc\xfc"}',  # 6 Latin-1, not UTF-8/cp1256
        json.dumps({"title": "big", "text": "x" * 60_000}).encode(),  # 7 line too long
        b"[" * 20_000 + b"]" * 20_000,  # 8 nested too deeply
        json.dumps({"title": "long", "text": "ب " * 15_000}, ensure_ascii=False).encode(),  # 9 text too long
        json.dumps({"title": "t", "text": {"nested": 1}}).encode(),  # 10 text of wrong type -> empty
        _good(11).encode(),
    ]
    (d / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (d / "huge.json").write_bytes(b"[" + b" " * 250_000 + b"]")  # 11 file over the cap
    (d / "empty.csv").write_bytes(b"")  # 12 empty file
    (d / "deep.html").write_text("<html><body>" + "<div>" * 500 + "متن" + "</div>" * 500 + "</body></html>")  # 13
    (d / "big.html").write_text("<html><body><p>" + "کلمه " * 15_000 + "</p></body></html>")  # 14 HTML too large
    (d / "bad.json").write_text('[{"title": "a", "text": "b"},,]')  # 15 invalid JSON file
    (d / "corrupt.jsonl.gz").write_bytes(gzip.compress(_good(99).encode())[:-12] + b"garbage!!!!!")  # 16
    (d / "rows.csv").write_text('title,text\nسطر,متن سطر\n"a","b","c"\n,\nبزرگ,' + "x" * 60_000
                                + "\nپس از,متن پس از خطا\n", encoding="utf-8")  # 17 extra fields, huge field
    (d / "nohead.csv").write_text("foo,bar\n1,2\n")  # 18 no text column
    (d / "blank.txt").write_text(" \n\u200c \n")  # 19 white space only (a one-line file is an article)
    store = Store.open(tmp_path / "q.db")
    report = ingest([d, tmp_path / "missing.jsonl"], store, limits=limits)  # 20 missing file
    q = {(Path(r.origin).name, r.position): r.reason for r in store.quarantined(limit=1000)}
    expect = {
        ("mixed.jsonl", "line 2"): "invalid JSON",
        ("mixed.jsonl", "line 3"): "empty text",
        ("mixed.jsonl", "line 5"): "record is not an object",
        ("mixed.jsonl", "line 6"): "undecodable bytes",
        ("mixed.jsonl", "line 7"): "line too long",
        ("mixed.jsonl", "line 8"): "nested too deeply",
        ("mixed.jsonl", "line 9"): "text too long",
        ("mixed.jsonl", "line 10"): "empty text",
        ("huge.json", "file"): "file too large",
        ("empty.csv", "file"): "empty file",
        ("deep.html", "file"): "HTML nested too deeply",
        ("big.html", "file"): "HTML too large",
        ("bad.json", "line 1 col 30"): "invalid JSON",
        ("corrupt.jsonl.gz", "file"): "corrupt gzip",
        ("rows.csv", "row 3"): "3 fields for 2 columns",
        ("rows.csv", "row 5"): "field larger than field limit",
        ("nohead.csv", "row 1"): "CSV header has no text column",
        ("blank.txt", "file"): "empty text",
        ("missing.jsonl", "file"): "no such file",
    }
    for key, reason in expect.items():
        assert key in q, (key, sorted(q))
        assert reason in q[key], (key, q[key])
    assert len({r.split(" (")[0].split(":")[0] for r in q.values()}) >= 10
    # the good records around the bad ones all went in
    titles = {a.title for a in store.iter_articles()}
    assert {"خبر سالم 1", "خبر سالم 11", "سطر", "پس از", "d"} <= titles
    assert ("mixed.jsonl", "line 4") not in q
    undated = next(a for a in store.iter_articles() if a.title == "d")
    assert undated.published is None and "invalid date in 'date'" in undated.meta["warnings"][0]
    assert report.warned == 1 and report.warnings[0].startswith(str(d / "mixed.jsonl") + " line 4: invalid date")
    assert report.quarantined == len(q)
    # raw prefix kept for inspection
    raw = next(r for r in store.quarantined(limit=1000) if r.position == "line 2")
    assert raw.raw and raw.raw.startswith('{"title": "broken"')
    # rerun: nothing added, quarantine not duplicated
    again = ingest([d, tmp_path / "missing.jsonl"], store, limits=limits)
    assert again.added == 0
    assert len(store.quarantined(limit=1000)) == len(q)


def test_cli_summary_and_exit_codes(tmp_path: Path) -> None:
    from didban.cli import _register, app

    _register()
    runner = CliRunner()
    good = tmp_path / "good.jsonl"
    good.write_text(_good(1) + "\n{bad\n" + _good(2) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    r = runner.invoke(app, ["ingest", str(good), "--db", db, "--no-enrich", "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert (summary["added"], summary["duplicates"], summary["quarantined"]) == (2, 0, 1)
    r = runner.invoke(app, ["ingest", str(good), "--db", db, "--no-enrich", "--json"])
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert r.exit_code == 0 and (summary["added"], summary["duplicates"]) == (0, 2)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope\n[1]\n", encoding="utf-8")
    r = runner.invoke(app, ["ingest", str(bad), "--db", db, "--no-enrich", "--json"])
    assert r.exit_code == 1  # nothing could be read
    assert json.loads(r.stdout.strip().splitlines()[-1])["quarantined"] == 2


def test_cli_names_the_articles_kept_with_a_bad_field(tmp_path: Path) -> None:
    from didban.cli import _register, app

    _register()
    src = tmp_path / "dates.jsonl"
    src.write_text(json.dumps({"title": "بی‌تاریخ", "text": "متن خبر", "date": "1403/13/45"}, ensure_ascii=False)
                   + "\n" + _good(2) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 0, res.output
    assert "added 2" in res.stderr and f"{src} line 1: invalid date in 'date'" in res.stderr
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", str(tmp_path / "w2.db"), "--json"])
    summary = json.loads(res.stdout)
    assert summary["warned"] == 1 and "line 1: invalid date" in summary["warnings"][0]
