"""The PDF's imprint (`make pdf`): the single-page build writes `imprint.json` beside its page.

`python -m edition.pdf` (edition/pdf/) makes the printed book of the single page; its title
page and imprint come from this file: the imprint as this build is configured
(`edition.imprint`), never a second reading of the configuration.
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx import addnodes

from ..imprint import imprint_of_app

IMPRINT = "imprint.json"


def write_imprint(app, exception) -> None:
    if exception is None and app.builder.name == "singlehtml":
        data = imprint_of_app(app).as_dict()
        data["parts"] = parts_of(app)
        (Path(app.outdir) / IMPRINT).write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def parts_of(app) -> list[dict]:
    """The toc's parts (captions of the root document's toctrees) and their documents."""
    doctree = app.env.get_doctree(app.config.root_doc)
    return [{"caption": toctree.get("caption") or "", "documents": list(toctree["includefiles"])}
            for toctree in doctree.findall(addnodes.toctree)]


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("build-finished", write_imprint, 500),
]
