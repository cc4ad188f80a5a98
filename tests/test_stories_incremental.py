"""Incremental story assignment over the store (``didban.pipeline.assign_stories``) on both engines:
a second ingest keeps the first one's story ids and attaches follow-ups, copies and edited copies
link to their original across ingests, a story spans days over several ingests, the same words two
weeks apart are a new story, untouched stories are not rewritten, ``full=True`` is the backfill; each
with the clusterer kept from the previous call (a watch loop) and with the window restored from the store."""

from __future__ import annotations

from datetime import timedelta

import pytest

from didban.pipeline import assign_stories
from didban.records import Article
from didban.store import Store
from test_stories_cluster import FLOOD, OTHERS, QUAKE, T0  # tests/ is on sys.path (rootdir conftest)


@pytest.fixture(params=[True, False], ids=["reuse", "restore"])
def reuse(request: pytest.FixtureRequest) -> bool:
    """reuse: the clusterer kept from the previous call; restore: open stories read back from the store."""
    return bool(request.param)


def _add(store: Store, rows: list[tuple[str, str, str, float]]) -> dict[str, str]:
    """Store (key, title, text, day) rows; returns key -> stored article id."""
    arts = [Article(title=t, text=x, url=f"https://news.example/{k}", published=T0 + timedelta(days=d),
                    source=f"outlet-{k}") for k, t, x, d in rows]
    report = store.add_articles(arts)
    assert report.added == len(rows), report
    by_url = {a.url: a.id for a in store.iter_articles()}
    return {k: by_url[f"https://news.example/{k}"] for k, *_ in rows}


def _state(store: Store) -> dict[str, tuple[str | None, str | None]]:
    return {a.id: (a.story_id, a.duplicate_of) for a in store.iter_articles()}


def _updated(store: Store) -> dict[str, object]:
    return {r["id"]: r["updated"] for r in store.execute("SELECT id, updated FROM stories")}


def test_second_ingest_keeps_story_ids_and_attaches_follow_ups(any_store: Store, reuse: bool) -> None:
    first = _add(any_store, [("f0", *FLOOD[0], 0.0), ("q", *QUAKE, 0.1),
                             ("o0", *OTHERS[0], 0.2), ("o1", *OTHERS[1], 0.3)])
    n1 = assign_stories(any_store, reuse=reuse)
    before = _state(any_store)
    assert n1 == 4 and len({s for s, _ in before.values()}) == 4
    assert all(s == f"s:{i}" for i, (s, _) in before.items())
    stamps = _updated(any_store)

    second = _add(any_store, [
        ("f1", *FLOOD[1], 1.0),  # follow-up report of the flood, next day, other words
        ("qe", "زلزله کرمان", "به گزارش ایسنا، " + QUAKE[1] + " انتهای پیام", 1.1),  # edited copy
        ("o2", *OTHERS[2], 1.2),  # a new event
    ])
    n2 = assign_stories(any_store, reuse=reuse)
    after = _state(any_store)
    assert {i: after[i] for i in before} == before  # first ingest untouched: same ids, same links
    assert after[second["f1"]] == (before[first["f0"]][0], None)
    assert after[second["qe"]] == (before[first["q"]][0], first["q"])
    assert after[second["o2"]] == (f"s:{second['o2']}", None)
    assert n2 == 5 == len(any_store.story_list(limit=100))
    flood = any_store.story(before[first["f0"]][0])
    assert flood is not None and flood.size == 2
    assert flood.first_seen == T0 and flood.last_seen == T0 + timedelta(days=1)
    assert flood.origin_article == first["f0"]
    # only the touched stories were rewritten
    now = _updated(any_store)
    for key in ("o0", "o1"):
        sid = before[first[key]][0]
        assert now[sid] == stamps[sid]
    assert now[before[first["f0"]][0]] != stamps[before[first["f0"]][0]]
    # nothing new: nothing changes
    assert assign_stories(any_store, reuse=reuse) == 5 and _state(any_store) == after


