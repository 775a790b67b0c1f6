"""Court decisions by their law reports (edition/citations/cases.py, eyecite's reporters): the
forms of three centuries of notes, each read with its name, reporter as printed, volume, pages,
court and year, and a note that cites no report left alone."""

from __future__ import annotations

import pytest

from edition.citations.cases import cases_in
from edition.citations.notes import Note
from edition.citations.parse import parse_note

# (note text, [(name, reporter, volume, pages, court, year, short)])
FORMS = [
    ("Its final exposition may be seen in McCulloch v. Maryland, 4 Wheaton, 316.",  # Wilson (1885)
     [("McCulloch v. Maryland", "Wheaton", "4", "316", None, None, False)]),
    ("Pensacola Tel. Co. v. West. Union, 96 U. S. 1, 9. (Quoted by Judge Cooley.)",
     [("Pensacola Tel. Co. v. West. Union", "U. S.", "96", "1, 9", None, None, False)]),
    ("18 Stat., part 3, 336. See Ex parte Virginia, 100 U. S. 339.",
     [("Ex parte Virginia", "U. S.", "100", "339", None, None, False)]),
    ("7 Wall. 506.", [(None, "Wall.", "7", "506", None, None, False)]),  # a report cited alone
    ("Marbury v. Madison, 1 Cranch 137 (1803); see also Worcester v. Georgia, 31 U.S. 515, 559 (1832).",
     [("Marbury v. Madison", "Cranch", "1", "137", None, "1803", False),
      ("Worcester v. Georgia", "U.S.", "31", "515, 559", None, "1832", False)]),
    ("United States v. Rahman, 189 F.3d 88, 104-105, 123-124 (2d Cir. Aug. 16, 1996).",  # the 9/11 report
     [("United States v. Rahman", "F.3d", "189", "88, 104-105, 123-124", "2d Cir.", "1996", False)]),
    ("Rahman, 189 F.3d at 104.", [("Rahman", "F.3d", "189", "104", None, None, True)]),
    ("In re Debs, 158 U.S. 564 (1895).", [("In re Debs", "U.S.", "158", "564", None, "1895", False)]),
    ("Smith, History of England (London, 1890), 2 vols., 345.", []),  # volumes and pages, no report
    ("Journals of Congress, IV. 96, 112.", []),
]


@pytest.mark.parametrize("text, expected", FORMS, ids=[f[0][:40] for f in FORMS])
def test_each_form_of_a_decision_is_read_whole(text, expected):
    found = cases_in(text)
    assert [(c.name, c.reporter, c.volume, c.page, c.court, c.year, c.short) for c in found] == expected
    for case, (name, *_rest) in zip(found, expected):
        printed = text[case.start:case.end]
        assert printed.startswith(name or case.volume) and case.page.split(",")[-1].strip() in printed


def test_a_decision_is_a_work_of_its_report_and_its_short_form_links_to_it():
    full = Note("ch", 3, "United States v. Rahman, 189 F.3d 88, 104 (2d Cir. 1999).", 1)
    [decision], _ = parse_note(full)
    assert (decision.title, decision.container, decision.volume, decision.year, decision.form) == (
        "United States v. Rahman", "F.3d", "189", "1999", "full")
    alone = Note("ch", 4, "7 Wall. 506.", 2)
    [report], _ = parse_note(alone)
    assert report.title is None and report.incomplete and (report.container, report.volume) == ("Wall.", "7")
