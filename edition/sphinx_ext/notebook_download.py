"""Offer each notebook chapter as an .ipynb in the page's download menu.

sphinx-book-theme lists an .ipynb download only when a launch service (Binder, JupyterHub,
Colab) is configured, which this book does not do while it has no public repository. This
hook does the same as the theme then would: it copies the notebook MyST-NB executed during
the build (`_build/jupyter_execute/<page>.ipynb`, outputs included) to `_sources/` and tells
the theme (`ipynb_source`), whose download menu then offers ".ipynb" beside ".md" and ".pdf".
"""

from __future__ import annotations

import shutil
from pathlib import Path


def offer_notebook(app, pagename, templatename, context, doctree) -> None:
    if doctree is None or "kernelspec" not in app.env.metadata.get(pagename, {}):
        return
    executed = Path(app.outdir).parent / "jupyter_execute" / f"{pagename}.ipynb"
    if not executed.is_file():
        return
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(executed, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


def setup(app):
    # Before the theme's header buttons (priority 501), which read `ipynb_source`.
    app.connect("html-page-context", offer_notebook, priority=500)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
