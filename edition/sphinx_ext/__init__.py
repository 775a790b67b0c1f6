"""The edition's local Sphinx extension: registration only; each concept has its module."""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import anchors, apparatus, bibliography, checks, citing, index_links, data_check, data_freshness, editorial_roles, links, notebook_download, page_assets, records
from . import printing, publishing, self_contained, single_page, version

STATIC = Path(__file__).parent / "static"


def _code_version() -> int:
    """Changes whenever the edition's code changes, so Sphinx re-reads every page
    (transforms run at read time; a cached doctree would hide changed code)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.parent.rglob("*.py")):  # the whole edition package
        digest.update(path.read_bytes())
    return int(digest.hexdigest()[:8], 16)


def setup(app):
    editorial_roles.setup(app)
    records.setup(app)
    apparatus.setup(app)
    index_links.setup(app)
    anchors.setup(app)
    checks.setup(app)
    links.setup(app)
    bibliography.setup(app)
    citing.setup(app)
    data_check.setup(app)
    data_freshness.setup(app)
    notebook_download.setup(app)
    page_assets.setup(app)
    publishing.setup(app)
    version.setup(app)
    self_contained.setup(app)
    printing.setup(app)
    single_page.setup(app)
    app.connect("builder-inited", _add_static)
    app.add_css_file("edition.css")
    return {"version": "1", "env_version": _code_version(),
            "parallel_read_safe": True, "parallel_write_safe": True}


def _add_static(app):
    app.config.html_static_path.append(str(STATIC))
