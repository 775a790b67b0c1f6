"""The parser's knowledge of note conventions, read from conventions.yml and made into patterns."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

FILE = Path(__file__).with_name("conventions.yml")


@lru_cache(maxsize=1)
def conventions() -> dict:
    return yaml.load(FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def words(key: str) -> list[str]:
    """A list of the file, longest first (so that "see also" is tried before "see")."""
    return sorted(conventions()[key], key=len, reverse=True)


@lru_cache(maxsize=None)
def alternation(key: str, escape: bool = True) -> str:
    """The list as one regular-expression alternation (escaped unless the list holds patterns)."""
    return "|".join(re.escape(w) if escape else w for w in words(key))


@lru_cache(maxsize=None)
def pattern(key: str, template: str = r"\b(?:{})\b", flags: int = 0, escape: bool = True) -> re.Pattern:
    return re.compile(template.format(alternation(key, escape)), flags)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(conventions()["abbreviations"])
