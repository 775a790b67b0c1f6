"""The note parser on the forms of humanities notes, each a case seen in real notes.

Each case is a short run of notes as printed (plain text, or MyST with `*italics*`), parsed
and resolved as a chapter's notes are; the assertions name the works each note cites.
The corpus texts (tests/corpus) are scored as a whole by test_parser_accuracy_on_the_corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT, load_yaml
from edition.citations.notes import Note
from edition.citations.parse import parse_note, read_pronoun, read_report_parts, read_title_called_by_writer
from edition.citations.plain_forms import read_author_full_stop
from edition.citations.resolve import resolve


def bibliography(*notes: str):
    """Parse and resolve numbered notes; the works, and each note's citations as (work, citation)."""
    citations, fragments = [], []
    for number, text in enumerate(notes, start=1):
        found, pieces = parse_note(Note("t", number, text, number))
        citations += found
        fragments += pieces
    citations = read_report_parts(citations, fragments)  # as the pipeline
    citations = [c for c in citations if read_pronoun(c, "", fragments)]  # no text annotated: as the pipeline
    works = {w.id: w for w in resolve(citations)}
    by_note = {n: [(works[c.work], c) for c in citations if c.note == n] for n in range(1, len(notes) + 1)}
    return works, by_note, fragments


def titles(by_note, number):
    return [work.title for work, _ in by_note[number]]


def test_ibid_in_italics_and_lower_case_point_to_the_work_before():
    works, notes, _ = bibliography(
        "Daniel N. Hoffman, Governmental Secrecy and the Founding Fathers (Westport, CT: Greenwood Press, 1981), p. 4.",
        "*Ibid.,* p. 9.",
        "ibid., pp. 10–12.",
        "Ibidem, 14.")
    hoffman = notes[1][0][0]
    for number in (2, 3, 4):
        (work, citation), = notes[number]
        assert work is hoffman and citation.form == "ibid"
    assert len(works) == 1, "no work is made of 'Ibid'"


def test_op_cit_in_any_case_is_the_authors_work():
    works, notes, _ = bibliography(
        "Arthur Smith, The Long Peace (London: Verso, 1990), p. 3.",
        "Smith, op. cit., p. 7.",
        "Smith, *Op. cit.*, p. 9.")
    smith = notes[1][0][0]
    assert [w for w, _ in notes[2]] == [smith] and [w for w, _ in notes[3]] == [smith]
    assert len(works) == 1


def test_hereafter_in_brackets_names_the_work_in_later_notes_even_misprinted():
    works, notes, _ = bibliography(
        "Journals of the Continental Congress, 1774–1789 (Washington: Government Printing Office, 1906). "
        "[Hereafter cited as Journals.]",
        "Journals, VI, 1027.",
        "Journal, I, 13.")
    journals = notes[1][0][0]
    assert "Journals" in journals.aliases
    assert [w for w, _ in notes[2]] == [journals] and [w for w, _ in notes[3]] == [journals]
    assert notes[2][0][1].form == "hereafter"
    assert len(works) == 1


def test_hereafter_in_parentheses_before_the_pages():
    _, notes, _ = bibliography(
        "Message of the President of the United States to the Two Houses of Congress (Washington: Government "
        "Printing Office, 1861) (hereafter Message, 1861), p. 4.",
        "Seward to Adams, May 21, 1861, Message, 1861, p. 87.")
    assert [w for w, _ in notes[2]] == [notes[1][0][0]]


def test_every_back_reference_says_what_it_was_resolved_to_and_why():
    _, notes, _ = bibliography(
        "Arthur Smith, The Long Peace (London: Verso, 1990), p. 3 (hereafter Smith, Peace).",
        "Ibid., p. 4.", "Smith, op. cit., p. 7.", "Smith, Peace, 9.", "Smith, Long Peace, p. 11.")
    for number in (2, 3, 4, 5):
        (work, citation), = notes[number]
        assert citation.form != "full" and "The Long Peace" in citation.reason and "note 1" in citation.reason


def test_ibid_with_nothing_before_is_flagged_never_attached_silently():
    _, notes, _ = bibliography("Ibid., p. 754.")
    (work, citation), = notes[1]
    assert citation.ambiguous and "no earlier citation" in citation.reason
    assert work.incomplete


def test_a_sentence_of_prose_is_never_a_title():
    works, notes, fragments = bibliography(
        "Congress was not in session between August 7 and December 1, 1861. The requests were intended to "
        "produce an immediate result. Moran, Journal, December 22, 1862, Vol. II, p. 1099.")
    assert titles(notes, 1) == ["Journal"]
    assert {f.role for f in fragments if "Congress was not" in f.text} == {"commentary"}


def test_cross_references_to_the_books_own_notes_are_not_works():
    _, notes, _ = bibliography(
        "Hoffman, Governmental Secrecy and the Founding Fathers, pp. 69–83; note 5 above.",
        "See note 5 above and The Papers of George Washington, Presidential Series, Vol. 10, notes on p. 169.")
    assert titles(notes, 1) == ["Governmental Secrecy and the Founding Fathers"]
    assert titles(notes, 2) == ["The Papers of George Washington, Presidential Series"]


def test_a_letter_before_where_it_is_printed_is_not_the_work():
    _, notes, _ = bibliography(
        "Seward to Adams, March 2, 1864, NARA, RG 59, Diplomatic Correspondence (1785–1906), Instructions to "
        "Diplomatic Officers, Great Britain, Vol. 98.",
        "Seward to Adams, August 2, 1862, NARA, RG 59, Diplomatic Correspondence (1785–1906), Instructions to "
        "Diplomatic Officers, Great Britain, Vol. 97.")
    (first, citation), = notes[1]
    assert first.kind == "archive" and citation.pinpoint == "Vol. 98"
    assert first.title.startswith("NARA, RG 59") and "Seward" not in first.title
    assert [w for w, _ in notes[2]] == [first]


def test_several_citations_in_one_note_each_with_its_span():
    text = ("Harry Ammon, The Genet Mission (New York: Norton, 1973); Eugene R. Sheridan, “The Recall of Edmond "
            "Charles Genet,” Diplomatic History, 18, no. 4 (Fall 1994): pp. 463–488.")
    _, notes, _ = bibliography(text)
    assert titles(notes, 1) == ["The Genet Mission", "The Recall of Edmond Charles Genet"]
    for work, citation in notes[1]:
        assert text[citation.start: citation.end].find(work.title) >= 0


def test_a_semicolon_inside_a_title_before_its_imprint():
    _, notes, _ = bibliography(
        "John C. Hamilton, ed., The Works of Alexander Hamilton; Comprising his Correspondence, Vol. IV, 1851 "
        "(New York: John F. Trow), pp. 494–495.")
    (work, citation), = notes[1]
    assert work.title.startswith("The Works of Alexander Hamilton; Comprising")
    assert work.editors == ["Hamilton, John C."] and citation.volume == "IV"


def test_a_short_title_finds_its_work_by_its_words_and_says_so():
    _, notes, _ = bibliography(
        "Sara Agnes Wallace and Frances Elma Gillespie, eds., The Journal of Benjamin Moran, 1857–1865 "
        "(Chicago: University of Chicago Press, 1949), Vol. II, p. 1263.",
        "Moran, Journal, December 22, 1862, Vol. II, p. 1099.",
        "Seward, Seward at Washington, 1846–1861, p. 568.")
    journal = notes[1][0][0]
    assert [w for w, _ in notes[2]] == [journal]
    assert notes[3][0][0] is not journal, "a year the full title lacks is another work"


def test_a_reference_in_brackets_inside_prose():
    _, notes, _ = bibliography(
        "Roy Basler, ed., Collected Works of Abraham Lincoln, Vol. IV (New Brunswick, NJ: Rutgers University "
        "Press, 1953), p. 459. That same day, Lincoln and Seward also declined (ibid., pp. 459–460).")
    assert [c.form for _, c in notes[1]] == ["full", "ibid"]
    assert notes[1][0][0] is notes[1][1][0], "Ibid within a note is the work just cited, whoever the prose names"


def test_a_website_named_without_a_page_title():
    _, notes, _ = bibliography(
        "Department of State, Office of the Historian website http://history.state.gov/departmenthistory.")
    (work, _), = notes[1]
    assert work.kind == "web" and work.title is None and work.container.startswith("Department of State")


def test_cited_in_links_both_works():
    _, notes, _ = bibliography(
        "Sergey Radchenko, Unwanted Visionaries (Oxford: Oxford University Press, 2014), p. 5.",
        "Roi Medvedev, “Vizit,” *Novaia i noveishaia istoriia*, No. 3 (2011), 93-101, cited by Radchenko, "
        "Op. cit., p. 163.")
    assert [w.title for w, _ in notes[2]] == ["Vizit", "Unwanted Visionaries"]


def test_chicago_pages_without_p_and_short_forms_of_articles_and_chapters():
    works, notes, _ = bibliography(
        "John Lewis Gaddis, The Cold War: A New History (New York: Penguin, 2005), 45.",
        "Melvyn P. Leffler, “The Cold War: What Do ‘We Now Know’?,” American Historical Review 104, no. 2 (1999): "
        "501–24.",
        "Leffler, “Cold War,” 510.",
        "Gaddis, Cold War, 50.",
        "Ibid., 52.")
    gaddis, leffler = notes[1][0][0], notes[2][0][0]
    assert notes[1][0][1].pinpoint == "45"
    assert [(w, c.form, c.pinpoint) for w, c in notes[3]] == [(leffler, "short", "510")]
    assert [(w, c.form, c.pinpoint) for w, c in notes[4]] == [(gaddis, "short", "50")]
    assert [(w, c.form, c.pinpoint) for w, c in notes[5]] == [(gaddis, "ibid", "52")]
    assert len(works) == 2


def test_a_soviet_archive_by_fond_and_opis_with_the_file_as_pinpoint():
    _, notes, _ = bibliography("Politburo session, 4 March 1965, RGANI, f. 3, op. 18, d. 12, l. 45.",
                               "Presidium minutes, RGANI, f. 3, op. 18, d. 14, l. 2.")
    (first, citation), = notes[1]
    assert first.kind == "archive" and first.title == "RGANI, f. 3, op. 18"
    assert "d. 12, l. 45" in citation.pinpoint
    assert [w for w, _ in notes[2]] == [first], "another file of the same collection"


def test_names_in_chinese_order_and_volume_colon_page():
    _, notes, _ = bibliography(
        "Zhai Qiang, China and the Vietnam Wars, 1950–1975 (Chapel Hill: University of North Carolina Press, "
        "2000), 12–15.",
        "Stephen Kotkin, Stalin, vol. 1, Paradoxes of Power, 1878–1928 (New York: Penguin, 2014), 300.",
        "Kotkin, Stalin, 1:310.")
    assert notes[1][0][0].authors == ["Zhai, Qiang"]
    assert [(w.title, c.pinpoint) for w, c in notes[3]] == [("Stalin", "1:310")]


def test_several_authors_a_translator_and_idem():
    _, notes, _ = bibliography(
        "Sergei N. Goncharov, John W. Lewis, and Xue Litai, Uncertain Partners: Stalin, Mao, and the Korean War "
        "(Stanford, CA: Stanford University Press, 1993), 76.",
        "Andrei Gromyko, Memoirs, trans. Harold Shukman (New York: Doubleday, 1989), 120.",
        "Harrison E. Salisbury, War between Russia and China (New York: Norton, 1969), 33–35; idem, The Coming "
        "War (London: Secker, 1970), 12.")
    (partners, _), = notes[1]
    assert partners.authors == ["Goncharov, Sergei N.", "Lewis, John W.", "Xue, Litai"]
    assert partners.title == "Uncertain Partners: Stalin, Mao, and the Korean War"
    assert notes[2][0][0].title == "Memoirs"
    assert [(w.title, w.authors) for w, _ in notes[3]] == [
        ("War between Russia and China", ["Salisbury, Harrison E."]), ("The Coming War", ["Salisbury, Harrison E."])]


def test_a_letter_quoted_in_a_book_is_not_a_work_and_a_newspaper_is_not_an_author():
    _, notes, _ = bibliography(
        "Khrushchev to Mao, 31 July 1958, quoted in Lorenz M. Lüthi, The Sino-Soviet Split (Princeton: Princeton "
        "University Press, 2008), 92.",
        "Pravda, 7 May 1960.")
    assert [w.title for w, _ in notes[1]] == ["The Sino-Soviet Split"]
    (pravda, citation), = notes[2]  # a paper by name and day: its issue, untitled (frus-history-2015-ch3's gold)
    assert pravda.authors == [] and pravda.container == "Pravda" and citation.date == "7 May 1960"


def test_unsigned_periodical_items_named_in_a_sentence_and_listed_with_and():
    _, notes, fragments = bibliography(
        "The most significant articles were “Turmoil Inside the State Department,” U.S. News and World Report, "
        "December 18, 1953 and “The Behind-Scenes Struggle Over Yalta Papers,” Newsweek, November 1, 1954.",
        "“Newspaper Mark Set By Yalta Text,” New York Times, March 18, 1955, p. 5; and “Tribune Lauded For Job "
        "It Did On Yalta Text,” Chicago Tribune, March 27, 1955, p. 11.")
    assert [(w.title, w.authors) for w, _ in notes[1]] == [
        ("Turmoil Inside the State Department", []), ("The Behind-Scenes Struggle Over Yalta Papers", [])]
    assert [w.title for w, _ in notes[2]] == ["Newspaper Mark Set By Yalta Text",
                                             "Tribune Lauded For Job It Did On Yalta Text"]
    assert not [f for f in fragments if f.role == "unplaced"]


def test_a_decimal_files_subject_number_is_the_pinpoint_and_its_period_the_collection():
    _, notes, _ = bibliography(
        "Acheson to Bevin, May 1, 1950, NARA, RG 59, CDF 1950–1954, 611.41.",
        "Memorandum, June 2, 1951, NARA, RG 59, CDF 1950–1954, 033.1 Germany.",
        "Report, March 3, 1952, NARA, RG 59, 1950–54 Central Decimal File, 762.00/3–352.")
    (cdf, first), = notes[1]
    assert cdf.title == "NARA, RG 59, CDF 1950–1954" and first.pinpoint.endswith("611.41")
    (again, second), = notes[2]
    assert again is cdf and second.pinpoint.endswith("033.1 Germany")
    (other, _), = notes[3]
    assert other is not cdf and "1950–54 Central Decimal File" in other.title, "a year names a series, not a file"


def test_a_review_is_the_reviewers_not_a_work_named_by_the_reviewed_title():
    works, notes, _ = bibliography(
        "Dexter Perkins review of The Diplomacy of the Dollar in the Political Science Quarterly (June 1951), "
        "pp. 301–303.",
        "Arthur S. Link, review of *Woodrow Wilson and the Politics of Morality*, by John M. Blum, *Journal of "
        "Southern History* 23 (1957): 120–122.")
    (perkins, _), = notes[1]
    assert (perkins.kind, perkins.authors, perkins.container, perkins.title) == (
        "review", ["Perkins, Dexter"], "Political Science Quarterly", None)
    (link, _), = notes[2]
    assert (link.kind, link.authors, link.container) == ("review", ["Link, Arthur S."], "Journal of Southern History")
    assert len(works) == 2


def test_a_documentary_series_whose_title_says_papers_is_not_an_archive():
    works, notes, _ = bibliography(
        "See Foreign Relations of the United States: Diplomatic Papers, 1943, vol. III, The British "
        "Commonwealth, p. 5.",
        "Papers Relating to the Foreign Relations of the United States, 1919, vol. I, p. 12.")
    (series, _), = notes[1]
    assert series.kind != "archive" and series.title == "Foreign Relations of the United States"
    assert [w for w, _ in notes[2]] == [series] and len(works) == 1


def test_an_imprint_with_a_note_of_first_publication_is_a_book_whatever_its_title_says():
    _, notes, _ = bibliography(
        "Peter Holquist, Making War, Forging Revolution: Russia in the Archives of the Empire (Cambridge, MA: "
        "Harvard University Press, 2002; first published 1999), p. 12.")
    (book, _), = notes[1]
    assert book.kind == "book" and book.authors == ["Holquist, Peter"] and book.year == "2002"


def test_a_short_title_without_pages_after_see():
    works, notes, _ = bibliography(
        "Mark Kramer, The Soviet Bloc and the Cold War (London: Routledge, 2010), 5.",
        "See Mark Kramer, The Soviet Bloc and the Cold War.",
        "See Smith, Jones.",
        "See Kramer, who argues the opposite.")
    assert [w for w, _ in notes[2]] == [notes[1][0][0]]
    assert all(w.title != "Jones" for w in works.values()), "two names are not an author and a title"
    assert not [c for _, c in notes[4] if c.title], "the writer's prose is not a title"


def test_a_lot_file_cited_by_its_henceforth_name_holding_the_word_papers():
    works, notes, _ = bibliography(
        "Memorandum, May 1, 1950, NARA, RG 59, Entry A1–12: Office of the Legal Adviser, Records of John Doe, "
        "1940–1960 (68D12) (henceforth Doe Papers Lot File 68D12), Box 2.",
        "See passim, NARA, RG 59, Doe Papers Lot File 68D12, Box 3.")
    (lot, _), = notes[1]
    (again, citation), = notes[2]
    assert again is lot and citation.form == "hereafter" and len(works) == 1


def test_each_printing_of_a_collection_after_a_file_number_and_passim():
    _, notes, _ = bibliography(
        "See Spaulding to Linebaugh, July 2, 1946, NARA, RG 59, CDF 1945–1949, 741.00/6–2646 and passim, NARA, "
        "RG 59, CDF 1955–1959, 741.00/3–746.",
        "Memorandum, March 1, 1955, NARA, RG 59, Lot File 60D1, Box 3, Malta and Yalta 1955 and memorandum of "
        "conversation between Dulles and Eisenhower, January 10, 1955, Eisenhower Presidential Library, John "
        "Foster Dulles Papers, Box 3.")
    assert [w.title for w, _ in notes[1]] == ["NARA, RG 59, CDF 1945–1949", "NARA, RG 59, CDF 1955–1959"]
    lot, papers = (w for w, _ in notes[2])
    assert lot.title == "NARA, RG 59, Lot File 60D1" and "Malta and Yalta" in notes[2][0][1].pinpoint
    assert papers.title == "John Foster Dulles Papers"


def test_a_lead_in_that_reaches_a_title_with_a_colon():
    _, notes, _ = bibliography(
        "See the subsequent report in Foreign Aid Appropriations for 1960: Hearings Before the Committee on "
        "Appropriations, Senate, 86th Cong., 1st Sess. (Washington: Government Printing Office, 1959), p. 12.",
        "Documents on the crisis include: Alan Brown, The Long Winter (London: Cape, 1970), p. 4.")
    (hearings, _), = notes[1]
    assert hearings.title.startswith("Foreign Aid Appropriations for 1960: Hearings Before")
    assert titles(notes, 2) == ["The Long Winter"], "a sentence before a colon is prose"


def test_an_unsigned_periodical_item_after_and_in_the_writers_sentence():
    _, notes, _ = bibliography(
        "See also Jane Doe, “Congress and the Archives,” Foreign Affairs (Spring 1990), pp. 1–20 for "
        "background, and “Editorial Notes,” New York Times, May 3, 1951, p. 6 for the reaction.")
    assert titles(notes, 1) == ["Congress and the Archives", "Editorial Notes"]


def test_a_letter_to_the_editor_is_a_periodical_item_not_a_letters_description():
    works, notes, fragments = bibliography(
        "Walter Lippmann, review of The Cold War in the Atlantic Monthly (May 1948), pp. 40–42. Quote on p. 41. "
        "See Letter to the Editor from Veteran, January 6, 1949, Washington Post, p. 10.",
        "John Doe, letter to the editor, *Chicago Tribune*, May 3, 1951.",
        "Acheson to the Editor of the Times, March 2, 1950, NARA, RG 59, CDF 1950–1954, 611.41.")
    review, letter = (w for w, _ in notes[1])
    assert review.kind == "review" and notes[1][0][1].pinpoint == "41"
    assert (letter.kind, letter.title, letter.authors, letter.container) == (
        "newspaper", "Letter to the Editor", ["Veteran"], "Washington Post")
    (other, _), = notes[2]
    assert (other.authors, other.container, other.year) == (["Doe, John"], "Chicago Tribune", "1951")
    (archive, _), = notes[3]
    assert archive.kind == "archive", "a letter to an editor, printed in an archive, is a document of that archive"
    assert not [f for f in fragments if f.role == "unplaced"]


def test_an_editors_signature_and_siglum_in_a_variorum_note_are_not_references():
    works, notes, fragments = bibliography(
        "Polybius, l. iii. c. 56. The pass is still disputed.—Ed. See also Arnold, History of Rome, vol. iii. p. 86.",
        "Livy, l. xxi. c. 38.N N Compare Arnold, History of Rome, vol. iii. p. 90.—N.",
        "A dam was built in the second year. I. Smith, Roman Dams, p. 4.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [(["Polybius"], None), (["Arnold"], "History of Rome")]
    assert [w for w, _ in notes[2]][1] is notes[1][1][0]
    assert titles(notes, 3) == ["Roman Dams"], "the words A and I are no sigla"
    assert not any("Ed" in (w.title or "") + "".join(w.authors) for w in works.values())


def test_a_classical_reference_cut_short_runs_past_its_full_stops():
    _, notes, _ = bibliography(
        "Dion Cassius, l. liv. p. 736.",
        "See also Dio. Cass. xl. c. 18.",
        "Valerius Maximus, l. i. c. 1. Val. Max. l. ii. c. 7.",
        "Plin. Epist. viii. 9.",
        "See the first book of the Annals of Tacitus. Sueton. in Tiber. c. 21.")
    dion = notes[1][0][0]
    (again, citation), = notes[2]
    assert again is dion and "cut short" in citation.reason
    assert [w for w, _ in notes[3]][0] is [w for w, _ in notes[3]][1]
    assert [(w.authors, w.title, c.pinpoint.strip()) for w, c in notes[4]] == [(["Plin."], "Epist", "viii. 9")]
    assert len(notes[5]) == 2, "a sentence of prose ends before the next reference"


def test_authors_the_writers_sentence_reports_and_names_with_a_bracketed_locator():
    works, notes, _ = bibliography(
        "Livy, l. v. c. 12.",
        "The pay of the soldiers, as Livy observes, began in the siege of Veii.",
        "The event is omitted by Zosimus, or rather by Photius. Pausanias (l. viii. c. 43) mentions two wars.",
        "Walter Kahn, The Archive (New York: Knopf, 1990), p. 4. Kahn describes the decision as unilateral.",
        "In 1947, the Roosevelt records were transferred. The memorandum quoted by Knowland is lost.")
    livy = notes[1][0][0]
    assert [w for w, _ in notes[2]] == [livy]
    assert [(w.authors, (c.pinpoint or "").strip(" ()")) for w, c in notes[3]] == [
        (["Zosimus"], ""), (["Photius"], ""), (["Pausanias"], "l. viii. c. 43")]
    assert [w for w, _ in notes[4]] == [notes[4][0][0]] * len(notes[4]), "the author of the work just cited"
    assert notes[5] == [], "a noun ('records') and a person quoted are no works"
    assert all(w.kind == "book" for w in works.values())


def test_two_short_titles_of_one_author_in_one_note_are_two_works():
    works, notes, _ = bibliography(
        "M. Dupont, Memoires Historiques, tom. i. c. 4, and Nouveaux Memoires, tom. ii. p. 3, has treated it well.")
    assert [w.title for w, _ in notes[1]] == ["Memoires Historiques", "Nouveaux Memoires"] and len(works) == 2


def test_older_prose_references_a_part_in_a_work_and_a_list_after_a_locator():
    works, notes, _ = bibliography(
        "See the Augustan History, p. 5, Jerome's Chronicle, and all the Epitomizers.",
        "Hist. August. p. 19.",
        "Life of Hadrian, in the Augustan History.",
        "Appian of Alexandria, in the preface to his History of the Roman Wars.",
        "See De Civitate Dei, iv. 29.",
        "Hist. Eccles. p. 4.")
    augustan = notes[1][0][0]
    assert [w.title for w, _ in notes[1]] == ["Augustan History", "Chronicle"]
    assert [w for w, _ in notes[2]] == [augustan], "the same title's words cut short and reordered"
    assert [(w, c.pinpoint) for w, c in notes[3]] == [(augustan, "Life of Hadrian")]
    assert [(w.authors, w.title) for w, _ in notes[4]] == [(["Appian of Alexandria"], "History of the Roman Wars")]
    assert [(w.title, c.pinpoint) for w, c in notes[5]] == [("De Civitate Dei", "iv. 29")]
    assert notes[6][0][0] is not augustan, "a word the full title lacks is another work"


def test_a_memoir_in_a_learned_societys_series_and_an_editions_apparatus_by_its_maker():
    works, notes, _ = bibliography(
        "See a Memoir of M. Dupuy, on the Roads of Gaul, in the Academie des Inscriptions, tom. xii. p. 44.",
        "The camp is well described by Mr. Horsley, in the Transactions of the Society of Antiquaries, vol. ii. "
        "p. 10.",
        "Caesar, de Bell. Gall. l. iv. c. 2, with the annotations of Oudendorp.",
        "Herodotus, l. iv. c. 94, with Larchers observations.",
        "The working notes of Anatoly Chernyaev, May 8, 1987, Gorbachev Foundation Archive.")
    (memoir, _), = notes[1]
    assert (memoir.kind, memoir.authors, memoir.title, memoir.container) == (
        "article", ["Dupuy"], None, "Academie des Inscriptions")
    (horsley, _), = notes[2]
    assert horsley.authors == ["Horsley"] and horsley.container.startswith("Transactions")
    assert [w.authors for w, _ in notes[3]] == [["Caesar"], ["Oudendorp"]]
    assert [w.authors for w, _ in notes[4]] == [["Herodotus"], ["Larcher"]]
    assert all(w.authors != ["Anatoly Chernyaev"] or w.kind == "archive" for w, _ in notes[5]), \
        "a person's notes in an archive are papers, not an apparatus"


def test_an_imprint_or_a_translations_page_after_a_reference_is_its_detail():
    works, notes, fragments = bibliography(
        "Add. Michaelis, Hist. Arabum, p. 82. Leipzig, 1790.",
        "On the date compare Mommsen, vol. ii. p. 47, etc. Eng. trans. p. 452.",
        "Compare Heeren, Ideen. Eng. trans. vol. i. p. 215.",
        "Smith, Long Peace, p. 4; Pravda, 1960.")
    assert titles(notes, 1) == ["Hist. Arabum"] and [w.authors for w, _ in notes[2]] == [["Mommsen"]]
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[3]] == [(["Heeren"], "Ideen", "Eng. trans. vol. i. p. 215")]
    assert titles(notes, 4) == ["Long Peace", "Pravda"], "after a semicolon a title and its year are a reference"
    assert {f.text for f in fragments if f.role == "detail"} >= {"Leipzig, 1790", "Eng. trans. p. 452"}


def test_a_possessive_work_with_an_alternative_title_and_see_as_a_verb():
    works, notes, _ = bibliography(
        "See William Stukeley's Itinerarium Curiosum, or an Account of the Antiquities of Britain. London, 1724, "
        "folio.",
        "It was the city that the pilgrims desired to see Jerusalem.",
        "In Thomas Green's Prolegomena of 1883 the argument is made.")
    (stukeley, _), = notes[1]
    assert stukeley.authors == ["Stukeley, William"]
    assert stukeley.title == "Itinerarium Curiosum, or an Account of the Antiquities of Britain"
    assert notes[2] == [], "'to see' is a verb, not a lead-in"
    assert [(w.authors, w.title) for w, _ in notes[3]] == [(["Green, Thomas"], "Prolegomena")]


def test_the_writers_sentence_ends_before_the_reference_it_names():
    _, notes, _ = bibliography(
        "It appears in the History of England, p. 4.",
        "As told by Appian of Alexandria, l. ii. c. 3.",
        "This is discussed in the Annals of Congress, p. 4.",
        "The Journal of the Senate, p. 9.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [([], "History of England")]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Appian of Alexandria"], None)], \
        "a name with its place of origin, then a locator, is the author"
    assert [(w.authors, w.title) for w, _ in notes[3]] == [([], "Annals of Congress")], "after 'the', a title"
    assert titles(notes, 4) == ["The Journal of the Senate"]


def test_a_work_named_in_brackets_after_the_author_the_sentence_reports():
    works, notes, _ = bibliography(
        "The date has been copiously discussed by Michaelis (Spicileg. Geogr. Hebr. ext.)",
        "The camp is well illustrated by M. Dupuy, in the Academie des Inscriptions, tom. iv. p. 3.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [(["Michaelis"], "Spicileg. Geogr. Hebr. ext")]
    assert [(w.authors, w.container) for w, _ in notes[2]] == [(["Dupuy"], "Academie des Inscriptions")], \
        "the honorific is no part of the name: one work"


def test_his_work_is_the_work_of_the_sentences_subject_or_left_unread():
    _, notes, _ = bibliography(
        "The poet Gray laments with feeling (see his Elegy, st. 9) the obscurity of the rural dead.",
        "See an admirable digression on the Roman camp, in the sixth book of his History.")
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[1]] == [(["Gray"], "Elegy", "st. 9")]
    assert notes[2] == [], "no subject in the sentence: 'his' is not guessed ('Roman' is no author)"


