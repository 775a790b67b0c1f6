"""Check the data tables at every build: one warning per problem, at `file:line`, naming
the column (under -W the build fails). The same check as `python -m edition.data check`;
skipped when the very same inputs have passed it before (edition.data.validity), in this
build or in the check `make book` runs first."""

from __future__ import annotations

from pathlib import Path

from sphinx.util import logging

logger = logging.getLogger(__name__)


def check_data(app) -> None:
    root = Path(app.srcdir)
    if not (root / "data" / "datapackage.yaml").is_file():
        return
    from edition.data.validity import validated

    for problem in validated(root):
        location = f"{problem.path}:{problem.line}" if problem.line else problem.path
        message = f'column "{problem.column}": {problem.message}' if problem.column else problem.message
        logger.warning(message, location=location, type="edition", subtype="data")


EVENTS = [("builder-inited", check_data, 500)]


def setup(app):
    """Also a Sphinx extension of its own, for a book of data chapters only."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
