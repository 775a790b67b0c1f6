"""Citing the edition: exact citation strings, meta tags, downloads, and the cite box in a browser."""

from __future__ import annotations

import html as html_lib
import json
import re
import subprocess

import pytest
import yaml

from conftest import ROOT, SLUGS, load_yaml
from edition.catalogue import project_version, read_catalogue, release_date
from edition.citations.csl_json import descriptive_title
from edition.citations.edition_bibliography import build as build_bibliography
from edition.citing import Edition, chapter_sections, citations, plain_text


def base_url() -> str:
    config = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return ((config.get("html") or {}).get("baseurl") or config["sphinx"]["config"].get("html_baseurl") or "")


VERSION = project_version(ROOT)
CONFIG = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
TITLE = CONFIG["sphinx"]["config"]["project"]
RELEASED = release_date(ROOT)
EXPECTED = load_yaml((ROOT / "tests" / "data" / "expected-citations.yml").read_text(encoding="utf-8"))
CATALOGUE = read_catalogue(ROOT)
DOWNLOADS = ["edition", *SLUGS, *(p.removeprefix("book/") for p in CATALOGUE.data_chapters)]


def url(slug: str) -> str:
    page = "index" if slug == "edition" else slug
    return f"{base_url().rstrip('/')}/book/{page}.html" if base_url() else ""


def cite_forms(built_html, page: str) -> dict[str, str]:
    text = (built_html / "book" / f"{page}.html").read_text(encoding="utf-8")
    forms = {ident: html_lib.unescape(plain_text(text))
             for ident, text in re.findall(r'<p class="cite-text" id="(cite-[a-z0-9-]+)">(.*?)</p>', text)}
    for kind in ("paragraph", "note"):  # the templates the page's script fills in: [[style, label, html]]
        found = re.search(rf'data-{kind}-forms="([^"]*)"', text)
        for style, _, form in json.loads(html_lib.unescape(found.group(1))) if found else []:
            forms[f"{kind}:cite-{style}-note"] = html_lib.unescape(plain_text(form))
    return forms


@pytest.mark.parametrize("unit", sorted(EXPECTED))
def test_citation_strings_equal_the_hand_checked_ones(built_html, unit):
    if base_url():
        pytest.skip("the table holds the forms of the unpublished build (no URLs)")
    page, _, part = unit.partition("#")
    forms = cite_forms(built_html, "index" if page == "edition" else page)
    for ident, text in EXPECTED[unit].items():
        if part in ("paragraph", "note"):
            assert forms[f"{part}:{ident}"] == text, ident
        elif part:
            assert forms[ident.replace("cite-", f"cite-{page}-{part}-", 1)] == text, ident  # the label is slug-section
        else:
            assert forms[ident] == text, ident


