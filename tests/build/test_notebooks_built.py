"""The notebook chapters: they run as a student runs them, their figures are in the built pages
with caption, label, alt text, source line and links to the passages, an edited CSV re-runs
its notebook, each page offers its .ipynb, and JupyterLab opens the chapters as notebooks."""

from __future__ import annotations

import html
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import jupytext
import nbformat
import pytest

from edition.catalogue import read_catalogue
import yaml
from nbclient import NotebookClient

from conftest import FIGURES, ROOT, load_yaml

# The data chapters, from the catalogue (_toc.yml): the pages that are notebooks.
NOTEBOOKS = [page.removeprefix("book/") for page in read_catalogue(ROOT).data_chapters]
SAMPLE_CITATIONS = ROOT / "tests" / "data" / "footnote_citations_sample.csv"


def run_notebook(name: str, folder: Path | None = None) -> nbformat.NotebookNode:
    """Execute a chapter as a student would: jupytext reads the .md, a fresh kernel runs it in
    book/ (of the project, or of `folder`, laid out like it: `book/`, `data/`)."""
    notebook = jupytext.read(ROOT / "book" / f"{name}.md")
    where = (folder or ROOT) / "book"
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(where)}}).execute()
    return notebook


def with_table(tmp_path: Path, name: str, csv: Path | None) -> Path:
    """A folder laid out like the project, whose data/ holds `csv` as `name` (or nothing)."""
    (tmp_path / "book").mkdir()
    (tmp_path / "data").mkdir()
    if csv is not None:
        shutil.copy(csv, tmp_path / "data" / name)
    return tmp_path


def html_outputs(notebook) -> str:
    return "".join(output.get("data", {}).get("text/html", "") for cell in notebook.cells
                   for output in cell.get("outputs", []))


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_each_notebook_runs_headless_from_a_fresh_kernel(name):
    notebook = run_notebook(name)
    errors = [output for cell in notebook.cells for output in cell.get("outputs", [])
              if output.output_type == "error"]
    assert errors == []
    glued = [output for cell in notebook.cells for output in cell.get("outputs", [])
             if output.get("metadata", {}).get("scrapbook", {}).get("name") in FIGURES[name]]
    assert [o.metadata.scrapbook.name for o in glued] == list(FIGURES[name])  # every figure, in order
    svgs = "".join(o.data["application/papermill.record/text/html"] for o in glued)
    assert svgs.count("<svg") == len(FIGURES[name])
    assert 'aria-labelledby="fig-' in svgs


def test_the_footnotes_notebook_runs_on_the_real_table():
    outputs = glued_html(run_notebook("footnotes-as-data"))
    assert outputs.count("<svg") == 2
    assert "Bar chart of the citations in Zubok's footnotes, by kind of evidence: scholarship and memoirs" in outputs


def glued_html(notebook) -> str:
    return "".join(output.get("data", {}).get("application/papermill.record/text/html", "")
                   for cell in notebook.cells for output in cell.get("outputs", []))


def test_the_footnotes_notebook_counts_the_sample_right(tmp_path):
    folder = with_table(tmp_path, "footnote_citations.csv", SAMPLE_CITATIONS)
    outputs = glued_html(run_notebook("footnotes-as-data", folder))
    # the sample: 10 citations, 5 of books and 1 of an article, 3 of archives, 1 interview
    assert ("Bar chart of the citations in Zubok's footnotes, by kind of evidence: scholarship and memoirs 6; "
            "archives 3; interviews 1.") in outputs
    assert 'xlink:href="zubok-1980s.html#fn-5"' in outputs  # Radchenko2014Unwanted, first cited in note 5
    assert "Radchenko, Unwanted Visionaries: cited 3 times; first in note 5" in outputs  # by its label, not its key


def test_the_footnotes_notebook_stops_when_its_table_is_missing(tmp_path):
    """No silent empty chart: without data/footnote_citations.csv the first cell fails."""
    folder = with_table(tmp_path, "footnote_citations.csv", None)
    with pytest.raises(Exception, match=r"No such file or directory: '\.\./data/footnote_citations\.csv'"):
        run_notebook("footnotes-as-data", folder)


# --- the built pages -------------------------------------------------------------------------


def built_page(built_html: Path, name: str) -> str:
    path = built_html / "book" / f"{name}.html"
    assert path.exists(), f"{path} is missing: build the book (make book)"
    return path.read_text(encoding="utf-8")


