"""Citing the edition: exact citation strings, meta tags, downloads, and the cite box in a browser."""

from __future__ import annotations

import yaml

from conftest import ROOT, load_yaml
from edition.index_check import texts_with_complete_apparatus
from edition.catalogue import project_version, release_date
from edition.citing import Edition, build_records


VERSION = project_version(ROOT)
CONFIG = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
TITLE = CONFIG["sphinx"]["config"]["project"]
RELEASED = release_date(ROOT)
EXPECTED = load_yaml((ROOT / "tests" / "data" / "expected-citations.yml").read_text(encoding="utf-8"))


def test_the_table_covers_every_kind_of_citable_unit():
    """Every kind of unit, and every text whose apparatus the editors have completed (a text just
    added has no hand-checked forms yet: `apparatus: complete` in its metadata says it has)."""
    kinds = {"edition", "zubok-1980s#paragraph", "zubok-1980s#note", "wikipedia-survey#gorbachev-and-after",
             "trade-1980s", *texts_with_complete_apparatus(ROOT)}
    assert kinds <= set(EXPECTED)


# --- the settings: editors, publisher, place -------------------------------------------------


def test_configured_editors_publisher_and_place_reach_records_and_tags():
    """Set, they are named in every record and in the tags; a name without a comma is an
    organisation's and is never split into a person."""
    from edition.sphinx_ext.citing import meta_tags
    edition = Edition(TITLE, VERSION, RELEASED, "", editors=("Doe, Jane", "Cold War Archive Group"),
                      publisher="Example University Press", place="Oxford")
    records = {r.id: r for r in build_records(edition, ROOT)}
    chapter = records["zubok-1980s"].item
    assert chapter["editor"] == [{"family": "Doe", "given": "Jane"}, {"literal": "Cold War Archive Group"}]
    assert chapter["publisher"] == "Example University Press" and chapter["publisher-place"] == "Oxford"
    tags = meta_tags(records["zubok-1980s"], edition, "t", "")
    assert [c for _, n, c in tags if n == "citation_editor"] == ["Doe, Jane"]
    assert [c for _, n, c in tags if n == "citation_publisher"] == ["Example University Press"]
    unset = build_records(Edition(TITLE, VERSION, RELEASED), ROOT)
    assert not any({"editor", "publisher", "publisher-place"} & set(r.item) for r in unset)
