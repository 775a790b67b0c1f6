"""The notes of U.S. congressional investigation reports (a Senate subcommittee's staff report, say).

Their references open with the date before a quoted title ("8/2010 "Nonprime Mortgages: ...," Government
Accountability Office (GAO), Report No. GAO-10-805 at 1"), name who made a record after it ("chart prepared by
the Subcommittee"), describe letters instead of titling them ("3/14/2008 compliance letter from S&P to SEC"),
cite a complaint by the case's name and paragraphs ("SEC v. Mozilo, Case No. CV09-03994 (USDC CD Calif.),
Complaint (June 4, 2009), at ¶¶ 20-21"), an interview the body held ("Subcommittee interview of Gary Witt, ...
(10/29/2009)"), and mark documents by hearing exhibit and control (Bates) numbers, which are not pages
(conventions.yml, `investigations`). "Id." chains are read as ibid by the parser.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .conventions import abbreviations, conventions
from .documents import PARTY, START
from .model import Citation, clear_of

DATE = r"(?P<date>\b\d{1,2}/(?:\d{1,2}/)?(?:1[6-9]|20)\d\d)"
TITLE = r"[“\"](?P<title>[A-Z](?:[^“”\"])*?)[,.]?(?:[”\"],?|(?=,\s*\(\d))"  # the closing quote may be lost
URL = r"https?://[^\s]+[^\s.,;)]"


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(conventions()["investigations"][key], key=len, reverse=True))


@lru_cache(maxsize=None)
def _forms() -> dict[str, re.Pattern]:
    return {
        # "8/2010 "Title," ...", "11/1997 Comptroller ... Comptroller's Handbook, "Asset Securitization," ..."
        "dated": re.compile(START + DATE + r"\s+(?:(?P<body>[A-Z][^“”\";]*?),?\s+)?" + TITLE),
        # "Interagency "Expanded Guidance for Subprime Lending Programs, (1/31/2001)": a body, then the title and
        # its date in parentheses (the closing quote may be lost)
        "bodied": re.compile(START + r"(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})\s+" + TITLE
                             + r",?\s*\(" + DATE + r"\)"),
        # ""Title," chart prepared by ...", ""Title," Fair Isaac Corporation, http://...": no date before it
        "titled": re.compile(START + TITLE),
        "case": re.compile(r"(?:(?P<subject>[A-Z][^,;]*),\s+as\s+(?:described|alleged|discussed)\s+in\s+)?"
                           rf"(?P<case>{PARTY}\s+v\.\s+{PARTY}),\s+Case\s+No\.\s+(?P<docket>[\w:.-]+)\s*"
                           rf"\((?P<court>[^)]*)\),\s*(?P<paper>{_words('court_papers')})"
                           r"(?:\s*\((?P<filed>[^)]*)\))?(?:,\s*at\s+(?P<pin>¶+\s*\d+(?:[-–]\d+)?(?:,\s*\d+(?:[-–]\d+)?)*))?"),
        "record": re.compile(START + rf"(?:{DATE}\s+)?(?P<kind>{_words('described_records')})\s+from\s+(?P<from>[^,;]+?)"
                             r"\s+to\s+(?P<to>[^,;.]+?)(?=[,.;]|$)"),
        "interview": re.compile(rf"\b(?:{_words('interviewers')})\s+interview\s+of\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){{1,3}}"
                                r"[A-Z][\w'’-]+)(?:,\s*(?P<role>[^()]*?))?\s*\((?P<date>[\d/]+)\)"),
        # "Prepared Statement of Vickie A. Tillman, Executive Vice President, ..., "Title," before the U.S. House of
        # Representatives Subcommittee on ..., Serial No. 110-62 (9/27/2007)": testimony at a hearing
        "testimony": re.compile(START + rf"(?:(?:{_words('testimony')})\s+)?(?:[Ss]tatement|[Tt]estimony)\s+of\s+"
                                r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),(?P<role>[^“\";]*?)" + TITLE
                                + r"\s*(?:before|at)\s+(?:the\s+)?(?P<body>[^;]+?)(?:,\s*Serial\s+No\.\s*(?P<serial>[\w-]+))?"
                                r"\s*\((?P<date>[\d/]+)\)"),
        "identifier": re.compile("|".join(conventions()["investigations"]["identifiers"])),
        "made_by": re.compile(rf"(?:^\s*|,\s*)(?:(?:report|chart|document|presentation)\s+)?(?:{_words('made_by')})\s+"
                              r"(?:the\s+)?(?P<who>[A-Z][^,;()]*?)(?=\s+Report\s+No\.|\s+Staff\s+Report|,|\s*\(|$)"),
    }


@lru_cache(maxsize=None)
def _folded_abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in abbreviations())


def _abbreviation(word: str) -> bool:
    """"No." of "Report No.", "Co." and "Inc." of a firm's name: a full stop that ends no sentence."""
    return word.lower() in _folded_abbreviations() or word.split(".")[-1].lower() in _folded_abbreviations()


def reference_end(text: str, at: int) -> int:
    """Where the reference that runs on at `at` ends: a semicolon, or a full stop that closes a sentence (not an
    abbreviation's: "Paulson & Co. Inc."), outside parentheses and quotes."""
    depth, quoted, i = 0, False, at
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in "“”\"":
            quoted = not quoted if ch == "\"" else ch == "“"
        elif not depth and not quoted:
            if ch == ";":
                return i
            if ch == "." and re.match(r"\s+(?:[A-Z(]|$)|\s*$", text[i + 1:]):
                word = re.search(r"([\w.&]+)$", text[at:i])
                if not word or not (_abbreviation(word.group(1)) or re.fullmatch(r"[A-Z]", word.group(1))):
                    return i
        i += 1
    return len(text)


