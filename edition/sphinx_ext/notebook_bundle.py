"""Each data chapter as a bundle that runs anywhere: `downloads/<chapter>.zip`, linked from the
page, and the data tables on their own as a Frictionless data package,
`downloads/data-package.zip`.

A bundle holds, under one folder named for the chapter, the repository's layout (so that the
notebook's `pd.read_csv("../data/...")` finds its tables):

- `book/<chapter>.ipynb`: the chapter as a plain notebook (`chapter.notebooks.plain_notebook`):
  no MyST role or directive in its Markdown cells, no outputs; its code cells as the book's;
- `data/<table>.csv` for every table the chapter declares it reads (`edition: reads:`),
  `data/schemas/` their Table Schemas and `data/datapackage.yaml` listing them;
- `requirements.txt`: what the cells import (pandas, matplotlib) and a kernel (ipykernel),
  with everything they need, at the exact versions of the project's `constraints.txt`;
- `README.md`: what it is, how to run it, how to cite it, the licence.
"""

from __future__ import annotations

import io
import re
import zipfile
from importlib.metadata import PackageNotFoundError, requires
from pathlib import Path

import nbformat
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from ..catalogue import read_catalogue
from ..chapter.notebooks import declared_reads, plain_notebook
from .notebook_download import executed_notebook

RUNS_WITH = ["pandas", "matplotlib", "ipykernel"]  # what the cells import, and a Jupyter kernel
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the same inputs give the same bytes
DATA_PACKAGE = "data-package.zip"


