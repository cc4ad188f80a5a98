"""Loaders for the public research data sets didban is evaluated on.

The data is never shipped: it is read from ``$DIDBAN_RAW_DATA`` or, by default,
``../shared/data/raw`` next to the checkout (or the current directory). Every loader
raises ``DataUnavailable`` with a clear message when its files are absent, so tests,
evaluations and benchmarks can skip cleanly.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class DataUnavailable(RuntimeError):
    """The shared research data is not on this machine."""


def raw_dir() -> Path:
    env = os.environ.get("DIDBAN_RAW_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" / "raw" for p in [Path.cwd().parent, *here.parents]]
    candidates += [Path.cwd() / "shared" / "data" / "raw"]
    for c in candidates:
        if c.is_dir():
            return c
    raise DataUnavailable(
        "shared research data not found: set DIDBAN_RAW_DATA or place it at ../shared/data/raw"
    )


def raw_path(*parts: str) -> Path:
    p = raw_dir().joinpath(*parts)
    if not p.exists():
        raise DataUnavailable(f"missing research data file: {p}")
    return p


@dataclass(slots=True)
class RawArticle:
    """An article from a research set, with its gold labels (if any) in ``labels``."""

    key: str  # stable id within the set, e.g. "farsnews:fars-news-1.json#17"
    title: str
    text: str
    url: str | None = None
    labels: dict[str, Any] | None = None


# --------------------------------------------------------------------------- Fars News


def fars_news() -> Iterator[RawArticle]:
    """Fars News sample: ``title, abstract, paragraphs, cat, subcat, tags, link``.
    Labels: ``cat``, ``subcat`` (province desks live under ``cat == 'province'``),
    ``abstract``, ``tags``."""
    files = sorted(raw_path("farsnews_1500").glob("fars-news-*.json"))
    if not files:
        raise DataUnavailable("no fars-news-*.json under farsnews_1500")
    for f in files:
        for i, obj in enumerate(json.loads(f.read_text(encoding="utf-8"))):
            paragraphs = obj.get("paragraphs") or []
            if isinstance(paragraphs, str):
                paragraphs = [paragraphs]
            yield RawArticle(
                key=f"farsnews:{f.name}#{i}",
                title=obj.get("title") or "",
                text="\n".join(p for p in paragraphs if p),
                url=obj.get("link"),
                labels={k: obj.get(k) for k in ("cat", "subcat", "abstract", "tags")},
            )


# --------------------------------------------------------------------------- RSS


def rss_items() -> Iterator[RawArticle]:
    """Hamshahri and Radio Farda RSS items: ``title, summary, link, tags``."""
    for name in ("hamshahri.json", "radiofarda.json"):
        f = raw_path("farsi_news_rss", name)
        for i, obj in enumerate(json.loads(f.read_text(encoding="utf-8"))):
            yield RawArticle(
                key=f"rss:{name}#{i}", title=obj.get("title") or "", text=obj.get("summary") or "",
                url=obj.get("link"), labels={"tags": obj.get("tags")},
            )


# --------------------------------------------------------------------------- FarExStance


def _read_xlsx(path: Path) -> list[dict[str, Any]]:
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - test extra
        raise DataUnavailable("openpyxl is needed to read FarExStance (.xlsx)") from e
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = [str(h) if h is not None else "" for h in next(rows)]
    out = [dict(zip(header, r, strict=False)) for r in rows]
    wb.close()
    return out


def farexstance_rows(split: str = "dev", kind: str = "b2c") -> list[dict[str, Any]]:
    """Raw claim-article rows of FarExStance ``kind`` (b2c: bodies, h2c: headlines)."""
    return _read_xlsx(raw_path("farexstance", kind, f"{split}_set_final.xlsx"))


def farexstance_articles(splits: tuple[str, ...] = ("dev",)) -> Iterator[RawArticle]:
    """Unique FarExStance b2c article bodies, with titles joined from h2c where known.
    Labels: ``claims`` = list of (claim_id, stance) pairs (stance 0..3, 3 = unrelated)."""
    titles: dict[str, str] = {}
    for s in ("train", "dev"):
        try:
            for r in farexstance_rows(s, "h2c"):
                if r.get("news_id") is not None and r.get("news_title"):
                    titles[str(r["news_id"])] = str(r["news_title"])
        except DataUnavailable:
            continue
    seen: dict[str, RawArticle] = {}
    for split in splits:
        for r in farexstance_rows(split, "b2c"):
            nid = str(r.get("news_id"))
            content = r.get("content")
            if not content or nid == "None":
                continue
            art = seen.get(nid)
            if art is None:
                art = RawArticle(
                    key=f"farexstance:{nid}", title=titles.get(nid, ""), text=str(content),
                    labels={"claims": [], "news_id": nid},
                )
                seen[nid] = art
            stance = r.get("stance")
            art.labels["claims"].append((str(r.get("claim_id")), int(stance) if stance is not None else None))
    yield from seen.values()


# --------------------------------------------------------------------------- helpers


_FARS_ID = re.compile(r"/(?:news|printnews)/(\d{10,14})")


def fars_link_id(url: str | None) -> str | None:
    m = _FARS_ID.search(url or "")
    return m.group(1) if m else None
