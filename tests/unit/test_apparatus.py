"""The editorial apparatus: headnotes, emendations, editor's notes, index, glossary, sources."""

from __future__ import annotations

import csv
import re
import shutil

import pytest
import yaml

from conftest import ROOT, SLUGS, chapter_text, load_yaml
from edition.chapter import locate, read_chapter
from edition.entities import read_entities, read_glossary
from edition.index_check import entities_without_occurrence, texts_with_complete_apparatus, unindexed_names
from edition.sphinx_ext.state import editorial_sources

NOTES = load_yaml((ROOT / "data" / "editorial-notes.yml").read_text(encoding="utf-8"))


def reading(slug: str, corrected: bool) -> list[str]:
    """The chapter's blocks (title, text, notes) as a reader sees them (emendations corrected),
    or as the source has them."""
    chapter = read_chapter(ROOT / "book" / f"{slug}.md")
    return [block.text(corrected=corrected) for block in chapter.all_blocks()]


# Known typos and capture errors of the sources: none may stand in the reading text
# except inside an emendation, which keeps it as the original.
CAPTURE_ERRORS = [
    ("wikipedia-survey", "increasinngly"), ("wikipedia-survey", "ee also"), ("wikipedia-survey", "to begin within"),
    ("sino-soviet-1953", "dé-tente"), ("zubok-1980s", "Woodrow Silson"), ("zubok-1980s", "2.4 rubles"),
    ("zubok-1980s", "Tiananman"), ("zubok-1980s", "Trans-Siberial"), ("zubok-1980s", "Deng Xaiping"),
    ("zubok-1980s", "Rajiv Ghandi"), ("zubok-1980s", "Jaruzelsky"), ("zubok-1980s", "The Bodley Hea,"),
    ("zubok-1980s", "Christopher Marsch"), ("zubok-1980s", "CWHIP"), ("zubok-1980s", "Melvin P. Leffler"),
    ("zubok-1980s", "^asuper-allies"), ("zubok-1980s", "sovremennnikov"), ("zubok-1980s", "Moscowbased"),
]


@pytest.mark.parametrize("slug, error", CAPTURE_ERRORS, ids=[e for _, e in CAPTURE_ERRORS])
def test_capture_errors_stand_only_inside_emendations(slug, error):
    assert not any(re.search(rf"(?<![\w]){re.escape(error)}", text) for text in reading(slug, corrected=True))
    assert any(error in text for text in reading(slug, corrected=False))  # kept as the original


def test_every_emendation_keeps_its_original_its_kind_and_reason():
    count = 0
    for slug in SLUGS:
        for emendation in read_chapter(ROOT / "book" / f"{slug}.md").emendations():
            count += 1
            assert emendation.corrected != emendation.original and emendation.kind and emendation.reason
    assert count == sum(chapter_text(slug).count("{emend}") for slug in SLUGS)


def test_every_editor_note_is_marked_once_right_after_its_anchor():
    for note in NOTES:
        lines = chapter_text(note["chapter"]).split("\n")
        marker = f"{{ednote}}`{note['id']}`"
        assert sum(line.count(marker) for line in lines) == 1, note["id"]
        place, = locate(read_chapter(ROOT / "book" / f"{note['chapter']}.md"), note["anchor"])
        after = lines[place.end_line - 1][place.end:]
        assert after.startswith(marker) or marker in after[:60], note["id"]


def test_every_marker_has_a_note_and_every_note_cites_known_sources():
    ids = {n["id"] for n in NOTES}
    sources = editorial_sources(ROOT)
    for slug in SLUGS:
        for marker in re.findall(r"\{ednote\}`([^`]*)`", chapter_text(slug)):
            assert marker in ids
    for note in NOTES:
        assert note["category"] in {"error", "anachronism", "contradiction", "context"}
        for key in note["sources"]:
            assert key in ("internal", "unsourced") or key.startswith("chapter:") or key in sources, (note["id"], key)


def test_entities_glossary_and_data_cite_known_sources():
    sources = editorial_sources(ROOT)
    for entry in read_entities(ROOT) + read_glossary(ROOT):
        for key in entry.source.split("|"):
            assert key.strip() == "unsourced" or key.strip() in sources, (entry.id, key)
    with open(ROOT / "data" / "leaders.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for key in row["source"].split("|"):
                assert key.strip() == "unsourced" or key.strip() in sources, key


def test_index_both_ways_on_the_edition():
    assert texts_with_complete_apparatus(ROOT), "the editors have indexed texts"
    assert unindexed_names(ROOT) == []
    assert entities_without_occurrence(ROOT) == []


@pytest.fixture()
def project_copy(tmp_path):
    for folder in ("book", "data"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "_toc.yml", tmp_path / "_toc.yml")  # the catalogue of texts
    return tmp_path


def test_a_person_named_without_an_entity_fails(project_copy):
    path = project_copy / "book" / "country-study-1920s.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Lenin, ever the practical leader", "Lenin, ever the practical leader, and Ivan Petrovich Sidorov"),
        encoding="utf-8")
    assert unindexed_names(project_copy, ["country-study-1920s"]) == [("country-study-1920s", "Ivan Petrovich Sidorov")]


def test_an_entity_with_no_occurrence_fails(project_copy):
    with open(project_copy / "data" / "entities.csv", "a", encoding="utf-8") as handle:
        handle.write('nobody-at-all,"Nobody, At All",Nobody At All,person,An invented person.,wp-molotov\n')
    assert entities_without_occurrence(project_copy) == ["nobody-at-all"]
