"""`python -m edition check`: every input of the edition validated in one run.

Each module checks one kind of input and returns `Problem`s (`file:line: message`); the
run reports them all, sorted, and exits 1 when there is any. Nothing is written. A check
that fails on input it did not foresee reports that as a problem of the file it was
reading, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..catalogue import Catalogue, read_catalogue
from ..problems import Problem, display_path
from . import annotations, bibliography, chapters, data, derived, index, policy, sources, urls

# (what is checked, where a surprise is reported, the check), in the order a reader fixes them.
CHECKS: list[tuple[str, str, Callable[[Catalogue], list[Problem]]]] = [
    ("sources and metadata", "data/sources", sources.check),
    ("chapters", "book", chapters.check),
    ("annotations", "data/editorial-notes.yml", annotations.check),
    ("index and glossary", "data/entities.csv", index.check),
    ("data tables", "data/datapackage.yaml", data.check),
    ("bibliography", "data/bibliography-curated.yml", bibliography.check),
    ("addresses", "data", urls.check),
    ("source policy", "data/editorial-sources.yml", policy.check),
    ("derived files", "data/published-anchors.txt", derived.check),
]


def run_checks(root: Path, only: set[str] | None = None) -> list[Problem]:
    catalogue = read_catalogue(root)
    problems: list[Problem] = list(catalogue.problems)
    for name, where, check in CHECKS:
        if only and name not in only:
            continue
        try:
            problems += check(catalogue)
        except Exception as error:  # noqa: BLE001 - a surprise is still reported at its file
            problems.append(Problem(display_path(Path(root) / where), None,
                                    f"the {name} check stopped on unexpected input: {type(error).__name__}: {error}"))
    return sorted({_from_root(p, Path(root)) for p in problems}, key=lambda p: (p.path, p.line or 0, p.message))


def _from_root(problem: Problem, root: Path) -> Problem:
    """Every path as an editor of the project at `root` opens it: relative to that root."""
    path = Path(problem.path)
    absolute = path if path.is_absolute() else (Path.cwd() / path)
    try:
        shown = absolute.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return problem
    return Problem(shown, problem.line, problem.message)
