"""A chapter's provenance as docutils trees, from the files that hold it.

`{source-record} SLUG` shows `data/sources/SLUG.yml` (what the text is, its rights, how it
was captured); `{changes-record} SLUG` shows `data/changes/SLUG.yml` (every change between
source and chapter). The data stays in one place; the page shows it (directives.py).
"""

from __future__ import annotations

from docutils import nodes

from ..changes import KINDS, ChangeRecord


def _field(name: str, *body: nodes.Node) -> nodes.field:
    field = nodes.field()
    field += nodes.field_name(text=name)
    content = nodes.field_body()
    content.extend(body)
    field += content
    return field


def _para(text: str) -> nodes.paragraph:
    return nodes.paragraph(text=text)


def _name(person: dict) -> str:
    return person.get("literal") or f"{person.get('given', '')} {person.get('family', '')}".strip()


def format_authors(meta: dict) -> str:
    names = [_name(a) for a in meta.get("authors") or []]
    return ", ".join(names) or meta.get("author_note") or "Not named in the source."


def format_publication(meta: dict) -> str:
    pub = dict(meta.get("publication") or {})
    if pub.get("editors"):
        pub["editors"] = " and ".join(_name(p) for p in pub["editors"])
    order = ["journal", "container", "edition", "editors", "series", "volume", "issue", "pages", "manuscript_pages",
             "place", "publisher", "data_as_of", "issn", "doi", "version", "repository", "republished_by", "url", "note"]
    labels = {"issn": "ISSN ", "doi": "DOI ", "pages": "pp. ", "volume": "vol. ", "issue": "no. ", "edition": "edition: ",
              "editors": "edited by ", "manuscript_pages": "the manuscript's pages: ", "data_as_of": "data as of ",
              "republished_by": "republished by "}
    parts = [f"{labels.get(key, '')}{pub[key]}" for key in order if pub.get(key)]
    return "; ".join(parts) or "Not stated in the source."


def source_record(meta: dict, rights_table: dict | None = None, checksum: str = "") -> nodes.Node:
    """The box "About this source", from the text's metadata (and data/rights.yml for the labels)."""
    box = nodes.container(classes=["source-record"])
    box += nodes.rubric(text="About this source")
    fields = nodes.field_list()
    if meta.get("title"):
        fields += _field("Title", _para(meta["title"]))
    else:
        fields += _field("Title", _para("None in the source; the chapter title is the editor's."))
    fields += _field("Author", _para(format_authors(meta)))
    fields += _field("Genre", _para(meta["genre"]))
    fields += _field("Date", _para(str(meta.get("date") or "Not stated in the source.")))
    fields += _field("Published", _para(format_publication(meta)))
    # The statement in full, once: the headnote gives the rights in one line (rights_line).
    statement = [_para(" ".join(block.split())) for block in str(meta.get("rights") or "").split("\n\n") if block.strip()]
    fields += _field("Rights", *(statement or [_para("No statement is recorded.")]))
    fields += _rights_fields(meta, rights_table or {})
    fields += _field("How it reached us", _para(" ".join(str(meta["capture"]).split())))
    file_par = nodes.paragraph()
    file_par += nodes.literal(text=f"data/sources/{meta['slug']}.txt")
    copied = f"of the seed {meta['seed']}" if meta.get("seed") else "of the text as captured"  # captured elsewhere
    file_par += nodes.Text(f" (a verbatim copy {copied}; never edited)")
    if checksum:
        file_par += nodes.Text(f"; SHA-256 {checksum}")
    fields += _field("Source file", file_par)
    box += fields
    return box


def rights_line(meta: dict, table: dict) -> nodes.paragraph:
    """The headnote's one line of rights, from the metadata's status and publication decision
    (data/rights.yml's short forms): "Rights: in copyright; published site: apparatus only (see
    the source record)"."""
    from ..check.sources import published_in_full
    statuses = table.get("statuses") or {}
    status = meta.get("rights_status")
    said = [(statuses.get(status) or {}).get("short") or status or "not recorded"]
    if (meta.get("licence") or {}).get("short"):
        said[0] += f", {meta['licence']['short']}"
    if meta.get("publish"):
        decision = "full" if published_in_full(meta, statuses) else "apparatus-only"
        said.append((table.get("decisions_short") or {}).get(decision) or decision)
    line = nodes.paragraph(classes=["headnote-rights"])
    line += nodes.strong(text="Rights:")
    line += nodes.Text(f" {'; '.join(said)} (see ")
    line += nodes.reference("", "the source record", refid="source-record")
    line += nodes.Text(")")
    return line


