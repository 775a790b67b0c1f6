"""Derived files that are committed: written by `python -m edition derive`, never by the
build. Here they must be what that command would write now (else they are stale)."""

from __future__ import annotations

from ..anchors import check_published
from ..catalogue import Catalogue
from ..problems import Problem


def check(catalogue: Catalogue) -> list[Problem]:
    from ..citations.edition_bibliography import build, committed_files

    problems = check_published(catalogue)
    bibliography = build(catalogue.root)
    problems += bibliography.problems
    for name, text in committed_files(bibliography).items():
        path = catalogue.root / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            problems.append(Problem(name, None, "stale: it is derived from the chapters and differs from what "
                                                "they give now; run `python -m edition derive`"))
    return problems
