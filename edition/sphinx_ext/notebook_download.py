"""Offer each notebook chapter as an .ipynb, outputs included, in the page's download menu:
a plain notebook (no MyST in its Markdown cells; `notebook_bundle.plain_for`) that runs in any
Jupyter with pandas and matplotlib.

sphinx-book-theme lists an .ipynb download only when a launch service (Binder, JupyterHub,
Colab) is configured, which this book does not do while it has no public repository. This
hook does what the theme then does: it puts the executed notebook in `_sources/` and tells
the theme (`ipynb_source`), whose download menu then offers ".ipynb" beside ".md" and ".pdf".

The notebook is the one MyST-NB writes to `_build/jupyter_execute/`. MyST-NB 1.4 writes it
without outputs when it took them from the execution cache (it writes its input notebook,
not the merged one), so the outputs are merged from the cache here.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

import nbformat


def written_notebook(app, pagename: str) -> Path:
    return Path(app.outdir).parent / "jupyter_execute" / f"{pagename}.ipynb"


def executed_notebook(app, pagename: str):
    written = written_notebook(app, pagename)
    if not written.is_file():
        return None
    notebook = nbformat.read(written, as_version=4)
    cache_path = getattr(getattr(app.env, "mystnb_config", None), "execution_cache_path", "")
    if cache_path and Path(cache_path).is_dir():
        from jupyter_cache import get_cache

        with suppress(KeyError):
            _, notebook = get_cache(cache_path).merge_match_into_notebook(notebook)
    return notebook


def offer_notebook(app, pagename, templatename, context, doctree) -> None:
    if doctree is None or "kernelspec" not in app.env.metadata.get(pagename, {}):
        return
    if app.builder.name == "epub":  # the EPUB packs every file of its folder: no .ipynb there
        return
    if not written_notebook(app, pagename).is_file():
        return
    from .notebook_bundle import plain_for  # the plain notebook, with the book's outputs

    notebook = plain_for(app, pagename, Path(app.env.doc2path(pagename)).read_text(encoding="utf-8"),
                         with_outputs=True)
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


EVENTS = [("html-page-context", offer_notebook, 500)]  # before the theme's buttons (501)


def setup(app):
    """Also a Sphinx extension of its own, for a book of data chapters only."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
