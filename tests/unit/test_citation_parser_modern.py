"""The note parser on modern notes (1950-2020): Chicago notes-bibliography and the technical manner of reports.

Each case is a real note (or a run of them) as printed, parsed and resolved as a chapter's notes are
(edition/citations/modern.py). Sources: Gropman, "Industrial Mobilization" (NDU Press, 1997), in tests/corpus;
Tomayko, Computers in Spaceflight (NASA CR-182505, 1988), ch. 8 (single notes quoted).
"""

from __future__ import annotations

from test_citation_parser import bibliography


def test_two_surnames_joined_by_and_are_two_authors_in_short_forms():
    works, notes, _ = bibliography(
        "Kriedberg and Henry, 495.",
        "Ibid., 496-497.",
        "Kreidberg and Henry, 499-502.",
        "See Kreidberg and Henry, 692-693.")
    (work, first), = notes[1]
    assert work.authors == ["Kriedberg", "Henry"] and first.pinpoint == "495" and first.form == "short"
    assert all(w is work for n in (2, 3, 4) for w, _ in notes[n]), "the misspelt first form is the same work"
    assert len(works) == 1


def test_a_suffix_after_the_names_comma_belongs_to_the_name():
    works, notes, _ = bibliography(
        "Frederick P. Brooks, Jr., The Mythical Man-Month, Addison-Wesley, Reading, MA, 1975, p. 56.",
        "H. W. Tindall, Jr., Consolidation of Gemini Computer Programming and Operation at Houston, Texas, memorandum, "
        "February 2 8, 1962, Johns on Space Center History Office.")
    (brooks, c), = notes[1]
    assert brooks.authors == ["Brooks, Frederick P., Jr."] and brooks.title == "The Mythical Man-Month"
    assert (brooks.publisher, brooks.place, brooks.year, c.pinpoint) == ("Addison-Wesley", "Reading, MA", "1975", "56")
    (memo, _), = notes[2]
    assert memo.authors == ["Tindall, H. W., Jr."]
    assert memo.title == "Consolidation of Gemini Computer Programming and Operation at Houston, Texas"
    assert (memo.kind, memo.year, memo.publisher) == ("archive", "1962", "Johns on Space Center History Office")


def test_a_bodys_name_is_never_turned_round():
    works, notes, _ = bibliography(
        "Western Electric, Inc., Final Project Report to NASA: Progress Mercury, NAS1-430,June 196I,p. 1.",
        "IBM Corporation, IBM Launch Monitor Subsystem, MS 124, May 1, 1962, pp. 1.2, 1.3.",
        'Philco Corporation, "IMCC Systems and Performance Requirements Specification," p. 4.1.2.',
        "Western Electric, Inc., Final Project Report to NASA, Progress Mercury. June 1961, pp. 42, 45.")
    (western, first), = notes[1]
    assert western.authors == ["Western Electric, Inc."] and western.title == "Final Project Report to NASA: Progress Mercury"
    assert (western.year, first.pinpoint) == ("196I", "1"), "the year as printed, its slip kept"
    (ibm, c), = notes[2]
    assert ibm.authors == ["IBM Corporation"] and ibm.title == "IBM Launch Monitor Subsystem"
    assert (ibm.date, c.pinpoint) == ("May 1, 1962", "1.2, 1.3")
    assert notes[3][0][0].authors == ["Philco Corporation"]
    (again, later), = notes[4]
    assert again is western and later.pinpoint == "42, 45", "the full stop before the date is a slip for a comma"


def test_a_title_then_a_technical_imprint_report_number_and_date():
    works, notes, _ = bibliography(
        "W.R. Corliss, Histories of the Space Tracking and Data Acquisition Network (STADAN), The Manned Space Flight "
        "Network (MSFN), and the NASA Communications Network (NASCOM), NASA CR-140390, September 1974. p. 29.",
        "Corliss, Space Tracking and Data Acquisition Network, September 1974, p. 138.",
        "P. Herget, The Computation of Orbits, Cincinnati, by the author, 1948.",
        "J. Grimwood, B.C. Hacker, and P.J. Vorzimmer, Project Gemini: Technology and Operations, GPO, Washington, "
        "D.C., 1969, p. 23.",
        "IBM Corporation, Project Gemini Final Report-Summary, NASA CR-72180, no date, p. 2.",
        "IBM Corporation, Project Gemini Final Report-Summary, no date, p, 39.")
    (corliss, c), = notes[1]
    assert corliss.title.endswith("the NASA Communications Network (NASCOM)") and c.pinpoint == "29"
    assert corliss.year == "1974" and corliss.authors == ["Corliss, W.R."]
    assert [(w, c.pinpoint) for w, c in notes[2]] == [(corliss, "138")]
    (herget, _), = notes[3]
    assert (herget.title, herget.place, herget.publisher, herget.year) == (
        "The Computation of Orbits", "Cincinnati", "by the author", "1948")
    (gemini, _), = notes[4]
    assert gemini.authors == ["Grimwood, J.", "Hacker, B.C.", "Vorzimmer, P.J."]
    assert (gemini.title, gemini.publisher, gemini.place) == ("Project Gemini: Technology and Operations", "GPO",
                                                              "Washington, D.C.")
    (summary, _), = notes[5]
    assert summary.title == "Project Gemini Final Report-Summary" and summary.year is None
    assert [(w, c.pinpoint) for w, c in notes[6]] == [(summary, "39")], "'p,' for 'p.'"
    assert len(works) == 4


