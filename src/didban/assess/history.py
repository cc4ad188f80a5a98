"""Reading a conflict history into a month x region panel, never past the as-of month.

Two file layouts are understood:

- a *wide* region-month CSV (PaCE ``Hist.csv``): first column the month-end date,
  one column per region, values fatalities. ``Unnamed: …`` columns are dropped.
- a UCDP GED *event* CSV (one row per event, ``date_start``, ``best``, ``country``,
  ``adm_1`` …), aggregated by country or governorate (``by="adm1"``) and month of
  ``date_start``: ``fatalities`` sums ``best``, ``events`` counts rows.

Files are read as a stream and rows dated after ``as_of`` are skipped *before*
their values are parsed, so a forecast for as-of T cannot depend on anything
written after T (tests poison the later rows to prove it).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np
import pandas as pd

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})")


@dataclass(frozen=True, slots=True)
class Target:
    """``kind>=k``: at least ``k`` fatalities (or events) in one region-month."""

    kind: str  # "fatalities" | "events"
    k: float
    categories: tuple[str, ...] = ()  # a stored store forecast of some PLOVER categories only: «events[ASSAULT]>=1»

    @classmethod
    def parse(cls, text: str) -> Target:
        m = re.fullmatch(r"\s*(fatalities|events|deaths|count)(?:\[([A-Z_,]+)\])?\s*>=\s*(\d+(?:\.\d+)?|\.\d+)\s*",
                         text)
        if not m:
            raise ValueError(f"target must look like 'fatalities>=25' or 'events>=10', not {text!r}")
        kind = {"deaths": "fatalities", "count": "events"}.get(m.group(1), m.group(1))
        k = float(m.group(3))
        if k <= 0:  # every month has at least 0: nothing to forecast or score
            raise ValueError(f"target {text!r}: K must be above 0 (a month always has at least 0)")
        return cls(kind, k, tuple(m.group(2).split(",")) if m.group(2) else ())

    @property
    def series(self) -> str:
        """The series it counts: «events», or «events[ASSAULT,COERCE]»."""
        return f"{self.kind}[{','.join(self.categories)}]" if self.categories else self.kind

    def __str__(self) -> str:
        k = int(self.k) if float(self.k).is_integer() else self.k
        return f"{self.series}>={k}"


def parse_month(value: str) -> pd.Period:
    """'2022-12', '2022-12-31', '2022-12-31 00:00:00' -> Period('2022-12', 'M')."""
    m = _MONTH.match(str(value).strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"not a month: {value!r}")
    return pd.Period(year=int(m.group(1)), month=int(m.group(2)), freq="M")


def _panel(
    cells: dict[tuple[pd.Period, str], float], regions: Iterable[str], end: pd.Period | None = None
) -> pd.DataFrame:
    """The month x region frame of ``cells``, zeros where no cell; through ``end`` when it is later than the
    last month with a cell (an event file whose last months were quiet)."""
    regions = sorted(set(regions))
    if not cells:
        return pd.DataFrame(columns=regions, dtype=float, index=pd.PeriodIndex([], freq="M"))
    months = [m for m, _ in cells]
    idx = pd.period_range(min(months), max(max(months), end) if end is not None else max(months), freq="M")
    out = pd.DataFrame(0.0, index=idx, columns=regions)
    col = {r: i for i, r in enumerate(regions)}
    arr = out.to_numpy(copy=True)
    start = idx[0]
    for (m, r), v in cells.items():
        arr[(m - start).n, col[r]] += v
    return pd.DataFrame(arr, index=idx, columns=regions)


# columns of a UCDP GED event file: one of them without «date_start» is an event file the reader cannot date
_GED_COLUMNS = frozenset({"date_end", "adm_1", "adm_2", "best", "type_of_violence", "country_id", "conflict_new_id",
                          "side_a", "where_coordinates"})


def _is_event_header(header: list[str]) -> bool:
    """Whether ``header`` (names stripped and in lower case) is an event file's: it has «date_start». An event
    file without it is an error, not a wide file with regions named «best» or «year»."""
    if "date_start" in header:
        return True
    if len(_GED_COLUMNS.intersection(header)) >= 2:
        raise ValueError(f"event file (columns {', '.join(sorted(_GED_COLUMNS.intersection(header)))}) "
                         "without a 'date_start' column")
    return False


class Problems:
    """What a reader could not use: how many cells or rows, and the first few, each named by
    data row (1 = the first row after the header) and column, so that a caller can say so
    instead of dropping them silently."""

    def __init__(self, keep: int = 3) -> None:
        self.count = 0
        self.examples: list[str] = []
        self._keep = keep

    def add(self, what: str) -> None:
        self.count += 1
        if len(self.examples) < self._keep:
            self.examples.append(what)

    def __bool__(self) -> bool:
        return self.count > 0

    def __str__(self) -> str:
        more = f" and {self.count - len(self.examples)} more" if self.count > len(self.examples) else ""
        return "; ".join(self.examples) + more


def _value(raw: str, where: str, problems: Problems | None) -> float:
    """A count cell: empty is 0; «NA», «nan» and other non-numbers are 0 and reported."""
    raw = raw.strip()
    if not raw:
        return 0.0
    try:
        v = float(raw)
    except ValueError:
        v = float("nan")
    if not np.isfinite(v):
        if problems is not None:
            problems.add(f"{where}: {raw!r} is not a number, read as 0")
        return 0.0
    if v < 0:
        if problems is not None:
            problems.add(f"{where}: {raw!r} is negative, read as 0")
        return 0.0
    return v


def _month_or_none(raw: str, n: int, problems: Problems | None) -> pd.Period | None:
    try:
        return parse_month(raw)
    except ValueError:
        if problems is not None:
            problems.add(f"row {n}: {raw.strip()!r} is not a month, row skipped")
        return None


def _delimiter(fh: TextIO) -> str:
    """«,», «;» or a tab: the one the header line of ``fh`` holds most of (a spreadsheet in a European locale
    writes «;»); ``fh`` is left at its start."""
    first = fh.readline()
    fh.seek(0)
    return max((",", ";", "\t"), key=first.count)  # (a tie, none included: the comma, listed first)


def load_history(
    path: str | Path,
    *,
    as_of: str | pd.Period | None = None,
    kind: str = "fatalities",
    by: str = "country",
    problems: Problems | None = None,
) -> pd.DataFrame:
    """Month x region panel (PeriodIndex, float counts) from a wide or GED event CSV.

    Rows after ``as_of`` are skipped unparsed. Months inside the covered range with
    no row are zeros (no recorded event); regions with no value are zeros. A cell that
    is not a number («NA») counts as 0 and a row whose date is not a month is skipped;
    both are reported in ``problems`` when one is given. ``attrs["format"]`` of the panel says
    which kind of file it was (``wide`` or ``events``); ``by`` other than ``country`` is for event
    files only (ValueError for a wide one)."""
    limit = parse_month(str(as_of)) if as_of is not None else None
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh, delimiter=_delimiter(fh))
        header = next(reader, None)
        if not header:
            return _panel({}, [])
        header = [h.strip() for h in header]
        if _is_event_header([h.lower() for h in header]):
            panel = _events_panel(reader, [h.lower() for h in header], limit, kind, by, problems)
            panel.attrs["format"] = "events"
            return panel
        if by != "country":
            raise ValueError(f"by {by!r} applies to event files; this is a wide file whose columns are the regions")
        panel = _wide_panel(reader, header, limit, problems)
        panel.attrs["format"] = "wide"  # (its values are whatever it counts: a caller asking for events may say so)
        return panel


def _wide_panel(
    reader: Iterable[list[str]], header: list[str], limit: pd.Period | None, problems: Problems | None
) -> pd.DataFrame:
    keep = [i for i, name in enumerate(header) if i > 0 and name and not name.startswith("Unnamed")]
    regions = [header[i] for i in keep]
    if problems is not None:
        for r in sorted({r for r in regions if regions.count(r) > 1}):
            problems.add(f"header: column {r!r} repeated, its values added")
    cells: dict[tuple[pd.Period, str], float] = {}
    seen: set[pd.Period] = set()
    first_bad: str | None = None  # the first first cell that is not a month
    any_month = False  # (after as-of too: only that one parses, not its values)
    for n, row in enumerate(reader, start=1):
        if not row or not row[0].strip():
            continue
        month = _month_or_none(row[0], n, problems)
        if month is not None:
            any_month = True
        elif first_bad is None:
            first_bad = row[0].strip()
        if month is None or (limit is not None and month > limit):
            continue  # never parse a value dated after as-of
        if problems is not None:
            if month in seen:
                problems.add(f"row {n}: month {month} repeated, its values added")
            if keep and len(row) <= keep[-1]:
                problems.add(f"row {n}: {len(row)} fields for {len(header)} columns, the missing cells read as 0")
        seen.add(month)
        for i, r in zip(keep, regions, strict=True):
            v = _value(row[i], f"row {n} column {r!r}", problems) if i < len(row) else 0.0
            cells[(month, r)] = cells.get((month, r), 0.0) + v
    if first_bad is not None and not any_month:
        raise ValueError(f"no row has a month in its first column (the first: {first_bad!r}; YYYY-MM or "
                         "YYYY-MM-DD)")
    panel = _panel(cells, regions)
    if problems is not None and len(panel.index) > len(seen):
        gaps = [m for m in panel.index if m not in seen]
        problems.add(f"{len(gaps)} months between the first and the last have no row ({gaps[0]}"
                     + (f"..{gaps[-1]}" if len(gaps) > 1 else "") + "): read as 0 in every region")
    return panel


def _events_panel(
    reader: Iterable[list[str]],
    header: list[str],
    limit: pd.Period | None,
    kind: str,
    by: str,
    problems: Problems | None,
) -> pd.DataFrame:
    col = {name: i for i, name in enumerate(header)}
    region_col = {"country": "country", "adm1": "adm_1", "adm_1": "adm_1"}.get(by, by)
    if region_col not in col:
        raise ValueError(f"event file has no {region_col!r} column (by={by!r})")
    i_date, i_reg = col["date_start"], col[region_col]
    i_best = col.get("best")
    if kind == "fatalities" and i_best is None:
        raise ValueError("event file has no 'best' column for a fatalities target")
    cells: dict[tuple[pd.Period, str], float] = defaultdict(float)
    regions: set[str] = set()
    later = False  # a row dated after as-of: the file goes on, so quiet months up to as-of are zeros
    for n, row in enumerate(reader, start=1):
        if len(row) <= max(i_date, i_reg):
            if any(cell.strip() for cell in row) and problems is not None:
                problems.add(f"row {n}: {len(row)} fields, too short for the header, row skipped")
            continue
        month = _month_or_none(row[i_date], n, problems)
        if month is None or (limit is not None and month > limit):
            later = later or month is not None  # (only that it exists: nothing of it is read)
            continue
        region = row[i_reg].strip()
        if not region or region == "NA":
            if problems is not None:  # events without a region (e.g. no adm_1) cannot be placed
                problems.add(f"row {n}: no {region_col}, event not counted")
            continue
        regions.add(region)
        if kind == "events":
            cells[(month, region)] += 1.0
        else:
            raw = row[i_best] if i_best is not None and i_best < len(row) else ""
            cells[(month, region)] += _value(raw, f"row {n} column 'best'", problems)
    return _panel(dict(cells), regions, limit if later else None)


def panel_from_frame(df: pd.DataFrame, *, kind: str = "fatalities", by: str = "country") -> pd.DataFrame:
    """Panel from an in-memory frame: wide (date index or first column) or GED events."""
    if "date_start" in df.columns:
        region_col = {"country": "country", "adm1": "adm_1"}.get(by, by)
        d = df.dropna(subset=[region_col])
        months = d["date_start"].astype(str).map(parse_month)
        vals = np.ones(len(d)) if kind == "events" else d["best"].astype(float).to_numpy()
        cells: dict[tuple[pd.Period, str], float] = defaultdict(float)
        for m, r, v in zip(months, d[region_col].astype(str), vals, strict=True):
            cells[(m, r)] += float(v)
        return _panel(dict(cells), set(d[region_col].astype(str)))
    wide = df
    if not isinstance(wide.index, pd.PeriodIndex):
        if not isinstance(wide.index, pd.DatetimeIndex) and wide.index.dtype.kind in "iu":
            wide = wide.set_index(wide.columns[0])
        wide = wide.copy()
        wide.index = pd.PeriodIndex([parse_month(str(v)) for v in wide.index], freq="M")
    wide = wide.loc[:, [c for c in wide.columns if not str(c).startswith("Unnamed")]]
    wide = wide.apply(pd.to_numeric, errors="coerce").fillna(0.0).clip(lower=0.0).astype(float)
    wide = wide.groupby(level=0).sum().sort_index()
    if len(wide):
        wide = wide.reindex(pd.period_range(wide.index[0], wide.index[-1], freq="M"), fill_value=0.0)
    wide.columns = [str(c) for c in wide.columns]
    return wide
