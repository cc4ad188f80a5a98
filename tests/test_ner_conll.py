"""NER model contract: CoNLL in/out, IOB2 validity, mentions with offsets, corpus readers."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from didban.entities import corpora, extract_mentions, tag_tokens
from didban.entities.conll import read_lines, tag_conll
from didban.entities.ner import MODEL_PATH, prf, spans

IOB2 = re.compile(r"^(O|[BI]-(PER|ORG|LOC|FAC|EVE|DAT|TIM|MON|PCT))$")
needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason="the NER model is not built")


def _valid_iob2(tags):
    prev = "O"
    for t in tags:
        assert IOB2.match(t), t
        if t.startswith("I-"):
            assert prev != "O" and prev[2:] == t[2:], (prev, t)
        prev = t


def test_conll_layout_is_preserved_with_a_fake_tagger():
    data = "\ufeffالف\r\nب \t B-PER\r\n\r\n\r\n  \r\nهم شکل\nد\t\n\n"
    out = tag_conll(data, lambda toks: ["O"] * len(toks))
    assert out.split("\n") == ["الف\tO", "ب\tO", "", "", "", "هم شکل\tO", "د\tO", "", ""]
    assert tag_conll("", lambda t: ["O"] * len(t)) == ""
    assert tag_conll("\n\n", lambda t: ["O"] * len(t)) == "\n\n"
    assert read_lines("a\rb") == ["a", "b"]


def test_spans_and_scores():
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]
    gold = [["B-PER", "I-PER", "O", "B-ORG"]]
    pred = [["B-PER", "I-PER", "O", "B-LOC"]]
    res = prf(gold, pred)
    assert res["PER"]["f1"] == 1.0 and res["ORG"]["r"] == 0.0 and res["micro"]["f1"] == 0.5


def test_tag_normalisation_of_the_corpora():
    assert corpora.norm_tag("B_PER") == "B-PER"
    assert corpora.norm_tag("I-DATO") == "I-DAT"
    assert corpora.norm_tag("OB-ORG") == "B-ORG"
    assert corpora.norm_tag("B-pers") == "B-PER"
    assert corpora.norm_tag("B-event") == "B-EVE"
    assert corpora.norm_tag("B-pro") == "O"
    assert corpora.norm_tag("B-NAT") == "O"
    assert corpora.repair_iob2(["I-PER", "I-PER", "O", "I-LOC"]) == ["B-PER", "I-PER", "O", "B-LOC"]
    sents = list(corpora._sentences(["ثبت نام|O", "مهر|B_ORG", "", "؟O", "110O", "x\tB-PERO"], "|", None))
    assert sents[0] == (["ثبت نام", "مهر"], ["O", "B-ORG"])
    sents = list(corpora._sentences(["؟O", "110O", "x\tB-PERO"], "\t", None))
    assert sents == [(["؟", "110", "x"], ["O", "O", "B-PER"])]


@needs_model
def test_tagger_output_is_valid_iob2_and_robust_to_letter_forms():
    toks = ["به", "گزارش", "خبرگزاری", "مهر", "،", "حسن", "روحانی", "در", "تهران", "گفت", "."]
    tags = tag_tokens(toks)
    assert len(tags) == len(toks)
    _valid_iob2(tags)
    assert tags[8] == "B-LOC"
    arabic = [t.replace("ی", "ي").replace("ک", "ك") for t in toks]
    assert tag_tokens(arabic) == tags
    assert tag_tokens([]) == []
    assert len(tag_tokens(["هم شکل", "  x ", "۱۲۳"])) == 3


@needs_model
def test_extract_mentions_offsets_and_links():
    text = "به گزارش ایرنا، گروهک تروریستی داعش در سوریه مسئولیت حمله را پذیرفت.\nسپاه پاسداران اعلام کرد."
    ms = extract_mentions(text)
    assert ms, "no mention found"
    for m in ms:
        assert text[m.start:m.end] == m.text
    assert any(m.canonical == "org:isis" for m in ms)
    assert any(m.type == "LOC" and m.text == "سوریه" for m in ms)
    assert extract_mentions("") == []


@needs_model
def test_cli_ner_conll(tmp_path):
    from didban.cli import _register, app

    _register()
    inp = tmp_path / "in.txt"
    out = tmp_path / "out.txt"
    inp.write_bytes("حسن\r\nروحانی \r\n\r\n\r\nتهران\tB-LOC\r\n".encode())
    res = CliRunner().invoke(app, ["ner", "--conll", str(inp), str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[2:4] == ["", ""] and len(lines) == 6 and lines[-1] == ""
    assert [ln.split("\t")[0] for ln in lines if ln] == ["حسن", "روحانی", "تهران"]
    _valid_iob2([ln.split("\t")[1] for ln in lines[:2]])


def test_cli_ner_on_an_arabic_text_file(tmp_path):
    import json

    from didban.cli import _register, app

    _register()
    text = ("أعلن الحرس الثوري الإيراني أنه استهدف مواقع لتنظيم داعش، وقال وزير الخارجية عباس عراقجي إن "
            "الأجهزة الأمنية تتابع الملف.")
    inp = tmp_path / "ar.txt"
    inp.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["ner", str(inp), "-"])
    assert res.exit_code == 0, res.output
    got = [json.loads(x) for x in res.stdout.splitlines()]
    assert [(m["text"], m["canonical"]) for m in got] == [
        ("الحرس الثوري الإيراني", "org:irgc"), ("تنظيم داعش", "org:isis"), ("عباس عراقجي", "per:araghchi")]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in got)


def test_tokenizer_offsets_and_peyma_style_words():
    from didban.entities.tokenize import tokenize

    text = "ثبت‌نام ۱۲.۵ درصد، در 1402/05/10 (داعش)\r\nمی‌گوید"
    toks = tokenize(text)
    for tok, s, e in toks:
        assert text[s:e] == tok
    words = [t for t, _, _ in toks]
    assert words[:3] == ["ثبت\u200cنام", "۱۲.۵", "درصد"]
    assert "1402/05/10" in words and "(" in words and "داعش" in words and words[-1] == "می\u200cگوید"
