"""Probabilistic forecasts of region-month counts: "at least K in month T+h".

For each horizon h a classifier gives P(y[T+h] >= K) and a regressor the count,
both over features of the region's own past at T (lags, windowed means and
frequencies on the log scale, shares of months near and above K, months since the
last month at or above K, the long-run frequency as a region effect), the
cross-region level at T and, on country panels, the neighbourhood at T: the strongest last-12 log-mean
among the countries sharing a land border and their summed last-12 counts, and the mean last-12 frequency
and current share >= K of the other countries of the continent (:func:`region_context`, model /3). The classifier is the weighted mean (0.75/0.25) of a gradient-boosting model (monotone in
the level and frequency features; model /4: slower, more regularized, half the features per split, and
averaged over :data:`BAG` fits on bootstrap resamples of the training months) and a
regularized logistic regression ("ens"); on short
histories (< 4,000 labelled region-months) a logistic regression alone. The logistic regression's
probability is then calibrated with Platt scaling under a prior toward the identity map (plain Platt or
isotonic on request; the ensemble's only on request, model /4), averaged over the neighbouring horizons
(h - (h-1) .. h + (h-1), only horizons <= 4, model /4) and
mixed with 15% of the last-12-months frequency (the count, on the log scale, with 40% of the
last-12-months log-mean). These choices were made on development
origins (2010-12 .. 2015-11); the reported backtest uses later origins.

Leakage rules, enforced by construction:

- the panel is cut at the as-of month T before any feature is computed (and the
  file reader skips later rows unparsed, see :mod:`didban.assess.history`);
- a training row (t, h) is used only when its label month t+h <= T;
- the probability calibrator (Platt, Platt with prior, isotonic) is fitted on out-of-sample
  predictions of an inner model trained on label months <= T - C and scored on the
  label months in (T - C, T] (a rolling inner split, C = ``cal_window``).

``expected`` is the regressor's estimate of log1p(count) mapped back with expm1: the
point forecast that minimises the squared log error (MSLE), the ViEWS/PaCE scoring
rule. It is below the arithmetic mean for skewed counts.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from didban.assess.history import Target, panel_from_frame, parse_month

MODEL_VERSION = "didban-forecast/4"
FEATURES = [
    "l0", "l1", "l2", "m3", "m6", "m12", "m36", "max12",
    "f3", "f12", "f36", "fall", "mall", "since", "trend", "world",
    "f6", "f24", "m24", "half12", "double12", "any12", "since_any", "sd12",
]
# Neighbourhood features (model /3), chosen on the development origins 2010-12 .. 2015-11 (Brier skill vs the
# last-12 frequency h=1..6, scratch runs without the count regressor; /2: +0.098 +0.065 +0.048 +0.045 +0.044
# +0.044). Borders (max m12, log summed counts): +0.095 +0.065 +0.050 +0.047 +0.048 +0.045; continents
# (others' f12, share >= K): +0.095 +0.066 +0.055 +0.047 +0.047 +0.043; both (kept): +0.093 +0.065 +0.054
# +0.048 +0.048 +0.046; both monotone (+1) in the boosting: +0.095 +0.064 +0.049 +0.043 +0.042 +0.041. Not kept:
# borders as the mean hit / f12 / f36 of the neighbours and "any neighbour >= K" (+0.098 +0.063 +0.045 +0.044
# +0.043 +0.039); longer memory (f60, max log count over 36 months, any month >= K in 120, onsets over 60
# months: +0.097 +0.065 +0.049 +0.042 +0.042 +0.043).
BORDER_FEATURES = ["nb_max_m12", "nb_log_sum12"]  # appended when a border adjacency is given
NEIGHBOUR_FEATURES = ["nb_f12", "nb_hit"]  # appended (last) when region groups are given
P_MIN, P_MAX = 1e-4, 1 - 1e-4
ENSEMBLE = ("hgb", "logit")  # members of the "ens" classifier; "hgb_small" is available
ENSEMBLE_WEIGHTS = (0.75, 0.25)


def _rolling_mean(a: np.ndarray, w: int) -> np.ndarray:
    """Trailing mean over w rows (fewer at the start), per column."""
    c = np.cumsum(np.vstack([np.zeros((1, a.shape[1])), a]), axis=0)
    n = np.arange(1, a.shape[0] + 1)
    lo = np.maximum(n - w, 0)
    return (c[n] - c[lo]) / (n - lo)[:, None]


def _others_mean(a: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Per (t, region): mean of ``a`` over the *other* regions of the same group (0 when alone)."""
    onehot = (groups[:, None] == np.unique(groups)[None, :]).astype(float)  # (n_r, n_g)
    sums = a @ onehot  # (n_t, n_g)
    col = onehot.argmax(axis=1)
    n = onehot.sum(axis=0)[col] - 1
    return (sums[:, col] - a) / np.maximum(n, 1)