def test_a_title_first_then_by_or_edited_by_its_maker_then_volume_and_pages():
    # Strachey, Queen Victoria, notes 18, 21, 24, 28, 22, 32, 42; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "Recollections from 1803 to 1837 by the Hon. Amelia Murray, 62–3; Queen Victoria: a biography by Sidney "
        "Lee, 11–12.",
        "The Croker Papers edited by L.J. Jennings, I, 155.",
        "The Letters of Queen Victoria, I, 15, 257–8; Early Years of the Prince Consort, by General Charles Grey, "
        "App. A.",
        "The Creevey Papers Edited by Sir Herbert Maxwell, I, 297–8.",
        "Denkwurdigkeiten aus den Papieren des Freiherrn Christian Friedrich von Stockmar, zusammengestellt von "
        "Ernst Freiherr von Stockmar, 113.",
        "Victoria, Queen and Ruler by Emily Crawford, 6.",
        "The Girlhood of Queen Victoria edited by Viscount Esher, I, 42.",
        "Lettres de Madame de Sévigné, publié par M. Monmerqué, III, 12; Sketches of Irish Life by Lord Dufferin, 7.")
    read = {n: [(w.title, w.authors, w.editors, c.volume, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[1] == [("Recollections from 1803 to 1837", ["Murray, Amelia"], [], None, "62–3"),
                       ("Queen Victoria: a biography", ["Lee, Sidney"], [], None, "11–12")]
    assert read[2] == [("The Croker Papers", [], ["Jennings, L.J."], "I", "155")]
    assert read[3][1] == ("Early Years of the Prince Consort", ["Grey, Charles"], [], None, "App. A")
    assert read[4] == [("The Creevey Papers", [], ["Maxwell, Herbert"], "I", "297–8")], "not an archive's papers"
    assert read[5] == [("Denkwurdigkeiten aus den Papieren des Freiherrn Christian Friedrich von Stockmar", [],
                        ["Stockmar, Ernst Freiherr von"], None, "113")]
    assert read[6] == [("Victoria, Queen and Ruler", ["Crawford, Emily"], [], None, "6")]
    assert read[7] == [("The Girlhood of Queen Victoria", [], ["Viscount Esher"], "I", "42")], "a peer as printed"
    assert read[8] == [("Lettres de Madame de Sévigné", [], ["Monmerqué"], "III", "12"),
                       ("Sketches of Irish Life", ["Lord Dufferin"], [], None, "7")]


def test_by_in_the_writers_sentence_names_no_maker_of_a_title():
    # Gibbon, Decline and Fall, notes 7 and 30: "by" after a verb of the writer's sentence
    works, notes, _ = bibliography(
        "A hope is expressed by Pomponius Mela, l. iii. c. 6, (he wrote under Claudius).",
        "The populace, excluded by the ancient constitution, were indiscriminately admitted by Marius.",
        "This was first printed by John Murray, 1820.")
    made = [(w.title, w.authors) for w in works.values()]
    assert not any(title and title.startswith(("A hope", "The populace", "This was")) for title, _ in made), made
    assert not any(authors in (["Marius"], ["Murray, John"]) for _, authors in made), "'by' in a sentence: no maker"


def test_a_periodical_by_its_issue_or_volume_is_one_untitled_item():
    # Strachey, notes 19, 20, 34; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "Owen’s Rational Quarterly Review and Journal, No. 1, February, 1853, 28–9.",
        "Owen’s Rational Quarterly Review and Journal, No. 1, February, 1853, 31.",
        "Cornhill Magazine, LXXV, 730.",
        "Blackwood’s Edinburgh Magazine, Vol. 12, 311.")
    owen, = {w.id for w, _ in notes[1] + notes[2]}
    assert (works[owen].kind, works[owen].title, works[owen].container, works[owen].issue, works[owen].year) == (
        "article", None, "Owen’s Rational Quarterly Review and Journal", "1", "1853")
    assert [(w.container, w.volume, c.pinpoint) for w, c in notes[3] + notes[4]] == [
        ("Cornhill Magazine", "LXXV", "730"), ("Blackwood’s Edinburgh Magazine", "12", "311")]
    assert not any(w.authors for w in works.values()), "Owen's is the periodical's name, not a work of Owen's"

def test_author_colon_title_then_edition_place_year_and_page():
    # James, Varieties, notes 32, 33, 41, 47, 48, 57, 62; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "C. Hilty: Glück, dritter Theil, 1900, p. 18.",
        "F. W. Newman: The Soul; Its Sorrows and Its Aspirations, 3rd edition, 1852, pp. 89, 91.",
        "Homer: Iliad, XXI, E. Myers’s translation.",
        "Horace Fletcher: “Happiness” as found in Forethought Minus Fearthought, Menticulture Series, II. Chicago "
        "and New York, Stone, 1897, pp. 21–25, abridged.",
        "H. W. Dresser: Voices of Freedom, New York, 1899, p. 38.",
        "H. W. Dresser: Voices of Freedom, 46.",
        "Quoted by Lejeune: Introd. à la Vie Mystique, 1899, p. 66.",
        "J. Royce: The World and the Individual, second edition, London and New York, Macmillan, 1904, II 218.")
    read = {n: [(w.title, w.authors, w.year, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[1] == [("Glück", ["Hilty, C."], "1900", "18")]
    assert notes[1][0][1].volume == "dritter Theil", "a part named in the title's language"
    assert read[2] == [("The Soul; Its Sorrows and Its Aspirations", ["Newman, F. W."], "1852", "89, 91")]
    assert read[3] == [("Iliad", ["Homer"], None, "XXI")] and notes[3][0][0].editors == ["Myers, E."]
    (fletcher, citation), = notes[4]
    assert (fletcher.title, fletcher.kind, fletcher.container, fletcher.year, citation.pinpoint) == (
        "Happiness", "chapter", "Forethought Minus Fearthought", "1897", "21–25")
    assert notes[5][0][0] is notes[6][0][0] and notes[6][0][1].pinpoint == "46", "the short form finds the work"
    assert read[7] == [("Introd. à la Vie Mystique", ["Lejeune"], "1899", "66")], "'Quoted by' opens the source"
    assert read[8] == [("The World and the Individual", ["Royce, J."], "1904", "218")]
    assert (notes[8][0][0].place, notes[8][0][0].publisher, notes[8][0][1].volume) == (
        "London and New York", "Macmillan", "II")


def test_a_title_and_subtitle_or_an_imprint_after_a_colon_are_no_author():
    # Strachey, note 18 ("Queen Victoria: a biography by Sidney Lee"); the rest variants not in the corpus
    works, notes, _ = bibliography(
        "Queen Victoria: a biography by Sidney Lee, 11–12.",
        "See New York: Penguin Books, 2005, p. 3.")
    assert [(w.title, w.authors) for w, _ in notes[1]] == [("Queen Victoria: a biography", ["Lee, Sidney"])]
    assert not any(w.authors == ["York, New"] or w.authors == ["New York"] for w in works.values())


def test_a_quotation_attributed_after_it_and_the_line_under_it():
    # James, notes 37, 55, 50, 52; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "“I know not to what physical laws philosophers will some day refer the feelings of melancholy,” writes "
        "Saint Pierre, and accordingly he devotes a series of sections of his work on Nature to the “Plaisirs de la "
        "Ruine,” “Plaisirs des Tombeaux.”",
        "“Illness,” says a good Catholic writer (P. Lejeune: Introd. à la Vie Mystique, 1899, p. 218), “is the "
        "most excellent of corporeal mortifications.”",
        "“What is the answer which Jesus sends to John the Baptist?” asks Harnack, and says it is this: “That is "
        "the ‘coming of the kingdom.’” Das Wesen des Christenthums, 1900, p. 39",
        "In Edward Caird’s Glasgow Lectures of 1890–92 passages like this abound:— “The highest ideal is brought "
        "close to men.” The Evolution of Religion, II pp. 146, 147",
        "The truth-telling Marie Bashkirtseff expresses it well:— “I find everything good.” Journal de Marie "
        "Bashkirtseff, I 67",
        "“We are such stuff as dreams are made on,” remarked Prospero; and so says Mr. Smith in his Lectures, "
        "p. 9.")
    (pierre, cited), = notes[1]
    assert (pierre.authors, pierre.title, cited.ambiguous) == (["Saint Pierre"], None, True)
    assert "his work on Nature" in cited.reason, "the work is described, not titled: flagged"
    assert [(w.title, w.authors) for w, _ in notes[2]] == [("Introd. à la Vie Mystique", ["Lejeune, P."])], \
        "a quotation and its unnamed writer make no work"
    assert [(w.title, w.authors, c.ambiguous) for w, c in notes[3]] == [
        ("Das Wesen des Christenthums", ["Harnack"], True)]
    assert [(w.title, w.authors, c.ambiguous) for w, c in notes[4]] == [
        ("The Evolution of Religion", ["Caird, Edward"], True)], "the lecture named and the title under: one work"
    assert [(w.title, w.authors) for w, _ in notes[5]] == [("Journal de Marie Bashkirtseff", [])], \
        "a person in the sentence is no author of the source"
    assert all("dreams" not in (w.title or "") for w in works.values()), "a quotation is never a title"


def test_a_work_described_by_a_noun_of_a_work_and_a_title_commented_on():
    # James, notes 46, 56, 44, 39; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "I will quote another reporter, Dr. H. H. Goddard, of Clark University, whose thesis on “the Effects of "
        "Mind on Body as evidenced by Faith Cures” is published in the American Journal of Psychology for 1899 "
        "(vol. X).",
        "Edwards, from whose book on the Revival in New England I quote these words, dissuades from such a use "
        "of prayer.",
        "Cautionary Verses for Children: this title of a much used work, published early in the nineteenth "
        "century, shows how far the muse had drifted.",
        "I refer to The Conservator, edited by Horace Traubel, and published monthly at Philadelphia.",
        "So writes Mr. Thomas Hughes, in whose essay on “Manliness” the point is made.")
    (goddard, cited), = notes[1]
    assert (goddard.authors, goddard.title, goddard.kind, goddard.container, goddard.year) == (
        ["Goddard, H. H."], "the Effects of Mind on Body as evidenced by Faith Cures", "article",
        "American Journal of Psychology", "1899")
    (edwards, cited), = notes[2]
    assert (edwards.authors, edwards.title, cited.ambiguous) == (["Edwards"], None, True)
    assert "book on the Revival in New England: a work described" in cited.reason
    (verses, cited), = notes[3]
    assert (verses.title, verses.authors, cited.ambiguous) == ("Cautionary Verses for Children", [], True)
    assert [(w.title, w.editors) for w, _ in notes[4]] == [("The Conservator", ["Traubel, Horace"])]
    assert [(w.title, w.authors) for w, _ in notes[5]] == [("Manliness", ["Hughes, Thomas"])]

def test_his_work_with_no_one_named_in_the_note_is_the_annotated_sentences_author():
    # Gibbon, note 41 and the sentence it annotates; then a variant not in the corpus, and one with no author
    def read(note: str, passage: str):
        citations, fragments = parse_note(Note("t", 1, note, 1))
        return [c for c in citations if read_pronoun(c, passage, fragments)], fragments
    found, _ = read("See an admirable digression on the Roman discipline, in the sixth book of his History.",
                    "Nine centuries of war had gradually introduced many alterations. The legions, as they are "
                    "described by Polybius,")
    assert [(c.authors, c.title, c.pinpoint, c.ambiguous) for c in found] == [
        (["Polybius"], "History", "the sixth book", True)]
    found, _ = read("On the games, see his Letters.", "The shows of the circus, according to Cassiodorus,")
    assert [(c.authors, c.title) for c in found] == [(["Cassiodorus"], "Letters")]
    found, fragments = read("See the third book of his History.", "The legions marched north.")
    assert found == [] and [f.role for f in fragments if "his History" in f.reason] == ["unresolved"], \
        "nobody named: not linked, and said so"

def test_an_ancient_author_in_his_work_and_an_author_cited_with_a_title_after_see():
    # Gibbon, notes 15, 17 and 2; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "Herodotus, l. iv. c. 94. Julian in the Caesars, with Spanheims observations.",
        "Dion Cassius, l. lxviii. p. 1123, 1131. Aurelius Victor in Epitome.",
        "The Romans made themselves masters of Mariaba. (See Abulfeda and the Nubian geography, p. 52.)",
        "Cf. Procopius and the Chronicon Paschale, p. 310.")
    assert [(w.authors, w.title) for w, _ in notes[1]][:2] == [(["Herodotus"], None), (["Julian"], "Caesars")]
    assert any(w.authors == ["Spanheim"] for w, _ in notes[1]), "the apparatus's maker, as before"
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Dion Cassius"], None), (["Aurelius Victor"], "Epitome")]
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[3]] == [
        (["Abulfeda"], None, None), ([], "Nubian geography", "52")]
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[4]] == [
        (["Procopius"], None, None), ([], "Chronicon Paschale", "310")]

def test_a_translator_after_the_maker_and_words_said_that_cite_no_work():
    # variants not in the corpus of Strachey's title-first form and James's attributed quotation
    works, notes, _ = bibliography(
        "History of the Peloponnesian War by Thucydides, translated by Richard Crawley, ii. 40.",
        "“It is a great mistake,” said Johnson, “to suppose otherwise.”")
    assert [(w.title, w.authors, w.editors, c.pinpoint) for w, c in notes[1]] == [
        ("History of the Peloponnesian War", ["Thucydides"], ["Crawley, Richard"], "ii. 40")]
    assert notes[2] == [], "a person quoted, no work of his described or named: nothing is linked"

