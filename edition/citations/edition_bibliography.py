"""The edition's bibliography: every work the footnotes cite, the works the other texts
name, and the edition's own five sources, with every problem found on the way.

`build(root)` is what the book and the commands use; `write_files` writes
`book/references.bib` and `data/footnote_citations.csv` (only when they change) and the
downloads (BibTeX, RIS, CSL-JSON).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..problems import Problem, display_path
from .csl_json import to_csl
from .curated import read_curated
from .keys import assign_keys
from .model import Citation, Fragment, Work
from .notes import DEFINITION
from .outputs import bibtex, citations_csv, csl_json, ris
from .pipeline import build_for_chapter

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

    def items(self) -> list[dict]:
        return [to_csl(w) for w in self.works] + self.named + self.sources

    def group(self, kinds: set[str]) -> list[Work]:
        return sorted((w for w in self.works if w.kind in kinds), key=lambda w: w.key.lower())


def chapters_with_notes(root: Path) -> list[Path]:
    return [p for p in sorted((root / "book").glob("*.md"))
            if any(DEFINITION.match(line) for line in p.read_text(encoding="utf-8").splitlines())]


def source_item(meta: dict) -> dict:
    """A CSL item for one of the edition's sources, from its metadata (only what it states)."""
    pub = meta.get("publication") or {}
    genre = meta["genre"]
    item = {"id": f"source-{meta['slug']}", "title": meta.get("title") or f"[{meta.get('edition_title')}]"}
    item["type"] = {"journal article": "article-journal", "encyclopedia article": "entry-encyclopedia",
                    "government country study": "chapter", "essay": "article", "book excerpt": "chapter"}[genre]
    if meta.get("authors"):
        item["author"] = [{"family": a["family"], "given": a.get("given", "")} for a in meta["authors"]]
    for csl, key in (("container-title", "journal"), ("container-title", "container"), ("page", "pages"),
                     ("DOI", "doi"), ("URL", "url"), ("publisher", "publisher"), ("collection-title", "series")):
        if pub.get(key) and csl not in item:
            item[csl] = str(pub[key])
    if meta.get("date"):
        item["issued"] = {"date-parts": [[int(str(meta["date"])[:4])]]}
    return item


def build(root: Path) -> EditionBibliography:
    result = EditionBibliography()
    for chapter in chapters_with_notes(root):
        part = build_for_chapter(chapter, root)
        result.works += part.works
        result.citations += part.citations
        result.fragments += part.fragments
        note_lines = {int(m.group(1)): n for n, line in enumerate(chapter.read_text(encoding="utf-8").splitlines(), 1)
                      if (m := DEFINITION.match(line)) and m.group(1).isdigit()}
        for fragment in part.unplaced:
            result.problems.append(Problem(display_path(chapter), note_lines.get(fragment.note),
                                           f"chapter {chapter.stem}, note {fragment.note}: the citation parser "
                                           f"cannot place {fragment.text!r}"))
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
    result.named = [{**entry["csl"], "id": entry["key"]} for entry in curated.named_in_texts]
    for meta_path in sorted((root / "data" / "sources").glob("*.yml")):
        result.sources.append(source_item(yaml.safe_load(meta_path.read_text(encoding="utf-8"))))
    return result


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


def write_files(bibliography: EditionBibliography, root: Path, downloads: Path | None = None) -> list[str]:
    written = [name for name, text in committed_files(bibliography).items() if write_if_changed(root / name, text)]
    if downloads is not None:
        items = bibliography.items()
        write_if_changed(downloads / "references.bib", committed_files(bibliography)["book/references.bib"])
        write_if_changed(downloads / "references.ris", ris(bibliography.works))
        write_if_changed(downloads / "references.json", csl_json(items))
    return written


def unplaced_report(root: Path) -> list[str]:
    bibliography = build(root)
    return [str(p) for p in bibliography.problems]


def short_label(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
