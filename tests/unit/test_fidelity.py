"""No word of a source is lost: the check passes on the edition and fails, precisely, on damage."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, SLUGS, run_command
from edition.fidelity import check_all


def test_every_chapter_holds_every_word_of_its_source():
    report = check_all(ROOT)
    assert report.problems == []
    assert sorted(report.checked) == sorted(SLUGS)
    assert report.checked["zubok-1980s"] > 12000


@pytest.fixture()
def project_copy(tmp_path):
    for folder in ("book", "data/sources", "data/changes"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def damage(project, slug, old, new):
    path = project / "book" / f"{slug}.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    return line


def test_a_dropped_word_is_reported_with_chapter_and_source_line(project_copy):
    line = damage(project_copy, "country-study-1920s", "Lenin, ever the practical leader", "Lenin, ever the leader")
    result = run_command("fidelity", "--root", str(project_copy))
    assert result.returncode == 1
    assert (f"book/country-study-1920s.md:{line}: text: missing from the chapter: \"practical\" "
            f"(source data/sources/country-study-1920s.txt:9)") in result.stdout


def test_a_changed_word_in_a_footnote_is_reported(project_copy):
    damage(project_copy, "zubok-1980s", "[^53]: Ibid, p. 493.", "[^53]: Ibid, p. 494.")
    report = check_all(project_copy)
    assert any('note 53: source has "493", chapter has "494" (source data/sources/zubok-1980s.txt:243)' in p
               for p in report.problems)


def test_an_added_word_is_reported(project_copy):
    damage(project_copy, "khrushchev-essay", "reassess the soviet premier", "reassess the great soviet premier")
    report = check_all(project_copy)
    assert len(report.problems) == 1 and 'not in the source: "great"' in report.problems[0]


def test_a_lost_note_is_reported(project_copy):
    damage(project_copy, "zubok-1980s", "[^8]: See Friedman", "See Friedman")
    report = check_all(project_copy)
    assert "note 8 of the source is missing from the chapter" in " ".join(report.problems)


def test_editorial_markup_is_not_counted_as_source_text(project_copy):
    damage(project_copy, "country-study-1920s", "Lenin, ever the practical leader",
           "Lenin, ever the practical leader {gap}`[…]`")
    assert check_all(project_copy).problems == []
