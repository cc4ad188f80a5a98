"""Throughput of the text stage on real articles, side by side with rishe alone and hazm.

    python bench/text.py [--passes 3] [--limit 0] [--parts] [--hazm-python PATH | --setup-hazm]

Rows (one process, one core, same articles, best of ``--passes``):
- didban text stage: normalize (display) + sentence spans + tokens + analyze() (language id,
  provenance, quotes, publication date) - what ingest runs on every article;
- didban analyze() only;
- didban normalize + split + tokenize only;
- rishe: Normalizer().normalize + SentenceTokenizer().tokenize + WordTokenizer().tokenize, each object made once
  (normalization/tokenization alone, no provenance or quotes);
- hazm: the same, in its own process when hazm does not import here (it needs Python >= 3.12): the first
  interpreter that imports it among ``--hazm-python``, ``$DIDBAN_HAZM_PYTHON``, ``bench/.hazm-venv`` and the
  Python >= 3.12 found on PATH or under pyenv; the same articles, passes and timing as the other rows.
  ``--setup-hazm`` makes ``bench/.hazm-venv`` from such a Python (``pip install hazm`` from the package index).
  Skipped with a message when none is found;
- with ``--parts``: each part of the stage alone (articles/s of the part; 1e6 / that = µs per article).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from didban import datasets
from didban.records import Article


def load(limit: int) -> list[tuple[str, str, str | None]]:
    arts: list[tuple[str, str, str | None]] = []
    for a in datasets.fars_news():
        arts.append((a.title, a.text, a.url))
    try:
        for a in datasets.farexstance_articles(("dev",)):
            arts.append((a.title, a.text, None))
    except datasets.DataUnavailable as e:
        print(f"(FarExStance skipped: {e})")
    return arts[:limit] if limit else arts


def bench(name: str, fn: Callable[[str, str, str | None], object], arts: list, passes: int) -> tuple:
    """Best of ``passes``: CPU seconds of this process (one core; less disturbed by other processes on a
    shared machine) and wall seconds."""
    chars = sum(len(t) + len(x) for t, x, _ in arts)
    best_cpu = best_wall = float("inf")
    for _ in range(passes):
        c0, w0 = time.process_time(), time.perf_counter()
        for title, text, url in arts:
            fn(title, text, url)
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    return name, len(arts) / best_cpu, chars / best_cpu, len(arts) / best_wall, best_cpu


def _peer(lib) -> Callable[[str, str, str | None], object]:  # type: ignore[no-untyped-def]
    """Normalizer().normalize + SentenceTokenizer().tokenize + WordTokenizer().tokenize of a hazm-style library
    (rishe, hazm), each object made once. (Their ``sent_tokenize``/``word_tokenize`` helpers build a new tokenizer
    at every call: ~0.4 s an article for hazm's word tokenizer, not how a pipeline uses it.)"""
    norm, sents, words = lib.Normalizer(), lib.SentenceTokenizer(), lib.WordTokenizer()

    def run(title: str, text: str, url: str | None) -> object:
        n = norm.normalize(text)
        sents.tokenize(n)
        return words.tokenize(n)

    return run


HAZM_VENV = Path(__file__).resolve().parent / ".hazm-venv"
# the timing loop of bench() and _peer(hazm), run by the other interpreter on the same texts (a JSON list)
_HAZM_WORKER = """
import json, platform, sys, time
import hazm
texts = json.load(open(sys.argv[1], encoding="utf-8"))
norm, sents, words = hazm.Normalizer(), hazm.SentenceTokenizer(), hazm.WordTokenizer()
best_cpu = best_wall = float("inf")
for _ in range(int(sys.argv[2])):
    c0, w0 = time.process_time(), time.perf_counter()
    for text in texts:
        n = norm.normalize(text)
        sents.tokenize(n)
        words.tokenize(n)
    best_cpu = min(best_cpu, time.process_time() - c0)
    best_wall = min(best_wall, time.perf_counter() - w0)
print(json.dumps({"cpu": best_cpu, "wall": best_wall, "python": platform.python_version()}))
"""


def _imports_hazm(python: str) -> bool:
    try:
        return subprocess.run([python, "-c", "import hazm"], capture_output=True, timeout=120).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _newer_pythons() -> list[str]:
    """Python >= 3.12 interpreters on PATH or under pyenv, newest first."""
    found = [p for v in ("3.14", "3.13", "3.12") if (p := shutil.which(f"python{v}"))]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found += sorted(glob.glob(str(pyenv / "3.1[2-9]*" / "bin" / "python")), reverse=True)
    return found


def hazm_python(explicit: str | None) -> str | None:
    """The first interpreter that imports hazm: ``explicit``, $DIDBAN_HAZM_PYTHON, bench/.hazm-venv, then any
    Python >= 3.12 found."""
    cands = [explicit, os.environ.get("DIDBAN_HAZM_PYTHON"), str(HAZM_VENV / "bin" / "python"), *_newer_pythons()]
    return next((c for c in cands if c and Path(c).exists() and _imports_hazm(c)), None)


def setup_hazm() -> str | None:
    """Make bench/.hazm-venv with the newest Python >= 3.12 found in which hazm installs (from the package
    index); its interpreter, or None with a message."""
    for py in _newer_pythons():
        shutil.rmtree(HAZM_VENV, ignore_errors=True)
        if subprocess.run([py, "-m", "venv", str(HAZM_VENV)]).returncode != 0:
            continue
        pip = [str(HAZM_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        if subprocess.run([*pip, "hazm"]).returncode == 0 and _imports_hazm(str(HAZM_VENV / "bin" / "python")):
            return str(HAZM_VENV / "bin" / "python")
        print(f"(hazm did not install with {py})")
    shutil.rmtree(HAZM_VENV, ignore_errors=True)
    print("(no Python >= 3.12 found in which hazm installs)")
    return None


def bench_hazm_process(python: str, arts: list, passes: int) -> tuple | None:
    """The hazm row, timed by ``python`` in its own process on the same article texts (CPU seconds of that
    process, best of ``passes``), or None with a message."""
    chars = sum(len(t) + len(x) for t, x, _ in arts)
    with tempfile.TemporaryDirectory() as tmp:  # (the texts live only for the run: research data is not kept)
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps([x for _, x, _ in arts], ensure_ascii=False), encoding="utf-8")
        done = subprocess.run([python, "-c", _HAZM_WORKER, str(path), str(passes)], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"(hazm skipped: {python} failed: {done.stderr.strip().splitlines()[-1:]})")
        return None
    r = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"(hazm timed in its own process by {python}, Python {r['python']}: the same texts and passes)")
    return "hazm normalize+split+tokenize", len(arts) / r["cpu"], chars / r["cpu"], len(arts) / r["wall"], r["cpu"]


def _parts(arts: list, passes: int) -> list[tuple]:
    """Each part of the whole stage alone, on the same articles (where the time goes)."""
    from didban.text import (
        detect_lang,
        extract_provenance,
        extract_quotes,
        mfold,
        normalize,
        sentence_spans,
        tokens,
    )
    from didban.text.analyze import _date_in_lead, _publisher_name
    from didban.text.dates import date_from_link

    folded = {x: mfold(x) for _, x, _ in arts}
    langs = {x: detect_lang(t + "\n" + x[:2000]) for t, x, _ in arts}
    parts: list[tuple[str, Callable[[str, str, str | None], object]]] = [
        ("  part: display normalize", lambda t, x, u: normalize(x)),
        ("  part: sentence spans", lambda t, x, u: sentence_spans(x)),
        ("  part: tokens", lambda t, x, u: tokens(x)),
        ("  part: language id", lambda t, x, u: detect_lang(t + "\n" + x[:2000])),
        ("  part: mfold (matching form)", lambda t, x, u: mfold(x)),
        ("  part: provenance", lambda t, x, u: extract_provenance(x, t, u, _publisher_name(None, u), langs[x],
                                                                 folded[x])),
        ("  part: quotes", lambda t, x, u: extract_quotes(x, langs[x], folded[x])),
        ("  part: publication date", lambda t, x, u: date_from_link(u) or _date_in_lead(t, x)),
    ]
    return [bench(name, fn, arts, passes) for name, fn in parts]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--parts", action="store_true", help="also time each part of the stage alone")
    ap.add_argument("--hazm-python", help="a Python interpreter that imports hazm (for the hazm row)")
    ap.add_argument("--setup-hazm", action="store_true",
                    help="make bench/.hazm-venv with a Python >= 3.12 found here and pip install hazm in it")
    args = ap.parse_args()
    try:
        arts = load(args.limit)
    except datasets.DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    from didban.text import analyze, normalize, sentence_spans, tokens

    def stage(title: str, text: str, url: str | None) -> object:
        normalize(text)
        sentence_spans(text)
        tokens(text)
        return analyze(Article(title=title, text=text, url=url))

    def analyze_only(title: str, text: str, url: str | None) -> object:
        return analyze(Article(title=title, text=text, url=url))

    def seg_only(title: str, text: str, url: str | None) -> object:
        normalize(text)
        sentence_spans(text)
        return tokens(text)

    fars = [a for a in arts if a[2]]
    rows = [bench("didban text stage (all)", stage, arts, args.passes),
            bench(f"  same, Fars News only ({sum(len(x) for _, x, _ in fars) // max(1, len(fars))} ch/art)",
                  stage, fars, args.passes),
            bench("didban analyze() only", analyze_only, arts, args.passes),
            bench("didban normalize+split+tokenize", seg_only, arts, args.passes)]
    import rishe

    rows.append(bench("rishe normalize+split+tokenize", _peer(rishe), arts, args.passes))
    try:
        import hazm  # type: ignore[import-not-found]

        rows.append(bench("hazm normalize+split+tokenize", _peer(hazm), arts, args.passes))
    except Exception as e:  # noqa: BLE001 - any import failure means: not available in this interpreter
        python = hazm_python(args.hazm_python) or (setup_hazm() if args.setup_hazm else None)
        row = bench_hazm_process(python, arts, args.passes) if python else None
        if row is not None:
            rows.append(row)
        elif python is None:
            print(f"(hazm skipped: {type(e).__name__}: {e} in Python {platform.python_version()}, and no Python "
                  f">= 3.12 with hazm was found: pass --hazm-python, or --setup-hazm to make bench/.hazm-venv)")
    if args.parts:
        rows.extend(_parts(arts, args.passes))
    n_chars = sum(len(t) + len(x) for t, x, _ in arts)
    print(f"{len(arts)} real articles (Fars News + FarExStance dev), {n_chars:,} chars, best of {args.passes} "
          f"passes, one process; Python {platform.python_version()} on {platform.machine()}")
    print(f"{'pipeline':<36} {'articles/s':>11} {'chars/s':>13} {'wall art/s':>11} {'cpu s':>7}")
    for name, aps, cps, waps, sec in rows:
        print(f"{name:<36} {aps:>11,.0f} {cps:>13,.0f} {waps:>11,.0f} {sec:>7.3f}")
    print("articles/s and chars/s per CPU second of this process (one core); wall art/s includes waiting for "
          "the CPU on a shared machine")
    target = rows[0][1] >= 2000
    print(f"target >= 2,000 articles/s for the whole stage: {'met' if target else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
