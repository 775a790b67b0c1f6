"""Citing the edition: exact citation strings, meta tags, downloads, and the cite box in a browser."""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest
import rispy
import yaml
from pybtex.database import parse_string

from conftest import ROOT, SLUGS
from edition.catalogue import project_version
from edition.citing import plain_text


def base_url() -> str:
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return ((config.get("html") or {}).get("baseurl") or config["sphinx"]["config"].get("html_baseurl") or "")


VERSION = project_version(ROOT)
TITLE = "Soviet Foreign Relations: Five Texts"


def url(slug: str) -> str:
    return f"{base_url().rstrip('/')}/book/{slug}.html" if base_url() else ""


def expected(slug: str) -> dict[str, str]:
    """Hand-checked forms (Chicago 18th notes-bibliography, MLA 9th, APA 7th), as plain text."""
    u = url(slug)
    if slug == "zubok-1980s":
        head = "The Soviet Union and China in the 1980s: Reconciliation and Divorce"
        return {
            "cite-chicago-note": f"Vladislav Zubok, “{head},” in {TITLE}, version {VERSION}, ed. the editors of the "
                                 f"edition (Cold War History, 2017; repr., 2026)" + (f", {u}." if u else "."),
            "cite-chicago-bibliography": f"Zubok, Vladislav. “{head}.” In {TITLE}, version {VERSION}, edited by the "
                                         f"editors of the edition. Cold War History, 2017. Reprint, 2026." + (f" {u}." if u else ""),
            "cite-mla-bibliography": f"Zubok, Vladislav. “{head}.” {TITLE}, edited by the editors of the edition, "
                                     f"Version {VERSION}, 2026" + (f", {u}" if u else "") +
                                     ". Originally published by Cold War History, 2017.",
            "cite-apa-bibliography": f"Zubok, V. (2026). {head}. In the editors of the edition (Ed.), {TITLE} "
                                     f"(Version {VERSION})." + (f" {u}" if u else "") +
                                     " (Original work published 2017, Cold War History)",
        }
    head = "Foreign Policy, 1921-28"
    return {
        "cite-chicago-note": f"“{head},” in {TITLE}, version {VERSION} (Soviet Union: A Country Study, 1989; repr., "
                             f"2026)" + (f", {u}." if u else "."),
        "cite-chicago-bibliography": f"“{head}.” In {TITLE}, version {VERSION}. Soviet Union: A Country Study, 1989. "
                                     f"Reprint, 2026." + (f" {u}." if u else ""),
        "cite-mla-bibliography": f"“{head}.” {TITLE}, Version {VERSION}, 2026" + (f", {u}" if u else "") +
                                 ". Originally published by Soviet Union: A Country Study, 1989.",
        "cite-apa-bibliography": f"{head}. (2026). In {TITLE} (Version {VERSION})." + (f" {u}" if u else "") +
                                 " (Original work published 1989, Soviet Union: A Country Study)",
    }


def cite_forms(built_html, slug) -> dict[str, str]:
    page = (built_html / "book" / f"{slug}.html").read_text(encoding="utf-8")
    return {ident: html_lib.unescape(plain_text(text))
            for ident, text in re.findall(r'<p class="cite-text" id="(cite-[a-z-]+)">(.*?)</p>', page)}


@pytest.mark.parametrize("slug", ["zubok-1980s", "country-study-1920s"])
def test_citation_strings_equal_the_hand_checked_ones(built_html, slug):
    forms = cite_forms(built_html, slug)
    for ident, text in expected(slug).items():
        assert forms[ident] == text, ident


def test_every_chapter_and_section_has_a_cite_box(built_html):
    for slug in SLUGS:
        page = (built_html / "book" / f"{slug}.html").read_text(encoding="utf-8")
        assert page.count('<details class="cite-this" id="cite-this"') == 1
        sections = len(re.findall(r"^\(([\w-]+)\)=\n## ", (ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8"),
                                  re.M))
        assert page.count('<details class="cite-this cite-section">') == sections
    zubok = (built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    assert "sec. Normalization within geopolitical realities" in zubok


def meta(page: str) -> list[tuple[str, str]]:
    return [(name, html_lib.unescape(content))
            for name, content in re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', page)]


@pytest.mark.parametrize("slug", SLUGS)
def test_reference_manager_metadata_on_every_chapter(built_html, slug):
    tags = meta((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"))
    names = [name for name, _ in tags]
    source = yaml.safe_load((ROOT / "data" / "sources" / f"{slug}.yml").read_text(encoding="utf-8"))
    authors = [f"{a['family']}, {a['given']}" for a in source.get("authors") or []]
    assert [c for n, c in tags if n == "citation_author"] == authors
    assert dict(tags)["citation_inbook_title"] == TITLE  # Zotero: a Book Section of the edition
    assert dict(tags)["citation_editor"] == "the editors of the edition"
    assert dict(tags)["citation_publication_date"] == "2026"
    assert dict(tags)["DC.hasVersion"] == VERSION
    for required in ("citation_title", "citation_publisher", "DC.title", "DC.publisher", "og:title", "og:site_name"):
        assert required in names
    if base_url():
        assert dict(tags)["citation_public_url"] == url(slug)
    title = dict(tags)["citation_title"]
    assert "[^" not in title and "{" not in title and title.strip() == title


def test_chapter_downloads_parse(built_html):
    folder = built_html / "downloads" / "cite"
    entry = parse_string((folder / "zubok-1980s.bib").read_text(encoding="utf-8"), "bibtex").entries["zubok-1980s"]
    assert entry.type == "incollection" and entry.fields["booktitle"] == TITLE
    assert str(entry.persons["author"][0]) == "Zubok, Vladislav"
    (record,) = rispy.loads((folder / "zubok-1980s.ris").read_text(encoding="utf-8"))
    assert record["type_of_reference"] == "CHAP" and record["secondary_title"] == TITLE
    (item,) = json.loads((folder / "country-study-1920s.json").read_text(encoding="utf-8"))
    assert item["type"] == "chapter" and "author" not in item and item["version"] == VERSION


@pytest.mark.browser
def test_copy_button_copies_exactly_the_citation(page, site):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{site}/book/zubok-1980s.html")
    page.click("details#cite-this > summary")
    page.click('button[data-copy="cite-chicago-note"]')
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == expected("zubok-1980s")["cite-chicago-note"]


@pytest.mark.browser
def test_a_paragraph_is_cited_from_its_margin_number(page, site):
    page.goto(f"{site}/book/zubok-1980s.html")
    page.click("#p-14 > a.para-num")
    panel = page.locator("#cite-paragraph")
    assert panel.is_visible()
    text = panel.locator(".cite-text").inner_text()
    assert text.startswith("Vladislav Zubok, “The Soviet Union and China in the 1980s")
    assert "para. 14" in text and "PARANUM" not in text
    if base_url():
        assert text.endswith(f"{url('zubok-1980s')}#p-14.")
