"""data/sources holds the seeds byte for byte, with a checked manifest and valid metadata."""

from __future__ import annotations


import pytest
import yaml

from conftest import ROOT, SEEDS, SLUGS, load_yaml
from edition.sources import check_manifest, check_metadata, read_source

SOURCES = ROOT / "data" / "sources"


def test_manifest_matches_every_source():
    assert check_manifest(SOURCES) == []


@pytest.mark.parametrize("slug", SLUGS)
def test_source_is_the_seed_byte_for_byte(slug):
    """A text from ../shared/seeds names its seed; a text from elsewhere says in `capture` how it was taken."""
    meta = load_yaml((SOURCES / f"{slug}.yml").read_text(encoding="utf-8"))
    if "seed" not in meta:
        assert meta["capture"].strip()
        return
    seed = SEEDS / meta["seed"]
    assert seed.exists(), f"seed {seed} not found beside the project"
    assert (SOURCES / f"{slug}.txt").read_bytes() == seed.read_bytes()


@pytest.mark.parametrize("slug", SLUGS)
def test_metadata_is_complete(slug):
    source = read_source(SOURCES / f"{slug}.txt")
    assert check_metadata(source.meta, slug) == []
    assert source.meta["rights"].strip()


def test_manifest_catches_an_edited_source(tmp_path):
    for path in SOURCES.glob("*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    with open(tmp_path / "zubok-1980s.txt", "ab") as handle:
        handle.write(b" ")
    problems = check_manifest(tmp_path)
    assert len(problems) == 1
    assert "zubok-1980s.txt differs from its recorded SHA-256" in str(problems[0])
    assert str(problems[0]).split(":")[1] == "5"  # the manifest line that names it


def test_zubok_rights_statement_is_the_cover_pages_own_words():
    """The LSE rights block leaves the reading text but not the edition: it is in the metadata verbatim."""
    source = read_source(SOURCES / "zubok-1980s.txt")
    text = "\n".join(line.text for line in source.lines)
    for block in source.meta["rights"].strip().split("\n\n"):
        assert block.strip() in text
