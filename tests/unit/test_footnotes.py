"""The 73 notes of Zubok's article, rebuilt at their markers: a table of the hard cases."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from edition.clean import remove_junk_lines
from edition.footnotes import is_open, split_notes
from edition.chapter import read_chapter, reading_tokens, tokens
from edition.sources import SourceLine, read_source
from conftest import chapter_text

ZUBOK = ROOT / "data" / "sources" / "zubok-1980s.txt"


@pytest.fixture(scope="module")
def zubok_split():
    source = read_source(ZUBOK)
    lines, _, _ = remove_junk_lines(source.lines, source.import_rules["remove"])
    return split_notes(lines, source.import_rules["missing_notes"])


def test_seventy_three_markers_seventy_two_bodies(zubok_split):
    assert sorted(number for number, _ in zubok_split.markers) == list(range(1, 74))
    assert sorted(zubok_split.notes) == [n for n in range(1, 74) if n != 18]
    assert zubok_split.problems == []


def test_chapter_has_73_definitions_and_note_18_marked_missing():
    text = chapter_text("zubok-1980s")
    definitions = re.findall(r"^\[\^(\d+)\]: (.*)$", text, re.M)
    assert [int(n) for n, _ in definitions] == list(range(1, 74))
    body_18 = dict(definitions)["18"]
    assert body_18 == "{missing}`The body of this note is missing from the source.`"
    assert len(re.findall(r"\[\^\d+\](?!:)", text)) == 73


# (note, source lines of its pieces in reading order, exact start and end of the rebuilt body)
HARD_CASES = [
    # split over three places, the last wrapped by the converter as ^{1995),}
    (44, [206, 208, 220], "Nikolai Ryzhkov. Desiat let velikikh potriasenii (Moscow: Kniga. Prosveshcheniie. "
                          "Miloserdiie, 1996), p. 48-49; Mikhail Gorbachev, Zhizn i reformy, vol. 1 (Moscow: "
                          "Novosti, 1995), p. 224-225, 334-335;",
     'The German Historical Institute, Moscow, June 10, 2016.'),
    # its second piece is printed above its first
    (45, [222, 214], 'Tatiana Koryagina, "Na konu istorii stoiala sudba strany" in:',
     "(Moscow: Kraun, 2005), http://koriagina.com/index.php?option=com_content&task=view&id=34&Itemid=31; "
     "also Philip Hanson, The Rise and Fall of the Soviet Economy(London: Pearson Education Ltd, 2003), p. 196-198."),
    (46, [216, 218], "The paper by Russian historian Rudolf Pikhoia",
     "at: http://www.saburov.org/economics/reforms (accessed on January 19, 2017)."),
    # run together on one line
    (7, [46], "Westad, Odd Arne (ed.), *Brothers in Arms:", "Chapel Hill: University of North Carolina Press, 2014)."),
    (8, [46], "See Friedman, *Shadow Cold War*, p. 218.", "See Friedman, *Shadow Cold War*, p. 218."),
    (25, [135], "See the detailed analysis", "(Chapel Hill: The University of North Carolina Press, 2016), p. 46-51,"),
    (26, [135], "Radchenko, *Unwanted visionaries*, p. 98-", "Radchenko, *Unwanted visionaries*, p. 98-"),
    # printed out of order (11 before 10)
    (10, [68], "Kireev, *Rossiia-Kitai*, p. 167;", "p. 170-172."),
    (11, [66], "James Hershberg, Sergey Radchenko", "(Princeton: Princeton University Press,1985)."),
    (53, [243], "Ibid, p. 493.", "Ibid, p. 493."),
]


@pytest.mark.parametrize("number, lines, start, end", HARD_CASES, ids=[f"note-{c[0]}" for c in HARD_CASES])
def test_hard_case_is_rebuilt_from_the_right_pieces(zubok_split, number, lines, start, end):
    note = zubok_split.notes[number]
    assert [piece.line for piece in note.pieces] == lines
    assert note.text.startswith(start)
    assert note.text.endswith(end)


@pytest.fixture(scope="module")
def zubok_note_tokens():
    """The chapter's notes as tokens (read once for the 72 notes)."""
    return reading_tokens(read_chapter(ROOT / "book" / "zubok-1980s.md"))[1]


@pytest.mark.parametrize("number", [n for n in range(1, 74) if n != 18])
def test_every_chapter_note_has_the_words_of_its_source_body(zubok_split, zubok_note_tokens, number):
    """Word for word and mark for mark, once the converter's underline tags (recorded as markup
    changes) are gone."""
    notes = zubok_note_tokens
    source_text = re.sub(r"</?u>", "", zubok_split.notes[number].text)
    assert [t.text for t in notes[str(number)]] == [t.text for t in tokens(source_text, 0)]


@pytest.mark.parametrize("text, expected", [
    ("(Moscow: Kniga. Prosveshcheniie.", True),   # bracket still open
    ("vol. 1 (Moscow: Novosti,", True),
    ("(Moscow: Vershina-klub, 1997), at:", True),
    ("on the roots of the Soviet collapse", True),  # note 51 breaks off
    ("Ibid, p. 493.", False),
    ("(Princeton: Princeton University Press, 2003).", False),
])
def test_is_open(text, expected):
    assert is_open(text) is expected


def test_fragment_that_fits_no_open_note_is_reported():
    lines = [SourceLine(1, "Body text with a marker.¹"), SourceLine(3, "¹ A closed note."),
             SourceLine(5, "^{1995),} a stray piece.")]
    result = split_notes(lines, {})
    assert result.problems == [(5, "footnote fragment with no note to belong to "
                                   "(no open note on this page or the page before)")]
