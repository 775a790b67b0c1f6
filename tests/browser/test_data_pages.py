"""The data chapters as a reader meets them: chart labels large enough to read and apart from
one another (measured in Chromium, at a desktop and a phone width), every leader named, every
corrected date shown beside the text's, tables in words (yes/no, "Zubok ¶ 40", a text's short
title), and an index of names that reads like a book's."""

from __future__ import annotations

import csv
import html
import re
from html.parser import HTMLParser

import pytest

from edition.catalogue import read_catalogue
from conftest import ROOT

DATA_PAGES = [page.removeprefix("book/") for page in read_catalogue(ROOT).data_chapters]
TEXTS = read_catalogue(ROOT).texts
CHRONOLOGY = list(csv.DictReader((ROOT / "data" / "chronology.csv").open(encoding="utf-8")))
LEADERS = list(csv.DictReader((ROOT / "data" / "leaders.csv").open(encoding="utf-8")))
CORRECTED = [row for row in CHRONOLOGY if row["corrected_date"]]

# Each chart's text: its size on screen (font size times the scale the page draws the SVG at)
# and its box.
LABELS = """svg => [...svg.querySelectorAll('text')].map(t => {
  const m = t.getScreenCTM(), r = t.getBoundingClientRect();
  return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
          box: [r.left, r.top, r.right, r.bottom]};
})"""


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name", DATA_PAGES)
def test_chart_labels_are_at_least_10_px(site, page, name, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site}/book/{name}.html", wait_until="networkidle")
    charts = page.locator("svg.edition-chart")
    assert charts.count() >= 2
    for n in range(charts.count()):
        labels = charts.nth(n).evaluate(LABELS)
        assert labels
        small = [(label["text"], round(label["px"], 1)) for label in labels if label["px"] < 10 - 0.01]
        assert small == [], f"{name}, chart {n + 1}, at {width} px"


def _overlapping(labels: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, one in enumerate(labels):
        for other in labels[i + 1:]:
            a, b = one["box"], other["box"]
            if min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5:
                found.append((one["text"], other["text"]))
    return found


@pytest.mark.parametrize("figure", ["fig-chronology-timeline", "fig-chronology-1980s", "fig-chronology-decades"])
def test_chronology_labels_do_not_overlap(site, page, figure):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site}/book/chronology.html", wait_until="networkidle")
    labels = page.locator(f"#{figure} svg.edition-chart").evaluate(LABELS)
    assert len(labels) > 10
    assert _overlapping(labels) == []


def _figure(html: str, figure: str) -> str:
    start = html.index(f'id="{figure}"')
    return html[start:html.index("</figure>", start)]


def test_every_leader_is_named_on_the_timeline(built_html):
    timeline = _figure((built_html / "book" / "chronology.html").read_text(encoding="utf-8"), "fig-chronology-timeline")
    shown = set(re.findall(r"<text[^>]*>([^<]+)</text>", timeline))
    for leader in LEADERS:
        assert leader["name"].split(",")[0] in shown, leader["name"]


def test_the_chronology_shows_both_dates_of_every_corrected_row(built_html):
    """The text's date and the note's, in the table, in each point's title and as a diamond
    joined to a hollow point in the timeline: every row of data/chronology.csv that has one."""
    assert CORRECTED
    page = (built_html / "book" / "chronology.html").read_text(encoding="utf-8")
    timeline = _figure(page, "fig-chronology-timeline")
    for row in CORRECTED:
        both = f"{row['date']} (text) → {row['corrected_date']}, note {row['corrected_by']}"
        assert f"<td>{both}</td>" in page, both
        assert f"{row['date']} (text) corrected to {row['corrected_date']} by note {row['corrected_by']}: " \
               f"{row['event']}" in timeline
    diamonds = sum(len(re.findall(r"<use ", group)) for group in
                   re.findall(r'id="fig-chronology-timeline-corrected-[^"]+">(.*?)</g>', timeline, re.S))
    assert diamonds == len(CORRECTED)
    legend = re.findall(r"<text[^>]*>([^<]+)</text>", timeline)
    assert any("editor's note corrects" in text for text in legend)
    assert any("tenure" in text for text in legend)  # the grey bars explained


class _Cells(HTMLParser):
    """The cells of the book's data tables."""

    def __init__(self):
        super().__init__()
        self.cells, self._in_table, self._cell = [], False, None

    def handle_starttag(self, tag, attrs):
        if tag == "table" and "edition-data-table" in (dict(attrs).get("class") or ""):
            self._in_table = True
        elif self._in_table and tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_table = False
        elif self._cell is not None and tag in ("td", "th"):
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


