"""Online story clustering: copies, a story over several days, same words for two events,
unsorted dates, window eviction, batch = stream; real FarExStance (skipped when absent)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from didban.records import Article, Provenance
from didban.stories import StoryClusterer, cluster_articles

T0 = datetime(2024, 3, 10, 8, 0, tzinfo=UTC)

FLOOD = [
    ("سیل در چابهار و نیکشهر",
     "بارش شدید باران در شهرستان‌های چابهار و نیکشهر در استان سیستان و بلوچستان موجب جاری شدن سیل شد و "
     "راه ارتباطی ده‌ها روستا مسدود شد. مدیرکل مدیریت بحران سیستان و بلوچستان گفت تیم‌های امدادی هلال احمر "
     "به مناطق سیل‌زده چابهار و نیکشهر اعزام شده‌اند."),
    ("اسکان اضطراری سیل‌زدگان چابهار",
     "هلال احمر سیستان و بلوچستان از اسکان اضطراری چهارصد خانوار سیل‌زده در چابهار و نیکشهر خبر داد. "
     "مدیرکل مدیریت بحران سیستان و بلوچستان گفت راه ارتباطی روستاهای سیل‌زده همچنان مسدود است و امدادرسانی "
     "با بالگرد ادامه دارد."),
    ("برآورد خسارت سیل سیستان و بلوچستان",
     "برآورد اولیه خسارت سیل در چابهار و نیکشهر اعلام شد. مدیرکل مدیریت بحران سیستان و بلوچستان گفت سیل "
     "به راه‌های روستایی، مزارع و خانه‌های روستاهای چابهار و نیکشهر آسیب زده و امدادرسانی هلال احمر ادامه دارد."),
]
QUAKE = ("زلزله در کرمان",
         "زمین‌لرزه‌ای به بزرگی پنج ریشتر صبح امروز شهر کرمان را لرزاند. رئیس هلال احمر استان کرمان گفت "
         "تیم‌های ارزیاب به روستاهای اطراف اعزام شده‌اند و تاکنون گزارشی از خسارت جانی نرسیده است.")
OTHERS = [
    ("پیروزی والیبال ایران برابر ژاپن",
     "تیم ملی والیبال ایران در لیگ ملت‌ها برابر ژاپن سه بر یک پیروز شد و در جدول بالاتر رفت."),
    ("افزایش قیمت خودرو در بازار",
     "قیمت خودروهای داخلی در بازار تهران این هفته افزایش یافت و فروشندگان از رکود معاملات خبر دادند."),
    ("نمایشگاه کتاب تهران",
     "سی و پنجمین نمایشگاه بین‌المللی کتاب تهران با حضور ناشران داخلی و خارجی در مصلی گشایش یافت."),
    ("کاهش دمای هوا در تبریز",
     "دمای هوای تبریز امشب به زیر صفر می‌رسد و هواشناسی آذربایجان شرقی درباره یخبندان هشدار داد."),
]


def art(i: str, title: str, text: str, days: float | None = None, source: str | None = None, **kw) -> Article:
    return Article(title=title, text=text, id=i, published=None if days is None else T0 + timedelta(days=days),
                   source=source, **kw)


def test_copies_join_their_original() -> None:
    c = StoryClusterer()
    s1, d1 = c.add(art("a", *FLOOD[0], days=0, source="isna"))
    s2, d2 = c.add(art("b", FLOOD[0][0], "به گزارش ایسنا، " + FLOOD[0][1], days=0.1, source="mehr"))
    s3, d3 = c.add(art("c", "", FLOOD[0][1], days=0.2, source="tasnim"))  # same text, no title
    assert d1 is None and d2 == "a" and d3 == "a"
    assert s1 == s2 == s3
    s4, d4 = c.add(art("d", *OTHERS[0], days=0.3))
    assert s4 != s1 and d4 is None


def test_story_spans_days() -> None:
    c = StoryClusterer(window_days=3)
    out = [c.add(art(f"f{i}", t, x, days=i)) for i, (t, x) in enumerate(FLOOD)]
    for i, (t, x) in enumerate(OTHERS):
        out.append(c.add(art(f"o{i}", t, x, days=1.5)))
    flood_story = {s for s, _ in out[:3]}
    assert len(flood_story) == 1
    assert not flood_story & {s for s, _ in out[3:]}
    (st,) = [s for s in c.stories() if s.id in flood_story]
    assert st.size == 3 and st.first_seen == T0 and st.last_seen == T0 + timedelta(days=2)
    assert st.origin_article == "f0" and st.title == FLOOD[0][0]


def test_same_words_two_events() -> None:
    """Two earthquakes reported in the same words two weeks apart are two stories."""
    c = StoryClusterer(window_days=3)
    s1, _ = c.add(art("q1", *QUAKE, days=0))
    for i, (t, x) in enumerate(OTHERS):
        c.add(art(f"o{i}", t, x, days=2 + i * 2))
    s2, dup = c.add(art("q2", QUAKE[0], QUAKE[1].replace("پنج", "چهار"), days=14))
    assert s1 != s2 and dup is None
    # inside the window the same report does join
    s3, _ = c.add(art("q3", QUAKE[0], QUAKE[1].replace("پنج", "چهار") + " پس‌لرزه‌ها ادامه دارد.", days=14.2))
    assert s3 == s2


def test_time_decay_keeps_distant_events_apart_in_a_long_window() -> None:
    near = StoryClusterer(window_days=60)
    far = StoryClusterer(window_days=60, decay=0.0)
    quake2 = ("زمین‌لرزه‌ای به بزرگی شش ریشتر بامداد امروز حوالی زرند در استان کرمان را لرزاند. فرماندار زرند "
              "گفت به چند روستا خسارت وارد شده و تیم‌های هلال احمر در حال امدادرسانی هستند.")
    res = {}
    for name, c in (("decay", near), ("none", far)):
        for i, (t, x) in enumerate(OTHERS):
            c.add(art(f"o{i}", t, x, days=i))
        a, _ = c.add(art("q1", *QUAKE, days=0))
        b, _ = c.add(art("q2", "زلزله در زرند", quake2, days=40))
        res[name] = a == b
    assert res["none"] and not res["decay"]


def test_batch_unsorted_dates_input_order_and_no_dates() -> None:
    items = [art(f"f{i}", t, x, days=i) for i, (t, x) in enumerate(FLOOD)]
    items += [art(f"o{i}", t, x, days=1) for i, (t, x) in enumerate(OTHERS)]
    shuffled = [items[k] for k in (5, 2, 0, 4, 1, 6, 3)]
    out = cluster_articles(shuffled)
    assert len(out) == len(shuffled)
    by_id = {a.id: s for a, (s, _) in zip(shuffled, out, strict=True)}
    assert by_id["f0"] == by_id["f1"] == by_id["f2"]
    assert len({by_id[f"o{i}"] for i in range(4)}) == 4
    # story id is named after the earliest report (processed first), whatever the input order
    assert by_id["f0"] == "s:f0"
    undated = [Article(title=a.title, text=a.text, id=a.id) for a in shuffled]
    out2 = cluster_articles(undated)
    by_id2 = {a.id: s for a, (s, _) in zip(undated, out2, strict=True)}
    assert by_id2["f0"] == by_id2["f1"] == by_id2["f2"]


def test_window_bounds_state_and_closes_stories() -> None:
    rng = random.Random(5)
    vocab = [w for _, x in OTHERS + FLOOD for w in x.split()]
    c = StoryClusterer(window_days=1)
    n = 0
    for k in range(1200):
        text = " ".join(rng.choice(vocab) for _ in range(40))
        c.add(art(f"x{k}", "", text, days=k / 20))
        n += 1
    assert c.active_articles <= 60  # 1-day window at 20 items a day (+ a quarter window before a sweep)
    closed = c.drain_closed()
    assert closed and c.drain_closed() == []
    assert sum(s.size for s in closed) + c.active_articles == n


def test_max_active_bounds_undated_stream() -> None:
    c = StoryClusterer(max_active=50)
    for i in range(300):
        t, x = OTHERS[i % len(OTHERS)]
        c.add(Article(title=f"{t} {i}", text=f"{x} {i}", id=str(i)))  # four growing stories and their copies
        assert c.active_articles <= 50
    c = StoryClusterer(max_story_live=10)
    for i in range(200):
        t, x = OTHERS[i % len(OTHERS)]
        c.add(Article(title=f"{t} {i}", text=f"{x} {i}", id=str(i)))
    assert c.active_articles <= 4 * 10 and c.held_articles == 200
    assert sum(s.size for s in c.stories()) == 200


def test_provenance_origin_and_independence() -> None:
    c = StoryClusterer()
    # the earliest seen report cites Mehr; Mehr's own report arrives later but is present
    c.add(art("k1", FLOOD[0][0], "به گزارش مهر، " + FLOOD[0][1] + " خبرنگار ما گزارش داد.", days=0.0,
              source="kayhan", provenance=Provenance(outlet="کیهان", cited=["خبرگزاری مهر"], origin="خبرگزاری مهر")))
    c.add(art("m1", *FLOOD[0], days=0.05, source="mehr"))
    c.add(art("i1", *FLOOD[1], days=0.5, source="isna"))
    (st,) = [s for s in c.stories() if "k1" in s.members]
    assert set(st.members) == {"k1", "m1", "i1"}
    assert st.origin_article == "m1"
    assert ("k1", "m1", "cites") in st.graph
    assert st.independent_sources == 2  # Kayhan depends on Mehr; ISNA is on its own


def test_real_farexstance_bcubed(raw_data) -> None:  # noqa: ARG001
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("eval_stories", Path(__file__).parents[1] / "eval" / "stories.py")
    assert spec and spec.loader
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    arts, gold, half, labeled = ev.load_farexstance()
    pred = [s for s, _ in cluster_articles(arts)]
    report = [i for i in range(len(arts)) if half[i] == 1]
    p, r, f = ev.bcubed(pred, gold, report)
    single = ev.bcubed([str(i) for i in range(len(arts))], gold, report)
    assert f >= 0.8 and f > single[2] + 0.15


def test_shared_entities_raise_the_score() -> None:
    from didban.records import Mention

    def with_mentions(i: str, names: list[str]) -> Article:
        a = art(i, *FLOOD[int(i[-1])], days=0)
        a.mentions = [Mention(text=n, type="LOC", start=0, end=len(n), canonical=f"loc:{n}") for n in names]
        return a

    c = StoryClusterer()
    for i, (t, x) in enumerate(OTHERS):
        c.add(art(f"o{i}", t, x, days=0))
    x0 = c.vectorize(with_mentions("a0", ["چابهار", "نیکشهر"]), "a0", 10)
    same = c.vectorize(with_mentions("b1", ["چابهار", "نیکشهر"]), "b1", 11)
    other = c.vectorize(with_mentions("c1", ["تبریز", "ارومیه"]), "c1", 12)
    assert c.score(x0, same) > c.score(x0, other)


def test_body_beyond_the_lead_counts_only_with_the_body_feature() -> None:
    """Two reports whose leads are about other things but whose later paragraphs share the event's
    details: the body sub-vector (``body_chars``) sees them, the lead-only vectors do not."""
    filler_a = " ".join([OTHERS[0][1]] * 20)  # well past lead_chars (1,500)
    filler_b = " ".join([OTHERS[1][1]] * 20)
    assert min(len(filler_a), len(filler_b)) > 1600

    def vecs(c: StoryClusterer) -> tuple:
        c.fit_df([art(f"o{i}", t, x) for i, (t, x) in enumerate(OTHERS)])  # frozen IDF: b and x weigh alike
        a = c.vectorize(art("a", "گزارش روز", filler_a + " " + FLOOD[0][1]), "a", 10)
        b = c.vectorize(art("b", "خبرهای استان", filler_b + " " + FLOOD[1][1]), "b", 11)
        x = c.vectorize(art("x", "خبرهای استان", filler_b + " " + QUAKE[1]), "x", 12)
        return c, a, b, x

    c, a, b, x = vecs(StoryClusterer())
    assert c.pair_features(a, b)[5] > c.pair_features(a, x)[5]
    assert c.score(a, b) > c.score(a, x)
    c, a, b, x = vecs(StoryClusterer(body_chars=0))
    assert c.pair_features(a, b) == c.pair_features(a, x)  # only the leads: b and x look the same
    assert c.score(a, b) == c.score(a, x)


def test_a_copy_links_only_within_the_window_whatever_came_between() -> None:
    """The same words months apart are another event's report, not a copy, with or without other articles in
    between (which used to decide: the window's sweep retires old reports only from time to time)."""
    for between in ([], [art("o", *OTHERS[0], days=200)]):
        c = StoryClusterer(window_days=3)
        s1, _ = c.add(art("q1", *QUAKE, days=0))
        for a in between:
            c.add(a)
        s2, dup = c.add(art("q2", *QUAKE, days=540))
        assert (s2 == s1, dup) == (False, None), between
        s3, dup3 = c.add(art("q3", *QUAKE, days=541))  # a copy inside the window still links
        assert (s3, dup3) == (s2, "q2")


def test_articles_without_words_are_no_one_s_copies() -> None:
    """Empty items (no title, no text, or only punctuation) are not copies of each other."""
    c = StoryClusterer(window_days=3)
    placed = [c.add(art(f"e{i}", t, x, days=0)) for i, (t, x) in enumerate([("", ""), ("", " "), ("", "..."), ("", "")])]
    assert [dup for _, dup in placed] == [None] * 4
    assert len({s for s, _ in placed}) == 4


def test_an_undated_copy_is_placed_at_its_original_s_date() -> None:
    """In a batch of dated reports, an undated copy listed after other months' news is placed right after the
    report it copies (it used to take the date of the line before it, a month later, when the story had closed);
    an undated report that copies nothing still takes the date of the line before it."""
    arts = [art("q1", *QUAKE, days=0), *[art(f"o{i}", t, x, days=30 + i) for i, (t, x) in enumerate(OTHERS)],
            art("copy", QUAKE[0], QUAKE[1] + " (تکرار)"), art("other", *FLOOD[0])]
    placed = dict(zip([a.id for a in arts], cluster_articles(arts, window_days=3), strict=True))
    assert placed["copy"] == (placed["q1"][0], "q1")
    assert placed["other"][1] is None and placed["other"][0] != placed["q1"][0]


TRAIN = [
    ("خروج قطار مسافربری از ریل در خراسان",
     "قطار مسافربری یزد به مشهد بامداد امروز نزدیک ایستگاه فیض‌آباد از ریل خارج شد. مدیرکل راه‌آهن خراسان گفت "
     "دوازده مسافر مصدوم شده‌اند و علت حادثه بررسی می‌شود."),
    ("دوازده مصدوم در حادثه قطار یزد - مشهد",
     "به گزارش ایرنا، در پی خروج قطار یزد به مشهد از ریل در نزدیکی فیض‌آباد دوازده مسافر به بیمارستان منتقل شدند."),
    ("ادامه بررسی علت حادثه ریلی فیض‌آباد",
     "کارشناسان راه‌آهن علت خروج قطار مسافربری یزد - مشهد را بررسی می‌کنند؛ مسافران با اتوبوس به مشهد رسیدند."),
    ("بازگشایی خط آهن پس از حادثه قطار",
     "خط آهن یزد به مشهد پس از خروج قطار از ریل در فیض‌آباد با جابجایی واگن‌ها بازگشایی شد."),
]


def test_a_handful_of_reports_of_one_story_meet_each_other() -> None:
    """In a small batch every report is compared with every other: the words reports of one story share are the
    commonest of such a batch, and the index terms (a report's rarest words) miss them (4 reports gave 4 stories)."""
    arts = [art(f"t{i}", t, x, days=0.05 * i) for i, (t, x) in enumerate(TRAIN)]
    placed = cluster_articles(arts, window_days=3)
    assert len({s for s, _ in placed}) == 1 and all(d is None for _, d in placed)
    # and still two stories for two events of a small batch
    placed = cluster_articles([*arts, art("q", *QUAKE, days=0.3)], window_days=3)
    assert len({s for s, _ in placed}) == 2
