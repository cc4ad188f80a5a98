"""Distributional word clusters used as NER features (a CPU stand-in for word embeddings).

Built from unlabeled news text: a word's left/right neighbour counts over the most frequent
context words, weighted by positive PMI, reduced by truncated SVD and grouped by k-means at
three granularities. Only ``word<TAB>c64<TAB>c256<TAB>c1024`` lines are shipped
(``didban/models/ner-clusters.tsv``), never the text they were computed from.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from didban.text.normalize import fold

CLUSTERS_PATH = Path(__file__).resolve().parent.parent / "models" / "ner-clusters.tsv"
GRAINS = (64, 256, 1024)

_lock = threading.Lock()
_table: dict[str, tuple[str, ...]] | None = None


def unlabeled_sentences(base: Path | None = None) -> Iterable[list[str]]:
    """Folded token lists from text disjoint from every reported test set.

    PEYMA train/dev, NSURL-2019 600K, ParsTwiNER train and FarExStance dev bodies. Not used:
    PEYMA test, Arman (its test folds cover the corpus) and Fars News (the places evaluation).
    """
    from didban import datasets
    from didban.entities import corpora
    from didban.entities.tokenize import tokenize

    for s, _ in corpora.peyma("train", base) + corpora.peyma("dev", base) + corpora.nsurl_600k(base):
        yield [fold(t) or t for t in s]
    try:
        for s, _ in corpora.parstwiner("train", base):
            yield [fold(t) or t for t in s]
    except datasets.DataUnavailable:
        pass
    try:
        for a in datasets.farexstance_articles():
            for line in a.text.split("\n"):
                toks = [fold(t) for t, _, _ in tokenize(line)]
                if toks:
                    yield toks
    except datasets.DataUnavailable:
        pass


def build(
    sentences: Iterable[list[str]],
    out: Path = CLUSTERS_PATH,
    *,
    min_count: int = 3,
    max_vocab: int = 60000,
    n_context: int = 3000,
    dims: int = 100,
    seed: int = 13,
) -> int:
    """Compute the clusters and write the table; returns the vocabulary size."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    sents = [s for s in sentences if s]
    freq: Counter[str] = Counter(w for s in sents for w in s)
    vocab = [w for w, c in freq.most_common(max_vocab) if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(vocab[:n_context])}
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        n = len(s)
        for i, w in enumerate(s):
            r = vid.get(w)
            if r is None:
                continue
            for k, off in enumerate((-2, -1, 1, 2)):
                j = i + off
                if 0 <= j < n:
                    c = cid.get(s[j])
                    if c is not None:
                        rows.append(r)
                        cols.append(k * n_context + c)
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), 4 * n_context)
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    cs = np.asarray(m.sum(axis=0)).ravel() + 1e-9
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vec = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi)
    vec = normalize(vec)
    labels = [
        MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vec)
        for k in GRAINS
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# didban NER word clusters: folded word, then cluster ids at " + ",".join(map(str, GRAINS)) + "\n")
        for i, w in enumerate(vocab):
            if "\t" in w or "\n" in w:
                continue
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    return len(vocab)


def table() -> dict[str, tuple[str, ...]]:
    """folded word -> cluster ids (one per grain); empty when the table is absent."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                t: dict[str, tuple[str, ...]] = {}
                if CLUSTERS_PATH.exists():
                    for line in CLUSTERS_PATH.read_text(encoding="utf-8").splitlines():
                        if line.startswith("#") or "\t" not in line:
                            continue
                        w, *ids = line.split("\t")
                        t[w] = tuple(ids)
                _table = t
    return _table