def pins(root: Path) -> dict[str, str]:
    """The project's exact versions (constraints.txt), by canonical name."""
    found = {}
    for line in (root / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            found[canonicalize_name(name)] = f"{name.strip()}=={version.strip()}"
    return found


def requirements(root: Path, wanted: list[str] = RUNS_WITH) -> list[str]:
    """`wanted` and every package they need (as installed here; with the extras a requirement
    asks for, as pip installs them: `jsonschema[format-nongpl]`), each at its pin in
    constraints.txt; a package without a pin there is an error."""
    known, todo, done = pins(root), [(name, frozenset()) for name in wanted], set()
    while todo:
        name, extras = todo.pop()
        name = canonicalize_name(name)
        if (name, extras) in done:
            continue
        done.add((name, extras))
        try:
            needs = requires(name) or []
        except PackageNotFoundError:
            needs = []
        for spec in map(Requirement, needs):
            if spec.marker is None or any(spec.marker.evaluate({"extra": extra}) for extra in ("", *extras)):
                todo.append((spec.name, frozenset(spec.extras)))
    seen = {name for name, _ in done}
    missing = sorted(seen - set(known))
    if missing:
        raise ValueError(f"constraints.txt pins no version of {', '.join(missing)}")
    return sorted((known[name] for name in seen), key=str.lower)


def read_tables(root: Path, text: str) -> list[dict]:
    """The data package's resources whose CSV the chapter declares it reads."""
    declared = {(root / name).resolve() for pattern in declared_reads(text) or []
                for name in ([p.relative_to(root) for p in root.glob(pattern)]
                             if any(c in pattern for c in "*?[") else [pattern])}
    package = yaml.safe_load((root / "data" / "datapackage.yaml").read_text(encoding="utf-8"))
    return [resource for resource in package["resources"]
            if (root / "data" / resource["path"]).resolve() in declared]


def _write(archive: zipfile.ZipFile, name: str, data: bytes | str) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def _package_files(archive: zipfile.ZipFile, root: Path, folder: str, resources: list[dict]) -> None:
    package = yaml.safe_load((root / "data" / "datapackage.yaml").read_text(encoding="utf-8"))
    package["resources"] = [{k: v for k, v in r.items() if k != "pending"} for r in resources]
    _write(archive, f"{folder}/data/datapackage.yaml", yaml.safe_dump(package, sort_keys=False, allow_unicode=True))
    for resource in resources:
        _write(archive, f"{folder}/data/{resource['path']}", (root / "data" / resource["path"]).read_bytes())
        _write(archive, f"{folder}/data/{resource['schema']}", (root / "data" / resource["schema"]).read_bytes())


def citation(app, title: str, address: str) -> str:
    editors = ", ".join(app.config.edition_editors)
    where = f" {address}." if address else ""
    return (f"{editors[:1].upper()}{editors[1:]}, eds. \"{title}\". In *{app.config.project}*, "
            f"version {app.config.version or _version(app)}.{where}")


def _version(app) -> str:
    from ..catalogue import project_version
    return project_version(Path(app.srcdir))


def _address(app, pagename: str) -> str:
    base = (app.config.html_baseurl or "").rstrip("/")
    return f"{base}/{pagename}.html" if base else ""


def licence(root: Path) -> str:
    package = yaml.safe_load((root / "data" / "datapackage.yaml").read_text(encoding="utf-8"))
    tables = "; ".join(f"{item.get('title') or item['name']}" for item in package.get("licenses", []))
    return (f"The data tables: {tables}. The code cells: MIT licence, like the edition's code. "
            "The quotes in the tables keep the rights of the texts they come from, stated at the head "
            "of each text's chapter in the edition.")


def readme(app, pagename: str, title: str, resources: list[dict], requirement_lines: list[str]) -> str:
    name = Path(pagename).name
    root = Path(app.srcdir)
    tables = "\n".join(f"- `data/{r['path']}`: {' '.join(str(r.get('description', '')).split())} "
                       f"(schema: `data/{r['schema']}`)" for r in resources)
    return f"""# {title}

A data chapter of *{app.config.project}*, as a notebook you can run and change.

## Run it

```sh
python3 -m venv .venv
.venv/bin/pip install -r requirements.txt jupyterlab   # or open the notebook in any Jupyter
.venv/bin/jupyter lab book/{name}.ipynb
```

`requirements.txt` pins the versions the edition was built with (Python 3.11). The notebook
reads its tables from `data/` with pandas and draws its charts with matplotlib; nothing else
is needed. The book's page adds links from each point to its passage; the figures are the same.

## The tables

{tables}

They are a Frictionless data package (`data/datapackage.yaml`, with a Table Schema for each
table): `frictionless validate data/datapackage.yaml` checks them.

## Cite

{citation(app, title, _address(app, pagename))}

## Licence

{licence(root)}
"""


RECORD = "application/papermill.record/"  # how MyST-NB's glue stores a value it does not display


def plain_for(app, pagename: str, notebook_text: str, with_outputs: bool = False):
    """The chapter as a plain notebook; `with_outputs`: with the outputs of the book's run, a
    glued figure shown where its cell drew it, a glued value left out (the prose states it)."""
    executed = executed_notebook(app, pagename)
    glued = _glued_values(executed) if executed is not None else {}
    notebook = plain_notebook(notebook_text, lambda role, target: _resolve(app, pagename, glued, role, target))
    if with_outputs and executed is not None:
        ran = [cell for cell in executed.cells if cell.cell_type == "code"]
        for cell, done in zip((c for c in notebook.cells if c.cell_type == "code"), ran):
            cell.execution_count = done.get("execution_count")
            cell.outputs = [shown for shown in map(_shown, done.get("outputs", [])) if shown is not None]
    return notebook


def _shown(output):
    """An output as plain Jupyter shows it: a glued figure as its HTML (inline SVG)."""
    if "scrapbook" not in output.get("metadata", {}):
        return output
    data = {key.removeprefix(RECORD): value for key, value in output.get("data", {}).items()}
    if "text/html" not in data:
        return None
    return nbformat.v4.new_output("display_data", data=data)


def build_bundle(app, pagename: str, notebook_text: str, title: str) -> Path:
    """The page's zip, made once per content of its notebook, the data, the pins and the settings."""
    from ..cache import remembered

    root = Path(app.srcdir)
    name = Path(pagename).name
    target = Path(app.outdir) / "downloads" / f"{name}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    inputs = [root / f"{pagename}.md", *(p for p in (root / "data").rglob("*") if p.is_file()),
              *(root / setting for setting in ("constraints.txt", "_config.yml", "_toc.yml", "pyproject.toml",
                                               "CITATION.cff"))]
    target.write_bytes(remembered(root, "notebook-bundle", inputs, lambda: _bundle(app, pagename, notebook_text, title),
                                  salt=f"{pagename} {title} {app.config.version} {app.config.html_baseurl}"))
    return target


