"""The data package: which tables the edition has, where they are, and their Table Schemas.

`data/datapackage.yaml` lists the tables; each has a Table Schema in `data/schemas/`. The
project root is found from the working folder (a notebook runs in `book/`, a test in a copy
of the project), falling back to the folder this package is installed from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent
DESCRIPTOR = Path("data") / "datapackage.yaml"
# Where a table's CSV may be read from instead, for a test or before the file lands.
PATH_OVERRIDES = {"footnote_citations": "EDITION_FOOTNOTE_CITATIONS"}


def project_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` (default: the working folder) with a data package."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / DESCRIPTOR).is_file():
            return folder
    return PACKAGE_ROOT


@dataclass(frozen=True)
class Table:
    name: str
    path: Path  # the CSV file
    schema_path: Path
    pending: bool  # produced elsewhere and not there yet: skipped while its file is absent
    descriptor: dict

    @property
    def fields(self) -> list[dict]:
        return self.schema_descriptor()["fields"]

    def schema_descriptor(self) -> dict:
        return yaml.load(self.schema_path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def tables(root: Path | None = None) -> dict[str, Table]:
    root = Path(root) if root else project_root()
    package = yaml.load((root / DESCRIPTOR).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    found = {}
    for resource in package["resources"]:
        name = resource["name"]
        path = root / "data" / resource["path"]
        if name in PATH_OVERRIDES and os.environ.get(PATH_OVERRIDES[name]):
            path = Path(os.environ[PATH_OVERRIDES[name]]).resolve()
        found[name] = Table(name, path, root / "data" / resource["schema"],
                            bool(resource.get("pending")), resource)
    return found


def table(name: str, root: Path | None = None) -> Table:
    known = tables(root)
    if name not in known:
        raise KeyError(f"no table {name!r} in {DESCRIPTOR} (known: {', '.join(known)})")
    return known[name]
