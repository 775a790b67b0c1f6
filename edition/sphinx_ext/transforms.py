"""The edition's transforms (at read time, in priority order) and post-transforms (at write time).

- UnescapeLinkAmpersands (500): MyST-Parser #760 double-escapes `&` in link URLs.
- NumberParagraphs, StableFootnoteIds (700): stable anchors `p-N` (with margin numbers), `fn-N`.
- NumberApparatus (800): number emendations and editor's notes, place the apparatus.
- LinkNamesAndTerms (810): index and glossary links in the texts; occurrences to the domain.
- UndefinedFootnoteCheck (900): MyST leaves an undefined `[^x]` as text, silently.
- ResolveBibLinks, MarkUrlText (post): links to other pages once URIs are known; URL-text links.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.nodes import clean_astext
from sphinx.util.osutil import relative_uri

from ..catalogue import read_catalogue
from ..chapter import PARAGRAPH_ID
from ..entities import matchers
from .apparatus import cross_reference_span, emendation_table, note_list
from .nodes import (apparatus_placeholder, bib_link, cross_reference, editorial_note_ref, emendation,
                    paragraph_number)
from .state import GLOSSARY_DOC, INDEX_DOC, editorial_notes, editorial_sources, passage_places

logger = logging.getLogger(__name__)


class UnescapeLinkAmpersands(SphinxTransform):
    """myst HTML-escapes `&` in a link's URL and docutils escapes it again (`?a=1&amp;amp;b=2`):
    undo myst's escape; docutils then escapes once, as it should."""

    default_priority = 500

    def apply(self):
        for reference in self.document.findall(nodes.reference):
            if "&amp;" in reference.get("refuri", ""):
                reference["refuri"] = reference["refuri"].replace("&amp;", "&")


class NumberParagraphs(SphinxTransform):
    """A paragraph (or list) with an id `p-N` gets its margin number; the id is in the chapter."""

    default_priority = 700

    def apply(self):
        for paragraph in self.document.findall(nodes.paragraph):
            for node_id in paragraph["ids"]:
                if PARAGRAPH_ID.match(node_id):
                    paragraph.insert(0, paragraph_number("", node_id[2:], target=node_id, number=node_id[2:]))
                    paragraph["classes"].append("numbered")
                    break
        for bullet_list in self.document.findall(nodes.bullet_list):  # a numbered list block
            node_id = next((i for i in bullet_list["ids"] if PARAGRAPH_ID.match(i)), None)
            if node_id:
                bullet_list["classes"].append("numbered")
                # Its number in the margin beside its first line (the list is its containing block).
                first = next(bullet_list.findall(nodes.paragraph), None)
                if first is not None:
                    first.insert(0, paragraph_number("", node_id[2:], target=node_id, number=node_id[2:]))


class StableFootnoteIds(SphinxTransform):
    """`id4` -> `fn-18`, and its back-reference -> `fnref-18`: ids follow the note's number. A note
    the text calls again has its second call `fnref-18-2`, and so on: an id is never given twice."""

    default_priority = 700

    def apply(self):
        renamed = {}
        for footnote in self.document.findall(nodes.footnote):
            if not footnote["names"] or not footnote["ids"]:
                continue
            label = footnote["names"][0]
            if not label.replace("-", "").replace("_", "").isalnum():
                continue
            old, new = footnote["ids"][0], f"fn-{label}"
            footnote["ids"][0] = new
            renamed[old] = (new, label)
        calls: dict[str, int] = {}
        for reference in self.document.findall(nodes.footnote_reference):
            if reference.get("refid") in renamed:
                new, label = renamed[reference["refid"]]
                old_ref = reference["ids"][0] if reference["ids"] else None
                reference["refid"] = new
                if old_ref:
                    calls[label] = calls.get(label, 0) + 1
                    ref_id = f"fnref-{label}" if calls[label] == 1 else f"fnref-{label}-{calls[label]}"
                    reference["ids"][0] = ref_id
                    for footnote in self.document.findall(nodes.footnote):
                        if footnote["ids"][0] == new:
                            footnote["backrefs"] = [ref_id if b == old_ref else b for b in footnote["backrefs"]]


