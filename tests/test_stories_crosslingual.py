"""Reports of one story in another language: an English report joins the Persian story it matches by places,
linked actors, casualty figures and numbers (``cross_keys``), within ``xl_days``; other events stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from didban.pipeline import Pipeline
from didban.records import Article, Event, Mention, PlaceRef
from didban.stories import StoryClusterer, cluster_articles
from didban.stories.cluster import cross_keys

T0 = datetime(2024, 3, 10, 8, 0, tzinfo=UTC)

FLOOD_FA = [
    ("سیل در چابهار و نیکشهر",
     "بارش شدید باران در شهرستان‌های چابهار و نیکشهر موجب جاری شدن سیل شد و راه ارتباطی ده‌ها روستا مسدود شد. "
     "مدیرکل مدیریت بحران استان گفت تیم‌های امدادی هلال احمر به مناطق سیل‌زده چابهار و نیکشهر اعزام شده‌اند."),
    ("اسکان اضطراری سیل‌زدگان چابهار",
     "هلال احمر از اسکان اضطراری چهارصد خانوار سیل‌زده در چابهار و نیکشهر خبر داد و گفت راه ارتباطی روستاهای "
     "سیل‌زده همچنان مسدود است و امدادرسانی با بالگرد ادامه دارد."),
]
OTHER_FA = [
    ("پیروزی والیبال ایران برابر ژاپن", "تیم ملی والیبال ایران در لیگ ملت‌ها برابر ژاپن سه بر یک پیروز شد."),
    ("نمایشگاه کتاب تهران", "نمایشگاه بین‌المللی کتاب تهران با حضور ناشران داخلی و خارجی در مصلی گشایش یافت."),
    ("صادرات زعفران ایران", "صادرات زعفران ایران از بندر عباس به اروپا در شش ماه نخست سال افزایش یافت."),
    ("جشنواره فیلم فجر", "جشنواره فیلم فجر در تهران و شیراز با نمایش فیلم‌های ایرانی آغاز می‌شود."),
    ("گردشگران خارجی در اصفهان", "شمار گردشگران خارجی اصفهان و یزد امسال به بیشترین رقم در ایران رسید."),
    ("بارش برف در اردبیل", "بارش نخستین برف پاییزی راه‌های روستایی اردبیل و خلخال را بست."),
]
FLOOD_EN = ("Floods cut off villages in southeastern Iran",
            "Heavy rain flooded the counties of Chabahar and Nikshahr in Iran's Sistan-Baluchestan province, cutting "
            "roads to dozens of villages, the provincial crisis management chief said. Red Crescent teams were sent to "
            "the flooded areas.")
PORT_EN = ("India and Iran sign new Chabahar port deal",
           "India and Iran signed a ten-year agreement on Monday to develop a terminal at Chabahar port, the Indian "
           "shipping ministry said in a statement.")


@pytest.fixture(scope="module")
def enriched() -> dict[str, Article]:
    p = Pipeline()
    out = {}
    for i, (t, x) in enumerate(FLOOD_FA):
        out[f"fa{i}"] = p(Article(title=t, text=x, id=f"fa{i}", published=T0 + timedelta(hours=3 * i)))
    for i, (t, x) in enumerate(OTHER_FA):
        out[f"o{i}"] = p(Article(title=t, text=x, id=f"o{i}", published=T0))
    out["en"] = p(Article(title=FLOOD_EN[0], text=FLOOD_EN[1], id="en", published=T0 + timedelta(hours=10)))
    out["port"] = p(Article(title=PORT_EN[0], text=PORT_EN[1], id="port", published=T0 + timedelta(hours=11)))
    return out


def _stories(arts: list[Article]) -> dict[str, str]:
    return {a.id or "": s for a, (s, _) in zip(arts, cluster_articles(arts), strict=True)}


def persian(enriched: dict[str, Article]) -> list[Article]:
    return [enriched[k] for k in ("fa0", "fa1", *(f"o{i}" for i in range(len(OTHER_FA))))]


def test_an_english_report_joins_the_persian_story_of_the_same_event(enriched) -> None:
    assert enriched["en"].lang == "en" and enriched["fa0"].lang == "fa"
    s = _stories([*persian(enriched), enriched["en"]])
    assert s["fa0"] == s["fa1"] == s["en"]
    assert all(s[f"o{i}"] != s["en"] for i in range(len(OTHER_FA)))


def test_the_same_port_in_another_story_is_not_enough(enriched) -> None:
    """The port deal names Chabahar too, but shares no second key with the flood reports."""
    s = _stories([*persian(enriched), enriched["port"]])
    assert s["port"] not in {s["fa0"], *(s[f"o{i}"] for i in range(len(OTHER_FA)))}


def test_no_link_across_languages_out_of_time_undated_or_without_a_language(enriched) -> None:
    en = enriched["en"]
    for other in (replace(en, published=T0 + timedelta(days=5)), replace(en, published=None),
                  replace(en, lang=None)):
        s = _stories([*persian(enriched), other])
        assert s["en"] != s["fa0"], other
    # the same report as a Persian-language record has no words in common with the Persian story either
    assert _stories([*persian(enriched), replace(en, lang="fa")])["en"] != _stories(persian(enriched))["fa0"]


def test_a_persian_report_joins_an_english_story_told_first(enriched) -> None:
    later = replace(enriched["fa0"], published=T0 + timedelta(hours=14))
    s = _stories([enriched["en"], *(enriched[f"o{i}"] for i in range(len(OTHER_FA))), later])
    assert s["fa0"] == s["en"]


def test_cross_keys() -> None:
    a = Article(
        title="Gunmen kill 2 border guards; 1,250 families displaced, quake of 5.40",
        text="In 2024 (1403) a 12-hour siege ended; ۴۰ نفر زخمی و ۱٫۵ میلیون دلار خسارت",
        places=[PlaceRef(id="city:1159713", kind="city", name="Saravan", province="sistan-baluchestan"),
                PlaceRef(id="sistan-baluchestan", kind="province", name="Sistan"),
                PlaceRef(id="khuzestan", kind="province", name="Khuzestan"), PlaceRef(id="PK", kind="country", name="PK")],
        mentions=[Mention(text="IRGC", type="ORG", start=0, end=4, canonical="org:irgc"),
                  Mention(text="IRNA", type="ORG", start=0, end=4, canonical="org:irna"),
                  Mention(text="مرزبانی استان", type="ORG", start=0, end=4, canonical="org:مرزبانی استان"),
                  Mention(text="Ali", type="PER", start=0, end=3, canonical=None)],
        events=[Event(id="e1", category="ASSAULT", dead=2, injured=3), Event(id="e2", category="PROTEST")],
    )
    assert cross_keys(a) == {
        "p:city:1159713", "p:khuzestan", "p:PK",  # Sistan-Baluchestan is implied by its city
        "e:org:irgc",  # not the agency, not an unlinked name
        "d:2", "i:3",
        "n:1250", "n:5.4", "n:40", "n:1.5",  # not the years, not 2 / 12
    }
    assert cross_keys(Article(title="", text="")) == set()
    assert cross_keys(Article(title="Flight MH370 and the S-300", text="")) == {"n:300"}  # not inside a word


def test_the_clusterer_bounds_cross_language_candidates_by_language() -> None:
    """A stream in one language never reads the cross-language index (no cost for Persian-only streams)."""
    c = StoryClusterer()
    places = [PlaceRef(id="city:1", kind="city", name="x"), PlaceRef(id="city:2", kind="city", name="y")]
    for i in range(3):
        c.add(Article(title=f"t{i}", text=f"w{i} z{i}", id=str(i), lang="fa", places=places,
                      published=T0 + timedelta(hours=i)))
    assert set(c._xpost) == {"fa"}
    assert c._cross_match(c.vectorize(Article(title="t", text="w", lang="fa", places=places, published=T0), "y", 9)) \
        is None  # the same language is never a cross-language candidate
    sid, _ = c.add(Article(title="other", text="words", id="x", lang="en", places=places, published=T0))
    assert sid in {"s:0", "s:1", "s:2"}  # the English record joins one of them


def test_cross_language_keys_of_retired_reports_are_dropped() -> None:
    """A long stream of distinct numbers does not grow the cross-language index without bound: keys that only
    point to retired reports are swept (here with no slack, so a sweep runs as soon as there are more than 8 keys
    per live report)."""
    def run(slack: int) -> tuple[int, int]:
        c = StoryClusterer(window_days=1.0)
        c.prune_slack = slack
        for i in range(300):
            c.add(Article(title=f"report {i}", text=f"words {1000 + i} and {5000 + i} here", id=str(i), lang="fa",
                          published=T0 + timedelta(hours=i)))
        return sum(len(post) for post in c._xpost.values()), c._live

    keys, live = run(0)
    assert 0 < keys <= 8 * live < 300
    assert run(10**9)[0] >= 600  # without the sweep: every report's numbers stay


def test_the_cluster_command_links_languages_in_mixed_input(tmp_path) -> None:
    """`didban cluster` on Persian and English reports: the English one joins the Persian story; a Persian-only
    input is clustered as before (no language is set, so no cross-language keys)."""
    import json

    from typer.testing import CliRunner

    from didban.cli import _register, app
    from didban.cli.stories import cluster_items

    day = "2024-03-10T"
    rows = [{"id": f"fa{i}", "title": t, "text": x, "published": f"{day}0{8 + 3 * i}:00:00Z"}
            for i, (t, x) in enumerate(FLOOD_FA)]
    rows += [{"id": f"o{i}", "title": t, "text": x, "published": f"{day}08:00:00Z"} for i, (t, x) in enumerate(OTHER_FA)]
    rows.append({"id": "en", "title": FLOOD_EN[0], "text": FLOOD_EN[1], "published": f"{day}18:00:00Z"})
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    _register()
    res = CliRunner().invoke(app, ["cluster", str(p), "--json"])
    assert res.exit_code == 0, res.output
    story = {r["id"]: r["story"] for r in map(json.loads, res.stdout.splitlines())}
    assert story["en"] == story["fa0"] == story["fa1"]
    assert all(story[f"o{i}"] != story["en"] for i in range(len(OTHER_FA)))
    persian_only, _ = cluster_items(rows[:-1])
    assert [r["story"] for r in persian_only] == [story[r["id"]] for r in rows[:-1]]


def test_the_cluster_command_reads_arabic_attribution_as_arabic() -> None:
    """An Al Jazeera report «أفادت وكالة الأنباء الإيرانية الرسمية (إرنا) بأن ...» joins IRNA's Persian report and
    cites it: one independent source, not two."""
    from didban.cli.stories import cluster_items

    rows = [
        {"id": "irna", "title": "شهادت دو مرزبان در درگیری مسلحانه در سراوان",
         "text": "به گزارش ایرنا، دو مرزبان هنگ مرزی سراوان در درگیری مسلحانه با اشرار در منطقه مرزی سراوان به شهادت "
                 "رسیدند و سه نفر دیگر مجروح شدند.", "published": "2026-09-18T06:00:00Z", "source": "ایرنا"},
        {"id": "jaz", "title": "مقتل اثنين من حرس الحدود الإيراني في هجوم قرب سراوان",
         "text": "أفادت وكالة الأنباء الإيرانية الرسمية (إرنا) بأن مسلحين هاجموا مركزاً حدودياً قرب مدينة سراوان في "
                 "محافظة سيستان وبلوشستان، ما أسفر عن مقتل اثنين من عناصر حرس الحدود وإصابة ثلاثة آخرين.",
         "published": "2026-09-18T09:00:00Z", "source": "الجزيرة"},
    ]
    out, stories = cluster_items(rows)
    assert out[0]["story"] == out[1]["story"]
    (story,) = stories
    assert ["jaz", "irna", "cites"] in story["graph"]
    assert story["independent_sources"] == 1


def test_key_similarity_needs_two_shared_keys_one_of_them_specific() -> None:
    c = StoryClusterer()
    city = PlaceRef(id="city:1", kind="city", name="x")
    other_city = PlaceRef(id="city:2", kind="city", name="y")
    country = PlaceRef(id="PK", kind="country", name="PK")
    country2 = PlaceRef(id="AF", kind="country", name="AF")

    def doc(key: str, places: list[PlaceRef]):  # noqa: ANN202
        return c.vectorize(Article(title="t", text="w", lang="fa", places=places, published=T0), key, 0)

    both = doc("a", [city, country]), doc("b", [city, country])
    assert c.key_similarity(*both) == pytest.approx(1.0)
    assert c.key_similarity(doc("c", [city]), doc("d", [city])) == 0.0  # one shared key
    assert c.key_similarity(doc("e", [country, country2]), doc("f", [country, country2])) == 0.0  # none specific
    assert c.key_similarity(doc("g", [city, other_city, country]), doc("h", [city, country])) > 0.0
