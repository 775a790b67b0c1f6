"""A Project Gutenberg plain text added as a new source by the README's steps alone: a real
excerpt (tests/data/gutenberg, its ORIGIN.md), hard-wrapped, with "[Footnote N: ...]" notes
after the paragraphs that call them. new-source guesses its form, the import joins the
wrapped lines (and says so), places every note, and the fidelity proof holds; hostile edits
of the source are each reported at their line, all in one run, nothing written.
"""

from __future__ import annotations

import glob
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SLUGS, copy_project, load_yaml, run_command
from edition.chapter import read_chapter
from edition.check import run_checks
from edition.fidelity import check_chapter
from edition.new_source import fill_in, skeleton
from edition.notestyles import detect

DATA = ROOT / "tests" / "data" / "gutenberg"
TEXT = DATA / "fewkes-passamaquoddy.txt"
SLUG = "fewkes-passamaquoddy"
NEW = f"{SLUG}-again" if SLUG in SLUGS else SLUG  # a project that holds it already adds it once more
FILLED = {"title": "A Contribution to Passamaquoddy Folk-Lore", "authors": [{"family": "Fewkes", "given": "J. Walter"}],
          "genre": "journal article", "date": "1890",
          "rights": "Public domain (published in the United States in 1890).", "rights_status": "public-domain",
          "publish": "full", "publication": {},
          "capture": "Project Gutenberg eBook #17997 (tests/data/gutenberg/ORIGIN.md: repository, path, commit)"}


def source_lines() -> list[str]:
    return TEXT.read_text(encoding="utf-8").split("\n")


