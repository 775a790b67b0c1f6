"""Work done once: results kept under `.cache/edition/`, outside `_build`, keyed on a digest of
every file they are computed from and of the edition's code (a changed rule recomputes).

`remembered(root, name, inputs, compute)` returns what `compute()` returned the last time the
very same inputs were seen, else computes and keeps it. `Stamp` marks that a step passed on the
inputs as they are (the check before a build). Writes are atomic, so parallel builds (Sphinx's
-j) and a build beside a check never read half a file.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
CODE = Path(__file__).resolve().parent
FOLDER = Path(".cache") / "edition"
KEPT_PER_NAME = 8  # older entries of a name are removed: the cache does not grow without end
CHECK_PASSED = "check-derive"  # the Stamp of `python -m edition check --derive` passing


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The edition's code and its data files of conventions: a change to a rule recomputes
    (read once per process: the code does not change while it runs)."""
    digest = hashlib.sha256()
    for path in sorted(CODE.rglob("*")):
        if path.suffix in (".py", ".yml", ".yaml", ".csv", ".json", ".js") and "static" not in path.parts:
            digest.update(path.relative_to(CODE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def files_digest(root: Path, paths: Iterable[Path], salt: str = "") -> str:
    """Names and contents of the files (a missing file counts as missing), the code, and any
    other input given as text (`salt`)."""
    digest = hashlib.sha256(code_digest().encode() + b"\0" + salt.encode())
    top = Path(root).resolve()
    for path in sorted(set(Path(p) for p in paths)):
        try:
            shown = path.resolve().relative_to(top).as_posix()
        except ValueError:  # outside the project (a build folder elsewhere, a library's file)
            shown = path.resolve().as_posix()
        digest.update(shown.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"\x00missing")
    return digest.hexdigest()


def project_inputs(root: Path) -> list[Path]:
    """Every file of the project a check or a build reads: the texts, the apparatus and data,
    the book's pages and configuration."""
    files = [p for folder in ("data", "book", "notebooks", "binder") for p in (root / folder).rglob("*")
             if p.is_file() and "_build" not in p.parts and ".ipynb_checkpoints" not in p.parts]
    return files + [root / name for name in ("_toc.yml", "_config.yml", "pyproject.toml", "CITATION.cff",
                                             "constraints.txt", "package-lock.json")]


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(path)


def _prune(folder: Path, name: str) -> None:
    # `name-<digest>.pickle` only: "chapter-zubok" must not prune "chapter-zubok-copy02"'s entries
    entries = sorted(folder.glob(f"{name}-{'?' * 64}.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEPT_PER_NAME:]:
        old.unlink(missing_ok=True)


def remembered(root: Path, name: str, inputs: Iterable[Path], compute: Callable[[], T], salt: str = "") -> T:
    """`compute()`'s result for these inputs (files, and `salt` for inputs that are not files),
    computed once. An exception from `compute` is not remembered."""
    folder = Path(root) / FOLDER
    kept = folder / f"{name}-{files_digest(Path(root), inputs, salt)}.pickle"
    if kept.is_file():
        try:
            return pickle.loads(kept.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            kept.unlink(missing_ok=True)  # from an older code layout: compute again
    value = compute()
    try:
        _write_atomic(kept, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        _prune(folder, name)
    except OSError:  # a project one may read but not write (a read-only checkout): computed, not kept
        pass
    return value


class Stamp:
    """That a step passed on the project's inputs exactly as they are now."""

    def __init__(self, root: Path, name: str):
        self.root, self.name = Path(root), name

    def _path(self) -> Path:
        return self.root / FOLDER / f"{self.name}-{files_digest(self.root, project_inputs(self.root))}"

    def holds(self) -> bool:
        return self._path().is_file()

    def set(self) -> None:
        path = self._path()
        _write_atomic(path, b"")
        _prune(path.parent, self.name)
