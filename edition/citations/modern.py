"""Readers of modern notes (1950-2020): Chicago notes-bibliography and the technical manner of reports.

Called from the pipeline at a few points (parse._parse_piece first of its readers, parse.parse_note on its pieces and
after them, parse._split_author_title, names.invert and names.split_names, pipeline._parse for a note that breaks
off, resolve.Resolver for short interviews, Ibid by pages and names misprinted or by initials) so that the older
readers stay as they are. Knowledge of the world (suffixes of names, words of
bodies, places, report numbers) is in conventions.yml, section `modern`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chunks import FUNCTION_WORDS, MONTH, top_level_chunks
from .conventions import conventions
from .model import Citation, clear_of, Fragment


def _modern() -> dict:
    return conventions()["modern"]


def _alternation(key: str, escape: bool = True) -> str:
    return "|".join(re.escape(w) if escape else w for w in sorted(_modern()[key], key=len, reverse=True))


@lru_cache(maxsize=None)
def _re(name: str) -> re.Pattern:
    patterns = {
        "suffix": rf"(?:{_alternation('name_suffixes')})(?![\w])",
        "corporate": rf"(?<![\w.])(?:{_alternation('corporate_words')})(?![\w])",
        # the body's word among its name's capitalised words, "of the ..." after it: "Industrial College of the Armed
        # Forces", "Western Electric, Inc.", "U.S. Army"; not "Message of the President ... to Congress", a title
        "body_name": rf"^(?:The\s+)?(?:[A-Z][\w.&'’-]*,?\s+){{0,5}}(?:{_alternation('corporate_words')})(?![\w])"
                     rf"(?:,?\s+(?:(?:of|for|on|and|&|the|in|to|at)\s+|[A-Z][\w.&'’-]*\s*|{_alternation('corporate_words')}\s*)*)?$",
        "revision": rf"(?:{_alternation('revision_statements', False)})",
        "location_clause": rf"^(?i:{_alternation('location_clauses', False)})\s+(?P<where>\S.*)$",
        "location_sentence": rf"^(?:{_alternation('location_subjects')})\b[^;“”\"]*?\s"
                             rf"(?:{_alternation('location_verbs', False)})\s+(?:in|at)\s+(?:the\s+)?[^“”\"*]*?"
                             rf"\b(?:{'|'.join(map(re.escape, conventions()['repositories']))}|Collection|Center|"
                             rf"Centre|Office|files)\b[^“”\"*]*$",  # where: a repository, not a work
        "place": rf"(?:{_alternation('place_abbreviations')})",
        "imprint_phrase": rf"(?:{_alternation('imprint_phrases', False)})",
        "report_number": _modern()["report_number"],
        "strong_body": rf"\b(?:{_alternation('report_bodies')})(?![\w])",
        "office_held": rf"^(?:{_alternation('office_titles')})\s+of\b",
        "body_unit": rf"\b(?:{_alternation('body_units')})\b|^(?:{'|'.join(map(re.escape, conventions()['chamber_names']))})$",
        "document_kind": rf"(?:{_alternation('document_kinds')})",
        "filing": rf"\b(?:{_alternation('filing_words')})\b",
        "proceedings": rf"(?:{_alternation('proceedings_words')})\b",
        "paper": rf"(?:{_alternation('paper_words')})",
        "imprint_body": rf"(?<![\w.])(?:{_alternation('imprint_bodies')})(?![\w])|\b[A-Z]{{2,}}\b",
        "document_word": rf"(?i:{_alternation('document_words')})",
        # "... was from the Washington News, November 1, 1938, ...": a newspaper by name and date in a sentence
        "newspaper_in_prose": rf"\b(?:from|in)\s+the\s+(?P<paper>(?:[A-Z][\w.'’&-]*\s+){{0,3}}(?:"
                              rf"{'|'.join(map(re.escape, conventions()['newspaper_words']))}))\b,\s+"
                              rf"(?P<date>{MONTH}\s+\d{{1,2}},\s+(?P<year>(?:1[5-9]|20)\d\d))",
        "statute": rf"^(?P<volume>\d{{1,3}})\s+(?P<title>{_alternation('statute_words')})\s+(?P<page>\d{{1,5}})$",
    }
    return re.compile(patterns[name])


# -- names ---------------------------------------------------------------------------------------------------
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")  # "IBM", "GPO", "RAND"


def is_body(name: str) -> bool:
    """A body's name, never turned round: a word of a body ("IBM Corporation", "Western Electric, Inc.",
    "Industrial College of the Armed Forces") or an acronym alone ("IBM")."""
    name = name.strip(" ,")
    if re.search(r"(?<![\w.])[A-Z]\.\s", name):
        return False  # an initial: a person ("John W. Office")
    long_body = re.fullmatch(rf"(?:[A-Z][\w.&'’-]*\s+){{2,}}(?:{_alternation('body_last_words')})", name)
    return bool(ACRONYM.match(name) or _re("body_name").match(name) or long_body)  # "Minerals Management Service"


def with_suffix(name: str) -> tuple[str, str] | None:
    """'Frederick P. Brooks, Jr.' -> ('Frederick P. Brooks', 'Jr.'): a personal name and the suffix after its comma."""
    found = re.fullmatch(rf"(?P<name>[^,]+?),\s*(?P<suffix>{_re('suffix').pattern})\.?", name.strip())
    return (found.group("name"), found.group("suffix")) if found else None


def inverted(name: str, invert) -> str | None:
    """The form of a name the older rules would turn wrongly: a body's name as printed; a person's with a suffix,
    the suffix after the given names ("Brooks, Frederick P., Jr."). None for any other name."""
    initials = re.fullmatch(r"(?P<initials>(?:[A-Z]\.\s*){2,})(?P<family>[A-Z][\w'’-]+)", name.strip(" ,"))
    if initials:  # "M. M. Jones": two initials, not the honorific "M." twice
        return f"{initials.group('family')}, {initials.group('initials').strip()}"
    particles = _alternation("family_particles_kept")
    kept = re.fullmatch(rf"(?P<given>(?:[A-Z][\w'’-]*\.?\s+){{1,3}})(?P<family>(?:(?:{particles})\s+)+[A-Z][\w'’-]+)",
                        name.strip(" ,"))
    if kept:  # "David K. van Keuren", "Usama Bin Ladin": the particle filed with the family name
        return f"{kept.group('family')}, {kept.group('given').strip()}"
    if is_body(name):
        return re.sub(r"\b(Inc|Ltd|Corp|Co)$", r"\1.", name.strip(" ,"))  # its full stop, cut with the list's
    suffixed = with_suffix(name)
    if suffixed and not is_body(suffixed[0]):
        person, suffix = invert(suffixed[0]), re.sub(r"^(Jr|Sr)$", r"\1.", suffixed[1])
        return f"{person}, {suffix}" if "," in person else f"{person} {suffix}"
    return None


def join_name_parts(parts: list[str]) -> list[str]:
    """Parts of a list of names cut at every comma, put together again: a suffix joins the name before it
    ("Brooks", "Jr." -> "Brooks, Jr."; "Western Electric", "Inc."), initials printed with commas join the
    surname after them ("S", "E", "James" -> "James, S,E", the initials as printed)."""
    joined: list[str] = []
    initials: list[str] = []
    for part in parts:
        part = part.strip()
        if re.fullmatch(r"[A-Z]", part):
            initials.append(part)
            continue
        if initials and re.fullmatch(r"[A-Z][\w'’-]+", part):
            joined.append(f"{part}, {','.join(initials)}")
            initials = []
            continue
        joined += initials
        initials = []
        if joined and re.fullmatch(_re("suffix").pattern + r"\.?", part):
            joined[-1] = f"{joined[-1]}, {part}"
            continue
        joined.append(part)
    return joined + initials


def body_then_title(head: str) -> tuple[str, str] | None:
    """'Industrial College of the Armed Forces, Emergency Management of ...', 'Director of the Service, Supply, and
    Procurement Division, War Department General Staff, Logistics in World War II: ...': a body (or an office of
    one) as author, its name running to the last chunk with a body's word, then the title. None unless the head
    opens with a body's name or an office."""
    chunks = [chunk for _, chunk in top_level_chunks(head)]
    if len(chunks) < 2 or not (_re("office_held").match(chunks[0]) or _re("corporate").search(chunks[0]) and is_body(chunks[0])):
        return None
    last = max(i for i in range(len(chunks) - 1)
               if i == 0 or _re("corporate").search(chunks[i]) or _re("body_unit").search(chunks[i]))
    title = ", ".join(chunks[last + 1:])
    if not _title_case(re.sub(r"\([^()]*\)", "", title)) or re.search(r"[“”\"*]", title):
        return None
    return ", ".join(chunks[: last + 1]), title


def person_with_particle(head: str) -> tuple[str, str] | None:
    """'Martin van Creveld, Supplying War: ...': a name with a particle in lower case, then the title."""
    found = re.match(rf"^(?P<name>(?:[A-Z][\w.'’-]*\.?\s+){{1,3}}(?:{_alternation('name_particles_inside')})\s+"
                     rf"[A-Z][\w'’-]+),\s+(?P<title>[A-Z].*)$", head.strip())
    return (found.group("name"), found.group("title")) if found else None


def suffix_follows(rest: str) -> bool:
    """After a name's comma, a suffix of the name ("Jr., Title", "Inc., Title"): not yet the title."""
    return bool(re.match(rf"{_re('suffix').pattern}\.?(?:,|$)", rest.strip()))


# -- pieces of a note ----------------------------------------------------------------------------------------
DATE_THEN_PAGES = re.compile(rf"^{MONTH}\s+(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d[\dIl],\s*pp?[.,]\s*\d")


IMPRINT_THEN_PAGES = re.compile(r"\((?:[^()]*[:,]\s*)?(?:1[5-9]|20)\d\d\)\s*,?\s*\d+(?:\s*[-–]\s*\d+)?\.\s+(?=[A-Z])")


