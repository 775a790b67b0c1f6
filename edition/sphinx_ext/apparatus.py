"""The editorial apparatus of a chapter: headnote, emendations, editor's notes.

- `:::{headnote}` ... `:::` — the editor's headnote, a distinct box under the title.
- `{emend}`corrected|original|reason`` — the corrected reading; the original stays in the
  page (shown on hover and keyboard focus) and in the apparatus table; the fidelity check
  reads the original (`edition.chapter`).
- `{ednote}`K3`` — a marker "Ed. n" for note K3 of `data/editorial-notes.yml`; notes are
  numbered per chapter in order of their markers and listed by `{editor-notes}`.
- `{emendations}` — the apparatus table of the chapter's emendations.
The classes `headnote`, `emendation`, `editorial-note` are stable (CSS, print, tests).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..catalogue import read_catalogue
from ..chapter import emphasis_runs, locate, read_chapter
from ..datafiles import EDITORIAL_SOURCE_FILES as SOURCE_FILES, read_yaml

logger = logging.getLogger(__name__)
EDITORIAL_SOURCES_DOC = "book/editorial-sources"


class emendation(nodes.Inline, nodes.TextElement):
    """Corrected reading; attributes `original`, `reason`, `number`."""


class editorial_note_ref(nodes.Inline, nodes.TextElement):
    """Marker of an editor's note; attribute `note_id`, then `number`."""


class cross_reference(nodes.Inline, nodes.Element):
    """`{xref}`group#k``: passage k of a group of `data/cross-references.yml`; links to the others."""


class placeholder(nodes.General, nodes.Element):
    """Replaced once the whole chapter is read: `what` is "editor-notes" or "emendations"."""


def emendation_anchor(node) -> str:
    """`em-N`; the single-page build (single_page.py) gives it the chapter's prefix in `anchor`."""
    return node.get("anchor") or f"em-{node['number']}"


