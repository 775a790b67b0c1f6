"""Sphinx's `-j`: parallel reading and writing, which Sphinx allows only when every loaded
extension declares itself safe.

This extension declares itself safe (its cross-document state is a Domain, `domain.py`,
merged from each reader; its records are computed from the inputs' bytes, `state.py`).
Jupyter Book 1 loads two extensions that declare nothing, so Sphinx assumes them unsafe and
reads serially (under `-W`, its warning stops the build). Their code, read for the versions
below, keeps no state across documents:
- sphinx-multitoc-numbering 0.1.3 only replaces `TocTreeCollector.assign_section_numbers`,
  which Sphinx calls in the main process after every reader's environment has been merged;
- sphinx-jupyterbook-latex 1.0.0 adds read transforms that mark up the document being read
  (and only its nodes), and post-transforms and settings for the LaTeX builder.
For those versions, and only while they still declare nothing, this says so for them.
"""

from __future__ import annotations

import sys

# extension -> the version whose code was read and found safe (see the docstring)
SAFE_UNDECLARED = {"sphinx_multitoc_numbering": "0.1.3", "sphinx_jupyterbook_latex": "1.0.0"}


def declare_known_safe(app, config) -> None:
    for name, version in SAFE_UNDECLARED.items():
        extension = app.extensions.get(name)
        module = sys.modules.get(name)
        if extension is None or getattr(module, "__version__", None) != version:
            continue
        if extension.parallel_read_safe is None:
            extension.parallel_read_safe = True
        if extension.parallel_write_safe is None:
            extension.parallel_write_safe = True


EVENTS = [("config-inited", declare_known_safe, 500)]
