"""Link the names and terms of the source texts to the index and the glossary.

At read time, the words of each chapter's numbered paragraphs (the source text, not the
notes or the editor's apparatus) are matched against `data/entities.csv` and
`data/glossary.csv`; every occurrence becomes a link with an id, and is recorded in the
environment. The index, glossary and editorial-sources pages are filled at write time,
when every chapter has been read, with back-links to every occurrence.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..catalogue import read_catalogue
from ..chapter import PARAGRAPH_ID
from ..entities import matchers, read_entities, read_glossary
from .apparatus import editorial_note_ref, emendation, inline_nodes

logger = logging.getLogger(__name__)
INDEX_DOC, GLOSSARY_DOC, SOURCES_DOC = "book/index-of-names", "book/glossary", "book/editorial-sources"
KIND_TITLES = [("person", "Persons"), ("place", "Places"), ("organisation", "Organisations")]


class page_placeholder(nodes.General, nodes.Element):
    pass


def source_chapters(srcdir: Path) -> set[str]:
    return {text.page for text in read_catalogue(srcdir).texts}


def _paragraph_id(node) -> str | None:
    while node is not None:
        for node_id in node.get("ids", []) if isinstance(node, nodes.Element) else []:
            if PARAGRAPH_ID.match(node_id):
                return node_id
        node = node.parent
    return None


class LinkNamesAndTerms(SphinxTransform):
    default_priority = 810  # after the apparatus is numbered

    def apply(self):
        docname = self.env.docname
        if docname not in source_chapters(Path(self.env.srcdir)):
            return
        root = Path(self.env.srcdir)
        for name in ("entities.csv", "glossary.csv"):
            self.env.note_dependency(str(root / "data" / name))
        entity_matcher, term_matcher = matchers(root)
        occurrences = self.env.__dict__.setdefault("edition_occurrences", {})
        found = occurrences.setdefault(docname, [])
        counter = {}
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            paragraph = _paragraph_id(parent)
            if paragraph is None or self._excluded(parent):
                continue
            value = text.astext()
            matches = sorted(list(entity_matcher.find(value)) + [m for m in term_matcher.find(value)],
                             key=lambda m: (m[0], -(m[1] - m[0])))
            pieces, position = [], 0
            for start, end, entry in matches:
                if start < position:
                    continue  # inside a longer match already linked
                pieces.append(nodes.Text(value[position:start]))
                counter[entry.id] = counter.get(entry.id, 0) + 1
                anchor = f"ix-{entry.id}-{counter[entry.id]}"
                target = (GLOSSARY_DOC, f"gl-{entry.id}") if entry.kind == "term" else (INDEX_DOC, f"ix-{entry.id}")
                link = nodes.reference("", value[start:end], ids=[anchor], internal=True,
                                       classes=["term-link" if entry.kind == "term" else "index-link", entry.kind],
                                       reftitle=entry.name, edition_target=target)
                pieces.append(link)
                found.append((entry.id, entry.kind, anchor, paragraph))
                position = end
            if pieces:
                pieces.append(nodes.Text(value[position:]))
                parent.replace(text, pieces)

    @staticmethod
    def _excluded(node) -> bool:
        while node is not None:
            if isinstance(node, (nodes.footnote, nodes.footnote_reference, nodes.reference, nodes.title,
                                 nodes.literal, editorial_note_ref, nodes.rubric)) or \
                    (isinstance(node, nodes.Element) and {"editorial", "headnote"} & set(node.get("classes", []))):
                return True
            node = node.parent
        return False


def resolve_links(app, doctree, docname):
    """Give the name and term links their URIs, and fill the index, glossary and sources pages."""
    for reference in doctree.findall(nodes.reference):
        target = reference.get("edition_target")
        if target:
            reference["refuri"] = app.builder.get_relative_uri(docname, target[0]) + "#" + target[1]
    for holder in list(doctree.findall(page_placeholder)):
        holder.replace_self(_page(app, docname, holder["what"]))


def _occurrence_links(app, docname, entry_id) -> list[nodes.Node]:
    occurrences = app.env.__dict__.get("edition_occurrences", {})
    out = []
    for chapter in sorted(occurrences):
        places = [(anchor, paragraph) for eid, _, anchor, paragraph in occurrences[chapter] if eid == entry_id]
        if not places:
            continue
        uri = app.builder.get_relative_uri(docname, chapter)
        out.append(nodes.Text(f" {chapter.split('/')[-1]} ¶ "))
        for index, (anchor, paragraph) in enumerate(places):
            out.append(nodes.reference("", paragraph.removeprefix("p-"), refuri=f"{uri}#{anchor}", internal=True))
            out.append(nodes.Text(", " if index < len(places) - 1 else ";"))
    return out


def _source_link(app, docname, key):
    if not key:
        return nodes.Text("")
    uri = app.builder.get_relative_uri(docname, SOURCES_DOC)
    return nodes.reference("", key, refuri=f"{uri}#src-{key}", internal=True)


def _page(app, docname, what) -> nodes.Node:
    root = Path(app.srcdir)
    if what == "editorial-sources":
        return _sources_page(app, root)
    entries = read_glossary(root) if what == "glossary" else read_entities(root)
    box = nodes.container(classes=[what])
    groups = [("term", None)] if what == "glossary" else KIND_TITLES
    for kind, title in groups:
        if title:
            box += nodes.rubric(text=title)
        listing = nodes.definition_list(classes=[f"{what}-list"])
        for entry in sorted((e for e in entries if e.kind == kind), key=lambda e: e.name.lower()):
            item = nodes.definition_list_item()
            item += nodes.term(text=entry.name, ids=[f"{'gl' if what == 'glossary' else 'ix'}-{entry.id}"])
            definition = nodes.definition()
            paragraph = nodes.paragraph()
            paragraph += inline_nodes(entry.description)
            paragraph += nodes.Text(" Source: ")
            paragraph += _source_link(app, docname, entry.source)
            paragraph += nodes.Text(".")
            definition += paragraph
            places = _occurrence_links(app, docname, entry.id)
            if places:
                where = nodes.paragraph(classes=["occurrences"])
                where += nodes.Text("In the texts:")
                where.extend(places)
                definition += where
            variants = [v for v in entry.variants if v != entry.name]
            if variants:
                definition += nodes.paragraph(text="Forms in the texts: " + ", ".join(variants) + ".",
                                              classes=["variants"])
            item += definition
            listing += item
        box += listing
    return box


def _sources_page(app, root: Path) -> nodes.Node:
    from ..citations import csl
    from .apparatus import editorial_sources
    entries = list(editorial_sources(root).values())
    items = []
    for entry in entries:
        item = {"id": entry["key"], "type": "webpage" if entry.get("url") else "book", "title": entry.get("title")}
        if entry.get("author"):
            item["author"] = [{"literal": entry["author"]}]
        if entry.get("site") or entry.get("publisher"):
            item["container-title" if entry.get("url") else "publisher"] = entry.get("site") or entry.get("publisher")
        if entry.get("url"):
            item["URL"] = entry["url"]
        if entry.get("year"):
            item["issued"] = {"date-parts": [[int(str(entry["year"])[:4])]]} if str(entry["year"])[:4].isdigit() \
                else {"literal": str(entry["year"])}
        items.append(item)
    try:
        formatted = csl.bibliography(items) if items else {}
    except csl.CSLError as error:
        logger.warning(str(error), type="edition", subtype="sources")
        formatted = {}
    listing = nodes.bullet_list(classes=["editorial-sources"])
    for entry in sorted(entries, key=lambda e: e["key"].lower()):
        item = nodes.list_item(ids=[f"src-{entry['key']}"])
        paragraph = nodes.paragraph()
        paragraph += nodes.strong(text=entry["key"])
        paragraph += nodes.Text(" ")
        html = formatted.get(entry["key"])
        if html:
            paragraph += nodes.raw("", html.replace('<div class="csl-entry">', "").replace("</div>", ""), format="html")
        else:
            paragraph += nodes.Text(f"{entry.get('title')}. {entry.get('url', '')}")
        item += paragraph
        listing += item
    return listing


class PageDirective(SphinxDirective):
    def run(self):
        root = Path(self.env.srcdir)
        for name in ("entities.csv", "glossary.csv", "editorial-sources.yml", "data-sources.yml"):
            self.env.note_dependency(str(root / "data" / name))
        return [page_placeholder(what=self.name.removeprefix("edition-"))]


def purge(app, env, docname):
    env.__dict__.get("edition_occurrences", {}).pop(docname, None)


def merge(app, env, docnames, other):
    mine = env.__dict__.setdefault("edition_occurrences", {})
    for docname in docnames:
        if docname in other.__dict__.get("edition_occurrences", {}):
            mine[docname] = other.edition_occurrences[docname]


def always_outdated(app, env, added, changed, removed):
    pages = [INDEX_DOC, GLOSSARY_DOC]
    return [p for p in pages if p in env.found_docs] if (added or changed or removed) else []


def setup(app):
    app.add_node(page_placeholder)
    app.add_transform(LinkNamesAndTerms)
    for name in ("edition-index", "edition-glossary", "edition-editorial-sources"):
        app.add_directive(name, PageDirective)
    app.connect("doctree-resolved", resolve_links)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
    app.connect("env-get-outdated", always_outdated)
