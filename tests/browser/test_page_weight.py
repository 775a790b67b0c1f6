"""What a page weighs, measured as a reader's browser loads it (Debian's Chromium, a cold cache,
the site served as `make serve` serves it): one page of each kind within its limits, no asset
a page does not use, and a head that carries what a search engine or a reader needs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from edition.bench_weight import LIMITS, PAGE_KINDS, weigh

KIB = 1024


@pytest.fixture(scope="module")
def weights(site, browser):
    return {kind: weigh(browser, site, path) for kind, path in PAGE_KINDS.items()}


@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_each_page_kind_is_within_its_limits(weights, kind):
    most_bytes, most_requests = LIMITS[kind]
    weight = weights[kind]
    heaviest = sorted(weight.assets.items(), key=lambda item: -item[1])[:4]
    assert weight.bytes <= most_bytes, f"{kind}: {weight}; heaviest: {heaviest}"
    assert weight.requests <= most_requests, f"{kind}: {weight}; loads {sorted(weight.assets)}"


def test_a_text_chapter_is_at_most_600_kib_in_15_requests_and_the_landing_page_less(weights):
    chapter, landing = weights["text chapter"], weights["landing"]
    assert chapter.bytes <= 600 * KIB and chapter.requests <= 15, chapter
    assert landing.bytes < chapter.bytes and landing.requests <= chapter.requests, landing


def test_no_page_loads_an_asset_it_does_not_use(weights):
    """Font Awesome (its script and font), Thebe, sphinx-design and the togglebutton have no use
    on any page; the search scripts and index serve the search page only."""
    unused = re.compile(r"fontawesome|fa-solid|thebe|sphinx-design|design-tabs|togglebutton")
    search = re.compile(r"searchindex\.js|searchtools\.js|language_data\.js")
    for kind, weight in weights.items():
        assert [a for a in weight.assets if unused.search(a)] == [], kind
        if kind != "search":
            assert [a for a in weight.assets if search.search(a)] == [], kind
    assert any(search.search(a) for a in weights["search"].assets)


def test_the_search_page_finds_a_name(site, page):
    page.goto(f"{site}/search.html?q=Andropov", wait_until="networkidle")
    page.wait_for_selector("#search-results li", timeout=10000)
    assert "zubok-1980s" in page.inner_html("#search-results")


def test_icons_are_drawn_without_a_font_or_a_script(site, page):
    """The theme's icons (menu, contents, colour mode, search) show, drawn from SVG."""
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site}/book/zubok-1980s.html", wait_until="networkidle")
    for name in ("fa-bars", "fa-list", "fa-magnifying-glass"):
        icon = page.locator(f".{name}:visible").first
        box = icon.bounding_box()
        assert box and box["width"] >= 10 and box["height"] >= 10, name
        assert "svg" in icon.evaluate("e => getComputedStyle(e).maskImage || getComputedStyle(e).webkitMaskImage")


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.descriptions, self.index_links = [], []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and attributes.get("name") == "description":
            self.descriptions.append(attributes.get("content") or "")
        if tag == "a" and "index-link" in (attributes.get("class") or "").split():
            self.index_links.append(attributes)


def test_every_page_has_one_meta_description(built_html):
    pages = sorted(built_html.glob("book/*.html")) + [built_html / "search.html"]
    for path in pages:
        head = _Head()
        head.feed(path.read_text(encoding="utf-8"))
        assert len(head.descriptions) == 1 and 20 <= len(head.descriptions[0]) <= 160, path.name


def test_index_links_carry_no_id_title_or_extra_class(built_html):
    head = _Head()
    head.feed((built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8"))
    assert len(head.index_links) > 100
    for link in head.index_links:
        assert set(link) == {"class", "href"} and link["class"] == "index-link", link
