"""The edition's bibliography: every work the footnotes cite, the works the other texts
name, and the edition's own five sources, with every problem found on the way.

`build(root)` is what the book and the commands use; `python -m edition derive` writes
`book/references.bib` and `data/footnote_citations.csv` (`committed_files`), the build only
reads them, and writes the downloads (BibTeX, RIS, CSL-JSON) into the built site.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import remembered
from ..catalogue import read_catalogue, source_csl
from ..chapter import read_chapter
from ..problems import Problem, display_path
from .csl_json import descriptive_title, to_csl
from .curated import read_curated
from .keys import assign_keys
from .model import Citation, Fragment, Work
from .outputs import bibtex, citations_csv, csl_json, ris
from .names import family
from .pipeline import build_for_chapter, chapter_author
from .resolve import fold

INTERVIEWED_BY_AUTHOR = re.compile(r"\bthe author's (?:interviews?|conversations?)\b|\binterviews? with the author\b", re.I)
GROUPS = [  # (heading, kinds): the page's sections, in order
    ("Archival sources", {"archive"}),
    ("Interviews", {"interview"}),
    ("Books", {"book", "edited-book"}),
    ("Chapters and articles", {"chapter", "article", "newspaper", "working-paper", "conference-paper"}),
    ("Online sources", {"web", "review"}),
]


@dataclass
class EditionBibliography:
    works: list[Work] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    named: list[dict] = field(default_factory=list)  # CSL items of works the texts name
    sources: list[dict] = field(default_factory=list)  # CSL items of the edition's sources
    problems: list[Problem] = field(default_factory=list)
    # what the parser could not resolve with confidence: back-references linked by evidence
    # rather than by rule, or to nothing cited before; short titles matched by their words
    uncertain: list[Problem] = field(default_factory=list)

    def items(self) -> list[dict]:
        return [to_csl(w) for w in self.works] + self.named + self.sources

    def download_items(self) -> list[dict]:
        """The items of the CSL-JSON download: a reference manager needs a title for every
        entry, so an untitled work has its descriptive one, in square brackets."""
        titles = {w.key: descriptive_title(w) for w in self.works if not w.title}
        return [{**item, "title": titles[item["id"]]} if item["id"] in titles else item for item in self.items()]

    def group(self, kinds: set[str]) -> list[Work]:
        return sorted((w for w in self.works if w.kind in kinds), key=lambda w: w.key.lower())


def chapters_with_notes(root: Path) -> list[Path]:
    """The texts' chapters that have footnotes, in the catalogue's order."""
    return [t.chapter for t in read_catalogue(root).texts
            if t.chapter.exists() and read_chapter(t.chapter, t.slug).notes]


def build(root: Path) -> EditionBibliography:
    """The edition's bibliography from its chapters' notes, computed once per content of the
    chapters, the texts' metadata, the curated completions and the table of contents."""
    root = Path(root)
    catalogue = read_catalogue(root)
    inputs = [t.chapter for t in catalogue.texts] + [t.meta_path for t in catalogue.texts]
    inputs += [root / "data" / "bibliography-curated.yml", root / "_toc.yml"]
    return remembered(root, "bibliography", inputs, lambda: _build(root))


