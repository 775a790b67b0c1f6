"""Split off the notes of a source whose note bodies stand together in a notes section
(under a heading such as "Notes" or "Endnotes"), as web pages and digitised books print them.

In a documentary edition the notes are numbered afresh in each unit (a document, a front-matter
section) and printed after it (`notes_at: units`, split_units): each unit's notes are numbered on
through the chapter, so that every call finds its own note; the renumbering is recorded.

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

NOTES_HEADING = r"(?i)^\s*(notes|end\s?notes|footnotes|references and notes|notes and references)\s*:?\s*$"


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


def split_units(lines: list[SourceLine], form: CallForm, missing: dict[int, str],
                heading: str | None = None) -> SplitResult:
    """Units of text, each followed by a notes section numbered from 1 again: each split as a chapter
    with one notes section, its notes then numbered on after the previous units' (the change recorded).
    A unit's section ends at the first line that heads no note once every call of the unit has its body."""
    pattern = re.compile(heading or NOTES_HEADING)
    units, start, index = [], 0, 0
    while index < len(lines):
        if not pattern.match(lines[index].text):
            index += 1
            continue
        calls = {call.number for line in lines[start:index] for call in form.calls(line.text)}
        bodies, end = set(), index + 1
        while end < len(lines):
            text = lines[end].text
            found = form.body_start(text)
            if found:
                bodies.add(found[0])
            elif text.strip() and calls <= bodies:
                break
            end += 1
        units.append(lines[start:end])
        start = index = end
    if not units:
        return split_section(lines, form, missing, heading)
    if start < len(lines):
        units[-1] = units[-1] + lines[start:]  # text after the last notes section: no calls of its own
    result = SplitResult([], {}, [], [], [])
    shift = 0
    for unit in units:
        renumbered = []
        for line in unit:
            head = bool(form.body_start(line.text))
            found = [form.head.match(line.text)] if head else list(form.call.finditer(line.text))
            for match in found if shift else []:  # one change per call, as printed and as numbered now
                printed = match.group(0).strip()
                result.changes.append(Change("inline", [line.number], text=printed,
                                             after=form.renumber(printed + (" x" if head else ""), shift, head)
                                             .removesuffix(" x"), rule="notes_at: units",
                                             reason="The source numbers its notes afresh in each unit; they are "
                                                    f"numbered on through the chapter (+{shift}), so that every "
                                                    "call finds its own note."))
            renumbered.append(SourceLine(line.number, form.renumber(line.text, shift, head) if shift else line.text))
        called = {call.number for line in renumbered for call in form.calls(line.text)}
        part = split_section(renumbered, form, {n: why for n, why in missing.items() if n in called}, heading)
        result.body += part.body
        result.notes.update(part.notes)
        result.markers += part.markers
        result.changes += part.changes
        result.problems += part.problems
        shift = max([shift, *part.notes, *(number for number, _ in part.markers)])
    return result
