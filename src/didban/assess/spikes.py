"""Spike detection with a user-set false-alarm rate.

Each period's value is compared with a baseline fitted on the ``window`` periods
before it (never on itself or later periods). The surprise is the upper tail
probability of the value under the *predictive* distribution of those periods:
the uncertainty of a baseline fitted on a dozen values is part of it, so that on a
series with no change at most about ``false_alarm_rate`` of the periods is flagged.

- ``negbin`` (counts): the posterior predictive of a negative binomial (Poisson as
  its limit) whose rate and dispersion are both unknown: Jeffreys prior on the
  rate, equal weights on ten dispersion sizes from 0.1 (very bursty) to Poisson,
  integrated on a grid per period; the surprise is P(Y >= y). With an ``exposure``
  series (coverage volume), the rate is per unit of exposure and the period's
  expected count is that rate times its exposure, so more news is not mistaken
  for more events. The ``baseline`` column is the window's rate times the
  period's exposure (one when none is given).
- ``ewma`` (rates or any real series): the z-score against an exponentially
  weighted mean and standard deviation, with Student's t tail on the weights'
  effective number of periods (the predictive of a normal with both unknown).
  A positive series (rates, shares, amounts: right-skewed as a rule) is scored on
  the Box-Cox scale (linear, square root, cube root or log) that its periods
  before t fit best as normal values, so a long upper tail is not read as spikes;
  the baseline is then that scale's mean carried back (the geometric mean on the
  log scale). From its first zero or negative value on, a series stays linear.

A plug-in fit (the window's mean and variance taken as the truth) flags 3 to 5
times the rate asked on real conflict series and on simulated ones (see
``eval/spikes.py``); the predictive keeps it at or below the rate, down to the
discreteness of small counts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# the dispersion sizes r of the negative binomial (variance mu + mu^2 / r) weighed equally; inf is Poisson
_SIZES = np.array([0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 100.0, np.inf])
_GRID = 33  # points of the log-rate grid per period and size
_SPAN = 6.0  # the grid's half-width in approximate posterior standard deviations of the log rate
_JEFFREYS = 0.5  # prior rate density ~ rate^(-1/2): a quiet window does not give a zero baseline
_CELLS = 2_000_000  # grid cells evaluated at once (memory bound of a long series)


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
        if (y < 0).any():
            raise ValueError("negbin needs counts (no negative values); use method='ewma'")
        step = max(1, _CELLS // (len(_SIZES) * _GRID * window))
        for lo in range(min_history, n, step):
            ts = np.arange(lo, min(n, lo + step))
            pval[ts], base[ts] = _negbin_predictive(np.round(y), ex, ts, window)
    elif method == "ewma":
        ts = np.arange(min_history, n)
        pval[ts], base[ts] = _ewma_predictive(y, ts, window)
    else:
        raise ValueError(f"unknown method {method!r} (negbin, ewma, auto)")
    spike = np.where(np.isnan(pval), False, pval < false_alarm_rate)
    return pd.DataFrame({"value": y, "baseline": base, "pvalue": pval, "spike": spike}, index=series.index)


def _negbin_predictive(y: np.ndarray, ex: np.ndarray, ts: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """P(Y_t >= y_t) under the posterior predictive of the ``window`` periods before each of ``ts`` (see the
    module doc), and the baseline count shown: a grid over the log rate per period and dispersion size, centred
    on the window's rate and ``_SPAN`` approximate posterior standard deviations wide."""
    from scipy import special

    idx = ts[:, None] - window + np.arange(window)[None, :]
    valid = idx >= 0
    yw = np.where(valid, y[np.clip(idx, 0, None)], 0.0)  # T x W
    ew = np.where(valid, ex[np.clip(idx, 0, None)], 0.0)
    nw = valid.sum(1)
    total, expo = yw.sum(1), np.maximum(ew.sum(1), 1e-12)
    finite = np.isfinite(_SIZES)
    r = np.where(finite, _SIZES, 1.0)  # (the Poisson size is not used as a number)
    # log-rate grid per period and size: wider for few events and for bursty sizes
    sd = np.sqrt(1.0 / (total[:, None] + _JEFFREYS) + np.where(finite, 1.0 / (nw[:, None] * r[None, :]), 0.0))
    half = _SPAN * sd  # T x R
    u = np.linspace(-1.0, 1.0, _GRID)
    log_rate = np.log((total + _JEFFREYS) / expo)[:, None, None] + half[:, :, None] * u  # T x R x G
    rate = np.exp(log_rate)
    # log-likelihood of the window at each grid point, up to terms equal across the grid of one period
    # (the last size is Poisson: -rate * exposure; the others are negative binomials)
    ll = total[:, None, None] * log_rate  # sum of y * log(rate); y * log(exposure) is the same everywhere
    poisson = -rate[:, -1:, :] * expo[:, None, None]
    mu = rate[:, :-1, :, None] * ew[:, None, None, :]  # T x R' x G x W (finite sizes)
    rr = r[None, :-1, None, None]
    nb = -((rr + yw[:, None, None, :]) * np.log(rr + mu) * valid[:, None, None, :]).sum(-1)
    nb_const = (special.gammaln(yw[:, None, :] + r[None, :-1, None]) - special.gammaln(r[:-1])[None, :, None]
                + r[None, :-1, None] * np.log(r[None, :-1, None])) * valid[:, None, :]
    nb = nb + nb_const.sum(-1)[:, :, None]
    ll = ll + np.concatenate([nb, poisson], axis=1)
    # prior rate^(-1/2) d rate = rate^(1/2) d log rate; the grid step weighs each size's integral
    lw = ll + _JEFFREYS * log_rate + np.log(2.0 * half / (_GRID - 1))[:, :, None]
    lw -= lw.max(axis=(1, 2), keepdims=True)
    w = np.exp(lw)
    w /= w.sum(axis=(1, 2), keepdims=True)
    k = np.broadcast_to(y[ts][:, None, None], rate.shape)
    mu_t = np.maximum(rate * ex[ts][:, None, None], 1e-300)
    pos = np.maximum(k, 1e-9)  # (P(Y >= 0) = 1 below)
    tail = np.empty_like(mu_t)
    tail[:, :-1] = special.betainc(pos[:, :-1], r[None, :-1, None], mu_t[:, :-1] / (r[None, :-1, None] + mu_t[:, :-1]))
    tail[:, -1:] = special.gammainc(pos[:, -1:], mu_t[:, -1:])
    tail[k <= 0] = 1.0
    # the baseline shown: the window's rate (its Jeffreys posterior mean under Poisson) times the period's
    # exposure. (The predictive mean itself is no summary: with a dozen values the burstiest sizes leave a
    # long right tail of the rate that barely moves the tail probability but inflates the mean.)
    return np.minimum((w * tail).sum(axis=(1, 2)), 1.0), (total + _JEFFREYS) / expo * ex[ts]


