"""Data validated once per content: the check before a build and the build's own data check
share one record (`.cache/edition/data-valid-<digest>`) of the inputs on which every table
passed, so neither validates again what the other has just validated. When an input changed,
each table is validated again only if its CSV, its schema, the data package or a file its
checks read changed (`table-<name>-<digest>`). Frictionless is imported only when there is
something to validate."""

from __future__ import annotations

import pickle
from pathlib import Path

from ..cache import CHECK_PASSED, FOLDER, Stamp, _prune, _write_atomic, files_digest


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

    problems = validate_all(root, validate=table_validated)
    if not problems:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    return problems


def table_validated(name: str, root: Path) -> list:
    """One table's problems (`validate.validate_table`), kept under a key of its CSV, its schema
    and the data package, with the files its checks read and their digest: found again only
    while every one of those files is as it was."""
    from .schema import DESCRIPTOR, tables
    from .validate import validate_table

    root = Path(root)
    table = tables(root)[name]
    own = files_digest(root, [table.path, table.schema_path, root / DESCRIPTOR], salt=f"table {name}")
    kept = root / FOLDER / f"table-{name}-{own}.pickle"
    if kept.is_file():
        try:
            read, digest, problems = pickle.loads(kept.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            pass  # from an older code layout: validate again
        else:
            if files_digest(root, [root / p for p in read]) == digest:
                return problems
    reads: set[Path] = set()
    problems = validate_table(name, root=root, reads=reads)
    read = sorted({_relative(p, root) for p in reads})  # a copy of the project reads its own files
    try:
        _write_atomic(kept, pickle.dumps((read, files_digest(root, [root / p for p in read]), problems),
                                         protocol=pickle.HIGHEST_PROTOCOL))
        _prune(kept.parent, f"table-{name}")
    except OSError:  # a project one may read but not write: validated, not kept
        pass
    return problems


def _relative(path: Path, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:  # outside the project: kept as it is
        return Path(path).resolve().as_posix()
