"""Prove that no word or mark of a source is lost, added or moved in its chapter.

For each chapter: the tokens (words, punctuation, the converter's emphasis marks) of its
reading text (the chapter model, `edition.chapter`) must equal the tokens of
its source minus what the change record licenses (`changes`): lines removed as junk,
inline substitutions, the title line taken first, lines moved after it, and the notes
read from the recorded pieces. Title and body form one stream, each note another; both
sides are compared in order, word for word. Every difference is reported with the
chapter's line and the source's line.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .changes import ChangeRecord, NotePiece
from .problems import display_path
from .chapter import read_chapter, reading_tokens
from .chapter import tokens as text_tokens
from .chapter.text import Token as Word
from .notestyles import form as call_form
from .sources import check_manifest, read_text_lines


@dataclass
class FidelityReport:
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # slug -> words compared

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        summary = [f"{slug}: {count} words, all present in order" for slug, count in self.checked.items()
                   if not any(slug in p for p in self.problems)]
        return self.problems + summary + [f"{len(self.problems)} difference(s)" if self.problems else "fidelity: ok"]


def source_streams(source_path: Path, record: ChangeRecord) -> tuple[list[Word], dict[str, list[Word]]]:
    """The words the chapter must hold: (title + body, notes by label)."""
    _, lines = read_text_lines(source_path)
    text = {line.number: line.text for line in lines}
    removed = set()
    pieces = {number: [NotePiece(p.line, p.text) for p in ps] for number, ps in record.notes.items()}
    for change in record.changes:
        if change.kind == "removed":
            removed.update(range(change.lines[0], change.lines[-1] + 1))
        elif change.kind in ("inline", "markup"):  # licensed substitutions, in body or note
            line = change.lines[0]
            text[line] = text[line].replace(change.text, change.after, 1)
            for piece in (p for ps in pieces.values() for p in ps if p.line == line and change.text in p.text):
                piece.text = piece.text.replace(change.text, change.after, 1)
    note_lines = {piece.line for pieces in record.notes.values() for piece in pieces}
    moved = [c.lines[0] for c in record.changes if c.kind == "moved" and c.note is None]

    form = call_form(record.calls)

    def line_words(number: int) -> list[Word]:
        return text_tokens(text[number], number, calls=form)

    order = [record.title_line] if record.title_line else []
    order += moved
    order += [n for n in sorted(text) if n not in removed and n not in note_lines and n not in order]
    body = [word for number in order for word in line_words(number)]
    notes = {str(number): [t for piece in note for t in text_tokens(piece.text, piece.line)]
             for number, note in pieces.items()}
    return body, notes


def note_pieces_problems(source_path: Path, record: ChangeRecord) -> list[str]:
    """Each recorded piece stands on its line, and the pieces of a line cover all its words."""
    _, lines = read_text_lines(source_path)
    text = {line.number: line.text for line in lines}
    form = call_form(record.calls)
    for number in text:  # a note's own number, at the head of its body, is not its text
        found = form.body_start(text[number]) if form.name != "superscript" else None
        if found:
            text[number] = text[number][found[1]:]
    for pieces in record.notes.values():  # nor the mark that closes a body the capture closes
        if form.closer and pieces and pieces[-1].line in text:
            text[pieces[-1].line] = form.without_closer(text[pieces[-1].line])
    shown = display_path(source_path)
    problems, covered = [], {}
    for number, pieces in record.notes.items():
        for piece in pieces:
            if piece.text not in text.get(piece.line, ""):
                problems.append(f"{shown}:{piece.line}: recorded text of note {number} is not on this line")
            covered.setdefault(piece.line, []).extend(t.text for t in text_tokens(piece.text, piece.line))
    for line, found in covered.items():
        if sorted(found) != sorted(t.text for t in text_tokens(text[line], line)):
            problems.append(f"{shown}:{line}: words of this line are not all in the notes recorded for it")
    return problems


def compare(slug: str, expected: list[Word], actual: list[Word], chapter: str, source: str,
            what: str) -> list[str]:
    a, b = [w.text for w in expected], [w.text for w in actual]
    if a == b:  # the usual case: no need to look for differences
        return []
    problems = []
    # Only the stretch between the common start and end is compared: difflib's matcher is
    # quadratic in what it is given, and an edit is usually a few words in a long text.
    start = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    matcher = difflib.SequenceMatcher(None, a[start:len(a) - end], b[start:len(b) - end], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        i1, i2, j1, j2 = i1 + start, i2 + start, j1 + start, j2 + start
        src_line = expected[i1].line if i1 < len(expected) else (expected[-1].line if expected else 0)
        ch_line = actual[j1].line if j1 < len(actual) else (actual[-1].line if actual else 0)
        lost, added = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "delete":
            message = f"missing from the chapter: \"{lost}\""
        elif tag == "insert":
            message = f"not in the source: \"{added}\""
        else:
            message = f"source has \"{lost}\", chapter has \"{added}\""
        problems.append(f"{chapter}:{ch_line}: {what}: {message} (source {source}:{src_line})")
    return problems


def _shown(path: Path, root: Path | None) -> str:
    """Paths relative to the project checked, as an editor would open them."""
    if root is not None and path.resolve().is_relative_to(root.resolve()):
        return path.resolve().relative_to(root.resolve()).as_posix()
    return display_path(path)


def check_chapter(chapter_path: Path, record_path: Path, source_path: Path,
                  root: Path | None = None) -> tuple[list[str], int]:
    """The proof for one chapter, once per content of its three files (and of the code): in a
    project, across processes too (.cache/edition), so that a check after one chapter's edit
    proves that chapter again and reads the others' proofs."""
    paths = Path(chapter_path), Path(record_path), Path(source_path)

    def prove():
        return _check_chapter(*paths, root, *(p.read_bytes() for p in paths), str(Path.cwd()))

    if root is None or not (Path(root) / "_toc.yml").is_file():
        return prove()
    from .cache import remembered
    return remembered(Path(root), f"fidelity-{paths[0].stem}", paths, prove, salt=f"{Path.cwd()} {Path(root).resolve()}")


