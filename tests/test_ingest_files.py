"""Ingest from files: every format into the same Article record, idempotent, dates, search."""

from __future__ import annotations

import csv
import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from didban.ingest import ingest
from didban.ingest.files import read_path
from didban.ingest.telegram import read_export
from didban.records import Article, Rejected
from didban.store import Store
from didban.text.dates import parse_date

BODY = "به گزارش خبرنگار ما، استاندار در جلسه شورای تأمین استان گفت که وضعیت جاده‌ها عادی است."


def _articles(path: Path, **kw: object) -> list[Article]:
    items = list(read_path(path, **kw))  # type: ignore[arg-type]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert not bad, bad
    return [i for i in items if isinstance(i, Article)]


def test_json_list_fields_and_meta(tmp_path: Path) -> None:
    f = tmp_path / "news.json"
    f.write_text(json.dumps([
        {"title": "خبر یک", "paragraphs": ["بند اول.", "بند دوم."], "link": "https://www.example.ir/news/1",
         "date": "2024-11-02T10:00:00Z", "tags": ["سیاسی"]},
        {"headline": "خبر دو", "body": BODY, "url": "https://example.ir/news/2", "source": "ایرنا"},
    ], ensure_ascii=False), encoding="utf-8")
    a, b = _articles(f)
    assert a.title == "خبر یک" and a.text == "بند اول.\nبند دوم."
    assert a.published == datetime(2024, 11, 2, 10, 0, tzinfo=UTC)
    assert a.source == "example.ir"  # URL host when the record names no source
    assert a.meta["origin"] == str(f) and a.meta["position"] == "item 0" and a.meta["tags"] == ["سیاسی"]
    assert b.source == "ایرنا" and b.source_name == "ایرنا" and b.text == BODY


def test_paragraphs_as_list_literal_string(tmp_path: Path) -> None:
    # the shape of the Fars News research files: a Python list written into a string
    f = tmp_path / "fars.json"
    f.write_text(json.dumps([{"title": "ت", "paragraphs": "['بند اول', 'بند دوم']"}], ensure_ascii=False))
    (a,) = _articles(f)
    assert a.text == "بند اول\nبند دوم"


def test_jsonl_csv_txt_gz_and_directory(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.jsonl").write_text(
        "\n".join(json.dumps({"title": f"عنوان {i}", "text": f"{BODY} {i}"}, ensure_ascii=False) for i in range(3))
        + "\n", encoding="utf-8")
    with open(d / "b.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "content", "published"])
        w.writerow(["سطر یک", "متن،\nبا خط دوم", "1403/08/12"])
    (d / "sub" / "c.txt").write_text("عنوان متن\n\nبدنهٔ خبر در چند\nخط.", encoding="utf-8")
    with gzip.open(d / "sub" / "d.jsonl.gz", "wt", encoding="utf-8") as gz:
        gz.write(json.dumps({"title": "فشرده", "text": "متن فشرده"}, ensure_ascii=False) + "\n")
    (d / "notes.md").write_text("ignored")
    (d / ".hidden.json").write_text("[")
    arts = _articles(d)
    titles = sorted(a.title for a in arts)
    assert titles == sorted(["عنوان 0", "عنوان 1", "عنوان 2", "سطر یک", "عنوان متن", "فشرده"])
    by = {a.title: a for a in arts}
    assert by["سطر یک"].text == "متن،\nبا خط دوم"
    assert by["سطر یک"].meta["position"] == "row 2"
    # Jalali 1403/08/12 = 2 November 2024, taken at 12:00 Tehran (08:30 UTC)
    assert by["سطر یک"].published == datetime(2024, 11, 2, 8, 30, tzinfo=UTC)
    assert by["عنوان متن"].text == "بدنهٔ خبر در چند\nخط."
    assert by["عنوان 1"].meta["position"] == "line 2"



def test_a_txt_file_whose_first_line_is_no_headline_is_read_whole(tmp_path: Path) -> None:
    """A .txt file is one article: a headline line first, or else the text alone. A body on one line, or a lead
    paragraph first, stays in the text, where the provenance and the quotes are read."""
    lead = "به گزارش خبرگزاری نمونه به نقل از پایگاه دیگر، رضا کریمی معاون استاندار گفت: جاده‌ها باز است."
    (tmp_path / "one_line.txt").write_text(lead + " وی افزود: برف نمی‌بارد.", encoding="utf-8")
    (tmp_path / "lead_first.txt").write_text(lead + "\nوی افزود: برف نمی‌بارد.\n", encoding="utf-8")
    (tmp_path / "headline.txt").write_text("جاده‌های استان باز است؟\n\n" + lead, encoding="utf-8")
    (tmp_path / "colon_first.txt").write_text("رضا کریمی معاون استاندار گفت:\nجاده‌ها باز است.", encoding="utf-8")
    by = {a.meta["origin"].rsplit("/", 1)[-1]: a for a in _articles(tmp_path)}
    assert by["one_line.txt"].text.startswith("به گزارش") and by["one_line.txt"].text.endswith("نمی‌بارد.")
    assert by["one_line.txt"].title  # taken from the first line
    assert by["lead_first.txt"].text.startswith("به گزارش") and "وی افزود" in by["lead_first.txt"].text
    assert by["headline.txt"].title == "جاده‌های استان باز است؟"
    assert by["headline.txt"].text == lead
    assert by["colon_first.txt"].text.startswith("رضا کریمی") and "جاده‌ها باز است." in by["colon_first.txt"].text

def test_encodings_bom_utf16_cp1256(tmp_path: Path) -> None:
    rec = {"title": "کتاب", "text": BODY}
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + json.dumps([rec], ensure_ascii=False).encode("utf-8"))
    (tmp_path / "u16.json").write_bytes(json.dumps([rec], ensure_ascii=False).encode("utf-16"))
    # Windows-1256 has Arabic kaf/yeh but no Persian ک/ی: the text reads in Arabic letter forms
    arabic = {"title": "كتاب", "text": "هذا نص عربي للاختبار"}
    (tmp_path / "win.jsonl").write_bytes(json.dumps(arabic, ensure_ascii=False).encode("cp1256") + b"\n")
    arts = _articles(tmp_path)
    assert sorted(a.title for a in arts) == sorted(["کتاب", "کتاب", "كتاب"])
    assert any(a.text == "هذا نص عربي للاختبار" for a in arts)


