"""Event series per region, category and period, built from the store.

Counts *independent stories*, not copies: events that share a ``story_id`` count
once per (region, category, period); an event without a story counts by its article
(or by itself). ``coverage`` is the number of independent stories the store holds
for the region and period (all articles with a ``published`` date, grouped by story,
duplicates dropped), so ``rate`` = stories per 1,000 covered stories corrects for
changes in how much news there is.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd

# Tehran's calendar: days and months in Asia/Tehran time, weeks from Saturday to Friday (as the trends page)
PERIODS = {"day": "D", "week": "W-FRI", "month": "M"}
TZ = "Asia/Tehran"


def periods_of(ts: pd.Series, period: str) -> pd.Series:
    """The Tehran day, week or month (``pandas.Period``) of each UTC moment of ``ts``."""
    return pd.to_datetime(ts, utc=True).dt.tz_convert(TZ).dt.tz_localize(None).dt.to_period(PERIODS[period])


def _period(ts: pd.Series, period: str) -> pd.Series:
    return periods_of(ts, period).astype(str)


def local_time(t: datetime) -> datetime:
    """A moment as Tehran wall-clock time (naive; a naive ``t`` is UTC)."""
    return pd.Timestamp(t if t.tzinfo else t.replace(tzinfo=UTC)).tz_convert(TZ).tz_localize(None).to_pydatetime()


def instant(local: pd.Timestamp) -> datetime:
    """Tehran wall-clock time (naive) as a UTC moment: where a Tehran period begins (``period.start_time``)."""
    return local.tz_localize(TZ).tz_convert(UTC).to_pydatetime()


def month_start(month: pd.Period) -> datetime:
    """The UTC moment a month begins in Tehran (the bound of a read «up to» the month before)."""
    return instant(month.start_time)


def build_series(
    store,  # noqa: ANN001 - didban.store.Store
    period: str = "month",
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    by_category: bool = True,
) -> pd.DataFrame:
    """Columns: period, region, category, events, stories, dead, coverage, rate."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}")
    ev = pd.DataFrame(store.event_rows(since, until))
    cols = ["period", "region", "category", "events", "stories", "dead", "coverage", "rate"]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    ev = ev.dropna(subset=["date"])
    ev["period"] = _period(ev["date"], period)
    ev["region"] = ev["place"].fillna("unknown")
    ev["category"] = ev["category"] if by_category else "ALL"
    ev["unit"] = ev["story_id"].fillna(ev["article_id"]).fillna("event:" + ev["id"].astype(str))
    keys = ["period", "region", "category"]
    g = ev.groupby(keys)
    out = pd.DataFrame({
        "events": g.size(),
        "stories": g["unit"].nunique(),
        # the same death toll reported by several copies of a story counts once: max per story
        "dead": ev.groupby([*keys, "unit"])["dead"].max().fillna(0).groupby(level=[0, 1, 2]).sum(),
    }).reset_index()
    cov = pd.DataFrame(store.coverage_rows(since, until))
    if cov.empty:
        out["coverage"] = 0
    else:
        cov = cov[cov["duplicate_of"].isna()]
        cov["period"] = _period(cov["published"], period)
        cov["unit"] = cov["story_id"].fillna(cov["id"])
        by_region = cov.dropna(subset=["main_place"]).groupby(["period", "main_place"])["unit"].nunique()
        by_region.index = by_region.index.set_names(["period", "region"])
        out = out.merge(by_region.rename("coverage").reset_index(), on=["period", "region"], how="left")
        out["coverage"] = out["coverage"].fillna(0).astype(int)
    out["rate"] = (1000.0 * out["stories"] / out["coverage"].where(out["coverage"] > 0)).astype(float)
    return out[cols].sort_values(keys).reset_index(drop=True)


def monthly_panel(series: pd.DataFrame, value: str = "stories", category: str | None = None) -> pd.DataFrame:
    """Month x region panel (as :func:`didban.assess.history.load_history` returns) from a monthly series."""
    s = series if category is None else series[series["category"] == category]
    if s.empty:
        return pd.DataFrame(index=pd.PeriodIndex([], freq="M"))
    wide = s.pivot_table(index="period", columns="region", values=value, aggfunc="sum", fill_value=0)
    wide.index = pd.PeriodIndex(wide.index, freq="M")
    full = pd.period_range(wide.index.min(), wide.index.max(), freq="M")
    return wide.reindex(full, fill_value=0).astype(float)
