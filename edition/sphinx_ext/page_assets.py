"""What every page loads: one copy of each inline script, and an icon at the site's root.

Sphinx 7.4 writes twice an inline script that an extension registers once the builder exists
(`app.add_js_file(None, body=...)`): the builder keeps it with filename None, and before
writing it adds the registry's copy again with filename '', which does not compare equal.
sphinx-thebe registers its settings so (`const THEBE_JS_URL = ...`), and the second
declaration of the same `const` is a script error on every page ("Identifier 'THEBE_JS_URL'
has already been declared"); sphinx-togglebutton's selector is doubled too. The page hook,
run after every other handler of the page, drops the second copy.

A page that names no icon (Jupyter Book's redirect at the root `index.html`, the 404 page)
makes the browser ask for `/favicon.ico`; without one that is a 404 and an error in the
console. `favicon.ico` (drawn from `favicon.svg`) is copied to the root of the site.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ICON = Path(__file__).parent / "static" / "favicon.ico"


def _key(script) -> tuple:
    filename = getattr(script, "filename", script) or ""
    attributes = getattr(script, "attributes", {})
    return str(filename), tuple(sorted((k, str(v)) for k, v in attributes.items()))


def one_copy_of_each_script(app, pagename, templatename, context, doctree):
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for script in scripts:
        key = _key(script)
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


def icon_at_root(app, exception):
    if exception is None and app.builder.format == "html":
        shutil.copyfile(ICON, Path(app.outdir) / "favicon.ico")


def add_static_folder(app) -> None:
    """The extension's own static files (edition.css, edition.js, the icons); the web theme's
    rules (edition-theme.css) on the web pages only: the EPUB leaves the file out (_config.yml)."""
    app.config.html_static_path.append(str(Path(__file__).parent / "static"))
    if app.builder.name != "epub":
        app.add_css_file("edition-theme.css")


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("builder-inited", add_static_folder, 500),
    ("html-page-context", one_copy_of_each_script, 1000),
    ("build-finished", icon_at_root, 500),
]