def figure(page: str, name: str) -> str:
    start = page.index(f'<figure class="align-default" id="{name}"')
    return page[start:page.index("</figure>", start)]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_figure_has_caption_label_alt_text_and_source_line(built_html, name):
    page = built_page(built_html, name)
    for label, source in FIGURES[name].items():
        block = figure(page, label)
        assert re.search(rf'<svg [^>]*aria-labelledby="{label}-title"', block)
        alt = re.search(rf'<title id="{label}-title"[^>]*>([^<]+)</title>', block).group(1)
        assert len(alt) > 60
        caption = block[block.index("<figcaption"):]
        assert re.search(r'<span class="caption-number">Fig\. \d+ </span>', caption)
        assert re.search(rf'Sources?: <code class="docutils literal notranslate"><span class="pre">{source}</span>',
                         re.sub(r"\s+", " ", caption))


def test_a_figure_can_be_referenced_by_its_label(built_html):
    page = built_page(built_html, "chronology")
    assert re.search(r'<a class="reference internal" href="#fig-chronology-timeline"><span class="std std-numref">'
                     r"Fig\. \d+</span></a>", page)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_point_links_to_a_passage_that_exists(built_html, name):
    page = built_page(built_html, name)
    links = re.findall(r'<a xlink:href="([^"]+)"', page)
    assert links
    for link in set(links):
        target, _, anchor = link.partition("#")
        assert f'id="{anchor}"' in built_page(built_html, target.removesuffix(".html")), link


def test_the_timeline_links_every_event_and_the_trade_chart_every_figure(built_html):
    import csv
    with open(ROOT / "data" / "chronology.csv", newline="", encoding="utf-8") as handle:
        events = list(csv.DictReader(handle))
    timeline = figure(built_page(built_html, "chronology"), "fig-chronology-timeline")
    assert len(re.findall(r'<a xlink:href="', timeline)) == len(events)
    volume = figure(built_page(built_html, "trade-1980s"), "fig-trade-volume")
    assert re.findall(r'<a xlink:href="([^"]+)"', volume) == ["zubok-1980s.html#p-40"] * 3
    titles = [html.unescape(t) for t in re.findall(r'<title class="nohighlight">([^<]+)</title>', volume)]
    assert titles == ["1981: 176.8 million rubles as printed (zubok-1980s, paragraph 40)",
                      "1986: 1.8 billion rubles as printed (zubok-1980s, paragraph 40)",
                      "1989: 2.4 rubles as printed, read as 2.4 billion rubles (editor) (zubok-1980s, paragraph 40)"]


def student_figures(name: str) -> list:
    """The figures a chapter's code cells draw without the edition's package (as in a download):
    its cells run in book/, with `from edition.data import book` failing."""
    import matplotlib
    import matplotlib.pyplot as plt
    matplotlib.use("Agg")
    cells = [c.source for c in jupytext.read(ROOT / "book" / f"{name}.md").cells if c.cell_type == "code"]
    saved, cwd = sys.modules.get("edition.data.book"), os.getcwd()
    sys.modules["edition.data.book"] = None  # the import raises ImportError, as without the package
    plt.close("all")
    try:
        os.chdir(ROOT / "book")
        namespace = {}
        for source in cells:
            exec(source, namespace)
        assert namespace["book"] is None
        return [plt.figure(number) for number in plt.get_fignums()]
    finally:
        os.chdir(cwd)
        if saved is None:
            del sys.modules["edition.data.book"]
        else:
            sys.modules["edition.data.book"] = saved


