"""Import a source document: `data/sources/<slug>.txt` -> `book/<slug>.md` + `data/changes/<slug>.yml`.

The steps are the modules of this package, in order: read, remove junk, apply inline
rules, split off notes, group paragraphs, render. Every problem of every step is
collected and reported together; nothing is written unless there are none.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from .changes import Change, ChangeRecord
from .clean import apply_inline_rules, remove_junk_lines
from .endnotes import split_section, split_units
from .footnotes import split_notes
from .inlinenotes import split_closed
from .notestyles import form as call_form
from .paragraphs import group_blocks, missing_headings
from .problems import Problem, ProblemsFound, display_path
from .render import render_chapter
from .sources import read_source

# Characters a printer sets round a title line, and a closing full stop: never part of the title.
TITLE_ORNAMENTS = " .-\u2013\u2014*~=_|\u00b7\u2022"

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Imported:
    slug: str
    chapter: str  # MyST text
    record: ChangeRecord


def import_source(path: Path, root: Path = ROOT) -> Imported:
    source = read_source(path)
    rules = source.import_rules
    shown = display_path(source.path)
    problems: list[Problem] = []

    lines, changes, unmatched = remove_junk_lines(source.lines, rules.get("remove") or [])
    problems += [Problem(display_path(source.meta_path), None, message) for message in unmatched]
    lines, inline_changes = apply_inline_rules(lines, rules.get("inline") or [])
    changes += inline_changes

    notes, missing, note_lines = {}, {}, set()
    form = call_form(rules.get("footnotes"))
    if rules.get("footnotes"):
        missing = rules.get("missing_notes") or {}
        at = rules.get("notes_at") or ("pages" if form.name == "superscript" else "section")
        if form.closer:  # bodies closed by their own bracket, wherever they stand
            split = split_closed(lines, form, missing, rules.get("notes_heading"))
        else:
            split = split_notes(lines, missing) if at == "pages" else \
                (split_units if at == "units" else split_section)(lines, form, missing, rules.get("notes_heading"))
        problems += [Problem(shown, line, message) for line, message in split.problems]
        lines, notes = split.body, split.notes
        changes += split.changes
        note_lines = {piece.line for note in notes.values() for piece in note.pieces}

    blank = {line.number for line in source.lines if not line.text.strip()}
    blocks, above_title = group_blocks(lines, rules, note_lines, form, blank)
    problems += [Problem(display_path(source.meta_path), None, f"import.headings lists {heading!r}, which no "
                                                               "line of the text holds")
                 for heading in missing_headings(lines, rules, form)]
    title_block = next((b for b in blocks if b.kind == "title"), None)
    if title_block is not None and source.meta.get("title"):
        # Case, a closing full stop and ornaments round the line ("- Title -", "* TITLE *") are the
        # printer's, not the title's.
        printed = " ".join(form.strip(title_block.lines[-1].text).split()).casefold().strip(TITLE_ORNAMENTS)
        given = " ".join(str(source.meta["title"]).split()).casefold().strip(TITLE_ORNAMENTS)
        if not printed.endswith(given):  # "Chapter 1: Title" prints the title, "I" does not
            problems.append(Problem(shown, title_block.lines[-1].number,
                                    f"the title line reads {title_block.lines[-1].text.strip()!r}, but the metadata's "
                                    f"title is {source.meta['title']!r} (set import.title_line to a pattern for the "
                                    "title's line, or to null when the text prints no title of its own)"))
    if any(block.kind == "title" for block in blocks) is False and source.meta.get("title") \
            and "title_line" in rules and rules["title_line"]:
        problems.append(Problem(shown, None, f"no line matches title_line {rules['title_line']!r}"))
    for line in above_title:
        changes.append(Change("moved", [line.number], text=line.text.strip(),
                              reason="Printed above the title in the source; placed after the chapter title."))
    for block in blocks:
        cut = any(a.number < n < b.number for a, b in zip(block.lines, block.lines[1:]) for n in note_lines)
        if len(block.lines) > 1 and block.kind == "paragraph" and rules.get("paragraphs") == "wrapped" and cut:
            changes.append(Change("rejoined", block.source_lines,
                                  reason=f"A page break (and the notes printed at it) cut this paragraph, and the "
                                         f"capture wraps its text; the {len(block.lines)} lines are joined into one."))
        elif block.line_breaks:  # set line by line by the source (verse, a title page, a table): kept so
            pass
        elif len(block.lines) > 1 and block.kind == "paragraph" and rules.get("paragraphs") == "wrapped":
            indented = all(line.text[:1].isspace() for line in block.lines)
            changes.append(Change("wrapped", block.source_lines, reason=(
                f"The capture indents this block (a quotation, verse or an item of a list); its {len(block.lines)} "
                "lines are joined into one paragraph, and the line breaks of verse are not kept." if indented else
                f"The capture wraps its text at a fixed width; the {len(block.lines)} lines of this paragraph are "
                "joined into one.")))
        elif len(block.lines) > 1 and block.kind == "paragraph":
            changes.append(Change("rejoined", block.source_lines,
                                  text=" / ".join(l.text.strip()[-40:] + " | " + n.text.strip()[:40]
                                                  for l, n in zip(block.lines, block.lines[1:])),
                                  reason="A page break (and the notes printed at it) cut this paragraph; "
                                         "the parts are joined."))
        if block.gap_before or block.gap_after:
            where = " and ".join(w for w, flag in (("starts", block.gap_before), ("stops", block.gap_after)) if flag)
            changes.append(Change("gap-marked", block.source_lines,
                                  reason=f"The excerpt {where} mid-sentence; the gap is marked [...]."))
    if problems:
        raise ProblemsFound(problems)

    title = source.meta.get("title") or source.meta.get("edition_title")
    chapter = render_chapter(source.slug, title, blocks, notes, missing, changes, form)
    record = ChangeRecord(
        slug=source.slug,
        source=str(source.path.resolve().relative_to(root)) if source.path.resolve().is_relative_to(root)
        else str(source.path),
        sha256=source.sha256,
        title_line=next((b.lines[0].number for b in blocks if b.kind == "title"), None),
        changes=sorted(changes, key=lambda c: (c.lines[0] if c.lines else 0, c.kind)),
        notes={number: note.pieces for number, note in notes.items()},
        calls=form.name,
    )
    return Imported(source.slug, chapter, record)


def write_import(imported: Imported, book_dir: Path, changes_dir: Path, staging_dir: Path) -> list[str]:
    """Write chapter and record; never overwrite a chapter that differs (it may be edited).

    Returns messages for the user. A chapter that would change is written to
    `staging_dir` instead, with a unified diff against the committed one.
    """
    messages = []
    chapter_path = book_dir / f"{imported.slug}.md"
    record_path = changes_dir / f"{imported.slug}.yml"
    if chapter_path.exists() and chapter_path.read_text(encoding="utf-8") != imported.chapter:
        staging_dir.mkdir(parents=True, exist_ok=True)
        staged = staging_dir / chapter_path.name
        staged.write_text(imported.chapter, encoding="utf-8")
        diff = difflib.unified_diff(chapter_path.read_text(encoding="utf-8").splitlines(),
                                    imported.chapter.splitlines(), str(chapter_path), str(staged), lineterm="", n=1)
        diff_lines = list(diff)
        messages.append(f"{display_path(chapter_path)} differs from a fresh import (it may hold editorial work): "
                        f"not overwritten. Fresh import written to {display_path(staged)}; "
                        f"{sum(1 for d in diff_lines if d[:1] in '+-') - 2} changed lines:")
        messages += diff_lines[:40] + (["..."] if len(diff_lines) > 40 else [])
        return messages
    book_dir.mkdir(parents=True, exist_ok=True)
    changes_dir.mkdir(parents=True, exist_ok=True)
    chapter_path.write_text(imported.chapter, encoding="utf-8")
    record_path.write_text(imported.record.to_yaml(), encoding="utf-8")
    messages.append(f"wrote {display_path(chapter_path)} and {display_path(record_path)}")
    return messages
