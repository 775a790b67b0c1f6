"""The built book: every chapter there, every published anchor alive, no silent footnote failure."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SLUGS
from edition.anchors import read_published


def page(built_html: Path, slug: str) -> str:
    return (built_html / "book" / f"{slug}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", SLUGS + ["index"])
def test_no_literal_footnote_syntax_in_the_html(built_html, slug):
    assert "[^" not in page(built_html, slug)


def test_every_published_anchor_exists_in_the_built_book(built_html):
    published = read_published(ROOT / "data" / "published-anchors.txt")
    assert len(published) > 200
    ids_by_page = {}
    missing = []
    for anchor in published:
        page_path, _, anchor_id = anchor.partition("#")
        if page_path not in ids_by_page:
            html = (built_html / page_path).read_text(encoding="utf-8")
            ids_by_page[page_path] = set(re.findall(r'id="([^"]+)"', html))
        if anchor_id not in ids_by_page[page_path]:
            missing.append(anchor)
    assert missing == []


def test_zubok_has_73_notes_with_stable_ids(built_html):
    html = page(built_html, "zubok-1980s")
    assert len(re.findall(r'<a class="footnote-reference brackets" href="#fn-(\d+)" id="fnref-\1"', html)) == 73
    assert len(re.findall(r'<aside class="footnote brackets" id="fn-\d+"', html)) == 73
    note_18 = html[html.index('id="fn-18"'):]
    note_18 = note_18[: note_18.index("</aside>")]
    assert "The body of this note is missing from the source." in note_18


@pytest.mark.parametrize("slug", SLUGS)
def test_paragraphs_are_numbered_in_the_margin(built_html, slug):
    from edition.chapter import read_chapter
    paragraphs = len(read_chapter(ROOT / "book" / f"{slug}.md").paragraphs)
    html = page(built_html, slug)
    numbers = re.findall(r'id="p-(\d+)"><a class="para-num" href="#p-\1" aria-label="Paragraph \1">\1</a>', html)
    numbers += re.findall(r'<ul class="numbered[^"]*" id="p-(\d+)"', html)
    assert sorted(map(int, numbers)) == list(range(1, paragraphs + 1))


def test_query_string_links_keep_their_ampersands(built_html):
    """MyST-Parser #760 would publish `&amp;amp;`; the extension's workaround keeps the link working."""
    html = page(built_html, "zubok-1980s")
    assert 'href="http://koriagina.com/index.php?option=com_content&amp;task=view&amp;id=34&amp;Itemid=31"' in html


def test_the_changes_record_shows_what_was_removed(built_html):
    html = page(built_html, "zubok-1980s")
    record = html[html.index("Changes made to the source in this edition"):]
    assert "LSE has developed LSE Research Online" in record
    assert "The body of note 44 is printed in 3 pieces" in record


def test_a_book_with_an_undefined_footnote_fails_the_build(tmp_path):
    """MyST prints an undefined `[^x]` as text without a warning; the extension makes it one."""
    (tmp_path / "conf.py").write_text("extensions = ['myst_parser', 'edition.sphinx_ext']\n")
    (tmp_path / "index.md").write_text("# Test\n\nA sentence with a lost note.[^9]\n")
    result = subprocess.run([sys.executable, "-m", "sphinx", "-W", "-b", "html", "-q", str(tmp_path),
                             str(tmp_path / "_out")], capture_output=True, text=True)
    assert result.returncode != 0
    assert "index.md:3:literal '[^' in the text: an undefined footnote reference?" in result.stderr


def test_a_note_called_again_has_one_id_per_call(tmp_path):
    """A text may call one note twice (a Programming Historian lesson: "The Stamatatos paper cited
    earlier[2]"); every call keeps an id of its own and the note links back to each."""
    (tmp_path / "conf.py").write_text("extensions = ['myst_parser', 'edition.sphinx_ext']\n"
                                      "html_theme = 'sphinx_book_theme'\n")
    (tmp_path / "index.md").write_text("# Test\n\nFirst call.[^2] Another note.[^1]\n\n[^2]: The note.\n\n"
                                       "[^1]: The other.\n\nThe paper cited earlier[^2] again.[^2]\n")
    result = subprocess.run([sys.executable, "-m", "sphinx", "-W", "-b", "html", "-q", str(tmp_path),
                             str(tmp_path / "_out")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "_out" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="#fn-2" id="([^"]+)"', html) == ["fnref-2", "fnref-2-2", "fnref-2-3"]
    ids = re.findall(r'id="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "an id given twice"
    note = html[html.index('id="fn-2"'):]
    assert re.findall(r'role="doc-backlink" href="#([^"]+)"', note[: note.index("</aside>")]) == \
        ["fnref-2", "fnref-2-2", "fnref-2-3"]


def test_a_reference_to_a_chapter_names_it_as_its_heading_without_note_calls(built_html):
    """`{ref}` links to a chapter show its title as its page shows it, never with a note's number
    glued on (Zubok's title carries note 1)."""
    from bs4 import BeautifulSoup
    titles, links = {}, []
    for path in (built_html / "book").glob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        heading = page.select_one("article h1")
        for extra in heading.select("a.headerlink, a.footnote-reference, sup"):
            extra.decompose()
        titles[path.name] = " ".join(heading.get_text().split())
        links += [(a["href"].split("#")[0] or path.name, " ".join(a.get_text().split()))
                  for a in page.select("article a.reference.internal")
                  if a.select_one("span.std-ref") and a["href"].split("#")[0].endswith(".html")
                  and a["href"].endswith("#" + a["href"].split("#")[0].removesuffix(".html"))]
    assert links
    for target, text in links:
        assert text == titles[target], (target, text)


@pytest.mark.parametrize("slug", SLUGS)
def test_a_heading_with_a_note_call_has_the_id_of_its_words(built_html, slug):
    """Zubok's title carries note 1; its id is made of the title's words, not "...divorce1"."""
    from bs4 import BeautifulSoup
    from docutils.nodes import make_id
    soup = BeautifulSoup((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"), "html.parser")
    for heading in soup.select("section > h1, section > h2, section > h3, section > h4"):
        calls = heading.select("a.footnote-reference")
        if not calls:
            continue
        for call in calls + heading.select("a.headerlink"):
            call.decompose()
        assert heading.parent["id"] == make_id(heading.get_text()), heading.get_text()