def test_initials_printed_with_commas():
    works, notes, _ = bibliography(
        'S,E, James, "Evolution of Real-Time Computer Systems for Manned Spaceflight," IBM J. Res. Devel., 25, 418 (1981).',
        'James, "Evolution of Real-Time Computer Systems for Manned Spaceflight," 25 418 (1981).')
    (james, _), = notes[1]
    assert james.authors == ["James, S,E"]
    assert notes[2][0][0] is james and len(works) == 1


def test_a_short_interview_by_surname_links_the_interview_printed_in_full():
    works, notes, _ = bibliography(
        "Interview with John Morton, Goddard Spaceflight Center, June 27, 1984.",
        "Morton interview, June 27, 1984.",
        "Interview with J. Perry Chambers, Goddard Spaceflight Center, June 28, 1984.",
        "Chambers interview, June 28, 1984; P. Herget, The Computation of Orbits, Cincinnati, by the author, 1948.",
        "Morton interview, June 1, 1985.")
    (morton, full), = notes[1]
    assert (morton.kind, morton.authors, full.place, morton.year) == (
        "interview", ["Morton, John"], "Goddard Spaceflight Center", "1984")
    assert notes[2][0][0] is morton
    chambers = notes[3][0][0]
    assert [w for w, _ in notes[4]][0] is chambers and len(notes[4]) == 2
    (other, c), = notes[5]
    assert other is morton and c.ambiguous, "another date: the one interview of Morton, flagged"


def test_a_title_with_its_revision_is_no_inverted_name():
    works, notes, fragments = bibliography(
        "Industrial Mobilization Plan, Revised 1933, National Defense University Library Archives, vii-xi.",
        "Industrial Mobilization Plan, Revised 1936 (Washington, Government Printing Office, 1936). Found in the "
        "National Defense University Library Archives.",
        'Industrial Mobilization Plan, Revision of 1939 (Washington: Government Printing Office, 1939) 1-18, and '
        '"Annexes to 1939 I.M.P. [Industrial Mobilization Plan]" both found in the National Defense University '
        'Library Archives.')
    (plan33, c), = notes[1]
    assert (plan33.authors, plan33.title, plan33.container, c.pinpoint) == (
        [], "Industrial Mobilization Plan, Revised 1933", "National Defense University Library Archives", "vii-xi")
    (plan36, _), = notes[2]
    assert (plan36.authors, plan36.title, plan36.publisher, plan36.year) == (
        [], "Industrial Mobilization Plan, Revised 1936", "Government Printing Office", "1936")
    assert [w.title for w, _ in notes[3]] == ["Industrial Mobilization Plan, Revision of 1939",
                                              "Annexes to 1939 I.M.P. [Industrial Mobilization Plan]"]
    assert len(works) == 4, "'Found in ...' is where the work is kept, no work"
    assert any(f.role == "detail" and f.text.startswith("Found in") for f in fragments)
    works, notes, _ = bibliography("Protective Mobilization Plan, 1939, National Archives, 4.")  # constructed: a year
    (plan, c), = notes[1]
    assert (plan.title, plan.container, c.pinpoint) == ("Protective Mobilization Plan, 1939", "National Archives", "4")


def test_a_sentence_of_where_works_are_kept_is_no_title():
    works, notes, fragments = bibliography(
        "Ibid., 502-504. These Industrial Mobilization Plans (1922/1924, 1930, 1936, 1939) can be found in the National "
        "Archives. The 1933, 1936 and 1939 Plans can also be found at the National Defense University Library Archives.")
    assert [c.form for _, c in notes[1]] == ["ibid"]
    assert not [f for f in fragments if f.role == "unplaced"]
    works, notes, _ = bibliography(  # Kropotkin's note 33: found in a book, not a repository: the book is cited
        "The fact is well known to every field-naturalist, and with reference to England several examples may be "
        "found in Charles Dixon’s Among the Birds in Northern Shires.")
    assert [w.title for w, _ in notes[1]] == ["Among the Birds in Northern Shires"]