def _split_after_imprint(pieces: list, text: str, piece_type) -> list:
    """A piece left whole by a quotation mark never closed ('Somers, Presidential Agency: "The Office ... (Cambridge:
    Harvard University Press, 1950), 6-7. Kreidberg and Henry, 682-683.'): cut after the imprint and its pages."""
    out = []
    for piece in pieces:
        quotes = len(re.findall(r"[\"“”]", piece.text))
        cut = IMPRINT_THEN_PAGES.search(piece.text) if quotes % 2 else None
        if cut:
            at = piece.start + cut.end()
            first = text[piece.start: at].rstrip()
            out.append(piece_type(piece.start, piece.start + len(first), first, piece.same_author_as_previous))
            out.append(piece_type(at, piece.end, text[at: piece.end], False))
            continue
        out.append(piece)
    return out


def rejoin(pieces: list, text: str, piece_type) -> list:
    """A reference cut at a full stop printed for a comma before its date and pages ("..., Progress Mercury.
    June 1961, pp. 42, 45."): one piece again."""
    out: list = []
    for piece in _split_after_imprint(pieces, text, piece_type):
        if out and DATE_THEN_PAGES.match(piece.text) and text[out[-1].end: piece.start].strip() in (".", "") \
                and text[out[-1].start: out[-1].end].rstrip().endswith(tuple("abcdefghijklmnopqrstuvwxyz)")) \
                and "," in out[-1].text:
            previous = out.pop()
            out.append(piece_type(previous.start, piece.end, text[previous.start: piece.end],
                                  previous.same_author_as_previous))
            continue
        if out and re.fullmatch(r"\d+(?:\.\d+)*", piece.text.rstrip(".")) and re.search(r",\s*\.\s*$", text[out[-1].start: piece.start]):
            previous = out.pop()  # "IBM, Goddard Monitor Programs, Project Mercury,. 1.2": the page, its "p" lost
            out.append(piece_type(previous.start, piece.end, text[previous.start: piece.end],
                                  previous.same_author_as_previous))
            continue
        if out and re.fullmatch(r"\d+(?:\s*[-–]\s*\d+)?\.?", piece.text) and re.search(r"[.,]?[\"”]$", out[-1].text) \
                and QUOTED_SHORT_TITLE.match(text[out[-1].start: piece.end]):
            previous = out.pop()  # 'Gough, "Soldiers, Businessmen." 70.': the page after a short title's full stop
            out.append(piece_type(previous.start, piece.end, text[previous.start: piece.end],
                                  previous.same_author_as_previous))
            continue
        out.append(piece)
    return out


# a sentence of the writer's with years in brackets, its verb after them: no imprint ("Baruch (1918) had argued")
PROSE_AROUND_YEARS = re.compile(rf"^[A-Z][^()“”\"*:;]*?\s\((?:\s*(?:{MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d"
                                rf"(?:\s*[-–/]\s*\d{{2,4}})?[,;]?)+\)\s+(?!(?:and|or|in|at|of|by|to|for|p|pp|vol|ed|eds|"
                                rf"trans|repr|rev)\b)[a-z]{{2,}}\s+[a-z]")
SURNAMES_AND = re.compile(r"^(?:(?:[^;“”\"]{1,80}?,?\s+)?(?i:see(?:\s+also)?|cf\.|compare)\s+)?(?P<names>[A-Z][a-z][\w'’-]+(?:,\s+[A-Z][a-z][\w'’-]+)*"
                          r",?\s+(?:and|&)\s+[A-Z][a-z][\w'’-]+|(?P<first>[A-Z][a-z][\w'’-]+)\s+et\.?\s+al\.?),\s*(?P<opcit>(?i:op\.\s*cit\.|loc\.\s*cit\.),?\s*)?(?P<pages>[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?"
                          r"(?:,\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)*)\.?$")
BODY_AND_PAGES = re.compile(r"^(?:(?i:see(?:\s+also)?|cf\.|compare)\s+)?(?P<body>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|the|for|on|and|&|"
                            r"[A-Z][\w.&'’-]*)){1,9}),\s*(?P<pages>[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*)\.?$")
_DAY_OR_MONTH = rf"(?:{MONTH}\s+\d{{1,2}},\s*|\d{{1,2}}\s+{MONTH},?\s+|{MONTH},?\s+)?"
SHORT_INTERVIEW = re.compile(rf"^(?P<name>(?:[A-Z][\w.'’-]*\s){{0,2}}[A-Z][\w'’-]+)\s+interview"
                             rf"(?:,\s*(?P<date>{_DAY_OR_MONTH}(?:1[5-9]|20)\d\d))?\.?$")
# The person interviewed first, then "interview", where, by whom and when, in either order, a later session
# and where the transcript is kept after the date: Chicago's "John Doe, interview by author, Houston, Texas,
# June 3, 1983.", and "John Doe interview, Houston, TX, by Jane Roe, June 3, 1983, Center transcript."
_INTERVIEWER = r"(?:by|with)\s+(?:the\s+)?(?:author|[A-Z][\w.'’ -]+?)"
_INTERVIEW_TAIL = (rf"(?:,\s*(?P<place>(?!{MONTH}\b|by\s)[A-Z](?:(?!,\s*by\s)[^;])*?))?(?:,\s*{_INTERVIEWER})?"
                   rf",\s*(?P<date>{_DAY_OR_MONTH}(?P<year>(?:1[5-9]|20)\d\d))"
                   rf"(?:\s+and\s+{_DAY_OR_MONTH}(?:1[5-9]|20)\d\d)?(?:,\s*(?P<deposit>[A-Z][^;\d]*?))?\.?$")
INTERVIEW_BY = re.compile(rf"^(?P<name>(?:[A-Z][\w.'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+),?\s+(?:(?:telephone|oral[- ]history)\s+)?"
                          rf"interview(?:ed)?(?:\s+{_INTERVIEWER})?"
                          rf"{_INTERVIEW_TAIL}")
# Chicago 14.232: an unpublished item described, not titled, in lower case: "Howard W. Tindall, notes in review
# of draft chapter, August 1985.", "Jane Roe, e-mail message to the author, May 2, 2001."
DESCRIBED_DOCUMENT = re.compile(rf"^(?P<name>(?:[A-Z][\w.'’-]*\.?\s+){{1,3}}[A-Z][\w'’-]+),\s+"
                                rf"(?P<what>(?:{_alternation('described_documents')})\b[a-z\s'’-]*?),\s*"
                                rf"(?P<date>{_DAY_OR_MONTH}(?P<year>(?:1[5-9]|20)\d\d))\.?$")
# Chicago 14.217: a lecture or a talk by its speaker, its title, venue, place and date: "Eldon Hall lecture, "The
# Apollo Guidance Computer-A Designer's View," Digital Computer Museum, Marlboro, MA, June 10, 1982, transcript ..."
SPOKEN_WORK = re.compile(rf"^(?P<name>(?:[A-Z][\w.'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+),?\s+(?:{_alternation('spoken_forms')}),\s+"
                         r"[“\"](?P<title>[A-Z][^“”\"]+?)[,.]?[”\"],?\s+(?P<rest>[A-Z].*)$")
# "Interview with John Morton, Goddard Spaceflight Center, June 27, 1984.", "Interview of John Doe by Jane Roe, ...":
# the word first, then the person, and the same tail as above
FULL_INTERVIEW = re.compile(rf"^(?:(?:The\s+)?[Aa]uthor['’]s\s+)?(?:(?:[Tt]elephone|[Oo]ral[- ]history)\s+)?[Ii]nterviews?\s+(?:with|of)\s+"
                            rf"(?P<name>(?:[A-Z][\w.'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)(?:\s+{_INTERVIEWER})?{_INTERVIEW_TAIL}")
QUOTED_SHORT_TITLE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?),\s+[\"“](?P<title>[A-Z][^\"“”]+?)"
                                r"(?:\.{3}|…)?[.,]?[\"”](?:\.{3}|…)?[.,]?\s+(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\.?$")


