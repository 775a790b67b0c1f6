"""Publishing: one base URL, and the files a static host wants at the site root.

The base URL is one setting, `html: baseurl:` in `_config.yml` (Sphinx's `html_baseurl`).
The environment variable EDITION_BASEURL replaces it when set: the publishing workflow
(`.github/workflows/publish.yml`) sets it to the repository's GitHub Pages URL. With a base
URL, Sphinx writes `<link rel="canonical">` on every page, the citations carry URLs, and this
module writes `sitemap.xml`; it writes `404.html` in any case.

The sitemap is written here, not by sphinx-sitemap: that extension lists only the pages the
current build wrote, so an incremental `make book` would publish a partial sitemap
(jdillard/sphinx-sitemap#13, open). This one lists every document of the book, every time.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from sphinx.util import logging

logger = logging.getLogger(__name__)
BASEURL_VARIABLE = "EDITION_BASEURL"
HTML_BUILDERS = ("html", "dirhtml")


def normalise_base_url(value: str) -> str:
    """The base URL with one trailing slash; "" stays "" (the book is not published)."""
    value = (value or "").strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"malformed base URL {value!r}: expected http(s)://host/path/")
    return value.rstrip("/") + "/"


def configure(app, config) -> None:
    value = os.environ.get(BASEURL_VARIABLE) or config.html_baseurl
    try:
        config.html_baseurl = normalise_base_url(value)
    except ValueError as error:
        source = BASEURL_VARIABLE if os.environ.get(BASEURL_VARIABLE) else "_config.yml html.baseurl"
        logger.warning(f"{source}: {error}", type="edition", subtype="baseurl")
        config.html_baseurl = ""


def sitemap_xml(base_url: str, paths: list[str]) -> str:
    """A sitemaps.org urlset: one <url><loc> per page path, absolute under base_url."""
    rows = "".join(f"  <url><loc>{xml_escape(base_url + path)}</loc></url>\n" for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n")


def not_found_html(title: str, home: str, search: str, language: str = "en") -> str:
    """A 404 page that needs nothing else: inline style, no script, absolute links home."""
    title, home, search = escape(title), escape(home, quote=True), escape(search, quote=True)
    return f"""<!DOCTYPE html>
<html lang="{escape(language or 'en', quote=True)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found · {title}</title>
<style>
  body {{ font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #222; background: #fff; }}
  main {{ max-width: 38em; margin: 4em auto; padding: 0 1.2em; }}
  h1 {{ font-size: 1.6em; }}
  a {{ color: #6b4e00; }}
  @media (prefers-color-scheme: dark) {{ body {{ color: #ddd; background: #14181e; }} a {{ color: #e0c27a; }} }}
</style>
</head>
<body>
<main>
<h1>Page not found</h1>
<p>There is no page at this address in <cite>{title}</cite>. The edition never removes a
page, a paragraph or a note anchor it has published; the address may be mistyped.</p>
<p><a href="{home}">Go to the first page of the edition</a>, or <a href="{search}">search it</a>.</p>
</main>
</body>
</html>
"""


def write_site_files(app, exception) -> None:
    if exception is not None or app.builder.name not in HTML_BUILDERS:
        return
    outdir = Path(app.outdir)
    base = app.config.html_baseurl
    uri = app.builder.get_target_uri
    home = base + uri(app.config.root_doc) if base else uri(app.config.root_doc)
    search = base + uri("search") if base else uri("search")
    (outdir / "404.html").write_text(not_found_html(app.config.project, home, search, app.config.language),
                                     encoding="utf-8")
    sitemap = outdir / "sitemap.xml"
    if base:
        sitemap.write_text(sitemap_xml(base, [uri(doc) for doc in sorted(app.env.found_docs)]), encoding="utf-8")
    else:
        sitemap.unlink(missing_ok=True)  # one from a published build would name another base URL


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("config-inited", configure, 400),  # before citing reads html_baseurl, before Sphinx hashes the config
    ("build-finished", write_site_files, 500),
]
