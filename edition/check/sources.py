"""Sources: every `data/sources/*.txt` matches SHA256SUMS (the metadata is validated by the catalogue)."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..problems import Problem, ProblemsFound
from ..sources import check_manifest, read_text_lines


def check(catalogue: Catalogue) -> list[Problem]:
    problems = list(check_manifest(catalogue.root / "data" / "sources"))
    for text in catalogue.all_texts:
        try:
            read_text_lines(text.source)
        except ProblemsFound as found:
            problems += found.problems
    return problems