def read_modern(text: str, base, parse_rest) -> list[Citation] | None:
    """The citations of a piece in one of the modern forms below; [] for a piece that is the writer's statement
    of where works are kept (no citation); None when the piece is in none of these forms.
    `parse_rest(offset, text)` parses a part of the piece the older way (parse._parse_piece)."""
    text = text.strip()
    if _re("location_sentence").match(text.rstrip(".")):
        return []  # "These Industrial Mobilization Plans (...) can be found in the National Archives."
    if _re("location_clause").match(text.rstrip(".")):
        return []  # "Found in the ... Archives.": where the work just cited is kept (parse_note: a detail)
    if untitled_document(text):
        return []  # reported (after_note): not made a work
    if PROSE_AROUND_YEARS.match(text):
        return []  # "These plans (1922, 1930) were never used by the Army.": years in the writer's sentence
    found = SURNAMES_AND.match(text)
    if found and not any(w in conventions()["not_names"] for w in re.split(r",?\s+(?:and|&)\s+|,\s+", found.group("names"))):
        c = base()  # "Kreidberg and Henry, 495.": two writers, each a name, and the pages
        c.form, c.kind = ("op-cit" if found.group("opcit") else "short"), "book"
        c.authors = [found.group("first")] if found.group("first") else \
            [n for n in re.split(r",?\s+(?:and|&)\s+|,\s+", found.group("names")) if n]  # "Nisbet et. al., 74."
        c.pinpoint = found.group("pages")
        return [c]
    found = BODY_AND_PAGES.match(text)
    if found and is_body(found.group("body")) and _re("corporate").search(found.group("body")) \
            and not re.fullmatch(r"(?:1[5-9]|20)\d\d", found.group("pages")):  # not "Report ..., 1873": a year
        c = base()  # "See also Industrial College of the Armed Forces, 67-68.": a body's work by its name alone
        c.form, c.kind, c.authors, c.pinpoint = "short", "book", [found.group("body")], found.group("pages")
        return [c]
    found = SHORT_INTERVIEW.match(text)
    if found:  # "Morton interview, June 27, 1984.": the interview of that person cited before
        c = base()
        c.kind, c.form, c.person, c.date = "interview", "short", found.group("name"), found.group("date")
        c.year = found.group("date")[-4:] if found.group("date") else None
        return [c]
    found = FULL_INTERVIEW.match(text) or INTERVIEW_BY.match(text)
    if found:  # "Interview with John Morton, Goddard Spaceflight Center, June 27, 1984."
        c = base()
        c.kind, c.form, c.person = "interview", "full", found.group("name").strip()
        c.place, c.date, c.year = found.group("place"), found.group("date"), found.group("year")
        c.pinpoint = ", ".join(p for p in (found.group("place"), found.group("date")) if p)
        return [c]
    from .names import invert, looks_like_names
    found = SPOKEN_WORK.match(text)
    if found and looks_like_names(found.group("name")) and not is_body(found.group("name")):
        chunks = [chunk for _, chunk in top_level_chunks(found.group("rest").rstrip("."))]
        dated = next((i for i, chunk in enumerate(chunks) if re.fullmatch(rf"{_DAY_OR_MONTH}(?:1[5-9]|20)\d\d", chunk)), None)
        if dated:  # a venue at least before the date
            c = base()
            c.kind, c.form, c.authors, c.title = "conference-paper", "full", [invert(found.group("name"))], found.group("title")
            c.container, c.place = chunks[0], ", ".join(chunks[1:dated]) or None
            c.date, c.year = chunks[dated], chunks[dated][-4:]
            page = re.fullmatch(r"pp?\.\s*(?P<pages>\S+)", chunks[-1]) if len(chunks) > dated + 1 else None
            c.pinpoint = page.group("pages") if page else None
            return [c]
    found = DESCRIBED_DOCUMENT.match(text)
    if found and looks_like_names(found.group("name")) and not is_body(found.group("name")):
        c = base()  # the writer's untitled document: a work of its own (an archive item), its description no title
        c.kind, c.form, c.authors, c.title = "archive", "full", [invert(found.group("name"))], None
        c.date, c.year, c.person = found.group("date"), found.group("year"), found.group("name")
        return [c]
    found = QUOTED_SHORT_TITLE.match(text)
    if found:  # 'Gough, "Soldiers, Businessmen, and US Industrial Mobilization." 70.': a short title, then its page
        c = base()
        c.form, c.kind, c.title = "short", "book", found.group("title").strip(" .,")
        c.authors = re.split(r"\s+(?:and|&)\s+", found.group("name"))
        c.pinpoint = found.group("pages")
        return [c]
    statute = _re("statute").match(re.sub(r"^.*[”\"]\s*", "", text).rstrip(".")) if re.search(r"\d", text) else None
    if statute:  # "54 Statute 573": the statutes at large by volume and page
        c = base()
        c.form, c.kind, c.title = "full", "government-document", statute.group("title")
        c.volume, c.pinpoint = statute.group("volume"), statute.group("page")
        return [c]
    papers = list(_re("newspaper_in_prose").finditer(text))
    cited = re.search(r"\b(?:cited|quoted)\s+in\s+", text[papers[-1].end():]) if papers else None
    prose = _re("newspaper_in_prose").sub("", text[: papers[-1].end() + cited.start()] if cited else text) if papers else ""
    if papers and not re.search(r"[“\"*\d]", prose):  # the sentence cites nothing else
        made = []  # "The former quote was from the Washington News, November 1, 1938, and the latter ..."
        for paper in papers:
            c = base()
            c.form, c.kind, c.container = "full", "newspaper", paper.group("paper")
            c.date, c.year = paper.group("date"), paper.group("year")
            made.append(c)
        if cited:
            offset = papers[-1].end() + cited.end()
            secondary = parse_rest(offset, text[offset:])
            for s in secondary:
                s.via = -1
            made += secondary
        return made
    where = re.search(rf"\s+(?=(?:{_alternation('location_clauses', False)})\s)", text)
    if where and re.match(r"[“\"*]", text) and where.start() > 0:
        return parse_rest(0, text[: where.start()])  # '"Annexes to ..." both found in the ... Archives'
    hearing = read_session_document(text, base)
    if hearing:
        return [hearing]
    revised = re.match(rf"^(?P<title>(?P<name>[A-Z][^,;()“”\"]+),\s+(?:{_re('revision').pattern}|(?:1[5-9]|20)\d\d))(?=\s*[,(])",
                       text)
    if revised and _title_case(revised.group("name")):  # "Industrial Mobilization Plan, Revised 1936 (...)"
        made = _revised_title(text, revised.group("title"), base)
        if made or re.search(_re("revision").pattern, revised.group("title")):
            return made
    imprinted = BODY_TITLE_IMPRINT.match(text)
    body = body_then_title(imprinted.group("head")) if imprinted else None
    if body:  # "See also Director of the ... Division, War Department General Staff, Title (Washington: ..., 1993) 5."
        from .parse import _pub  # parse imports this module
        c = base()
        c.form, c.kind, c.authors, c.title = "full", "book", [body[0]], body[1]
        c.__dict__.update(_pub(imprinted.group("imprint")))
        c.pinpoint = imprinted.group("pages")
        return [c]
    slip = PAGE_MARK_LOST.match(text)
    if slip:  # "IBM, Goddard Monitor Programs, Project Mercury,. 1.2": author, title, and the page without its "p"
        authors, title = _author_chunks([chunk for _, chunk in top_level_chunks(slip.group("head"))])
        if authors and title and _title_case(", ".join(title)):
            c = base()
            c.form, c.kind, c.authors, c.title, c.pinpoint = "short", "book", authors, ", ".join(title), slip.group("pages")
            return [c]
    article = read_article(text, base) or read_memorandum(text, base) or read_quoted_report(text, base) \
        or read_thesis(text, base)
    if article:
        return [article]
    report = read_report(text, base)
    if report:
        return [report]
    return None


QUOTED_ARTICLE = re.compile(
    r"^(?P<who>[^“”\"]+?),\s*[“\"](?P<title>[A-Z][^“”\"]+?)[,.]?\s*[”\"],?\s+(?P<journal>[A-Z][^“”\"()\d]*?[A-Za-z.]),?\s+"
    r"(?P<volume>\d{1,4})(?:,\s*(?:[Nn]o\.\s*)?(?P<second>\d{1,5}))?\s*"
    r"\((?P<date>(?:[A-Z][a-z]+\.?(?:[-–/][A-Z][a-z]+\.?)?[,.]?\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:1[5-9]|20)\d\d))\)"
    r"(?:,?\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\.?$")


BODY_TITLE_IMPRINT = re.compile(r"^(?:(?i:see(?:\s+also)?|cf\.|compare)\s+)?(?P<head>[A-Z][^()“”\"*;]+?)\s*"
                                r"\((?P<imprint>[^()]*?\b(?:1[5-9]|20)\d\d)\)\s*,?\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)?\.?$")


PAGES = r"\d[\d.]*[a-z]?(?:\s*[-–]\s*\d[\d.]*)?"  # "1.13", "4.3.5.1", "42"
MEMORANDUM = re.compile(
    rf"^(?:(?:{_alternation('document_kinds')}),\s*)?"
    rf"(?P<sender>(?:[A-Z][\w.'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)\s+to\s+(?P<to>(?:[A-Z]|(?:{_alternation('collective_recipients')})\b)[^“”\";]*?),\s*"
    rf"(?:(?i:{_alternation('document_kinds')}),\s*)?[“\"](?P<subject>[A-Z][^“”\"]+?)[,.]?\s*[”\"],?\s*"
    rf"(?:(?i:{_alternation('document_kinds')}),\s*)?"  # the kind after the subject: '"Subject," memo, June 6, 1961'
    rf"(?P<date>(?:{MONTH}\s+\d{{1,2}}(?:\s\d)?,\s*|\d{{1,2}}\s+{MONTH},?\s+)(?P<year>(?:1[5-9]|20)\d\d))"
    r"(?:,\s*(?P<holder>[^;]+?))?\.?$")


UNTITLED_DOCUMENT = re.compile(
    rf"^(?:{_alternation('document_kinds')}),\s*(?P<sender>(?:[A-Z][\w.'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)\s+to\s+"
    rf"(?P<to>(?:[A-Z]|(?:{_alternation('collective_recipients')})\b)[^“”\";]*?),\s*(?P<date>(?:{MONTH}\s+\d{{1,2}},\s*|\d{{1,2}}\s+{MONTH},?\s+)(?:1[5-9]|20)\d\d)"
    r"(?:,\s*(?P<holder>[^;\d]+?))?\.?$")
UNTITLED_DOCUMENT_REASON = "a document described by its writer, addressee and date, untitled: no work is made of it"


def untitled_document(text: str) -> bool:
    """'Letter, Tindall to Kraft, March 3, 1965, JSC History Office.': a letter or memorandum kept by an office,
    described but not titled; a document filed in a collection (a record group, a box) is read elsewhere."""
    found = UNTITLED_DOCUMENT.match(text.strip())
    return bool(found) and not (found.group("holder") and (_re("filing").search(found.group("holder"))
                                                           or not _holder(found.group("holder"))))


def _holder(text: str) -> bool:
    """Where a document is kept: an office, a center, an archive, a library, a person's files."""
    return bool(is_body(text) or _re("corporate").search(text) or _re("imprint_body").search(text)
                or re.search(r"\b(?:Archives?|Library|History|files)\b", text))


