"""The note parser on the forms modern U.S. government reports cite by (edition/citations/documents.py).

Sources: the 9/11 Commission Report, ch. 2, and Deep Water (the BP oil spill commission, 2011), ch. 2, both in
tests/corpus (notes quoted by number); the other notes are constructed in the same forms, to test the families
beyond the one note that showed them.
"""

from __future__ import annotations

from test_citation_parser import bibliography


def test_commission_interviews_by_name_and_date_in_parentheses():
    # 9/11 notes 20, 23; a repeat is the same interview
    works, notes, _ = bibliography(
        "Regarding UBL's access to his family's fortune, see Rick Newcomb interview (Feb. 4, 2004);William Wechsler "
        "interview (Jan. 7, 2004).",
        "CIA officials regard Bin Ladin as insignificant. Gary Schroen interview (Mar. 3, 2003).",
        "Rick Newcomb interview (Feb. 4, 2004).")
    assert [(w.kind, w.authors, w.title, w.year) for w, _ in notes[1]] == [
        ("interview", ["Newcomb, Rick"], None, "2004"), ("interview", ["Wechsler, William"], None, "2004")]
    assert [w.authors for w, _ in notes[2]] == [["Schroen, Gary"]]
    assert notes[3][0][0] is notes[1][0][0]


def test_oral_history_interviews_by_and_with_in_an_archive():
    # Deep Water notes 21, 22 (the second sentence of 21 names the study, a work of its own); a constructed variant
    works, notes, _ = bibliography(
        "Ken Arnold, interview with Tyler Priest, May 10, 2004, Houston, TX, History of the Offshore Oil and Gas "
        "Industry in Southern Louisiana, Houston History Archives, M.D. Anderson Library Special Collections, "
        "University of Houston, Houston, TX.",
        "Mary Smith, interview by the author, June 3, 1999, Offshore Oral History Project, Rice University Library, "
        "Houston, TX. This interview was one of forty.")
    (arnold, _), = notes[1]
    assert (arnold.kind, arnold.authors, arnold.title, arnold.year) == ("interview", ["Arnold, Ken"], None, "2004")
    assert arnold.container == "History of the Offshore Oil and Gas Industry in Southern Louisiana"
    assert arnold.publisher.startswith("Houston History Archives") and arnold.place == "Houston, TX"
    (smith, _), = notes[2]
    assert (smith.authors, smith.container, smith.publisher) == (
        ["Smith, Mary"], "Offshore Oral History Project", "Rice University Library")


def test_agency_documents_by_agency_kind_title_or_subject_and_date():
    # 9/11 notes 18, 22, 25, 27, 29 and constructed variants of the Commission's convention
    works, notes, _ = bibliography(
        'See, e.g., Intelligence report, interrogation of Zubaydah, Oct. 29, 2002; CIA analytic report, "Bin Ladin\'s '
        'Terrorist Operations: Meticulous and Adaptable," CTC 00-40017CSH, Nov. 2, 2000.',
        "Intelligence report,Terrorism: Usama Bin Ladin's Historical Links to 'Abdallah Azzam, Apr. 18, 1997. By most "
        "accounts, Bin Ladin initially viewed Azzam as a mentor.",
        "See FBI report of investigation, interview of Jamal al Fadl, Nov. 10, 1996; Gunaratna, Inside Al Qaeda,p.23.",
        'DOD document,"Union Agreement between Jama\'at Qaedat Ansar Allah (The Base Group of Allah Supporters) and '
        'Jama\'at Al-Jihad (Jihad Group)," AFGP-2002-000081, undated.',
        'NSC memo, Clarke to Rice, "Presidential Policy Initiative/Review," Jan. 25, 2001.',
        "State cable, Islamabad 1234, Apr. 3, 1999.")
    assert [(w.authors, w.title, w.year) for w, _ in notes[1]] == [
        ([], None, "2002"), (["CIA"], "Bin Ladin's Terrorist Operations: Meticulous and Adaptable", "2000")]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [
        ([], "Terrorism: Usama Bin Ladin's Historical Links to 'Abdallah Azzam")]
    assert [(w.authors, w.title, w.year) for w, _ in notes[3]][0] == (["FBI"], None, "1996")
    (union, _), = notes[4]
    assert union.authors == ["DOD"] and union.title.startswith("Union Agreement between") and union.year is None
    assert [(w.authors, w.title) for w, _ in notes[5]] == [(["NSC"], "Presidential Policy Initiative/Review")]
    assert [(w.authors, w.title, w.series) for w, _ in notes[6]] == [(["State"], None, "Islamabad 1234")]


