"""The apparatus of a chapter as docutils trees: the editor's notes, the emendation table,
a cross-reference. Built by transforms.NumberApparatus once the whole chapter is read.
The classes `headnote`, `emendation`, `editorial-note` are stable (CSS, print, tests).
"""

from __future__ import annotations

from docutils import nodes

from ..chapter import emphasis_runs
from ..datafiles import UNSOURCED, UNSOURCED_TEXT
from .nodes import bib_link
from .state import EDITORIAL_SOURCES_DOC


def inline_nodes(text: str) -> list[nodes.Node]:
    """`*title*` -> emphasis; the rest plain text (the notes' only markup), read with MyST's tokens."""
    return [nodes.emphasis(words, words) if kind == "emphasis" else nodes.Text(words)
            for kind, words in emphasis_runs(text)]


def cross_reference_span(group: dict, index: int) -> nodes.Node:
    """` [see also, on TOPIC: Zubok ¶ 29; ...]`, the editor's, in brackets."""
    here = group["places"][index]
    others = [p for i, p in enumerate(group["places"]) if i != index and p[1] and p[:2] != here[:2]]
    if not others:
        return nodes.Text("")
    span = nodes.inline(classes=["cross-reference", "editorial"])
    span += nodes.Text(f" [see also, on {group['topic']}: ")
    for number, (chapter, anchor, label) in enumerate(others):
        span += bib_link("", label, target_doc=f"book/{chapter}", anchor=anchor, label=label)
        span += nodes.Text("; " if number < len(others) - 1 else "]")
    return span


def source_link(key: str, editorial: dict | None = None) -> nodes.Node:
    """A source of an editorial claim, by its title (readers never see the file's keys)."""
    if key == "internal":
        return nodes.Text("the text itself")
    if key == UNSOURCED:
        return nodes.Text(UNSOURCED_TEXT)
    if key.startswith("chapter:"):
        slug = key.split(":", 1)[1]
        return bib_link("", slug, target_doc=f"book/{slug}", anchor=slug, label=slug)
    title = ((editorial or {}).get(key) or {}).get("title") or key
    return bib_link("", title, target_doc=EDITORIAL_SOURCES_DOC, anchor=f"src-{key}", label=title)


def note_list(refs, notes: dict[str, dict], editorial: dict | None = None) -> nodes.Node:
    box = nodes.container(classes=["editorial-notes"], ids=["editorial-notes"])
    box += nodes.rubric(text="Editor's notes")
    listing = nodes.bullet_list(classes=["editorial-note-list"])
    for node in refs:
        note = notes.get(node["note_id"])
        if note is None or not node.get("number"):
            continue
        item = nodes.list_item(ids=[f"ed-{note['id']}"], classes=["editorial-note", note.get("category", "")])
        paragraph = nodes.paragraph()
        paragraph += nodes.reference("", f"Ed. {node['number']}", refid=f"edref-{note['id']}",
                                     classes=["editorial-note-back"])
        paragraph += nodes.Text(f" ({note.get('category', 'note')}). ")
        paragraph += inline_nodes(note["text"])
        sources = note.get("sources") or []
        if sources:
            paragraph += nodes.Text(" Sources: ")
            for index, key in enumerate(sources):
                paragraph += source_link(key, editorial)
                paragraph += nodes.Text("; " if index < len(sources) - 1 else ".")
        item += paragraph
        listing += item
    box += listing
    return box


def emendation_table(emendations, editorial: dict | None = None) -> nodes.Node:
    box = nodes.container(classes=["emendations"], ids=["emendations"])
    box += nodes.rubric(text="Emendations")
    if not emendations:
        box += nodes.paragraph(text="The editor has corrected nothing in this text.")
        return box
    table = nodes.table(classes=["emendation-table"])
    group = nodes.tgroup(cols=5)
    table += group
    for width in (6, 24, 24, 12, 34):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    row = nodes.row()
    for title in ("No.", "Reading", "Source reads", "Kind", "Reason"):
        row += nodes.entry("", nodes.paragraph(text=title))
    head += row
    group += head
    body = nodes.tbody()
    for node in emendations:
        row = nodes.row()
        number = nodes.paragraph()
        number += nodes.reference("", str(node["number"]), refid=f"em-{node['number']}")
        row += nodes.entry("", number)
        row += nodes.entry("", nodes.paragraph(text=node.astext()))
        row += nodes.entry("", nodes.paragraph(text=node["original"]))
        row += nodes.entry("", nodes.paragraph(text=node["kind"]))
        reason = nodes.paragraph(text=node["reason"])
        if node.get("source"):
            reason += nodes.Text(" Source: ")
            reason += source_link(node["source"], editorial)
            reason += nodes.Text(".")
        row += nodes.entry("", reason)
        body += row
    group += body
    box += table
    return box