def guesses(path: Path, root: Path = ROOT) -> dict:
    return load_yaml(skeleton(path, root))["import"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The README's steps: copy, list in SHA256SUMS, new-source, fill in, toc, import."""
    copy = copy_project(tmp_path_factory.mktemp("project"), caches=True)
    source = copy / "data" / "sources" / f"{NEW}.txt"
    shutil.copy(TEXT, source)
    subprocess.run(f"sha256sum {NEW}.txt >> SHA256SUMS", shell=True, check=True, cwd=source.parent)
    assert run_command("new-source", str(source.relative_to(copy)), cwd=copy).returncode == 0
    fill_in(source.with_suffix(".yml"), FILLED)
    toc = copy / "_toc.yml"
    toc.write_text(toc.read_text(encoding="utf-8").replace(
        "      - file: book/zubok-1980s\n", f"      - file: book/zubok-1980s\n      - file: book/{NEW}\n"),
        encoding="utf-8")
    imported = run_command("import", str(source.relative_to(copy)), cwd=copy)
    assert imported.returncode == 0, imported.stderr
    return copy


def test_new_source_guesses_a_wrapped_text_with_gutenberg_notes():
    assert guesses(TEXT) == {"title_line": r"^A CONTRIBUTION TO PASSAMAQUODDY FOLK-LORE\.", "paragraphs": "wrapped",
                             "footnotes": "gutenberg", "notes_at": "pages", "remove": []}
    assert detect(source_lines()) == ("gutenberg", 5)


def described_paragraphs(path: Path) -> str:
    """How the editor says the text's paragraphs stand (its metadata; as-is when it says nothing)."""
    meta = path.with_suffix(".yml") if path.parent.name == "sources" else path.parent / "metadata.yml"
    data = load_yaml(meta.read_text(encoding="utf-8")) if meta.exists() else {}
    rules = (data.get("filled") or data).get("import") or {}
    return rules.get("paragraphs", "as-is")


@pytest.mark.parametrize("path", sorted(glob.glob(str(ROOT / "tests" / "corpus" / "*" / "source.txt")))
                         + sorted(glob.glob(str(ROOT / "data" / "sources" / "*.txt"))),
                         ids=lambda path: Path(path).parent.name + "/" + Path(path).name)
def test_texts_with_a_paragraph_per_line_are_not_taken_for_wrapped_ones(path):
    """No text of the edition or of the corpus is guessed wrapped unless it is (before this mode,
    every one was guessed as-is, and still is)."""
    wrapped = described_paragraphs(Path(path)) == "wrapped"
    assert (guesses(Path(path))["paragraphs"] == "wrapped") == wrapped
    assert (guesses(Path(path)).get("footnotes") == "gutenberg") == wrapped


def test_the_import_joins_the_wrapped_lines_and_places_every_note(project):
    chapter = read_chapter(project / "book" / f"{NEW}.md")
    assert chapter.problems == []
    assert sorted(chapter.notes, key=int) == ["1", "2", "3", "4", "5"]
    assert chapter.note_text("1") == ("This work was undertaken as a preparation for similar observation in connection "
                                      "with the Hemenway Archæological Expedition. I am indebted to Mrs. Mary Hemenway, "
                                      "of Boston, for opportunities to make these observations.")
    assert chapter.note_text("4").endswith("Trans. Roy. Soc. Canada, Section II. 1889.")
    assert [section.text() for section in chapter.sections] == ["THE SNAKE DANCE."]
    lines = source_lines()
    first = " ".join(line.strip() for line in lines[3:11])  # source lines 4-11: the first paragraph
    assert first in (project / "book" / f"{NEW}.md").read_text(encoding="utf-8")
    assert "[Footnote" not in (project / "book" / f"{NEW}.md").read_text(encoding="utf-8")


def test_the_change_record_says_each_paragraph_and_note_was_unwrapped(project):
    record = load_yaml((project / "data" / "changes" / f"{NEW}.yml").read_text(encoding="utf-8"))
    assert record["calls"] == "gutenberg" and record["title_line"] == 1
    wrapped = [change for change in record["changes"] if change["kind"] == "wrapped"]
    paragraphs = [c for c in wrapped if "note" not in c]
    notes = {c["note"]: c["lines"] for c in wrapped if "note" in c}
    assert paragraphs[0]["lines"] == list(range(4, 12))
    assert paragraphs[0]["reason"] == ("The capture wraps its text at a fixed width; the 8 lines of this paragraph "
                                       "are joined into one.")
    # one record per paragraph of several lines, none for a paragraph of one line
    assert len(paragraphs) == 27 and all(len(c["lines"]) > 1 for c in paragraphs)
    item = next(c for c in paragraphs if c["lines"][0] == 72)  # "     1-3. The story of how Glooscap ..."
    assert item["reason"].startswith("The capture indents this block (a quotation, verse or an item of a list); "
                                     "its 3 lines are joined")
    assert notes == {1: [44, 45, 46, 47], 2: [125, 126], 3: [184, 185, 186], 4: [188, 189],
                     5: list(range(237, 245))}
    assert {c["kind"] for c in record["changes"]} == {"wrapped"}
    # the recorded pieces are the note's text: neither the head "[Footnote N:" nor the closing bracket
    assert record["notes"][2] == [{"line": 125, "text": "I have given below English versions of these, or the"},
                                  {"line": 126, "text": "Indian stories told in English."}]


def test_the_new_chapter_passes_the_checks_but_for_its_headnote(project):
    new = [p for p in run_checks(project, {"sources and metadata", "chapters"}) if f"/{NEW}." in p.path]
    chapter = read_chapter(project / "book" / f"{NEW}.md")
    assert [(p.line, p.message.split(":")[0]) for p in new] == [(chapter.title.line, "no headnote")]


@pytest.mark.parametrize("old, new, message", [
    ("familiar Italian word, \"Addio.\"", "familiar Italian word.", "note 3: missing from the chapter: \", \" Addio"),
    ("Canada, Section II. 1889.", "Canada, Section II. 1889.]", "note 4: not in the source: \"]\""),
    ("the giant beaver.[^2]", "the giant beaver.", "text: missing from the chapter: \"[^2]\""),
])
def test_the_fidelity_proof_still_sees_every_word_and_mark_of_a_note(project, tmp_path, old, new, message):
    chapter = tmp_path / f"{NEW}.md"
    text = (project / "book" / f"{NEW}.md").read_text(encoding="utf-8")
    assert text.count(old) == 1
    chapter.write_text(text.replace(old, new), encoding="utf-8")
    problems, _ = check_chapter(chapter, project / "data" / "changes" / f"{NEW}.yml",
                                project / "data" / "sources" / f"{NEW}.txt")
    assert any(message in problem for problem in problems), problems


def test_a_recorded_note_that_keeps_its_closing_bracket_is_caught(project, tmp_path):
    """The closing bracket is licensed away on the note's last line only, and only once."""
    record = (project / "data" / "changes" / f"{NEW}.yml").read_text(encoding="utf-8")
    spoiled = tmp_path / "record.yml"
    spoiled.write_text(record.replace("text: Indian stories told in English.\n",
                                      "text: Indian stories told in English.]\n"), encoding="utf-8")
    assert spoiled.read_text(encoding="utf-8") != record
    problems, _ = check_chapter(project / "book" / f"{NEW}.md", spoiled, project / "data" / "sources" / f"{NEW}.txt")
    assert any("recorded text of note 2 is not on this line" in p or "words of this line" in p for p in problems)


def import_spoiled(tmp_path: Path, edits: list[tuple[str, str]]) -> subprocess.CompletedProcess:
    text = TEXT.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    source = tmp_path / "data" / "sources" / f"{SLUG}.txt"
    source.parent.mkdir(parents=True)
    source.write_text(text, encoding="utf-8")
    rules = guesses(TEXT)
    source.with_suffix(".yml").write_text(yaml.safe_dump({"slug": SLUG, **FILLED, "import": rules},
                                                         allow_unicode=True), encoding="utf-8")
    return run_command("import", f"data/sources/{SLUG}.txt", "--out", "out", cwd=tmp_path)


MISSING_BODY = ("[Footnote 3: My surprise at this coincidence was very great, but I\nconfess that I was also "
                "interested to hear from the lips of my Indian\nfriend, at parting, the familiar Italian word, "
                "\"Addio.\"]\n", "\n\n\n")  # the same number of lines
HOSTILE = [
    ("a missing body", [MISSING_BODY], ["176: footnote marker 3 has no note body"]),
    ("a call with no body", [("one cylinder.\n", "one cylinder.[6]\n")],
     ["52: footnote marker 6 has no note body"]),
    ("a body with no call", [("the breath of his young opponent.[4]", "the breath of his young opponent.")],
     ["188: note 4 has a body but no marker in the text"]),
    ("an unclosed bracket", [("Indian stories told in English.]", "Indian stories told in English.")],
     ["125: note 2 is not closed (no \"]\") before note 3 begins at line 184"]),
    ("an unclosed last note", [("large wigwam made of bark.]", "large wigwam made of bark.")],
     ["237: note 5 is not closed: no \"]\" ends its body before the end of the text"]),
    ("text after a closing bracket", [("Section II. 1889.]", "Section II. 1889.] See above.")],
     ["189: text after the bracket that closes note 4: 'See above.'"]),
]


@pytest.mark.parametrize("what, edits, messages", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_note_that_does_not_pair_up_is_reported_at_its_line(tmp_path, what, edits, messages):
    result = import_spoiled(tmp_path, edits)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    for message in messages:
        assert f"data/sources/{SLUG}.txt:{message}" in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()


def test_every_problem_is_reported_in_one_run(tmp_path):
    edits = [edit for _, spoiled, _ in HOSTILE[:4] for edit in spoiled]
    result = import_spoiled(tmp_path, edits)
    reported = [line for line in result.stderr.splitlines() if f"{SLUG}.txt:" in line]
    assert [line.split(":")[1] for line in reported] == ["52", "125", "176", "188"], result.stderr
    assert not (tmp_path / "out").exists()


def test_notes_gathered_under_a_footnotes_heading_at_the_end(tmp_path):
    """Bodies gathered at the chapter's end under Gutenberg's "FOOTNOTES:" (the form of its HTML-made
    plain texts): the heading is removed, and recorded; each note stands with its call."""
    source = tmp_path / "data" / "sources" / "gathered.txt"
    source.parent.mkdir(parents=True)
    lines = source_lines()
    paragraph = "\n".join(lines[34:42])  # source lines 35-42: the paragraph that calls note 1
    source.write_text(f"{lines[0]}\n\n\n{paragraph}\n\nFOOTNOTES:\n\n" + "\n".join(lines[43:47]) + "\n",
                      encoding="utf-8")
    assert guesses(source)["notes_at"] == "section"
    source.with_suffix(".yml").write_text(yaml.safe_dump({"slug": "gathered", **FILLED, "import": guesses(source)},
                                                         allow_unicode=True), encoding="utf-8")
    result = run_command("import", "data/sources/gathered.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "gathered.md")
    assert list(chapter.notes) == ["1"] and chapter.note_text("1").startswith("This work was undertaken")
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "gathered.yml").read_text(encoding="utf-8"))
    assert {"kind": "removed", "lines": [13], "reason": "The heading over the gathered notes: each note now stands "
            "with its call.", "text": "FOOTNOTES:", "rule": "notes_heading"} in record["changes"]
    problems, _ = check_chapter(tmp_path / "out" / "book" / "gathered.md",
                                tmp_path / "out" / "data" / "changes" / "gathered.yml", source)
    assert problems == []


def test_the_sample_of_the_issue_is_read_as_the_form_it_is(tmp_path):
    """The lead's sample (issue 10): two wrapped lines, one paragraph; a note of two lines."""
    source = tmp_path / "data" / "sources" / "sample.txt"
    source.parent.mkdir(parents=True)
    source.write_text("CHAPTER I.\n\nTHE RISE OF THE REPUBLIC.\n\nThe colonists had long resented the navigation "
                      "acts,[1] and the stamp\nact of 1765 brought their grievances to a head.[2]\n\n[Footnote 1: "
                      "Bancroft, History of the United States, vol. iii.\np. 112.]\n\n[Footnote 2: Ibid., p. 115.]\n",
                      encoding="utf-8")
    rules = guesses(source)
    assert (rules["paragraphs"], rules["footnotes"], rules["notes_at"]) == ("wrapped", "gutenberg", "pages")
    source.with_suffix(".yml").write_text(yaml.safe_dump({"slug": "sample", **FILLED, "title": "The Rise of the Republic",
                                                          "import": rules}), encoding="utf-8")
    result = run_command("import", "data/sources/sample.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "sample.md")
    assert chapter.note_text("1") == "Bancroft, History of the United States, vol. iii. p. 112."
    assert chapter.note_text("2") == "Ibid., p. 115."
    text = (tmp_path / "out" / "book" / "sample.md").read_text(encoding="utf-8")
    assert "navigation acts,[^1] and the stamp act of 1765 brought their grievances to a head.[^2]" in text


def test_new_source_proposes_to_remove_what_project_gutenberg_adds(tmp_path):
    """A whole Project Gutenberg file: header to its START banner, credits, the note on other
    formats, and the footer from its END banner are proposed for removal (data/capture-junk.yml)."""
    (tmp_path / "data" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "data" / "sources" / "whole.txt"
    source.write_text("".join((DATA / name).read_text(encoding="utf-8") for name in
                              ("fewkes-passamaquoddy-head.txt", "fewkes-passamaquoddy.txt", "fewkes-passamaquoddy-tail.txt")),
                      encoding="utf-8")
    text = skeleton(source, tmp_path)
    rules = load_yaml(text)["import"]
    assert [(rule.get("from", rule.get("lines"))[:25], rule.get("through"), rule.get("to_end")) for rule in rules["remove"]] \
        == [("(?i)^\\W*(the )?project gu", "(?i)^\\W*start of (the|this) project gutenberg", None),
            ("(?i)^\\W*end of (the |this", None, True),
            ("^(E-text prepared|Produce", "^\\s*$", None),
            ("^Note: Project Gutenberg ", "^\\s*$", None),
            ("^FOLK-LORE\\*\\*\\*$", None, None)]
    assert all(f"# GUESS: {where}" in text for where in ("lines 1-28", "lines 331-340", "lines 32-34", "lines 37-43",
                                                           "line 29"))
    assert (rules["paragraphs"], rules["footnotes"]) == ("wrapped", "gutenberg")
    meta = {"slug": "whole", **FILLED, "import": {**rules, "title_line": r"^A CONTRIBUTION TO PASSAMAQUODDY FOLK-LORE\."}}
    (source.with_suffix(".yml")).write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    result = run_command("import", "data/sources/whole.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = (tmp_path / "out" / "book" / "whole.md").read_text(encoding="utf-8")
    assert "Gutenberg" not in chapter and "START OF" not in chapter and "pgdp" not in chapter
    assert check_chapter(tmp_path / "out" / "book" / "whole.md", tmp_path / "out" / "data" / "changes" / "whole.yml",
                         source)[0] == []


def test_a_paragraph_that_notes_cut_at_a_page_break_is_joined(tmp_path):
    """Older Project Gutenberg texts leave a note's body where the page ended, inside its paragraph:
    the two parts of the paragraph (the first stops mid-sentence, the second starts in lower case)
    are joined, and the record says why."""
    lines = source_lines()
    cut = lines[:38] + ["", *lines[43:47], ""] + lines[38:42] + lines[47:]  # note 1's body after "fully" (line 38)
    source = tmp_path / "data" / "sources" / "cut.txt"
    source.parent.mkdir(parents=True)
    source.write_text("\n".join(cut), encoding="utf-8")
    rules = guesses(TEXT)
    source.with_suffix(".yml").write_text(yaml.safe_dump({"slug": "cut", **FILLED, "import": rules},
                                                         allow_unicode=True), encoding="utf-8")
    result = run_command("import", "data/sources/cut.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = (tmp_path / "out" / "book" / "cut.md").read_text(encoding="utf-8")
    assert "The results obtained fully satisfied my expectations." in chapter
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "cut.yml").read_text(encoding="utf-8"))
    rejoined = [c for c in record["changes"] if c["kind"] == "rejoined"]
    assert [c["lines"] for c in rejoined] == [[35, 36, 37, 38, 45, 46, 47, 48]]
    assert rejoined[0]["reason"].startswith("A page break (and the notes printed at it) cut this paragraph")
    assert check_chapter(tmp_path / "out" / "book" / "cut.md", tmp_path / "out" / "data" / "changes" / "cut.yml",
                         source)[0] == []


def import_text(tmp_path: Path, slug: str, text: str, **filled) -> tuple[subprocess.CompletedProcess, Path]:
    source = tmp_path / "data" / "sources" / f"{slug}.txt"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(text, encoding="utf-8")
    rules = guesses(source)
    source.with_suffix(".yml").write_text(yaml.safe_dump({"slug": slug, **FILLED, **filled, "import": rules},
                                                         allow_unicode=True), encoding="utf-8")
    return run_command("import", f"data/sources/{slug}.txt", "--out", "out", cwd=tmp_path), source


@pytest.mark.parametrize("where", ["after each paragraph", "gathered at the end"])
def test_notes_numbered_afresh_are_numbered_on_through_the_chapter(tmp_path, where):
    """A text whose numbering starts again (a new chapter; a new page of page-numbered notes): each run
    of calls is numbered on after the last, and the k-th body printed "[Footnote 1: ...]" is the k-th
    run's; the renumbering is recorded and the proof holds."""
    lines = source_lines()
    first, second = lines[34:42], lines[48:52] + ["with a call of its own.[1]"]  # paragraphs; the second ends with a call
    note_1, note_2 = lines[43:47], ["[Footnote 1: A second note, numbered 1 again.]"]
    if where == "after each paragraph":
        text = [lines[0], "", "", *first, "", *note_1, "", *second, "", *note_2]
    else:
        text = [lines[0], "", "", *first, "", *second, "", "FOOTNOTES:", "", *note_1, "", *note_2]
    result, source = import_text(tmp_path, "afresh", "\n".join(text) + "\n")
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "afresh.md")
    assert sorted(chapter.notes) == ["1", "2"] and chapter.note_text("2") == "A second note, numbered 1 again."
    assert chapter.note_text("1").startswith("This work was undertaken")
    assert "with a call of its own.[^2]" in (tmp_path / "out" / "book" / "afresh.md").read_text(encoding="utf-8")
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "afresh.yml").read_text(encoding="utf-8"))
    renumbered = [(c["text"], c["after"]) for c in record["changes"] if c.get("rule") == "footnotes: gutenberg"]
    assert renumbered == [("[1]", "[2]"), ("[Footnote 1:", "[Footnote 2:")]
    assert check_chapter(tmp_path / "out" / "book" / "afresh.md", tmp_path / "out" / "data" / "changes" / "afresh.yml",
                         source)[0] == []


