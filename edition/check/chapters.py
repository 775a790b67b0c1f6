"""Chapters: the model's problems (anything not the author's text, structure or a known
editorial construct), the fidelity proof, and the editorial references inside them."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..changes import ChangeRecord
from ..chapter import read_chapter
from ..fidelity import check_chapter
from ..problems import Problem, display_path
from .annotations import editorial_source_keys


def check(catalogue: Catalogue) -> list[Problem]:
    problems: list[Problem] = []
    sources = editorial_source_keys(catalogue.root)
    for text in catalogue.all_texts:
        if not text.chapter.exists():
            problems.append(Problem(display_path(text.chapter), None, f"the chapter of {text.slug} does not exist "
                                                                      f"(python -m edition import {display_path(text.source)})"))
            continue
        chapter = read_chapter(text.chapter, text.slug)
        problems += chapter.problems
        if chapter.problems and chapter.problems[0].message.startswith("not UTF-8"):
            continue  # the fidelity proof of a mis-encoded file would only repeat it
        shown = display_path(text.chapter)
        if not text.changes.exists():
            problems.append(Problem(display_path(text.changes), None, "the change record of this text is missing"))
        else:
            found, _ = check_chapter(text.chapter, text.changes, text.source, catalogue.root)
            problems += [_as_problem(line) for line in found]
            recorded = {c.note for c in ChangeRecord.read(text.changes).changes if c.kind == "note-missing"}
            for piece in chapter.markers("missing"):
                label = next((label for label, blocks in chapter.notes.items()
                              if any(piece in b.pieces for b in blocks)), "")
                if not label.isdigit() or int(label) not in recorded:
                    problems.append(Problem(shown, piece.line, f"note {label}: marked missing, but the change record "
                                                               "does not record its body as lost in the source"))
        for emendation in chapter.emendations():
            if emendation.source and emendation.source != "internal" and emendation.source not in sources:
                problems.append(Problem(shown, emendation.line, f"emendation: no editorial source "
                                                                f"{emendation.source!r} in data/editorial-sources.yml"))
        for block in chapter.all_blocks() + [b for d in chapter.directives for b in d.blocks]:
            for piece in block.markers("edsource"):
                if piece.content.strip() not in sources:
                    problems.append(Problem(shown, piece.line, f"no editorial source {piece.content.strip()!r} "
                                                               "in data/editorial-sources.yml"))
        problems += _apparatus_problems(chapter, text, shown)
        numbered = [b for b in chapter.blocks if b.id]
        for number, block in enumerate(numbered, start=1):
            if block.id != f"p-{number}":
                problems.append(Problem(shown, block.mark_line, f"paragraph id {block.id} where p-{number} is due: "
                                                                "paragraph ids run p-1, p-2 ... in order"))
                break
    return problems


def _apparatus_problems(chapter, text, shown: str) -> list[Problem]:
    """Every text chapter opens with the editor's headnote, which states the text's rights, and
    offers its cite box: an imported chapter has neither until the editor writes the headnote."""
    found = {d.name: d for d in chapter.directives}
    title_line = chapter.title.line if chapter.title else 1
    problems = []
    headnote = found.get("headnote")
    rights = " ".join(str(text.meta.get("rights") or "").split())
    if headnote is None:
        problems.append(Problem(shown, title_line, "no headnote: after the title, write a ':::{headnote}' block "
                                                   "saying what the text is, where it comes from, its rights and "
                                                   "how far it can be trusted (README: Adding a sixth source)"))
    elif rights:
        said = " ".join(" ".join(b.text() for b in headnote.blocks).split()).replace("(", "")
        first = rights.replace("(", "").split(".")[0]
        if first not in said:
            problems.append(Problem(shown, headnote.line, f"the headnote does not state the text's rights as its "
                                                          f"metadata gives them ({first[:60]!r}...)"))
    if "cite-this" not in found:
        problems.append(Problem(shown, title_line, "no cite box: add a '{cite-this}' directive after the source record"))
    return problems


def _as_problem(line: str) -> Problem:
    """The fidelity report speaks `file:line: message`; keep it as a Problem."""
    where, _, message = line.partition(": ")
    path, _, number = where.partition(":")
    return Problem(path, int(number) if number.isdigit() else None, message)
