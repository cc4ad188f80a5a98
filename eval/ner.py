"""NER accuracy: entity-level exact-span precision/recall/F1 per type and micro.

- PEYMA test (the shipped model never saw it: it is trained on PEYMA train+dev and NSURL-2019
  600K; NSURL 300K, which is PEYMA itself, is never used);
- PEYMA test again with Arabic letter forms (ي ك) and ZWNJ-joined words, as NSURL-2019 writes
  them: a robustness check of the folded features;
- Arman, each of the three test folds (cross-corpus: Arman's pers/org/loc against the model's
  PER/ORG/LOC; Arman fac/event/pro and the model's other types are set aside).

    python eval/ner.py [--model PATH] [--dev] [--arman-train 1 2 3]

``--arman-train K ...`` also trains a CRF on Arman ``train_foldK`` (its own types PER/ORG/LOC/FAC/EVE,
``pro`` dropped; 100 iterations) and scores it on ``test_foldK``: the in-domain Arman figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from didban.datasets import DataUnavailable
from didban.entities import corpora, ner


def _restrict(tags: list[str], keep: set[str]) -> list[str]:
    return corpora.repair_iob2([t if t == "O" or t[2:] in keep else "O" for t in tags])


def _arabize(tok: str) -> str:
    return tok.replace("ی", "ي").replace("ک", "ك").replace(" ", "\u200c")


def _report(name: str, gold: list[list[str]], pred: list[list[str]]) -> float:
    res = ner.prf(gold, pred)
    print(f"\n{name}")
    print(f"  {'type':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'support':>8s}")
    for typ, v in res.items():
        print(f"  {typ:6s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {int(v['support']):8d}")
    return res["micro"]["f1"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--arman-train", type=int, nargs="*", default=[], help="folds to train and score in-domain")
    ap.add_argument("--dev", action="store_true", help="score PEYMA dev instead of test (for a model trained without dev)")
    args = ap.parse_args()
    t = ner.tagger(args.model) if args.model else ner.tagger()
    split = "dev" if args.dev else "test"
    try:
        data = corpora.peyma(split)
    except DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    t0 = time.perf_counter()
    pred = [ner.tag_tokens(s, t) for s, _ in data]
    secs = time.perf_counter() - t0
    ntok = sum(len(s) for s, _ in data)
    _report(f"PEYMA {split}: {len(data)} sentences, {ntok} tokens ({ntok / secs:,.0f} tokens/s)",
            [g for _, g in data], pred)
    pred_ar = [ner.tag_tokens([_arabize(x) for x in s], t) for s, _ in data]
    _report(f"PEYMA {split}, Arabic letter forms + ZWNJ (NSURL-style spelling)", [g for _, g in data], pred_ar)
    keep = {"PER", "ORG", "LOC"}
    for fold_ in (1, 2, 3):
        try:
            arm = corpora.arman(fold_, "test", keep=keep)
        except DataUnavailable as e:
            print(f"Arman fold {fold_} skipped: {e}")
            continue
        p = [_restrict(ner.tag_tokens(s, t), keep) for s, _ in arm]
        _report(f"Arman test fold {fold_} (cross-corpus, PER/ORG/LOC): {len(arm)} sentences",
                [g for _, g in arm], p)
    for fold_ in args.arman_train:
        import tempfile

        keep5 = {"PER", "ORG", "LOC", "FAC", "EVE"}
        try:
            tr, te = corpora.arman(fold_, "train", keep=keep5), corpora.arman(fold_, "test", keep=keep5)
        except DataUnavailable as e:
            print(f"Arman fold {fold_} skipped: {e}")
            continue
        with tempfile.TemporaryDirectory() as d:
            r = ner.train(tr, Path(d) / "arman.crfsuite", max_iterations=100)
            ta = ner.tagger(r.model)
            p = [ner.tag_tokens(s, ta) for s, _ in te]
        _report(f"Arman fold {fold_}, in-domain: trained on train_fold{fold_} ({r.tokens} tokens, "
                f"{r.seconds:.0f}s), scored on test_fold{fold_}", [g for _, g in te], p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
