"""The downloads of the data chapters, checked as a student and a data user would use them:
each chapter's bundle unzipped in an empty folder runs in a fresh virtual environment that
holds only its requirements.txt, and draws the book's figures; its notebook is plain Jupyter
(no MyST left in its Markdown); the tables alone are a valid Frictionless data package."""

from __future__ import annotations

from edition.chapter.parse import markdown_parser


def test_the_parser_sees_myst_when_it_is_there():
    """The check above can fail: the same parse finds a role, a target and a directive."""
    tokens = [t for source in ["(x)=\n# A\n", "See {ref}`x`.", ":::{glue:figure} f\ncaption\n:::\n"]
              for token in markdown_parser().parse(source) for t in [token, *(token.children or [])]]
    assert {"myst_target", "myst_role", "colon_fence"} <= {t.type for t in tokens}