def _year(*dates: str | None) -> str | None:
    for date in dates:
        found = re.search(r"(?:1[6-9]|20)\d\d", date or "")
        if found:
            return found.group(0)
    return None


def _particulars(c: Citation, tail: str) -> None:
    """What follows the title: who made it, the report's number, the address, the date, the page."""
    from .names import invert, split_names
    tail = _forms()["identifier"].sub("", tail)
    made = _forms()["made_by"].search(tail)
    if made and made.group("who").strip():
        who = made.group("who").strip()
        people = split_names(who)[0] if made.group(0).lstrip(", ").startswith("by ") else []
        c.authors = [invert(p) for p in people] if people and all(len(p.split()) <= 4 for p in people) else [who]
    elif (body := re.match(r"\s*(?P<body>[A-Z][^,;()\d]*?)(?:\s+\((?P<alias>[A-Z]+)\))?\s*(?:,|$)", tail)):
        name = body.group("body").strip()
        if re.search(r",\s*Report\s+No\.", tail[body.end() - 1:]) or re.match(r"\s*Report\s+No\.", tail[body.end():]):
            c.publisher = name  # "GAO, Report No. GAO-09-848R": the report's maker and publisher
        elif name:
            c.authors = [name]  # "Fair Isaac Corporation, http://...", "S&P.": the page's or the study's body
    series = re.search(r"(?P<series>(?:(?:[A-Z][\w&]*|of|the)\s+)*Staff\s+Report|Report)\s+No\.\s+(?P<no>[\w-]+)", tail)
    if series:
        c.series, c.issue = series.group("series"), series.group("no")
        if series.group("series") != "Report":
            c.container = series.group("series")
    url = re.search(URL, tail)
    if url:
        c.url, c.kind = url.group(0), "web"
    pin = re.search(r"\bat\s+(?P<pin>\d+(?:[-–]\d+)?(?:,\s*\d+(?:[-–]\d+)?)*(?:,\s*Table\s+\d+)?)", tail)
    if pin:
        c.pinpoint = pin.group("pin")
    c.year = c.year or _year(*re.findall(r"\(([^()]*\d{4})\)", tail), tail if not url else tail[:url.start()])


def read_investigation_forms(text: str, base, taken: list[tuple[int, int]]) -> list[Citation]:
    """The references of these forms in a note's text, none overlapping `taken` or another; `base(start, end)`
    makes an empty citation of that span."""
    from .names import invert
    made: list[Citation] = []

    def free(start: int, end: int) -> bool:
        return clear_of(start, end, taken + made)

    for found in _forms()["case"].finditer(text):
        end = reference_end(text, found.end())
        if free(found.start(), end):
            c = base(found.start(), end)
            c.form, c.kind, c.title = "full", "government-document", re.sub(r"\s+", " ", found.group("case"))
            c.series, c.publisher = found.group("docket"), found.group("court")
            c.date = found.group("filed")
            c.year, c.pinpoint = _year(found.group("filed")), found.group("pin")
            made.append(c)
    for found in _forms()["record"].finditer(text):
        end = reference_end(text, found.end())
        if free(found.start(), end):
            c = base(found.start(), end)  # described, not titled: its maker and date
            c.form, c.kind, c.authors = "full", "archive", [found.group("from").strip()]
            c.date, c.year = found.group("date"), _year(found.group("date"))
            pin = re.search(r"\bat\s+(?P<pin>\d+(?:[-–]\d+)?)\s*$", _forms()["identifier"].sub("", text[found.end():end]))
            c.pinpoint = pin.group("pin") if pin else None
            made.append(c)
    for found in _forms()["interview"].finditer(text):
        end = reference_end(text, found.end())
        if free(found.start(), end):
            c = base(found.start(), end)
            c.form, c.kind, c.person = "full", "interview", found.group("name")  # the person interviewed
            c.date, c.year = found.group("date"), _year(found.group("date"))
            made.append(c)
    for found in _forms()["testimony"].finditer(text):
        end = reference_end(text, found.end())
        if free(found.start(), end):
            c = base(found.start(), end)  # the witness its author; the hearing by body and serial number
            c.form, c.kind, c.authors = "full", "government-document", [invert(found.group("name"))]
            c.title, c.date, c.year = found.group("title").strip(" ,"), found.group("date"), _year(found.group("date"))
            c.series = f"Serial No. {found.group('serial')}" if found.group("serial") else None
            pin = re.search(r"\bat\s+(?P<pin>\d+(?:[-–]\d+)?)\s*$", _forms()["identifier"].sub("", text[found.end():end]))
            c.pinpoint = pin.group("pin") if pin else None
            made.append(c)
    for key in ("dated", "bodied", "titled"):
        for found in _forms()[key].finditer(text):
            end = reference_end(text, found.end())
            tail = text[found.end():end]
            if key == "titled" and not (_forms()["made_by"].search(tail) or _forms()["identifier"].search(tail)
                                        or re.match(rf"\s*[A-Z][^,;()\d]*,\s*{URL}\W*$", tail)):
                continue  # a title first without an investigation's marks: the parser's other forms read it
            if not free(found.start(), end):
                continue
            c = base(found.start(), end)
            c.form, c.kind, c.title = "full", "government-document", found.group("title").strip(" ,")
            if key == "bodied":
                c.authors, c.date, c.year = [found.group("body")], found.group("date"), _year(found.group("date"))
            if key == "dated":
                c.date, c.year = found.group("date"), _year(found.group("date"))
                if found.group("body"):  # "Comptroller ... Comptroller's Handbook": the series the part is in
                    c.container = found.group("body").strip()
            _particulars(c, tail)
            made.append(c)
    return sorted(made, key=lambda c: c.start)
