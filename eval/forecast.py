"""Forecast accuracy on the shared UCDP data: rolling-origin backtests, months never used in fitting.

Country level: PaCE Hist.csv, fatalities>=25, horizons 1-6. Two periods:

- ``dev``: origins 2010-12 .. 2015-11 (target months up to 2016-05), all 133 countries, no peer. Model
  choices are made on this period only.
- ``test`` (reported): origins 2017-12 .. 2022-11 (the PaCE peer's origins), the 125 countries PaCE
  forecasts, side by side with PaCE h6/h12.

Province level: UCDP GED Syria, events>=10 and events>=25 per governorate-month, origins 2017-06 ..
2018-11, refit at every origin.

    python eval/forecast.py [--out eval-out] [--refit-every 12] [--period test|dev|both] [--no-syria]
    python eval/forecast.py --syria-only [--out eval-out]   # the province tables alone (~15 s)

Prints the tables of ``didban backtest`` and writes its diagrams and metrics under --out.
"""

from __future__ import annotations

import argparse
import sys

from didban.cli import _register, app
from didban.datasets import DataUnavailable, raw_dir


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="eval-out/forecast")
    ap.add_argument("--refit-every", default="12")
    ap.add_argument("--period", choices=["test", "dev", "both"], default="test")
    ap.add_argument("--no-syria", action="store_true")
    ap.add_argument("--syria-only", action="store_true", help="skip the country backtests (several minutes)")
    args = ap.parse_args()
    try:
        events = raw_dir() / "events"
    except DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    hist = events / "pace_ucdp_country_month" / "Hist.csv"
    syria = events / "ucdp_ged_syria" / "ucdp_ged_syria_2016_2018_slim.csv"
    _register()
    runs = []
    if hist.exists() and not args.syria_only:
        periods = {"dev": ("2010-12", "2015-11"), "test": ("2017-12", "2022-11")}
        for name in (["dev", "test"] if args.period == "both" else [args.period]):
            first, last = periods[name]
            runs.append(["backtest", "--history", str(hist), "--target", "fatalities>=25", "--horizon", "6",
                         "--start", first, "--end", last, "--refit-every", args.refit_every,
                         "--out", f"{args.out}/country" + ("_dev" if name == "dev" else "")])
    if syria.exists() and not args.no_syria:
        runs.append(["backtest", "--history", str(syria), "--by", "adm1", "--target", "events>=10",
                     "--target", "events>=25", "--horizon", "6", "--start", "2017-06", "--refit-every", "1",
                     "--out", f"{args.out}/syria_adm1"])
    if not runs:
        print("skipped: UCDP files absent")
        return 0
    for argv in runs:
        try:
            app(argv, standalone_mode=False)
        except SystemExit as e:  # typer exits on errors
            if e.code:
                return int(e.code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
