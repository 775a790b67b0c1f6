"""The built site makes no request to another host: every script and stylesheet is local.

Two of Jupyter Book 1's defaults name a CDN, and both are taken off each page here:
- sphinx-thebe (always loaded by Jupyter Book) writes an inline script naming Thebe on
  unpkg.com, its loader, and a Binder configuration (a sample repository of its own) on every
  page; this book has no Thebe launch button, so none of them does anything but point elsewhere;
- Jupyter Book makes the single-page build (`make pdf`) load MathJax from a CDN on every
  build ("always" assets policy); no page of this book has mathematics.
Any other script or stylesheet from another host (say MathJax once a page has mathematics,
or an analytics snippet) is a warning, so that `-W` stops the build until it is made local.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from docutils import nodes
from sphinx.util import logging

logger = logging.getLogger(__name__)


def is_remote(url: str) -> bool:
    """True for a URL on another host: http(s)://host/... or protocol-relative //host/..."""
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme in ("http", "https")


def _url(asset) -> str:
    """An asset's URL: a Sphinx _JavaScript/_CascadingStyleSheet, or an old-style string."""
    return os.fspath(getattr(asset, "filename", asset) or "")


def _is_thebe(asset) -> bool:
    return (os.path.basename(_url(asset)) == "sphinx-thebe.js"
            or "THEBE_JS_URL" in (getattr(asset, "attributes", {}).get("body") or ""))


def drop_thebe_config(app, doctree, docname) -> None:
    """sphinx-thebe appends its Binder settings and kernel name to every doctree."""
    for raw in list(doctree.findall(nodes.raw)):
        text = raw.astext()
        if 'type="text/x-thebe-config"' in text or text.startswith("<script>kernelName ="):
            raw.parent.remove(raw)


def keep_local(app, pagename, templatename, context, doctree) -> None:
    scripts = context.get("script_files")
    if scripts is None:
        return
    math = app.env.get_domain("math")
    kept = []
    for script in scripts:
        url = _url(script)
        if _is_thebe(script):
            continue
        if url and url == app.config.mathjax_path and not math.has_equations(pagename):
            continue
        if url and is_remote(url):
            logger.warning(f"the page would load a script from another host: {url}",
                           location=pagename, type="edition", subtype="self-contained")
        kept.append(script)
    scripts[:] = kept
    for sheet in context.get("css_files") or []:
        url = _url(sheet)
        if url and is_remote(url):
            logger.warning(f"the page would load a stylesheet from another host: {url}",
                           location=pagename, type="edition", subtype="self-contained")


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("doctree-resolved", drop_thebe_config, 900),  # after sphinx-thebe's (500)
    ("html-page-context", keep_local, 900),  # after MathJax's (500)
]


def setup(app):
    """Also a Sphinx extension of its own (a test builds a page with it alone)."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
