"""Addresses: every URL in the data files is http, https or relative (no `javascript:`, `data:` ...)."""

from __future__ import annotations

import re

import yaml

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
    """(key, value, line) for every string under a URL-like key, in a composed YAML node tree."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            yield from _walk(value, str(key_node.value))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, key)
    elif isinstance(node, yaml.ScalarNode) and URL_KEYS.search(key):
        yield key, str(node.value), node.start_mark.line + 1


def check(catalogue: Catalogue) -> list[Problem]:
    problems = []
    data = catalogue.root / "data"
    for path in sorted(data.glob("*.yml")) + sorted((data / "sources").glob("*.yml")):
        for key, value, line in _walk(read_yaml(path).node):
            scheme = bad_address(value)
            if scheme:
                problems.append(Problem(display_path(path), line, f"{key}: {value[:60]!r}: only http, https and "
                                                                  f"relative addresses are allowed ({scheme}: is not)"))
    for path in sorted(data.glob("*.csv")):
        table = read_csv(path)
        for line, row in table.rows:
            for column, value in row.items():
                if column and URL_KEYS.search(column) and isinstance(value, str) and bad_address(value):
                    problems.append(Problem(display_path(path), line, f"column {column!r}: only http, https and "
                                                                      "relative addresses are allowed"))
    return problems
