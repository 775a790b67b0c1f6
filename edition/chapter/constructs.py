"""The one list of what a text chapter may contain besides the author's words.

Every node of a chapter is the author's text (plain text, emphasis, links whose target is
their own text, footnote calls), structure (headings, labels, paragraph ids, footnote
definitions, lists), or one of the editorial constructs below. Anything else (raw HTML,
`{raw}`, an unknown role or directive, inline attributes) is an error at its line.
Editors extend the edition's markup here, and only here, on purpose.
"""

from __future__ import annotations

# Inline roles. "emendation": a reviewed correction (see EMENDATION_KINDS); "marker": the
# editor's mark, shown as the editor's and never read as the author's words.
ROLES = {
    "emend": "emendation",
    "ednote": "marker",     # call of an editor's note (data/editorial-notes.yml)
    "xref": "marker",       # cross-reference to passages on the same topic (data/cross-references.yml)
    "gap": "marker",        # the excerpt breaks off here; content is one of GAP_MARKS
    "missing": "marker",    # the source lost this text (a note body); the editor says so
    "edtitle": "marker",    # a title the editor supplies for an untitled source, shown in brackets
}

# The only contents a gap mark may have: a gap carries no words.
GAP_MARKS = {"[…]", "[...]", "…"}

# Block directives of a text chapter; "editorial" blocks hold the editor's prose (their
# content is read as MyST and held to the same rules), "generated" ones are filled by the build.
DIRECTIVES = {
    "headnote": "editorial",
    "source-record": "generated",
    "cite-this": "generated",
    "editor-notes": "generated",
    "emendations": "generated",
    "changes-record": "generated",
}

# Roles allowed only inside the editor's own prose (the headnote), beyond the markers above:
# `{edsource}` cites a source of an editorial claim (data/editorial-sources.yml).
EDITORIAL_PROSE_ROLES = {"edsource", "ref", "doc"}

# Kinds of emendation. A "small" kind must be a small edit of the original (a few letters
# changed, transposed, added or dropped, a space or hyphen, one word added or dropped);
# anything else is a conjecture and must give its reason and an editorial source.
EMENDATION_KINDS = {
    "typo": "small",
    "misspelling": "small",
    "capture error": "small",
    "missing word": "small",
    "dittography": "small",   # a repeated word or phrase removed
    "conjecture": "conjecture",
}
# The most letters a small emendation may change (Damerau-Levenshtein distance).
SMALL_EDIT_LETTERS = 3
