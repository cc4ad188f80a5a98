"""CLI commands for the assess area: forecast, backtest, spikes, resolve, track-record."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from didban.cli import app
from didban.cli.common import err, esc, print_json_line
from didban.cli.core import open_store

if TYPE_CHECKING:
    import pandas as pd

HistoryOpt = Annotated[
    Path,
    typer.Option("--history", help="Wide region-month CSV (PaCE Hist.csv) or UCDP GED event CSV.",
                 exists=True, dir_okay=False),
]
ByOpt = Annotated[str, typer.Option("--by", help="Event files: aggregate by 'country' or 'adm1'.")]
DbOpt = Annotated[str | None, typer.Option("--db", help="Store (SQLite path or URL).")]
GroupsOpt = Annotated[
    Path | None,
    typer.Option("--groups", help="CSV region,group (e.g. PaCE reg_coun.csv) for the regional features; "
                                  "country panels default to GeoNames continents.", exists=True, dir_okay=False),
]


def _groups(groups: Path | None) -> dict[str, str] | None:
    from didban.assess.forecast import load_groups

    return load_groups(groups) if groups is not None else None


def _fail(msg: str) -> NoReturn:
    err.print(f"[red]error:[/red] {esc(msg)}")
    raise typer.Exit(2)


def _check_model(model: str, calibration: str = "auto") -> None:
    from didban.assess.forecast import Forecaster

    try:
        Forecaster.check_options(model, calibration)
    except ValueError as e:
        _fail(str(e))


def _pick_region(columns: list[str], region: str) -> str:
    """The column a user means: exact, else the only one equal in any case, starting with it or holding it
    («syria» → Syria, «Aleppo» → Aleppo Governorate); an ambiguous or unknown name ends the command."""
    import difflib

    if region in columns:
        return region
    key = region.strip().casefold()
    for test in (lambda c: c.casefold() == key, lambda c: c.casefold().startswith(key), lambda c: key in c.casefold()):
        found = [c for c in columns if key and test(c)]
        if len(found) == 1:
            return found[0]
        if found:
            _fail(f"region {region!r} is ambiguous: {', '.join(found[:10])}")
    close = difflib.get_close_matches(region, columns, n=5, cutoff=0.7)
    _fail(f"no region {region!r}; " + (f"did you mean {', '.join(close)}?" if close
                                          else f"e.g. {', '.join(columns[:8])}"))


def _load(history: Path, *, kind: str, by: str, as_of: pd.Period | None = None) -> pd.DataFrame:
    """The panel of a history file; a file that cannot be read at all ends the command with
    its reason, and cells or rows it had to pass over are named on stderr."""
    from didban.assess.history import Problems, load_history

    if kind not in ("fatalities", "events"):
        _fail(f"unknown kind {kind!r}: fatalities or events")
    if by not in ("country", "adm1"):
        _fail(f"unknown --by {by!r}: country or adm1")

    problems = Problems()
    try:
        panel = load_history(history, as_of=as_of, kind=kind, by=by, problems=problems)
    except (ValueError, KeyError, UnicodeDecodeError, csv.Error) as e:
        _fail(f"cannot read {history}: {e}")
    if kind == "events" and panel.attrs.get("format") == "wide":
        err.print(f"[yellow]warning:[/yellow] {esc(str(history))} is a wide file: its values are read as the "
                  "event counts the target asks for")
    if problems:
        err.print(f"[yellow]warning:[/yellow] {esc(str(history))}: {problems.count} cells or rows not usable: "
                  f"{esc(str(problems))}")
    return panel


@app.command()
def forecast(
    as_of: Annotated[str, typer.Option("--as-of", help="Last month of data to use (YYYY-MM).")],
    history: Annotated[
        Path | None,
        typer.Option("--history", help="Wide region-month CSV (PaCE Hist.csv) or UCDP GED event CSV (default: the "
                                       "store's own monthly series: independent stories with coded events, or "
                                       "their dead, per province or country).", exists=True, dir_okay=False),
    ] = None,
    horizon: Annotated[int, typer.Option("--horizon", min=1, max=36, help="Months after as-of.")] = 6,
    target: Annotated[str, typer.Option("--target", help="'fatalities>=K' or 'events>=K'.")] = "fatalities>=25",
    by: ByOpt = "country",
    fmt: Annotated[str, typer.Option("--format", help="csv or json (one object a line).")] = "csv",
    model: Annotated[str, typer.Option("--model", help="auto, ens, hgb or logit.")] = "auto",
    db: DbOpt = None,
    save: Annotated[bool, typer.Option("--save", help="Store the forecasts (with inputs and model).")] = False,
    groups: GroupsOpt = None,
    category: Annotated[str, typer.Option("--category", help="Store series: only events of these PLOVER "
                                                             "categories, comma-separated.")] = "",
) -> None:
    """Probability of at least K in each of the H months after as-of, and the expected count,
    for every region. Reads only rows up to as-of. When the file ends before as-of, the model
    is fitted at the file's last month and forecasts the same months (longer horizons).
    Without --history, the store's own events are the history."""
    import hashlib

    from didban.assess.forecast import MODEL_VERSION, forecast_table
    from didban.assess.history import Target, parse_month

    try:
        tgt = Target.parse(target)
        origin = parse_month(as_of)
    except ValueError as e:
        _fail(str(e))
    _gregorian(origin, "--as-of")
    if fmt not in ("csv", "json"):
        _fail(f"unknown --format {fmt!r}: csv or json")
    _check_model(model)
    if tgt.categories:
        _fail("--target names no categories: give them with --category")
    if history is None:
        panel, source = _store_panel(db, tgt.kind, category, origin), "store"
        by = "country" if all(len(r) == 2 and r.isupper() for r in panel.columns) else "adm1"
    else:
        if category:
            _fail("--category applies to the store's series, not to a --history file")
        panel, source = _load(history, as_of=origin, kind=tgt.kind, by=by), str(history)
    if not len(panel.columns):  # (an event file names its regions only in events up to as-of)
        err.print(f"[yellow]warning:[/yellow] {esc(str(source))}: no dated event up to as-of {origin}: no region "
                  "to forecast, no row printed")
    elif not len(panel):  # still one row per region and month, but say that it carries no information
        err.print(f"[yellow]warning:[/yellow] {esc(str(source))}: no month at or before as-of {origin}: every p is 0.5 "
                  "and every expected count 0 (no information)")
    elif panel.index[-1] < origin:
        err.print(f"note: data end {panel.index[-1]}, before as-of {origin}: forecasting from {panel.index[-1]}")
    table = forecast_table(panel, origin, horizon, tgt, by=by, model=model, groups=_groups(groups))
    if fmt == "json":
        for r in table.itertuples(index=False):
            print_json_line({"region": r.region, "month": r.month, "p": round(r.p, 6),
                             "expected": round(r.expected, 3)})
    else:
        out = table.copy()
        out["p"] = out["p"].map(lambda v: f"{v:.6f}")
        out["expected"] = out["expected"].map(lambda v: f"{v:.3f}")
        out.to_csv(sys.stdout, index=False, lineterminator="\n")
    if save:
        from didban.assess import forecast_records
        from didban.store import Store

        last = str(panel.index[-1]) if len(panel) else "none"
        digest = hashlib.sha256(panel.to_csv().encode()).hexdigest()[:16]
        name = history.name if history is not None else f"store{' ' + category if category else ''}"
        inputs = f"{name} by={by} rows<={last} sha256:{digest}"
        if category:  # stored as «events[ASSAULT]>=1»: resolved against the events of those categories only
            tgt = Target(tgt.kind, tgt.k, _categories(category))
        inputs += f" target={tgt}" + (f" model={model}" if model != "auto" else "")
        used = table.attrs.get("model", model)  # the model that made them (auto: ens or logit; or the rule)
        records = forecast_records(table, target=str(tgt), as_of=str(origin), model=f"{MODEL_VERSION} {used}",
                                   inputs=inputs)
        n = Store.open(db).save_forecasts(records)
        err.print(f"stored {n} forecasts")