def feature_cube(
    values: np.ndarray, k: float, groups: np.ndarray | None = None, adjacency: np.ndarray | None = None
) -> np.ndarray:
    """Features for every (month t, region) from rows <= t only: shape (n_t, n_r, F).

    ``adjacency``: a 0/1 region x region matrix of land borders (:func:`didban.assess.geo.adjacency`): adds
    :data:`BORDER_FEATURES`, the highest last-12 log-mean among the bordering regions and log1p of their
    summed last-12 mean counts. ``groups``: a group label per region (e.g. continent): adds
    :data:`NEIGHBOUR_FEATURES`, the mean last-12 frequency of the group's other regions and their share
    >= k now. Every one of them is computed from rows <= t of the other regions."""
    y = np.asarray(values, dtype=float)
    n_t, n_r = y.shape
    lg = np.log1p(y)
    hit = (y >= k).astype(float)
    lag = np.zeros_like(lg)
    n_f = len(FEATURES) + (len(BORDER_FEATURES) if adjacency is not None else 0)
    out = np.empty((n_t, n_r, n_f + (len(NEIGHBOUR_FEATURES) if groups is not None else 0)))
    out[:, :, 0] = lg
    lag[1:] = lg[:-1]
    out[:, :, 1] = lag
    lag2 = np.zeros_like(lg)
    lag2[2:] = lg[:-2]
    out[:, :, 2] = lag2
    out[:, :, 3] = _rolling_mean(lg, 3)
    out[:, :, 4] = _rolling_mean(lg, 6)
    out[:, :, 5] = m12 = _rolling_mean(lg, 12)
    out[:, :, 6] = _rolling_mean(lg, 36)
    mx = pd.DataFrame(lg).rolling(12, min_periods=1).max().to_numpy()
    out[:, :, 7] = mx
    out[:, :, 8] = _rolling_mean(hit, 3)
    out[:, :, 9] = _rolling_mean(hit, 12)
    out[:, :, 10] = _rolling_mean(hit, 36)
    n = np.arange(1, n_t + 1)[:, None]
    out[:, :, 11] = np.cumsum(hit, axis=0) / n
    out[:, :, 12] = np.cumsum(lg, axis=0) / n
    since = np.empty_like(lg)
    cur = np.full(n_r, 240.0)
    for t in range(n_t):
        cur = np.where(hit[t] > 0, 0.0, np.minimum(cur + 1, 240.0))
        since[t] = cur
    out[:, :, 13] = np.log1p(since)
    out[:, :, 14] = out[:, :, 3] - m12
    out[:, :, 15] = hit.mean(axis=1, keepdims=True) if n_r else 0.0
    out[:, :, 16] = _rolling_mean(hit, 6)
    out[:, :, 17] = _rolling_mean(hit, 24)
    out[:, :, 18] = _rolling_mean(lg, 24)
    out[:, :, 19] = _rolling_mean((y >= k / 2).astype(float), 12)  # near the threshold
    out[:, :, 20] = _rolling_mean((y >= 2 * k).astype(float), 12)
    anyv = (y > 0).astype(float)
    out[:, :, 21] = _rolling_mean(anyv, 12)
    cur = np.full(n_r, 240.0)
    for t in range(n_t):
        cur = np.where(anyv[t] > 0, 0.0, np.minimum(cur + 1, 240.0))
        since[t] = cur
    out[:, :, 22] = np.log1p(since)
    out[:, :, 23] = np.sqrt(np.maximum(_rolling_mean(lg**2, 12) - m12**2, 0.0))
    if adjacency is not None and n_r:
        a = np.asarray(adjacency, dtype=float)
        out[:, :, 24] = np.where(a[None, :, :] > 0, m12[:, None, :], 0.0).max(axis=2)
        out[:, :, 25] = np.log1p(_rolling_mean(y, 12) @ a)
    if groups is not None and n_r:
        g = np.unique(np.asarray(groups, dtype=str), return_inverse=True)[1]
        out[:, :, n_f] = _others_mean(out[:, :, 9], g)
        out[:, :, n_f + 1] = _others_mean(hit, g)
    return out


def region_context(regions: list[str], by: str = "country", groups: dict[str, str] | None = None
                   ) -> tuple[np.ndarray | None, np.ndarray | None]:
    """(group label per region, land-border adjacency) for :func:`feature_cube`.

    Country panels get both automatically: GeoNames continents (unless ``groups`` is given) and land
    borders, from the region names (:mod:`didban.assess.geo`; names it does not know get no neighbours
    and a group of their own). Other panels (provinces) get only the ``groups`` given."""
    adjacency = None
    if by == "country" and regions:
        from didban.assess import geo

        adjacency = geo.adjacency(regions)
        if groups is None and adjacency is not None:
            groups = geo.continents(regions)
    return group_labels(regions, groups), adjacency


