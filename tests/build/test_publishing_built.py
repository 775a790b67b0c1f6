"""Publishing the edition: its version and changelog, CITATION.cff, a site that loads nothing
from another host, the PDF and the EPUB, canonical URLs, the sitemap, the 404 page and the
workflow that publishes it all."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree
import pytest
import yaml

from conftest import ROOT, SLUGS, load_yaml
from edition.sphinx_ext.self_contained import is_remote


VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CONFIG = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
TOC = load_yaml((ROOT / "_toc.yml").read_text(encoding="utf-8"))
PAGES = [TOC["root"]] + [entry["file"] for part in TOC["parts"] for entry in part["chapters"]]
BASE = "https://editors.example.org/soviet-relations/"  # example.org: reserved, never requested


def changelog_versions() -> dict[str, str]:
    text = (ROOT / "book" / "changelog.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)$", text, re.M))


def test_every_page_shows_the_version_and_the_build_date(built_html):
    released = date.fromisoformat(changelog_versions()[VERSION])
    for page in PAGES + ["search", "genindex"]:
        html = (built_html / f"{page}.html").read_text(encoding="utf-8")
        footer = re.search(r'<p class="edition-version">Version ([^,]+), built <time datetime="([\d-]+)">\2</time>'
                           r'(?: \(<a href="([^"]+)">changelog</a>\))?\.</p>', html)
        assert footer, page
        assert footer[1] == VERSION
        assert released <= date.fromisoformat(footer[2]) <= datetime.now(timezone.utc).date()
        if page == "book/changelog":
            assert footer[3] is None  # no link to itself
        else:
            assert (built_html / page).parent.joinpath(footer[3]).resolve() == built_html / "book" / "changelog.html"


# --- a site that loads nothing from another host ----------------------------------------------


class Loads(HTMLParser):
    """Every URL a page loads: scripts, stylesheets, icons, images, frames, media, inline CSS."""

    SOURCES = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
               "video": "src", "embed": "src", "track": "src", "object": "data", "input": "src"}

    def __init__(self):
        super().__init__()
        self.urls, self.inline_scripts, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("href") and "canonical" not in (attrs.get("rel") or "").split():
            self.urls.append(attrs["href"])
        if tag in self.SOURCES and attrs.get(self.SOURCES[tag]):
            self.urls.append(attrs[self.SOURCES[tag]])
        for candidate in (attrs.get("srcset") or "").split(","):
            if candidate.strip():
                self.urls.append(candidate.split()[0])
        self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", attrs.get("style") or "")
        self._in = tag if tag in ("script", "style") else None

    def handle_data(self, data):
        if self._in == "script":
            self.inline_scripts.append(data)
        elif self._in == "style":
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", data)
            self.urls += re.findall(r"@import\s+['\"]([^'\"]+)", data)

    def handle_endtag(self, tag):
        self._in = None


def loads_of(path: Path) -> Loads:
    parser = Loads()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def built_pages(built_html: Path) -> list[Path]:
    """The pages the build writes: the book's, and search, genindex, 404 and the root redirect."""
    return sorted([*built_html.glob("*.html"), *(built_html / "book").glob("*.html")])


def test_no_page_loads_anything_from_another_host(built_html):
    pages = built_pages(built_html)
    assert len(pages) >= len(PAGES) + 3  # the book, search, genindex, 404
    remote = {page.relative_to(built_html).as_posix(): [u for u in loads_of(page).urls if is_remote(u)]
              for page in pages}
    assert {page: urls for page, urls in remote.items() if urls} == {}


def test_no_inline_script_names_a_cdn_thebe_or_mathjax(built_html):
    for page in built_pages(built_html):
        scripts = " ".join(loads_of(page).inline_scripts).lower()
        for word in ("http://", "https://", "thebe", "mathjax", "unpkg", "jsdelivr"):
            assert word not in scripts, (page, word)
        assert "sphinx-thebe.js" not in page.read_text(encoding="utf-8")


def test_no_stylesheet_imports_anything_from_another_host(built_html):
    sheets = sorted((built_html / "_static").rglob("*.css"))
    assert any(sheet.name == "edition.css" for sheet in sheets)
    for sheet in sheets:
        css = sheet.read_text(encoding="utf-8")
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css) + re.findall(r"@import\s+(?:url\()?['\"]?([^'\");]+)", css)
        assert [url for url in urls if is_remote(url)] == [], sheet


def test_search_runs_on_a_local_index_that_holds_every_chapter(built_html):
    search = built_html / "search.html"
    assert "searchindex.js" in loads_of(search).urls
    text = (built_html / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1: text.rindex(")")])
    assert sorted(index["docnames"]) == sorted(PAGES)
    for term in ("rozman", "comintern", "molotov", "eisenhow"):  # stemmed as the index stores them
        assert term in index["terms"], term


