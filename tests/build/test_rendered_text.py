"""What a reader sees as the author's text is the author's text, and nothing else.

In the built HTML, every numbered paragraph, heading and footnote of every text, with the
editor's marks taken out (elements of the classes below), reads exactly as the chapter
model's reading with the corrections applied; and every editorial mark is typographically
the editor's (in square brackets, or a superscript call). Together with the chapter model,
which refuses any construct it does not know, this proves that no editorial construct
renders as plain text of the author.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, SLUGS
from edition.chapter import read_chapter


# The editor's marks inside the author's text, and the page's own furniture there.
EDITORIAL = ["editorial", "editorial-note-ref", "emendation-original"]
FURNITURE = ["para-num", "footnote-reference", "headerlink", "label", "bib-links"]


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def author_text(element) -> str:
    element = BeautifulSoup(str(element), "html.parser")
    for name in EDITORIAL + FURNITURE:
        for found in element.select(f".{name}"):
            found.decompose()
    return words(element.get_text())


@pytest.fixture(scope="module")
def pages(built_html):
    return {slug: BeautifulSoup((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"), "html.parser")
            for slug in SLUGS}


@pytest.mark.parametrize("slug", SLUGS)
def test_every_paragraph_shows_the_authors_words_and_no_others(pages, slug):
    chapter = read_chapter(ROOT / "book" / f"{slug}.md")
    page = pages[slug]
    assert chapter.paragraphs
    for pid, block in chapter.paragraphs.items():
        element = page.find(id=pid)
        assert element is not None, pid
        expected = words(block.text(corrected=True, emphasis=False))
        if block.kind == "list":  # the bullets are the list's own markup
            expected = words(expected.replace("* ", " "))
        assert author_text(element) == expected, pid


@pytest.mark.parametrize("slug", SLUGS)
def test_every_note_shows_the_authors_words_and_no_others(pages, slug):
    chapter = read_chapter(ROOT / "book" / f"{slug}.md")
    for label in chapter.notes:
        element = pages[slug].find(id=f"fn-{label}")
        assert element is not None, label
        assert author_text(element) == words(chapter.note_text(label, corrected=True)), label


@pytest.mark.parametrize("slug", SLUGS)
def test_every_heading_shows_the_authors_words_and_no_others(pages, slug):
    chapter = read_chapter(ROOT / "book" / f"{slug}.md")
    title = pages[slug].select_one("article h1")  # the text's title (not the theme's print header)
    assert author_text(title) == words(chapter.title.text(corrected=True))
    for block in chapter.sections:
        section = pages[slug].find(id=block.label)
        heading = section.find_next(re.compile("^h[2-6]$"))
        assert author_text(heading) == words(block.text(corrected=True)), block.label


@pytest.mark.parametrize("slug", SLUGS)
def test_every_editorial_mark_is_set_apart_as_the_editors(pages, slug):
    page = pages[slug]
    main = page.find("main") or page
    for element in main.select(".editorial"):
        text = words(element.get_text())
        assert text.startswith("[") and text.endswith("]"), text
    for element in main.select(".editorial-note-ref"):
        assert element.name == "sup" and words(element.get_text()).startswith("Ed. ")
