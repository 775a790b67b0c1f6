"""Project Gutenberg texts of other habits than the first one (Fewkes), each a real excerpt
(tests/data/gutenberg/ORIGIN.md), added by the README's steps: Holmes's report (a part heading
over its first section's heading, indented notes gathered at each section's end) and Shedlock's
book (notes numbered through the book, headed "[N]" and gathered at its end; a title page, a
quoted title page and a table of contents set line by line; the title printed whole only on the
half-title). The guesses, the chapter and the fidelity proof are checked on each."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from conftest import ROOT, load_yaml, run_command
from edition.chapter import read_chapter
from edition.fidelity import check_chapter
from edition.new_source import skeleton

DATA = ROOT / "tests" / "data" / "gutenberg"
PUBLIC = {"genre": "book excerpt", "rights_status": "public-domain", "publish": "full", "publication": {},
          "capture": "Project Gutenberg plain text (tests/data/gutenberg/ORIGIN.md: repository, path, commit)"}
HOLMES = {"title": "Ancient Art of the Province of Chiriqui", "authors": [{"family": "Holmes", "given": "William H."}],
          "date": "1888", "rights": "Public domain (a publication of the United States Government, 1888).", **PUBLIC}
SHEDLOCK = {"authors": [{"family": "Shedlock", "given": "J.S."}], "date": "1895",
            "rights": "Public domain (published in London in 1895).", **PUBLIC}


def add(tmp_path: Path, name: str, slug: str, filled: dict) -> tuple[subprocess.CompletedProcess, Path, dict]:
    """Copy the excerpt, take new-source's skeleton, fill in what the text states, import."""
    (tmp_path / "data" / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "data" / "sources" / f"{slug}.txt"
    shutil.copy(DATA / name, source)
    meta = load_yaml(skeleton(source, tmp_path))
    meta.update(filled)
    source.with_suffix(".yml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    return run_command("import", f"data/sources/{slug}.txt", "--out", "out", cwd=tmp_path), source, meta


def proof(tmp_path: Path, slug: str, source: Path) -> list[str]:
    return check_chapter(tmp_path / "out" / "book" / f"{slug}.md", tmp_path / "out" / "data" / "changes" / f"{slug}.yml",
                         source)[0]


def test_a_part_heading_over_its_first_section_heading_is_a_heading(tmp_path):
    """Holmes: "INTRODUCTION." (four blank lines before) stands over "GEOGRAPHY." (two): both are
    headings (before, INTRODUCTION. was a paragraph); the indented notes each follow their paragraph."""
    result, source, meta = add(tmp_path, "holmes-chiriqui.txt", "holmes", HOLMES)
    assert result.returncode == 0, result.stderr
    assert meta["import"] == {"title_line": r"^ANCIENT ART OF THE PROVINCE OF CHIRIQUI\.", "paragraphs": "wrapped",
                              "footnotes": "gutenberg", "notes_at": "pages", "remove": []}
    chapter = read_chapter(tmp_path / "out" / "book" / "holmes.md")
    assert chapter.problems == []
    assert [section.text() for section in chapter.sections] == [
        "INTRODUCTION.", "GEOGRAPHY.", "LITERATURE.", "PEOPLE.", "THE CEMETERIES."]
    assert sorted(chapter.notes, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert chapter.note_text("4") == "A. De Zeltner: Notes sur les sépultures indiennes de département de Chiriqui."
    text = (tmp_path / "out" / "book" / "holmes.md").read_text(encoding="utf-8")
    assert text.index("in 1860;[^4]") < text.index("[^4]: A. De Zeltner") < text.index("## PEOPLE.")
    assert proof(tmp_path, "holmes", source) == []


def test_notes_numbered_through_a_book_and_gathered_at_its_end(tmp_path):
    """Shedlock's chapter III with its notes [48]-[55] from the book's end: guessed as bracket
    notes in a section; each note stands with its call, the heading "FOOTNOTES:" removed and recorded."""
    result, source, meta = add(tmp_path, "shedlock-pianoforte-sonata-ch3.txt", "pasquini",
                               {**SHEDLOCK, "title": "Bernardo Pasquini: A Contemporary of J. Kuhnau"})
    assert result.returncode == 0, result.stderr
    rules = meta["import"]
    assert (rules["paragraphs"], rules["footnotes"], rules["notes_at"]) == ("wrapped", "bracket", "section")
    chapter = read_chapter(tmp_path / "out" / "book" / "pasquini.md")
    assert chapter.problems == []
    assert sorted(chapter.notes, key=int) == [str(n) for n in range(48, 56)]
    assert chapter.note_text("53") == "\"Si puo fare a Due Cembali.\""
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "pasquini.yml").read_text(encoding="utf-8"))
    assert any(c["kind"] == "removed" and c.get("text") == "FOOTNOTES:" for c in record["changes"])
    assert proof(tmp_path, "pasquini", source) == []


def test_the_chapter_label_over_the_title_stays_with_it(tmp_path):
    """"CHAPTER III", a blank line, the chapter's title: the label is the title's (before, it was
    moved under the title as the chapter's first paragraph)."""
    result, source, _ = add(tmp_path, "shedlock-pianoforte-sonata-ch3.txt", "pasquini",
                            {**SHEDLOCK, "title": "Bernardo Pasquini: A Contemporary of J. Kuhnau"})
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "pasquini.md")
    assert chapter.title.text() == "CHAPTER III BERNARDO PASQUINI: A CONTEMPORARY OF J. KUHNAU"
    assert chapter.paragraphs["p-1"].text().startswith("In the year 1637 was born")
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "pasquini.yml").read_text(encoding="utf-8"))
    assert record["title_line"] == 1 and not any(c["kind"] == "moved" for c in record["changes"])
    assert proof(tmp_path, "pasquini", source) == []