def test_court_decisions_by_reporter_and_papers_filed_in_a_case():
    # 9/11 notes 21, 25, 28; constructed variants
    works, notes, _ = bibliography(
        "Government's Evidentiary Proffer Supporting the Admissibility of Co-Conspirator Statements, United States v. "
        "Enaam Arnaout, No. 02-CR-892 (N.D. Ill. filed Jan. 6, 2003).",
        "Government's Evidentiary Proffer Supporting the Admissibility of Co-Conspirator Statements, United States "
        "v.Arnaout, Jan. 6, 2003.",
        "Daniel Benjamin and Steven Simon, The Age of Sacred Terror (Random House, 2002), pp. 6-7; United States v. "
        "Rahman, 189 F.3d 88, 104-105, 123-124 (2d Cir. Aug. 16, 1996).",
        "See Brown v. Board of Education, 347 U.S. 483, 495 (1954); Indictment, United States v. Usama bin Laden, No. "
        "98 Cr. 1023 (S.D.N.Y. filed Nov. 4, 1998).")
    (proffer, first), = notes[1]
    assert (proffer.title, proffer.container, proffer.authors, first.form) == (
        "Government's Evidentiary Proffer Supporting the Admissibility of Co-Conspirator Statements",
        "United States v. Enaam Arnaout", [], "full")
    assert notes[2][0][0] is proffer and notes[2][0][1].form == "short"
    (_, _), (rahman, cited) = notes[3]
    assert (rahman.title, rahman.container, rahman.year, cited.pinpoint) == (
        "United States v. Rahman", "F.3d", "1996", "88, 104-105, 123-124")
    assert [(w.title, w.container) for w, _ in notes[4]] == [
        ("Brown v. Board of Education", "U.S."), ("Indictment", "United States v. Usama bin Laden")]


def test_a_speakers_remarks_and_broadcasts_online():
    # 9/11 notes 2, 13, 17
    works, notes, _ = bibliography(
        "President Bush, remarks at roundtable with Arab- and Muslim-American leaders, Sept. 10, 2002 (online at "
        "www.whitehouse.gov/news/releases/2002/09/20020910-7.html).",
        '"Hunting Bin Ladin," PBS Frontline broadcast, May 1998 (online at www.pbs.org/wgbh/pages/frontline/ '
        'shows/binladen/who/interview.html).',
        'For a good introduction to Qutb, see National Public Radio broadcast, "Sayyid Qutb\'s America," May 6, 2003 '
        "(online at www.npr.org/display_pages/features/feature_1253796.html).")
    (bush, _), = notes[1]
    assert (bush.authors, bush.title, bush.year, bush.url) == (
        ["Bush"], None, "2002", "www.whitehouse.gov/news/releases/2002/09/20020910-7.html")
    (frontline, _), = notes[2]
    assert (frontline.title, frontline.container, frontline.year) == ("Hunting Bin Ladin", "PBS Frontline", "1998")
    assert frontline.url == "www.pbs.org/wgbh/pages/frontline/ shows/binladen/who/interview.html"
    (npr, _), = notes[3]
    assert (npr.title, npr.container) == ("Sayyid Qutb's America", "National Public Radio")


