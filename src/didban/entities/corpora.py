"""Readers for the public Persian NER corpora (PEYMA, NSURL-2019, Arman, ParsTwiNER).

Every reader yields sentences as ``(tokens, tags)`` with IOB2 tags over upper-case types
(``B-PER``, ``I-ORG`` ... ``O``). The data is read from ``didban.datasets.raw_dir()`` (or a
given directory) at run time and is never shipped. Tag sets are mapped onto the PEYMA
scheme: Arman ``pers/org/loc/fac/event`` -> ``PER/ORG/LOC/FAC/EVE``; types with no
equivalent (Arman ``pro``, ParsTwiNER ``NAT``/``POG``) become ``O``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from didban.datasets import DataUnavailable, raw_dir

Sentence = tuple[list[str], list[str]]

_TYPE_MAP = {
    "PER": "PER", "PERS": "PER", "ORG": "ORG", "LOC": "LOC", "FAC": "FAC", "EVE": "EVE", "EVENT": "EVE",
    "DAT": "DAT", "TIM": "TIM", "MON": "MON", "PCT": "PCT",
}
_TAG_RE = re.compile(r"^(?:([BI])[-_]([A-Za-z]+?)O?|O)$")
_GLUED_RE = re.compile(r"^(.*?)([BI][-_][A-Z]{3}|O)$")


def norm_tag(tag: str, keep: Iterable[str] | None = None) -> str:
    """Map a corpus tag (``B_PER``, ``B-pers``, ``I-DATO``, ``OB-ORG`` ...) to IOB2 ``B-PER`` or ``O``."""
    tag = tag.strip()
    if tag.startswith("O") and len(tag) > 1:  # stray "OB-ORG"
        tag = tag[1:]
    m = _TAG_RE.match(tag)
    if not m or tag == "O":
        return "O"
    typ = _TYPE_MAP.get(m.group(2).upper())
    if typ is None or (keep is not None and typ not in keep):
        return "O"
    return f"{m.group(1)}-{typ}"


def repair_iob2(tags: list[str]) -> list[str]:
    """Turn IOB1-ish sequences into valid IOB2 (an I- without a matching predecessor becomes B-)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def _sentences(lines: Iterable[str], split: str, keep: Iterable[str] | None) -> Iterator[Sentence]:
    toks: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if toks:
                yield toks, repair_iob2(tags)
                toks, tags = [], []
            continue
        if split == "|" and "|" in line:
            tok, _, tag = line.rpartition("|")
        elif split == " " and " " in line.strip():
            tok, _, tag = line.strip().rpartition(" ")
        elif "\t" in line:
            tok, _, tag = line.rpartition("\t")
        else:  # NSURL lines that lost their tab: "؟O", "110O"
            m = _GLUED_RE.match(line.strip())
            tok, tag = (m.group(1), m.group(2)) if m else (line, "O")
        tok = tok.strip()
        if not tok:
            continue
        toks.append(tok)
        tags.append(norm_tag(tag, keep))
    if toks:
        yield toks, repair_iob2(tags)


def _dir(base: Path | None, name: str) -> Path:
    d = (base or raw_dir()) / name
    if not d.is_dir():
        raise DataUnavailable(f"missing NER corpus directory: {d}")
    return d


def peyma(split: str, base: Path | None = None) -> list[Sentence]:
    """PEYMA ``train``/``dev``/``test`` (``token|tag``, split on the last ``|``)."""
    p = _dir(base, "peyma_ner") / f"{split}.txt"
    if not p.exists():
        raise DataUnavailable(f"missing {p}")
    return list(_sentences(p.read_text(encoding="utf-8").splitlines(), "|", None))


def nsurl_600k(base: Path | None = None) -> list[Sentence]:
    """NSURL-2019 ``train_600K`` (extra news, disjoint from PEYMA). ``train_300K`` is PEYMA itself: not read."""
    d = _dir(base, "nsurl2019_ner") / "train_600K"
    if not d.is_dir():
        raise DataUnavailable(f"missing {d}")
    out: list[Sentence] = []
    for f in sorted(d.iterdir()):
        if f.is_file():
            out.extend(_sentences(f.read_text(encoding="utf-8").splitlines(), "\t", None))
    return out


def arman(fold: int, part: str, base: Path | None = None, keep: Iterable[str] | None = None) -> list[Sentence]:
    """Arman fold ``1..3``, part ``train``/``test`` (``token tag``)."""
    p = _dir(base, "arman_ner") / f"{part}_fold{fold}.txt"
    if not p.exists():
        raise DataUnavailable(f"missing {p}")
    return list(_sentences(p.read_text(encoding="utf-8").splitlines(), " ", keep))


def parstwiner(split: str, base: Path | None = None, keep: Iterable[str] | None = None) -> list[Sentence]:
    p = _dir(base, "parstwiner_ner") / f"{split}.txt"
    if not p.exists():
        raise DataUnavailable(f"missing {p}")
    return list(_sentences(p.read_text(encoding="utf-8").splitlines(), "\t", keep))
