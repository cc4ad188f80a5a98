"""Regions heating up: independent stories per region and period, spikes at a set false-alarm
rate, on a real store, and the dashboard page and API over it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from didban.assess.heat import regional_heat
from didban.records import Article, Story
from didban.store import Store
from didban.web.app import create_app

START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
DAYS = 40


def _article(n: int, day: int, place: str, **kw: object) -> Article:
    return Article(title=f"خبر شماره {n} از {place}", text=f"متن خبر {n} در روز {day} درباره {place}.",
                   url=f"https://example.ir/h/{n}", published=START + timedelta(days=day, minutes=n % 600),
                   source="test", lang="fa", main_place=place, **kw)  # type: ignore[arg-type]


def _fill(store: Store, *, last_day_stories: int, copies: int = 0, reports_per_story: int = 1) -> None:
    arts: list[Article] = []
    n = 0
    for day in range(DAYS):  # background: one story a day in each of two provinces
        for place in ("kerman", "fars"):
            n += 1
            arts.append(_article(n, day, place))
    store.add_articles(arts)
    last = DAYS - 1
    stories: list[Story] = []
    for s in range(last_day_stories):  # the last day: a burst in one province
        members = []
        for _ in range(reports_per_story):
            n += 1
            a = _article(n, last, "sistan-baluchestan")
            store.add_articles([a])
            members.append(a)
            for _ in range(copies):  # syndicated copies of each report
                n += 1
                c = _article(n, last, "sistan-baluchestan", duplicate_of=a.id)
                store.add_articles([c])
        for a in members:
            a.story_id = f"st{s}"
        store.update_articles(members)
        stories.append(Story(id=f"st{s}", members=[a.id for a in members if a.id], title=members[0].title,
                             first_seen=members[0].published, last_seen=members[-1].published))
    if stories:
        store.save_stories(stories)
    # the background province sometimes has a report, too
    for day in range(0, DAYS - 1, 3):
        n += 1
        store.add_articles([_article(n, day, "sistan-baluchestan")])


def test_a_burst_is_flagged_and_quiet_regions_are_not(any_store: Store) -> None:
    _fill(any_store, last_day_stories=6)
    rows = regional_heat(any_store, period="day", periods=20, window=14, false_alarm_rate=0.01)
    by = {r.region: r for r in rows}
    assert rows[0].region == "sistan-baluchestan"
    hot = by["sistan-baluchestan"]
    assert hot.latest == 6 and hot.spike and hot.pvalue is not None and hot.pvalue < 0.01
    assert hot.baseline is not None and hot.baseline < 1
    assert len(hot.counts) == 20 and hot.spikes[-1]
    assert not by["kerman"].spike and not by["fars"].spike


def test_copies_and_reports_of_one_story_count_once(sqlite_store: Store) -> None:
    _fill(sqlite_store, last_day_stories=1, copies=3, reports_per_story=4)
    hot = {r.region: r for r in regional_heat(sqlite_store, period="day", periods=20)}["sistan-baluchestan"]
    assert hot.latest == 1  # 4 reports and 12 copies of one story
    assert not hot.spike


def test_false_alarm_rate_bounds_flags_on_a_steady_series(sqlite_store: Store) -> None:
    _fill(sqlite_store, last_day_stories=0)
    rows = regional_heat(sqlite_store, period="day", periods=25, false_alarm_rate=0.01)
    flagged = sum(sum(r.spikes) for r in rows if r.region in ("kerman", "fars"))
    assert flagged == 0
    with pytest.raises(ValueError):
        regional_heat(sqlite_store, false_alarm_rate=0)


def test_a_store_of_one_region_is_scored_against_its_own_past(sqlite_store: Store) -> None:
    n = 0
    for day in range(DAYS):
        for _ in range(2 if day < DAYS - 1 else 9):
            n += 1
            sqlite_store.add_articles([_article(n, day, "kerman")])
    (row,) = regional_heat(sqlite_store, period="day", periods=20)
    assert row.latest == 9 and row.spike
    assert sum(row.spikes) == 1


def test_empty_store_and_weekly_periods(sqlite_store: Store) -> None:
    assert regional_heat(sqlite_store) == []
    _fill(sqlite_store, last_day_stories=2)
    weekly = regional_heat(sqlite_store, period="week", periods=5, window=3)
    assert weekly and all(len(r.counts) == 5 for r in weekly)
    kerman = next(r for r in weekly if r.region == "kerman")
    assert kerman.counts[1:-1] == [7, 7, 7]  # one story a day; the first and last weeks may be partial
    assert all(p.count("/") == 1 for p in kerman.periods)  # week labels: start/end


def test_trends_page_and_api(sqlite_store: Store) -> None:
    _fill(sqlite_store, last_day_stories=6)
    client = TestClient(create_app(sqlite_store))
    page = client.get("/trends")
    assert page.status_code == 200 and 'id="trend-table"' in page.text
    assert 'class="spike" data-region="sistan-baluchestan"' in page.text
    assert "سیستان و بلوچستان" in page.text
    english = client.get("/trends", params={"lang": "en", "period": "week"})
    assert english.status_code == 200 and "Sistan" in english.text
    body = client.get("/api/trends").json()
    assert body["items"][0]["region"] == "sistan-baluchestan" and body["items"][0]["spike"] is True
    assert client.get("/api/trends", params={"period": "year"}).status_code == 422
    # a category the filter does not know is an error, not every story (stop 25); PLOVER codes are read as by
    # `didban heat --category`; no coded event in this store: nothing counts
    bad = client.get("/api/trends", params={"category": "bogus"})
    assert bad.status_code == 422 and "bogus" in bad.text.lower()
    assert client.get("/trends", params={"category": "ASSAULT,nope"}).status_code == 422
    for cat in ("ASSAULT", "assault,coerce", "violence"):
        res = client.get("/api/trends", params={"category": cat})
        assert res.status_code == 200 and res.json()["count"] == 0


def _monthly(store: Store) -> None:
    """Two stories a month in Kerman and Fars for 18 months; Sistan-Baluchestan one a month, then eight in the
    last month."""
    n = 0
    for month in range(18):
        first = datetime(2025 + (5 + month) // 12, (5 + month) % 12 + 1, 3, 9, 0, tzinfo=UTC)
        for place, k in (("kerman", 2), ("fars", 2), ("sistan-baluchestan", 8 if month == 17 else 1)):
            for i in range(k):
                n += 1
                store.add_articles([Article(title=f"خبر {n} {place}", text=f"متن خبر {n} درباره {place}.",
                                            url=f"https://example.ir/m/{n}", published=first + timedelta(days=2 * i),
                                            source="test", lang="fa", main_place=place)])


def test_monthly_periods_in_the_library_the_api_and_the_cli(sqlite_store: Store, tmp_path) -> None:  # noqa: ANN001
    _monthly(sqlite_store)
    rows = regional_heat(sqlite_store, period="month", periods=12, window=6)
    hot = rows[0]
    assert hot.region == "sistan-baluchestan" and hot.latest == 8 and hot.spike
    assert hot.periods[-1] == "2026-11" and len(hot.counts) == 12
    assert {r.region: r.spike for r in rows}["kerman"] is False
    client = TestClient(create_app(sqlite_store))
    body = client.get("/api/trends", params={"period": "month"}).json()
    assert body["period"] == "month" and body["items"][0]["region"] == "sistan-baluchestan"
    assert client.get("/trends", params={"period": "month"}).status_code == 200

    import json

    from typer.testing import CliRunner

    from didban.cli import _register, app

    _register()
    db = str(sqlite_store.engine.url.database)
    res = CliRunner().invoke(app, ["heat", "--db", db, "--period", "month", "--window", "6", "--json"])
    assert res.exit_code == 0, res.output
    first = json.loads(res.stdout.splitlines()[0])
    assert first["region"] == "sistan-baluchestan" and first["spike"] is True
    res = CliRunner().invoke(app, ["heat", "--db", db, "--period", "month", "--window", "6"])
    assert res.exit_code == 0 and "Sistan" in res.stdout and "2026-11" in res.stdout  # names, and the last period
    res = CliRunner().invoke(app, ["heat", "--db", db, "--category", "ASSAULT,NOPE"])
    assert res.exit_code == 2 and "NOPE" in res.output
    res = CliRunner().invoke(app, ["heat", "--db", db, "--period", "year"])
    assert res.exit_code == 2 and "day, week, month" in res.output
    res = CliRunner().invoke(app, ["heat", "--db", db, "--periods", "0"])
    assert res.exit_code == 2 and "--periods must be at least 1" in res.output


def test_trend_periods_are_jalali_in_persian_and_gregorian_in_english(sqlite_store: Store) -> None:
    from didban.web.i18n import period_label

    assert period_label("2026-11-25", "fa") == "۴ آذر ۱۴۰۵"
    assert period_label("2026-11-24/2026-11-30", "fa") == "۳ آذر – ۹ آذر ۱۴۰۵"
    assert period_label("2026-11", "fa") == "۱۰ آبان – ۹ آذر ۱۴۰۵"  # a Gregorian month as its Jalali days
    assert period_label("2026-11", "en") == "Nov 2026"
    _fill(sqlite_store, last_day_stories=2)
    client = TestClient(create_app(sqlite_store))
    for period in ("day", "week", "month"):
        page = client.get("/trends", params={"period": period}).text
        titles = re.findall(r"<title>([^<]*)</title>", page)[1:]  # the page's own title first
        assert titles and not any(re.search(r"20\d\d-\d\d", x) for x in titles), titles[:3]
        assert any(m in page for m in ("آبان", "آذر", "مهر"))
    english = client.get("/trends", params={"period": "week", "lang": "en"}).text
    assert re.search(r"<title>\d+ (?:Oct|Nov) – \d+ (?:Oct|Nov) 2026: \d+</title>", english)


def test_periods_before_the_store_began_are_not_quiet_periods(sqlite_store: Store) -> None:
    """A baseline window longer than the store's history is fitted on the periods it covers only: the days
    before the first report (nothing was read then) used to count as days without stories, so a long enough
    window made any ordinary day a spike."""
    _fill(sqlite_store, last_day_stories=0)
    rows = {r.region: r for r in regional_heat(sqlite_store, period="day", periods=1, window=200)}
    kerman = rows["kerman"]  # one story a day for 40 days, the last one included
    assert kerman.latest == 1 and not kerman.spike
    assert kerman.baseline is not None and kerman.baseline > 0.5  # about one a day, not 40 in 200 days
    assert kerman.pvalue is not None and kerman.pvalue > 0.3
