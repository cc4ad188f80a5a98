"""The NER's second stage: document context from the first stage's labels of the same word nearby."""

from __future__ import annotations

import pytest

from didban.entities import corpora, ner


def _ctx(sents, tags, window):
    return ner.doc_context([[ner._ftok(t) for t in s] for s in sents], tags, window)


def test_context_reads_the_same_word_in_other_sentences_only():
    sents = [["حسن", "فیروزآبادی", "گفت"], ["فیروزآبادی", "افزود"], ["باران", "آمد"]]
    tags = [["B-PER", "I-PER", "O"], ["O", "O"], ["O", "O"]]
    ctx = _ctx(sents, tags, 5)
    # the second sentence's untagged name sees the first sentence's I-PER
    assert "dc_maj=PER" in ctx[1][0] and "dc_pos=I-PER" in ctx[1][0] and "dc_frac=hi_PER" in ctx[1][0]
    # the first sentence sees only the second's O for it
    assert ctx[0][1] == ["dc_any=O"]
    # tagged once in three other sentences: a minority
    assert "dc_frac=lo_PER" in _ctx([*sents, ["فیروزآبادی"], ["فیروزآبادی"]], [*tags, ["O"], ["O"]], 5)[4][0]
    # a word seen nowhere else, and a word only in its own sentence: no context
    assert ctx[2][0] == ["dc=none"] and ctx[0][0] == ["dc=none"]
    # «گفت» / «افزود» appear once each: none; words of one letter are ignored
    assert ctx[0][2] == ["dc=none"]


def test_context_window_is_bounded_and_symmetric():
    sents = [["مصلحی"], ["x1"], ["x2"], ["x3"], ["مصلحی"]]
    tags = [["B-PER"], ["O"], ["O"], ["O"], ["O"]]
    assert _ctx(sents, tags, 3)[4][0] == ["dc=none"]  # 4 sentences away: outside a window of 3
    assert "dc_maj=PER" in _ctx(sents, tags, 4)[4][0]
    assert _ctx(sents, tags, 4)[0][0] == ["dc_any=O"]  # and it reads the later sentence as well
    # sliding the window gives the same as recounting it for every sentence
    import random

    rng = random.Random(3)
    words = ["الف", "بب", "پپ", "تت", "ثث"]
    labs = ["O", "B-PER", "I-PER", "B-LOC", "B-ORG"]
    sents = [[rng.choice(words) for _ in range(rng.randint(1, 5))] for _ in range(40)]
    tags = [[rng.choice(labs) for _ in s] for s in sents]
    for w in (0, 1, 2, 7, 50):
        got = _ctx(sents, tags, w)
        for i in range(len(sents)):
            others = [j for j in range(max(0, i - w), min(len(sents), i + w + 1)) if j != i]
            ref = _ctx([sents[i]] + [sents[j] for j in others], [tags[i]] + [tags[j] for j in others], 10**6)[0]
            assert got[i] == ref, (w, i)


def test_without_a_second_stage_the_document_is_tagged_sentence_by_sentence():
    if not ner.MODEL_PATH.exists():
        pytest.skip("the NER model is not built")
    sents = [["وزیر", "امور", "خارجه", "ایران", "گفت"], [], ["عراقچی", "افزود"]]
    t = ner.tagger()
    assert ner.tag_document(sents, model=t) == [ner.tag_tokens(s, t) for s in sents]


@pytest.mark.skipif(not ner.DOC_MODEL_PATH.exists(), reason="the document-context NER model is not built")
def test_shipped_second_stage_keeps_a_name_seen_earlier_in_the_document():
    first = "سرلشکر حسن فیروزآبادی رئیس سابق ستاد کل نیروهای مسلح روز دوشنبه در جمع خبرنگاران گفت :".split()
    later = "فیروزآبادی در ادامه به وضعیت منطقه اشاره کرد .".split()
    doc = [first, "وی افزود : این موضوع مهم است .".split(), later]
    tags = ner.tag_document(doc)
    assert [len(t) for t in tags] == [len(s) for s in doc]
    assert tags[0][2] in ("B-PER", "I-PER")
    assert tags[2][0] == "B-PER"


def test_train_doc_builds_a_working_second_stage(tmp_path):
    try:
        data = corpora.peyma("dev")[:300]
    except Exception as e:  # noqa: BLE001 - DataUnavailable or a missing file
        pytest.skip(f"PEYMA not available: {e}")
    out = tmp_path / "m-doc.crfsuite"
    r = ner.train_doc(data, out, folds=2, block=50, max_iterations=15)
    assert out.exists() and r.sentences == 300 and not list(tmp_path.glob("*.fold*"))
    first = ner.train(data, tmp_path / "m.crfsuite", max_iterations=15).model
    tags = ner.tag_document([s for s, _ in data[:40]], ner.tagger(first), ner.tagger(out))
    assert [len(t) for t in tags] == [len(s) for s, _ in data[:40]]
    assert any(t != "O" for ts in tags for t in ts)


# ----------------------------------------------------------------- document order (the second stage's premise)

_NAMES = ["صالحی", "کاظمی", "رضایی", "موسوی", "نوری", "کریمی", "جعفری", "حیدری", "قاسمی", "رحیمی", "اکبری",
          "طاهری", "شریفی", "یزدانی", "مرادی", "نجفی", "باقری", "سلیمانی", "فتحی", "زمانی"]


