"""Legislative records and documentary collections cited by name and volume, session or date (1880-1930 notes).

"Journals of Cong., I. 20", "Journals of Cong., 1781, June 25; July 18; Sept. 21, 27", "Annals of Cong., 1 Cong. 2
sess. p. 1183", "Force, American Archives, 4th Ser., I. 1033, 1136; II. 279–281, 1544", "Benton, in Cong. Record,
xxiii, p. 57", "Register of Debates, i, 721": a series of many volumes (conventions.yml serial_records), one work;
everything after its name is the place in it, even across semicolons, until something that is no locator. Read
whole before a note is cut into pieces, as the dates and volumes would be cut wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chunks import MONTH
from .conventions import abbreviations, conventions, words
from .model import Citation, Fragment
from .names import split_names

_PAGES = r"[\dxvi]+(?:\s*[–-]\s*\d+)?(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*(?:\s+(?:ff?\.|et seq\.))?"
_ROMAN = r"(?:[IVXLC]+|[ivxlc]+)\b"
_DAYS = r"\d{1,2}(?:,\s*\d{1,2}(?![\d–-]))*"
_LOCATOR = (rf"(?:\d+(?:st|nd|rd|th|d)?\s+Cong\.?,?\s+\d+(?:st|nd|rd|th|d)?\s+[Ss]ess\.?"  # "1 Cong. 2 sess."
            rf"|(?:\d+(?:st|nd|rd|th|d)?|[A-Z][a-z]+)\s+[Ss]er(?:\.|ies\b)(?:,?\s+{_ROMAN})?"  # "4th Ser., I"
            rf"|[Vv]ols?\.\s*(?:{_ROMAN}|\d+\b)|{_ROMAN}"  # a volume
            rf"|(?:1[5-9]|20)\d\d(?:\s*[–-]\s*\d{{1,4}})?"  # a year or session "1782–3"
            rf"|{MONTH}\s+{_DAYS}(?:,\s*(?:1[5-9]|20)\d\d)?"  # "May 13, 15, 17, 1775", "Sept. 21, 27"
            rf"|pp?\.\s*{_PAGES}|(?<=[IVXLCivxlc][.,]\s){_PAGES}|(?<=[IVXLCivxlc]\.){_PAGES}"  # pages, bare after a volume
            rf"|(?:[Aa]pp\.|[Aa]ppendix)(?:\s*{_ROMAN})?|(?:pt|[Pp]art|[Nn]o)\.?\s*\d+"  # "App. p. 12", "pt. 2"
            rf"|(?:etc|&c)\.|(?:{'|'.join(re.escape(w) for w in words('chamber_names'))})(?![\w]))")  # "Senate"
_VOLUME_FIRST = re.compile(rf"(?:\d+(?:st|nd|rd|th|d)?\s+Cong\.?,?\s+\d+(?:st|nd|rd|th|d)?\s+[Ss]ess\.?"
                           rf"|(?:(?:\d+(?:st|nd|rd|th|d)?|[A-Z][a-z]+)\s+[Ss]er(?:\.|ies),?\s+)?{_ROMAN}"
                           rf"|(?:1[5-9]|20)\d\d(?:\s*[–-]\s*\d{{1,4}})?(?!,\s*\d))(?=[.,;]?\s|[.,]?$)")
_LEAD = r"(?:(?:[Cc]f\.|[Cc]ompare|[Ss]ee)(?:\s+also)?,?\s+)?"


@lru_cache(maxsize=1)
def _reference() -> re.Pattern:
    printed = sorted((p for s in conventions()["serial_records"] for p in s["printed"]), key=len, reverse=True)
    names = "|".join(re.escape(p) for p in printed)
    return re.compile(
        rf"(?<![\w.])(?P<lead>{_LEAD})(?:(?P<who>[A-Z][\w'’-]+)(?:(?P<in>,?\s+in)\s+|,\s+))?(?P<name>{names})(?![\w])"
        rf"(?P<place>(?:(?:\s*[,;]\s*|(?<=[IVXLCivxlc])\.\s*|\s+){_LOCATOR})+)\.?")


def is_serial_record(title: str | None) -> bool:
    """The name a serial record is filed under (conventions.yml serial_records)."""
    return any(title == series["title"] for series in conventions()["serial_records"])


def _title(printed: str) -> str:
    for series in conventions()["serial_records"]:
        if printed in series["printed"]:
            return series["title"]
    return printed


_DOCUMENT = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words('document_kinds'))})\b")


def _sentence_start(text: str) -> int:
    """Where the last sentence of the text opens: after a full stop that ends no initial or abbreviation."""
    start = 0
    for stop in re.finditer(r"(?P<word>[\w.]*)[.!?]\s+(?=[A-Z“\"])", text):
        word = stop.group("word").split(".")[-1]
        if len(word) > 1 and word not in abbreviations() and not word.isupper():
            start = stop.end()
    return start


def read_serial_records(text: str, base, chapter: str, note: int) -> tuple[list[Citation], list[Fragment]]:
    """Each reference to a serial record in the note, and the description of the document it prints when one
    stands just before it ("Arthur Lee's letter to R.H. Lee, ...: Force, American Archives, ..."; "Speech in the
    Senate, March 1, 1825; Register of Debates, i, 721"): a detail, no work. `base(start, end)` makes a citation."""
    made, details = [], []
    for found in _reference().finditer(text):
        place = found.group("place").strip(" ,;")
        if not re.search(r"\d|[IVXLCivxlc]", place):
            continue
        who = found.group("who")
        if who and not found.group("lead") and text[:found.start("who")].rstrip()[-1:] not in ("", ".", ";", ":", "("):
            who = None  # "statement of William Smith in Annals of Congress": a name's last word, no compiler
        start = found.start("who") if who else found.start("name")
        c = base(found.start() if who or found.group("lead") else start, found.end())
        c.kind, c.form, c.title = "book", "full", _title(found.group("name"))
        if who and not found.group("in"):  # "Force, American Archives": the compiler
            c.editors = [who]
        volume = _VOLUME_FIRST.match(place)  # "4th Ser., I", "1 Cong. 2 sess.", "1781", "xxiii": the volume or session
        c.volume = volume.group(0).rstrip(",") if volume else None
        rest = place[volume.end():].lstrip(" .,;") if volume else place
        c.pinpoint = re.sub(r"^pp?\.\s*", "", rest) or None
        made.append(c)
        before = text[:start if not found.group("lead") else found.start()]
        sentence = _sentence_start(before) - 1
        clause = before[sentence + 1:]
        if before.rstrip().endswith(":") and clause.strip():  # "<a letter described>: <the collection>"
            at = sentence + 1 + (len(clause) - len(clause.lstrip()))
            details.append(Fragment(chapter, note, at, len(before), before[at:], "detail",
                                    "a document printed in the collection cited after it"))
        elif before.rstrip().endswith(";"):
            previous = before.rstrip()[:-1]
            opens = max(_sentence_start(previous) - 1, previous.rfind("; "))
            clause = previous[opens + 1:]
            if _DOCUMENT.match(clause.strip()) and not re.search(r"[“\"*]", clause):  # "Speech in the Senate, <date>"
                at = opens + 1 + (len(clause) - len(clause.lstrip()))
                details.append(Fragment(chapter, note, at, len(previous), previous[at:], "detail",
                                        "a document printed in the record cited after it"))
    return made, details


# --- printings named in the writer's prose (a note on a paper's own history) ---------------------------------
_Q_OPEN, _Q_CLOSE = "[“\"'‘]", "[”\"'’]"
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_DATE = rf"{MONTH}\s+(?:\d{{1,2}},\s+)?(?:1[5-9]|20)\d\d"


@lru_cache(maxsize=1)
def _prose_printings() -> dict[str, re.Pattern]:
    published = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("society_publications"))
    society = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w'’.-]*)*"
    styles = "|".join(re.escape(w) for w in words("styles_of_office") + words("honorifics"))
    own = "|".join(re.escape(w) for w in words("own_possessives"))
    return {
        # "in the Proceedings of the State Historical Society of Wisconsin, December 14, 1893", "that of the Report of
        # the American Historical Association for 1893, 199-227", "in the Fifth Year Book of the National Herbart
        # Society": a learned society's publication named in the writer's sentence
        "society": re.compile(
            rf"\b(?:in|of)\s+the\s+(?P<title>(?:[A-Z][a-z]+\s+)?(?:{published})\s+of\s+the\s+{society}"
            rf"(?:\s+for\s+(?P<year>(?:1[5-9]|20)\d\d))?)(?:,\s+(?P<date>{_DATE})|,\s+(?P<pages>\d+\s*[-–]\s*\d+)"
            r"(?=[.;,]|$))?(?=\s*(?:[.;]|,\s+(?:and|with|where|which|in|at|by|from)\b|\s+and\b|$))"),  # prose goes on
        # "my article entitled 'Problems in American History,' which appeared in The Ægis, a publication of ...,
        # November 4, 1892"
        "entitled": re.compile(
            rf"\b(?P<whose>{own}|his|her)\s+(?:article|paper|essay|address)\s+entitled\s+{_Q_OPEN}(?P<title>[A-Z][^”\"]+?)"
            rf"[,.]?{_Q_CLOSE},?\s+which\s+appeared\s+in\s+(?P<container>(?:The\s+)?[A-ZÆ][\w'’]*(?:\s+[A-Z][\w'’]*)*)"
            rf"(?:,\s+[^,;]+?)*?,\s+(?P<date>{_DATE})"),
        # "Professor Woodrow Wilson—whose volume on 'Division and Reunion' in the Epochs of American History Series"
        "whose": re.compile(
            rf"(?:(?:{styles})\s+)?(?P<who>{_NAME})\s*(?:[—–]|--|,)\s*whose\s+(?:volume|book|work|treatise|essay)\s+on\s+"
            rf"{_Q_OPEN}(?P<title>[A-Z][^”\"]+?)[,.]?{_Q_CLOSE}(?:,?\s+in\s+the\s+(?P<series>{_NAME}\s+Series))?"),
        # "his article in The Forum, December, 1893, reviewing Goldwin Smith's 'History of the United States.'"
        "review": re.compile(
            rf"\b(?:his|her)\s+(?:article|paper|essay)\s+in\s+(?P<container>(?:The\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*),"
            rf"\s+(?P<date>{MONTH},?\s+(?:1[5-9]|20)\d\d)(?:,\s+reviewing\s+(?P<rwho>{_NAME})['’]s\s+{_Q_OPEN}"
            rf"(?P<rtitle>[A-Z][^”\"]+?)[,.]?{_Q_CLOSE})?"),
    }


