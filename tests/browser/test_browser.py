"""The built book in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import pytest

from conftest import wait_for_fragment




def test_footnote_link_goes_to_the_note_and_back(watched_page, site):
    page = watched_page
    page.goto(f"{site}/book/zubok-1980s.html")
    page.click("#fnref-44")
    wait_for_fragment(page, "#fn-44")
    assert "Nikolai Ryzhkov" in page.locator("#fn-44").inner_text()
    page.locator("#fn-44 a[href='#fnref-44']").click()
    wait_for_fragment(page, "#fnref-44")
    assert page.console_errors == []


def test_paragraph_number_is_visible_and_links_to_itself(watched_page, site):
    page = watched_page
    page.goto(f"{site}/book/zubok-1980s.html")
    number = page.locator("#p-14 > a.para-num")
    assert number.is_visible()
    assert number.inner_text() == "14"
    number.click()
    wait_for_fragment(page, "#p-14")


@pytest.mark.parametrize("slug", ["index", "sino-soviet-1953", "khrushchev-essay", "wikipedia-survey",
                                  "country-study-1920s", "zubok-1980s"])
def test_page_loads_without_errors_or_foreign_requests(watched_page, site, slug):
    page = watched_page
    page.goto(f"{site}/book/{slug}.html", wait_until="networkidle")
    assert page.console_errors == []
    assert page.foreign_requests == []
