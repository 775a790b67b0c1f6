"""Split the footnotes of a PDF-to-text capture off the body text and rebuild each note.

In such a capture a note's marker is a Unicode superscript number in the text, and its
body stands at the foot of the old page: sometimes out of order, sometimes run together
with the next note on one line, sometimes split into pieces that land elsewhere on the
page (the converter even wraps one such piece as `^{...}`). The rules here are general:

* a line that starts with a superscript number starts a note; further superscript numbers
  after white space on that line start the notes run in with it;
* a line without a marker is a *fragment* of a note, not body text, when it starts with
  `^{`, starts with a URL, or closes a parenthesis it never opened;
* a fragment joins, in this order of evidence, the open note printed just before it, the
  open note whose parenthesis it closes, or the only open note on its page or the page
  before. Anything else is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .changes import Change, NotePiece
from .sources import SourceLine

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
MARKER = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
NOTE_START = re.compile(rf"^\s*([{SUPERSCRIPT_DIGITS}]+)\s")
RUN_IN_START = re.compile(rf"(?<=\s)([{SUPERSCRIPT_DIGITS}]+)\s")
STRAY_WRAPPER = re.compile(r"^\s*\^\{([^}]*)\}")
URL_START = re.compile(r"^\s*https?://")
CLOSED_END = re.compile(r"[.!?)\]\"”’»]$")


def marker_number(marker: str) -> int:
    return int(marker.translate(TO_ASCII))


def unwrap_stray(text: str) -> str:
    """`^{1995),} p. 224` -> `1995), p. 224`: the converter's wrapper, not the author's."""
    return STRAY_WRAPPER.sub(lambda m: m.group(1), text, count=1).strip()


def paren_balance(text: str) -> tuple[int, int]:
    """(final balance, lowest balance reached) of round brackets in `text`."""
    balance = lowest = 0
    for char in text:
        if char == "(":
            balance += 1
        elif char == ")":
            balance -= 1
            lowest = min(lowest, balance)
    return balance, lowest


def is_open(text: str) -> bool:
    """A note that cannot end here: an unclosed bracket or no closing punctuation."""
    text = text.rstrip()
    return paren_balance(text)[0] > 0 or not CLOSED_END.search(text)


@dataclass
class Note:
    number: int
    pieces: list[NotePiece] = field(default_factory=list)
    zone: int = 0
    run_in_with: int | None = None

    @property
    def text(self) -> str:
        return " ".join(unwrap_stray(piece.text) for piece in self.pieces if piece.text)


@dataclass
class Fragment:
    line: SourceLine
    zone: int
    closes_parenthesis: bool
    strong: bool  # `^{` wrapper or URL: certainly not body text


@dataclass
class SplitResult:
    body: list[SourceLine]
    notes: dict[int, Note]
    markers: list[tuple[int, int]]  # (note number, source line) in text order
    changes: list[Change]
    problems: list[tuple[int | None, str]]  # (source line, message)


def split_notes(lines: list[SourceLine], missing: dict[int, str]) -> SplitResult:
    body, notes, fragments, problems = [], {}, [], []
    owner_of_line: dict[int, int] = {}  # source line -> note number, for adjacency
    previous_line: dict[int, int | None] = {}  # source line -> previous non-blank line
    zone, in_zone, last = 0, False, None
    for line in lines:
        if not line.text.strip():
            continue
        previous_line[line.number] = last
        last = line.number
        if NOTE_START.match(line.text):
            if not in_zone:
                zone, in_zone = zone + 1, True
            for note in _notes_on_line(line, zone):
                if note.number in notes:
                    first = notes[note.number].pieces[0].line
                    problems.append((line.number, f"note {note.number} has a second body (the first is at line {first})"))
                    continue
                notes[note.number] = note
                owner_of_line[line.number] = note.number
            continue
        balance = paren_balance(line.text)
        strong = bool(STRAY_WRAPPER.match(line.text) or URL_START.match(line.text))
        if strong or balance[1] < 0:
            if not in_zone:
                zone, in_zone = zone + 1, True
            fragments.append(Fragment(line, zone, balance[1] < 0, strong))
            continue
        in_zone = False
        body.append(line)

    unplaced = _place_fragments(fragments, notes, owner_of_line, previous_line)
    for fragment in unplaced:
        if fragment.strong:
            problems.append((fragment.line.number, "footnote fragment with no note to belong to "
                             "(no open note on this page or the page before)"))
        else:
            body.append(fragment.line)  # only closed a bracket: ordinary body text after all
    body.sort(key=lambda line: line.number)

    markers = [(marker_number(m.group(0)), line.number) for line in body for m in MARKER.finditer(line.text)]
    problems += check_markers(markers, notes, missing)
    changes = note_changes(notes, missing, markers)
    return SplitResult(body, notes, markers, changes, problems)


def _notes_on_line(line: SourceLine, zone: int) -> list[Note]:
    starts = [NOTE_START.match(line.text)] + list(RUN_IN_START.finditer(line.text, NOTE_START.match(line.text).end()))
    notes = []
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(line.text)
        text = line.text[match.end():end].strip()
        note = Note(marker_number(match.group(1)), [NotePiece(line.number, text)], zone)
        if index:
            note.run_in_with = notes[0].number
        notes.append(note)
    return notes


def _place_fragments(fragments, notes, owner_of_line, previous_line) -> list[Fragment]:
    def open_notes_near(fragment):
        return [n for n in notes.values() if n.zone in (fragment.zone, fragment.zone - 1) and is_open(n.text)]

    def attach(fragment, note):
        note.pieces.append(NotePiece(fragment.line.number, fragment.line.text.strip()))
        owner_of_line[fragment.line.number] = note.number

    remaining = []
    for fragment in fragments:  # 1. the open note printed just before it
        before = previous_line.get(fragment.line.number)
        owner = notes.get(owner_of_line.get(before)) if before is not None else None
        if owner and owner.zone == fragment.zone and is_open(owner.text):
            attach(fragment, owner)
        else:
            remaining.append(fragment)
    still = []
    for fragment in remaining:  # 2. the open note whose bracket it closes
        candidates = [n for n in open_notes_near(fragment) if paren_balance(n.text)[0] > 0]
        if fragment.closes_parenthesis and len(candidates) == 1:
            attach(fragment, candidates[0])
        else:
            still.append(fragment)
    unplaced = []
    for fragment in still:  # 3. the only open note on its page or the page before
        candidates = open_notes_near(fragment)
        if len(candidates) == 1:
            attach(fragment, candidates[0])
        else:
            unplaced.append(fragment)
    for note in notes.values():  # reading order: the start, then fragments in source order
        note.pieces[1:] = sorted(note.pieces[1:], key=lambda piece: piece.line)
    return unplaced


def check_markers(markers, notes, missing) -> list[tuple[int | None, str]]:
    problems = []
    seen: dict[int, int] = {}
    for number, line in markers:
        if number in seen:
            # One body, two calls: the text calls its note again ("The paper cited earlier[2]"). A number
            # printed twice by mistake leaves another note without its call, which is reported below.
            if number not in notes:
                problems.append((line, f"footnote marker {number} occurs twice (also at line {seen[number]})"))
            continue
        seen[number] = line
        if number not in notes and number not in missing:
            problems.append((line, f"footnote marker {number} has no note body "
                             "(declare it under import.missing_notes if the source lost it)"))
    for number, note in notes.items():
        if number not in seen:
            problems.append((note.pieces[0].line, f"note {number} has a body but no marker in the text"))
        if number in missing:
            problems.append((note.pieces[0].line, f"note {number} is declared missing but has a body"))
    for number in missing:
        if number not in seen:
            problems.append((None, f"note {number} is declared missing but has no marker in the text"))
    return problems


def note_changes(notes, missing, markers, in_order: bool = False) -> list[Change]:
    """The changes that rebuilding the notes made. `in_order`: the bodies stand together
    (a notes section), so a note of several lines runs on there; it is not in pieces."""
    changes = []
    start_line = {number: note.pieces[0].line for number, note in notes.items()}
    for number in sorted(notes):
        note = notes[number]
        lines = [piece.line for piece in note.pieces]
        if len(note.pieces) > 1 and in_order:
            changes.append(Change("note-assembled", lines, note=number,
                                  reason=f"Note {number} runs over {len(lines)} lines of the notes section "
                                         "(paragraphs, or an editor's sub-note); joined into one note."))
        elif len(note.pieces) > 1:
            changes.append(Change("note-assembled", lines, note=number,
                                  reason=f"The body of note {number} is printed in {len(lines)} pieces "
                                         f"(source lines {', '.join(map(str, lines))}); joined in that order."))
        if note.run_in_with is not None:
            changes.append(Change("note-assembled", lines[:1], note=number,
                                  reason=f"Note {number} is run together with note {note.run_in_with} "
                                         "on one line; separated."))
        if not in_order and number - 1 in start_line and start_line[number - 1] > start_line[number]:
            changes.append(Change("moved", lines[:1], note=number,
                                  reason=f"Note {number} is printed before note {number - 1}; "
                                         "each note now stands with its marker."))
        for piece in note.pieces:
            if STRAY_WRAPPER.match(piece.text):
                changes.append(Change("markup", [piece.line], note=number, rule="stray-superscript",
                                      reason="The converter wrapped this note fragment as a superscript; "
                                             "the wrapper is removed.",
                                      text=STRAY_WRAPPER.match(piece.text).group(0).strip(),
                                      after=unwrap_stray(STRAY_WRAPPER.match(piece.text).group(0))))
    marker_line = dict((number, line) for number, line in markers)
    for number, reason in sorted(missing.items()):
        changes.append(Change("note-missing", [marker_line.get(number, 0)], note=number, reason=reason.strip()))
    return changes
