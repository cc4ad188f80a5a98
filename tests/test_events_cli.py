"""`didban extract --json` lists each article's PLOVER events."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from didban.cli import _register, app


def test_extract_json_has_events(tmp_path: Path) -> None:
    text = ("در انفجار بمب در بازار زاهدان سه نفر کشته و ۱۲ تن زخمی شدند. "
            "مهاجم تیم میزبان در دقیقه ۸۰ حمله کرد و گل زد.")
    rec = {"title": "انفجار در زاهدان", "text": text, "url": "https://example.org/n/1",
           "published": "2024-05-01T10:00:00Z"}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    _register()
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "a.jsonl"), "--json"])
    assert res.exit_code == 0, res.output
    (out,) = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    events = out["events"]
    assert [e["category"] for e in events] == ["ASSAULT"]  # the football sentence codes nothing
    (e,) = events
    assert {"category", "mode", "actor1", "actor2", "place", "dead", "injured", "date", "confidence",
            "text"} <= set(e)
    assert (e["mode"], e["dead"], e["injured"], e["place"]) == ("explosives", 3, 12, "sistan-baluchestan")
    assert e["date"].startswith("2024-05-01")
    span = e["text"]
    assert text[span["start"]:span["end"]].startswith("در انفجار بمب")
    assert span["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= span["end"]
