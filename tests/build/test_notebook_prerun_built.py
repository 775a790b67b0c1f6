"""A clean build runs the notebooks the execution cache lacks side by side, ahead of their
pages and beside the build's other work, and MyST-NB then finds each in the cache; a notebook
that fails is left to MyST-NB, which runs it and reports it as it always does; readers that
fork (`-j`) find every run done."""

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


def small_book(folder: Path, cells: dict[str, str], pages: tuple[str, ...] = ()) -> Path:
    folder.mkdir()
    (folder / "_config.yml").write_text(
        "title: Notebooks\nexclude_patterns: [_build, .cache]\nexecute:\n  execute_notebooks: cache\n"
        "  cache: .cache/jupyter\n"
        "sphinx:\n  extra_extensions: [edition.sphinx_ext.notebook_prerun]\n", encoding="utf-8")
    (folder / "_toc.yml").write_text("format: jb-book\nroot: index\nchapters:\n"
                                     + "".join(f"  - file: {name}\n" for name in [*cells, *pages]),
                                     encoding="utf-8")
    for name in pages:
        (folder / f"{name}.md").write_text(f"# A page of text, {name}\n\nNo code here.\n", encoding="utf-8")
    (folder / "index.md").write_text("# Notebooks\n", encoding="utf-8")
    for name, code in cells.items():
        (folder / f"{name}.md").write_text(HEADER % (name, code), encoding="utf-8")
    return folder


def build(book: Path, *command: str) -> str:
    command = command or (str(Path(sys.executable).parent / "jupyter-book"), "build", str(book), "-v")
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=book)
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
    log = build(book)  # one notebook to run and nothing beside it: MyST-NB runs it as it reads it
    assert "side by side" not in log and "ahead" not in log and "Executing notebook" in log
    assert "changed" in (book / "_build" / "html" / "second.html").read_text(encoding="utf-8")


def test_one_notebook_runs_ahead_while_the_pages_of_text_are_read(tmp_path):
    book = small_book(tmp_path / "book", {"only": "print(6 * 7)"}, pages=("text-a", "text-b"))
    log = build(book)
    assert "running 1 notebook ahead of its page" in log
    assert "Using cached notebook" in log and "Executing notebook" not in log
    assert "42" in (book / "_build" / "html" / "only.html").read_text(encoding="utf-8")


def test_readers_that_fork_find_every_run_done(tmp_path):
    """Sphinx's -j forks readers: the runs' threads are not in them, so every run is waited for
    before they start (else a reader would wait for ever)."""
    notebooks = {f"n{i}": f"print({i} * 1001)" for i in range(3)}
    texts = tuple(f"text-{i}" for i in range(4))  # Sphinx forks readers from 6 pages to read
    book = small_book(tmp_path / "book", notebooks, pages=texts)
    (book / "conf.py").write_text(  # plain Sphinx: Jupyter Book's own extensions read serially
        'extensions = ["myst_nb", "edition.sphinx_ext.notebook_prerun"]\nexclude_patterns = ["_build", ".cache"]\n'
        'nb_execution_mode = "cache"\nnb_execution_cache_path = ".cache/jupyter"\n', encoding="utf-8")
    (book / "index.md").write_text("# Notebooks\n\n```{toctree}\n" + "\n".join([*notebooks, *texts]) + "\n```\n",
                                   encoding="utf-8")
    sphinx = str(Path(sys.executable).parent / "sphinx-build")
    log = build(book, sphinx, "-j", "2", "-b", "html", str(book), str(book / "_build" / "html"))
    assert re.search(r"reading sources\.\.\. \[\s*\d+%\] \S+ \.\. \S+", log), "read by forked readers"
    assert "running 3 notebooks side by side" in log and "Executing notebook" not in log
    assert len(re.findall(r"Using cached notebook", log)) == 3
    for i in range(3):
        assert str(i * 1001) in (book / "_build" / "html" / f"n{i}.html").read_text(encoding="utf-8")