def _build(root: Path) -> EditionBibliography:
    result = EditionBibliography()
    for chapter in chapters_with_notes(root):
        part = build_for_chapter(chapter, root)
        for work in part.works:  # a chapter's work ids are its own: name them by the chapter
            work.id = f"{chapter.stem}/{work.id}"
        for citation in part.citations:
            citation.work = f"{chapter.stem}/{citation.work}" if citation.work else citation.work
        result.works += part.works
        result.citations += part.citations
        result.fragments += part.fragments
        model = read_chapter(chapter)
        for citation in part.citations:
            if citation.ambiguous:
                result.uncertain.append(Problem(display_path(chapter), model.note_line(str(citation.note)) or None,
                                                f"note {citation.note}: {citation.text!r}: {citation.reason}"))
        for fragment in part.unresolved:  # read, not linked: said, as a link made without certainty is
            result.uncertain.append(Problem(display_path(chapter), model.note_line(str(fragment.note)) or None,
                                            f"note {fragment.note}: {fragment.text!r}: {fragment.reason}"))
        # A fragment the parser cannot place stops the check in a text whose apparatus the editors
        # call complete; in a text just added it is reported (`citations report`), so that a new
        # text builds before anyone has read its notes, and is never attached to a work.
        reviewed = _apparatus_complete(root, chapter.stem)
        for fragment in part.unplaced:
            found = Problem(display_path(chapter), model.note_line(str(fragment.note)) or None,
                            f"chapter {chapter.stem}, note {fragment.note}: the citation parser cannot place "
                            f"{fragment.text!r}")
            (result.problems if reviewed else result.uncertain).append(found)
    result.works = merge_same_works(result.works, result.citations)
    for work in result.works:  # "the author's interviews with ...": the chapter's author asked
        if work.kind == "interview" and any(INTERVIEWED_BY_AUTHOR.search(c.text) for c in work.citations):
            author = chapter_author(root, work.citations[0].chapter)
            work.interviewers = [author] if author else []
    assign_keys(result.works)
    curated = read_curated(root / "data" / "bibliography-curated.yml", root)
    result.problems += curated.problems
    keys = {w.key: w for w in result.works}
    for completion in curated.completions:
        work = keys.get(completion["key"])
        if work is None:
            result.problems.append(Problem(display_path(root / "data" / "bibliography-curated.yml"),
                                           completion["line"], f"no work with key {completion['key']!r}"))
            continue
        for name, value in completion["fields"].items():
            setattr(work, name, value)
            work.supplied[name] = completion["source"]
    for entry in curated.languages:
        if entry["key"] not in keys:
            result.problems.append(Problem(display_path(root / "data" / "bibliography-curated.yml"),
                                           entry["line"], f"no work with key {entry['key']!r}"))
            continue
        keys[entry["key"]].language = entry["language"]
    result.named = [{**entry["csl"], "id": entry["key"]} for entry in curated.named_in_texts]
    for text in sorted(read_catalogue(root).texts, key=lambda t: t.slug):
        result.sources.append(source_csl(text.meta))
    return result


def _apparatus_complete(root: Path, slug: str) -> bool:
    text = read_catalogue(root).text(slug)
    return bool(text) and text.meta.get("apparatus") == "complete"


def merge_same_works(works: list[Work], citations: list[Citation]) -> list[Work]:
    """One entry per work for the whole edition: the same work cited in two chapters (same
    kind, people, title, container and year, as the notes print them) is one work."""
    def signature(work: Work):
        people = tuple(fold(family(name)) for name in work.authors + work.editors)
        return (work.kind, people, fold(work.title), fold(work.container), work.year)

    first: dict[tuple, Work] = {}
    renamed: dict[str, str] = {}
    kept = []
    for work in works:
        found = first.get(signature(work)) if (work.title or work.container) else None
        if found is None:
            first[signature(work)] = work
            kept.append(work)
        else:
            found.citations += work.citations
            renamed[work.id] = found.id
    for citation in citations:
        citation.work = renamed.get(citation.work, citation.work)
    return kept


def write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def committed_files(bibliography: EditionBibliography) -> dict[str, str]:
    """Relative path -> content of the files committed with the edition."""
    header = ("% Rebuilt by code from the footnotes of the edition (edition.citations); do not edit.\n"
              "% Editor-supplied completions come from data/bibliography-curated.yml.\n\n")
    return {"book/references.bib": header + bibtex(bibliography.works),
            "data/footnote_citations.csv": citations_csv(bibliography.citations, bibliography.works)}


def _content(bibliography: EditionBibliography) -> str:
    """A digest of everything the committed files and the downloads are written from."""
    read = (bibliography.works, bibliography.citations, bibliography.named, bibliography.sources)
    return hashlib.sha256(pickle.dumps(read)).hexdigest()


def committed(root: Path) -> dict[str, str]:
    """`committed_files` of the edition's bibliography, formatted once per content of its works
    and citations (a check after `derive` formats nothing again)."""
    bibliography = build(root)
    return remembered(Path(root), "bibliography-files", [], lambda: committed_files(bibliography),
                      salt=_content(bibliography))


def download_files(bibliography: EditionBibliography) -> dict[str, str]:
    """The bibliography's downloads (BibTeX, RIS, CSL-JSON) by file name."""
    return {"references.bib": committed_files(bibliography)["book/references.bib"],
            "references.ris": ris(bibliography.works),
            "references.json": csl_json(bibliography.download_items())}


def write_downloads(bibliography: EditionBibliography, folder: Path, root: Path | None = None) -> None:
    """The downloads in the built site (never committed files); with the project's `root`,
    formatted once per content of the bibliography."""
    files = (remembered(Path(root), "bibliography-downloads", [], lambda: download_files(bibliography),
                        salt=_content(bibliography)) if root else download_files(bibliography))
    for name, text in files.items():
        write_if_changed(folder / name, text)


def unplaced_report(root: Path) -> list[str]:
    bibliography = build(root)
    return [str(p) for p in bibliography.problems]


def short_label(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
