"""The edition's docutils nodes and how each is written in HTML (other builders: the text).

Placeholders (`apparatus_placeholder`, `cite_placeholder`, `page_placeholder`, `bib_link`,
`cross_reference`) never reach a writer: a transform or an event handler replaces them once
what they show is known.
"""

from __future__ import annotations

from html import escape

from docutils import nodes


class emendation(nodes.Inline, nodes.TextElement):
    """Corrected reading; attributes `original`, `kind`, `reason`, `source`, `number`."""


class editorial_note_ref(nodes.Inline, nodes.TextElement):
    """Call of an editor's note; attribute `note_id`, then `number`."""


class cross_reference(nodes.Inline, nodes.Element):
    """`{xref}`group#k``: passage k of a group of `data/cross-references.yml`."""


class editorial_span(nodes.inline):
    """Text the editor adds (a gap mark, a supplied title, a lost note); `label` is read aloud."""


class paragraph_number(nodes.Inline, nodes.TextElement):
    """The margin number of a numbered paragraph, a link to itself."""


class bib_link(nodes.Inline, nodes.TextElement):
    """A link to another page (`target_doc#anchor`) or file, resolved once URIs are known."""


class apparatus_placeholder(nodes.General, nodes.Element):
    """Filled once the whole chapter is read: `what` is "editor-notes" or "emendations"."""


class cite_placeholder(nodes.General, nodes.Element):
    """The "Cite this" box, filled at write time with this build's records."""


class page_placeholder(nodes.General, nodes.Element):
    """The index, glossary or editorial-sources page, filled once every chapter is read."""


def emendation_anchor(node) -> str:
    """`em-N`; the single-page build (single_page.py) gives it the chapter's prefix in `anchor`."""
    return node.get("anchor") or f"em-{node['number']}"


def _in_link(node) -> bool:
    """A copy of a heading's emendation in a link: the page's table of contents, the navigation."""
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


def visit_editorial_span(self, node):
    label = f' aria-label="{escape(node["label"])}"' if node.get("label") else ""
    title = f' title="{escape(node["label"])}"' if node.get("label") else ""
    self.body.append(f'<span class="{" ".join(node["classes"])}"{label}{title}>')


def depart_editorial_span(self, node):
    self.body.append("</span>")


def visit_paragraph_number(self, node):
    self.body.append(f'<a class="para-num" href="#{node["target"]}" aria-label="Paragraph {node["number"]}">')


def depart_paragraph_number(self, node):
    self.body.append("</a>")


def _text_only(self, node):
    pass


def _skip(self, node):
    raise nodes.SkipNode


TEXT_ONLY = (_text_only, _text_only)
SKIP = (_skip, None)
# node -> its writers. epub= too: once any extension names the epub builder, Sphinx no longer
# falls back to the html handlers for it.
NODES = [
    (emendation, {"html": (visit_emendation, depart_emendation), "epub": (visit_emendation, depart_emendation),
                  "latex": TEXT_ONLY, "text": TEXT_ONLY}),
    (editorial_note_ref, {"html": (visit_note_ref, depart_note_ref), "epub": (visit_note_ref, depart_note_ref),
                          "latex": SKIP, "text": SKIP}),
    (editorial_span, {"html": (visit_editorial_span, depart_editorial_span),
                      "epub": (visit_editorial_span, depart_editorial_span), "latex": TEXT_ONLY, "text": TEXT_ONLY}),
    (paragraph_number, {"html": (visit_paragraph_number, depart_paragraph_number),
                        "epub": (visit_paragraph_number, depart_paragraph_number), "latex": SKIP, "text": SKIP}),
    (cross_reference, {}),
    (bib_link, {}),
    (apparatus_placeholder, {}),
    (cite_placeholder, {}),
    (page_placeholder, {}),
]
