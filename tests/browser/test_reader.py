"""The reader's side of the built book, in Debian's Chromium driven by Playwright.

Every page loads cleanly from 127.0.0.1 alone; the offline full-text search finds each text;
footnotes and editor's notes go and come back, with the mouse and with the keyboard alone;
axe-core finds no serious or critical violation on any page, in light and in dark mode; and
on a 375 px phone screen no page scrolls sideways. Fixtures (the server, Chromium's launch
arguments, `watched_page`) are in conftest.py.
"""

from __future__ import annotations

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe

from conftest import ROOT, SLUGS, chapter_text, wait_for_fragment, load_yaml


ROOT_PAGES = ["index.html", "genindex.html", "search.html", "404.html"]


def _toc_pages() -> list[str]:
    """Every page of the table of contents, as its built path (book/<name>.html)."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key in ("root", "file"):
                if key in node:
                    found.append(f"{node[key]}.html")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_yaml((ROOT / "_toc.yml").read_text(encoding="utf-8")))
    return found


BOOK_PAGES = _toc_pages()
PAGES = ROOT_PAGES + BOOK_PAGES
TEXTS = SLUGS  # the catalogue's
AXE = Axe()  # axe-core as bundled in the axe-playwright-python wheel: nothing is downloaded


def watch(page, site):
    """Record on `page` its console and script errors, requests to other hosts, and failed requests."""
    page.console_errors, page.foreign_requests, page.failed_requests = [], [], []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda error: page.console_errors.append(f"uncaught: {error}"))
    page.on("request", lambda req: not req.url.startswith((site, "data:", "blob:"))
            and page.foreign_requests.append(req.url))
    page.on("requestfailed", lambda req: page.failed_requests.append(f"{req.url}: {req.failure}"))
    page.on("response", lambda resp: resp.status >= 400 and page.failed_requests.append(f"{resp.url}: {resp.status}"))
    return page


@pytest.fixture()
def open_page(browser, site):
    """`open_page(path, **context_args)`: a watched page in a fresh browser context (its own colour
    scheme, viewport), loaded to network idle; the contexts are closed after the test."""
    contexts = []

    def open_(path: str, **context_args):
        contexts.append(context := browser.new_context(**context_args))
        page = watch(context.new_page(), site)
        page.goto(f"{site}/{path}", wait_until="networkidle")
        if path == "index.html":  # the root page is a redirect to the book's landing page
            page.wait_for_url("**/book/index.html")
            page.wait_for_load_state("networkidle")
        return page

    yield open_
    for context in contexts:
        context.close()


def test_every_built_page_is_tested(built_html):
    built = sorted(str(p.relative_to(built_html)) for p in (built_html / "book").glob("*.html"))
    assert built == sorted(BOOK_PAGES), "a page is built but not in _toc.yml (so not tested here), or missing"
    assert sorted(p.name for p in built_html.glob("*.html")) == sorted(ROOT_PAGES)


# --- every page loads from 127.0.0.1 alone, with no error --------------------------------------

@pytest.mark.parametrize("path", PAGES)
def test_page_loads_with_no_error_and_no_other_host(open_page, path):
    page = open_page(path)
    assert page.console_errors == [], f"{path}: console errors {page.console_errors}"
    assert page.foreign_requests == [], f"{path}: requests to other hosts {page.foreign_requests}"
    assert page.failed_requests == [], f"{path}: failed requests {page.failed_requests}"
    assert page.locator("main").count() == 1
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(el => el.id)")
    assert sorted({i for i in ids if ids.count(i) > 1}) == [], f"{path}: an id used twice breaks its anchor"


# --- the offline full-text search finds each text --------------------------------------------

# A phrase from each text, copied from its chapter; its words occur together in no other text.
# (No two-letter words but stop words: Sphinx then lists pages that lack a longer word.)
SEARCHES = [
    ("wikipedia-survey", "formalized in a party program ratified by delegates"),
    ("country-study-1920s", "promoting opposition among the indigenous populations against imperialist exploitation"),
    ("sino-soviet-1953", "leadership commenced to shape"),
    ("khrushchev-essay", "misfortune stretching more than 3000 kilometers"),
    ("zubok-1980s", "deadlock in its revolutionary-imperial trajectory"),
]


def search(page, site, query: str) -> list[str]:
    """The pages (book/<name>) that the book's own search lists for `query`."""
    page.goto(f"{site}/search.html?q={query.replace(' ', '+')}")
    page.wait_for_function(
        "() => { const s = document.querySelector('#search-results p.search-summary');"
        " return s && /Search finished|did not match/.test(s.innerText); }", timeout=15_000)
    hrefs = page.eval_on_selector_all("#search-results ul.search li > a", "els => els.map(a => a.getAttribute('href'))")
    return sorted({href.split("#")[0].split("?")[0].removesuffix(".html") for href in hrefs})


def test_search_table_covers_every_text():
    assert sorted(slug for slug, _ in SEARCHES) == sorted(TEXTS)


