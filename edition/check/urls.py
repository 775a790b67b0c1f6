"""Addresses: every URL in the data files is http, https or relative (no `javascript:`, `data:` ...)."""

from __future__ import annotations

import re

from ..catalogue import Catalogue
from ..datafiles import read_csv, read_yaml
from ..problems import Problem, display_path

SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
ALLOWED = {"http", "https"}
URL_KEYS = re.compile(r"(^|_)(url|uri|href|link)$", re.I)


def bad_address(value: str) -> str | None:
    match = SCHEME.match(value)
    if match and match.group(1).lower() not in ALLOWED:
        return match.group(1).lower()
    if value.strip().startswith("//"):
        return "protocol-relative"
    return None


def _walk(node, key: str = ""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, str(k))
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, key)
    elif isinstance(node, str) and URL_KEYS.search(key):
        yield key, node


def check(catalogue: Catalogue) -> list[Problem]:
    problems = []
    data = catalogue.root / "data"
    for path in sorted(data.glob("*.yml")) + sorted((data / "sources").glob("*.yml")):
        record = read_yaml(path)
        if record.data is None:
            continue
        for entry in record.entries or [None]:
            node = entry.data if entry else record.data
            for key, value in _walk(node):
                scheme = bad_address(value)
                if scheme:
                    problems.append(Problem(display_path(path), entry.line if entry else None,
                                            f"{key}: {value[:60]!r}: only http, https and relative addresses "
                                            f"are allowed ({scheme}: is not)"))
    for path in sorted(data.glob("*.csv")):
        table = read_csv(path)
        for line, row in table.rows:
            for column, value in row.items():
                if column and URL_KEYS.search(column) and isinstance(value, str) and bad_address(value):
                    problems.append(Problem(display_path(path), line, f"column {column!r}: only http, https and "
                                                                      "relative addresses are allowed"))
    return problems