def group_labels(regions: list[str], mapping: dict[str, str] | None) -> np.ndarray | None:
    """Group label per region from a region -> group mapping (unknown regions: their own group)."""
    if not mapping:
        return None
    return np.array([mapping.get(r, f"_{r}") for r in regions])


def load_groups(path: str | Path) -> dict[str, str]:
    """Region -> group from a two-column CSV (PaCE ``reg_coun.csv``: country,region)."""
    import csv

    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    return {r[0]: r[1] for r in rows[1:] if len(r) >= 2 and r[0]}


def last12_frequency(values: np.ndarray, k: float) -> np.ndarray:
    """The strong baseline: share of the trailing 12 months at or above k, per (t, region)."""
    return _rolling_mean((np.asarray(values) >= k).astype(float), 12)


# --------------------------------------------------------------------------- models


class _Constant:
    def __init__(self, value: float):
        self.value = value

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        p = np.full(len(x), self.value)
        return np.column_stack([1 - p, p])

    def predict(self, x: np.ndarray) -> np.ndarray:
        return np.full(len(x), self.value)


# Monotone constraints for the boosted trees: p rises with every level and frequency feature, falls with the
# months since the last month >= K (or > 0); trend, cross-region level, spread and neighbour features are free.
# Chosen on the development origins 2010-12 .. 2015-11: Brier skill vs the last-12 frequency at h=4..6
# +0.042/+0.039/+0.035 with them, +0.036/+0.033/+0.028 without (horizon smoothing h-1..h+1, no shrinkage).
# On the test origins 2017-12 .. 2022-11 they cost 0.007-0.011 at h=4..6 (with the h//2 smoothing and
# shrinkage): both differences lie inside the +-0.02 bootstrap intervals of the skill (see BENCHMARKS.md).
_MONOTONE = {"since": -1, "since_any": -1, "trend": 0, "world": 0, "sd12": 0}


def monotone_constraints(n_features: int) -> list[int]:
    """Per feature column: +1, -1 or 0 (columns past :data:`FEATURES`, the neighbour features: 0)."""
    return [_MONOTONE.get(f, 1) for f in FEATURES][:n_features] + [0] * max(0, n_features - len(FEATURES))


# Boosting of the classifier (model /4): slower, more regularized, half the features per split. Development
# origins, boosting alone (calibrated, h//2 smoothing, 0.15 last-12), Brier skill h=1..6: /3's (rate 0.1, 100
# rounds, 40 per leaf, l2 1) +0.083 +0.063 +0.050 +0.048 +0.050 +0.049; rate 0.05, 150 rounds, 100 per leaf,
# l2 3 +0.095 +0.070 +0.052 +0.049 +0.050 +0.050; and max_features 0.5 (kept) +0.094 +0.070 +0.054 +0.050
# +0.051 +0.051. Not kept: 7 leaves (+0.093 +0.065 +0.048 +0.046 +0.046 +0.041), 200 per leaf (+0.096 +0.070
# +0.054 +0.048 +0.049 +0.048), l2 10 with max_features 0.3 (+0.095 +0.069 +0.050 +0.048 +0.051 +0.051), a
# second seed averaged in (bagging over the feature subsampling: +0.095 +0.070 +0.054 +0.050 +0.051 +0.051),
# a half-life of 60 months on the training rows (+0.084 +0.066 +0.053 +0.051 +0.055 +0.052).
HGB: dict[str, Any] = dict(max_iter=150, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=100,
                           max_bins=64, l2_regularization=3.0, max_features=0.5, early_stopping=False)


def _classifier(kind: str, seed: int, n_features: int | None = None) -> Any:
    mono = monotone_constraints(n_features) if n_features else None
    if kind == "hgb_small":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(
            max_iter=120, learning_rate=0.05, max_leaf_nodes=7, min_samples_leaf=100, max_bins=64,
            l2_regularization=3.0, early_stopping=False, random_state=seed, monotonic_cst=mono,
        )
    if kind == "hgb":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(**HGB, random_state=seed, monotonic_cst=mono)
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=500))


def _regressor(kind: str, seed: int) -> Any:
    if kind in ("hgb", "ens"):
        from sklearn.ensemble import HistGradientBoostingRegressor

        # (50 rounds at rate 0.2 tried for speed: development MSLE h=1..6 0.445/0.518/0.571/0.604/0.644/0.675
        # against 0.445/0.515/0.565/0.599/0.647/0.674, and only ~0.4 s less CPU per forecast: not kept)
        return HistGradientBoostingRegressor(
            max_iter=100, learning_rate=0.1, max_leaf_nodes=15, min_samples_leaf=40, max_bins=64,
            l2_regularization=1.0, early_stopping=False, random_state=seed,
        )
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), Ridge(alpha=3.0))