def test_chapters_in_and_reprinted_in_books_and_translators():
    # 9/11 notes 6, 12; Deep Water note 17; a constructed variant
    works, notes, _ = bibliography(
        "For a classic passage, see Henri Pirenne, A History of Europe, trans. Bernard Miall (University Books, 1956), "
        "pp. 25-26.",
        "Sayyid Qutb, Milestones (American Trust Publications, 1990). Qutb's views were best set out in Sayyid Qutb,"
        '"The America I Have Seen" (1949), reprinted in Kamal Abdel-Malek, ed., America in an Arab Mirror (Palgrave, '
        "2000).",
        'On Project Mohole, see David K. van Keuren, "Breaking New Ground," in The Machine in Neptune\'s Garden, eds. '
        "Helen M. Rozwadowski and David K. van Keuren (Sagamore Beach, MA: Science History Publications, 2004), "
        "183–210. On Shell's Eureka project, see Priest, The Offshore Imperative, 97, 218.",
        'Edward Said, "Islam Through Western Eyes" (1980), reprinted in Said, The Selected Works (Pantheon, 2000).')
    (pirenne, _), = notes[1]
    assert (pirenne.authors, pirenne.editors, pirenne.title) == (["Pirenne, Henri"], ["Miall, Bernard"], "A History of Europe")
    assert [(w.kind, w.title, w.container, w.editors) for w, _ in notes[2]] == [
        ("book", "Milestones", None, []),
        ("chapter", "The America I Have Seen", "America in an Arab Mirror", ["Abdel-Malek, Kamal"])]
    assert [(w.kind, w.title) for w, _ in notes[3]] == [("chapter", "Breaking New Ground"), ("book", "The Offshore Imperative")]
    assert notes[3][0][0].editors == ["Rozwadowski, Helen M.", "Keuren, David K. van"]
    (said, _), = notes[4]
    assert (said.kind, said.container, said.container_authors) == ("chapter", "The Selected Works", ["Said"])


def test_magazines_by_month_or_season_with_the_page_after_a_colon_and_conference_papers():
    # Deep Water notes 1, 2, 8, 18; a constructed variant
    works, notes, _ = bibliography(
        '"First Well in Gulf of Mexico Was Drilling Just 25 Years Ago," Offshore (October 1963): 17–19.',
        'Quoted in Tom Zoellner, "Oil and Water," Invention and Technology (Fall 2000): 48.',
        'F. P. Dunn, "Deepwater Production: 1950-2000" (Offshore Technology Conference [OTC] Paper 7627, Houston, TX, '
        "May 1994).",
        'Harold Brown, "The Gulf Rush," Fortune (June 1957): 134-140.')
    (offshore, cited), = notes[1]
    assert (offshore.container, offshore.year, offshore.pages, cited.pinpoint) == ("Offshore", "1963", "17–19", None)
    (zoellner, cited), = notes[2]
    assert (zoellner.authors, zoellner.container, zoellner.year, cited.pinpoint) == (
        ["Zoellner, Tom"], "Invention and Technology", "2000", "48")
    (dunn, _), = notes[3]
    assert (dunn.kind, dunn.container, dunn.place, dunn.year) == (
        "conference-paper", "Offshore Technology Conference [OTC] Paper 7627", "Houston, TX", "1994")
    assert [(w.container, w.year) for w, _ in notes[4]] == [("Fortune", "1957")]


def test_federal_records_by_box_and_record_group_and_volumes_of_a_series():
    # Deep Water notes 15, 24, 26: a titled record (specific to general), two volumes, a letter (the collection's)
    works, notes, _ = bibliography(
        'U.S. Department of Interior, "Petroleum and Sulfur on the U.S. Continental Shelf," internal study, August 1969, '
        "box 134, Central Classified Files, 1969–1972, Record Group 48, Records of the Secretary of Interior, National "
        "Archives and Records Administration (NARA), College Park, MD.",
        "U.S. Geological Survey, Monthly Engineering Reports Vol. 128 (December 1958) and Monthly Engineering Reports "
        "Vol. 144 (February 1960), RG 57, Records of the U.S. Geological Survey, NARA.",
        "Neil R. Etson to President Nixon, March 18, 1970, Central Classified Files, 1968-1974, Box 71, RG 57, Records "
        "of the U.S. Geological Survey, NARA.")
    (study, cited), = notes[1]
    assert (study.kind, study.authors, study.title, study.year, cited.pinpoint) == (
        "archive", ["U.S. Department of Interior"], "Petroleum and Sulfur on the U.S. Continental Shelf", "1969", "box 134")
    assert study.container == "Central Classified Files, 1969–1972, Record Group 48, Records of the Secretary of Interior"
    assert (study.publisher, study.place) == ("National Archives and Records Administration (NARA)", "College Park, MD")
    assert {(w.title, c.volume) for w, c in notes[2]} == {("Monthly Engineering Reports", "Vol. 128"),
                                                         ("Monthly Engineering Reports", "Vol. 144")}
    assert len({w.id for w, _ in notes[2]}) == 1
    assert [w.title for w, _ in notes[3]] != ["Monthly Engineering Reports"]


