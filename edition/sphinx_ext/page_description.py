"""A meta description for every page (search engines show it under the title): the page's own
`html_meta` description when its front matter gives one, else the first paragraph of the page
that says something (forty characters or more), cut at a word before 160 characters; a page
without a doctree (search, general index) is described by its title and the book's."""

from __future__ import annotations

import re
from html import escape, unescape

from docutils import nodes

LONGEST = 160
SHORTEST = 40


def _first_paragraph(doctree) -> str:
    for paragraph in doctree.findall(nodes.paragraph):
        text = " ".join(paragraph.astext().split())
        if len(text) >= SHORTEST:
            return text
    return ""


def _cut(text: str) -> str:
    if len(text) <= LONGEST:
        return text
    return text[:LONGEST - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def describe(app, pagename, templatename, context, doctree):
    if app.builder.format != "html" or 'name="description"' in context.get("metatags", ""):
        return
    text = _first_paragraph(doctree) if doctree is not None else ""
    if not text:
        title = unescape(re.sub(r"<[^>]+>", "", context.get("title") or ""))  # the title as HTML
        text = f"{title}: {app.config.project}" if title else app.config.project
    context["metatags"] = context.get("metatags", "") + f'\n<meta name="description" content="{escape(_cut(text))}" />'


# (event, handler, priority), registered by the extension's setup().
EVENTS = [("html-page-context", describe, 600)]
