"""Derived files that are committed: written by `python -m edition derive`, never by the
build. Here they must be what that command would write now (else they are stale)."""

from __future__ import annotations

from ..anchors import check_published
from ..catalogue import Catalogue
from ..problems import Problem


def check(catalogue: Catalogue) -> list[Problem]:
    from ..citations.edition_bibliography import build, committed
    from ..data import names

    problems = check_published(catalogue)
    bibliography = build(catalogue.root)
    problems += bibliography.problems
    for name, text in {**committed(catalogue.root), names.PATH: names.csv_text(catalogue.root)}.items():
        path = catalogue.root / name
        on_disk = path.read_text(encoding="utf-8") if path.exists() else ""
        if on_disk != text:
            line = first_difference(on_disk.split("\n"), text.split("\n"))
            problems.append(Problem(name, line, "stale: derived from the chapters, it differs from what they give "
                                                "now from this line on; run `python -m edition derive`"))
    return problems


def first_difference(old: list[str], new: list[str]) -> int:
    for number, (a, b) in enumerate(zip(old, new), start=1):
        if a != b:
            return number
    return min(len(old), len(new)) + 1
