"""Index of names (data/entities.csv) and glossary (data/glossary.csv): well-formed rows,
names and ids once each, every source key known."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..datafiles import read_csv
from ..entities import slug
from ..problems import Problem, display_path
from .annotations import editorial_source_keys
from ..datafiles import UNSOURCED

KINDS = {"person", "place", "organisation"}


def check(catalogue: Catalogue) -> list[Problem]:
    sources = editorial_source_keys(catalogue.root)
    problems: list[Problem] = []
    entities = read_csv(catalogue.root / "data" / "entities.csv",
                        ("id", "name", "variants", "kind", "identification", "source"))
    problems += entities.problems
    problems += _rows(entities, "id", lambda row: row["id"], sources, kinds=True)
    glossary = read_csv(catalogue.root / "data" / "glossary.csv", ("term", "variants", "definition", "source"))
    problems += glossary.problems
    problems += _rows(glossary, "term", lambda row: f"term-{slug(row['term'] or '')}", sources, kinds=False)
    return problems


def _rows(table, name_column: str, anchor, sources: set[str], kinds: bool) -> list[Problem]:
    shown = display_path(table.path)
    problems, anchors, variants = [], {}, {}
    for line, row in table.rows:
        if None in row or any(value is None for value in row.values()):
            problems.append(Problem(shown, line, "the row does not have the header's number of columns"))
            continue
        empty = [column for column in (name_column, "variants", "source") if not (row.get(column) or "").strip()]
        if kinds and not (row.get("name") or "").strip():
            empty.append("name")
        if empty:
            problems.append(Problem(shown, line, f"empty {', '.join(sorted(set(empty)))}"))
            continue
        key = anchor(row)
        if key in anchors:
            problems.append(Problem(shown, line, f"{row[name_column]!r} is defined twice (line {anchors[key]})"))
        anchors.setdefault(key, line)
        if kinds and row["kind"] not in KINDS:
            problems.append(Problem(shown, line, f"kind {row['kind']!r} is not one of {sorted(KINDS)}"))
        for variant in (v.strip() for v in row["variants"].split("|")):
            if not variant:
                problems.append(Problem(shown, line, "an empty variant (a stray '|')"))
            elif variant in variants and variants[variant] != line:
                problems.append(Problem(shown, line, f"variant {variant!r} also names the entry at line {variants[variant]}"))
            else:
                variants[variant] = line
        for key in (k.strip() for k in row["source"].split("|")):
            if key and key != UNSOURCED and key not in sources:
                problems.append(Problem(shown, line, f"no editorial source {key!r} (data/editorial-sources.yml)"))
    return problems
