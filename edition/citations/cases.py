"""Court decisions cited by their law reports, found by eyecite (the Free Law Project's
extractor of legal citations): its reporters database knows some two thousand reporters and
their printed variants, from Dallas and "4 Wheaton, 316" to "189 F.3d 88", so the edition
keeps no list of its own.

A decision cited in full ("McCulloch v. Maryland, 4 Wheaton, 316"; "United States v. Rahman,
189 F.3d 88, 104 (2d Cir. 1999)"; "7 Wall. 506", its name not printed) and the Bluebook's short
form of one cited before ("Rahman, 189 F.3d at 104") come back as spans of the note's text with
what they print: the case's name as printed before the report (none when it prints none), the
reporter as printed, volume, first page and pages cited, and the court and year of the
parenthesis after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a volume, a reporter and a page: what every report citation prints (eyecite is not asked otherwise)
MAY_CITE_A_REPORT = re.compile(r"\b\d{1,4},?\s+[A-Z][^;]{0,24}?,?\s+\d")
PARTY = (r"(?:(?:bin|al|van|von|de)\s+)?[A-Z][\w.'’&-]*"
         r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|&|ex\s+rel\.|de|du|la|bin|ibn|al|van|von|der))*")
NOT_A_PARTY = re.compile(r"^(?:See|Cf|Compare|But|Also|In(?!\s+re\b)|And|Quoted|Cited)\s")
# the case's name, printed just before its report: "Name v. Name, ", "Ex parte Name, ", "In re Name, "
NAME_BEFORE = re.compile(rf"(?P<name>(?:Ex\s+parte|In\s+re|Matter\s+of)\s+{PARTY}|{PARTY}\s+v\.\s*{PARTY}),?\s*$")
COURT_AND_YEAR = re.compile(r"\s*\((?P<court>[^()]*?)(?P<year>(?:1[6-9]|20)\d\d)\)")
PAGES_CITED = re.compile(r"(?:,\s*\d+(?:\s*[–-]\s*\d+)?)+")


@dataclass
class Case:
    start: int  # where the citation starts in the note (the name's first letter, else the volume)
    end: int
    name: str | None  # as printed ("McCulloch v. Maryland"); None for a report cited alone
    volume: str
    reporter: str  # as printed ("Wheaton", "U. S.", "F.3d")
    page: str  # first page; with the pages cited after it ("88, 104-105")
    court: str | None  # as printed in the parenthesis ("2d Cir."), without its date
    year: str | None
    short: bool  # "Rahman, 189 F.3d at 104": a decision cited before


def cases_in(text: str) -> list[Case]:
    """Every decision the note's text cites by its report, in reading order."""
    if not MAY_CITE_A_REPORT.search(text):
        return []
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation, ShortCaseCitation

    found = []
    for cited in get_citations(text):
        if not isinstance(cited, (FullCaseCitation, ShortCaseCitation)):
            continue
        start, end = cited.span()
        groups = cited.groups
        if isinstance(cited, ShortCaseCitation):  # "Rahman, 189 F.3d at 104": the party before it
            before = re.search(rf"(?P<name>{PARTY}),\s*$", text[:start])
            name = before.group("name") if before and not NOT_A_PARTY.match(before.group("name")) else None
            end = max(end, cited.metadata.pin_cite_span_end or end)
            found.append(Case(before.start() if name else start, end, name, groups["volume"], groups["reporter"],
                              groups["page"], None, None, True))
            continue
        before = NAME_BEFORE.search(text[:start])
        name, first = (before.group("name"), before.start("name")) if before else (None, start)
        while name and NOT_A_PARTY.match(name):  # "See Kilbourn v. Thompson": the signal is no party
            cut = NOT_A_PARTY.match(name).end()
            name, first = name[cut:], first + cut
        page = groups["page"]
        pages = PAGES_CITED.match(text, end)
        if pages:
            page, end = page + pages.group(0), pages.end()
        court = year = None
        parenthesis = COURT_AND_YEAR.match(text, end)
        if parenthesis:
            court = re.sub(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)?\s*$", "", parenthesis.group("court")) or None
            year, end = parenthesis.group("year"), parenthesis.end()
        found.append(Case(first, end, re.sub(r"v\.(?=\S)", "v. ", name) if name else None, groups["volume"],
                          groups["reporter"], page.strip(", "), court, year, False))
    return found