def test_lines_the_source_sets_one_by_one_keep_their_breaks(tmp_path):
    """A quoted title page ("Second Collection / of / Toccates, ...") is not prose wrapped at a
    width: its line breaks are kept (before, it was run into one line), and no join is recorded;
    the wrapped paragraphs around it are still joined."""
    result, source, _ = add(tmp_path, "shedlock-pianoforte-sonata-ch3.txt", "pasquini",
                            {**SHEDLOCK, "title": "Bernardo Pasquini: A Contemporary of J. Kuhnau"})
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "book" / "pasquini.md").read_text(encoding="utf-8")
    lines = DATA.joinpath("shedlock-pianoforte-sonata-ch3.txt").read_text(encoding="utf-8").split("\n")
    quoted = lines[88:97]  # source lines 89-97
    assert quoted[0] == "Second Collection" and quoted[-1] == "The most Eminent Foreign Authors."
    assert "\\\n".join(quoted) in text
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "pasquini.yml").read_text(encoding="utf-8"))
    assert not any(89 in c["lines"] for c in record["changes"])
    assert "Pasquini, Paglietti et Gaspard Kerle, Amsterdam, Roger, 1704.\" A Toccata was published" in text
    chapter = read_chapter(tmp_path / "out" / "book" / "pasquini.md")
    assert chapter.problems == []


def test_a_whole_file_from_its_header_to_the_first_chapter(tmp_path):
    """Shedlock's file from its first line: new-source takes the title and author from Project
    Gutenberg's header (the title page sets the title over three blocks, the half-title prints it
    on one line) and proposes the header and credits for removal; the front matter above the
    title keeps its paragraphs (before, each of its lines became a paragraph), and the chapter's
    "CHAPTER I" / "INTRODUCTORY" are headings."""
    (tmp_path / "data" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "data" / "sources" / "sonata.txt"
    shutil.copy(DATA / "shedlock-pianoforte-sonata-opening.txt", source)
    text = skeleton(source, tmp_path)
    assert ("title: THE PIANOFORTE SONATA  # GUESS: the header's title (The Pianoforte Sonata / Its Origin and "
            "Development), as the text prints it") in text
    assert "(GUESS: the header states: Author: J.S. Shedlock)" in text
    assert "the header's Release Date: November 16, 2005 [EBook #17074] is the e-text's" in text
    assert load_yaml(text)["import"]["title_line"] == "^THE PIANOFORTE SONATA"
    result, source, _ = add(tmp_path, "shedlock-pianoforte-sonata-opening.txt", "sonata",
                            {**SHEDLOCK, "title": "The Pianoforte Sonata"})
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "sonata.md")
    assert chapter.problems == []
    assert [section.text() for section in chapter.sections] == ["CHAPTER I", "INTRODUCTORY"]
    book = (tmp_path / "out" / "book" / "sonata.md").read_text(encoding="utf-8")
    assert "Gutenberg" not in book and "pgdp" not in book
    assert "This little volume is entitled \"The Pianoforte Sonata: its Origin and Development.\" Some of" in book
    assert "METHUEN \\& CO.\\\n36 ESSEX STREET, W.C.\\\nLONDON" in book
    assert proof(tmp_path, "sonata", source) == []


