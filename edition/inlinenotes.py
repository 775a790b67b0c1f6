"""Split off note bodies that the capture closes itself, as Project Gutenberg's plain text
prints them: "[Footnote 12: text]", wrapped over as many lines as it needs, standing after the
paragraph that calls it, at an old page break, or gathered at the end of the chapter.

A line that starts with the form's head opens a note; the note runs on, line by line (blank
lines included: a note of several paragraphs), to the bracket that closes it, brackets the note
opens itself being its own. Head and closing bracket are the capture's markup, not the note's
text. A heading over gathered notes ("FOOTNOTES:") is removed, and recorded. Where the numbering
starts again (a new chapter, or a new page of page-numbered notes), the notes are numbered on
through the chapter, and the renumbering recorded. A body that is
never closed, text after a closing bracket, a call without its body and a body without its call
are reported at their lines; a body never closed is taken to end at its first blank line, so
that what it would swallow is checked too.
"""

from __future__ import annotations

import re

from .changes import Change, NotePiece
from .endnotes import NOTES_HEADING
from .footnotes import Note, SplitResult, check_markers
from .notestyles import Call, CallForm
from .sources import SourceLine


def split_closed(lines: list[SourceLine], form: CallForm, missing: dict[int, str],
                 heading: str | None = None, unclosed: frozenset[int] = frozenset()) -> SplitResult:
    """`unclosed`: the head lines of bodies found unclosed, each ended at its first blank line."""
    heading_pattern = re.compile(heading or NOTES_HEADING)
    body: list[SourceLine] = []
    bodies: list[tuple[Note, int, str]] = []  # (note numbered as printed, its line, its head) in order
    problems: list[tuple[int | None, str]] = []
    changes: list[Change] = []
    current: Note | None = None
    depth = 0

    def close(note: Note, line: SourceLine, start: int, end: int) -> None:
        note.pieces.append(NotePiece(line.number, line.text[start:end].strip()))
        if line.text[end + 1:].strip():
            problems.append((line.number, f"text after the bracket that closes note {note.number}: "
                                          f"{line.text[end + 1:].strip()[:40]!r} (a body stands on lines of its own)"))

    for index, line in enumerate(lines):
        found = form.body_start(line.text)
        if current is not None and found:
            problems.append((current.pieces[0].line, f"note {current.number} is not closed (no \"{form.closer}\") "
                                                     f"before note {found[0]} begins at line {line.number}"))
            current = None
        if current is not None:
            if not line.text.strip():
                if current.pieces[0].line in unclosed:
                    current = None
                continue
            end, depth = form.body_end(line.text, depth)
            if end is None:
                current.pieces.append(NotePiece(line.number, line.text.strip()))
            else:
                close(current, line, 0, end)
                current = None
            continue
        if found:
            number, begins = found
            note = Note(number)
            bodies.append((note, line.number, line.text[:begins].strip()))
            end, depth = form.body_end(line.text[begins:], 1)
            if end is None:
                note.pieces.append(NotePiece(line.number, line.text[begins:].strip()))
                current = note
            else:
                close(note, line, begins, begins + end)
            continue
        if heading_pattern.match(line.text) and _next_opens_note(lines, index, form):
            changes.append(Change("removed", [line.number], text=line.text.strip(), rule="notes_heading",
                                  reason="The heading over the gathered notes: each note now stands with its call."))
            continue
        body.append(line)
    if current is not None:
        problems.append((current.pieces[0].line, f"note {current.number} is not closed: no \"{form.closer}\" "
                                                 "ends its body before the end of the text"))
    not_closed = frozenset(line for line, message in problems if "is not closed" in message)
    if not_closed - unclosed:  # read again, each such body ended at its first blank line
        again = split_closed(lines, form, missing, heading, unclosed | not_closed)
        again.problems += [problem for problem in problems if "is not closed" in problem[1]]
        return again

    body, notes, markers = _number_on(body, bodies, form, changes, problems)
    problems += check_markers(markers, notes, missing)
    for number in sorted(notes):
        lines_of_note = [piece.line for piece in notes[number].pieces]
        paragraphs = 1 + sum(after - before > 1 for before, after in zip(lines_of_note, lines_of_note[1:]))
        if len(lines_of_note) > 1:
            changes.append(Change("wrapped", lines_of_note, note=number, reason=(
                f"The capture wraps the body of note {number} over {len(lines_of_note)} lines; they are joined into one."
                if paragraphs == 1 else f"The body of note {number} runs over {len(lines_of_note)} lines in "
                f"{paragraphs} paragraphs; they are joined into one (the paragraph breaks of the note are not kept).")))
    marker_line = dict(markers)
    for number, reason in sorted(missing.items()):
        changes.append(Change("note-missing", [marker_line.get(number, 0)], note=number, reason=reason.strip()))
    return SplitResult(body, notes, markers, changes, problems)