def test_an_author_printed_before_a_full_stop_and_its_short_form():
    works, notes, _ = bibliography(
        'His view is supported by Joanne E. Johnson. "The Army Industrial College and Mobilization Planning Between '
        'the Wars," unpublished Executive Research Paper, (Washington: Industrial College of the Armed Forces), 1-43.',
        "The former quote was from the Washington News, November 1, 1938, and the latter from the Philadelphia "
        "Inquirer, May 5, 1939, and both are cited in Johnson, 20-21.")
    (johnson, _), = notes[1]
    assert johnson.authors == ["Johnson, Joanne E."] and johnson.kind == "working-paper"
    news, inquirer, short = notes[2]
    assert (news[0].kind, news[0].container, news[0].year) == ("newspaper", "Washington News", "1938")
    assert (inquirer[0].container, inquirer[0].year) == ("Philadelphia Inquirer", "1939")
    assert short[0] is johnson and short[1].pinpoint == "20-21"


def test_a_short_title_closed_by_a_full_stop_and_a_misprinted_name():
    works, notes, _ = bibliography(
        'Terrence J. Cough, "Soldiers, Businessmen and US Industrial Mobilization Planning Between the World Wars, " '
        'War & Society 9, 1 (May, 1991), 68-69.',
        'Gough, "Soldiers, Businessmen, and US Industrial Mobilization." 70.',
        'Gough, "Soldiers, Businessmen and US Industrial Mobilization..." 72.')
    article = notes[1][0][0]
    assert [(w, c.pinpoint) for w, c in notes[2]] == [(article, "70")]
    assert [(w, c.pinpoint) for w, c in notes[3]] == [(article, "72")]
    assert len(works) == 1


def test_a_statute_by_volume_and_page():
    works, notes, _ = bibliography(
        'Roosevelt secured legislation that authorized the Reconstruction Finance Corporation "to make loans." '
        "54 Statute 573, cited in Industrial College of the Armed Forces, Emergency Management of the National "
        "Economy: Vol XIX Administration of Mobilization WWII (Washington: Industrial College of the Armed Forces, "
        "1954), 21-23.")
    statute, icaf = notes[1]
    assert (statute[0].title, statute[1].volume, statute[1].pinpoint) == ("Statute", "54", "573")
    assert icaf[0].title.startswith("Emergency Management") or icaf[0].title.startswith("Industrial College")


def test_a_reference_left_open_by_an_unclosed_quotation_mark_ends_at_its_pages():
    works, notes, _ = bibliography(
        "Kreidberg and Henry, 683.",
        'Herman M. Somers, Presidential Agency: "The Office of War Mobilization and Reconversion (Cambridge: Harvard '
        "University Press, 1950), 6-7. Kreidberg and Henry, 682-683.")
    somers, kh = notes[2]
    assert somers[0].authors == ["Somers, Herman M."] and somers[1].pinpoint == "6-7"
    assert kh[0] is notes[1][0][0]


def test_articles_by_volume_issue_and_date_in_brackets():
    works, notes, _ = bibliography(
        'Terrence J. Gough, "Origins of the Army Industrial College: Military Business Tensions After World War I," '
        "Armed Forces & Society, 17, 2 (Winter. 1991), 270-271.",
        'S,E, James, "Evolution of Real-Time Computer Systems for Manned Spaceflight," IBM J. Res. Devel., 25, 418 (1981).',
        'H.R. Karp, "NASA Plans Global Range to Track Man in Space," Control Eng., 22 (July 1959).')
    (gough, c), = notes[1]
    assert (gough.kind, gough.container, gough.volume, gough.issue, gough.year, c.pinpoint) == (
        "article", "Armed Forces & Society", "17", "2", "1991", "270-271")
    (james, c), = notes[2]
    assert (james.container, james.volume, c.pinpoint) == ("IBM J. Res. Devel.", "25", "418")
    (karp, c), = notes[3]
    assert (karp.container, karp.year, c.pinpoint) == ("Control Eng.", "1959", "22")


