"""Which regions are heating up: per-region counts of independent stories, scored for surprise.

For each region (an article's main place: a province id or an ISO country code) and each
period, the count of *independent stories* (copies dropped, a story counted once however
many outlets carry it) is compared with the region's own recent past by
:func:`didban.assess.spikes.detect`, with the whole store's story volume as exposure: a
region is flagged when its share of the news rises beyond what its baseline explains at the
user's false-alarm rate, not merely because there is more news overall. The exposure is
the rest of the news: the region's own stories are left out of it.

With ``categories`` (PLOVER codes such as ``ASSAULT``, ``PROTEST``), only stories carrying a
coded event of those categories count; the exposure stays the whole story volume.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pandas as pd

from didban.assess.series import PERIODS, instant, local_time, periods_of
from didban.assess.spikes import detect

# periods shown and periods before them that fit the baselines, by period (the dashboard's and `didban heat`'s)
DEFAULT_SPANS = {"day": (30, 14), "week": (12, 8), "month": (12, 12)}


@dataclass
class RegionHeat:
    region: str
    periods: list[str]  # period labels, oldest first
    counts: list[int]  # independent stories per period
    latest: int  # the last period's count
    baseline: float | None  # expected count for the last period from the window before it
    pvalue: float | None  # upper-tail probability of the last period's count under that baseline
    spike: bool  # pvalue below the false-alarm rate
    total: int = 0  # stories over the shown periods
    spikes: list[bool] = field(default_factory=list)  # per period, same test

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def regional_heat(
    store: Any,
    *,
    period: str = "day",
    periods: int = 30,
    window: int = 14,
    false_alarm_rate: float = 0.01,
    until: datetime | None = None,
    categories: Sequence[str] = (),
    min_total: int = 1,
) -> list[RegionHeat]:
    """Regions by surprise of their last period (most surprising first, then by volume).

    ``until``: the end of the last period shown (default: the newest publication date in the
    store, so a store that stopped ingesting still shows its last weeks). Periods before the
    shown ones (``window`` of them) are read only to fit the baselines."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}")
    if not 0 < false_alarm_rate < 1:
        raise ValueError("false_alarm_rate must be in (0, 1)")
    oldest, newest = store.published_range()
    if until is None:
        if newest is None:
            return []
        until = newest + timedelta(seconds=1)
    end = local_time(until)  # periods are Tehran days, weeks and months
    last = pd.Period(end - timedelta(seconds=1), freq=PERIODS[period])
    index = pd.period_range(end=last, periods=periods + window, freq=PERIODS[period])
    since = instant(index[0].start_time)
    cov = pd.DataFrame(store.coverage_rows(since, until))
    if cov.empty:
        return []
    cov = cov[cov["duplicate_of"].isna()].copy()
    cov["period"] = periods_of(cov["published"], period)
    cov["unit"] = cov["story_id"].fillna(cov["id"])
    cov = cov.sort_values("published")
    volume = cov.drop_duplicates("unit").groupby("period")["unit"].nunique()
    # a story counts once, in the period and region of its first report that names a place
    counted = cov.dropna(subset=["main_place"]).drop_duplicates("unit")
    if categories:
        # (to the end of the last period: an event is dated at noon of its day, which may be after the newest
        # report that tells of it)
        ev = pd.DataFrame(store.event_rows(since, instant((index[-1] + 1).start_time)))
        if ev.empty:
            return []
        ev = ev[ev["category"].isin(list(categories))]
        units = set(ev["story_id"].dropna()) | set(ev["article_id"].dropna())
        counted = counted[counted["unit"].isin(units) | counted["id"].isin(units)]
    exposure = volume.reindex(index, fill_value=0).astype(float)
    # periods before the store's first report are no quiet periods: nothing was read then
    first = pd.Period(local_time(oldest), freq=PERIODS[period]) if oldest else index[0]
    covered = index >= first
    out: list[RegionHeat] = []
    for region, rows in counted.groupby("main_place"):
        series = rows.groupby("period")["unit"].nunique().reindex(index, fill_value=0).astype(int)
        shown = series.iloc[-periods:]
        if int(shown.sum()) < min_total:
            continue
        # exposure: the rest of the news (the region's own stories left out, so its burst does not
        # raise its own baseline), plus one, so a store that follows one region only is scored
        # against its own past alone
        rest = (exposure - series).clip(lower=0.0) + 1.0
        res = detect(series[covered], false_alarm_rate, window=window, method="negbin", exposure=rest[covered],
                     min_history=min(window, 6)).reindex(index)
        res["spike"] = res["spike"].fillna(False).astype(bool)
        tail = res.iloc[-periods:]
        base, p = tail["baseline"].iloc[-1], tail["pvalue"].iloc[-1]
        out.append(RegionHeat(
            region=str(region), periods=[str(x) for x in shown.index], counts=[int(x) for x in shown],
            latest=int(shown.iloc[-1]), baseline=None if pd.isna(base) else float(base),
            pvalue=None if pd.isna(p) else float(p), spike=bool(tail["spike"].iloc[-1]),
            total=int(shown.sum()), spikes=[bool(x) for x in tail["spike"]],
        ))
    out.sort(key=lambda h: (h.pvalue if h.pvalue is not None else 1.0, -h.latest, -h.total, h.region))
    return out
