"""The edition's local Sphinx extension: registration only; each concept has its module."""

from __future__ import annotations

from pathlib import Path

from . import anchors, checks, editorial_roles, records

STATIC = Path(__file__).parent / "static"


def setup(app):
    editorial_roles.setup(app)
    records.setup(app)
    anchors.setup(app)
    checks.setup(app)
    app.connect("builder-inited", _add_static)
    app.add_css_file("edition.css")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


def _add_static(app):
    app.config.html_static_path.append(str(STATIC))
