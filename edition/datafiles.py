"""Read the edition's YAML and CSV records strictly, keeping the line of every entry.

Every data file is parsed once per process and content with libyaml's
C loader; a malformed file becomes a `Problem` at its line, never a traceback.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .problems import Problem, display_path

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The files that hold sources of editorial claims: (file under data/, the key of its list or None).
EDITORIAL_SOURCE_FILES = (("editorial-sources.yml", None), ("data-sources.yml", "sources"))
# The value a claim's `source` takes when no source that meets the policy supports it.
UNSOURCED = "unsourced"
# ... and what a reader sees in its place.
UNSOURCED_TEXT = "none yet that meets the edition's source policy (not verified)"


@dataclass
class Entry:
    """One entry of a list-shaped record: its data and the line it starts on."""

    data: dict
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)  # key -> line of that key


@dataclass
class Record:
    path: Path
    data: object = None
    node: object = None  # the composed YAML node tree: every value with its line
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def shown(self) -> str:
        return display_path(self.path)


def read_yaml(path: Path, list_key: str | None = None) -> Record:
    """A YAML file; its list (top level, or under `list_key`) as entries with their lines."""
    path = Path(path)
    if not path.exists():
        record = Record(path)
        record.problems.append(Problem(display_path(path), None, "the file does not exist"))
        return record
    return _read_yaml(path.resolve(), path.read_bytes(), list_key, display_path(path))


@lru_cache(maxsize=64)
def _read_yaml(path: Path, raw: bytes, list_key: str | None, shown: str) -> Record:
    """Parsed once per content (keyed on the bytes, not on a modification time)."""
    record = Record(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        record.problems.append(Problem(shown, raw[: error.start].count(b"\n") + 1,
                                       f"not UTF-8: byte {raw[error.start]:#04x}"))
        return record
    try:
        loader = Loader(text)  # one parse: the node tree (every value with its line), then its data
        try:
            node = loader.get_single_node()
            record.data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
        record.node = node
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        record.problems.append(Problem(shown, mark.line + 1 if mark else None, f"not valid YAML: {problem}"))
        return record
    items_node = node
    if list_key is not None:
        if not isinstance(record.data, dict):
            record.problems.append(Problem(shown, 1, f"expected a mapping with a list '{list_key}'"))
            return record
        items_node = next((v for k, v in node.value if k.value == list_key), None) if node else None
        items = record.data.get(list_key) or []
    else:
        items = record.data or []
    if not isinstance(items, list):
        record.problems.append(Problem(shown, 1, "expected a list of entries"))
        return record
    nodes = items_node.value if isinstance(items_node, yaml.SequenceNode) else []
    for item, item_node in zip(items, nodes):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            record.problems.append(Problem(shown, line, "an entry must be a mapping of keys to values"))
            continue
        key_lines = {k.value: k.start_mark.line + 1 for k, _ in item_node.value} \
            if isinstance(item_node, yaml.MappingNode) else {}
        record.entries.append(Entry(item, line, key_lines))
    return record


@dataclass
class Table:
    path: Path
    rows: list[tuple[int, dict]] = field(default_factory=list)  # (line, row)
    columns: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_csv(path: Path, required: tuple[str, ...] = ()) -> Table:
    path = Path(path)
    table = Table(path)
    shown = display_path(path)
    if not path.exists():
        table.problems.append(Problem(shown, None, "the file does not exist"))
        return table
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            table.columns = list(reader.fieldnames or [])
            missing = [c for c in required if c not in table.columns]
            if missing:
                table.problems.append(Problem(shown, 1, f"the header lacks the column(s) {', '.join(missing)}"))
                return table
            line = 2
            for row in reader:
                table.rows.append((line, row))
                line = reader.line_num + 1
    except UnicodeDecodeError as error:
        table.problems.append(Problem(shown, None, f"not UTF-8: {error.reason}"))
    except csv.Error as error:
        table.problems.append(Problem(shown, None, f"not a valid CSV file: {error}"))
    return table