def read_memorandum(text: str, base) -> Citation | None:
    """'H. W. Tindall to C. C. Kraft, "Subject," February 28, 1962, JSC History Office.': a memorandum (or letter)
    titled by its subject, kept by an office: the document is the work, its writer the author, the office the
    publisher. A document filed in a collection (a record group, box, papers) is read elsewhere: there the
    collection is the work."""
    from .names import invert
    found = MEMORANDUM.match(text.strip())
    if not found or not found.group("holder") or _re("filing").search(found.group("holder")) \
            or not _holder(found.group("holder")):
        return None
    c = base()
    c.kind, c.form = "archive", "full"
    c.authors, c.title = [invert(found.group("sender"))], found.group("subject").strip()
    c.date, c.year, c.publisher = found.group("date"), found.group("year"), found.group("holder").strip()
    return c


QUOTED_REPORT = re.compile(r"^(?P<who>[^“”\"]+?),\s*[“\"](?P<title>[A-Z][^“”\"]+?)[,.]?\s*[”\"],?\s+(?P<rest>[A-Z][^“”\"*()]+)$")


def read_quoted_report(text: str, base) -> Citation | None:
    """'D.C. Cheatham, "Apollo Guidance and Navigation," MIT Instrumentation Laboratory Report R-500, 1965.': a quoted
    title, then a technical imprint (a report number, a body's place, a date) and the page; read as read_report
    reads an unquoted title, and only when a report number or a place is among its elements."""
    from .names import looks_like_names, split_names
    found = QUOTED_REPORT.match(text.strip().rstrip("."))
    if not found:
        return None
    who = found.group("who").strip()
    if not (looks_like_names(who) or is_body(who)):
        return None
    # the imprint read as read_report reads it, after a stand-in author and title: all of it an imprint
    shown = read_report(f"A. Writer, Title Words, {found.group('rest')}", lambda: Citation("", 0, 0, 0, ""))
    if shown is None or shown.form != "full" or not shown.title.startswith("Title Words"):
        return None
    container = shown.title[len("Title Words"):].strip(" ,")
    if container and not _re("proceedings").match(container):
        return None  # what stands between the title and its imprint is no proceedings: read elsewhere
    c = base()
    c.kind, c.form = ("chapter" if container else shown.kind), "full"
    c.container, c.volume = container or None, shown.volume
    c.authors = [who] if is_body(who) and not looks_like_names(who) else split_names(who)[0]
    c.title = found.group("title").strip()
    c.place, c.publisher, c.year, c.date, c.pinpoint = shown.place, shown.publisher, shown.year, shown.date, shown.pinpoint
    return c


def read_thesis(text: str, base) -> Citation | None:
    """'John Smith, "The Army and Industry" (Ph.D. diss., Harvard University, 1980), 45.': a thesis, its university
    the publisher (kind working-paper: unpublished)."""
    from .names import looks_like_names, split_names
    found = re.match(rf"^(?P<who>[^“”\"]+?),\s*[“\"](?P<title>[A-Z][^“”\"]+?)[,.]?[”\"],?\s*\((?P<genre>(?i:"
                     rf"{_alternation('thesis_genres', False)})),\s*(?P<school>[^()]+?),\s*(?P<year>(?:1[5-9]|20)\d\d)\)"
                     r"(?:,?\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\.?$", text.strip())
    if not found or not looks_like_names(found.group("who")):
        return None
    c = base()
    c.kind, c.form, c.authors, c.title = "working-paper", "full", split_names(found.group("who"))[0], found.group("title")
    c.container, c.publisher, c.year = found.group("genre"), found.group("school").strip(), found.group("year")
    c.pinpoint = found.group("pages")
    return c


PAGE_MARK_LOST = re.compile(rf"^(?P<head>[A-Z][^“”\"*()]+?),\s*\.\s*(?P<pages>{PAGES}(?:\s*,\s*{PAGES})*)\.?$")


def read_article(text: str, base) -> Citation | None:
    """An article by its journal's volume, issue and date in brackets, with no "in" and no "vol.": 'Terrence J.
    Gough, "Title," Armed Forces & Society, 17, 2 (Winter. 1991), 270-271', 'S,E, James, "Title," IBM J. Res. Devel.,
    25, 418 (1981)' (the technical manner: volume, then the page), 'H.R. Karp, "Title," Control Eng., 22 (July
    1959)' (one number alone: the page)."""
    from .names import looks_like_names, split_names
    found = QUOTED_ARTICLE.match(text.strip())
    if not found:
        return None
    who = re.sub(r"^(?:(?i:see(?:\s+also)?|cf\.)\s+)", "", found.group("who")).strip()
    if not (looks_like_names(who) or is_body(who)) or re.search(r"\b(?:in|In)$", found.group("journal")):
        return None
    c = base()
    c.kind, c.form = "article", "full"
    c.authors = [who] if is_body(who) else split_names(who)[0]
    c.title, c.container = found.group("title").strip(), found.group("journal").strip()
    c.year = found.group("year")
    c.date = found.group("date") if found.group("date") != c.year else None
    if found.group("pages"):  # "9, 1 (May, 1991), 68-69": volume and issue, then the pages cited
        c.volume, c.issue, c.pinpoint = found.group("volume"), found.group("second"), found.group("pages")
    elif found.group("second"):  # "25, 418 (1981)": volume, then the page
        c.volume, c.pinpoint = found.group("volume"), found.group("second")
    else:  # "22 (July 1959)": a page of a monthly
        c.pinpoint = found.group("volume")
    return c


SESSION = re.compile(r"^\d+(?:st|nd|rd|th|d)\s+Cong\.?$|^\d+(?:st|nd|rd|th|d)\s+[Ss]ess\.?$")


def read_session_document(text: str, base) -> Citation | None:
    """'U.S. Congress, House, Committee on Military Affairs, Hearings on H.R. 1776, 77th Cong., 1st sess., 1941, 23.':
    the body (chamber, committee) as author, the title, the Congress and session, the year and the page."""
    chunks = [chunk for _, chunk in top_level_chunks(re.sub(r"^(?:(?i:see(?:\s+also)?|cf\.)\s+)", "", text.strip()).rstrip("."))]
    at = next((i for i, chunk in enumerate(chunks) if SESSION.match(chunk)), None)
    if at is None or at < 2:
        return None
    body = body_then_title(", ".join(chunks[:at]))
    if not body:
        return None
    tail = chunks[at:]
    c = base()
    c.kind, c.form, c.authors, c.title = "government-document", "full", [body[0]], body[1]
    sessions = [chunk for chunk in tail if SESSION.match(chunk)]
    c.series = ", ".join(sessions)
    rest = [chunk for chunk in tail if not SESSION.match(chunk)]
    if rest and re.fullmatch(r"(?:1[5-9]|20)\d\d", rest[0]):
        c.year = rest.pop(0)
    if rest and re.fullmatch(r"(?:pp?\.\s*)?[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?", rest[-1]):
        c.pinpoint = re.sub(r"^pp?\.\s*", "", rest.pop())
    return c if not rest else None


def _revised_title(text: str, title: str, base) -> list[Citation] | None:
    """'Industrial Mobilization Plan, Revised 1936 (Washington, GPO, 1936)': a title and its revision, then its
    imprint; or its repository and pages ('..., Revised 1933, National Defense University Library Archives, vii-xi')."""
    from .parse import PUB_PAREN, _pub, _pages_only  # parse imports this module
    rest = text[len(title):].strip()
    c = base()
    c.kind, c.form, c.title = "government-document", "full", title.strip()
    paren = PUB_PAREN.match(rest)
    if paren and not re.search(_re("revision").pattern, title):
        return None  # "Title, 1933 (Washington: GPO, 1933)": read elsewhere
    if paren:
        c.__dict__.update(_pub(paren.group("inside")))
        c.pinpoint = _pages_only(rest[paren.end():].strip(" ,.")) or None
        return [c]
    chunks = [chunk for _, chunk in top_level_chunks(rest.strip(" ,."))]
    if len(chunks) == 2 and re.fullmatch(r"[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?", chunks[1]) \
            and re.search(r"\b(?:Archives?|Library|Collection|Center|Centre)\b", chunks[0]):
        c.container, c.pinpoint = chunks[0], chunks[1]
        return [c]
    return None


# -- technical reports: "Author, Title, imprint, date, p. N" ---------------------------------------------------
YEAR_LIKE = r"(?:1[5-9]|20)\d[\dIl]"  # "196I": a year with a letter for its last digit, as printed
DATE_CHUNK = re.compile(rf"^(?:{MONTH}\s+(?:\d{{1,2}}(?:\s\d)?,?\s+)?)?(?P<year>{YEAR_LIKE})$")
TECH_PINPOINT = re.compile(rf",\s*(?:pp?[.,]\s*|\.\s*)(?P<pages>{PAGES}(?:\s*,\s*{PAGES})*)(?=\s*(?:,\s*(?P<after>[A-Za-z].*))?\s*$)")


def _title_case(text: str) -> bool:
    words = re.findall(r"[^\s]+", text)
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.strip("(),:;.").lower() in FUNCTION_WORDS or not w[:1].isalpha()
        for w in words)


def _person(chunk: str) -> bool:
    from .names import looks_like_names
    chunk = re.sub(r"^(?:and|&)\s+", "", chunk)
    words = chunk.split()
    return looks_like_names(chunk) and 1 <= len(words) <= 4 and not any(w.rstrip(":") != w for w in words) \
        and all(w[:1].isupper() for w in words)


