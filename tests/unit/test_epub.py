"""The EPUB (`make epub`), checked by EPUBCheck (the validator of the EPUB standard, Debian's
package) and read as a reading system reads it: its container, package metadata, navigation
document and pages. What it must hold comes from the project (catalogue, toc, chapter model)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


# --- the links of raw HTML, rewritten for the EPUB (unit) ---------------------------------------


def fake_app(base: str = "") -> SimpleNamespace:
    from sphinx.util.osutil import relative_uri
    docs = {"book/index", "book/zubok-1980s", "book/chronology"}
    builder = SimpleNamespace(out_suffix=".xhtml",
                              get_relative_uri=lambda source, target: relative_uri(source + ".xhtml", target + ".xhtml"))
    return SimpleNamespace(env=SimpleNamespace(all_docs=docs), builder=builder,
                           config=SimpleNamespace(html_baseurl=base))


@pytest.mark.parametrize("url, base, expected", [
    ("zubok-1980s.html", "", "zubok-1980s.xhtml"),                 # a page of the book, from a notebook output
    ("zubok-1980s.xhtml", "", "zubok-1980s.xhtml"),
    ("../downloads/cite/zubok-1980s.bib", "", None),               # a file the EPUB does not hold
    ("../downloads/cite/zubok-1980s.bib", "https://x.example/ed/", "https://x.example/ed/downloads/cite/zubok-1980s.bib"),
    ("missing.html", "https://x.example/ed/", "https://x.example/ed/book/missing.html"),
    ("https://muse.jhu.edu/article/380709", "", "https://muse.jhu.edu/article/380709"),
    ("mailto:someone@example.org", "", "mailto:someone@example.org"),
    ("", "", ""),
])
def test_a_raw_link_points_into_the_epub_or_to_the_site_or_nowhere(url, base, expected):
    from edition.sphinx_ext.epub import rewrite_link  # Sphinx's EPUB builder: imported where it is tested
    assert rewrite_link(url, "book/chronology", fake_app(base)) == expected


@pytest.mark.parametrize("html, expected", [
    ('<a href="zubok-1980s.html#p-3">¶ 3</a>', '<a href="zubok-1980s.xhtml#p-3">¶ 3</a>'),
    ('<a class="x" href="../downloads/a.bib" download="">BibTeX</a>, RIS', "BibTeX, RIS"),
    ('<svg><a xlink:href="zubok-1980s.html#p-9"><path/></a></svg>', '<svg><a xlink:href="zubok-1980s.xhtml#p-9"><path/></a></svg>'),
    ('<svg><a xlink:href="gone.html#p-9"><path/></a></svg>', "<svg><a ><path/></a></svg>"),
    ('<a href="#p-4">here</a>', '<a href="#p-4">here</a>'),
])
def test_raw_html_keeps_no_dangling_link(html, expected):
    from edition.sphinx_ext.epub import rewrite_raw
    assert rewrite_raw(html, "book/chronology", fake_app()) == expected