def test_a_script_from_another_host_fails_the_build(tmp_path):
    """Any remote script other than Jupyter Book's Thebe and MathJax-without-mathematics is a
    warning (self_contained.py), so `-W` stops the build."""
    (tmp_path / "conf.py").write_text("extensions = ['edition.sphinx_ext.self_contained']\n"
                                      "html_js_files = ['https://cdn.example.org/analytics.js']\n")
    (tmp_path / "index.rst").write_text("Test\n====\n\nA page.\n")
    result = subprocess.run([sys.executable, "-m", "sphinx", "-W", "-b", "html", "-q", str(tmp_path),
                             str(tmp_path / "_out")], capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "index.rst:the page would load a script from another host: " \
           "https://cdn.example.org/analytics.js" in result.stderr


def test_the_pages_mark_the_links_whose_text_is_their_address(built_html):
    notes = (built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    assert '<a class="url-text reference external" href="http://wilsoncenter.org/sites/default/files/' \
           'Working%20Paper_63.pdf">' in notes
    bibliography = (built_html / "book" / "bibliography.html").read_text(encoding="utf-8")
    assert '<a class="reference external" href="https://muse.jhu.edu/article/380709">' in bibliography


# --- the downloads -----------------------------------------------------------------------------
# The PDF and the EPUB themselves: tests/build/test_print_built.py and tests/build/test_epub_built.py.


def test_the_landing_page_links_the_pdf_and_the_epub(built_html, pdf, epub):
    html = (built_html / "book" / "index.html").read_text(encoding="utf-8")
    links = re.search(r'<p class="edition-screen-only">[^<]*<a href="([^"]+)">PDF file</a>[^<]*'
                      r'<a href="([^"]+)">EPUB</a>', html)
    assert (built_html / "book" / links[1]).resolve() == pdf
    assert (built_html / "book" / links[2]).resolve() == Path(epub.filename)
    assert "edition.pdf" not in epub.read("book/index.xhtml").decode("utf-8")  # not in the e-book itself


# --- canonical URLs, sitemap, 404 -------------------------------------------------------------


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """The book built as the publish workflow builds it: EDITION_BASEURL set. It starts from
    copies of the build's notebook cache and doctrees, so that it only writes the pages."""
    out = tmp_path_factory.mktemp("published")
    for cached in (".jupyter_cache", ".doctrees", "jupyter_execute"):
        if (ROOT / "_build" / cached).is_dir():
            shutil.copytree(ROOT / "_build" / cached, out / "_build" / cached)
    result = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT),
                             "--path-output", str(out),
                             "-W", "-n", "--keep-going"], capture_output=True, text=True, timeout=900,
                            env={**os.environ, "EDITION_BASEURL": BASE.rstrip("/")})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "_build" / "html"


def test_every_page_names_its_canonical_url(published):
    for page in PAGES + ["search", "genindex"]:
        html = (published / f"{page}.html").read_text(encoding="utf-8")
        assert re.findall(r'<link rel="canonical" href="([^"]+)" />', html) == [f"{BASE}{page}.html"]


def test_the_base_url_is_the_one_the_citations_use(published):
    html = (published / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    assert f'content="{BASE}book/zubok-1980s.html"' in html


def test_the_sitemap_lists_every_page_of_the_book_once(published):
    tree = ElementTree.parse(published / "sitemap.xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert tree.getroot().tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    locations = [loc.text for loc in tree.getroot().iterfind("s:url/s:loc", namespace)]
    assert sorted(locations) == sorted(f"{BASE}{page}.html" for page in PAGES)
    for slug in SLUGS:
        assert f"{BASE}book/{slug}.html" in locations


def test_the_404_page_needs_nothing_else_and_links_home(published, built_html):
    for site, home in ((published, f"{BASE}book/index.html"), (built_html, "book/index.html")):
        page = site / "404.html"
        parser = loads_of(page)
        assert parser.urls == [] and parser.inline_scripts == []
        html = page.read_text(encoding="utf-8")
        assert "<h1>Page not found</h1>" in html
        links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', html)
        assert (home, "Go to the first page of the edition") in links
        assert (site / re.sub(r"^" + re.escape(BASE), "", home)).is_file()


def test_canonical_urls_and_sitemap_follow_the_base_url_setting(built_html):
    """Published (a base URL is set): canonical links and a sitemap. Unpublished: neither."""
    published = bool(os.environ.get("EDITION_BASEURL") or CONFIG["html"]["baseurl"])
    assert (built_html / "sitemap.xml").exists() == published
    page = (built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    assert ('rel="canonical"' in page) == published