def test_older_forms_guard_a_subject_before_a_subtitle_and_read_imprints_and_op_cit_after_a_colon():
    # variants not in the corpus of the forms of Strachey and James (notes 50 and 55 of James for the first)
    works, notes, _ = bibliography(
        "Das Wesen des Christenthums, 1900, p. 39",
        "Queen Victoria: Her Life and Times, London, 1900, p. 5.",
        "George Washington: A Biography, by Douglas Southall Freeman, New York, 1948, I, 44.",
        "American Historical Review, Vol. 54, No. 2 (1949), 300.",
        "W. James: Principles of Psychology, New York, 1890.",
        "James: op. cit., p. 9.",
        "New York: Penguin Books, 2005, p. 3.")
    read = {n: [(w.title, w.authors, w.year, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[1] == [("Das Wesen des Christenthums", [], "1900", "39")]
    assert read[2] == [("Queen Victoria: Her Life and Times", [], "1900", "5")], "a sovereign is the subject"
    assert read[3] == [("George Washington: A Biography", ["Freeman, Douglas Southall"], "1948", "44")]
    assert notes[3][0][1].volume == "I"
    (review, cited), = notes[4]
    assert (review.kind, review.title, review.container, review.volume, review.issue, cited.pinpoint) == (
        "article", None, "American Historical Review", "54", "2", "300")
    assert notes[6][0][0] is notes[5][0][0] and notes[6][0][1].form == "op-cit"
    assert not any(w.authors == ["York, New"] for w in works.values())

def test_nineteenth_century_short_forms_ib_his_title_a_chapter_and_an_essay_by_its_title():
    # variants not in the corpus of James's "Author: Title" and Gibbon's plain references
    works, notes, _ = bibliography(
        "Darwin: Origin of Species, 6th ed., London, 1872, p. 100.",
        "Ib., p. 46.",
        "Mr. Lecky, in his History of European Morals, ii. 12, says the same.",
        "Hume, History of England, chap. xlv.",
        "Macaulay: Essays, “Lord Clive,” p. 502.",
        "See chap. xii above.")
    read = {n: [(w.title, w.authors, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[1] == [("Origin of Species", ["Darwin"], "100")] and notes[1][0][0].year == "1872"
    assert read[2] == [("Origin of Species", ["Darwin"], "46")] and notes[2][0][1].form == "ibid"
    assert read[3] == [("History of European Morals", ["Lecky"], "ii. 12")], "no honorific, no 'in his'"
    assert read[4] == [("History of England", ["Hume"], "chap. xlv")], "a chapter after a title is its locator"
    assert read[5] == [("Essays", ["Macaulay"], "“Lord Clive,” p. 502")]
    assert read[6] == [], "a chapter of the book itself is no work"

def test_a_document_named_by_its_kind_before_the_publication_that_prints_it():
    # the form of FRUS history ch. 7's letters ("Noble to Reinhardt, <date>, <where>"), variants not in the corpus
    works, notes, _ = bibliography(
        "Statement by the President, in Public Papers of the Presidents: Harry S. Truman, 1947, 176.",
        "Letter from Lincoln to Greeley, August 22, 1862, in Collected Works, V, 388.",
        "Memorandum of conversation by Bohlen, March 2, 1955, FRUS, 1955–1957, vol. XXIV, 5.",
        "FRUS has been published regularly since 1861.")
    assert [(w.title, c.pinpoint) for w, c in notes[1]] == [("Public Papers of the Presidents: Harry S. Truman", "176")]
    assert [(w.title, c.pinpoint) for w, c in notes[2]] == [("Collected Works", "V, 388")]
    assert [w.title for w, _ in notes[3]] == ["Foreign Relations of the United States"], "FRUS: the series' name"
    assert notes[4] == [], "a sentence about the series cites no volume of it"

def test_id_before_a_title_is_idem_and_locators_with_sqq_or_a_volume_and_full_stop():
    # variants not in the corpus of Gibbon's classical locators ("l. iv. c. 94") and of idem (Zubok's "idem, ...")
    works, notes, _ = bibliography(
        "W. Mannhardt, Antike Wald- und Feldkulte (Berlin, 1877), p. 4.",
        "Id., Baumkultus (Berlin, 1875), p. 20.",
        "Id., p. 21.",
        "Ovid, Fasti, iii. 263 sqq.",
        "Parkman, Montcalm and Wolfe, I. 105.",
        "Lettres de Mme. de Sévigné, ii. 345.")
    read = {n: [(w.title, w.authors, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[2] == [("Baumkultus", ["Mannhardt, W."], "20")], "Id. before a title: the same author, a new work"
    assert read[3] == [("Baumkultus", ["Mannhardt, W."], "21")] and notes[3][0][1].form == "ibid"
    assert read[4] == [("Fasti", ["Ovid"], "iii. 263 sqq")]
    assert read[5] == [("Montcalm and Wolfe", ["Parkman"], "I. 105")]
    assert read[6] == [("Lettres de Mme. de Sévigné", [], "ii. 345")], "'Lettres' is a title's word, no author"

def test_the_older_forms_with_italics_marked_and_a_chicago_short_title_with_its_page():
    # James's and Strachey's forms as a MyST chapter prints them, italics marked; variants not in the corpus
    works, notes, _ = bibliography(
        "*The Croker Papers* edited by L.J. Jennings, I, 155.",
        "F. W. Newman: *The Soul*, 3rd edition, 1852, pp. 89, 91.",
        "Lytton Strachey, *Queen Victoria* (London: Chatto and Windus, 1921), 45.",
        "Strachey, *Queen Victoria*, 50.")
    read = {n: [(w.title, w.authors + w.editors, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[1] == [("The Croker Papers", ["Jennings, L.J."], "155")]
    assert read[2] == [("The Soul", ["Newman, F. W."], "89, 91")]
    assert read[4] == [("Queen Victoria", ["Strachey, Lytton"], "50")] and notes[4][0][0] is notes[3][0][0]

def test_the_older_forms_leave_the_writers_prose_alone():
    # sentences shaped like James's "Author: Title" and Strachey's "Title by Author" (none in the corpus)
    works, notes, _ = bibliography(
        "Compare: Smith, History of Rome, p. 4.",
        "Adams: “I never knew a man so ambitious.”",
        "The Treaty of Versailles, signed by Germany, 1919.",
        "Gorbachev, whose memoirs on the period are unreliable, denied it.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [(["Smith"], "History of Rome")], "a lead-in, no author"
    assert notes[2] == [], "words quoted after a name are no title"
    assert not any(w.authors == ["Germany"] for w in works.values()), "a participle's agent is no maker"
    assert notes[4] == [], "a work described in passing without its subject named as a title: nothing to link"

def test_an_author_whose_testimony_the_writer_weighs_stands_for_his_work():
    # Gibbon, note 11; the second a variant not in the corpus
    works, notes, _ = bibliography(
        "But, if the single testimony of Richard of Cirencester was sufficient to create a Roman province, that "
        "independence would be reduced.",
        "The story rests on the authority of Josephus alone.")
    assert [w.authors for w, _ in notes[1]] == [["Richard of Cirencester"]]
    assert [w.authors for w, _ in notes[2]] == [["Josephus"]]

def test_see_the_title_and_a_title_cut_short_with_the_life_in_it():
    # Gibbon, notes 24, 26, 29; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "See the Augustan History, p. 5, Jerome's Chronicle, and all the Epitomizers.",
        "See the Augustan History and the Epitomes.",
        "Dion, l. lxxi. Hist. August. in Marco.",
        "Compare the Anglo Saxon Chronicle and the Annals.")
    augustan = notes[1][0][0]
    assert [w for w, _ in notes[2]] == [augustan], "a kind of source after 'and the' is no title"
    assert [(w, c.pinpoint) for w, c in notes[3]][1] == (augustan, "in Marco")
    assert [w.title for w, _ in notes[4]] == ["Anglo Saxon Chronicle"]

def test_a_life_in_a_classical_collection_of_lives_and_a_name_cut_short_takes_its_full_form():
    # Gibbon, notes 3 and 6; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "See the first book of the Annals of Tacitus. Sueton. in August. c. 23, and Velleius Paterculus, l. ii. "
        "c. 117, etc.",
        "Caesar himself conceals that ignoble motive; but it is mentioned by Suetonius, c. 47.",
        "Cicero in Tusculan. l. ii. 37. Plutarch. in Alexandro, c. 8.")
    (suetonius, cited), = [(w, c) for w, c in notes[1] if "Sueton" in c.text]
    assert (suetonius.authors, suetonius.title, cited.pinpoint) == (["Suetonius"], None, "in August. c. 23")
    assert [w for w, _ in notes[2]] == [suetonius], "the name in full completes the name cut short"
    assert [(w.title, c.pinpoint) for w, c in notes[3]] == [("Tusculan", "l. ii. 37"), (None, "in Alexandro c. 8")]

def test_a_part_of_his_work_named_in_the_writers_sentence_with_its_imprint():
    # Gibbon, note 36 (an editor's sub-note); the second note a variant not in the corpus
    works, notes, _ = bibliography(
        "I am not aware of such a work; but the profound observations of the late William von Humboldt, in the "
        "introduction to his posthumously published Essay on the Language of the Island of Java, (uber die "
        "Kawi-sprache, Berlin, 1836), may cause regret.",
        "The point is well made by Alexis de Tocqueville, in the preface to his Democracy in America.")
    assert [(w.authors, w.title, w.year, c.pinpoint) for w, c in notes[1]] == [
        (["Humboldt, William von"], "Essay on the Language of the Island of Java", "1836", "the introduction")]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Tocqueville, Alexis de"], "Democracy in America")]

def test_writers_as_the_subject_of_a_verb_of_their_work():
    # Gibbon, note 20; the second note a variant not in the corpus
    works, notes, _ = bibliography(
        "Eutropius and Sextus Rufus have endeavored to perpetuate the illusion.",
        "Niebuhr has shown that the numbers are corrupt.",
        "Gorbachev and Reagan have met twice.")
    assert [w.authors for w, _ in notes[1]] == [["Eutropius"], ["Sextus Rufus"]]
    assert [w.authors for w, _ in notes[2]] == [["Niebuhr"]]
    assert notes[3] == [], "a verb of no writer's work"

def test_writers_named_after_an_appositive_and_a_name_standing_for_his_one_work_cited_later():
    # Gibbon, notes 8 and 10 (Horsley's Britannia Romana); the third note a variant not in the corpus
    works, notes, _ = bibliography(
        "See the admirable abridgment given by Tacitus, copiously illustrated by our own antiquarians, Camden and "
        "Horsley.",
        "Horsley's Britannia Romana, l. i. c. 10.",
        "The wall is described by our most learned antiquary, Stukeley.")
    read = [(w.authors, w.title, c.ambiguous) for w, c in notes[1]]
    assert (["Camden"], None, False) in read
    assert (["Horsley"], "Britannia Romana", True) in read, "his one work the notes cite, flagged"
    assert notes[1][-1][0] is notes[2][0][0]
    assert [w.authors for w, _ in notes[3]] == [["Stukeley"]]

def test_bibliography_entries_used_as_notes_articles_and_books():
    # Lavin (Programming Historian), notes 1, 11 and 13; the fourth note made up (a place before the publisher)
    works, notes, _ = bibliography(
        'Atack, Jeremy, Fred Bateman, Michael Haines, and Robert A. Margo. "Did railroads induce or follow economic '
        'growth?: Urbanization and population growth in the American Midwest, 1850–1860." _Social Science History_ '
        '34, no. 2 (2010): 171-197.',
        "Jarausch, Konrad H., and Kenneth A. Hardy. _Quantitative Methods for Historians: A Guide to Research, Data, "
        "and Statistics_. 1991. UNC Press Books, 2016: 122.",
        "Jarausch and Hardy, 122.",
        "Doe, Jane. *A Made-Up Book*. Chicago: Example Press, 1999: 12-14.")
    (article, cited), = notes[1]
    assert (article.kind, article.authors, article.container, article.volume, article.issue, article.year,
            article.pages) == ("article", ["Atack, Jeremy", "Bateman, Fred", "Haines, Michael", "Margo, Robert A."],
                               "Social Science History", "34", "2", "2010", "171-197")
    assert article.title.startswith("Did railroads induce") and article.title.endswith("1850–1860")
    (book, cited), = notes[2]
    assert (book.authors, book.publisher, book.year, cited.pinpoint) == (
        ["Jarausch, Konrad H.", "Hardy, Kenneth A."], "UNC Press Books", "2016", "122")
    assert [w for w, _ in notes[3]] == [book], "the short form by the two surnames"
    (made_up, cited), = notes[4]
    assert (made_up.authors, made_up.title, made_up.place, made_up.publisher, cited.pinpoint) == (
        ["Doe, Jane"], "A Made-Up Book", "Chicago", "Example Press", "12-14")


def test_bibliography_entry_with_et_al_a_dotted_issue_and_a_url():
    # Lavin, notes 2 and 22
    works, notes, _ = bibliography(
        'Cosmo, Nicola Di, et al. "Environmental Stress and Steppe Nomads." _Journal of Interdisciplinary History_ '
        '48, no. 4 (2018): 439-463, https://muse.jhu.edu/article/687538.',
        'Drost, Ellen A. "Validity and Reliability in Social Science Research" _Education Research and '
        'Perspectives_ 38.1 (2011): 105-123. 114. https://www3.nd.edu/~ggoertz/sgameth/Drost2011.pdf')
    assert [(w.authors, w.url) for w, _ in notes[1]] == [(["Cosmo, Nicola Di"], "https://muse.jhu.edu/article/687538")]
    (drost, cited), = notes[2]
    assert (drost.authors, drost.volume, drost.issue, drost.pages, cited.pinpoint) == (
        ["Drost, Ellen A."], "38", "1", "105-123", "114")


def test_web_pages_under_the_group_that_writes_them_several_joined_by_and():
    # Lavin, notes 7, 18 and 19 (group authors, CMOS 14.68); the fourth note made up (a person's page)
    works, notes, _ = bibliography(
        "The Scikit-Learn Development Team. _7.1 Toy datasets_, https://scikit-learn.org/stable/datasets/toy_dataset.html.",
        "See SciPy, _Sparse matrices (scipy.sparse)_, https://docs.scipy.org/doc/scipy/reference/sparse.html for "
        "documentation on sparse matrices and NumPy, _Data types_, https://numpy.org/doc/stable/user/basics.types.html "
        "for documentation on NumPy's `float64` class.",
        "See The Scikit-Learn Development Team, _Metrics and scoring: quantifying the quality of predictions_ "
        "https://scikit-learn.org/stable/modules/model_evaluation.html#r2-score and _sklearn.metrics.r2_score_, "
        "https://scikit-learn.org/stable/modules/generated/sklearn.metrics.r2_score.html.",
        "See Jane Doe, *A Made-Up Page*, https://example.org/page.")
    assert [(w.kind, w.authors, w.title) for w, _ in notes[1]] == [
        ("web", ["The Scikit-Learn Development Team"], "7.1 Toy datasets")]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["SciPy"], "Sparse matrices (scipy.sparse)"),
                                                          (["NumPy"], "Data types")]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [
        (["The Scikit-Learn Development Team"], "Metrics and scoring: quantifying the quality of predictions"),
        (["The Scikit-Learn Development Team"], "sklearn.metrics.r2_score")], "the second title shares the writer"
    assert [(w.authors, w.url) for w, _ in notes[4]] == [(["Doe, Jane"], "https://example.org/page")]

def test_code_sections_cite_one_work_per_code_with_the_title_number_and_section():
    # CRS R48632, notes 3, 5 and 23; the fourth note made up (U.S.C. and C.F.R. in one sentence)
    works, notes, _ = bibliography(
        "47 U.S.C. §606.",
        "47 U.S.C. §606(c). A carrier is a person or entity \"engaged as a common carrier for hire,\" and radio "
        "broadcasters are not considered to be carriers. 47 U.S.C. §153(11).",
        "FCC, Report: October 4, 2023 Nationwide Emergency Alert Test, June 2024, p. 29, "
        "https://docs.fcc.gov/public/attachments/DOC-403500A1.pdf; and 47 C.F.R. §11.18(a).",
        "See 5 U.S.C. §552 and 36 C.F.R. §1250.")
    (code, cited), = notes[1]
    assert (code.title, cited.volume, cited.pinpoint) == ("U.S.C.", "47", "§606")
    assert [(w, c.pinpoint) for w, c in notes[2]] == [(code, "§606(c)"), (code, "§153(11)")]
    assert [w.title for w, _ in notes[3]] == ["Report: October 4, 2023 Nationwide Emergency Alert Test", "C.F.R."]
    assert [(w.title, c.volume, c.pinpoint) for w, c in notes[4]] == [("U.S.C.", "5", "§552"), ("C.F.R.", "36", "§1250")]


def test_orders_and_plans_in_the_federal_register_and_documents_by_their_maker():
    # CRS R48632, notes 15, 18, 6 and 24 (shortened); the last note made up (the register abbreviated)
    works, notes, _ = bibliography(
        "The Defense Civil Preparedness Agency was abolished pursuant to E.O. 12148 of July 20, 1979, \"Federal "
        "Emergency Management,\" 44 Federal Register 43239, July 24, 1979, "
        "https://archives.federalregister.gov/issue_slice/1979/7/24/43239-43248.pdf.",
        "FCC, Report and Order and Further Notice of Proposed Rulemaking: Amendment of Part 73, Subpart G, of the "
        "Commission's Rules Regarding the Emergency Broadcast System, December 9, 1994; and Reorganization Plan No. "
        "3 of 1978, 43 Federal Register 41943, 92 Stat. 3788, https://uscode.house.gov/view.xhtml?req=x.",
        "B. Wayne Blanchard, American Civil Defense 1945-1984: The Evolution of Programs and Policies, 1985, p. 2, "
        "https://www.civildefensemuseum.com/docs/AmericanCivilDefense1945-1984.pdf.",
        "EAS CAP Industry Group (ECIG), ECIG Recommendations for a CAP EAS Implementation Guide, p. 15, 17, "
        "http://www.eas-cap.org/ECIG-CAP-to-EAS_Implementation_Guide-V1-0.pdf.",
        "Executive Order 99999 of May 1, 2001, \"A Made-Up Order,\" 66 Fed. Reg. 12345, May 3, 2001.")
    (order, cited), = notes[1]
    assert (order.title, order.container, cited.volume, order.year, cited.pinpoint) == (
        "Federal Emergency Management", "Federal Register", "44", "1979", "43239")
    assert [(w.authors, w.title[:14], w.year) for w, _ in notes[2]] == [
        (["FCC"], "Report and Ord", "1994"), ([], "Reorganization", "1978")]
    assert [(w.authors, w.year, c.pinpoint) for w, c in notes[3]] == [(["Blanchard, B. Wayne"], "1985", "2")]
    assert [(w.authors, c.pinpoint) for w, c in notes[4]] == [(["EAS CAP Industry Group (ECIG)"], "15, 17")]
    assert [(w.title, c.volume, c.pinpoint) for w, c in notes[5]] == [("A Made-Up Order", "66", "12345")]


def test_a_title_between_a_file_and_a_date_is_no_document_by_its_maker():
    # Zubok, note 64: an archive's acronym, then a file, then a diary's date (not "FCC, Title, date")
    works, notes, _ = bibliography(
        "HIA, Teimuraz Stepanov Papers. Box 5, Folder 6. Diary, February 3, 1989, p. 229-230.")
    assert all(w.kind != "government-document" for w, _ in notes[1])

def test_an_author_date_reference_a_short_form_with_et_al_and_a_body_at_a_place():
    # Lavin, notes 4, 25, 28 and 10; the fifth note made up (an issue in brackets, a URL)
    works, notes, _ = bibliography(
        "Broscheid, A. (2011), Comparing Circuits: Are Some U.S. Courts of Appeals More Liberal or Conservative Than "
        "Others?. _Law & Society Review_, 45: 171-194.",
        "Nisbet, Robert, John Elder, and Gary Miner. _Handbook of Statistical Analysis and Data Mining Applications_. "
        "Academic Press, 2009: 8.",
        "Nisbet et. al., 74.",
        "The University of Texas at Austin. _Statistics Online Support: Variable Types_, "
        "http://sites.utexas.edu/sos/variables/.",
        "Roe, R. (2020). A Made-Up Article. *Journal of Examples*, 3(2), 10-20. https://example.org/roe.")
    (article, _), = notes[1]
    assert (article.authors, article.year, article.container, article.volume, article.pages) == (
        ["Broscheid, A."], "2011", "Law & Society Review", "45", "171-194")
    assert article.title.endswith("Than Others?")
    (handbook, _), = notes[2]
    assert [(w, c.pinpoint) for w, c in notes[3]] == [(handbook, "74")], "the first author's surname, et al."
    assert [w.authors for w, _ in notes[4]] == [["The University of Texas at Austin"]]
    assert [(w.authors, w.volume, w.issue, w.url) for w, _ in notes[5]] == [
        (["Roe, R."], "3", "2", "https://example.org/roe")]

def test_one_makers_document_under_two_wordings_with_one_address_is_one_work():
    # CRS R48632, notes 20 and 21 (shortened); the third and fourth notes made up (a site's home page for two pages)
    works, notes, _ = bibliography(
        "FCC, Report and Order and Further Notice of Proposed Rulemaking: In the Matter of Amendment of Part 11 of "
        "the Commission's Rules Regarding the Emergency Alert System, June 17, 2021, p. 6, "
        "https://docs.fcc.gov/public/attachments/FCC-21-77A1.pdf.",
        "FCC, Report and Order and Further Notice of Proposed Rulemaking: Amendment of Part 11 of the Commission's "
        "Rules Regarding the Emergency Alert System, Wireless Emergency Alerts, June 17, 2021, p. 6, "
        "https://docs.fcc.gov/public/attachments/FCC-21-77A1.pdf.",
        "FEMA, A Made-Up Page, May 1, 2020, https://www.fema.gov/.",
        "FEMA, Another Made-Up Page, May 2, 2020, https://www.fema.gov/.")
    (order, _), = notes[1]
    [(again, cited)] = notes[2]
    assert again is order and cited.ambiguous, "the same address: one document, flagged"
    assert notes[3][0][0] is not notes[4][0][0], "a site's home page names no one document"

def test_a_hereinafter_name_printed_whole_inside_a_later_list_is_a_use_of_it():
    # CRS R48632, notes 17 and 18 (the second shortened); the third note made up (the name in the writer's sentence)
    from edition.citations.modern import read_hereinafter_uses
    texts = ["\"State and Local Emergency Broadcasting System (EBS) Memorandum of Understanding Among Federal "
             "Emergency Management Agency, Federal Communications Commission, the National Oceanic and Atmospheric "
             "Administration, and the National Industry Advisory Committee,\" April 21, 1982 (hereinafter Memorandum "
             "of Understanding on State and Local Emergency Broadcasting System, April 21, 1982). Provided to CRS by "
             "the FCC on October 23, 2024.",
             "FCC, Report and Order: Amendment of Part 73, December 9, 1994; Memorandum of Understanding on State "
             "and Local Emergency Broadcasting System, April 21, 1982; and 47 U.S.C. §606.",
             "They signed a Memorandum of Understanding on State and Local Emergency Broadcasting System, April 21, "
             "1982, in Washington."]
    notes = [Note("t", n, text, n) for n, text in enumerate(texts, start=1)]
    citations = [c for note in notes for c in parse_note(note)[0]]
    citations = read_hereinafter_uses(citations, notes)
    works = {w.id: w for w in resolve(citations)}
    memorandum = next(w for w in works.values() if w.title and w.title.startswith("State and Local"))
    assert [c.form for c in citations if c.work == memorandum.id] == ["full", "hereafter"]
    assert [c.note for c in citations if c.work == memorandum.id] == [1, 2], "not inside the writer's sentence"

def test_a_bodys_page_in_a_bibliography_entrys_order():
    # Lavin, note 33; the second note made up (no year, no publisher)
    works, notes, _ = bibliography(
        'Oxford University Press. "uncommon, adj. (and adv.)". _OED Online_. 2022. Oxford University Press. '
        'https://www.oed.com/view/Entry/210577.',
        'Example Society. "A Made-Up Entry." *Example Online*. https://example.org/entry/1.')
    assert [(w.kind, w.authors, w.title, w.container, w.year, w.publisher) for w, _ in notes[1]] == [
        ("web", ["Oxford University Press"], "uncommon, adj. (and adv.)", "OED Online", "2022", "Oxford University Press")]
    assert [(w.authors, w.title, w.url) for w, _ in notes[2]] == [
        (["Example Society"], "A Made-Up Entry", "https://example.org/entry/1")]

# --- the corpus: real notes, scored against gold files built by hand -----------------------------

CORPUS = ROOT / "tests" / "corpus"
# Texts the parser does not yet read to the mark, each with what it lacks: the test fails as
# soon as one of them passes, so that this list is kept true.
NOT_YET: dict[str, str] = {
    "crs-r48632-national-alerts-2025": (
        "held-out referee, held out from parser round 13 (63.6/51.9, 56.7/43.6 before and after it); 85.7/88.9, "
        "90.0/92.3 after round 14 (code sections, Federal Register items, documents by their maker, one address one "
        "document, hereinafter names inside later lists): left: three bodies as joint authors of an annex 'in' a "
        "plan (note 16), 'Based on CRS discussions with ...' (25), "
        "'WARN Act §602(b)(E)' by the body text's abbreviation (29), 'America's Missing: ...' read as a work (28)"),
    "cherry-garrard-worst-journey-ch3": (
        "held-out referee, built during parser round 9 (first score 44.4/40.0, 67.6/59.5, the same before and after "
        "it; 80.0/80.0, 90.2/88.1 after parser10's; 90.0/90.0, 95.2/95.2 after parser11's): left: 'Terra Nova Natural "
        "History Report, Cetacea, vol.i, No. 3, p. 111, by Lillie' (the gold files 'Cetacea' as the title and the "
        "report with 'Zoology' as container, where it files Wilson's 'Discovery Natural History Report, Zoology' "
        "whole as the title: the two print the same shape)"),
    "lang-custom-and-myth-apollo-and-the-mouse": (
        "held-out referee, built before parser round 20 (first score 37.9/37.9, 42.9/40.5 after 18 rounds that "
        "never saw it; 96.7/100.0, 94.9/100.0 after it): left: persons reported without a text read as works "
        "('according to Dalton', note 8; 'Plutarch mentions an Athenian yενος', 33), which the gold leaves out"),
    "jan6-committee-2022-appendix4": (
        "held-out referee, built during round 19 and kept from rounds 19 and 20 (first score 72.7/66.7, 85.3/85.3 "
        "after 18 rounds, the same after 19 and 20): left: two testimonies and a statement at hearings by witness, "
        "title, committee, Congress and session (notes 11, 12), a titled section 'in' a report with its edition "
        "(26, 27) read as the whole report"),
}
# Held out, then passed (first scores, works P/R and links P/R; what is left), read since by the forms tested above:
# harrison-prolegomena-ch1 (69.2/64.3, 66.7/55.0 after 18 rounds that never saw it; 96.4/96.4, 97.5/97.5 after round
# 20: lexica by headword, fragments by number, Greek titles, "P. II. 11. 1.", italic titles with book and section,
# verses alone, periodicals by Roman volume and year, words in italics used as terms; left: "Hippocr. περὶ ἐνυπνίων
# 639", read right but unalignable while fold() dropped Greek letters; 100/100 since it keeps them),
# wilson-congressional-government-ch1-2 (42.9/25.0, 47.1/27.6 after 16 rounds that never saw it; 95.8/95.8, 96.6/96.6
# after round 18: law reports, statute books, unsigned review articles, an issue named in prose; left: "that other
# decision (several cases, October, 1883)", a decision described, read as a title),
# bury-idea-of-progress-introduction (64.3/39.1, 63.9/37.1 after 16 rounds that never saw it; 95.7/95.7, 96.7/95.2
# after round 18: references in parentheses inside prose, numbered references after the writer's words, editions by
# a named editor, an ancient author's works named in prose, Latin titles cut short; left: Thucydides' survey
# described (note 2), "(iii. 945)" of Lucretius after a Latin line (15), "this ode" of a poet named only in an omitted
# paragraph (16), "his Machiavelli" read twice (30), Aristotle named in commentary read as a work (32)),
# bokel-clark-big-l-acquisition (75.0/75.0, 75.8/71.4; 81.2/81.2, 84.8/80.0 after rounds 11 and 12; passed in round
# 13 by families: magazines by issue date, locators in words, imprints without a year, a table's source line, a
# short title with its body and date, a titled part after an imprint, a firm named by its trades),
# gibbon-decline-and-fall-ch1 (96.6/93.4, 97.6/89.2; left: 'Appian of Alexandria' for the gold's 'Appian', where
# 'Dionysius of Halicarnassus' keeps its epithet; 'a piece of criticism of Lucian'; the Oxford editor of Strabo),
# frus-1969-76-v12-excerpt (37.5/50.0, 47.8/36.7), frus-history-2015-ch3 (66.7/66.7, 61.5/57.1; left: "See
# American Presidency Project website, URL", titled by its gold with the site's name, where frus-history-2015-ch1's
# gold files a site named so as the container), keynes-economic-consequences-ch4 (0.0/0.0, 0.0/0.0),
# strauss-life-of-jesus-17-18 (20.0/15.4, 20.0/7.5), krasnoff-views-from-the-embassy-2014 (76.5/81.2, 77.8/75.0),
# carlyle-french-revolution-1-3-3-5 (50.0/40.0, 61.1/47.8), engels-working-class-results (28.6/25.0, 30.0/24.0), woodson-negro-migration-ch2
# (82.1/85.2, 66.0/67.3), homes-of-the-department-of-state-1985-ch1 (50.0/58.3, 26.7/26.7); built after all of the
# above and held out from parser6's round, which left their scores unchanged: woodson-negro-migration-ch3 (64.1/61.0,
# 64.2/60.7), darwin-descent-of-man-ch1 (37.5/20.0, 38.9/17.1) and augustine-city-of-god-preface-1-3 (55.6/47.6,
# 66.7/55.2; left: "His words (in Ep. vi.)", a letter of the writer the sentence names, whose letters are named
# only in a later note); built after parser7's round and held out from it: hume-principles-of-morals-6-2-8
# (60.0/20.0, 60.0/18.8) and seneca-gummere-letters-9-14 (45.5/29.4, 45.5/23.8), both 100/100 since parser8's
# classical apparatus (edition/citations/classical.py); built after parser8's round and held out from it:
# kropotkin-mutual-aid-ch2 (45.0/36.0, 45.8/29.7; 100/100, 100/97.3 since parser9's; left: "W. H. Hudson’s
# experience is that ... (p. 264)", a possessive with a page and no title) and cannan-wealth-of-nations-introduction
# (66.7/60.0, 85.2/74.2; 100/100 since parser9's); built after parser9's round and held out from it:
# cherry-garrard-worst-journey-introduction (77.8/77.8, 92.3/85.7; 100/100 since parser10's: an imprint alone, a
# named part for a page, a writer alone, a volume with a part's title); built after parser10's round and held out
# from it: federalist-78-85-judiciary (57.1/40.0, 66.7/46.2), elliot-smith-evolution-of-the-dragon-ch1 (45.0/47.4,
# 42.9/40.9), both 100/100 since parser11's, which also passed george-progress-and-poverty-1-4-3-2 and
# angell-great-illusion-part2-ch1-3; built before parser11's round and held out from it: gropman-big-l-industrial-
# mobilization (61.9/61.9, 36.2/34.7, the same after parser11's; 100/100 since parser12's modern notes);
# held out from parser13's round: lavin-linear-regression-2022 (12.5/10.3, 10.3/8.1 before and after it; passed in
# round 14 at 96.6/96.6, 97.3/97.3 by families: the bibliography entry used as a note, the author-date reference,
# a body's page in entry order, web pages under group authors joined by "and", "X et al., page"; left: note 6's
# four given-first names each closed by a full stop, with "32 (2) April 2004: 407-499"); built during parser13's
# round and held out from it and from round 14: laramee-stylometry-python-2018 (91.4/91.4, 91.7/91.7 before and
# after both; 100/100 since parser15's: Markdown's "_Title_" italics where a reference prints a title, "See for
# example" as a lead-in, Spanish and Portuguese double family names); held out from parser rounds 13 and 14:
# crs-r48093-federal-tribal-consultation-2026 (58.3/56.0, 65.5/54.3 before and after round 13; 68.2/60.0, 78.1/71.4
# after round 14; passed in round 15 at 96.0/96.0, 97.1/97.1 by families: treaties by the Statutes at Large, numbered
# reports, a body's page by its quoted title, bodies as joint authors, a statement at a hearing; left: note 33's
# quoted title holding a quotation of its own, read into a container); built before parser round 16 and held out
# until it: du-bois-suppression-slave-trade-ch5 (57.1/80.0, 75.0/75.0; 100/100 since parser16's: legislative records
# and documentary collections by series, volume, session or dates across semicolons (serials.py), an article "in"
# a periodical by Roman volume and its short form, "as above", a provision of a named instrument, "Cf. pp. ...") and
# turner-significance-of-the-frontier (79.5/72.9, 81.2/67.2; 100/100 since parser16's: contributions in a learned
# society's series by volume, bracketed and possessive authors, a quoted short title by Roman volume, a second
# volume after a semicolon, a paper's own printings named in prose, "the author's", a speech described, a
# periodical by volume whose writer the calling sentence names);
# held out from parser round 17 (and measured unmoved by round 16):
# deep-water-commission-2011-ch2 (77.3/77.3, 82.4/84.8) and nine-eleven-commission-2004-ch2 (67.7/67.7, 72.5/72.5),
# both 100/100 after it (edition/citations/documents.py) by families: oral-history and commission interviews, agency
# documents by agency, kind, title or subject and date, NARA records by box and record group, volumes of a body's
# series, court decisions by reporter and papers filed in a case, a chapter "in" or "reprinted in" an edited book,
# conference papers by series number, a speaker's remarks, Arabic "Bin" filed with the family name.
# held out from parser rounds 1-18: senate-psi-wall-street-financial-crisis-2011-background (46.7/31.8, 33.3/21.6,
# unchanged by round 17; 100/100, 97.3/97.3 after round 19, edition/citations/investigations.py) by families: a date
# before a quoted title, the body or maker after it ("prepared by"), report numbers, hearing exhibits and Bates numbers
# (not pages), a complaint by its case and paragraphs, letters described not titled, an interview the body held; left:
# note 46's "Id." after a note citing two fee schedules, which the gold (flagged ambiguous) takes as the first.
# held out from parser rounds 1-18: schmitz-simulating-communication-networks-2025 (11.8/16.0, 11.8/15.4; 14.3/20.0,
# 14.3/19.2 after round 17; 96.0/96.0, 96.2/96.2 after round 19, edition/citations/entries.py) by families: entries
# with the year after the names, names joined BibTeX-fashion, the German "Author: Title. In: Editor (Hg.):" form,
# Chicago entries, editors "[Eds.]", ", eds.", "/ Edited by", "eds.:", article numbers where pages go, "Accessed:"
# dates, the author-date short form "Wachter, Laslett and Hammel 1978, p. xix"; left: note 12's subtitle after a
# full stop ("Growing Artificial Societies. Social Science from the Bottom Up"), the shape of note 15's title then
# series ("Statistical Studies of Historical Social Structure. Population and Social Structure: ...").


# Corpus texts the importer cannot take in yet, each with why.
NOT_IMPORTABLE: dict[str, str] = {}


def test_an_author_then_a_full_stop_then_the_title():
    works, notes, _ = bibliography(
        "Dr. Alison. Management of the Poor in Scotland.",
        "Alison. Principles of Population, vol. II",
        "Dr. Cowen. Vital Statistics of Glasgow.",
        "Principles of Population, vol. II pp. 136, 197.",
        "Tacit. Annal. l. ii. c. 3.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [(["Alison"], "Management of the Poor in Scotland")]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [(["Cowen"], "Vital Statistics of Glasgow")]
    assert notes[4][0][0] is notes[2][0][0], "the title alone is the work cited with its author"
    assert read_author_full_stop("Tacit. Annal. l. ii. c. 3") is None, "words cut short are no author and title"
    assert read_author_full_stop("Children’s Employment Commission’s Report. App. Part II p. 34") is None


def test_a_public_bodys_report_by_its_title_its_parts_and_the_alias_it_is_usually_cited_by():
    works, notes, fragments = bibliography(
        "Report of Commission of Inquiry Into the Employment of Children and Young Persons in Mines and Collieries "
        "and in the Trades and Manufactures in Which Numbers of Them Work Together, Not Being Included Under the "
        "Terms of the Factories’ Regulation Act. First and Second Reports, Grainger’s Report. Second Report "
        "usually cited as “Children’s Employment Commission’s Report.” First Report, 1841; Second Report, 1843.",
        "Fifth Annual Report of the Reg. Gen. of Births, Deaths, and Marriages.",
        "Report of Commission of Inquiry Into the State of Large Towns and Populous Districts. First Report, 1844. "
        "Appendix.",
        "Factories’ Inquiry Commission’s Reports, 3rd vol. Report of Dr. Hawkins on Lancashire, in which Dr. "
        "Robertson is cited—the “Chief Authority for Statistics in Manchester.”",
        "Children’s Employment Commission’s Report. App. Part II p. 9, 36; 146.",
        "Symonds’ Rep. App. Part I, pp. E, 22, et seq.")
    (children, first), = notes[1]
    assert children.title.endswith("Factories’ Regulation Act") and not children.authors and children.year is None
    assert children.aliases == ["Children’s Employment Commission’s Report"]
    assert "Second Report" not in titles(notes, 1) and len(works) == 4, "the parts of a report are no works"
    assert titles(notes, 2) == ["Fifth Annual Report of the Reg. Gen. of Births, Deaths, and Marriages"]
    assert notes[3][0][0].year == "1844" and notes[3][0][1].pinpoint == "First Report, 1844. Appendix"
    assert titles(notes, 4) == ["Factories’ Inquiry Commission’s Reports"], "the same words in another order"
    assert notes[5] == [(children, notes[5][0][1])] and notes[5][0][1].form == "hereafter"
    (part, c), = notes[6]  # Engels, note 36
    assert part is children and c.ambiguous and "Symonds’ Rep." in c.reason, \
        "a commissioner's report by its part alone: that part of the public body's report cited last, flagged"
    _, alone, fragments = bibliography("Symonds’ Rep. App. Part I, pp. E, 22, et seq.")
    assert alone[1] == [] and [f.role for f in fragments] == ["unresolved"], "with no report before it, reported"


def test_a_title_alone_whose_author_the_annotated_sentence_names():
    notes = [Note("t", 25, "Manufacturing Population, ch. 8.", 1), Note("t", 37, "Arts and Artisans.", 2),
             Note("t", 40, "Chartism, p. 34, et seq.", 3), Note("t", 41, "Chartism, p. 40.", 4),
             Note("t", 46, "Manufacturing Population of England, chap. 10.", 5),
             Note("t", 2, "Dion Cassius, l. liv. p. 736.", 6)]
    passages = {25: "But what is that in a city in which, according to Gaskell’s calculation,",
                37: "This the bourgeoisie for the most part recognises. Symonds", 40: "What Carlyle says of the "
                "cotton spinners is true of all English industrial workers:", 41: "", 46: "",
                2: "The legions, as Tacitus observes, were"}
    citations = []
    for note in notes:
        found, fragments = parse_note(note)
        citations += read_title_called_by_writer(found, fragments, note, passages[note.number], set())
    works = resolve(citations)
    read = {c.note: next(w for w in works if w.id == c.work) for c in citations}
    assert (read[25].title, read[25].authors) == ("Manufacturing Population of England", []), \
        "one work, known by the fullest title printed"
    assert read[46] is read[25] and read[41] is read[40] and read[40].title == "Chartism"
    assert (read[37].title, read[37].authors) == ("Arts and Artisans", [])
    assert read[2].authors == ["Dion Cassius"] and not read[2].title, "a writer the sentence names is no title"


def test_a_paper_read_before_a_society_and_a_source_quoted_by_a_writer_in_his_book():
    works, notes, _ = bibliography(
        "Dr. Alison in an article read before the British Association for the Advancement of Science. October, "
        "1844, in York.",
        "Quoted by Dr. Wade from the Report of the Parliamentary Factories’ Commission of 1832, in his History of "
        "the Middle and Working-Classes. London, 1835, 3rd ed.")
    (paper, _), = notes[1]
    assert (paper.kind, paper.authors, paper.title, paper.container, paper.year, paper.place) == (
        "conference-paper", ["Alison"], None, "British Association for the Advancement of Science", "1844", "York")
    (report, quoted), (history, quoting) = notes[2]
    assert (report.title, report.year) == ("Report of the Parliamentary Factories’ Commission", "1832")
    assert (history.title, history.authors, history.place, history.year) == (
        "History of the Middle and Working-Classes", ["Wade"], "London", "1835")
    assert quoting.via == -1, "the second work is the one that quotes the first"


def test_titles_with_locators_an_editions_maker_and_a_pamphlet_by_a_canon():
    works, notes, _ = bibliography(
        "Wealth of Nations (McCulloch’s four volume edition), vol. III, book 5, chap. 8, p. 297.",
        "Philosophy of Manufactures, London, 1835, p. 406, et seq.",
        "On the Present Condition of the Labouring Poor in Manchester, etc. By the Rev. Rd. Parkinson, Canon of "
        "Manchester, 3rd Ed., London and Manchester, 1841, Pamphlet.")
    (wealth, cited), = notes[1]
    assert (wealth.title, wealth.editors, cited.volume) == ("Wealth of Nations", ["McCulloch"], "III")
    (philosophy, cited), = notes[2]
    assert (philosophy.title, philosophy.place, philosophy.year, cited.pinpoint) == (
        "Philosophy of Manufactures", "London", "1835", "406, et seq")
    (pamphlet, _), = notes[3]
    assert (pamphlet.title, pamphlet.authors, pamphlet.year) == (
        "On the Present Condition of the Labouring Poor in Manchester", ["Parkinson, Rd."], "1841")


def test_periodicals_by_roman_volume_markdown_ibid_and_a_possessive_author():
    works, notes, _ = bibliography(
        "*The Southern Workman*, xxvii, p. 161.",
        "*Southern Workman*, xxxvii, p. 157.",
        "*The African Repository*, XXII, pp. 322, 333.",
        "*The Journal of Negro History*, I, pp. 23-33.",
        "*Ibid*., I, p. 26.",
        "Howe's *Historical Collections*, p. 356.",
        "The Negro population of this town so rapidly increased after the war that it has become a Negro town."
        "--See *Southern Workman*, xxxvii, pp. 489-494.",
        "He had maintained a school on it, at his own expense, till the eleventh of November, 1842.")
    volumes = [(w.kind, w.container, w.volume, w.title) for n in (1, 2, 3, 4) for w, _ in notes[n]]
    assert volumes == [("article", "The Southern Workman", "xxvii", None), ("article", "Southern Workman", "xxxvii",
                        None), ("article", "The African Repository", "XXII", None),
                       ("article", "The Journal of Negro History", "I", None)], "one untitled work per volume"
    assert notes[5] == [(notes[4][0][0], notes[5][0][1])] and notes[5][0][1].form == "ibid"
    assert [(w.authors, w.title) for w, _ in notes[6]] == [(["Howe"], "Historical Collections")]
    assert notes[7][0][0] is notes[2][0][0], "after the writer's prose, and without its article, the same volume"
    assert notes[8] == [], "a date in the writer's prose is no title"


def test_references_inside_the_writers_sentence_ended_by_their_imprint():
    works, notes, _ = bibliography(
        "By resolution of April 17, 1777, the name of the committee was changed to the “Committee for Foreign "
        "Affairs,” Journals of the Continental Congress, 1774-1789 (Washington, 1904-1937), VII, 274. [Hereafter "
        "cited as Journals.]",
        "The twelve buildings in which the Continental Congress met during its lifetime are identified and discussed "
        "in a work by Robert Fortenbaugh entitled The Nine Capitols of the United States (York, Pa., 1948).",
        "The primary source for this paragraph was a pamphlet by the U.S. Department of the Interior National Park "
        "Service, entitled Carpenters’ Hall, Independence National Historical Park (Washington, 1967).",
        "Edward M. Riley, Independence National Historical Park, Philadelphia, Pa., National Park Service Historical "
        "Handbook Series No. 17 (Washington, 1954, revised 1956), pp. 4-5.",
        "Journals, VI, 1027.",
        "Fortenbaugh, op. cit., p. 22.",
        "Three Decades of Federal Legislation, 1855 to 1885, with Sketches of Prominent Actors during these Periods "
        "(Tecumseh, Mich.: A. W. Mills, 1885).")
    (journals, cited), = notes[1]
    assert (journals.title, journals.year) == ("Journals of the Continental Congress, 1774-1789", "1904-1937")
    assert (cited.volume, cited.pinpoint) == ("VII", "274"), "Chicago's bare volume, then the page"
    (capitols, _), = notes[2]
    assert (capitols.authors, capitols.title) == (["Fortenbaugh, Robert"], "The Nine Capitols of the United States")
    (pamphlet, _), = notes[3]
    assert (pamphlet.title, pamphlet.publisher, pamphlet.place) == (
        "Carpenters’ Hall, Independence National Historical Park",
        "U.S. Department of the Interior National Park Service", "Washington"), "a body that issued it: no author"
    (riley, _), = notes[4]
    assert (riley.title, riley.series, riley.year) == (
        "Independence National Historical Park, Philadelphia, Pa",
        "National Park Service Historical Handbook Series No. 17", "1954"), "the first printing's year"
    assert notes[5][0][0] is journals and notes[5][0][1].form == "hereafter"
    assert notes[6][0][0] is capitols and notes[6][0][1].form == "op-cit", "op. cit. by the maker named in prose"
    assert [w.title for w, _ in notes[7]] == ["Three Decades of Federal Legislation, 1855 to 1885, with Sketches of "
                                              "Prominent Actors during these Periods"], "a long title is no prose"


def test_op_cit_after_author_and_title_and_after_an_author_of_two_works():
    works, notes, _ = bibliography(
        "Edmund Cody Burnett, The Continental Congress (New York, 1941), p. 233.",
        "“Letter from Henry Laurens,” July 15, 1778, in Edmund C. Burnett, Letters of Members of the Continental "
        "Congress, vol. III (Washington, 1926), 333.",
        "Burnett, op. cit., p. 240.",
        "Quoted in Stuart, op. cit., p. 48. A shortened version of the letter is in Burnett, The Continental "
        "Congress, op. cit., pp. 328-329.")
    (congress, _), = notes[1]
    (letters, _), = notes[2]
    (work, cited), = notes[3]
    assert work is letters and cited.ambiguous, "two works of Burnett's before: the last, flagged"
    assert notes[4][-1][0] is congress and not notes[4][-1][1].ambiguous, "the title names which"


def test_an_unpublished_letter_by_its_writer_and_day():
    works, notes, _ = bibliography(
        "Information for this and the following two paragraphs was provided by Landon Charles Reisinger, Historical "
        "Researcher for The Historical Society of York County, in a letter to Lee Burke, July 7, 1975.",
        "The evidence is in a letter to Lee Burke, July 7, 1975.")
    (letter, _), = notes[1]
    assert (letter.kind, letter.authors, letter.title, letter.year) == (
        "archive", ["Reisinger, Landon Charles"], None, "1975")
    assert notes[2] == [], "a letter whose writer is not named is no work"
    works, notes, _ = bibliography(  # a variant not in the corpus: the title named with no imprint
        "The buildings are discussed in a work by Robert Fortenbaugh entitled The Nine Capitols of the United States.",
        "He wrote a pamphlet entitled, as he said, a defence of the realm.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [(["Fortenbaugh, Robert"],
                                                            "The Nine Capitols of the United States")]
    assert notes[2] == [], "no title after the word: prose"
    # variants not in the corpus: a personal communication at the head of a note, a letter "of" its writer
    works, notes, _ = bibliography(
        "Letter from John Smith to the author, May 3, 1970.",
        "Information from a letter of Mary Jones to the writer, June 2, 1961.",
        "Letter from Khrushchev to Mao, 31 July 1958, quoted in Arthur Smith, The Long Peace (London: Verso, 1990), 4.")
    assert [(w.kind, w.authors) for n in (1, 2) for w, _ in notes[n]] == [
        ("archive", ["Smith, John"]), ("archive", ["Jones, Mary"])]
    assert [w.title for w, _ in notes[3]] == ["The Long Peace"], "a letter quoted in a book is no work of its own"


def test_german_volume_and_page_words_ut_sup_and_a_title_cut_short():
    # Strauss, Life of Jesus (1846), notes 3, 7, 8, 11, 13, 15, 23, 24, 38 and 40, in that order
    works, notes, _ = bibliography(
        "Paulus, exeget. Handbuch, 1 a. s. 78 f. 96. Bauer, hebr. Mythol., 2 Bd. s. 218 f.",
        "Olshausen, biblischer Commentar zum N.T., 1 Thl. s. 29 (2te Auflage). Comp. Hoffmann, s. 124 f.",
        "Olshausen, ut sup. Hoffmann, s. 135.",
        "Bibl. Comm. 1, s. 115.",
        "Bauer, ut sup. i. s. 129. Paulus, exeget. Handbuch, i. a, 74.",
        "Bauer, ut sup.",
        "Briefe über die Bibel im Volkstone (Ausg. Frankfurt und Leipzig, 1800), 1tes Bändchen, 6ter Brief, s. 51 f.",
        "Bahrdt, ut sup. s. 52.",
        "Comp. De Wette, exeg. Handb., 1. 2, s. 9.",
        "Paulus und Olshausen z. d. St., Heydenreich a. a. O. 1, s. 87.")
    (paulus, _), (bauer, cited) = notes[1]
    assert [(paulus.authors, paulus.title), (bauer.authors, bauer.title)] == [
        (["Paulus"], "exeget. Handbuch"), (["Bauer"], "hebr. Mythol")]
    assert cited.pinpoint == "2 Bd. s. 218 f", "German volume and page words are a locator"
    (olshausen, _), (hoffmann, cited) = notes[2]
    assert (hoffmann.authors, hoffmann.title, cited.pinpoint) == (["Hoffmann"], None, "124 f")
    assert [(w, c.form) for w, c in notes[3]] == [(olshausen, "op-cit"), (hoffmann, "short")], "'ut sup.' is op. cit."
    assert notes[4][0][0] is olshausen, "a title cut short: 'Bibl. Comm.' for 'biblischer Commentar zum N.T.'"
    assert [w for w, _ in notes[5]] == [bauer, paulus] and [w for w, _ in notes[6]] == [bauer]
    (letters, cited), = notes[7]
    assert (letters.year, cited.pinpoint) == ("1800", "1tes Bändchen, 6ter Brief, s. 51 f")
    (handbook, cited), = notes[9]
    assert (handbook.authors, handbook.title, cited.pinpoint) == (["De Wette"], "exeg. Handb", "1. 2, s. 9")
    assert [(c.authors, c.pinpoint, c.form) for _, c in notes[10]] == [
        (["Paulus"], "z. d. St.", "short"), (["Olshausen"], "z. d. St.", "short"), (["Heydenreich"], "1, s. 87", "op-cit")]
    assert notes[10][0][0] is paulus and notes[10][0][1].ambiguous, "Paulus has two works cited: the last, flagged"


def test_bare_ut_sup_is_the_work_of_the_author_the_annotated_sentence_names():
    from edition.citations.resolve import resolve as resolve_with
    # Strauss, notes 3, 7, 9, 20, 23, 24 (the passages cut short), and a note whose sentence names no one
    notes = ["Paulus, exeget. Handbuch, 1 a. s. 78 f. 96.", "Olshausen, biblischer Commentar zum N.T., 1 Thl. s. 29.",
             "Ut sup. s. 77.", "Ut sup. s. 92.", "Ut sup. s. 5.",
             "Briefe über die Bibel im Volkstone (Ausg. Frankfurt und Leipzig, 1800), 1tes Bändchen, s. 51 f.",
             "Bahrdt, ut sup. s. 52."]
    passages = {3: "Paulus indeed suggests that none but a levitical priest could have conceived it",
                4: "The reasoning of Olshausen is more admissible", 5: "The ancients thought otherwise",
                6: "To this view the opinion of Bahrdt, that a flash of lightning was perhaps mistaken"}
    citations = [c for n, t in enumerate(notes, start=1) for c in parse_note(Note("t", n, t, n))[0]]
    works = {w.id: w for w in resolve_with(citations, None, lambda n: passages.get(n, ""))}
    by_note = {c.note: (works[c.work], c) for c in citations}
    assert by_note[3][0].authors == ["Paulus"] and by_note[4][0].authors == ["Olshausen"]
    assert by_note[5][1].ambiguous and by_note[5][0].incomplete, "no author named: reported, not guessed"
    assert by_note[7][0] is by_note[6][0] and by_note[6][0].authors == ["Bahrdt"], \
        "'Bahrdt, ut sup.': his work cited before by its title alone, in a note whose sentence names him"


def test_periodicals_by_volume_and_number_under_their_editors_names_and_a_title_then_its_imprint():
    # Strauss, notes 22, 26 (part), 36, 41 (part), 10 and 18
    works, notes, _ = bibliography(
        "Horst in Henke’s Museum, i. 4. s. 733 f. Gabler in seinem neuest. theol. Journal, vii. 1. s. 403.",
        "E. F. über die beiden ersten Kapitel des Matthäus und Lukas, in Henke’s Magazin, v. 1. s. 163.",
        "In Schmidt’s Bibliothek für Kritik und Exegese, iii. 1, s. 119.",
        "Comp. Horst, in Henke’s Museum, i. 4, s. 705.",
        "Geschichte der drei letzten Lebensjahre Jesu, sammt dessen Jugendgeschichte. Tübingen, 1779. 1 Bd. s. 12.",
        "Hess, Geschichte der drei letzten Lebensjahre Jesu u. s. w., 1. Thl. s. 13, 33.",
        "Examples borrowed from Aulus Gellius, v. 9, and from Valerius Maximus, i. 8, are cited.")
    periodicals = [(w.kind, w.authors, w.title, w.container, w.volume) for n in (1, 2, 3) for w, _ in notes[n]]
    assert periodicals == [
        ("article", ["Horst"], None, "Henke’s Museum", "i. 4"), ("article", ["Gabler"], None, "neuest. theol. Journal",
                                                                 "vii. 1"),
        ("article", ["E. F."], "über die beiden ersten Kapitel des Matthäus und Lukas", "Henke’s Magazin", "v. 1"),
        ("article", [], None, "Schmidt’s Bibliothek für Kritik und Exegese", "iii. 1")]
    assert notes[4][0][0] is notes[1][0][0], "the same volume and number of the same periodical"
    (hess, cited), = notes[5]
    assert (hess.title, hess.place, hess.year, cited.volume, cited.pinpoint) == (
        "Geschichte der drei letzten Lebensjahre Jesu, sammt dessen Jugendgeschichte", "Tübingen", "1779", "1 Bd.",
        "12"), "title, imprint and locator as three sentences"
    assert notes[6][0][0] is hess and hess.authors == ["Hess"], "'u. s. w.' cuts the title short"
    assert [(w.authors, c.pinpoint) for w, c in notes[7]] == [(["Aulus Gellius"], "v. 9"), (["Valerius Maximus"], "i. 8")]


def test_a_title_cut_short_in_an_editors_edition():
    # Strauss, notes 6 (the reference in brackets) and 30
    works, notes, _ = bibliography(
        "Hieros. rosch haschanah f. lvi. 4. (Lightfoot, horæ hebr. et talmud. in IV. Evangg., p. 723): R. Simeon ben "
        "Lachisch dicit: nomina angelorum ascenderunt in manu Israëlis ex Babylone.",
        "Horæ hebr. et talmud., ed. Carpzov. p. 722.")
    lightfoot, = [w for w, _ in notes[1] if w.authors == ["Lightfoot"]]
    (work, cited), = notes[2]
    assert work is lightfoot and (cited.editors, cited.pinpoint) == (["Carpzov"], "722")


def test_german_and_french_editions_volumes_and_pages():
    # variants not in the corpus of Strauss's German apparatus, and a French lead-in
    works, notes, _ = bibliography(
        "Vgl. Ranke, Deutsche Geschichte im Zeitalter der Reformation, 3. Aufl., Bd. 1, S. 20.",
        "Gieseler, Kirchengeschichte, I. 2. S. 12.",
        "Voir Guizot, Histoire de la civilisation en Europe (Paris, 1828), t. II, p. 45.",
        "Mommsen, Römische Geschichte, Bd. 2, S. 145 ff.")
    assert [(w.authors, w.title, c.pinpoint) for n in (1, 2, 3, 4) for w, c in notes[n]] == [
        (["Ranke"], "Deutsche Geschichte im Zeitalter der Reformation", "3. Aufl., Bd. 1, S. 20"),
        (["Gieseler"], "Kirchengeschichte", "I. 2. S. 12"),
        (["Guizot"], "Histoire de la civilisation en Europe", "45"),
        (["Mommsen"], "Römische Geschichte", "Bd. 2, S. 145 ff")]


def test_a_passage_of_scripture_is_no_work():
    # Strauss, note 6 (its Latin quotation cites Isaiah and Daniel), and "Hebr. Mythol." which is no Hebrews
    works, notes, fragments = bibliography(
        "Nam antea dictum est: advolavit ad me unus τῶν Seraphim, Seraphim steterunt ante eum, Jes. vi.; at post: "
        "vir Gabriel, Dan. ix. 21, Michaël princeps vester, Dan. x. 21.",
        "Bauer, hebr. Mythol., 2 Bd. s. 218 f.",
        "Hebr. Mythol. ii. s. 218.")
    assert notes[1] == [] and any(f.reason == "a passage of scripture" for f in fragments if f.note == 1)
    assert notes[3][0][0] is notes[2][0][0]


def test_german_ibid_and_idem():
    # variants not in the corpus, the German forms of Strauss's apparatus ("Ebd." ebenda, "Ders." derselbe)
    works, notes, _ = bibliography(
        "Heinrich Ewald, Geschichte des Volkes Israel (Göttingen, 1843), Bd. 1, S. 45.",
        "Ebd., S. 47.",
        "Ders., Die Propheten des Alten Bundes (Stuttgart, 1840), S. 12.")
    (ewald, _), = notes[1]
    assert notes[2][0][0] is ewald and notes[2][0][1].form == "ibid"
    (prophets, cited), = notes[3]
    assert (prophets.authors, prophets.title, cited.pinpoint) == (["Ewald, Heinrich"], "Die Propheten des Alten Bundes",
                                                                    "12")


def test_the_writers_own_work_and_a_commentator_on_the_passage():
    works, notes, _ = bibliography("Compare my Dogmatik, i. § 49.", "Meyer ad loc.")
    (_, cited), = notes[1]
    assert (cited.title, cited.pinpoint) == ("Dogmatik", "i. § 49")
    assert [(w.authors, c.pinpoint) for w, c in notes[2]] == [(["Meyer"], "ad loc")]


def test_every_corpus_text_is_scored_or_says_why_not():
    for folder in CORPUS.iterdir():
        if (folder / "gold.yml").is_file():
            assert (folder / "metadata.yml").is_file() != (folder.name in NOT_IMPORTABLE), folder.name


def corpus_score(folder: str) -> dict | str:
    """One corpus text's score (edition.citations.accuracy.corpus_scores scores each alone), computed
    once per content of what it is computed from (the text's folder, the edition's code and
    conventions, the project's data files the import reads), kept in .cache/edition as the
    project's own results are: an unchanged parser is not scored again, and each text is scored
    by the worker that runs its test."""
    from edition.cache import remembered
    from edition.citations.accuracy import score_text
    text = CORPUS / folder
    assert (text / "gold.yml").is_file(), f"{folder}: no gold.yml, nothing to score against"
    inputs = [p for p in text.rglob("*") if p.is_file()] + [p for p in (ROOT / "data").glob("*") if p.is_file()]
    return remembered(ROOT, f"corpus-score-{folder}", inputs, lambda: score_text(text, text / "gold.yml", ROOT))


@pytest.mark.parametrize("folder", sorted(p.name for p in CORPUS.iterdir() if (p / "metadata.yml").is_file()))
def test_parser_accuracy_on_the_corpus(folder, request):
    if folder in NOT_YET:
        request.applymarker(pytest.mark.xfail(strict=True, reason=NOT_YET[folder]))
    result = corpus_score(folder)
    assert not isinstance(result, str), result
    (wp, wr), (lp, lr) = result["works"], result["links"]
    assert min(wp, wr, lp, lr) >= 0.95, (
        f"works P {wp:.1%} R {wr:.1%}, links P {lp:.1%} R {lr:.1%}; missed {result['missed_links']}, "
        f"extra {result['extra_links']}")
    assert result["unplaced"] == [], "no fragment of a note is left unplaced"


# --- held out (parser7): Darwin, Augustine, Woodson ch. 3 ---

def test_titles_in_single_quotes_with_year_volume_and_page_after_them():
    # Darwin, Descent of Man, ch. I, notes 13, 14, 17, 19
    works, notes, _ = bibliography(
        "Huxley, 'Man's Place in Nature,' 1863, p. 34.",
        "'Man's Place in Nature,' 1863, p. 67.",
        "Owen, 'Anatomy of Vertebrates,' vol. i. p. 533.",
        "'Anatomy of Vertebrates,' vol. ii. p. 553.")
    (huxley, first), = notes[1]
    assert (huxley.authors, huxley.title, first.year, first.pinpoint) == (["Huxley"], "Man's Place in Nature", "1863", "34")
    assert [(w, c.pinpoint) for w, c in notes[2]] == [(huxley, "67")]
    (owen, third), = notes[3]
    assert (owen.authors, owen.title, third.volume, third.pinpoint) == (["Owen"], "Anatomy of Vertebrates", "i", "533")
    assert [(w, c.volume, c.pinpoint) for w, c in notes[4]] == [(owen, "ii", "553")]
    assert len(works) == 2


def test_german_and_french_volume_and_page_words_after_a_quoted_title():
    # Darwin notes 7 ("B." Band, "s." Seite), 12 ("tom." tome), 1 and 18 (the title with and without its article)
    works, notes, _ = bibliography(
        "Brehm, 'Thierleben,' B. i. 1864, s. 75, 86.",
        "This remark is made with respect to Cynocephalus by Geoffroy Saint-Hilaire and F. Cuvier, 'Histoire Nat. "
        "des Mammiferes,' tom. i. 1824.",
        "'Grosshirnwindungen des Menschen,' 1868, s. 96.",
        "'Die Grosshirnwindungen des Menschen,' 1868, s. 95.")
    (brehm, c), = notes[1]
    assert (brehm.title, c.volume, c.year, c.pinpoint) == ("Thierleben", "i", "1864", "75, 86")
    (cuvier, c), = notes[2]
    assert (cuvier.title, c.volume, c.year) == ("Histoire Nat. des Mammiferes", "i", "1824")
    assert notes[3][0][0] is notes[4][0][0], "one title, with or without its leading article"
    assert [c.pinpoint for _, c in notes[3] + notes[4]] == ["96", "95"]


def test_a_periodical_in_quotes_by_volume_is_the_periodical_of_the_writer_named_before_in():
    # Darwin notes 16, 23, 32 (one paper, its periodical cut short once), 26
    works, notes, _ = bibliography(
        "Prof. Wyman in 'Proceedings of the American Academy of Sciences,' vol. iv. 1860, p. 17.",
        "Some good criticisms on this subject have been given by Messrs. Murie and Mivart, in 'Transact. Zoological "
        "Society,' 1869, vol. vii. p. 92.",
        "See also some remarks in Messrs. Murie and Mivart's excellent paper in 'Transactions of the Zoological "
        "Society,' vol. vii. 1869, pp. 6 and 90.",
        "Prof. W. Turner, 'Proceedings of the Royal Society of Edinburgh,' 1866-67, p. 65.")
    (wyman, c), = notes[1]
    assert (wyman.kind, wyman.authors, wyman.title, wyman.container, wyman.volume, c.pinpoint) == (
        "article", ["Wyman"], None, "Proceedings of the American Academy of Sciences", "iv", "17")
    (murie, _), = notes[2]
    assert murie.authors[0] == "Murie" and murie.volume == "vii"
    assert [w for w, _ in notes[3]] == [murie], "'Transact.' cut short: the same periodical and volume"
    (turner, _), = notes[4]
    assert (turner.authors, turner.container, turner.year) == (["Turner, W."], "Proceedings of the Royal Society "
                                                               "of Edinburgh", "1866-67")


def test_my_before_a_quoted_title_is_the_writers_own_work():
    # Darwin notes 10, 27, 34
    works, notes, _ = bibliography(
        "I have given the evidence on this head in my 'Variation of Animals and Plants under Domestication,' vol. "
        "ii. page 15, and more could be added.",
        "See my 'Expression of the Emotions in Man and Animals,' 1872, p. 144.",
        "'The Expression of the Emotions,' p. 136.")
    (variation, c), = notes[1]
    assert (variation.title, c.volume, c.pinpoint) == ("Variation of Animals and Plants under Domestication", "ii", "15")
    (expression, c), = notes[2]
    assert (expression.title, c.year, c.pinpoint) == ("Expression of the Emotions in Man and Animals", "1872", "144")
    assert [w for w, _ in notes[3]] == [expression], "the short title, with its article"


def test_surname_title_volume_page_et_sqq_and_one_word_titles():
    # Augustine, City of God, Editor's Preface, notes 2, 3, 4, 16, 21 and Book I note 33
    works, notes, _ = bibliography(
        "Retractations, ii. 43.",
        "Letters 132–8.",
        "See some admirable remarks on this subject in the useful work of Beugnot, Histoire de la Destruction du "
        "Paganisme, ii. 83 et sqq.",
        "Huetiana, p. 24.",
        "Erasmi Epistolæ xx. 2.",
        "Horace, Ep. I. ii. 69.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [([], "Retractations")]
    assert [(w.title, c.pinpoint) for w, c in notes[2]] == [("Letters", "132–8")]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [(["Beugnot"], "Histoire de la Destruction du Paganisme")]
    assert [(w.authors, w.title) for w, _ in notes[4]] == [([], "Huetiana")]
    assert [(w.authors, w.title) for w, _ in notes[5]] == [(["Erasmi"], "Epistolæ")], "the author in the genitive"
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[6]] == [(["Horace"], "Ep", "I. ii. 69")]


def test_an_author_with_volume_and_page_a_possessive_and_a_quotation_placed_by_locator_alone():
    # Augustine, Editor's Preface, notes 4, 5, 14, 18
    notes = ["Beugnot, Histoire de la Destruction du Paganisme, ii. 83 et sqq.",
             "As Waterland (iv. 760) does call it, adding that it is “his most learned, most correct, and most "
             "elaborate work.”",
             "His words are: “Plus on examine la Cité de Dieu, plus on reste convaincu que cet ouvrage dût exercea "
             "tres-peu d’influence sur l’esprit des païens” (ii. 122); and this though he thinks one cannot but be "
             "struck with the grandeur of the ideas it contains.",
             "These editions will be found detailed in the second volume of Schoenemann’s Bibliotheca Pat."]
    passages = {3: "Beugnot, with an absoluteness which we should condemn as presumption, declares that its effect "
                   "can only have been very slight."}
    citations = [c for number, text in enumerate(notes, start=1) for c in parse_note(Note("t", number, text, number))[0]]
    works = {w.id: w for w in resolve(citations, None, lambda n: passages.get(n, ""))}
    by_note = {n: [(works[c.work], c) for c in citations if c.note == n] for n in range(1, 5)}
    beugnot = by_note[1][0][0]
    assert [(w.authors, w.title) for w, _ in by_note[2]] == [(["Waterland"], None)]
    assert [(w, c.pinpoint, c.ambiguous) for w, c in by_note[3]] == [(beugnot, "ii. 122", True)], \
        "the quotation is no title; its place is in the work of the writer the sentence names"
    assert [(w.authors, w.title) for w, _ in by_note[4]] == [(["Schoenemann"], "Bibliotheca Pat")]


def test_a_cross_reference_to_the_editors_preface_is_no_work():
    # Augustine, Book I note 25
    note = Note("t", 1, "See the Editor’s Preface.", 1)
    citations, fragments = parse_note(note)
    assert read_title_called_by_writer(citations, fragments, note, "", set()) == []


def test_newspapers_by_title_and_date_several_to_a_note_one_work_per_issue():
    # Woodson, A Century of Negro Migration, ch. III, notes 1, 22-24 (the comma inside the italics as printed)
    works, notes, _ = bibliography(
        "*The New York Daily Advertiser,* Sept. 22, 1800; *The New York Journal of Commerce,* July 12, 1834; and "
        "*The New York Commercial Advertiser,* July 12, 1834.",
        "Turner, *The Negro in Pennsylvania*, p. 163; and *The Liberator*, July 4, 1835.",
        "*The Liberator*, Oct. 24, 1834.",
        "*Ibid.*, October 24, 1834.")
    assert [(w.kind, w.title, w.container, w.year) for w, _ in notes[1]] == [
        ("newspaper", None, "The New York Daily Advertiser", "1800"),
        ("newspaper", None, "The New York Journal of Commerce", "1834"),
        ("newspaper", None, "The New York Commercial Advertiser", "1834")]
    liberator_1835, liberator_1834 = notes[2][1][0], notes[3][0][0]
    assert liberator_1835 is not liberator_1834 and liberator_1834.year == "1834"
    assert [(w, c.form) for w, c in notes[4]] == [(liberator_1834, "ibid")]


def test_legislative_journals_and_session_laws_are_one_work_by_session_or_volume():
    # Woodson ch. III notes 6-8, 17, 29, 30
    works, notes, _ = bibliography(
        "*Journal of House*, 1823-24, p. 824.",
        "*Journal of House,* 1812-1813, pp. 481, 482.",
        "*Ibid.*, 1814-1815, p. 101.",
        "*African Repository,* VIII, pp. 125, 283; *Journal of House*, 1840, I, pp. 347, 508, 614.",
        "*Laws of Ohio*, II, p. 53.",
        "*Laws of Ohio*, V, p. 53.")
    journal = notes[1][0][0]
    assert (journal.kind, journal.title) == ("book", "Journal of House")
    assert [(w, c.volume, c.pinpoint) for n in (1, 2, 4) for w, c in notes[n] if w.title] == [
        (journal, "1823-24", "824"), (journal, "1812-1813", "481, 482"), (journal, "1840, I", "347, 508, 614")]
    assert [(w, c.volume, c.pinpoint) for w, c in notes[3]] == [(journal, "1814-1815", "101")], "another session"
    assert [(w.container, w.volume) for w, _ in notes[4][:1]] == [("African Repository", "VIII")]
    ohio = notes[5][0][0]
    assert ohio.title == "Laws of Ohio" and [w for w, _ in notes[6]] == [ohio]
    assert [c.volume for _, c in notes[5] + notes[6]] == ["II", "V"]


def test_a_second_reference_after_pages_then_an_italic_title_or_and():
    # Woodson ch. III notes 19, 33, 44; 27 (a transcriber's note is no citation)
    works, notes, _ = bibliography(
        "Howe, *Historical Collections*, pp. 225-226.",
        "*Ibid*., p. 226, and *The Cincinnati Daily Gazette*, Sept. 14, 1841.",
        "Perkins, *A Digest of the Declaration of the Supreme Court of Indiana*, p. 590. *Laws of 1853*, p. 60.",
        "This is well narrated in Turner's *Negro in Pennsylvania*, p. 160, and in DuBois's *The Philadelphia "
        "Negro*, p. 27.",
        "So many Negroes working on the rivers helped fugitives to escape that there arose a clamor for the "
        "discourage of colored employees. Transcriber's Note: The above should probably be \"discouragement of "
        "colored employees.\"")
    howe = notes[1][0][0]
    assert [(w.title or w.container) for w, _ in notes[2]] == ["Historical Collections", "The Cincinnati Daily Gazette"]
    assert notes[2][0][0] is howe
    assert [w.title for w, _ in notes[3]] == ["A Digest of the Declaration of the Supreme Court of Indiana",
                                              "Laws of 1853"]
    assert [(w.authors, w.title) for w, _ in notes[4]] == [(["Turner"], "Negro in Pennsylvania"),
                                                           (["DuBois"], "The Philadelphia Negro")]
    assert notes[5] == []


def test_periodicals_named_in_the_writers_sentence_in_parentheses_or_at_its_end():
    # Darwin notes 3, 4, 22, 25
    works, notes, _ = bibliography(
        "Dr. W. Lauder Lindsay has treated this subject at some length in the 'Journal of Mental Science,' July "
        "1871; and in the 'Edinburgh Veterinary Review,' July 1858.",
        "A Reviewer has criticised ('British Quarterly Review,' Oct. 1st, 1871, page 472) what I have here said "
        "with much severity and contempt.",
        "I had written a rough copy of this chapter before reading a valuable paper, \"Caratteri rudimentali in "
        "ordine all' origine dell' uomo\" ('Annuario della Soc. d. Naturalisti,' Modena, 1867, p. 81), by G. "
        "Canestrini, to which paper I am considerably indebted.",
        "For instance, M. Richard ('Annales des Sciences Nat.,' 3rd series, Zoolog. 1852, tom. xviii. p. 13) "
        "describes and figures rudiments of what he calls the \"muscle pedieux de la main.\"")
    assert [(w.kind, w.authors, w.container, w.year) for w, _ in notes[1]] == [
        ("article", ["Lindsay, W. Lauder"], "Journal of Mental Science", "1871"),
        ("article", ["Lindsay, W. Lauder"], "Edinburgh Veterinary Review", "1858")]
    assert [(w.kind, w.authors, w.container, c.pinpoint) for w, c in notes[2]] == [
        ("review", [], "British Quarterly Review", "472")]
    (paper, c), = notes[3]
    assert (paper.authors, paper.title, paper.container, paper.place, paper.year, c.pinpoint) == (
        ["Canestrini, G."], "Caratteri rudimentali in ordine all' origine dell' uomo",
        "Annuario della Soc. d. Naturalisti", "Modena", "1867", "81")
    assert [(w.authors, w.container, w.volume, w.year, c.pinpoint) for w, c in notes[4]] == [
        (["Richard"], "Annales des Sciences Nat", "xviii", "1852", "13")]


def test_quoted_titles_after_his_and_whose_work_are_the_works_of_the_writer_named():
    # Darwin notes 15, 22
    works, notes, _ = bibliography(
        "I was directed to these figures by Prof. Huxley, from whose work, 'Man's Place in Nature,' the idea of "
        "giving them was taken. Haeckel has also given analogous drawings in his 'Schopfungsgeschichte.'",
        "Haeckel has given admirable discussions on this whole subject, under the title of Dysteleology, in his "
        "'Generelle Morphologie' and 'Schopfungsgeschichte.'")
    assert [w.title for w, _ in notes[1]] == ["Man's Place in Nature", "Schopfungsgeschichte"]
    assert notes[1][1][0].authors == ["Haeckel"]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Haeckel"], "Generelle Morphologie"),
                                                           (["Haeckel"], "Schopfungsgeschichte")]
    assert notes[1][1][0] is notes[2][1][0]


def test_as_quoted_by_an_article_before_its_plain_periodical_and_a_paper_cited_again_by_its_periodical():
    # Darwin notes 2, 33, 20, 22 and 28, 1
    works, notes, _ = bibliography(
        "'Lec. sur la Phys.' 1866, page 890, as quoted by M. Dally, 'L'Ordre des Primates et le Transformisme,' "
        "1868, page 29.",
        "'Uber das Darwin'sche Spitzohr,' Archiv fur Path. Anat. und Phys., 1871, p. 485.",
        "'Proc. Soc. Nat. Hist.' Boston, 1863, vol. ix. p. 185.",
        "I had written a rough copy of this chapter before reading a valuable paper, \"Caratteri rudimentali in "
        "ordine all' origine dell' uomo\" ('Annuario della Soc. d. Naturalisti,' Modena, 1867, p. 81), by G. "
        "Canestrini, to which paper I am considerably indebted.",
        "Canestrini quotes Hyrtl. ('Annuario della Soc. dei Naturalisti,' Modena, 1867, p. 97) to the same effect.",
        "'Grosshirnwindungen des Menschen,' 1868, s. 96. The conclusions of this author will be discussed by Prof. "
        "Huxley in the Appendix alluded to in the Preface to this edition.")
    assert [(w.authors, w.title, w.year, c.pinpoint) for w, c in notes[1]] == [
        ([], "Lec. sur la Phys", "1866", "890"), (["Dally"], "L'Ordre des Primates et le Transformisme", "1868", "29")]
    assert [(w.kind, w.title, w.container, w.year, c.pinpoint) for w, c in notes[2]] == [
        ("article", "Uber das Darwin'sche Spitzohr", "Archiv fur Path. Anat. und Phys", "1871", "485")]
    assert [(w.kind, w.container, w.volume, w.year, c.pinpoint) for w, c in notes[3]] == [
        ("article", "Proc. Soc. Nat. Hist", "ix", "1863", "185")]
    assert [w for w, _ in notes[5]] == [notes[4][0][0]], "the same paper, by its periodical, year and writer"
    assert [w.title for w, _ in notes[6]] == ["Grosshirnwindungen des Menschen"], "a writer yet to discuss it"


def test_a_writers_own_journal_a_possessive_before_a_quoted_title_and_a_paper_by_day_month_year():
    # invented variants of the forms above
    works, notes, _ = bibliography(
        "Moran, *The Journal of Benjamin Moran*, 1857, p. 4.",
        "Macaulay's 'History of England,' vol. iii. p. 12.",
        "*The Times*, 5 May 1860.")
    assert [(w.kind, w.title, c.year) for w, c in notes[1]] == [("book", "The Journal of Benjamin Moran", "1857")], \
        "a diary titled by its writer's name is no periodical"
    assert [(w.authors, w.title, c.volume, c.pinpoint) for w, c in notes[2]] == [
        (["Macaulay"], "History of England", "iii", "12")]
    assert [(w.kind, w.container, w.year) for w, _ in notes[3]] == [("newspaper", "The Times", "1860")]


def test_a_german_volume_and_page_after_an_unmarked_title_and_an_edition_before_the_year():
    # invented variants of Darwin's note 7 and of the older English edition statement
    works, notes, _ = bibliography(
        "Ranke, Deutsche Geschichte, B. ii. s. 34.",
        "Lyell, 'Principles of Geology,' 10th edit. 1867, vol. i. p. 45.")
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[1]] == [(["Ranke"], "Deutsche Geschichte", "B. ii. s. 34")]
    assert [(w.authors, w.title, c.year, c.volume, c.pinpoint) for w, c in notes[2]] == [
        (["Lyell"], "Principles of Geology", "1867", "i", "45")]


def test_a_writers_letters_named_in_prose_are_his_work_described():
    # Augustine, Editor's Preface, note 24
    works, notes, _ = bibliography(
        "As the letters of Vives are not in every library, we give his comico-pathetic account of the result of his "
        "Augustinian labours on his health: “Ex quo Augustinum perfeci, nunquam valui ex sententia.”")
    assert [(w.authors, w.title, c.ambiguous) for w, c in notes[1]] == [(["Vives"], None, True)]



def test_an_editions_preface_and_a_work_by_its_maker_and_year_are_works_described():
    # Augustine, Editor's Preface, notes 6 and 23; the book's own preface is a cross-reference (Book I note 25)
    works, notes, _ = bibliography(
        "For proof, see the Benedictine Preface.",
        "By J. H., published in 1610, and again in 1620, with Vives’ commentary.",
        "See the Editor’s Preface.")
    assert [(w.kind, w.title, c.ambiguous) for w, c in notes[1]] == [("chapter", None, True)]
    assert [(w.authors, w.title, w.year, c.ambiguous) for w, c in notes[2]] == [(["J. H."], None, "1610", True)]
    assert notes[3] == []


def test_every_gold_file_is_in_the_documented_format():
    for gold in CORPUS.glob("*/gold.yml"):
        data = load_yaml(gold.read_text(encoding="utf-8"))
        ids = {w["id"] for w in data["works"]}
        assert len(ids) == len(data["works"]), f"{gold}: work ids are unique"
        for number, links in data["notes"].items():
            for link in links or []:
                assert link["work"] in ids, f"{gold}: note {number} links an unknown work {link['work']}"


def test_the_accuracy_command_names_a_wrong_path_without_a_traceback(capsys, tmp_path):
    from edition.citations.accuracy import main
    assert main(["--chapter", str(CORPUS / "frus-history-2015-ch1"), "--gold", str(tmp_path / "none.yml")]) == 2
    said = capsys.readouterr().err.splitlines()
    assert said == [f"{CORPUS / 'frus-history-2015-ch1'}: not a chapter file (for a corpus text, use --corpus "
                    "with its folder's parent)", f"{tmp_path / 'none.yml'}: not a gold file"]


def test_the_accuracy_command_scores_the_text_beside_a_gold_file(capsys):
    from edition.citations.accuracy import main
    gold = CORPUS / "woodson-negro-migration-ch2" / "gold.yml"
    assert main(["--gold", str(gold)]) == 0
    said = capsys.readouterr().out.splitlines()
    expected = load_yaml(gold.read_text(encoding="utf-8"))
    links = sum(len(links or []) for links in expected["notes"].values())
    assert f"{len(expected['works'])} in the test set" in said[0], \
        "the works of Woodson's gold, not Zubok's"
    assert f"{links} in the test set" in said[1]


def test_documentary_edition_notes_dated_documents_laws_and_where_a_text_is():
    # the FRUS excerpt's forms (tests/corpus/frus-1969-76-v12-excerpt), as printed there without italics
    works, notes, _ = bibliography(
        "NSC 4–A, December 17, 1947, is printed in Foreign Relations, 1945–1950, Emergence of the Intelligence "
        "Establishment, Document 257.",
        "Memorandum of conversation by Frank G. Wisner, “Implementation of NSC–10/2,” August 12, 1948, printed "
        "ibid., Document 298.",
        "NSC 10/5, “Scope and Pace of Covert Operations,” October 23, 1951, in Michael Warner, editor, The CIA "
        "Under Harry Truman (Washington, D.C.: Central Intelligence Agency, 1994), pp. 437–439.",
        "For text of NSAM No. 124, see ibid., vol. VIII, Document 68.",
        "Public Law 93–559.",
        "On March 5, 1970, after the United States and 81 other nations signed the treaty, it entered into force. "
        "(21 UST 483)",
        "A text of the Soviet notes given Rusk is in Foreign Relations, 1964–1968, volume XX, Document 374. The "
        "memorandum of conversation is in the National Archives, Nixon Presidential Materials, NSC Files, Box 1.",
        "Additional information is in the National Archives, Nixon Presidential Materials, NSC Files, Kissinger "
        "Office Files, Box 242.")
    (series, cited), = notes[1]
    assert series.title == "Foreign Relations of the United States" and cited.pinpoint.endswith("Document 257")
    assert notes[2][0][0] is series and notes[2][0][1].form == "ibid", "the dated memorandum is no work"
    (warner, _), = notes[3]
    assert (warner.title, warner.editors, warner.authors) == ("The CIA Under Harry Truman", ["Warner, Michael"], [])
    assert notes[4][0][0] is warner and notes[4][0][1].form == "ibid", "ibid after 'For text of ..., see'"
    assert [(w.title, c.volume, c.pinpoint) for n in (5, 6) for w, c in notes[n]] == [
        ("Public Law 93–559", None, None), ("UST", "21", "483")]
    assert [w.title for w, _ in notes[7]] == ["Foreign Relations of the United States",
                                              "National Archives, Nixon Presidential Materials, NSC Files"]
    (archive, deeper), = notes[8]
    assert archive is notes[7][1][0] and deeper.pinpoint == "Kissinger Office Files, Box 242", \
        "a series within a collection cited before"


def test_a_passage_a_note_quotes_is_never_made_a_work():
    """Keynes's notes quote the Treaty after a locator, and a newspaper after its words: the
    quotations are passages, not titles (a work invented from a note fragment)."""
    passage = ("“We take over the ownership of the Sarre mines, and in order not to be inconvenienced in the "
               "exploitation of these coal deposits, we constitute a distinct little estate for the 600,000 Germans "
               "who inhabit this coal basin, and in fifteen years we shall endeavor by a plebiscite to bring them "
               "to declare that they want to be French. We know what that means.” (M. Hervé in La Victorie, "
               "May 31, 1919).")
    located = ("Art. 141: “Germany renounces all rights, titles and privileges conferred on her by the General Act "
               "of Algeciras of April 7, 1906, and by the Franco-German Agreements, of Feb. 9, 1909, and Nov. 4, "
               "1911. …”")
    works, _, _ = bibliography(passage, located)
    assert not any((w.title or "").startswith(("“We take", "Germany renounces")) for w in works.values())
    # a quoted title of ordinary length is still a title
    works, _, _ = bibliography("Bentley Mott, “Myron Herrick, Friend of France,” World’s Work, November 1929, 12.")
    assert [w.title for w in works.values()] == ["Myron Herrick, Friend of France"]


def test_a_public_body_in_the_authors_place_is_a_corporate_author():
    # Krasnoff note 5, and an invented variant with a body named after its other words
    works, notes, _ = bibliography(
        "Office of the Historian, “Department Personnel, 1781–2010,” Office of the Historian Website, "
        "http://history.state.gov/about/faq/department-personnel",
        "Western Reserve Historical Society, “Guide to the Herrick Papers,” Society Website, http://example.org/guide")
    (work, _), = notes[1]
    assert work.authors == ["Office of the Historian"] and work.title == "Department Personnel, 1781–2010"
    (work, _), = notes[2]
    assert work.authors == ["Western Reserve Historical Society"]


def test_a_surname_with_a_page_finds_the_one_title_first_work_that_names_the_person():
    # Krasnoff notes 6 and 11: an oral history printed title-first, then "Poole, 59."
    works, notes, _ = bibliography(
        "The Reminiscences of DeWitt Clinton Poole Jr., January–March 1952, 57, in the Columbia Center for Oral "
        "History Collection.",
        "Poole, 59.",
        "The Papers of John Smith and Mary Poole, 1900–1910, 4.",
        "Poole, 61.")
    poole = notes[1][0][0]
    assert (poole.title, poole.container, poole.year, notes[1][0][1].pinpoint) == (
        "The Reminiscences of DeWitt Clinton Poole Jr.", "Columbia Center for Oral History Collection", "1952", "57")
    assert [w for w, _ in notes[2]] == [poole] and notes[2][0][1].pinpoint == "59"
    assert notes[4][0][0] is not poole, "two earlier titles name Poole: not guessed"


def test_an_archival_reference_in_brackets_after_the_full_stop_is_the_collection():
    # Krasnoff notes 14, 15 and 20, and an invented variant with a record group and a box
    works, notes, fragments = bibliography(
        "Telegram from Herrick (Paris) to Secretary of State (Washington DC) Received July 31, 1914, 5:12pm. "
        "(National Archives, RG 59 123 H 43/36)",
        "Telegram from Secretary of State (Washington DC) to Herrick (Paris) August 1, 1914, 9pm. "
        "(National Archives, RG 59 123 H 43/37a)",
        "Jusserand was considered “dangerous cargo” at sea. Letter from Jusserand (Washington) to Delcassé (Paris), "
        "August 30, 1914. (Ministry of Foreign Affairs Archives. Guerre 1914–1918, États-Unis; Dossier General "
        "Vol. 489, Août–Octobre 1914)",
        "Letter from Smith to Jones, May 2, 1920. (Hoover Institution Archives, Smith Collection, Box 4)")
    (nara, first), = notes[1]
    assert nara.kind == "archive" and nara.title == "National Archives, RG 59"
    assert first.pinpoint.endswith("123 H 43/36") and "Telegram from Herrick" in first.pinpoint
    assert [w for w, _ in notes[2]] == [nara] and notes[2][0][1].pinpoint.endswith("123 H 43/37a")
    (french, letter), = notes[3]
    assert french.title == "Ministry of Foreign Affairs Archives. Guerre 1914–1918, États-Unis"
    assert letter.pinpoint.endswith("Dossier General Vol. 489, Août–Octobre 1914")
    (hoover, _), = notes[4]
    assert hoover.kind == "archive" and hoover.title.startswith("Hoover Institution Archives")
    assert not any(f.role == "unplaced" for f in fragments)


def test_an_unpublished_manuscript_before_its_repository_is_a_work_kept_there():
    # Krasnoff note 10, and an invented variant
    works, notes, _ = bibliography(
        "Myron T. Herrick. Chapter One of Myron T. Herrick Remembrances, 1920s but undated, unpublished, 2. "
        "(Western Reserve Historical Society, Cleveland, Ohio, Myron T. Herrick Papers, MS 2925, Container 3, "
        "Folder 3)",
        "Jane Doe. Memories of the Embassy, typescript, 14. (Minnesota Historical Society, St. Paul, Jane Doe "
        "Papers, Box 2)")
    (work, citation), = notes[1]
    assert (work.kind, work.authors, work.title) == ("archive", ["Herrick, Myron T."],
                                                     "Chapter One of Myron T. Herrick Remembrances")
    assert work.container == "Myron T. Herrick Papers, MS 2925" and work.publisher == "Western Reserve Historical Society"
    assert citation.pinpoint == "2"
    (work, citation), = notes[2]
    assert (work.authors, work.title, work.container, citation.pinpoint) == (
        ["Doe, Jane"], "Memories of the Embassy", "Jane Doe Papers", "14")


def test_ibid_goes_to_a_named_writer_only_when_the_passage_quotes_or_follows_a_writer():
    # Krasnoff notes 31-33: "Herrick organized ..." names an author of an earlier work but quotes no writer
    texts = ["Myron T. Herrick. Remembrances of Paris, unpublished, 2. (Western Reserve Historical Society, "
             "Herrick Papers, Box 3)",
             "Eric Fisher Wood, The Note-Book of an Attaché (New York: The Century Co., 1915), 4.",
             "Ibid.", "Ibid, 8."]
    passages = {3: "Herrick organized temporary lodging. The school was “a great barn of a place.”",
                4: "“I was put to work,” Herrick wrote."}
    citations = []
    for number, text in enumerate(texts, start=1):
        citations += parse_note(Note("t", number, text, number))[0]
    works = {w.id: w for w in resolve(citations, supported_text=lambda note: passages.get(note, ""))}
    linked = {c.note: works[c.work] for c in citations}
    assert linked[3] is linked[2], "a person named as an actor is no evidence against the rule"
    assert linked[4] is linked[1] and [c for c in citations if c.note == 4][0].ambiguous, \
        "a writer quoted by name: his work, flagged"


def test_an_author_before_a_translated_title_and_a_co_author_in_brackets():
    # Krasnoff notes 18 and 28, and an invented variant of each
    works, notes, _ = bibliography(
        "Raymond Poincaré, The Memoirs of Raymond Poincaré (1913–1914), translated by Sir George Arthur (London: "
        "William Heinemann Ltd., 1938), 284.",
        "Craig Roberts Stapleton (with Louise French McCready), Where Liberty Dwells, There Is My Country: The Story "
        "of Twentieth-Century American Ambassadors to France (Lanham, MD: Hamilton Books, 2010), 10.",
        "Jean Dupont, Souvenirs of Lyon, translated by Mary Smith (Boston: Ginn and Company, 1921), 7.",
        "Anne Lee (with Tom Ray), A Life Abroad (Chicago: Lakeside Press, 1990), 3.")
    (work, citation), = notes[1]
    assert (work.authors, work.editors, work.title) == (
        ["Poincaré, Raymond"], ["Arthur, George"], "The Memoirs of Raymond Poincaré (1913–1914)")
    assert (work.place, work.publisher, work.year, citation.pinpoint) == ("London", "William Heinemann Ltd.", "1938", "284")
    (work, _), = notes[2]
    assert work.authors == ["Stapleton, Craig Roberts", "McCready, Louise French"]
    assert work.title.startswith("Where Liberty Dwells")
    (work, citation), = notes[3]
    assert (work.authors, work.editors, work.title, citation.pinpoint) == (
        ["Dupont, Jean"], ["Smith, Mary"], "Souvenirs of Lyon", "7")
    (work, _), = notes[4]
    assert (work.authors, work.title) == (["Lee, Anne", "Ray, Tom"], "A Life Abroad")


def test_a_dictionary_by_its_article_a_date_before_a_reference_and_a_volume_with_a_page_range():
    # Carlyle notes 54, 64, 71, and invented variants
    works, notes, _ = bibliography(
        "Biographie Universelle, § Calonne (by Guizot).",
        "Montgaillard, Histoire de France, i. 410–17.",
        "9th May, 1766: Biographie Universelle, § Lally.",
        "Dictionnaire de Trévoux, § Abbé.",
        "March 3, 1790: Thiers, Histoire de la Révolution, ii. 12–14.")
    (dictionary, calonne), = notes[1]
    assert (dictionary.title, dictionary.authors, calonne.pinpoint) == ("Biographie Universelle", [], "§ Calonne (by Guizot)")
    (work, citation), = notes[2]
    assert (work.authors, work.title, citation.pinpoint) == (["Montgaillard"], "Histoire de France", "i. 410–17")
    assert [w for w, _ in notes[3]] == [dictionary] and notes[3][0][1].pinpoint == "§ Lally"
    assert [w.title for w, _ in notes[4]] == ["Dictionnaire de Trévoux"]
    (work, citation), = notes[5]
    assert (work.authors, work.title, citation.pinpoint) == (["Thiers"], "Histoire de la Révolution", "ii. 12–14")


def test_a_title_printed_at_last_for_an_author_cited_by_name_alone_and_a_name_with_etc():
    # Carlyle notes 55, 64, 66, 72, and an invented variant
    works, notes, _ = bibliography(
        "Lacretelle, iii. 286. Montgaillard, i. 347.",
        "Montgaillard, Histoire de France, i. 410–17.",
        "Montgaillard, i. 360.",
        "Montgaillard, i. 369. Lacretelle, etc.",
        "Mignet, ii. 5.",
        "Mignet, Histoire de la Révolution, ii. 7. Mignet, Vie de Franklin, 3.")
    montgaillard = notes[1][1][0]
    assert montgaillard.title == "Histoire de France"
    assert [w for w, _ in notes[2]] == [montgaillard] and [w for w, _ in notes[3]] == [montgaillard]
    (m, _), (lacretelle, etc) = notes[4]
    assert m is montgaillard and lacretelle is notes[1][0][0] and etc.pinpoint is None
    mignet = notes[5][0][0]
    assert notes[6][0][0] is mignet and mignet.title == "Histoire de la Révolution"
    assert notes[6][1][0] is not mignet, "a second title is another work"


def test_a_locator_in_brackets_a_republication_and_a_name_with_its_epithet():
    # Carlyle notes 53, 59, 69, and invented variants
    works, notes, _ = bibliography(
        "Fils Adoptif, Mémoires de Mirabeau, t. iv. livv. 4 et 5.",
        "Republished in the Musée de la Caricature (Paris, 1834).",
        "A. Lameth, Histoire de l’Assemblée Constituante (Int. 73).",
        "Dumas fils, Théâtre complet, t. ii. 40.",
        "Reprinted in the Annual Register (London, 1790).",
        "J. Smith, History of Leeds (p. 12).")
    (work, citation), = notes[1]
    assert (work.authors, work.title) == (["Fils Adoptif"], "Mémoires de Mirabeau") and "iv" in citation.pinpoint
    assert [(w.title, w.year) for w, _ in notes[2]] == [("Musée de la Caricature", "1834")]
    (work, citation), = notes[3]
    assert (work.authors, work.title, citation.pinpoint) == (["Lameth, A."], "Histoire de l’Assemblée Constituante",
                                                             "Int. 73")
    assert [w.authors for w, _ in notes[4]] == [["Dumas fils"]]
    assert [w.title for w, _ in notes[5]] == ["Annual Register"]
    (work, citation), = notes[6]
    assert (work.title, citation.pinpoint) == ("History of Leeds", "12")


def test_chicago_periodicals_by_volume_dot_issue_and_by_month_and_a_titled_part_without_in():
    # Krasnoff notes 24, 26, 29, and invented variants
    works, notes, _ = bibliography(
        "“Paris Under the German Menace,” The Times History of the War, Volume II (London: 1915), 440.",
        "Martin Horn, “A Private Bank at War: J.P. Morgan & Co. and France, 1914–1918,” The Business History "
        "Review 74.2 (Spring 2000): 85–112.",
        "Bentley Mott, “Myron Herrick, Friend of France,” World’s Work, November 1929, p. 73.",
        "Ann Roe, “Trade in Lyon,” French History 12.3 (Fall 1998): 201–230.",
        "“The Fall of Antwerp,” The Great War, Vol. 3 (New York: Smith, 1916), 12.")
    (work, citation), = notes[1]
    assert (work.kind, work.container, citation.pinpoint) == ("chapter", "The Times History of the War", "440")
    assert (work.place, work.year) == ("London", "1915")
    (work, _), = notes[2]
    assert (work.kind, work.container, work.volume, work.issue, work.year) == (
        "article", "The Business History Review", "74", "2", "2000")
    (work, citation), = notes[3]
    assert (work.kind, work.container, work.year, citation.pinpoint) == ("article", "World’s Work", "1929", "73")
    (work, _), = notes[4]
    assert (work.container, work.volume, work.issue) == ("French History", "12", "3")
    (work, citation), = notes[5]
    assert (work.kind, work.container, work.publisher, citation.pinpoint) == ("chapter", "The Great War", "Smith", "12")


def test_a_transcript_by_its_title_date_and_page_in_the_collection_that_holds_it():
    # an invented variant of Krasnoff note 6
    works, notes, _ = bibliography(
        "The Reminiscences of Mary Doe, May 1960, 12–14, in the Oral History Collection of Columbia University.")
    (work, citation), = notes[1]
    assert (work.title, work.container, work.year, citation.pinpoint, citation.form) == (
        "The Reminiscences of Mary Doe", "Oral History Collection of Columbia University", "1960", "12–14", "full")


def test_a_documentary_series_after_its_issuing_body_and_a_newspapers_page_after_its_date():
    # invented modern Chicago notes (the forms of the FRUS texts and Krasnoff note 4 without "p.")
    works, notes, _ = bibliography(
        "Department of State, Foreign Relations of the United States, 1955–1957, vol. XXIV (Washington, DC: "
        "Government Printing Office, 1989), 12.",
        "“Soviets Launch Satellite,” New York Times, October 5, 1957, 1.")
    (work, citation), = notes[1]
    assert work.title == "Foreign Relations of the United States" and work.authors == []
    assert citation.pinpoint.startswith("1955–1957, vol. XXIV")
    (work, citation), = notes[2]
    assert (work.kind, work.container, citation.pinpoint) == ("newspaper", "New York Times", "1")


def test_a_chapter_in_an_edited_book_without_italics_and_an_access_date_without_brackets():
    # invented modern Chicago notes, as plain text gives them (no italics)
    works, notes, _ = bibliography(
        "Odd Arne Westad, “The Cold War and the International History of the Twentieth Century,” in The Cambridge "
        "History of the Cold War, ed. Melvyn P. Leffler and Odd Arne Westad (Cambridge: Cambridge University Press, "
        "2010), 1:1–19.",
        "Office of the Historian, “Milestones: 1945–1952,” accessed March 3, 2020, "
        "https://history.state.gov/milestones/1945-1952.")
    (work, _), = notes[1]
    assert (work.kind, work.container, work.editors, work.publisher, work.year) == (
        "chapter", "The Cambridge History of the Cold War", ["Leffler, Melvyn P.", "Westad, Odd Arne"],
        "Cambridge University Press", "2010")
    (work, _), = notes[2]
    assert (work.authors, work.title, work.container, work.accessed, work.url) == (
        ["Office of the Historian"], "Milestones: 1945–1952", None, "March 3, 2020",
        "https://history.state.gov/milestones/1945-1952")


def test_a_presidential_library_named_short_is_a_repository():
    # an invented modern note in the FRUS texts' archival form
    works, notes, fragments = bibliography(
        "Memorandum for the Record, June 1, 1961, Kennedy Library, National Security Files, Box 187.")
    (work, citation), = notes[1]
    assert (work.kind, work.title, work.authors) == ("archive", "Kennedy Library, National Security Files", [])
    assert citation.pinpoint.endswith("Box 187")


def test_interviews_an_unbracketed_hereafter_and_a_body_of_several_words_as_author():
    # invented modern Chicago notes
    works, notes, _ = bibliography(
        "Author’s interview with Anatoly Dobrynin, Moscow, May 12, 1995.",
        "Interview with George F. Kennan, Princeton, NJ, March 3, 1990.",
        "Henry Kissinger, White House Years (Boston: Little, Brown, 1979), 112; hereafter cited as WHY.",
        "WHY, 115.",
        "Royal Institute of International Affairs, Survey of International Affairs, 1939–1946 (London: Oxford "
        "University Press, 1952), 33.")
    assert [(w.kind, w.authors) for w, _ in notes[1]] == [("interview", ["Dobrynin, Anatoly"])]
    assert [(w.kind, w.authors) for w, _ in notes[2]] == [("interview", ["Kennan, George F."])]
    kissinger = notes[3][0][0]
    assert [(w, c.form, c.pinpoint) for w, c in notes[4]] == [(kissinger, "hereafter", "115")]
    (work, _), = notes[5]
    assert (work.authors, work.title) == (["Royal Institute of International Affairs"],
                                          "Survey of International Affairs, 1939–1946")


def test_a_reference_work_by_its_title_alone_before_a_locator_is_no_author():
    # Carlyle note 70 beside note 57, and invented variants
    works, notes, _ = bibliography(
        "Abrégé Chronologique, p. 975.",
        "Besenval, iii. 196.",
        "Précis Historique, ii. 45.",
        "Encyclopaedia Britannica, p. 12.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [([], "Abrégé Chronologique")]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Besenval"], None)]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [([], "Précis Historique")]
    assert [(w.authors, w.title) for w, _ in notes[4]] == [([], "Encyclopaedia Britannica")]


def provisions_bibliography(before_call: dict[int, str], *notes: str):
    """As bibliography(), with the text before each note's call (the pipeline's text_before_calls)."""
    from edition.citations.parse import read_provisions
    citations, fragments = [], []
    for number, text in enumerate(notes, start=1):
        found, pieces = parse_note(Note("t", number, text, number))
        citations += found
        fragments += pieces
    citations = read_provisions(citations, fragments, lambda n: before_call.get(n, ""))
    works = {w.id: w for w in resolve(citations)}
    by_note = {n: [(works[c.work], c) for c in citations if c.note == n] for n in range(1, len(notes) + 1)}
    return works, by_note, fragments


def test_bare_article_locators_cite_the_instrument_the_calling_text_names():
    # Keynes, Economic Consequences, ch. IV, and the same habit in a study of the League's Covenant
    text = ("The German observations on the draft Treaty of Peace were largely a comparison ... The Treaty aims at "
            "the systematic destruction of all three. Germany has ceded all the vessels of her mercantile marine")
    works, notes, fragments = provisions_bibliography(
        {1: text, 2: text, 3: text, 4: text + " “all her rights and titles over her oversea possessions.”",
         5: text, 6: text},
        "Part VIII Annex III (1).",
        "Arts. 120 and 257.",
        "Art. 297 (h) and para. 4 of Annex to Part X Section IV.",
        "Art. 141: “Germany renounces all rights, titles and privileges conferred on her by the General Act of "
        "Algeciras of April 7, 1906. …”",
        "This provision is mitigated in the case of German property in Poland, the proceeds being payable direct "
        "to the owner (Art. 92.)",
        "Part IV Section IV Annex, Chap. III.")
    treaty = notes[1][0][0]
    assert treaty.title == "Treaty of Peace" and len(works) == 1, "the quotation's Act of Algeciras is no citation"
    assert [c.pinpoint for n in range(1, 7) for _, c in notes[n]] == [
        "Part VIII Annex III (1)", "Arts. 120 and 257", "Art. 297 (h) and para. 4 of Annex to Part X Section IV",
        "Art. 141", "Art. 92", "Part IV Section IV Annex, Chap. III"]
    assert all(w is treaty for n in range(1, 7) for w, _ in notes[n])

    covenant = "Wilson insisted that the Covenant of the League of Nations stand at the head of the Treaty; the Covenant"
    works, notes, _ = provisions_bibliography({1: covenant, 2: covenant}, "Art. 10.", "Arts. 15–16.")
    assert [w.title for w in works.values()] == ["Covenant of the League of Nations"]


def test_the_instrument_of_a_bare_locator_is_the_writers_not_a_quotations():
    # "the second Treaty of Paris in 1815" quoted from the German reply names another treaty than the one meant
    text = ("the draft Treaty of Peace ... the Peace Treaty. They replied: “this desire was taken into account in the "
            "second Treaty of Paris in 1815.” Amongst the concessions of the Treaty")
    works, notes, _ = provisions_bibliography(
        {1: text}, "There has been included Article 90, by which “Poland undertakes to permit the exportation ...”")
    (work, citation), = notes[1]
    assert work.title == "Treaty of Peace" and citation.ambiguous, "an article named in prose is flagged"
    works, notes, _ = provisions_bibliography({1: text}, "It is well known that Articles 231 and 232 were disputed.")
    assert [c.pinpoint for _, c in notes[1]] == ["Articles 231 and 232"]


def test_a_bare_locator_whose_instrument_no_text_names_is_reported_not_linked():
    works, notes, fragments = provisions_bibliography(
        {1: "The committee met in Geneva in the spring.", 2: ""}, "Art. 12.", "Arts. 3 and 4.")
    assert works == {} and notes == {1: [], 2: []}
    assert [f.note for f in fragments if f.role == "unresolved"] == [1, 2]
    assert "Art. 12" in next(f.reason for f in fragments if f.role == "unresolved")


def test_a_bare_locator_after_a_note_citing_the_instrument_is_that_instrument():
    works, notes, _ = provisions_bibliography(
        {2: "The clause was never invoked."},
        "Treaty of Versailles (Paris, 1919), Art. 231.",
        "Art. 232.")
    assert notes[2][0][0] is notes[1][0][0] and notes[2][0][1].ambiguous


def test_a_chapters_own_cross_reference_is_no_locator_in_an_instrument():
    works, notes, fragments = provisions_bibliography({1: "the Treaty", 2: "the Treaty"}, "Chap. III.", "See Chapter V.")
    assert works == {} and not [f for f in fragments if f.role == "unresolved"]


def test_a_quotation_then_its_writer_in_a_periodical_and_the_day_in_brackets():
    # Keynes, note 38 ("La Victorie" as printed), and a French socialist daily
    works, notes, _ = bibliography(
        "“We take over the ownership of the Sarre mines ... in fifteen years?” (M. Hervé in La Victorie, May 31, 1919).",
        "“Le prolétariat ne veut pas de guerre.” (Jaurès in L’Humanité, July 30, 1914)")
    (herve, c), = notes[1]
    assert (herve.authors, herve.title, herve.container, herve.year, c.kind) == (
        ["Hervé"], None, "La Victorie", "1919", "newspaper")
    (jaures, _), = notes[2]
    assert (jaures.authors, jaures.container, jaures.year) == (["Jaurès"], "L’Humanité", "1914")


def test_a_writer_and_what_he_did_in_a_work_named_without_italics():
    # FRUS 1969–1976, vol. XII, Document 1, note 6; a biography's note of the same habit
    works, notes, _ = bibliography(
        "Kissinger later discussed the article in White House Years, pp. 234–235.",
        "Acheson recounted the meeting in Present at the Creation, 374.",
        "The Secretary later discussed the matter with the President.")
    (work, c), = notes[1]
    assert (work.authors, work.title, c.pinpoint) == (["Kissinger"], "White House Years", "234–235")
    (work, c), = notes[2]
    assert (work.authors, work.title, c.pinpoint) == (["Acheson"], "Present at the Creation", "374")
    assert notes[3] == [], "a sentence with no title and no page cites nothing"
    works, notes, _ = bibliography(
        "Hull discussed the conference in his Memoirs, vol. II, p. 1234.",
        "Bohlen recounted the episode in Witness to History, 1929–1969, p. 175.",
        "Acheson described the meeting in a letter to Truman, May 1, 1950.")
    assert [(w.authors, w.title, c.pinpoint) for n in (1, 2) for w, c in notes[n]] == [
        (["Hull"], "Memoirs", "vol. II, p. 1234"), (["Bohlen"], "Witness to History, 1929–1969", "175")]
    assert notes[3] == [], "a letter described, not a work titled"


def test_papers_filed_under_their_repository_and_its_division():
    # FRUS 1969–1976, vol. XII, Document 1, note 2; one repository alone stays where the papers are kept
    works, notes, _ = bibliography(
        "Library of Congress, Manuscript Division, Kissinger Papers, Box CL 1, Chronological File.",
        "Hoover Institution Archive (HIA), Teimuraz Stepanov Papers, Box 5, Folder 5.")
    (kissinger, c), = notes[1]
    assert kissinger.title == "Library of Congress, Manuscript Division, Kissinger Papers" and "Box CL 1" in c.pinpoint
    (stepanov, _), = notes[2]
    assert stepanov.title == "Teimuraz Stepanov Papers" and "Hoover Institution Archive" in stepanov.container


def test_serial_set_documents_by_congress_session_and_number():
    # FRUS history ch. 3, notes 8, 17, 22, 6; an older form with "No." and a Senate Report
    works, notes, fragments = bibliography(
        "Clerks in the State Department, 41st Cong. 2nd Sess., HED 9 (Ser. 1416), pp. 1–2.",
        "The correspondence was published as The Revolution in Cuba, 41st Cong. 2nd Sess., SED 7 (Ser. 1405).",
        "American Citizens Prisoners in Great Britain, 41st Cong., 2nd Sess., HED 170 (Ser. 1418); Claims of "
        "American Citizens against Venezuela, 41st Cong., 2nd Sess., HD 176 (Ser. 1418).",
        "Correspondence Concerning Claims against Great Britain, 41st Cong. 1st Sess. SED 11. The Government "
        "Printing Office printed Vols. 1 (Ser. 1394) and 4 (Ser. 1397) in 1869 and Vols. 2 (Ser. 1395), 3 (Ser. "
        "1396) and 5 (Ser. 1398) in 1870.",
        "Report on the Condition of the Indian Tribes, 39th Cong., 2nd Sess., S. Rept. No. 156 (Serial 1279).")
    (clerks, c), = notes[1]
    assert (clerks.title, c.pinpoint) == ("Clerks in the State Department, 41st Cong. 2nd Sess., HED 9", "1–2")
    assert titles(notes, 2) == ["The Revolution in Cuba, 41st Cong. 2nd Sess., SED 7"]
    assert titles(notes, 3) == ["American Citizens Prisoners in Great Britain, 41st Cong., 2nd Sess., HED 170",
                                "Claims of American Citizens against Venezuela, 41st Cong., 2nd Sess., HD 176"]
    assert titles(notes, 4) == ["Correspondence Concerning Claims against Great Britain, 41st Cong. 1st Sess. SED 11"]
    assert any(f.note == 4 and f.role == "detail" and "Government Printing Office" in f.text for f in fragments)
    assert titles(notes, 5) == ["Report on the Condition of the Indian Tribes, 39th Cong., 2nd Sess., S. Rept. No. 156"]
    assert notes[5][0][1].volume == "1279"
    works, notes, _ = bibliography(
        "H. Ex. Doc. No. 1, 41st Cong., 3rd Sess. (Serial 1453), p. 12.",
        "Annual Report of the Secretary of War, 1868, 40th Cong., 3rd Sess., H. Ex. Doc. 1, pt. 2, p. 33.")
    (document, c), = notes[1]
    assert document.title.startswith("H. Ex. Doc. No. 1, 41st Cong., 3rd Sess") and (c.volume, c.pinpoint) == (
        "1453", "12")
    assert titles(notes, 2) == ["Annual Report of the Secretary of War, 1868, 40th Cong., 3rd Sess., H. Ex. Doc. 1"]


def test_a_law_by_the_statutes_at_large_after_its_codification_and_with_its_date():
    works, notes, _ = bibliography(
        "U.S. Code, Section 2, 14 Stat. L. 305 (July 27, 1866).",
        "Rev. Stat. § 210, 18 Stat. 35.",
        "Act of July 27, 1866, 14 Stat. 305.")
    (work, c), = notes[1]
    assert (work.title, c.volume, c.pinpoint) == ("Stat. L.", "14", "305")
    (work, c), = notes[2]
    assert (work.title, c.volume, c.pinpoint) == ("Stat.", "18", "35")
    assert [(w.title, c.volume) for w, c in notes[3]] == [("Stat.", "14")], "the act named before its place"


def test_a_newspaper_by_its_name_and_days_alone():
    works, notes, _ = bibliography(
        "New York Herald, December 17 and 19, 1869.",
        "The Times (London), 4 August 1914, p. 7.",
        "Fish to Grant, December 14, 1869.",
        "Journal, December 22, 1862.",
        "Congressional Globe, February 7, 1870, p. 1089.")
    (herald, c), = notes[1]
    assert (herald.kind, herald.title, herald.container, herald.year) == ("newspaper", None, "New York Herald", "1869")
    (times, c), = notes[2]
    assert (times.container, c.place, c.pinpoint) == ("The Times", "London", "7")
    assert all(w.kind != "newspaper" for n in (3, 4, 5) for w, _ in notes[n]), \
        "a letter's writer and addressee, a diary's short title, a record of debates: no paper"


def test_a_letter_book_and_a_record_of_debates_after_an_archival_reference():
    # FRUS history ch. 3, notes 12 and 14: "Report Book 10" is the file, not the collection's name
    works, notes, _ = bibliography(
        "Fish to Grant, December 14, 1869, p. 208 in NARA, RG 59, Reports of the Secretary of State to the President "
        "and Congress, 1790–1906, Vol. 10, Report Book 10.",
        "J. C. Bancroft Davis to Sumner, December 20, 1869, NARA, RG 59, Reports of the Secretary of State to the "
        "President and Congress, 1790–1906, Report Book 10; Congressional Globe, 41st Cong. 2nd Sess., February 7, "
        "1870, p. 1089.")
    assert titles(notes, 2) == ["NARA, RG 59, Reports of the Secretary of State to the President and Congress, "
                                "1790–1906", "Congressional Globe"]
    assert notes[1][0][0] is notes[2][0][0]


def test_a_collection_searched_named_in_prose_with_its_repository():
    works, notes, _ = bibliography(
        "Fish’s correspondence with Sumner in the Charles Sumner Papers at Harvard University reveal no additional "
        "documentation.",
        "Nothing on the mission survives in the Hay Papers at the Library of Congress.",
        "The Papers were then sent to the printer.")
    (sumner, c), = notes[1]
    assert (sumner.title, sumner.container, c.ambiguous) == ("Charles Sumner Papers", "Harvard University", True)
    assert titles(notes, 2) == ["Hay Papers"] and notes[3] == []


def test_an_opening_quotation_mark_misprinted_for_the_closing_one():
    # FRUS history ch. 3, note 9: 'furnish,“ the Department' closes the quotation
    works, notes, _ = bibliography(
        "Although Fish added that “The correspondence will however, be reviewed if practicable, with a view to the "
        "selection of such as may be proper to furnish,“ the Department never produced an 1869 volume. Fish to "
        "Nathaniel P. Banks, May 18, 1872, NARA, RG 59, Reports of the Secretary of State to the President and "
        "Congress, 1790–1906, Report Book 11. Department officials had made a good faith effort.")
    assert titles(notes, 1) == ["NARA, RG 59, Reports of the Secretary of State to the President and Congress, "
                                "1790–1906"]


def test_an_author_then_his_title_cut_short_with_no_comma_between():
    # Strauss, Life of Jesus, §§ 17–18, notes 2 and 41, and the same habit in a commentary on Matthew
    works, notes, _ = bibliography(
        "See Kuinöl Comm. in Luc., Proleg., p. 247.",
        "Comp. Vater, Commentar zum Pentateuch, 3, s. 597 ff.; Hase L. J., § 35.",
        "Fritzsche Comm. in Matth., p. 120.",
        "Tacit. Annal. l. ii. c. 61.")
    (kuinoel, c), = notes[1]
    assert (kuinoel.authors, kuinoel.title) == (["Kuinöl"], "Comm. in Luc.") and "247" in c.pinpoint
    assert [(w.authors, w.title) for w, _ in notes[2]][1] == (["Hase"], "L. J.")
    assert [(w.authors, w.title) for w, _ in notes[3]] == [(["Fritzsche"], "Comm. in Matth.")]
    assert all(w.authors != ["Tacit"] for w, _ in notes[4]), "an author's name cut short is no author and title"
    works, notes, _ = bibliography(
        "Olshausen Bibl. Comm. 1, s. 119.",  # the volume with no comma before it
        "Winer bibl. Realw. 1, s. 12.",  # an adjective cut short opens the title
        "Cicero pro Lege Manil. c. 14.",  # a Latin oration, "pro ..."
        "Livy l. i. c. 4.")  # a locator, no title
    assert [(w.authors, w.title) for n in (1, 2, 3) for w, _ in notes[n]] == [
        (["Olshausen"], "Bibl. Comm."), (["Winer"], "bibl. Realw."), (["Cicero"], "pro Lege Manil")]
    assert [(w.authors, w.title) for w, _ in notes[4]] == [(["Livy"], None)]


def test_a_writer_in_a_periodical_by_volume_and_number_parted_by_a_full_stop():
    # Strauss, note 17: "ix. 2" is volume ix, number 2 of the periodical; then the pages
    works, notes, _ = bibliography(
        "Binder, Studien der evang. Geistlichkeit Würtembergs, ix. 2, 5. 11 ff.",
        "Ullmann, Theologische Studien und Kritiken, v. 3, 612.",
        "Moran, Journal, ii. 3.")
    (binder, c), = notes[1]
    assert (binder.kind, binder.authors, binder.title, binder.container, c.volume, c.issue) == (
        "article", ["Binder"], None, "Studien der evang. Geistlichkeit Würtembergs", "ix", "2")
    (ullmann, c), = notes[2]
    assert (ullmann.container, c.volume, c.issue) == ("Theologische Studien und Kritiken", "v", "3")
    assert all(w.kind != "article" for w, _ in notes[3]), "a diary's volume and page, not a periodical's number"


def read_with_known_writers(*notes: str):
    from edition.citations.parse import read_works_of_known_writers
    citations, fragments, read = [], [], []
    for number, text in enumerate(notes, start=1):
        note = Note("t", number, text, number)
        found, pieces = parse_note(note)
        citations += found
        fragments += pieces
        read.append(note)
    citations = read_works_of_known_writers(citations, read)
    works = {w.id: w for w in resolve(citations)}
    return {n: [(works[c.work], c) for c in citations if c.note == n] for n in range(1, len(notes) + 1)}


def test_a_title_and_its_writer_named_in_prose_link_to_the_work_another_note_cites():
    # Gibbon ch. I, notes 4, 6, 8, 19
    notes = read_with_known_writers(
        "Julian's Caesars, and Spanheim's observations.",
        "Tacitus observes, with reason, (in Agricola, c. 12), that it was an inherent defect.",
        "See the admirable abridgment given by Tacitus, in the life of Agricola, and illustrated by Camden.",
        "Trajan's sentiments are represented in a very just and lively manner in the Caesars of Julian.",
        "Much is told in the History of Rome, and in the Letters of Junius.")
    caesars, agricola = notes[1][0][0], notes[2][0][0]
    assert agricola in [w for w, _ in notes[3]] and [w for w, _ in notes[4]] == [caesars]
    assert all(c.ambiguous for _, c in notes[4])
    assert notes[5] == [], "a title and a name no other note cites make no work"


def test_a_name_cut_short_in_brackets_is_the_writer_a_later_note_names_in_full():
    # Gibbon ch. I, notes 30 and 44
    works, notes, _ = bibliography(
        "The poorest rank of soldiers possessed above forty pounds sterling, (Dionys. Halicarn. iv. 17), a very high "
        "qualification at a time when money was so scarce.",
        "In the time of Polybius and Dionysius of Halicarnassus, (l. v. c. 45), the steel point of the pilum seems to "
        "have been much longer.")
    (early, c), = notes[1]
    late = [w for w, _ in notes[2] if "Dionysius" in w.authors[0]]
    assert late == [early] and early.authors[0].startswith("Dionysius") and c.pinpoint == "iv. 17"


def test_a_name_with_its_particles_then_the_title_with_no_comma():
    # Gibbon ch. I, note 30 (the stray apostrophe as printed), and a French form
    works, notes, _ = bibliography(
        "Compare also Dureau 'de la Malle Economie Politique des Romains especially L. l. c. ix.",
        "See Johannes von Müller Geschichte der Schweiz, t. ii. p. 14.",
        "Vegetius de Re Militari, l. ii. c. 4.")
    (dureau, c), = notes[1]
    assert (dureau.authors, dureau.title, c.pinpoint) == (["Dureau 'de la Malle"], "Economie Politique des Romains",
                                                          "L. l. c. ix")
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Müller, Johannes von"], "Geschichte der Schweiz")]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [(["Vegetius"], "de Re Militari")], "Latin 'de' opens a title"


def test_a_reference_run_into_the_next_without_its_full_stop():
    # Gibbon ch. I, notes 4, 17 and 20: "Julian in Caesaribus" (the Latin case of "the Caesars"), then Eutropius
    from edition.citations.parse import split_run_on_references
    citations = []
    for number, text in enumerate((
            "Julian's Caesars.",
            "Dion Cassius, l. lxviii. p. 1123, 1131. Julian in Caesaribus Eutropius, viii. 2, 6. Aurelius Victor "
            "in Epitome.",
            "Eutropius and Sextus Rufus have endeavored to perpetuate the illusion."), start=1):
        citations += parse_note(Note("t", number, text, number))[0]
    citations = split_run_on_references(citations)
    works = {w.id: w for w in resolve(citations)}
    second = [(works[c.work], c) for c in citations if c.note == 2]
    caesars = next(works[c.work] for c in citations if c.note == 1)
    assert [w.authors[0] for w, _ in second] == ["Dion Cassius", "Julian", "Eutropius", "Aurelius Victor"]
    assert second[1][0] is caesars and second[2][1].pinpoint == "viii. 2, 6"
    assert second[2][0] is next(works[c.work] for c in citations if c.note == 3 and c.authors == ["Eutropius"])


def test_a_provision_with_the_instrument_the_note_names_or_after_a_lead_in():
    text = "The draft Treaty of Peace was handed to the Germans. The Treaty aims at their destruction"
    works, notes, _ = provisions_bibliography(
        {n: text for n in range(1, 7)},
        "See Art. 119.",
        "Art. 10 of the Covenant of the League of Nations.",
        "Treaty of Versailles, Art. 231.",
        "Article 232 of the Treaty of Versailles.",
        "Part VIII, Annex II, paragraph 12.",
        "Cf. Arts. 5 and 6.")
    assert [(w.title, c.pinpoint) for n in range(1, 7) for w, c in notes[n]] == [
        ("Treaty of Peace", "Art. 119"), ("Covenant of the League of Nations", "Art. 10"),
        ("Treaty of Versailles", "Art. 231"), ("Treaty of Versailles", "Article 232"),
        ("Treaty of Versailles", "Part VIII, Annex II, paragraph 12"), ("Treaty of Versailles", "Arts. 5 and 6")]
    assert notes[3][0][0] is notes[6][0][0], "the treaty a note named, for the calling text's 'the Treaty'"
    assert all(not w.authors for w in works.values()), "Versailles is no author"


def test_a_bare_ut_sup_is_the_sentences_writer_not_those_named_in_brackets():
    # Strauss, § 18, note 35: "Paulus’s answer is ready: an answer approved by others (Heidenreich, Olshausen)"
    notes = ("Paulus, exeget. Handbuch, 1 a. s. 78 f.", "Olshausen, bibl. Comm. 1, s. 29.", "Ut sup. s. 69.",
             "Ut sup. s. 70.")
    passages = {3: "Paulus’s answer is ready: an answer approved by others (Heidenreich, Olshausen):—the passage "
                   "was possibly a family record",
                4: "This was denied by some (Olshausen)"}
    citations = [c for n, t in enumerate(notes, start=1) for c in parse_note(Note("t", n, t, n))[0]]
    works = {w.id: w for w in resolve(citations, None, lambda n: passages.get(n, ""))}
    by_note = {c.note: works[c.work] for c in citations}
    assert by_note[3] is by_note[1], "the possessive names the writer; the bracketed names agree with him"
    assert by_note[4] is by_note[2], "a name in brackets counts when the sentence names no one else"


def test_titles_in_german_quotation_marks():
    works, notes, fragments = bibliography(
        "Vgl. Strauss, „Das Leben Jesu“, s. 5; Baur, „Paulus, der Apostel Jesu Christi“ (Stuttgart, 1845), s. 12.")
    assert [(w.authors, w.title) for w, _ in notes[1]] == [(["Strauss"], "Das Leben Jesu"),
                                                           (["Baur"], "Paulus, der Apostel Jesu Christi")]
    assert not [f for f in fragments if f.role == "unplaced"]


def test_a_text_by_its_folio_then_where_it_is_quoted_from_then_the_words():
    # Strauss, § 17, note 6: a Talmud tractate, Lightfoot who quotes it, the Latin quoted; and a manuscript by folio
    works, notes, fragments = bibliography(
        "Hieros. rosch haschanah f. lvi. 4. (Lightfoot, horæ hebr. et talmud. in IV. Evangg., p. 723): R. Simeon ben "
        "Lachisch dicit: nomina angelorum ascenderunt in manu Israëlis ex Babylone.",
        "Hieros. berachoth f. ii. 3.",
        "Ibid. f. 12.")
    assert [(w.title, c.pinpoint) for w, c in notes[1]][0] == ("Hieros. rosch haschanah", "f. lvi. 4")
    assert [w.authors for w, _ in notes[1]][1] == ["Lightfoot"]
    assert any(f.note == 1 and f.text.startswith("R. Simeon") for f in fragments), "the words quoted: no work"
    assert titles(notes, 2) == ["Hieros. berachoth"] and notes[3][0][1].form == "ibid"


def test_references_joined_by_and_after_a_page_or_a_file():
    # FRUS history ch. 7, note 6
    works, notes, _ = bibliography(
        "See Nancy Bernkopf Tucker, Patterns in the Dust (New York: Columbia University Press, 1983), pp. 173–207 "
        "and Justin Hart, Empire of Ideas, pp. 142–144.",
        "For documentation see NARA, RG 59, CDF 1945–1949, 026 China and NARA, RG 59, CDF 1950–1954, 023.1 China.")
    assert [w.authors for w, _ in notes[1]] == [["Tucker, Nancy Bernkopf"], ["Hart, Justin"]]
    assert titles(notes, 2) == ["NARA, RG 59, CDF 1945–1949", "NARA, RG 59, CDF 1950–1954"]


def test_papers_filed_under_their_repository_through_their_series():
    # FRUS history ch. 7, note 39; without a series the repository stays where the papers are kept
    works, notes, _ = bibliography(
        "Memorandum of conversation between Dulles and Dwight Eisenhower, January 10, 1955, Dwight Eisenhower "
        "Presidential Library, John Foster Dulles Papers, White House Memoranda Series, Box 2.",
        "Hoover Institution Archive (HIA), Teimuraz Stepanov Papers, Box 5, Folder 5.")
    (dulles, c), = notes[1]
    assert dulles.title == ("Dwight Eisenhower Presidential Library, John Foster Dulles Papers, White House "
                            "Memoranda Series") and "Box 2" in c.pinpoint
    assert titles(notes, 2) == ["Teimuraz Stepanov Papers"]


def test_papers_that_are_the_subject_of_a_title_are_no_collection():
    works, notes, _ = bibliography(
        "Senate Committee on Foreign Relations, Hearings on the Yalta Papers, 84th Cong., 1st sess., 1955, p. 4.")
    (work, _), = notes[1]
    assert work.kind != "archive" and "Hearings on the Yalta Papers" in work.title


# --- held out (parser8): Hume, Seneca (the classical apparatus, edition/citations/classical.py) ---

def called(*notes: tuple[str, str]):
    """Notes (text, the sentence that calls it) parsed and resolved as a chapter's are: the works of each note
    as (work, citation), and the fragments (reported references among them)."""
    from edition.citations.pipeline import _parse
    parsed = _parse([Note("t", n, text, n) for n, (text, _) in enumerate(notes, start=1)],
                    {n: passage for n, (_, passage) in enumerate(notes, start=1)}, None)
    works = {w.id: w for w in parsed.works}
    by_note = {n: [(works[c.work], c) for c in parsed.citations if c.note == n] for n in range(1, len(notes) + 1)}
    return by_note, parsed.fragments


def test_a_bare_latin_locator_cites_the_writer_the_calling_sentence_names():
    # Hume, Enquiry, notes 37, 38, 45, 46; a locator whose sentence names no one is reported, never attached
    notes, fragments = called(
        ("Cap. 9.", "The sublime, says Longinus, is often nothing but the echo or image of magnanimity; and where "
                    "this quality appears, it excites our applause; as may be observed of the famous silence of "
                    "Ajax in the Odyssey, which expresses more noble disdain than any language can convey"),
        ("Idem.", "This saying is admirable, says Longinus, from a like principle"),
        ("Lib. iv.", "The Scythians, according to Herodotus"),
        ("Lib. i.", "when one hero, as remarked by Thucydides"),
        ("Lib. ii.", "A figure, which is not justly balanced, is ugly"))
    (longinus, cap), = notes[1]
    assert (longinus.authors, longinus.title, cap.pinpoint) == (["Longinus"], None, "Cap. 9")
    assert [(w, c.form) for w, c in notes[2]] == [(longinus, "ibid")], "'Idem.' alone: the work just cited"
    assert [w.authors for w, _ in notes[3]] == [["Herodotus"]] and [w.authors for w, _ in notes[4]] == [["Thucydides"]]
    assert notes[5] == [] and any(f.note == 5 and f.role == "unresolved" for f in fragments)


def test_a_place_in_a_fragment_collection_by_its_editors_name():
    # Seneca tr. Gummere, notes 30, 34, 41, 54, 58, 61, 69: the ancient author from the calling sentence, one work per
    # author and editor; another editor's edition of the same author is another work
    notes, _ = called(
        ("Frag. 174 Usener.", "You desire to know whether Epicurus is right when, in one of his letters,"),
        ("Frag. 27 Fowler.", "Hecato,"),
        ("Frag. 474 Usener.", "Epicurus himself, the reviler of Stilbo, spoke similar language;"),
        ("ὁ σκοτεινός, “the Obscure,” Frag. 106 Diels².", "Hence Heraclitus, whose obscure style gave him his surname,"),
        ("Epicurus, Sprüche, 9 Wokte.", "For what is more noble than the following saying"),
        ("Epicurus, Frag. 494 Usener.", "“The fool, with all his other faults, has this also.”"),
        ("Epicurus, Ep. III. p. 63. 19 Usener.", "“He who needs riches least, enjoys riches most.”"))
    (usener, first), = notes[1]
    assert (usener.authors, usener.editors, usener.title, first.pinpoint) == (["Epicurus"], ["Usener"], None, "Frag. 174")
    assert [(w.authors, w.editors) for w, _ in notes[2]] == [(["Hecato"], ["Fowler"])]
    assert [w for w, _ in notes[3]] == [usener], "Stilbo is named too: Epicurus was cited with Usener before"
    assert [(w.authors, w.editors, w.title) for w, _ in notes[4]] == [(["Heraclitus"], ["Diels"], None)]
    (wotke, _), = notes[5]
    assert wotke is not usener and wotke.title == "Sprüche" and wotke.editors == ["Wokte"]
    assert [w for w, _ in notes[6]] == [usener] and [w for w, _ in notes[7]] == [usener]
    assert notes[7][0][1].pinpoint == "Ep. III. p. 63. 19", "a letter by page and line of the edition"


def test_two_parts_of_one_collection_known_only_by_short_titles_are_two_works():
    # Seneca tr. Gummere, notes 37 and 39
    notes, _ = called(
        ("Cf. his Fragmenta moralia 674 von Arnim.", "one of the distinctions of Chrysippus,"),
        ("This refers to the Stoic conflagration. Cf. E. V. Arnold, Roman Stoicism, pp. 192 f.; cf. also "
         "Chrysippus, Fragmenta physica 1065 von Arnim.", "can retire into himself"))
    (moralia, c), = notes[1]
    assert (moralia.title, moralia.authors, moralia.editors) == ("Fragmenta moralia", ["Chrysippus"], ["von Arnim"])
    assert c.ambiguous, "'his' read from the calling sentence is flagged"
    assert [w.title for w, _ in notes[2]] == ["Roman Stoicism", "Fragmenta physica"]
    assert notes[2][1][0] is not moralia


def test_an_ancient_writer_by_book_and_line_with_his_words_after_them():
    # Seneca tr. Gummere, notes 51, 63, 64, 67
    works, notes, _ = bibliography(
        "Small figures were given to children at the Saturnalia. Cf. Macrobius, I. 11. 49 sigila … pro se "
        "atque suis piaculum.",
        "Cf. Juvenal, X. 22 cantabit vacuus coram latrone viator.",
        "Cf. Tacitus Histories I. 50 inter duos quorum bello solum id scires, deteriorem fore vicisset.",
        "Scylla was a rock on the Italian side of the Straits. Servius on Virgil, Aeneid, III, 420 defines the "
        "dextrum as the shore “to the right of those coming from the Ionian sea.”")
    read = {n: [(w.authors, w.title, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[1] == [(["Macrobius"], None, "I. 11. 49")]
    assert read[2] == [(["Juvenal"], None, "X. 22")]
    assert read[3] == [(["Tacitus"], "Histories", "I. 50")]
    assert read[4] == [(["Servius"], None, "III, 420")] and notes[4][0][1].ambiguous, "the commentary, flagged"
    assert len(works) == 4, "no work is made of the words quoted"


def test_a_writer_and_a_title_cut_short_before_a_latin_locator_and_a_life_in_plutarch():
    # Hume, Enquiry, notes 40, 41, 52
    works, notes, _ = bibliography(
        "Plutarch in Phoc.",
        "Tacit. hist. lib. iii. The author entering upon the narration, says, Laniata veste, foedum spectaculum "
        "ducebatur.",
        "Quinctil. lib. v. cap. 12.")
    read = {n: [(w.authors, w.title, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read == {1: [(["Plutarch"], None, "in Phoc.")], 2: [(["Tacit."], "hist", "lib. iii")],
                    3: [(["Quinctil."], None, "lib. v. cap. 12")]}


def test_one_writer_read_in_another_and_the_writer_under_verse():
    # Hume, Enquiry, notes 31 and 36
    works, notes, _ = bibliography(
        "Cum alacribus, saltu; cum velocibus, cursu; cum validis recte certabat. Sallust apud Veget.",
        "“J’aime la vertu, sans rudesse; J’aime le plaisir, sans molesse; J’aime la vie, et n’en crains point la "
        "fin.” —St. Evremond.")
    assert [w.authors for w, _ in notes[1]] == [["Sallust"], ["Veget."]]
    assert notes[1][1][1].via == -1, "Vegetius holds Sallust's words"
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["St. Evremond"], None)]


def test_a_title_alone_in_the_older_manner_whose_writer_the_sentence_names():
    # Hume, Enquiry, notes 39, 44, 51; 48 is a cross-reference to the book itself, no title
    notes, _ = called(
        ("Réflexion 10 sur Longin.", "Boileau justly recommends this passage as an instance of true sublime"),
        ("De moribus Germ.", "The Suevi, in the opinion of Tacitus"),
        ("Ethic. ad Nicomachum.", "notwithstanding the opinion of Aristotle"),
        ("Sect. v. Part 2.", "as has been observed above"))
    assert [[(w.title, w.authors) for w, _ in notes[n]] for n in (1, 2, 3)] == [
        [("Réflexion 10 sur Longin", [])], [("De moribus Germ", [])], [("Ethic. ad Nicomachum", [])]]
    assert notes[4] == []


def test_a_quotation_says_he_with_no_reference_is_the_work_the_calling_sentence_describes():
    # Hume, Enquiry, note 47: flagged; with no writer in the sentence it is reported
    notes, fragments = called(
        ("It is a common use, says he, amongst their gentlemen’s sons, that they strait gather to themselves three "
         "or four stragglers.", "if we may credit Spenser, in his judicious account of the state of that kingdom"),
        ("It is a rule, says he, that none shall pass.", "The custom was old"))
    (spenser, c), = notes[1]
    assert spenser.authors == ["Spenser"] and spenser.title is None and c.ambiguous and c.reason
    assert notes[2] == [] and any(f.note == 2 and f.role == "unresolved" for f in fragments)


def test_glosses_and_references_to_the_letters_themselves_are_no_works():
    # Seneca tr. Gummere, notes 33, 36, 42, 60, 68
    works, notes, fragments = bibliography(
        "I.e., the diurna mercedula; see Letter VI, paragraph 5.",
        "“Pure love,” i.e., love in its essence, unalloyed with other emotions.",
        "Cf. paragraph 3.",
        "Cf. Solon’s καὶ με κωτίλλοντα λείως τραχὺν ἐκφανεῖ νόον.",
        "See, for example, Letter XXII.")
    assert notes[1] == notes[2] == notes[3] == notes[5] == []
    (solon, c), = notes[4]
    assert solon.authors == ["Solon"] and c.ambiguous, "a writer's words by his possessive, flagged"


def test_variants_of_the_classical_forms_not_in_the_corpus():
    # the same rules on forms the corpus texts do not print: a writer cut short before a fragment, the holder of a
    # passage read by the forms, a line after a title, a letter by number, three numbers
    works, notes, _ = bibliography(
        "Eurip. fr. 34 Nauck.",
        "Ennius ap. Cic. de Div. i. 48.",
        "Soph. Antig. 450 sqq.",
        "Seneca, Ep. 90.",
        "Paus. viii. 43. 5.")
    read = {n: [(w.authors, w.editors, w.title, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read[1] == [(["Eurip."], ["Nauck"], None, "fr. 34")]
    assert read[2] == [(["Ennius"], [], None, None), (["Cic."], [], "de Div", "i. 48")] and notes[2][1][1].via == -1
    assert read[3] == [(["Soph."], [], "Antig", "450 sqq")]
    assert read[4] == [(["Seneca"], [], "Ep", "90")]
    assert read[5] == [(["Paus."], [], None, "viii. 43. 5")]


def test_an_unmarked_subject_with_a_page_after_a_marked_title_is_a_further_page_of_it():
    # Darwin, Descent of Man, ch. I, note 7
    works, notes, _ = bibliography(
        "Brehm, 'Thierleben,' B. i. 1864, s. 75, 86. On the Ateles, s. 105. For other analogous statements, see s. "
        "25, 107.")
    assert titles(notes, 1) == ["Thierleben"] and len(works) == 1


def test_two_papers_in_one_italic_span_and_the_proceedings_of_one_meeting():
    # Woodson, Century of Negro Migration, ch. III, notes 12 and 38
    works, notes, _ = bibliography(
        "*Democratic Press, Philadelphia Gazette*, Nov. 21, 1825.",
        "*Proceedings of the Ohio Anti-Slavery Convention*, 1835, p. 19.",
        "*The Times, London*, Nov. 21, 1825.")
    assert [(w.kind, w.container) for w, _ in notes[1]] == [("newspaper", "Democratic Press"),
                                                             ("newspaper", "Philadelphia Gazette")]
    assert all(c.ambiguous and "names 2 papers" in c.reason for _, c in notes[1]), "flagged, with the reason"
    (proceedings, c), = notes[2]
    assert (proceedings.kind, proceedings.title, c.pinpoint) == ("book", "Proceedings of the Ohio Anti-Slavery "
                                                                         "Convention", "19")
    assert len(notes[3]) == 1, "a paper and its place is one paper"


def test_his_words_in_a_numbered_letter_are_of_the_writer_whose_letters_the_sentence_names():
    # Augustine, City of God, Editor's Preface, notes 19 and 24 (Augustine, the book's subject, is named too)
    notes, _ = called(
        ("His words (in Ep. vi.) are quite worth quoting: “Cura rogo te, ut excudantur aliquot centena exemplarium "
         "istius operis.”",
         "And in the interesting series of letters that passed between Ludovicus Vives and Erasmus, who had engaged "
         "him to write a commentary on the City of God for his edition of Augustine’s works, we find Vives pleading "
         "for a separate edition of this work, on the plea that, of all the writings of Augustine, it was almost the "
         "only one read by patristic students"),
        ("As the letters of Vives are not in every library, we give his comico-pathetic account of the result of his "
         "Augustinian labours on his health: “Ex quo Augustinum perfeci, nunquam valui ex sententia.”",
         "It was not without labour"))
    (vives, c), = notes[1]
    assert vives.authors == ["Vives, Ludovicus"] and vives.title is None and c.pinpoint == "Ep. vi" and c.ambiguous
    assert [w for w, _ in notes[2]] == [vives]


def test_a_statute_printed_in_full_is_no_work_the_book_that_prints_it_is():
    # Woodson, Century of Negro Migration, ch. III, note 26 (shortened)
    words = " ".join(["the said school shall be removed"] * 14)
    works, notes, fragments = bibliography(
        f"*An Act in Addition to an Act for the Admission and Settlement of Inhabitants of Towns.* 1.  Whereas {words}."
        " 5.  That so much of the seventh section of this act be repealed.--See Hurd's *Law of Freedom and "
        "Bondage*, II, pp. 45-46.")
    assert titles(notes, 1) == ["Law of Freedom and Bondage"] and len(works) == 1


def test_variants_of_the_calling_sentence_not_in_the_corpus():
    # "the same historian": the writer cited last, flagged; a writer by his place in the sentence, flagged; a
    # quotation "says he" whose sentence names no one, reported
    notes, fragments = called(
        ("Tacit. Annal. lib. xv. c. 44.", "the Christians were blamed"),
        ("Cap. 45.", "as the same historian observes"),
        ("Frag. 12 Kern.", "Orpheus, the ancient singer, taught it"),
        ("“Vanity of vanities,” says he, “all is vanity.”", "The preacher of the old time"))
    (tacitus, _), = notes[1]
    assert [(w, c.ambiguous) for w, c in notes[2]] == [(tacitus, True)]
    (orpheus, c), = notes[3]
    assert (orpheus.authors, orpheus.editors, c.ambiguous) == (["Orpheus"], ["Kern"], True)
    assert notes[4] == [] and "unresolved" in [f.role for f in fragments if f.note == 4]


def test_variants_of_the_writer_under_a_quotation_not_in_the_corpus():
    # as Hume's note 36, with the work and its place under the quotation, full or cut short (not an editor's
    # signature, "—M.")
    works, notes, _ = bibliography(
        "“Dulce et decorum est pro patria mori.” —Horace, Odes, III. 2. 13.",
        "“Nil desperandum.” —Hor. Od. i. 7. 27.",
        "“Odi profanum vulgus.” —Horace.")
    read = {n: [(w.authors, w.title, c.pinpoint) for w, c in notes[n]] for n in notes}
    assert read == {1: [(["Horace"], "Odes", "III. 2. 13")], 2: [(["Hor."], "Od", "i. 7. 27")],
                    3: [(["Horace"], None, None)]}


# --- held out (parser9): Kropotkin, Cannan; one test per failure mechanism, on their real notes ---

def test_the_books_own_appendices_are_no_works():
    # Kropotkin notes 27, 39: a self-reference to the book's back matter, never a work by "Appendix III"
    works, notes, fragments = bibliography("See Appendix III.", "See Appendix IV.", "Cf. Plate 2.")
    assert works == {} and notes == {1: [], 2: [], 3: []}


def test_a_quoted_sentence_is_never_a_title_and_a_name_before_a_month_is_a_periodical():
    # Kropotkin notes 45, 49: a quotation with its verb is the writer's words; "(Nineteenth Century, Feb. 1888)"
    works, notes, fragments = bibliography(
        "According to Samuel W. Baker, elephants combine in larger groups than the “compound family.” “I have "
        "frequently observed,” he wrote, “in the portion of Ceylon known as the Park Country, the tracks of elephants "
        "in great numbers” (Wild Beasts and their Ways, vol. i p. 102).",
        "The more strange was it to read in the previously-mentioned article by Huxley the following paraphrase of "
        "a well-known sentence of Rousseau: “The first men who substituted mutual peace for that of mutual "
        "war—whatever the motive which impelled them to take that step—created society” (Nineteenth Century, Feb. "
        "1888, p. 165). Society has not been created by man; it is anterior to man.")
    assert [w.title for w, _ in notes[1] if w.title] == ["Wild Beasts and their Ways"]  # and Baker, "according to"
    (huxley, issue), = notes[2]
    assert (huxley.authors, huxley.title, huxley.container) == (["Huxley"], None, "Nineteenth Century")


def test_a_possessive_then_a_title_in_roman_ends_at_its_capitalised_words_and_joiners():
    # Kropotkin notes 33, 36, 38, 43, 50; Cannan 82, 96; the negatives from FRUS, Zubok-like prose and Keynes
    works, notes, _ = bibliography(
        "The fact is well known to every field-naturalist, and several examples may be found in Charles Dixon’s "
        "Among the Birds in Northern Shires.",
        "Houzeau’s Études, ii 463.",
        "See Emil Huter’s letter in L. Büchner’s Liebe.",
        "Cf., among others, Clive Phillips-Wolley’s Big Game Shooting (Badminton Library), which contains excellent "
        "illustrations.",
        "Such monographs as the chapter on “Music and Dancing in Nature” which we have in Hudson’s Naturalist on the "
        "La Plata, and Carl Gross’ Play of Animals, have already thrown a considerable light upon an instinct.",
        "In the preface to Hutcheson’s System of Moral Philosophy, pp. xxxv, xxxvi.",
        "That Smith made no remark seems to be indicated by the fact that it remained unaltered (see Hume’s Essays, "
        "ed. Green & Grose, vol. i, pp. 59, 343 and 344).",
        "Key cases include Jefferson’s Louisiana Purchase negotiations and the Allies’ Final Note. Mr. Dresser’s "
        "works are published by G. P. Putnam’s Sons, New York and London.")
    read = {n: [(w.authors, w.title) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [(["Dixon, Charles"], "Among the Birds in Northern Shires")]
    assert read[2] == [(["Houzeau"], "Études")]
    assert read[3] == [(["Büchner, L."], "Liebe")]
    assert read[4] == [(["Phillips-Wolley, Clive"], "Big Game Shooting")]
    assert read[5] == [(["Hudson"], "Naturalist on the La Plata"), (["Gross, Carl"], "Play of Animals")]
    assert read[6] == [(["Hutcheson"], "System of Moral Philosophy")], "a title's words are no second author"
    assert read[7] == [(["Hume"], "Essays")]
    assert read[8] == [], "a noun phrase, a group after 'the', a publisher: no works"


def test_a_source_quoted_by_a_work_is_cited_at_second_hand_beside_it():
    # Kropotkin notes 25, 29, 41, 48, 52: "X, quoted by Y, iv 760"; Brehm's work is one, his father another
    works, notes, _ = bibliography(
        "Seyfferlitz, quoted by Brehm, iv 760.",
        "Brehm Father, quoted by A. Brehm, iv 34 seq.",
        "Handbuch für Jäger und Jagdberechtigte, quoted by Brehm, ii 223.",
        "Brehm, i 82; Darwin’s Descent of Man, ch. iii.",
        "For the choruses of monkeys, see Brehm.")
    read = {n: [(w.authors, w.title) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [(["Seyfferlitz"], None), (["Brehm"], None)]
    assert read[2][0] == (["Brehm Father"], None)
    assert read[3][0] == ([], "Handbuch für Jäger und Jagdberechtigte")
    brehm = notes[1][1][0]
    assert all(any(w is brehm for w, _ in notes[n]) for n in (2, 3, 4, 5)), "one Brehm, by volume and page"
    assert notes[2][0][0] is not brehm
    assert [c.pinpoint for w, c in notes[1] if w is brehm] == ["iv 760"]
    _, letter = bibliography("Richard Humphrey to Francis Russell, quoted in Astrid Eckert, The Struggle for the "
                             "Files (Cambridge: Cambridge University Press, 2012), p. 94.")[:2]
    assert [w.authors for w, _ in letter[1]] == [["Eckert, Astrid"]], "a letter quoted is a document, no work"


def test_a_contribution_by_volume_and_number_is_the_writers_titled_one_in_that_volume():
    # Kropotkin notes 28 (its first sentence) and 30
    works, notes, _ = bibliography(
        "Elliot Couës, in Bulletin U.S. Geol. Survey of Territories, iv no. 7, pp. 556, 579, etc.",
        "Dr. Couës, Birds of Dakota and Montana, in Bulletin U.S. Survey of Territories, iv no. 7.")
    (first, c1), = notes[1]
    (second, _), = notes[2]
    assert first is second and first.title == "Birds of Dakota and Montana" and c1.ambiguous and c1.reason
    assert first.container == "Bulletin U.S. Survey of Territories"


def test_loc_cit_before_the_title_is_printed_is_the_writers_one_titled_work_flagged():
    # Kropotkin notes 46, 50
    works, notes, _ = bibliography(
        "Pigs, attacked by wolves, do the same (Hudson, l.c.).",
        "Such monographs as we have in Hudson’s Naturalist on the La Plata, have already thrown a light.")
    (early, c), = notes[1]
    assert early is notes[2][0][0] and early.title == "Naturalist on the La Plata"
    assert c.ambiguous and "op. cit." in c.reason


def test_a_piece_in_his_quoted_title_printed_in_a_book_and_its_short_form_by_the_book():
    # Cannan notes 66, 68; and 95, a genre word alone is a title, not an author
    works, notes, _ = bibliography(
        "Dugald Stewart, in his “Account of the Life and Writings of Adam Smith,” read to the Royal Society of "
        "Edinburgh in 1793 and published in Adam Smith’s posthumous Essays on Philosophical Subjects, 1795, p. xviii. "
        "See Rae, Life of Adam Smith, pp. 53–5.",
        "Stewart, in Smith’s Essays, pp. lxxx, lxxxi.",
        "Lectures, p. 197.")
    (stewart, _), (rae, _) = notes[1]
    assert (stewart.title, stewart.container) == ("Account of the Life and Writings of Adam Smith",
                                                 "Essays on Philosophical Subjects")
    assert [w for w, _ in notes[2]] == [stewart]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [([], "Lectures")]


def test_a_note_of_pages_alone_cites_the_title_that_dates_its_edition_else_the_work_named_last():
    # Cannan notes 90-93: the calling text names "The Grumbling Hive" with its year; the others follow note 90
    from edition.citations.pipeline import _parse
    texts = ["Fable of the Bees, 1714, preface.", "Pp. 11–13 in the ed. of 1705.", "Pp. 427–8 in 2nd ed., 1723.",
             "P. 465 in ed. of 1724."]
    running = ("Mandeville’s work originally consisted merely of a poem of 400 lines called “The Grumbling Hive: or "
               "Knaves Turn’d Honest,” which according to his own account was first published as a sixpenny pamphlet "
               "about 1705.")
    parsed = _parse([Note("t", n, text, n) for n, text in enumerate(texts, start=1)], {}, None, lambda note: running)
    works = {w.id: w for w in parsed.works}
    linked = {c.note: (works[c.work].title, c.ambiguous) for c in parsed.citations}
    assert linked == {1: ("Fable of the Bees", False), 2: ("The Grumbling Hive: or Knaves Turn’d Honest", True),
                      3: ("Fable of the Bees", True), 4: ("Fable of the Bees", True)}
    alone = _parse([Note("t", 1, "Pp. 11–13 in the ed. of 1705.", 1)], {}, None, lambda note: "")
    assert alone.citations == [] and [f.role for f in alone.fragments] == ["unresolved"], "reported, not attached"


def test_writers_the_prose_reports_and_an_observers_report_in_brackets():
    # Kropotkin notes 26, 31, 32, 33 and the end of 28
    works, notes, _ = bibliography(
        "See also the powerful description of the St. Kilda islands by Mr. Dixon (quoted by Seebohm), and nearly all "
        "books of Arctic travel.",
        "The fact has been noticed several times, and it was recently confirmed by L. Buxbaum at Raunheim. He saw "
        "several parties of cranes which had larks flying in the midst (Der zoologische Garten, 1886, p. 133).",
        "H. Seebohm and Ch. Dixon both mention this habit.",
        "Several examples may be found in Charles Dixon’s Among the Birds in Northern Shires.",
        "Among the gulls, Polyakoff saw on a marsh in Northern Russia that the nesting grounds were patrolled. The "
        "fledglings, which otherwise are extremely unprotected, were never left alone (“Family Habits among the "
        "Aquatic Birds,” in Proceedings of the Zool. Section of St. Petersburg Soc. of Nat., Dec. 17, 1874).")
    read = {n: [(w.authors, w.title, w.container) for w, _ in cited] for n, cited in notes.items()}
    assert [(w.authors[0].split(",")[0], w.title) for w, _ in notes[1]] == [("Dixon", None), ("Seebohm", None)]
    assert read[2] == [(["Buxbaum, L."], None, "Der zoologische Garten")]
    assert notes[3][0][0] is notes[1][1][0], "Seebohm, one writer"
    assert notes[3][1][0] is notes[4][0][0], "the described piece of note 1 stands for no other Dixon work"
    assert read[5] == [(["Polyakoff"], "Family Habits among the Aquatic Birds",
                        "Proceedings of the Zool. Section of St. Petersburg Soc. of Nat.")]


# --- held out (parser10): Cherry-Garrard, Angell, George; one test per failure mechanism, on their real notes ---

def test_locator_words_capitalised_and_spelt_out_after_a_title():
    # George notes 17, 30; Cherry-Garrard ch. III note 48
    works, notes, _ = bibliography(
        "Origin of Species, Chap. III.",
        "Principles of Political Economy, Book I., Chap. XIII., Sec. 2.",
        "Raper, Practice of Navigation, article 547.")
    assert [(w.title, c.pinpoint) for w, c in notes[1]] == [("Origin of Species", "Chap. III")]
    assert [(w.title, c.pinpoint) for w, c in notes[2]] == [("Principles of Political Economy",
                                                               "Book I., Chap. XIII., Sec. 2")]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [(["Raper"], "Practice of Navigation")]


def test_the_title_first_then_sentences_of_its_maker_imprint_and_locators():
    # George notes 13, 24, 23; Angell notes 40, 42, 45, 49, 51
    works, notes, _ = bibliography(
        "New Zealand and its Inhabitants. Rev. Richard Taylor. London, 1855. Chap. XXI.",
        "Indian Recreations. By Rev. Wm. Tennant. London, 1804. Vol. I., Sec. XXXIX.",
        "History of Civilization. Vol. I., Chap. 2. In this chapter Buckle has collected a great deal of evidence.",
        "Germany and the Next War, by Gen. Friedrich von Bernhardi. London: Edwin Arnold, 1912.",
        "The Valor of Ignorance. Harpers.",
        "The Strenuous Life. Century Co.",
        "The Interest of America in International Conditions. New York: Harper & Brothers.",
        "Today and Tomorrow, p. 63. John Murray.")
    read = {n: [(w.authors, w.title, w.place, w.publisher, w.year) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [(["Taylor, Richard"], "New Zealand and its Inhabitants", "London", None, "1855")]
    assert read[2] == [(["Tennant, Wm."], "Indian Recreations", "London", None, "1804")]
    assert [(w.title, c.volume) for w, c in notes[3]] == [("History of Civilization", "I")]
    assert read[4] == [(["Bernhardi, Friedrich von"], "Germany and the Next War", "London", "Edwin Arnold", "1912")]
    assert read[5] == [([], "The Valor of Ignorance", None, "Harpers", None)]
    assert read[6] == [([], "The Strenuous Life", None, "Century Co.", None)]
    assert read[7] == [([], "The Interest of America in International Conditions", "New York", "Harper & Brothers", None)]
    assert [(w.title, w.publisher, c.pinpoint) for w, c in notes[8]] == [("Today and Tomorrow", "John Murray", "63")]
    assert len(works) == 8


def test_a_title_and_its_maker_in_one_sentence_or_words_cut_short_are_no_title_then_particulars():
    from edition.citations.plain_forms import read_title_then_particulars
    assert read_title_then_particulars("Ut sup. s. 77.") is None
    assert read_title_then_particulars("Jas. iv. 6 and 1 Pet. v. 5.") is None
    assert read_title_then_particulars("*The Liberator*, Oct. 24, 1834.") is None
    assert read_title_then_particulars("John Smith. London, 1855.") is None, "a name, then a place and a year"


def test_newspapers_and_reviews_by_name_and_date_and_the_writer_the_calling_sentence_names():
    # Angell notes 37, 38, 48, 61, 46
    notes, _ = called(
        ("London Morning Post, February 1, 1912.", "It is for moral ideas that men are most ready to make sacrifices."),
        ("North American Review, March, 1912. See also citation.", "A similar criticism is made by Admiral Mahan."),
        ("North American Review, March, 1912.", "a world possessed by an idea much less worthy."),
        ("Spectator, December 31, 1910.", "no doubt we should have universal peace."),
        ("McClure’s Magazine, August, 1910.", "peace won’t breed it out of us."))
    read = {n: [(w.authors, w.title, w.container) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [([], None, "London Morning Post")]
    assert read[2] == [(["Mahan"], None, "North American Review")]
    assert notes[3][0][0] is notes[2][0][0], "the same issue again, no writer named: the item cited before"
    assert read[4] == [([], None, "Spectator")]
    assert read[5] == [([], None, "McClure’s Magazine")]


def test_the_maker_after_the_locators_and_a_writer_in_a_title_or_a_periodical():
    # Cherry-Garrard ch. III notes 61, 62, 66, 70, 69, 76
    works, notes, _ = bibliography(
        "Wilson in the Discovery Natural History Report, Zoology, vol. ii, part i, p. 44.",
        "Discovery Natural History Report, Zoology, vol.ii, part i, Wilson, pp. 32, 33.",
        "Discovery Natural History Report, Zoology, vol.ii, part i, by E. A. Wilson, p. 36.",
        "Discovery Natural History Report, Zoology, vol.ii, part i, pp. 3–4, by E. A. Wilson.",
        "Terra Nova Natural History Report, Zoology, vol.i, No. 3, Cetacea, by D. G. Lillie, p. 114.",
        "Griffith Taylor in South Polar Times.")
    wilson = notes[1][0][0]
    assert (wilson.authors[0].split(",")[0], wilson.title) == ("Wilson", "Discovery Natural History Report, Zoology")
    assert all(notes[n][0][0] is wilson for n in (2, 3, 4)), "one report, its author before, among or after"
    assert [c.pinpoint for n in (1, 2, 3) for _, c in notes[n]] == ["vol. ii, part i, 44", "vol.ii, part i, 32, 33",
                                                                    "vol.ii, part i, 36"]
    assert [(w.authors, w.title, w.container) for w, _ in notes[5]] == [
        (["Lillie, D. G."], "Cetacea", "Terra Nova Natural History Report, Zoology")]
    assert [(w.authors, w.title, w.container) for w, _ in notes[6]] == [(["Taylor, Griffith"], None, "South Polar Times")]


def test_own_papers_a_writer_alone_and_one_journal_printed_in_a_book():
    # Cherry-Garrard ch. III notes 46, 53, 56, 72; Introduction note 33
    notes, fragments = called(
        ("Wilson’s Journal.", "Wilson’s Journal describes the scene."),
        ("My own diary.", "cut off with a ruler some hundreds of yards in length.”"),
        ("Wilson.", "a richly piebald bird,"),
        ("Wilson’s Journal, Scott’s Last Expedition, vol. i, p. 613.", "and then the whole sinks and disappears.”"),
        ("A. A. Milne.", "a review of Scott’s book from the pen of one of Mr. Punch’s staff:"),
        ("Minute plants.", "And all the yellow diatoms"))
    read = {n: [(w.authors, w.title) for w, _ in cited] for n, cited in notes.items()}
    assert read[2] == [([], None)], "the writer's own diary, untitled (no chapter author here)"
    assert read[3] == [(["Wilson"], None)] and notes[3][0][1].ambiguous
    assert read[4] == [(["Wilson"], "Journal"), (["Scott"], "Last Expedition")]
    assert notes[4][0][0] is notes[1][0][0] and notes[4][1][1].pinpoint == "vol. i, 613"
    assert read[5] == [(["Milne, A. A."], None)]
    assert read[6] == [], "a gloss names no writer"


def test_a_named_part_an_imprint_alone_and_a_volume_with_a_part_title_complete_the_calling_sentence():
    # Cherry-Garrard Introduction notes 1, 26, 31, 32
    notes, fragments = called(
        ("Cook, A Voyage towards the South Pole, Introduction.", "Cook’s own introduction says so."),
        ("Priestley, Antarctic Adventure, pp. 232–233.", "as Priestley tells."),
        ("Published by Fisher Unwin, 1914.", "by Priestley in a separate volume called Antarctic Adventure"),
        ("Vol. ii, Narrative of the Northern Party.", "Campbell’s equally modest account in Scott’s Last Expedition"),
        ("Published by Fisher Unwin, 1914.", "a book nobody names"))
    assert [(w.title, c.pinpoint) for w, c in notes[1]] == [("A Voyage towards the South Pole", "Introduction")]
    (priestley, imprint), = notes[3]
    assert priestley is notes[2][0][0] and imprint.ambiguous and "Antarctic Adventure" in imprint.reason
    assert (priestley.publisher, priestley.year) == ("Fisher Unwin", "1914")
    (part, located), = notes[4]
    assert (part.title, located.volume, located.ambiguous) == ("Narrative of the Northern Party", "ii", True)
    assert notes[5] == [] and [f.role for f in fragments if f.note == 5] == ["unresolved"], "reported, not attached"


def test_a_work_named_beside_its_maker_in_the_writers_sentence():
    # Angell notes 62, 65, 52, 67, 41 (the last clause)
    works, notes, _ = bibliography(
        "See quotations from Homer Lea’s book, The Valor of Ignorance.",
        "See the first chapter of Mr. Harbutt Dawson’s admirable work, The Evolution of Modern Germany. T. Fisher "
        "Unwin, London.",
        "Since the publication of the first edition of this book there has appeared in France an admirable work by "
        "M. J. Novikow, Le Darwinisme Social (Felix Alcan, Paris), in which this application is discussed.",
        "The most recent opinion would go to show that (see Prince Kropotkin’s article, Nineteenth Century, July, "
        "1910, in which he shows that experiment reveals the direct action of surroundings).",
        "See also such books of Professor Wilkinson’s as The Great Alternative, Britain at Bay, War and Policy.")
    read = {n: [(w.authors, w.title, w.container) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [(["Lea, Homer"], "The Valor of Ignorance", None)]
    assert read[2] == [(["Dawson, Harbutt"], "The Evolution of Modern Germany", None)]
    assert notes[2][0][0].publisher == "T. Fisher Unwin", "the imprint sentence after it is its imprint"
    assert read[3] == [(["Novikow, J."], "Le Darwinisme Social", None)]
    assert [(a.split(",")[0], t, c) for a, t, c in [(w.authors[0], w.title, w.container) for w, _ in notes[4]]] == [
        ("Kropotkin", None, "Nineteenth Century")]
    assert [w.title for w, _ in notes[5]] == ["The Great Alternative", "Britain at Bay", "War and Policy"]


def test_his_title_with_the_writer_beside_it_and_an_imprint_sentence_after_a_reference():
    # Angell notes 58, 60, 43, 47 (its last sentences)
    works, notes, _ = bibliography(
        "In his History of the Rise and Influence of the Spirit of Rationalism in Europe, Lecky says: “It was no "
        "political anxiety about the balance of power.”",
        "This appears sufficiently from the seasons. Limborch, in his History of the Inquisition, relates that among "
        "the victims of one auto da fé was a girl of sixteen.",
        "For an expression of these views in a more definite form, see Ratzenhofer’s Die Sociologische Erkenntniss, "
        "pp. 233, 234. Leipzig: Brockhaus, 1898.",
        "See also Mr. J. A. Hobson’s Psychology of Jingoism, p. 52. London: Grant Richards.")
    read = {n: [(w.authors, w.title, w.place, w.publisher) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [(["Lecky"], "History of the Rise and Influence of the Spirit of Rationalism in Europe", None, None)]
    assert read[2] == [(["Limborch"], "History of the Inquisition", None, None)]
    assert read[3] == [(["Ratzenhofer"], "Die Sociologische Erkenntniss", "Leipzig", "Brockhaus")]
    assert read[4] == [(["Hobson, J. A."], "Psychology of Jingoism", "London", "Grant Richards")]
    assert len(works) == 4, "no imprint is made a work"


def test_articles_in_several_issues_of_a_review_by_the_writer_the_calling_sentence_quotes():
    # George note 26
    notes, _ = called(("See articles in Nineteenth Century for October, 1878, and March, 1879.",
                       "“The famines which have been devastating India,” says H. M. Hyndman,"))
    assert [(w.authors, w.container, w.issue) for w, _ in notes[1]] == [
        (["Hyndman, H. M."], "Nineteenth Century", "October, 1878"),
        (["Hyndman, H. M."], "Nineteenth Century", "March, 1879")]


# --- held out (parser10), read in parser11: the Federalist, Elliot Smith ---

def test_a_name_closing_many_notes_is_the_writers_signature_not_a_work():
    # Federalist notes 56, 63, 77, 61: "—Publius" closes nearly every note (the authors' notes, against an editor's)
    notes, fragments = called(
        ("Spirit of Laws, vol. i, page 181. —Publius", ""),
        ("No. XXXI. —Publius", ""),
        ("Hume’s Essays, vol. i, p. 128: “The Rise of Arts and Sciences.” —Publius", ""),
        ("This word is composed of jus and dictio, juris dictio or a speaking and pronouncing of the law. —Publius", ""))
    (spirit, c), = notes[1]
    assert (spirit.title, c.pinpoint) == ("Spirit of Laws", "vol. i, page 181"), "the signature is no locator"
    (essay, _), = notes[3]
    assert (essay.kind, essay.authors, essay.title, essay.container) == (
        "chapter", ["Hume"], "The Rise of Arts and Sciences", "Essays"), "the essay named after the collection's locator"
    assert notes[2] == [] and notes[4] == []
    assert all("Publius" not in (w.authors + [w.title or ""])[0] for cited in notes.values() for w, _ in cited)


def test_a_dash_and_name_under_a_single_note_is_kept_for_the_quotation_reader():
    from edition.citations.parse import without_signatures
    once = [Note("t", 1, "“Nothing is so fatal to religion as indifference.” —Burke", 1),
            Note("t", 2, "Burke, Reflections, p. 3.", 2)]
    assert without_signatures(once) == once, "one name under one quotation: its writer, not a signature"


def test_bare_locators_cite_the_instrument_the_text_names_not_a_longer_one_a_note_cited():
    # Federalist notes 58, 59, 64: "Constitution of Massachusetts" cited, then "Article 3, Sec. 1." under a text
    # that speaks of "the Constitution"
    from edition.citations.pipeline import _parse
    text = "the friends of the proposed Constitution will never concur. The plan of the convention says"
    parsed = _parse([Note("t", 1, "Vide Constitution of Massachusetts, Chapter 2, Section 1, Article 13.", 1),
                     Note("t", 2, "Article 3, Sec. 1.", 2), Note("t", 3, "Sec. 8, Art. 1.", 3)],
                    {}, None, lambda note: text)
    works = {w.id: w for w in parsed.works}
    read = [(c.note, works[c.work].title, c.pinpoint) for c in parsed.citations]
    assert read == [(1, "Constitution of Massachusetts", "Chapter 2, Section 1, Article 13"),
                    (2, "Constitution", "Article 3, Sec. 1"), (3, "Constitution", "Sec. 8, Art. 1")]


def test_vide_lists_entitled_and_an_author_with_book_and_chapter_and_no_title():
    # Federalist notes 57, 73, 75
    works, notes, _ = bibliography(
        "Vide “Protest of the Minority of the Convention of Pennsylvania,” Luther Martin’s speech, etc.",
        "Vide Rutherford’s Institutes, vol. 2, book II, chapter X, sections XIV and XV. Vide also Grotius, book II, "
        "chapter IX, sections VIII and IX.",
        "Entitled An Address to the People of the State of New York.")
    assert [(w.authors, w.title, c.ambiguous) for w, c in notes[1]] == [
        ([], "Protest of the Minority of the Convention of Pennsylvania", False), (["Martin, Luther"], None, True)]
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[2]] == [
        (["Rutherford"], "Institutes", "vol. 2, book II, chapter X, sections XIV and XV"),
        (["Grotius"], None, "book II, chapter IX, sections VIII and IX")]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [([], "An Address to the People of the State of New York")]


def test_references_parted_by_colons_with_publisher_before_or_after_the_year():
    # Elliot Smith notes 10, 11
    works, notes, _ = bibliography(
        '"The Migrations of Early Culture," 1915, Manchester University Press: "The Evolution of the Rock-cut Tomb '
        'and the Dolmen," *Essays and Studies Presented to William Ridgeway*, Cambridge, 1913, p. 493: "Oriental Tombs '
        'and Temples," *Journal of the Manchester Egyptian and Oriental Society*, 1914-1915, p. 55.',
        '"Ships as Evidence of the Migrations of Early Culture," Manchester University Press, 1917, p. 37.')
    assert [(w.title, w.container, c.pinpoint) for w, c in notes[1]] == [
        ("The Migrations of Early Culture", None, None),
        ("The Evolution of the Rock-cut Tomb and the Dolmen", "Essays and Studies Presented to William Ridgeway", "493"),
        ("Oriental Tombs and Temples", "Journal of the Manchester Egyptian and Oriental Society", "55")]
    first = notes[1][0][0]
    assert (first.publisher, first.year) == ("Manchester University Press", "1915")
    (ships, c), = notes[2]
    assert (ships.publisher, ships.year, c.pinpoint) == ("Manchester University Press", "1917", "37")
    _, signed, _ = bibliography('Jones, "Early Man," 1905: Brown, "Later Man," *Nature*, vol. 4, 1906, p. 3.')
    assert [(w.authors, w.title) for w, _ in signed[1]] == [(["Jones"], "Early Man"), (["Brown"], "Later Man")]


def test_a_colon_before_a_quotation_or_a_part_is_no_cut():
    # Federalist notes 55, 77: a quotation after "says:", an essay's title after a locator
    works, notes, _ = bibliography(
        "The celebrated Montesquieu, speaking of them, says: “Of the three powers above mentioned, the judiciary is "
        "next to nothing.” Spirit of Laws, vol. i, page 186.")
    assert [w.title for w, _ in notes[1]] == ["Spirit of Laws"]


def test_op_cit_supra_with_no_author_is_the_work_cited_last_flagged():
    # Elliot Smith notes 14-16; a bare op. cit. with no "supra" and no author anywhere stays unlinked to others
    works, notes, _ = bibliography(
        'See my address, "Primitive Man," *Proc. Brit. Academy*, 1917.',
        'See, however, *op. cit. supra*; also "The Origin of the Pre-Columbian Civilization of America," *Science*, '
        'N.S., Vol. XLV, No. 1158, pp. 241-246, 9 March, 1917.',
        "*Op. cit. supra*.",
        "Op. cit., p. 4.")
    primitive = notes[1][0][0]
    (first, c1), (origin, _) = notes[2]
    assert first is primitive and c1.form == "op-cit" and c1.ambiguous
    (again, c2), = notes[3]
    assert again is origin and c2.ambiguous
    (alone, c3), = notes[4]
    assert alone not in (primitive, origin) and c3.ambiguous


def test_the_writers_own_pieces_his_title_by_the_person_named_and_an_encyclopaedia_article():
    # Elliot Smith notes 8, 7, 3, 17, 4, 2, 1
    works, notes, _ = bibliography(
        '2 For a fuller discussion of certain phases of this matter see my address on "Primitive Man," in the '
        '*Proceedings of the British Academy*, 1917, especially pp. 23-50.',
        'An interesting discussion of this matter by the late Professor William James will be found in his '
        '"Principles of Psychology," Vol. I, pp. 261 *et seq*.',
        'He might start upon this journey of adventure by reading the article on "Incense" in Hastings’ '
        '*Encyclopædia of Religion and Ethics*.',
        "For the earliest evidence of the cutting of stone for architectural purposes, see my statement in the "
        "*Report of the British Association for* 1914, p. 212.",
        'Samuel Laing, "Human Origins," Revised by Edward Clodd, 1903, p. 38.',
        'Introduction to the History of Religions," p. 486.',
        "An elaboration of a Lecture on the relationship of the Egyptian practice of mummification to the "
        "development of civilization delivered in the John Rylands Library, on 9 February, 1916.")
    read = {n: [(w.authors, w.editors, w.title, w.container) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [([], [], "Primitive Man", "Proceedings of the British Academy")]  # no chapter author here
    assert read[2] == [(["James, William"], [], "Principles of Psychology", None)]
    assert read[3] == [([], ["Hastings"], "Incense", "Encyclopædia of Religion and Ethics")]
    assert read[4] == [([], [], None, "Report of the British Association")] and notes[4][0][0].year == "1914"
    assert read[5] == [(["Laing, Samuel"], ["Clodd, Edward"], "Human Origins", None)]
    assert read[6] == [([], [], "Introduction to the History of Religions", None)], "the opening mark lost"
    assert read[7] == [], "a lecture's place and day: no work"


# --- parser11: George, Progress and Poverty ---

def test_a_name_with_a_bracketed_locator_and_a_title_alone_given_the_writer_its_note_names():
    # George notes 12, 35, 14, 33
    notes, _ = called(
        ("The words quoted are Ricardo’s (Chap. II); but the idea is common in standard works.", ""),
        ("Buckle (Chap. II., History of Civilization) recognizes the necessary relation between rent, interest, and "
         "wages, but evidently never worked it out.", ""),
        ("Principles of Political Economy, Book II, Chap. IX., Sec. VI.—Yet notwithstanding what Mill says, it is "
         "clear that Malthus himself lays great stress upon his geometrical and arithmetical ratios.", ""),
        ("I do not mean to say that the accepted law of rent has never been disputed. As John Stuart Mill says (Book "
         "II., Chap. XVI.), “there are few persons who have refused their assent to it.”", ""),
        ("The Arctic Voyages of A. E. Nordenskjold, London, 1879, p. 135. See also the powerful description of the "
         "St. Kilda islands by Mr. Dixon (quoted by Seebohm).", ""))
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[1]] == [(["Ricardo"], None, "Chap. II")]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Buckle"], "History of Civilization")]
    (principles, c), = notes[3]
    assert (principles.authors, principles.title, c.ambiguous) == (["Mill"], "Principles of Political Economy", True)
    assert [w for w, _ in notes[4]] == [principles], "Mill with a locator: his one work cited before"
    assert notes[5][0][0].authors == [], "a title naming its subject gets no writer from the note's prose"


def test_articles_and_reports_named_in_the_writers_sentences():
    # George notes 25, 27, 16, 21, 22, 18, 19, 34, 20, 15
    works, notes, _ = bibliography(
        "Miss Nightingale (“The People of India”, in Nineteenth Century for August, 1878) gives instances. “Our Civil "
        "Courts are regarded as institutions for enabling the rich to grind the faces of the poor,” says Sir David "
        "Wedderburn, in an article on “Protected Princes in India,” in a previous (July) number of the same magazine.",
        "Prof. Fawcett, in a recent article on the Proposed Loans to India, calls attentions to such items as £1,200 "
        "for outfit and passage of a member of the Governor General’s Council.",
        "Address before Massachusetts State Board of Agriculture, 1872. Report U.S. Department of Agriculture, 1873.",
        "Yet Hugo Fink, of Cordova, writing to the Smithsonian Institute (Reports 1870), says there is hardly a foot "
        "in the whole State.",
        "I take these figures from the Smithsonian Report for 1873, leaving out decimals.",
        "Note IV to Wealth of Nations.",
        "The Encyclopædia Britannica, for instance, though fully accepting the Malthusian theory, says of Malthus’ "
        "Political Economy: “It is very ill arranged.”",
        "According to McCulloch the law of rent was first stated in a pamphlet by Dr. James Anderson of Edinburgh in "
        "1777.",
        "I say considerable country, because there may be small islands, such as Pitcairn’s Island, cut off.",
        "The effect may be seen by comparing (see Chapter II of Book I) the definition of Smith.")
    read = {n: [(w.authors, w.title, w.container, w.year) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [(["Nightingale"], "The People of India", "Nineteenth Century", "1878"),
                       (["Wedderburn, David"], "Protected Princes in India", "Nineteenth Century", None)]
    assert read[2] == [(["Fawcett"], "Proposed Loans to India", None, None)] and notes[2][0][1].ambiguous
    assert read[3][1] == (["U.S. Department of Agriculture"], "Report", None, "1873")
    assert read[4] == [(["Smithsonian Institute"], "Reports", None, "1870")]
    assert read[5] == [([], "Smithsonian Report", None, "1873")]
    assert read[6] == [([], None, "Wealth of Nations", None)] and notes[6][0][1].pinpoint == "Note IV"
    assert sorted(t for _, t, _, _ in read[7]) == ["Encyclopædia Britannica", "Political Economy"]
    assert (["Anderson, James"], None, None, "1777") in read[8] and (["McCulloch"], None, None, None) in read[8]
    assert read[9] == [] and read[10] == []


# --- parser11: Angell, The Great Illusion ---

def test_writers_items_in_issues_books_in_brackets_and_a_paper_speaking():
    # Angell notes 55, 63, 47
    works, notes, _ = bibliography(
        "Mr. Leo Maxse, in the National Review for February, 1911, indulges in the following expressions.",
        "Thus Captain d’Arbeux (L’Officier Contemporaine, Grasset, Paris, 1911) laments “la disparition progressive "
        "de l’idéal de revanche.” The Matin, December, 1911, remarks: “The number of candidates is decreasing.”",
        "Thomas Hughes, in his preface to the first English edition of The Bigelow Papers, refers to the opponents of "
        "the Crimean War as a “vain and mischievous clique.”",
        "Eckert describes the U.S. decision to release Nazi-Soviet Relations, 1939–1941: Documents from the Archives "
        "of the German Foreign Office (Washington: Government Printing Office, 1948) as unilateral.")
    read = {n: [(w.kind, w.authors, w.title, w.container, w.year) for w, _ in cited] for n, cited in notes.items()}
    assert read[1] == [("article", ["Maxse, Leo"], None, "National Review", "1911")]
    assert read[2] == [("book", ["d’Arbeux"], "L’Officier Contemporaine", None, "1911"),
                       ("newspaper", [], None, "Matin", "1911")]
    assert (notes[2][0][0].publisher, notes[2][0][0].place) == ("Grasset", "Paris")
    assert read[3] == [("chapter", ["Hughes, Thomas"], None, "The Bigelow Papers", None)]
    assert all(w.title != "Washington: Government Printing Office" for w, _ in notes[4]), "an imprint, no book"


def test_an_issue_sourcing_a_block_quotation_is_by_the_writer_who_introduces_it():
    # Angell note 46: "Professor William James covers ... in the following passage:" then the passage, its call
    from edition.citations.pipeline import _parse
    running = ("Professor William James covers the whole ground of these claims in the following passage:\n\n"
               "The war party is assuredly right. Pacifism makes no converts from the military party.")
    parsed = _parse([Note("t", 1, "McClure’s Magazine, August, 1910.", 1)], {1: running.split("\n\n")[-1]}, None,
                    lambda note: running)
    (work,) = parsed.works
    assert (work.authors, work.container, parsed.citations[0].ambiguous) == (["James, William"], "McClure’s Magazine", True)
    alone = _parse([Note("t", 1, "McClure’s Magazine, August, 1910.", 1)], {1: "The war party is right."}, None,
                   lambda note: "The war party is right.")
    assert alone.works[0].authors == [], "no introducing sentence: no writer"


# --- parser11: Cherry-Garrard, ch. III ---

def test_a_writer_in_a_work_alone_and_a_part_of_a_work_the_text_names():
    # Cherry-Garrard notes 44, 61, 64: "an ‘Antarctic Manual’ was produced by the Royal Geographical Society"
    from edition.citations.pipeline import _parse
    running = "Before the Discovery started an ‘Antarctic Manual’ was produced by the Royal Geographical Society."
    parsed = _parse([Note("t", 1, "Wilson in the Discovery Natural History Reports.", 1),
                     Note("t", 2, "Wilson in the Discovery Natural History Report, Zoology, vol. ii, part i, p. 44.", 2),
                     Note("t", 3, "Antarctic Manual: Seals, by Barrett-Hamilton, p. 216.", 3)], {}, None,
                    lambda note: running)
    works = {w.id: w for w in parsed.works}
    first, second, third = (works[c.work] for c in parsed.citations)
    assert first is second and first.title == "Discovery Natural History Report, Zoology", "the fullest form printed"
    assert parsed.citations[0].ambiguous, "no part or page: it may name the series"
    assert (third.kind, third.authors, third.title, third.container) == (
        "chapter", ["Barrett-Hamilton"], "Seals", "Antarctic Manual")
    plain = _parse([Note("t", 1, "Antarctic Manual: Seals, by Barrett-Hamilton, p. 216.", 1)], {}, None,
                   lambda note: "The text names no manual.")
    assert plain.works[0].title == "Antarctic Manual: Seals", "unnamed in the text: a title and its subtitle"


def test_parser11_forms_invent_no_work_from_prose_that_only_resembles_them():
    works, notes, _ = bibliography(
        "A lecture delivered in the Town Hall, on 9 February, 1916.",
        "The Governor General’s Council met at Lincoln’s Inn, near Pitcairn’s Island.",
        "So Mr. Smith (Reports, 1870) says nothing of it.")
    assert notes[1] == [] and notes[2] == []
    assert all(w.authors for w, _ in notes[3]), "a person's bracketed report is never a body's report by no one"
    from edition.citations.parse import without_signatures
    quoted = [Note("t", n, f"“Line {n}.” —Tennyson" if n <= 3 else f"Smith, Title, p. {n}.", n) for n in range(1, 21)]
    assert without_signatures(quoted) == quoted, "three attributions among twenty notes: a poet quoted, no signature"


# --- parser13: generality (interviews, memoranda to collective addressees, a semicolon for a comma) ---

def test_an_interview_named_first_with_place_interviewer_date_and_deposit_in_any_order():
    # Tomayko, Computers in Spaceflight, ch. 2 (held out), notes 2 and 12; the others made up, labelled so
    works, notes, _ = bibliography(
        "Ralph Ragan interview, MIT, Cambridge, MA, by Ivan Ertel, April 28, 1966, Johnson Space Center transcript.",
        "Ragan interview.",
        "Jane Roe interview, Boston, MA, May 25,1983 and June 1, 1983.",  # made up: two sessions
        "John Doe, interview by author, Houston, Texas, June 3, 1983.",  # made up: Chicago 14.219
        "Mary Poe, telephone interview by the author, May 2, 1990.")  # made up
    (ragan, first), = notes[1]
    assert (ragan.kind, ragan.authors, ragan.title, ragan.year) == ("interview", ["Ragan, Ralph"], None, "1966")
    assert [w for w, _ in notes[2]] == [ragan] and notes[2][0][1].form == "short"
    assert [(w.kind, w.authors, w.year) for n in (3, 4, 5) for w, _ in notes[n]] == [
        ("interview", ["Roe, Jane"], "1983"), ("interview", ["Doe, John"], "1983"), ("interview", ["Poe, Mary"], "1990")]
    _, word_first, _ = bibliography(  # made up: the word first, with its interviewer, "of" for "with"
        "Interview with John Moe by Jane Roe, Houston, TX, May 3, 1990.",
        "Interview of Ann Loe, May 4, 1991.")
    assert [(w.kind, w.authors, w.place) for n in (1, 2) for w, _ in word_first[n]] == [
        ("interview", ["Moe, John"], "Houston, TX"), ("interview", ["Loe, Ann"], None)]


def test_a_memorandum_to_a_collective_addressee_with_its_kind_after_the_subject():
    # Tomayko, ch. 2, notes 19 and 26 (held out); "to distribution" made up
    works, notes, _ = bibliography(
        "R. G. Chilton to multiple addresses, NASA Space Task Group, \"Discussions at Goddard of a Possible Joint "
        "Development Program for Airborne Computers for OAO and Apollo,\" memo, June 6, 1961, JSC History Office.",
        "C. D. Brady to multiple addresses, \"Integrated Circuit Packages for the AGC,\" memo, June 19,1964, JSC History Office.",
        "A. Smith to distribution, \"Budget Review,\" memorandum, May 2, 1970, Records Office.")  # made up
    assert [(w.kind, w.authors, w.title) for n in (1, 2, 3) for w, _ in notes[n]] == [
        ("archive", ["Chilton, R. G."], "Discussions at Goddard of a Possible Joint Development Program for Airborne "
                                        "Computers for OAO and Apollo"),
        ("archive", ["Brady, C. D."], "Integrated Circuit Packages for the AGC"),
        ("archive", ["Smith, A."], "Budget Review")]


def test_a_semicolon_for_a_comma_before_a_locator_or_a_report_number_does_not_part_references():
    # Tomayko, ch. 2, notes 9, 11, 25, 31 (held out)
    works, notes, _ = bibliography(
        "C. G. Brooks, L. S. Grimwood, and L. S. Swenson, Jr., Chariots or Apollo: A History of Manned Lunar "
        "Spacecraft; NASA SP-205 Washington, D.C., 1979, p. 355.",
        "Brooks, Grimwood, and Swenson, Chariots for Apollo, pp. 38-39",
        "E. C. Hall, Reliability History of the Apollo Guidance Computer;. NASA CR-140340 MIT, Cambridge, MA,1972, p. 25.",
        "Hall, Reliability History; p. 9.")
    (brooks, full), = notes[1]
    assert (brooks.title, brooks.year, full.pinpoint) == ("Chariots or Apollo: A History of Manned Lunar Spacecraft", "1979", "355")
    assert [w for w, _ in notes[2]] == [brooks]
    (hall, _), = notes[3]
    assert (hall.title, hall.year) == ("Reliability History of the Apollo Guidance Computer", "1972")
    assert [(w, c.pinpoint) for w, c in notes[4]] == [(hall, "9")]
    _, still_two, _ = bibliography("Smith, Old Roads, p. 4; Jones, New Roads, p. 9.")  # made up: two references
    assert len(still_two[1]) == 2


def test_a_magazine_by_issue_date_and_page_is_one_work_per_issue():
    # Bokel and Clark, The Big "L", ch. 2, notes 14 and 25; Newsweek made up
    works, notes, _ = bibliography(
        "Time, June 13, 1944, 48.",
        "Time, June 13, 1994, 48.",
        "Newsweek, 4 May 1970, p. 22.",  # made up
        "Time, June 13, 1944, 50.",  # made up: the same issue again
        "Time magazine, June 13, 1944, 52.",  # made up
        "Life was hard, June 13, 1944.")  # made up: prose, no magazine
    (first, c), = notes[1]
    assert (first.kind, first.title, first.container, first.year, c.pinpoint) == ("article", None, "Time", "1944", "48")
    (second, _), = notes[2]
    assert second is not first and second.year == "1994", "another issue: another work"
    assert [(w.container, w.year) for w, _ in notes[3]] == [("Newsweek", "1970")]
    assert [w for w, _ in notes[4]] == [first] and [w for w, _ in notes[5]] == [first]
    assert notes[6] == []


def test_a_locator_in_words_after_a_short_title_or_ibid():
    # Bokel and Clark, ch. 2, notes 7, 18, 19; the frontispiece made up
    works, notes, _ = bibliography(
        "Production Goes to War (Washington, D.C.: War Production Board, Division of Information,1942), pages unnumbered.",
        "Production Goes to War, unnumbered page under the section on Tanks.",
        "Ibid., unnumbered page under the section on Tanks.",
        "Production Goes to War, frontispiece.")  # made up
    (work, _), = notes[1]
    assert [(w, c.pinpoint) for n in (2, 3, 4) for w, c in notes[n]] == [
        (work, "unnumbered page under the section on Tanks"), (work, "unnumbered page under the section on Tanks"),
        (work, "frontispiece")]
    assert len(works) == 1


def test_an_imprint_without_a_year_and_a_source_line_of_a_table():
    # Bokel and Clark, ch. 2, note 36; the others made up (Chicago 14.145 "n.d.")
    works, notes, _ = bibliography(
        "Derived from U. S. Department of Commerce, Statistical Abstract of the United States (Washington, D.C.: "
        "Government Printing Office, annual issues.)",
        "John Smith, Old Roads (London: Verso, n.d.), 4.",  # made up
        "Adapted from Jane Roe, New Roads (Boston: Beacon, 1990), 7.")  # made up
    (abstract, _), = notes[1]
    assert (abstract.authors, abstract.title, abstract.place, abstract.publisher, abstract.year) == (
        ["U. S. Department of Commerce"], "Statistical Abstract of the United States", "Washington, D.C",
        "Government Printing Office", None)
    (old, c), = notes[2]
    assert (old.title, old.publisher, old.year, old.incomplete, c.pinpoint) == ("Old Roads", "Verso", None, False, "4")
    assert [(w.authors, w.title) for w, _ in notes[3]] == [(["Roe, Jane"], "New Roads")]


def test_a_short_title_with_its_issuing_body_and_date_is_the_report_cited_before():
    # Bokel and Clark, ch. 2, notes 37, 39, 40; note 4 made up: another year, another work
    works, notes, _ = bibliography(
        "War Production Board, Wartime Production Achievements and the Reconversion Outlook: Report of the Chairman "
        "(Washington, D.C.: Government Printing Office, 1945), 7.",
        "Wartime Production Achievements (War Production Board, October 9, 1945),",
        "War Production Board, 40.",
        "Wartime Production Achievements (Government Printing Office, 1946), 3.")
    (report, _), = notes[1]
    assert [w for n in (2, 3) for w, _ in notes[n]] == [report, report]
    assert notes[2][0][1].form == "short"
    (other, _), = notes[4]
    assert other is not report, "another year: not the report cited before"
    assert all(w.place != "October 9" for w in works.values()), "a day is no place"


def test_a_titled_part_after_a_works_imprint_and_a_firm_named_by_its_trades():
    # Bokel and Clark, ch. 2, notes 8, 9, 15 ("1943,)" as printed); note 4 made up: an author of its own, two works
    works, notes, _ = bibliography(
        "Industrial Engineers and Management Consultants, An Engineering Interpretation of the Economic and Financial "
        "Aspects of American Industry (New York: George S. Armstrong & Co., Inc., 1943,); The Shipbuilding Industry "
        "and The Logistics of Amphibious Warfare, 30.",
        "Ibid., 31.",
        "Industrial Engineers and Management Consultants, 35.",
        "John Smith, Old Roads (London: Verso, 1990,); Jane Roe, New Roads, 30.")
    (part, c), = notes[1]
    assert (part.kind, part.authors, part.title, part.container, part.year, c.pinpoint, c.ambiguous) == (
        "chapter", ["Industrial Engineers and Management Consultants"],
        "The Shipbuilding Industry and The Logistics of Amphibious Warfare",
        "An Engineering Interpretation of the Economic and Financial Aspects of American Industry", "1943", "30", True)
    assert [w for n in (2, 3) for w, _ in notes[n]] == [part, part]
    assert [(w.authors, w.title, w.year) for w, _ in notes[4]] == [(["Smith, John"], "Old Roads", "1990"),
                                                                   (["Roe, Jane"], "New Roads", None)]


def test_a_full_stop_printed_before_a_name_suffix():
    # Bokel and Clark, ch. 2, notes 6 and 24
    works, notes, _ = bibliography(
        "Jerome G. Peppers, .Jr., History of United States Military Logistics 1935-1985 (Logistics Education "
        "Foundation Publishing, 1988), 79.",
        "Peppers, 131.")
    (work, _), = notes[1]
    assert (work.authors, work.title) == (["Peppers, Jerome G., Jr."], "History of United States Military Logistics 1935-1985")
    assert [w for w, _ in notes[2]] == [work]


def test_an_unpublished_item_described_in_lower_case_is_untitled():
    # Tomayko, ch. 2, note 7 (held out); the e-mail made up (Chicago 14.232); a body's notes stay as they were
    works, notes, _ = bibliography(
        "Steve Bales interview, Johnson Space Center, Houston, TX, May 31, 1983; Howard W. Tindall, notes in review "
        "of draft chapter, August 1985.",
        "Jane Roe, e-mail message to the author, May 2, 2001.")
    assert [(w.kind, w.authors, w.title, w.year) for w, _ in notes[1]] == [
        ("interview", ["Bales, Steve"], None, "1983"), ("archive", ["Tindall, Howard W."], None, "1985")]
    assert [(w.kind, w.authors, w.title) for w, _ in notes[2]] == [("archive", ["Roe, Jane"], None)]


def test_a_lecture_by_its_speaker_title_venue_place_and_date():
    # Tomayko, ch. 2, note 15 (held out); the address made up (Chicago 14.217)
    works, notes, _ = bibliography(
        "Eldon Hall lecture, \"The Apollo Guidance Computer-A Designer's View,\" Digital Computer Museum, Marlboro, "
        "MA, June 10, 1982, transcript at museum's Boston location, p. 4.",
        "Jane Roe, address, \"Old Roads and New,\" Historical Society, Boston, MA, May 3, 1990.")
    (hall, c), = notes[1]
    assert (hall.kind, hall.authors, hall.title, hall.container, hall.place, hall.year, c.pinpoint) == (
        "conference-paper", ["Hall, Eldon"], "The Apollo Guidance Computer-A Designer's View", "Digital Computer Museum",
        "Marlboro, MA", "1982", "4")
    assert [(w.authors, w.title, w.year) for w, _ in notes[2]] == [(["Roe, Jane"], "Old Roads and New", "1990")]


def test_a_printers_code_in_an_imprint_is_no_year():
    # Bokel and Clark, ch. 2, note 16; a span of years made up, still years
    works, notes, _ = bibliography(
        "The GRANITE Plan (Combined Chiefs of Staff, United States Government Printing Office, 1987-721-732-60330), "
        "H-l, Paragraph 2.",
        "John Smith, Old Works (London: Verso, 1904-1937), 4.")
    (plan, _), = notes[1]
    assert (plan.title, plan.year) == ("The GRANITE Plan", None), "never a year read from a print code"
    assert [w.year for w, _ in notes[2]] == ["1904-1937"]


# --- held out (parser16): Du Bois, Turner ---

def test_legislative_records_and_documentary_collections_by_volume_session_or_date():
    # Du Bois ch. V notes 17, 22, 23, 36, 37, 38 (the forms, with other numbers)
    works, notes, fragments = bibliography(
        "Force, American Archives, 4th Ser., III. 12, 40; IV. 7–9; Journals of Cong., June 2, 4, 1776.",
        "Journals of Cong., 1779, Jan. 5; Feb. 8, 9; Mar. 1.",
        "Ibid., 1780–1, pp. 12–3, 40.",
        "Annals of Cong., 3 Cong. 1 sess. p. 402.",
        "Speech in the House, May 2, 1828; Register of Debates, iv, 512; Benton, in Cong. Record, xii, p. 9.")
    (force, c), (journals, _) = notes[1]
    assert (force.title, journals.title) == ("American Archives", "Journals of Congress")
    assert "IV. 7–9" in c.pinpoint, "a second volume after a semicolon is a place in the same collection"
    assert [w for w, _ in notes[2] + notes[3]] == [journals, journals]
    assert [w.title for w, _ in notes[4]] == ["Annals of Congress"]
    assert [w.title for w, _ in notes[5]] == ["Register of Debates", "Congressional Record"], \
        "a speech described before its printing, and a speaker 'in' the record, are no works"
    assert len(works) == 5
    assert not [f for f in fragments if f.role == "unplaced"]


def test_a_document_described_before_the_collection_that_prints_it_then_ibid():
    # Du Bois note 3
    works, notes, _ = bibliography(
        "Cf., e.g., J. Smith's letter to R.H. Jones, May 2, 1775, in which peace is called \"the only course\": "
        "Force, American Archives, 4th Ser., II. 17. Cf. also Ibid., p. 40.")
    assert [(w.title, c.form) for w, c in notes[1]] == [("American Archives", "full"), ("American Archives", "ibid")]
    assert len(works) == 1


def test_an_article_in_a_periodical_by_roman_volume_and_its_short_form_by_writer_and_periodical():
    # Du Bois notes 2, 3, 11
    works, notes, _ = bibliography(
        "A.B. Hart, The Colonial Trade, in Political Science Quarterly, IV. 215–7.",
        "Cf. Hart, in Political Science Quarterly, IV. 220.")
    (hart, c), = notes[1]
    assert (hart.kind, hart.title, hart.container, hart.volume, c.pinpoint) == (
        "article", "The Colonial Trade", "Political Science Quarterly", "IV", "215–7")
    assert [w for w, _ in notes[2]] == [hart]


def test_as_above_a_provision_of_a_named_instrument_and_further_pages_after_cf():
    # Du Bois notes 1, 33, 35, 25; an imprint's year range (note 31)
    works, notes, fragments = bibliography(
        "These figures are from the Report of the Board of Trade, etc. (London, 1790).",
        "Smith, Colonial Commerce, pp. 5–6; Report, etc., as above.",
        "Smith, Colonial Commerce, I. 72–3. Cf. pp. 80–1. Cf. Art. 9 of the Articles of Confederation.",
        "Madison, Works (Philadelphia, 1865–7), II. 4.")
    report = notes[1][0][0]
    assert report.title == "Report of the Board of Trade"
    assert [w for w, _ in notes[2]][1] is report
    assert [(w.title, c.pinpoint) for w, c in notes[3]][1:] == [("Articles of Confederation", "Art. 9")]
    assert len(notes[3]) == 2, "'Cf. pp. 80–1' is a further place in the work just cited"
    (madison, c), = notes[4]
    assert (madison.title, c.year) == ("Works", "1865–7")


def test_contributions_in_a_learned_societys_series_and_bracketed_attributed_authors():
    # Turner notes 39, 42, 51, 38
    works, notes, fragments = bibliography(
        "Smith, in “Michigan Pioneer Collections,” iv, pp. 12 ff.",
        "See also Governor Reed, in Papers American Philological Association, ii, p. 40.",
        "[Jones] Lives of the Eminent Lawyers of Virginia, ii, p. 9; Calhoun’s Works, i, pp. 4-6.",
        "[Knox], “Colonial Settlements” (1770 ed.), i, p. 20.")
    (smith, c), = notes[1]
    assert (smith.kind, smith.authors, smith.title, smith.container, smith.volume, c.pinpoint) == (
        "article", ["Smith"], None, "Michigan Pioneer Collections", "iv", "12 ff")
    (reed, _), = notes[2]
    assert (reed.authors, reed.container) == (["Reed"], "Papers American Philological Association")
    assert [(w.authors, w.title) for w, _ in notes[3]] == [
        (["Jones"], "Lives of the Eminent Lawyers of Virginia"), (["Calhoun"], "Works")]
    assert [(w.authors, w.title) for w, _ in notes[4]] == [(["Knox"], "Colonial Settlements")]
    assert not [f for f in fragments if f.role == "unplaced"]


def test_possessive_short_forms_quoted_titles_by_roman_volume_and_a_second_volume_after_a_semicolon():
    # Turner notes 43, 28, 54, 36, 50
    works, notes, fragments = bibliography(
        "Hart, “Hist. of the Western Reserve,” i, p. 15.",
        "Jones' Memoirs, iv, pp. 10, 12.",
        "Hart, “History of the Western Reserve,” ii, p. 60; iv, pp. 24, 25.",
        "See also Hart, “History of the Western Reserve.”",
        "Debates in the State Convention of Ohio, 1850-1851.")
    (jones, c), = notes[2]
    assert (jones.authors, jones.title, c.volume) == (["Jones"], "Memoirs", "iv")
    hart = notes[3][0][0]
    assert [w for w, _ in notes[1] + notes[3] + notes[4]] == [hart] * 4
    assert [c.volume for _, c in notes[3]] == ["ii", "iv"]
    (debates, c), = notes[5]
    assert (debates.title, c.year) == ("Debates in the State Convention of Ohio", "1850-1851")
    assert not [f for f in fragments if f.role == "unplaced"]


def test_a_papers_own_printings_named_in_prose():
    # Turner note 1: the occasion, a society's Proceedings, Report and Year Book, "my article entitled", "whose
    # volume on", "his article in <periodical>, <date>, reviewing <name>'s '<title>'", later "Author's article in"
    works, notes, fragments = bibliography(
        "A paper read at the meeting of the American Economic Association in Boston, May 2, 1899. It first appeared "
        "in the Proceedings of the State Historical Society of Ohio, June 4, 1899, with the following note: \"This "
        "grew from my article entitled 'The Old Northwest,' which appeared in The Lantern, a students' paper, March "
        "3, 1898. Professor John Fiske—whose volume on 'The Critical Period' in the Riverside History Series, has "
        "much on it—treats them in his article in The Forum, May, 1899, reviewing John Bach McMaster's 'History of "
        "the People.'\" The present text is that of the Report of the American Economic Association for 1899, "
        "12-40. It was printed in the Third Year Book of the National Teachers Society, and elsewhere.",
        "Author's article in The Lantern (Columbus, Ohio), March 3, 1898.")
    found = [(w.kind, w.authors, w.title, w.container) for w, _ in notes[1]]
    assert found == [
        ("book", [], "Proceedings of the State Historical Society of Ohio", None),
        ("article", [], "The Old Northwest", "The Lantern"),
        ("book", ["Fiske, John"], "The Critical Period", None),
        ("review", ["Fiske, John"], None, "The Forum"),
        ("book", ["McMaster, John Bach"], "History of the People", None),
        ("book", [], "Report of the American Economic Association for 1899", None),
        ("book", [], "Third Year Book of the National Teachers Society", None)]
    assert [w for w, _ in notes[2]] == [notes[1][1][0]], "the writer's untitled article of that periodical and date"


def test_the_speech_of_a_member_described_and_a_periodical_by_volume_whose_writer_the_sentence_names():
    # Turner notes 41, 46 (the writer before the call: see the corpus text)
    works, notes, _ = bibliography(
        "See, for example, the speech of Benton, in the Senate, March 3, 1830.",
        "Speech in the Senate, March 3, 1830; Register of Debates, vi, 210.")
    (benton, c), = notes[1]
    assert (benton.authors, benton.title, c.year, c.ambiguous) == (["Benton"], None, "1830", True)
    assert [w.title for w, _ in notes[2]] == ["Register of Debates"]


def test_serial_records_by_appendix_and_part_a_societys_series_alone_and_possessives_in_s_apostrophe():
    works, notes, fragments = bibliography(
        "Cong. Globe, 36 Cong. 1 sess., App. p. 12; Congressional Record, 47th Cong., 1st sess., vol. XIII, pt. 2, "
        "p. 1920.",
        "Secret Journals of Cong., II. 45.",
        "Wisconsin Historical Collections, XI, 12.",
        "Sparks' Franklin, vii, p. 43; Niles' Register, XII, 233.",
        "Register of Debates, 1824-5, p. 231.")
    assert [(w.title, c.volume, c.pinpoint) for w, c in notes[1]] == [
        ("Congressional Globe", "36 Cong. 1 sess.", "App. p. 12"),
        ("Congressional Record", "47th Cong., 1st sess.", "vol. XIII, pt. 2, p. 1920")]
    assert [w.title for w, _ in notes[2]] == ["Secret Journals of Congress"]
    (series, c), = notes[3]
    assert (series.authors, series.title, c.volume, c.pinpoint) == ([], "Wisconsin Historical Collections", "XI", "12")
    assert [(w.authors, w.title) for w, _ in notes[4]] == [(["Sparks"], "Franklin"), (["Niles"], "Register")]
    assert notes[5][0][0] is not notes[4][1][0], "a serial record's name is whole: no short form of another title"
    assert not [f for f in fragments if f.role == "unplaced"]


def test_constitutional_articles_with_their_instrument_before_or_after():
    works, notes, _ = bibliography(
        "Cf. Art. I, sec. 9, of the Constitution.",
        "Constitution, Art. I, sec. 8.",
        "See Art. IV of the Articles of Confederation; Elliot, Debates, I. 80.")
    assert [(w.title, c.pinpoint) for w, c in notes[1] + notes[2]] == [
        ("Constitution", "Art. I, sec. 9"), ("Constitution", "Art. I, sec. 8")]
    assert [(w.title, c.pinpoint) for w, c in notes[3]][0] == ("Articles of Confederation", "Art. IV")
    assert len(works) == 3


def test_a_societys_collections_by_series_and_volume_with_ibid_and_a_contribution_in_a_series():
    works, notes, _ = bibliography(
        "Collections of the Massachusetts Historical Society, 3d ser., VII, 12; Ibid., 4th ser., I, 5.",
        "Mass. Hist. Soc. Collections, 4th Ser., IV. 12.",
        "Winthrop, in Mass. Hist. Soc. Proceedings, 2d ser., III, 45.")
    (collections, c), (again, _) = notes[1]
    assert (collections.title, c.volume, c.pinpoint, again) == (
        "Collections of the Massachusetts Historical Society", "3d ser., VII", "12", collections)
    (short, c), = notes[2]
    assert (short.authors, short.title, c.volume) == ([], "Mass. Hist. Soc. Collections", "4th Ser., IV")
    (winthrop, c), = notes[3]
    assert (winthrop.authors, winthrop.container, c.volume, c.pinpoint) == (
        ["Winthrop"], "Mass. Hist. Soc. Proceedings", "2d ser., III", "45")


# --- held out (parser19): a Senate subcommittee's investigation report (edition/citations/investigations.py) ---

def test_a_date_before_a_quoted_title_then_the_body_the_report_number_and_id_chains():
    # Senate PSI report, notes 22-25, 27; the last two variants not in the corpus (a House committee, a day's date)
    works, notes, _ = bibliography(
        '8/2010 "Nonprime Mortgages: Analysis of Loan Performance," Government Accountability Office (GAO), '
        'Report No. GAO-10-805 at 1. These figures include subprime loans.',
        "Id. at 5.",
        '7/28/2009 "Characteristics and Performance of Nonprime Mortgages," GAO, Report No. GAO-09-848R at 24, Table 3.',
        "See id. at 14.",
        '8/2010 "Nonprime Mortgages: Analysis of Loan Performance," GAO, Report No. GAO-10-805 at 5, 11.',
        '3/2/2012 "Oversight of Student Loan Servicers," report prepared by the Committee on Education, at 12.')
    (gao, c), = notes[1]
    assert (gao.title, c.year, c.pinpoint, c.issue) == ("Nonprime Mortgages: Analysis of Loan Performance", "2010", "1",
                                                       "GAO-10-805")
    assert [w for w, _ in notes[2]] == [gao] and [w for w, _ in notes[5]] == [gao]
    (second, c), = notes[3]
    assert (second.title, c.pinpoint) == ("Characteristics and Performance of Nonprime Mortgages", "24, Table 3")
    assert [w for w, _ in notes[4]] == [second]
    (house, c), = notes[6]
    assert (house.authors, house.title, c.year, c.pinpoint) == (
        ["Committee on Education"], "Oversight of Student Loan Servicers", "2012", "12")
    assert len(works) == 3


def test_exhibits_and_document_numbers_are_no_pages_and_makers_after_the_title():
    # Senate PSI report, notes 18, 21, 36, 45; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        'See, e.g., 1/2005 "Definition of Higher Risk Lending," chart from Washington Mutual Board of Directors '
        'Finance Committee Discussion, JPM_WM00302979, Hearing Exhibit 4/13-2a; 4/2010 "Evaluation of Federal '
        'Regulatory Oversight of Washington Mutual Bank," report prepared by the Offices of Inspector General at the '
        'Department of the Treasury and Federal Deposit Insurance Corporation, at 8, Hearing Exhibit 4/16-82.',
        'See "Estimation of Housing Bubble: Comparison of Recent Appreciation vs. Historical Trends," chart prepared '
        'by Paulson & Co. Inc., Hearing Exhibit 4/13-1j.',
        '"Loan Review Summary," prepared by Acme Mortgage Corp., ACME-PSI 0000451-60; and "Appraisal Standards," '
        'prepared by Acme Mortgage Corp., ACME-PSI 0000461-62. (See Chapter IV below.)')
    (chart, c), (oig, c2) = notes[1]
    assert (chart.title, c.year, c.pinpoint) == ("Definition of Higher Risk Lending", "2005", None)
    assert (oig.authors, c2.pinpoint) == (["Offices of Inspector General at the Department of the Treasury and "
                                           "Federal Deposit Insurance Corporation"], "8")
    (paulson, c), = notes[2]
    assert (paulson.authors, c.pinpoint) == (["Paulson & Co. Inc."], None)
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[3]] == [
        (["Acme Mortgage Corp."], "Loan Review Summary", None), (["Acme Mortgage Corp."], "Appraisal Standards", None)]
    assert len(works) == 5


def test_a_complaint_by_its_case_letters_described_and_an_interview_held_by_the_body():
    # Senate PSI report, notes 19, 17, 43, 44; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "See, e.g., Countrywide Financial Corporation, as described in SEC v. Mozilo, Case No. CV09-03994 (USDC CD "
        "Calif.), Complaint (June 4, 2009), at ¶¶ 20-21.",
        'Interagency "Expanded Guidance for Subprime Lending Programs, (1/31/2001) at 3.',
        "3/14/2008 compliance letter from S&P to SEC, SEC_OCIE_CRA_011218-59, at 20. These numbers represent pools.",
        "3/11/2008 compliance letter from Moody's to SEC, SEC_OCIE_CRA_011212. Subcommittee interview of Gary Witt, "
        "former Managing Director of Moody's RMBS Group (10/29/2009).",
        "5/1/2007 memorandum from Goldman Sachs to OTS, GS MBS-E-002201. (See Chapter V below.)")
    (case, c), = notes[1]
    assert (case.title, c.year, c.pinpoint) == ("SEC v. Mozilo", "2009", "¶¶ 20-21")
    (guidance, c), = notes[2]
    assert (guidance.authors, guidance.title, c.year, c.pinpoint) == (
        ["Interagency"], "Expanded Guidance for Subprime Lending Programs", "2001", "3")
    (letter, c), = notes[3]
    assert (letter.authors, letter.title, c.year, c.pinpoint) == (["S&P"], None, "2008", "20")
    (moodys, _), (interview, c) = notes[4]
    assert (moodys.authors, interview.kind, c.year, c.person) == (["Moody's"], "interview", "2009", "Gary Witt")
    (memo, c), = notes[5]
    assert (memo.authors, memo.title, c.year) == (["Goldman Sachs"], None, "2007")
    assert len(works) == 6


# --- held out (parser19): notes written as bibliography entries, names first (edition/citations/entries.py) ---

def test_entries_with_the_year_after_the_names_and_editors_marked_after_them():
    # Schmitz et al., notes 1, 17, 19, 26; the last note a variant not in the corpus
    works, notes, _ = bibliography(
        "Hotson, Howard, and Thomas Wallnig, [Eds.] (2019), Reassembling the Republic of Letters in the Digital Age: "
        "Standards, Systems, Scholarship. Göttingen, Germany: Göttingen University Press. https://doi.org/10.17875/x.",
        "Mitchell, Melanie (2011), Complexity: A Guided Tour. Oxford: Oxford University Press.",
        "Sikk, Kaarel and Geoffrey Caruso (2020), A spatially explicit Agent-Based Model of central place foraging, "
        "in: Adaptive Behavior 28 (5), pp. 377-397. https://doi.org/10.1177/1059712320922915.",
        "Mehdizadeh, Milad, Trond Nordfjaern, und Christian A. Klöckner. (2022). “A systematic review of the "
        "paradigm“. Technological Forecasting and Social Change 184:122011, p.8-9.",
        "Berg, Anna, and Jonas Lind (2018). “Counting Letters.” Journal of Early Modern Studies 7 (2): 33-58.")
    (hotson, c), = notes[1]
    assert (hotson.editors, hotson.authors, c.year) == (["Hotson, Howard", "Wallnig, Thomas"], [], "2019")
    assert hotson.title.startswith("Reassembling the Republic of Letters")
    (mitchell, c), = notes[2]
    assert (mitchell.authors, mitchell.title, c.place, c.publisher) == (
        ["Mitchell, Melanie"], "Complexity: A Guided Tour", "Oxford", "Oxford University Press")
    (sikk, c), = notes[3]
    assert (sikk.authors, sikk.container, c.pages) == (["Sikk, Kaarel", "Caruso, Geoffrey"], "Adaptive Behavior", "377-397")
    (review, c), = notes[4]
    assert (review.authors[2], review.title, review.container, c.volume, c.pinpoint) == (
        "Klöckner, Christian A.", "A systematic review of the paradigm", "Technological Forecasting and Social Change",
        "184", "8-9")
    (berg, c), = notes[5]
    assert (berg.authors, berg.title, berg.container, c.year) == (
        ["Berg, Anna", "Lind, Jonas"], "Counting Letters", "Journal of Early Modern Studies", "2018")
    assert len(works) == 5


def test_entries_joined_by_and_german_colon_forms_chicago_entries_and_an_author_date_short_form():
    # Schmitz et al., notes 11, 4, 21, 15, 22; the last two notes variants not in the corpus
    works, notes, _ = bibliography(
        'Schmitz, Jascha Merijn and Buarque, Bernardo Sousa. 2023. "Introduction to Agent-Based Modeling for '
        'Historians", ModelSEN Compendium. https://modelsen.gea.mpg.de/abmintro/. Accessed: June 3rd, 2024.',
        "Schmitz, Jascha Merijn: Simulation. In: AG Digital Humanities (Hg.): Begriffe der Digital Humanities. Ein "
        "diskursives Glossar (= Working Papers, 2). Wolfenbüttel 2023.",
        "Brughmans, Tom, and Andrew Wilson, eds. Simulating Roman Economies: Theories, Methods, and Computational "
        "Models. Oxford: Oxford University Press, 2022.",
        "Wachter, Kenneth W., Peter Laslett, and Eugene A. Hammel (1978), Statistical Studies of Historical Social "
        "Structure. London: Academic Press.",
        "Wachter, Laslett and Hammel 1978, p. xix",
        "Krause, Martina: Netzwerke der Gelehrten. Berlin 2021.")
    (modelsen, c), = notes[1]
    assert (modelsen.authors, c.year, c.accessed) == (["Schmitz, Jascha Merijn", "Buarque, Bernardo Sousa"], "2023",
                                                      "June 3rd, 2024")
    (glossary, c), = notes[2]
    assert (glossary.title, glossary.container, glossary.editors) == (
        "Simulation", "Begriffe der Digital Humanities. Ein diskursives Glossar", ["AG Digital Humanities"])
    assert (c.place, c.year) == ("Wolfenbüttel", "2023")
    (roman, c), = notes[3]
    assert (roman.editors, roman.authors, c.year) == (["Brughmans, Tom", "Wilson, Andrew"], [], "2022")
    (wachter, c), = notes[4]
    assert [(w, c.pinpoint) for w, c in notes[5]] == [(wachter, "xix")]
    (krause, c), = notes[6]
    assert (krause.authors, krause.title) == (["Krause, Martina"], "Netzwerke der Gelehrten")
    assert len(works) == 5


def test_names_before_a_colon_or_a_full_stop_that_are_no_entry():
    # deep-water ch. 2 and Gibbon's forms, which stay with their own readers
    works, notes, _ = bibliography(
        "Daniel Yergin, The Prize: The Epic Quest for Oil, Money, and Power (New York: Touchstone, 1992), 380.",
        "Claudius, Nero, and Domitian. A hope is expressed by Pomponius Mela, l. iii. c. 6.")
    (yergin, _), = notes[1]
    assert (yergin.authors, yergin.title) == (["Yergin, Daniel"], "The Prize: The Epic Quest for Oil, Money, and Power")
    assert all(w.authors != ["Claudius, Nero", "Domitian"] for w, _ in notes[2])


def test_a_prepared_statement_at_a_hearing_and_the_place_of_id_at():
    # Senate PSI report, notes 40 and 23; the last two notes variants not in the corpus
    works, notes, _ = bibliography(
        'Prepared Statement of Vickie A. Tillman, Executive Vice President, Standard & Poor\'s Credit Market Services, '
        '"The Role of Credit Rating Agencies in the Structured Finance Market," before the U.S. House of '
        'Representatives Subcommittee on Capital Markets, Insurance and Government Sponsored Enterprises of the '
        'Committee on Financial Services, Serial No. 110-62 (9/27/2007), S&P SEC-PSI 0001945-71, at 51. (See Chapter '
        'V below.)',
        "Id. at 5.",
        'Testimony of John Smith, Chief Executive Officer, Acme Bank, "Lending Practices," before the Senate '
        'Committee on Banking (3/4/2010), at 7.')
    (tillman, c), = notes[1]
    assert (tillman.authors, c.year, c.series, c.pinpoint) == (["Tillman, Vickie A."], "2007", "Serial No. 110-62", "51")
    assert [(w, c.pinpoint) for w, c in notes[2]] == [(tillman, "5")]
    (smith, c), = notes[3]
    assert (smith.authors, smith.title, c.year, c.pinpoint) == (["Smith, John"], "Lending Practices", "2010", "7")


def test_variants_of_entries_editors_in_parentheses_a_colon_after_the_year_and_et_al_short_forms():
    # the families of Schmitz et al.'s notes 4, 8, 5 and 22 in shapes not in the corpus
    works, notes, _ = bibliography(
        "Müller, Hans (Hg.): Digitale Geschichte. Berlin; Boston 2022.",
        "Berg, Anna and Jonas Lind (2019): Counting Letters. Journal of Early Modern Studies 8(4):195.",
        "Berg et al. (2019): 197.",
        "Berg, Anna, and Jonas Lind (2020a), Reading Ledgers. London: Routledge.",
        "Berg and Lind 2020, pp. 3-4")
    (muller, c), = notes[1]
    assert (muller.editors, muller.authors, muller.title, c.place, c.year) == (
        ["Müller, Hans"], [], "Digitale Geschichte", "Berlin; Boston", "2022")
    (berg, c), = notes[2]
    assert (berg.authors, berg.title, berg.container, c.volume, c.issue, c.year) == (
        ["Berg, Anna", "Lind, Jonas"], "Counting Letters", "Journal of Early Modern Studies", "8", "4", "2019")
    assert [(w, c.pinpoint) for w, c in notes[3]] == [(berg, "197")]
    (ledgers, c), = notes[4]
    assert (ledgers.title, c.year, c.publisher) == ("Reading Ledgers", "2020", "Routledge")
    assert [(w, c.pinpoint) for w, c in notes[5]] == [(ledgers, "3-4")]
    assert len(works) == 3


def test_an_undated_letter_described_and_cross_references_to_the_reports_own_chapters():
    # the family of the Senate PSI report's notes 43, 26 and 41 in shapes not in the corpus
    works, notes, fragments = bibliography(
        "See letter from Fitch to SEC, SEC_OCIE_CRA_020011-15, at 3. (See Chapter V below.)",
        "For more information about Long Beach, see Chapter III of this Report.")
    (letter, c), = notes[1]
    assert (letter.authors, letter.title, c.year, c.pinpoint) == (["Fitch"], None, None, "3")
    assert notes[2] == []


def test_nineteenth_century_law_reports_and_statute_books():
    works, notes, _ = bibliography(
        "Its exposition may be seen in McCulloch v. Maryland, 4 Wheaton, 316.",
        "Pensacola Tel. Co. v. West. Union, 96 U. S. 1, 9. (Quoted by Judge Cooley in his Principles of "
        "Constitutional Law.)",
        "18 Stat., part 3, 336. See Ex parte Virginia, 100 U. S. 339.",
        "Sect. 5515 Rev. Stats. That decision (Juilliard v. Greenman) of March, 1884, argues much.",
        "7 Wall. 506.")
    [(case, cited)] = notes[1]
    assert (case.title, case.container, cited.volume, cited.pinpoint) == ("McCulloch v. Maryland", "Wheaton", "4", "316")
    assert [(w.title, w.authors) for w, _ in notes[2]] == [("Pensacola Tel. Co. v. West. Union", []),
                                                          ("Principles of Constitutional Law", ["Cooley"])]
    assert [(w.title, c.volume, c.pinpoint) for w, c in notes[3]] == [("Stat.", "18, part 3", "336"),
                                                                     ("Ex parte Virginia", "100", "339")]
    assert [(w.title, c.pinpoint, w.year) for w, c in notes[4]] == [("Rev. Stats.", "Sect. 5515", None),
                                                                   ("Juilliard v. Greenman", None, "1884")]
    [(reported, _)] = notes[5]
    assert (reported.title, reported.container) == (None, "Wall.")


def test_a_modern_case_with_its_court_and_year_is_left_to_the_modern_reader():
    from edition.citations.law_reports import read_law_reports
    from edition.citations.model import Citation
    text = "Seminole Nation v. United States, 316 U.S. 286, 296-297 (1942)."
    assert read_law_reports(text, lambda s, e: Citation("t", 1, s, e, text[s:e]), []) == []


def test_unsigned_review_articles_by_title_review_and_roman_volume():
    works, notes, _ = bibliography(
        'See an article entitled "The Session," No. Am. Review, vol. cxi., pp. 48, 49.',
        'See the article entitled "The Session," No. Am. Rev., vol. cviii. (1869), p. 626 et seq.',
        'In an article entitled "The Conduct of Business in Congress" (North American Review, vol. cxxviii. p. 113), '
        "to which I am indebted.",
        "No. Am. Rev., vol. xxvi., p. 162.",
        "A description which appeared in the New York Nation for April 4, 1878.")
    first, second = notes[1][0][0], notes[2][0][0]
    assert (first.title, first.container, first.volume) == ("The Session", "No. Am. Review", "cxi")
    assert first.id != second.id and second.volume == "cviii"  # one title in two volumes: two articles
    assert [(w.title, w.container) for w, _ in notes[3]] == [("The Conduct of Business in Congress",
                                                             "North American Review")]
    assert [(w.title, w.container, c.pinpoint) for w, c in notes[4]] == [(None, "No. Am. Rev.", "162")]
    assert [(w.container, w.place, w.year) for w, _ in notes[5]] == [("Nation", "New York", "1878")]


def test_his_title_after_the_note_names_the_person_and_a_letter_printed_in_a_collection():
    works, notes, _ = bibliography(
        "These are Mr. Bagehot's words. See his English Constitution (last American edition), p. 69.",
        'Works, vol. vi., p. 467: "Letter to Jno. Taylor." The words omitted contain his opinions.',
        "Lodge's Alexander Hamilton (Am. Statesmen Series), p. 85.",
        "Autobiography, pp. 264, 265.")
    assert [(w.title, w.authors) for w, _ in notes[1]] == [("English Constitution", ["Bagehot"])]
    assert [(w.title, c.volume) for w, c in notes[2]] == [("Works", "vi")]
    assert [(w.title, w.authors, w.series) for w, _ in notes[3]] == [("Alexander Hamilton", ["Lodge"],
                                                                     "Am. Statesmen Series")]
    assert titles(notes, 4) == ["Autobiography"]


def test_references_in_parentheses_inside_prose_and_latin_titles_by_their_first_word():
    works, notes, _ = bibliography(
        "It may be observed that Augustine (De Civ. Dei, x. 14) compares the teaching. Prudentius has a similar "
        "comparison (c. Symmachum, ii. 315 sqq.). Floras (Epitome, ad init.) had already divided Roman history.",
        'As G. Monod observed, "les hommes du moyen age n\'avaient pas conscience des modifications" '
        "(Revue Historique, i. p. 8).",
        "The idea has been studied by Mariupolsky (Zur Geschichte des Entwicklungsbegriffs in Berner Studien, "
        "Bd. vi. 1897), and the life collected by G. Weill (De Gulielmi Postelli vita et indole, 1892).",
        "He thinks they were lost. Metaphysics, xi. 8 ad fin.; Politics, iv. 10.",
        "Opus Majus, vii. p. 366.",
        "Washington (Sparks, ii. 34) wrote it; published (The University of Alabama Press, 1984).")
    assert [(w.title, w.authors, c.pinpoint) for w, c in notes[1]] == [
        ("De Civ. Dei", ["Augustine"], "x. 14"), ("c. Symmachum", [], "ii. 315 sqq."), ("Epitome", ["Floras"], "ad init.")]
    assert [(w.title, w.container, w.authors) for w, _ in notes[2]] == [(None, "Revue Historique", ["Monod, G."])]
    assert [(w.title, w.authors, w.year) for w, _ in notes[3]] == [
        ("Zur Geschichte des Entwicklungsbegriffs", ["Mariupolsky"], "1897"),
        ("De Gulielmi Postelli vita et indole", ["Weill, G."], "1892")]
    assert [(w.title, c.pinpoint) for w, c in notes[4]] == [("Metaphysics", "xi. 8 ad fin"), ("Politics", "iv. 10")]
    assert titles(notes, 5) == ["Opus Majus"]
    assert all(w.title not in ("Sparks", "The University of Alabama Press") for w, _ in notes[6])


def test_numbered_references_after_the_writers_words_and_ib_chains():
    works, notes, _ = bibliography(
        "(1) His coming may be fixed by astrology: Opus Majus, iv. p. 269. (2) His coming means the end of the "
        "world: ib. p. 262.",
        "Discorsi, iii. 43.",
        "Ib. iii. 1. The lawgiver must assume for his purposes that all men are bad: ib. i. 3.",
        "e.g. Comte, Cours de philosophie positive, vi. 321 sqq.",
        "Compare the remarks of S. Vogl, Die Physik Roger Bacos (1906), 98 sqq.",
        "Leary, The Central Intelligence Agency: History and Documents, pp. 63, 147–148.")
    assert {w.title for w, _ in notes[1]} == {"Opus Majus"}
    assert {(w.title, c.form) for w, c in notes[3]} == {("Discorsi", "ibid")}
    assert [(w.title, w.authors) for w, _ in notes[4]] == [("Cours de philosophie positive", ["Comte"])]
    assert [(w.title, w.authors) for w, _ in notes[5]] == [("Die Physik Roger Bacos", ["Vogl, S."])]
    assert [w.title for w, _ in notes[6]] == ["The Central Intelligence Agency: History and Documents"]


def test_texts_in_a_named_editors_edition_and_his_title_with_its_year():
    works, notes, _ = bibliography(
        "Another was the corruption; see Compendium studii philosophiae, ed. Brewer, p. 402.",
        "A passage in his short Epistle de secretis operibus artis et naturae, c. iv. (ed. Brewer, p. 533), in which "
        "he is said to predict.",
        "The associated works have been edited by Brewer, Fr. Rogeri Bacon Opera Inedita, 1859.",
        "His Histoire de l'idee de progres (1910) is planned on a large scale.",
        "Seneca touches on it in a passage in his Medea (374 sqq.) which has been often quoted.")
    assert [(w.title, w.editors, c.pinpoint) for w, c in notes[1]] == [
        ("Compendium studii philosophiae", ["Brewer"], "402")]
    assert [(w.title, c.pinpoint) for w, c in notes[2]] == [
        ("Epistle de secretis operibus artis et naturae", "c. iv")]
    assert [(w.title, w.editors, w.year) for w, _ in notes[3]] == [("Fr. Rogeri Bacon Opera Inedita", ["Brewer"], "1859")]
    assert [(w.title, w.year) for w, c in notes[4]] == [("Histoire de l'idee de progres", "1910")]
    assert [(w.title, c.pinpoint) for w, c in notes[5] if w.title] == [("Medea", "374 sqq.")]


def test_an_essay_in_a_writers_collection_a_part_of_his_book_and_a_reference_after_i_may_refer():
    works, notes, _ = bibliography(
        "Caro, Problemes (1876); Brunetiere, La Formation de l'idee de progres, in Etudes critiques, 5e serie.",
        "Recently Mr. R. H. Murray, in a learned appendix to his Erasmus and Luther, has developed the thesis.",
        "I may refer here to Tacitus, Dialogus c. 16, as an appreciation of historical perspective.")
    essay = [w for w, _ in notes[1] if w.authors == ["Brunetiere"]]
    assert [(w.kind, w.title, w.container) for w in essay] == [
        ("chapter", "La Formation de l'idee de progres", "Etudes critiques")]
    assert titles(notes, 2) == ["Erasmus and Luther"]
    assert [(w.title, w.authors, c.pinpoint) for w, c in notes[3]] == [("Dialogus", ["Tacitus"], "c. 16")]


def test_an_ancient_authors_works_named_in_prose_and_an_editors_edition():
    works, notes, _ = bibliography(
        "Plato's philosophy of history. In the myth of the Statesman and the last Books of the Republic. The best "
        "elucidation will be found in the notes to Book viii. in J. Adam's edition of the Republic (1902).",
        "Similarly he places the ideal society which he describes in the Critias 9000 years before Solon. The state "
        "which he plans in the Laws is indeed imagined as a practicable project.",
        "A history of the Republic in the years of its growth.",
        "Of Bacon's Opus Majus the best and only complete edition is that of J. H. Bridges, 2 vols. 1897.")
    read = {(w.title, tuple(w.editors), w.year) for w, _ in notes[1]}
    assert read == {("Statesman", (), None), ("Republic", (), None), ("Republic", ("Adam, J.",), "1902")}
    assert titles(notes, 2) == ["Critias", "Laws"]
    assert notes[3] == [], "of the Republic alone, no Plato named: a country"
    assert [(w.title, w.authors, w.editors, w.year) for w, _ in notes[4]] == [
        ("Opus Majus", ["Bacon"], ["Bridges, J. H."], "1897")]


def test_a_latin_title_cut_short_is_the_one_printed_in_full_before():
    from edition.citations.resolve import abbreviated_words
    works, notes, _ = bibliography(
        "The quotations from Seneca will be found in Naturales Quaestiones, vii. 25 and 31.",
        "Pliny, Nat. Hist. iii. 6. 39.",
        "Nat. Quaest. iii. 28-30.")
    assert notes[3][0][0] is notes[1][0][0]
    assert abbreviated_words("Nat. Quaest", "Naturales Quaestiones")
    assert not abbreviated_words("Nat. Hist", "Naturales Quaestiones") and not abbreviated_words("Na. Q.", "Na Q")


def test_a_note_opening_with_a_bare_book_and_section_after_a_quotation_takes_its_writer():
    from edition.citations.classical import read_writers_at_calls
    from edition.citations.notes import Note
    citations, fragments = parse_note(Note("t", 1, "xi. 1. The cyclical theory was curiously revived by Nietzsche.", 1))
    [located] = [c for c in citations if c.needs_writer]
    assert located.pinpoint == "xi. 1"
    passage = ('It is reflected in Marcus Aurelius, who dwells on it in his Meditations. "The rational soul," he '
               'says, "wanders round the whole world. So uniform is the world."')
    [read] = read_writers_at_calls([located], fragments, {1: passage})
    assert read.authors == ["Marcus Aurelius"]


def test_ib_with_two_volumes_and_a_cp_with_two_places_leave_nothing_unplaced():
    works, notes, fragments = bibliography(
        "Opus Majus, vii. p. 366.",
        "Ib. iv. p. 266; vii. p. 389.",
        "Opus Majus, iv. p. 269; cp. p. 268 and vii. p. 234.")
    assert {w.title for w, _ in notes[2]} == {"Opus Majus"}
    assert not [f for f in fragments if f.role == "unplaced"]


# --- held out (parser20): Lang's "Apollo and the Mouse", Harrison's Prolegomena ch. I ---

def test_lexica_fragments_greek_titles_and_a_writer_by_his_initial():
    # Harrison notes 18, 11, 21, 19 and the same forms of other writers
    works, notes, _ = bibliography(
        "Hesych. s.v. Μαιμάκτης· μειλίχιος, καθάρσιος.", "Suidas s.v. Ἀπατούρια.", "Soph. frg. 154.",
        "Hippocr. περὶ ἐνυπνίων 639, ....", "P. IX. 3. 2.", "Xen *Anab*. VII. 9. 4. The incident took place then.")
    assert [(w.authors, w.title, c.pinpoint) for n in range(1, 7) for w, c in notes[n]] == [
        (["Hesych."], None, "s.v. Μαιμάκτης"), (["Suidas"], None, "s.v. Ἀπατούρια"), (["Soph."], None, "frg. 154"),
        (["Hippocr."], "περὶ ἐνυπνίων", "639"), (["P."], None, "IX. 3. 2"), (["Xen"], "Anab", "VII. 9. 4")]


def test_a_writer_then_title_and_place_in_parentheses_a_commentator_on_a_title_and_a_scholion():
    works, notes, _ = bibliography(
        "Thuc. II. 38, and in the same spirit Aristotle (*Rhet*. 1378 b) writes ....",
        "Servius on Aeneid, iii. 420.", "Schol. ad Ar. *Nub*. 408.")
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[1]] == [
        (["Thuc."], None, "II. 38"), (["Aristotle"], "Rhet", "1378 b")]
    (servius, c), = notes[2]
    assert (servius.authors, servius.title, c.pinpoint, c.ambiguous) == (["Servius"], None, "iii. 420", True)
    (aristophanes, c), = notes[3]
    assert (aristophanes.authors, aristophanes.title, c.pinpoint, c.ambiguous) == (["Ar."], "Nub", "408", True)


def test_periodicals_by_roman_volume_and_year_new_series_volume_and_month():
    works, notes, _ = bibliography(
        "I follow Dr R. Wünsch, *Rheinisches Museum* LVI. 1901, p. 392.",
        "There were feasts at Rhodes (De Witte, Revue Numismatique, N.S. iii. 3-11).",
        "Folk-Lore Record, N.S. ii.", "Journal of Philol., xvii. p. 96.",
        "Prof. Max Müller (Academy, Jan. 1884) says the word should be Ote.")
    found = [(w.authors, w.container, w.volume or c.volume, w.year) for n in range(1, 6) for w, c in notes[n]]
    assert found == [(["Wünsch, R."], "Rheinisches Museum", "LVI", "1901"),
                     (["De Witte"], "Revue Numismatique", "N.S. iii", None),
                     ([], "Folk-Lore Record", "N.S. ii", None), ([], "Journal of Philol.", "xvii", None),
                     (["Müller, Max"], "Academy", None, "1884")]


def test_terse_short_forms_titles_alone_and_names_with_a_particle():
    # Lang notes 5, 4, 34, 1, 30, 6, 15
    works, notes, _ = bibliography(
        "Cieza de Leon, p. 183.", "Christoval de Moluna (1570), p. 5.", "Rolland, Faune populaire.",
        "Comm. Real. i. 75.", "Zool. Myth, ii. 68.", "Idyll xv.", "Onomast., ix. 6, segm. 84, p. 1066.")
    assert [(w.authors, w.title) for n in range(1, 8) for w, _ in notes[n]] == [
        (["Leon, Cieza de"], None), (["Moluna, Christoval de"], None), (["Rolland"], "Faune populaire"),
        ([], "Comm. Real"), ([], "Zool. Myth"), ([], "Idyll"), ([], "Onomast")]
    assert notes[7][0][1].pinpoint == "ix. 6, segm. 84, p. 1066"


def test_quoting_bible_references_and_one_work_under_two_titles():
    works, notes, _ = bibliography(
        "Plutarch, De Is. et Os., 71, 72; Strabo, xvii. 813.",
        "Liebrecht (Zur Volkskunde, p. 13, quoting Journal Asiatique, 1st series, 3, 307) finds the same myth.",
        "Wilkinson, iii. 294, quoting the Ritual xxxiii.: ‘Thou devourest the rat of Ra.’",
        "Leviticus xi. 29.", "De Iside et Osiride, lxxvi.")
    plutarch = notes[1][0][0]
    assert [(w.title, w.container) for w, _ in notes[2]] == [(None, "Journal Asiatique"), ("Zur Volkskunde", None)]
    assert [(w.authors, w.title) for w, _ in notes[3]] == [([], "Ritual"), (["Wilkinson"], None)]
    assert notes[4] == []
    assert [w for w, _ in notes[5]] == [plutarch]


def test_words_in_italics_used_as_terms_are_no_titles():
    works, notes, _ = bibliography(
        "English has no equivalent for it. *Aversion*, which I have been obliged to adopt, is too personal. "
        "Mr Farnell regards Zeus as not a *contaminatio* of two conceptions. To his book, *Die Religion des Veda*, "
        "I owe much.")
    assert [w.title for w, _ in notes[1]] == ["Die Religion des Veda"]


def test_a_paper_printed_with_a_german_school_programme():
    # Harrison note 26, and the shorter form of the same habit
    works, notes, _ = bibliography(
        "The sources are collected in the complete work, Oskar Band, *Die Attischen Diasien--ein Beitrag zur "
        "Griechischen Heortologie*, Wissenschaftliche Beilage zum Programm der Victoriaschule, Ostern 1883 (Berlin).",
        "See Karl Müller, *Die Orakel*, Programm des Gymnasiums zu Gotha, 1890.")
    (band, c), = notes[1]
    assert (band.authors, band.container, band.year, band.place, c.form) == (
        ["Band, Oskar"], "Wissenschaftliche Beilage zum Programm der Victoriaschule", "1883", "Berlin", "full")
    (muller, _), = notes[2]
    assert (muller.authors, muller.title, muller.container, muller.year) == (
        ["Müller, Karl"], "Die Orakel", "Programm des Gymnasiums zu Gotha", "1890")


def test_titles_are_folded_without_accents_but_never_erased():
    """A Greek or Russian title folds to its letters (an ASCII fold erased it, and a Greek title could never
    match: Harrison's "Hippocr. περὶ ἐνυπνίων"); Latin letters Unicode does not decompose are spelled out."""
    from edition.citations.resolve import fold
    assert fold("Hippocr. περὶ ἐνυπνίων 639") == "hippocr περι ενυπνιων 639"
    assert fold("«Правда», 12 мая") == "правда 12 мая"
    assert fold("Œuvres de Müller, Ægis — “Straße”") == "oeuvres de muller aegis strasse"
    assert fold("Cieza de León") == fold("Cieza de Leon") and fold("a\u00a0b") == "a b"
