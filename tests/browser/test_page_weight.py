"""What a page weighs, measured as a reader's browser loads it (Debian's Chromium, a cold cache,
the site served as `make serve` serves it): one page of each kind within its limits, no asset
a page does not use, and a head that carries what a search engine or a reader needs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from edition.bench_weight import CHAPTER_LIMIT, LIMITS, PAGE_KINDS, weigh
from edition.catalogue import read_catalogue

CATALOGUE = read_catalogue(ROOT)
CHAPTERS = [page for page in CATALOGUE.pages if page != "book/index"]  # every chapter of the toc


@pytest.fixture(scope="module")
def weighed(site, browser):
    """`weighed(path)`: the page's one cold load, whichever test asks for it (a kind's page is
    also a chapter)."""
    found = {}

    def weigh_once(path: str):
        if path not in found:
            found[path] = weigh(browser, site, path)
        return found[path]

    return weigh_once


@pytest.fixture(scope="module")
def weights(weighed):
    return {kind: weighed(path) for kind, path in PAGE_KINDS.items()}


@pytest.fixture(scope="module")
def chapter_weights(weighed):
    return {page: weighed(f"{page}.html") for page in CHAPTERS}


def test_every_chapter_text_or_data_is_at_most_600_kib_in_15_requests(chapter_weights):
    most_bytes, most_requests = CHAPTER_LIMIT
    assert set(CATALOGUE.data_chapters) <= set(chapter_weights) and set(CATALOGUE.pages) - set(chapter_weights) == {
        "book/index"}
    over = {page: f"{weight}; heaviest {sorted(weight.assets.items(), key=lambda item: -item[1])[:3]}"
            for page, weight in chapter_weights.items()
            if weight.bytes > most_bytes or weight.requests > most_requests}
    assert not over, over


def test_the_landing_page_weighs_less_than_any_text_chapter(weights, chapter_weights):
    landing = weights["landing"]
    for text in CATALOGUE.texts:
        chapter = chapter_weights[text.page]
        assert landing.bytes < chapter.bytes and landing.requests <= chapter.requests, (text.slug, landing, chapter)


@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_each_page_kind_is_within_its_limits(weights, kind):
    most_bytes, most_requests = LIMITS[kind]
    weight = weights[kind]
    heaviest = sorted(weight.assets.items(), key=lambda item: -item[1])[:4]
    assert weight.bytes <= most_bytes, f"{kind}: {weight}; heaviest: {heaviest}"
    assert weight.requests <= most_requests, f"{kind}: {weight}; loads {sorted(weight.assets)}"


def test_no_page_loads_an_asset_it_does_not_use(weights):
    """Font Awesome (its script and font), Thebe, sphinx-design and the togglebutton have no use
    on any page, sphinx-copybutton none either (edition.js copies a code cell); the search scripts
    and index serve the search page only."""
    unused = re.compile(r"fontawesome|fa-solid|thebe|sphinx-design|design-tabs|togglebutton|copybutton|clipboard")
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
    """Only their class, their target and, for the reading view the page opens in, tabindex -1."""
    head = _Head()
    head.feed((built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8"))
    assert len(head.index_links) > 100
    for link in head.index_links:
        assert set(link) == {"class", "href", "tabindex"} and link["class"] == "index-link", link
        assert link["tabindex"] == "-1", link
