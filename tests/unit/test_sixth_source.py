"""Adding a text the project has never seen, by the README's steps, for each form of note
calls: real public-domain texts of the corpus (tests/corpus), each with its notes in a notes
section. The metadata skeleton guesses the form, the import places every note, and the
check finds nothing wrong in the new chapter: its words, marks and note calls are the source's.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SLUGS, copy_project, run_command, run_edition, load_yaml
from edition.chapter import read_chapter
from edition.check import run_checks
from edition.citations.accuracy import unit_keys
from edition.new_source import fill_in

CORPUS = ROOT / "tests" / "corpus"

# The corpus texts an editor has described (tests/corpus/<folder>/metadata.yml: what goes into
# new-source's skeleton, and the form of note calls it must guess).
DESCRIBED = sorted(p.parent for p in CORPUS.glob("*/metadata.yml"))
NEW_TEXTS = [(load_yaml((folder / "metadata.yml").read_text(encoding="utf-8")), folder.name)
             for folder in DESCRIBED]


def edition(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The command, run in this process (`python -m edition` itself: the call without a body)."""
    return run_command(*args, cwd=cwd)


@pytest.fixture(scope="module")
def five_texts(tmp_path_factory):
    copy = tmp_path_factory.mktemp("project")
    copy_project(copy, caches=True)
    return copy


@pytest.fixture
def project(five_texts):
    """The five-text edition, each new text added to it alone (as the README adds a sixth):
    what a test adds is taken away again after it, its results kept in .cache only."""
    inputs = lambda: {p: p.read_bytes() for p in [*five_texts.glob("book/**/*"), *five_texts.glob("data/**/*"),
                                                  five_texts / "_toc.yml"] if p.is_file()}
    before = inputs()
    yield five_texts
    for path, content in inputs().items():
        if path not in before:
            path.unlink()
        elif before[path] != content:
            path.write_bytes(content)
    for path, content in before.items():
        if not path.is_file():
            path.write_bytes(content)


def add_text(project: Path, slug: str, folder: str, filled: dict) -> subprocess.CompletedProcess:
    """The README's steps: copy, list in SHA256SUMS, new-source, fill in, toc, import."""
    source = project / "data" / "sources" / f"{slug}.txt"
    shutil.copy(CORPUS / folder / "source.txt", source)
    subprocess.run(f"sha256sum {slug}.txt >> SHA256SUMS", shell=True, check=True, cwd=source.parent)
    assert edition("new-source", str(source.relative_to(project)), cwd=project).returncode == 0
    fill_in(source.with_suffix(".yml"), filled, rights="Public domain (see tests/corpus).",
            rights_status="public-domain", publish="full",
            capture=f"tests/corpus/{folder}/source.txt (its ORIGIN.md: repository, path, commit)", publication={})
    toc = project / "_toc.yml"
    toc.write_text(toc.read_text(encoding="utf-8").replace(
        "      - file: book/zubok-1980s\n", f"      - file: book/zubok-1980s\n      - file: book/{slug}\n"),
        encoding="utf-8")
    return edition("import", str(source.relative_to(project)), cwd=project)


def test_the_corpus_describes_texts_of_more_than_one_form():
    assert len({described["calls"] for described, _ in NEW_TEXTS}) >= 2


@pytest.mark.parametrize("described, folder", NEW_TEXTS, ids=[folder for _, folder in NEW_TEXTS])
def test_a_new_text_is_added_by_the_readmes_steps_with_every_note_in_place(project, monkeypatch, described, folder):
    slug, form = described["slug"], described["calls"]
    slug = f"{slug}-again" if slug in SLUGS else slug  # a project that holds it already adds it once more
    monkeypatch.chdir(project)
    imported = add_text(project, slug, folder, described["filled"])
    assert imported.returncode == 0, imported.stderr
    meta = load_yaml((project / "data" / "sources" / f"{slug}.yml").read_text(encoding="utf-8"))
    told = (described["filled"].get("import") or {}).get("notes_at")  # the editor's word, else the guess
    assert meta["import"]["footnotes"] == form and meta["import"]["notes_at"] == (told or "section")
    chapter = read_chapter(project / "book" / f"{slug}.md")
    gold = load_yaml((CORPUS / folder / "gold.yml").read_text(encoding="utf-8"))
    keys = unit_keys(list(gold["notes"]))  # notes numbered afresh in each unit: numbered on through the chapter
    assert sorted(chapter.notes, key=int) == sorted((str(n) for n in keys) if keys else map(str, gold["notes"]),
                                                    key=int)
    assert chapter.problems == []
    new = [p for p in run_checks(project, {"sources and metadata", "chapters"}) if f"/{slug}." in p.path]
    # the fidelity proof holds (every word, mark and call of the source); what is left is the editor's step
    assert [(p.line, p.message.split(":")[0]) for p in new] == [(chapter.title.line, "no headnote")]


