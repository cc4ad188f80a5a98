"""Stored forecasts, resolution, track record; series from store events; spike detection."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from didban.assess import forecast_records, resolve, resolve_from_store, track_record
from didban.assess.series import build_series, monthly_panel
from didban.assess.spikes import detect
from didban.records import Article, Event, Forecast
from didban.store import Store


def test_forecasts_are_stored_resolved_and_scored(any_store: Store) -> None:
    table = pd.DataFrame({
        "region": ["Syria", "Syria", "Iran", "Iran"], "month": ["2023-01", "2023-02", "2023-01", "2023-02"],
        "p": [0.9, 0.8, 0.2, 0.1], "expected": [120.0, 100.0, 3.0, 2.0],
    })
    recs = forecast_records(table, target="fatalities>=25", as_of="2022-12", model="m/1", inputs="Hist.csv")
    assert [r.horizon for r in recs] == [1, 2, 1, 2]
    assert any_store.save_forecasts(recs) == 4
    any_store.save_forecasts([Forecast(region="Syria", month="2023-01", target="events>=10", p=0.5)])
    assert len(any_store.forecasts(resolved=False)) == 5
    # only January has arrived; the events forecast is not touched by a fatalities outcome
    jan = pd.DataFrame({"Syria": [130.0], "Iran": [30.0]}, index=pd.PeriodIndex(["2023-01"], freq="M"))
    assert resolve(any_store, jan, "fatalities") == 2
    assert resolve(any_store, jan, "fatalities") == 0  # already resolved
    done = any_store.forecasts(resolved=True)
    assert {(f.region, f.month, f.outcome) for f in done} == {("Syria", "2023-01", 130.0), ("Iran", "2023-01", 30.0)}
    assert all(f.model == "m/1" and f.inputs == "Hist.csv" for f in done)
    rec = track_record(any_store)
    assert rec["forecasts"] == 5 and rec["resolved"] == 2 and rec["open"] == 3
    # Syria hit with p=.9, Iran hit (30 >= 25) with p=.2
    assert rec["brier"] == pytest.approx(((0.9 - 1) ** 2 + (0.2 - 1) ** 2) / 2)
    assert rec["by_target"]["fatalities>=25"]["n"] == 2


def _article(i: int, story: str, place: str, day: datetime, source: str) -> Article:
    return Article(title=f"t{i}", text=f"body {i} {story}", url=f"https://x.example/{i}", published=day,
                   source=source, main_place=place, story_id=story)


def test_series_counts_independent_stories_and_normalizes_by_coverage(sqlite_store: Store) -> None:
    d1, d2 = datetime(2024, 1, 10, tzinfo=UTC), datetime(2024, 2, 10, tzinfo=UTC)
    arts = [_article(i, f"s{i // 3}", "IR-07", d1 if i < 12 else d2, f"src{i % 3}") for i in range(24)]
    sqlite_store.add_articles(arts)
    events = []
    # January: story s0 reported by 3 copies -> 3 events, one independent story, dead counted once
    for i in range(3):
        events.append(Event(id=f"e{i}", category="ASSAULT", article_id=arts[i].id, story_id="s0", date=d1,
                            place="IR-07", dead=4))
    events.append(Event(id="e3", category="ASSAULT", article_id=arts[3].id, story_id="s1", date=d1,
                        place="IR-07", dead=1))
    events.append(Event(id="e4", category="PROTEST", story_id=None, date=d2, place="IR-07"))
    assert sqlite_store.add_events(events) == 5
    assert sqlite_store.add_events(events[:1]) == 0
    s = build_series(sqlite_store, "month")
    jan = s[(s.period == "2024-01") & (s.category == "ASSAULT")].iloc[0]
    assert (jan.events, jan.stories, jan.dead, jan.coverage) == (4, 2, 5, 4)
    assert jan.rate == pytest.approx(1000 * 2 / 4)
    feb = s[(s.period == "2024-02")].iloc[0]
    assert (feb.category, feb.stories) == ("PROTEST", 1)
    panel = monthly_panel(build_series(sqlite_store, "month", by_category=False))
    assert panel.loc["2024-01", "IR-07"] == 2 and panel.loc["2024-02", "IR-07"] == 1
    week = build_series(sqlite_store, "week")
    assert len(set(week.period)) == 2
    # store events resolve stored events forecasts (complete months only)
    sqlite_store.save_forecasts([Forecast(region="IR-07", month="2024-01", target="events>=2", p=0.7)])
    assert resolve_from_store(sqlite_store) == 1
    assert sqlite_store.forecasts(resolved=True)[0].outcome == 2.0


def test_spike_false_alarm_rate_is_respected_and_spikes_are_found() -> None:
    rng = np.random.default_rng(7)
    flat = pd.Series(rng.poisson(6.0, 3000).astype(float))
    res = detect(flat, 0.01)
    assert res["spike"].mean() <= 0.015
    series = flat.iloc[:200].copy()
    series.iloc[150] = 30
    res = detect(series, 0.01)
    assert bool(res["spike"].iloc[150])
    # over-dispersed counts: the negative binomial keeps false alarms down where Poisson would not
    od = pd.Series(rng.negative_binomial(2, 2 / (2 + 20.0), 3000).astype(float))
    assert detect(od, 0.01, window=24)["spike"].mean() <= 0.03
    # more coverage explains more events: not a spike once exposure is given
    exposure = pd.Series(np.r_[np.full(199, 100.0), 500.0])
    counts = pd.Series(np.r_[rng.poisson(6.0, 199), 30.0].astype(float))
    assert bool(detect(counts, 0.01)["spike"].iloc[-1])
    assert not bool(detect(counts, 0.01, exposure=exposure)["spike"].iloc[-1])
    rates = pd.Series(np.r_[rng.normal(5, 1, 199), 12.0])
    assert bool(detect(rates, 0.01, method="ewma")["spike"].iloc[-1])


def test_spike_rate_holds_with_a_baseline_fitted_on_a_dozen_periods() -> None:
    """The rate asked is the rate given on a stationary series, also when the window's mean and variance are
    poor estimates (a plug-in fit flagged 3-5 times the rate here); real bursts are still flagged."""
    rng = np.random.default_rng(11)
    big = pd.Series(rng.poisson(200.0, 3000).astype(float))  # a busy region: the mean must not be shrunk
    assert detect(big, 0.01)["spike"].mean() <= 0.015
    bursty = pd.Series(rng.negative_binomial(1, 1 / (1 + 20.0), 3000).astype(float))
    assert detect(bursty, 0.01)["spike"].mean() <= 0.015
    assert detect(bursty, 0.05)["spike"].mean() <= 0.06
    rates = pd.Series(rng.normal(5.0, 1.0, 3000))
    assert 0.004 <= detect(rates, 0.01, method="ewma")["spike"].mean() <= 0.013
    # positive, right-skewed values (rates, shares): their long upper tail is no spike (on the linear scale a
    # lognormal series flagged 0.046 of its periods at 0.01); a tenfold jump still is, and the baseline shown is
    # the level of the window; normal values keep the linear scale (the log scale would make them conservative)
    rs = np.random.default_rng(5)
    skewed = pd.Series(rs.lognormal(0.0, 1.0, 3000))
    assert detect(skewed, 0.01, method="ewma")["spike"].mean() <= 0.013
    assert detect(pd.Series(rs.gamma(2.0, 1.0, 3000)), 0.05, method="ewma")["spike"].mean() <= 0.055
    jump = pd.Series(np.r_[rs.lognormal(0.0, 0.3, 40), 10.0])
    res = detect(jump, 0.01, method="ewma")
    assert bool(res["spike"].iloc[-1]) and 0.7 < res["baseline"].iloc[-1] < 1.4
    assert detect(pd.Series([2.0] * 20), 0.01, method="ewma")["baseline"].iloc[-1] == pytest.approx(2.0)
    quiet = pd.Series([0.0] * 12 + [6.0])  # a quiet region erupting
    assert bool(detect(quiet, 0.01)["spike"].iloc[-1])
    busy = pd.Series(np.r_[rng.poisson(20.0, 24), 60.0].astype(float))
    res = detect(busy, 0.01)
    assert bool(res["spike"].iloc[-1]) and res["spike"].iloc[:-1].sum() == 0
    # the baseline shown is the window's rate times the period's exposure
    flat = pd.Series([10.0] * 13)
    assert abs(detect(flat, 0.01)["baseline"].iloc[-1] - 120.5 / 12) < 1e-9
    doubled = detect(flat, 0.01, exposure=pd.Series([1.0] * 12 + [2.0]))
    assert abs(doubled["baseline"].iloc[-1] - 2 * 120.5 / 12) < 1e-9
    assert doubled["pvalue"].iloc[-1] > 0.9  # half the count its exposure calls for: no spike
    with pytest.raises(ValueError, match="negative"):  # counts only: a negative value is not read as zero events
        detect(pd.Series([3.0, -2.0] * 10), 0.01, method="negbin")


def test_forecast_from_the_store_reads_its_own_events_up_to_as_of(sqlite_store: Store, tmp_path) -> None:  # noqa: ANN001
    """`didban forecast` without --history: the store's monthly series of independent stories with events."""
    import json

    from typer.testing import CliRunner

    from didban.cli import _register, app

    arts, events = [], []
    for m in range(24):  # Sistan-Baluchestan: an ASSAULT story every month; Fars: a PROTEST every third month
        day = datetime(2023 + m // 12, m % 12 + 1, 15, tzinfo=UTC)
        for place, cat, every in (("sistan-baluchestan", "ASSAULT", 1), ("fars", "PROTEST", 3)):
            if m % every:
                continue
            a = _article(len(arts), f"s{len(arts)}", place, day, "src")
            arts.append(a)
            events.append((a, cat, place, day))
    sqlite_store.add_articles(arts)
    sqlite_store.add_events([Event(id=f"e{i}", category=cat, article_id=a.id, story_id=a.story_id, date=day,
                                   place=place, dead=2 if cat == "ASSAULT" else None)
                             for i, (a, cat, place, day) in enumerate(events)])
    # an event after as-of must not be read: its region would appear in the forecasts
    late = _article(999, "late", "kerman", datetime(2024, 12, 20, tzinfo=UTC), "src")
    sqlite_store.add_articles([late])
    sqlite_store.add_events([Event(id="late", category="ASSAULT", article_id=late.id, story_id="late",
                                   date=late.published, place="kerman", dead=50)])
    _register()
    db = str(sqlite_store.engine.url.database)

    def run(*args: str) -> dict[str, float]:
        res = CliRunner().invoke(app, ["forecast", "--db", db, "--as-of", "2024-11", "--horizon", "1",
                                       "--format", "json", *args])
        assert res.exit_code == 0, res.output
        return {d["region"]: d["p"] for d in map(json.loads, res.stdout.splitlines())}

    p = run("--target", "events>=1")
    assert set(p) == {"sistan-baluchestan", "fars"}
    assert p["sistan-baluchestan"] > 0.8 > p["fars"]  # every month against one month in three
    assert set(run("--target", "events>=1", "--category", "PROTEST")) == {"fars"}
    assert run("--target", "fatalities>=1")["sistan-baluchestan"] > 0.8  # two dead every month
    # no event in 2024-10 and 2024-11, but the store covered them: zeros, not a gap before as-of
    quiet = _article(998, "quiet", "fars", datetime(2025, 1, 5, tzinfo=UTC), "src")
    sqlite_store.add_articles([quiet])
    res = CliRunner().invoke(app, ["forecast", "--db", db, "--as-of", "2025-01", "--horizon", "1",
                                   "--target", "events>=1", "--category", "PROTEST", "--format", "json"])
    assert res.exit_code == 0 and "before as-of" not in res.output
    assert [json.loads(x)["month"] for x in res.stdout.splitlines()] == ["2025-02"]
    res = CliRunner().invoke(app, ["forecast", "--db", db, "--as-of", "2025-01", "--target", "events>=1", "--save"])
    assert res.exit_code == 0 and {f.inputs.split(" ")[0] for f in sqlite_store.forecasts()} == {"store"}
    res = CliRunner().invoke(app, ["forecast", "--db", db, "--as-of", "2025-01", "--category", "PROTEST", "--save"])
    assert res.exit_code == 0, res.output  # (stop 25: refused, as resolution counted every event)
    assert {f.target for f in sqlite_store.forecasts() if "[" in f.target} == {"fatalities[PROTEST]>=25"}
    res = CliRunner().invoke(app, ["forecast", "--db", db, "--as-of", "2020-01", "--target", "events>=1"])
    assert res.exit_code == 0 and res.stdout == "region,month,p,expected\n"
    assert "no dated event up to as-of 2020-01" in res.output
    res = CliRunner().invoke(app, ["forecast", "--db", db, "--as-of", "2024-11", "--category", "NOPE"])
    assert res.exit_code == 2 and "NOPE" in res.output


def test_stored_forecasts_are_replaced_on_rerun_and_resolved_by_ingest(sqlite_store: Store, tmp_path) -> None:  # noqa: ANN001
    """A forecast re-run replaces the one stored before; the model that made it and the target are stored with
    it; ingesting news that closes a month resolves that month's forecasts at once, with 0 for a region the news
    covered without an event; resolve and track-record refuse a store that does not exist; a Jalali as-of is
    refused with its Gregorian month."""
    import json

    from typer.testing import CliRunner

    from didban.cli import _register, app

    arts, events = [], []
    for m in range(24):
        day = datetime(2023 + m // 12, m % 12 + 1, 15, tzinfo=UTC)
        for place, cat, every in (("sistan-baluchestan", "ASSAULT", 1), ("fars", "PROTEST", 3)):
            if m % every == 0:
                a = _article(len(arts), f"s{len(arts)}", place, day, "src")
                arts.append(a)
                events.append(Event(id=f"e{len(events)}", category=cat, article_id=a.id, story_id=a.story_id,
                                    date=day, place=place))
    sqlite_store.add_articles(arts)
    sqlite_store.add_events(events)
    _register()
    db = str(sqlite_store.engine.url.database)
    run = CliRunner().invoke
    base = ["forecast", "--db", db, "--as-of", "2024-12", "--horizon", "2", "--target", "events>=1", "--save"]
    assert run(app, base).exit_code == 0
    first = sqlite_store.forecasts()
    assert len(first) == 4 and {(f.region, f.month) for f in first} == {
        (r, m) for r in ("sistan-baluchestan", "fars") for m in ("2025-01", "2025-02")}
    assert all(f.model.startswith("didban-forecast/") and f.model.split(" ", 1)[1] in ("logit", "ens") for f in first)
    assert all("target=events>=1" in f.inputs for f in first)
    assert run(app, base).exit_code == 0 and len(sqlite_store.forecasts()) == 4  # a re-run replaces
    assert run(app, [*base, "--model", "hgb"]).exit_code == 0
    assert len(sqlite_store.forecasts()) == 8 and len({f.model for f in sqlite_store.forecasts()}) == 2
    # news of February 2025 arrives: January is over and covered (no event in it), February is not over
    news = tmp_path / "feb.jsonl"
    news.write_text(json.dumps({"id": "n1", "title": "برگزاری نمایشگاه کتاب در شیراز",
                                "text": "نمایشگاه کتاب استان فارس امروز در شیراز گشایش یافت و تا پایان هفته برپاست.",
                                "published": "2025-02-10T10:00:00+03:30", "source": "shiraz-news"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    res = run(app, ["ingest", str(news), "--db", db])
    assert res.exit_code == 0, res.output
    done = sqlite_store.forecasts(resolved=True)
    assert {(f.region, f.month, f.outcome) for f in done} == {
        ("sistan-baluchestan", "2025-01", 0.0), ("fars", "2025-01", 0.0)}
    assert len(done) == 4  # two regions, two models
    res = run(app, ["track-record", "--db", db])
    rec = json.loads(res.stdout)
    assert rec["forecasts"] == 8 and rec["resolved"] == 4 and len(rec["by_model"]) == 2
    for cmd in (["resolve"], ["track-record"]):
        res = run(app, [*cmd, "--db", str(tmp_path / "typo.db")])
        assert res.exit_code == 2 and not (tmp_path / "typo.db").exists()
    res = run(app, ["forecast", "--db", db, "--as-of", "1403-10", "--target", "events>=1"])
    assert res.exit_code == 2 and "2024-12" in res.output
    # a forecast of some categories is stored with them and resolved against their events only: an ASSAULT in
    # Sistan-Baluchestan in March resolves its ASSAULT forecast with 1, an ASSAULT in Fars leaves Fars's PROTEST
    # forecast at 0 (the regions of a category's forecast are those with its events up to as-of)
    for cats in ("PROTEST", "ASSAULT"):
        res = run(app, ["forecast", "--db", db, "--as-of", "2025-02", "--horizon", "1", "--target", "events>=1",
                        "--category", cats, "--save"])
        assert res.exit_code == 0, res.output
    march = _article(900, "s900", "sistan-baluchestan", datetime(2025, 3, 10, tzinfo=UTC), "src")
    april = _article(901, "s901", "fars", datetime(2025, 4, 10, tzinfo=UTC), "src")
    fars = _article(902, "s902", "fars", datetime(2025, 3, 12, tzinfo=UTC), "src")
    sqlite_store.add_articles([march, april, fars])
    sqlite_store.add_events([Event(id="e900", category="ASSAULT", article_id=march.id, story_id="s900",
                                   date=march.published, place="sistan-baluchestan"),
                             Event(id="e902", category="ASSAULT", article_id=fars.id, story_id="s902",
                                   date=fars.published, place="fars")])
    assert resolve_from_store(sqlite_store) == 6  # the two March category forecasts, and February's four
    got = {(f.target, f.region): f.outcome for f in sqlite_store.forecasts(resolved=True) if "[" in f.target}
    assert got == {("events[ASSAULT]>=1", "sistan-baluchestan"): 1.0, ("events[PROTEST]>=1", "fars"): 0.0}
    assert json.loads(run(app, ["track-record", "--db", db]).stdout)["by_target"]["events[PROTEST]>=1"]["n"] == 1
