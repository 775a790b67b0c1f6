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

_PAGES = r"[\dxvi]+(?:\s*[–-]\s*\d+)?(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*(?:\s+(?:ff?\.|et seq\.))?"
_ROMAN = r"(?:[IVXLC]+|[ivxlc]+)\b"
_DAYS = r"\d{1,2}(?:,\s*\d{1,2}(?![\d–-]))*"
_LOCATOR = (rf"(?:\d+(?:st|nd|rd|th|d)?\s+Cong\.?,?\s+\d+(?:st|nd|rd|th|d)?\s+[Ss]ess\.?"  # "1 Cong. 2 sess."
            rf"|(?:\d+(?:st|nd|rd|th|d)?|[A-Z][a-z]+)\s+[Ss]er(?:\.|ies\b)(?:,?\s+{_ROMAN})?"  # "4th Ser., I"
            rf"|[Vv]ols?\.\s*{_ROMAN}|{_ROMAN}"  # a volume
            rf"|(?:1[5-9]|20)\d\d(?:\s*[–-]\s*\d{{1,4}})?"  # a year or session "1782–3"
            rf"|{MONTH}\s+{_DAYS}(?:,\s*(?:1[5-9]|20)\d\d)?"  # "May 13, 15, 17, 1775", "Sept. 21, 27"
            rf"|pp?\.\s*{_PAGES}|(?<=[IVXLCivxlc][.,]\s){_PAGES}|(?<=[IVXLCivxlc]\.){_PAGES}"  # pages, bare after a volume
            rf"|(?:etc|&c)\.|(?:{'|'.join(re.escape(w) for w in words('chamber_names'))})(?![\w]))")  # "Senate"
_LEAD = r"(?:(?:[Cc]f\.|[Cc]ompare|[Ss]ee)(?:\s+also)?,?\s+)?"


@lru_cache(maxsize=1)
def _reference() -> re.Pattern:
    printed = sorted((p for s in conventions()["serial_records"] for p in s["printed"]), key=len, reverse=True)
    names = "|".join(re.escape(p) for p in printed)
    return re.compile(
        rf"(?<![\w.])(?P<lead>{_LEAD})(?:(?P<who>[A-Z][\w'’-]+)(?P<in>,?\s+in)?,?\s+)?(?P<name>{names})(?![\w])"
        rf"(?P<place>(?:(?:\s*[,;]\s*|(?<=[IVXLCivxlc])\.\s*|\s+){_LOCATOR})+)\.?")


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
        volumes = re.findall(rf"(?:(?<=^)|(?<=[,;]\s))(?:\d+(?:st|nd|rd|th|d)?\s+Ser\.,?\s+)?{_ROMAN}(?=[.,]|\s*$)", place)
        c.volume = volumes[0] if volumes else None
        c.pinpoint = place
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