def test_an_excerpt_that_opens_with_a_paragraph_has_no_title_line(tmp_path):
    """The skeleton does not take a paragraph for a title (an excerpt cut inside its chapter)."""
    from edition.new_source import skeleton
    opening = ("If we attempt to carry the history of the origin of the Wealth of Nations farther back than the "
               "date of the lecture notes in 1763 or thereabouts, we can still find a small amount of authentic "
               "information.[66]")  # Cannan's introduction to Smith (1904), cut at a paragraph
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "cut.txt"
    source.write_text(f"{opening}\n\nNotes\n\n[66] Stewart, p. 12.\n", encoding="utf-8")
    meta = load_yaml(skeleton(source, tmp_path))
    assert meta["title"] is None and meta["import"]["title_line"] is None
    source.write_text("The Parameters of Openness and Executive Discretion, 1790–1860\n\nText.[1]\n\nNotes\n\n"
                      "[1] Ibid.\n", encoding="utf-8")
    meta = load_yaml(skeleton(source, tmp_path))
    assert meta["title"].startswith("The Parameters") and meta["import"]["title_line"].startswith("^The Parameters")


def test_a_call_without_its_body_is_reported_at_its_line(tmp_path):
    source = tmp_path / "data" / "sources" / "bracketed.txt"
    source.parent.mkdir(parents=True)
    source.write_text("A Title Of Some Length\n\nThe first claim.[1] The second claim.[2]\n\nNotes\n\n"
                      "[1] A. Author, A Book (London, 1900), p. 3.\n", encoding="utf-8")
    source.with_suffix(".yml").write_text(yaml.safe_dump({
        "slug": "bracketed", "title": "A Title Of Some Length", "genre": "essay", "rights": "x", "capture": "x",
        "import": {"footnotes": "bracket", "notes_at": "section"}}), encoding="utf-8")
    result = run_edition("import", str(source), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/sources/bracketed.txt:3: footnote marker 2 has no note body" in result.stderr
    assert not (tmp_path / "out").exists()


TEXT = ("A History of Some Length\n\nThe Treaty\n\nMarch 3, 1950\n\nFigure 1. The signing.\n\n"
        "The treaty was signed after long talks between the two delegations in the capital city.\n")


@pytest.mark.parametrize("rules, headings", [
    ({}, []),  # by their look: a date line under a heading hides it, a caption is not one
    ({"headings": ["The Treaty"]}, ["The Treaty"]),
    ({"heading_pattern": "^The [A-Z][a-z]+$"}, ["The Treaty"]),
    ({"headings": []}, []),
])
def test_headings_by_the_metadatas_rule(tmp_path, rules, headings):
    source = tmp_path / "data" / "sources" / "history.txt"
    source.parent.mkdir(parents=True)
    source.write_text(TEXT, encoding="utf-8")
    source.with_suffix(".yml").write_text(yaml.safe_dump({
        "slug": "history", "title": "A History of Some Length", "genre": "essay", "rights": "x", "capture": "x",
        "import": rules}), encoding="utf-8")
    result = edition("import", str(source), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "history.md")
    assert [block.text() for block in chapter.sections] == headings


def test_a_listed_heading_the_text_lacks_is_reported(tmp_path):
    source = tmp_path / "data" / "sources" / "history.txt"
    source.parent.mkdir(parents=True)
    source.write_text(TEXT, encoding="utf-8")
    source.with_suffix(".yml").write_text(yaml.safe_dump({
        "slug": "history", "title": "A History of Some Length", "genre": "essay", "rights": "x", "capture": "x",
        "import": {"headings": ["The Treaty", "The Aftermath"]}}), encoding="utf-8")
    result = edition("import", str(source), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 1
    assert "import.headings lists 'The Aftermath', which no line of the text holds" in result.stderr


def test_notes_numbered_afresh_in_each_unit_are_numbered_through_the_chapter(tmp_path):
    # the form of the FRUS excerpt (tests/corpus/frus-1969-76-v12-excerpt): each unit, then its notes from 1
    source = tmp_path / "data" / "sources" / "units.txt"
    source.parent.mkdir(parents=True)
    source.write_text("A Title Of Some Length\n\nThe first unit makes its claim.¹ And another.²\n\nNotes\n\n"
                      "¹ Foreign Relations, 1945–1950, Document 257.\n\n² Ibid., Document 292.\n\n"
                      "1. Memorandum of Conversation¹\n\nThe second unit says more.²\n\nNotes\n\n"
                      "¹ Source: National Archives, Box 725.\n\n² Not found.\n", encoding="utf-8")
    source.with_suffix(".yml").write_text(yaml.safe_dump({
        "slug": "units", "title": "A Title Of Some Length", "genre": "essay", "rights": "x", "capture": "x",
        "import": {"footnotes": "superscript", "notes_at": "units"}}, allow_unicode=True), encoding="utf-8")
    result = edition("import", str(source), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "units.md")
    assert sorted(chapter.notes, key=int) == ["1", "2", "3", "4"]
    assert chapter.note_text("3").startswith("Source: National Archives") and chapter.problems == []
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "units.yml").read_text(encoding="utf-8"))
    renumbered = [(c["lines"], c["text"], c["after"]) for c in record["changes"] if c.get("rule") == "notes_at: units"]
    assert renumbered == [([11], "¹", "³"), ([13], "²", "⁴"), ([17], "¹", "³"), ([19], "²", "⁴")]
    assert unit_keys(["covert-1", "covert-2", "d1-1", "d1-2"]) == {1: "covert-1", 2: "covert-2", 3: "d1-1",
                                                                    4: "d1-2"}
    assert unit_keys([1, 2]) == {}, "plain numbers are the chapter's own"