def test_a_body_or_its_office_as_author_and_the_short_form_by_its_name():
    works, notes, _ = bibliography(
        "Ibid., 581,593. See also Industrial College of the Armed Forces, 67-68.",
        "See also Director of the Service, Supply, and Procurement Division, War Department General Staff, Logistics "
        "in World War II: Final Report of the Army Service Forces (Washington: Center for Military History, 1993) 5.",
        "Industrial College of the Armed Forces, Emergency Management of the National Economy: Vol XIX Administration "
        "of Mobilization WWII (Washington: Industrial College of the Armed Forces, 1954), 21-23.")
    (icaf, c), = notes[3]
    assert icaf.authors == ["Industrial College of the Armed Forces"]
    assert icaf.title == "Emergency Management of the National Economy: Vol XIX Administration of Mobilization WWII"
    assert [(w, c.pinpoint) for w, c in notes[1] if w.authors] == [(icaf, "67-68")], "the short form before the full"
    (asf, _), = notes[2]
    assert asf.authors == ["Director of the Service, Supply, and Procurement Division, War Department General Staff"]
    assert asf.title == "Logistics in World War II: Final Report of the Army Service Forces"


def test_ibid_whose_pages_point_to_another_work():
    works, notes, _ = bibliography(
        "Kreidberg and Henry, 499-502.",
        "Ibid., 502-504. Kreidberg and Henry rely very heavily in this section of their massive work on mobilization on "
        'Harold W. Thatcher, "Planning for Industrial Mobilization 1920-1940", (Washington: Office of the Quartermaster '
        "General, 1948).",
        "Ibid., 516-517.",
        "Industrial College of the Armed Forces, 67-68.",
        'Ibid., 692-693. The Special Senate Committee found: "public opinion was divided." See Kreidberg and Henry, 692-693.')
    kh = notes[1][0][0]
    thatcher = notes[2][1][0]
    assert (thatcher.title, thatcher.publisher, thatcher.year) == (
        "Planning for Industrial Mobilization 1920-1940", "Office of the Quartermaster General", "1948")
    (work, c), = notes[3]
    assert work is kh and c.ambiguous, "pages going on from Kreidberg and Henry's, Thatcher named in passing"
    assert notes[5][0][0] is kh and notes[5][0][1].ambiguous, "the same pages of a work the same note names"
    works, notes, _ = bibliography(  # constructed: the note sends the reader to the last work: the rule stands
        "Smith, The Army, 45. See also the discussion in Jones, The Navy (Boston: Little, 1950).",
        "Ibid., 50.")
    assert notes[2][0][0].title == "The Navy" and not notes[2][0][1].ambiguous


def test_a_page_without_its_p_and_a_note_breaking_off_after_the_title():
    from edition.citations.modern import read_broken_off
    works, notes, fragments = bibliography(
        "IBM, Goddard Monitor Programs, Project Mercury, prepared for NASA, NAS1-430, 1961, p. 1.4, files of John "
        "Morton, Goddard Space flight Center.",
        "IBM, Goddard Monitor Programs, Project Mercury,. 1.2.",
        "IBM Corporation, Real-Time Computer Complex for NASA Manned Spacecraft Center, Houston, Texas, IBM Federal "
        "Systems Division, Rockville, MD, September 1, 1962, pp. 1.1,1.2,2.5,2.53.",
        "IBM Corporation, Project Gemini Final Report-Summary, no date, p. 2; IBM Corporation, Real-Time Computer "
        "Complex for NASA Manned Spacecraft Center,")
    (goddard, c), = notes[1]
    assert goddard.title == "Goddard Monitor Programs, Project Mercury" and c.pinpoint == "1.4"
    assert [(w, c.pinpoint) for w, c in notes[2]] == [(goddard, "1.2")]
    (rtcc, _), = notes[3]
    assert (rtcc.publisher, rtcc.place) == ("IBM Federal Systems Division", "Rockville, MD")
    broken, = [f for f in fragments if f.role == "unresolved"]
    assert "breaks off" in broken.reason, "read, not linked by the parser alone: reported"
    citations = [c for n in notes.values() for _, c in n]
    unknown = [c for c in citations if c.note != 3]
    assert read_broken_off(unknown, [broken]) == unknown and broken.role == "unresolved", "no earlier work: reported"
    made = [c for c in read_broken_off(citations, [broken]) if c.note == 4 and c.title and c.title.startswith("Real")]
    assert len(made) == 1 and made[0].authors == ["IBM Corporation"] and broken.role == "detail"


