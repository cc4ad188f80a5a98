"""Scores for probabilistic and count forecasts, and reliability diagrams.

Brier score, Brier skill against a reference forecast, log loss, expected
calibration error (equal-width bins, weighted by bin size), mean squared log error
for counts; :func:`reliability_diagram` writes the PNG and SVG.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

EPS = 1e-4


def brier(p: np.ndarray, y: np.ndarray) -> float:
    p, y = np.asarray(p, float), np.asarray(y, float)
    return float(np.mean((p - y) ** 2)) if len(y) else float("nan")


def brier_skill(p: np.ndarray, ref: np.ndarray, y: np.ndarray) -> float:
    """1 - Brier(p) / Brier(ref): > 0 means better than the reference."""
    b_ref = brier(ref, y)
    return float(1 - brier(p, y) / b_ref) if b_ref > 0 else float("nan")


def log_loss(p: np.ndarray, y: np.ndarray, eps: float = EPS) -> float:
    p = np.clip(np.asarray(p, float), eps, 1 - eps)
    y = np.asarray(y, float)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) if len(y) else float("nan")


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 10) -> list[dict[str, float]]:
    """Per equal-width bin: count, mean forecast, observed frequency."""
    p, y = np.asarray(p, float), np.asarray(y, float)
    idx = np.minimum((p * bins).astype(int), bins - 1)
    out = []
    for b in range(bins):
        m = idx == b
        if m.any():
            out.append({"lo": b / bins, "hi": (b + 1) / bins, "n": int(m.sum()),
                        "p": float(p[m].mean()), "freq": float(y[m].mean())})
    return out


def ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error: sum over bins of n_b/N * |mean p - observed frequency|."""
    n = len(p)
    if n == 0:
        return float("nan")
    return float(sum(b["n"] / n * abs(b["p"] - b["freq"]) for b in reliability(p, y, bins)))


def ece_interval(
    p: np.ndarray, y: np.ndarray, bins: int = 10, n_boot: int = 1000, level: float = 0.95, seed: int = 0,
    groups: np.ndarray | None = None,
) -> tuple[float, float]:
    """Bootstrap interval of the ECE: resample the forecasts (or whole ``groups``, e.g. target months,
    when outcomes within a group are correlated) with replacement and take the central ``level`` range,
    shifted by the bootstrap bias (the ECE of a resample runs higher than the ECE it is drawn from: binning
    noise only adds to it), lower end clipped at 0."""
    p, y = np.asarray(p, float), np.asarray(y, float)
    if len(p) == 0:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    if groups is None:
        draws = (rng.integers(0, len(p), len(p)) for _ in range(n_boot))
    else:
        keys, inv = np.unique(np.asarray(groups), return_inverse=True)
        members = [np.flatnonzero(inv == i) for i in range(len(keys))]
        draws = (np.concatenate([members[i] for i in rng.integers(0, len(keys), len(keys))]) for _ in range(n_boot))
    vals = np.array([ece(p[i], y[i], bins) for i in draws])
    bias = float(vals.mean()) - ece(p, y, bins)
    a = (1 - level) / 2
    return max(0.0, float(np.quantile(vals, a)) - bias), float(np.quantile(vals, 1 - a)) - bias


def ece_null(p: np.ndarray, bins: int = 10, n_sim: int = 1000, q: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """ECE a *perfectly calibrated* forecaster would show on these forecasts by chance alone: outcomes drawn
    as Bernoulli(p) for the same ``p``. Returns (median, ``q`` quantile): the noise floor of the ECE at this
    sample size and spread of forecasts (an observed ECE below the ``q`` quantile does not reject
    calibration; a target below the median is out of statistical reach)."""
    p = np.asarray(p, float)
    if len(p) == 0:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    vals = np.array([ece(p, (rng.uniform(size=len(p)) < p).astype(float), bins) for _ in range(n_sim)])
    return float(np.median(vals)), float(np.quantile(vals, q))


def msle(pred: np.ndarray, y: np.ndarray) -> float:
    """Mean squared error of log1p counts (negative forecasts count as 0)."""
    pred = np.clip(np.asarray(pred, float), 0, None)
    y = np.clip(np.asarray(y, float), 0, None)
    return float(np.mean((np.log1p(pred) - np.log1p(y)) ** 2)) if len(y) else float("nan")


def reliability_diagram(
    curves: dict[str, tuple[np.ndarray, np.ndarray]], path_stem: str | Path, title: str = "", bins: int = 10
) -> list[Path]:
    """Reliability diagram of one or more forecasts; writes ``<stem>.png`` and ``<stem>.svg``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax, axh) = plt.subplots(2, 1, figsize=(5.5, 6.5), gridspec_kw={"height_ratios": [3, 1]}, sharex=True)
    ax.plot([0, 1], [0, 1], color="grey", lw=1, ls="--", label="perfect")
    for name, (p, y) in curves.items():
        rel = reliability(p, y, bins)
        ax.plot([b["p"] for b in rel], [b["freq"] for b in rel], marker="o", label=f"{name} (ECE {ece(p, y, bins):.3f})")
        axh.hist(np.asarray(p, float), bins=bins, range=(0, 1), histtype="step", label=name)
    ax.set_ylabel("observed frequency")
    ax.set_title(title)
    ax.legend(fontsize=8)
    axh.set_yscale("log")
    axh.set_xlabel("forecast probability")
    axh.set_ylabel("forecasts")
    fig.tight_layout()
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = [stem.with_suffix(".png"), stem.with_suffix(".svg")]
    for p in paths:
        fig.savefig(p, dpi=110)
    plt.close(fig)
    return paths
