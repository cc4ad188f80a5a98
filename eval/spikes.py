"""Does spike detection keep the false-alarm rate the user sets? And what does it still find?

``didban.assess.spikes.detect`` promises that on a series with no change at most about ``rate`` of the
periods are flagged. This measures the share flagged where nothing changed, side by side with a plug-in
negative binomial (the window's mean and variance taken as the truth: the detector shipped before stop 24),
at the rates 0.01 and 0.05, window 12:

1. simulated stationary counts (Poisson and negative binomial, means 0.3 .. 1,000, sizes 0.2 .. Poisson), and
   real values for the ``ewma`` method (normal, gamma, lognormal, shares; positive ones scored on the log scale
   since stop 25);
2. the real series with their months shuffled (no change by construction, real burstiness): PaCE Hist.csv
   country-month fatalities and UCDP GED Syria governorate-month events; and the real series as they are
   (true escalations included, so the share flagged may exceed the rate);
3. power: simulated series with 8 injected bursts of 3x and 6x the mean, the share of bursts found, and the
   share of other periods flagged.

    python eval/spikes.py [--seed 0] [--quick]

Real data from ../shared/data/raw (``DIDBAN_RAW_DATA``); parts 1 and 3 need none.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from didban.assess.spikes import detect
from didban.datasets import DataUnavailable, raw_dir

RATES = (0.01, 0.05)


def plugin(series: pd.Series, rate: float, window: int = 12, min_history: int = 6) -> np.ndarray:
    """P-values of the plug-in detector (before stop 24): a negative binomial with the window's moments."""
    from scipy import stats

    y = series.to_numpy(dtype=float)
    pval = np.full(len(y), np.nan)
    for t in range(min_history, len(y)):
        w = y[max(0, t - window):t]
        mu = (w.sum() + 0.5) / (len(w) + 1.0)
        var = float(np.var(w, ddof=1)) if len(w) > 1 else mu
        k = int(round(y[t]))
        if var > mu * 1.05:
            r = mu * mu / (var - mu)
            pval[t] = float(stats.nbinom.sf(k - 1, r, r / (r + mu)))
        else:
            pval[t] = float(stats.poisson.sf(k - 1, mu))
    return pval


def plugin_ewma(series: pd.Series, window: int = 12, min_history: int = 6) -> np.ndarray:
    """P-values of the plug-in EWMA detector (before stop 24): the normal tail of the EWMA z-score."""
    from scipy import stats

    alpha = 2.0 / (window + 1)
    mean = series.ewm(alpha=alpha, adjust=True).mean().shift(1).to_numpy()
    sd = series.ewm(alpha=alpha, adjust=True).std().shift(1).to_numpy()
    pval = np.full(len(series), np.nan)
    for t in range(min_history, len(series)):
        scale = sd[t] if np.isfinite(sd[t]) and sd[t] > 0 else max(abs(mean[t]) * 0.1, 1e-9)
        pval[t] = float(stats.norm.sf((series.iloc[t] - mean[t]) / scale))
    return pval


def _shares(pv: np.ndarray, mask: np.ndarray) -> list[float]:
    scored = mask & ~np.isnan(pv)
    return [float((pv[scored] < r).sum()) for r in RATES] + [float(scored.sum())]


def _row(label: str, ours: np.ndarray, theirs: np.ndarray) -> str:
    n = max(ours[-1], 1.0)
    cells = [f"{theirs[i] / n:.4f} / {ours[i] / n:.4f}" for i in range(len(RATES))]
    return f"| {label} | {int(ours[-1]):,} | " + " | ".join(cells) + " |"


