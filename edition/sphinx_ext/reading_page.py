"""The reading page of a text chapter (issue 13): the author's text clean, the apparatus beside it.

- ApparatusBesideTheText (805): a cross-reference leaves the author's sentence for a box at the
  end of its paragraph (`span.paragraph-apparatus`: in the margin on a wide screen, below the
  paragraph's words on a narrow one), after its numbered list, or at the end of its note; the box also points to the editor's notes
  called in that paragraph. The inline call stays, shown in the study view only (edition.css).
- PageOrder (820): title; a compact headnote (the rights in one line, from the metadata's
  status and decision, the statement itself in the source record; the editor's further
  paragraphs folded; a link to the source record); the text; the author's notes under "Notes";
  the apparatus (editor's notes, emendations, changes); the source record last, folded.

The two views (reading, study) are classes on <html> set by edition.js and styled by
edition.css (their reading-page parts); with scripts off the page is the reading view.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.transforms import SphinxTransform

from ..catalogue import read_catalogue
from ..datafiles import read_yaml
from .nodes import editorial_note_ref
from .records import rights_line
from .state import editorial_notes
from .transforms import _paragraph_id


class folded(nodes.General, nodes.Element):
    """A block shown folded on the web (`<details>` with `summary`); open in print and the EPUB."""


def _is_text_chapter(transform: SphinxTransform) -> bool:
    root = Path(transform.env.srcdir)
    return transform.env.docname in {text.page for text in read_catalogue(root).texts}


def _holder(node: nodes.Node, document: nodes.document) -> tuple[nodes.Element, bool] | None:
    """The block an editorial mark belongs to: its footnote, or its numbered paragraph or list."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.footnote):
            return parent, False
        parent = parent.parent
    pid = _paragraph_id(node)
    block = node.parent
    while pid and block is not None and pid not in block.get("ids", []):
        block = block.parent
    return (block, True) if pid and block is not None else None


class ApparatusBesideTheText(SphinxTransform):
    default_priority = 805  # after NumberApparatus (800), before LinkNamesAndTerms (810)

    def apply(self):
        if not _is_text_chapter(self):
            return
        notes = editorial_notes(Path(self.env.srcdir))
        boxes: dict[int, nodes.Element] = {}

        def box_for(node) -> nodes.Element | None:
            found = _holder(node, self.document)
            if found is None:
                return None
            block, _ = found
            if id(block) not in boxes:
                if isinstance(block, nodes.paragraph):  # inside it, last: beside it or below it (edition.css)
                    box = nodes.inline(classes=["paragraph-apparatus"])
                    block += box
                elif isinstance(block, nodes.footnote):  # at the end of the note
                    box = nodes.container(classes=["note-apparatus"])
                    block += box
                else:  # a numbered list: after it
                    box = nodes.container(classes=["paragraph-apparatus"])
                    block.parent.insert(block.parent.index(block) + 1, box)
                boxes[id(block)] = box
            return boxes[id(block)]

        def line_in(box, classes) -> nodes.Element:
            line = (nodes.inline if isinstance(box, nodes.inline) else nodes.paragraph)(classes=classes)
            box += line
            return line

        for span in list(self.document.findall(nodes.inline)):
            if "cross-reference" not in span["classes"]:
                continue
            box = box_for(span)
            if box is None:
                continue
            line = line_in(box, ["cross-reference", "editorial", "apparatus-line"])
            children = list(span.children)
            if children and isinstance(children[0], nodes.Text):
                children[0] = nodes.Text(children[0].astext().lstrip())
            line.extend(child.deepcopy() for child in children)
            span.parent.remove(span)
        for ref in self.document.findall(editorial_note_ref):
            if not ref.get("number") or ref["note_id"] not in notes:
                continue
            box = box_for(ref)
            if box is None:
                continue
            note = notes[ref["note_id"]]
            line = line_in(box, ["ednote-pointer", "editorial", "apparatus-line"])
            line += nodes.Text("[")
            line += nodes.reference("", f"Ed. {ref['number']}", refid=f"ed-{ref['note_id']}",
                                    classes=["ednote-pointer-link"])
            line += nodes.Text(f": editor's note ({note.get('category') or 'note'})]")


def _lead(paragraph: nodes.Element) -> str:
    """A headnote paragraph's bold lead ("Reliability."), or ""."""
    first = next((c for c in paragraph.children if not (isinstance(c, nodes.Text) and not c.strip())), None)
    return first.astext().strip().rstrip(".") if isinstance(first, nodes.strong) else ""