def test_html_publication_time_keeps_its_hour_and_zone(tmp_path: Path) -> None:
    """A page's «article:published_time» with a time and an offset is that instant; a bare day is noon in Tehran."""
    para = "استاندار گیلان در جلسه شورای تأمین استان گفت که وضعیت جاده‌ها عادی است و امدادگران آماده‌اند. "

    def page(stamp: str) -> datetime | None:
        html = (f'<html><head><meta property="article:published_time" content="{stamp}"><title>سیل</title></head>'
                f"<body><article><h1>سیل در گیلان</h1><p>{para * 5}</p><p>{para * 3}</p></article></body></html>")
        (tmp_path / "p.html").write_text(html, encoding="utf-8")
        (a,) = _articles(tmp_path / "p.html")
        return a.published

    assert page("2024-11-02T08:00:00+03:30") == datetime(2024, 11, 2, 4, 30, tzinfo=UTC)
    assert page("2024-11-02T05:10:00Z") == datetime(2024, 11, 2, 5, 10, tzinfo=UTC)
    assert page("2024-11-02T08:00:00") == datetime(2024, 11, 2, 4, 30, tzinfo=UTC)  # naive: Tehran time
    assert page("2024-11-02") == datetime(2024, 11, 2, 8, 30, tzinfo=UTC)  # noon in Tehran


def test_html_page_address_and_a_jalali_meta_date(tmp_path: Path) -> None:
    """A saved page names its own address (canonical link, og:url): the article keeps it as its url, so a Fars
    link id dates it and the domain names its outlet; a Jalali «article:published_time» is read (trafilatura's
    date finder does not)."""
    para = "مدیرکل مدیریت بحران استان گفت که راه‌های روستایی باز است و امدادگران در محل مستقر شده‌اند. "

    def page(head: str) -> Article:
        html = (f"<html><head><title>راه‌ها</title>{head}</head><body><article><h1>راه‌ها باز است</h1>"
                f"<p>{para * 5}</p><p>{para * 3}</p></article></body></html>")
        (tmp_path / "p.html").write_text(html, encoding="utf-8")
        (a,) = _articles(tmp_path / "p.html")
        return a

    a = page('<link rel="canonical" href="https://www.farsnews.ir/news/14030812000123/">')
    assert a.url == "https://www.farsnews.ir/news/14030812000123/"
    assert a.published is not None and a.published.date().isoformat() == "2024-11-02"
    a = page('<meta property="article:published_time" content="1403/08/12 23:45">')
    assert a.published == datetime(2024, 11, 2, 20, 15, tzinfo=UTC)


