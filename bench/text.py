"""Throughput of the text stage on real articles, side by side with rishe alone and hazm.

    python bench/text.py [--passes 3] [--limit 0] [--parts]

Rows (one process, one core, same articles, best of ``--passes``):
- didban text stage: normalize (display) + sentence spans + tokens + analyze() (language id,
  provenance, quotes, publication date) - what ingest runs on every article;
- didban analyze() only;
- didban normalize + split + tokenize only;
- rishe: Normalizer().normalize + sent_tokenize + word_tokenize (normalization/tokenization alone, no
  provenance or quotes);
- hazm: Normalizer().normalize + sent_tokenize + word_tokenize, when hazm imports (it needs a newer
  Python and pinned numpy; skipped with a message otherwise);
- with ``--parts``: each part of the stage alone (articles/s of the part; 1e6 / that = µs per article).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable

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
    """Normalizer().normalize + sent_tokenize + word_tokenize of a hazm-style library (rishe, hazm)."""
    norm = lib.Normalizer()

    def run(title: str, text: str, url: str | None) -> object:
        n = norm.normalize(text)
        lib.sent_tokenize(n)
        return lib.word_tokenize(n)

    return run


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
    except Exception as e:  # noqa: BLE001 - any import failure means: not available here
        print(f"(hazm skipped: {type(e).__name__}: {e}; it needs Python >= 3.12 and its pinned numpy, "
              f"this is Python {platform.python_version()})")
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