def test_a_title_that_carries_a_note_call_is_guessed_without_it_and_keeps_the_call(tmp_path):
    """Turner's essay (1893) prints its title with a call (the note on where it was first read): the
    skeleton's title is the words, its title_line matches the line as printed, and the import keeps
    the call on the chapter's title."""
    (tmp_path / "data" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "data" / "sources" / "frontier.txt"
    source.write_text("I\n\nThe Significance of the Frontier in American History¹\n\nIn a recent bulletin of the "
                      "Superintendent of the Census for 1890 appear these significant words.²\n\nFootnotes\n\n"
                      "¹ A paper read at the meeting of the American Historical Association in Chicago, July 12, "
                      "1893.\n\n² Extra Census Bulletin, No. 2, April 20, 1891.\n", encoding="utf-8")
    from edition.new_source import skeleton
    meta = load_yaml(skeleton(source, tmp_path))
    assert meta["title"] == "The Significance of the Frontier in American History"
    assert meta["import"]["title_line"] == "^The Significance of the Frontier in American History"
    assert meta["import"]["footnotes"] == "superscript"
    meta.update(genre="essay", rights="x", capture="x", rights_status="public-domain", publish="full")
    source.with_suffix(".yml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    result = edition("import", str(source), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "frontier.md")
    assert chapter.title.text() == "The Significance of the Frontier in American History"
    assert sorted(chapter.notes) == ["1", "2"] and chapter.problems == []
    assert "# The Significance of the Frontier in American History[^1]" in (
        tmp_path / "out" / "book" / "frontier.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("opening, title", [
    ("INTRODUCTION\n\nIt may surprise many to be told that the notion of Progress is of recent origin.[1]\n",
     "INTRODUCTION"),  # Bury, The Idea of Progress (1920)
    ("I.\n\nINTRODUCTORY.\n\nThe Constitution is not honored by blind worshippers alone.[1]\n",
     "INTRODUCTORY."),  # Wilson, Congressional Government (1885): the chapter's label, then its title
    ("CHAPTER III\n\nSOUTHWARD\n\nWe left Lyttelton in the last days of November, the ship loaded deep.[1]\n",
     "SOUTHWARD"),
    ("II.\n\nThe seventh century opens with the conquest of the eastern provinces by the Arabs, and with it the "
     "end of the old order of the Mediterranean, which had stood since the days of the Republic.[1]\n", None),
])
def test_a_short_title_in_capitals_is_guessed_and_a_label_is_not(tmp_path, opening, title):
    from edition.new_source import skeleton
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "excerpt.txt"
    source.write_text(f"{opening}\nNotes\n\n[1] A. Author, A Book (London, 1900), p. 3.\n", encoding="utf-8")
    assert load_yaml(skeleton(source, tmp_path))["title"] == title