def simulated(rng: np.random.Generator, reps: int) -> None:
    print("\n1. simulated stationary counts, 400 periods each: share flagged, plug-in / ours")
    print("| mean, size | periods | at 0.01 | at 0.05 |\n|---|---:|---:|---:|")
    tot_o, tot_t = np.zeros(3), np.zeros(3)
    for m in (0.3, 2.0, 10.0, 100.0, 1000.0):
        for r in (0.2, 1.0, 5.0, None):
            o, t = np.zeros(3), np.zeros(3)
            for _ in range(reps):
                y = rng.poisson(m, 400) if r is None else rng.negative_binomial(r, r / (r + m), 400)
                s = pd.Series(y.astype(float))
                all_ = np.ones(len(s), bool)
                o += _shares(detect(s, 0.01).pvalue.to_numpy(), all_)
                t += _shares(plugin(s, 0.01), all_)
            tot_o, tot_t = tot_o + o, tot_t + t
            print(_row(f"{m:g}, {'Poisson' if r is None else f'{r:g}'}", o, t))
    print(_row("all", tot_o, tot_t))
    print("\n1b. simulated stationary real values, method ewma, 2,000 periods each: share flagged, plug-in / ours")
    print("| series | periods | at 0.01 | at 0.05 |\n|---|---:|---:|---:|")
    for name, draw in (("normal (5, 1)", lambda: rng.normal(5.0, 1.0, 2000)),
                       ("gamma (shape 2)", lambda: rng.gamma(2.0, 1.0, 2000)),
                       ("gamma (shape 0.5)", lambda: rng.gamma(0.5, 1.0, 2000)),
                       ("lognormal (sigma 0.5)", lambda: rng.lognormal(0.0, 0.5, 2000)),
                       ("lognormal (sigma 1)", lambda: rng.lognormal(0.0, 1.0, 2000)),
                       ("shares, beta (2, 8)", lambda: rng.beta(2.0, 8.0, 2000)),
                       ("normal (2, 1), some values <= 0", lambda: rng.normal(2.0, 1.0, 2000))):
        o, t = np.zeros(3), np.zeros(3)
        for _ in range(max(1, reps // 4)):
            s = pd.Series(draw())
            all_ = np.ones(len(s), bool)
            o += _shares(detect(s, 0.01, method="ewma").pvalue.to_numpy(), all_)
            t += _shares(plugin_ewma(s), all_)
        print(_row(name, o, t))


def _panels() -> dict[str, pd.DataFrame]:
    from didban.assess.history import load_history

    events = raw_dir() / "events"
    out = {}
    hist = events / "pace_ucdp_country_month" / "Hist.csv"
    syria = events / "ucdp_ged_syria" / "ucdp_ged_syria_2016_2018_slim.csv"
    if hist.exists():
        out["Hist.csv countries, fatalities"] = load_history(hist, kind="fatalities")
    if syria.exists():
        out["GED Syria governorates, events"] = load_history(syria, kind="events", by="adm1")
    return out


def real(rng: np.random.Generator, shuffles: int) -> None:
    try:
        panels = _panels()
    except DataUnavailable as e:
        print(f"\n2. real series skipped: {e}")
        return
    print(f"\n2. real series (regions with at least 6 non-zero months), as they are and with their months shuffled "
          f"({shuffles} shuffles each): share flagged, plug-in / ours")
    print("| series | periods | at 0.01 | at 0.05 |\n|---|---:|---:|---:|")
    for name, panel in panels.items():
        panel = panel.loc[:, (panel > 0).sum() >= 6]
        o_real, t_real, o_sh, t_sh = (np.zeros(3) for _ in range(4))
        for col in panel.columns:
            y = panel[col].to_numpy(dtype=float)
            all_ = np.ones(len(y), bool)
            s = pd.Series(y)
            o_real += _shares(detect(s, 0.01).pvalue.to_numpy(), all_)
            t_real += _shares(plugin(s, 0.01), all_)
            for _ in range(shuffles):
                s = pd.Series(rng.permutation(y))
                o_sh += _shares(detect(s, 0.01).pvalue.to_numpy(), all_)
                t_sh += _shares(plugin(s, 0.01), all_)
        print(_row(f"{name} ({panel.shape[1]} regions), shuffled", o_sh, t_sh))
        print(_row(f"{name}, as they are", o_real, t_real))


def power(rng: np.random.Generator, reps: int) -> None:
    print("\n3. power: 200 periods, 8 bursts of factor x the mean (at least 2); bursts found / other periods "
          "flagged, plug-in / ours")
    print("| mean, size, factor | bursts found at 0.01 | flagged elsewhere at 0.01 | found at 0.05 | "
          "elsewhere at 0.05 |\n|---|---:|---:|---:|---:|")
    for m in (0.5, 3.0, 20.0, 200.0):
        for r in (0.5, 5.0, None):
            for f in (3, 6):
                hit_o, hit_t, fa_o, fa_t = (np.zeros(3) for _ in range(4))
                for _ in range(reps):
                    y = (rng.poisson(m, 200) if r is None else rng.negative_binomial(r, r / (r + m), 200)).astype(float)
                    pos = rng.choice(np.arange(20, 200, 18), 8, replace=False)
                    y[pos] = max(2.0, round(m * f))
                    burst = np.zeros(len(y), bool)
                    burst[pos] = True
                    s = pd.Series(y)
                    po, pt = detect(s, 0.01).pvalue.to_numpy(), plugin(s, 0.01)
                    hit_o += _shares(po, burst)
                    hit_t += _shares(pt, burst)
                    fa_o += _shares(po, ~burst)
                    fa_t += _shares(pt, ~burst)
                cells = []
                for i in range(len(RATES)):
                    cells += [f"{hit_t[i] / hit_t[-1]:.3f} / {hit_o[i] / hit_o[-1]:.3f}",
                              f"{fa_t[i] / fa_t[-1]:.3f} / {fa_o[i] / fa_o[-1]:.3f}"]
                print(f"| {m:g}, {'Poisson' if r is None else f'{r:g}'}, {f}x | " + " | ".join(cells) + " |")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quick", action="store_true", help="fewer simulated series and shuffles")
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    t0 = time.process_time()
    simulated(rng, 4 if args.quick else 12)
    real(rng, 1 if args.quick else 3)
    power(rng, 6 if args.quick else 20)
    print(f"\n({time.process_time() - t0:.0f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
