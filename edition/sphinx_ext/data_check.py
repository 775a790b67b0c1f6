"""Check the data tables at every build: one warning per problem, at `file:line`, naming
the column (under -W the build fails). The same check as `python -m edition.data check`;
skipped when the very same inputs have passed it before."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx.util import logging

logger = logging.getLogger(__name__)


def inputs_digest(root: Path) -> str:
    """Everything the check reads (the data folder, the chapters) and the code that checks."""
    digest = hashlib.sha256()
    code = Path(__file__).resolve().parent.parent
    files = sorted((root / "data").rglob("*")) + sorted((root / "book").glob("*.md")) + sorted(code.rglob("*.py"))
    for path in files:
        if path.is_file():
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def check_data(app) -> None:
    root = Path(app.srcdir)
    if not (root / "data" / "datapackage.yaml").is_file():
        return
    # Inputs that passed once pass again: a marker per digest, outside _build (as the
    # citation and notebook caches), so an unchanged edition is not validated at each build.
    passed = root / ".cache" / "edition" / f"data-valid-{inputs_digest(root)}"
    if passed.exists():
        return
    from edition.data.validate import validate_all

    problems = validate_all(root)
    for problem in problems:
        location = f"{problem.path}:{problem.line}" if problem.line else problem.path
        message = f'column "{problem.column}": {problem.message}' if problem.column else problem.message
        logger.warning(message, location=location, type="edition", subtype="data")
    if not problems:
        passed.parent.mkdir(parents=True, exist_ok=True)
        passed.touch()


EVENTS = [("builder-inited", check_data, 500)]


def setup(app):
    """Also a Sphinx extension of its own, for a book of data chapters only."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
