"""Accuracy of didban.events.code_events on hand-annotated real articles.

Gold: eval/gold/events.jsonl, 64 articles (Fars News sample: world/politics/province/social/sports
items of 150-1,300 characters; FarExStance b2c dev bodies), picked with a fixed seed (42 of them
containing an event-looking word, 22 not) and annotated by hand BEFORE the coder was written.
Each line holds the article key, the split, the set of PLOVER categories of the acts and
statements the article reports (sports and purely administrative news: none), the dead and
injured figures stated for a violent event, and a short label (never article text).
The split is fixed by a hash of the key: ``dev`` (30 articles, used while tuning the lexicons)
and ``heldout`` (34 articles, never looked at article by article while tuning; its scores were
printed along with dev's). ``heldout2``: 30 more articles (different seed, 150-1,100 chars)
annotated after the first tuning round and scored once (first run: micro P 0.529, R 0.643, F1 0.581;
casualty figures 0/3), then its errors were used for a second round of generic fixes, so its
later figures are no longer held out. ``heldout3``: 27 more (another seed; three copies of heldout2
stories left out) annotated after the category fixes and scored once (first run: micro P 0.773,
R 0.654, F1 0.708; casualty figures 1/5), the cleanest category figure; its casualty misses (a running
total merged into an event, a toll only in the headline, one person killed with no numeral) were then
fixed, so its later casualty figures are not held out.

Scores are article-level: the set of categories coded per article (micro precision/recall/F1
over (article, category) pairs, and per category), plus magnitude: the largest dead and
injured figure over the article's ASSAULT events, exact match against the gold figures.

    python eval/events.py              # both splits, held-out marked
    python eval/events.py --errors     # per-article differences, dev split only
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from didban.datasets import DataUnavailable, farexstance_articles, fars_news, rss_items
from didban.events.lexicon import PLOVER_CATEGORIES

GOLD = Path(__file__).parent / "gold" / "events.jsonl"
# casualty figures: 39 more articles with a casualty word (Fars, FarExStance dev, RSS summaries), picked with a
# fixed seed and annotated by hand: the largest dead / injured figure stated for a violent event (attack, clash,
# repression); covid tolls, accidents, history and "dozens" are no figure. Same key-hash split.
GOLD_MAGNITUDE = Path(__file__).parent / "gold" / "events_magnitude.jsonl"


def load_articles(keys: set[str]):  # type: ignore[no-untyped-def]
    from didban.records import Article

    out = {}
    for raw in [*fars_news(), *farexstance_articles(("dev",)), *rss_items()]:
        if raw.key in keys:
            cat = (raw.labels or {}).get("cat")
            out[raw.key] = Article(title=raw.title, text=raw.text, url=raw.url, id=raw.key,
                                   meta={"cat": cat} if cat else {})
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[dict], system: dict[str, tuple[set[str], int | None, int | None]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    mag_all = mag_n = mag_stated = mag_stated_ok = 0
    for g in rows:
        cats, dead, injured = system[g["key"]]
        gold = set(g["categories"])
        for c in cats & gold:
            tp[c] += 1
        for c in cats - gold:
            fp[c] += 1
        for c in gold - cats:
            fn[c] += 1
        mag_n += 1
        ok = (dead, injured) == (g["dead"], g["injured"])
        mag_all += ok
        if g["dead"] is not None or g["injured"] is not None or dead is not None or injured is not None:
            mag_stated += 1
            mag_stated_ok += ok
    return {"tp": tp, "fp": fp, "fn": fn, "mag": (mag_all, mag_n), "mag_stated": (mag_stated_ok, mag_stated)}


def main(argv: list[str]) -> int:
    from didban.pipeline import Pipeline

    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    mgold = [json.loads(line) for line in GOLD_MAGNITUDE.read_text(encoding="utf-8").splitlines() if line.strip()]
    try:
        articles = load_articles({g["key"] for g in gold} | {g["key"] for g in mgold})
    except DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    missing = [g["key"] for g in gold if g["key"] not in articles]
    gold = [g for g in gold if g["key"] in articles]
    mgold = [g for g in mgold if g["key"] in articles]
    pipeline = Pipeline(["text", "entities", "places", "events"])
    system: dict[str, tuple[set[str], int | None, int | None]] = {}
    t0 = time.perf_counter()
    for g in [*gold, *mgold]:
        if g["key"] in system:
            continue
        a = pipeline(articles[g["key"]])
        evs = a.events or []
        assault = [e for e in evs if e.category == "ASSAULT"]
        dead = max((e.dead for e in assault if e.dead is not None), default=None)
        injured = max((e.injured for e in assault if e.injured is not None), default=None)
        system[g["key"]] = ({e.category for e in evs}, dead, injured)
    secs = time.perf_counter() - t0
    print(f"events eval: {len(gold)} gold articles ({len(missing)} missing), pipeline text+entities+places+events "
          f"{secs:.1f}s")
    for split, note in (("dev", "dev (used for tuning)"), ("heldout", "HELD-OUT (not used for tuning)"),
                        ("heldout2", "heldout2 (first run, before any fix: P=0.529 R=0.643 F1=0.581, magnitude 0/3; "
                                     "then used for fixes)"),
                        ("heldout3", "heldout3 (first run, annotated after the category fixes: P=0.773 R=0.654 "
                                     "F1=0.708, magnitude 1/5; then used for casualty-figure fixes)")):
        rows = [g for g in gold if g["split"] == split]
        s = score(rows, system)
        tp, fp, fn = sum(s["tp"].values()), sum(s["fp"].values()), sum(s["fn"].values())
        p, r, f = prf(tp, fp, fn)
        print(f"\n== {note}: {len(rows)} articles, {tp + fn} gold (article, category) pairs")
        print(f"micro P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")
        print(f"{'category':<10} {'gold':>4} {'sys':>4} {'P':>6} {'R':>6} {'F1':>6}")
        for c in PLOVER_CATEGORIES:
            ctp, cfp, cfn = s["tp"][c], s["fp"][c], s["fn"][c]
            if ctp + cfp + cfn == 0:
                continue
            cp, cr, cf = prf(ctp, cfp, cfn)
            print(f"{c:<10} {ctp + cfn:>4} {ctp + cfp:>4} {cp:>6.2f} {cr:>6.2f} {cf:>6.2f}")
        ok, n = s["mag"]
        sok, sn = s["mag_stated"]
        print(f"magnitude (dead, injured) exact match: {ok}/{n} articles; {sok}/{sn} where gold or system "
              f"states a figure")
        empty_ok = sum(1 for g in rows if not g["categories"] and not system[g["key"]][0])
        empty_n = sum(1 for g in rows if not g["categories"])
        print(f"articles with no gold event coded empty: {empty_ok}/{empty_n}")
        mrows = [g for g in mgold if g["split"] == split]
        stated = [g for g in mrows if g["dead"] is not None or g["injured"] is not None]
        exact = sum((system[g["key"]][1], system[g["key"]][2]) == (g["dead"], g["injured"]) for g in mrows)
        dead_ok = sum(system[g["key"]][1] == g["dead"] for g in stated if g["dead"] is not None)
        n_dead = sum(g["dead"] is not None for g in stated)
        spurious = sum(1 for g in mrows if g["dead"] is None and g["injured"] is None
                       and (system[g["key"]][1] is not None or system[g["key"]][2] is not None))
        print(f"casualty gold ({len(mrows)} articles, {len(stated)} with a figure): (dead, injured) exact "
              f"{exact}/{len(mrows)}; dead exact {dead_ok}/{n_dead}; figure where gold has none "
              f"{spurious}/{len(mrows) - len(stated)}")
    if "--errors" in argv:
        print("\n== dev errors (gold vs system)")
        for g in gold:
            if g["split"] != "dev":
                continue
            cats, dead, injured = system[g["key"]]
            if cats != set(g["categories"]) or (dead, injured) != (g["dead"], g["injured"]):
                print(f"{g['key']:<34} {g['label'][:40]:<40} gold={sorted(g['categories'])} {g['dead']},{g['injured']}"
                      f" sys={sorted(cats)} {dead},{injured}")
        for g in mgold:
            if g["split"] == "dev" and system[g["key"]][1:] != (g["dead"], g["injured"]):
                print(f"{g['key']:<34} {g['label'][:40]:<40} casualties gold={g['dead']},{g['injured']} "
                      f"sys={system[g['key']][1]},{system[g['key']][2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
