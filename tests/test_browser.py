"""The built book in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from conftest import HTML

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args():
    # Debian's Chromium, never a browser Playwright would download; no background traffic.
    return {"executable_path": str(CHROMIUM), "headless": True,
            "args": ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]}


@pytest.fixture(scope="session")
def site(built_html):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built_html))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture()
def watched_page(page, site):
    """A page that records console errors and every request to a host other than ours."""
    page.console_errors, page.foreign_requests = [], []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("request", lambda req: not req.url.startswith((site, "data:", "blob:"))
            and page.foreign_requests.append(req.url))
    return page


def test_footnote_link_goes_to_the_note_and_back(watched_page, site):
    page = watched_page
    page.goto(f"{site}/book/zubok-1980s.html")
    page.click("#fnref-44")
    assert page.url.endswith("#fn-44")
    assert "Nikolai Ryzhkov" in page.locator("#fn-44").inner_text()
    page.locator("#fn-44 a[href='#fnref-44']").click()
    assert page.url.endswith("#fnref-44")
    assert page.console_errors == []


def test_paragraph_number_is_visible_and_links_to_itself(watched_page, site):
    page = watched_page
    page.goto(f"{site}/book/zubok-1980s.html")
    number = page.locator("#p-14 > a.para-num")
    assert number.is_visible()
    assert number.inner_text() == "14"
    number.click()
    assert page.url.endswith("#p-14")


@pytest.mark.parametrize("slug", ["index", "sino-soviet-1953", "khrushchev-essay", "wikipedia-survey",
                                  "country-study-1920s", "zubok-1980s"])
def test_page_loads_without_errors_or_foreign_requests(watched_page, site, slug):
    page = watched_page
    page.goto(f"{site}/book/{slug}.html", wait_until="networkidle")
    assert page.console_errors == []
    assert page.foreign_requests == []