@pytest.mark.parametrize("slug, phrase", SEARCHES)
def test_search_finds_a_phrase_from_each_text(watched_page, site, slug, phrase):
    assert phrase in chapter_text(slug), "the phrase must be the chapter's own words"
    found = search(watched_page, site, phrase)
    assert f"book/{slug}" in found, f"search for {phrase!r} lists {found}"
    others = [page for page in found if page.removeprefix("book/") in TEXTS and page != f"book/{slug}"]
    assert others == [], f"the phrase is in {slug} only, but search also lists {others}"
    # the result's summary quotes the chapter (the page was fetched from 127.0.0.1)
    summary = watched_page.locator(f"#search-results ul.search li:has(> a[href^='book/{slug}.html']) p.context")
    summary.first.wait_for(timeout=10_000)
    assert watched_page.console_errors == [] and watched_page.foreign_requests == []


def test_search_for_a_word_in_no_text_finds_nothing(watched_page, site):
    assert search(watched_page, site, "xylophonequartz") == []


# --- footnotes go to the note and come back --------------------------------------------------

# Zubok's notes (the only text with notes): first, one with an emendation, the one the source
# lost (18, marked missing), a long one, and the last two.
NOTES = [
    (1, "This article developed from the paper presented for conference"),
    (11, "The Interkit Story"),
    (18, "The body of this note is missing from the source."),
    (44, "Nikolai Ryzhkov"),
    (72, "Vizit M.S. Gorbacheva v Pekin v 1989 godu"),
    (73, "With His Back Against the Wall"),
]


@pytest.mark.parametrize("number, words", NOTES)
def test_footnote_link_goes_to_the_note_and_back(watched_page, site, number, words):
    page = watched_page
    page.goto(f"{site}/book/zubok-1980s.html")
    marker, note = page.locator(f"#fnref-{number}"), page.locator(f"#fn-{number}")
    assert marker.inner_text().strip("[]") == str(number)
    marker.click()
    wait_for_fragment(page, f"#fn-{number}")
    assert words in note.inner_text()
    assert note.evaluate("el => el.getBoundingClientRect().top") < page.viewport_size["height"] / 2, \
        "the note is scrolled to the top of the screen"
    note.locator(f"a[href='#fnref-{number}']").click()
    wait_for_fragment(page, f"#fnref-{number}")
    top = marker.evaluate("el => el.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"], "back at the marker"
    assert page.console_errors == []


def test_missing_note_is_marked_as_the_editors_words(watched_page, site):
    watched_page.goto(f"{site}/book/zubok-1980s.html")
    assert watched_page.locator("#fn-18 span.editorial.missing em").inner_text() == \
        "The body of this note is missing from the source."


# --- axe-core: no serious or critical violation on any page, light or dark ------------------

def serious_violations(page, context=None) -> list[str]:
    results = AXE.run(page, context=context) if context else AXE.run(page)
    return [f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:8])}"
            f"{' ...' if len(v['nodes']) > 8 else ''} -- {v['help']}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


# Each page once in each scheme; a text's page in the light scheme is axe's in both its views,
# once each, in test_reading_view.py (the reading view is a page's view when none was chosen).
AXE_PAGES = [(path, scheme) for path in PAGES for scheme in ("light", "dark")
             if not (scheme == "light" and path in {f"book/{slug}.html" for slug in TEXTS})]


def test_axe_sees_every_page_in_both_schemes_once():
    from test_reading_view import VIEWS
    assert "reading" in VIEWS and set(TEXTS) <= set(SLUGS)
    seen = set(AXE_PAGES) | {(f"book/{slug}.html", "light") for slug in SLUGS}
    assert seen == {(path, scheme) for path in PAGES for scheme in ("light", "dark")}


@pytest.mark.parametrize("path, scheme", AXE_PAGES, ids=[f"{path}-{scheme}" for path, scheme in AXE_PAGES])
def test_no_serious_or_critical_accessibility_violation(open_page, path, scheme):
    page = open_page(path, color_scheme=scheme)
    # the theme follows the system setting ("auto"): wait until it has applied it (the 404 page
    # has no theme: its own style follows prefers-color-scheme)
    page.wait_for_function("scheme => !document.documentElement.hasAttribute('data-theme')"
                           " || document.documentElement.dataset.theme === scheme", arg=scheme)
    violations = serious_violations(page)
    assert not violations, f"{path} ({scheme}):\n" + "\n".join(violations)


# --- the keyboard alone: emendations and editor's notes ----------------------------------------

EMENDED = ["wikipedia-survey", "sino-soviet-1953", "khrushchev-essay", "zubok-1980s"]


