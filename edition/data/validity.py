"""Data validated once per content: the check before a build and the build's own data check
share one record (`.cache/edition/data-valid-<digest>`) of the inputs on which every table
passed, so neither validates again what the other has just validated. Frictionless is
imported only when there is something to validate."""

from __future__ import annotations

from pathlib import Path

from ..cache import FOLDER, files_digest


def inputs(root: Path) -> list[Path]:
    """Everything the validation reads: the data folder and the chapters (the quotes' passages)."""
    root = Path(root)
    return [p for p in (root / "data").rglob("*") if p.is_file()] + sorted((root / "book").glob("*.md"))


def _marker(root: Path) -> Path:
    return Path(root) / FOLDER / f"data-valid-{files_digest(Path(root), inputs(root))}"


def validated(root: Path) -> list:
    """Every problem of every table (`validate.DataProblem`), or none at once when these very
    inputs passed before."""
    marker = _marker(root)
    if marker.exists():
        return []
    from .validate import validate_all

    problems = validate_all(root)
    if not problems:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    return problems
