"""didban.assess: series, spike detection, calibrated forecasts, backtests, track record.

Integration entry points:

- :func:`didban.assess.forecast.forecast_table` (history frame -> region, month, p, expected)
- :func:`didban.assess.spikes.detect` (series, false-alarm rate -> flagged periods)
- :func:`didban.assess.series.build_series` (store -> region/category/period counts)
- :func:`forecast_records`, :func:`resolve`, :func:`track_record` (stored forecasts)
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from didban.assess.history import Target
from didban.records import Forecast


def forecast_records(table: pd.DataFrame, *, target: str, as_of: str, model: str, inputs: str) -> list[Forecast]:
    """``forecast_table`` rows as ``records.Forecast`` (what ``Store.save_forecasts`` takes)."""
    from didban.assess.history import parse_month

    origin = parse_month(as_of)
    return [
        Forecast(region=str(r.region), month=str(r.month), target=target, p=float(r.p),
                 expected=float(r.expected), as_of=as_of, horizon=(parse_month(r.month) - origin).n,
                 model=model, inputs=inputs)
        for r in table.itertuples(index=False)
    ]


def resolve(store: Any, panel: pd.DataFrame, kind: str, complete: Any = ()) -> int:
    """Resolve the stored forecasts for ``kind>=K`` whose month the panel now covers.

    ``panel``: month x region counts (a history file, or
    :func:`didban.assess.series.monthly_panel` over the store's events). ``complete``: months
    ("YYYY-MM") known to be covered to their end, where a region the panel lacks had 0."""
    outcomes = {
        (str(region), f"{m.year:04d}-{m.month:02d}"): float(v)
        for m, row in panel.iterrows() for region, v in row.items()
    }
    return store.resolve_forecasts(outcomes, kind=kind, complete=complete)


def resolve_from_store(store: Any) -> int:
    """Resolve stored forecasts from the store's own events, once their month is over and the store's news
    reaches past its end (a month the news covers with no event in a region resolves with 0 there). Runs after
    every ingest (``didban ingest``, ``didban watch``), so outcomes are resolved as they arrive; it reads the
    store's series only when some open forecast's month has closed. ``didban resolve`` does the same by hand."""
    from didban.assess.series import TZ, build_series, month_start, monthly_panel

    _, last = store.published_range()
    if last is None:
        return 0
    # a month is complete when it is over (Tehran's months, as the series) and the store has news after its end
    now = pd.Timestamp.now(tz=TZ).tz_localize(None).to_period("M")
    bound = min(now, pd.Timestamp(last).tz_convert(TZ).tz_localize(None).to_period("M"))
    series: dict[str, Target] = {}
    months: set[str] = set()
    for f in store.forecasts(resolved=False):
        if pd.Period(f.month, freq="M") >= bound:
            continue  # not closed yet: nothing to read for it
        try:
            t = Target.parse(f.target)
        except ValueError:  # (a row written by other means: left open, never an ingest's error)
            continue
        series[t.series] = t
        months.add(f.month)
    if not series:
        return 0
    first = pd.Period(min(months), freq="M")
    complete = [str(m) for m in pd.period_range(first, bound - 1, freq="M")]
    since = month_start(first)
    n = 0
    empty = pd.DataFrame(index=pd.PeriodIndex([], freq="M"))
    built: dict[bool, pd.DataFrame] = {}
    for name, t in sorted(series.items()):  # «events», «fatalities», «events[ASSAULT]» ...
        # the series the forecast was made from (`didban forecast`'s: all stories, or those of the categories)
        by_category = bool(t.categories)
        if by_category not in built:
            built[by_category] = build_series(store, "month", since=since, until=month_start(bound),
                                              by_category=by_category)
        s = built[by_category]
        rows = s[s["category"].isin(t.categories)] if by_category and not s.empty else s
        panel = monthly_panel(rows, "dead" if t.kind == "fatalities" else "stories") if not rows.empty else empty
        n += resolve(store, panel, name, complete)
    return n


def track_record(store: Any, *, bins: int = 10) -> dict[str, Any]:
    """Scores of the resolved stored forecasts, for the dashboard.

    Keys: ``forecasts`` (all), ``resolved``, ``open``, ``brier``, ``log_loss``, ``ece``,
    ``msle``, ``reliability`` (per-bin n, mean p, observed frequency), ``by_target``
    (the same scores per target) and ``recent`` (the last 20 resolved, as dicts)."""
    from didban.assess import calibration as cal

    all_f = store.forecasts()
    done = [f for f in all_f if f.resolved and f.outcome is not None]

    def scores(items: list[Forecast]) -> dict[str, Any]:
        if not items:
            return {"n": 0}
        p = np.array([f.p for f in items])
        y = np.array([float(f.outcome >= Target.parse(f.target).k) for f in items])
        exp = [(f.expected, f.outcome) for f in items if f.expected is not None]
        return {
            "n": len(items), "brier": cal.brier(p, y), "log_loss": cal.log_loss(p, y), "ece": cal.ece(p, y, bins),
            "base_rate": float(y.mean()),
            "msle": cal.msle(np.array([e for e, _ in exp]), np.array([o for _, o in exp])) if exp else None,
            "reliability": cal.reliability(p, y, bins),
        }

    out: dict[str, Any] = {"forecasts": len(all_f), "resolved": len(done), "open": len(all_f) - len(done)}
    out.update({k: v for k, v in scores(done).items() if k != "n"})
    out["by_target"] = {tg: scores([f for f in done if f.target == tg]) for tg in sorted({f.target for f in done})}
    out["by_model"] = {md: scores([f for f in done if f.model == md]) for md in sorted({f.model for f in done})}
    out["recent"] = [f.to_dict() for f in sorted(done, key=lambda f: f.month, reverse=True)[:20]]
    return out
