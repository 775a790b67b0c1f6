"""Data tables: Table Schema (Frictionless) and the edition's row checks (edition/data)."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..data.validity import validated
from ..problems import Problem


def check(catalogue: Catalogue) -> list[Problem]:
    found = validated(catalogue.root)
    return [Problem(p.path, p.line, f'column "{p.column}": {p.message}' if p.column else p.message) for p in found]
