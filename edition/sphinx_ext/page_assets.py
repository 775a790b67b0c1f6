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
serve only a page whose body holds a toggle or a design element, and Thebe's none (launch buttons
are off: _config.yml). A notebook page's code cells get their copy buttons from edition.js
(sphinx-copybutton's three files are never loaded), and MyST-NB's and Pygments' stylesheets are
one sheet (`NOTEBOOK_CSS`), cut like the theme's: a data chapter then makes as few requests as a
text chapter plus one. `templates/layout.html`
leaves out Font Awesome's script (the icons are drawn by edition-theme.css) and the search
scripts and index but on the search page. `cut_stylesheets` cuts pydata-sphinx-theme.css (387 KiB,
Bootstrap and every component of the theme) to the rules whose selectors the pages and their
scripts name, with PurgeCSS (npm; package.json), from the theme's own copy at every build; and
the notebook sheet likewise.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pydata_sphinx_theme
from sphinx.builders.html._assets import _CascadingStyleSheet
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
    # edition.js copies a code cell (its `copy`), as it copies a citation.
    (("copybutton", "clipboard"), None),
    (("sphinx-thebe", "thebe", "const THEBE"), None),
]


def _key(script) -> tuple:
    filename = getattr(script, "filename", script) or ""
    attributes = getattr(script, "attributes", {})
    return str(filename), tuple(sorted((k, str(v)) for k, v in attributes.items()))


# A notebook page's cells, drawn by MyST-NB's and Pygments' stylesheets: one sheet, written by
# `cut_stylesheets` from the two, in the place of the first.
NOTEBOOK_CSS = "edition-notebook.css"
NOTEBOOK_SOURCES = ("mystnb.", "pygments.css")
NOTEBOOK_PAGE = re.compile(r'class="[^"]*\bcell\b')


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
    sheets = context.get("css_files") or []
    notebook = [sheet for sheet in sheets if _name(sheet).startswith(NOTEBOOK_SOURCES)]
    if notebook:
        at = sheets.index(notebook[0])
        kept = [sheet for sheet in sheets if sheet not in notebook]
        if NOTEBOOK_PAGE.search(body):
            kept.insert(at, _CascadingStyleSheet(f"_static/{NOTEBOOK_CSS}", priority=notebook[0].priority,
                                                 rel="stylesheet", type="text/css"))
        context["css_files"] = kept


# Sphinx's translator gives every internal link the classes "reference internal"; a chapter has
# some 700 index and glossary links (transforms.LinkNamesAndTerms), styled by their own class.
# They are out of the tab order as written: the page opens in the reading view, where they do
# not look like links, with scripts or without; the study view (edition.js) puts them back in.
NAME_LINK_CLASSES = re.compile(r'<a class="(index-link|term-link) reference internal" ')


def lighter_name_links(app, pagename, templatename, context, doctree):
    if "body" in context:
        context["body"] = NAME_LINK_CLASSES.sub(r'<a class="\1" tabindex="-1" ', context["body"])


# PurgeCSS keeps a rule when a word of its selector occurs in the content (its default extractor:
# runs of letters, digits, "-" and "_"). Of a page only its tags and inline scripts can name a
# selector, so those words are the content it is given, and each cut is kept per set of words:
# a change of a page's text alone cuts nothing again.
TAG_OR_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>|<[^>]+>", re.S)
WORD = re.compile(r"[A-Za-z0-9_-]+")


def selector_words(html_files) -> list[str]:
    words = set()
    for path in html_files:
        for markup in TAG_OR_SCRIPT.findall(Path(path).read_text(encoding="utf-8", errors="replace")):
            words.update(WORD.findall(markup))
    return sorted(words)


def cut_stylesheets(app, exception):
    """The theme's stylesheet cut to what the pages use, from the theme's own copy; and the
    notebook pages' one sheet, MyST-NB's and Pygments' cut and joined."""
    if exception is not None or app.builder.name not in ("html", "dirhtml", "singlehtml"):
        return
    out = Path(app.outdir)
    static = out / "_static"
    scripts = sorted(p for p in static.rglob("*.js") if p.name != "fontawesome.js")
    words = "\n".join(selector_words(out.rglob("*.html"))) + "\n"
    root = Path(app.srcdir)
    sources = [p for p in sorted(static.glob("*.css")) if p.name.startswith(NOTEBOOK_SOURCES)]
    with ThreadPoolExecutor(2) as pool:  # two PurgeCSS processes, one per core, when neither is cached
        theme_cut = pool.submit(_cut, root, [THEME_CSS], scripts, words)
        notebook_cut = pool.submit(_cut, root, sources, scripts, words) if sources else None
    theme = theme_cut.result()
    if theme is not None:
        (static / "styles" / THEME_CSS.name).write_text(theme[THEME_CSS.name], encoding="utf-8")
    notebook = notebook_cut.result() if notebook_cut else None
    if notebook is not None:
        (static / NOTEBOOK_CSS).write_text("\n".join(notebook[p.name] for p in sources), encoding="utf-8")


class PurgeFailed(Exception):
    pass


def _cut(root: Path, sheets: list[Path], scripts: list[Path], words: str) -> dict[str, str] | None:
    """Each sheet's name -> its rules that the words and the scripts use (computed once per
    content of all of them: edition.cache); None, with a warning, when PurgeCSS fails."""
    from edition.cache import remembered

    try:
        return remembered(root, "stylesheet-cut", [*sheets, root / "package-lock.json", *scripts],
                          lambda: _purge(words, sheets, scripts), salt=words)
    except PurgeFailed as failure:
        logger.warning(f"PurgeCSS could not cut {[s.name for s in sheets]}: {failure}",
                       type="edition", subtype="assets")
        return None


def _purge(words: str, sheets: list[Path], scripts: list[Path]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "pages.txt"
        content.write_text(words, encoding="utf-8")
        output = Path(folder) / "cut"
        output.mkdir()
        command = [str(PURGECSS), "--css", *map(str, sheets), "--output", str(output),
                   "--content", str(content), *map(str, scripts)]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode:
            raise PurgeFailed(result.stderr.strip()[-500:])
        return {sheet.name: (output / sheet.name).read_text(encoding="utf-8") for sheet in sheets}


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
    ("build-finished", cut_stylesheets, 600),
]
