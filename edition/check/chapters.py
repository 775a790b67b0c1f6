"""Chapters: the model's problems (anything not the author's text, structure or a known
editorial construct), the fidelity proof, and the editorial references inside them."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..chapter import read_chapter
from ..fidelity import check_chapter
from ..problems import Problem, display_path
from .annotations import editorial_source_keys


def check(catalogue: Catalogue) -> list[Problem]:
    problems: list[Problem] = []
    sources = editorial_source_keys(catalogue.root)
    for text in catalogue.texts:
        if not text.chapter.exists():
            problems.append(Problem(display_path(text.chapter), None, f"the chapter of {text.slug} does not exist "
                                                                      f"(python -m edition import {display_path(text.source)})"))
            continue
        try:
            chapter = read_chapter(text.chapter, text.slug)
        except UnicodeDecodeError as error:
            problems.append(Problem(display_path(text.chapter), None, f"not UTF-8: {error.reason}"))
            continue
        problems += chapter.problems
        shown = display_path(text.chapter)
        if not text.changes.exists():
            problems.append(Problem(display_path(text.changes), None, "the change record of this text is missing"))
        else:
            found, _ = check_chapter(text.chapter, text.changes, text.source, catalogue.root)
            problems += [_as_problem(line) for line in found]
        for emendation in chapter.emendations():
            if emendation.source and emendation.source != "internal" and emendation.source not in sources:
                problems.append(Problem(shown, emendation.line, f"emendation: no editorial source "
                                                                f"{emendation.source!r} in data/editorial-sources.yml"))
        for block in chapter.all_blocks() + [b for d in chapter.directives for b in d.blocks]:
            for piece in block.markers("edsource"):
                if piece.content.strip() not in sources:
                    problems.append(Problem(shown, piece.line, f"no editorial source {piece.content.strip()!r} "
                                                               "in data/editorial-sources.yml"))
        ids = [b.id for b in chapter.blocks if b.id]
        if ids != [f"p-{n}" for n in range(1, len(ids) + 1)]:
            duplicated = sorted({i for i in ids if ids.count(i) > 1})
            problems.append(Problem(shown, None, "paragraph ids must run p-1, p-2 ... in order"
                                                 + (f"; repeated: {', '.join(duplicated)}" if duplicated else "")))
    return problems


def _as_problem(line: str) -> Problem:
    """The fidelity report speaks `file:line: message`; keep it as a Problem."""
    where, _, message = line.partition(": ")
    path, _, number = where.partition(":")
    return Problem(path, int(number) if number.isdigit() else None, message)
