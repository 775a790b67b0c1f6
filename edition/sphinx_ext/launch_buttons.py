"""The data chapters' launch buttons (Binder, Colab), drawn by sphinx-book-theme from
`launch_buttons:` and `repository:` in _config.yml, once the edition has a public repository.

- Without `repository: url:` the services are set aside: no button shows (the theme would
  fail building its links), and no page names Binder or Colab.
- Binder opens the chapter itself, `book/<name>.md`: its environment (`binder/`, edition/launch.py)
  has jupytext and jupyterlab-myst, and JupyterLab opens the MyST text notebook as a notebook.
- Colab opens only .ipynb files: its button opens the chapter's plain notebook in the repository,
  `notebooks/<name>.ipynb` (written by `python -m edition derive`), which fetches the repository
  for its tables when it runs alone.
- The theme copies MyST-NB's notebook, MyST and all, over the page's .ipynb download when a
  service is set: the plain notebook (notebook_download.py) is written again after it.
The buttons are links: nothing is loaded from Binder or Colab until a reader follows one.
"""

from __future__ import annotations

import re

from . import notebook_download

SERVICES = ("binderhub_url", "jupyterhub_url", "colab_url", "deepnote_url", "jupyterlite_url")
COLAB_NOTEBOOKS = "notebooks"


def no_home_no_buttons(app, config) -> None:
    options = config.html_theme_options or {}
    buttons = options.get("launch_buttons") or {}
    if not options.get("repository_url"):
        for service in SERVICES:
            if buttons.get(service):
                buttons[service] = ""


def colab_opens_the_plain_notebook(app, pagename, templatename, context, doctree) -> None:
    groups = [g for g in context.get("header_buttons") or [] if g.get("label") == "launch-buttons"]
    if not groups:
        return
    name = pagename.rsplit("/", 1)[-1]
    for button in groups[0]["buttons"]:
        if button.get("text") == "Colab":
            button["url"] = re.sub(r"(/blob/[^/]+/).*$", rf"\g<1>{COLAB_NOTEBOOKS}/{name}.ipynb", button["url"])
    notebook_download.offer_notebook(app, pagename, templatename, context, doctree)


EVENTS = [("config-inited", no_home_no_buttons, 500),
          ("html-page-context", colab_opens_the_plain_notebook, 502)]  # after the theme's buttons (501)


def setup(app):
    """Also a Sphinx extension of its own (a test builds a data chapter with the data hooks only)."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