def test_a_memorandum_titled_by_its_subject_kept_by_an_office():
    # the form of a memo in modern technical histories (a constructed note): the memo is the work
    works, notes, _ = bibliography(
        'H. W. Tindall to C. C. Kraft, "Gemini Programming Status," February 28, 1962, JSC History Office.',
        'Brehon Somervell to George C. Marshall, "Supply of Overseas Theaters," 12 March 1942, RG 160, National Archives.')
    (memo, _), = notes[1]
    assert (memo.kind, memo.authors, memo.title, memo.publisher, memo.year) == (
        "archive", ["Tindall, H. W."], "Gemini Programming Status", "JSC History Office", "1962")
    assert notes[2][0][0].title != "Supply of Overseas Theaters", "filed in a record group: the collection's"
    works, notes, _ = bibliography(
        'Memo, Tindall to Kraft, "Gemini Programming," February 28, 1962, JSC History Office.',
        'R. R. Gilruth to Director, Office of Manned Space Flight, memorandum, "Gemini Computer," 3 March 1963, NASA '
        "History Office.")
    assert [(w.authors, w.title) for n in (1, 2) for w, _ in notes[n]] == [
        (["Tindall"], "Gemini Programming"), (["Gilruth, R. R."], "Gemini Computer")]
    works, notes, fragments = bibliography("Letter, Tindall to Kraft, March 3, 1965, JSC History Office.")
    assert notes[1] == [] and [f.role for f in fragments] == ["unresolved"], "untitled: reported, no work invented"


def test_a_quoted_title_with_a_technical_imprint():
    # a constructed note of the technical manner: a report series and number, then the date
    works, notes, _ = bibliography(
        'D.C. Cheatham, "Apollo Guidance and Navigation," MIT Instrumentation Laboratory Report R-500, 1965, p. 4.',
        'J. Smith, "Onboard Computers," Aviation Week, March 5, 1962, p. 34.')
    (report, c), = notes[1]
    assert (report.title, report.year, c.pinpoint) == ("Apollo Guidance and Navigation", "1965", "4")
    (item, _), = notes[2]
    assert item.container == "Aviation Week", "a periodical's issue is no report"


def test_an_interview_at_a_place_printed_with_commas():
    works, notes, _ = bibliography(
        "Interview with Marshall Smith, NASA Headquarters, Washington, D.C., June 9, 1983.",
        "Smith interview.")
    (smith, c), = notes[1]
    assert (smith.kind, smith.authors, c.place, smith.year) == (
        "interview", ["Smith, Marshall"], "NASA Headquarters, Washington, D.C.", "1983")
    assert notes[2][0][0] is smith


def test_interviews_in_chicagos_later_forms_and_bodies_of_the_services():
    # constructed notes of common modern forms: "Name, interview by author, place, date", a suffix before an imprint
    # in brackets, a service and its command as one body
    works, notes, _ = bibliography(
        "John Doe, interview by author, Houston, Texas, June 3, 1983.",
        "Doe interview, June 3, 1983.",
        "Telephone interview with Jane Roe, June 5, 1984.",
        "Edward R. Stettinius, Jr., Lend-Lease: Weapon for Victory (New York: Macmillan, 1944), 45.",
        "U.S. Army, Army Service Forces, Annual Report for the Fiscal Year 1943 (Washington: GPO, 1944), 12.",
        "Message of the President of the United States to Congress, Relative to France and Great-Britain (Philadelphia: "
        "Childs and Swaine, 1793).")
    (doe, c), = notes[1]
    assert (doe.kind, doe.authors, c.place) == ("interview", ["Doe, John"], "Houston, Texas")
    assert notes[2][0][0] is doe
    assert notes[3][0][1].place is None, "a date is no place"
    assert notes[4][0][0].authors == ["Stettinius, Edward R., Jr."]
    (asf, _), = notes[5]
    assert (asf.authors, asf.title) == (["U.S. Army, Army Service Forces"], "Annual Report for the Fiscal Year 1943")
    assert notes[6][0][0].authors != ["Message of the President of the United States to Congress"], "a title, no body"


def test_a_bodys_finding_quoted_from_the_work_cited_after_it():
    works, notes, _ = bibliography(
        "Kreidberg and Henry, 682-683.",
        'Ibid., 692-693. The Special Senate Committee to Investigate the National Defense Program found: "public '
        'opinion prior to the outbreak of the war was sharply divided as to the role this country should play in the '
        'European conflict." See Kreidberg and Henry, 692-693.',
        'Kreidberg and Henry rely very heavily in this section on their sources.')
    kh = notes[1][0][0]
    committee = [(w, c) for w, c in notes[2] if w is not kh]
    assert [(w.authors, w.title, c.ambiguous) for w, c in committee] == [
        (["Special Senate Committee to Investigate the National Defense Program"], None, True)]
    assert notes[3] == [], "a sentence about writers, no quotation: no work"


