"""The notebook chapters: they run as a student runs them, their figures are in the built pages
with caption, label, alt text, source line and links to the passages, an edited CSV re-runs
its notebook, each page offers its .ipynb, and JupyterLab opens the chapters as notebooks."""

from __future__ import annotations

import pytest

from edition.catalogue import read_catalogue

from conftest import FIGURES, ROOT

# The data chapters, from the catalogue (_toc.yml): the pages that are notebooks.
NOTEBOOKS = [page.removeprefix("book/") for page in read_catalogue(ROOT).data_chapters]


def test_every_data_chapter_has_its_figures_listed():
    assert NOTEBOOKS and sorted(NOTEBOOKS) == sorted(FIGURES)


def test_a_text_chapter_is_not_a_notebook():
    from edition.chapter.notebooks import declared_reads
    assert declared_reads((ROOT / "book" / "zubok-1980s.md").read_text()) is None


@pytest.mark.parametrize("source, stamped", [
    ("---\nkernelspec: {}\n---\n\n```{code-cell} ipython3\nx = 1\n```\n\n```{code-cell} ipython3\ny\n```\n",
     "---\nkernelspec: {}\n---\n\n```{code-cell} ipython3\nx = 1\n# data read: data/t.csv sha256:ab\n```\n\n"
     "```{code-cell} ipython3\ny\n```\n"),
    ("Text.\n\n````{code-cell} ipython3\n:tags: [remove-output]\n\n```\n````\n",
     "Text.\n\n````{code-cell} ipython3\n:tags: [remove-output]\n\n```\n# data read: data/t.csv sha256:ab\n````\n"),
    ("No code here.\n", "No code here.\n"),
])
def test_the_data_stamp_goes_at_the_end_of_the_first_code_cell(source, stamped):
    from edition.sphinx_ext.data_freshness import stamp
    assert stamp(source, {"data/t.csv": "ab"}) == stamped
