"""Where a reader runs the data chapters online, once the edition has a public repository
(`repository: url:` in _config.yml): Binder and Colab, reached from the chapters' launch buttons
(edition/sphinx_ext/launch_buttons.py).

Binder builds the repository with `binder/`: `requirements.txt` (the notebooks' packages and
JupyterLab with jupytext and jupyterlab-myst, so that the chapters, MyST text notebooks, open as
notebooks with their MyST rendered; every package at its constraints.txt pin), `runtime.txt`
(Python 3.11, as here) and `postBuild` (the lab settings of `make lab`). `python -m edition
binder` writes `requirements.txt` from the installed packages' own requirements; it needs the
`lab` extra installed, so it is not part of `derive` (a test keeps the file current).
"""

from __future__ import annotations

from pathlib import Path

BINDER_RUNS_WITH = ["pandas", "matplotlib", "ipykernel", "jupyterlab", "jupytext", "jupyterlab-myst"]
BINDER_REQUIREMENTS = "binder/requirements.txt"


def binder_requirements(root: Path) -> str:
    from .sphinx_ext.notebook_bundle import requirements
    lines = requirements(root, BINDER_RUNS_WITH)
    return ("# Binder's environment (mybinder.org builds the repository with it): the data chapters'\n"
            "# packages and JupyterLab with jupytext and jupyterlab-myst, each at its constraints.txt pin.\n"
            "# Written by `python -m edition binder`; do not edit.\n" + "\n".join(lines) + "\n")


# --- Colab: the data chapters as plain notebooks in the repository --------------------------

COLAB_FOLDER = "notebooks"
ABOVE = "*[computed above]*"  # a value the book glues into its prose; here the cell above shows it


def repository(root: Path) -> tuple[str, str]:
    """The book's public repository and branch (`repository:` of _config.yml); "" while it has none."""
    import yaml
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8")) or {}
    found = config.get("repository") or {}
    return str(found.get("url") or "").rstrip("/"), str(found.get("branch") or "main")


def _headings(root: Path) -> dict[str, str]:
    """Every `(label)=` of the book's pages -> the title of the heading under it."""
    from .chapter.notebooks import labelled_headings
    found: dict[str, str] = {}
    for path in sorted((root / "book").glob("*.md")):
        for label, title in labelled_headings(path.read_text(encoding="utf-8")).items():
            found.setdefault(label, title)
    return found


def _resolver(root: Path, text: str):
    """What a role stands for, without the build: a text's title, a section's title, a figure's
    number on this page, and for a glued value a pointer to the cell that computes it."""
    from .catalogue import read_catalogue
    from .chapter.notebooks import glued_figures
    titles = {t.slug: f'"{t.title}"' for t in read_catalogue(root).texts}
    headings = _headings(root)
    figures = glued_figures(text)

    def resolve(role: str, target: str) -> str:
        if role == "ref":
            return titles.get(target) or headings.get(target, target)
        if role == "numref":
            return f"Figure {figures.index(target) + 1}" if target in figures else "Figure"
        if role == "glue:text":
            return ABOVE
        return target
    return resolve


def colab_notebook(root: Path, page: str) -> str:
    """`book/<name>.md` as the plain notebook Colab opens from the repository; with a repository
    set, its first code cell fetches it when the notebook runs alone (Colab)."""
    import nbformat

    from .chapter.notebooks import declared_reads, plain_notebook
    text = (root / f"{page}.md").read_text(encoding="utf-8")
    notebook = plain_notebook(text, _resolver(root, text))
    url, branch = repository(root)
    tables = [name for name in declared_reads(text) or [] if name.endswith(".csv")]
    if url and tables:
        notebook.cells.insert(0, nbformat.v4.new_code_cell(
            "# Run alone (in Colab, or after downloading only this notebook), the notebook fetches the\n"
            "# edition's repository for its tables, and runs in its book/ folder as the chapter does.\n"
            "import os\nimport subprocess\n\n"
            f'if not os.path.exists("../{tables[0]}"):\n'
            f'    subprocess.run(["git", "clone", "--depth", "1", "--branch", "{branch}", "{url}", "edition"], check=True)\n'
            '    os.chdir("edition/book")'))
    notebook.cells.insert(0, nbformat.v4.new_markdown_cell(
        f"*A data chapter of the edition, as a plain notebook: written from `{page}.md` by "
        "`python -m edition derive`; change the cells and run them.*"))
    for number, cell in enumerate(notebook.cells, start=1):  # the same chapter gives the same file
        cell["id"] = f"cell-{number}"
    return nbformat.writes(notebook) + "\n"


def colab_notebooks(root: Path) -> dict[str, str]:
    """notebooks/<name>.ipynb -> its text, for every data chapter of the catalogue; computed
    once per content of the book's pages, the texts' metadata and the configuration."""
    from .cache import remembered
    from .catalogue import read_catalogue
    import json
    catalogue = read_catalogue(root)
    # A data chapter's notebook reads its own page, and of the others only their labelled
    # headings and the texts' titles (what its references show).
    inputs = [*(root / f"{page}.md" for page in catalogue.data_chapters), *(t.meta_path for t in catalogue.texts),
              root / "_config.yml", root / "_toc.yml"]
    return remembered(root, "colab-notebooks", inputs, lambda: {
        f"{COLAB_FOLDER}/{page.removeprefix('book/')}.ipynb": colab_notebook(root, page)
        for page in catalogue.data_chapters}, salt=json.dumps(_headings(root), sort_keys=True))
