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

A page loads only what it uses (`only_assets_in_use`): the extensions Jupyter Book switches on
register their files for every page, but the togglebutton's, sphinx-design's and copybutton's
serve only a page whose body holds a toggle, a design element or a code cell, MyST-NB's only a
notebook page, and Thebe's none (launch buttons are off: _config.yml). `templates/layout.html`
leaves out Font Awesome's script (the icons are drawn by edition-theme.css) and the search
scripts and index but on the search page. `cut_theme_css` cuts pydata-sphinx-theme.css (387 KiB,
Bootstrap and every component of the theme) to the rules whose selectors the pages and their
scripts name, with PurgeCSS (npm; package.json), from the theme's own copy at every build.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pydata_sphinx_theme
from sphinx.util import logging

logger = logging.getLogger(__name__)
ICON = Path(__file__).parent / "static" / "favicon.ico"
THEME_CSS = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static" / "styles" \
    / "pydata-sphinx-theme.css"
PURGECSS = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "purgecss"

# An asset (by the start of its file name, or of an inline script's text) and the test of a page's
# body that says the page uses it; an asset no test names is kept.
ASSETS_IN_USE = [
    (("togglebutton", "let toggleHint", "let toggleOpenOnPrint", "var togglebuttonSelector"),
     re.compile(r'class="[^"]*\b(toggle|dropdown)\b')),
    (("sphinx-design", "design-tabs"), re.compile(r'class="[^"]*\bsd-')),
    # Code a reader may copy and read coloured: a notebook's cells (a text's literal blocks are plain).
    (("copybutton", "clipboard", "pygments"), re.compile(r'<div class="highlight-(ipython3|python)')),
    (("mystnb.",), re.compile(r'class="[^"]*\bcell\b')),
    (("sphinx-thebe", "thebe", "const THEBE"), None),
]


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


def _name(asset) -> str:
    filename = getattr(asset, "filename", asset) or ""
    if not filename:
        return (getattr(asset, "attributes", {}).get("body") or "").strip()
    return str(filename).rsplit("/", 1)[-1]


def _in_use(asset, body: str) -> bool:
    name = _name(asset)
    for prefixes, used in ASSETS_IN_USE:
        if name.startswith(prefixes):
            return bool(used and used.search(body))
    return True


def only_assets_in_use(app, pagename, templatename, context, doctree):
    if app.builder.name == "epub":
        return
    context["edition_web_assets"] = app.config.version or "1"
    body = context.get("body", "")
    for key in ("css_files", "script_files"):
        if context.get(key):
            context[key] = [asset for asset in context[key] if _in_use(asset, body)]


# Sphinx's translator gives every internal link the classes "reference internal"; a chapter has
# some 700 index and glossary links (transforms.LinkNamesAndTerms), styled by their own class.
NAME_LINK_CLASSES = re.compile(r'<a class="(index-link|term-link) reference internal" ')


def lighter_name_links(app, pagename, templatename, context, doctree):
    if "body" in context:
        context["body"] = NAME_LINK_CLASSES.sub(r'<a class="\1" ', context["body"])


# PurgeCSS keeps a rule when a word of its selector occurs in the content (its default extractor:
# runs of letters, digits, "-" and "_"). Of a page only its tags and inline scripts can name a
# selector, so those words are the content it is given, and the cut is kept per set of words:
# a change of a page's text alone cuts nothing again.
TAG_OR_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>|<[^>]+>", re.S)
WORD = re.compile(r"[A-Za-z0-9_-]+")


def selector_words(html_files) -> list[str]:
    words = set()
    for path in html_files:
        for markup in TAG_OR_SCRIPT.findall(Path(path).read_text(encoding="utf-8", errors="replace")):
            words.update(WORD.findall(markup))
    return sorted(words)


def cut_theme_css(app, exception):
    """The theme's stylesheet cut to the rules the written pages and the scripts they load use."""
    if exception is not None or app.builder.name not in ("html", "dirhtml", "singlehtml"):
        return
    from edition.cache import remembered

    out = Path(app.outdir)
    static = out / "_static"
    scripts = sorted(p for p in static.rglob("*.js") if p.name != "fontawesome.js")
    words = "\n".join(selector_words(out.rglob("*.html"))) + "\n"
    root = Path(app.srcdir)
    try:
        cut = remembered(root, "theme-css", [THEME_CSS, root / "package-lock.json", *scripts],
                         lambda: _purge(words, scripts), salt=words)
    except PurgeFailed as failure:
        logger.warning(f"PurgeCSS could not cut the theme's stylesheet: {failure}", type="edition", subtype="assets")
        return
    (static / "styles" / THEME_CSS.name).write_text(cut, encoding="utf-8")


class PurgeFailed(Exception):
    pass


def _purge(words: str, scripts: list[Path]) -> str:
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "pages.txt"
        content.write_text(words, encoding="utf-8")
        command = [str(PURGECSS), "--css", str(THEME_CSS), "--output", folder,
                   "--content", str(content), *map(str, scripts)]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode:
            raise PurgeFailed(result.stderr.strip()[-500:])
        return (Path(folder) / THEME_CSS.name).read_text(encoding="utf-8")


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
    ("html-page-context", only_assets_in_use, 1001),
    ("html-page-context", lighter_name_links, 1002),
    ("build-finished", icon_at_root, 500),
    ("build-finished", cut_theme_css, 600),
]