_LAMBDAS = (1.0, 0.5, 1.0 / 3.0, 0.0)  # Box-Cox powers tried: linear, square root, cube root, log


def _boxcox(y: np.ndarray, lam: float) -> np.ndarray:
    return np.log(y) if lam == 0.0 else (y ** lam - 1.0) / lam


def _ewma_predictive(y: np.ndarray, ts: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """P(value >= y_t) for each of ``ts`` under a Student's t predictive of an exponentially weighted mean and
    standard deviation, and the baseline (that mean, on the value's scale). A positive series is first put on
    the Box-Cox scale (of :data:`_LAMBDAS`) that the periods before t fit best as normal values (profile
    likelihood), so a right-skewed series' long upper tail is not read as spikes; a series with a zero or a
    negative value before t stays linear."""
    from scipy import stats

    n = len(y)
    alpha = 2.0 / (window + 1)
    keep = 1.0 - alpha
    # the weights keep^k of the t periods before each t: their effective number (sum w)^2 / sum w^2, and the
    # share of the mean's own variance in the prediction's
    n_eff = ((1.0 - keep ** ts) / alpha) ** 2 / ((1.0 - keep ** (2 * ts)) / (1.0 - keep * keep))
    positive = np.cumsum(y <= 0) == 0  # every value up to and including this one is positive
    safe = np.where(positive, y, 1.0)
    logs = np.log(safe)
    k = np.arange(1, n + 1)
    best_ll = np.full(n, -np.inf)
    pval, base = np.full(len(ts), np.nan), np.full(len(ts), np.nan)
    for lam in _LAMBDAS if positive[ts].any() else _LAMBDAS[:1]:  # (a series never positive: linear only)
        z = y if lam == 1.0 else _boxcox(safe, lam)
        # profile log-likelihood of the periods 0..t-1 as iid normal on this scale (Jacobian included)
        c1, c2 = np.cumsum(z), np.cumsum(z * z)
        var = np.maximum(c2 / k - (c1 / k) ** 2, 1e-300)
        ll = -0.5 * k * np.log(var) + (lam - 1.0) * np.cumsum(logs)
        ll_before = np.r_[-np.inf, ll[:-1]][ts]
        # linear first, for every period; another scale where the periods so far are positive and fit it better
        ok = np.full(len(ts), True) if lam == 1.0 else (ll_before > best_ll[ts]) & positive[ts]
        values = pd.Series(z)
        mean = values.ewm(alpha=alpha, adjust=True).mean().shift(1).to_numpy()[ts]
        sd = values.ewm(alpha=alpha, adjust=True).std().shift(1).to_numpy()[ts]
        b = mean if lam == 1.0 else (np.exp(mean) if lam == 0.0 else np.maximum(lam * mean + 1.0, 0.0) ** (1.0 / lam))
        # a window without spread: a tenth of the level, carried to this scale (its slope there is b^(lam - 1))
        flat = np.maximum(0.1 * np.abs(b) ** lam, 1e-9)
        scale = np.where(np.isfinite(sd) & (sd > 0), sd, flat)
        zt = (z[ts] - mean) / (scale * np.sqrt(1.0 + 1.0 / n_eff))
        p = stats.t.sf(zt, df=np.maximum(n_eff - 1.0, 1.0))
        pval, base = np.where(ok, p, pval), np.where(ok, b, base)
        best_ll[ts] = np.where(ok, ll_before, best_ll[ts])
    return pval, base