@pytest.mark.parametrize("name", DATA_PAGES)
def test_tables_speak_a_readers_language(built_html, name):
    parser = _Cells()
    parser.feed((built_html / "book" / f"{name}.html").read_text(encoding="utf-8"))
    assert parser.cells
    slugs = {text.slug for text in TEXTS}
    groups = {row["discrepancy"] for row in CHRONOLOGY if row["discrepancy"]}
    raw = [cell for cell in parser.cells
           if cell in ("True", "False") or re.fullmatch(r"p-\d+", cell) or cell in slugs or cell in groups]
    assert raw == []


def test_passages_are_named_by_text_and_paragraph(built_html):
    parser = _Cells()
    parser.feed((built_html / "book" / "trade-1980s.html").read_text(encoding="utf-8"))
    assert "Zubok ¶\u00a040" in parser.cells and "yes" in parser.cells and "no" in parser.cells


def test_the_shares_caption_agrees_with_its_table(built_html):
    page = (built_html / "book" / "trade-1980s.html").read_text(encoding="utf-8")
    caption = " ".join(html.unescape(re.sub(r"<[^>]+>", "", _figure(page, "fig-trade-shares").split("<figcaption>")[1])).split())
    periods = {row["period"] for row in csv.DictReader((ROOT / "data" / "shares.csv").open(encoding="utf-8"))
               if row["base"] == "China's total foreign trade"}
    assert periods == {"1981-1989"}
    assert "1981–1989" in caption and "editor's reading" in caption
    assert "hover" not in page


def test_the_index_of_names_gives_each_place_once_in_order(built_html):
    page = (built_html / "book" / "index-of-names.html").read_text(encoding="utf-8")
    short = [re.escape(text.short_title) for text in TEXTS]
    entries = re.findall(r'<p class="occurrences">In the texts: (.*?)</p>', page, re.S)
    assert len(entries) > 50
    for entry in entries:
        words = re.sub(r"<[^>]+>", "", entry)
        assert words.endswith(".") and not re.search(r";\s*[;.]|,\s*[,;.]|\s[;,]", words), words
        assert not any(slug in words for slug in (text.slug for text in TEXTS)), words
        for part in words.rstrip(".").split("; "):
            title, _, numbers = part.partition(" ¶\u00a0")
            assert re.fullmatch("|".join(short), title), part
            located = [int(n) for n in numbers.split(", ")]
            assert located == sorted(set(located)), part


def test_a_searched_name_is_marked_on_a_chart_page_without_a_script_error(site, page):
    """Sphinx marks the words last searched for on the next page, the charts' SVG included;
    a word in an SVG <title> (a point's tooltip) once made it throw."""
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site}/search.html?q=Andropov", wait_until="networkidle")
    page.wait_for_selector("#search-results li", timeout=10000)
    page.goto(f"{site}/book/chronology.html", wait_until="networkidle")
    assert page.locator("svg.edition-chart text tspan").count() >= 1  # "Andropov" marked on the timeline
    assert errors == []


def test_the_most_cited_works_are_labelled_by_author_and_title(site, page):
    """The chart names each work as the table's `work` does ("Radchenko, Unwanted Visionaries"),
    never by its bibliography key."""
    citations = list(csv.DictReader((ROOT / "data" / "footnote_citations.csv").open(encoding="utf-8")))
    works = {row["work"] for row in citations}
    keys = {row["key"] for row in citations}
    page.goto(f"{site}/book/footnotes-as-data.html", wait_until="networkidle")
    labels = [label["text"] for label in page.locator("#fig-footnote-works svg.edition-chart").evaluate(LABELS)]
    named = [text for text in labels if text in works]
    assert len(named) >= 10, labels
    assert not keys & set(labels), sorted(keys & set(labels))
    assert all(", " in text or text.endswith("Papers") for text in named), named


@pytest.mark.parametrize("name", DATA_PAGES)
def test_a_code_cell_is_copied_by_its_button(site, page, name):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{site}/book/{name}.html", wait_until="networkidle")
    cells = page.locator("div.cell_input div.highlight")
    assert cells.count() >= 2 and page.locator("button.code-copy").count() == cells.count()
    button = cells.first.locator("button.code-copy")
    assert button.is_visible()
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == cells.first.locator("pre").inner_text().strip() and "import" in copied
