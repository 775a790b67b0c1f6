"""Launch buttons on the data chapters, once the edition has a public repository: Binder opens
the chapter with the environment in binder/ (pinned as constraints.txt), Colab opens its plain
notebook in notebooks/ (written by `derive`), which fetches the repository when it runs alone;
without a repository no button shows; and no page loads anything from either before a click."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project
from edition.catalogue import read_catalogue
from edition.launch import BINDER_REQUIREMENTS, binder_requirements, colab_notebooks

NOTEBOOKS = [page.removeprefix("book/") for page in read_catalogue(ROOT).data_chapters]


# --- the environments -------------------------------------------------------------------------

def test_binder_requirements_are_current_and_pinned_as_constraints():
    """`python -m edition binder` writes it from the installed packages' requirements."""
    from edition.sphinx_ext.notebook_bundle import pins  # nbformat: imported by the worker that runs this
    text = (ROOT / BINDER_REQUIREMENTS).read_text(encoding="utf-8")
    assert text == binder_requirements(ROOT), "stale: run `python -m edition binder`"
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    known = pins(ROOT)
    from packaging.utils import canonicalize_name
    assert all(known[canonicalize_name(line.split("==")[0])] == line for line in lines)
    names = {canonicalize_name(line.split("==")[0]) for line in lines}
    assert {"pandas", "matplotlib", "ipykernel", "jupyterlab", "jupytext", "jupyterlab-myst"} <= names
    assert (ROOT / "binder" / "runtime.txt").read_text().strip() == f"python-{sys.version_info[0]}.{sys.version_info[1]}"


def test_binders_post_build_gives_jupyterlab_the_settings_of_make_lab(tmp_path):
    result = subprocess.run(["bash", str(ROOT / "binder" / "postBuild")], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "NB_PYTHON_PREFIX": str(tmp_path)}, timeout=60)
    assert result.returncode == 0, result.stderr
    copied = tmp_path / "share" / "jupyter" / "lab" / "settings" / "overrides.json5"
    assert copied.read_bytes() == (ROOT / "lab" / "overrides.json5").read_bytes()
    assert '"markdown": "Jupytext Notebook"' in copied.read_text()


def test_the_colab_notebooks_are_what_derive_writes():
    import nbformat  # here: a worker that runs no test of this file does not import it

    written = colab_notebooks(ROOT)
    assert sorted(written) == sorted(f"notebooks/{name}.ipynb" for name in NOTEBOOKS)
    for path, text in written.items():
        assert (ROOT / path).read_text(encoding="utf-8") == text, f"{path} is stale: run `python -m edition derive`"
        notebook = nbformat.reads(text, as_version=4)
        nbformat.validate(notebook)
        markdown = "".join(c.source for c in notebook.cells if c.cell_type == "markdown")
        assert "{glue" not in markdown and "{ref}" not in markdown and "{numref}" not in markdown
