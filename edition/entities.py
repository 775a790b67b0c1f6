"""The index of persons, places and organisations (`data/entities.csv`) and the glossary
(`data/glossary.csv`), and the matcher that finds their names in a text.

A variant matches as a whole word, case-sensitively, longest first (so "Mao Zedong" wins
over "Mao", "North Korea" over "Korea"); a possessive "Stalin's" is found as "Stalin".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str  # person | place | organisation | term
    variants: tuple[str, ...]
    description: str
    source: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_entities(root: Path) -> list[Entry]:
    with open(root / "data" / "entities.csv", encoding="utf-8", newline="") as handle:
        return [Entry(row["id"], row["name"], row["kind"], tuple(v.strip() for v in row["variants"].split("|")
                                                                 if v.strip()), row["identification"], row["source"])
                for row in csv.DictReader(handle)]


def read_glossary(root: Path) -> list[Entry]:
    with open(root / "data" / "glossary.csv", encoding="utf-8", newline="") as handle:
        return [Entry(f"term-{slug(row['term'])}", row["term"], "term",
                      tuple(v.strip() for v in row["variants"].split("|") if v.strip()), row["definition"],
                      row["source"]) for row in csv.DictReader(handle)]


class Matcher:
    def __init__(self, entries: list[Entry]):
        self.by_variant = {}
        for entry in entries:
            for variant in entry.variants:
                self.by_variant.setdefault(variant, entry)
        ordered = sorted(self.by_variant, key=len, reverse=True)
        # whole words; a hyphen that joins a compound ("Sino-Soviet") is inside a word, a dash is not
        self.pattern = re.compile(r"(?<!\w)(?<!\w-)(" + "|".join(map(re.escape, ordered)) + r")(?!\w)(?!-\w)") \
            if ordered else None

    def find(self, text: str):
        """Yield (start, end, entry) for every name in `text`."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            yield match.start(), match.end(), self.by_variant[match.group(1)]


@lru_cache(maxsize=4)
def matchers(root: Path) -> tuple[Matcher, Matcher]:
    return Matcher(read_entities(root)), Matcher(read_glossary(root))
