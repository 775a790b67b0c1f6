"""Notes written as whole bibliography entries, the names first, in the shapes modern.py does not read.

"Surname, Given, and Given Surname (2019), Title. Place: Publisher." (the year in parentheses after the names),
"Surname, Given and Surname, Given. 2023. "Title", Site. URL." (names joined BibTeX-fashion, the year alone),
"Surname, Given: Title. In: Editor (Hg.): Container. Wolfenbüttel 2023." (German), and Chicago's "Surname, Given.
Title. Place: Publisher, Year."; editors marked "[Eds.]", ", eds."; the title quoted or bare, ending before its
container ("In", "in:", ". Journal"); the container's editors "/ Edited by", "edited by", "eds.:"; article numbers
where pages go. And the author-date short form "Wachter, Laslett and Hammel 1978, p. xix". Words are in
conventions.yml (`entries`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .conventions import conventions
from .model import Citation

FAMILY = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?"  # "Avena-Koenigsberger", "Ureña-Carrion"
# given names: initials with their full stops, words without ("Kenneth W.", "C. A.", "Dirk van", "R Gerard")
GIVEN = r"(?!(?:The|A|An|Der|Die|Das|Le|La|Les)\s)(?:[A-Z]\.|[A-Z][\w'’-]*)(?:\s*(?:[A-Z]\.|[A-Z][\w'’-]*))*(?:\s+(?:van|von|de|van\s+den|van\s+der))?"
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?"
URL = r"(?P<url>(?:https?://|www\.)\S+[^\s.,;)])"


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(conventions()["entries"][key], key=len, reverse=True))


@lru_cache(maxsize=None)
def _forms() -> dict[str, re.Pattern]:
    joined = rf"(?:,\s*(?:{_words('and')})\s+|\s+(?:{_words('and')})\s+|,\s*)"
    person = rf"(?:{FAMILY},\s*{GIVEN}|{GIVEN}\s+{FAMILY}|{FAMILY})"
    names = rf"(?P<names>{FAMILY},\s*{GIVEN}(?:{joined}{person})*)"
    editors = rf"(?P<eds>,?\s*(?:{_words('editors_after_names')}))?"
    return {
        # the year in parentheses after the names: "(2019), ", "(2020). ", ",(1972), ", ". (2022). "
        "dated": re.compile(rf"{names}{editors}\.?\s*,?\s*\({YEAR}\)[.,:]?\s+"),
        # the year alone after the names: "Buarque, Bernardo Sousa. 2023. "
        "year_alone": re.compile(rf"{names}{editors}\.\s+{YEAR}\.\s+"),
        # German: "Schmitz, Jascha Merijn: Simulation."
        "colon": re.compile(rf"{names}{editors}:\s+(?=[A-Z„“\"])"),
        # Chicago bibliography: "Gavin, Michael. Title.", "Comer, Kenneth W. “Title.”", "Brughmans, Tom, and Andrew
        # Wilson, eds. Title."
        "chicago": re.compile(rf"{names}{editors}(?:(?<=\.)|\.)\s+(?=[“\"]|[A-Z][\w'’-]*\s+[A-Za-z])"),
        "quoted": re.compile(r"[“\"](?P<title>[^“”\"]+?)[,.]?[”\"“](?:[,.])?\s*"),
        "short": re.compile(rf"^(?P<names>{FAMILY}(?:{joined}{FAMILY})*)(?P<etal>\s+et\s+al\.?)?,?\s+\(?{YEAR}\)?"
                            r"(?:(?:,\s*|:\s*)(?:(?:p|pp)\.\s*)?(?P<pin>[\w–-]+))?\.?$"),
        "lead": re.compile(rf"^(?:{_words('lead_ins')})\s+"),
    }


def _people(printed: str) -> list[str]:
    """"Hotson, Howard, and Thomas Wallnig" -> ["Hotson, Howard", "Wallnig, Thomas"]; "Grimm, Volker and Railsback,
    Steven F." (each name inverted, joined by "and") -> ["Grimm, Volker", "Railsback, Steven F."]."""
    from .names import invert
    ands = rf"\s+(?:{_words('and')})\s+"
    parts = re.split(ands, printed)
    if len(parts) > 1 and all("," in p for p in parts):
        return [re.sub(r"\s+", " ", p.strip(" ,")) for p in parts]
    tokens = [t.strip() for t in re.split(rf",\s*(?:{_words('and')})\s+|{ands}|,\s*", printed) if t.strip()]
    if len(tokens) < 2:
        return tokens
    return [f"{tokens[0]}, {tokens[1]}"] + [invert(t) for t in tokens[2:]]


