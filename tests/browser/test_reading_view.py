"""The reading page as a reader sees it (issue 13), in Chromium at 1280 and 375 px.

Each text chapter, in each view, is opened once (a module-scoped cache) and looked at as a
reader would: what the lines of the reading view show, where the text starts, whether anything
scrolls sideways, what axe-core finds, and how the first screen looks against a committed
reference (tests/browser/reading-references/; `UPDATE_REFERENCES=1` rewrites them, and a failing
comparison writes the actual screenshot and a diff image to _build/reading-screenshots/).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup
from PIL import Image, ImageChops

from conftest import HTML, ROOT, SLUGS, load_yaml
from edition.chapter import read_chapter

pytestmark = pytest.mark.browser

WIDTHS = {1280: 800, 375: 740}  # width: height of the first screen
FIRST_SCREEN = {1280: 1000, 375: 1600}  # the text's first paragraph starts within this many px
VIEWS = ["reading", "study"]
REFERENCES = ROOT / "tests" / "browser" / "reading-references"
FAILURES = ROOT / "_build" / "reading-screenshots"
AXE = Axe()
# Rendering that does not change between runs: no transitions, no caret, no scrollbars.
STILL = ("*, *::before, *::after { transition: none !important; animation: none !important;"
         " caret-color: transparent !important; } ::-webkit-scrollbar { display: none; }")


class Reader:
    """One page in one view at one width, opened once; what the tests ask of it is cached."""

    def __init__(self, browser, site, slug, width, view):
        self.context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]},
                                           reduced_motion="reduce", color_scheme="light")
        self.context.add_init_script(f"localStorage.setItem('edition-view', '{view}')")
        self.page = self.context.new_page()
        self.errors = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(f"{site}/book/{slug}.html", wait_until="networkidle")
        self.page.add_style_tag(content=STILL)
        self.page.evaluate("document.fonts.ready")
        self.cache = {}

    def once(self, key, compute):
        if key not in self.cache:
            self.cache[key] = compute(self.page)
        return self.cache[key]


@pytest.fixture(scope="module")
def reader(browser, site):
    opened = {}

    def open_(slug: str, width: int = 1280, view: str = "reading") -> Reader:
        key = (slug, width, view)
        if key not in opened:
            opened[key] = Reader(browser, site, slug, width, view)
        return opened[key]

    yield open_
    for one in opened.values():
        one.context.close()


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# What each numbered block shows, as rendered: the text of the nodes a reader sees, without the
# paragraph number and the note calls; and any visible element that is the editor's. The signs of
# a break in an excerpt and of a lost note ("[…]", in the editor's colour and brackets, checked by
# test_rendered_text.py) belong to the text as the edition gives it, in both views.
VISIBLE_LINES = """() => {
  const seen = el => el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
  const furniture = 'a.para-num, a.footnote-reference, .editorial.gap, .editorial.missing';
  const editors = '.editorial, .editorial-note-ref, .emendation-original, .paragraph-apparatus';
  const out = {};
  for (const block of document.querySelectorAll('article [id^="p-"]')) {
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      const parent = node.parentElement;
      if (parent.closest(furniture) || !seen(parent)) continue;
      text += node.textContent;
    }
    const marks = [...block.querySelectorAll(editors)].filter(e => seen(e) && !e.matches(furniture))
      .map(e => e.className);
    const links = [...block.querySelectorAll('a.index-link, a.term-link')].filter(a => {
      const s = getComputedStyle(a);
      return s.textDecorationLine !== 'none' || s.color !== getComputedStyle(block).color || a.tabIndex >= 0;
    }).length;
    out[block.id] = {text, marks, links};
  }
  return out;
}"""


def expected_blocks(slug: str) -> dict[str, str]:
    chapter = read_chapter(ROOT / "book" / f"{slug}.md")
    out = {}
    for pid, block in chapter.paragraphs.items():
        text = words(block.text(corrected=True, emphasis=False))
        out[pid] = words(text.replace("* ", " ")) if block.kind == "list" else text
    return out


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("slug", SLUGS)
def test_the_reading_view_shows_the_authors_words_and_nothing_else_in_the_line(reader, slug, width):
    shown = reader(slug, width).once("lines", lambda page: page.evaluate(VISIBLE_LINES))
    expected = expected_blocks(slug)
    assert set(expected) <= set(shown)
    for pid, text in expected.items():
        assert not shown[pid]["marks"], f"{slug} {pid}: the editor's marks show: {shown[pid]['marks']}"
        assert shown[pid]["links"] == 0, f"{slug} {pid}: index links look like links in the reading view"
        assert words(shown[pid]["text"]) == text, pid


def test_the_study_view_shows_the_editors_marks_beside_and_set_apart(reader):
    page = reader("zubok-1980s", 1280, "study").page
    marks = page.evaluate("""() => {
      const seen = el => el.checkVisibility();
      const first = sel => document.querySelector(sel);
      const box = first('#p-2 > span.paragraph-apparatus').getBoundingClientRect();
      const text = first('#p-2').getBoundingClientRect();
      return {calls: [...document.querySelectorAll('sup.editorial-note-ref')].filter(seen).length,
              boxes: [...document.querySelectorAll('.paragraph-apparatus')].filter(seen).length,
              beside: box.left >= text.right, top: Math.abs(box.top - text.top),
              emendation: getComputedStyle(first('span.emendation')).borderBottomStyle,
              index: getComputedStyle(first('a.index-link')).textDecorationStyle};
    }""")
    assert marks["calls"] > 20 and marks["boxes"] > 10
    assert marks["beside"] and marks["top"] < 20, "a paragraph's apparatus stands in the margin beside it"
    assert marks["emendation"] == "solid" and marks["index"] == "dotted", "an emendation is not marked as a link"
    narrow = reader("zubok-1980s", 375, "study").page.evaluate("""() => {
      const box = document.querySelector('#p-2 > span.paragraph-apparatus').getBoundingClientRect();
      const calls = document.querySelectorAll('#p-2 a.footnote-reference');
      const words = calls[calls.length - 1].getBoundingClientRect();
      return box.top >= words.bottom && box.left >= 0 && box.right <= innerWidth; }""")
    assert narrow, "on a phone a paragraph's apparatus stands below its words"


@pytest.mark.parametrize("slug", SLUGS)
def test_the_boxes_in_the_margin_never_overlap(reader, slug):
    overlaps = reader(slug, 1280, "study").once("overlaps", lambda page: page.evaluate("""() => {
      const boxes = [...document.querySelectorAll('p.numbered > span.paragraph-apparatus')]
        .map(e => [e.parentElement.id, e.getBoundingClientRect()]);
      return boxes.slice(1).filter(([id, r], i) => r.top < boxes[i][1].bottom).map(([id]) => id); }"""))
    assert not overlaps, f"{slug}: the margin boxes of {overlaps} run into the box before them"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("slug", SLUGS)
def test_the_text_starts_on_the_first_screen(reader, slug, width):
    top = reader(slug, width).once("p-1", lambda page: page.evaluate(
        "Math.round(document.getElementById('p-1').getBoundingClientRect().top + scrollY)"))
    assert top <= FIRST_SCREEN[width], f"{slug}: the text starts {top} px down at {width} px"


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("slug", SLUGS)
def test_nothing_scrolls_sideways(reader, slug, width, view):
    sizes = reader(slug, width, view).once("width", lambda page: page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"))
    assert sizes[0] <= sizes[1] + 1, f"{slug} ({view}) is {sizes[0]} px wide at {width} px"


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("slug", SLUGS)
def test_axe_finds_no_serious_or_critical_violation_in_either_view(reader, slug, view):
    found = reader(slug, 1280, view).once("axe", lambda page: AXE.run(page).response["violations"])
    serious = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:5]]}"
               for v in found if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)


def test_the_view_control_works_by_keyboard_and_is_remembered(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{site}/book/khrushchev-essay.html", wait_until="networkidle")
        button = page.locator("button.view-toggle")
        assert button.get_attribute("aria-pressed") == "false", "the reading view comes first"
        for _ in range(60):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('button.view-toggle')"):
                break
        else:
            raise AssertionError("Tab never reaches the view control")
        page.keyboard.press("Enter")
        assert button.get_attribute("aria-pressed") == "true"
        assert page.locator("sup.editorial-note-ref").first.is_visible()
        page.reload(wait_until="networkidle")
        assert page.locator("button.view-toggle").get_attribute("aria-pressed") == "true", "remembered"
        assert page.locator("sup.editorial-note-ref").first.is_visible()
        page.locator("button.view-toggle").focus()
        page.keyboard.press("Space")
        page.reload(wait_until="networkidle")
        assert page.locator("button.view-toggle").get_attribute("aria-pressed") == "false"
        assert not page.locator("sup.editorial-note-ref").first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_notes_preview_stands_by_its_call_and_inside_the_page(reader, width):
    page = reader("zubok-1980s", width).page
    for number in (0, 5):
        call = page.locator("#p-2 a.footnote-reference").nth(number) if number == 0 else \
            page.locator("a.footnote-reference").nth(number * 6)
        call.scroll_into_view_if_needed()
        call.focus()
        place = page.evaluate("""() => {
          const call = document.activeElement.getBoundingClientRect();
          const box = document.getElementById('note-preview').getBoundingClientRect();
          return {gap: box.top - call.bottom, left: box.left, right: box.right, width: innerWidth}; }""")
        page.keyboard.press("Escape")
        assert 0 <= place["gap"] <= 12, f"the note opens {place['gap']} px below its call at {width} px"
        assert place["left"] >= 0 and place["right"] <= place["width"], place


@pytest.mark.parametrize("slug", SLUGS)
def test_the_headnote_gives_the_rights_in_one_line_from_the_metadata(reader, slug):
    import yaml
    meta = load_yaml((ROOT / "data" / "sources" / f"{slug}.yml").read_text(encoding="utf-8"))
    table = load_yaml((ROOT / "data" / "rights.yml").read_text(encoding="utf-8"))
    line = reader(slug, 1280).once("rights", lambda page: page.evaluate("""() => {
      const line = document.querySelector('#headnote p.headnote-rights');
      const height = parseFloat(getComputedStyle(line).lineHeight);
      return {text: line.innerText, lines: Math.round(line.getBoundingClientRect().height / height),
              record: line.querySelector('a').getAttribute('href')}; }"""))
    assert line["lines"] == 1, f"{slug}: the rights take {line['lines']} lines: {line['text']}"
    assert line["text"].startswith(f"Rights: {table['statuses'][meta['rights_status']]['short']}"), line["text"]
    assert line["record"] == "#source-record"
    record = soup(slug).select_one("#source-record")
    for block in meta["rights"].strip().split("\n\n"):  # the statement in full, in the source record
        assert words(block) in words(record.get_text(" ")), block[:60]


def test_index_links_are_tab_stops_in_the_study_view_only(browser, site):
    def tab_stops(view: str | None, scripts: bool = True) -> list[str]:
        context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=scripts)
        if view:
            context.add_init_script(f"localStorage.setItem('edition-view', '{view}')")
        page = context.new_page()
        try:
            page.goto(f"{site}/book/zubok-1980s.html", wait_until="networkidle")
            page.locator("#p-2").scroll_into_view_if_needed()
            page.evaluate("document.querySelector('#p-2 a.para-num').focus()")
            reached = []
            for _ in range(12):
                page.keyboard.press("Tab")
                reached.append(page.evaluate("document.activeElement.className"))
            return reached
        finally:
            context.close()

    assert "index-link" in tab_stops("study"), "the study view's index links are reached by Tab"
    for view, scripts in (("reading", True), (None, False)):
        reached = tab_stops(view, scripts)
        assert "index-link" not in reached and "term-link" not in reached, (view, scripts, reached)


def test_the_pages_are_drawn_in_the_faces_the_tests_allow(reader):
    """tests/browser/fonts.conf: DejaVu alone, so that the screenshots match on any machine."""
    page = reader("zubok-1980s", 1280).page
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    faces = set()
    for selector in ("#p-2", "h1", "#headnote p", "aside.footnote p"):
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        faces |= {f["familyName"] for f in session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}
    session.detach()
    assert faces and all(face.startswith("DejaVu") for face in faces), \
        f"drawn in {faces}: run scripts/ensure-chromium.sh (fonts-dejavu-core)"


def test_a_note_shows_where_it_is_called_on_hover_and_focus(reader):
    page = reader("zubok-1980s", 1280).page
    call = page.locator("#p-2 a.footnote-reference").first
    call.focus()
    preview = page.locator("div.note-preview")
    assert preview.is_visible() and "Elizabeth Wishnick" in preview.inner_text()
    assert call.get_attribute("aria-describedby") == "note-preview"
    page.keyboard.press("Escape")
    assert preview.count() == 0
    page.locator("#p-2 a.footnote-reference").nth(1).hover()
    assert "Gilbert Rozman" in page.locator("div.note-preview").inner_text()
    page.mouse.move(0, 0)
    page.wait_for_timeout(400)
    assert page.locator("div.note-preview").count() == 0


@pytest.mark.parametrize("view", VIEWS)
def test_print_follows_the_chosen_view(browser, site, view):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(f"localStorage.setItem('edition-view', '{view}')")
    page = context.new_page()
    try:
        page.goto(f"{site}/book/zubok-1980s.html", wait_until="networkidle")
        page.emulate_media(media="print")
        shown = page.evaluate("""() => ({
          originals: [...document.querySelectorAll('span.emendation-original')].filter(e => e.checkVisibility()).length,
          boxes: [...document.querySelectorAll('.paragraph-apparatus')].filter(e => e.checkVisibility()).length})""")
        assert shown["originals"] == 0, "no '(source reads: ...)' inside the author's words on paper"
        assert (shown["boxes"] > 0) == (view == "study")
    finally:
        context.close()


# --- the order of the page, from the built HTML --------------------------------------------------

def soup(slug: str) -> BeautifulSoup:
    return BeautifulSoup((HTML / "book" / f"{slug}.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("slug", SLUGS)
def test_the_page_runs_headnote_text_notes_apparatus_record(built_html, slug):
    page = soup(slug)
    order = [element.get("id") for element in page.select(
        "#headnote, #p-1, aside.footnote, #editorial-notes, #emendations, #changes-record, #source-record")]
    firsts = [order.index(i) for i in ("headnote", "p-1", "editorial-notes", "emendations", "changes-record",
                                       "source-record")]
    assert firsts == sorted(firsts), order
    notes = [i for i, name in enumerate(order) if name and name.startswith("fn-")]
    if notes:
        assert order.index("p-1") < notes[0] and notes[-1] < order.index("editorial-notes"), \
            "the author's notes come after the text, before the editor's apparatus"
    record = page.select_one("#source-record")
    assert record.name == "details" and not record.has_attr("open"), "the source record is folded"


@pytest.mark.parametrize("slug", SLUGS)
def test_the_rights_statement_is_printed_once(built_html, slug):
    import yaml
    meta = load_yaml((ROOT / "data" / "sources" / f"{slug}.yml").read_text(encoding="utf-8"))
    first_line = words(meta["rights"].strip().split("\n")[0]).split(".")[0]
    article = soup(slug).select_one("article")
    for removed in article.select(".removed-text"):  # what the import removed, quoted in the change table
        removed.decompose()
    assert words(article.get_text(" ")).count(first_line) == 1, first_line


INTERNAL = re.compile(r"data/sources/|\.txt\b|\bseed\b|\b[0-9a-f]{16,}\b|SHA-256")


@pytest.mark.parametrize("slug", SLUGS)
def test_no_internal_name_outside_the_source_record(reader, slug):
    shown = reader(slug, 1280).once("text", lambda page: page.evaluate(
        "document.querySelector('article').innerText"))  # a closed <details> is not rendered
    found = sorted(set(m.group(0) for m in INTERNAL.finditer(shown)))
    assert not found, f"{slug}: {found}"


@pytest.mark.parametrize("slug", SLUGS)
def test_an_index_link_at_most_once_a_name_a_paragraph(built_html, slug):
    page = soup(slug)
    blocks = page.select('article [id^="p-"]')
    assert blocks
    for block in blocks:
        targets = [a["href"] for a in block.select("a.index-link, a.term-link")]
        assert len(targets) == len(set(targets)), block["id"]


def test_an_editors_call_never_breaks_on_a_phone(reader):
    broken = reader("zubok-1980s", 375).once("calls", lambda page: page.evaluate(
        "[...document.querySelectorAll('a.editorial-note-back')].filter(a => a.getClientRects().length > 1)"
        ".map(a => a.textContent)"))
    assert not broken, broken


# --- the first screen against its reference -----------------------------------------------------

def compare(actual: Image.Image, name: str) -> str | None:
    """None when `actual` matches the reference `name` (a few anti-aliased pixels may differ)."""
    reference_path = REFERENCES / name
    if os.environ.get("UPDATE_REFERENCES") == "1":
        REFERENCES.mkdir(parents=True, exist_ok=True)
        actual.save(reference_path, optimize=True)
        return None
    if not reference_path.exists():
        return f"no reference {reference_path.relative_to(ROOT)} (UPDATE_REFERENCES=1 writes it)"
    reference = Image.open(reference_path).convert("RGB")
    problem = None
    if reference.size != actual.size:
        problem = f"size {actual.size} differs from the reference's {reference.size}"
        diff = None
    else:
        diff = ImageChops.difference(reference, actual).convert("L").point(lambda v: 255 if v > 40 else 0)
        changed = sum(diff.histogram()[255:])
        ratio = changed / (actual.width * actual.height)
        if ratio > 0.002:
            problem = f"{changed} pixels ({ratio:.2%}) differ from the reference"
    if problem:
        FAILURES.mkdir(parents=True, exist_ok=True)
        actual.save(FAILURES / name)
        if diff is not None:
            diff.save(FAILURES / name.replace(".png", "-diff.png"))
        problem += f"; actual and diff in {FAILURES.relative_to(ROOT)}"
    return problem


SCREENS = [(slug, width, "reading") for slug in SLUGS for width in WIDTHS] + \
          [("zubok-1980s", width, "study") for width in WIDTHS]


@pytest.mark.parametrize("slug, width, view", SCREENS)
def test_the_first_screen_looks_as_its_reference(reader, slug, width, view):
    import io
    page = reader(slug, width, view).page
    page.evaluate("window.scrollTo(0, 0)")
    shot = Image.open(io.BytesIO(page.screenshot(animations="disabled", caret="hide"))).convert("RGB")
    problem = compare(shot, f"{slug}-{view}-{width}.png")
    assert problem is None, problem


def test_without_scripts_the_page_is_the_reading_view(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site}/book/zubok-1980s.html")
        shown = page.evaluate(VISIBLE_LINES)
        for pid, text in expected_blocks("zubok-1980s").items():
            assert not shown[pid]["marks"] and words(shown[pid]["text"]) == text, pid
        assert page.locator("button.view-toggle").count() == 0, "no control that cannot work"
        page.locator("#source-record > summary").click()  # a <details> opens without scripts
        assert page.locator("#source-record div.source-record").is_visible()
    finally:
        context.close()
