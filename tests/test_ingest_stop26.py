"""Stop 26: metadata dates read wrong without a word (invented values): a zone abbreviation not known was read as
Tehran time (feedparser: as UTC), a date decades ahead was stored as the newest report."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from didban.text.dates import DateRefused, parse_date


@pytest.mark.parametrize("value", [
    "Sat, 02 Nov 2024 14:30:00 IST",  # India, Israel or Ireland
    "Sat, 02 Nov 2024 14:30:00 XYZ",
    "2024-11-02 14:30 SAST",
    "02 Nov 2099 10:00",
    "1478/01/01",  # Jalali 1478 is 2099
    datetime(2099, 1, 1, tzinfo=UTC),
    4_102_444_800,  # Unix time of 2100-01-01
])
def test_a_date_in_no_known_zone_or_years_ahead_is_refused(value: object) -> None:
    with pytest.raises(DateRefused):
        parse_date(value)


@pytest.mark.parametrize(("value", "iso"), [  # guards: the zones the RFC 822 reader knows, and today
    ("Sat, 02 Nov 2024 14:30:00 GMT", "2024-11-02T14:30:00+00:00"),
    ("Sat, 02 Nov 2024 14:30:00 UT", "2024-11-02T14:30:00+00:00"),
    ("Sat, 02 Nov 2024 14:30:00 EST", "2024-11-02T19:30:00+00:00"),
    ("2024-11-02T14:30:00 UTC", "2024-11-02T14:30:00+00:00"),
])
def test_known_zones_are_read(value: str, iso: str) -> None:
    got = parse_date(value)
    assert got is not None and got.isoformat() == iso


def test_a_date_hours_ahead_is_kept() -> None:
    """A clock or a zone wrong by hours is no reason to drop the date."""
    soon = datetime.now(UTC) + timedelta(hours=20)
    assert parse_date(soon.isoformat()) == soon.replace(microsecond=soon.microsecond)


def test_ingest_and_extract_say_why_a_date_was_refused(tmp_path: Path) -> None:
    from didban.cli import _register, app

    _register()
    body = "سیل در چابهار آمد و راه‌ها بسته شد."
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"a{i}", "title": "سیل", "text": body, "published": v},
                                        ensure_ascii=False)
                             for i, v in enumerate(["2099-05-01T10:00:00Z", "Sat, 02 Nov 2024 14:30:00 IST",
                                                    "Sat, 02 Nov 2024 14:30:00 CEST"])) + "\n", encoding="utf-8")
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>نمونه</title><link>https://n.example.ir/</link>'
        "<item><title>سیل</title><link>https://n.example.ir/1</link><description>" + body + "</description>"
        "<pubDate>Sat, 02 Nov 2024 14:30:00 IST</pubDate></item>"
        "<item><title>باران</title><link>https://n.example.ir/2</link><description>باران در رشت آمد.</description>"
        "<pubDate>Sun, 02 Nov 2099 14:30:00 GMT</pubDate></item></channel></rss>", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(src), str(feed), "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [r["published"] for r in rows] == [None, None, "2024-11-02T12:30:00Z", None, None]
    err = res.stderr
    assert err.count("date in the future") == 2 and err.count("unknown time zone abbreviation 'IST'") == 2
