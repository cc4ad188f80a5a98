"""The dashboard in a real browser (Debian's chromium driven by Playwright) over uvicorn."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from didban.records import Article
from didban.store import Store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(sqlite_store: Store) -> Iterator[str]:
    sqlite_store.add_articles([
        Article(title="نمایشگاه كتاب کرمان گشایش یافت",
                text="به گزارش ایرنا، نمایشگاه كتاب استان کرمان با حضور ۱۲۰ ناشر آغاز به کار کرد.",
                url="https://example.ir/n/1", published=datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
                source="irna", source_name="ایرنا", lang="fa"),
        Article(title="بارش باران در گیلان", text="به گزارش ایسنا، بارش باران در رشت ادامه دارد.",
                url="https://example.ir/n/2", published=datetime(2026, 10, 20, 5, 0, tzinfo=UTC),
                source="isna", source_name="ایسنا", lang="fa"),
    ])
    yield from _serve(sqlite_store)


def _serve(store: Store) -> Iterator[str]:
    import uvicorn

    from didban.web.app import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):  # wait for start-up (bounded), not a timing assertion
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def enriched_server(sqlite_store: Store, actor_news: tuple) -> Iterator[str]:
    """The actor test's articles ingested through the real pipeline (NER, linking, places)."""
    from didban.ingest import enrich_transform, ingest
    from didban.pipeline import enrich

    ingest([actor_news[0]], sqlite_store, transform=enrich_transform(sqlite_store, enrich))
    yield from _serve(sqlite_store)


@pytest.fixture
def page() -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 1200, "height": 800})
        yield pg
        browser.close()


def test_dashboard_rtl_search_and_language_toggle(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/")
    assert page.get_attribute("html", "dir") == "rtl"
    body = page.inner_text("body")
    assert "۱۱ آبان ۱۴۰۵" in body  # Jalali date of 2 Nov 2026, Persian digits
    assert not re.search(r"20\d\d", body)

    shot = os.environ.get("DIDBAN_SCREENSHOT_DIR")
    if shot:
        page.screenshot(path=os.path.join(shot, "didban-home-fa.png"), full_page=True)

    # search with the Persian kaf finds the article written with the Arabic kaf
    page.fill("input[name=q]", "کتاب")
    page.click("form.search button")
    page.wait_for_url(re.compile(r".*q=.*"))
    titles = page.locator("#articles .title").all_inner_texts()
    assert titles == ["نمایشگاه كتاب کرمان گشایش یافت"]

    page.click("#lang-toggle")
    page.wait_for_url(re.compile(r".*lang=en.*"))
    assert page.get_attribute("html", "dir") == "ltr"
    assert "2 Nov 2026" in page.inner_text("#articles")
    if shot:
        page.screenshot(path=os.path.join(shot, "didban-search-en.png"), full_page=True)

    # remembered on the next page without the query parameter
    page.goto(server + "/stats")
    assert page.get_attribute("html", "dir") == "ltr"
    assert "Statistics" in page.inner_text("h1")


def test_actor_filter_and_trends_in_the_browser(enriched_server: str, page) -> None:  # noqa: ANN001
    page.goto(enriched_server + "/")
    chips = page.locator("#actors a")
    names = chips.all_inner_texts()
    assert any("داعش" in n for n in names), names
    page.locator("#actors a", has_text="داعش").first.click()
    page.wait_for_url(re.compile(r".*entity=org%3Aisis.*"))
    titles = page.locator("#articles .title").all_inner_texts()
    assert sorted(titles) == sorted(["درگیری با داعش در مرز", "بازداشت عناصر داعش"])

    page.click("a[href='/trends']")
    page.wait_for_url(re.compile(r".*/trends.*"))
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("#trend-table tbody tr").count() >= 1
    page.click("#lang-toggle")
    page.wait_for_url(re.compile(r".*lang=en.*"))
    assert "Heating up" in page.inner_text("h1")
