"""The single-page build (`make pdf`): one id per target, and links that find it.

Sphinx's singlehtml builder puts every document on one page but keeps each document's ids,
so `p-3`, `em-1`, `headnote`... occur once per chapter, and it rewrites a link to another
document's anchor to `book/index.html#p-3`, which no longer says which chapter it means (the
first `p-3` on the page wins). Here, on the assembled page and before Sphinx rewrites the
links, every id that occurs in more than one document gets its document's name as a prefix
(`country-study-1920s--p-3`), and every link to it (`#document-book/country-study-1920s#p-3`,
a same-page `#p-3`, or a page-relative `country-study-1920s.html#p-3` that a notebook output
or a cached doctree carries) is pointed at the new id. A link to a file beside the pages (the
bibliography's downloads) points to the published file, or is taken off when unpublished.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from urllib.parse import urlsplit

from docutils import nodes
from sphinx import addnodes

from .nodes import emendation, emendation_anchor, paragraph_number

PAGE_LINK = re.compile(r'href="([\w-]+)\.html#([^"]+)"')


def elements_by_document(node, docname: str):
    """Every element under node with the document it came from. Walked from the top: Sphinx
    moves each document's children under a start_of_file node without re-parenting them."""
    for child in node.children:
        if not isinstance(child, nodes.Element):
            continue
        owner = child["docname"] if isinstance(child, addnodes.start_of_file) else docname
        yield child, owner
        yield from elements_by_document(child, owner)


def written_ids(node) -> list[str]:
    """The ids the HTML writer gives a node: its `ids`; an emendation's visitor writes its own."""
    ids = list(node.get("ids", []))
    if isinstance(node, emendation):
        ids += [emendation_anchor(node), emendation_anchor(node) + "-source"]
    return ids


def _slug(docname: str) -> str:
    return docname.rsplit("/", 1)[-1]


def unique_ids(app, doctree, docname) -> None:
    if app.builder.name != "singlehtml" or docname != app.config.root_doc:
        return
    elements = list(elements_by_document(doctree, app.config.root_doc))
    docs_of = defaultdict(set)
    for node, doc in elements:
        for ident in written_ids(node):
            docs_of[ident].add(doc)
    shared = {ident for ident, docs in docs_of.items() if len(docs) > 1}
    by_slug = {_slug(doc): doc for doc in app.env.all_docs}

    files = []

    def target(doc: str, ident: str) -> str:
        return f"{_slug(doc)}--{ident}" if ident in shared else ident

    for node, doc in elements:
        if node.get("ids"):
            node["ids"] = [target(doc, ident) for ident in node["ids"]]
        if isinstance(node, emendation):
            node["anchor"] = target(doc, emendation_anchor(node))
        if isinstance(node, paragraph_number):  # the margin number links to its paragraph
            node["target"] = target(doc, node["target"])
        if node.get("backrefs"):
            node["backrefs"] = [target(doc, ident) for ident in node["backrefs"]]
        if isinstance(node, nodes.reference):
            if node.get("refid"):
                node["refid"] = target(doc, node["refid"])
            uri = node.get("refuri", "")
            if uri.startswith("#document-") and uri.count("#") == 2:
                other, _, ident = uri[len("#document-"):].partition("#")
                node["refuri"] = "#" + target(other, ident)
            elif uri.startswith("#") and not uri.startswith("#document-"):
                node["refuri"] = "#" + target(doc, uri[1:])
            elif (match := re.fullmatch(r"([\w-]+)\.html#(.+)", uri)) and match[1] in by_slug:
                node["refuri"] = "#" + target(by_slug[match[1]], match[2])
            elif uri and not urlsplit(uri).scheme and not uri.startswith(("#", "//")):
                files.append(node)  # a file of the site (downloads/references.bib)
        elif isinstance(node, nodes.raw) and "html" in node.get("format", "").split():
            text = PAGE_LINK.sub(lambda m: f'href="#{target(by_slug[m[1]], m[2])}"' if m[1] in by_slug
                                 else m[0], node.astext())
            node[:] = [nodes.Text(text)]
    # On paper, and in a PDF read anywhere, a link to a file beside the page would point into the
    # build machine: it becomes a link to the published file, or plain text when unpublished.
    base = app.config.html_baseurl
    for node in files:
        if base:
            node["refuri"] = base + posixpath.normpath(node["refuri"])
        else:
            node.replace_self(node.children[:])


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("doctree-resolved", unique_ids, 950),  # after the handlers that set links
]
