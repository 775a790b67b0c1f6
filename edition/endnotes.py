"""Split off the notes of a source whose note bodies stand together in a notes section
(under a heading such as "Notes" or "Endnotes"), as web pages and digitised books print them.

A line of the section that starts with the form's head (`[12] ...`, `^1-12 ...`, `12. ...`)
starts that note; every other line up to the next head continues it (a note of several
paragraphs, an editor's sub-note). The heading line is removed, and recorded. Every call
in the text must have its body and every body its call; the rest is reported by line.
"""

from __future__ import annotations

import re

from .changes import Change, NotePiece
from .footnotes import Note, SplitResult, check_markers, note_changes
from .notestyles import CallForm
from .sources import SourceLine

NOTES_HEADING = r"^\s*(Notes|NOTES|Endnotes|ENDNOTES|Footnotes|FOOTNOTES|References and notes)\s*:?\s*$"


def split_section(lines: list[SourceLine], form: CallForm, missing: dict[int, str],
                  heading: str | None = None) -> SplitResult:
    pattern = re.compile(heading or NOTES_HEADING)
    start = next((i for i, line in enumerate(lines) if pattern.match(line.text)), None)
    if start is None:
        return SplitResult(list(lines), {}, [], [], [(None, f"no notes section: no line matches {pattern.pattern!r} "
                                                            "(set import.notes_heading, or notes_at: pages)")])
    body, section = list(lines[:start]), lines[start + 1:]
    notes: dict[int, Note] = {}
    problems: list[tuple[int | None, str]] = []
    current: Note | None = None
    for line in section:
        if not line.text.strip():
            continue
        found = form.body_start(line.text)
        if found:
            number, begins = found
            if number in notes:
                problems.append((line.number, f"note {number} has a second body "
                                              f"(the first is at line {notes[number].pieces[0].line})"))
                current = None
                continue
            current = Note(number, [NotePiece(line.number, line.text[begins:].strip())])
            notes[number] = current
        elif current is not None:
            current.pieces.append(NotePiece(line.number, line.text.strip()))
        else:
            problems.append((line.number, "text in the notes section before its first note"))
    markers = [(call.number, line.number) for line in body for call in form.calls(line.text)]
    problems += check_markers(markers, notes, missing)
    changes = [Change("removed", [lines[start].number], text=lines[start].text.strip(), rule="notes_heading",
                      reason="The heading of the notes section: each note now stands with its call.")]
    changes += note_changes(notes, missing, markers, in_order=True)
    return SplitResult(body, notes, markers, changes, problems)