def test_html_keeps_zwnj(tmp_path: Path) -> None:
    para = "استانداری‌ها در این جلسه گفتند که کتاب‌ها و نوشته‌های تازه به کتابخانه‌ها رسیده است. "
    html = (f"<html><head><title>کتاب‌ها</title></head><body><nav>منو</nav><article><h1>کتاب‌ها</h1>"
            f"<p>{para * 6}</p><p>{para * 4}</p></article><footer>حق نشر</footer></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (a,) = _articles(tmp_path / "page.html")
    assert "استانداری\u200cها" in a.text and "کتاب\u200cها" in a.text
    assert "منو" not in a.text


def test_telegram_export(tmp_path: Path) -> None:
    export = {
        "name": "خبر فوری", "type": "public_channel", "id": 1006789012,
        "messages": [
            {"id": 1, "type": "service", "date": "2024-01-01T09:00:00", "action": "create_channel", "text": ""},
            {"id": 2, "type": "message", "date": "2024-01-01T09:05:00", "date_unixtime": "1704087300",
             "text": "انفجار در بندر\nجزئیات بیشتر به زودی"},
            {"id": 3, "type": "message", "date": "2024-01-01T10:00:00",
             "text": ["خبر ", {"type": "bold", "text": "مهم"}, " امروز"]},
            {"id": 4, "type": "message", "date": "2024-01-01T11:00:00", "photo": "photos/p.jpg", "text": ""},
        ],
    }
    p = tmp_path / "result.json"
    p.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    items = list(read_export(tmp_path, username="khabar_fori"))
    arts = [i for i in items if isinstance(i, Article)]
    rej = [i for i in items if isinstance(i, Rejected)]
    assert [a.url for a in arts] == ["https://t.me/khabar_fori/2", "https://t.me/khabar_fori/3"]
    assert arts[0].title == "انفجار در بندر" and arts[0].published == datetime(2024, 1, 1, 5, 35, tzinfo=UTC)
    assert arts[1].text == "خبر مهم امروز"
    assert {a.source_name for a in arts} == {"خبر فوری"}
    assert [(r.position, r.reason) for r in rej] == [("message 4", "media-only message (photo)")]
    # without a username (Telegram Desktop exports do not carry one): private-style links, via read_path
    arts2 = [i for i in read_path(p) if isinstance(i, Article)]
    assert arts2[0].url == "https://t.me/c/1006789012/2" and arts2[0].source == "telegram:1006789012"


def test_ingest_idempotent_and_source_override(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps({"title": f"ت{i}", "text": f"{BODY} {i}"}, ensure_ascii=False)
                           for i in range(50)), encoding="utf-8")
    store = Store.open(tmp_path / "s.db")
    r1 = ingest([f], store, source="my-desk")
    assert (r1.added, r1.duplicates, r1.quarantined) == (50, 0, 0)
    r2 = ingest([f], store, source="my-desk")
    assert (r2.added, r2.duplicates) == (0, 50)
    # same content with Arabic letter forms and extra spaces is the same article
    g = tmp_path / "b.json"
    g.write_text(json.dumps([{"title": "ت0", "text": (BODY + " 0").replace("ک", "ك").replace(" ", "  ")}],
                            ensure_ascii=False), encoding="utf-8")
    r3 = ingest([g], store)
    assert (r3.added, r3.duplicates) == (0, 1)
    assert store.count() == 50
    assert {a.source for a in store.iter_articles()} == {"my-desk"}


