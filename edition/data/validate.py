"""Validate the data tables: Table Schema (Frictionless) plus the edition's checks.

Every problem of every table is reported in one run, as `file:line: column "x": message`
(the line is the file's own line, also for a quote spanning lines), never as a traceback.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..problems import display_path, one_line
from .schema import project_root, tables

TYPE_NAMES = {"number": "a number", "integer": "a whole number", "boolean": "true or false",
              "date": "a date", "year": "a year"}
ROW_POSITION = re.compile(r"row at position (\d+)")
LABEL_MESSAGES = {
    "missing-label": "this column is missing from the header",
    "extra-label": 'the header has a column "{label}" that the schema does not have',
    "incorrect-label": 'the header has "{label}" where the schema has "{field}"',
    "duplicate-label": 'the header has "{label}" twice',
    "blank-label": "the header has a column without a name",
}


@dataclass(frozen=True, order=True)
class DataProblem:
    path: str
    line: int | None
    column: str | None
    message: str

    def __post_init__(self):  # one problem, one line of the report
        object.__setattr__(self, "message", one_line(self.message))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f'{where}: column "{self.column}": {self.message}' if self.column else f"{where}: {self.message}"


def shown_path(path: Path, root: Path) -> str:
    """A path as a reader of the report would type it: from the project root when inside it."""
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return display_path(path)


def record_lines(path: Path) -> list[int]:
    """The line each record of a CSV file starts on (index 0: the header)."""
    starts, line = [], 1
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        for _ in reader:
            starts.append(line)
            line = reader.line_num + 1
    return starts


def validate_table(name: str, path: Path | None = None, root: Path | None = None,
                   edition_checks: bool = True, reads: set | None = None) -> list[DataProblem]:
    """Every problem of one table (at its usual place, or the CSV at `path`): its Table Schema,
    and with `edition_checks` the edition's checks against the texts (checks.py). The files
    those checks read are added to `reads`."""
    # Frictionless (half a second to import) only here: a module that reads the tables' problems
    # or their lines (locate, the check before a build with nothing changed) does not import it.
    from frictionless import Checklist, Dialect, Resource, Schema, formats

    from .checks import CHECKS, one_run

    root = Path(root) if root else project_root()
    known = tables(root)
    table = known[name]
    path = Path(path) if path else table.path
    shown = shown_path(path, root)
    if not path.is_file():
        return [] if table.pending else [DataProblem(shown, None, None, "the file does not exist")]
    try:
        lines = record_lines(path)
    except (UnicodeDecodeError, csv.Error) as error:
        return [DataProblem(shown, None, None, f"not a UTF-8 CSV file: {error}")]
    schema_descriptor = table.schema_descriptor()
    schema_descriptor.pop("description", None)
    for field in schema_descriptor["fields"]:  # the edition's own field properties (checks.py)
        field.pop("printed", None)
        field.pop("reading_of", None)
    resource = Resource(path=path.name, basepath=str(path.parent), format="csv", encoding="utf-8",
                        schema=Schema.from_descriptor(schema_descriptor),
                        dialect=Dialect(controls=[formats.CsvControl(delimiter=",", quote_char='"')]))
    checks = [check(root=str(root)) for check in CHECKS.get(name, [])] if edition_checks else []
    with one_run() as read:
        report = resource.validate(Checklist(checks=checks))
    if reads is not None:
        reads.update(path for path, _ in read)
    types = {field["name"]: field.get("type", "string") for field in schema_descriptor["fields"]}
    found = [error for task in report.tasks for error in task.errors]
    # A one-column primary key that repeats is already reported as that column's unique error.
    unique_rows = {error.row_number for error in found if error.type == "unique-error"}
    found = [e for e in found if not (e.type == "primary-key" and e.row_number in unique_rows)]
    problems = [_problem(error, shown, lines, types) for error in found]
    return sorted(set(problems), key=lambda p: (p.line or 0, p.column or "", p.message))


def validate_all(root: Path | None = None, validate=None) -> list[DataProblem]:
    """Every table's problems; `validate(name, root)` validates one (default: `validate_table`)."""
    root = Path(root) if root else project_root()
    validate = validate or (lambda name, root: validate_table(name, root=root))
    return [problem for name in tables(root) for problem in validate(name, root)]


def _line(lines: list[int], row_number: int | None) -> int | None:
    if not row_number:
        return None
    return lines[row_number - 1] if row_number - 1 < len(lines) else row_number


def _problem(error, shown: str, lines: list[int], types: dict[str, str]) -> DataProblem:
    row_number = getattr(error, "row_number", None)
    column = getattr(error, "field_name", None) or getattr(error, "label", None)
    cell = getattr(error, "cell", None)
    note = ROW_POSITION.sub(lambda m: f"line {_line(lines, int(m.group(1)))}", error.note or "")
    kind = error.type
    if kind == "type-error":
        message = f'"{cell}" is not {TYPE_NAMES.get(types.get(column), types.get(column))}'
    elif kind == "constraint-error":
        message = _constraint_message(cell, error.note)
    elif kind in ("unique-error", "primary-key"):
        message = f'"{cell}" is not unique: {note}' if cell is not None else f"the primary key repeats: {note}"
    elif kind == "edition-cell-error":
        message = error.note
    elif kind in LABEL_MESSAGES:
        label = getattr(error, "label", "")
        message = LABEL_MESSAGES[kind].format(label=label, field=getattr(error, "field_name", ""))
        column = getattr(error, "field_name", None) or label
        row_number = 1  # the header
    else:
        message = f"{error.title.lower()}: {note}" if note else error.message
    return DataProblem(shown, _line(lines, row_number), column, message)


def _constraint_message(cell: str, note: str) -> str:
    match = re.match(r'constraint "(\w+)" is "(.*)"$', note or "")
    if not match:
        return f'"{cell}": {note}'
    name, value = match.groups()
    if name == "required":
        return "is empty, and a value is required"
    if name == "pattern":
        return f'"{cell}" does not have the form {value}'
    if name == "enum":
        return f'"{cell}" is not one of {value}'
    if name in ("minimum", "maximum"):
        return f'"{cell}" is {"below the minimum" if name == "minimum" else "above the maximum"} {value}'
    return f'"{cell}" breaks the constraint {name} = {value}'
