"""Readers of the forms in which modern U.S. government reports cite what they used (1990-2025: national
commissions, agencies, their historians): interviews ("Name interview (date)"; oral histories "Name, interview
by X, date, place, project, archive"), agency documents by agency, kind, title or subject and date ("CIA analytic
report, "Title," CTC 00-40017CSH, Nov. 2, 2000"), a speaker's remarks and testimony, court decisions in a reporter
and their short form, papers filed in a case, a chapter in or reprinted in a book, conference papers, magazines by
month or season and periodicals or broadcasts by date, federal records by box and record group, volumes of a
body's series, a book with a glossed title; after the note is read, translators among the editors, addresses
"(online at URL)", names labelled in quotation marks no works.

Called from parse.parse_note as modern.read_federal_forms is: each form read whole, wherever it stands in the
note, before the note is cut at its commas and conjunctions (a quoted title may hold both). Knowledge of the world
(agencies, kinds of document, reporters, offices, holders' words) is in conventions.yml, section `modern`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chunks import DATE, MONTH
from .conventions import conventions
from .model import Citation, clear_of


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(conventions()["modern"][key], key=len, reverse=True))


# where a reference may open: the note's start, a sentence's, after a semicolon or a signal
START = (r"(?<!\b[A-Z]\.\s)(?:(?<=^)|(?<=[.?!]\s)|(?<=[.?!][\"”]\s)|(?<=;)|(?<=;\s)|(?<=;\sand\s)|(?<=[Ss]ee\s)"
         r"|(?<=[Ss]ee\salso\s)|(?<=[Ss]ee,\se\.g\.,\s)|(?<=e\.g\.,\s)|(?<=[Cc]f\.\s)|(?<=[-—–]see\s)"
         r"|(?<=[Qq]uoted\sin\s)|(?<=[Cc]ited\sin\s))")  # not after an initial's full stop ("Lester W. Grau")
NAME = r"(?:[A-Z][\w.'’-]*\.?\s+){1,3}(?:(?:van|van\s+der|van\s+den|de|von|bin|ibn)\s+)?[A-Z][\w'’-]+"  # "David K. van Keuren"
SENTENCE_END = r"(?=(?<!\b[A-Z])\.(?:\s+[A-Z]|\s*$)|;|$)"  # not after an initial ("M.D. Anderson")
CHUNK = r"(?:[^,;.“”\"]|(?<=\b[A-Z])\.|(?<!\b[A-Z])\.(?!\s+[A-Z]|\s*$))*"  # a part between commas, within one sentence
PARTY = (r"(?!(?:See|Cf|Compare|But|Also|In)\s)(?:(?:bin|al|van|von|de)\s+)?[A-Z][\w.'’&-]*"  # not "See Brown"
         r"(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|&|ex\s+rel\.|de|du|la|bin|ibn|al|van|von|der))*")
URL = r"(?P<url>(?:https?://|www\.)[^\s()]+(?:\s(?=[a-z][\w/-]*/)[^\s()]+)?)"  # "frontline/ shows/...": a space kept
ONLINE = rf"(?:\s*\((?:trans\.,\s*)?(?:online|available)\s+at\s+{URL}\))?"
QUOTED = r"[“\"](?P<quoted>[A-Z](?:[^“”\"]|“[^“”\"]*”)*?)[,.]?[”\"],?"  # a title quoted inside it kept


@lru_cache(maxsize=None)
def _forms() -> dict[str, re.Pattern]:
    agencies, kinds, alone = _words("document_agencies"), _words("agency_document_kinds"), _words("unsigned_document_kinds")
    number = rf"(?P<number>(?!{DATE})[A-Z]{{2,}}[\w-]*(?:\s\d[\w-]*)?)"  # "CTC 00-40017CSH", "AFGP-2002-000081"
    number2 = number.replace("<number>", "<number2>")
    return {
        # "Rick Newcomb interview (Feb. 4, 2004)": the Commission's interview, the person's name and the date
        "interview": re.compile(
            rf"{START}(?!(?:See|Cf|Also|Compare)\b)(?:(?P<name>(?:[A-Z][\w.'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)\s+interviews?"
            rf"|(?:(?:[Tt]elephone|[Oo]ral[- ]history)\s+)?[Ii]nterviews?\s+(?:with|of)\s+(?P<name2>{NAME}))"
            rf"\s+\((?P<date>{MONTH}[^()]*?(?:1[5-9]|20)\d\d)\)"),  # "Clarke interviews (Dec. 18, 2003; Feb. 3, 2004)"
        # "CIA analytic report, "Title," CTC 00-40017CSH, Nov. 2, 2000"; "Intelligence report, interrogation of
        # Zubaydah, Oct. 29, 2002"; "DOD document, "Title," AFGP-2002-000080 (translated)"
        "agency_document": re.compile(
            rf"{START}(?:(?P<agency>{agencies})(?:\s+(?P<kind>(?i:{kinds})))?|(?P<alone>{alone})),\s*"
            rf"(?:(?P<sender>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}})\s+to\s+(?P<to>[A-Z][^,;“”\"]*?),\s*)?"  # "Clarke to Rice"
            rf"(?:{QUOTED}(?:\s*\((?P<gloss>[^()]+)\))?(?:,?\s*{number})?(?:,?\s*(?P<date>{DATE}|undated))?"
            rf"(?:,\s*pp?\.\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?))?"
            rf"|(?:(?!{DATE})(?:(?P<title>[A-Z][^;“”\"]*?)|(?P<subject>[a-z][^;“”\"]*?))(?:,\s*{number2})?,\s*|(?={DATE}))"
            rf"(?P<day>{DATE}))"
            rf"(?:\s*\((?:translated|trans\.)\))?(?=[.;]?(?:\s|$))"),
        # "President Bush, remarks at roundtable with ..., Sept. 10, 2002 (online at URL)"
        "remarks": re.compile(
            rf"{START}(?:(?P<office>(?:{_words('speakers_offices')})(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*?)?)\s+)?(?P<name>(?:[A-Z][\w.'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)"
            rf"(?:,\s+(?P<occasion>{_words('spoken_occasions')})\s+(?P<what>(?:at|to|before|on|in|with|for|of)\s[^;“”\"]*?)"
            rf"|\s+(?P<said>{_words('spoken_after_name')})(?:\s+(?:at|to|before|on|in)\s[^;“”\"]*?)?),\s*"
            rf"(?P<date>{DATE}){ONLINE}(?=[.;]?(?:\s|$))(?!,?\s+in\s)"),  # "..., April 19, 1955 in Executive Sessions": printed in
        # "Government's Evidentiary Proffer ..., United States v. Enaam Arnaout, No. 02-CR-892 (N.D. Ill. filed Jan.
        # 6, 2003)"; later "..., United States v. Arnaout, Jan. 6, 2003"
        "filing": re.compile(
            rf"{START}(?P<title>(?=[A-Z])[^,;“”\"]*?\b(?:{_words('court_filing_words')})\b[^,;“”\"]*?),\s+"
            rf"(?P<case>{PARTY}\s+v\.\s*{PARTY})(?:,\s+(?P<docket>Nos?\.\s+\d[^(),;]*?|No\.\s+[\w:.-]*\d[\w:.-]*))?"
            rf"(?:\s+\((?P<court>[^()]*?)(?P<filed>{DATE})\)|,\s+(?P<date>{DATE}))(?=[.;]?(?:\s|$))"),
        # 'Sayyid Qutb,"The America I Have Seen" (1949), reprinted in Kamal Abdel-Malek, ed., Title (Palgrave, 2000)';
        # 'David K. van Keuren, "Title," in Book, eds. Helen M. Rozwadowski and ... (Place: Publisher, 2004), 183–210'
        "chapter": re.compile(
            rf"(?:{START}|(?<=[a-z]\s))(?P<who>{NAME}(?:(?:,|,?\s+and)\s+{NAME})*),\s*{QUOTED}(?:\s*\((?P<first>(?:1[5-9]|20)\d\d)\),?)?\s+"
            rf"(?:(?:reprinted|repr\.|republished|printed)\s+)?in\s+"
            rf"(?:(?P<editors_first>{NAME}(?:(?:,|,?\s+and)\s+{NAME})*),\s+eds?\.,\s+(?P<book_after>[A-Z][^()]*?)"
            rf"|(?P<book>[A-Z][^()]*?),\s+(?:eds?\.|edited\s+by)\s+(?P<editors_after>{NAME}(?:(?:,|,?\s+and)\s+{NAME})*)"
            rf"|(?P<owner>{NAME}|[A-Z][\w'’-]+),\s+(?P<book_own>[A-Z][^()]*?))"  # "reprinted in Said, The Selected Works"
            rf"\s*\((?P<imprint>[^()]*?(?:1[5-9]|20)\d\d)\)(?:,\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[–-]\s*\d+)?))?"
            rf"(?=[.;]?(?:\s|$))"),
        # "Basil Muhammad, Al Ansar al Arab fi Afghanistan (The Arab volunteers in Afghanistan) (Benevolence International
        # Foundation (BIF) and World Association of Muslim Youth, 1991)": a book whose title is glossed in English,
        # or whose imprint holds a parenthesis of its own (read whole: the usual cuts stop at the inner one)
        "glossed_book": re.compile(
            rf"{START}(?P<who>{NAME}(?:(?:,|,?\s+and)\s+{NAME})*),\s+(?P<title>[A-Z][^()“”\"*;]*?)"
            rf"(?:\s+\((?P<gloss>[A-Z][^()\d]*)\))?\s+\((?P<imprint>(?:[^()]|\([^()]*\))*?(?:1[5-9]|20)\d\d)\)"
            rf"(?:,\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[–-]\s*\d+)?(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*))?(?=[.;]?(?:\s|$))"),
        # "Ken Arnold, interview with Tyler Priest, May 10, 2004, Houston, TX, History of ..., Houston History Archives,
        # ..., Houston, TX": an oral history, the person interviewed, the interviewer, the date, where it is kept
        "oral_history": re.compile(
            rf"{START}(?P<name>{NAME}),\s+(?:(?:telephone|oral[- ]history|recorded)\s+)?interview(?:ed)?\s+(?:by|with)\s+"
            rf"(?P<interviewer>(?:the\s+)?author|{NAME}),\s+(?P<date>{DATE})(?P<rest>(?:,{CHUNK})*?){SENTENCE_END}"),
        # 'U.S. Department of Interior, "Petroleum and Sulfur ...," internal study, August 1969, box 134, Central Classified
        # Files, 1969–1972, Record Group 48, Records of ..., National Archives and Records Administration (NARA), College
        # Park, MD.': a titled record by its maker, filed in a record group
        "record": re.compile(
            rf"{START}(?P<who>[A-Z][^,;“”\"]*?),\s*{QUOTED}(?P<rest>{CHUNK}(?:,{CHUNK})*?){SENTENCE_END}"),
        # "U.S. Geological Survey, Monthly Engineering Reports Vol. 128 (December 1958) and Monthly Engineering Reports
        # Vol. 144 (February 1960), RG 57, Records of the U.S. Geological Survey, NARA.": volumes of a body's series
        "record_volumes": re.compile(
            rf"{START}(?P<who>[A-Z][^,;“”\"]*?),\s+(?P<title>[A-Z][^,;()“”\"]*?)\s+(?P<volumes>[Vv]ol\.\s*\d+(?:\s*\([^()]+\))?"
            rf"(?:\s+and\s+(?:(?P=title)\s+)?[Vv]ol\.\s*\d+(?:\s*\([^()]+\))?)*),\s*"
            rf"(?P<group>(?:{_words('record_group_words')})\s+\d+(?:,{CHUNK})*?){SENTENCE_END}"),
        # 'F. P. Dunn, "Deepwater Production: 1950-2000" (Offshore Technology Conference [OTC] Paper 7627, Houston, TX,
        # May 1994)': a conference paper by its series number, the city and the date
        "conference_paper": re.compile(
            rf"{START}(?P<who>{NAME}(?:(?:,|,?\s+and)\s+{NAME})*(?:\s+et\s+al\.)?),\s*{QUOTED}\s*"
            rf"\((?:(?P<series>[A-Z][^(),]*?\b(?:Paper|paper|Preprint|preprint)\s+(?:No\.\s*)?[\w-]*\d[\w-]*)"
            rf"|(?:paper|presentation|address|lecture)\s+(?:presented|delivered|read|given)\s+(?:at|to|before)\s+(?:the\s+)?"
            rf"(?P<meeting>[A-Z][^(),]*?))"
            rf"(?:,\s*(?P<place>[A-Z][^(),]*?(?:,\s*[A-Z]{{2}})?))?,\s*(?P<date>{DATE})\)"),
        # '"Hunting Bin Ladin," PBS Frontline broadcast, May 1998 (online at URL)'; 'National Public Radio broadcast,
        # "Sayyid Qutb's America," May 6, 2003 (online at URL)': a broadcast by title, network or programme, date
        "broadcast": re.compile(
            rf"{START}(?:{QUOTED}\s+(?P<network>[A-Z][^,;“”\"]*?)\s+(?:{_words('broadcast_words')})"
            rf"|(?P<network2>[A-Z][^,;“”\"]*?)\s+(?:{_words('broadcast_words')}),\s*{QUOTED.replace('<quoted>', '<quoted2>')})"
            rf",?\s*(?P<date>{DATE}){ONLINE}(?=[.;]?(?:\s|$))"),
        # 'Tom Zoellner, "Oil and Water: ...," Invention and Technology (Fall 2000): 48'; '"Special Offshore Report," World
        # Oil (May 1957): 118': a magazine by its issue's month or season, the page after a colon
        "magazine": re.compile(
            rf"{START}(?:(?P<who>{NAME}(?:(?:,|,?\s+and)\s+{NAME})*(?:\s+et\s+al\.)?),\s*)?{QUOTED}\s+"
            rf"(?P<journal>[A-Z][^()“”\";,]*?)\s+(?:(?P<volume>\d+)(?:(?:\.|,\s*no\.\s*)(?P<issue>\d+))?\s+)?"
            rf"\((?P<date>(?:(?:{_words('seasons')}|{MONTH})(?:\s*[-–/]\s*(?:{_words('seasons')}|{MONTH}))?\s+)?(?:\d{{1,2}},\s+)?"
            rf"(?P<year>(?:1[5-9]|20)\d\d))\):\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?)(?=[.;]?(?:\s|$))"),
        # '"Text of ...," Al Quds al Arabi, Feb. 23, 1998 (trans. Foreign Broadcast Information Service)'; 'Zawahiri,"Knights
        # Under the Prophet's Banner," Al Sharq al Awsat, Dec. 2, 2001'; 'Abdullah Azzam,"Al Qaeda al Sulbah" (The solid
        # foundation), Al Jihad, Apr. 1988, p. 46': a periodical by its issue's date, the title glossed or not
        "periodical_by_date": re.compile(
            rf"{START}(?!(?:See|Cf|Compare|Also)\b)(?:(?:{_words('speakers_offices')})\s+(?:\([^()]+\)\s+)?)?"  # "General (Ret.)"
            rf"(?:(?P<who>{NAME}(?:(?:,|,?\s+and)\s+{NAME})*|[A-Z][\w'’-]+),\s*)?"
            rf"{QUOTED}(?:\s*\((?P<gloss>[^()]+)\))?,?\s+"
            rf"(?P<paper>[A-Z][^,;()“”\"]*?)(?:\s+\([^()]+\))?,\s+"
            rf"(?P<date>(?:{MONTH}(?:/{MONTH})?\s+(?P<day>\d{{1,2}},\s+)?)(?P<year>(?:1[5-9]|20)\d\d))"
            rf"(?:,\s*(?:pp?\.\s*)?(?P<pages>[A-Z]?\d+(?:\s*[–-]\s*\d+)?)(?![\d,]))?"
            rf"(?:\s*\((?:trans\.[^()]*|online\s+at\s+{URL})\))?(?=[.;,]?(?:\s|$))"),
    }


def _place_pair(chunks: list[str], at: int) -> bool:
    """'Houston', 'TX': a city and its state's postal abbreviation, two chunks from `at`."""
    states = conventions()["modern"]["place_abbreviations"]
    return 0 <= at < len(chunks) - 1 and chunks[at + 1] in states and re.fullmatch(r"[A-Z][\w.' -]+", chunks[at]) is not None


