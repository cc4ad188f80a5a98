"""CLI commands for the text area: ``didban extract``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from didban.cli import app
from didban.cli.common import err, esc, print_json_line


def extraction_record(article: Any) -> dict[str, Any]:
    """The JSON object ``didban extract --json`` prints for one analysed Article: ``id`` is the input record's own
    id when it has one («id», «شناسه», «کد خبر» ..., a feed entry's guid, a Telegram message's id), as a string,
    else the store's id (a hash of the url or the content); ``file`` and ``position`` say where the article was
    read."""
    prov = article.provenance
    meta = article.meta or {}
    own = meta.get("id")
    if own in (None, "") and meta.get("telegram_id") is not None:
        own = meta["telegram_id"]
    if own not in (None, "") and not isinstance(own, str):  # 7 -> "7", true -> "true", [1, 2] -> "[1, 2]"
        own = json.dumps(own, ensure_ascii=False, default=str)
    return {
        "id": own if own not in (None, "") else article.id,
        "file": meta.get("origin"),
        "position": meta.get("position"),
        "lang": article.lang,
        "title": article.title,
        "url": article.url,
        "source": article.source_name,
        "published": article.to_dict()["published"],
        "outlet": prov.outlet if prov else None,
        "unit": prov.unit if prov else None,
        "cited": list(prov.cited) if prov else [],
        "origin": prov.origin if prov else None,
        "quotes": [q.to_dict() for q in (article.quotes or [])],
        "entities": [
            {"text": m.text, "type": m.type, "canonical": m.canonical, "start": m.start, "end": m.end}
            for m in (article.mentions or [])
        ],
        "places": [p.to_dict() for p in (article.places or [])],
        "main_place": article.main_place,
        "events": [
            {"category": e.category, "mode": e.mode, "actor1": e.actor1, "actor2": e.actor2, "place": e.place,
             "dead": e.dead, "injured": e.injured, "date": e.to_dict()["date"], "confidence": e.confidence,
             "text": _sentence_span(article.text, e.start), "trigger": {"start": e.start, "end": e.end}}
            for e in (article.events or [])
        ],
    }


def to_input_offsets(rec: dict[str, Any], text: str, meta: dict[str, Any]) -> None:
    """Give the offsets of ``rec`` (quotes, entities, event sentences and triggers, read on the cleaned display
    ``text``) in the input's own text: the record's text field, or a text file's content after its headline
    line (the whole file when it has none). The reader keeps that raw text in ``meta["raw_text"]`` (a text
    file's whole content, with ``meta["raw_base"]`` where ``text`` starts in the cleaned file) when the cleaning
    changed it (blanks, line ends, NFC). A quote's ``text`` is then the input's own characters at its offsets.
    Left as they are when no raw text was kept or it does not align."""
    from didban.ingest.files import clean_text, raw_offsets

    raw = meta.pop("raw_text", None)
    base = meta.pop("raw_base", 0)
    if not isinstance(raw, str):
        return
    full = clean_text(raw) if base else text  # (a record's text is its raw text cleaned; raw_offsets checks it)
    if full[base:base + len(text)] != text:
        return
    found = raw_offsets(raw, full)
    if found is None:
        return
    starts, ends = found
    shift = ends[full.index("\n")] if base else 0  # a headline line: offsets count from the line after it

    def span(d: dict[str, Any], a: str = "start", b: str = "end") -> None:
        x, y = d[a], d[b]
        if not (isinstance(x, int) and isinstance(y, int)) or not 0 <= x < y <= len(text):
            return
        d[a], d[b] = starts[x + base] - shift, ends[y - 1 + base] - shift

    for q in rec["quotes"]:
        span(q)
        q["text"] = raw[q["start"] + shift:q["end"] + shift]
    for m in rec["entities"]:
        span(m)
    for e in rec["events"]:
        for d in (e["text"], e["trigger"]):
            if d:
                span(d)


def _sentence_span(text: str, pos: int | None) -> dict[str, int] | None:
    """Start/end of the sentence of ``text`` holding offset ``pos`` (an event's trigger)."""
    from didban.text import sentence_spans

    if pos is None:
        return None
    return next(({"start": a, "end": b} for a, b in sentence_spans(text) if a <= pos < b), None)


def _stdin_kind(data: bytes) -> str:
    """The file suffix standard input reads as: JSON (one document) or JSON lines, HTML or a feed, CSV or TSV
    (a header row naming a text column), else text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return ".json"
    if head.startswith(b"{"):
        try:
            json.loads(data.decode("utf-8-sig"))
        except ValueError:
            return ".jsonl"
        return ".json"
    if head.startswith(b"<"):
        low = head[:300].lower()
        return ".xml" if low.startswith(b"<?xml") or b"<rss" in low or b"<feed" in low else ".html"
    from didban.ingest.files import TEXT_KEYS, field_key

    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    for sep, kind in (("\t", ".tsv"), (",", ".csv"), (";", ".csv"), ("|", ".csv")):
        if sep in first and any(field_key(c.strip().strip('"')) in TEXT_KEYS for c in first.split(sep)):
            return kind
    return ".txt"


def _stdin_items(source: str | None, limits: Any) -> Iterator[Any]:
    """Articles of standard input (``-``), read as the file kind its first bytes show; named «stdin»."""
    import tempfile

    from didban.ingest.files import read_path

    data = sys.stdin.buffer.read()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("stdin" + _stdin_kind(data))
        path.write_bytes(data)
        for item in read_path(path, source=source, keep_raw=True, limits=limits):
            if hasattr(item, "meta"):
                item.meta["origin"] = "stdin"
            else:
                item.origin = "stdin"
            yield item


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Input files or directories (JSON, JSONL, CSV, .txt, .html, "
                                                   "feeds; .gz too), feed or page addresses (http/https, as "
                                                   "ingest reads them); - reads standard input.")],
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per article per line.")] = False,
    source: Annotated[str | None, typer.Option("--source", help="Source key for every article.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow fetching from private and "
                                                                        "loopback addresses.")] = False,
    tz: Annotated[str, typer.Option("--tz", help="Time zone of dates written without an offset (as ingest).")]
    = "Asia/Tehran",
    telegram_username: Annotated[str | None, typer.Option(
        "--telegram-username", help="Channel username for t.me message links of a Telegram export (as ingest).")]
    = None,
) -> None:
    """Language, provenance (outlet, unit, cited chain, origin), quotes, dates, entities and places
    of every article."""
    from didban.cli.common import time_zone
    from didban.ingest.files import Limits, read_path
    from didban.ingest.telegram import read_export
    from didban.pipeline import Pipeline
    from didban.records import Article
    from didban.store.identity import article_id, content_hash, url_key

    limits = Limits(default_tz=time_zone(tz))
    analyze = Pipeline()

    n_ok = n_bad = 0
    rows: list[dict[str, Any]] = []
    from didban.ingest.feeds import fetch_items, is_url
    from didban.ingest.net import Fetcher, FetchError

    fetcher: Fetcher | None = None

    def fetched(url: str) -> list[Any]:
        nonlocal fetcher, n_bad
        fetcher = fetcher or Fetcher(allow_private=allow_private)
        try:
            return fetch_items(url, fetcher, source=source, limits=limits)
        except FetchError as e:
            n_bad += 1
            err.print(f"[red]error[/] {esc(url)}: {esc(str(e))}")
            return []

    for arg in files:
        path = Path(arg)
        if not is_url(arg) and path.is_dir():  # (read_path skips the files it has no reader for: say so)
            from didban.ingest.files import _kind

            other = sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts) and _kind(p) is None)
            if other:
                err.print(f"note: {esc(str(path))}: {len(other)} file(s) of no input type skipped "
                          f"(e.g. {esc(other[0].name)})")
        export = telegram_username and (path.name == "result.json" or (path / "result.json").exists())
        items = (_stdin_items(source, limits) if arg == "-" else fetched(arg) if is_url(arg)
                 else read_export(path, source=source, username=telegram_username, limits=limits) if export
                 else read_path(path, source=source, keep_raw=True, limits=limits))
        for item in items:
            if not isinstance(item, Article):
                n_bad += 1
                err.print(f"[yellow]skipped[/] {esc(f'{item.origin} {item.position}: {item.reason}')}")
                continue
            if not item.id:
                item.id = article_id(url_key(item.url), content_hash(item.title, item.text))
            meta = item.meta or {}
            where = f"{meta.get('origin')} {meta.get('position')}"
            for w in meta.get("warnings", ()):
                err.print(f"[yellow]warning[/] {esc(f'{where}: {w}')}")
            analyze(item)
            n_ok += 1
            rec = extraction_record(item)
            to_input_offsets(rec, item.text, item.meta)
            if json_out:
                print_json_line(rec)
            else:
                rows.append(rec)
    if fetcher is not None:
        fetcher.close()
    if not json_out:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{n_ok} article(s)")
        for col in ("id", "lang", "published", "outlet", "cited", "origin", "quotes", "title"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(r["id"] or "", r["lang"] or "", (r["published"] or "")[:10], r["outlet"] or "",
                          " ← ".join(r["cited"]), r["origin"] or "", str(len(r["quotes"])), r["title"][:60])
        Console().print(table)
    err.print(f"{n_ok} article(s), {n_bad} skipped")
    if n_ok == 0 and n_bad:
        raise typer.Exit(1)
