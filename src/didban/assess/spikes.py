"""Spike detection with a user-set false-alarm rate.

Each period's value is compared with a baseline fitted on the ``window`` periods
before it (never on itself or later periods):

- ``negbin`` (counts): a negative binomial (Poisson when the window shows no
  over-dispersion) with the window's mean and variance; the surprise is the upper
  tail probability P(Y >= y). With an ``exposure`` series (coverage volume), the
  expected count is the window's rate per unit of exposure times this period's
  exposure, so more news is not mistaken for more events.
- ``ewma`` (rates or any real series): the z-score against an exponentially
  weighted mean and standard deviation; the tail is the normal one.

A period is a spike when its tail probability is below ``false_alarm_rate``: on a
series with no change, at most about that share of periods is flagged.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def detect(
    series: pd.Series,
    false_alarm_rate: float = 0.01,
    *,
    window: int = 12,
    method: str = "auto",
    exposure: pd.Series | None = None,
    min_history: int = 6,
) -> pd.DataFrame:
    """Columns ``value, baseline, pvalue, spike`` on the series' index."""
    from scipy import stats

    if not 0 < false_alarm_rate < 1:
        raise ValueError(f"the false-alarm rate must be between 0 and 1 (exclusive), not {false_alarm_rate:g}")
    if window < 2:
        raise ValueError(f"the window must hold at least 2 periods, not {window}")
    y = pd.to_numeric(series, errors="coerce").fillna(0.0).to_numpy(dtype=float)
    if method == "auto":
        method = "negbin" if np.allclose(y, np.round(y)) and (y >= 0).all() else "ewma"
    n = len(y)
    base = np.full(n, np.nan)
    pval = np.full(n, np.nan)
    if method == "negbin":
        ex = (np.ones(n) if exposure is None
              else pd.to_numeric(exposure, errors="coerce").fillna(0.0).to_numpy(dtype=float))
        for t in range(min_history, n):
            lo = max(0, t - window)
            w, e = y[lo:t], ex[lo:t]
            if exposure is not None:  # expected = window rate per unit of coverage x this coverage
                mu = max((w.sum() + 0.5) / (max(e.sum(), 1e-9) + 1.0) * ex[t], 1e-9)
                scaled = w / np.where(e > 0, e, 1.0) * ex[t]
            else:  # weak prior (half an event): a quiet window does not give a zero baseline
                mu = (w.sum() + 0.5) / (len(w) + 1.0)
                scaled = w
            var = float(np.var(scaled, ddof=1)) if len(w) > 1 else mu
            base[t] = mu
            k = int(round(y[t]))
            if var > mu * 1.05:
                r = mu * mu / (var - mu)
                pval[t] = float(stats.nbinom.sf(k - 1, r, r / (r + mu)))
            else:
                pval[t] = float(stats.poisson.sf(k - 1, mu))
    elif method == "ewma":
        s = pd.Series(y)
        alpha = 2.0 / (window + 1)
        mean = s.ewm(alpha=alpha, adjust=True).mean().shift(1).to_numpy()
        sd = s.ewm(alpha=alpha, adjust=True).std().shift(1).to_numpy()
        for t in range(min_history, n):
            base[t] = mean[t]
            scale = sd[t] if np.isfinite(sd[t]) and sd[t] > 0 else max(abs(mean[t]) * 0.1, 1e-9)
            pval[t] = float(stats.norm.sf((y[t] - mean[t]) / scale))
    else:
        raise ValueError(f"unknown method {method!r} (negbin, ewma, auto)")
    spike = np.where(np.isnan(pval), False, pval < false_alarm_rate)
    return pd.DataFrame({"value": y, "baseline": base, "pvalue": pval, "spike": spike}, index=series.index)
