"""Re-execute a notebook chapter when a data file it reads changes.

Jupyter-cache keys a notebook on its code cells only, so an edited CSV would leave the page
showing the output of the old data. A notebook declares the files it reads in its front
matter (`edition: reads: [data/trade.csv, data/schemas/*.yaml]`, globs allowed; a test runs
each notebook and fails on a file it opens without declaring it). When Sphinx reads the page, this hook
(a) makes each file a dependency of the page, so that Sphinx re-reads the page when the file
changes, and (b) appends the files' SHA-256 as a comment to the first code cell, so that the
changed source is a new key for the execution cache and the notebook runs again. The
edition's own helpers the book's run imports (edition/data) are such an input too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx.util import logging

from ..chapter.notebooks import declared_reads, first_code_cell_closing_line

logger = logging.getLogger(__name__)
HELPERS = Path(__file__).resolve().parent.parent / "data"


def resolve(root: Path, declared: str) -> list[Path]:
    """The files a declaration names (a glob names several), as the loader reads them (a table
    may be read from elsewhere for a test)."""
    from edition.data.schema import tables

    found = sorted(root.glob(declared)) if any(c in declared for c in "*?[") else [root / declared]
    overrides = {(root / "data" / t.descriptor["path"]).resolve(): t.path for t in tables(root).values()}
    return [overrides.get(path.resolve(), path) for path in found]


def stamp(text: str, files: dict[str, str], helpers: str | None = None) -> str:
    """`text` with a comment listing each file's SHA-256 (and the helpers' digest) appended to
    its first code cell."""
    closing = first_code_cell_closing_line(text)
    if closing is None or not files:
        return text
    lines = text.split("\n")
    comment = [f"# data read: {name} sha256:{digest}" for name, digest in files.items()]
    if helpers:
        comment.append(f"# the book's helpers (edition/data) sha256:{helpers}")
    return "\n".join(lines[:closing] + comment + lines[closing:])


def on_source_read(app, docname: str, source: list[str]) -> None:
    stamped, read, missing = stamped_source(Path(app.srcdir), source[0])
    for path in read:
        app.env.note_dependency(str(path))
    for declared in missing:
        logger.warning(f"{declared}, which this notebook reads, does not exist",
                       location=docname, type="edition", subtype="data")
    source[0] = stamped


def stamped_source(root: Path, text: str) -> tuple[str, list[Path], list[str]]:
    """The page as the execution cache is to key it (the digests of the files it declares it
    reads, and of the helpers, in its first code cell), the files it reads, and each declaration
    that names no file. A page that declares nothing is left as it is."""
    reads = declared_reads(text)
    if not reads:
        return text, [], []
    digests, read, missing = {}, [], []
    for declared in reads:
        paths = resolve(root, declared)
        read += paths
        for path in paths:
            if path.is_file():
                name = path.relative_to(root).as_posix() if path.is_relative_to(root) else declared
                digests[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        if not any(path.is_file() for path in paths):
            missing.append(declared)
    # The book's run imports the edition's own helpers (edition.data: links, tables, the SVG's
    # clean-up): a change to them changes the outputs, so it is a new key too.
    helpers = hashlib.sha256()
    for path in sorted(HELPERS.glob("*.py")):
        helpers.update(path.name.encode() + b"\0" + path.read_bytes())
    return stamp(text, digests, helpers.hexdigest()), read, missing


EVENTS = [("source-read", on_source_read, 500)]


def setup(app):
    """Also a Sphinx extension of its own, for a book of data chapters only."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