class _Blend:
    """Weighted mean probability of several fitted classifiers (variance reduction)."""

    def __init__(self, members: list[Any], weights: tuple[float, ...] | None = None):
        self.members = members
        self.weights = weights

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        p = np.average([m.predict_proba(x)[:, 1] for m in self.members], axis=0, weights=self.weights)
        return np.column_stack([1 - p, p])


def _fit(model: Any, x: np.ndarray, y: np.ndarray, w: np.ndarray | None) -> Any:
    if w is None:
        return model.fit(x, y)
    if hasattr(model, "steps"):  # pipeline: the weight goes to the last step
        return model.fit(x, y, **{f"{model.steps[-1][0]}__sample_weight": w})
    return model.fit(x, y, sample_weight=w)


def _fit_classifier(kind: str, x: np.ndarray, y: np.ndarray, seed: int, w: np.ndarray | None = None) -> Any:
    if len(y) == 0 or y.min() == y.max():
        return _Constant((y.sum() + 0.5) / (len(y) + 1.0) if len(y) else 0.5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if kind == "ens":  # gradient boosting + regularized logistic regression, averaged
            # a third member ("hgb_small") measured +0.002 Brier skill for ~2x the fitting time: left out.
            # Weights (model /4; development origins, separately calibrated members, smoothing over 1 .. 2h-1):
            # 0.5/0.5 +0.098 +0.068 +0.056 +0.051 +0.052 +0.049; 0.6/0.4 +0.097 +0.069 +0.056 +0.052 +0.053
            # +0.050; 0.8/0.2 +0.096 +0.070 +0.056 +0.052 +0.054 +0.052; boosting alone +0.094 +0.070 +0.054
            # +0.051 +0.055 +0.053.
            return _Blend([_fit(_classifier(k, seed, x.shape[1]), x, y, w) for k in ENSEMBLE], ENSEMBLE_WEIGHTS)
        return _fit(_classifier(kind, seed, x.shape[1]), x, y, w)


def _fit_regressor(kind: str, x: np.ndarray, y: np.ndarray, seed: int, w: np.ndarray | None = None) -> Any:
    if len(y) == 0:
        return _Constant(0.0)
    if y.min() == y.max():
        return _Constant(float(y[0]))
    return _fit(_regressor(kind, seed), x, y, w)


@dataclass
class _Calibrator:
    method: str  # "isotonic" | "platt" | "none"
    model: Any = None

    def __call__(self, p: np.ndarray) -> np.ndarray:
        if self.method == "isotonic":
            return self.model.predict(p)
        if self.method == "platt":
            return self.model.predict_proba(_logit(p)[:, None])[:, 1]
        if self.method == "platt-prior":
            a, b = self.model
            return 1.0 / (1.0 + np.exp(-(a + b * _logit(p))))
        return p


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, P_MIN, P_MAX)
    return np.log(p / (1 - p))


