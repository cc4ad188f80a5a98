"""Speed of ``didban forecast`` on PaCE Hist.csv (the CLI contract: under a minute, fitting included),
side by side with the bare minimum (reading the file and the last-12-months frequency baseline).

    python bench/forecast.py [--as-of 2022-12] [--horizon 6]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import numpy as np


def main() -> int:
    from didban.assess.forecast import forecast_table, last12_frequency
    from didban.assess.history import load_history
    from didban.datasets import DataUnavailable, raw_dir

    ap = argparse.ArgumentParser()
    ap.add_argument("--as-of", default="2022-12")
    ap.add_argument("--horizon", type=int, default=6)
    args = ap.parse_args()
    try:
        hist = raw_dir() / "events" / "pace_ucdp_country_month" / "Hist.csv"
    except DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    rows = []
    t = time.perf_counter()
    panel = load_history(hist, as_of=args.as_of)
    t_read = time.perf_counter() - t
    t = time.perf_counter()
    base = last12_frequency(panel.to_numpy(), 25)[-1]
    t_base = time.perf_counter() - t
    rows.append(("read Hist.csv (as-of cut)", t_read, panel.shape))
    rows.append(("baseline: last-12 frequency", t_base, base.shape))
    t = time.perf_counter()
    table = forecast_table(panel, args.as_of, args.horizon, "fatalities>=25")
    rows.append((f"didban forecast_table (fit {args.horizon} horizons)", time.perf_counter() - t, table.shape))
    t = time.perf_counter()
    forecast_table(panel, args.as_of, args.horizon, "fatalities>=25", neighbourhood=False)
    rows.append(("  the same without neighbourhood features (/2)", time.perf_counter() - t, table.shape))
    print(f"{'step':48s} {'seconds':>8s}  shape")
    for name, sec, shape in rows:
        print(f"{name:48s} {sec:8.2f}  {shape}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
          f"p range {np.min(table.p):.4f}..{np.max(table.p):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