def _holding(chunks: list[str]) -> tuple[str | None, str | None, str | None]:
    """The tail of an oral history after its date: (collection, holder, holder's place); the interview's own place,
    first, left out."""
    chunks = list(chunks)
    if _place_pair(chunks, 0):
        chunks = chunks[2:]
    place = None
    if _place_pair(chunks, len(chunks) - 2):
        place, chunks = ", ".join(chunks[-2:]), chunks[:-2]
    holder = re.compile(rf"\b(?:{_words('holding_words')})\b")
    first_holder = next((i for i, chunk in enumerate(chunks) if holder.search(chunk)), len(chunks))
    collection = ", ".join(chunks[:first_holder]) or None
    return collection, ", ".join(chunks[first_holder:]) or None, place


def read_documents(text: str, base, taken: list[tuple[int, int]]) -> list[Citation]:
    """The citations of these forms in a note's text, none overlapping `taken` (spans read before) or another;
    `base(start, end)` makes an empty citation of that span."""
    from .modern import is_body
    from .names import invert, is_corporate, looks_like_names, split_names
    from .cases import cases_in
    from .parse import _pub  # parse imports this module
    made: list[Citation] = []

    def free(found) -> bool:  # a match or a span with start and end
        first, last = (found.start(), found.end()) if isinstance(found, re.Match) else (found.start, found.end)
        return clear_of(first, last, taken + made)

    def names(who: str) -> bool:  # "David K. van Keuren": a list of names, its particles in lower case
        return looks_like_names(re.sub(r"\s(?:van|der|den|de|von|bin|ibn)(?=\s)", "", who))

    def year(date: str | None) -> str | None:
        found = re.search(r"(?:1[5-9]|20)\d\d", date or "")
        return found.group(0) if found else None

    for case in cases_in(text):  # court decisions by their law reports (cases.py: eyecite)
        if free(case):
            c = base(case.start, case.end)
            c.form, c.kind, c.title = ("short" if case.short else "full"), "government-document", case.name
            c.container, c.volume, c.pinpoint = case.reporter, case.volume, case.page
            c.year, c.publisher, c.incomplete = case.year, case.court, case.name is None
            made.append(c)
    for found in _forms()["filing"].finditer(text):
        if free(found):
            c = base(found.start(), found.end())
            c.form = "full" if found.group("docket") or found.group("court") else "short"
            c.kind, c.title = "government-document", found.group("title").strip()
            c.container = re.sub(r"v\.(?=\S)", "v. ", found.group("case"))
            c.date = found.group("filed") or found.group("date")
            c.year, c.series = year(c.date), found.group("docket")
            made.append(c)
    for found in _forms()["interview"].finditer(text):
        name = found.group("name") or found.group("name2")
        if free(found) and name.split()[0] not in conventions()["not_names"]:
            c = base(found.start(), found.end())
            c.form, c.kind, c.person = "full", "interview", name
            c.date, c.year = found.group("date"), year(found.group("date"))
            made.append(c)
    for found in _forms()["agency_document"].finditer(text):
        if not free(found) or not (found.group("kind") or found.group("alone") or found.group("quoted")):
            continue  # "CIA, "Title," date": the agency alone before a quoted title only
        c = base(found.start(), found.end())
        c.form, c.kind = "full", "government-document"
        c.authors = [found.group("agency")] if found.group("agency") else []
        c.title = (found.group("quoted") or found.group("title") or "").strip(" ,") or None  # a subject is no title
        c.series, c.date = found.group("number") or found.group("number2"), found.group("day") or found.group("date")
        if c.title and re.fullmatch(r"[A-Z][\w .'’-]*?\s\d[\d-]*", c.title) and not found.group("quoted"):
            c.title, c.series = None, c.title  # "State cable, Islamabad 1234, ...": a cable's number, no title
        c.date, c.pinpoint = (None if c.date == "undated" else c.date), found.group("pages")
        c.year = year(c.date)
        made.append(c)
    for found in _forms()["remarks"].finditer(text):
        name = found.group("name")
        if not free(found) or not looks_like_names(name) or name.split()[0] in conventions()["not_names"]:
            continue
        c = base(found.start(), found.end())
        c.form, c.kind, c.authors = "full", "government-document", [invert(name)]
        c.date, c.year, c.url = found.group("date"), year(found.group("date")), found.group("url")
        made.append(c)
    for found in _forms()["chapter"].finditer(text):
        if not free(found) or not names(found.group("who")) or (found.group("owner") and not names(found.group("owner"))):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind = "full", "chapter"
        c.authors, c.title = split_names(found.group("who"))[0], found.group("quoted").strip()
        c.container = (found.group("book_after") or found.group("book") or found.group("book_own")).strip(" ,")
        c.editors = split_names(found.group("editors_first") or found.group("editors_after"))[0] \
            if not found.group("owner") else []
        c.container_authors = split_names(found.group("owner"))[0] if found.group("owner") else []
        c.__dict__.update({k: v for k, v in _pub(found.group("imprint")).items() if k in ("place", "publisher", "year")})
        c.pages = found.group("pages")
        made.append(c)
    from .chunks import top_level_chunks
    for found in _forms()["oral_history"].finditer(text):
        if not free(found) or not names(found.group("name")):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind, c.person = "full", "interview", found.group("name")
        c.date, c.year = found.group("date"), year(found.group("date"))
        c.container, c.publisher, c.place = _holding([chunk for _, chunk in top_level_chunks(found.group("rest"))])
        made.append(c)
    for found in _forms()["record"].finditer(text):
        if not free(found) or not re.search(rf"(?:^|,)\s*(?:{_words('record_group_words')})\s+\d", found.group("rest")):
            continue
        tail = _record_tail([chunk for _, chunk in top_level_chunks(found.group("rest"))])
        if not tail or re.search(r"\sto\s", found.group("who")):
            continue  # a letter "X to Y" filed in a record group: the collection's (parse.parse_archive)
        c = base(found.start(), found.end())
        c.form, c.kind, c.title = "full", "archive", found.group("quoted").strip()
        c.authors = [found.group("who").strip()] if is_body(found.group("who")) or is_corporate(found.group("who")) \
            else split_names(found.group("who"))[0]
        c.__dict__.update(tail)
        made.append(c)
    for found in _forms()["record_volumes"].finditer(text):
        tail = _record_tail([chunk for _, chunk in top_level_chunks(found.group("group"))])
        if not free(found) or not tail:
            continue
        for volume in re.finditer(r"[Vv]ol\.\s*\d+(?:\s*\((?P<date>[^()]+)\))?", found.group("volumes")):
            c = base(found.start(), found.end())
            c.form, c.kind, c.title, c.authors = "full", "archive", found.group("title").strip(), [found.group("who").strip()]
            c.volume, c.date = re.sub(r"\s*\(.*$", "", volume.group(0)), volume.group("date")
            c.__dict__.update(tail)
            made.append(c)
    for found in _forms()["conference_paper"].finditer(text):
        if not free(found) or not names(found.group("who")):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind = "full", "conference-paper"
        c.authors, c.title = split_names(found.group("who"))[0], found.group("quoted").strip()
        c.container, c.place = (found.group("series") or found.group("meeting")).strip(), found.group("place")
        c.date, c.year = found.group("date"), year(found.group("date"))
        made.append(c)
    for found in _forms()["broadcast"].finditer(text):
        if not free(found):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind = "full", "web"
        c.title = (found.group("quoted") or found.group("quoted2")).strip()
        c.container = (found.group("network") or found.group("network2")).strip()
        c.date, c.year, c.url = found.group("date"), year(found.group("date")), found.group("url")
        made.append(c)
    for found in _forms()["magazine"].finditer(text):
        if not free(found) or (found.group("who") and not names(found.group("who"))):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind, c.title = "full", "article", found.group("quoted").strip()
        c.authors = split_names(found.group("who"))[0] if found.group("who") else []
        c.container, c.volume, c.issue = found.group("journal").strip(), found.group("volume"), found.group("issue")
        c.date, c.year = found.group("date"), found.group("year")
        pages = found.group("pages")
        c.pages, c.pinpoint = (pages, None) if re.search(r"[–-]", pages) else (None, pages)  # a range: the extent
        made.append(c)
    for found in _forms()["periodical_by_date"].finditer(text):
        who = found.group("who")
        if not free(found) or (who and not (names(who) or re.fullmatch(r"[A-Z][\w'’-]+", who))) \
                or found.group("paper").split()[0] in conventions()["not_names"]:
            continue
        c = base(found.start(), found.end())
        c.form, c.kind = "full", ("newspaper" if found.group("day") else "article")
        c.authors = split_names(who)[0] if who else []
        c.title = re.sub(r"“([^“”]*?),?”", r"'\1'", found.group("quoted").strip())  # "Bin Laden's 'Letter to America,'"
        c.title = re.sub(r",(['’])$", r"\1", c.title)
        c.container, c.date, c.year = found.group("paper").strip(), found.group("date"), found.group("year")
        c.pinpoint, c.url = found.group("pages"), found.group("url")
        made.append(c)
    for found in _forms()["glossed_book"].finditer(text):
        if not free(found) or not names(found.group("who")) \
                or not (found.group("gloss") or "(" in found.group("imprint")):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind = "full", "book"
        c.authors, c.title = split_names(found.group("who"))[0], found.group("title").strip(" ,")
        inner = re.sub(r"\s*\([^()]*\)", lambda m: m.group(0).replace(",", "\0"), found.group("imprint"))
        c.__dict__.update({k: (v or "").replace("\0", ",") or None for k, v in _pub(inner).items()
                           if k in ("place", "publisher", "year")})
        c.pinpoint = found.group("pages")
        made.append(c)
    return sorted(made, key=lambda c: c.start)


