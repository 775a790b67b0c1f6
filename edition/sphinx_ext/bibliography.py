"""The bibliography page's entries and the footnotes' links to them, as docutils trees.

The bibliography is rebuilt from the footnotes (state.bibliography: once per content, its
problems warnings at chapter and note, so `-W` fails the build). The build writes no
committed file: `book/references.bib` and `data/footnote_citations.csv` are written by
`python -m edition derive`. Each entry (Chicago notes-bibliography, by citeproc-js) has
back-links to the notes that cite it and a COinS span; every footnote links its entries.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from docutils import nodes

from ..catalogue import read_catalogue
from ..citations.coins import coins_csl_span, coins_span
from ..citations.csl_json import descriptive_title
from ..citations.edition_bibliography import GROUPS, write_downloads as write_bibliography_downloads
from ..citations.outputs import describe
from .nodes import bib_link
from .state import BIBLIOGRAPHY_DOC, bibliography

DOWNLOADS = "downloads"
GROUP_NAMES = {"archives": 0, "interviews": 1, "books": 2, "chapters": 3, "online": 4}


def group_entries(root: Path, name: str) -> list[nodes.Node] | None:
    """The entries of one group of the page (None: no such group)."""
    state = bibliography(root)
    found = state["bibliography"]
    if name in GROUP_NAMES:
        return [entry(state, work.key, work=work) for work in found.group(GROUPS[GROUP_NAMES[name]][1])]
    if name == "named":
        return [entry(state, item["id"], csl_item=item) for item in found.named]
    if name == "sources":
        texts = read_catalogue(root)
        return [entry(state, item["id"], source=texts.text(item["id"].removeprefix("source-")), csl_item=item)
                for item in found.sources]
    return None


def entry(state: dict, key: str, work=None, source=None,
          csl_item: dict | None = None) -> nodes.list_item:
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
        paragraph += nodes.raw("", coins_span(work, work.title or descriptive_title(work)), format="html")
    if csl_item is not None:  # the edition's sources and the works its texts name: a COinS each too
        paragraph += nodes.raw("", coins_csl_span(csl_item), format="html")
    if source:  # the text's chapter, by the name the edition gives it
        paragraph += nodes.Text(" The edition's chapter: ")
        paragraph += bib_link("", source.short_title, target_doc=source.page, anchor=source.slug, label=source.short_title)
        paragraph += nodes.Text(".")
    item += paragraph
    return item


def link_footnotes_to_entries(app, doctree):
    """Every footnote that cites works gets links to their bibliography entries."""
    found = bibliography(Path(app.srcdir))["bibliography"]
    chapter = app.env.docname.rsplit("/", 1)[-1]
    by_note = {}
    works = {w.id: w for w in found.works}
    for c in found.citations:
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


def write_downloads(app, exception):
    if exception is None and app.builder.format == "html":
        root = Path(app.srcdir)
        write_bibliography_downloads(bibliography(root)["bibliography"], Path(app.outdir) / DOWNLOADS, root)


def bibliography_outdated(app, env, added, changed, removed):
    """The bibliography page shows what every chapter's notes cite, filled when it is read:
    it is re-read when its entries, as they would now be filled, differ from the last build's
    (a chapter edit that changes no note leaves it alone). A page read anyway (a new or edited
    page, a fresh environment) is not waited for here: what it shows is remembered once the
    pages are read (remember_shown), while the citations are formatted beside the reading."""
    if BIBLIOGRAPHY_DOC not in env.found_docs or BIBLIOGRAPHY_DOC in added | changed:
        return []
    return [BIBLIOGRAPHY_DOC] if env.get_domain("edition").shown_changed(BIBLIOGRAPHY_DOC, shown(app)) else []


def remember_shown(app, env) -> None:
    if BIBLIOGRAPHY_DOC in env.found_docs:
        env.get_domain("edition").shown_changed(BIBLIOGRAPHY_DOC, shown(app))


def shown(app) -> str:
    """A digest of the page's entries as they are now filled (once per build)."""
    if getattr(app, "_edition_bibliography_shown", None) is None:
        root = Path(app.srcdir)
        entries = [group_entries(root, name) for name in [*GROUP_NAMES, "named", "sources"]]
        app._edition_bibliography_shown = hashlib.sha256(
            "".join(node.pformat() for group in entries for node in group).encode()).hexdigest()
    return app._edition_bibliography_shown


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("doctree-read", link_footnotes_to_entries, 500),
    ("env-get-outdated", bibliography_outdated, 500),
    ("env-updated", remember_shown, 500),
    ("build-finished", write_downloads, 500),
]