def test_story_spans_days_over_several_ingests(any_store: Store, reuse: bool) -> None:
    ids: dict[str, str] = {}
    for i, (title, text) in enumerate(FLOOD):  # one report a day and a half apart, each its own ingest
        ids.update(_add(any_store, [(f"f{i}", title, text, 1.5 * i), (f"o{i}", *OTHERS[i], 1.5 * i + 0.2)]))
        assign_stories(any_store, window_days=3, reuse=reuse)
    state = _state(any_store)
    flood = {state[ids[f"f{i}"]][0] for i in range(3)}
    assert flood == {f"s:{ids['f0']}"}
    assert len({state[ids[f"o{i}"]][0] for i in range(3)} | flood) == 4
    story = any_store.story(f"s:{ids['f0']}")
    assert story is not None and story.size == 3
    assert story.last_seen - story.first_seen == timedelta(days=3)


def test_same_words_two_weeks_apart_open_a_new_story(any_store: Store, reuse: bool) -> None:
    ids = _add(any_store, [("q1", *QUAKE, 0.0), ("o0", *OTHERS[0], 1.0)])
    assign_stories(any_store, window_days=3, reuse=reuse)
    ids |= _add(any_store, [("o1", *OTHERS[1], 7.0)])
    assign_stories(any_store, window_days=3, reuse=reuse)
    ids |= _add(any_store, [("q2", QUAKE[0], QUAKE[1].replace("پنج", "چهار"), 14.0)])
    assign_stories(any_store, window_days=3, reuse=reuse)
    state = _state(any_store)
    assert state[ids["q2"]] == (f"s:{ids['q2']}", None)
    assert state[ids["q1"]] == (f"s:{ids['q1']}", None)
    ids |= _add(any_store, [("q3", QUAKE[0], QUAKE[1].replace("پنج", "چهار") + " پس‌لرزه‌ها ادامه دارد.", 14.3)])
    assign_stories(any_store, window_days=3, reuse=reuse)
    assert _state(any_store)[ids["q3"]][0] == f"s:{ids['q2']}"


def test_copies_across_ingests_and_full_backfill(any_store: Store, reuse: bool) -> None:
    ids = _add(any_store, [("f0", *FLOOD[0], 0.0), ("o0", *OTHERS[0], 0.0)])
    assign_stories(any_store, reuse=reuse)
    words = FLOOD[0][1].split()
    ids |= _add(any_store, [
        ("c1", "", "به گزارش مهر، " + FLOOD[0][1], 0.2),  # copy with a new lead, no title
        ("c2", FLOOD[0][0], " ".join(words[: int(len(words) * 0.7)]), 0.3),  # tail cut
    ])
    assign_stories(any_store, reuse=reuse)
    state = _state(any_store)
    story = f"s:{ids['f0']}"
    assert state[ids["c1"]] == (story, ids["f0"]) and state[ids["c2"]] == (story, ids["f0"])
    rec = any_store.story(story)
    assert rec is not None and rec.size == 3 and rec.independent_sources == 1
    # the backfill re-clusters everything and replaces the stored stories: same grouping here
    assert assign_stories(any_store, full=True, reuse=reuse) == 2
    assert _state(any_store) == state


def test_an_original_arriving_after_its_copy_becomes_the_original(any_store: Store, reuse: bool) -> None:
    """A near-copy without attribution arrives in one ingest; the report it copies, published hours earlier,
    arrives in the next: the earlier one is the original (as a backfill says), the stored link and the story's
    graph agree, and the story counts one source for the two."""
    first = _add(any_store, [("copy", QUAKE[0], QUAKE[1] + " انتهای پیام", 0.3), ("o0", *OTHERS[0], 0.2)])
    assign_stories(any_store, reuse=reuse)
    second = _add(any_store, [("orig", *QUAKE, 0.1)])
    assign_stories(any_store, reuse=reuse)
    state = _state(any_store)
    assert state[second["orig"]] == (state[first["copy"]][0], None)
    assert state[first["copy"]][1] == second["orig"]
    story = any_store.story(state[first["copy"]][0])
    assert story is not None and (first["copy"], second["orig"], "copies") in [tuple(e) for e in story.graph]
    assert story.independent_sources == 1 and story.origin_article == second["orig"]
    # a backfill of the same store gives the same links, and keeps the story ids (links to them stay good; the
    # backfill alone would name the story after its earliest report, not after the first one stored)
    ids = {story.id for story in any_store.stories()}
    assign_stories(any_store, full=True, reuse=reuse)
    full = _state(any_store)
    assert full[first["copy"]][1] == second["orig"] and full[second["orig"]][1] is None
    assert {story.id for story in any_store.stories()} == ids
    assert {k: v[0] for k, v in full.items()} == {k: v[0] for k, v in state.items()}