def _title_end(rest: str) -> int:
    """Where a bare title ends: a full stop closing it (not an initial's), its container's "In", "in:", a stray
    closing quote, or the end."""
    ends = [m.start() for m in re.finditer(r"(?<![A-Z])\.\s|,\s+[Ii]n:?\s|’\s|,\s+by\s", rest)]
    return min(ends) if ends else len(rest.rstrip(". "))


def read_author_date_entries(text: str, base, taken: list[tuple[int, int]]) -> list[Citation]:
    """The note's one work if the whole note is such an entry; `base(start, end)` makes an empty citation."""
    if taken:
        return []
    lead = _forms()["lead"].match(text)
    at = lead.end() if lead else 0
    short = _forms()["short"].match(text, at)
    if short and (short.group("etal") or re.search(rf",|\s(?:{_words('and')})\s", short.group("names"))):
        # "Wachter, Laslett and Hammel 1978, p. xix", "Wachter et al. (1978): 12": names (several) and the year
        c = base(short.start(), short.end())  # "Wachter, Laslett and Hammel 1978, p. xix": the names and year
        c.form, c.year, c.pinpoint = "short", short.group("year"), short.group("pin")
        c.authors = [n.strip() for n in re.split(rf",\s*|\s+(?:{_words('and')})\s+", short.group("names")) if n.strip()]
        return [c]
    for key in ("dated", "year_alone", "colon", "chicago"):
        found = _forms()[key].match(text, at)
        if found:
            break
    else:
        return []
    rest_at = found.end()
    if key == "colon" and not re.search(rf"\.\s+In:\s|\s[A-Z][\w;\s]*\s(?:1[5-9]|20)\d\d\.?(?:\s|$)", text[rest_at:]):
        return []  # "Author: Title. In: Editor (Hg.): ..." or "Author: Title. Berlin 2022.": the German form only
    if key == "chicago" and not re.search(r"\b(?:1[5-9]|20)\d\d\b", text[rest_at:]):
        return []  # "Claudius, Nero, and Domitian. A hope is ...": names, then no entry's imprint
    quoted = _forms()["quoted"].match(text, rest_at)
    if quoted:
        title, after = quoted.group("title"), quoted.end()
    else:
        end = rest_at + _title_end(text[rest_at:])
        title, after = text[rest_at:end], end
    title = title.strip(" ,.")
    if not title or len(title.split()) < 1 or re.match(r"https?://", title):
        return []
    c = base(found.start(), len(text.rstrip()))
    people = _people(found.group("names"))
    c.form, c.title = "full", title
    if found.groupdict().get("eds"):
        c.editors, c.kind = people, "edited-book"
    else:
        c.authors = people
    c.year = found.groupdict().get("year")
    tail = text[after:]
    url = re.search(URL, tail)
    if url:
        c.url = url.group("url")
        tail = tail[:url.start()] + tail[url.end():]
    accessed = re.search(rf"(?:{_words('accessed')})\s*(?P<date>[^.]+\d{{4}})", tail)
    if accessed:
        c.accessed = accessed.group("date").strip()
        tail = tail[:accessed.start()]
    container = re.match(r"[.,]?\s*(?:[Ii]n:?\s+)(?P<container>.*)", tail)
    if container:  # a chapter or an article "in" a book or journal: its name before its editors or locators
        inside = container.group("container")
        editors = re.search(rf"(?:\s*/\s*|,?\s+|\.\s+)(?:{_words('editors_before_names')})\s+"
                            r"(?P<eds>(?:[^.:]|(?<=\b[A-Z])\.)+?)(?=(?<!\b[A-Z])\.\s|\.$|$)", inside)
        body = re.match(r"(?:(?P<body>[^:]+?)\s*\((?:Hg|Hrsg|ed|eds|Ed|Eds)\.\):\s*)?(?P<name>.+?)(?=\s*/\s|\.?,?\s+(?:"
                        + _words('editors_before_names') + r")\s|,\s*by\s|,?\s+\d|\s*\(=|\.\s+(?:[A-Z][\w ]*[;,]\s*)*"
                        r"[A-Z][\w]*(?::\s|\s(?:1[5-9]|20)\d\d)|\.?$)", inside)
        c.container = body.group("name").strip(" ,.") if body else None
        if editors:
            c.editors = _people_given_first(editors.group("eds"))
        elif body and body.group("body"):
            c.editors = [body.group("body").strip()]
        after = inside[body.end():] if body else ""
        numbers = re.match(r"\s*(?P<volume>\d+)\s*(?:\((?P<issue>[^)]+)\))?", after)
        if numbers and not c.editors and not re.match(r",\s*by\s", after):
            c.volume, c.issue = numbers.group("volume"), numbers.group("issue")
        c.kind = "chapter" if c.editors or re.match(r",\s*by\s|,?\s*\d+[-–]\d+\.\s+[A-Z]", after) else "article"
        pages = re.search(r"(?:pp?\.\s*|,\s*by\s[^,]+,\s*)(?P<pages>\d+(?:[-–]\d+)?)", inside)
        c.pages = pages.group("pages") if pages else None
        _imprint(c, after)
    else:
        journal = re.match(r"[.,’”]?\s*(?P<name>[A-Z][^.:\d]*?),?\s*(?:no\.\s*)?(?!(?:1[5-9]|20)\d\d\b)(?P<volume>\d+)"
                           r"(?:,\s*no\.\s*(?P<no>\w+))?\s*(?:\((?!(?:1[5-9]|20)\d\d\))(?P<issue>[^)]+)\))?"
                           r"(?:\s*\((?:1[5-9]|20)\d\d\))?(?:(?::\s*|\s+)(?P<number>\d+(?:[-–]\d+)?))?", tail)
        conference = re.match(r"\s*(?P<pages>\d+[-–]\d+)\.\s+(?P<place>[A-Z][^.]+?)\.", tail)
        if journal and not re.match(r"\s*[.,]?\s*[A-Z][^.:\d]*:\s", tail):
            c.kind, c.container = "article", journal.group("name").strip()
            c.volume, c.issue = journal.group("volume"), journal.group("issue") or journal.group("no")
            c.pages = journal.group("number")
        elif conference:  # "“Title,” 485–91. Oulu, Finland.": a paper's pages and the meeting's place
            c.pages, c.place = conference.group("pages"), conference.group("place")
        elif c.url and (site := re.match(r"\s*,?\s*(?P<site>[A-Z][^.,:]+)[\s.]*$", tail)):
            c.kind, c.container = "web", site.group("site").strip()  # "“Title”, ModelSEN Compendium. URL": the site
        else:
            _imprint(c, tail)
    if c.url and any(host in c.url for host in conventions()["entries"]["preprint_hosts"]):
        c.kind = "working-paper"  # "http://arxiv.org/abs/2112.04336": a preprint known by its address
    pin = re.search(r",\s*p\.\s*(?P<pin>\d+(?:[-–]\d+)?)[\s.]*$", tail)
    if pin and c.container and c.volume and not (c.pages and c.pages == pin.group("pin")):
        c.pinpoint = pin.group("pin")  # "184:122011, p.8-9": the article's number, then the page cited
    c.year = c.year or (re.findall(r"\b(?:1[5-9]|20)\d\d\b", tail) or [None])[0]
    return [c]