def _record_tail(chunks: list[str]) -> dict:
    """What follows a record's title: its description, date and box (the pinpoint), then its series and record group
    (the container), the archives (the publisher) and their place."""
    repository = re.compile(rf"^(?:The\s+)?(?:{'|'.join(map(re.escape, conventions()['repositories']))})\b")
    group = re.compile(rf"^(?:{_words('record_group_words')})\s+\d+")
    units = re.compile(rf"^(?:{'|'.join(map(re.escape, conventions()['archive_units']))})\.?\s+\S")
    at_group = next((i for i, chunk in enumerate(chunks) if group.match(chunk)), None)
    if at_group is None or any(repository.match(chunk) for chunk in chunks[:at_group]):
        return {}  # "NARA, RG 59, Lot File ...": the archives first, the file the collection's (parse.parse_archive)
    at_archives = next((i for i in range(at_group + 1, len(chunks)) if repository.match(chunks[i])), len(chunks))
    boxes = [i for i in range(at_group) if units.match(chunks[i])]
    series_from = boxes[-1] + 1 if boxes else at_group
    dated = [i for i in range(series_from) if re.search(rf"^{DATE}$", chunks[i])]
    year = re.search(r"(?:1[5-9]|20)\d\d", chunks[dated[0]]) if dated else None
    return {"container": ", ".join(chunks[series_from: at_archives]), "publisher": ", ".join(chunks[at_archives: at_archives + 1]) or None,
            "place": ", ".join(chunks[at_archives + 1:]) or None, "year": year.group(0) if year else None,
            "pinpoint": ", ".join(chunks[i] for i in boxes) or None}


