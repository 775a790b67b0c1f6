"""Re-execute a notebook chapter when a data file it reads changes.

Jupyter-cache keys a notebook on its code cells only, so an edited CSV would leave the page
showing the output of the old data. A notebook declares the files it reads in its front
matter (`edition: reads: [data/trade.csv]`). When Sphinx reads the page, this hook
(a) makes each file a dependency of the page, so that Sphinx re-reads the page when the file
changes, and (b) appends the files' SHA-256 as a comment to the first code cell, so that the
changed source is a new key for the execution cache and the notebook runs again.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml
from sphinx.util import logging

logger = logging.getLogger(__name__)
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.S)
CODE_CELL = re.compile(r"^(`{3,}|~{3,})\{code-cell\}", re.M)


def declared_reads(text: str) -> list[str] | None:
    """The data files a notebook page declares; None for a page that is not a notebook."""
    match = FRONT_MATTER.match(text)
    meta = (yaml.safe_load(match.group(1)) or {}) if match else {}
    if "kernelspec" not in meta and "jupytext" not in meta:
        return None
    return list(((meta.get("edition") or {}).get("reads")) or [])


def resolve(root: Path, declared: str) -> Path:
    """A declared file as the loader reads it (a table may be read from elsewhere for a test)."""
    from edition.data.schema import tables

    path = (root / declared).resolve()
    for table in tables(root).values():
        if (root / "data" / table.descriptor["path"]).resolve() == path:
            return table.path
    return path


def stamp(text: str, files: dict[str, str]) -> str:
    """`text` with a comment listing each file's SHA-256 appended to its first code cell."""
    opening = CODE_CELL.search(text)
    if not opening or not files:
        return text
    fence = opening.group(1)
    closing = re.compile(rf"^{re.escape(fence[0])}{{{len(fence)},}}\s*$", re.M).search(text, opening.end())
    if not closing:
        return text
    comment = "".join(f"# data read: {name} sha256:{digest}\n" for name, digest in files.items())
    return text[:closing.start()] + comment + text[closing.start():]


def on_source_read(app, docname: str, source: list[str]) -> None:
    reads = declared_reads(source[0])
    if not reads:
        return
    root, digests = Path(app.srcdir), {}
    for declared in reads:
        path = resolve(root, declared)
        app.env.note_dependency(str(path))
        if path.is_file():
            digests[declared] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            logger.warning(f"{declared}, which this notebook reads, does not exist",
                           location=docname, type="edition", subtype="data")
    source[0] = stamp(source[0], digests)


def setup(app):
    app.connect("source-read", on_source_read)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