def _next_opens_note(lines: list[SourceLine], index: int, form: CallForm) -> bool:
    following = next((line for line in lines[index + 1:] if line.text.strip()), None)
    return following is not None and form.body_start(following.text) is not None


def _number_on(body: list[SourceLine], bodies: list[tuple[Note, int, str]], form: CallForm, changes: list[Change],
               problems: list[tuple[int | None, str]]) -> tuple[list[SourceLine], dict[int, Note], list[tuple[int, int]]]:
    """Pair calls and bodies. Where the numbering starts again (a call repeats a number of the
    run it stands in: a new chapter, or a new page of page-numbered notes), the new run is
    numbered on after the last (the change recorded), and the k-th body printed with a number
    belongs to the k-th run that calls it. Returns the body lines renumbered, the notes by their
    number in the chapter, and (number, line) of every call."""
    shifts, called, top, runs_calling = [0], set(), 0, {}
    numbered: list[tuple[SourceLine, list[tuple[Call, int]]]] = []
    for line in body:
        calls = []
        for call in form.calls(line.text):
            if call.number in called:  # the numbering starts again
                shifts.append(top)
                called = set()
            called.add(call.number)
            runs_calling.setdefault(call.number, []).append(len(shifts) - 1)
            top = max(top, call.number + shifts[-1])
            calls.append((call, shifts[-1]))
        numbered.append((line, calls))
    renumbered, markers = [], []
    for line, calls in numbered:
        text, position = "", 0
        for call, shift in calls:
            printed = line.text[call.start:call.end]
            text += line.text[position:call.start] + form.renumber(printed, shift)
            position = call.end
            markers.append((call.number + shift, line.number))
            if form.renumber(printed, shift) != printed:
                changes.append(Change("inline", [line.number], text=printed, after=form.renumber(printed, shift),
                                      rule="footnotes: gutenberg", reason=_reason(printed, shift)))
        renumbered.append(SourceLine(line.number, text + line.text[position:]) if calls else line)
    notes: dict[int, Note] = {}
    seen: dict[int, list[int]] = {}  # printed number -> the lines of its bodies so far
    for note, head, head_text in bodies:
        printed, runs = note.number, runs_calling.get(note.number, [])
        earlier = seen.setdefault(printed, [])
        earlier.append(head)
        if len(earlier) > max(len(runs), 1):
            problems.append((head, f"note {printed} has a second body (the first is at line {earlier[0]})"
                             if len(runs) <= 1 else f"note {printed} has {len(earlier)} bodies but {len(runs)} calls"))
            continue
        if not runs:  # reported here: its printed number may be another note's number in the chapter
            problems.append((head, f"note {printed} has a body but no marker in the text"))
            continue
        shift = shifts[runs[len(earlier) - 1]]
        note.number = printed + shift
        notes[note.number] = note
        after = form.renumber(head_text + " x", shift, head=True).removesuffix(" x")
        if after != head_text:
            changes.append(Change("inline", [head], text=head_text, after=after, rule="footnotes: gutenberg",
                                  note=note.number, reason=_reason(head_text, shift)))
    return renumbered, notes, markers


def _reason(printed: str, shift: int) -> str:
    lettered = re.search(r"[A-Z][\]:]", printed.removeprefix("[Footnote"))
    return ((_LETTERED if lettered else "") + (_RENUMBERED.format(shift=shift) if shift else "")).strip()


_LETTERED = "The source letters its notes (A = 1, B = 2 ...); they are numbered, as the edition numbers notes. "
_RENUMBERED = ("The source numbers its notes afresh here; they are numbered on through the chapter (+{shift}), "
               "so that every call finds its own note.")
