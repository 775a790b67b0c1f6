"""The record of every change between a source and its chapter.

Written by the importer to `data/changes/<slug>.yml`, shown to the reader at the end of
the chapter (`sphinx_ext.changes_record`), and read by the fidelity check: it is what
licenses the chapter to differ from its source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

# Kinds of change, in the words the reader sees.
KINDS = {
    "removed": "Removed from the reading text",
    "inline": "Changed within a line",
    "markup": "Converter markup turned into formatting",
    "rejoined": "Paragraph re-joined across a page break",
    "wrapped": "Lines of the capture's wrapping joined",
    "moved": "Moved",
    "note-assembled": "Footnote assembled from several places",
    "note-missing": "Footnote body missing in the source",
    "gap-marked": "Break in the excerpt marked",
}


@dataclass
class Change:
    kind: str
    lines: list[int]  # source lines concerned
    reason: str
    text: str = ""  # exactly what was taken out or changed
    after: str = ""  # what stands in the chapter instead, where anything does
    rule: str = ""  # the metadata rule or importer rule that made it
    note: int | None = None

    def as_dict(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value not in ("", None)}


@dataclass
class NotePiece:
    line: int
    text: str  # the exact characters of the source line that belong to the note


@dataclass
class ChangeRecord:
    slug: str
    source: str
    sha256: str
    title_line: int | None = None  # the source line that became the chapter's title
    changes: list[Change] = field(default_factory=list)
    notes: dict[int, list[NotePiece]] = field(default_factory=dict)
    calls: str = "superscript"  # how the source calls its notes (edition.notestyles)

    def add(self, change: Change) -> None:
        self.changes.append(change)

    def to_yaml(self) -> str:
        data = {
            "slug": self.slug,
            "source": self.source,
            "sha256": self.sha256,
            "title_line": self.title_line,
            **({"calls": self.calls} if self.calls != "superscript" else {}),
            "changes": [change.as_dict() for change in self.changes],
            "notes": {number: [asdict(piece) for piece in pieces]
                      for number, pieces in sorted(self.notes.items())},
        }
        header = ("# Written by `python -m edition import`; do not edit by hand.\n"
                  "# Every change between the source and its chapter, with source line numbers.\n")
        # libyaml's emitter (the same text as safe_dump's, several times faster: a record per chapter)
        return header + yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=100_000)

    @classmethod
    def from_yaml(cls, text: str) -> "ChangeRecord":
        data = yaml.load(text, Loader=yaml.CSafeLoader)
        return cls(
            slug=data["slug"],
            source=data["source"],
            sha256=data["sha256"],
            title_line=data.get("title_line"),
            changes=[Change(**entry) for entry in data.get("changes") or []],
            notes={int(n): [NotePiece(**p) for p in pieces] for n, pieces in (data.get("notes") or {}).items()},
            calls=data.get("calls") or "superscript",
        )

    @classmethod
    def read(cls, path: Path) -> "ChangeRecord":
        """The record in `path`, parsed once per content and shared: callers read it, never change it."""
        return _parsed(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=64)  # every text's record of an edition that grows (16 thrashed at 25 texts)
def _parsed(text: str) -> ChangeRecord:
    return ChangeRecord.from_yaml(text)
