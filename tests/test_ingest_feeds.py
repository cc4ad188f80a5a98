"""Feeds over HTTP from a local server: conditional GET, full text, bounds, address checks, watch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from didban.ingest import ingest
from didban.ingest.feeds import fetch_feed, read_feed_list
from didban.ingest.net import Fetcher, FetchError, Refused, check_url
from didban.ingest.watch import backoff_delay, watch
from didban.store import Store

PARA = "نمایندگان استانداری‌ها امروز در نشست ویژه درباره وضعیت آب و برق استان گفت‌وگو کردند و تصمیم‌هایی گرفتند. "


def page_html(i: int) -> str:
    return (f"<html><head><title>خبر {i}</title></head><body><nav>خانه | ورزش</nav><article>"
            f"<h1>خبر {i}</h1><p>{PARA * 4} شماره {i}.</p><p>{PARA * 3}</p></article>"
            "<footer>همه حقوق محفوظ است</footer></body></html>")


def rss(base: str, n: int = 3) -> str:
    items = "".join(
        f"<item><title>خبر {i}</title><link>{base}/page/{i}</link>"
        f"<description>خلاصه کوتاه خبر {i}</description>"
        f"<pubDate>{format_datetime(datetime(2024, 11, 2, 10, i, tzinfo=UTC), usegmt=True)}</pubDate></item>"
        for i in range(1, n + 1)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرگزاری آزمون</title>'
            f"<link>{base}/</link><language>fa</language>{items}</channel></rss>")


class Server:
    def __init__(self) -> None:
        self.log: list[tuple[str, str, float]] = []  # (path, If-None-Match, time)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _send(self, code: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                outer.log.append((self.path, self.headers.get("If-None-Match") or "", time.monotonic()))
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                if self.path == "/feed.xml":
                    if self.headers.get("If-None-Match") == '"v1"':
                        self._send(304, headers={"ETag": '"v1"'})
                    else:
                        self._send(200, rss(base).encode(), "application/rss+xml", {"ETag": '"v1"'})
                elif self.path.startswith("/page/"):
                    self._send(200, page_html(int(self.path.rsplit("/", 1)[1])).encode())
                elif self.path == "/loop":
                    self._send(302, headers={"Location": "/loop"})
                elif self.path == "/to-file":
                    self._send(302, headers={"Location": "file:///etc/passwd"})
                elif self.path == "/moved":
                    self._send(301, headers={"Location": "/feed.xml"})
                elif self.path == "/big":
                    self._send(200, b"<rss>" + b" " * 300_000 + b"</rss>", "application/rss+xml")
                elif self.path == "/broken":
                    self._send(500, b"oops")
                elif self.path == "/baddate.xml":  # one item with a date no reader takes
                    body = rss(base, 1).replace("<pubDate>", "<pubDate>not a date ").encode()
                    self._send(200, body, "application/rss+xml")
                else:
                    self._send(404, b"no")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.log]


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(allow_private=True, delay=0.0, timeout=5.0, max_bytes=100_000) as f:
        yield f


def test_etag_second_poll_304_adds_nothing(server: Server, fetcher: Fetcher, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "f.db")
    url = server.base + "/feed.xml"
    r1 = fetch_feed(url, store, fetcher=fetcher)
    assert (r1.added, r1.not_modified) == (3, 0)
    assert store.feed_state(url)["etag"] == '"v1"'
    arts = sorted(store.iter_articles(), key=lambda a: a.url or "")
    # items carried only a summary: the linked page's main text replaced it, boilerplate dropped
    assert all("استانداری\u200cها" in a.text and "همه حقوق" not in a.text for a in arts)
    assert arts[0].meta["summary"] == "خلاصه کوتاه خبر 1"
    assert arts[0].published == datetime(2024, 11, 2, 10, 1, tzinfo=UTC)
    assert {a.source_name for a in arts} == {"خبرگزاری آزمون"} and {a.source for a in arts} == {url}
    before = len(server.log)
    r2 = fetch_feed(url, store, fetcher=fetcher)
    assert (r2.added, r2.not_modified, r2.read) == (0, 1, 0)
    assert server.log[before:][0][:2] == ("/feed.xml", '"v1"')
    assert server.paths()[before:] == ["/feed.xml"]  # no page fetched on 304
    assert store.feed_state(url)["last_status"] == 304
    assert store.count() == 3


def test_known_items_not_refetched(server: Server, fetcher: Fetcher, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "f.db")
    url = server.base + "/feed.xml"
    fetch_feed(url, store, fetcher=fetcher)
    store.save_feed_state(url, etag=None)  # forget the ETag: full response again
    before = len(server.log)
    r = fetch_feed(url, store, fetcher=fetcher)
    assert (r.added, r.duplicates) == (0, 3)
    assert server.paths()[before:] == ["/feed.xml"]


def test_private_addresses_refused_without_flag(server: Server, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "f.db")
    report = ingest([server.base + "/feed.xml"], store)
    assert report.added == 0 and report.errors and "non-public address 127.0.0.1" in report.errors[0]
    assert server.log == []  # nothing was requested
    assert store.feed_state(server.base + "/feed.xml")["failures"] == 1
    with Fetcher(allow_private=True, delay=0.0) as f:
        ok = ingest([server.base + "/feed.xml"], store, fetcher=f)
    assert ok.added == 3


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8080/x", "http://10.1.2.3/", "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
    "file:///etc/passwd", "ftp://example.com/",
])
def test_check_url_refuses(url: str) -> None:
    with pytest.raises(Refused):
        check_url(url)


def test_check_url_public_ip_and_flag() -> None:
    check_url("http://8.8.8.8/feed")  # a public literal needs no DNS
    check_url("http://127.0.0.1/", allow_private=True)


def test_redirects_size_and_status(server: Server, fetcher: Fetcher, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher.get(server.base + "/loop")
    assert server.paths().count("/loop") == fetcher.max_redirects + 1
    with pytest.raises(FetchError, match="too large"):
        fetcher.get(server.base + "/big")
    with pytest.raises(FetchError, match="HTTP 500"):
        fetcher.get(server.base + "/broken")
    store = Store.open(tmp_path / "f.db")
    r = fetch_feed(server.base + "/moved", store, fetcher=fetcher)  # one redirect is fine
    assert r.added == 3


def test_politeness_delay_per_host(server: Server, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "f.db")
    with Fetcher(allow_private=True, delay=0.25) as f:
        fetch_feed(server.base + "/feed.xml", store, fetcher=f)
    times = [t for _, _, t in server.log]
    assert len(times) == 4  # feed + three pages
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.2


def test_opml_and_feed_list(server: Server, fetcher: Fetcher, tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>'
        f'<outline text="news"><outline type="rss" text="آزمون" xmlUrl="{server.base}/feed.xml"/></outline>'
        f'<outline type="rss" text="dead" xmlUrl="{server.base}/missing.xml"/></body></opml>', encoding="utf-8")
    store = Store.open(tmp_path / "f.db")
    r = ingest([opml], store, fetcher=fetcher)
    assert r.added == 3 and len(r.errors) == 1 and "HTTP 404" in r.errors[0]
    lst = tmp_path / "feeds.txt"
    lst.write_text(f"# my feeds\n{server.base}/feed.xml 60\n{server.base}/other.xml\n")
    assert read_feed_list(str(lst)) == [(f"{server.base}/feed.xml", 60.0), (f"{server.base}/other.xml", None)]


def test_watch_backoff_and_conditional_polls(server: Server, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "w.db")
    good, bad = server.base + "/feed.xml", server.base + "/broken"
    delays: dict[str, list[float]] = {good: [], bad: []}
    total = watch([(good, 0.05), (bad, 0.05)], store, rounds=3, allow_private=True, max_backoff=0.15,
                  on_poll=lambda url, rep, err, delay: delays[url].append(delay))
    assert total.added == 3 and total.not_modified == 2
    assert delays[good] == [0.05, 0.05, 0.05]
    assert delays[bad] == [0.05, 0.1, 0.15]  # doubling, capped
    assert store.feed_state(bad)["failures"] == 3 and store.feed_state(good)["failures"] == 0
    assert backoff_delay(900, 4, 3600) == 3600 and backoff_delay(900, 0, 3600) == 900


def test_watch_cli_stops_cleanly_on_sigterm(server: Server, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from didban.cli import main; main()", "watch", server.base + "/feed.xml",
         "--db", str(db), "--interval", "0.2", "--allow-private", "--no-enrich", "--no-full-text"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.paths().count("/feed.xml") < 2:
            time.sleep(0.1)
        assert server.paths().count("/feed.xml") >= 2, proc.stderr.read1().decode() if proc.stderr else ""
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err.decode()
    assert "SIGTERM" in err.decode() and "stopped" in err.decode()
    store = Store.open(db)
    assert store.count() == 3 and store.feed_state(server.base + "/feed.xml")["etag"] == '"v1"'


def test_redirect_target_rechecked(server: Server, fetcher: Fetcher) -> None:
    # every hop is checked: an allowed first hop cannot redirect to a refused scheme or address
    with pytest.raises(Refused, match="scheme 'file'"):
        fetcher.get(server.base + "/to-file")


def test_connection_level_guard(server: Server) -> None:
    """The transport re-checks the address it connects to (DNS rebinding), even when the
    request-level check is bypassed."""
    import httpx

    from didban.ingest.net import _guarded_transport

    with httpx.Client(transport=_guarded_transport(False)) as c, pytest.raises(Refused):  # type: ignore[arg-type]
        c.get(server.base + "/feed.xml")
    assert server.log == []
    with httpx.Client(transport=_guarded_transport(True)) as c:  # type: ignore[arg-type]
        assert c.get(server.base + "/feed.xml").status_code == 200


def test_cli_ingest_feed_url_twice(server: Server, tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from didban.cli import _register, app

    _register()
    args = ["ingest", server.base + "/feed.xml", "--db", str(tmp_path / "c.db"), "--no-enrich", "--json",
            "--delay", "0"]
    runner = CliRunner()
    refused = runner.invoke(app, args)
    assert refused.exit_code == 1 and "non-public address" in json.loads(refused.stdout.splitlines()[-1])["errors"][0]
    first = runner.invoke(app, [*args, "--allow-private"])
    second = runner.invoke(app, [*args, "--allow-private"])
    assert first.exit_code == 0 and second.exit_code == 0, (first.output, second.output)
    s1, s2 = (json.loads(r.stdout.splitlines()[-1]) for r in (first, second))
    assert (s1["added"], s1["not_modified"]) == (3, 0)
    assert (s2["added"], s2["not_modified"], s2["read"]) == (0, 1, 0)


def test_page_url_becomes_one_article(server: Server, fetcher: Fetcher, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    r = ingest([server.base + "/page/7"], store, fetcher=fetcher)
    assert r.added == 1
    (a,) = list(store.iter_articles())
    assert a.url == server.base + "/page/7" and "شماره 7" in a.text and "همه حقوق" not in a.text
    assert ingest([server.base + "/page/7"], store, fetcher=fetcher).added == 0


def test_stop_mid_feed_leaves_rest_for_next_poll(server: Server, fetcher: Fetcher, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    url = server.base + "/feed.xml"
    checks = iter([False, True, True])
    r1 = fetch_feed(url, store, fetcher=fetcher, should_stop=lambda: next(checks))
    assert r1.added == 1 and store.feed_state(url)["etag"] is None
    assert server.paths() == ["/feed.xml", "/page/1"]
    r2 = fetch_feed(url, store, fetcher=fetcher)
    assert (r2.added, r2.duplicates, r2.not_modified) == (2, 1, 0)
    assert server.paths()[2:] == ["/feed.xml", "/page/2", "/page/3"]
    assert store.feed_state(url)["etag"] == '"v1"' and store.count() == 3


def test_persian_dates_feedparser_cannot_read() -> None:
    """«۱۲ آبان ۱۴۰۳ - ۱۰:۳۰» in pubDate (Tehran time), and RFC 822 as feedparser reads it."""
    from didban.ingest.feeds import parse_feed
    from didban.records import Article

    rss = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نمونه</title>'
           "<item><title>الف</title><link>https://n.example.ir/1</link><pubDate>Sat, 02 Nov 2024 08:00:00 +0330</pubDate>"
           "<description>متن اول</description></item>"
           "<item><title>ب</title><link>https://n.example.ir/2</link><pubDate>۱۲ آبان ۱۴۰۳ - ۱۰:۳۰</pubDate>"
           "<description>متن دوم</description></item>"
           "<item><title>ج</title><link>https://n.example.ir/3</link><pubDate>1403/08/13</pubDate>"
           "<description>متن سوم</description></item>"
           "<item><title>د</title><link>https://n.example.ir/4</link><pubDate>فردا</pubDate>"
           "<description>متن چهارم</description></item></channel></rss>").encode()
    items, _ = parse_feed(rss, "test.xml")
    got = {a.title: a.published for a in items if isinstance(a, Article)}
    assert got["الف"] == datetime(2024, 11, 2, 4, 30, tzinfo=UTC)
    assert got["ب"] == datetime(2024, 11, 2, 7, 0, tzinfo=UTC)
    assert got["ج"] == datetime(2024, 11, 3, 8, 30, tzinfo=UTC)  # a bare day: noon in Tehran
    assert got["د"] is None  # not a date: no date, the item is kept


def test_watch_names_urls_it_can_never_fetch(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from didban.cli import _register, app

    _register()
    opml = tmp_path / "feeds.opml"
    opml.write_text('<opml><body><outline xmlUrl="not a url"/><outline xmlUrl="ftp://x/y"/>'
                    '<outline xmlUrl="http://[::1"/></body></opml>', encoding="utf-8")
    res = CliRunner().invoke(app, ["watch", "--db", str(tmp_path / "w.db"), str(opml)])
    assert res.exit_code == 2  # nothing left to watch: not a loop retrying them every 15 minutes
    assert res.stderr.count("skipped") == 3 and "no feeds to watch" in res.stderr
    assert "unsupported URL scheme 'ftp'" in res.stderr and "malformed URL" in res.stderr


def test_extract_reads_a_feed_address_as_ingest_does(server: Server) -> None:
    """`didban extract URL`: the feed's entries, their summaries completed from their pages (stop 25: the address
    was taken for a file path, «http:/127.0.0.1...: no such file»); a private address only with --allow-private."""
    import json

    from typer.testing import CliRunner

    from didban.cli import _register, app

    _register()
    url = server.base + "/feed.xml"
    res = CliRunner().invoke(app, ["extract", url, "--json", "--allow-private"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert len(rows) == 3 and all(r["published"] for r in rows)
    res = CliRunner().invoke(app, ["extract", url, "--json"])
    assert res.exit_code == 1 and "127.0.0.1" in res.output


def test_an_unreadable_feed_date_is_a_warning(tmp_path: Path) -> None:
    """«<pubDate>not a date</pubDate>»: the item is kept undated and the ingest says so (stop 25: silently)."""
    from didban.ingest import ingest

    feed = tmp_path / "f.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>نمونه</title>'
                    "<item><title>سیل در چابهار</title><link>https://news.example.ir/n/1</link>"
                    "<pubDate>not a date</pubDate><description>بارش شدید باران در چابهار موجب جاری شدن سیل شد و "
                    "راه ده‌ها روستا بسته شد.</description></item></channel></rss>", encoding="utf-8")
    store = Store.open(tmp_path / "d.db")
    report = ingest([feed], store, full_text=False)
    assert report.added == 1 and report.warned == 1 and "not a date" in report.warnings[0]
    assert next(store.iter_articles()).published is None


def test_a_fetched_feeds_unreadable_date_is_warned_once(server: Server, fetcher: Fetcher, tmp_path: Path) -> None:
    """A fetched feed's item with an unreadable date: a warning when it is stored, none at later polls of the
    same item (a watch loop would repeat it)."""
    store = Store.open(tmp_path / "f.db")
    url = server.base + "/baddate.xml"
    first = fetch_feed(url, store, fetcher=fetcher)
    assert first.added == 1 and first.warned == 1 and "not a date" in first.warnings[0]
    again = fetch_feed(url, store, fetcher=fetcher)
    assert again.added == 0 and again.warned == 0
    assert next(store.iter_articles()).published is None
