"""The published anchors of the book: `data/published-anchors.txt`, bound to their content.

Every anchor a reader may have cited (a chapter or section label, a paragraph id `p-N`, a
footnote id `fn-N`) is listed as `page#anchor`, and for the texts' anchors a tab and the
first words of what it pointed at when it was published. The list only grows
(`python -m edition derive` appends new anchors). The check fails when a listed anchor is
gone, or now points at other words, unless `data/anchor-moves.yml` records the move
(anchor, the old and the new first words, the reason): renumbering is never silent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .catalogue import Catalogue
from .chapter import read_chapter
from .datafiles import read_yaml
from .problems import Problem, display_path

HEADER = ("# Anchors the edition has published (page#id<TAB>first words of what it points at).\n"
          "# Only ever appended to (python -m edition derive); a moved anchor is recorded in\n"
          "# data/anchor-moves.yml. A test fails if one disappears from the built book.\n")


@dataclass(frozen=True)
class Published:
    anchor: str  # "book/zubok-1980s.html#p-3"
    fingerprint: str  # "" for anchors of pages that are not texts
    line: int


def listing_path(root: Path) -> Path:
    return Path(root) / "data" / "published-anchors.txt"


def text_anchors(catalogue: Catalogue) -> dict[str, str]:
    """`book/<slug>.html#id` -> first words, for every anchor of every text."""
    found = {}
    for text in catalogue.texts:
        chapter = read_chapter(text.chapter, text.slug)
        for anchor, words in chapter.anchors().items():
            found[f"{text.page}.html#{anchor}"] = words
    return found


def read_listing(path: Path) -> list[Published]:
    if not path.exists():
        return []
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            anchor, _, words = line.partition("\t")
            entries.append(Published(anchor.strip(), words.strip(), number))
    return entries


def read_published(path: Path) -> list[str]:
    return [entry.anchor for entry in read_listing(path)]


def update_published(catalogue: Catalogue) -> list[str]:
    """Append the texts' anchors not yet listed; never remove or change one. Returns the new ones."""
    path = listing_path(catalogue.root)
    listed = read_listing(path)
    known = {entry.anchor for entry in listed}
    new = [(anchor, words) for anchor, words in text_anchors(catalogue).items() if anchor not in known]
    if new or not path.exists():
        lines = [f"{e.anchor}\t{e.fingerprint}" if e.fingerprint else e.anchor for e in listed]
        lines += [f"{anchor}\t{words}" for anchor, words in new]
        path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return [anchor for anchor, _ in new]


def check_published(catalogue: Catalogue) -> list[Problem]:
    path = listing_path(catalogue.root)
    shown = display_path(path)
    current = text_anchors(catalogue)
    moves_path = catalogue.root / "data" / "anchor-moves.yml"
    moves, problems = {}, []
    if moves_path.exists():
        record = read_yaml(moves_path)
        problems += record.problems
        for entry in record.entries:
            data = entry.data
            if not all(data.get(k) for k in ("anchor", "from", "to", "reason")):
                problems.append(Problem(display_path(moves_path), entry.line,
                                        "a move needs 'anchor', 'from', 'to' (first words) and 'reason'"))
                continue
            moves[(data["anchor"], data["from"])] = data["to"]
    text_pages = {f"{t.page}.html" for t in catalogue.texts}
    listed = read_listing(path)
    for entry in listed:
        page = entry.anchor.partition("#")[0]
        if page not in text_pages:
            continue
        if entry.anchor not in current:
            problems.append(Problem(shown, entry.line, f"published anchor {entry.anchor} no longer exists "
                                                       "in its chapter (a citation of it would break)"))
            continue
        words, now = entry.fingerprint, current[entry.anchor]
        while (entry.anchor, words) in moves and words != now:  # follow recorded moves
            words = moves.pop((entry.anchor, words))
        if entry.fingerprint and words != now:
            problems.append(Problem(shown, entry.line, f"published anchor {entry.anchor} pointed at "
                                                       f"\"{entry.fingerprint}\" and now points at \"{now}\"; "
                                                       "restore it, or record the move in data/anchor-moves.yml"))
    known = {entry.anchor for entry in listed}
    unlisted = [anchor for anchor in current if anchor not in known]
    if unlisted:
        problems.append(Problem(shown, None, f"{len(unlisted)} anchor(s) of the texts are not yet listed "
                                             f"(first: {unlisted[0]}); run `python -m edition derive`"))
    return problems
