"""Accuracy of the provenance and quote extractors on hand-annotated real articles.

Gold: eval/gold/provenance_<split>.jsonl, one line per article: dataset key (didban.datasets RawArticle.key),
outlet, unit, cited (ordered chain), origin, quotes [{start, speaker}] (start = offset of the statement
in the article text). No article text is stored; the articles are read from the shared research data.

    python eval/provenance.py              # every split

Splits. Development data (the rules were written or fixed on them; their errors have been studied):
``dev`` (40), ``dev_b`` (32), ``dev_c`` (32), ``heldout`` (32), ``heldout_b`` (28), ``heldout_c``..``heldout_p``
(60 each), ``long_a``, ``long_b`` and ``long_c`` (40 long articles each) - all but ``dev`` were held out when first scored (first-run figures in
BENCHMARKS.md) and have been used to fix rules since, so they are dev now. ``heldout_c``..``_p`` are seeded samples
(36 Fars News + 24 FarExStance dev articles in no gold file drawn before them, 200..3000 characters, ``sample_new(split)``,
seeds in ``SAMPLES``; heldout_n 30 + 30, heldout_o and heldout_p 60 FarExStance), annotated by reading the articles
before the system was run on them. ``long_a`` (``sample_long("long_a")``, seed 20261201: 20 Fars News + 20
FarExStance dev articles of 3,001..6,000 characters) became dev in round q, ``long_b`` (seed 20261202, the same rule)
in round r, ``long_c`` (seed 20261203: 18 Fars News + 22 FarExStance) in round s (its gold made to follow the
«X به نقل از Y» convention below: three speakers X -> Y, see BENCHMARKS.md).
    python eval/provenance.py --split heldout_p --errors

``long_d`` (``sample_long("long_d")``, seed 20261204: 40 FarExStance dev articles of 3,001..6,000 characters in no
other gold file; no long Fars News article is left) was annotated by reading the articles, scored once with the rules
frozen at 91a24f4 (first-run figures in BENCHMARKS.md) and became dev in round t.

``heldout_q`` (``sample_new("heldout_q")``, seed 20261143: the last 30 FarExStance dev articles of
200..3000 characters in no other gold file, ``_SIZES``) and ``long_e`` (``sample_long("long_e")``, seed 20261205: 40
FarExStance dev articles of 3,001..6,000 characters) were drawn before round t began (its helper never saw
them), annotated by reading before any run (gold dab55be), scored with the round s code (91a24f4) without looking at
the errors, then once with the rules frozen at 3746396 after round t (both runs in BENCHMARKS.md), and became dev in
round u (two long_e quote starts moved to the statement's first word then, see BENCHMARKS.md).

Held out: ``long_f`` (``sample_long("long_f")``, seed 20261206: the last 35 FarExStance dev articles of 3,001..6,000
characters in no other gold file, ``_SIZES``), drawn before round u began (its helper never saw it), annotated by
reading before any run (gold cd263af), scored with the round t code (3746396) without looking at the errors, then once
with the rules frozen at 5089459 after round u. No unused Fars News or FarExStance dev article of 200..6,000
characters is left for another fresh set. Its errors were read in stop 16, so it is dev now.

``long_g`` (``sample_very_long("long_g")``, seed 20261207: 10 Fars News + 30 FarExStance dev articles of
6,001..12,000 characters, 717 quotes) was drawn and annotated by reading (five helpers, before any run) in stop 17,
then scored once with the stop-16 code (d648ee8) and once with the rules frozen at bf60267 (both: origin 75.0%,
cited 85.0%, quote recall 90.0%, speaker 63.1%), and became dev then (its errors were read: 1623ea4).
    python eval/provenance.py --split long_g

Held out: ``long_h`` (``sample_very_long("long_h")``, seed 20261208: 10 Fars News + 30 FarExStance dev articles of
6,001..12,000 characters drawn; the 4 near-copies of long_g articles among them dropped before annotation (the rule
is part of ``sample_very_long`` now), 36 left, 608 quotes), drawn with the rules frozen at bf0d707 and annotated by reading (four helpers) before any run; scored with the
stop-16 code (d648ee8), the frozen rules (bf0d707), the stop's provenance rules (dccbc3c) and the final stop-17 code
(1d54448), errors not looked at - except two lines (farexstance:11017, 2039) printed once by mistake; a later rule fixes
11017, so the held-out figures of the final code leave it out (BENCHMARKS.md).
    python eval/provenance.py --split long_h

``long_k`` (``sample_longest("long_k")``, seed 20261211: every visible article of 16,001..24,000 characters, 2 Fars
News + 12 FarExStance, 457 quotes; stop 18) is a development set from the start: annotated by reading (seven helpers)
before any run, then scored with the code of that moment (814c608: outlet 78.6%, origin 50.0%, cited 71.4%, recall 88.4%, speaker 60.9%) and its errors read, so that the errors of the
longest articles can be studied without touching the held-out sets.
    python eval/provenance.py --split long_k

Held out: ``long_i`` (``sample_very_long("long_i")``, seed 20261209: the last 28 FarExStance dev articles of
6,001..12,000 characters; the 6 near-copies of long_g/long_h articles among them dropped, 22 left, 300 quotes) and
``long_j`` (``sample_longest("long_j")``, seed 20261210: 2 Fars News + 10 FarExStance dev articles of 12,001..16,000
characters, 347 quotes), drawn with the rules frozen at 7f3c9e8 (stop 18) and annotated by reading (eight helpers)
before any run; errors not looked at.
    python eval/provenance.py --split long_i

Held out: ``long_l`` (``sample_longest("long_l")``, seed 20261212: the last 14 FarExStance dev articles of
12,001..16,000 characters, one a verbatim copy of another of the draw dropped, 13 left, 356 quotes; stop 19), drawn
before any rule change of its stop (0872d0e) and annotated by reading (five helpers) before any run; scored with the
stop-18 code and with the final stop-19 code only, errors not looked at.
    python eval/provenance.py --split long_l

Gold conventions (one rule for every file): a quote is a statement introduced by a speech verb with a speaker
(«گفت», «خبر داد», «حاکی است», «توصیه کرد», «ابراز امیدواری کرد», bare perfects «گفته»/«نوشته») or by an
attribution phrase naming its source («به گفته X،», «به نوشته X،», «بنا بر اظهارات X،», «بنا بر این بیانیه،»);
impersonal or passive forms with no speaker («آمده است», «گفته می‌شود», «عنوان شده بود», «اعلام شده است») and
the article's own report («این گزارش حاکی است») are not quotes; «به گفته X» opening a statement counts with or
without its comma (the start is the first word after the source's name; nine such quotes in earlier files; not
inside a relative clause «... که به گفته او ... است»); a statement reported inside a quote («X گفت: Y اعلام کرده
است که ...») is a quote of Y, as any other; «به نوشته X،» opening the article is its lead
(provenance), like «به گزارش X،». A report source named in the opening sentences («طبق گزارش X،», «روزنامه X
نوشت ...») is the cited origin; an interview a person gave to another outlet («در مصاحبه با شبکه X گفت», «به
«نسیم» گفت») is not (the publisher reports the statement; four dev files agree, heldout_i was made consistent).
Round p's calls (checked against the earlier files): a warning or a promise with its content («هشدار داد که»,
«اخطار کرد که», «قول داد که», «وعده داده بود که») is a quote, a threat («تهدید کرد که») is not (an act: dev and
heldout_k agree; heldout_d, heldout_l and heldout_o were made consistent); an attribution phrase counts only with a
speech or document noun («به گفته/نوشته X», «بنا بر اظهارات/اعلام X», «بنا بر این بیانیه») or «به نقل از X،»:
«بنا بر منابع X،», «بر اساس گمانه‌زنی‌های X،» are no quotes; a bare «به گزارش رسانه‌ها،» is a cited source
«رسانه‌ها» (as heldout_c and «رسانه‌های ایران» in heldout_h/_i). Round q's calls: «بر اساس/طبق (این) گزارش X،», «طبق اخبار X،» and a
mid-article «به گزارش X،» are no quotes (no speech noun; heldout_p was made consistent); a speaker is named as the
text names him where a report quotes him by title («رهبری ایران» in a foreign outlet's report), and a title is
resolved to the person the article names for it («سخنگوی دولت» -> «علی ربیعی»).

Matching: outlet/origin/cited compare didban.text.canonical_source keys (folded, outlet-type words such as
«خبرگزاری» dropped, aliases merged); cited is exact when the whole ordered chain matches. A gold quote is
found when an extracted quote starts within 3 characters of it; its speaker is correct when the folded
names are equal or one contains the other (e.g. «امیرخلبان عزیز نصیرزاده» for «عزیز نصیرزاده»). The column «exact» is the stricter
reading (stop 30): the whole name as the gold writes it, folded, spaces and ZWNJ ignored («ظریف» is right for
«محمد جواد ظریف» but not exact).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from didban import datasets
from didban.records import Article
from didban.text import analyze, canonical_source, fold

GOLD = Path(__file__).parent / "gold"
DEV = ("dev", "dev_b", "dev_c", "heldout", "heldout_b", "heldout_c", "heldout_d", "heldout_e", "heldout_f",
       "heldout_g", "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m", "heldout_n",
       "heldout_o", "heldout_p", "heldout_q", "long_a", "long_b", "long_c", "long_d", "long_e", "long_f",
       "long_g", "long_k")  # dev now (long_k: a development set from the start)
HELDOUT: tuple[str, ...] = ()  # (heldout_p became dev in round q, heldout_q in round u)


def _articles(keys: set[str]) -> dict[str, datasets.RawArticle]:
    out: dict[str, datasets.RawArticle] = {}
    if any(k.startswith("farsnews:") for k in keys):
        out.update({a.key: a for a in datasets.fars_news() if a.key in keys})
    if any(k.startswith("farexstance:") for k in keys):
        out.update({a.key: a for a in datasets.farexstance_articles(("dev",)) if a.key in keys})
    if any(k.startswith("rss:") for k in keys):
        out.update({a.key: a for a in datasets.rss_items() if a.key in keys})
    return out


SAMPLES = {"heldout_c": 20261129, "heldout_d": 20261130, "heldout_e": 20261131, "heldout_f": 20261132, "heldout_g": 20261133,
           "heldout_h": 20261134, "heldout_i": 20261135, "heldout_j": 20261136,
           "heldout_k": 20261137, "heldout_l": 20261138, "heldout_m": 20261139,
           "heldout_n": 20261140, "heldout_o": 20261141, "heldout_p": 20261142,
           "heldout_q": 20261143}  # split -> seed of its sample


def _gold_keys(split: str) -> set[str]:
    path = GOLD / f"provenance_{split}.jsonl"
    if not path.exists():
        return set()
    return {json.loads(line)["key"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _draw(split: str, seeds: dict[str, int], lo: int, hi: int, n_fars: int, n_farexstance: int) -> list[str]:
    """Fars News and FarExStance dev articles with ``lo``..``hi`` characters of text that are in no gold file
    of the splits drawn before ``split`` (the hand-picked sets and the earlier splits of ``seeds``, in seed
    order, so a split is drawn again exactly as it was whatever came after it), a ``random.Random(seed)``
    sample of each, keys sorted. When fewer Fars News articles are left than ``n_fars``, all of them are taken
    and FarExStance makes up the difference."""
    import random

    order = list(seeds)
    used = set().union(*(_gold_keys(s) for s in _PICKED))
    for s in order[:order.index(split)]:  # an earlier split not annotated yet excludes its own draw
        used |= _gold_keys(s) or set(_draw(s, seeds, lo, hi, *_SIZES.get(s, (n_fars, n_farexstance))))
    fars = sorted(a.key for a in datasets.fars_news() if a.key not in used and lo <= len(a.text) <= hi)
    fx = sorted(a.key for a in datasets.farexstance_articles(("dev",)) if a.key not in used and lo <= len(a.text) <= hi)
    rng = random.Random(seeds[split])
    take = min(n_fars, len(fars))
    return sorted(rng.sample(fars, take) + rng.sample(fx, n_farexstance + n_fars - take))


_PICKED = ("dev", "dev_b", "dev_c", "heldout", "heldout_b")  # chosen by hand before the seeded samples
_SIZES = {"heldout_q": (0, 30), "long_f": (0, 35), "long_i": (0, 28), "long_k": (2, 12), "long_l": (0, 14)}  # split -> (Fars News, FarExStance) where the default sizes are not used


def sample_new(split: str, n_fars: int = 36, n_farexstance: int = 24) -> list[str]:
    """The fixed rule that picks a new gold set (``_draw``): 200..3000 characters of text (long bodies cannot
    be read in full by hand), seed ``SAMPLES[split]``. From heldout_n on, fewer Fars News articles than
    ``n_fars`` were left (heldout_n: 30 + 30; heldout_o, heldout_p: all FarExStance; heldout_q: the last 30
    FarExStance articles of this length, ``_SIZES``)."""
    n_fars, n_farexstance = _SIZES.get(split, (n_fars, n_farexstance))
    return _draw(split, SAMPLES, 200, 3000, n_fars, n_farexstance)


LONG_SAMPLES = {"long_a": 20261201, "long_b": 20261202, "long_c": 20261203, "long_d": 20261204,
                "long_e": 20261205, "long_f": 20261206}  # split -> seed: held-out sets of long articles (sample_long)
# Quotes only (stop 30): RSS items of Hamshahri and Radio Farda, a source no rule was written from before. Their gold
# has speakers, not provenance (a summary has no lead), so outlet, origin and cited are not scored for them. Drawn
# by ``_rss_draw``: 100 items whose text has a speech verb, 70 Hamshahri and 30 Radio Farda, seed 20261230; the
# first half is a development set (rss_a, its errors read), the second held out (rss_b, scored once at the end).
# rss_c (stop 32): 100 more (seed 20261231), annotated by two helpers from the texts alone, scored once with the
# stop-31 code (93 of 96 found, 76 speakers right), then its errors read: a development set. The annotators wrote the
# person a headline names for a bare title of the text («خلیلیان: ...» over «سرپرست فدراسیون ... گفت»); rss_a
# follows that convention since (one item), rss_b, held out, still writes the title. rss_d (stop 32): 100 more (seed
# 20261232, none of the three before), annotated the same way after the stop's last rule, scored once with it: held
# out.
RSS_DEV: tuple[str, ...] = ("rss_a", "rss_c")
RSS_HELDOUT: tuple[str, ...] = ("rss_b", "rss_d")
_RSS_SPEECH = re.compile(r"گفت|افزود|اعلام کرد|اعلام کرده|تاکید کرد|تأکید کرد|اظهار داشت|تصریح کرد|می\u200cگوید|"
                         r"می گوید|خبر داد|هشدار داد|عنوان کرد|بیان کرد|مدعی شد|نوشت|اعلام شد")


def _rss_draw(split: str) -> list[str]:
    """The keys of an RSS quote set: distinct item texts with a speech verb, a ``random.Random(20261230)`` sample of
    70 Hamshahri and 30 Radio Farda keys (sorted before sampling); rss_a is the first 35 + 15, rss_b the rest; rss_c
    is a ``random.Random(20261231)`` sample of 70 + 30 from the items neither of them drew, rss_d a
    ``random.Random(20261232)`` one from the items none of the three drew."""
    import random

    seen: set[str] = set()
    ham: list[str] = []
    far: list[str] = []
    for a in datasets.rss_items():
        if _RSS_SPEECH.search(a.text) and a.text not in seen:
            seen.add(a.text)
            (ham if "hamshahri" in a.key else far).append(a.key)
    rng = random.Random(20261230)
    h, f = rng.sample(sorted(ham), 70), rng.sample(sorted(far), 30)
    if split in ("rss_c", "rss_d"):  # (stop 32) 100 more from the items no earlier set drew, seeds 20261231, 20261232
        used = set(h) | set(f)
        rng = random.Random(20261231)
        h2 = rng.sample(sorted(k for k in ham if k not in used), 70)
        f2 = rng.sample(sorted(k for k in far if k not in used), 30)
        if split == "rss_c":
            return sorted(h2 + f2)
        used |= set(h2) | set(f2)
        rng = random.Random(20261232)
        return sorted(rng.sample(sorted(k for k in ham if k not in used), 70)
                      + rng.sample(sorted(k for k in far if k not in used), 30))
    return sorted(h[:35] + f[:15]) if split == "rss_a" else sorted(h[35:] + f[15:])


HELDOUT_LONG: tuple[str, ...] = ("long_h", "long_i", "long_j", "long_l")  # long_a became dev in round q, long_b in round r, long_c in round s, long_d in
# round t, long_e in round u, long_f in stop 16, long_g in stop 17


def sample_long(split: str, n_fars: int = 20, n_farexstance: int = 20) -> list[str]:
    """The fixed rule for a held-out set of *long* articles, which ``sample_new`` leaves out (``_draw``):
    3001..6000 characters of text, seed ``LONG_SAMPLES[split]``. Fars News ran short at long_c (18 left); long_f takes
    the last 35 FarExStance articles of this length (``_SIZES``)."""
    n_fars, n_farexstance = _SIZES.get(split, (n_fars, n_farexstance))
    return _draw(split, LONG_SAMPLES, 3001, 6000, n_fars, n_farexstance)


VERY_LONG_SAMPLES = {"long_g": 20261207, "long_h": 20261208, "long_i": 20261209}  # split -> seed: held-out sets of 6,001..12,000 characters
# (sample_very_long)


def sample_very_long(split: str, n_fars: int = 10, n_farexstance: int = 30) -> list[str]:
    """The fixed rule for a held-out set of *very long* articles, 6,001..12,000 characters of text (every visible
    article of 200..6,000 characters is in a gold file by now), seed ``VERY_LONG_SAMPLES[split]`` (``_draw``), without
    the near-copies of an article of a gold file that existed when it was drawn (:func:`near_copies`; every gold file
    but this split's and the later very-long ones'). ``long_g`` drew 10 Fars News + 30 FarExStance articles, none a
    near-copy; ``long_h`` drew 40, of which 4 are near-copies of long_g articles (Jaccard 0.96-0.98), 36 left;
    ``long_i`` drew the last 28 FarExStance articles of this length (``_SIZES``; no Fars News article was left)."""
    n_fars, n_farexstance = _SIZES.get(split, (n_fars, n_farexstance))
    drawn = _draw(split, VERY_LONG_SAMPLES, 6001, 12000, n_fars, n_farexstance)
    later = list(VERY_LONG_SAMPLES)[list(VERY_LONG_SAMPLES).index(split):]
    before = set().union(*(_gold_keys(p.stem[len("provenance_"):]) for p in GOLD.glob("provenance_*.jsonl")
                           if p.stem[len("provenance_"):] not in later))
    copies = near_copies(drawn, before)
    return [k for k in drawn if k not in copies]


LONGEST_SAMPLES = {"long_j": 20261210, "long_k": 20261211, "long_l": 20261212}  # split -> seed: sets of the longest articles (sample_longest)
_LONGEST_RANGES = {"long_j": (12001, 16000), "long_k": (16001, 24000), "long_l": (12001, 16000)}


def sample_longest(split: str, n_fars: int = 2, n_farexstance: int = 10) -> list[str]:
    """The fixed rule for a held-out set of the *longest* articles read by hand, 12,001..16,000 characters (no
    article of that length is in an earlier gold file), seed ``LONGEST_SAMPLES[split]`` (``_draw``), without the
    near-copies of an article of any gold file but this split's (:func:`near_copies`). ``long_j`` drew 2 Fars News
    + 10 FarExStance articles; ``long_k`` (a development set from the start, for reading the errors of the longest
    articles) every one of 16,001..24,000 characters: 2 Fars News + 12 FarExStance; ``long_l`` (stop 19) the last 14
    FarExStance articles of 12,001..16,000 characters (no Fars News article of that length was left), 13 after
    dropping one verbatim copy of another article of the draw."""
    n_fars, n_farexstance = _SIZES.get(split, (n_fars, n_farexstance))
    drawn = _draw(split, LONGEST_SAMPLES, *_LONGEST_RANGES[split], n_fars, n_farexstance)
    before = set().union(*(_gold_keys(p.stem[len("provenance_"):]) for p in GOLD.glob("provenance_*.jsonl")
                           if p.stem[len("provenance_"):] != split))
    copies = near_copies(drawn, before)
    out: list[str] = []
    for k in drawn:  # and without a near-copy of a key kept before it in the same draw (long_l: 10252 = 10251)
        if k not in copies and not (out and near_copies([k], set(out))):
            out.append(k)
    return out


def _shingles(text: str) -> set[str]:
    w = fold(text).split()
    return {" ".join(w[i:i + 5]) for i in range(max(1, len(w) - 4))}


def near_copies(keys: list[str], against: set[str]) -> set[str]:
    """The keys whose article is a near-copy of an article of ``against``: word 5-gram Jaccard >= 0.5, or >= 0.8 of
    its 5-grams in the other, on the folded text (copies in a held-out set would score rules on text they were
    written on)."""
    arts = _articles(set(keys) | against)
    # either test needs the other article to have at least half as many 5-grams: shorter ones are not read
    # (a slack of 0.4 on raw word counts, as folding can split a word at a ZWNJ)
    least = 0.4 * min(len(arts[k].text.split()) for k in keys)
    others = [_shingles(arts[k].text) for k in against if k in arts and len(arts[k].text.split()) >= least]
    out = set()
    for k in keys:
        s = _shingles(arts[k].text)
        if any(len(s & o) >= 0.5 * len(s | o) or len(s & o) >= 0.8 * len(s) for o in others):
            out.add(k)
    return out


def speaker_ok(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return pred == gold
    p, g = fold(pred).replace(" ", ""), fold(gold).replace(" ", "")
    return p == g or (min(len(p), len(g)) >= 3 and (p in g or g in p))


def speaker_exact(pred: str | None, gold: str | None) -> bool:
    """The stricter reading: the whole name as the gold writes it (folded; spaces and ZWNJ ignored). «ظریف» for the
    gold «محمد جواد ظریف» is right for :func:`speaker_ok` (one contains the other) but not exact."""
    if not pred or not gold:
        return pred == gold
    return fold(pred).replace(" ", "") == fold(gold).replace(" ", "")  # (fold makes a ZWNJ a space)


def evaluate(split: str, show_errors: bool = False) -> dict[str, Any]:
    path = GOLD / f"provenance_{split}.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = _articles({g["key"] for g in gold})
    n = outlet_ok = origin_ok = cited_ok = unit_ok = 0
    q_gold = q_found = q_spk = q_exact = q_pred = 0
    for g in gold:
        raw = arts.get(g["key"])
        if raw is None:
            print(f"  missing article {g['key']}", file=sys.stderr)
            continue
        n += 1
        art = analyze(Article(title=raw.title, text=raw.text, url=raw.url))
        p = art.provenance
        assert p is not None and art.quotes is not None
        o = canonical_source(p.outlet) == canonical_source(g["outlet"])
        r = canonical_source(p.origin) == canonical_source(g["origin"])
        c = [canonical_source(x) for x in p.cited] == [canonical_source(x) for x in g["cited"]]
        u = fold(p.unit or "") == fold(g.get("unit") or "")
        outlet_ok += o
        origin_ok += r
        cited_ok += c
        unit_ok += u
        if show_errors and not (o and r and c) and not g["key"].startswith("rss:"):  # (no provenance gold for RSS)
            print(f"  PROV {g['key']}: gold outlet={g['outlet']} cited={g['cited']} origin={g['origin']}"
                  f" | got outlet={p.outlet} cited={p.cited} origin={p.origin}")
        q_pred += len(art.quotes)
        for gq in g["quotes"]:
            q_gold += 1
            match = next((q for q in art.quotes if abs(q.start - gq["start"]) <= 3), None)
            if match is None:
                if show_errors:
                    ctx = raw.text[max(0, gq["start"] - 50):gq["start"]].replace("\n", " ")
                    print(f"  MISS {g['key']}@{gq['start']} ({gq['speaker']}): …{ctx}")
                continue
            q_found += 1
            q_exact += speaker_exact(match.speaker, gq["speaker"])
            if speaker_ok(match.speaker, gq["speaker"]):
                q_spk += 1
            elif show_errors:
                print(f"  SPK  {g['key']}@{gq['start']}: gold={gq['speaker']} got={match.speaker} cue={match.cue}")
    res = {
        "articles": n, "outlet": outlet_ok / max(1, n), "origin": origin_ok / max(1, n),
        "cited_chain": cited_ok / max(1, n), "unit": unit_ok / max(1, n), "quotes_gold": q_gold,
        "quote_recall": q_found / max(1, q_gold), "speaker_correct": q_spk / max(1, q_found),
        "speaker_exact": q_exact / max(1, q_found),
        "quotes_extracted": q_pred, "quote_precision_upper": min(1.0, q_found / max(1, q_pred)),
        "counts": {"articles": n, "outlet": outlet_ok, "origin": origin_ok, "cited_chain": cited_ok,
                   "quotes_gold": q_gold, "found": q_found, "speaker": q_spk, "exact": q_exact},
    }
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=[*DEV, *HELDOUT, *HELDOUT_LONG, *RSS_DEV, *RSS_HELDOUT, "all", "dev"],
                    default="all",
                    help="one split, every split (all), or the development splits only with their pooled line (dev)")
    ap.add_argument("--errors", action="store_true", help="print every mismatch")
    args = ap.parse_args()
    try:
        datasets.raw_dir()
    except datasets.DataUnavailable as e:
        print(f"skipped: {e}")
        return 0
    splits = [*DEV, *HELDOUT, *HELDOUT_LONG, *RSS_DEV, *RSS_HELDOUT] if args.split == "all" else list(DEV) if args.split == "dev" \
        else [args.split]
    pooled: dict[str, int] = {}
    targets = {"origin": 0.95, "cited_chain": 0.90, "quote_recall": 0.90, "speaker_correct": 0.90}
    print(f"{'split':<10} {'role':<9} {'n':>3} {'outlet':>7} {'origin':>7} {'cited':>7} {'unit':>6} {'quotes':>6} "
          f"{'recall':>7} {'speaker':>8} {'exact':>6} {'extracted':>9}")
    for s in splits:
        if not (GOLD / f"provenance_{s}.jsonl").exists():
            print(f"{s:<10} (no gold file)")
            continue
        r = evaluate(s, args.errors)
        role = "HELD-OUT" if s in HELDOUT or s in HELDOUT_LONG or s in RSS_HELDOUT else "dev"
        if s in RSS_DEV or s in RSS_HELDOUT:  # quotes only: no provenance gold
            print(f"{s:<10} {role:<9} {r['articles']:>3} {'-':>7} {'-':>7} {'-':>7} {'-':>6} {r['quotes_gold']:>6} "
                  f"{r['quote_recall']:>7.1%} {r['speaker_correct']:>8.1%} {r['speaker_exact']:>6.1%} "
                  f"{r['quotes_extracted']:>9}")
            c = r["counts"]
            print(f"{'':<20} quotes only: {c['found']} of {c['quotes_gold']} found, {c['speaker']} speakers right, "
                  f"{c['exact']} exactly as the gold writes them")
            continue
        print(f"{s:<10} {role:<9} {r['articles']:>3} {r['outlet']:>7.1%} {r['origin']:>7.1%} {r['cited_chain']:>7.1%} "
              f"{r['unit']:>6.1%} {r['quotes_gold']:>6} {r['quote_recall']:>7.1%} {r['speaker_correct']:>8.1%} "
              f"{r['speaker_exact']:>6.1%} {r['quotes_extracted']:>9}")
        missed = [k for k, v in targets.items() if r[k] < v]
        print(f"{'':<20} targets: origin>=95% cited>=90% recall>=90% speaker>=90% -> "
              + ("all met" if not missed else "below: " + ", ".join(missed)))
        for k, v in r["counts"].items():
            pooled[k] = pooled.get(k, 0) + v
    if args.split == "dev":  # (counts: articles and quotes right, pooled over the development splits)
        n, g, f, spk = pooled["articles"], pooled["quotes_gold"], pooled["found"], pooled["speaker"]
        print(f"dev pooled: {n} articles, outlet {pooled['outlet']}, origin {pooled['origin']}, "
              f"cited {pooled['cited_chain']}; {g} gold quotes, {f} found, {spk} speakers right "
              f"({f / max(1, g):.1%} / {spk / max(1, f):.1%}); {pooled['exact']} exactly as the gold writes them "
              f"({pooled['exact'] / max(1, f):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
