"""The EPUB (`make epub`), checked by EPUBCheck (the validator of the EPUB standard, Debian's
package) and read as a reading system reads it: its container, package metadata, navigation
document and pages. What it must hold comes from the project (catalogue, toc, chapter model)."""

from __future__ import annotations

import html as html_text
import json
import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml

from conftest import EPUB, ROOT, SENTENCES, flat, load_yaml
from edition.catalogue import read_catalogue
from edition.chapter import read_chapter
from edition.sphinx_ext.self_contained import is_remote

CATALOGUE = read_catalogue(ROOT)
CONFIG = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
SPHINX = CONFIG["sphinx"]["config"]
EPUBCHECK = Path("/usr/share/java/epubcheck.jar")
NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "x": "http://www.w3.org/1999/xhtml"}


def package(epub) -> tuple[str, ElementTree.Element]:
    container = ElementTree.fromstring(epub.read("META-INF/container.xml"))
    path = container.find(".//{*}rootfile").get("full-path")
    return path, ElementTree.fromstring(epub.read(path))


@pytest.fixture(scope="module")
def epubcheck(epub, tmp_path_factory) -> dict:
    """EPUBCheck's report on the EPUB, as JSON."""
    if not EPUBCHECK.exists():
        pytest.fail("epubcheck is missing: run scripts/ensure-epubcheck.sh (make test does)")
    report = tmp_path_factory.mktemp("epubcheck") / "report.json"
    subprocess.run(["java", "-jar", str(EPUBCHECK), str(EPUB), "--json", str(report)],
                   capture_output=True, text=True, timeout=600)
    return json.loads(report.read_text(encoding="utf-8"))


def test_epubcheck_finds_no_error_and_no_warning(epubcheck):
    assert epubcheck["checker"]["nFatal"] == 0
    messages = [(m["severity"], m["ID"], m["message"], [loc["path"] for loc in m["locations"]][:3])
                for m in epubcheck["messages"] if m["severity"] in ("FATAL", "ERROR", "WARNING")]
    assert messages == []
    assert epubcheck["checker"]["nError"] == 0 and epubcheck["checker"]["nWarning"] == 0
    assert epubcheck["publication"]["ePubVersion"].startswith("3")


def test_the_epub_is_an_epub_container_whose_spine_follows_the_toc(epub):
    first = epub.infolist()[0]
    assert first.filename == "mimetype" and epub.read("mimetype") == b"application/epub+zip"
    _, opf = package(epub)
    manifest = {item.get("id"): item.get("href") for item in opf.iterfind("opf:manifest/opf:item", NS)}
    spine = [manifest[ref.get("idref")] for ref in opf.iterfind("opf:spine/opf:itemref", NS)]
    assert [href for href in spine if href.startswith("book/")] == [f"{page}.xhtml" for page in CATALOGUE.pages]


def test_the_package_metadata_are_the_editions(epub):
    _, opf = package(epub)
    metadata = opf.find("opf:metadata", NS)
    assert metadata.findtext("dc:title", namespaces=NS) == CONFIG["title"]
    assert metadata.findtext("dc:language", namespaces=NS) == SPHINX.get("language", "en")
    authors = [a.get("literal") or f"{a.get('given', '')} {a['family']}".strip() for text in CATALOGUE.texts
               for a in text.meta.get("authors") or []]
    editors = list(SPHINX.get("edition_editors") or [])
    assert [c.text for c in metadata.findall("dc:creator", NS)] == list(dict.fromkeys(authors)) + editors
    identifier = metadata.find("dc:identifier", NS)
    assert identifier.get("id") == opf.get("unique-identifier") and identifier.text.strip()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", metadata.findtext("dc:date", namespaces=NS))
    rights = flat(metadata.findtext("dc:rights", namespaces=NS))
    for text in CATALOGUE.texts:
        assert flat(text.meta["rights"]) in rights, text.slug
    assert metadata.findtext("dc:description", namespaces=NS) == SPHINX["epub_description"]
    everything = ElementTree.tostring(metadata, encoding="unicode").lower()
    assert "unknown" not in everything and "editors of the edition" not in everything


def test_the_navigation_lists_every_chapter_and_its_sections(epub):
    _, opf = package(epub)
    nav_href = next(item.get("href") for item in opf.iterfind("opf:manifest/opf:item", NS)
                    if "nav" in (item.get("properties") or "").split())
    nav = ElementTree.fromstring(epub.read(nav_href))
    top = nav.find(".//x:nav/x:ol", NS)
    chapters = [item.find("x:a", NS).get("href") for item in top.findall("x:li", NS)]
    assert chapters == [f"{page}.xhtml" for page in CATALOGUE.pages]
    for text in CATALOGUE.texts:
        item = next(li for li in top.findall("x:li", NS) if li.find("x:a", NS).get("href") == f"{text.page}.xhtml")
        sections = [a.text for a in item.findall("x:ol/x:li/x:a", NS)]
        assert len(sections) == len(read_chapter(text.chapter).sections), text.slug


def test_every_epub_page_is_well_formed_xhtml_that_loads_nothing_from_elsewhere(epub):
    pages = [name for name in epub.namelist() if name.endswith(".xhtml")]
    assert len(pages) > len(CATALOGUE.pages)
    problems = {}
    for name in pages:
        try:
            tree = ElementTree.fromstring(epub.read(name))
        except ElementTree.ParseError as error:
            problems[name] = str(error)
            continue
        for element in tree.iter():
            if element.tag.rsplit("}", 1)[-1] in ("script", "link", "img", "iframe"):
                url = element.get("src") or element.get("href") or ""
                if is_remote(url):
                    problems[name] = url
    assert problems == {}


def test_the_data_chapters_link_into_the_epubs_own_pages(epub):
    """The charts' and tables' links (raw HTML of the notebooks) point at the EPUB's pages."""
    names = set(epub.namelist())
    checked = 0
    for page in CATALOGUE.data_chapters:
        html = epub.read(f"{page}.xhtml").decode("utf-8")
        for href in re.findall(r'(?:xlink:)?href="([^"#]*)#p-\d+"', html):
            checked += 1
            assert not href.endswith(".html") and (Path(page).parent / href).as_posix() in names, href
    assert checked


@pytest.mark.parametrize("slug", SENTENCES)
def test_the_epub_holds_a_sentence_of_each_chapter(epub, slug):
    text = html_text.unescape(re.sub(r"<[^>]+>", "", epub.read(f"book/{slug}.xhtml").decode("utf-8")))
    assert SENTENCES[slug] in flat(text)