def test_years_in_brackets_inside_the_writers_sentence_are_no_imprint():
    # Gropman's note 24 prints "These Industrial Mobilization Plans (1922/1924, 1930, 1936, 1939) can be found in ...";
    # the same sentence with another verb (constructed), and a reference whose imprint is a year alone
    works, notes, fragments = bibliography(
        "Ibid., 45. These plans (1922/1924, 1930) were never used by the Army.",
        "Nelson, 92. Baruch (1918) had argued the same.",
        "Smith, The Army (1950) passim.")
    assert [c.form for _, c in notes[1]] == ["ibid"] and [c.form for _, c in notes[2]] == ["short"]
    assert {f.text for f in fragments if f.role == "commentary"} >= {
        "These plans (1922/1924, 1930) were never used by the Army", "Baruch (1918) had argued the same"}
    assert notes[3][0][0].title == "The Army"


def test_technical_references_with_a_journal_of_commas_a_laboratory_and_proceedings():
    # constructed notes of the technical manner of 1960s-80s aerospace histories
    works, notes, _ = bibliography(
        'David G. Hoag, "The History of Apollo On-Board Guidance, Navigation, and Control," Journal of Guidance, '
        "Control, and Dynamics, 6, 1 (January-February 1983), 4-13.",
        'C. S. Draper et al., "Space Navigation Guidance and Control," MIT Instrumentation Laboratory, R-500, '
        "Cambridge, MA, June 1965, Vol. 1, p. 3.",
        'M. M. Jones, "Onboard Computing," Proceedings of the Fall Joint Computer Conference, AFIPS Press, Montvale, '
        "NJ, 1965, pp. 23-34.",
        "Stokes interview, June 1, 1983.")
    (hoag, _), = notes[1]
    assert (hoag.container, hoag.volume, hoag.issue, hoag.year) == ("Journal of Guidance, Control, and Dynamics", "6",
                                                                   "1", "1983")
    (draper, c), = notes[2]
    assert (draper.publisher, draper.place, c.volume, c.pinpoint) == ("MIT Instrumentation Laboratory", "Cambridge, MA",
                                                                     "1", "3")
    (jones, _), = notes[3]
    assert (jones.authors, jones.container, jones.publisher) == (
        ["Jones, M. M."], "Proceedings of the Fall Joint Computer Conference", "AFIPS Press")
    assert notes[4][0][0].kind == "interview", "no interview in full before: one of its own"


def test_a_hearing_by_chamber_and_committee_and_a_board_as_author():
    # constructed notes of the federal histories' forms
    works, notes, _ = bibliography(
        "U.S. Congress, House, Committee on Military Affairs, Hearings on H.R. 1776, 77th Cong., 1st sess., 1941, 23.",
        "War Production Board, Industrial Mobilization for War: History of the War Production Board and Predecessor "
        "Agencies, 1940-1945 (Washington: GPO, 1947), 34.",
        "War Production Board, Industrial Mobilization for War, 40.")
    (hearing, c), = notes[1]
    assert (hearing.authors, hearing.title, hearing.year, c.pinpoint) == (
        ["U.S. Congress, House, Committee on Military Affairs"], "Hearings on H.R. 1776", "1941", "23")
    (wpb, _), = notes[2]
    assert wpb.authors == ["War Production Board"] and wpb.kind == "government-document"
    assert notes[3][0][0] is wpb


def test_a_series_of_official_histories_after_the_title():
    # constructed: the U.S. Army's "Green Books" are cited with their series between title and imprint
    works, notes, _ = bibliography(
        "John D. Millett, The Organization and Role of the Army Service Forces, United States Army in World War II "
        "(Washington: Office of the Chief of Military History, 1954), 45.",
        "Millett, Organization and Role of the Army Service Forces, 47.")
    (millett, c), = notes[1]
    assert (millett.title, c.series) == ("The Organization and Role of the Army Service Forces",
                                         "United States Army in World War II")
    assert notes[2][0][0] is millett


def test_a_thesis_a_particle_inside_a_name_and_op_cit_after_two_surnames():
    # constructed notes of common Chicago forms
    works, notes, _ = bibliography(
        'John Smith, "The Army and Industry" (Ph.D. diss., Harvard University, 1980), 45.',
        "Martin van Creveld, Supplying War: Logistics from Wallenstein to Patton (Cambridge: Cambridge University "
        "Press, 1977), 12.",
        "Van Creveld, 34.",
        "Kreidberg and Henry, 495.",
        "Kreidberg and Henry, op. cit., 45.")
    (thesis, c), = notes[1]
    assert (thesis.kind, thesis.publisher, thesis.year, c.pinpoint) == ("working-paper", "Harvard University", "1980", "45")
    (creveld, _), = notes[2]
    assert creveld.authors == ["Creveld, Martin van"] and creveld.title.startswith("Supplying War")
    assert notes[3][0][0] is creveld
    assert notes[5][0][0] is notes[4][0][0] and notes[5][0][1].form == "op-cit"


