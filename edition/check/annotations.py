"""Annotation files: editor's notes and cross-references, each placed by a verbatim quote.

Every entry is well formed, names a text of the catalogue, and its quote stands exactly once
in that chapter; its marker (`{ednote}` / `{xref}`) stands in the block that holds the quote;
every marker in a chapter names an entry; every source key resolves.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..catalogue import Catalogue
from ..chapter import locate, read_chapter
from ..datafiles import EDITORIAL_SOURCE_FILES as SOURCE_FILES, read_yaml
from ..problems import Problem
from ..datafiles import UNSOURCED

CATEGORIES = {"error", "anachronism", "contradiction", "context"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class AnyKey(set):
    """Stands for the keys of a sources file that cannot be read: its own problem is reported,
    and no reference to it is reported as unknown on top of that."""

    def __contains__(self, key) -> bool:
        return True


def editorial_source_keys(root: Path) -> set[str]:
    keys = set()
    for name, list_key in SOURCE_FILES:
        path = Path(root) / "data" / name
        if path.exists():
            record = read_yaml(path, list_key)
            if record.problems and not record.entries:
                return AnyKey()
            keys |= {str(e.data.get("key")) for e in record.entries if e.data.get("key")}
    return keys


def check(catalogue: Catalogue) -> list[Problem]:
    chapters: dict = {}  # each chapter read once for the run, not once per note and passage
    return (check_notes(catalogue, chapters) + check_cross_references(catalogue, chapters)
            + check_source_files(catalogue))


def _chapter(catalogue: Catalogue, slug: str, chapters: dict | None = None):
    if chapters is not None and str(slug) in chapters:
        return chapters[str(slug)]
    text = next((t for t in catalogue.all_texts if t.slug == str(slug)), None)
    chapter = read_chapter(text.chapter, text.slug) if text is not None and text.chapter.exists() else None
    if chapters is not None:
        chapters[str(slug)] = chapter
    return chapter


def _place(catalogue, record, entry, slug, quote, what, chapters: dict | None = None) -> tuple[object, list[Problem]]:
    """The one place of `quote` in chapter `slug`, or the problems that prevent it."""
    line = entry.key_lines.get("anchor", entry.line)
    if slug in catalogue.known and slug not in {t.slug for t in catalogue.all_texts}:
        return None, []  # a source the toc does not list: reported there
    if slug not in catalogue.known:
        return None, [Problem(record.shown, entry.key_lines.get("chapter", entry.line),
                              f"{what}: no text {slug!r} in the catalogue (_toc.yml and data/sources/)")]
    chapter = _chapter(catalogue, slug, chapters)
    if chapter is None:
        return None, []
    if not isinstance(quote, str) or not quote.strip():
        return None, [Problem(record.shown, line, f"{what}: 'anchor' must be a quotation of the text")]
    places = locate(chapter, quote)
    if len(places) != 1:
        shown = quote if len(quote) <= 60 else quote[:57] + "..."
        return None, [Problem(record.shown, line, f"{what}: its quote \"{shown}\" stands {len(places)} times in "
                                                  f"book/{slug}.md; it must stand exactly once")]
    return places[0], []


def check_notes(catalogue: Catalogue, chapters: dict | None = None) -> list[Problem]:
    path = catalogue.root / "data" / "editorial-notes.yml"
    record = read_yaml(path)
    problems = list(record.problems)
    if record.problems and not record.entries:
        return problems  # unreadable: its calls in the chapters cannot be checked against it
    sources = editorial_source_keys(catalogue.root)
    seen: dict[str, int] = {}
    notes_by_chapter: dict[str, dict[str, object]] = {}
    for entry in record.entries:
        note = entry.data
        missing = [k for k in ("id", "chapter", "anchor", "category", "text", "sources") if not note.get(k)]
        if missing:
            problems.append(Problem(record.shown, entry.line, f"editor's note lacks {', '.join(missing)}"))
            continue
        note_id = str(note["id"])
        if note_id in seen:
            problems.append(Problem(record.shown, entry.line, f"editor's note {note_id} is defined twice "
                                                              f"(first at line {seen[note_id]})"))
            continue
        seen[note_id] = entry.line
        if note["category"] not in CATEGORIES:
            problems.append(Problem(record.shown, entry.key_lines.get("category", entry.line),
                                    f"note {note_id}: category {note['category']!r} is not one of {sorted(CATEGORIES)}"))
        for key in note["sources"] if isinstance(note["sources"], list) else [note["sources"]]:
            key = str(key)
            if key in ("internal", UNSOURCED) or (key.startswith("chapter:") and key[8:] in catalogue.known):
                continue
            if key not in sources:
                problems.append(Problem(record.shown, entry.key_lines.get("sources", entry.line),
                                        f"note {note_id}: no source {key!r} (data/editorial-sources.yml)"))
        if note.get("corrects_date") is not None and not ISO_DATE.match(str(note["corrects_date"])):
            problems.append(Problem(record.shown, entry.key_lines.get("corrects_date", entry.line),
                                    f"note {note_id}: corrects_date {note['corrects_date']!r} is not an ISO 8601 "
                                    "date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        place, found = _place(catalogue, record, entry, note["chapter"], note["anchor"], f"note {note_id}",
                              chapters)
        problems += found
        notes_by_chapter.setdefault(str(note["chapter"]), {})[note_id] = (place, entry)
    for text in catalogue.all_texts:
        chapter = _chapter(catalogue, text.slug, chapters)
        if chapter is None:
            continue
        expected = notes_by_chapter.get(text.slug, {})
        marked: dict[str, int] = {}
        for block in chapter.all_blocks():
            for piece in block.markers("ednote"):
                note_id = piece.content.strip()
                if note_id in marked:
                    problems.append(Problem(f"book/{text.slug}.md", piece.line, f"editor's note {note_id} is "
                                                                               f"marked twice (also line {marked[note_id]})"))
                    continue
                marked[note_id] = piece.line
                if note_id not in expected:
                    other = "of another chapter" if note_id in seen else "in data/editorial-notes.yml"
                    problems.append(Problem(f"book/{text.slug}.md", piece.line, f"no editor's note {note_id} {other}"))
                    continue
                place, entry = expected[note_id]
                if place is not None and place.block is not block:
                    problems.append(Problem(f"book/{text.slug}.md", piece.line,
                                            f"the call of editor's note {note_id} is not in the passage its quote "
                                            f"names (data/editorial-notes.yml:{entry.line})"))
        for note_id, (_, entry) in expected.items():
            if note_id not in marked:
                problems.append(Problem(record.shown, entry.line, f"note {note_id} has no call `{{ednote}}` in "
                                                                  f"book/{text.slug}.md (python -m edition annotate)"))
    return problems


def check_cross_references(catalogue: Catalogue, chapters: dict | None = None) -> list[Problem]:
    path = catalogue.root / "data" / "cross-references.yml"
    record = read_yaml(path)
    problems = list(record.problems)
    if record.problems and not record.entries:
        return problems
    expected: dict[str, tuple[str, object, object]] = {}  # "group#k" -> (slug, place, entry)
    seen = set()
    for entry in record.entries:
        group = entry.data
        if not group.get("id") or not group.get("topic") or not isinstance(group.get("passages"), list):
            problems.append(Problem(record.shown, entry.line, "a cross-reference group needs 'id', 'topic' "
                                                              "and a list of 'passages'"))
            continue
        if group["id"] in seen:
            problems.append(Problem(record.shown, entry.line, f"group {group['id']} is defined twice"))
            continue
        seen.add(group["id"])
        if len(group["passages"]) < 2:
            problems.append(Problem(record.shown, entry.line, f"group {group['id']} links fewer than two passages"))
        for k, passage in enumerate(group["passages"]):
            if not isinstance(passage, dict) or not passage.get("chapter") or not passage.get("anchor"):
                problems.append(Problem(record.shown, entry.line, f"{group['id']}#{k}: a passage needs "
                                                                  "'chapter' and 'anchor'"))
                continue
            place, found = _place(catalogue, record, entry, passage["chapter"], passage["anchor"],
                                  f"cross-reference {group['id']}#{k}", chapters)
            problems += found
            expected[f"{group['id']}#{k}"] = (str(passage["chapter"]), place, entry)
    marked = set()
    for text in catalogue.all_texts:
        chapter = _chapter(catalogue, text.slug, chapters)
        if chapter is None:
            continue
        for block in chapter.all_blocks():
            for piece in block.markers("xref"):
                key = piece.content.strip()
                marked.add(key)
                if key not in expected or expected[key][0] != text.slug:
                    problems.append(Problem(f"book/{text.slug}.md", piece.line,
                                            f"no cross-reference {key} for this chapter in data/cross-references.yml"))
                elif expected[key][1] is not None and expected[key][1].block is not block:
                    problems.append(Problem(f"book/{text.slug}.md", piece.line,
                                            f"cross-reference {key} stands outside the passage its quote names"))
    for key, (slug, place, entry) in expected.items():
        if key not in marked and place is not None:
            problems.append(Problem(record.shown, entry.line, f"cross-reference {key} has no marker `{{xref}}` "
                                                              f"in book/{slug}.md (python -m edition annotate)"))
    return problems


def check_source_files(catalogue: Catalogue) -> list[Problem]:
    problems = []
    for name, list_key in SOURCE_FILES:
        path = catalogue.root / "data" / name
        if not path.exists():
            continue
        record = read_yaml(path, list_key)
        problems += record.problems
        seen = {}
        for entry in record.entries:
            key = entry.data.get("key")
            if not key or not entry.data.get("title"):
                problems.append(Problem(record.shown, entry.line, "a source needs a 'key' and a 'title'"))
                continue
            if key in seen:
                problems.append(Problem(record.shown, entry.line, f"source {key} is listed twice (line {seen[key]})"))
            seen[key] = entry.line
    return problems
