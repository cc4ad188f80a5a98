"""NER accuracy: entity-level exact-span precision/recall/F1 per type and micro.

- PEYMA test (the shipped model never saw it: it is trained on PEYMA train+dev and NSURL-2019
  600K; NSURL 300K, which is PEYMA itself, is never used);
- PEYMA test with its sentences in a shuffled order: no document to read, which ``ner.tag_document`` sees
  (``in_document_order``), so the first stage tags each sentence alone;
- PEYMA test again with Arabic letter forms (ي ك) and ZWNJ-joined words, as NSURL-2019 writes
  them: a robustness check of the folded features;
- Arman, each of the three test folds (cross-corpus: Arman's pers/org/loc against the model's
  PER/ORG/LOC; Arman fac/event/pro and the model's other types are set aside).

    python eval/ner.py [--backend crf|e5|both] [--model CRF] [--doc-model CRF | --no-doc] [--e5-model NPZ ...]
                       [--dev] [--arman 1 2 3]
                       [--arman-train 1 2 3]

Sentences are tagged in file order, as one document: the CRF's second stage (``ner-crf-doc.crfsuite``,
when shipped) reads the first stage's labels of the same word in the sentences around each one, when the
file shows document order (names recurring in nearby sentences; ``ner.in_document_order``).

Both backends by default: the CRF (``ner-crf.crfsuite``) and the fine-tuned e5-small
(``ner-e5.npz``, ``didban.entities.e5_ner``), with a micro-F1 summary table at the end.

``--arman-train K ...`` also trains a CRF on Arman ``train_foldK`` (its own types PER/ORG/LOC/FAC/EVE,
``pro`` dropped; 100 iterations) and scores it on ``test_foldK``: the in-domain Arman figure.
"""

from __future__ import annotations

import argparse
import random
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


def _score_backend(name: str, tag_many, split: str, data, arman_folds: list[int], summary: dict) -> None:
    """PEYMA ``split`` (as written and respelled NSURL-style) and the Arman test folds with one tagger."""
    t0 = time.perf_counter()
    pred = tag_many([s for s, _ in data])
    secs = time.perf_counter() - t0
    ntok = sum(len(s) for s, _ in data)
    summary[(name, f"PEYMA {split}")] = _report(
        f"[{name}] PEYMA {split}: {len(data)} sentences, {ntok} tokens ({ntok / secs:,.0f} tokens/s)",
        [g for _, g in data], pred)
    order = list(range(len(data)))
    random.Random(7).shuffle(order)  # no document context: what a file of unrelated sentences gets
    pred_sh = tag_many([data[i][0] for i in order])
    summary[(name, f"PEYMA {split} shuffled")] = _report(
        f"[{name}] PEYMA {split}, sentences in a shuffled order", [data[i][1] for i in order], pred_sh)
    pred_ar = tag_many([[_arabize(x) for x in s] for s, _ in data])
    summary[(name, f"PEYMA {split} NSURL-style")] = _report(
        f"[{name}] PEYMA {split}, Arabic letter forms + ZWNJ (NSURL-style spelling)", [g for _, g in data], pred_ar)
    keep = {"PER", "ORG", "LOC"}
    for fold_ in arman_folds:
        try:
            arm = corpora.arman(fold_, "test", keep=keep)
        except DataUnavailable as e:
            print(f"Arman fold {fold_} skipped: {e}")
            continue
        p = [_restrict(x, keep) for x in tag_many([s for s, _ in arm])]
        summary[(name, f"Arman test fold {fold_}")] = _report(
            f"[{name}] Arman test fold {fold_} (cross-corpus, PER/ORG/LOC): {len(arm)} sentences",
            [g for _, g in arm], p)