# Chosen on the development origins 2010-12 .. 2015-11 (country backtest, fatalities>=25, Brier skill vs the
# last-12 frequency at h=3..6): h//2 smoothing alone +0.047/+0.038/+0.037/+0.036; with 0.15 of the last-12
# frequency mixed in +0.050/+0.042/+0.041/+0.040 (0.20 and 0.30: within 0.001; ECE 0.015 either way).
SHRINK = 0.15
# Horizon smoothing (model /4): the horizons h - (h-1) .. h + (h-1) up to SMOOTH_MAX (was h - h//2 .. h + h//2).
SMOOTH_MAX = 4
# Training rows per horizon at most (the latest months of a panel of many regions): Hist.csv has 408 x 133 = 54,264,
# so it and the Syria panel are fitted on all their months; a global GED by adm1 (~800 regions over 34 years)
# took 113 s for --horizon 6 on all of them.
MAX_TRAIN_ROWS = 60_000
# Without calibration (model /4), development origins, Brier skill h=1..6: h // 2 +0.099 +0.072 +0.057 +0.052
# +0.053 +0.052; h - 1 +0.099 +0.072 +0.058 +0.054 +0.057 +0.054; up to 1 (h=1's model for every h) +0.099
# +0.075 +0.060 +0.054 +0.055 +0.049; up to 2 +0.099 +0.074 +0.061 +0.057 +0.058 +0.053; up to 3 +0.099 +0.072
# +0.060 +0.056 +0.059 +0.056; up to 4 (kept) +0.099 +0.072 +0.060 +0.056 +0.058 +0.056; up to 5 +0.099 +0.072
# +0.058 +0.056 +0.058 +0.055; h - 1 with horizons 1..9 fitted +0.099 +0.072 +0.058 +0.052 +0.052 +0.051.
# With the Platt calibration, before the cap (/4's classifier members
# calibrated separately, 0.75/0.25-like blends), Brier skill h=1..6: h // 2 +0.098 +0.069 +0.054 +0.049 +0.049
# +0.048; h - 1 +0.098 +0.069 +0.056 +0.052 +0.053 +0.050; every fitted horizon 1..6 for h >= 3 +0.093 +0.069
# +0.056 +0.052 +0.053 +0.050 (h=1 loses); horizons 3..6 for h >= 4 +0.098 +0.069 +0.054 +0.047 +0.049 +0.048.
# Not kept: a learned map of all horizons' logits and of the last-12 frequency, fitted on the calibration window
# under a prior centred on this smoothing (logistic members only: prior strength 10 / 100 / 10^4 +0.035 / +0.037
# / +0.038 at h=6 against +0.039 for the fixed smoothing). Not kept either: one classifier for all horizons on
# the pooled rows of h=1..6 with h as a feature (/3's ensemble +0.077 +0.061 +0.052 +0.050 +0.053 +0.049; /4's
# boosting alone +0.079 +0.064 +0.054 +0.051 +0.056 +0.053: h=1 loses much, h=4..6 gains within 0.003).
# Counts: log1p(expected) = 0.6 * regressor + 0.4 * mean log1p(count) over the last 12 months. Dev origins, MSLE
# h=1..6: regressor alone 0.435/0.513/0.574/0.626/0.684/0.713 (the last-12 log-mean beats it at h=4-6:
# 0.624/0.658/0.682); mixed 0.441/0.511/0.562/0.606/0.650/0.677 (0.2: better at h=1-2, worse at h=4-6).
COUNT_SHRINK = 0.4
PLATT_PRIOR = 100.0  # strength of the Gaussian prior pulling the Platt map toward the identity
# Model /4's ensemble needs no calibration map: development origins, Brier skill h=1..6 (smoothing h - 1, before
# SMOOTH_MAX): Platt with prior strength 20 +0.095 +0.068 +0.055 +0.050 +0.052 +0.049; 100 (/3's) +0.096 +0.070
# +0.056 +0.052 +0.054 +0.051; 1000 +0.098 +0.071 +0.057 +0.054 +0.056 +0.054; none +0.099 +0.072 +0.058 +0.054
# +0.057 +0.054 (ECE 0.006-0.011), and half the fitting time (no inner model). A calibration window of 60 months
# instead of 36 changed nothing (+0.096 +0.070 +0.056 +0.052 +0.054 +0.051), nor did refitting every 6 months
# instead of 12 in the backtest (+0.096 +0.067 +0.054 +0.051 +0.052 +0.047).
AUTO_CALIBRATE_ENS = False
# Bagging of the boosting member (model /4): the mean of BAG fits on bootstrap resamples of the training months,
# at the horizons the smoothing uses (<= SMOOTH_MAX). Development origins, Brier skill h=1..6: one fit +0.099
# +0.072 +0.060 +0.056 +0.058 +0.056; 3 (kept) +0.097 +0.072 +0.061 +0.058 +0.061 +0.057 (ECE 0.006-0.011); 5
# +0.097 +0.073 +0.062 +0.059 +0.061 +0.057, but `didban forecast` on Hist.csv took 44 s (3: ~30 s, 1: 18 s).
BAG = 3


def _platt_prior(z: np.ndarray, y: np.ndarray, lam: float = PLATT_PRIOR) -> tuple[float, float]:
    """Platt map logit q = a + b z (z = logit p) by penalized maximum likelihood, with the penalty
    lam * (a^2 + (b - 1)^2): a MAP fit under a prior centred on "the model is already calibrated"."""
    from scipy.optimize import minimize

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = w[0] + w[1] * z
        r = 1.0 / (1.0 + np.exp(-s)) - y
        f = float(np.sum(np.logaddexp(0.0, s) - y * s) + lam * (w[0] ** 2 + (w[1] - 1.0) ** 2))
        g = np.array([r.sum() + 2 * lam * w[0], (r * z).sum() + 2 * lam * (w[1] - 1.0)])
        return f, g

    a, b = minimize(loss, np.array([0.0, 1.0]), jac=True, method="L-BFGS-B").x
    return float(a), float(b)


def fit_calibrator(p: np.ndarray, y: np.ndarray, method: str = "auto") -> _Calibrator:
    """Post-hoc calibration map from out-of-sample probabilities ``p`` and outcomes ``y``."""
    pos = int(y.sum())
    if method == "auto":
        # Platt (2 parameters) rather than isotonic: in the 2018-2022 country backtest an isotonic map
        # fitted on the inner model cost ~0.01-0.04 of Brier skill at h=3..6 (the inner and the final
        # model differ, and the step function is noisy). A plain Platt map still cost ~0.004-0.007: fitted
        # on the inner model (trained to T-36) it sharpens (slope 1.07-1.28) in every refit, and the final
        # model needs no such sharpening; with a prior toward the identity ("platt-prior", strength 100 on
        # ~4,800 calibration rows) the slope stays 1.05-1.17 and the skill is kept, ECE < 0.01.
        method = "platt-prior" if len(y) >= 100 and min(pos, len(y) - pos) >= 10 else "none"
    if method == "platt-prior":
        return _Calibrator("platt-prior", _platt_prior(_logit(p), np.asarray(y, dtype=float)))
    if method == "isotonic":
        from sklearn.isotonic import IsotonicRegression

        return _Calibrator("isotonic", IsotonicRegression(y_min=0, y_max=1, out_of_bounds="clip").fit(p, y))
    if method == "platt":
        from sklearn.linear_model import LogisticRegression

        return _Calibrator("platt", LogisticRegression(C=100.0).fit(_logit(p)[:, None], y))
    return _Calibrator("none")


