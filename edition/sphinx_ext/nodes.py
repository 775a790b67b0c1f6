"""docutils nodes of the edition, with their HTML form. Other builders show the text only."""

from __future__ import annotations

from docutils import nodes
from html import escape


class editorial_span(nodes.inline):
    """Text the editor adds (a gap mark, a note that a body is missing); `label` is read aloud."""


class paragraph_number(nodes.Inline, nodes.TextElement):
    """The margin number of a numbered paragraph, a link to itself."""


def visit_editorial_span(self, node):
    label = f' aria-label="{escape(node["label"])}"' if node.get("label") else ""
    title = f' title="{escape(node["label"])}"' if node.get("label") else ""
    self.body.append(f'<span class="{" ".join(node["classes"])}"{label}{title}>')


def depart_editorial_span(self, node):
    self.body.append("</span>")


def visit_paragraph_number(self, node):
    target = node["target"]
    self.body.append(f'<a class="para-num" href="#{target}" aria-label="Paragraph {node["number"]}">')


def depart_paragraph_number(self, node):
    self.body.append("</a>")


def _text_only(self, node):
    pass


def _skip(self, node):
    raise nodes.SkipNode


def register(app):
    text_only = (_text_only, _text_only)
    app.add_node(editorial_span, html=(visit_editorial_span, depart_editorial_span),
                 latex=text_only, text=text_only, epub=(visit_editorial_span, depart_editorial_span))
    app.add_node(paragraph_number, html=(visit_paragraph_number, depart_paragraph_number),
                 latex=(_skip, None), text=(_skip, None), epub=(visit_paragraph_number, depart_paragraph_number))
