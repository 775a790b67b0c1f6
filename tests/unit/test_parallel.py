"""Sphinx's `-j`: with the edition's extension and Jupyter Book 1's, reading and writing in
parallel are allowed (Sphinx allows them only when every extension declares itself safe)."""

from __future__ import annotations

import pytest

from conftest import ROOT



@pytest.fixture()
def app(tmp_path):
    """A Sphinx application (nothing built) with the extensions Jupyter Book loads for the book."""
    from jupyter_book.config import get_final_config
    from sphinx.application import Sphinx
    config, _ = get_final_config(user_yaml=ROOT / "_config.yml", cli_config={"latex_individualpages": False},
                                 sourcedir=ROOT)
    (tmp_path / "conf.py").write_text(f"extensions = {config['extensions']!r}\nexternal_toc_path = '_toc.yml'\n")
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: index\n")
    (tmp_path / "index.md").write_text("# Test\n")
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return Sphinx(str(tmp_path), str(tmp_path), str(tmp_path / "_out"), str(tmp_path / "_doctrees"), "html",
                  status=None, warning=None, freshenv=True, parallel=2)


def test_every_extension_of_the_book_may_read_and_write_in_parallel(app):
    assert app.is_parallel_allowed("read")
    assert app.is_parallel_allowed("write")
    assert {"edition.sphinx_ext", "myst_nb", "sphinx_multitoc_numbering", "sphinx_jupyterbook_latex"} <= set(app.extensions)