def test_a_body_by_its_initials_in_a_short_form():
    # constructed: the issuing agency printed in full, then by its initials
    works, notes, _ = bibliography(
        "Civilian Production Administration, Industrial Mobilization for War: History of the War Production Board and "
        "Predecessor Agencies, 1940-1945 (Washington: GPO, 1947), 34.",
        "CPA, Industrial Mobilization for War, 40.",
        "WPB, Industrial Mobilization for War, 41.")
    cpa = notes[1][0][0]
    assert cpa.authors == ["Civilian Production Administration"] and cpa.kind == "government-document"
    assert notes[2][0][0] is cpa and notes[3][0][0] is not cpa, "another body's initials: not that work"


def test_underscore_italics_a_series_after_the_title_and_a_proceedings_title():
    # Laramee's notes 10 and 11 (Programming Historian, 2018), then a made-up note: a newspaper in the writer's prose
    works, notes, _ = bibliography(
        "Frederick Mosteller and David Lee Wallace, _Inference and Disputed Authorship: The Federalist_, Addison-Wesley "
        "Series in Behavioral Science : Quantitative Methods (Reading, Mass.: Addison-Wesley PublCo, 1964).",
        "See for example Glenn Fung, \"The disputed Federalist papers: SVM feature selection via concave minimization\", "
        "_TAPIA '03: Proceedings of the 2003 conference on Diversity in Computing_, pp. 42-46; and Robert A. Bosch and "
        "Jason A. Smith, “Separating Hyperplanes and the Authorship of the Disputed Federalist Papers,” _The American "
        "Mathematical Monthly_, vol. 105, no. 7 (1998), pp. 601–8, https://doi.org/10.2307/2589242.",
        "Note that the _New York Times_ has redesigned its APIs, and the `nyt_id`s listed no longer map to ids.")
    (mosteller, _), = notes[1]
    assert (mosteller.authors, mosteller.title, mosteller.year) == (
        ["Mosteller, Frederick", "Wallace, David Lee"], "Inference and Disputed Authorship: The Federalist", "1964")
    (fung, c), (bosch, _) = notes[2]
    assert (fung.authors, fung.title, c.pinpoint) == (
        ["Fung, Glenn"], "The disputed Federalist papers: SVM feature selection via concave minimization", "42-46")
    assert bosch.container == "The American Mathematical Monthly"
    assert notes[3] == [], "a newspaper named in the writer's prose: no work"


def test_spanish_and_portuguese_double_family_names():
    # Laramee's note 18 (Programming Historian, 2018), then made-up names
    from edition.citations.names import invert
    works, notes, _ = bibliography(
        "José Calvo Tello, “Entendiendo Delta desde las Humanidades,” _Caracteres_, May 27 2016, "
        "http://revistacaracteres.net/revista/vol5n1mayo2016/entendiendo-delta/.")
    (calvo, _), = notes[1]
    assert (calvo.authors, calvo.title) == (["Calvo Tello, José"], "Entendiendo Delta desde las Humanidades")
    assert invert("María Teresa León") == "León, María Teresa", "a second given name: one family name"
    assert invert("Maria Grazia Rossi") == "Rossi, Maria Grazia", "a given name shared with Italian: as usual"
    assert invert("Juan M. Perez") == "Perez, Juan M."


def test_a_numbered_report_by_its_series_title_and_authors():
    # CRS R48093's note 11 (2026), then a made-up note with two authors after another citation
    works, notes, fragments = bibliography(
        "For more information on co-management, see CRS Report R47563, Tribal Co-management of Federal Lands: "
        "Overview and Selected Issues for Congress, by Mariel J. Murray.",
        "See 47 U.S.C. §606(c); and CRS In Focus IF10123, Alerts and Warnings: A Primer, by Ann B. Smith and "
        "Carl Jones.")
    (murray, c), = notes[1]
    assert (murray.kind, murray.authors, murray.title, c.series) == (
        "government-document", ["Murray, Mariel J."],
        "Tribal Co-management of Federal Lands: Overview and Selected Issues for Congress", "CRS Report R47563")
    report = notes[2][-1][0]
    assert (report.authors, report.title) == (["Smith, Ann B.", "Jones, Carl"], "Alerts and Warnings: A Primer")