def _gregorian(month: pd.Period, option: str) -> None:
    """Refuse a month that reads as a Jalali one («1405-05» is the year 1405 AD), naming its Gregorian month."""
    if month.year >= 1900:
        return
    hint = ""
    if 1300 <= month.year <= 1500:
        import jdatetime

        g = jdatetime.date(month.year, month.month, 1).togregorian()
        hint = f" (the Jalali month {month} begins on {g.isoformat()}: give {g.year:04d}-{g.month:02d})"
    _fail(f"{option} {month} is a Gregorian month (YYYY-MM){hint}")


def _categories(category: str) -> tuple[str, ...]:
    """PLOVER categories of a comma-separated option («assault, COERCE»), unknown ones refused."""
    from didban.events.lexicon import PLOVER_CATEGORIES

    cats = tuple(c.strip().upper() for c in category.split(",") if c.strip())
    unknown = [c for c in cats if c not in PLOVER_CATEGORIES]
    if unknown:
        _fail(f"unknown category {', '.join(unknown)}: one of {', '.join(PLOVER_CATEGORIES)}")
    return cats


def _store_panel(db: str | None, kind: str, category: str, as_of: pd.Period) -> pd.DataFrame:
    """Month x region panel of the store's events up to the month ``as_of`` (nothing later is read, not even
    which regions appear later): independent stories with a coded event (``events``) or their dead
    (``fatalities``), optionally of some PLOVER categories only."""
    from datetime import UTC

    import pandas as pd

    from didban.assess.series import build_series, month_start, monthly_panel

    cats = _categories(category)
    until = month_start(as_of + 1)  # the month after as-of begins (Tehran time)
    store = open_store(db, must_exist=True)
    s = build_series(store, "month", until=until, by_category=bool(cats))
    if cats:
        s = s[s["category"].isin(cats)]
    panel = monthly_panel(s, "dead" if kind == "fatalities" else "stories")
    panel = panel.drop(columns=[c for c in panel.columns if c == "unknown"])
    newest = store.published_range()[1]
    if len(panel) and newest is not None:  # months the store covered without an event are zeros, not gaps
        end = min(as_of, pd.Period(newest.astimezone(UTC).replace(tzinfo=None), freq="M"))
        if end > panel.index[-1]:
            panel = panel.reindex(pd.period_range(panel.index[0], end, freq="M"), fill_value=0.0)
    return panel


