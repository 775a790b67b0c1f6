"""The edition's version and build date at the foot of every page.

The version is the project's (`catalogue.project_version`): this module sets Sphinx's
`version`/`release` from it, for the footer and the citations alike. The build date is today's (UTC), or the date of
`SOURCE_DATE_EPOCH` when that is set (reproducible builds). The footer item is the template
`templates/edition-version.html`, added to sphinx-book-theme's `footer_content_items`.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from ..catalogue import project_version

TEMPLATES = Path(__file__).parent / "templates"
FOOTER_ITEM = "edition-version.html"
# sphinx-book-theme 1.3's default footer_content_items (its theme.conf).
THEME_FOOTER = ["author.html", "copyright.html", "last-updated.html", "extra-footer.html"]
CHANGELOG = "book/changelog"


def build_date(environ: dict) -> str:
    """ISO date of the build: SOURCE_DATE_EPOCH's if set, else today's, in UTC."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.date().isoformat()


def configure(app, config) -> None:
    config.version = config.release = project_version(Path(app.confdir))  # on every page and citation
    if not config.edition_build_date:
        config.edition_build_date = build_date(os.environ)
    config.templates_path.append(str(TEMPLATES))
    items = list(config.html_theme_options.get("footer_content_items") or THEME_FOOTER)
    if FOOTER_ITEM not in items:
        items.insert(items.index("copyright.html") + 1 if "copyright.html" in items else len(items), FOOTER_ITEM)
    config.html_theme_options["footer_content_items"] = items


def add_context(app, pagename, templatename, context, doctree) -> None:
    context["edition_version"] = app.config.release
    context["edition_build_date"] = app.config.edition_build_date
    context["edition_changelog"] = CHANGELOG if CHANGELOG in app.env.all_docs else ""


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("config-inited", configure, 450),
    ("html-page-context", add_context, 500),
]
