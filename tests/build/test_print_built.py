"""The printed book (`make pdf`), read with poppler's tools as a reader's software reads it:
its text layer (pdftotext), fonts (pdffonts), outline and links (pdftohtml), metadata (pdfinfo)
and rendered pages (pdftoppm). What it must hold comes from the project (the catalogue, the
chapter model, the toc, the built web pages, the print stylesheet), never from a list here."""

from __future__ import annotations

import re
import subprocess
import zlib
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

import jupytext
import pytest
import tinycss2
import yaml
from bs4 import BeautifulSoup
from PIL import Image

from conftest import ROOT, SENTENCES, flat, load_yaml
from edition.catalogue import read_catalogue
from edition.chapter import read_chapter

CATALOGUE = read_catalogue(ROOT)
CONFIG = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
SPHINX = CONFIG["sphinx"]["config"]
VERSION = CATALOGUE.version
STYLESHEET = ROOT / "edition" / "pdf" / "print.css"
PRINT_HTML = ROOT / "_build" / "singlehtml" / "print.html"
MM = 72 / 25.4  # PDF points per millimetre
EDGE = 8 * MM   # nothing printed this close to the paper's edge


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def reading(words: list[tuple]) -> str:
    """The words of the text layer as a reader reads them: words that touch (a note call, a
    punctuation mark in another face) joined, and a word broken by WeasyPrint's hyphenation
    (U+2010 at its end; the texts' own hyphens are U+002D) joined to its end on the next line.
    (pdftotext's plain mode would also join a line that ends in an author's hyphen.)"""
    out, previous = [], None
    for word in words:
        x0, text = word[0], word[4]
        if previous is not None and not previous[4].endswith("\u2010") and abs(x0 - previous[2]) > 0.5:
            out.append(" ")
        out.append(text.removesuffix("\u2010") if text.endswith("\u2010") else text)
        previous = word
    return flat("".join(out))


# --- reading the PDF ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def pages_words(path: Path) -> list[dict]:
    """Every page: its size and its words with their boxes (pdftotext -bbox)."""
    tree = ElementTree.fromstring(run("pdftotext", "-bbox", str(path), "-"))
    pages = []
    for page in tree.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text or "")
                 for w in page.iter("{http://www.w3.org/1999/xhtml}word")]
        pages.append({"width": float(page.get("width")), "height": float(page.get("height")), "words": words})
    return pages