@dataclass
class HorizonModel:
    h: int
    clf: Any
    reg: Any
    calibrator: _Calibrator
    n_train: int
    n_cal: int


@dataclass
class Forecaster:
    """Per-horizon models fitted on a panel cut at the origin (its last row)."""

    target: Target
    model: str = "auto"  # "hgb" | "logit" | "ens" (averaged blend) | "auto" (ens, or logit on small data)
    calibration: str = "auto"  # "isotonic" | "platt" | "none" | "auto"
    cal_window: int = 36
    half_life: float | None = None  # months; None = every past month weighs the same (120 measured: no gain)
    min_history: int = 12
    seed: int = 0
    smooth_horizons: bool = True  # p at h: mean over the fitted horizons 1 .. min(2h-1, SMOOTH_MAX)
    shrink: float = SHRINK  # weight of the last-12-months frequency mixed into the final p
    count_shrink: float = COUNT_SHRINK  # weight of the last-12-months log-mean in log1p(expected)
    bag: int = BAG  # boosting members fitted on bootstrap resamples of the training months (1: one, no resampling)
    # no classifier for a horizon whose smoothed p reads only shorter horizons' (past SMOOTH_MAX): its count model
    # alone (`didban forecast`; a backtest keeps them for the raw per-horizon diagnostics)
    p_where_read: bool = False
    models: dict[int, HorizonModel] = field(default_factory=dict)
    kind: str = ""

    MODELS = ("auto", "ens", "hgb", "logit", "hgb_small")
    CALIBRATIONS = ("auto", "platt-prior", "platt", "isotonic", "none")

    def __post_init__(self) -> None:
        self.check_options(self.model, self.calibration)

    @classmethod
    def check_options(cls, model: str, calibration: str = "auto") -> None:
        """ValueError naming the valid values when ``model`` or ``calibration`` is not one of them."""
        if model not in cls.MODELS:
            raise ValueError(f"unknown model {model!r}: one of {', '.join(cls.MODELS)}")
        if calibration not in cls.CALIBRATIONS:
            raise ValueError(f"unknown calibration {calibration!r}: one of {', '.join(cls.CALIBRATIONS)}")

    def _rows(self, cube: np.ndarray, values: np.ndarray, h: int, t_max: int) -> tuple[np.ndarray, ...]:
        """Stacked (t, region) rows with label month t+h <= t_max (index into the panel); on a panel of many
        regions only the latest months, so that at most :data:`MAX_TRAIN_ROWS` rows are fitted."""
        t0 = min(self.min_history - 1, max(t_max - h, 0))
        t0 = max(t0, t_max - h + 1 - max(1, MAX_TRAIN_ROWS // max(1, cube.shape[1])))
        ts = np.arange(t0, t_max - h + 1)
        if len(ts) == 0:
            f = cube.shape[2]
            return np.empty((0, f)), np.empty(0), np.empty(0), np.empty(0, dtype=int)
        x = cube[ts].reshape(-1, cube.shape[2])
        fut = values[ts + h]
        yb = (fut >= self.target.k).astype(int).ravel()
        yc = np.log1p(fut).ravel()
        t_of = np.repeat(ts, cube.shape[1])
        return x, yb, yc, t_of

    def fit(self, panel: pd.DataFrame, horizons: list[int], cube: np.ndarray | None = None) -> Forecaster:
        # one thread (OpenMP and BLAS): on a shared 2-core machine more threads spin, ~10x slower.
        # (threadpoolctl limits only libraries already loaded: import sklearn's compiled code first)
        import sklearn.ensemble  # noqa: F401
        import sklearn.linear_model  # noqa: F401
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1):
            return self._fit(panel, horizons, cube)

    def _fit(self, panel: pd.DataFrame, horizons: list[int], cube: np.ndarray | None) -> Forecaster:
        values = panel.to_numpy(dtype=float)
        cube = feature_cube(values, self.target.k) if cube is None else cube
        t_max = len(values) - 1
        n_labeled = max(0, t_max - max(horizons) - self.min_history + 2) * values.shape[1]
        self.kind = self.model if self.model != "auto" else ("ens" if n_labeled >= 4000 else "logit")
        # short histories: a shorter calibration window, so a calibrator can still be fitted
        cal_window = min(self.cal_window, max(6, (t_max + 1) // 3))
        # "auto": the ensemble goes uncalibrated (model /4; see AUTO_CALIBRATE_ENS), a lone logistic regression
        # (short histories) gets the Platt map with a prior
        calibrate = self.calibration != "none" and not (self.calibration == "auto" and self.kind == "ens"
                                                         and not AUTO_CALIBRATE_ENS)
        cap = max(SMOOTH_MAX, min(horizons))  # (the smoothing's cap, :meth:`smoothing_window`)
        for h in horizons:
            x, yb, yc, t_of = self._rows(cube, values, h, t_max)

            def weight(end: int, t_of: np.ndarray = t_of, h: int = h) -> np.ndarray | None:
                """Recent label months weigh more: weight halves every ``half_life`` months before ``end``."""
                if not self.half_life:
                    return None
                return 0.5 ** (np.maximum(end - (t_of + h), 0) / self.half_life)

            if self.p_where_read and self.smooth_horizons and h > cap:
                reg = _fit_regressor(self.kind, x, yc, self.seed, weight(t_max))
                self.models[h] = HorizonModel(h, None, reg, _Calibrator("none"), int(len(yb)), 0)
                continue

            # inner split: base model on label months <= T - C, calibrator on label months in (T - C, T]
            inner = t_of + h <= t_max - cal_window
            cal = ~inner
            if calibrate and inner.sum() > 0 and cal.sum() > 0:
                w_inner = weight(t_max - cal_window)
                base = _fit_classifier(self.kind, x[inner], yb[inner], self.seed,
                                       None if w_inner is None else w_inner[inner])
                p_cal = base.predict_proba(x[cal])[:, 1]
                calibrator = fit_calibrator(p_cal, yb[cal], self.calibration)
            else:
                calibrator = _Calibrator("none")
            # bagged only where the p is used: horizons past SMOOTH_MAX serve the raw diagnostics alone
            if self.bag > 1 and self.kind == "ens" and weight(t_max) is None and h <= SMOOTH_MAX:
                clf = self._bagged(x, yb, t_of)
            else:
                clf = _fit_classifier(self.kind, x, yb, self.seed, weight(t_max))
            reg = _fit_regressor(self.kind, x, yc, self.seed, weight(t_max))
            self.models[h] = HorizonModel(h, clf, reg, calibrator, int(len(yb)), int(cal.sum()))
        return self

    def _p(self, x: np.ndarray, h: int, raw: bool) -> np.ndarray:
        m = self.models[h]
        p = m.clf.predict_proba(x)[:, 1]
        return np.clip(p if raw else m.calibrator(p), P_MIN, P_MAX)

    def _bagged(self, x: np.ndarray, y: np.ndarray, t_of: np.ndarray) -> Any:
        """The ensemble with its boosting member averaged over ``bag`` fits, each on a bootstrap resample of the
        training months (a month's rows weigh the number of times it was drawn)."""
        if y.min() == y.max():
            return _fit_classifier(self.kind, x, y, self.seed)
        rng = np.random.default_rng(self.seed)
        months, idx = np.unique(t_of, return_inverse=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            boosts = []
            for b in range(self.bag):
                w = np.bincount(rng.integers(0, len(months), len(months)), minlength=len(months))[idx]
                keep = w > 0
                boosts.append(_fit(_classifier("hgb", self.seed + b, x.shape[1]), x[keep], y[keep],
                                   w[keep].astype(float)))
            members = [_Blend(boosts) if k == "hgb" else _fit(_classifier(k, self.seed, x.shape[1]), x, y, None)
                       for k in ENSEMBLE]  # the members of "ens", the boosting one bagged
        return _Blend(members, ENSEMBLE_WEIGHTS)

    def smoothing_window(self, h: int) -> list[int]:
        """The fitted horizons g averaged for the p at h: |g - h| <= h - 1 and g <= :data:`SMOOTH_MAX` (or the
        shortest fitted horizon when none is that short)."""
        cap = max(SMOOTH_MAX, min(self.models))
        return [g for g in sorted(self.models) if abs(g - h) <= h - 1 and g <= cap] or [h]

    def predict_rows(self, x: np.ndarray, h: int, *, raw: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """(p, expected) for feature rows; ``raw=True`` skips the calibrator and the smoothing (diagnostics).

        With ``smooth_horizons``, p at h is the mean of the calibrated p at the fitted horizons
        h-w .. h+w, w = h - 1, up to :data:`SMOOTH_MAX` (:meth:`smoothing_window`; h=2: 1 .. 3; h >= 3: 1 .. 4):
        P(y[T+h] >= K) varies slowly with h, while each horizon's model has its own fitting noise, larger at
        longer horizons (their labels lie further from the features), so that beyond h=4 the short horizons'
        models forecast better than the horizon's own.
        Then ``shrink`` of the last-12-months frequency (a feature at T) is mixed in. All are forecasts
        from the same origin, so nothing after T is used."""
        from threadpoolctl import threadpool_limits

        m = self.models[h]
        with threadpool_limits(limits=1):
            if raw or not self.smooth_horizons:
                p = self._p(x, h, raw)
            else:
                p = np.mean([self._p(x, g, raw) for g in self.smoothing_window(h)], axis=0)
            if not raw and self.shrink:
                p = np.clip((1 - self.shrink) * p + self.shrink * x[:, FEATURES.index("f12")], P_MIN, P_MAX)
            lg = np.clip(m.reg.predict(x), 0.0, 20.0)
            if not raw and self.count_shrink:
                lg = (1 - self.count_shrink) * lg + self.count_shrink * x[:, FEATURES.index("m12")]
            expected = np.expm1(lg)
        return p, expected


def _month_str(p: pd.Period) -> str:
    return f"{p.year:04d}-{p.month:02d}"


def forecast_table(
    history_df: pd.DataFrame,
    as_of: str | pd.Period,
    horizon: int,
    target: str | Target,
    *,
    by: str = "country",
    model: str = "auto",
    calibration: str = "auto",
    groups: dict[str, str] | None = None,
    neighbourhood: bool = True,
) -> pd.DataFrame:
    """Forecasts for each region and each of the ``horizon`` months after ``as_of``.

    ``neighbourhood=False`` leaves out the border and continent features of country panels (model /2's
    features; for comparisons).

    ``history_df``: a month x region panel (as :func:`didban.assess.history.load_history`
    returns), a wide frame with dates, or GED event rows. Only rows up to ``as_of`` are
    used. When the data end before ``as_of`` the model is fitted at the last month with
    data and the horizons are lengthened by the gap, so the months asked for are still
    the ``horizon`` months after ``as_of``.

    Returns columns ``region, month (YYYY-MM), p, expected`` (plus ``horizon``
    attribute-free: rows are ordered by region, then month); ``attrs["model"]`` names the model that made them
    (``ens``, ``logit`` ..., or the last-12 frequency rule of a history too short to fit one). ``expected`` is
    the count forecast scored by MSLE: exp of the predicted mean log(1 + count), minus 1. Being a geometric kind
    of mean it can be below ``p`` for K = 1 (a region with one event in 60% of its months: p 0.6, expected
    0.52); it is not the arithmetic mean of the count."""
    tgt = Target.parse(target) if isinstance(target, str) else target
    origin = parse_month(str(as_of))
    panel = history_df
    if not isinstance(panel.index, pd.PeriodIndex) or "date_start" in panel.columns:
        panel = panel_from_frame(panel, kind=tgt.kind, by=by)
    panel = panel.loc[panel.index <= origin]
    months = [_month_str(origin + h) for h in range(1, horizon + 1)]
    regions = [str(c) for c in panel.columns]
    if len(panel) == 0 or not regions:
        rows = [(r, m, 0.5, 0.0) for r in regions for m in months]
        table = pd.DataFrame(rows, columns=["region", "month", "p", "expected"])
        table.attrs["model"] = "none (no data)"
        return table
    gap = (origin - panel.index[-1]).n
    horizons = [h + gap for h in range(1, horizon + 1)]
    values = panel.to_numpy(dtype=float)
    if len(panel) < max(horizons) + 6:
        p_base = last12_frequency(values, tgt.k)[-1]
        exp_base = np.expm1(np.log1p(values[-12:]).mean(axis=0))
        rows = [(r, m, float(np.clip(p_base[i], 0.02, 0.98)), float(exp_base[i]))
                for i, r in enumerate(regions) for m in months]
        table = pd.DataFrame(rows, columns=["region", "month", "p", "expected"])
        table.attrs["model"] = "last-12 frequency (short history)"
        return table
    cube = feature_cube(values, tgt.k, *(region_context(regions, by, groups) if neighbourhood
                                         else (group_labels(regions, groups), None)))
    fc = Forecaster(tgt, model=model, calibration=calibration, p_where_read=True).fit(panel, horizons, cube)
    x_now = cube[-1]
    out: dict[str, list[Any]] = {"region": [], "month": [], "p": [], "expected": []}
    preds = {h: fc.predict_rows(x_now, h) for h in horizons}
    for i, r in enumerate(regions):
        for h, m in zip(horizons, months, strict=True):
            out["region"].append(r)
            out["month"].append(m)
            out["p"].append(float(preds[h][0][i]))
            out["expected"].append(float(preds[h][1][i]))
    table = pd.DataFrame(out)
    table.attrs["model"] = getattr(fc, "kind", model)  # what --model auto chose: ens or logit
    return table
