"""Roles for the editor's own words in the reading text. The fidelity check skips them
(`edition.chapter.constructs`: every role is classified there)."""

from __future__ import annotations

from docutils import nodes

from .nodes import editorial_span, register


def gap_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{gap}`[…]``: the excerpt starts or stops mid-sentence here."""
    node = editorial_span(rawtext, text, classes=["editorial", "gap"],
                          label="Editor: the excerpt breaks off here")
    return [node], []


def missing_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{missing}`...``: the source lost this text (the body of a note)."""
    node = editorial_span(rawtext, "", classes=["editorial", "missing"])
    node += nodes.Text("[")  # the editor's words, in the editor's brackets
    node += nodes.emphasis(text, text)
    node += nodes.Text("]")
    return [node], []


def edtitle_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{edtitle}`...``: a title the editor supplies for an untitled source, in square brackets
    (as bibliographies give a supplied title), so that no reader takes it for the author's."""
    return [editorial_span(rawtext, f"[{text}]", classes=["editorial", "supplied-title"])], []


def setup(app):
    register(app)
    app.add_role("gap", gap_role)
    app.add_role("missing", missing_role)
    app.add_role("edtitle", edtitle_role)
