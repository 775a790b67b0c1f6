"""The bibliography in the book, rebuilt by code from the footnotes at every build.

At `builder-inited` the citation pipeline runs over the chapters; its problems (a note the
parser cannot place, a malformed curated entry) become warnings with chapter and note,
so `-W` fails the build. The build writes no committed file: `book/references.bib` and
`data/footnote_citations.csv` are written by `python -m edition derive`. `{edition-bibliography} GROUP` renders one group of entries
(formatted by citeproc-js, Chicago notes-bibliography), each with back-links to the notes
that cite it and a COinS span; every footnote gets links to its entries.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from ..citations import csl
from ..citations.coins import coins_span
from ..citations.edition_bibliography import GROUPS, build, write_downloads as write_bibliography_downloads
from ..citations.outputs import describe

logger = logging.getLogger(__name__)
BIBLIOGRAPHY_DOC = "book/bibliography"
DOWNLOADS = "downloads"


class bib_link(nodes.Inline, nodes.TextElement):
    """A link to another page (`target_doc#anchor`), resolved once the builder knows URIs."""


def _state(app):
    return app.env.app.__dict__.setdefault("_edition_bibliography", {})


def rebuild(app) -> None:
    root = Path(app.srcdir)
    bibliography = build(root)
    for problem in bibliography.problems:
        logger.warning(problem.message, location=f"{problem.path}:{problem.line or 0}",
                       type="edition", subtype="bibliography")
    items = bibliography.items()
    omitted_cites = []
    formatted = {}
    try:
        result = csl.run("chicago", items)
        formatted = result["bibliography"]
        omitted = [key for key, html in formatted.items() if html is None]
        omitted_cites = [(key, None) for key in omitted]
        notes = csl.run("chicago", items, omitted_cites)["notes"] if omitted_cites else []
        note_form = dict(zip([k for k, _ in omitted_cites], notes))
    except csl.CSLError as error:
        logger.warning(str(error), type="edition", subtype="bibliography")
        note_form = {}
    state = _state(app)
    state.update(bibliography=bibliography, formatted=formatted, note_form=note_form)


class BibliographyDirective(SphinxDirective):
    """`{edition-bibliography} archives|interviews|books|chapters|online|named|sources`."""

    required_arguments = 1
    GROUP_NAMES = {"archives": 0, "interviews": 1, "books": 2, "chapters": 3, "online": 4}

    def run(self):
        state = _state(self.env.app)
        bibliography = state.get("bibliography")
        for path in [*(Path(self.env.srcdir) / "book").glob("*.md"),
                     Path(self.env.srcdir) / "data" / "bibliography-curated.yml"]:
            self.env.note_dependency(str(path))
        name = self.arguments[0]
        entries = nodes.bullet_list(classes=["edition-bibliography"])
        if bibliography is None:
            return [entries]
        if name in self.GROUP_NAMES:
            for work in bibliography.group(GROUPS[self.GROUP_NAMES[name]][1]):
                entries += self.entry(work.key, work=work)
        elif name == "named":
            for item in bibliography.named:
                entries += self.entry(item["id"])
        elif name == "sources":
            for item in bibliography.sources:
                entries += self.entry(item["id"], source=item["id"].removeprefix("source-"))
        else:
            logger.warning(f"unknown bibliography group {name!r}", location=self.get_location(),
                           type="edition", subtype="bibliography")
        return [entries]

    def entry(self, key: str, work=None, source: str | None = None) -> nodes.list_item:
        state = _state(self.env.app)
        html = state["formatted"].get(key)
        item = nodes.list_item(ids=[key], classes=["bibliography-entry"])
        paragraph = nodes.paragraph()
        if html:
            paragraph += nodes.raw("", html.replace('<div class="csl-entry">', "").replace("</div>", ""),
                                   format="html")
        elif key in state["note_form"]:
            paragraph += nodes.raw("", state["note_form"][key], format="html")
            paragraph += nodes.inline("", " (in note form: Chicago lists this kind of work in notes only)",
                                      classes=["bib-remark"])
        else:
            paragraph += nodes.Text(describe(work) if work else key)
        if work is not None and work.incomplete:
            paragraph += nodes.inline("", " Cited only by a short title; the notes give no more.",
                                      classes=["bib-incomplete"])
        if work is not None and work.supplied:
            fields = ", ".join(sorted(work.supplied))
            source_info = next(iter(work.supplied.values()))
            remark = nodes.inline("", "", classes=["bib-supplied"])
            remark += nodes.Text(f" Supplied by the editor ({fields}), from ")
            remark += nodes.reference("", source_info["title"], refuri=source_info["url"])
            remark += nodes.Text(".")
            paragraph += remark
        if work is not None:
            notes = sorted({c.note for c in work.citations})
            paragraph += nodes.Text(" Cited in n" + ("n" if len(notes) > 1 else "") + ". ")
            for index, number in enumerate(notes):
                chapter = work.citations[0].chapter
                paragraph += bib_link("", str(number), target_doc=f"book/{chapter}", anchor=f"fn-{number}",
                                      classes=["bib-backlink"], label=f"note {number} of {chapter}")
                paragraph += nodes.Text(", " if index < len(notes) - 1 else ".")
            paragraph += nodes.raw("", coins_span(work), format="html")
        if source:
            paragraph += nodes.Text(" The edition's chapter: ")
            paragraph += bib_link("", source, target_doc=f"book/{source}", anchor=source, label=source)
            paragraph += nodes.Text(".")
        item += paragraph
        return item


class DownloadsDirective(SphinxDirective):
    """Links to the whole bibliography as BibTeX, RIS and CSL-JSON."""

    def run(self):
        paragraph = nodes.paragraph(classes=["bibliography-downloads"])
        paragraph += nodes.Text("Download the whole bibliography: ")
        for index, (name, label) in enumerate((("references.bib", "BibTeX"), ("references.ris", "RIS"),
                                                 ("references.json", "CSL-JSON"))):
            paragraph += bib_link("", label, target_file=f"{DOWNLOADS}/{name}", label=f"{label} file")
            paragraph += nodes.Text(", " if index < 2 else ".")
        return [paragraph]


def link_footnotes_to_entries(app, doctree, docname):
    """Every footnote that cites works gets links to their bibliography entries."""
    bibliography = _state(app).get("bibliography")
    if bibliography is None:
        return
    chapter = docname.rsplit("/", 1)[-1]
    by_note = {}
    works = {w.id: w for w in bibliography.works}
    for c in bibliography.citations:
        if c.chapter == chapter:
            by_note.setdefault(c.note, [])
            if works[c.work].key not in [w.key for w in by_note[c.note]]:
                by_note[c.note].append(works[c.work])
    for footnote in doctree.findall(nodes.footnote):
        label = footnote["names"][0] if footnote["names"] else ""
        if not label.isdigit() or int(label) not in by_note:
            continue
        links = nodes.paragraph(classes=["bib-links"])
        links += nodes.Text("Bibliography: ")
        for index, work in enumerate(by_note[int(label)]):
            links += bib_link("", describe(work), target_doc=BIBLIOGRAPHY_DOC, anchor=work.key,
                              label=f"bibliography entry {work.key}")
            links += nodes.Text("; " if index < len(by_note[int(label)]) - 1 else "")
        footnote += links


class ResolveBibLinks(SphinxPostTransform):
    default_priority = 5

    def run(self):
        for node in list(self.document.findall(bib_link)):
            if node.get("target_file"):
                uri = relative_uri(self.app.builder.get_target_uri(self.env.docname), node["target_file"])
            else:
                uri = self.app.builder.get_relative_uri(self.env.docname, node["target_doc"]) + "#" + node["anchor"]
            reference = nodes.reference("", "", refuri=uri, internal=True, classes=node["classes"])
            reference += nodes.Text(node.astext())
            node.replace_self(reference)


def write_downloads(app, exception):
    if exception is None and app.builder.format == "html" and "bibliography" in _state(app):
        write_bibliography_downloads(_state(app)["bibliography"], Path(app.outdir) / DOWNLOADS)


def bibliography_always_outdated(app, env, added, changed, removed):
    """The bibliography page shows what every chapter's notes cite: rebuild it with them."""
    return [BIBLIOGRAPHY_DOC] if (added or changed or removed) and BIBLIOGRAPHY_DOC in env.found_docs else []


def setup(app):
    app.add_node(bib_link)
    app.add_directive("edition-bibliography", BibliographyDirective)
    app.add_directive("bibliography-downloads", DownloadsDirective)
    app.add_post_transform(ResolveBibLinks)
    app.connect("builder-inited", rebuild)
    app.connect("doctree-read", lambda app, doctree: link_footnotes_to_entries(app, doctree, app.env.docname))
    app.connect("env-get-outdated", bibliography_always_outdated)
    app.connect("build-finished", write_downloads)
