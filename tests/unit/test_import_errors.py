"""Malformed input gets a clear error naming file and line, every problem in one run,
no traceback, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_command, run_edition

GOOD_META = """slug: {slug}
title: "A Test Article"
authors: [{{family: Test, given: Ann}}]
genre: journal article
rights: Test rights.
capture: PDF-to-text.
import:
  paragraphs: rejoin
  footnotes: superscript
"""


def make_source(folder: Path, slug: str, text: str | bytes, meta: str | None = GOOD_META) -> Path:
    path = folder / f"{slug}.txt"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    if meta is not None:
        (folder / f"{slug}.yml").write_text(meta.format(slug=slug), encoding="utf-8")
    return path


def import_into(tmp_path: Path, *sources: Path, process: bool = False):
    """`python -m edition import` into tmp_path/out: its `main` in this process, or with `process`
    the command line itself (a new interpreter: exit code and stderr as a shell sees them)."""
    out = tmp_path / "out"
    result = (run_edition if process else run_command)("import", *map(str, sources), "--out", str(out))
    return result, out


def assert_clean_failure(result, out: Path):
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not out.exists() or not any(out.rglob("*.md")), "nothing may be written"


CASES = {
    "marker-without-body": ("A Test Article\n\nText with a note.¹ And another.²\n\n¹ Only one body.\n",
                            ":3: footnote marker 2 has no note body"),
    "body-without-marker": ("A Test Article\n\nText with a note.¹\n\n¹ The body.\n\n² An orphan body.\n",
                            ":7: note 2 has a body but no marker in the text"),
    "marker-twice-without-body": ("A Test Article\n\nText.¹ More.² Again.²\n\n¹ First.\n",
                                  ":3: footnote marker 2 occurs twice (also at line 3)"),
    "duplicate-note-number": ("A Test Article\n\nText.¹ More.²\n\n¹ First.\n\n² Second.\n\n² Second again.\n",
                              ":9: note 2 has a second body (the first is at line 7)"),
}


@pytest.mark.parametrize("name", CASES)
def test_malformed_notes(tmp_path, name):
    text, expected = CASES[name]
    source = make_source(tmp_path, name, text)
    result, out = import_into(tmp_path, source)
    assert_clean_failure(result, out)
    assert f"{source}{expected}" in result.stderr.replace(str(Path.cwd()) + "/", "") or expected in result.stderr
    assert f"{name}.txt{expected}" in result.stderr


def test_missing_metadata_file(tmp_path):
    source = make_source(tmp_path, "no-meta", "A Title\n\nText.\n", meta=None)
    result, out = import_into(tmp_path, source)
    assert_clean_failure(result, out)
    assert "no-meta.yml: metadata file is missing" in result.stderr


def test_not_utf8(tmp_path):
    source = make_source(tmp_path, "latin1", "A Title\n\nFirst line.\n".encode() + "Caf\xe9 line.\n".encode("latin-1"))
    result, out = import_into(tmp_path, source)
    assert_clean_failure(result, out)
    assert "latin1.txt:4: not UTF-8: byte 0xe9" in result.stderr


def test_bad_metadata_names_the_key_line(tmp_path):
    meta = GOOD_META.replace("genre: journal article", "genre: novel").replace("paragraphs: rejoin", "paragraphs: sideways")
    source = make_source(tmp_path, "bad-meta", "A Test Article\n\nText.\n", meta=meta)
    result, out = import_into(tmp_path, source)
    assert_clean_failure(result, out)
    assert "bad-meta.yml:4: genre 'novel' is not one of" in result.stderr
    assert "bad-meta.yml:8: paragraphs must be one of" in result.stderr


def test_all_problems_of_all_sources_in_one_run(tmp_path):
    first = make_source(tmp_path, "first", CASES["marker-without-body"][0])
    second = make_source(tmp_path, "second", CASES["body-without-marker"][0])
    good = make_source(tmp_path, "good", "A Test Article\n\nText.¹\n\n¹ Body.\n")
    result, out = import_into(tmp_path, first, second, good, process=True)
    assert_clean_failure(result, out)
    assert "first.txt:3:" in result.stderr and "second.txt:7:" in result.stderr
    assert "2 problem(s); nothing written." in result.stderr
    assert not (out / "book" / "good.md").exists()


def test_a_sixth_document_of_the_same_kind_imports(tmp_path):
    """General rules, not line numbers: a new PDF capture with the same troubles imports cleanly."""
    text = ("Cover line\n\nA Test Article ¹\n\nThe first paragraph cites a book.² It ends mid-page in\n\n"
            "¹ The title note.\n\n² Ann Author, *A Book* (London: Press,\n\n"
            "the next page, where it goes on.³\n\n"
            "^{2001),} p. 5.\n\n³ A third note.\n\nA Heading\n\nA paragraph long enough to follow a heading, "
            "with more than twelve words in it for sure.\n")
    meta = GOOD_META + "  remove:\n    - lines: '^Cover line$'\n      reason: A cover line.\n"
    source = make_source(tmp_path, "sixth", text, meta=meta)
    result, out = import_into(tmp_path, source)
    assert result.returncode == 0, result.stderr
    chapter = (out / "book" / "sixth.md").read_text(encoding="utf-8")
    assert "# A Test Article[^1]" in chapter
    assert "It ends mid-page in the next page, where it goes on.[^3]" in chapter
    assert "[^2]: Ann Author, *A Book* (London: Press, 2001), p. 5." in chapter
    assert "(sixth-a-heading)=\n## A Heading" in chapter


@pytest.mark.parametrize("title_line, accepted", [
    ("A TEST ARTICLE.", True),            # printed in capitals with a full stop: the same title
    ("Chapter 1: A Test Article", True),  # a numbered chapter prints the title after its number
    ("- A Test Article -", True),         # ornaments round the line (NASA's web edition of Tomayko, 1988)
    ("* A TEST ARTICLE *", True),
    ("- A Test Article - Part 2", False), # words after the ornament are not the title's
    ("A Different Article", False),       # another title: the metadata or the title line is wrong
])
def test_title_line_against_the_metadata_title(tmp_path, title_line, accepted):
    source = make_source(tmp_path, "titled", f"{title_line}\n\nText with a note.¹\n\n¹ The body.\n")
    result, out = import_into(tmp_path, source)
    if accepted:
        assert result.returncode == 0, result.stderr
    else:
        assert_clean_failure(result, out)
        assert f"titled.txt:1: the title line reads {title_line!r}, but the metadata's title is " in result.stderr


# Laramée, "Introduction to stylometry with Python", The Programming Historian (2018, CC BY 4.0): the lesson
# calls its note 2 again, "The Stamatatos paper cited earlier[2]", as Markdown footnotes allow; its notes
# section is headed "Endnotes" (Lavin's lesson of 2022 heads it "End Notes").
CALLED_AGAIN = """Introduction to stylometry with Python

