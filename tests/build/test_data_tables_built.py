"""The data tables themselves: enough rows, every quote in its text, every paragraph in the book,
figures stated rather than computed, and the locate step that ties each row to its paragraph."""

from __future__ import annotations

import csv
import re

import pytest

from conftest import ROOT

QUOTING_TABLES = ["chronology", "trade", "shares"]


def rows(table: str) -> list[dict]:
    with open(ROOT / "data" / f"{table}.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("table", QUOTING_TABLES)
def test_every_paragraph_id_exists_in_the_built_chapter(built_html, table):
    ids = {}
    for row in rows(table):
        if row["chapter"] not in ids:
            html = (built_html / "book" / f"{row['chapter']}.html").read_text(encoding="utf-8")
            ids[row["chapter"]] = set(re.findall(r'<(?:p|ul)[^>]* id="(p-\d+)"', html))
        assert row["paragraph"] in ids[row["chapter"]], (row["id"], row["paragraph"])