def test_the_header_title_when_no_line_prints_it(tmp_path):
    """A text whose header names a title that no line of it prints whole: the header's title is
    offered, and the editor told to check title_line."""
    from edition.new_source import header_fields, title_printed
    from edition.sources import SourceLine
    lines = [SourceLine(n + 1, t) for n, t in enumerate(["The Project Gutenberg EBook of X", "", "Title: The Long Title",
                                                          "       Of It", "Author: Someone", "",
                                                          "*** START OF THIS PROJECT GUTENBERG EBOOK X ***", "",
                                                          "THE LONG", "", "TITLE", ""])]
    entry = {"fields": {"title": "^Title:\\s*(.+)", "author": "^Author:\\s*(.+)"}}
    stated = header_fields(lines, [(entry, 1, 7)])
    assert stated == {"title": "The Long Title / Of It", "author": "Someone"}
    assert title_printed(lines, set(range(1, 8)), "The Long Title") is None
    (tmp_path / "data" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "data" / "sources" / "long.txt"
    source.write_text("\n".join(line.text for line in lines) + "\n", encoding="utf-8")
    assert "title: The Long Title  # GUESS: the header states: Title: The Long Title / Of It (no line of the text prints it " \
           "whole: check title_line)" in skeleton(source, tmp_path)


def test_a_file_in_its_gutenberg_encoding_is_refused_with_the_way_out(tmp_path):
    """A Project Gutenberg "-8.txt" file is ISO-8859-1, as its header says: copied as it comes, it
    is refused at its first such byte, the message naming the header's declaration and how to
    convert (before, only the byte)."""
    (tmp_path / "data" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    whole = "".join((DATA / name).read_text(encoding="utf-8") for name in
                    ("fewkes-passamaquoddy-head.txt", "fewkes-passamaquoddy.txt", "fewkes-passamaquoddy-tail.txt"))
    (tmp_path / "data" / "sources" / "latin.txt").write_bytes(whole.encode("latin-1"))
    result = run_command("new-source", "data/sources/latin.txt", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    first = whole.encode("latin-1").index("æ".encode("latin-1"))
    line = whole[:first].count("\n") + 1
    assert (f"data/sources/latin.txt:{line}: not UTF-8: byte 0xe6 at offset {first} (the text declares \"Character "
            "set encoding: ISO-8859-1\" at line 25: convert the copy, e.g. `iconv -f ISO-8859-1 -t UTF-8`, and say so "
            "in the metadata's `capture:`)") in result.stderr, result.stderr
    excerpt = (DATA / "holmes-chiriqui.txt").read_text(encoding="utf-8").encode("latin-1")
    (tmp_path / "data" / "sources" / "excerpt.txt").write_bytes(excerpt)
    result = run_command("new-source", "data/sources/excerpt.txt", cwd=tmp_path)
    assert "(convert the copy from its encoding, e.g. `iconv -f ISO-8859-1 -t UTF-8`" in result.stderr, result.stderr


def test_lettered_notes_are_numbered_and_recorded(tmp_path):
    """Calls "[A]" with bodies "[Footnote A: ...]" (older Project Gutenberg texts letter their notes,
    afresh on each page): guessed as gutenberg notes and numbered A = 1 ..., the letters recorded.
    Before, no form read them: the bodies stood in the text as paragraphs. No lettered text is in
    the index the referee searched: Fewkes's notes are relabelled here, 1-3 as A-C and 4-5 as A-B
    (a new page), as such a text prints them."""
    text = (ROOT / "tests" / "data" / "gutenberg" / "fewkes-passamaquoddy.txt").read_text(encoding="utf-8")
    for number, letter in zip("12345", "ABCAB"):
        assert text.count(f"[{number}]") == 1 and text.count(f"[Footnote {number}:") == 1
        text = text.replace(f"[{number}]", f"[{letter}]").replace(f"[Footnote {number}:", f"[Footnote {letter}:")
    (tmp_path / "data" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "capture-junk.yml", tmp_path / "data")
    source = tmp_path / "data" / "sources" / "lettered.txt"
    source.write_text(text, encoding="utf-8")
    meta = load_yaml(skeleton(source, tmp_path))
    assert (meta["import"]["footnotes"], meta["import"]["notes_at"]) == ("gutenberg", "pages")
    meta.update({"title": "A Contribution to Passamaquoddy Folk-Lore", "authors": [{"family": "Fewkes", "given": "J. Walter"}],
                 "date": "1890", "rights": "Public domain.", **PUBLIC})
    source.with_suffix(".yml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    result = run_command("import", "data/sources/lettered.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    chapter = read_chapter(tmp_path / "out" / "book" / "lettered.md")
    assert chapter.problems == [] and sorted(chapter.notes, key=int) == ["1", "2", "3", "4", "5"]
    assert chapter.note_text("4").endswith("Trans. Roy. Soc. Canada, Section II. 1889.")
    assert "[Footnote" not in (tmp_path / "out" / "book" / "lettered.md").read_text(encoding="utf-8")
    record = load_yaml((tmp_path / "out" / "data" / "changes" / "lettered.yml").read_text(encoding="utf-8"))
    lettered = [(c["text"], c["after"]) for c in record["changes"] if c.get("rule") == "footnotes: gutenberg"]
    assert sorted(lettered) == sorted([("[A]", "[1]"), ("[B]", "[2]"), ("[C]", "[3]"), ("[A]", "[4]"), ("[B]", "[5]"),
                                       ("[Footnote A:", "[Footnote 1:"), ("[Footnote B:", "[Footnote 2:"),
                                       ("[Footnote C:", "[Footnote 3:"), ("[Footnote A:", "[Footnote 4:"),
                                       ("[Footnote B:", "[Footnote 5:")])
    reasons = {c["reason"] for c in record["changes"] if c.get("rule") == "footnotes: gutenberg"}
    assert reasons == {"The source letters its notes (A = 1, B = 2 ...); they are numbered, as the edition numbers notes.",
                       "The source letters its notes (A = 1, B = 2 ...); they are numbered, as the edition numbers notes. "
                       "The source numbers its notes afresh here; they are numbered on through the chapter (+3), so that "
                       "every call finds its own note."}
    assert proof(tmp_path, "lettered", source) == []
