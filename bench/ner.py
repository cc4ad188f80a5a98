"""NER and place-resolution speed on one core: model load time and tagging throughput.

Side by side in one run: the full CRF tagger, its feature extraction alone, and a bare
gazetteer look-up tagger (the minimum any tagger pays to read the tokens), on PEYMA test;
then ``extract_mentions`` + ``places.resolve`` on Fars News articles.

    taskset -c 0 python bench/ner.py
"""

from __future__ import annotations

import os
import sys
import time


def main() -> int:
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
    print(f"model {ner.MODEL_PATH.name}: {size:.1f} MB, load {load * 1000:.0f} ms "
          f"(+ clusters/gazetteer tables {aux * 1000:.0f} ms)")
    print(f"PEYMA test: {len(data)} sentences, {ntok} tokens, one core")
    print(f"{'step':42s} {'tokens/s':>10s}")
    for name, v in rows:
        print(f"{name:42s} {v:10,.0f}")
    try:
        arts = [a for a in fars_news()][:200]
    except DataUnavailable:
        return 0
    from didban.places import resolve

    chars = sum(len(a.text) for a in arts)
    t = time.perf_counter()
    for a in arts:
        ms = extract_mentions(a.text)
        resolve(a.text, ms)
    dt = time.perf_counter() - t
    print(f"{'extract_mentions + places.resolve':42s} {len(arts) / dt:10,.1f} articles/s ({chars / dt:,.0f} chars/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
