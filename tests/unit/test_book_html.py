"""The built book: every chapter there, every published anchor alive, no silent footnote failure."""

from __future__ import annotations

from conftest import ROOT
from edition.anchors import read_published


def test_every_anchor_of_the_texts_is_published_and_points_where_it_did():
    """A new paragraph or note is appended by `python -m edition derive`; each listed anchor of a
    text still points at the words it pointed at when it was published."""
    from edition.anchors import check_published, text_anchors
    from edition.catalogue import read_catalogue
    catalogue = read_catalogue(ROOT)
    published = set(read_published(ROOT / "data" / "published-anchors.txt"))
    assert [a for a in text_anchors(catalogue) if a not in published] == []
    assert check_published(catalogue) == []
