"""bench/text.py's peer rows: the libraries are timed doing what their own helpers do."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "text.py"


def _bench_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("didban_bench_text", BENCH)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_the_peer_with_tokenizers_made_once_gives_what_the_helpers_give() -> None:
    """The rishe row makes its Normalizer and tokenizers once; the tokens are those of ``rishe.word_tokenize`` on
    the normalized text (the helper builds a new tokenizer per call, which is all that changes)."""
    rishe = pytest.importorskip("rishe")
    run = _bench_module()._peer(rishe)
    norm = rishe.Normalizer()
    for text in ("به گزارش خبرگزاری فارس، وزير امور خارجه گفت: ما آماده‌ايم. وی افزود اين موضوع مهم است.",
                 "سه‌شنبه ۱۲ آبان ۱۴۰۳ — قیمت‌ها۲۰٪ بالا رفت!"):
        assert run("", text, None) == rishe.word_tokenize(norm.normalize(text))


def test_no_hazm_interpreter_is_taken_that_cannot_import_it(tmp_path: Path) -> None:
    """An interpreter given for the hazm row is used only when it imports hazm: a missing path, or the test's own
    Python when it has no hazm (the project's 3.11 venv), is never returned."""
    mod = _bench_module()
    assert not mod._imports_hazm(str(tmp_path / "no-python"))
    if mod._imports_hazm(sys.executable):
        pytest.skip("this Python imports hazm: nothing to refuse")
    found = mod.hazm_python(sys.executable)
    assert found != sys.executable
    assert found is None or mod._imports_hazm(found)
