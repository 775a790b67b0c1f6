"""The downloads of the data chapters, checked as a student and a data user would use them:
each chapter's bundle unzipped in an empty folder runs in a fresh virtual environment that
holds only its requirements.txt, and draws the book's figures; its notebook is plain Jupyter
(no MyST left in its Markdown); the tables alone are a valid Frictionless data package."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from conftest import ROOT, load_yaml
from edition.catalogue import read_catalogue
from edition.chapter.parse import markdown_parser

NOTEBOOKS = [page.removeprefix("book/") for page in read_catalogue(ROOT).data_chapters]


def bundle(built_html: Path, name: str) -> Path:
    path = built_html / "downloads" / f"{name}.zip"
    assert path.is_file(), f"{path} is missing"
    return path


def unzip(path: Path, folder: Path) -> Path:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    (top,) = folder.iterdir()  # one folder, named for the chapter
    return top


def page_figures(built_html: Path, name: str) -> list[str]:
    """The SVG of each figure of the built page, in order."""
    page = (built_html / "book" / f"{name}.html").read_text(encoding="utf-8")
    return [page[start:page.index("</figure>", start)]
            for start in (m.start() for m in re.finditer(r'<figure class="align-default" id="fig-', page))]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_each_data_page_links_its_bundle_and_the_data_package(built_html, name):
    page = (built_html / "book" / f"{name}.html").read_text(encoding="utf-8")
    assert f'href="../downloads/{name}.zip"' in page
    assert 'href="../downloads/data-package.zip"' in page
    assert (built_html / "downloads" / "data-package.zip").is_file()


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_bundle_holds_the_notebook_its_tables_pinned_requirements_and_a_readme(built_html, name, tmp_path):
    folder = unzip(bundle(built_html, name), tmp_path)
    assert folder.name == name
    notebook = nbformat.read(folder / "book" / f"{name}.ipynb", as_version=4)
    nbformat.validate(notebook)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
    # every table the code reads is there, with its schema
    code = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    read = re.findall(r'pd\.read_csv\("\.\./data/([^"]+)"\)', code)
    assert read
    for table in read:
        assert (folder / "data" / table).read_bytes() == (ROOT / "data" / table).read_bytes()
        assert (folder / "data" / "schemas" / table.replace(".csv", ".schema.yaml")).is_file()
    # exact versions, each the project's own pin
    pins = {line.split("==")[0].lower(): line for line in (ROOT / "constraints.txt").read_text().split()
            if "==" in line}
    lines = (folder / "requirements.txt").read_text().split()
    assert {"pandas", "matplotlib", "ipykernel"} <= {line.split("==")[0].lower() for line in lines}
    assert all(pins[line.split("==")[0].lower()] == line for line in lines)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "## Cite" in readme and "## Licence" in readme and "CC BY 4.0" in readme
    assert f"book/{name}.ipynb" in readme


MYST_TOKENS = {"myst_role", "myst_target", "myst_line_comment", "myst_block_break", "colon_fence"}


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_downloaded_notebook_has_no_myst_in_its_markdown(built_html, name, tmp_path):
    """Parsed with myst-parser's own parser: a role, a (label)= target, a directive (a fence
    whose info is `{name}`) would each be a token of their own."""
    folder = unzip(bundle(built_html, name), tmp_path)
    bundled = nbformat.read(folder / "book" / f"{name}.ipynb", as_version=4)
    offered = nbformat.read(built_html / "_sources" / "book" / f"{name}.ipynb", as_version=4)  # the page's .ipynb
    markdown = [cell.source for notebook in (bundled, offered) for cell in notebook.cells
                if cell.cell_type == "markdown"]
    assert markdown
    found = []
    for source in markdown:
        for token in markdown_parser().parse(source):
            for each in [token, *(token.children or [])]:
                if each.type in MYST_TOKENS or (each.type == "fence" and each.info.strip().startswith("{")):
                    found.append((each.type, each.content[:60]))
    assert found == []
    assert "{glue" not in "".join(markdown) and "{ref}" not in "".join(markdown)
    # the captions come with it, numbered as in the book
    captions = [s for s in markdown if s.startswith("**Fig. ")]
    assert len(captions) == 2 * len(page_figures(built_html, name))


# --- a fresh environment ------------------------------------------------------------------------


ENVIRONMENTS: dict[str, Path] = {}

INSPECT = """import json
import matplotlib.pyplot as plt
print(json.dumps([[[a.get_xlabel(), a.get_ylabel()] for a in plt.figure(n).axes] for n in plt.get_fignums()]))"""


def fresh_environment(requirements: Path, tmp_path_factory) -> Path:
    """A new virtual environment (python -m venv) with only `requirements` installed by pip
    (its index and find-links are the machine's pip configuration, as for `make`). Bundles
    with the same requirements share one (the file's content is the key), to spare the machine."""
    key = hashlib.sha256(requirements.read_bytes()).hexdigest()
    if key not in ENVIRONMENTS:
        venv = tmp_path_factory.mktemp("bundle-venv")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
        result = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                                 "-r", str(requirements)], capture_output=True, text=True, timeout=1200)
        assert result.returncode == 0, result.stderr[-3000:]
        ENVIRONMENTS[key] = venv
    return ENVIRONMENTS[key]


