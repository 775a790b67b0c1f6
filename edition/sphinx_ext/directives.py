"""The edition's directives. Each notes the files it shows as dependencies of its page and
returns a node: the box it renders, or a placeholder filled once what it shows is known."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..catalogue import read_catalogue
from ..changes import ChangeRecord
from ..datafiles import read_yaml
from .bibliography import DOWNLOADS, group_entries
from .nodes import apparatus_placeholder, bib_link, cite_placeholder, page_placeholder
from .records import changes_record, source_record

logger = logging.getLogger(__name__)


class HeadnoteDirective(SphinxDirective):
    """`:::{headnote}`: the editor's headnote, a distinct box under the title."""

    has_content = True

    def run(self):
        box = nodes.container(classes=["headnote"], ids=["headnote"])
        box += nodes.rubric(text="Editor's headnote")
        self.state.nested_parse(self.content, self.content_offset, box)
        return [box]


class ApparatusDirective(SphinxDirective):
    """`{editor-notes}`, `{emendations}`: filled by transforms.NumberApparatus."""

    def run(self):
        return [apparatus_placeholder(what=self.name)]


class _RecordDirective(SphinxDirective):
    required_arguments = 1

    def data_file(self, folder: str) -> Path | None:
        path = Path(self.env.srcdir) / "data" / folder / f"{self.arguments[0]}.yml"
        if not path.exists():
            logger.warning(f"no file {path.relative_to(self.env.srcdir)} for {self.name}",
                           location=self.get_location(), type="edition", subtype="record")
            return None
        self.env.note_dependency(str(path))
        return path


class SourceRecordDirective(_RecordDirective):
    """`{source-record} SLUG`: what the text is, its rights, how it was captured."""

    def run(self):
        path = self.data_file("sources")
        text = read_catalogue(Path(self.env.srcdir)).text(self.arguments[0]) if path else None
        rights = Path(self.env.srcdir) / "data" / "rights.yml"
        self.env.note_dependency(str(rights))
        changes = Path(self.env.srcdir) / "data" / "changes" / f"{self.arguments[0]}.yml"
        checksum = ChangeRecord.read(changes).sha256 if changes.exists() else ""
        return [source_record(text.meta, read_yaml(rights).data or {}, checksum)] if text else []


class ChangesRecordDirective(_RecordDirective):
    """`{changes-record} SLUG`: every change between the source and its chapter."""

    def run(self):
        path = self.data_file("changes")
        return [changes_record(ChangeRecord.read(path))] if path else []


class CiteThisDirective(SphinxDirective):
    """`{cite-this}`: the chapter's "Cite this" box, filled at write time (citing.py)."""

    def run(self):
        return [cite_placeholder()]


class BibliographyDirective(SphinxDirective):
    """`{edition-bibliography} archives|interviews|books|chapters|online|named|sources`."""

    required_arguments = 1

    def run(self):
        # No dependency on the chapters: the page is re-read when its entries change
        # (bibliography.bibliography_outdated), not at every edit of a chapter.
        root = Path(self.env.srcdir)
        entries = nodes.bullet_list(classes=["edition-bibliography"])
        found = group_entries(root, self.arguments[0])
        if found is None:
            logger.warning(f"unknown bibliography group {self.arguments[0]!r}", location=self.get_location(),
                           type="edition", subtype="bibliography")
        entries.extend(found or [])
        return [entries]


class DownloadsDirective(SphinxDirective):
    """`{bibliography-downloads}`: the whole bibliography as BibTeX, RIS and CSL-JSON."""

    def run(self):
        paragraph = nodes.paragraph(classes=["bibliography-downloads"])
        paragraph += nodes.Text("Download the whole bibliography: ")
        for index, (name, label) in enumerate((("references.bib", "BibTeX"), ("references.ris", "RIS"),
                                                 ("references.json", "CSL-JSON"))):
            paragraph += bib_link("", label, target_file=f"{DOWNLOADS}/{name}", label=f"{label} file")
            paragraph += nodes.Text(", " if index < 2 else ".")
        return [paragraph]


class PageDirective(SphinxDirective):
    """`{edition-index}`, `{edition-glossary}`, `{edition-editorial-sources}`: filled at write time (pages.py)."""

    def run(self):
        root = Path(self.env.srcdir)
        for name in ("entities.csv", "glossary.csv", "editorial-sources.yml", "data-sources.yml"):
            self.env.note_dependency(str(root / "data" / name))
        return [page_placeholder(what=self.name.removeprefix("edition-"))]


DIRECTIVES = {
    "headnote": HeadnoteDirective,
    "editor-notes": ApparatusDirective,
    "emendations": ApparatusDirective,
    "source-record": SourceRecordDirective,
    "changes-record": ChangesRecordDirective,
    "cite-this": CiteThisDirective,
    "edition-bibliography": BibliographyDirective,
    "bibliography-downloads": DownloadsDirective,
    "edition-index": PageDirective,
    "edition-glossary": PageDirective,
    "edition-editorial-sources": PageDirective,
}
