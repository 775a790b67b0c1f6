"""`data/names.csv` (who the texts name, paragraph by paragraph) and its chapter `book/names.md`:
the table is what `python -m edition derive` writes, every row points at a passage that holds
the name, it agrees with the index the built pages link, and its figures are legible."""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import defaultdict

import jupytext
import pytest

from conftest import ROOT, copy_project
from edition.catalogue import read_catalogue
from edition.chapter import read_chapter
from edition.check import derived
from edition.data import names
from edition.entities import read_entities


def table() -> list[dict]:
    with open(ROOT / names.PATH, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def index_locators(page: str) -> dict[str, set[tuple[str, str]]]:
    """(chapter, paragraph) of every place the built index page lists under each entry."""
    found = defaultdict(set)
    for match in re.finditer(r'<dt id="ix-([^"]+)">.*?</dt>(.*?)</dd>', page, re.S):
        places = re.search(r'class="occurrences">(.*?)</p>', match.group(2), re.S)
        for link in re.finditer(r'href="([a-z0-9-]+)\.html#[^"]*">(\d+)</a>', places.group(1) if places else ""):
            found[match.group(1)].add((link.group(1), f"p-{link.group(2)}"))
    return found


def test_the_table_locates_every_name_the_built_index_lists(built_html):
    """The index page is filled by the build from the rendered pages' text nodes; the table
    from the chapter model. They must agree, entry by entry."""
    built = index_locators((built_html / "book" / "index-of-names.html").read_text(encoding="utf-8"))
    derived_ = defaultdict(set)
    for row in table():
        derived_[row["entity"]].add((row["chapter"], row["paragraph"]))
    assert len(built) > 100
    assert {k: sorted(v) for k, v in derived_.items()} == {k: sorted(v) for k, v in built.items()}


@pytest.mark.parametrize("figure", ["fig-names-where", "fig-names-when"])
def test_each_point_links_to_its_passage_with_a_human_title(built_html, figure):
    page = (built_html / "book" / "names.html").read_text(encoding="utf-8")
    start = page.index(f'<figure class="align-default" id="{figure}"')
    block = page[start:page.index("</figure>", start)]
    links = re.findall(r'<a xlink:href="([a-z0-9-]+)\.html#(p-\d+)">\s*<title[^>]*>([^<]+)</title>', block)
    assert len(links) > 50
    rows = {(r["chapter"], r["paragraph"]) for r in table()}
    short = {text.slug: text.short_title for text in read_catalogue(ROOT).texts}
    for chapter, paragraph, title in links:
        assert (chapter, paragraph) in rows
        assert f"{short[chapter]} ¶ {paragraph.removeprefix('p-')}" in title.replace("&#8211;", "–")