def test_names_labelled_in_quotation_marks_are_no_works_and_bin_is_a_family_particle():
    # 9/11 notes 25, 3, 10, 16 (a senator's abbreviation that is a name's last word)
    works, notes, fragments = bibliography(
        'A wealth of information has been obtained from materials seized in recent years, including files labeled '
        '"Tareekh Usama" (Usama\'s history) and "Tareekh al Musadat" (History of the Services Bureau).',
        'Usama Bin Ladin,"Declaration of War Against the Americans Occupying the Land of the Two Holy Places," Aug. 23, '
        "1996 (trans., online at www.terrorismfiles.org/individuals/declaration_of_jihad1.html).",
        'Bin Ladin,"Declaration of War," Aug. 23, 1996.',
        "See Arab Human Development Report 2003 (United Nations, 2003), a report that examines indicators identified "
        "by the economist Amartya Sen. It says little, however, about the political dimensions.")
    assert notes[1] == []
    (declaration, _), = notes[2]
    assert declaration.authors == ["Bin Ladin, Usama"] and notes[3][0][0] is declaration
    assert [w.title for w, _ in notes[4]] == ["Arab Human Development Report 2003"]


def test_periodicals_by_the_date_of_the_issue_a_glossed_title_and_a_title_quoted_inside_one():
    # 9/11 notes 1, 14, 23, 24
    works, notes, _ = bibliography(
        '"Text of World Islamic Front\'s Statement Urging Jihad Against Jews and Crusaders," Al Quds al Arabi, Feb. 23, '
        "1998 (trans. Foreign Broadcast Information Service), which was published for a large Arab world audience.",
        '"Bin Laden\'s \'Letter to America,\'" Observer Worldview, Nov. 24, 2002 (trans., online at '
        "http://observer.guardian.co.uk/worldview/story/0,11581,845725,00.html).",
        'In his memoir,Ayman al Zawahiri rejects the claim. See Zawahiri,"Knights Under the Prophet\'s Banner," Al Sharq '
        "al Awsat, Dec. 2, 2001.",
        'See Abdullah Azzam,"Al Qaeda al Sulbah" (The solid foundation), Al Jihad, Apr. 1988, p. 46.')
    (statement, _), = notes[1]
    assert (statement.kind, statement.container, statement.year, statement.editors) == (
        "newspaper", "Al Quds al Arabi", "1998", ["Foreign Broadcast Information Service"])
    (letter, _), = notes[2]
    assert (letter.title, letter.container) == ("Bin Laden's 'Letter to America'", "Observer Worldview")
    assert letter.url == "http://observer.guardian.co.uk/worldview/story/0,11581,845725,00.html"
    assert [(w.authors, w.container) for w, _ in notes[3]] == [(["Zawahiri"], "Al Sharq al Awsat")]
    (azzam, cited), = notes[4]
    assert (azzam.kind, azzam.authors, azzam.title, azzam.container, cited.pinpoint) == (
        "article", ["Azzam, Abdullah"], "Al Qaeda al Sulbah", "Al Jihad", "46")