def test_search_letter_variants_and_zwnj(tmp_path: Path) -> None:
    f = tmp_path / "s.jsonl"
    rows = [
        {"title": "نمایشگاه كتاب", "text": "نمایشگاه بین‌المللي كتاب تهران امروز گشایش یافت."},
        {"title": "جلسه شورا", "text": "نمایندگان استانداری‌ها در جلسه حاضر شدند."},
        {"title": "ورزش", "text": "تیم ملی فوتبال امروز تمرین کرد."},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    store = Store.open(tmp_path / "s.db")
    ingest([f], store)
    assert [a.title for a in store.search("کتاب")] == ["نمایشگاه كتاب"]  # Persian kaf finds Arabic kaf
    assert [a.title for a in store.search("بین‌المللی")] == ["نمایشگاه كتاب"]
    assert [a.title for a in store.search("استانداری")] == ["جلسه شورا"]  # finds «استانداری‌ها»
    hit = store.search("استانداری")[0]
    assert "استانداری\u200cها" in hit.text  # display text keeps the ZWNJ


@pytest.mark.parametrize("value, expected", [
    ("2024-11-02T10:00:00Z", datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),
    ("2024-11-02T13:30:00+03:30", datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),
    ("Sat, 02 Nov 2024 10:00:00 GMT", datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),
    ("2024-11-02 13:30", datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),  # naive = Tehran (+03:30)
    ("1403/08/12 13:30", datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),
    ("۱۴۰۳/۰۸/۱۲ ۱۳:۳۰", datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),
    ("۱۲ آبان ۱۴۰۳", datetime(2024, 11, 2, 8, 30, tzinfo=UTC)),
    ("2 November 2024", datetime(2024, 11, 2, 8, 30, tzinfo=UTC)),
    (1730541600, datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),
    ("1730541600000", datetime(2024, 11, 2, 10, 0, tzinfo=UTC)),
    ("", None),
])
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday-ish", "1403/13/40", "2024-02-30", "0001-01-01T00:00:00Z", True])
def test_parse_date_invalid(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


def test_real_data_counts_and_rerun_adds_nothing(raw_data: Path, tmp_path: Path) -> None:
    targets = [raw_data / "farsnews_1500", raw_data / "farsi_news_rss"]
    for t in targets:
        if not t.exists():
            pytest.skip(f"missing {t}")
    store = Store.open(tmp_path / "real.db")
    r1 = ingest(targets, store)
    assert r1.read > 2000 and r1.added > 0.9 * r1.read and r1.quarantined == 0
    assert r1.added + r1.duplicates == r1.read
    assert store.count() == r1.added
    r2 = ingest(targets, store)
    assert r2.added == 0 and r2.duplicates == r1.read


def test_ingest_idempotent_on_each_engine(any_store: Store, tmp_path: Path) -> None:
    f = tmp_path / "e.jsonl"
    f.write_text("\n".join(json.dumps({"title": f"ت{i}", "text": f"{BODY} {i}", "url": f"https://x.ir/{i}",
                                       "tags": ["a"]}, ensure_ascii=False) for i in range(30)) + "\n{bad\n",
                 encoding="utf-8")
    r1 = ingest([f], any_store)
    r2 = ingest([f], any_store)
    assert (r1.added, r1.quarantined, r2.added, r2.duplicates) == (30, 1, 0, 30)
    assert len(any_store.quarantined()) == 1
    assert any_store.search("استاندار") and any_store.count() == 30


def test_local_feed_files(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>اتم</title>'
        '<entry><title>خبر اتم</title><link href="https://atom.example/1"/><updated>2024-11-02T10:00:00Z</updated>'
        '<content type="html">&lt;p&gt;بند اول&lt;/p&gt;&lt;p&gt;بند دوم&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8")
    (tmp_path / "other.xml").write_text("<config><x>1</x></config>")
    items = list(read_path(tmp_path))
    arts = [i for i in items if isinstance(i, Article)]
    assert [(a.title, a.text, a.url) for a in arts] == [("خبر اتم", "بند اول\nبند دوم", "https://atom.example/1")]
    assert arts[0].published == datetime(2024, 11, 2, 10, 0, tzinfo=UTC) and arts[0].source_name == "اتم"
    assert [(Path(r.origin).name, r.reason[:10]) for r in items if isinstance(r, Rejected)] == [
        ("other.xml", "not a feed")]


def test_telegram_through_ingest_with_username(tmp_path: Path) -> None:
    d = tmp_path / "ChatExport_2024"
    d.mkdir()
    (d / "result.json").write_text(json.dumps({"name": "کانال", "type": "public_channel", "id": 42, "messages": [
        {"id": 7, "type": "message", "date": "2024-03-01T08:00:00", "text": "پیام نخست کانال"}]},
        ensure_ascii=False), encoding="utf-8")
    store = Store.open(tmp_path / "t.db")
    r = ingest([d], store, telegram_username="@kanal_news")
    assert r.added == 1
    (a,) = list(store.iter_articles())
    assert a.url == "https://t.me/kanal_news/7" and a.source == "telegram:kanal_news" and a.source_name == "کانال"
    # naive export dates are Tehran time
    assert a.published == datetime(2024, 3, 1, 4, 30, tzinfo=UTC)
    assert ingest([d], store, telegram_username="@kanal_news").added == 0


def test_enrich_transform_only_new_articles_and_survives_failures(tmp_path: Path) -> None:
    from didban.ingest import enrich_transform

    f = tmp_path / "n.jsonl"
    f.write_text("\n".join(json.dumps({"title": f"ت{i}", "text": f"{BODY} {i}"}, ensure_ascii=False)
                           for i in range(5)), encoding="utf-8")
    store = Store.open(tmp_path / "e.db")
    seen: list[str] = []
    errors: list[str] = []

    def enrich(articles):  # a real (tiny) stage: tags the language, fails on one article
        for a in articles:
            seen.append(a.title)
            if a.title == "ت3":
                raise RuntimeError("stage bug")
            a.lang = "fa-test"
            yield a

    r1 = ingest([f], store, transform=enrich_transform(store, enrich, on_error=errors.append))
    assert r1.added == 5 and sorted(seen) == ["ت0", "ت1", "ت2", "ت3", "ت4"]
    langs = {a.title: a.lang for a in store.iter_articles()}
    assert langs["ت0"] == "fa-test" and langs["ت3"] is None  # kept, unenriched
    assert errors == ["RuntimeError: stage bug"]
    seen.clear()
    g = tmp_path / "m.jsonl"
    g.write_text(f.read_text(encoding="utf-8") + "\n" + json.dumps({"title": "تازه", "text": BODY},
                                                                    ensure_ascii=False), encoding="utf-8")
    r2 = ingest([g], store, transform=enrich_transform(store, enrich))
    assert (r2.added, r2.duplicates) == (1, 5) and seen == ["تازه"]  # known articles are not re-enriched


def test_date_from_fars_link_when_record_has_none(tmp_path: Path) -> None:
    f = tmp_path / "fars.json"
    f.write_text(json.dumps([
        {"title": "الف", "text": "متن الف", "link": "https://www.farsnews.ir/news/13911121000971/slug"},
        {"title": "ب", "text": "متن ب", "link": "https://www.farsnews.ir/news/13911121000972", "date": "2020-01-01"},
        {"title": "ج", "text": "متن ج", "link": "https://www.hamshahrionline.ir/news/503910/slug"},
    ], ensure_ascii=False), encoding="utf-8")
    a, b, c = _articles(f)
    assert a.published == datetime(2013, 2, 9, 8, 30, tzinfo=UTC) and a.meta["date_from"] == "link"
    assert b.published == datetime(2020, 1, 1, 8, 30, tzinfo=UTC) and "date_from" not in b.meta
    assert c.published is None


def test_fars_link_ids_before_the_agency_are_not_dates(tmp_path: Path) -> None:
    f = tmp_path / "fars_old.json"
    f.write_text(json.dumps([{"title": "د", "text": "متن د", "link": "https://www.farsnews.ir/news/6010060837"}],
                            ensure_ascii=False), encoding="utf-8")
    (a,) = _articles(f)
    assert a.published is None


def test_xlsx_rows_become_articles_and_bad_rows_are_quarantined(tmp_path) -> None:
    import openpyxl

    from didban.records import Article, Rejected

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "news"
    ws.append(["title", "content", "date", "link"])
    ws.append(["سیل در گیلان", "باران شدید دیروز چند روستا را زیر آب برد.", "1405/08/12", "https://a.ir/1"])
    ws.append([None, "متنی بی‌عنوان که خط نخستش عنوان می‌شود.", None, None])
    ws.append(["بدون متن", None, None, None])
    ws.append(["تاریخ بد", "متن", "1405/13/40", None])
    wb.create_sheet("notes").append(["comment"])  # no text column: skipped
    path = tmp_path / "items.xlsx"
    wb.save(path)
    items = list(read_path(path))
    arts = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert [a.title for a in arts] == ["سیل در گیلان", "متنی بی‌عنوان که خط نخستش عنوان می‌شود.", "تاریخ بد"]
    assert arts[2].published is None and arts[2].meta["warnings"][0].startswith("invalid date in 'date'")
    assert arts[0].published.date().isoformat() == "2026-11-03" and arts[0].url == "https://a.ir/1"
    assert [(r.position, r.reason.split(":")[0]) for r in bad] == [
        ("sheet 'news' row 4", "empty text")]
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (r,) = read_path(tmp_path / "broken.xlsx")
    assert isinstance(r, Rejected) and r.reason.startswith("unreadable spreadsheet")


def test_field_names_in_any_case_and_in_persian(tmp_path: Path) -> None:
    """Exports name their columns «Title»/«Body»/«pubDate», or in Persian («عنوان»، «متن»، «تاريخ انتشار»)."""
    import openpyxl

    (tmp_path / "cap.csv").write_text(f"Title,Text,Date,Source\nخبر یک,\"{BODY}\",2024-11-02T10:00:00Z,ایرنا\n",
                                      encoding="utf-8")
    (tmp_path / "fa.csv").write_text(f"\ufeffعنوان,متن خبر,تاريخ انتشار,لینک\nخبر دو,\"{BODY}\",1403/08/12,"
                                     "https://example.ir/n/2\n", encoding="utf-8")
    (tmp_path / "cap.jsonl").write_text(json.dumps({"Headline": "خبر سه", "Body": BODY, "pubDate": "2024-11-02",
                                                    "text": ""}, ensure_ascii=False) + "\n", encoding="utf-8")
    wb = openpyxl.Workbook()
    wb.active.append(["تیتر", "متن", "منبع"])
    wb.active.append(["خبر چهار", BODY, "تسنیم"])
    wb.save(tmp_path / "fa.xlsx")
    a = _articles(tmp_path / "cap.csv")[0]
    b = _articles(tmp_path / "fa.csv")[0]
    c = _articles(tmp_path / "cap.jsonl")[0]
    d = _articles(tmp_path / "fa.xlsx")[0]
    assert (a.title, a.text, a.source) == ("خبر یک", BODY, "ایرنا")
    assert a.published == datetime(2024, 11, 2, 10, 0, tzinfo=UTC)
    assert (b.title, b.url) == ("خبر دو", "https://example.ir/n/2")
    assert b.published is not None and b.published.date().isoformat() == "2024-11-02"
    assert (c.title, c.text) == ("خبر سه", BODY)  # the empty «text» does not hide «Body»
    assert c.published is not None and c.published.date().isoformat() == "2024-11-02"
    assert (d.title, d.text, d.source) == ("خبر چهار", BODY, "تسنیم")


def test_csv_with_semicolons_tabs_or_bars_between_fields(tmp_path: Path) -> None:
    """Spreadsheets saved where the decimal mark is a comma separate fields with «;»."""
    semi = tmp_path / "export.csv"
    semi.write_text('\ufeffعنوان;متن;تاریخ\n"سیل؛ هشدار";"باران، سیل; و آب‌گرفتگی در گیلان";2024-11-02\n'
                    "زلزله;لرزه در کرمان;2024-11-03\n", encoding="utf-8")
    a, b = _articles(semi)
    assert (a.title, a.text) == ("سیل؛ هشدار", "باران، سیل; و آب‌گرفتگی در گیلان")
    assert b.title == "زلزله" and b.published is not None and b.published.day == 3
    bars = tmp_path / "bars.csv"
    bars.write_text("title|text\nالف|متنی با ویرگول, و نقطه‌ویرگول;\n", encoding="utf-8")
    (c,) = _articles(bars)
    assert c.text == "متنی با ویرگول, و نقطه‌ویرگول;"
    # a comma header that has a text column stays comma-separated, even with «;» inside the text
    plain = tmp_path / "plain.csv"
    plain.write_text('title,text\nب,"یک; دو"\n', encoding="utf-8")
    (d,) = _articles(plain)
    assert d.text == "یک; دو"
    nothing = tmp_path / "none.csv"
    nothing.write_text("a;b\n1;2\n", encoding="utf-8")
    (rej,) = list(read_path(nothing))
    assert isinstance(rej, Rejected) and "no text column" in rej.reason


def test_field_names_in_arabic(tmp_path: Path) -> None:
    """Arabic exports: «العنوان»، «النص»، «تاريخ النشر»، «الرابط»، «المصدر»."""
    text = "أفادت وكالة فارس بأن اشتباكات وقعت في مدينة زاهدان مساء الجمعة."
    (tmp_path / "ar.csv").write_text(f"العنوان,النص,تاريخ النشر,الرابط,المصدر\nاشتباكات في زاهدان,\"{text}\","
                                     "2026-12-05,https://example.net/a/1,الجزيرة\n", encoding="utf-8")
    (a,) = _articles(tmp_path / "ar.csv")
    assert (a.title, a.text, a.url, a.source) == ("اشتباكات في زاهدان", text, "https://example.net/a/1", "الجزيرة")
    assert a.published is not None and a.published.date().isoformat() == "2026-12-05"
