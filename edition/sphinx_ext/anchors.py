"""Stable anchors: `p-N` paragraphs get a margin number; footnotes get ids `fn-N`.

Paragraph ids are written into the chapter (`{#p-N}`), so editing never renumbers them.
Footnote ids follow the note's own number instead of docutils' running `idN`.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.transforms import SphinxTransform

from ..chapter import PARAGRAPH_ID
from .nodes import paragraph_number



class NumberParagraphs(SphinxTransform):
    default_priority = 700

    def apply(self):
        for paragraph in self.document.findall(nodes.paragraph):
            for node_id in paragraph["ids"]:
                if PARAGRAPH_ID.match(node_id):
                    number = paragraph_number("", node_id[2:], target=node_id, number=node_id[2:])
                    paragraph.insert(0, number)
                    paragraph["classes"].append("numbered")
                    break
        for bullet_list in self.document.findall(nodes.bullet_list):  # a numbered list block
            for node_id in bullet_list["ids"]:
                if PARAGRAPH_ID.match(node_id):
                    bullet_list["classes"].append("numbered")


class StableFootnoteIds(SphinxTransform):
    """`id4` -> `fn-18`, and its back-reference -> `fnref-18`."""

    default_priority = 700

    def apply(self):
        renamed = {}
        for footnote in self.document.findall(nodes.footnote):
            if not footnote["names"] or not footnote["ids"]:
                continue
            label = footnote["names"][0]
            if not re.fullmatch(r"[\w-]+", label):
                continue
            old, new = footnote["ids"][0], f"fn-{label}"
            footnote["ids"][0] = new
            renamed[old] = (new, label)
        for reference in self.document.findall(nodes.footnote_reference):
            if reference.get("refid") in renamed:
                new, label = renamed[reference["refid"]]
                old_ref = reference["ids"][0] if reference["ids"] else None
                reference["refid"] = new
                if old_ref:
                    reference["ids"][0] = f"fnref-{label}"
                    for footnote in self.document.findall(nodes.footnote):
                        if footnote["ids"][0] == new:
                            footnote["backrefs"] = [f"fnref-{label}" if b == old_ref else b
                                                    for b in footnote["backrefs"]]


def setup(app):
    app.add_transform(NumberParagraphs)
    app.add_transform(StableFootnoteIds)