def test_a_late_report_joins_its_story_after_later_news_was_stored(sqlite_store: Store) -> None:
    """A report of day 0 arriving after news of day 9 was stored meets the stories open on day 0 (the window is
    counted from its own date, not from the newest report in the store), as a backfill would place it."""
    first = _add(sqlite_store, [("f0", *FLOOD[0], 0.0), ("o0", *OTHERS[0], 0.1)])
    assign_stories(sqlite_store, reuse=False)
    _add(sqlite_store, [("o1", *OTHERS[1], 9.0)])
    assign_stories(sqlite_store, reuse=False)
    late = _add(sqlite_store, [("f1", *FLOOD[1], 0.2)])
    assign_stories(sqlite_store, reuse=False)
    state = _state(sqlite_store)
    assert state[late["f1"]][0] == state[first["f0"]][0]


def test_story_records_read_attributions_of_articles_stored_without_enrichment(sqlite_store: Store) -> None:
    """`didban ingest --no-enrich` stores no provenance; the story record still reads «به گزارش ایسنا» from the
    leads, so three outlets relaying ISNA are one source (stop 25: three)."""
    rows = [(k, FLOOD[i][0], lead + FLOOD[i][1], d) for k, i, lead, d in (  # (three reports, no copies)
        ("a", 0, "", 0.0), ("b", 1, "به گزارش ایسنا، ", 0.1), ("c", 2, "به گزارش خبرنگار ایسنا، ", 0.2))]
    arts = [Article(title=t, text=x, url=f"https://news.example/{k}", published=T0 + timedelta(days=d),
                    source=src) for (k, t, x, d), src in zip(rows, ("isna", "outlet-b", "outlet-c"), strict=True)]
    sqlite_store.add_articles(arts)
    assign_stories(sqlite_store, reuse=False)
    stories = [s for s in sqlite_store.stories() if s.size == 3]
    assert len(stories) == 1 and stories[0].independent_sources == 1, sqlite_store.stories()


def test_one_template_in_two_cities_is_two_stories(sqlite_store: Store) -> None:
    """Agency copy written from one template about attacks in two cities (the words all but the town alike) are
    two stories once the places are read; a second report from the same city joins its story (stop 25: one)."""
    from didban.records import PlaceRef

    def report(k: str, town: str, city: str, province: str, day: float, more: str = "") -> Article:
        text = (f"مهاجمان مسلح بامداد امروز به نیروهای بسیج در شهرستان {town} حمله کردند. در این درگیری مسلحانه "
                f"چند نفر زخمی شدند. فرماندار {town} گفت تحقیقات برای شناسایی عاملان این حمله آغاز شده است.{more}")
        return Article(title=f"حمله مهاجمان مسلح به نیروهای بسیج در {town}", text=text,
                       url=f"https://news.example/{k}", published=T0 + timedelta(days=day), source=f"outlet-{k}",
                       places=[PlaceRef(id=city, kind="city", name=town, province=province, country="IR")],
                       main_place=province)

    arts = [report("a", "ایرانشهر", "city:1160939", "sistan-baluchestan", 0.0),
            report("b", "دزفول", "city:136256", "khuzestan", 0.5),
            report("c", "ایرانشهر", "city:1160939", "sistan-baluchestan", 0.6,
                   " زخمی‌ها به بیمارستان خاتم‌الانبیا منتقل شدند و حال دو نفر از آنان وخیم است.")]
    sqlite_store.add_articles(arts)
    assign_stories(sqlite_store, reuse=False)
    story = {a.url: a.story_id for a in sqlite_store.iter_articles()}
    assert story["https://news.example/a"] == story["https://news.example/c"] != story["https://news.example/b"]