class NumberApparatus(SphinxTransform):
    """Number emendations and editor's notes in reading order; fill the apparatus placeholders."""

    default_priority = 800

    def apply(self):
        root = Path(self.env.srcdir)
        emendations = list(self.document.findall(emendation))
        for number, node in enumerate(emendations, start=1):
            node["number"] = number
        refs = list(self.document.findall(editorial_note_ref))
        notes = editorial_notes(root)
        sources = editorial_sources(root)
        if refs:
            self.env.note_dependency(str(root / "data" / "editorial-notes.yml"))
        seen = {}
        for node in refs:
            if node["note_id"] in seen:
                logger.warning(f"editor's note {node['note_id']} is marked twice", location=node,
                               type="edition", subtype="apparatus")
                continue
            if node["note_id"] not in notes:
                logger.warning(f"no editor's note {node['note_id']} in data/editorial-notes.yml", location=node,
                               type="edition", subtype="apparatus")
            seen[node["note_id"]] = len(seen) + 1
            node["number"] = seen[node["note_id"]]
            node.children = [nodes.Text(f"Ed. {node['number']}")]
        crossrefs = list(self.document.findall(cross_reference))
        if crossrefs:
            groups = passage_places(root)
            self.env.note_dependency(str(root / "data" / "cross-references.yml"))
            for node in crossrefs:
                group = groups.get(node["group"])
                if group is None or node["index"] >= len(group["places"]):
                    logger.warning(f"no cross-reference {node['group']}#{node['index']} in "
                                   "data/cross-references.yml", location=node, type="edition", subtype="apparatus")
                    node.replace_self(nodes.Text(""))
                else:
                    node.replace_self(cross_reference_span(group, node["index"]))
        for holder in list(self.document.findall(apparatus_placeholder)):
            holder.replace_self(note_list(refs, notes, sources) if holder["what"] == "editor-notes"
                                else emendation_table(emendations, sources))


def _paragraph_id(node) -> str | None:
    while node is not None:
        for node_id in node.get("ids", []) if isinstance(node, nodes.Element) else []:
            if PARAGRAPH_ID.match(node_id):
                return node_id
        node = node.parent
    return None


class LinkNamesAndTerms(SphinxTransform):
    """The first occurrence in a paragraph of every name of the index and term of the glossary
    becomes a link (shown as one in the study view: edition.css); each linked occurrence is recorded in the edition's domain for the index and glossary pages."""

    default_priority = 810  # after the apparatus is numbered

    def apply(self):
        docname = self.env.docname
        root = Path(self.env.srcdir)
        if docname not in {text.page for text in read_catalogue(root).texts}:
            return
        for name in ("entities.csv", "glossary.csv"):
            self.env.note_dependency(str(root / "data" / name))
        entity_matcher, term_matcher = matchers(root)
        found = []
        counter = {}
        linked = set()
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            paragraph = _paragraph_id(parent)
            if paragraph is None or self._excluded(parent):
                continue
            value = text.astext()
            matches = sorted(list(entity_matcher.find(value)) + list(term_matcher.find(value)),
                             key=lambda m: (m[0], -(m[1] - m[0])))
            pieces, position = [], 0
            for start, end, entry in matches:
                if start < position:
                    continue  # inside a longer match already linked
                if (paragraph, entry.id) in linked:
                    # One link a name a paragraph (the first occurrence); the later one still
                    # holds its words, so a name inside it ("Spirit of Geneva") is not linked alone.
                    pieces.append(nodes.Text(value[position:end]))
                    position = end
                    continue
                linked.add((paragraph, entry.id))
                pieces.append(nodes.Text(value[position:start]))
                counter[entry.id] = counter.get(entry.id, 0) + 1
                anchor = f"ix-{entry.id}-{counter[entry.id]}"
                target = (GLOSSARY_DOC, f"gl-{entry.id}") if entry.kind == "term" else (INDEX_DOC, f"ix-{entry.id}")
                # No id, no title, one class: the index locates a name by its paragraph (pages.py),
                # and 700 links a chapter make every attribute weigh.
                pieces.append(nodes.reference("", value[start:end], internal=True,
                                              classes=["term-link" if entry.kind == "term" else "index-link"],
                                              edition_target=target))
                found.append((entry.id, entry.kind, anchor, paragraph))
                position = end
            if pieces:
                pieces.append(nodes.Text(value[position:]))
                parent.replace(text, pieces)
        self.env.get_domain("edition").note_occurrences(docname, found)

    @staticmethod
    def _excluded(node) -> bool:
        while node is not None:
            if isinstance(node, (nodes.footnote, nodes.footnote_reference, nodes.reference, nodes.title,
                                 nodes.literal, editorial_note_ref, nodes.rubric)) or \
                    (isinstance(node, nodes.Element) and {"editorial", "headnote"} & set(node.get("classes", []))):
                return True
            node = node.parent
        return False