def _story_file(n_docs: int = 10, per_doc: int = 4) -> tuple[list[list[str]], list[list[str]]]:
    """Sentences of ``n_docs`` short reports in order, each naming its own person in every sentence."""
    sents, tags = [], []
    for d in range(n_docs):
        for k in range(per_doc):
            sents.append([_NAMES[d], "در", "جلسه", str(k), "گفت"])
            tags.append(["B-PER", "O", "O", "O", "O"])
    return sents, tags


def test_order_evidence_tells_a_document_from_shuffled_sentences():
    import random

    sents, tags = _story_file()
    near, far = ner.order_evidence(sents, tags)
    assert near - far >= ner.ORDER_MIN_GAIN and ner.in_document_order(sents, tags)
    order = list(range(len(sents)))
    random.Random(5).shuffle(order)
    sh_s, sh_t = [sents[i] for i in order], [tags[i] for i in order]
    near, far = ner.order_evidence(sh_s, sh_t)
    assert near - far < ner.ORDER_MIN_GAIN and not ner.in_document_order(sh_s, sh_t)
    # a short input (an article) is read in order without evidence
    assert ner.in_document_order(sh_s[: ner.ORDER_MIN_SENTENCES - 1], sh_t[: ner.ORDER_MIN_SENTENCES - 1])
    # names counted once per sentence, untagged words never
    assert ner.order_evidence([["الف"], ["الف"]], [["O"], ["O"]]) == (0.0, 0.0)


@pytest.mark.skipif(not ner.DOC_MODEL_PATH.exists(), reason="the document-context NER model is not built")
def test_sentences_out_of_order_get_the_first_stage_alone():
    import random

    sents, _ = _story_file(12, 3)
    order = list(range(len(sents)))
    random.Random(2).shuffle(order)
    shuffled = [sents[i] for i in order]
    t = ner.tagger()
    first = [ner.tag_tokens(s, t) for s in shuffled]
    assert not ner.in_document_order(shuffled, first)
    assert ner.tag_document(shuffled) == first == ner.tag_document(shuffled, order="sentences")

    class Counting:  # the shipped second stage, counting the sentences it tags
        def __init__(self) -> None:
            self.calls = 0

        def tag(self, feats):  # noqa: ANN001, ANN202
            self.calls += 1
            return ner.doc_tagger().tag(feats)

    # (on these simple sentences both stages give the same tags, so count whether the second one runs)
    for doc, order, runs in ((shuffled, "auto", False), (shuffled, "document", True),
                             (sents, "auto", True), (sents, "sentences", False)):
        spy = Counting()
        ner.tag_document(doc, doc_model=spy, order=order)
        assert (spy.calls > 0) is runs, (order, runs)
    with pytest.raises(ValueError):
        ner.tag_document(shuffled, order="random")


def test_merge_types_takes_the_chosen_types_from_the_second_tagger_where_free():
    e5 = ["B-LOC", "B-MON", "O", "B-MON", "I-MON", "O", "B-PER", "I-PER"]
    crf = ["B-LOC", "B-MON", "I-MON", "I-MON", "I-MON", "O", "B-MON", "I-MON"]
    # e5's split MON is replaced by the CRF's whole one; the CRF's MON over e5's person is not taken
    assert ner.merge_types(e5, crf, frozenset({"MON"})) == [
        "B-LOC", "B-MON", "I-MON", "I-MON", "I-MON", "O", "B-PER", "I-PER"]
    assert ner.merge_types(e5, crf, frozenset()) == e5
    assert ner.merge_types([], [], frozenset({"MON"})) == []


@pytest.mark.skipif(not ner.DOC_MODEL_PATH.exists(), reason="the document-context NER model is not built")
def test_long_document_is_tagged_in_blocks_with_the_whole_documents_answer(monkeypatch):
    """A document's second stage runs block by block as soon as a block's context is tagged (its features are
    not all kept: a 900,000-character article needed 680 MB), and gives the tags of the whole-document
    computation, whatever the block, window and kept-features budget."""
    from didban.entities.corpora import repair_iob2

    sents, _ = _story_file(20, 6)  # 120 sentences, names recurring within each report
    sents = [s + ["و", _NAMES[(i * 7) % 20], "افزود"] if i % 3 else s for i, s in enumerate(sents)]
    sents[50] = []  # an empty sentence inside
    t, d = ner.tagger(), ner.doc_tagger()
    first = [repair_iob2(list(t.tag(ner.sent_features(s)))) if s else [] for s in sents]
    whole = ner.doc_features(sents, first, ner.DOC_WINDOW)
    want = [repair_iob2(list(d.tag(f))) if f else [] for f in whole]
    for block, keep in ((256, 200_000), (7, 200_000), (16, 0), (1, 30)):
        monkeypatch.setattr(ner, "_BLOCK", block, raising=False)
        monkeypatch.setattr(ner, "_KEEP_TOKENS", keep, raising=False)
        for order in ("document", "auto"):
            assert ner.tag_document(sents, order=order) == want, (block, keep, order)

    class Log:  # a tagger that logs which stage tagged, in order
        def __init__(self, inner, name: str, log: list[str]) -> None:
            self.inner, self.name, self.log = inner, name, log

        def tag(self, feats):  # noqa: ANN001, ANN202
            self.log.append(self.name)
            return self.inner.tag(feats)

    monkeypatch.setattr(ner, "_BLOCK", 16, raising=False)
    log: list[str] = []
    tags = ner.tag_document(sents, Log(t, "first", log), Log(d, "second", log), order="document")
    assert tags == want
    # the first block is re-tagged once its context (16 + the window's sentences) is read, long before the end
    assert log.index("second") == 16 + ner.DOC_WINDOW <= len(sents) - 1 - 50