class _Memo:
    """An e5 tagger that reads each distinct sentence once (its log-probabilities are kept, so the scoring passes
    with and without the CRF's marginals reuse them)."""

    def __init__(self, tagger) -> None:  # noqa: ANN001
        self.tagger = tagger
        self.labels = tagger.labels
        self.seen: dict[tuple[str, ...], object] = {}

    def tag_sentences(self, sents: list[list[str]], prior=None) -> list[list[str]]:  # noqa: ANN001
        todo = list({tuple(s): None for s in sents if tuple(s) not in self.seen})
        for s, lp in zip(todo, self.tagger.sentence_logprobs([list(x) for x in todo]), strict=True):
            self.seen[s] = lp
        lps = [self.seen[tuple(s)] for s in sents]
        if prior is not None:
            lps = [lp + p for lp, p in zip(lps, prior, strict=True)]
        return self.tagger.decode(lps)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, default=None, help="a CRF model file (default: the shipped one)")
    ap.add_argument("--doc-model", type=Path, default=None,
                    help="a second-stage (document context) CRF (default: the shipped one, if any)")
    ap.add_argument("--no-doc", action="store_true", help="the first-stage CRF alone, sentence by sentence")
    ap.add_argument("--e5-model", type=Path, nargs="+", default=None,
                    help="e5 NER .npz files, averaged when several (default: the shipped ones)")
    ap.add_argument("--backend", choices=["crf", "e5", "both"], default="both")
    ap.add_argument("--arman", type=int, nargs="*", default=[1, 2, 3], help="Arman test folds to score")
    ap.add_argument("--arman-train", type=int, nargs="*", default=[], help="folds to train and score in-domain")
    ap.add_argument("--crf-weight", type=float, default=None,
                    help="weight of the CRF's log-marginals in the e5 backend (default: ner.E5_CRF_WEIGHT)")
    ap.add_argument("--dev", action="store_true", help="score PEYMA dev instead of test (for a model trained without dev)")
    args = ap.parse_args()
    split = "dev" if args.dev else "test"
    try:
        data = corpora.peyma(split)
    except DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    summary: dict[tuple[str, str], float] = {}
    if args.backend in ("crf", "both"):
        t = ner.tagger(args.model) if args.model else ner.tagger()
        if args.doc_model:
            d = ner.tagger(args.doc_model)
        else:  # a first stage given alone is scored alone
            d = None if args.no_doc or args.model else ner.doc_tagger()
        print(f"CRF: first stage {args.model or ner.MODEL_PATH.name}, document stage "
              f"{(args.doc_model or ner.DOC_MODEL_PATH.name) if d is not None else 'none'}")
        _score_backend("crf", lambda sents: ner.tag_document(sents, t, d), split, data, args.arman, summary)
    if args.backend in ("e5", "both"):
        from didban.entities import e5_ner

        try:
            tg = e5_ner.E5Tagger(args.e5_model) if args.e5_model else e5_ner.tagger()
        except FileNotFoundError as e:
            print(f"e5 backend skipped: {e}")
        else:
            print("e5: " + " + ".join(p.name for p in tg.paths))
            memo = _Memo(tg)  # e5 tags each sentence alone: the second pass reuses the first's tags
            _score_backend("e5", memo.tag_sentences, split, data, args.arman, summary)
            # what --backend e5 runs: e5 with the first-stage CRF's log-marginals (weight ner.E5_CRF_WEIGHT) and
            # its MON entities (ner.E5_FROM_CRF)
            crf = ner.tagger(args.model) if args.model else ner.tagger()
            w = ner.E5_CRF_WEIGHT if args.crf_weight is None else args.crf_weight
            print(f"e5+crf: CRF {args.model or ner.MODEL_PATH.name}, weight {w}")
            _score_backend("e5+crf", lambda sents: ner.tag_e5(sents, memo, crf, w), split, data, args.arman, summary)
    if summary:
        names = sorted({k[0] for k in summary})
        sets = list(dict.fromkeys(k[1] for k in summary))
        print("\nmicro F1 " + " ".join(f"{n:>7s}" for n in names))
        for st in sets:
            print(f"  {st:34s} " + " ".join(f"{summary.get((n, st), float('nan')):7.4f}" for n in names))
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