def _in_link(node) -> bool:
    """A copy of a heading's emendation in a link: the page's table of contents, the book's navigation."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.reference):
            return True
        parent = parent.parent
    return False


def visit_emendation(self, node):
    if _in_link(node):
        return  # the reading only: no second id, nothing focusable inside a link
    anchor = emendation_anchor(node)
    self.body.append(f'<span class="emendation" id="{anchor}" tabindex="0" '
                     f'aria-describedby="{anchor}-source">')


def depart_emendation(self, node):
    if _in_link(node):
        return
    self.body.append(f'<span class="emendation-original" role="tooltip" id="{emendation_anchor(node)}-source">'
                     f' (source reads: “{escape(node["original"])}”)</span></span>')


def visit_note_ref(self, node):
    self.body.append(f'<sup class="editorial-note-ref"><a href="#ed-{escape(node["note_id"])}" '
                     f'id="edref-{escape(node["note_id"])}" title="Editor\'s note {node["number"]}">')


def depart_note_ref(self, node):
    self.body.append("</a></sup>")


def _text_visit(self, node):
    pass


def _skip(self, node):
    raise nodes.SkipNode


def emend_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    parts = text.split("|")
    if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
        message = inliner.reporter.warning(f"emend needs `corrected|original[|reason]`, got {text!r}", line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    node = emendation(rawtext, parts[0], original=parts[1], reason=parts[2] if len(parts) > 2 else "", number=0)
    return [node], []


def xref_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    group, _, index = text.strip().partition("#")
    return [cross_reference(rawtext, group=group, index=int(index or 0))], []


def ednote_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [editorial_note_ref(rawtext, "Ed.", note_id=text.strip(), number=0)], []


def edsource_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{edsource}`key`` cites a source of `data/editorial-sources.yml` by its title, linked."""
    from .bibliography import bib_link
    env = inliner.document.settings.env
    sources = editorial_sources(Path(env.srcdir))
    key = text.strip()
    if key not in sources:
        message = inliner.reporter.warning(f"no editorial source {key!r} in data/editorial-sources.yml",
                                           line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    title = sources[key].get("title") or key
    return [bib_link(rawtext, f"[{title}]", target_doc=EDITORIAL_SOURCES_DOC, anchor=f"src-{key}",
                     label=key, classes=["editorial-source-ref"])], []


def editorial_sources(srcdir: Path) -> dict[str, dict]:
    """Sources of editorial claims: data/editorial-sources.yml and (for the data) data/data-sources.yml."""
    entries = {}
    for name, list_key in SOURCE_FILES:
        path = srcdir / "data" / name
        if path.exists():
            entries.update({e.data["key"]: e.data for e in read_yaml(path, list_key).entries if e.data.get("key")})
    return entries


class HeadnoteDirective(SphinxDirective):
    has_content = True

    def run(self):
        box = nodes.container(classes=["headnote"], ids=["headnote"])
        box += nodes.rubric(text="Editor's headnote")
        self.state.nested_parse(self.content, self.content_offset, box)
        return [box]


class PlaceholderDirective(SphinxDirective):
    def run(self):
        return [placeholder(what=self.name)]


def load_notes(srcdir: Path) -> dict[str, dict]:
    path = srcdir / "data" / "editorial-notes.yml"
    if not path.exists():
        return {}
    return {str(e.data["id"]): e.data for e in read_yaml(path).entries if e.data.get("id")}


def inline_nodes(text: str) -> list[nodes.Node]:
    """`*title*` -> emphasis; the rest plain text (the notes' only markup), read with MyST's tokens."""
    out = []
    for kind, words in emphasis_runs(text):
        out.append(nodes.emphasis(words, words) if kind == "emphasis" else nodes.Text(words))
    return out


def passage_places(srcdir: Path) -> dict[str, dict]:
    """group id -> {topic, places: [(chapter slug, anchor id, label)]} for data/cross-references.yml."""
    catalogue = read_catalogue(srcdir)
    groups = {}
    for entry in read_yaml(srcdir / "data" / "cross-references.yml").entries:
        places = []
        for passage in entry.data.get("passages") or []:
            text = catalogue.text(passage["chapter"])
            found = locate(read_chapter(text.chapter, text.slug), passage["anchor"]) if text else []
            anchor = None
            if len(found) == 1:
                anchor = f"fn-{found[0].note}" if found[0].note else (found[0].paragraph or None)
            name = text.short_title if text else passage["chapter"]
            label = f"{name} " + (f"¶ {anchor[2:]}" if anchor and anchor.startswith("p-")
                                  else f"n. {anchor[3:]}" if anchor else "")
            places.append((passage["chapter"], anchor, label.strip()))
        groups[entry.data["id"]] = {"topic": entry.data["topic"], "places": places}
    return groups


class NumberApparatus(SphinxTransform):
    """Number emendations and editor's notes in reading order; fill the placeholders."""

    default_priority = 800

    def apply(self):
        emendations = list(self.document.findall(emendation))
        for number, node in enumerate(emendations, start=1):
            node["number"] = number
        refs = list(self.document.findall(editorial_note_ref))
        notes = load_notes(Path(self.env.srcdir))
        self.env.note_dependency(str(Path(self.env.srcdir) / "data" / "editorial-notes.yml"))
        seen = {}
        for node in refs:
            if node["note_id"] in seen:
                logger.warning(f"editor's note {node['note_id']} is marked twice", location=node,
                               type="edition", subtype="apparatus")
                continue
            if node["note_id"] not in notes:
                logger.warning(f"no editor's note {node['note_id']} in data/editorial-notes.yml", location=node,
                               type="edition", subtype="apparatus")
            seen[node["note_id"]] = len(seen) + 1
            node["number"] = seen[node["note_id"]]
            node.children = [nodes.Text(f"Ed. {node['number']}")]
        crossrefs = list(self.document.findall(cross_reference))
        if crossrefs:
            groups = passage_places(Path(self.env.srcdir))
            self.env.note_dependency(str(Path(self.env.srcdir) / "data" / "cross-references.yml"))
            for node in crossrefs:
                self.render_cross_reference(node, groups.get(node["group"]))
        for holder in list(self.document.findall(placeholder)):
            if holder["what"] == "editor-notes":
                holder.replace_self(self.note_list(refs, notes))
            else:
                holder.replace_self(self.emendation_table(emendations))

    def render_cross_reference(self, node, group) -> None:
        from .bibliography import bib_link
        if group is None or node["index"] >= len(group["places"]):
            logger.warning(f"no cross-reference {node['group']}#{node['index']} in data/cross-references.yml",
                           location=node, type="edition", subtype="apparatus")
            node.replace_self(nodes.Text(""))
            return
        here = group["places"][node["index"]]
        span = nodes.inline(classes=["cross-reference", "editorial"])
        span += nodes.Text(f" [see also, on {group['topic']}: ")
        others = [p for i, p in enumerate(group["places"]) if i != node["index"] and p[1] and p[:2] != here[:2]]
        for index, (chapter, anchor, label) in enumerate(others):
            span += bib_link("", label, target_doc=f"book/{chapter}", anchor=anchor, label=label)
            span += nodes.Text("; " if index < len(others) - 1 else "]")
        node.replace_self(span if others else nodes.Text(""))

    def note_list(self, refs, notes) -> nodes.Node:
        box = nodes.container(classes=["editorial-notes"], ids=["editorial-notes"])
        box += nodes.rubric(text="Editor's notes")
        listing = nodes.bullet_list(classes=["editorial-note-list"])
        for node in refs:
            note = notes.get(node["note_id"])
            if note is None or not node.get("number"):
                continue
            item = nodes.list_item(ids=[f"ed-{note['id']}"], classes=["editorial-note", note.get("category", "")])
            paragraph = nodes.paragraph()
            back = nodes.reference("", f"Ed. {node['number']}", refid=f"edref-{note['id']}",
                                   classes=["editorial-note-back"])
            paragraph += back
            paragraph += nodes.Text(f" ({note.get('category', 'note')}). ")
            paragraph += inline_nodes(note["text"])
            sources = note.get("sources") or []
            if sources:
                paragraph += nodes.Text(" Sources: ")
                for index, key in enumerate(sources):
                    paragraph += self.source_link(key)
                    paragraph += nodes.Text("; " if index < len(sources) - 1 else ".")
            item += paragraph
            listing += item
        box += listing
        return box

    def source_link(self, key: str) -> nodes.Node:
        from .bibliography import bib_link
        if key == "internal":
            return nodes.Text("the text itself")
        if key.startswith("chapter:"):
            slug = key.split(":", 1)[1]
            return bib_link("", slug, target_doc=f"book/{slug}", anchor=slug, label=slug)
        return bib_link("", key, target_doc=EDITORIAL_SOURCES_DOC, anchor=f"src-{key}", label=key)

    def emendation_table(self, emendations) -> nodes.Node:
        box = nodes.container(classes=["emendations"], ids=["emendations"])
        box += nodes.rubric(text="Emendations")
        if not emendations:
            box += nodes.paragraph(text="The editor has corrected nothing in this text.")
            return box
        table = nodes.table(classes=["emendation-table"])
        group = nodes.tgroup(cols=4)
        table += group
        for width in (8, 30, 30, 32):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        row = nodes.row()
        for title in ("No.", "Reading", "Source reads", "Reason"):
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
            row += nodes.entry("", nodes.paragraph(text=node["reason"]))
            body += row
        group += body
        box += table
        return box


def setup(app):
    text = (_text_visit, _text_visit)
    # epub= too: once any extension registers handlers for the epub builder by name, Sphinx no
    # longer falls back to the html ones for it (nodes.py registers epub handlers).
    app.add_node(emendation, html=(visit_emendation, depart_emendation), latex=text, text=text,
                 epub=(visit_emendation, depart_emendation))
    app.add_node(editorial_note_ref, html=(visit_note_ref, depart_note_ref), latex=(_skip, None),
                 text=(_skip, None), epub=(visit_note_ref, depart_note_ref))
    app.add_node(placeholder)
    app.add_role("emend", emend_role)
    app.add_role("ednote", ednote_role)
    app.add_role("edsource", edsource_role)
    app.add_role("xref", xref_role)
    app.add_node(cross_reference)
    app.add_directive("headnote", HeadnoteDirective)
    app.add_directive("editor-notes", PlaceholderDirective)
    app.add_directive("emendations", PlaceholderDirective)
    app.add_transform(NumberApparatus)
