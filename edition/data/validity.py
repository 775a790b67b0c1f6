"""Data validated once per content: the check before a build and the build's own data check
share one record (`.cache/edition/data-valid-<digest>`) of the inputs on which every table
passed, so neither validates again what the other has just validated. Frictionless is
imported only when there is something to validate."""

from __future__ import annotations

from pathlib import Path

from ..cache import CHECK_PASSED, FOLDER, Stamp, files_digest


def inputs(root: Path) -> list[Path]:
    """The files the validation reads: the data folder (tables, schemas, notes, sources)."""
    return [p for p in (Path(root) / "data").rglob("*") if p.is_file()]


def passages_read(root: Path) -> str:
    """What the validation reads of the chapters: each numbered paragraph's id, text and note
    calls, and each note's text (edition.data.passages), without their lines, which only place
    a message. A headnote or a heading that changes leaves them as they were."""
    import json

    from ..catalogue import read_catalogue
    from .passages import read_chapter
    read: dict = {"pages": sorted(p.name for p in (Path(root) / "book").glob("*.md"))}
    for text in read_catalogue(Path(root)).texts:
        if text.chapter.is_file():
            chapter = read_chapter(text.chapter)
            read[text.slug] = [[(p.id, p.text, p.notes) for p in chapter.paragraphs.values()],
                               [(n.label, n.text) for n in chapter.notes.values()]]
    return json.dumps(read, sort_keys=True)


def _marker(root: Path) -> Path:
    return Path(root) / FOLDER / f"data-valid-{files_digest(Path(root), inputs(root), passages_read(root))}"


def validated(root: Path) -> list:
    """Every problem of every table (`validate.DataProblem`), or none at once when these very
    inputs passed before (the whole check's stamp, then the data's own marker)."""
    if Stamp(root, CHECK_PASSED).holds():  # every check passed on the project exactly as it is
        return []
    marker = _marker(root)
    if marker.exists():
        return []
    from .validate import validate_all

    problems = validate_all(root)
    if not problems:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    return problems