def test_each_form_is_labelled_with_its_manual_and_edition(built_html):
    page = (built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    labels = re.findall(r'<p class="cite-label">([^<]*)</p>', page)
    for edition in ("Chicago Manual of Style 18th edition", "MLA Handbook 9th edition", "APA Style 7th edition"):
        assert any(label.startswith(edition) for label in labels), edition


def test_no_placeholder_editor_or_publisher_anywhere(built_html):
    """No editor, publisher or place is configured: none appears in a box, a tag or a download."""
    assert not CONFIG["sphinx"]["config"].get("edition_editors") and not CONFIG["sphinx"]["config"].get(
        "edition_publisher")
    pages = [*(built_html / "book").glob("*.html")]
    for path in [*pages, *(built_html / "downloads" / "cite").iterdir()]:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":  # the cite boxes and the meta tags (the page's footer is not a citation)
            text = "".join(re.findall(r'<details class="cite-this.*?</details>|<meta [^>]*>', text, re.S))
        assert "editors of the edition" not in text.lower(), path
        assert 'name="citation_editor"' not in text and 'name="citation_publisher"' not in text, path
        assert f"publisher = \"{TITLE}" not in text and f"PB  - {TITLE}" not in text, path


def test_every_chapter_and_section_has_a_cite_box(built_html):
    for slug in SLUGS:
        page = (built_html / "book" / f"{slug}.html").read_text(encoding="utf-8")
        assert page.count('<details class="cite-this" id="cite-this"') == 1
        sections = len(re.findall(r"^\(([\w-]+)\)=\n## ", (ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8"),
                                  re.M))
        assert page.count('<details class="cite-this cite-section">') == sections
    for page in ["index", *(p.removeprefix("book/") for p in CATALOGUE.data_chapters)]:
        assert ((built_html / "book" / f"{page}.html").read_text(encoding="utf-8")
                .count('<details class="cite-this" id="cite-this"') == 1), page
    zubok = (built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    assert "sec. Normalization within geopolitical realities" in zubok


def meta(page: str) -> list[tuple[str, str]]:
    return [(name, html_lib.unescape(content))
            for name, content in re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', page)]


def expected_tags(slug: str) -> dict[str, list[str]]:
    """What Zotero must read on a text chapter, from the catalogue: a Book Section of the edition,
    by the text's people (an organisation is never split into a person; none for an unsigned text)."""
    text = CATALOGUE.text(slug)
    people = [f"{a['family']}, {a['given']}" for a in text.meta.get("authors") or [] if a.get("family")]
    title, _ = chapter_sections(text.chapter)
    tags = {"citation_title": [title], "citation_inbook_title": [TITLE], "citation_author": people,
            "citation_publication_date": [RELEASED], "citation_editor": [], "citation_publisher": [],
            "DC.type": ["bookSection"], "DC.creator": people, "DC.publisher": [], "og:type": ["article"],
            "citation_public_url": [url(slug)] if base_url() else []}
    return tags


@pytest.mark.parametrize("slug", SLUGS)
def test_reference_manager_metadata_on_every_chapter(built_html, slug):
    tags = meta((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"))
    for name, values in expected_tags(slug).items():
        assert [c for n, c in tags if n == name] == values, name
    assert dict(tags)["DC.hasVersion"] == VERSION


def test_the_landing_page_is_a_book_and_a_data_chapter_a_dataset(built_html):
    landing = dict(meta((built_html / "book" / "index.html").read_text(encoding="utf-8")))
    assert landing["citation_title"] == TITLE and "citation_inbook_title" not in landing
    assert landing["og:type"] == "book" and landing["DC.type"] == "book"
    for page in CATALOGUE.data_chapters:
        tags = dict(meta((built_html / f"{page}.html").read_text(encoding="utf-8")))
        assert tags["DC.type"] == "dataset" and "citation_inbook_title" not in tags, page
        assert tags["og:type"] not in ("book", "website"), page  # RDF.js would prefer it to DC.type


# (type written, type citation-js reads): the same, or what the format has for it. biblatex has
# no encyclopedia entry but `inreference` (read as `entry`); citation-js reads a CSL "book"
# that has a `version` as "software" (its repair of old Zotero exports): a known limit.
READ_AS = {(t, t) for t in ("chapter", "book", "dataset", "article-journal", "entry-encyclopedia")} | {
    ("entry-encyclopedia", "entry"), ("book", "software")}


def parsed(paths) -> dict[str, list[dict]]:
    """What citation-js, an independent parser, reads in these files (CSL-JSON)."""
    done = subprocess.run(["node", str(ROOT / "tests" / "js" / "parse-references.js"), *map(str, paths)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def names(people) -> list[tuple]:
    """Each name as read: a person as family and given name; a name kept whole (an organisation's:
    CSL's `literal`, or BibTeX's braced name, which citation-js reads as a family name alone)."""
    return [("person", p["family"], p["given"]) if p.get("given") else ("whole", p.get("literal") or p.get("family"))
            for p in people or []]


@pytest.mark.parametrize("unit", DOWNLOADS)
def test_every_download_round_trips_through_an_independent_parser(built_html, unit):
    folder = built_html / "downloads" / "cite"
    records = citations(Edition(TITLE, VERSION, RELEASED, base_url()), ROOT)
    record = records[unit]
    want = record.csl_item()
    files = [folder / f"{unit}.{ext}" for ext in ("json", "bib", "ris")]
    for path, items in parsed(files).items():
        got = {item["id"]: item for item in items}
        assert set(got) == {unit} | ({record.original["id"]} if record.original and record.container else set()), path
        item = got[unit]
        assert (want["type"], item["type"]) in READ_AS and item["title"] == want["title"], path
        if not (path.endswith(".ris") and want["type"] == "dataset"):  # RIS has no container tag for DATA
            assert item.get("container-title") == want.get("container-title"), path
        assert names(item.get("author")) == names(want.get("author")), path
        assert names(item.get("editor")) == names(want.get("editor")), path
        assert item["issued"]["date-parts"][0][0] == want["issued"]["date-parts"][0][0], path
        if record.original and record.container:
            original = got[record.original["id"]]
            assert (record.original["type"], original["type"]) in READ_AS, path
            for field in ("title", "container-title", "volume", "issue", "page", "DOI", "edition", "publisher"):
                assert original.get(field) == record.original.get(field), (path, field)
            assert names(original.get("editor")) == names(record.original.get("editor")), path
            assert original["issued"] == record.original["issued"], path
            if path.endswith(".ris"):  # RIS names the original publication in OP
                assert item["original-title"] == plain_text(record.forms["chicago"]["original"]), path
            else:
                assert item["original-date"] == want["original-date"], path


def test_ris_records_start_with_ty_and_end_with_er(built_html):
    files = [*(built_html / "downloads" / "cite").glob("*.ris"), built_html / "downloads" / "references.ris"]
    for path in files:
        for record in path.read_text(encoding="utf-8").strip().split("\n\n"):
            lines = record.strip().splitlines()
            assert lines[0].startswith("TY  - ") and lines[-1].rstrip() == "ER  -", path


def work_names(names: list[str]) -> list[tuple]:
    """The notes' "Family, Given" as `names` reads a parsed name."""
    return [("person", *(part.strip() for part in name.split(",", 1))) if "," in name else ("whole", name)
            for name in names]


def test_the_whole_bibliography_round_trips_through_an_independent_parser(built_html):
    """Every work of the bibliography, in each download, read back by citation-js: its title (a
    bracketed descriptive one when the notes give none), people, editors and year."""
    folder = built_html / "downloads"
    files = [folder / "references.bib", folder / "references.ris", folder / "references.json"]
    found = parsed(files)
    works = build_bibliography(ROOT).works
    assert len(works) > 70
    for path, items in found.items():
        got = {item["id"]: item for item in items}
        for work in works:
            item = got[work.key]
            assert item["title"] == (work.title or descriptive_title(work)), (path, work.key)
            if path.endswith(".ris") and work.kind == "newspaper":  # the RIS specification's "reporter"
                assert item["reporter"] == "; ".join(work.authors) and "author" not in item, (path, work.key)
            else:
                assert names(item.get("author")) == work_names(work.authors), (path, work.key)
            assert names(item.get("editor")) == work_names(work.editors), (path, work.key)  # never series editors
            year = (item.get("issued") or {}).get("date-parts", [[None]])[0][0]
            assert str(year) == work.year if work.year else year is None, (path, work.key)