def test_a_body_too_many_for_its_calls_is_reported(tmp_path):
    lines = source_lines()
    text = [lines[0], "", "", *lines[34:42], "", *lines[43:47], "", "[Footnote 1: Printed twice.]", ""]
    result, _ = import_text(tmp_path, "twice", "\n".join(text))
    assert result.returncode == 1
    assert "twice.txt:18: note 1 has a second body (the first is at line 13)" in result.stderr, result.stderr


def test_a_body_without_its_call_is_reported_where_the_numbering_starts_again(tmp_path):
    """Its printed number is another note's number in the chapter (the second run's 1 is note 2 there):
    reported at its line, not taken for that note."""
    lines = source_lines()
    text = [lines[0], "", "", *lines[34:42], "", *lines[43:47], "", "Another chapter.[1]", "",
            "[Footnote 1: Numbered 1 again.]", "", "[Footnote 2: Called by nothing.]", ""]
    result, _ = import_text(tmp_path, "uncalled", "\n".join(text))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == ["data/sources/uncalled.txt:22: note 2 has a body but no marker in the text"]


def test_bodies_indented_of_several_paragraphs_or_closed_on_a_line_of_their_own(tmp_path):
    text = ("THE TITLE OF THE PIECE.\n\n\nThe first paragraph runs over two lines and calls a note here,[1]\n"
            "then another one there.[2] It closes with a third call.[3]\n\n"
            "    [Footnote 1: An indented note that runs on\n    to a second line.]\n\n"
            "[Footnote 2: A note of two paragraphs, whose first ends here.\n\n"
            "The second paragraph of the note, with [brackets] of its own\nand a reference to note [3].\n]\n\n"
            "[Footnote 3: Short.]\n\nThe last paragraph of the text, on a line of its own.\n")
    result, source = import_text(tmp_path, "edge", text, title="The Title of the Piece")
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "edge.md")
    assert chapter.note_text("1") == "An indented note that runs on to a second line."
    assert chapter.note_text("2") == ("A note of two paragraphs, whose first ends here. The second paragraph of the "
                                      "note, with [brackets] of its own and a reference to note [3].")
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "edge.yml").read_text(encoding="utf-8"))
    assert [c["reason"] for c in record["changes"] if c.get("note") == 2] == [
        "The body of note 2 runs over 4 lines in 2 paragraphs; they are joined into one (the paragraph breaks "
        "of the note are not kept)."]
    assert check_chapter(tmp_path / "out" / "book" / "edge.md", tmp_path / "out" / "data" / "changes" / "edge.yml",
                         source)[0] == []