def test_a_bodys_page_by_its_quoted_title_and_address():
    # CRS R48093's notes 20 and 17 (2026), then a made-up note: a person's quoted title is not read so
    works, notes, _ = bibliography(
        'BIA, "What Is Tribal Consultation?" https://www.bia.gov/service/tribal-consultations/what-tribal-consultation.',
        'Some entities have developed guidelines (see United Nations, "Who Are Indigenous Peoples?" fact sheet, '
        'https://www.un.org/esa/socdev/unpfii/documents/5session_factsheet1.pdf).',
        'John Smith, "Why Consult?" https://example.org/why.')
    (bia, _), = notes[1]
    assert (bia.authors, bia.title, bia.url) == (
        ["BIA"], "What Is Tribal Consultation?", "https://www.bia.gov/service/tribal-consultations/what-tribal-consultation")
    (un, _), = notes[2]
    assert (un.authors, un.title) == (["United Nations"], "Who Are Indigenous Peoples?")
    assert all(w.authors != ["John Smith"] for w, _ in notes[3])


def test_a_treaty_by_the_statutes_at_large():
    # CRS R48093's notes 4 and 3 (2026), then a made-up note: "Treaty" in prose with no volume of the Statutes: no work
    works, notes, _ = bibliography(
        "For example, the Treaty with the Kaskaskias, etc., U.S.-United Tribes of Kaskaskia & Peoria, Piankeshaw & Wea "
        "Indians, art. 7, May 30, 1854, 10 Stat. 1082, 1084, required the President to consult with the Tribes.",
        "For example, the Treaty Between the United States of America and the Nez Percé Indians, U.S.-Nez Percé Tribe, "
        "Article III, June 11, 1855, 12 Stat. 957, 958, gave the Tribe \"the right of taking fish.\"",
        "The Treaty was signed on May 30, 1854, at Washington.")
    (kaskaskias, c), = notes[1]
    assert (kaskaskias.title.startswith("Treaty with the Kaskaskias"), kaskaskias.container, kaskaskias.year,
            c.pinpoint) == (True, "Stat.", "1854", "1084")
    (nez_perce, _), = notes[2]
    assert nez_perce.title == "Treaty Between the United States of America and the Nez Percé Indians"
    assert nez_perce is not kaskaskias
    assert notes[3] == []


def test_bodies_as_joint_authors_of_a_quoted_title():
    # CRS R48093's note 30 (2026), then a made-up note whose first name is a person's: not read so
    works, notes, _ = bibliography(
        'Native American Rights Fund, University of Colorado Boulder, and University of California, Los Angeles School '
        'of Law, "Tribal Implementation Toolkit," pp. 28-32, https://un-declaration.narf.org/toolkit.pdf. Some Tribes '
        'have incorporated the framework into tribal law.',
        'John Smith, University of Colorado Boulder, "A Toolkit," pp. 2-3, https://example.org/toolkit.pdf.')
    (toolkit, c), = notes[1]
    assert (toolkit.authors, toolkit.title, c.pinpoint) == (
        ["Native American Rights Fund", "University of Colorado Boulder",
         "University of California, Los Angeles School of Law"], "Tribal Implementation Toolkit", "28-32")
    assert all("John Smith" not in w.authors for w, _ in notes[2])


def test_a_statement_at_a_hearing_and_one_in_the_record():
    # CRS R48093's note 6 (2026), shortened; then a made-up note: a person's statement is not read as a hearing's
    works, notes, _ = bibliography(
        'See Statement of Rep. Nick J. Rahall, "Introduction of the Act," House debate, Congressional Record, daily '
        'edition, vol. 154, part 43 (March 13, 2008), pp. E383-E384. See also Statement of National Congress of '
        'American Indians (NCAI), legislative hearing on H.R. 3490, H.R. 3522, H.R. 5608, H.R. 5680, and S. 2457, '
        '110th Cong., 2nd sess., April 9, 2008, H.Hrg. 41-818 (GPO, 2008), p. 83 (hereinafter H.R. 5608 hearing).',
        "Statement of John Smith, hearing on H.R. 12, 99th Cong., 1st sess., May 2, 1985, p. 4.")
    hearing = next(w for w, _ in notes[1] if w.kind == "chapter")
    assert (hearing.authors, hearing.title, hearing.container, hearing.publisher, hearing.year) == (
        ["National Congress of American Indians (NCAI)"], None,
        "legislative hearing on H.R. 3490, H.R. 3522, H.R. 5608, H.R. 5680, and S. 2457", "GPO", "2008")
    assert len(notes[1]) == 2, "the hearing's number is no work of its own"
    assert all(w.kind != "chapter" for w, _ in notes[2])
