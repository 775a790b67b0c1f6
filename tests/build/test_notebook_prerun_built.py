"""A clean build runs the notebooks the execution cache lacks side by side, before Sphinx reads
them, and MyST-NB then finds each in the cache; a notebook that fails is left to MyST-NB,
which runs it and reports it as it always does."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HEADER = """---
jupytext:
  text_representation: {extension: .md, format_name: myst}
kernelspec: {display_name: Python 3, language: python, name: python3}
---

# Notebook %s

```{code-cell} ipython3
%s
```
"""


def small_book(folder: Path, cells: dict[str, str]) -> Path:
    folder.mkdir()
    (folder / "_config.yml").write_text(
        "title: Notebooks\nexecute:\n  execute_notebooks: cache\n  cache: .cache/jupyter\n"
        "sphinx:\n  extra_extensions: [edition.sphinx_ext.notebook_prerun]\n", encoding="utf-8")
    (folder / "_toc.yml").write_text("format: jb-book\nroot: index\nchapters:\n"
                                     + "".join(f"  - file: {name}\n" for name in cells), encoding="utf-8")
    (folder / "index.md").write_text("# Notebooks\n", encoding="utf-8")
    for name, code in cells.items():
        (folder / f"{name}.md").write_text(HEADER % (name, code), encoding="utf-8")
    return folder


def build(book: Path) -> str:
    done = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", str(book), "-v"],
                          capture_output=True, text=True, timeout=600, cwd=book)
    assert (book / "_build" / "html" / "index.html").exists(), done.stdout[-3000:] + done.stderr[-3000:]
    return re.sub(r"\x1b\[[0-9;]*m", "", done.stdout + done.stderr)


def test_notebooks_missing_from_the_cache_run_side_by_side_and_are_read_from_it(tmp_path):
    book = small_book(tmp_path / "book", {"first": "print(6 * 7)", "second": "print('forty' + '-two')"})
    log = build(book)
    assert "running 2 notebooks side by side" in log
    assert len(re.findall(r"Using cached notebook", log)) == 2 and "Executing notebook" not in log
    assert "42" in (book / "_build" / "html" / "first.html").read_text(encoding="utf-8")
    assert "forty-two" in (book / "_build" / "html" / "second.html").read_text(encoding="utf-8")

    (book / "second.md").write_text(HEADER % ("second", "print('changed')"), encoding="utf-8")
    log = build(book)  # one notebook to run: MyST-NB runs it as it reads it
    assert "side by side" not in log and "Executing notebook" in log
    assert "changed" in (book / "_build" / "html" / "second.html").read_text(encoding="utf-8")


def test_a_failing_notebook_is_left_to_myst_nb(tmp_path):
    book = small_book(tmp_path / "book", {"good": "print(6 * 7)", "bad": "raise ValueError('a broken cell')"})
    log = build(book)
    assert "running 2 notebooks side by side" in log
    assert "Executing notebook failed" in log  # MyST-NB's own report of the failure
    assert "42" in (book / "_build" / "html" / "good.html").read_text(encoding="utf-8")