@lru_cache(maxsize=1)
def left_margin() -> float:
    """The page's left margin (points), as print.css's `@page` sets it: the text block's edge."""
    for rule in tinycss2.parse_stylesheet(STYLESHEET.read_text(encoding="utf-8"), True, True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "page" and not tinycss2.serialize(rule.prelude).strip():
            for declaration in tinycss2.parse_blocks_contents(rule.content, True, True):
                if declaration.type == "declaration" and declaration.lower_name == "margin":
                    values = [token for token in declaration.value if token.type == "dimension"]
                    assert all(v.unit == "mm" for v in values)
                    return values[[0, 1, 1, 3][len(values) - 1]].value * MM
    raise AssertionError(f"no @page margin in {STYLESHEET}")


def margin_numbers(page: dict) -> list[str]:
    """The words in the left margin, in reading order: the paragraph numbers."""
    return [text for x0, y0, x1, y1, text in sorted(page["words"], key=lambda w: (w[1], w[0]))
            if x1 < left_margin()]


@lru_cache(maxsize=1)
def outline(path: Path) -> list[tuple[int, str, int]]:
    """The PDF's outline (bookmarks): (level, title, page), in order (pdftohtml -xml)."""
    xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", "-l", "1", str(path))
    root = ElementTree.fromstring(xml[xml.index("<pdf2xml"):])
    entries = []

    def visit(node, level):
        for child in node:
            if child.tag == "item":
                entries.append((level, " ".join("".join(child.itertext()).split()), int(child.get("page"))))
            elif child.tag == "outline":
                visit(child, level + 1)
    for top in root.findall("outline"):
        visit(top, 1)
    return entries


def page_title(built_html: Path, page: str) -> str:
    """A page's title as the web book shows it (its h1, without note calls or heading links)."""
    html = BeautifulSoup((built_html / f"{page}.html").read_text(encoding="utf-8"), "lxml")
    heading = html.select_one("article h1")
    for extra in heading.select("a.headerlink, a.footnote-reference, sup"):
        extra.decompose()
    return " ".join(heading.get_text().split())


def chapter_pages(pdf: Path, built_html: Path, page: str) -> range:
    """The pages of a chapter: from its outline entry to the next entry of its level or above."""
    entries = outline(pdf)
    title = page_title(built_html, page)
    index = next(i for i, (_, text, _) in enumerate(entries) if text == title)
    level, _, first = entries[index]
    following = [start for lvl, _, start in entries[index + 1:] if lvl <= level]
    return range(first, following[0] if following else len(pages_words(pdf)) + 1)


def page_text(pdf: Path, pages: range) -> str:
    words = pages_words(pdf)
    return reading([w for n in pages for w in words[n - 1]["words"]])


@pytest.fixture(scope="module")
def pdf_text(pdf) -> str:
    return reading([w for page in pages_words(pdf) for w in page["words"]])


def pdf_info(path: Path) -> dict[str, str]:
    return {key: value.strip() for key, value in
            (line.split(":", 1) for line in run("pdfinfo", str(path)).splitlines() if ":" in line)}


# --- the tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", CATALOGUE.texts, ids=CATALOGUE.slugs)
def test_every_paragraph_number_is_printed_whole_and_in_order(pdf, built_html, text):
    """The margin of a chapter's pages holds its paragraph numbers, every digit, in the
    chapter's order (a reader cites the printout by them)."""
    expected = [pid.removeprefix("p-") for pid in read_chapter(text.chapter).paragraphs]
    assert expected, f"{text.slug} has no numbered paragraph"
    pages = pages_words(pdf)
    printed = [number for n in chapter_pages(pdf, built_html, text.page) for number in margin_numbers(pages[n - 1])]
    assert printed == expected


def test_each_text_starts_on_a_recto_page_and_is_in_the_outline(pdf, built_html):
    entries = outline(pdf)
    titles = [title for _, title, _ in entries]
    for page in CATALOGUE.pages[1:]:
        assert page_title(built_html, page) in titles, page
    for text in CATALOGUE.texts:
        assert chapter_pages(pdf, built_html, text.page).start % 2 == 1, text.slug
    order = [titles.index(page_title(built_html, page)) for page in CATALOGUE.pages[1:]]
    assert order == sorted(order)  # in the order of the toc
    captions = [part["caption"] for part in load_yaml((ROOT / "_toc.yml").read_text(encoding="utf-8"))["parts"]]
    assert [title for level, title, _ in entries if title in captions] == captions


def test_the_contents_list_gives_each_chapter_its_page(pdf, built_html):
    contents = next(level_page for level, title, level_page in outline(pdf) if title == "Contents")
    text = page_text(pdf, range(contents, contents + 1))
    for page in CATALOGUE.pages[1:]:
        title, pages = page_title(built_html, page), chapter_pages(pdf, built_html, page)
        match = re.search(re.escape(title) + r"[ .]*?(\d+)\b", text)
        assert match and int(match[1]) == pages.start, (title, pages.start)


def test_the_fonts_are_the_book_faces_embedded(pdf):
    """Every font is embedded and is a face the print stylesheet names; the author's face and
    the editor's (the first families of `html` and `.editorial-matter`) are both used."""
    families, first_of = set(), {}
    for rule in tinycss2.parse_stylesheet(STYLESHEET.read_text(encoding="utf-8"), True, True):
        if rule.type != "qualified-rule":
            continue
        selector = tinycss2.serialize(rule.prelude).strip()
        for declaration in tinycss2.parse_blocks_contents(rule.content, True, True):
            if declaration.type == "declaration" and declaration.lower_name in ("font-family", "font"):
                names = [token.value for token in declaration.value if token.type == "string"]
                families.update(names)
                if names and declaration.lower_name == "font-family":
                    first_of.setdefault(selector, names[0])
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    assert rows
    used = set()
    for row in rows:
        name = row.split()[0].split("+", 1)[-1].replace("-", " ")
        assert row.split()[-5] == "yes", f"not embedded: {row}"
        family = next((f for f in families if name.startswith(f)), None)
        assert family, f"{name} is not a face of {STYLESHEET.name}: {sorted(families)}"
        used.add(family)
    assert {first_of["html"], first_of[".editorial-matter"]} <= used


def test_the_pdf_metadata_name_the_book(pdf):
    info = pdf_info(pdf)
    assert info["Title"] == CONFIG["title"]
    creators = [a.get("literal") or f"{a.get('given', '')} {a['family']}".strip() for text in CATALOGUE.texts
                for a in text.meta.get("authors") or []]
    assert creators and info["Author"] == ", ".join(dict.fromkeys(creators))
    assert info["Subject"] == SPHINX["epub_description"]
    assert info["Producer"].startswith("WeasyPrint")
    assert "Mozilla" not in info["Creator"] and "Chrome" not in info["Creator"] and info["Creator"]
    assert info["Tagged"] == "yes"
    assert info["Page size"].endswith("(A4)")
    assert f"/Lang ({CONFIG['sphinx']['config'].get('language', 'en')})".encode() in inflated(pdf)


def inflated(pdf: Path) -> bytes:
    """The PDF's bytes with every Flate stream inflated (the catalogue may sit in an object stream)."""
    data = pdf.read_bytes()
    out = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            out.append(zlib.decompressobj().decompress(data[match.end():match.end() + 4_000_000]))
        except zlib.error:
            continue
    return b"".join(out)


def test_the_title_page_and_imprint_state_what_the_project_states(pdf, pdf_text):
    front = page_text(pdf, range(1, 3))
    assert CONFIG["title"] in front and f"Version {VERSION}" in front and "built 20" in front
    for text in CATALOGUE.texts:
        first_line = text.meta["rights"].strip().splitlines()[0]
        assert flat(first_line) in front, text.slug
    assert ("Edited by" in front) == bool(SPHINX.get("edition_editors"))
    assert "editors of the edition" not in pdf_text.lower()


def test_pages_render_with_nothing_cut_at_the_edges(pdf, tmp_path):
    """Every page, rendered by pdftoppm, is blank within 8 mm of the paper's edge; and no word's
    box reaches that band (a line that overflows would)."""
    for number, page in enumerate(pages_words(pdf), start=1):
        for x0, y0, x1, y1, text in page["words"]:
            assert EDGE <= x0 and x1 <= page["width"] - EDGE and EDGE <= y0 and y1 <= page["height"] - EDGE, \
                (number, text)
    dpi = 25
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.pgm"))
    assert len(images) == len(pages_words(pdf))
    band = round(8 * dpi / 25.4)
    for path in images:
        image = Image.open(path)
        width, height = image.size
        for box in ((0, 0, width, band), (0, height - band, width, height), (0, 0, band, height),
                    (width - band, 0, width, height)):
            assert image.crop(box).getextrema()[0] > 240, (path.name, box)


def test_no_code_cell_is_printed(pdf_text):
    """The notebook chapters print their outputs; their code stays in the notebook."""
    checked = 0
    for page in CATALOGUE.data_chapters:
        notebook = jupytext.read(ROOT / f"{page}.md")
        for cell in notebook.cells:
            if cell.cell_type != "code":
                continue
            line = max((line.strip() for line in cell.source.splitlines()), key=len)
            if len(line) > 20:
                checked += 1
                assert flat(line) not in pdf_text, (page, line)
        assert f"{page}.md" in pdf_text  # the pointer to the notebook
    assert checked


def test_what_only_works_on_a_screen_is_not_printed(pdf_text, built_html):
    phrases = set()
    for path in (built_html / "book").glob("*.html"):
        for element in BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").select(".edition-screen-only"):
            text = " ".join(element.get_text().split())
            if len(text) >= 10:
                phrases.add(text)
    assert phrases
    for phrase in phrases | {"Skip to main content", "Back to top", "Cite this chapter", "Download the reference"}:
        assert phrase not in pdf_text


@pytest.mark.parametrize("slug", SENTENCES)
def test_the_pdf_holds_a_sentence_of_each_chapter(pdf_text, slug):
    sentence = SENTENCES[slug]
    assert sentence in flat((ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8"))
    assert sentence in pdf_text


@pytest.mark.parametrize("text", [t for t in CATALOGUE.texts if read_chapter(t.chapter).notes], ids=lambda t: t.slug)
def test_the_authors_notes_follow_their_chapter_before_the_editors_matter(pdf, built_html, text):
    chapter = read_chapter(text.chapter)
    printed = page_text(pdf, chapter_pages(pdf, built_html, text.page))
    printed = re.sub(r" ?Ed\. \d+", "", printed)  # the editor's note calls, inside the author's notes
    position = printed.index(" Notes ")
    for label in chapter.notes:  # each note after the one before it (a repeated "Ibid." too)
        opening = " ".join(chapter.note_text(label).split()[:6])
        assert opening in printed[position:], (label, opening)
        position = printed.index(opening, position)
    if "Editorial apparatus" in printed:
        assert printed.index("Editorial apparatus") > position


def test_the_pdf_links_only_to_the_web_and_within_itself(pdf):
    xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", str(pdf))
    links = re.findall(r'<a href="([^"]+)"', xml)
    outside = {link for link in links if not link.startswith(("http://", "https://"))}
    assert links and all(re.fullmatch(r"[^#]*#\d+", link) for link in outside)  # a page of this PDF


def test_the_print_document_has_one_id_per_target_and_every_link_finds_it(pdf):
    html = PRINT_HTML.read_text(encoding="utf-8")
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert {href for href in re.findall(r'href="#([^"]+)"', html)} - set(ids) == set()
    assert "cell_input" not in html
