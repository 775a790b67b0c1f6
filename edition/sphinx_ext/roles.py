"""The edition's roles: the editorial constructs of edition/chapter/constructs.py, as nodes.

Each is read as the chapter model reads it (an emendation through the same parser), and
each becomes a node the reader sees as the editor's: bracketed, or a superscript call.
"""

from __future__ import annotations

from docutils import nodes

from ..chapter.emendations import parse_emendation
from .nodes import bib_link, cross_reference, editorial_note_ref, editorial_span, emendation
from .state import EDITORIAL_SOURCES_DOC, editorial_sources


def _problem(inliner, rawtext, lineno, message):
    report = inliner.reporter.warning(message, line=lineno)
    return [inliner.problematic(rawtext, rawtext, report)], [report]


def emend_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{emend}`corrected|original|kind: reason[|source]``: the corrected reading, the original kept."""
    found, problems = parse_emendation(text, lineno)
    if found is None:
        return _problem(inliner, rawtext, lineno, "; ".join(problems))
    return [emendation(rawtext, found.corrected, original=found.original, kind=found.kind, reason=found.reason,
                       source=found.source, number=0)], []


def xref_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    group, _, index = text.strip().partition("#")
    if not index.isdigit():
        return _problem(inliner, rawtext, lineno, f"xref needs `group#k`, got {text!r}")
    return [cross_reference(rawtext, group=group, index=int(index))], []


def ednote_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [editorial_note_ref(rawtext, "Ed.", note_id=text.strip(), number=0)], []


def edsource_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{edsource}`key`` cites a source of `data/editorial-sources.yml` by its title, linked."""
    from pathlib import Path
    env = inliner.document.settings.env
    sources = editorial_sources(Path(env.srcdir))
    key = text.strip()
    if key not in sources:
        return _problem(inliner, rawtext, lineno, f"no editorial source {key!r} in data/editorial-sources.yml")
    title = sources[key].get("title") or key
    return [bib_link(rawtext, f"[{title}]", target_doc=EDITORIAL_SOURCES_DOC, anchor=f"src-{key}",
                     label=key, classes=["editorial-source-ref"])], []


def gap_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{gap}`[…]``: the excerpt starts or stops mid-sentence here."""
    return [editorial_span(rawtext, text, classes=["editorial", "gap"],
                           label="Editor: the excerpt breaks off here")], []


def missing_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{missing}`...``: the source lost this text (the body of a note); the editor says so."""
    node = editorial_span(rawtext, "", classes=["editorial", "missing"])
    node += nodes.Text("[")
    node += nodes.emphasis(text, text)
    node += nodes.Text("]")
    return [node], []


def edtitle_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """`{edtitle}`...``: a title the editor supplies for an untitled source, in square brackets
    (as bibliographies give a supplied title), so that no reader takes it for the author's."""
    return [editorial_span(rawtext, f"[{text}]", classes=["editorial", "supplied-title"])], []


ROLES = {"emend": emend_role, "ednote": ednote_role, "xref": xref_role, "edsource": edsource_role,
         "gap": gap_role, "missing": missing_role, "edtitle": edtitle_role}