def test_variants_of_the_families_in_other_reports_of_the_kind():
    # constructed in the forms of the 9/11 Commission's other chapters and of federal histories: an interview by
    # surname with two dates, "Interview with X (date)", the Bluebook's short form of a case and "Id. at", a complaint
    # by docket, an agency alone before a quoted title, a page after a document's date, a paper presented at a
    # meeting, an office of several words before a speaker, a body's name ending in "Service"
    works, notes, _ = bibliography(
        "Tenet interview (Jan. 22, 2004); see also Clarke interviews (Dec. 18, 2003; Feb. 3, 2004).",
        "Interview with Samuel Berger (Jan. 14, 2004).",
        "United States v. Rahman, 189 F.3d 88 (2d Cir. 1999).",
        "Rahman, 189 F.3d at 104.",
        "Id. at 105.",
        "Complaint, SEC v. John Smith, No. 1:10-cv-01234 (D.D.C. filed May 3, 2010).",
        'CIA, "The Terrorist Threat to U.S. Interests," Jan. 2, 2000; FAA report, "Civil Aviation Security Reference '
        'Handbook," May 1999, p. 12.',
        'John Doe, "Offshore Safety Regimes" (paper presented at the Annual Meeting of the Society of Petroleum '
        "Engineers, Dallas, TX, Oct. 4, 1998).",
        "Secretary of Defense Donald Rumsfeld, testimony before the Senate Armed Services Committee, Sept. 19, 2002.",
        "Minerals Management Service, Gulf of Mexico OCS Oil and Gas Lease Sales (New Orleans: MMS, 2007), 23.")
    assert [(w.kind, w.authors, w.year) for w, _ in notes[1]] == [("interview", ["Tenet"], "2004"),
                                                                   ("interview", ["Clarke"], "2003")]
    assert [(w.authors, w.year) for w, _ in notes[2]] == [(["Berger, Samuel"], "2004")]
    (case, _), = notes[3]
    # "Id. at 105": "at" is no part of the place (parser19)
    assert [(w, c.form, c.pinpoint) for n in (4, 5) for w, c in notes[n]] == [(case, "short", "104"), (case, "ibid", "105")]
    assert [(w.title, w.container, w.year) for w, _ in notes[6]] == [("Complaint", "SEC v. John Smith", "2010")]
    assert [(w.authors, w.title, c.pinpoint) for w, c in notes[7]] == [
        (["CIA"], "The Terrorist Threat to U.S. Interests", None), (["FAA"], "Civil Aviation Security Reference Handbook", "12")]
    (paper, _), = notes[8]
    assert (paper.kind, paper.container, paper.place, paper.year) == (
        "conference-paper", "Annual Meeting of the Society of Petroleum Engineers", "Dallas, TX", "1998")
    assert [(w.authors, w.title, w.year) for w, _ in notes[9]] == [(["Rumsfeld, Donald"], None, "2002")]
    assert [w.authors for w, _ in notes[10]] == [["Minerals Management Service"]]


def test_testimony_after_a_name_and_a_document_from_one_person_to_another_with_no_title():
    # the 9/11 Commission's forms elsewhere in its notes; frus-history-2015-ch7 note 45 (printed in a volume: the volume)
    works, notes, _ = bibliography(
        "Richard Clarke testimony, Mar. 24, 2004.",
        "Cofer Black testimony before the Joint Inquiry, Sept. 26, 2002.",
        "NSC email, Clarke to Rice, Jan. 25, 2001.",
        "Dulles testimony, April 19, 1955 in Executive Sessions of the Senate Foreign Relations Committee, Vol. 7 "
        "(Washington: Government Printing Office, 1978), pp. 426–427.")
    assert [(w.authors, w.title, w.year) for n in (1, 2, 3) for w, _ in notes[n]] == [
        (["Clarke, Richard"], None, "2004"), (["Black, Cofer"], None, "2002"), (["NSC"], None, "2001")]
    assert [w.authors for w, _ in notes[4]] != [["Dulles"]], "a testimony printed in a volume: the volume's"


def test_quoted_in_and_cited_in_open_a_note_and_on_a_subject_see():
    # constructed: Chicago 14.260's "Quoted in" before a book, and two "on X, see" in one note (Deep Water note 17's form)
    works, notes, _ = bibliography(
        "Robert Easton, Black Tide (New York: Delacorte Press, 1972), 12.",
        "Quoted in Bob Woodward, Bush at War (Simon & Schuster, 2002), p. 42.",
        "On the spill, see Easton, Black Tide, 30; on its politics, see Dunlap and Mertig, 22.",
        "Cited in Woodward, Bush at War, p. 30.")
    easton = notes[1][0][0]
    assert [(w.authors, w.title) for w, _ in notes[2]] == [(["Woodward, Bob"], "Bush at War")]
    assert [(w, c.pinpoint) for w, c in notes[3]][0] == (easton, "30")
    assert [w.authors for w, _ in notes[3]][1] == ["Dunlap", "Mertig"]
    assert notes[4][0][0] is notes[2][0][0]