def _labelled() -> re.Pattern:
    quoted = r"[“\"][^“”\"]+[”\"](?:\s*\([^()]*\))?"
    return re.compile(rf"\b(?:{_words('label_words')})\s+(?:{quoted}\s*(?:,\s*|,?\s+and\s+|,?\s+or\s+))*$")


def without_labels(citations: list[Citation], fragments: list, note_text: str) -> list[Citation]:
    """'materials seized ..., including files labeled "Tareekh Usama" (Usama's history) and "Tareekh al Musadat"':
    names in quotation marks after a word that labels them are the names of things, not titles of works."""
    from .model import Fragment
    kept = []
    for c in citations:
        at = note_text.find(f"{c.title}", c.start) if c.title and not c.authors and not c.editors else -1
        opening = at - 1 if at > 0 and note_text[at - 1] in "“\"" else -1
        if opening >= 0 and _labelled().search(note_text[:opening]):
            fragments.append(Fragment(c.chapter, c.note, c.start, c.end, c.text, "commentary",
                                      "a name in quotation marks after a word that labels it: no work"))
            continue
        kept.append(c)
    return kept


TRANSLATOR = re.compile(r"(?:,\s*|\(\s*)(?:trans\.|transl\.|translated\s+by)\s+(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|and))*)"
                        r"(?=\s*[(),;]|\s*$)")


ONLINE_AT = re.compile(rf"\((?:trans\.,\s*)?(?:online|available)\s+at\s+{URL}\)")


def with_translators(citations: list[Citation]) -> list[Citation]:
    """'Henri Pirenne, A History of Europe, trans. Bernard Miall (University Books, 1956)', '..., Al Quds al Arabi, Feb.
    23, 1998 (trans. Foreign Broadcast Information Service)': the translator among the work's editors (as the golds
    file translators); a body that translated as printed."""
    from .names import invert
    for c in citations:
        online = ONLINE_AT.search(c.text)
        if online and not c.url:  # "(online at www....)", "(trans., online at ...)": the work's address
            c.url = online.group("url")
        found = TRANSLATOR.search(c.text)
        if not found or c.form != "full":
            continue
        who = found.group("who").strip()
        person = len(who.split()) <= 3 or re.search(r"\b[A-Z]\.", who)
        name = invert(who) if person else who
        if name not in c.editors:
            c.editors = c.editors + [name]
    return citations