@lru_cache(maxsize=32)
def _check_chapter(chapter_path: Path, record_path: Path, source_path: Path, root: Path | None,
                   _chapter: bytes, _record: bytes, _source: bytes, _cwd: str) -> tuple[list[str], int]:
    record, pieces_problems, (expected_body, expected_notes) = _source_side(
        source_path, record_path, _source, _record, _cwd)
    chapter_shown, source_shown = _shown(chapter_path, root), _shown(source_path, root)
    problems = list(pieces_problems)
    if hashlib.sha256(_source).hexdigest() != record.sha256:
        problems.append(f"{display_path(record_path)}: recorded SHA-256 does not match {source_shown}")
    body, notes = reading_tokens(read_chapter(chapter_path))
    problems += compare(record.slug, expected_body, body, chapter_shown, source_shown, "text")
    for label in sorted(set(expected_notes) | set(notes), key=lambda x: (len(x), x)):
        if label not in notes:
            problems.append(f"{chapter_shown}: note {label} of the source is missing from the chapter")
        elif label not in expected_notes and notes[label]:
            problems.append(f"{chapter_shown}:{notes[label][0].line}: note {label} is not in the source")
        elif label in expected_notes:
            problems += compare(record.slug, expected_notes[label], notes[label],
                                chapter_shown, source_shown, f"note {label}")
    total = len(expected_body) + sum(len(v) for v in expected_notes.values())
    return problems, total


@lru_cache(maxsize=32)
def _source_side(source_path: Path, record_path: Path, _source: bytes, _record: bytes, _cwd: str):
    """What the chapter must hold, from the source and its record alone (once per content of the
    two, and per working folder, which the messages' paths are relative to: an edited chapter is
    proven again against the same source). Its callers only read it."""
    record = ChangeRecord.read(record_path)
    return record, tuple(note_pieces_problems(source_path, record)), source_streams(source_path, record)


def check_all(root: Path, slugs: list[str] | None = None) -> FidelityReport:
    report = FidelityReport()
    report.problems += [str(p) for p in check_manifest(root / "data" / "sources")]
    records = sorted((root / "data" / "changes").glob("*.yml"))
    for record_path in records:
        slug = record_path.stem
        if slugs and slug not in slugs:
            continue
        chapter = root / "book" / f"{slug}.md"
        source = root / "data" / "sources" / f"{slug}.txt"
        if not chapter.exists():
            report.problems.append(f"{display_path(chapter)}: chapter missing for {display_path(record_path)}")
            continue
        problems, total = check_chapter(chapter, record_path, source, root)
        report.problems += problems
        report.checked[slug] = total
    return report