def _imprint(c: Citation, tail: str) -> None:
    """The last "Place: Publisher" of the entry ("London: Routledge", "online: Berghahn Books"), or a body before the
    year alone ("George Mason University, 2014")."""
    imprints = list(re.finditer(r"(?P<place>[A-Za-z][\w ]*(?:[,;]\s*[A-Z][\w ]*)?):\s*(?P<publisher>[^,.]+(?:\sLtd|\sInc)?)",
                                tail))
    if imprints:
        c.place, c.publisher = imprints[-1].group("place").strip(), imprints[-1].group("publisher").strip()
        return
    body = re.match(r"\s*[.,]?\s*(?P<publisher>[A-Z][^.,:]+),\s*(?:1[5-9]|20)\d\d[\s.]*$", tail)
    if body:
        c.publisher = body.group("publisher").strip()
        return
    place = re.search(r"\.\s+(?P<place>[A-Z][\w]*(?:;\s*[A-Z]\w*)*)\s+(?:1[5-9]|20)\d\d\b", "." + tail)
    if place:  # "Berlin; Boston 2022", "Wolfenbüttel 2023": the German imprint, place and year
        c.place = place.group("place")


def _people_given_first(printed: str) -> list[str]:
    from .names import invert
    tokens = [t.strip() for t in re.split(rf",\s*(?:{_words('and')})\s+|\s+(?:{_words('and')})\s+|,\s*", printed)
              if t.strip()]
    return [invert(t) for t in tokens]