def read_report(text: str, base) -> Citation | None:
    """'Frederick P. Brooks, Jr., The Mythical Man-Month, Addison-Wesley, Reading, MA, 1975, p. 56.', 'W.R. Corliss,
    Histories of ..., NASA CR-140390, September 1974. p. 29.', 'IBM, Goddard Monitor Programs, Project Mercury,
    prepared for NASA, NAS1-430, 1961, p. 1.4, files of John Morton, ...': a title in neither quotation marks nor
    italics, then an imprint parted by commas (publisher, place, report number, date), then the page. Read only
    when an author, a title in title case, a date and one element of an imprint (or the date and a page) are
    all there."""
    if re.search(r"[“”\"*]|\((?:[^()]*\d{4})\)", text):
        return None  # quoted or italic titles, imprints in brackets: Chicago's full forms, read elsewhere
    body = re.sub(rf"(?<=[a-z)])\.\s+(?=(?:{MONTH})\s)|(?<=[\w)])\.\s+(?=pp?\.\s*\d)", ", ", text.strip().rstrip(".;"))
    body = re.sub(rf";\.?\s+(?=(?:{_re('report_number').pattern})\b)", ", ", body)  # "Title;. NASA CR-140340": a slip
    pinpoint, holding = None, None
    located = TECH_PINPOINT.search(body)
    if located:
        pinpoint, holding = located.group("pages"), located.group("after")
        body = body[: located.start()]
    chunks = [chunk for _, chunk in top_level_chunks(body)]
    for at in range(len(chunks) - 1, 0, -1):  # "May 1, 1962": one date
        if re.fullmatch(YEAR_LIKE, chunks[at]) and re.fullmatch(rf"{MONTH}\s+\d{{1,2}}(?:\s\d)?", chunks[at - 1]):
            chunks[at - 1: at + 1] = [f"{chunks[at - 1]}, {chunks[at]}"]
    date_at = next((i for i in range(len(chunks) - 1, 0, -1) if DATE_CHUNK.match(chunks[i].replace(", ", " "))
                    or re.fullmatch(_re("imprint_phrase").pattern, chunks[i]) and "date" in chunks[i]), None)
    if date_at is None or date_at < 2:
        return None
    volume = None
    if date_at + 1 < len(chunks) and re.fullmatch(r"(?:Vol|vol|Volume)\.?\s*(?:\d+|[IVXL]+)", chunks[-1]):
        volume = re.search(r"(?:\d+|[IVXL]+)$", chunks.pop()).group(0)  # "..., June 1965, Vol. 1, p. 3"
    if date_at + 1 < len(chunks):  # "..., February 2 8, 1962, Johns on Space Center History Office": the holder
        if holding or not _holder(", ".join(chunks[date_at + 1:])):
            return None
        holding = ", ".join(chunks[date_at + 1:])
    date = chunks[date_at]
    elements: dict = {}
    i = date_at - 1
    while i >= 2:
        chunk = chunks[i]
        if "place" not in elements and "publisher" not in elements and re.fullmatch(_re("place").pattern, chunk) \
                and re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}", chunks[i - 1]) and i - 1 >= 2:
            elements["place"] = f"{chunks[i - 1]}, {chunk}"
            i -= 2
            if i >= 2 and not re.fullmatch(_re("report_number").pattern, chunks[i]) and _title_case(chunks[i]) \
                    and len(chunks[i].split()) <= 6 and (is_body(chunks[i]) or "-" in chunks[i] or ACRONYM.match(chunks[i])
                                                         or _re("imprint_body").search(chunks[i])):
                elements["publisher"] = chunks[i]
                i -= 1
            continue
        if re.fullmatch(r"by\s+the\s+author|privately\s+printed", chunk) and "publisher" not in elements:
            elements["publisher"] = chunk
            if i - 1 >= 2 and re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", chunks[i - 1]):
                elements["place"] = chunks[i - 1]
                i -= 1
            i -= 1
            continue
        if re.fullmatch(_re("imprint_phrase").pattern, chunk) or re.fullmatch(_re("report_number").pattern, chunk) \
                and re.search(r"\d", chunk):
            elements.setdefault("numbers", []).insert(0, chunk)
            i -= 1
            continue
        if "publisher" not in elements and elements and ":" not in chunk and _title_case(chunk) \
                and len(chunk.split()) <= 6 and _re("strong_body").search(chunk):
            elements["publisher"] = chunk  # "MIT Instrumentation Laboratory, R-500, Cambridge, MA, June 1965"
            i -= 1
            continue
        if re.fullmatch(_re("document_word").pattern, chunk):
            elements["document"] = chunk
            i -= 1
            continue
        break
    head = chunks[: i + 1]
    authors, title_chunks = _author_chunks(head)
    if not authors or not title_chunks:
        return None
    title = ", ".join(title_chunks)
    if not _title_case(re.sub(r"\([^()]*\)", "", title)) or not (elements or pinpoint):
        return None
    if not elements and not (re.match(MONTH, date) or "date" in date):
        return None  # "Darwin, Descent of Man, 1871, p. 5": an older short form, read elsewhere
    c = base()
    c.authors, c.title = authors, title
    series = rf"^(?:{_alternation('government_series')})\s"
    c.kind = "archive" if "document" in elements else (
        "government-document" if any(re.match(series, n) for n in elements.get("numbers", [])) else "book")
    c.form = "full" if elements else "short"
    c.place, c.publisher = elements.get("place"), elements.get("publisher")
    if holding and c.kind == "archive":
        c.publisher = c.publisher or holding
    year = DATE_CHUNK.match(date.replace(", ", " "))
    c.year = year.group("year") if year else None
    c.date = date if year and not re.fullmatch(YEAR_LIKE, date) else None
    c.pinpoint = pinpoint
    c.volume = volume
    return c


def _author_chunks(head: list[str]) -> tuple[list[str], list[str]]:
    """The authors at the head of a reference cut at its commas, and the title's chunks after them."""
    from .names import invert
    if not head:
        return [], []
    at = 0
    initials = []
    while at < len(head) and re.fullmatch(r"[A-Z]", head[at]):
        initials.append(head[at])  # "S,E, James"
        at += 1
    first = head[at] if at < len(head) else ""
    if initials:
        if not re.fullmatch(r"[A-Z][\w'’-]+", first):
            return [], []
        return [f"{first}, {','.join(initials)}"], head[at + 1:]
    if is_body(first) and not _person(first) or ACRONYM.match(first):
        names, at = [first], at + 1
        if at < len(head) and re.fullmatch(_re("suffix").pattern + r"\.?", head[at]):
            names, at = [f"{first}, {head[at]}"], at + 1
        return names, head[at:]
    if not _person(first):
        return [], []
    names = [first]
    at += 1
    while at < len(head):
        chunk = head[at]
        if re.fullmatch(_re("suffix").pattern + r"\.?", chunk):
            names[-1] = f"{names[-1]}, {chunk}"
        elif _person(chunk) and (chunk.startswith(("and ", "& ")) or at + 1 < len(head)
                                 and head[at + 1].startswith(("and ", "& "))):
            names.append(re.sub(r"^(?:and|&)\s+", "", chunk))
        else:
            break
        at += 1
    return [_invert_person(n, invert) for n in names], head[at:]


def _invert_person(name: str, invert) -> str:
    return inverted(name, invert) or invert(name)


# -- after a note is read --------------------------------------------------------------------------------------
QUOTED_THEN_IMPRINT = re.compile(
    rf"[“\"](?P<title>[^“”\"]+)[”\"],?\s*(?:(?:unpublished\s+)?[A-Za-z ]*?(?:{_alternation('paper_words')}),?\s*)?"
    r"\((?P<place>[A-Z][^():]*?):\s*(?P<publisher>[^()]+?)(?:,\s*(?P<year>(?:1[5-9]|20)\d\d))?\)"
    r"(?:,?\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\s*\.?$")
BODY_QUOTED = re.compile(r"^(?:The\s+)?(?P<body>[A-Z][^:;“”\"]+?)\s+(?:found|concluded|reported|stated|declared|noted|"
                         r"held|ruled|wrote)[:,]?\s+(?:that\s+)?[“\"]")
BROKEN_OFF = re.compile(r"^(?P<who>[A-Z][^,;“”\"]+),\s+(?P<title>[A-Z][^,;“”\"]+)$")
BROKEN_OFF_REASON = "the note breaks off after an author and a title, with no page"
TRAILING_PERSON = re.compile(r"\b(?:by|from|of|see|See)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z][\w'’-]+)+)$")


def after_note(citations: list[Citation], fragments: list[Fragment], note_text: str) -> list[Citation]:
    """What the older readers leave of a modern note, mended: an author printed before a full stop, then the
    quoted title ('... supported by Joanne E. Johnson. "Title," unpublished ...'); clauses of location kept as
    details of the work before; the writer's statements of where works are kept as commentary."""
    for c in citations:
        if c.authors or c.editors or not c.title or not re.match(r"[“\"]", c.text):
            continue
        before = note_text[: c.start].rstrip()
        if not before.endswith("."):
            continue
        named = TRAILING_PERSON.search(before[:-1])
        if named and named.group("name").split()[0] not in conventions()["not_names"]:
            from .names import invert
            c.authors = [invert(named.group("name"))]
            if re.search(rf"\bunpublished\b[^,]*\b{_re('paper').pattern}\b", c.text):
                c.kind = "working-paper"
    for c in citations:
        imprint = QUOTED_THEN_IMPRINT.search(c.text) if c.title and not c.container and not c.publisher else None
        if imprint and c.title in imprint.group("title"):
            # '"Planning for Industrial Mobilization 1920-1940", (Washington: Office of the Quartermaster General,
            # 1948)': a study printed (or kept) by a body; '"Title," unpublished Paper, (Washington: College), 1-43'
            c.place, c.publisher = imprint.group("place").strip(), imprint.group("publisher").strip(" ,")
            c.year = c.year or imprint.group("year")
            c.kind = "working-paper" if c.kind == "working-paper" else ("book" if c.kind == "web" and not c.url else c.kind)
            c.pinpoint = c.pinpoint or imprint.group("pages")
    for c in citations:  # "..., The Organization and Role of the Army Service Forces, United States Army in World War II (...)"
        series = re.search(rf"(?:[,;]\s+(?:{_alternation('history_series')}))+$", c.title or "")
        if series and series.start() > 0 and not c.series:
            c.title, c.series = c.title[: series.start()].strip(), series.group(0).strip(" ,;:")
    for c in citations:  # "(Washington: Government Printing Office, 1946)": a government's document
        if c.kind == "book" and c.publisher and re.fullmatch(_alternation("government_printers"), c.publisher.strip()):
            c.kind = "government-document"
    for f in [f for f in fragments if f.role == "commentary"]:
        found = BODY_QUOTED.match(f.text)
        after = [c for c in citations if c.start >= f.end and not note_text[f.end: c.start].strip(" .;")]
        if found and is_body(found.group("body")) and after:
            c = Citation(f.chapter, f.note, f.start, f.end, f.text)  # '... Committee found: "...". See X, 692-693.'
            c.kind, c.form, c.authors, c.ambiguous = "government-document", "short", [found.group("body")], True
            c.reason = (f"{found.group('body')}'s finding is quoted, its report not titled; the source given is "
                        f"the reference after it: read as an untitled work cited there.")
            citations = sorted(citations + [c], key=lambda x: x.start)
            after[0].via = -1
    ends = [f for f in fragments if f.role == "commentary" and not note_text[f.end:].strip(" ,")]
    if ends and note_text.rstrip().endswith(",") and BROKEN_OFF.match(ends[-1].text.strip(" ,")):
        ends[-1].role, ends[-1].reason = "unresolved", BROKEN_OFF_REASON  # read_broken_off links it, or reports it
    for f in fragments:
        if f.role in ("commentary", "unplaced") and _re("location_clause").match(f.text.strip().rstrip(".")) \
                and any(c.start < f.start for c in citations):
            f.role, f.reason = "detail", "where the work cited before it is kept"
        elif f.role in ("commentary", "unplaced") and untitled_document(f.text):
            f.role, f.reason = "unresolved", UNTITLED_DOCUMENT_REASON
        elif f.role == "unplaced" and (_re("location_sentence").match(f.text.strip().rstrip("."))
                                       or PROSE_AROUND_YEARS.match(f.text.strip())):
            f.role, f.reason = "commentary", "where works are kept, not a reference to one"
    return citations


