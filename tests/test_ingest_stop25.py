"""Stop 25: feed text and metadata dates a probe found wrong (invented values); each case failed before, except the
escaped title, real tags and IRST (which read right already: guards)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from didban.ingest.feeds import html_to_text
from didban.text.dates import parse_date


@pytest.mark.parametrize(("html", "text"), [
    ("قیمت دلار &amp; سکه در &lt;بازار&gt; تهران", "قیمت دلار & سکه در <بازار> تهران"),
    ("قیمت دلار & سکه در <بازار> تهران", "قیمت دلار & سکه در <بازار> تهران"),  # a plain-text title, unescaped
    ("<p>وزیر گفت: <<تحریم‌ها بی‌اثر است>></p>", "وزیر گفت: <<تحریم‌ها بی‌اثر است>>"),
    ("<p>If x < 5 and y > 3 then stop</p>", "If x < 5 and y > 3 then stop"),
    ('<p class="lead">سیل<br/>در چابهار</p><!-- ad --><img src="a.jpg" alt="x">', "سیل\nدر چابهار"),
])
def test_feed_html_loses_only_tags(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(("value", "iso"), [
    ("Saturday, November 2, 2024 2:30 PM", "2024-11-02T11:00:00+00:00"),  # 14:30 Tehran
    ("Nov 2, 2024 11:45 PM", "2024-11-02T20:15:00+00:00"),
    ("2024-11-02 02:30 PM", "2024-11-02T11:00:00+00:00"),
    ("2024-11-02 12:10 AM", "2024-11-01T20:40:00+00:00"),
    ("Sat, 02 Nov 2024 14:30:00 CEST", "2024-11-02T12:30:00+00:00"),
    ("Sat, 02 Nov 2024 14:30:00 IRST", "2024-11-02T11:00:00+00:00"),
    ("20241102", "2024-11-02T08:30:00+00:00"),  # a day: noon Tehran, as other dates without a time
])
def test_metadata_dates_with_am_pm_zone_names_and_compact_days(value: str, iso: str) -> None:
    got = parse_date(value)
    assert got is not None and got.isoformat() == iso


@pytest.mark.parametrize("value", [2024, 1403, 0, -1, 45598.5, 20241102])
def test_a_small_number_is_no_unix_time(value: float) -> None:
    """A year, a count or an Excel serial day in a date field: no date of 1970."""
    with pytest.raises(ValueError):
        parse_date(value)


def test_extract_gives_null_and_a_warning_for_a_number_that_is_no_date(tmp_path: Path) -> None:
    from didban.cli import _register, app

    _register()
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"a{i}", "title": "سیل", "text": "سیل در چابهار آمد.", "published": v})
                             for i, v in enumerate([2024, 1730543400])) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(src), "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [r["published"] for r in rows] == [None, "2024-11-02T10:30:00Z"]
    assert "2024" in res.stderr


def test_sources_are_recorded_with_their_kind(tmp_path: Path) -> None:
    """The sources table says where articles came from (stop 25: every file, feed file and Telegram source was
    «other», with no address)."""
    from didban.cli import _register, app
    from didban.store import Store

    _register()
    body = "نمایشگاه کتاب استان فارس امروز در شیراز گشایش یافت و تا پایان هفته برپاست. " * 3
    (tmp_path / "plain.jsonl").write_text(json.dumps({"title": "نمایشگاه کتاب", "text": body}, ensure_ascii=False)
                                          + "\n", encoding="utf-8")
    (tmp_path / "named.jsonl").write_text(json.dumps({"title": "بازار", "text": body.replace("کتاب", "فرش"),
                                                      "source": "شیراز نیوز"}, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>خبرگزاری نمونه</title>'
        "<link>https://news.example.ir/</link><item><title>سیل در چابهار</title>"
        "<link>https://news.example.ir/n/1</link><description>" + body.replace("کتاب", "سیل") + "</description>"
        "</item></channel></rss>", encoding="utf-8")
    (tmp_path / "result.json").write_text(json.dumps({
        "name": "کانال نمونه", "type": "public_channel", "id": 777, "messages": [
            {"id": 1, "type": "message", "date": "2024-11-02T10:00:00", "date_unixtime": "1730530800",
             "text": body.replace("کتاب", "گندم")}]}, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "s.db")
    for f in ("plain.jsonl", "named.jsonl", "feed.rss", "result.json"):
        res = CliRunner().invoke(app, ["ingest", str(tmp_path / f), "--db", db, "--no-enrich"])
        assert res.exit_code == 0, res.output
    kinds = {s.kind for s in Store.open(db).sources()}
    assert {"file", "feed", "telegram", "other"} <= kinds, Store.open(db).sources()


def test_a_copy_fills_the_date_and_address_the_stored_article_lacks(any_store, tmp_path: Path) -> None:  # noqa: ANN001
    """The same article read first from a bare text file, then from a record with its date and address: one
    article, dated and addressed (stop 25: the copy's date and URL were dropped with it)."""
    from didban.ingest import ingest

    body = "بارش شدید باران در چابهار موجب جاری شدن سیل شد و راه ده‌ها روستا بسته شد. " * 3
    (tmp_path / "a.txt").write_text("سیل در چابهار\n" + body, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"title": "سیل در چابهار", "text": body,
                                                  "published": "2024-11-02T10:00:00+03:30",
                                                  "url": "https://news.example.ir/n/9"}, ensure_ascii=False)
                                      + "\n", encoding="utf-8")
    store = any_store
    first = ingest([tmp_path / "a.txt"], store)
    second = ingest([tmp_path / "b.jsonl"], store)
    assert (first.added, second.added, second.duplicates) == (1, 0, 1)
    (art,) = list(store.iter_articles())
    assert art.url == "https://news.example.ir/n/9" and art.published is not None
    assert art.published.isoformat() == "2024-11-02T06:30:00+00:00"