def _states_the_rights(block: nodes.Node, rights: str) -> bool:
    """The headnote's statement of the text's rights, as the editor wrote it (the check holds it
    to the metadata's `rights`): a paragraph that opens "Rights:", or the statement quoted."""
    if isinstance(block, nodes.paragraph) and block.astext().lstrip().startswith("Rights:"):
        return True
    first = " ".join(rights.split()).split(".")[0]
    return isinstance(block, nodes.block_quote) and bool(first) and first in " ".join(block.astext().split())


class PageOrder(SphinxTransform):
    default_priority = 820

    def apply(self):
        if not _is_text_chapter(self):
            return
        self._compact_headnote()
        self._notes_before_apparatus()
        self._source_record_last()

    def _compact_headnote(self):
        root = Path(self.env.srcdir)
        text = next((t for t in read_catalogue(root).texts if t.page == self.env.docname), None)
        table = read_yaml(root / "data" / "rights.yml").data or {}
        for headnote in self.document.findall(nodes.container):
            if "headnote" not in headnote["classes"]:
                continue
            more, kept_standing = [], False
            line = rights_line(text.meta, table) if text is not None else None
            for child in list(headnote.children):
                if line is not None and _states_the_rights(child, str(text.meta.get("rights") or "")):
                    # in full in the source record; here one line, where the statement stood
                    if line.parent is None:
                        headnote.replace(child, line)
                    else:
                        headnote.remove(child)
                elif isinstance(child, nodes.paragraph) and _lead(child):
                    if _lead(child).lower() == "reliability" and not kept_standing:
                        kept_standing = True  # its standing stays in view
                    else:
                        more.append(child)
            if more:
                leads = ", ".join(_lead(p).lower() for p in more)
                box = folded(summary=f"More on this text: {leads}", classes=["headnote-more"])
                headnote.insert(headnote.index(more[0]), box)
                for paragraph in more:
                    headnote.remove(paragraph)
                    box += paragraph
            if line is not None and line.parent is None:  # no statement written: after the first paragraph
                first = next((c for c in headnote.children if isinstance(c, nodes.paragraph)), None)
                headnote.insert(headnote.index(first) + 1 if first else len(headnote), line)
            pointer = nodes.paragraph(classes=["headnote-record-link"])
            pointer += nodes.Text("Where the text comes from, its rights and its file: ")
            pointer += nodes.reference("", "the source record", refid="source-record")
            pointer += nodes.Text(" at the end of the chapter.")
            headnote += pointer

    def _notes_before_apparatus(self):
        apparatus = next((c for c in self.document.findall(nodes.container)
                          if {"editorial-notes", "emendations", "changes-record"} & set(c["classes"])), None)
        notes = [f for f in self.document.findall(nodes.footnote)]
        if apparatus is None or not notes:
            return
        for rule in list(self.document.findall(nodes.transition)):
            if "footnotes" in rule["classes"]:
                rule.parent.remove(rule)
        holder = apparatus.parent
        at = holder.index(apparatus)
        heading = nodes.rubric(text="Notes", classes=["notes-rubric"], ids=["notes"])
        holder.insert(at, heading)
        for offset, note in enumerate(notes, start=1):
            note.parent.remove(note)
            holder.insert(at + offset, note)

    def _source_record_last(self):
        record = next((c for c in self.document.findall(nodes.container) if "source-record" in c["classes"]), None)
        changes = next((c for c in self.document.findall(nodes.container) if "changes-record" in c["classes"]), None)
        if record is None:
            return
        box = folded(summary="Source record: what the text is, its rights, its file",
                     classes=["source-record-folded"], ids=["source-record"])
        record.parent.remove(record)
        box += record
        if changes is not None:
            changes.parent.insert(changes.parent.index(changes) + 1, box)
        else:
            self.document.children[-1] += box


def visit_folded(self, node):
    ids = f' id="{escape(node["ids"][0])}"' if node["ids"] else ""
    classes = escape(" ".join(["folded", *node["classes"]]))
    if self.builder.name in ("singlehtml", "epub"):  # printed and in the EPUB: open, without its toggle
        self.body.append(f'<div class="{classes}"{ids}>')
    else:
        self.body.append(f'<details class="{classes}"{ids}><summary>{escape(node["summary"])}</summary>')


def depart_folded(self, node):
    self.body.append("</div>" if self.builder.name in ("singlehtml", "epub") else "</details>")


def _pass(self, node):
    pass


NODES = [(folded, {"html": (visit_folded, depart_folded), "epub": (visit_folded, depart_folded),
                   "latex": (_pass, _pass), "text": (_pass, _pass)})]
TRANSFORMS = [ApparatusBesideTheText, PageOrder]