def test_the_trade_chart_draws_points_only_and_marks_the_editors_reading(built_html):
    volume = student_figures("trade-1980s")[0]
    axes = volume.axes[0]
    assert axes.get_lines() == []  # no line joins the known years: nothing is interpolated
    stated, editorial = axes.collections
    assert [list(p) for p in stated.get_offsets()] == [[1981, 0.1768], [1986, 1.8]]
    assert [list(p) for p in editorial.get_offsets()] == [[1989, 2.4]]
    assert stated.get_paths()[0] != editorial.get_paths()[0]  # a marker of its own
    assert (axes.get_xlabel(), axes.get_ylabel()) == ("year", "billion rubles")
    volume = html.unescape(figure(built_page(built_html, "trade-1980s"), "fig-trade-volume"))
    assert "editor's reading of a garbled figure" in volume
    assert 'printed "2.4 rubles";' in volume
    assert "No figure is given for 1980, 1982, 1983, 1984, 1985, 1987, 1988, 1990." in volume


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_pages_load_nothing_from_elsewhere(built_html, name):
    page = built_page(built_html, name)
    assert re.findall(r'<(?:script|link|img|iframe)[^>]*(?:src|href)="(?:https?:)?//[^"]*"', page) == []
    assert "mathjax" not in page.lower()
    assert "thebe-launch-button" not in page


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_each_notebook_page_offers_its_ipynb(built_html, name):
    page = built_page(built_html, name)
    assert f'href="../_sources/book/{name}.ipynb"' in page
    assert "download-notebook-button" in page
    notebook = nbformat.read(built_html / "_sources" / "book" / f"{name}.ipynb", as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "python3"
    assert "<svg" in html_outputs(notebook)  # executed: the outputs come with it


def test_a_text_chapter_offers_no_ipynb(built_html):
    assert ".ipynb" not in built_page(built_html, "zubok-1980s")


# --- fresh output ----------------------------------------------------------------------------


def build(project: Path) -> subprocess.CompletedProcess:
    result = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", str(project), "-n"],
                            capture_output=True, text=True, timeout=900, cwd=project)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def test_an_edited_csv_reruns_its_notebook_and_changes_the_page(tmp_path):
    """The execution cache keys on code cells; edition/sphinx_ext/data_freshness.py makes an edited
    CSV re-run the notebook that reads it. The copy builds the trade chapter alone, with the data
    hooks of the extension only (the full extension also rebuilds the bibliography, unrelated)."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "book", project / "book", ignore=shutil.ignore_patterns("*.ipynb"))
    shutil.copytree(ROOT / "data", project / "data", ignore=shutil.ignore_patterns("footnote_citations.csv"))
    shutil.copytree(ROOT / "edition" / "sphinx_ext" / "static", project / "edition" / "sphinx_ext" / "static")
    shutil.copy(ROOT / "_toc.yml", project / "_toc.yml")
    config = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["execute"]["execute_notebooks"] == "cache"
    config["sphinx"]["extra_extensions"] = ["edition.sphinx_ext.data_check", "edition.sphinx_ext.data_freshness",
                                            "edition.sphinx_ext.notebook_download", "edition.sphinx_ext.launch_buttons"]
    (project / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (project / "_toc.yml").write_text("format: jb-article\nroot: book/trade-1980s\n", encoding="utf-8")
    page = project / "_build" / "html" / "book" / "trade-1980s.html"

    first = build(project)
    assert "trade-1980s.md: Executing notebook" in first.stdout
    before = page.read_text(encoding="utf-8")
    assert ">1.8 billion rubles</text>" in before and "1986: 1.8 billion rubles as printed" in before

    # The editor's reading of the garbled 1989 figure may change (a printed figure may not:
    # it must stand in its quote); the chart and the table must follow.
    trade = project / "data" / "trade.csv"
    trade.write_text(trade.read_text(encoding="utf-8").replace("tr-003,1989,2.4,rubles,2.4,billion rubles,true",
                                                               "tr-003,1989,2.4,rubles,2.6,billion rubles,true"))
    second = build(project)
    assert "trade-1980s.md: Executing notebook" in second.stdout  # not "Using cached notebook"
    after = page.read_text(encoding="utf-8")
    assert "read as 2.4 billion rubles (editor)" in before
    assert "read as 2.6 billion rubles (editor)" in after and "read as 2.4 billion rubles (editor)" not in after
    assert "<td>2.6</td>" in after and "<td>2.6</td>" not in before  # the table too
    stamps = [re.findall(r"# data read: data/trade.csv sha256:([0-9a-f]{64})", text) for text in (before, after)]
    assert stamps[0] and stamps[1] and stamps[0] != stamps[1]

    third = build(project)  # nothing changed: nothing re-runs
    assert "Executing notebook" not in third.stdout

    (project / "book" / "trade-1980s.md").touch()  # re-read, outputs from the cache
    fourth = build(project)
    assert "trade-1980s.md: Using cached notebook" in fourth.stdout
    assert "Executing notebook" not in fourth.stdout
    assert page.read_text(encoding="utf-8").count("<svg") == 2
    offered = nbformat.read(project / "_build" / "html" / "_sources" / "book" / "trade-1980s.ipynb", as_version=4)
    assert html_outputs(offered).count("<svg") == 2  # the download keeps its outputs (MyST-NB drops them)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def lab_flags() -> list[str]:
    """The JupyterLab options `make lab` passes (read from the Makefile, so the test follows it)."""
    recipe = re.search(r"^lab:.*?\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.M).group(1)
    command = recipe.replace("\\\n", " ").split("jupyter lab", 1)[1].split("\n", 1)[0]
    return [flag.replace("$(CURDIR)", str(ROOT)) for flag in command.split()]


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory):
    """JupyterLab as `make lab` starts it (its flags read from the Makefile), headless, on a free
    port with a token, with its own settings, workspace and runtime folders."""
    pytest.importorskip("jupyterlab", reason="`make lab` installs JupyterLab (pip install -e '.[lab]')")
    tmp_path = tmp_path_factory.mktemp("lab")
    port, token = free_port(), "edition-test"
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyter-lab"), *lab_flags(), "--no-browser", f"--ServerApp.port={port}",
         f"--IdentityProvider.token={token}", f"--LabApp.workspaces_dir={tmp_path}",
         f"--LabApp.user_settings_dir={tmp_path / 'settings'}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
             "JUPYTER_DATA_DIR": str(tmp_path / "data"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        yield base, token
    finally:
        try:  # the server's own shutdown (it does not stop promptly on SIGTERM)
            urllib.request.urlopen(urllib.request.Request(f"{base}/api/shutdown", method="POST",
                                                          headers={"Authorization": f"token {token}"}), timeout=10)
        except OSError:
            server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=20)


def lab_get(lab_server, path: str):
    """(status, JSON) of a GET to the Jupyter server's REST API."""
    import json
    import urllib.error
    base, token = lab_server
    request = urllib.request.Request(base + path, headers={"Authorization": f"token {token}"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None


def test_make_lab_opens_the_chapters_as_notebooks_and_not_the_readme(lab_server):
    status, listing = lab_get(lab_server, "/api/contents/?content=1")
    assert status == 200
    names = {item["name"]: item["type"] for item in listing["content"]}
    catalogue = read_catalogue(ROOT)
    assert catalogue.data_chapters and catalogue.texts
    for page in catalogue.pages:  # every chapter: the texts (no jupytext header), the data, the apparatus
        name = page.removeprefix("book/") + ".md"
        assert names.get(name) == "notebook", name  # listed as a notebook
        status, model = lab_get(lab_server, f"/api/contents/{name}")
        assert status == 200 and model["type"] == "notebook", name
        cells = model["content"]["cells"]
        code = [cell["source"] for cell in cells if cell["cell_type"] == "code"]
        if page in catalogue.data_chapters:
            assert code and "import pandas as pd" in code[0]
            assert model["content"]["metadata"]["edition"]["reads"]  # the edition's front matter comes with it
        else:  # Markdown only: every word of the chapter, in order
            assert code == [], name
            words = " ".join(cell["source"] for cell in cells).split()
            assert words == (ROOT / f"{page}.md").read_text(encoding="utf-8").split(), name
    assert "README.md" not in names  # the lab serves the chapters, not the project's files
    for path in ("README.md", "..%2FREADME.md"):
        status, model = lab_get(lab_server, f"/api/contents/{path}")
        assert status in (403, 404), (path, status)


def test_make_lab_has_jupyterlab_myst_installed_and_enabled(lab_server):
    status, extensions = lab_get(lab_server, "/lab/api/extensions")
    assert status == 200
    found = {item["name"]: item for item in (extensions if isinstance(extensions, list) else extensions["data"])}
    assert "jupyterlab-myst" in found, sorted(found)
    assert found["jupyterlab-myst"]["installed"] and found["jupyterlab-myst"]["enabled"]
    assert found["jupyterlab-jupytext"]["enabled"]  # the chapters open as notebooks with jupytext's viewer
    # Built for the JupyterLab that runs them (`jupyter labextension list` says "X" otherwise:
    # jupyterlab-myst 2.7 needs JupyterLab 4.5's @jupyter/ydoc 3, constraints.txt)
    listing = subprocess.run([str(Path(sys.executable).parent / "jupyter"), "labextension", "list"],
                             capture_output=True, text=True, timeout=120)
    assert "jupyterlab-myst v" in listing.stdout + listing.stderr
    assert "is not compatible" not in listing.stdout + listing.stderr


def test_a_data_chapter_saved_from_the_lab_keeps_its_front_matter(lab_server, tmp_path):
    """Saved through the server (jupytext writes it back as MyST), a data chapter keeps every
    key of its front matter (book/jupytext.toml) and every cell."""
    import json
    base, token = lab_server
    catalogue = read_catalogue(ROOT)
    name = catalogue.data_chapters[0].removeprefix("book/")
    status, model = lab_get(lab_server, f"/api/contents/{name}.md")
    assert status == 200
    copy = f"{name}-saved-by-test.md"
    request = urllib.request.Request(f"{base}/api/contents/{copy}", method="PUT",
                                     data=json.dumps({"type": "notebook", "format": "json",
                                                      "content": model["content"]}).encode(),
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=60)
        saved = (ROOT / "book" / copy).read_text(encoding="utf-8")
    finally:
        (ROOT / "book" / copy).unlink(missing_ok=True)
    original = (ROOT / "book" / f"{name}.md").read_text(encoding="utf-8")
    header = [load_yaml(text.split("---\n")[1]) for text in (original, saved)]
    for each in header:  # the version of jupytext that wrote it last
        each["jupytext"]["text_representation"].pop("jupytext_version")
    assert header[0]["edition"] and header[1] == header[0]
    assert saved.split("---\n", 2)[2] == original.split("---\n", 2)[2]  # the cells, as they were