def _bundle(app, pagename: str, notebook_text: str, title: str) -> bytes:
    root = Path(app.srcdir)
    notebook = plain_for(app, pagename, notebook_text)
    resources = read_tables(root, notebook_text)
    lines = requirements(root)
    name = Path(pagename).name
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _write(archive, f"{name}/book/{name}.ipynb", nbformat.writes(notebook) + "\n")
        _package_files(archive, root, name, resources)
        _write(archive, f"{name}/requirements.txt", "\n".join(lines) + "\n")
        _write(archive, f"{name}/README.md", readme(app, pagename, title, resources, lines))
    return buffer.getvalue()


def build_data_package(app) -> Path:
    """Every table of the data package whose file is there, with the schemas, on its own."""
    root = Path(app.srcdir)
    package = yaml.safe_load((root / "data" / "datapackage.yaml").read_text(encoding="utf-8"))
    resources = [r for r in package["resources"] if (root / "data" / r["path"]).is_file()]
    target = Path(app.outdir) / "downloads" / DATA_PACKAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _package_files(archive, root, "soviet-foreign-relations-data", resources)
        tables = "\n".join(f"- `data/{r['path']}` (schema `data/{r['schema']}`)" for r in resources)
        _write(archive, "soviet-foreign-relations-data/README.md",
               f"# {package.get('title', 'Data')}\n\nThe data tables of *{app.config.project}*, a Frictionless "
               f"data package (`data/datapackage.yaml`; `frictionless validate data/datapackage.yaml`).\n\n"
               f"{tables}\n\n## Cite this dataset\n\n"
               f"{citation(app, package.get('title', 'Data'), '')}\n\n## Licence\n\n{licence(root)}\n")
    target.write_bytes(buffer.getvalue())
    return target


def _glued_values(notebook) -> dict[str, str]:
    values = {}
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            data = output.get("data", {})
            plain = data.get("application/papermill.record/text/plain", data.get("text/plain"))
            if name and plain is not None:
                values[name] = re.sub(r"^'(.*)'$", r"\1", plain.strip())
    return values


def _resolve(app, pagename: str, glued: dict[str, str], role: str, target: str) -> str:
    """The text a role stands for in the book: a section's title, a figure's number, a value."""
    if role == "glue:text":
        name = target.split(":", 1)[0]
        return glued.get(name, name)
    if role == "ref":
        label = app.env.get_domain("std").labels.get(target)
        if not label:
            return target
        texts = {text.page: text for text in read_catalogue(Path(app.srcdir)).texts}
        if label[0] in texts and label[1] == texts[label[0]].slug:  # a text's chapter: its title, as the book shows it
            return f'"{texts[label[0]].title}"'
        return label[2]
    if role == "numref":
        numbers = app.env.toc_fignumbers.get(pagename, {}).get("figure", {}).get(target)
        return f"Fig. {'.'.join(map(str, numbers))}" if numbers else "Figure"
    return target


LINKS = """<div class="edition-notebook-downloads"><p><strong>Run this page yourself:</strong>
<a href="{bundle}" download>the notebook with its tables (zip)</a>: unzip it, install
<code>requirements.txt</code>, and open <code>book/{name}.ipynb</code> in Jupyter. The tables alone:
<a href="{package}" download>the data package (zip)</a>, with the citation of the dataset.</p></div>
"""


def offer_bundle(app, pagename, templatename, context, doctree) -> None:
    if doctree is None or app.builder.name != "html":
        return
    if "kernelspec" not in app.env.metadata.get(pagename, {}):
        return
    source = Path(app.env.doc2path(pagename))
    text = source.read_text(encoding="utf-8")
    title = app.env.titles[pagename].astext() if pagename in app.env.titles else pagename
    bundle = build_bundle(app, pagename, text, title)
    package = Path(app.outdir) / "downloads" / DATA_PACKAGE
    if not package.is_file():
        build_data_package(app)
    up = "../" * pagename.count("/")
    context["body"] = LINKS.format(bundle=f"{up}downloads/{bundle.name}", package=f"{up}downloads/{DATA_PACKAGE}",
                                   name=Path(pagename).name) + context.get("body", "")


def refresh_data_package(app, exception) -> None:
    """After a build, the data package holds the tables as they are now."""
    if exception is None and app.builder.name == "html" and (Path(app.srcdir) / "data" / "datapackage.yaml").is_file():
        if (Path(app.outdir) / "downloads" / DATA_PACKAGE).is_file():
            build_data_package(app)


EVENTS = [("html-page-context", offer_bundle, 500), ("build-finished", refresh_data_package, 500)]
