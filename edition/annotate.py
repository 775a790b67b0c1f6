"""Put the editor's apparatus into chapters, at places found by the source's own words.

The editor's notes (`data/editorial-notes.yml`), the cross-references
(`data/cross-references.yml`) and emendations name their place by a verbatim quotation of the
source. The chapter model (edition.chapter) finds the quotation and the characters of the
chapter that hold it: the marker `{ednote}`ID`` or `{xref}`group#k`` goes right after the
quoted words; an emendation replaces them with `{emend}`corrected|original|kind: reason``.
All are idempotent, and every place that cannot be found, or is found twice, is reported.
"""

from __future__ import annotations

from pathlib import Path

from .catalogue import read_catalogue
from .chapter import locate, parse_chapter
from .chapter import write as myst
from .datafiles import read_yaml


def _one_place(path: Path, text: str, quote: str, what: str) -> tuple[object, str | None]:
    chapter = parse_chapter(text, path, path.stem)
    places = locate(chapter, quote)
    if len(places) != 1:
        return None, f"{path.name}: {what}: its quote {quote!r} is found {len(places)} times"
    return places[0], None


def _insert_after(text: str, place, marker: str) -> str:
    lines = text.split("\n")
    line = lines[place.end_line - 1]
    lines[place.end_line - 1] = line[:place.end] + marker + line[place.end:]
    return "\n".join(lines)


def insert_markers(path: Path, items: list[tuple[str, str, str]]) -> list[str]:
    """Insert each (marker, quote, what) not yet in the chapter after its quote. Returns problems."""
    text = path.read_text(encoding="utf-8")
    problems = []
    for marker, quote, what in items:
        if marker in text:
            continue
        place, problem = _one_place(path, text, quote, what)
        if problem:
            problems.append(problem)
            continue
        text = _insert_after(text, place, marker)
    path.write_text(text, encoding="utf-8")
    return problems


def apply_emendations(path: Path, emendations: list[dict]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    problems = []
    for item in emendations:
        original, corrected = item["original"].strip("\n"), item["corrected"].strip("\n")
        role = myst.role("emend", f"{corrected}|{original}|{item['reason']}")
        if role in text:
            continue
        place, problem = _one_place(path, text, original, f"emendation {original!r}")
        if problem:
            problems.append(problem)
            continue
        lines = text.split("\n")
        span = lines[place.line - 1][place.start:place.end]
        if place.line != place.end_line or any(mark in span for mark in ("*", "`", "[^", "](")):
            problems.append(f"{path.name}: emendation {original!r} crosses markup: {span!r}")
            continue
        lines[place.line - 1] = lines[place.line - 1][:place.start] + role + lines[place.line - 1][place.end:]
        text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return problems


def annotate(root: Path, emendations_file: Path | None = None) -> list[str]:
    catalogue = read_catalogue(root)
    problems = [str(p) for p in catalogue.problems]
    markers: dict[str, list[tuple[str, str, str]]] = {}
    for entry in read_yaml(root / "data" / "cross-references.yml").entries:
        for k, passage in enumerate(entry.data.get("passages") or []):
            markers.setdefault(passage["chapter"], []).append(
                (myst.role("xref", f"{entry.data['id']}#{k}"), passage["anchor"], f"cross-reference {entry.data['id']}#{k}"))
    for entry in read_yaml(root / "data" / "editorial-notes.yml").entries:
        note = entry.data
        markers.setdefault(note["chapter"], []).append((myst.role("ednote", note["id"]), note["anchor"],
                                                        f"note {note['id']}"))
    for slug, items in markers.items():
        text = catalogue.text(slug)
        if text is None:
            problems.append(f"no text {slug!r} in the catalogue")
            continue
        problems += insert_markers(text.chapter, items)
    if emendations_file:
        for entry in read_yaml(emendations_file).entries:
            text = catalogue.text(entry.data["chapter"])
            if text is None:
                problems.append(f"no text {entry.data['chapter']!r} in the catalogue")
                continue
            problems += apply_emendations(text.chapter, [entry.data])
    return problems
