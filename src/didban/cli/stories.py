"""CLI commands for the stories area (registered on didban.cli.app).

``didban cluster IN.jsonl --json``: one ``{id, story, duplicate_of}`` line per input line (blank lines
aside), in input order. Input objects: ``{id, title, text, published?, source?, cited?}``
(``cited``: outlets the item cites; when absent, the attribution is read from the lead).
A bad line is reported on stderr (file, line, reason) and still gets its output line, ``{"id": null,
"story": null, "duplicate_of": null, "error": reason}``, so that output line *n* answers input line *n*;
missing title or text count as empty (an article with neither is no copy of another); ids are
echoed exactly as given (number or string); dates may be unsorted or absent, and are read as ingest
reads them (ISO 8601, epoch, Jalali «1403/08/12» or «۱۲ آبان ۱۴۰۳»). Fields may carry the other names
ingest accepts («Title», «body», «date», «عنوان» ...; ``didban.ingest.files.record_fields``). A JSON array
of such objects, or a CSV/TSV file with a header row («;» and «|» between fields too), reads as well.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import typer

from didban.cli import app
from didban.cli.common import json_line, print_json_line


def _warn(msg: str) -> None:
    sys.stderr.write(msg + "\n")


def parse_published(value: Any, tz: str = "Asia/Tehran") -> datetime | None:
    """ISO 8601 (``Z`` allowed; without an offset: time in ``tz``, Asia/Tehran as in ``didban ingest``), epoch
    seconds/milliseconds, Jalali («1403/08/12», «۱۲ آبان ۱۴۰۳», «1403-08-12» is Jalali, not the year 1403) and
    the other forms ingest reads (``didban.text.dates.parse_date``); None when it cannot be read."""
    from didban.text.dates import parse_date

    if value is None or isinstance(value, bool):
        return None
    try:
        return parse_date(value.strip() if isinstance(value, str) else value, tz)
    except (ValueError, OverflowError, OSError):
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _no_constant(name: str) -> None:
    """NaN and Infinity are not JSON: read as null (an id that is one could not be written back as JSON)."""
    return None


@dataclass(slots=True)
class BadItem:
    """An input line or item that is not an article: its place in the output and why."""

    reason: str


def read_items(lines: Any, origin: str = "input") -> tuple[list[dict[str, Any] | BadItem], int]:
    """Parse JSON lines (or a JSON array of objects, or a CSV/TSV file with a header row); returns (objects, in
    input order with a :class:`BadItem` where a line or item is bad, and the number of bad ones). Bad ones are
    reported on stderr."""
    items: list[dict[str, Any] | BadItem] = []
    bad = 0
    lines = list(lines)
    first = next((ln for ln in lines if ln.strip()), "")
    if first.lstrip().startswith("["):  # one JSON array of objects, on one line or many
        try:
            data = json.loads("".join(lines), parse_constant=_no_constant)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, list):
            for n, obj in enumerate(data):
                if isinstance(obj, dict):
                    items.append(obj)
                else:
                    bad += 1
                    _warn(f"{origin}: item {n}: not a JSON object, skipped")
                    items.append(BadItem("not a JSON object"))
            return items, bad
    if origin.lower().endswith((".csv", ".tsv")) and lines:
        import csv

        from didban.ingest.files import header_delimiter

        delim = header_delimiter(lines[0], "\t" if origin.lower().endswith(".tsv") else ",")
        for row in csv.DictReader(lines, delimiter=delim):
            items.append({k.strip(): v for k, v in row.items() if k is not None})
        return items, bad
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line, parse_constant=_no_constant)
        except (ValueError, RecursionError) as e:
            bad += 1
            reason = f"bad JSON line ({e.__class__.__name__}: {str(e)[:80]})"
            _warn(f"{origin}:{n}: {reason}, skipped")
            items.append(BadItem(reason))
            continue
        if not isinstance(obj, dict):
            bad += 1
            _warn(f"{origin}:{n}: not a JSON object, skipped")
            items.append(BadItem("not a JSON object"))
            continue
        items.append(obj)
    return items, bad


def _check_ids(items: list[dict[str, Any]], origin: str) -> None:
    """Warn of objects without an id and of ids given twice: their output lines cannot be told apart by id."""
    missing = [n for n, obj in enumerate(items, 1) if obj.get("id") in (None, "")]
    if missing:
        _warn(f"{origin}: {len(missing)} object(s) without an id (the first: object {missing[0]}); their output "
              "lines have id null, and a copy of one has duplicate_of null")
    seen: set[str] = set()
    twice: set[str] = set()
    for obj in items:
        if obj.get("id") not in (None, ""):
            key = json.dumps(obj.get("id"), sort_keys=True, default=str)
            (twice if key in seen else seen).add(key)
    if twice:
        _warn(f"{origin}: {len(twice)} id(s) given to more than one object (e.g. {sorted(twice)[0]})")


def _add_mentions(arts: list[Any], langs: list[str]) -> None:
    """Entity mentions of title + lead (the clusterer's entity model); skipped if NER is unavailable. Arabic copy
    is read with the gazetteer, as ingest reads it (``extract_mentions(lang="ar")``), not the Persian tagger."""
    try:
        from didban.entities import extract_mentions

        for a, lang in zip(arts, langs, strict=True):
            a.mentions = extract_mentions(f"{a.title}\n{a.text[:1500]}", lang="ar" if lang == "ar" else None)
    except Exception as e:  # noqa: BLE001 - clustering works without entities
        _warn(f"entity mentions skipped ({e.__class__.__name__}: {e})")
        for a in arts:
            a.mentions = None


def _langs(items: list[tuple[str, str]]) -> list[str]:
    """The language of each (title, text)."""
    from didban.text import detect_lang

    return [detect_lang(f"{title}\n{(text or '')[:1200]}") for title, text in items]


def _add_cross_language_keys(arts: list[Any], langs: list[str]) -> None:
    """Input in more than one language (Persian with English or Arabic reports): each article gets its language,
    places and events from the pipeline's stages, which the clusterer's cross-language keys read (a report with no
    story in its own language may join one told in another). Input in one language is left as it is."""
    if len({x for x in langs if x in ("fa", "ar", "en")}) < 2:
        return
    from dataclasses import replace

    from didban.pipeline import Pipeline

    try:
        pipe = Pipeline(["text", "entities", "places", "events"])
        for a, lang in zip(arts, langs, strict=True):
            e = pipe(replace(a, lang=lang, mentions=None, provenance=None, quotes=None))
            a.lang, a.places, a.main_place, a.events = e.lang, e.places, e.main_place, e.events
    except Exception as e:  # noqa: BLE001 - clustering works without the cross-language keys
        _warn(f"cross-language keys skipped ({e.__class__.__name__}: {e})")
        for a in arts:
            a.lang = None


def cluster_items(
    items: list[dict[str, Any]], window_days: float = 3.0, threshold: float | None = None, entities: bool = True,
    tz: str = "Asia/Tehran",
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Cluster parsed input objects: (one output row per item, story records as dicts). Dates without an offset
    are read in ``tz``."""
    from didban.ingest.files import record_fields
    from didban.records import Article, Provenance
    from didban.stories import StoryClusterer, cluster_articles
    from didban.text.provenance import extract_provenance

    arts: list[Article] = []
    unread: list[str] = []
    fields = [record_fields(obj) for obj in items]  # the contract's names, or ingest's others («Title», «body», «date»)
    langs = _langs([(f["title"], f["text"]) for f in fields])
    for i, (obj, f, lang) in enumerate(zip(items, fields, langs, strict=True)):
        cited = obj.get("cited")
        src, title, text = f["source"], f["title"], f["text"]
        if isinstance(cited, list):
            prov = Provenance(cited=[_text(c) for c in cited if c is not None])
        else:  # attribution from the lead («به گزارش X به نقل از Y»; Arabic copy read as Arabic)
            prov = extract_provenance(text[:2000], title, source_name=src, lang="ar" if lang == "ar" else None)
        published = parse_published(f["published"], tz)
        if published is None and f["published"] not in (None, "") and not isinstance(f["published"], bool):
            unread.append(f"object {i + 1}: {str(f['published'])[:40]!r}")
        arts.append(Article(
            title=title, text=text, id=str(i), published=published, source=src, provenance=prov,
        ))
    if unread:
        _warn(f"{len(unread)} published value(s) not read as a date (the first: {unread[0]}); those items are "
              "placed as undated")
    if entities:
        _add_mentions(arts, langs)
        _add_cross_language_keys(arts, langs)
    opts: dict[str, Any] = {"window_days": window_days}
    if threshold is not None:
        opts["threshold"] = threshold
    clusterer = StoryClusterer(**opts)
    placed = cluster_articles(arts, clusterer)
    names: dict[str, str] = {}
    rows = []
    for obj, (story, dup) in zip(items, placed, strict=True):
        sid = names.setdefault(story, f"s{len(names) + 1}")
        rows.append({
            "id": obj.get("id"), "story": sid,
            "duplicate_of": items[int(dup)].get("id") if dup is not None else None,
        })
    clusterer.close_all()
    stories = []
    ids = {str(i): obj.get("id") for i, obj in enumerate(items)}
    for st in clusterer.drain_closed():
        d = st.to_dict()
        d["id"] = names.get(st.id, st.id)
        d["size"] = st.size
        d["members"] = [ids[m] for m in st.members]
        d["origin_article"] = ids.get(st.origin_article) if st.origin_article else None
        d["graph"] = [[ids.get(a, a), ids.get(b, b), kind] for a, b, kind in st.graph]
        stories.append(d)
    stories.sort(key=lambda d: int(str(d["id"])[1:]) if str(d["id"])[1:].isdigit() else 0)
    return rows, stories


@app.command("cluster")
def cluster_cmd(
    path: Path = typer.Argument(..., help="JSON lines {id, title, text, published?, source?} ('-' = stdin); "
                                "also a JSON array of such objects, or a CSV/TSV file with a header row"),
    as_json: bool = typer.Option(False, "--json", help="one {id, story, duplicate_of} line per input"),
    window_days: float = typer.Option(3.0, help="story window in days (dated input)"),
    threshold: float | None = typer.Option(None, help="join threshold (logit scale); default: the tuned one"),
    stories_out: Path | None = typer.Option(None, "--stories", help="also write story records (JSON lines) here"),
    entities: bool = typer.Option(True, "--entities/--no-entities", help="use NER mentions (slower, a bit better)"),
    tz: str = typer.Option("Asia/Tehran", "--tz", help="time zone of dates written without an offset (as ingest)"),
) -> None:
    """Merge copies and group articles into stories."""
    from didban.cli.common import time_zone

    time_zone(tz)  # (an unknown zone is refused before any work)
    if str(path) == "-":  # (as a file is read: a BOM dropped, undecodable bytes replaced)
        items, bad = read_items(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="replace"), "stdin")
    else:
        try:
            with path.open(encoding="utf-8-sig", errors="replace") as fh:
                items, bad = read_items(fh, str(path))
        except OSError as e:
            _warn(f"cannot read {path}: {e}")
            raise typer.Exit(2) from e
    good = [x for x in items if isinstance(x, dict)]
    _check_ids(good, "stdin" if str(path) == "-" else str(path))
    rows_good, stories = cluster_items(good, window_days=window_days, threshold=threshold, entities=entities, tz=tz)
    it = iter(rows_good)
    rows = [next(it) if isinstance(x, dict) else {"id": None, "story": None, "duplicate_of": None, "error": x.reason}
            for x in items]
    if stories_out is not None:
        with stories_out.open("w", encoding="utf-8") as fh:
            for d in stories:
                fh.write(json_line(d))
    if as_json:
        for r in rows:
            print_json_line(r)
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=f"{len(rows)} articles, {len(stories)} stories, "
                        f"{sum(1 for r in rows if r['duplicate_of'] is not None)} copies")
        for col in ("story", "size", "sources", "origin", "title"):
            t.add_column(col)
        for d in sorted(stories, key=lambda d: -d["size"])[:30]:
            t.add_row(str(d["id"]), str(d["size"]), str(d["independent_sources"]), str(d["origin_article"]),
                      (d.get("title") or "")[:60])
        Console().print(t)
    if bad:
        _warn(f"{bad} bad line(s) skipped")


@app.command("assign-stories")
def assign_stories_cmd(
    db: str | None = typer.Option(None, "--db", help="database URL or SQLite path (default: DIDBAN_DATABASE_URL or ./didban.db)"),
    full: bool = typer.Option(False, "--full", help="re-cluster every stored article and replace all stories (backfill)"),
    window_days: float | None = typer.Option(None, help="story window in days (default 3)"),
    as_json: bool = typer.Option(False, "--json", help="machine-readable summary"),
) -> None:
    """Place stored articles that have no story yet (incremental; existing story ids kept), or, with
    --full, re-cluster the whole store."""
    import time

    from didban.cli.core import open_store
    from didban.pipeline import assign_stories

    store = open_store(db)
    t0 = time.perf_counter()
    n = assign_stories(store, window_days=window_days, full=full)
    summary = {"stories": n, "mode": "full" if full else "incremental", "secs": round(time.perf_counter() - t0, 2)}
    if as_json:
        print_json_line(summary)
    else:
        _warn(f"{n} stories ({summary['mode']}, {summary['secs']} s)")
