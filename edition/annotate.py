"""Put the editor's apparatus into chapters, at places found by the source's own words.

The editor's notes (`data/editorial-notes.yml`) and emendations name their place by a
verbatim quotation of the source. A chapter line is MyST (escapes, links, roles, footnote
markers), so each line is read as plain source text with a map back to its characters:
the marker `{ednote}`ID`` goes right after the quoted words; an emendation replaces the
quoted words with `{emend}`corrected|original|reason``. Both are idempotent, and every
place that cannot be found, or is found twice, is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROLE = re.compile(r"\{(\w+)\}`([^`]*)`")
LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\(<?[^)>]*>?\)")
FOOTNOTE_REF = re.compile(r"\[\^\w+\](?!:)")
DEFINITION_PREFIX = re.compile(r"^\[\^\w+\]: ")


@dataclass
class PlainLine:
    text: str  # the source's characters
    index: list[int]  # for each character, its position in the MyST line


def plain(line: str) -> PlainLine:
    """Read a MyST line as source text: escapes undone, links and markers dropped, emendations
    read as their original, other roles as their visible text, emphasis markers dropped."""
    chars, index, position = [], [], 0
    prefix = DEFINITION_PREFIX.match(line)
    if prefix:
        position = prefix.end()
    while position < len(line):
        for pattern in (FOOTNOTE_REF, ROLE, LINK):
            match = pattern.match(line, position)
            if match:
                break
        else:
            match = None
        if match and match.re is FOOTNOTE_REF:
            position = match.end()
            continue
        if match and match.re is ROLE:
            name, content = match.group(1), match.group(2)
            visible = content.split("|")[1] if name == "emend" else ("" if name in ("ednote", "gap", "missing", "xref", "edsource")
                                                                      else content)
            for char in visible:
                chars.append(char)
                index.append(match.start())
            position = match.end()
            continue
        if match and match.re is LINK:
            text = re.sub(r"\\(.)", r"\1", match.group(1))
            for char in text:
                chars.append(char)
                index.append(match.start())
            position = match.end()
            continue
        char = line[position]
        if char == "\\" and position + 1 < len(line):
            chars.append(line[position + 1])
            index.append(position)
            position += 2
            continue
        if char == "*":
            position += 1
            continue
        chars.append(char)
        index.append(position)
        position += 1
    return PlainLine("".join(chars), index)


def _end_position(line: str, mapped: PlainLine, plain_end: int) -> int:
    """The MyST position just after the plain character before `plain_end`."""
    last = mapped.index[plain_end - 1]
    if line[last] == "\\":
        return last + 2
    role = ROLE.match(line, last) or LINK.match(line, last)
    return role.end() if role else last + 1


def source_lines(lines: list[str]) -> list[int]:
    """Numbers of the lines that hold source text: not inside a directive (the editor's own)."""
    keep, fence = [], None
    for number, line in enumerate(lines):
        opening = re.match(r"^(:::+|```+)\{", line)
        if fence is None and opening:
            fence = opening.group(1)
        elif fence is not None and line.strip() == fence:
            fence = None
        elif fence is None:
            keep.append(number)
    return keep


def locate(lines: list[str], quote: str) -> list[tuple[int, int, int]]:
    """Every (line number, MyST start, MyST end) where `quote` stands, as source text."""
    found = []
    quote = quote.strip("\n")
    for number in source_lines(lines):
        line = lines[number]
        mapped = plain(line)
        for match in re.finditer(re.escape(quote), mapped.text):
            found.append((number, mapped.index[match.start()], _end_position(line, mapped, match.end())))
    return found


def insert_note_markers(chapter: Path, notes: list[dict]) -> list[str]:
    """Insert `{ednote}` markers for the chapter's notes that have none. Returns problems."""
    lines = chapter.read_text(encoding="utf-8").split("\n")
    problems = []
    for note in notes:
        marker = f"{{ednote}}`{note['id']}`"
        if any(marker in line for line in lines):
            continue
        places = locate(lines, note["anchor"])
        if len(places) != 1:
            problems.append(f"{chapter.name}: note {note['id']}: its anchor {note['anchor']!r} is found "
                            f"{len(places)} times")
            continue
        number, _, end = places[0]
        lines[number] = lines[number][:end] + marker + lines[number][end:]
    chapter.write_text("\n".join(lines), encoding="utf-8")
    return problems


def apply_emendations(chapter: Path, emendations: list[dict]) -> list[str]:
    lines = chapter.read_text(encoding="utf-8").split("\n")
    problems = []
    for item in emendations:
        item = {**item, "original": item["original"].strip("\n"), "corrected": item["corrected"].strip("\n")}
        role = f"{{emend}}`{item['corrected']}|{item['original']}|{item['reason']}`"
        if any(role in line for line in lines):
            continue
        places = locate(lines, item["original"])
        if len(places) != 1:
            problems.append(f"{chapter.name}: emendation {item['original']!r} is found {len(places)} times")
            continue
        number, start, end = places[0]
        span = lines[number][start:end]
        if "*" in span or "`" in span or "[" in span.replace("\\[", ""):
            problems.append(f"{chapter.name}: emendation {item['original']!r} crosses markup: {span!r}")
            continue
        lines[number] = lines[number][:start] + role + lines[number][end:]
    chapter.write_text("\n".join(lines), encoding="utf-8")
    return problems


def insert_cross_references(root: Path) -> list[str]:
    """Mark every passage of data/cross-references.yml with `{xref}`group#k``."""
    path = root / "data" / "cross-references.yml"
    problems = []
    for group in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        for k, passage in enumerate(group["passages"]):
            chapter = root / "book" / f"{passage['chapter']}.md"
            lines = chapter.read_text(encoding="utf-8").split("\n")
            marker = f"{{xref}}`{group['id']}#{k}`"
            if any(marker in line for line in lines):
                continue
            places = locate(lines, passage["anchor"])
            if len(places) != 1:
                problems.append(f"{chapter.name}: cross-reference {group['id']}#{k}: anchor found {len(places)} times")
                continue
            number, _, end = places[0]
            lines[number] = lines[number][:end] + marker + lines[number][end:]
            chapter.write_text("\n".join(lines), encoding="utf-8")
    return problems


def annotate(root: Path, emendations_file: Path | None = None) -> list[str]:
    problems = insert_cross_references(root)
    notes = yaml.safe_load((root / "data" / "editorial-notes.yml").read_text(encoding="utf-8")) or []
    for slug in sorted({n["chapter"] for n in notes}):
        problems += insert_note_markers(root / "book" / f"{slug}.md", [n for n in notes if n["chapter"] == slug])
    if emendations_file:
        items = yaml.safe_load(emendations_file.read_text(encoding="utf-8")) or []
        for slug in sorted({i["chapter"] for i in items}):
            problems += apply_emendations(root / "book" / f"{slug}.md", [i for i in items if i["chapter"] == slug])
    return problems