class UndefinedFootnoteCheck(SphinxTransform):
    """MyST renders an undefined footnote reference `[^x]` as literal text, with no warning."""

    default_priority = 900

    def apply(self):
        for text in self.document.findall(nodes.Text):
            if "[^" in text.astext() and not isinstance(text.parent, (nodes.literal, nodes.literal_block)):
                logger.warning("literal '[^' in the text: an undefined footnote reference?",
                               location=text.parent, type="edition", subtype="footnote")


class ResolveBibLinks(SphinxPostTransform):
    """A `bib_link` becomes a reference once the builder knows the other page's URI."""

    default_priority = 5

    def run(self, **kwargs):
        for node in list(self.document.findall(bib_link)):
            if node.get("target_file"):
                uri = relative_uri(self.app.builder.get_target_uri(self.env.docname), node["target_file"])
            else:
                uri = self.app.builder.get_relative_uri(self.env.docname, node["target_doc"]) + "#" + node["anchor"]
            reference = nodes.reference("", "", refuri=uri, internal=True, classes=node["classes"])
            reference += nodes.Text(node.astext())
            node.replace_self(reference)


def shows_its_url(reference: nodes.reference) -> bool:
    """True when the visible text of the link is its target (give or take the scheme, a slash)."""
    def bare(url: str) -> str:
        return url.strip().split("://", 1)[-1].removeprefix("www.").rstrip("/")
    target = reference.get("refuri", "")
    return bool(target) and bare(reference.astext()) == bare(target)


class MarkUrlText(SphinxPostTransform):
    """On paper a link's target is lost: the print stylesheet shows an external link's target
    after its text, except where the text already is the address (class `url-text`)."""

    default_priority = 900
    formats = ("html",)

    def run(self, **kwargs) -> None:
        for reference in self.document.findall(nodes.reference):
            if "://" in reference.get("refuri", "") and shows_its_url(reference):
                reference["classes"].append("url-text")


class SectionIdsWithoutNoteCalls(SphinxTransform):
    """A heading's id is made of its words, not of its note call: Zubok's title carries note 1,
    and docutils made its id "...-reconciliation-and-divorce1"."""

    default_priority = 850  # before the doctree-read event (880) records ids for the contents

    def apply(self):
        for section in list(self.document.findall(nodes.section)):
            title = section.next_node(nodes.title)
            if title is None or not any(title.findall(nodes.footnote_reference)):
                continue
            words = title.deepcopy()
            for call in list(words.findall(nodes.footnote_reference)):
                call.parent.remove(call)
            old_id, new_id = nodes.make_id(title.astext()), nodes.make_id(words.astext())
            if old_id == new_id or old_id not in section["ids"] or new_id in self.document.ids:
                continue  # an id given by hand, or the words' id is taken: leave it
            section["ids"][section["ids"].index(old_id)] = new_id
            self.document.ids[new_id] = self.document.ids.pop(old_id)
            old_name, new_name = nodes.fully_normalize_name(title.astext()), nodes.fully_normalize_name(words.astext())
            if old_name in section["names"] and new_name not in self.document.nameids:
                section["names"][section["names"].index(old_name)] = new_name
                self.document.nameids[new_name] = new_id
                self.document.nameids.pop(old_name, None)
                self.document.nametypes[new_name] = self.document.nametypes.pop(old_name, False)


class HeadingNamesWithoutNoteCalls(SphinxTransform):
    """A `{ref}` to a heading names it without its note call: Zubok's title carries note 1, and
    Sphinx names the section by its whole text ("...Reconciliation and Divorce1")."""

    default_priority = 890  # after the domains read the labels (Sphinx's DoctreeReadEvent, 880)

    def apply(self):
        std = self.env.get_domain("std")
        for name, (docname, labelid, sectname) in list(std.labels.items()):
            section = self.document.ids.get(labelid) if docname == self.env.docname else None
            if not sectname or not isinstance(section, nodes.section):
                continue
            title = section.next_node(nodes.title).deepcopy()
            calls = list(title.findall(nodes.footnote_reference))
            if calls:
                for call in calls:
                    call.parent.remove(call)
                std.labels[name] = (docname, labelid, clean_astext(title))


TRANSFORMS = [UnescapeLinkAmpersands, NumberParagraphs, StableFootnoteIds, NumberApparatus, LinkNamesAndTerms,
              UndefinedFootnoteCheck, SectionIdsWithoutNoteCalls, HeadingNamesWithoutNoteCalls]
POST_TRANSFORMS = [ResolveBibLinks, MarkUrlText]
