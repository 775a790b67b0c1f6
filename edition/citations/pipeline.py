"""Run the citation pipeline over the chapters that have footnotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..cache import remembered
from ..catalogue import read_catalogue
from .model import Citation, Fragment, Work
from .notes import read_notes, supported_passages, text_before_calls


@dataclass
class Bibliography:
    works: list[Work] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)

    @property
    def unplaced(self) -> list[Fragment]:
        return [f for f in self.fragments if f.role == "unplaced"]

    @property
    def unresolved(self) -> list[Fragment]:
        """References the parser read but could not link with confidence, and did not link (reported)."""
        return [f for f in self.fragments if f.role == "unresolved"]


def chapter_author(root: Path, slug: str) -> str | None:
    """The chapter's author, for notes that say "my" ("More on this is in my *Failed Empire*")."""
    text = read_catalogue(root).text(slug)
    people = [a for a in ((text.meta.get("authors") or []) if text else []) if a.get("family")]
    return f"{people[0]['family']}, {people[0].get('given', '')}".strip(", ") if people else None


def build_for_chapter(chapter: Path, root: Path) -> Bibliography:
    """The chapter's citations and works, parsed once per content of its notes and of the
    passages that call them (an edit elsewhere in the chapter parses nothing again)."""
    chapter = Path(chapter)
    notes, passages = read_notes(chapter), supported_passages(chapter)
    running, calls = text_before_calls(chapter)
    author = chapter_author(root, chapter.stem)
    read = repr(([(n.chapter, n.number, n.text, n.missing) for n in notes], sorted(passages.items()), author,
                 running, sorted(calls.items())))
    return remembered(root, f"citations-{chapter.stem}", [],
                      lambda: _parse(notes, passages, author, lambda note: running[: calls.get(note, 0)]), salt=read)


def _parse(notes: list, passages: dict[int, str], author: str | None, before_call=lambda note: "") -> Bibliography:
    from .parse import (fold_name, parse_note, without_signatures, read_imprints_alone, read_pages_only, read_pronoun,  # only when notes change
                        read_provisions, read_report_parts, read_writer_introducing_quotation, read_writers_of_periodical_volumes,
                        read_parts_of_works_the_text_names,
                        read_title_called_by_writer, read_works_of_known_writers, split_run_on_references)
    from .classical import quotation_without_reference, read_writers_at_calls
    from .modern import read_broken_off, read_hereinafter_uses
    from .resolve import resolve

    result = Bibliography()
    notes = without_signatures(notes)
    parsed = [(note, *parse_note(note)) for note in notes]
    authors = {fold_name(a) for _, citations, _ in parsed for c in citations if c.title for a in c.authors}
    for note, citations, fragments in parsed:
        citations = read_title_called_by_writer(citations, fragments, note, passages.get(note.number, ""), authors)
        result.citations += citations
        result.fragments += fragments
    result.citations = read_works_of_known_writers(split_run_on_references(result.citations), notes)
    result.citations = read_provisions(result.citations, result.fragments, before_call)
    result.citations = read_writer_introducing_quotation(result.citations, before_call)
    result.citations = read_writers_of_periodical_volumes(result.citations, before_call)
    result.citations = read_parts_of_works_the_text_names(result.citations, before_call)
    result.citations = read_report_parts(result.citations, result.fragments)
    result.citations = read_pages_only(result.citations, result.fragments, notes, before_call)
    result.citations = read_imprints_alone(result.citations, result.fragments, passages)
    result.citations = read_broken_off(result.citations, result.fragments)  # modern.py
    result.citations = read_hereinafter_uses(result.citations, notes)  # modern.py
    cited = {c.note for c in result.citations}
    quoted = [q for q in map(quotation_without_reference, [n for n in notes if n.number not in cited]) if q]
    result.citations = sorted(result.citations + quoted, key=lambda c: c.note)  # stable: each note's own order
    result.citations = read_writers_at_calls(result.citations, result.fragments, passages)
    result.citations = [c for c in result.citations if read_pronoun(c, passages.get(c.note, ""), result.fragments)]
    result.works = resolve(result.citations, author, passages.get)
    return result