def _default_pace(history: Path) -> Path | None:
    d = history.parent / "Historical_Predictions"
    return d if d.is_dir() else None


@app.command()
def backtest(
    history: HistoryOpt,
    target: Annotated[list[str] | None, typer.Option("--target", help="Repeatable.")] = None,
    horizon: Annotated[int, typer.Option("--horizon", min=1, max=24)] = 6,
    by: ByOpt = "country",
    start: Annotated[str | None, typer.Option("--start", help="First origin (default: 60 months before the end).")]
    = None,
    end: Annotated[str | None, typer.Option("--end", help="Last origin (default: the month before the end).")] = None,
    refit_every: Annotated[int, typer.Option("--refit-every", min=1,
                                             help="Months between refits (1 = every origin).")] = 12,
    pace: Annotated[Path | None, typer.Option("--pace", help="PaCE Historical_Predictions folder "
                                                                "(default: next to a Hist.csv).")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for diagrams, metrics and predictions.")]
    = Path("backtest-out"),
    model: Annotated[str, typer.Option("--model")] = "auto",
    calibration: Annotated[str, typer.Option(
        "--calibration", help="auto (none for the boosting ensemble of long panels, platt-prior for the logistic model of short ones), platt-prior, platt, isotonic or none.")] = "auto",
    groups: GroupsOpt = None,
) -> None:
    """Rolling-origin backtest: Brier (+ skill vs climatology, persistence, last-12 frequency), log loss,
    ECE, reliability diagrams (PNG, SVG) and count MSLE, side by side with PaCE where available."""
    import json
    import math

    import pandas as pd

    from didban.assess import backtest as bt
    from didban.assess import calibration as cal
    from didban.assess.history import Target, parse_month

    _check_model(model, calibration)
    parsed: dict[str, Target] = {}
    for text in target or ["fatalities>=25"]:  # every target checked before the first one runs
        try:
            tgt = Target.parse(text)
        except ValueError as e:
            _fail(str(e))
        parsed.setdefault(str(tgt), tgt)  # «deaths>=25» is «fatalities>=25»: scored once
    try:
        first_asked = parse_month(start) if start else None
        last_asked = parse_month(end) if end else None
    except ValueError as e:
        _fail(f"--start/--end: {e} (YYYY-MM)")
    if out.exists() and not out.is_dir():
        _fail(f"--out {out} is a file, not a folder")
    if pace is not None and not pace.is_dir():
        _fail(f"--pace {pace}: no such folder (the PaCE Historical_Predictions folder)")
    pace_dir = pace or (_default_pace(history) if by == "country" else None)
    all_summaries = []
    for tgt in parsed.values():
        panel = _load(history, kind=tgt.kind, by=by)
        if len(panel) < 30:
            _fail(f"{history}: {len(panel)} months is too short for a backtest")
        last = panel.index[-1]
        first_origin = first_asked or max(last - 60, panel.index[0] + 18)
        earliest = panel.index[0] + 12  # a model fitted on less than a year of history is no forecaster
        if first_origin < earliest:
            err.print(f"[yellow]note:[/yellow] the first origin is {earliest}, not {first_origin}: the data begin "
                      f"{panel.index[0]} and a model needs a year of it to fit")
            first_origin = earliest
        last_origin = last_asked or last - 1
        # an origin needs a month of data at or before it and at least one month to score after it
        origins = [o for o in pd.period_range(first_origin, last_origin, freq="M") if panel.index[0] <= o < last]
        if not origins:
            _fail(f"{history}: no origin in {first_origin}..{last_origin} has data up to it and a month after it "
                  f"(the data run {panel.index[0]}..{last})")
        horizons = list(range(1, horizon + 1))
        err.print(f"{tgt}: {len(panel.columns)} regions, origins {first_origin}..{last_origin}, "
                  f"refit every {refit_every}")
        df = bt.rolling_backtest(panel, tgt, origins, horizons, refit_every=refit_every, model=model,
                                 calibration=calibration, progress=lambda m: err.print("  " + m),
                                 groups=_groups(groups), by=by)
        peers: tuple[str, ...] = ()
        if pace_dir is not None and tgt.kind == "fatalities":
            for kind in ("h6", "h12"):
                pc = bt.load_pace(pace_dir, kind).rename(columns={"pace": f"pace_{kind}"})
                if len(pc):
                    joined = df.merge(pc, on=["origin", "h", "region", "month"], how="left")
                    if joined[f"pace_{kind}"].notna().any():  # no overlap (e.g. origins before 2018): no peer
                        df = joined
                        peers += (f"pace_{kind}",)
            if peers:  # score every forecast on the same rows: those the peers also forecast
                df = df.dropna(subset=list(peers))
        if df.empty:
            _fail(f"{tgt}: no forecast to score for origins {origins[0]}..{origins[-1]}"
                  + (" on the months the PaCE forecasts cover" if peers else ""))
        slug = str(tgt).replace(">=", "_ge_") + (f"_{by}" if by != "country" else "")
        out.mkdir(parents=True, exist_ok=True)
        df.to_csv(out / f"predictions_{slug}.csv", index=False)
        summary = bt.summarize(df, tgt.k, peers)
        summary.insert(0, "target", str(tgt))
        all_summaries.append(summary)
        _print_summary(str(tgt), summary, peers, df)
        if summary[["bss_clim", "bss_persist", "bss_last12"]].isna().to_numpy().any():
            err.print("[yellow]note:[/yellow] a skill of nan has no reference to beat: that reference forecast is "
                      f"never wrong on these months (base rate {df['hit'].mean():.3f})")
        for h, g in df.groupby("h"):
            cal.reliability_diagram(
                {"didban": (g["p"].to_numpy(), g["hit"].to_numpy()),
                 "last-12 freq": (g["p_last12"].to_numpy(), g["hit"].to_numpy())},
                out / f"reliability_{slug}_h{h}", title=f"{tgt}, horizon {h} (n={len(g)})")
        cal.reliability_diagram({"didban": (df["p"].to_numpy(), df["hit"].to_numpy())},
                                out / f"reliability_{slug}_all", title=f"{tgt}, horizons 1-{horizon}")
    metrics = pd.concat(all_summaries, ignore_index=True)
    metrics.to_csv(out / "metrics.csv", index=False)
    records = [{k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in r.items()}
               for r in metrics.to_dict(orient="records")]  # JSON has no NaN: a skill with no reference is null
    (out / "metrics.json").write_text(json.dumps(records, indent=1, allow_nan=False))
    err.print(f"wrote {out}/metrics.csv, metrics.json, predictions_*.csv, reliability_*.png/.svg")


def _print_summary(title: str, s, peers: tuple[str, ...], df) -> None:  # noqa: ANN001
    from rich.console import Console
    from rich.table import Table

    tab = Table(title=f"{title}: {df['region'].nunique()} regions, target months {df['month'].min()}.."
                      f"{df['month'].max()}, {len(df)} forecasts")
    tab.add_column("metric")
    for h in s["h"]:
        tab.add_column(f"h={h}", justify="right")
    rows = [
        ("n", "n", "{:.0f}"), ("base rate", "base_rate", "{:.3f}"),
        ("Brier didban", "brier", "{:.4f}"), ("Brier climatology", "brier_clim", "{:.4f}"),
        ("Brier persistence", "brier_persist", "{:.4f}"), ("Brier last-12 freq", "brier_last12", "{:.4f}"),
        ("BSS vs climatology", "bss_clim", "{:+.3f}"), ("BSS vs persistence", "bss_persist", "{:+.3f}"),
        ("BSS vs last-12 freq (target > +0.05)", "bss_last12", "{:+.3f}"),
        ("  (last-12 BSS vs clim)", "last12_bss_clim", "{:+.3f}"),
        ("log loss didban", "logloss", "{:.4f}"), ("log loss last-12", "logloss_last12", "{:.4f}"),
        ("ECE didban (target <= 0.02)", "ece", "{:.4f}"), ("ECE last-12", "ece_last12", "{:.4f}"),
        ("MSLE didban", "msle", "{:.3f}"), ("MSLE persistence", "msle_persist", "{:.3f}"),
        ("MSLE last-12 log-mean", "msle_last12", "{:.3f}"),
    ]
    for peer in peers:
        rows += [(f"MSLE {peer}", f"msle_{peer}", "{:.3f}"), (f"Brier {peer} (1 if count>=K)", f"brier_{peer}_hard",
                                                              "{:.4f}")]
    for label, col, f in rows:
        if col in s:
            tab.add_row(label, *[f.format(v) for v in s[col]])
    pairs = [("BSS vs last-12, 95% CI (months resampled)", "bss_last12_lo", "bss_last12_hi", "{:+.3f}"),
             ("ECE didban, 95% CI (months resampled)", "ece_lo", "ece_hi", "{:.3f}"),
             ("ECE if perfectly calibrated: median, 95%", "ece_null_median", "ece_null_95", "{:.3f}")]
    for label, lo, hi, f in pairs:
        if lo in s:
            tab.add_row(label, *[f"{f.format(a)}..{f.format(b)}" for a, b in zip(s[lo], s[hi], strict=True)])
    Console(width=160).print(tab)


@app.command()
def spikes(
    history: HistoryOpt,
    region: Annotated[str, typer.Option("--region")],
    rate: Annotated[float, typer.Option("--false-alarm-rate", help="Accepted share of false alarms per period.")]
    = 0.01,
    kind: Annotated[str, typer.Option("--kind", help="fatalities or events")] = "fatalities",
    by: ByOpt = "country",
    window: Annotated[int, typer.Option("--window")] = 12,
    method: Annotated[str, typer.Option("--method", help="auto, negbin or ewma")] = "auto",
    all_rows: Annotated[bool, typer.Option("--all", help="Print every period, not only spikes.")] = False,
) -> None:
    """Flag the periods of a region's series that are surprising at the given false-alarm rate."""
    from didban.assess.spikes import detect

    if not 0 < rate < 0.5:  # (as `didban heat`: at 0.5 a month below its baseline could be flagged)
        _fail("--false-alarm-rate must be between 0 and 0.5")
    panel = _load(history, kind=kind, by=by)
    name = _pick_region([str(c) for c in panel.columns], region)
    if name != region:
        err.print(f"region: {esc(name)}")
    try:
        res = detect(panel[name], rate, window=window, method=method)
    except ValueError as e:
        _fail(str(e))
    if not res["pvalue"].notna().any():
        err.print(f"[yellow]note:[/yellow] {len(res)} months: a month is scored once 6 months come before it")
    shown = res if all_rows else res[res["spike"]]
    sys.stdout.write("month,value,baseline,pvalue,spike\n")
    for m, r in shown.iterrows():
        sys.stdout.write(f"{m},{r.value:g},{r.baseline:.2f},{r.pvalue:.3g},{int(r.spike)}\n")
    err.print(f"{int(res['spike'].sum())} spikes in {int(res['pvalue'].notna().sum())} scored months "
              f"(false-alarm rate {rate})")


@app.command()
def heat(
    db: DbOpt = None,
    period: Annotated[str, typer.Option("--period", help="day, week or month")] = "day",
    category: Annotated[str, typer.Option("--category", help="Only stories with events of these PLOVER "
                                                             "categories, comma-separated (e.g. ASSAULT,COERCE).")] = "",
    rate: Annotated[float, typer.Option("--false-alarm-rate", help="Accepted share of false alarms per period.")]
    = 0.01,
    periods: Annotated[int | None, typer.Option("--periods", help="Periods shown (default 30 days, 12 weeks or "
                                                                   "12 months).")] = None,
    window: Annotated[int | None, typer.Option("--window", help="Periods before them that fit the baselines.")]
    = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per region.")] = False,
) -> None:
    """Which regions of the store are heating up: independent stories per region and period, each region's
    last period scored against its own past at the false-alarm rate (the dashboard's trends page)."""
    from didban.assess.heat import DEFAULT_SPANS, PERIODS, regional_heat

    if period not in PERIODS:
        _fail(f"--period must be one of {', '.join(PERIODS)}, not {period!r}")
    cats = _categories(category)
    if not 0 < rate < 0.5:
        _fail("--false-alarm-rate must be between 0 and 0.5")
    default = DEFAULT_SPANS[period]
    shown = default[0] if periods is None else periods
    fit = default[1] if window is None else window
    if shown < 1 or fit < 2:
        _fail("--periods must be at least 1 and --window at least 2")
    rows = regional_heat(open_store(db, must_exist=True), period=period, periods=shown, window=fit, false_alarm_rate=rate,
                         categories=cats)
    if as_json:
        for r in rows:
            print_json_line(r.to_dict())
        return
    from rich.console import Console
    from rich.table import Table

    from didban.web.i18n import place_name

    last = rows[0].periods[-1] if rows else ""
    tab = Table(title=f"regions by surprise of their last {period} ({last}; Tehran time; false-alarm rate {rate})")
    for col in ("region", "name", "last", "expected", "p", "spike", f"stories, {shown} {period}s"):
        tab.add_column(col)
    for r in rows:
        tab.add_row(r.region, place_name(r.region, "en", r.region), str(r.latest),
                    "" if r.baseline is None else f"{r.baseline:.1f}",
                    "" if r.pvalue is None else f"{r.pvalue:.3g}", "yes" if r.spike else "", str(r.total))
    Console(width=120).print(tab)
    if not rows:
        err.print("no region has stories in these periods")


@app.command("resolve")
def resolve_cmd(
    db: DbOpt = None,
    history: Annotated[Path | None, typer.Option("--history", help="Outcomes from a history file "
                                                                      "(else from the store's events).")] = None,
    kind: Annotated[str, typer.Option("--kind")] = "fatalities",
    by: ByOpt = "country",
) -> None:
    """Resolve stored forecasts whose outcome month has arrived."""
    from didban.assess import resolve, resolve_from_store

    store = open_store(db, must_exist=True)
    n = resolve(store, _load(history, kind=kind, by=by), kind) if history else resolve_from_store(store)
    err.print(f"resolved {n} forecasts")


@app.command("track-record")
def track_record_cmd(db: DbOpt = None) -> None:
    """Scores of the resolved stored forecasts (JSON)."""
    from didban.assess import track_record

    rec = track_record(open_store(db, must_exist=True))
    rec.pop("recent", None)
    print_json_line(rec)
