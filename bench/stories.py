"""Story clustering throughput and memory on a stream built from real Persian articles.

Usage: python bench/stories.py [SIZES ...] [--per-day N] [--window-days D] [--peer-sample N]
(default sizes: 10000 100000); ``--store N [--batch B]``: incremental assignment over a store instead.

The stream: real articles (Fars News, FarExStance bodies, Hamshahri/Radio Farda RSS) are the
raw material. Each generated article is, with fixed probabilities,
- new (60 %): a report of one of the day's ~300 events: a real article's sentences, shuffled
  and cut, with a quarter of the words replaced (the pool of events moves on every day);
- an edited copy (25 %) of an article from the last ~2 days: new «به گزارش ...» lead, cut
  tail or a few words changed;
- an exact copy (15 %) of a recent article;
dated at ``--per-day`` articles a day (default 5,000), 5 % of them out of order by up to 6 hours.
Each size runs in its own process (clean peak RSS; ``--every N`` prints a checkpoint line
{at, secs, cpu_secs, rss_mb, live, held} on stderr every N articles): ``StoryClusterer.add`` over the stream with
``drain_closed()`` every 1,000 articles, as a pipeline would. Peer in the same run:
datasketch's own bulk MinHash (``MinHash.bulk``, same number of permutations, its default
SHA-1 hashing of the same 3-word shingles) on ``--peer-sample`` articles of the stream:
the bare cost of the signatures alone.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

LEADS = ["ایسنا", "ایرنا", "مهر", "تسنیم", "فارس", "باشگاه خبرنگاران جوان", "خبرآنلاین"]


def real_texts() -> list[tuple[str, list[str]]]:
    from didban.datasets import DataUnavailable, farexstance_articles, fars_news, rss_items

    out: list[tuple[str, list[str]]] = []
    for loader in (fars_news, farexstance_articles, rss_items):
        try:
            for a in loader():
                sents = [s.strip() for s in a.text.replace("\n", ". ").split(".") if len(s.split()) >= 4]
                if sents:
                    out.append((a.title, sents))
        except DataUnavailable as e:
            print(f"note: {e}", file=sys.stderr)
    if not out:
        raise SystemExit("no real articles available (shared research data missing)")
    return out


def stream(n: int, per_day: int, base: list[tuple[str, list[str]]], seed: int = 11) -> Iterator[object]:
    from didban.records import Article

    rng = random.Random(seed)
    vocab = [w for _, s in base[:500] for w in " ".join(s[:3]).split()]
    recent: deque[tuple[str, str]] = deque(maxlen=2 * per_day)
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    for i in range(n):
        when = t0 + timedelta(days=i / per_day)
        if rng.random() < 0.05:
            when -= timedelta(hours=rng.uniform(0, 6))
        r = rng.random()
        if r < 0.6 or not recent:
            # a new report of one of the ~300 events of the day: a real article, sentences shuffled,
            # a quarter of the words replaced (other reports of the same event share vocabulary but
            # not sentences); the pool of events moves on by ~300 a day and recycles later
            pos = int(i / per_day * 300)
            title, sents = base[(pos + rng.randrange(300)) % len(base)]
            sents = rng.sample(sents, min(len(sents), rng.randint(3, 8)))
            words = " . ".join(sents).split()
            for _ in range(len(words) // 4):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            text = " ".join(words)
        else:
            title, text = rng.choice(recent)
            if r < 0.85:
                kind = rng.randrange(3)
                if kind == 0:
                    text = f"به گزارش {rng.choice(LEADS)}، {text}"
                elif kind == 1:
                    w = text.split()
                    text = " ".join(w[: max(30, int(len(w) * 0.7))])
                else:
                    w = text.split()
                    for _ in range(3):
                        w[rng.randrange(len(w))] = rng.choice(vocab)
                    text = " ".join(w)
        recent.append((title, text))
        yield Article(title=title, text=text, id=str(i), published=when, source=f"outlet{rng.randrange(60)}")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_secs() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_one(n: int, per_day: int, window_days: float, peer_sample: int, every: int = 0) -> dict[str, float]:
    from datasketch import MinHash

    from didban.stories import StoryClusterer
    from didban.stories.dedup import words

    arts = stream(n, per_day, real_texts())
    base_rss = rss_mb()  # real articles loaded (the stream is generated lazily)
    c = StoryClusterer(window_days=window_days)
    peer_texts = []
    stories = copies = max_live = max_held = 0
    t0, c0 = time.perf_counter(), cpu_secs()
    for k, a in enumerate(arts):
        _, dup = c.add(a)
        copies += dup is not None
        if len(peer_texts) < peer_sample:
            peer_texts.append(f"{a.title}\n{a.text}")
        if k % 1000 == 999:
            stories += len(c.drain_closed())
            max_live, max_held = max(max_live, c.active_articles), max(max_held, c.held_articles)
        if every and (k + 1) % every == 0:  # checkpoint on stderr: a long run can be read while it goes
            print(json.dumps({"at": k + 1, "secs": round(time.perf_counter() - t0, 1),
                              "cpu_secs": round(cpu_secs() - c0, 1), "rss_mb": round(rss_mb()),
                              "live": c.active_articles, "held": c.held_articles}), file=sys.stderr, flush=True)
    secs, cpu = time.perf_counter() - t0, cpu_secs() - c0
    c.close_all()
    stories += len(c.drain_closed())
    # peer: datasketch bulk MinHash over the same shingles (SHA-1, same num_perm)
    shingles = []
    for t in peer_texts:
        w = words(t)
        shingles.append([" ".join(w[i : i + 3]).encode() for i in range(max(1, len(w) - 2))])
    p0 = time.perf_counter()
    pc0 = cpu_secs()
    MinHash.bulk(shingles, num_perm=c.dedup.num_perm)
    peer_secs, peer_cpu = time.perf_counter() - p0, cpu_secs() - pc0
    return {
        "n": n, "secs": secs, "rate": n / secs, "cpu_rate": n / cpu, "peak_rss_mb": rss_mb(), "base_rss_mb": base_rss,
        "stories": stories, "copies": copies, "max_live": max_live, "max_held": max_held, "peer_rate": len(shingles) / peer_secs, "peer_n": len(shingles),
        "peer_cpu_rate": len(shingles) / max(peer_cpu, 1e-9),
    }


def run_store(n: int, per_day: int, batch: int, window_days: float) -> None:
    """Incremental ``assign_stories`` over a SQLite store: ``n`` stream articles ingested ``batch`` at a
    time, stories assigned after each ingest; ``reuse`` keeps the clusterer between calls (a watch
    loop), ``restore`` reads the window's open stories back from the store every time (a new process
    per ingest). Cost per ingest once the window is full (second half of the ingests)."""
    import tempfile
    from pathlib import Path

    from didban.pipeline import assign_stories
    from didban.store import Store

    base = real_texts()
    print(f"store: {n} articles, {per_day}/day, ingests of {batch}, window {window_days} days, SQLite")
    print(f"{'mode':>8} {'ingests':>8} {'stored':>7} {'stories':>8} {'s/ingest':>9} {'CPU s/ingest':>12} "
          f"{'ms/new article':>14} {'peak RSS MB':>11}")
    for mode in ("reuse", "restore"):
        arts = list(stream(n, per_day, base))
        for i, a in enumerate(arts):
            a.id, a.url = None, f"https://bench.example/{i}"  # the store gives ids; exact copies are its duplicates
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "bench.db")
            costs = []
            for k in range(0, n, batch):
                store.add_articles(arts[k : k + batch])
                t0, c0 = time.perf_counter(), cpu_secs()
                stories = assign_stories(store, window_days=window_days, reuse=mode == "reuse")
                costs.append((time.perf_counter() - t0, cpu_secs() - c0))
            late = costs[len(costs) // 2 :]
            secs = sum(c[0] for c in late) / len(late)
            cpu = sum(c[1] for c in late) / len(late)
            print(f"{mode:>8} {len(costs):>8} {store.count():>7} {stories:>8} {secs:>9.2f} {cpu:>12.2f} "
                  f"{1000 * secs / batch:>14.1f} {rss_mb():>11.0f}", flush=True)
            store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument("--per-day", type=int, default=5000)
    ap.add_argument("--window-days", type=float, default=3.0)
    ap.add_argument("--peer-sample", type=int, default=5000)
    ap.add_argument("--every", type=int, default=100_000, help="checkpoint line on stderr every N articles")
    ap.add_argument("--store", type=int, help="instead: incremental assign_stories over a store of N articles")
    ap.add_argument("--batch", type=int, default=250, help="with --store: articles per ingest")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.store:
        run_store(args.store, args.per_day, args.batch, args.window_days)
        return
    if args.one:
        print(json.dumps(run_one(args.one, args.per_day, args.window_days, args.peer_sample, args.every)))
        return
    print(f"stream: {args.per_day}/day, window {args.window_days} days; one process per size; 2-core shared machine")
    print(f"{'articles':>9} {'secs':>8} {'art/s':>7} {'art/CPU-s':>9} {'peak RSS MB':>11} {'(base)':>7} "
          f"{'stories':>8} {'copies':>7} {'max live/held':>14} {'datasketch bulk MinHash art/s (per CPU-s)':>40}")
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--per-day", str(args.per_day),
               "--window-days", str(args.window_days), "--peer-sample", str(args.peer_sample),
               "--every", str(args.every)]
        out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True).stdout  # checkpoints pass to stderr
        r = json.loads(out.splitlines()[-1])
        print(f"{r['n']:>9} {r['secs']:>8.1f} {r['rate']:>7.0f} {r['cpu_rate']:>9.0f} {r['peak_rss_mb']:>11.0f} "
              f"{r['base_rss_mb']:>7.0f} {r['stories']:>8} {r['copies']:>7} "
              f"{r['max_live']:>6}/{r['max_held']:<7} "
              f"{r['peer_rate']:>20.0f} ({r['peer_cpu_rate']:.0f}/CPU-s, n={r['peer_n']})", flush=True)


if __name__ == "__main__":
    main()