# -- resolution ----------------------------------------------------------------------------------------------
def interview_cited_before(works: list, c: Citation, same_name) -> tuple[object | None, str]:
    """'Morton interview, June 27, 1984.': the interview of that person printed in full before ("Interview with
    John Morton, ..., June 27, 1984."); with another date, still that interview, and the reason (flagged)."""
    if c.form != "short" or not c.person:
        return None, ""
    for work in works:
        if work.kind == "interview" and not work.incomplete and work.person and same_name(work.person, c.person) \
                and len(c.person.split()) == 1 and SHORT_INTERVIEW.match(c.text.strip()):
            if c.date and work.date and c.date != work.date:  # a slip, or another session: the person's interview
                return work, (f"{c.person} interview, {c.date}: the one interview of {work.person} cited in full "
                              f"before is dated {work.date}; linked to it.")
            return work, ""
    return None, ""


def misprinted_name(person: str, known: str, short_title: str | None, full_title: str | None) -> bool:
    """'Gough, "Soldiers, Businessmen ..."' after 'Terrence J. Cough, "Soldiers, Businessmen ... Planning ..."':
    a family name one letter apart, the short title the start of the full one (three words at least); 'CPA,
    Industrial Mobilization for War' after 'Civilian Production Administration, Industrial Mobilization for War:
    ...': a body by its initials."""
    from .names import family
    from .resolve import fold, title_prefix_match
    if ACRONYM.match(person.strip()) and "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", known)) == person.strip():
        return True
    a, b = fold(family(person)), fold(family(known))
    if len(a) != len(b) or len(a) < 4 or sum(x != y for x, y in zip(a, b)) != 1:
        return False
    return bool(short_title and full_title and len(fold(short_title).split()) >= 3
                and title_prefix_match(short_title, full_title))


def _first_page(pinpoint: str | None) -> int | None:
    found = re.match(r"\s*(\d+)", pinpoint or "")
    return int(found.group(1)) if found else None


def ibid_by_pages(c: Citation, previous: list[Citation], rule, everything: list[Citation], works: list, work_of,
                  same_name) -> tuple[object | None, str]:
    """Ibid where the pages point to another work than the rule's, the last work of the note before:
    - 'Ibid., 692-693. ... See Kreidberg and Henry, 692-693.': the same note cites the same pages of a named work;
    - 'Ibid., 502-504. ... they rely ... on Harold W. Thatcher, "Title" (imprint).' then 'Ibid., 516-517.': the
      rule's work was named in passing in the writer's sentence and never cited by a page, and the pages go on
      from those of the work the note before cited by its pages.
    (None, "") when the pages say nothing else."""
    if not c.pinpoint:
        return None, ""
    telling = re.search(r"\d+\s*[-–]\s*\d+|\d{3,}", c.pinpoint)  # a range or a high page: no coincidence
    for later in everything if telling else []:
        if later.note == c.note and later.start > c.start and later.form != "ibid" and later.authors \
                and re.sub(r"\s", "", later.pinpoint or "") == re.sub(r"\s", "", c.pinpoint):
            named = [w for w in works if w.authors and same_name(later.authors[0], w.authors[0])
                     and len(w.authors) == len(later.authors) and w.citations]
            if len(named) == 1 and named[0] is not rule:
                return named[0], (f"By rule Ibid points to the last work cited ({_label(rule)}); but the same note "
                                  f"cites {', '.join(later.authors)}, {later.pinpoint}, the same pages: linked to "
                                  f"{_label(named[0])}.")
    last = previous[-1] if previous else None
    page = _first_page(c.pinpoint)
    if last is None or page is None or last.pinpoint or any(x.pinpoint for x in rule.citations) or not last.authors:
        return None, ""
    at = last.text.find(last.authors[0].split(",")[0])
    if at < 0 or len(re.findall(r"\b[a-z]+\b", last.text[:at])) < 3 \
            or re.search(r"\b(?:[Ss]ee|[Cc]f|[Cc]ompare)\b", last.text[:at]):
        return None, ""  # the reference opens its piece, or the note sends the reader to it: the rule stands
    paged = [x for x in previous[:-1] if x.work != last.work and _first_page(x.pinpoint) is not None
             and 0 <= page - _first_page(x.pinpoint) <= 100]
    if not paged:
        return None, ""
    other = work_of(paged[-1].work)
    return other, (f"By rule Ibid points to the last work of note {last.note} ({_label(rule)}), named there in the "
                   f"writer's sentence without a page; p. {c.pinpoint} goes on from p. {paged[-1].pinpoint} of "
                   f"{_label(other)}, cited in the same note: linked to that work.")


def _label(work) -> str:
    people = work.authors or work.editors if work is not None else []
    return ", ".join(p for p in (people[0].split(",")[0] if people else "", work.title or work.container or "") if p) \
        if work is not None else "none"


def read_broken_off(citations: list[Citation], fragments: list[Fragment]) -> list[Citation]:
    """'...; IBM Corporation, Real-Time Computer Complex for NASA Manned Spacecraft Center,' (the note breaks off):
    the work of that author whose title, cited in an earlier note, opens with these words; none, or two, and the
    words stay reported, not linked."""
    from .resolve import fold, same_name
    made = []
    for f in fragments:
        found = BROKEN_OFF.match(f.text.strip(" ,")) if f.role == "unresolved" and f.reason == BROKEN_OFF_REASON else None
        if not found:
            continue
        who, title = found.group("who").strip(), found.group("title").strip()
        earlier = {(tuple(c.authors), c.title) for c in citations if c.note < f.note and c.title and c.authors
                   and same_name(who, c.authors[0]) and fold(c.title).startswith(fold(title))
                   and len(fold(title).split()) >= 3}
        if len({fold(t) for _, t in earlier}) != 1:
            continue
        authors, full_title = sorted(earlier)[0]
        c = Citation(f.chapter, f.note, f.start, f.end, f.text)
        c.form, c.kind, c.authors, c.title = "short", "book", list(authors), title
        c.reason = f"{BROKEN_OFF_REASON}: the opening words of {full_title!r}, cited before"
        f.role = "detail"
        made.append(c)
    return sorted(citations + made, key=lambda c: (c.note, c.start)) if made else citations


# --- Chicago's bibliography entry used as a note (CMOS 17th ed., 14.18-14.23) and web pages under a body ---
_GIVEN = r"[A-Z][\w'’-]*\.?(?:\s[A-Z][\w'’-]*\.?)*"  # "Konrad H.", "Nicola Di", "Robert A. Margo."
_ENTRY_AUTHORS = (rf"(?P<family>[A-Z][\w'’-]+),\s(?P<given>{_GIVEN})"
                  rf"(?P<others>(?:,\s{_GIVEN})*(?:,?\sand\s{_GIVEN})?|,\set al\.)")
_URL = r"(?:https?://|www\.)[^\s<>]+?"


def _italic(name: str) -> str:
    """An italic span in either Markdown spelling, `*Title*` or `_Title_` (its inner underscores kept)."""
    return rf"(?:\*(?P<{name}>[^*]+)\*|_(?P<{name}_u>[^\s_](?:[^\n]*?[^\s])?)_(?=[\s,.;:]|$))"


_DATED = r"\((?P<date>[^()]*?(?P<year>(?:1[5-9]|20)\d\d))\)"
BIBLIOGRAPHY_ARTICLE = re.compile(
    rf"(?:See(?:\s+also)?\s+)?{_ENTRY_AUTHORS}[.,]?\s+[\"“](?P<title>[^\"“”]+?)[.,]?[\"”][.,]?\s+"
    rf"{_italic('container')},?\s+(?P<volume>\d+)(?:,\s+no\.\s+(?P<issue>\d+)|\.(?P<issue_dotted>\d+))?\s+{_DATED}"
    rf"(?::\s*(?P<pages>\d+(?:[–-]\d+)?))?(?:\.\s+(?P<pinpoint>\d+(?:[–-]\d+)?)(?=\.))?"
    rf"(?:[.,]?\s+(?P<url>{_URL}))?\.?(?=\s|$)")
