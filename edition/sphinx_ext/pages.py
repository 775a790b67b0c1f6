"""The index of names, the glossary and the editorial sources as pages: filled at write
time (doctree-resolved) from the data files and, for the places in the texts, from the
edition's domain, which holds every occurrence that the texts' pages recorded."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from docutils import nodes
from sphinx.util import logging

from ..catalogue import read_catalogue
from ..datafiles import EDITORIAL_SOURCE_FILES, UNSOURCED, UNSOURCED_TEXT
from ..entities import read_entities, read_glossary
from .apparatus import inline_nodes
from .nodes import page_placeholder
from .state import EDITORIAL_SOURCES_DOC, GLOSSARY_DOC, INDEX_DOC, editorial_sources, editorial_sources_formatted

logger = logging.getLogger(__name__)
SOURCES_DOC = EDITORIAL_SOURCES_DOC
KIND_TITLES = [("person", "Persons"), ("place", "Places"), ("organisation", "Organisations")]


def resolve_links(app, doctree, docname):
    """Give the name and term links their URIs, and fill the index, glossary and sources pages."""
    for reference in doctree.findall(nodes.reference):
        target = reference.get("edition_target")
        if target:
            reference["refuri"] = app.builder.get_relative_uri(docname, target[0]) + "#" + target[1]
    for holder in list(doctree.findall(page_placeholder)):
        holder.replace_self(_page(app, docname, holder["what"]))


def _occurrence_links(app, docname, entry_id, texts) -> list[nodes.Node]:
    """"Zubok ¶ 4, 19, 21; Country Study ¶ 3": the texts in book order, each by its short title,
    each paragraph once and in order, linked to the paragraph."""
    order = {text.page: n for n, text in enumerate(texts)}
    names = {text.page: text.short_title for text in texts}
    places = app.env.get_domain("edition").places(entry_id)
    out = []
    for chapter in sorted(places, key=lambda page: (order.get(page, len(order)), page)):
        paragraphs = list(dict.fromkeys(paragraph for _, paragraph in places[chapter]))
        paragraphs.sort(key=_paragraph_number)
        uri = app.builder.get_relative_uri(docname, chapter)
        out.append(nodes.Text(("; " if out else " ") + f"{names.get(chapter, chapter.split('/')[-1])} ¶\u00a0"))
        for index, paragraph in enumerate(paragraphs):
            if index:
                out.append(nodes.Text(", "))
            out.append(nodes.reference("", paragraph.removeprefix("p-"), refuri=f"{uri}#{paragraph}", internal=True))
    if out:
        out.append(nodes.Text("."))
    return out


def _paragraph_number(paragraph: str) -> tuple:
    digits = paragraph.removeprefix("p-")
    return (0, int(digits), "") if digits.isdigit() else (1, 0, digits)


def _source_links(app, docname, cell) -> list[nodes.Node]:
    """The sources of a `source` cell ("a | b", as data/*.csv allow), each linked, separated by "; "."""
    out: list[nodes.Node] = []
    for key in (k.strip() for k in (cell or "").split("|")):
        if not key:
            continue
        if out:
            out.append(nodes.Text("; "))
        if key == UNSOURCED:
            out.append(nodes.Text(UNSOURCED_TEXT))
            continue
        uri = app.builder.get_relative_uri(docname, SOURCES_DOC)
        title = (editorial_sources(Path(app.srcdir)).get(key) or {}).get("title") or key
        out.append(nodes.reference("", title, refuri=f"{uri}#src-{key}", internal=True))
    return out


def _page(app, docname, what) -> nodes.Node:
    root = Path(app.srcdir)
    if what == "editorial-sources":
        return _sources_page(app, root)
    entries = read_glossary(root) if what == "glossary" else read_entities(root)
    texts = read_catalogue(root).texts
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
            ends = entry.description.rstrip()[-1:]
            links = _source_links(app, docname, entry.source)
            label = "Sources: " if len(links) > 1 else "Source: "  # "a; b" is three nodes
            paragraph += nodes.Text((" " if ends in ".!?" else ". ") + label)
            paragraph.extend(links)
            paragraph += nodes.Text(".")
            definition += paragraph
            places = _occurrence_links(app, docname, entry.id, texts)
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
    entries = list(editorial_sources(root).values())
    formatted = editorial_sources_formatted(root)
    listing = nodes.bullet_list(classes=["editorial-sources"])
    for entry in sorted(entries, key=lambda e: e["key"].lower()):
        item = nodes.list_item(ids=[f"src-{entry['key']}"])
        paragraph = nodes.paragraph()
        html = formatted.get(entry["key"])
        if html:
            paragraph += nodes.raw("", html.replace('<div class="csl-entry">', "").replace("</div>", ""), format="html")
        else:
            paragraph += nodes.Text(f"{entry.get('title')}. {entry.get('url', '')}")
        item += paragraph
        listing += item
    return listing


def shows(root: Path, domain, page: str) -> str:
    """A digest of what a page filled here shows: its data files, and for the index and the
    glossary every chapter's occurrences."""
    digest = hashlib.sha256()
    names = [name for name, _ in EDITORIAL_SOURCE_FILES]
    if page != SOURCES_DOC:
        names += ["glossary.csv" if page == GLOSSARY_DOC else "entities.csv"]
        digest.update(json.dumps(domain.occurrences, sort_keys=True).encode())
    for name in names:
        path = root / "data" / name
        digest.update(name.encode() + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()


def rewrite_when_shown_changed(app, env) -> list[str]:
    """The pages are filled at write time, so they are never re-read for a chapter's change:
    each is rewritten when what it shows changed (after every page was read)."""
    domain = env.get_domain("edition")
    return [page for page in (INDEX_DOC, GLOSSARY_DOC, SOURCES_DOC)
            if page in env.found_docs and domain.shown_changed(page, shows(Path(app.srcdir), domain, page))]


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("env-get-updated", rewrite_when_shown_changed, 500),
    ("doctree-resolved", resolve_links, 500),
]
