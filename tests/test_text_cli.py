"""`didban extract FILE... --json` over the ingest formats."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from didban.cli import _register, app
from didban.store.identity import article_id, content_hash, url_key

LEAD = ("به گزارش پایگاه 598 به نقل از باشگاه خبرنگاران؛ ذوالفقاری در همایش اظهار داشت: امنیت پایدار است.\n"
        "معاون امنیتی وزارت کشور افزود: دوم.")


def _run(*args: str) -> list[dict]:
    _register()
    res = CliRunner().invoke(app, ["extract", *args, "--json"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]


def test_extract_txt_jsonl_csv_gz(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("عنوان خبر\n" + LEAD, encoding="utf-8")
    url = "https://www.farsnews.ir/news/13911121000971/x"
    rec = {"title": "t", "body": "به گزارش خبرنگار سیاسی ایسنا، علی لاریجانی گفت: سلام.", "link": url}
    (tmp_path / "b.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("title,text\nx,\"خبرگزاری فارس: وزیر گفت: سلام.\"\n", encoding="utf-8")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"title": "e", "content": "The minister said that talks would resume."}) + "\n")
    out = _run(*(str(tmp_path / n) for n in ("a.txt", "b.jsonl", "c.csv", "d.jsonl.gz")))
    assert len(out) == 4
    for o in out:
        assert {"id", "lang", "title", "published", "outlet", "unit", "cited", "origin", "quotes"} <= set(o)
    a, b, c, d = out
    assert (a["outlet"], a["cited"], a["origin"]) == ("پایگاه 598", ["باشگاه خبرنگاران"], "باشگاه خبرنگاران")
    assert [q["speaker"] for q in a["quotes"]] == ["ذوالفقاری", "ذوالفقاری"]
    assert a["quotes"][1]["role"] == "معاون امنیتی وزارت کشور"
    assert a["id"] == article_id(None, content_hash("عنوان خبر", LEAD))
    assert LEAD[a["quotes"][0]["start"]:a["quotes"][0]["end"]] == a["quotes"][0]["text"]
    assert b["id"] == article_id(url_key(url), content_hash("t", rec["body"]))
    assert b["published"] == "2013-02-09T08:30:00Z"  # from the Fars link id
    assert (b["outlet"], b["cited"], b["unit"]) == ("خبرگزاری فارس", ["ایسنا"], "خبرنگار سیاسی")
    assert c["outlet"] == "خبرگزاری فارس" and c["quotes"][0]["cue"] == "گفت"
    assert d["lang"] == "en" and d["quotes"][0]["speaker"] == "The minister"



def test_extract_txt_without_a_headline_line(tmp_path: Path) -> None:
    """A .txt article whose first line is the lead (or that is one line) keeps the lead in its text."""
    (tmp_path / "lead.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "one_line.txt").write_text(LEAD.replace("\n", " "), encoding="utf-8")
    for o in _run(str(tmp_path / "lead.txt"), str(tmp_path / "one_line.txt")):
        assert (o["outlet"], o["cited"], o["origin"]) == ("پایگاه 598", ["باشگاه خبرنگاران"], "باشگاه خبرنگاران")
        assert [q["speaker"] for q in o["quotes"]] == ["ذوالفقاری", "ذوالفقاری"]
        assert o["quotes"][1]["role"] == "معاون امنیتی وزارت کشور"

def test_a_forwarded_telegram_post_cites_the_channel_it_came_from(tmp_path: Path) -> None:
    export = {"name": "کانال دیده‌بان مرز", "type": "public_channel", "id": 77, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1714545000", "forwarded_from": "خبرگزاری تسنیم",
         "text": "فرماندار سراوان گفت: مرز باز است."},
        {"id": 2, "type": "message", "date_unixtime": "1714545600", "forwarded_from": "کانال پژواک",
         "text": ["به گزارش ", {"type": "bold", "text": "ایرنا"}, "، فرماندار سراوان گفت: مرز باز است."]},
        {"id": 3, "type": "message", "date_unixtime": "1714546000",
         "text": "به گزارش ایرنا، فرماندار سراوان گفت: مرز بسته شد."},
        {"id": 4, "type": "message", "date_unixtime": "1714546600", "forwarded_from": "کانال دیده‌بان مرز",
         "text": "فرماندار سراوان گفت: مرز دوباره باز شد."},
    ]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    a, b, c, d = _run(str(path))
    assert (a["outlet"], a["cited"], a["origin"]) == ("کانال دیده‌بان مرز", ["خبرگزاری تسنیم"], "خبرگزاری تسنیم")
    # the forwarded text's own lead continues the chain beyond the channel it came from
    assert (b["cited"], b["origin"]) == (["کانال پژواک", "ایرنا"], "ایرنا")
    assert (c["cited"], c["origin"]) == (["ایرنا"], "ایرنا")
    assert (d["cited"], d["origin"]) == ([], "کانال دیده‌بان مرز")  # a channel re-posting itself
    assert [o["id"] for o in (a, b, c, d)] == ["1", "2", "3", "4"]  # the messages' own ids


def test_extract_reads_standard_input_as_the_kind_it_shows() -> None:
    _register()
    rec = {"title": "عنوان خبر", "text": LEAD}
    runs = {
        "jsonl": (json.dumps(rec, ensure_ascii=False) + "\n") * 2,
        "json": json.dumps(rec, ensure_ascii=False, indent=1),
        "txt": LEAD,
        "csv": 'title,text\nعنوان خبر,"' + LEAD + '"\n',
        "tsv": "title\ttext\nعنوان خبر\t" + LEAD.replace("\n", " ") + "\n",
    }
    for kind, data in runs.items():
        res = CliRunner().invoke(app, ["extract", "-", "--json"], input=data.encode("utf-8"))
        assert res.exit_code == 0, (kind, res.output)
        out = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
        assert len(out) == (2 if kind == "jsonl" else 1), kind
        assert all(o["origin"] == "باشگاه خبرنگاران" for o in out), kind
        if kind in ("csv", "tsv"):  # read as a table: its title column is the title, not the header row
            assert out[0]["title"] == "عنوان خبر", kind
    res = CliRunner().invoke(app, ["extract", "-", "--json"], input=b'{"title": "t"}\n')
    assert "stdin" in res.output and "empty text" in res.output


def test_extract_reports_bad_input(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    _register()
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "bad.jsonl"), "--json"])
    assert res.exit_code == 1


def test_extract_offsets_index_the_input_text_as_given(tmp_path: Path) -> None:
    """Quote and entity offsets count in the record's own text (or a text file's, after its headline line),
    although the text is read cleaned: doubled blanks, tabs, no-break spaces, CR LF line ends, blank lines and
    control characters before a quote must not shift it; a quote's text is the input's characters there."""
    raw = ("به  گزارش\u00a0ایسنا،\tعلی رضایی  سخنگوی وزارت نیرو \x07گفت:  آب شرب   تهران تامین است.\r\n\r\n\r\n\r\n"
           "وی افزود:   مصرف  باید کم شود.  ")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 1, "title": "آب", "text": raw}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (tmp_path / "b.txt").write_text("عنوان  خبر\r\n" + raw, encoding="utf-8")
    (tmp_path / "c.txt").write_text(raw, encoding="utf-8")  # no headline line: the whole file
    a, b, c = _run(*(str(tmp_path / n) for n in ("a.jsonl", "b.txt", "c.txt")))
    for o in (a, b, c):
        assert [q["speaker"] for q in o["quotes"]] == ["علی رضایی", "علی رضایی"]
        for q in o["quotes"]:
            assert raw[q["start"]:q["end"]] == q["text"]
        assert o["quotes"][0]["text"].startswith("آب شرب   تهران") and o["quotes"][1]["text"].startswith("مصرف  باید")
        for m in o["entities"]:
            assert " ".join(raw[m["start"]:m["end"]].split()) == m["text"]
    assert any(m["text"] == "علی رضایی" for m in a["entities"])


def test_extract_names_a_bad_file_whose_name_looks_like_markup(tmp_path: Path) -> None:
    """Messages carry file names and values as they are: «[/bold]» in a path is not a formatting tag (it used to
    crash the run and lose the files after it)."""
    (tmp_path / "ok.txt").write_text(LEAD, encoding="utf-8")
    _register()
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "x[/bold]y.jsonl"), str(tmp_path / "ok.txt"), "--json"])
    assert res.exit_code == 0, res.output
    assert "x[/bold]y.jsonl" in res.stderr and "no such file" in res.stderr
    assert len([ln for ln in res.stdout.splitlines() if ln.startswith("{")]) == 1


def test_a_declared_language_does_not_hide_the_text_s_own(tmp_path: Path) -> None:
    """A record's or feed's language tag is a region code («ar-SA», «fa-IR») or plain wrong (a Persian item in a
    feed declared English): the text's own language decides, and its quotes are read."""
    recs = [{"id": "a", "lang": "ar-SA", "text": "قال وزير الخارجية علي حسن في مؤتمر صحفي: إن المفاوضات ستستأنف الأسبوع المقبل."},
            {"id": "b", "lang": "en", "text": LEAD},
            {"id": "c", "lang": "FA", "text": LEAD}]
    (tmp_path / "l.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                                      encoding="utf-8")
    a, b, c = _run(str(tmp_path / "l.jsonl"))
    assert (a["lang"], b["lang"], c["lang"]) == ("ar", "fa", "fa")
    assert a["quotes"] and [q["speaker"] for q in b["quotes"]] == ["ذوالفقاری", "ذوالفقاری"]


def test_a_feed_entry_keeps_its_guid_and_odd_ids_print_as_json(tmp_path: Path) -> None:
    (tmp_path / "f.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><guid>urn:item-17</guid>'
        f"<title>آب</title><description>{LEAD}</description></item></channel></rss>", encoding="utf-8")
    recs = [{"id": True, "text": LEAD}, {"id": [1, 2], "text": LEAD}, {"id": 7, "text": LEAD}]
    (tmp_path / "i.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                                      encoding="utf-8")
    assert [o["id"] for o in _run(str(tmp_path / "f.rss"), str(tmp_path / "i.jsonl"))] == [
        "urn:item-17", "true", "[1, 2]", "7"]


def test_a_bad_field_does_not_lose_the_article(tmp_path: Path) -> None:
    """An unreadable date or an oversized title is a bad field, not a bad article: the article is read (undated,
    title cut) with a warning naming the file, the record and the reason; a date ahead in the lead is a plan the
    article announces, not its publication date."""
    recs = [{"id": "a", "published": "02/11/2024", "text": LEAD},
            {"id": "b", "title": "عنوان " * 500, "text": LEAD},
            {"id": "c", "text": "The meeting on 5 November 2090 will discuss water, the minister said."}]
    (tmp_path / "f.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                                      encoding="utf-8")
    _register()
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "f.jsonl"), "--json"])
    assert res.exit_code == 0, res.output
    a, b, c = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert a["published"] is None and [q["speaker"] for q in a["quotes"]] == ["ذوالفقاری", "ذوالفقاری"]
    assert "f.jsonl line 1: invalid date in 'published'" in res.stderr
    assert len(b["title"]) <= 2001 and "f.jsonl line 2: title too long" in res.stderr
    assert c["published"] is None


def test_files_of_no_input_type_in_a_folder_are_named(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("# notes", encoding="utf-8")
    _register()
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--json"])
    assert res.exit_code == 0 and "1 file(s) of no input type skipped (e.g. notes.md)" in res.stderr
    assert len([ln for ln in res.stdout.splitlines() if ln.startswith("{")]) == 1


def test_lone_surrogates_in_a_record_do_not_stop_the_run(tmp_path: Path) -> None:
    """A JSON «\\udc00» escape (a lone surrogate, not writable as UTF-8) in an id, a title or a text: the record is
    read with U+FFFD in its place, and the records after it too."""
    (tmp_path / "s.jsonl").write_text(
        '{"id": "s\\ud800", "title": "x\\udc00", "text": "' + LEAD.replace("\n", " ") + ' \\ud800"}\n'
        + json.dumps({"id": "b", "text": LEAD}, ensure_ascii=False) + "\n", encoding="utf-8")
    a, b = _run(str(tmp_path / "s.jsonl"))
    assert (a["id"], a["title"], b["id"]) == ("s\ufffd", "x\ufffd", "b")
    assert [q["speaker"] for q in a["quotes"]] == ["ذوالفقاری", "ذوالفقاری"]