def kernel_in(venv: Path, folder: Path) -> KernelManager:
    spec = folder / "kernels" / "bundle"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [str(venv / "bin" / "python"), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "bundle", "language": "python"}))
    return KernelManager(kernel_name="bundle", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(folder / "kernels")]))


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_bundle_runs_in_a_fresh_environment_and_draws_the_books_figures(built_html, name, tmp_path,
                                                                          tmp_path_factory):
    folder = unzip(bundle(built_html, name), tmp_path / "unzipped")
    venv = fresh_environment(folder / "requirements.txt", tmp_path_factory)
    check = subprocess.run([str(venv / "bin" / "python"), "-c", "import edition"], capture_output=True, cwd=folder)
    assert check.returncode != 0  # the edition's package is not there: the notebook runs without it
    notebook = nbformat.read(folder / "book" / f"{name}.ipynb", as_version=4)
    # The test keeps the figures open (the inline backend closes them after each cell) and
    # asks for their axes' labels at the end; the notebook's own cells run unchanged.
    notebook.cells.insert(0, nbformat.v4.new_code_cell("%config InlineBackend.close_figures = False"))
    notebook.cells.append(nbformat.v4.new_code_cell(INSPECT))
    NotebookClient(notebook, timeout=600, km=kernel_in(venv, tmp_path),
                   resources={"metadata": {"path": str(folder / "book")}}).execute()
    outputs = [output for cell in notebook.cells[1:-1] for output in cell.get("outputs", [])]
    assert [o for o in outputs if o.output_type == "error"] == []
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    figures = page_figures(built_html, name)
    assert len(images) == len(figures)  # the same figures as the book
    labels = json.loads(notebook.cells[-1].outputs[0].text)
    assert len(labels) == len(figures)
    for axes, svg in zip(labels, figures):  # each with the axis labels of the book's figure
        for xlabel, ylabel in axes:
            for label in filter(None, (xlabel, ylabel)):
                assert f">{label}</text>" in svg, (label, name)


def test_the_data_package_is_valid_and_complete(built_html, tmp_path):
    from frictionless import Package
    import yaml

    folder = unzip(built_html / "downloads" / "data-package.zip", tmp_path)
    descriptor = load_yaml((ROOT / "data" / "datapackage.yaml").read_text(encoding="utf-8"))
    there = [r["name"] for r in descriptor["resources"] if (ROOT / "data" / r["path"]).is_file()]
    shipped = load_yaml((folder / "data" / "datapackage.yaml").read_text(encoding="utf-8"))
    assert [r["name"] for r in shipped["resources"]] == there
    report = Package(str(folder / "data" / "datapackage.yaml")).validate()
    assert report.valid, report.flatten(["type", "note"])[:10]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "## Cite this dataset" in readme