BIBLIOGRAPHY_BOOK = re.compile(
    rf"(?:See(?:\s+also)?\s+)?{_ENTRY_AUTHORS}[.,]?\s+{_italic('title')}\.\s+(?:(?P<first_year>(?:1[5-9]|20)\d\d)\.\s+)?"
    rf"(?:(?P<place>[A-Z][\w .'’-]*?):\s+)?(?P<publisher>[A-Z][^,:;()*\"“]*?(?:,\s+Inc\.)?),\s+(?P<year>(?:1[5-9]|20)\d\d)"
    rf"(?::\s*(?P<pinpoint>\d+(?:[–-]\d+)?(?:,\s*\d+(?:[–-]\d+)?)*))?\.?(?=\s|$)")
# the author-date reference list's order (APA): "Broscheid, A. (2011), Title?. *Law & Society Review*, 45: 171-194."
BIBLIOGRAPHY_AUTHOR_DATE = re.compile(
    rf"(?:See(?:\s+also)?\s+)?{_ENTRY_AUTHORS}\s+\((?P<year>(?:1[5-9]|20)\d\d)\)[.,]\s+(?P<title>[A-Z][^*\"“”]+?[?!]?)\.\s+"
    rf"{_italic('container')},\s+(?P<volume>\d+)(?:\((?P<issue>\d+)\))?[:,]\s+(?P<pages>\d+[–-]\d+)"
    rf"(?:[.,]?\s+(?P<url>{_URL}))?\.?(?=\s|$)")
# a body's page in a bibliography entry's order: 'Oxford University Press. "uncommon, adj.". *OED Online*. 2022.
# Oxford University Press. https://...' (CMOS 17th ed., 14.206, 14.233)
BIBLIOGRAPHY_BODY_PAGE = re.compile(
    rf"(?:See(?:\s+also)?\s+)?(?P<body>(?:The\s)?[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|of|at|the|for|and))*)\.\s+"
    rf"[\"“](?P<title>[^\"“”]+?)[.,]?[\"”]\.?\s+{_italic('container')}\.\s+(?:(?P<year>(?:1[5-9]|20)\d\d)\.\s+)?"
    rf"(?:(?P<publisher>[A-Z][^.]*?)\.\s+)?(?P<url>{_URL})\.?(?=\s|$)")
# "The Pandas Development Team, *pandas.concat*, https://...": a page's italic title and its address, the body
# that writes it before (kept for a next title after "and" that prints none)
WEB_PAGE_UNDER_BODY = re.compile(
    rf"(?:(?<=^)|(?<=See\s)|(?<=also\s)|(?<=,\s)|(?<=and\s))"
    rf"(?:(?!See\b)(?P<body>(?:The\s)?[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|of|at|the|for))*)[,.]\s+)?"
    rf"{_italic('title')},?\s+(?P<url>https?://[^\s<>]+?)(?=[.,]?(?:\s|$))")


def _group(found: re.Match, name: str) -> str | None:
    """A group that may be spelt in either of _italic's ways."""
    return found.group(name) if found.group(name) is not None else found.groupdict().get(f"{name}_u")


def _entry_authors(found: re.Match) -> list[str]:
    from .names import invert
    given = found.group("given")
    initial = re.search(r"(?:^|\s)[A-Z]\.$", given)  # "Konrad H.": the initial keeps its full stop
    authors = [f"{found.group('family')}, {given if initial else given.rstrip('.')}"]
    if found.group("others").startswith(", et al"):
        return authors
    for name in re.split(r",?\s+and\s+|,\s+", found.group("others")):
        if name.strip():
            authors.append(invert(name.strip()))
    return authors


def read_bibliography_entries(text: str, base) -> list[Citation]:
    """Works the note prints as entries of a bibliography: "Family, Given, Given Family, and Given Family. “Title.”
    *Journal* 34, no. 2 (2010): 171-197." or "... *Title*. Publisher, 2016: 122."; and web pages under the body
    that writes them ("See SciPy, *Title*, https://... and NumPy, *Title*, https://..."). `base(start, end)`
    makes an empty citation of that span."""
    from .names import invert, looks_like_names
    made = []
    lead = len(text) - len(text.lstrip())
    entry = BIBLIOGRAPHY_ARTICLE.match(text, lead) or BIBLIOGRAPHY_BOOK.match(text, lead) \
        or BIBLIOGRAPHY_AUTHOR_DATE.match(text, lead)
    if entry:
        c = base(entry.start(), entry.end())
        c.form, c.authors, c.title = "full", _entry_authors(entry), _group(entry, "title").strip()
        c.year, c.pinpoint = entry.group("year"), entry.groupdict().get("pinpoint")
        if "container" in entry.re.groupindex:
            c.kind, c.container, c.volume = "article", _group(entry, "container").strip(), entry.group("volume")
            c.issue = entry.group("issue") or entry.groupdict().get("issue_dotted")
            c.pages, c.url = entry.group("pages"), entry.group("url")
            date = (entry.groupdict().get("date") or "").strip()
            c.date = date if date and date != c.year else None
        else:
            c.kind, c.place, c.publisher = "book", entry.group("place"), entry.group("publisher").strip()
        return [c]
    page = BIBLIOGRAPHY_BODY_PAGE.match(text, lead)
    if page and is_body(page.group("body")):
        c = base(page.start(), page.end())
        c.form, c.kind, c.authors, c.title = "full", "web", [page.group("body")], page.group("title").strip()
        c.container, c.year, c.publisher = _group(page, "container").strip(), page.group("year"), page.group("publisher")
        c.url = page.group("url")
        return [c]
    body = None
    for page in WEB_PAGE_UNDER_BODY.finditer(text):
        if page.group("body"):
            name = page.group("body").strip()
            person = not name.startswith("The ") and " " in name and looks_like_names(name) \
                and not _re("corporate").search(name)
            body = invert(name) if person else name
        elif made and text[made[-1].end:page.start()].strip(" ,") not in ("and",):
            body = None  # a title alone after other words than "and": no writer printed
        c = base(page.start(), page.end("url"))
        c.form, c.kind, c.title, c.url = "full", "web", _group(page, "title").strip(), page.group("url").rstrip(".,")
        c.authors = [body] if body else []
        made.append(c)
    return made


# --- federal legal and government documents (CMOS 17th ed., 14.281-14.300; government variant of Chicago) ---
@lru_cache(maxsize=None)
def _federal() -> dict[str, re.Pattern]:
    from .chunks import DATE
    codes, gazettes = _alternation("legal_codes"), _alternation("official_gazettes")
    url = r"(?P<url>https?://[^\s<>]+?)(?=[.,;]?(?:\s|$))"
    hereafter = "|".join(re.escape(w) for w in ("hereinafter", "hereafter"))
    pages = r"pp?\.\s+(?P<pages>\d+(?:[–-]\d+)?(?:,\s+\d+(?:[–-]\d+)?)*)"
    return {
        # "47 U.S.C. §606(c)": the code, its title number, the section
        "code_section": re.compile(rf"(?<![\w.])(?P<volume>\d+)\s+(?P<code>{codes})(?![\w])\s*"
                                   rf"(?P<section>§§?\s*[\w.()–-]*[\w)])"),
        # "E.O. 12148 of July 20, 1979, “Title,” 44 Federal Register 43239, July 24, 1979, URL";
        # "Reorganization Plan No. 3 of 1978, 43 Federal Register 41943, 92 Stat. 3788, URL"
        "gazette_item": re.compile(
            rf"(?:(?<=^)|(?<=\.\s)|(?<=;\s)|(?<=;\sand\s)|(?<=pursuant\sto\s)|(?<=See\s))"
            rf"(?:(?P<order>(?:{_alternation('order_names')})(?:\s\(E\.O\.\))?\s\d+)\s+of\s+(?P<signed>{DATE}),\s+)?"
            rf"(?:[\"“](?P<quoted>[^\"“”]+?),?[\"”],?|(?P<title>[A-Z][^,;\"“”]*?),)\s+"
            rf"(?P<volume>\d+)\s+(?:{gazettes})\s+(?P<page>\d+)(?:,\s+\d+\s+Stat\.\s+\d+)?"
            rf"(?:,\s+(?P<date>{DATE}))?(?:,\s+{url})?"),
        # "FCC, Report and Order: In the Matter of ..., September 29, 2022, p. 5, URL (hereinafter ...)";
        # "B. Wayne Blanchard, Title, 1985, p. 2, URL": a document by its maker, its date, page and address
        "made_document": re.compile(
            rf"(?:(?<=^)|(?<=[.?!]\s)|(?<=[.?!][\"”]\s)|(?<=;\s)|(?<=;\sand\s)|(?<=See\s))"
            rf"(?P<maker>[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|of|the|for|and))*(?:\s\([A-Z]{{2,}}\))?),\s+"
            rf"(?P<title>[A-Z](?:[^\"“”;.]|\.(?!\s))*?),\s+"  # no sentence ends inside: "Papers. Box 5" is a file
            rf"(?:(?P<date>{DATE})(?=[.;,](?:\s|$)|$|\s\())?(?:,?\s*{pages}(?=[.;,](?:\s|$)|$|\s\())?(?:,?\s*{url})?"
            rf"(?(date)|(?(url)|(?!)))(?=[.;,]?(?:\s|$)|\s\()(?:\s+\((?:{hereafter})\s+(?P<hereafter>[^()]+)\))?"),
        # 'BIA, "What Is Tribal Consultation?" https://...'; 'United Nations, "Title?" fact sheet, https://...': a body's
        # page by its quoted title (a question's mark, or the title's comma, closing it) and its address
        "quoted_page": re.compile(
            rf"(?:(?<=^)|(?<=[.?!]\s)|(?<=;\s)|(?<=;\sand\s)|(?<=[Ss]ee\s)|(?<=[Ss]ee\salso\s))"
            rf"(?P<maker>[A-Z][\w.&'’-]*(?:(?:\s|,\s(?:and\s)?)(?:[A-Z][\w.&'’-]*|of|the|for|and))*),\s+"
            rf"[\"“](?P<title>[A-Z][^\"“”]*?(?:[?!]|(?=,)))[,.]?[\"”](?:\s+(?P<genre>[a-z][a-z ]*?),)?"
            rf"(?:\s+pp?\.\s+(?P<pages>\d+(?:[–-]\d+)?),)?\s+"
            rf"(?P<url>https?://[^\s<>()]+?)(?=[.,;]?(?:\s|$)|\))"),
        # "the Treaty with the Kaskaskias, etc., U.S.-United Tribes of ..., art. 7, May 30, 1854, 10 Stat. 1082, 1084": a
        # treaty by its title, its parties, article and date, then the volume and page of the Statutes at Large
        "treaty": re.compile(
            rf"(?<![\w-])(?P<title>(?:{_alternation('treaty_words')})\s(?:[^,;\"“”]|,\s+etc\.)*?),\s+"
            rf"(?:(?P<parties>U\.S\.-[^;\"“”]*?),\s+)?(?:(?P<article>(?:Article|[Aa]rt\.)\s+[\dIVXLC]+),\s+)?"
            rf"(?P<date>{DATE}),\s+(?P<volume>\d+)\s+Stat\.\s+(?P<page>\d+)(?:,\s+(?P<pinpoint>\d+))?(?![\d])"),
        "hearing_statement": re.compile(
            rf"(?:(?<=^)|(?<=[.?!]\s)|(?<=;\s)|(?<=[Ss]ee\s)|(?<=[Ss]ee\salso\s))Statement\s+of\s+"
            rf"(?P<maker>[A-Z][\w.&'’-]*(?:\s(?:[A-Z][\w.&'’-]*|of|the|for|and|\([A-Z]{{2,}}\)))*),\s+"
            rf"(?P<hearing>(?:{_alternation('hearing_names')})\s[^;()]*?),\s+(?P<congress>\d+(?:st|nd|rd|th)\s+Cong\.)"
            rf"(?:,\s+\d+(?:st|nd|rd|th)\s+[Ss]ess\.)?(?:,\s+(?P<date>{DATE}))?"
            rf"(?:,\s+(?P<number>[SH]\.\s?Hrg\.\s+[\d-]+))?(?:\s+\((?P<publisher>[A-Z][^,()]*),\s+(?P<year>\d{{4}})\))?"
            rf"(?:,\s+pp?\.\s+(?P<pages>\d+(?:[–-]\d+)?))?"
            rf"(?:\s+\((?:{hereafter})\s+(?P<hereafter>[^()]+)\))?"),
        # "CRS Report R47563, Tribal Co-management of Federal Lands: ..., by Mariel J. Murray."
        "numbered_report": re.compile(
            rf"(?:(?<=^)|(?<=[.?!]\s)|(?<=;\s)|(?<=;\sand\s)|(?<=[Ss]ee\s)|(?<=[Ss]ee\salso\s))"
            rf"(?P<series>{_alternation('numbered_report_series')})\s+(?P<number>[A-Z]{{1,4}}[\d-]*\d),\s+"
            rf"(?P<title>[A-Z](?:[^;\"“”]|\.(?!\s))*?),\s+by\s+"
            rf"(?P<names>{_PERSON}(?:(?:,\s+|,?\s+and\s+){_PERSON})*)(?=[.;]?(?:\s|$))"),
    }