def test_a_broken_json_line_names_the_column_of_the_fault(tmp_path: Path) -> None:
    from didban.ingest.files import read_path
    from didban.records import Rejected

    f = tmp_path / "b.jsonl"
    f.write_text('{"title": "a", "text": "بدنه یک"}\n{"title": "broken", "text": "bla"\n', encoding="utf-8")
    items = list(read_path(f))
    bad = [x for x in items if isinstance(x, Rejected)]
    assert len(items) == 2 and len(bad) == 1 and bad[0].position == "line 2" and "(col 34)" in bad[0].reason


def test_a_page_with_a_standalone_time_keeps_its_paragraphs_and_date() -> None:
    """«<h1>..</h1><time datetime=..>۱۲ آبان ۱۴۰۳</time><p>..</p>»: the paragraphs stay lines and the date is read
    (stop 25: the whole article became one line, the date's words inside it)."""
    from didban.ingest.html import extract

    html = ('<html lang="fa">\n<head>\n<meta charset="utf-8">\n<title>هشدار سیل | نمونه</title>\n</head>\n<body>\n'
            "<nav><a href=\"/\">خانه</a></nav>\n<article>\n<h1>هشدار سیل در خوزستان</h1>\n"
            "<time datetime=\"2024-11-02T10:15:00+03:30\">۱۲ آبان ۱۴۰۳</time>\n"
            "<p>به گزارش خبرگزاری نمونه، بارش‌های سنگین در خوزستان پیش‌بینی می‌شود.</p>\n"
            "<p>مدیرکل مدیریت بحران خوزستان گفت: «مردم از رودخانه‌ها فاصله بگیرند.»</p>\n"
            "<p>وی افزود: «تیم‌های امدادی در آماده‌باش هستند.»</p>\n</article>\n<footer>تمامی حقوق محفوظ است</footer>\n"
            "</body></html>")
    ex = extract(html, "https://nemooneh.example/news/777")
    lines = ex.text.split("\n")
    assert len(lines) >= 3 and lines[-1].startswith("وی افزود") and "۱۲ آبان" not in ex.text
    assert ex.published is not None and ex.published.isoformat() == "2024-11-02T06:45:00+00:00"


def test_extract_reads_dates_and_telegram_links_as_ingest_does_with_the_same_options(tmp_path: Path) -> None:
    """`didban extract --tz`, `--telegram-username`: what ingest was told, extract can be told (stop 25: no way
    to reproduce ingest's published and url)."""
    from didban.cli import _register, app

    _register()
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "سیل", "text": "سیل در چابهار آمد و راه روستاها بسته شد.",
                               "published": "2024-11-02T10:00:00"}, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(src), "--json", "--tz", "UTC"])
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])["published"] == "2024-11-02T10:00:00Z"
    res = CliRunner().invoke(app, ["extract", str(src), "--json"])
    assert json.loads(res.stdout.splitlines()[0])["published"] == "2024-11-02T06:30:00Z"
    assert CliRunner().invoke(app, ["extract", str(src), "--tz", "Mars/Olympus"]).exit_code == 2
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "کانال نمونه", "type": "public_channel", "id": 777, "messages": [
        {"id": 5, "type": "message", "date": "2024-11-02T10:00:00", "date_unixtime": "1730530800",
         "text": "سخنگوی دولت گفت: «جلسه هیئت دولت فردا برگزار می‌شود.»"}]}, ensure_ascii=False), encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(export), "--json", "--telegram-username", "nemooneh"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[0])["url"] == "https://t.me/nemooneh/5"
