"""Fill each row's `paragraph` from its quote: the chapter paragraph `{#p-N}` that holds it.

A quote from a footnote belongs to the paragraph carrying that note's marker `[^N]`. An empty
cell is filled; a filled one is kept when its paragraph holds the quote (so a quote found in
two places is settled by writing the id by hand). Everything else is reported, all at once.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .passages import read_chapter
from .validate import DataProblem, record_lines, shown_path

COLUMN = "paragraph"


def candidates(chapter, quote: str) -> list[str]:
    """The paragraph ids that hold the quote, in their notes or in their text."""
    ids = dict.fromkeys(paragraph.id for paragraph, _ in chapter.holding(quote))
    return sorted(ids, key=lambda pid: int(pid[2:]))


def locate_file(path: Path, root: Path) -> tuple[int, list[DataProblem]]:
    """Fill the paragraph column of one CSV file in place. Returns (cells filled, problems)."""
    path, shown = Path(path), shown_path(path, root)
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames or []), list(reader)
    lines = record_lines(path)
    if COLUMN not in fields:  # a new column goes right after the chapter
        fields.insert(fields.index("chapter") + 1 if "chapter" in fields else len(fields), COLUMN)
    filled, problems = 0, []
    for index, row in enumerate(rows, start=1):
        line = lines[index] if index < len(lines) else None
        problem = _locate_row(row, root)
        if isinstance(problem, str):
            problems.append(DataProblem(shown, line, COLUMN, problem))
        elif problem:
            filled += 1
    if filled:
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows({field: row.get(field) or "" for field in fields} for row in rows)
    return filled, problems


def _locate_row(row: dict, root: Path) -> bool | str:
    """True when the row's paragraph was filled, False when it was right already, or a problem."""
    slug, quote, current = row.get("chapter") or "", row.get("quote") or "", row.get(COLUMN) or ""
    path = Path(root) / "book" / f"{slug}.md"
    if not path.is_file():
        return f'no chapter book/{slug}.md for this row'
    chapter = read_chapter(path)
    found = candidates(chapter, quote)
    if not found:
        orphans = chapter.orphan_notes_holding(quote)
        if orphans:
            note = orphans[0]
            return (f"the quote is in note {note.label}, whose marker [^{note.label}] is outside every "
                    f"numbered paragraph of book/{slug}.md (line {chapter.note_lines.get(note.label, '?')}): "
                    "write the paragraph id by hand, or quote the text instead")
        return f"the quote is in no paragraph or note of book/{slug}.md"
    if current:
        if current in found:
            return False
        return f"{current} does not hold the quote; {', '.join(found)} does: empty the cell to refill it"
    if len(found) > 1:
        return f"the quote is in {' and '.join(found)} (or their notes): write the right id by hand"
    row[COLUMN] = found[0]
    return True
