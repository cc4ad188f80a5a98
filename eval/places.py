"""Province accuracy of didban.places.resolve on the Fars News provincial-desk articles.

The desk is the label: an article published by a provincial desk (``cat`` is a province
slug such as ``kerman`` or ``razavi``, or ``cat == 'province'`` with ``subcat`` naming the
desk) belongs to that province. The system sees only the title and text. Articles of the
general ``province`` section without a named desk are not scored (no label).

    python eval/places.py            # prints accuracy, coverage and the confusions
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from didban.datasets import DataUnavailable, fars_news
from didban.places.gazetteer import provinces

_DESK_ALIASES = {
    "razavi": "khorasan-razavi", "khorasan": "khorasan-razavi", "shomali": "khorasan-shomali",
    "jonubi": "khorasan-jonubi", "sistan": "sistan-baluchestan", "kohgiluyeh": "kohgiluyeh-boyerahmad",
    "chaharmahal": "chaharmahal-bakhtiari", "azarbaijan-east": "azarbaijan-sharghi",
    "azarbaijan-west": "azarbaijan-gharbi", "kurdistan": "kordestan", "esfahan": "isfahan",
}


def desk_label(cat: str | None, subcat: str | None) -> str | None:
    ids = {str(p["id"]) for p in provinces()}
    for slug in ((subcat or "") if cat == "province" else (cat or ""),):
        slug = slug.strip().lower()
        if slug in ids:
            return slug
        if slug in _DESK_ALIASES:
            return _DESK_ALIASES[slug]
    return None


def main() -> int:
    from didban.entities import extract_mentions
    from didban.places import resolve

    try:
        arts = list(fars_news())
    except DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    from didban.places.resolve import _DATELINE

    gold, pred, pred_nodl = [], [], []
    confusions: Counter[tuple[str, str | None]] = Counter()
    t0 = time.perf_counter()
    for a in arts:
        lab = desk_label((a.labels or {}).get("cat"), (a.labels or {}).get("subcat"))
        if lab is None:
            continue
        text = f"{a.title}\n{a.text}"
        _, main_place = resolve(text, extract_mentions(text, link=False))
        gold.append(lab)
        pred.append(main_place)
        # ablation: the same article with its dateline place («به گزارش ... از کرمان») cut out
        cut = _DATELINE.sub("به گزارش", text, count=1)
        pred_nodl.append(resolve(cut, extract_mentions(cut, link=False))[1])
        if main_place != lab:
            confusions[(lab, main_place)] += 1
    secs = time.perf_counter() - t0
    n = len(gold)
    if not n:
        print("no provincial-desk articles found")
        return 0
    correct = sum(g == p for g, p in zip(gold, pred, strict=True))
    with_any = sum(p is not None for p in pred)
    print(f"Fars News provincial desks: {n} articles, {len(set(gold))} provinces ({secs:.1f}s)")
    print(f"province accuracy: {correct / n:.3f} ({correct}/{n}); a main place given for {with_any}/{n}")
    c2 = sum(g == p for g, p in zip(gold, pred_nodl, strict=True))
    print(f"ablation, dateline place removed: {c2 / n:.3f} ({c2}/{n})")
    print("errors (gold -> predicted):")
    for (g, p), c in confusions.most_common():
        print(f"  {g:24s} -> {p}: {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