def read_printings_in_prose(text: str, base) -> list[Citation]:
    """The publications a note names in its prose, telling where a paper was printed or what it answers: a
    learned society's Proceedings, Report or Year Book (conventions.yml society_publications), "my article
    entitled '...,' which appeared in <periodical>, <date>", "<name>—whose volume on '...'", and "his article in
    <periodical>, <date>, reviewing <name>'s '...'" (the review, untitled, by the writer named last; the book
    reviewed). `base(start, end)` makes a citation of that span."""
    made: list[Citation] = []
    patterns = _prose_printings()
    for found in patterns["society"].finditer(text):
        c = base(found.start("title"), found.end())
        c.form, c.title, c.pinpoint = "full", found.group("title"), found.group("pages")
        year = found.group("year") or (found.group("date") or "")[-4:] or None
        c.year, c.date = year, found.group("date")
        made.append(c)
    for found in patterns["entitled"].finditer(text):
        c = base(found.start(), found.end())
        c.kind, c.form, c.title, c.container = "article", "full", found.group("title"), found.group("container")
        c.authors = ["@chapter-author"] if found.group("whose") not in ("his", "her") else []
        c.date, c.year = found.group("date"), found.group("date")[-4:]
        made.append(c)
    writers = []
    for found in patterns["whose"].finditer(text):
        c = base(found.start("who"), found.end())
        c.form, c.authors, c.title = "short", split_names(found.group("who"))[0], found.group("title")
        c.series = found.group("series")
        writers.append((found.start(), found.group("who")))
        made.append(c)
    for found in patterns["review"].finditer(text):
        before = [who for at, who in writers if at < found.start()]
        if not before:
            continue
        c = base(found.start(), found.end("date"))
        c.kind, c.form, c.authors, c.container = "review", "full", split_names(before[-1])[0], found.group("container")
        c.date, c.year = found.group("date"), found.group("date")[-4:]
        made.append(c)
        if found.group("rtitle"):
            book = base(found.start("rwho"), found.end())
            book.form, book.authors, book.title = "short", split_names(found.group("rwho"))[0], found.group("rtitle")
            made.append(book)
    return sorted(made, key=lambda c: c.start)