def _rights_fields(meta: dict, table: dict) -> list[nodes.field]:
    """The text's rights status, what the published site does with it, its licence, a permission."""
    from ..check.sources import published_in_full
    statuses, decisions = table.get("statuses") or {}, table.get("decisions") or {}
    out = []
    status = meta.get("rights_status")
    if status:
        out.append(_field("Rights status", _para((statuses.get(status) or {}).get("label") or status)))
    if meta.get("publish"):
        full = published_in_full(meta, statuses)
        said = decisions.get("full" if full else "apparatus-only") or ""
        said = " ".join(str(said).split())
        out.append(_field("On the published site", _para(f"Published in full: {said}." if full
                                                         else f"Not published in full: {said}.")))
    licence = meta.get("licence") or {}
    if licence.get("name"):
        body = nodes.paragraph()
        body += nodes.Text(f"{licence['name']}: ")
        body += nodes.reference("", licence["url"], refuri=licence["url"])
        body += nodes.Text(". Attribution: " + " ".join(str(licence.get("attribution", "")).split()))
        out.append(_field("Licence", body))
        if licence.get("terms"):
            out.append(_field("Licence of this edition's version", _para(" ".join(str(licence["terms"]).split()))))
    apparatus = next((p for p in table.get("edition_licences") or [] if p.get("id") == "apparatus"), None)
    if apparatus:  # the editor's work on the page has the edition's licence; the text keeps its own
        body = nodes.paragraph()
        body += nodes.Text("The editor's headnote, notes, emendations and change record on this page: "
                           f"{apparatus['licence']}")
        if apparatus.get("url"):
            body += nodes.Text(", ")
            body += nodes.reference("", apparatus["url"], refuri=apparatus["url"])
        body += nodes.Text(". The text itself: its own rights, as stated above.")
        out.append(_field("Licence of the apparatus", body))
    copy = meta.get("lawful_copy") or {}
    if copy.get("title"):
        body = nodes.paragraph()
        body += nodes.Text(" ".join(str(copy["title"]).split()))
        if copy.get("url"):
            body += nodes.Text(": ")
            body += nodes.reference("", copy["url"], refuri=copy["url"])
        out.append(_field("Lawful copy", body))
    permission = meta.get("permission")
    if isinstance(permission, dict) and permission:
        out.append(_field("Permission", _para("; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in permission.items()))))
    return out


def changes_record(record: ChangeRecord) -> nodes.Node:
    """The table of every change between the source and its chapter."""
    box = nodes.container(classes=["changes-record"], ids=["changes-record"])
    box += nodes.rubric(text="Changes made to the source in this edition")
    box += _para(
        "The chapter holds every word of the source in order (its file and checksum are in the "
        "source record); a test proves it. These are all the changes the import made, with the "
        "source's line numbers.")
    table = nodes.table(classes=["changes-table"])
    group = nodes.tgroup(cols=3)
    table += group
    for width in (12, 28, 60):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    row = nodes.row()
    for title in ("Source lines", "Change", "Details"):
        entry = nodes.entry()
        entry += _para(title)
        row += entry
    head += row
    group += head
    body = nodes.tbody()
    for change in record.changes:
        row = nodes.row()
        lines = change.lines
        span = f"{lines[0]}–{lines[-1]}" if len(lines) == 2 and change.kind == "removed" else \
            ", ".join(map(str, lines))
        for cell in (_para(span), _para(KINDS.get(change.kind, change.kind)), _details(change)):
            entry = nodes.entry()
            entry += cell
            row += entry
        body += row
    group += body
    box += table
    return box


def _details(change) -> nodes.Node:
    cell = nodes.container()
    cell += _para(change.reason)
    if change.kind == "removed":
        cell += nodes.literal_block(change.text, change.text, classes=["removed-text"])
    elif change.text or change.after:
        par = nodes.paragraph()
        par += nodes.literal(text=change.text)
        if change.after:
            par += nodes.Text(" → ")
            par += nodes.literal(text=change.after)
        cell += par
    return cell