def tab_until(page, selector: str, limit: int = 1500) -> int:
    """Press Tab until the focused element matches `selector`; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("sel => document.activeElement && document.activeElement.matches(sel)", selector):
            return presses
    raise AssertionError(f"{limit} presses of Tab never reached {selector}")


def original_box(page, emendation) -> dict:
    return emendation.locator(".emendation-original").evaluate(
        "el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);"
        " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width,"
        " height: r.height, clip: s.clipPath, visibility: s.visibility}; }")


def in_study_view(page) -> None:
    """Emendation marks and editor's calls are the study view's (edition.js, edition.css): the
    reader chose it on an earlier page (the choice is remembered in localStorage)."""
    page.add_init_script("localStorage.setItem('edition-view', 'study')")


def test_every_emended_text_is_in_the_keyboard_table():
    assert sorted(EMENDED) == sorted(s for s in TEXTS if "{emend}" in chapter_text(s))


@pytest.mark.parametrize("slug", EMENDED)
def test_tab_reaches_an_emendation_and_shows_the_source_reading(watched_page, site, slug):
    page = watched_page
    in_study_view(page)
    page.goto(f"{site}/book/{slug}.html")
    first = page.locator("span.emendation[tabindex='0']").first
    hidden = original_box(page, first)
    assert hidden["width"] <= 1 and hidden["height"] <= 1, "the source's reading is hidden until asked for"
    tab_until(page, "span.emendation[tabindex='0']")
    focused = page.locator("span.emendation:focus")
    assert focused.get_attribute("id") == first.get_attribute("id"), "Tab reaches the first emendation first"
    original = focused.locator(".emendation-original")
    assert "source reads" in original.inner_text()
    assert focused.get_attribute("aria-describedby") == original.get_attribute("id")
    shown = original_box(page, focused)
    assert shown["clip"] == "none" and shown["visibility"] == "visible"
    assert shown["width"] > 40 and shown["height"] > 8, shown
    viewport = page.viewport_size
    assert 0 <= shown["left"] and shown["right"] <= viewport["width"], "the reading is on screen"
    assert 0 <= shown["top"] and shown["bottom"] <= viewport["height"], "the reading is on screen"
    assert page.console_errors == []
    # ...and legible: axe on the shown reading (dark mode: the phone test below). (axe itself
    # then fetches the theme's stylesheet imports with a wrong base: a 404 in the console.)
    violations = serious_violations(page, f"#{focused.get_attribute('id')}")
    assert not violations, "\n".join(violations)
    page.keyboard.press("Tab")
    assert original_box(page, first)["width"] <= 1, "hidden again when focus moves on"


def test_emendation_reading_on_a_phone_is_on_screen(open_page):
    page = open_page("book/zubok-1980s.html", viewport={"width": 375, "height": 740},
                     color_scheme="dark")
    page.locator("button.view-toggle").click()  # the study view shows the emendations
    for emendation in page.locator("span.emendation[tabindex='0']").all()[:6]:
        emendation.focus()
        box = original_box(page, emendation)
        assert box["width"] > 40 and 0 <= box["left"] and box["right"] <= 375, box
        assert 0 <= box["top"] and box["bottom"] <= 740, box
        assert page.evaluate("document.documentElement.scrollWidth") <= 376
    violations = serious_violations(page, "span.emendation:focus")
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("slug", TEXTS)
def test_keyboard_goes_to_an_editors_note_and_back(watched_page, site, slug):
    page = watched_page
    in_study_view(page)
    page.goto(f"{site}/book/{slug}.html")
    tab_until(page, "sup.editorial-note-ref a")
    marker = page.locator("sup.editorial-note-ref a:focus")
    target, marker_id = marker.get_attribute("href"), marker.get_attribute("id")
    assert target.startswith("#ed-")
    page.keyboard.press("Enter")
    wait_for_fragment(page, target)
    note = page.locator(target)
    assert note.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    # the note is where Tab goes next: its back link
    page.keyboard.press("Tab")
    back = page.locator(f"{target} a.editorial-note-back")
    assert back.evaluate("el => el === document.activeElement"), "Tab after the jump lands on the note's back link"
    assert back.get_attribute("href") == f"#{marker_id}"
    page.keyboard.press("Enter")
    wait_for_fragment(page, f"#{marker_id}")
    assert page.locator(f"#{marker_id}").evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    assert page.console_errors == []


# --- a 375 px phone screen: no page scrolls sideways ------------------------------------------

OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth, out = [];
  const contained = el => { for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.position === 'fixed' || ['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)) return true; }
    return false; };
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 1 && !contained(el)) out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.right)}px)`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode());) {
    const range = document.createRange(); range.selectNodeContents(n);
    if (range.getBoundingClientRect().right > width + 1 && !contained(n.parentElement))
      out.push(`text "${n.textContent.trim().slice(0, 60)}" (${Math.round(range.getBoundingClientRect().right)}px)`);
  }
  return out.slice(0, 6);
}"""


@pytest.mark.parametrize("path", PAGES)
def test_nothing_scrolls_sideways_at_375_px(open_page, path):
    page = open_page(path, viewport={"width": 375, "height": 740})
    scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert client == 375
    assert scroll <= client + 1, f"{path} is {scroll} px wide at 375 px; too wide: {page.evaluate(OVERFLOWING)}"