_PERSON = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}"


def read_federal_forms(text: str, base) -> list[Citation]:
    """Sections of a code ("47 U.S.C. §606(c)"), orders and plans printed in a gazette by volume and page, and
    documents by their maker with date, page and address, wherever they stand in the note. `base(start, end)`
    makes an empty citation of that span."""
    from .names import invert, looks_like_names
    made: list[Citation] = []

    def free(start: int, end: int) -> bool:
        return clear_of(start, end, made)

    for found in _federal()["code_section"].finditer(text):
        c = base(found.start(), found.end())
        c.form, c.kind, c.title = "full", "government-document", found.group("code")
        c.volume, c.pinpoint = found.group("volume"), found.group("section")
        made.append(c)
    for found in _federal()["gazette_item"].finditer(text):
        if not free(found.start(), found.end()):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind, c.container = "full", "government-document", "Federal Register"
        c.title = (found.group("quoted") or found.group("title")).strip()
        c.volume, c.pinpoint, c.url = found.group("volume"), found.group("page"), found.group("url")
        year = YEAR_IN_TEXT.search(found.group("signed") or found.group("date") or c.title)
        c.year = year.group(0) if year else None
        made.append(c)
    for found in _federal()["made_document"].finditer(text):
        maker, title = found.group("maker"), found.group("title").strip()
        if not free(found.start(), found.end()) or maker.split()[0] in conventions()["not_names"] \
                or re.fullmatch(r"[IVXLCDM]+", maker):  # "vol. VIII, Document 68": a volume's numeral
            continue
        if not found.group("url") and not (ACRONYM.match(maker) and re.search(r"\d,\s", found.group("date"))):
            continue  # without its address, only a body's acronym then a day's date ("FCC, Title, December 9, 1994")
        person = looks_like_names(maker) and 2 <= len(maker.split()) <= 4 and not is_body(maker)
        if not (person or is_body(re.sub(r"\s\([A-Z]{2,}\)$", "", maker))):
            continue  # neither a body nor a person: a title or the writer's words
        c = base(found.start(), found.end())
        c.form, c.kind, c.title = "full", ("web" if found.group("url") and not found.group("date") else "government-document"), title
        c.authors = [invert(maker) if person else maker]
        c.date, c.pinpoint, c.url = found.group("date"), found.group("pages"), found.group("url")
        year = YEAR_IN_TEXT.search(found.group("date") or "")
        c.year = year.group(0) if year else None
        c.hereafter = found.group("hereafter").strip() if found.group("hereafter") else None
        made.append(c)
    for found in _federal()["quoted_page"].finditer(text):
        makers = _joint_bodies(found.group("maker"))
        if not free(found.start(), found.end()) or not makers:
            continue  # a person's quoted title is read with the note's other forms
        c = base(found.start(), found.end())
        c.form, c.kind, c.title = "full", "web", found.group("title").strip()
        c.authors, c.url, c.pinpoint = makers, found.group("url"), found.group("pages")
        made.append(c)
    for found in _federal()["treaty"].finditer(text):
        if not free(found.start(), found.end()):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind, c.title, c.container = "full", "government-document", found.group("title").strip(), "Stat."
        c.volume, c.pinpoint, c.date = found.group("volume"), found.group("pinpoint") or found.group("page"), found.group("date")
        year = YEAR_IN_TEXT.search(found.group("date"))
        c.year = year.group(0) if year else None
        made.append(c)
    for found in _federal()["hearing_statement"].finditer(text):
        if not free(found.start(), found.end()) or not is_body(re.sub(r"\s\([A-Z]{2,}\)$", "", found.group("maker"))):
            continue  # a member's statement is printed in the Record, not read here
        c = base(found.start(), found.end())
        c.form, c.kind, c.container = "full", "chapter", found.group("hearing").strip()
        c.authors, c.publisher, c.pinpoint = [found.group("maker")], found.group("publisher"), found.group("pages")
        year = YEAR_IN_TEXT.search(found.group("date") or found.group("year") or "")
        c.year, c.date = (year.group(0) if year else None), found.group("date")
        c.hereafter = found.group("hereafter").strip() if found.group("hereafter") else None
        made.append(c)
    for found in _federal()["numbered_report"].finditer(text):
        if not free(found.start(), found.end()):
            continue
        c = base(found.start(), found.end())
        c.form, c.kind, c.title = "full", "government-document", found.group("title").strip()
        c.series = f"{found.group('series')} {found.group('number')}"
        c.authors = [invert(name) for name in re.split(r",?\s+and\s+|,\s+", found.group("names")) if name.strip()]
        made.append(c)
    return sorted(made, key=lambda c: c.start)


def _joint_bodies(printed: str) -> list[str]:
    """Bodies printed as joint authors ("Rights Fund, University of Colorado Boulder, and University of California,
    Los Angeles School of Law"): a part that is no body on its own is the previous body's campus or branch; none
    when the first part is no body (a person)."""
    bodies: list[str] = []
    for part in re.split(r",\s+(?:and\s+)?", printed):
        if is_body(part):
            bodies.append(part)
        elif bodies and not part.startswith("and "):
            bodies[-1] = f"{bodies[-1]}, {part}"
        else:
            return []
    return bodies


YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def read_hereinafter_uses(citations: list[Citation], notes: list) -> list[Citation]:
    """A "(hereinafter X)" name printed whole in a later note where no reader placed a citation ("...; Memorandum of
    Understanding on ..., April 21, 1982; and ..."): a use of that name, linked by resolve as hereafter forms are."""
    names = [(c.note, c.hereafter.strip(" .")) for c in citations if c.hereafter and len(c.hereafter.split()) >= 3]
    added = []
    for note in notes:
        taken = [(c.start, c.end) for c in citations if c.note == note.number]
        for defined_in, name in names:
            if note.number <= defined_in:
                continue
            for found in re.finditer(rf"(?:^|(?<=[.;]\s)|(?<=;\sand\s)|(?<=See\s))({re.escape(name)})(?=[.;,]?(?:\s|$))",
                                     note.text):
                if not any(start < found.end(1) and found.start(1) < end for start, end in taken):
                    c = Citation(note.chapter, note.number, found.start(1), found.end(1), found.group(1))
                    c.form = "hereafter"
                    added.append(c)
                    taken.append((c.start, c.end))
    return sorted(citations + added, key=lambda c: (c.note, c.start)) if added else citations
