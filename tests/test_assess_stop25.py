"""Stop 25: the store's series on Tehran's calendar (invented store rows); each assertion failed before."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd

from didban.assess.heat import regional_heat
from didban.assess.series import build_series
from didban.records import Article, Event
from didban.store import Store


def _art(i: int, place: str, when: datetime) -> Article:
    return Article(title=f"t{i}", text=f"body {i}", url=f"https://x.example/{i}", published=when, source="src",
                   main_place=place, story_id=f"s{i}")


def test_weeks_run_saturday_to_friday_and_days_are_tehran_days(sqlite_store: Store) -> None:
    # 2026-11-27 is a Friday; 2026-11-28 a Saturday. 21:00 UTC on the 27th is 00:30 on the 28th in Tehran
    rows = [_art(i, "khuzestan", datetime(2026, 11, d, 9, 0, tzinfo=UTC)) for i, d in enumerate(range(14, 28))]
    rows.append(_art(99, "khuzestan", datetime(2026, 11, 27, 21, 0, tzinfo=UTC)))
    sqlite_store.add_articles(rows)
    week = regional_heat(sqlite_store, period="week", periods=3, window=2)
    k = next(r for r in week if r.region == "khuzestan")
    starts = [pd.Period(p, freq="W-FRI").start_time for p in k.periods]
    assert all(s.day_name() == "Saturday" for s in starts), k.periods
    assert k.counts[-1] == 1 and k.counts[-2] == 7  # Sat 21 .. Fri 27 full; the late report is Saturday's
    day = regional_heat(sqlite_store, period="day", periods=2, window=2)
    assert next(r for r in day if r.region == "khuzestan").periods[-1] == "2026-11-28"


def test_a_report_after_midnight_in_tehran_is_in_the_new_month(sqlite_store: Store) -> None:
    """Published 2026-08-01 01:00 Tehran (2026-07-31 21:30 UTC): August, in the trends and in the event series."""
    when = datetime(2026, 7, 31, 21, 30, tzinfo=UTC)
    a = _art(1, "kordestan", when)
    sqlite_store.add_articles([a, _art(2, "kordestan", datetime(2026, 7, 10, 9, 0, tzinfo=UTC))])
    sqlite_store.add_events([Event(id="e1", category="ASSAULT", article_id=a.id, story_id="s1", date=when,
                                   place="kordestan")])
    month = regional_heat(sqlite_store, period="month", periods=2, window=2)
    k = next(r for r in month if r.region == "kordestan")
    assert dict(zip(k.periods, k.counts, strict=True)) == {"2026-07": 1, "2026-08": 1}
    s = build_series(sqlite_store, "month", by_category=False)
    assert list(s["period"]) == ["2026-08"]


def test_a_category_counts_the_event_dated_after_the_newest_report(sqlite_store: Store) -> None:
    """An event is dated at noon of its day (08:30 UTC), later than the morning report that tells of it: the
    category view still counts it."""
    morning = datetime(2026, 12, 3, 6, 30, tzinfo=UTC)
    a = _art(1, "sistan-baluchestan", morning)
    sqlite_store.add_articles([a, _art(2, "sistan-baluchestan", datetime(2026, 11, 3, 6, 30, tzinfo=UTC))])
    sqlite_store.add_events([Event(id="e1", category="ASSAULT", article_id=a.id, story_id="s1",
                                   date=datetime(2026, 12, 3, 8, 30, tzinfo=UTC), place="sistan-baluchestan")])
    heat = regional_heat(sqlite_store, period="month", periods=2, window=2, categories=("ASSAULT",))
    assert heat and heat[0].region == "sistan-baluchestan" and heat[0].counts == [0, 1]