Efstathios Stamatatos points out that function words are "used in a largely unconscious manner by the authors, and they are topic-independent."[2] Function words have also been identified as important markers.[1]

The Stamatatos paper cited earlier[2] also contains a quality survey of the field.

{heading}

[1] Kim Luyckx and Walter Daelemans, "Shallow Text Analysis and Machine Learning for Authorship Attribution."

[2] Efstathios Stamatatos, "A Survey of Modern Authorship Attribution Method," p. 538-56, citation on p. 540.
"""


@pytest.mark.parametrize("heading", ["Endnotes", "End Notes", "END NOTES", "Notes:"])
def test_a_note_called_again_is_one_note_with_two_calls(tmp_path, heading):
    from edition.fidelity import check_chapter

    meta = GOOD_META.replace("title: \"A Test Article\"", "title: Introduction to stylometry with Python") \
        .replace("paragraphs: rejoin\n  footnotes: superscript", "paragraphs: as-is\n  footnotes: bracket")
    source = make_source(tmp_path, "called-again", CALLED_AGAIN.format(heading=heading), meta)
    result, out = import_into(tmp_path, source)
    assert result.returncode == 0, result.stderr
    chapter = (out / "book" / "called-again.md").read_text(encoding="utf-8")
    assert chapter.count("[^2]") == 3 and chapter.count("[^2]:") == 1  # two calls, one definition
    assert chapter.index("[^2]:") < chapter.index("The Stamatatos paper")  # defined after its first call
    problems, _ = check_chapter(out / "book" / "called-again.md", out / "data" / "changes" / "called-again.yml", source)
    assert problems == []


def test_new_source_finds_an_end_notes_section(tmp_path):
    source = tmp_path / "end-notes.txt"
    source.write_text(CALLED_AGAIN.format(heading="End Notes"), encoding="utf-8")
    assert run_command("new-source", str(source)).returncode == 0
    skeleton = (tmp_path / "end-notes.yml").read_text(encoding="utf-8")
    assert "footnotes: bracket" in skeleton and "notes_at: section  # GUESS: a notes section starts at line 7" in skeleton
