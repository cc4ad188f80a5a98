"""Rolling-origin backtest: every forecast is made from data up to its origin only.

For each origin T (monthly), features at T use rows <= T, and the models in use were
fitted at a refit origin T0 <= T (every ``refit_every`` months; 1 = refit at every
origin, as the ``forecast`` command does). Scores are computed on target months
T + h that were never used in fitting the model that forecast them.

Baselines on the same rows: climatology (the region's frequency of months >= K over
all its history up to T), persistence (1 if month T was >= K), and the share of the
last 12 months >= K. Counts: persistence (y_T) and the log-mean of the last 12 months.
The PaCE peer forecasts (``Historical_Predictions/YYYY-MM_h6.csv``; the file named
F forecasts months F .. F+5 from data up to F-1) join on origin, region and month.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from didban.assess import calibration as cal
from didban.assess.forecast import Forecaster, _month_str, feature_cube, last12_frequency, region_context
from didban.assess.history import Target, parse_month


def rolling_backtest(
    panel: pd.DataFrame,
    target: Target,
    origins: list[pd.Period],
    horizons: list[int],
    *,
    refit_every: int = 12,
    model: str = "auto",
    calibration: str = "auto",
    progress: Any = None,
    groups: dict[str, str] | None = None,
    by: str = "country",
) -> pd.DataFrame:
    """One row per (origin, horizon, region) whose target month is in the panel (``by``: "country" adds
    the border and continent features, see :func:`didban.assess.forecast.region_context`)."""
    rows: list[pd.DataFrame] = []
    fc: Forecaster | None = None
    fitted_at: pd.Period | None = None
    values_all = panel.to_numpy(dtype=float)
    last = panel.index[-1]
    labels, adjacency = region_context([str(c) for c in panel.columns], by, groups)
    for origin in sorted(origins):
        if origin + min(horizons) > last:
            break
        cut = panel.loc[panel.index <= origin]
        if len(cut) == 0:
            continue
        t = len(cut) - 1
        values = values_all[: t + 1]  # rows <= origin only
        cube = feature_cube(values, target.k, labels, adjacency)
        if fc is None or fitted_at is None or (origin - fitted_at).n >= refit_every:
            fc = Forecaster(target, model=model, calibration=calibration).fit(cut, horizons, cube)
            fitted_at = origin
            if progress:
                progress(f"fitted at {origin} ({fc.kind}, calibration "
                         f"{fc.models[horizons[0]].calibrator.method})")
        hit_now = (values[t] >= target.k).astype(float)
        clim = ((values >= target.k).sum(axis=0)) / (t + 1)
        l12 = last12_frequency(values, target.k)[t]
        cnt12 = np.expm1(np.log1p(values[-12:]).mean(axis=0))
        for h in horizons:
            month = origin + h
            if month > last:
                continue
            p, expected = fc.predict_rows(cube[t], h)
            p_raw = fc.predict_rows(cube[t], h, raw=True)[0]
            y = values_all[t + h]
            rows.append(pd.DataFrame({
                "origin": _month_str(origin), "h": h, "region": [str(c) for c in panel.columns],
                "month": _month_str(month), "y": y, "hit": (y >= target.k).astype(int),
                "p": p, "p_raw": p_raw, "expected": expected, "p_clim": clim, "p_persist": hit_now, "p_last12": l12,
                "n_persist": values[t], "n_last12": cnt12,
            }))
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()


def load_pace(directory: str | Path, kind: str = "h6") -> pd.DataFrame:
    """PaCE point forecasts as long rows: origin (data up to), h, region, month, pace."""
    out = []
    for f in sorted(Path(directory).glob(f"*_{kind}.csv")):
        first = parse_month(f.name[:7])
        df = pd.read_csv(f, index_col=0)
        df = df.loc[:, [c for c in df.columns if not str(c).startswith("Unnamed")]]
        for idx, row in df.iterrows():
            month = parse_month(str(idx))
            out.append(pd.DataFrame({
                "origin": _month_str(first - 1), "h": (month - (first - 1)).n, "region": row.index.astype(str),
                "month": _month_str(month), "pace": np.clip(row.to_numpy(dtype=float), 0, None),
            }))
    return pd.concat(out, ignore_index=True) if out else pd.DataFrame(
        columns=["origin", "h", "region", "month", "pace"])


def bss_interval(
    g: pd.DataFrame, ref: str = "p_last12", n_boot: int = 500, level: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """Bootstrap interval of the Brier skill of ``p`` against ``ref``, resampling whole target months
    (outcomes of one month are correlated across regions)."""
    rng = np.random.default_rng(seed)
    d = (g["p"] - g["hit"]) ** 2
    r = (g[ref] - g["hit"]) ** 2
    by = pd.DataFrame({"d": d.to_numpy(), "r": r.to_numpy(), "m": g["month"].to_numpy()}).groupby("m").sum()
    dd, rr = by["d"].to_numpy(), by["r"].to_numpy()
    if rr.sum() <= 0:  # the reference is never wrong (a target always or never met): no skill to measure
        return float("nan"), float("nan")
    idx = rng.integers(0, len(dd), (n_boot, len(dd)))
    ref_err = rr[idx].sum(axis=1)
    vals = 1 - dd[idx].sum(axis=1) / np.where(ref_err > 0, ref_err, np.nan)
    vals = vals[np.isfinite(vals)]
    if len(vals) == 0:
        return float("nan"), float("nan")
    a = (1 - level) / 2
    return float(np.quantile(vals, a)), float(np.quantile(vals, 1 - a))


def _score(g: pd.DataFrame, h: Any, k: float, peers: tuple[str, ...], n_boot: int) -> dict[str, Any]:
    y = g["hit"].to_numpy()
    r: dict[str, Any] = {"h": h, "n": len(g), "base_rate": float(y.mean())}
    r["brier"] = cal.brier(g["p"], y)
    r["brier_clim"] = cal.brier(g["p_clim"], y)
    r["brier_persist"] = cal.brier(g["p_persist"], y)
    r["brier_last12"] = cal.brier(g["p_last12"], y)
    r["bss_clim"] = cal.brier_skill(g["p"], g["p_clim"], y)
    r["bss_persist"] = cal.brier_skill(g["p"], g["p_persist"], y)
    r["bss_last12"] = cal.brier_skill(g["p"], g["p_last12"], y)
    r["last12_bss_clim"] = cal.brier_skill(g["p_last12"], g["p_clim"], y)
    r["logloss"] = cal.log_loss(g["p"], y)
    r["logloss_last12"] = cal.log_loss(g["p_last12"], y)
    r["ece"] = cal.ece(g["p"], y)
    r["ece_last12"] = cal.ece(g["p_last12"], y)
    r["msle"] = cal.msle(g["expected"], g["y"])
    r["msle_persist"] = cal.msle(g["n_persist"], g["y"])
    r["msle_last12"] = cal.msle(g["n_last12"], g["y"])
    for peer in peers:
        r[f"msle_{peer}"] = cal.msle(g[peer], g["y"])
        r[f"brier_{peer}_hard"] = cal.brier((g[peer] >= k).astype(float), y)
    if n_boot:
        months = g["month"].to_numpy()
        r["bss_last12_lo"], r["bss_last12_hi"] = bss_interval(g, n_boot=n_boot)
        r["ece_lo"], r["ece_hi"] = cal.ece_interval(g["p"], y, n_boot=n_boot, groups=months)
        r["ece_null_median"], r["ece_null_95"] = cal.ece_null(g["p"], n_sim=n_boot)
    return r


def summarize(df: pd.DataFrame, k: float, peers: tuple[str, ...] = (), n_boot: int = 500) -> pd.DataFrame:
    """Metric by horizon, and over all horizons pooled (h = "all"): ours vs baselines, and peers' point
    counts (MSLE, and the Brier score of the hard forecast 1[count >= k], since peers give no probability).

    With ``n_boot``: 95% bootstrap intervals (resampling target months) of the Brier skill against the
    last-12 frequency and of the ECE, and the ECE noise floor (median and 95th percentile of the ECE of a
    perfectly calibrated forecaster with the same probabilities, :func:`calibration.ece_null`)."""
    recs = [_score(g, int(h), k, peers, n_boot) for h, g in df.groupby("h")]
    if df["h"].nunique() > 1:
        recs.append(_score(df, "all", k, peers, n_boot))
    return pd.DataFrame(recs)
