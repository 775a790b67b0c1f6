"""Three reference forms of older humanities notes, each read whole from its comma-separated chunks:

- the title first, then the person responsible for it: "The Croker Papers edited by L.J. Jennings, I, 155",
  "Victoria, Queen and Ruler by Emily Crawford, 6", "Denkwurdigkeiten ..., zusammengestellt von Ernst
  Freiherr von Stockmar, 113", "Blumhardt's Life by Zündel (5th edition, Zurich, 1887)";
- the author, a colon, the title, then edition, place, year and page: "F. W. Newman: The Soul; Its Sorrows
  and Its Aspirations, 3rd edition, 1852, pp. 89, 91", "R. L. Stevenson: Letters, II 355";
- a periodical by its issue or volume, the item untitled: "Cornhill Magazine, LXXV, 730";
- the author, a full stop, the title (19th-century notes): "Dr. Alison. Management of the Poor in Scotland.",
  "Alison. Principles of Population, vol. II".

The phrases, titles of rank, particles and words of editions are in conventions.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .chunks import DATE, MONTH, _title_word, is_locator, is_prose, top_level_chunks
from .conventions import alternation, conventions
from .names import looks_like_names, split_names

YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
ROMAN = r"[IVXLC]+"


@dataclass
class Reading:
    title: str | None
    people: list[str] = field(default_factory=list)
    editors: bool = False  # the people are editors or compilers, not authors
    volume: str | None = None
    pinpoint: str | None = None
    place: str | None = None
    publisher: str | None = None
    year: str | None = None
    container: str | None = None  # a periodical (its item untitled) or the book that holds a quoted title
    issue: str | None = None
    imprint: bool = False  # place or year printed: a full reference
    translators: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _responsibility() -> re.Pattern:
    return re.compile(rf"(?:^|(?<=\s))(?:(?P<editor>(?i:{alternation('responsibility_editor')}))"
                      rf"|(?P<author>(?i:{alternation('responsibility_author')})))\s+(?=\S)")


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern:
    return re.compile(rf"^(?:{alternation('honorifics')})\s+")


def person(text: str) -> str | None:
    """'the Hon. Amelia Murray' -> 'the name 'Amelia Murray'; 'Viscount Esher' as printed; None when the
    words are no names ("the Secretary of State")."""
    text = text.strip(" ,;")
    while (honorific := _honorific().match(text)) is not None:
        text = text[honorific.end():]
    if re.fullmatch(rf"(?:{alternation('peerage')})\s+(?:of\s+)?[A-Z][\w'’-]+", text):
        return text  # a peer known by his title
    particles = alternation("name_particles")
    bare = re.sub(rf"(?<=\s)(?:{particles})\s+(?=[A-Z])", "", text)
    words = bare.split()
    if not words or words[0] in conventions()["not_names"] or not looks_like_names(bare):
        return None
    return text


def people(text: str) -> list[str]:
    """The names as "Family, Given"; a peer's title stays as printed ("Viscount Esher")."""
    name = person(text)
    if name is None:
        return []
    if re.fullmatch(rf"(?:{alternation('peerage')})\s+(?:of\s+)?[A-Z][\w'’-]+", name):
        return [name]
    return split_names(name)[0]


def _pages(text: str) -> str:
    return re.sub(r"^pp?\.\s*", "", text.strip())


# bare pages ("62–3"), or a part by its quoted title and page ("“Lord Clive,” p. 502")
PAGES_OR_PART = r"\d+(?:\s*[–-]\s*\d*)?|[“\"][^”\"]+[”\"](?:\s+pp?\.\s*\d[\d–-]*)?\.?"


def _locators(chunks: list[str], reading: Reading) -> bool:
    """The chunks after a title: a volume, then pages, up to a remark of the writer's ("abridged"). False
    when a chunk is neither."""
    located = []
    for index, chunk in enumerate(chunks):
        volume = re.fullmatch(rf"({ROMAN})(?:\s+(.+))?", chunk)
        if not located and volume and reading.volume is None and (
                volume.group(2) or (index + 1 < len(chunks) and is_locator(chunks[index + 1]))):
            reading.volume = volume.group(1)
            if volume.group(2):
                located.append(_pages(volume.group(2)))
            continue
        maker = _responsibility().match(chunk)
        if maker and maker.group("editor") and people(chunk[maker.end():]):  # "..., translated by Richard Crawley"
            reading.translators = people(chunk[maker.end():])
            continue
        if is_locator(chunk) or re.fullmatch(PAGES_OR_PART, chunk) or (located and _following_pages(chunk)):
            located.append(_pages(chunk))
            continue
        if re.fullmatch(rf"(?:{alternation('format_words')})\.?", chunk):
            continue  # "..., 1841, Pamphlet": the publication's form
        translator = re.fullmatch(rf"(?P<name>.+?)['’]s\s+(?:{alternation('translation_words')})", chunk)
        if translator and people(translator.group("name")):  # "Homer: Iliad, XXI, E. Myers’s translation"
            reading.translators = people(translator.group("name"))
            continue
        if is_prose(chunk):
            break  # "pp. 182–186, abridged", "..., and published monthly at Philadelphia"
        return False
    reading.pinpoint = ", ".join(located) or None
    return True


def read_title_first(text: str) -> Reading | None:
    """'The Girlhood of Queen Victoria edited by Viscount Esher, I, 280': the title, then "by" or "edited
    by" and the names, then the locators (or the imprint in brackets)."""
    chunks = top_level_chunks(text)
    for index, (offset, chunk) in enumerate(chunks):
        if index and is_locator(chunk) and not _responsibility().match(chunk):
            return None  # a locator before any maker is named
        for match in _responsibility().finditer(chunk):
            named = chunk[match.end():]
            imprint = re.search(r"\s*\((?P<inside>[^()]*\b(?:1[5-9]|20)\d\d)\)", named)
            if imprint:
                named = named[: imprint.start()]
            found = people(named)
            title = text[: offset + match.start()].strip(" ,")
            if match.group("author") and re.search(r"\b[a-z]+ed$", title):
                continue  # "The Treaty of Versailles, signed by Germany": a participle's agent, not a title's maker
            first = re.match(r"[“\"*‘]?([A-Z][\w'’-]*)", title)
            if not found or not first or first.group(1) in set(conventions()["not_names"]) - {"The", "A", "An"} \
                    or re.search(rf"\b(?:{alternation('auxiliaries')})\b", title):
                continue  # "It was written by ...", "A hope is expressed by Pomponius Mela": the writer's sentence
            title = re.sub(r",?\s+(?:etc|&c)\.$", "", title)  # "..., etc. By the Rev. ...": a title cut short
            reading = Reading(title.strip("*"), found, editors=bool(match.group("editor")))
            author = re.match(r"^(?P<names>[^,;:()“”\"*]+?),\s+(?=\S)", title)
            if author and match.group("editor") and len(author.group("names").split()) >= 2 \
                    and looks_like_names(author.group("names")) and people(author.group("names")):
                # "Raymond Poincaré, The Memoirs ..., translated by Sir George Arthur": the author first, as Chicago
                reading = Reading(title[author.end():].strip("*"), people(author.group("names")), translators=found)
            if imprint:
                _imprint(imprint.group("inside"), reading)
                page = re.fullmatch(r"\s*,\s*(?:pp?\.\s*)?(?P<page>\d+(?:\s*[–-]\s*\d+)?)\.?\s*",
                                    text[offset + match.end() + imprint.end():])
                reading.pinpoint = page.group("page") if page else reading.pinpoint  # "(London: ..., 1938), 284."
                return reading  # "Blumhardt's Life by Zündel (5th edition, Zurich, 1887) gives ...": prose follows
            following = [c for _, c in chunks[index + 1:]]  # "..., by D. S. Freeman, New York, 1948, I, 44"
            if chunk[match.end():] != named or not _locators(following[_imprint_chunks(following, 0, reading):],
                                                              reading):
                continue
            return reading
    return None


def _imprint(inside: str, reading: Reading) -> None:
    """'5th edition, Zurich, 1887' -> place and year (an edition statement is no place)."""
    reading.imprint = True
    colon = re.fullmatch(r"(?P<place>[^:]+):\s*(?P<publisher>.+?),\s*(?P<year>(?:1[5-9]|20)\d\d)", inside.strip())
    if colon:  # "London: William Heinemann Ltd., 1938": Chicago's place, publisher and year
        reading.place, reading.year = colon.group("place").strip(), colon.group("year")
        reading.publisher = colon.group("publisher").strip()
        return
    parts = [p.strip() for p in inside.split(",")]
    reading.year = next((p for p in reversed(parts) if YEAR.fullmatch(p)), None)
    places = [p for p in parts if p[:1].isupper() and not YEAR.fullmatch(p) and not _edition(p)]
    reading.place = places[0] if places else None


@lru_cache(maxsize=1)
def _following_pages(chunk: str) -> bool:
    """'et seq.', 'sqq.', 'passim' after a page: the pages that follow it, or throughout."""
    return re.fullmatch(rf"(?:{alternation('following_pages')})\.?", chunk.strip()) is not None


@lru_cache(maxsize=1)
def _office() -> re.Pattern:
    """'Canon of Manchester', 'Bishop of London': an office held by the person just named, after the name."""
    return re.compile(rf"(?:the\s+)?(?:{alternation('honorifics')})\s+(?:of|in|at)\s+(?:the\s+)?[A-Z][\w'’ -]*")


def _edition_pattern() -> re.Pattern:
    return re.compile("|".join(conventions()["edition_statement"]), re.I)


def _edition(chunk: str) -> bool:
    return bool(_edition_pattern().search(chunk))


def _volume_word(chunk: str) -> bool:
    """'dritter Theil', 'Band 2': a part of the work named in its own language."""
    return bool(re.fullmatch(rf"(?:\w+\s+)?(?:{alternation('volume_words')})(?:\s+\w+)?", chunk))


AUTHOR_COLON = re.compile(r"^(?P<names>[^:;,“”\"*()]{2,60}?):\s+(?=[A-Z“\"*‘])")
PLACE = re.compile(r"(?:[A-Z][\w.'’-]*\.?)(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*\.?){0,4}")


def read_author_colon(text: str) -> Reading | None:
    """'H. W. Dresser: Voices of Freedom, New York, 1899, p. 38': the author's name and a colon, the title,
    then any edition, part, place, publisher and year, then the locators. Not a title and its subtitle
    ("Queen Victoria: A Biography"): the words before the colon must be a person's name and what follows
    no imprint ("New York: Penguin, 2005")."""
    match = AUTHOR_COLON.match(text)
    if not match:
        return None
    found = people(match.group("names"))
    if match.group("names").strip().lower() in {w.strip(" ,.").lower() for w in conventions()["lead_ins"]}:
        return None  # "Compare: Smith, History of Rome"
    if not found or any(w.rstrip(".") in conventions()["title_words"] for w in match.group("names").split()) \
            or match.group("names").split()[0] in conventions()["sovereigns"]:
        return None  # "Queen Victoria: Her Life and Times": the subject of a title, before its subtitle
    rest = text[match.end():]
    quoted = re.match(r"[“\"‘](?P<title>[^”\"’]+?),?[”\"’]", rest)
    if quoted and _a_quotation(quoted.group("title")):
        return None  # 'Adams: “I never knew a man so ambitious.”': words quoted, not a title
    if quoted:  # 'W. Whitman: “Song of Myself,” 32': a poem or an essay, perhaps with the book that holds it
        reading = Reading(quoted.group("title").strip(), found)
        after = rest[quoted.end():].strip(" ,")
        holder = re.match(r"(?:as found |printed |reprinted )?in\s+(?P<book>[A-Z][^,]+)", after)
        reading.container = holder.group("book").strip() if holder else None
        year = YEAR.search(after)
        reading.year, reading.imprint = (year.group(0), True) if year else (None, False)
        pages = re.search(r"\bpp?\.\s*(?P<pages>[\d–-]+(?:,\s*\d+)*)|^(?P<bare>\d+(?:\s*[–-]\s*\d+)?)$", after)
        reading.pinpoint = (pages.group("pages") or pages.group("bare")) if pages else None
        return reading
    chunks = [c for _, c in top_level_chunks(rest)]
    if chunks and re.search(rf"\b(?:{alternation('publisher_words')})\b", chunks[0]):
        return None  # "New York: Penguin Books, 2005": a place and its publisher
    title_end = next((i for i, chunk in enumerate(chunks) if i and _ends_title(chunks, i)), len(chunks))
    reading = Reading(", ".join(chunks[:title_end]).strip().strip("*"), found)
    if not _locators(chunks[_imprint_chunks(chunks, title_end, reading):], reading):
        return None
    return reading if reading.title else None


# the author's name (an honorific before it allowed) and a full stop: the last word a whole name, never an
# initial or a word cut short ("Tacit. Annal.", "Hist. August."), then a capital
AUTHOR_STOP = re.compile(r"^(?P<names>(?:[A-Z][\w'’-]*\.?\s+){0,3}?[A-Z][a-z][\w'’-]+)\.\s+(?=[A-Z“\"*‘])")


def read_author_full_stop(text: str) -> Reading | None:
    """'Dr. Cowen. Vital Statistics of Glasgow', 'Alison. Principles of Population, vol. II': the author's name
    and a full stop, the title (two words at least, none cut short), then any imprint and the locators. Not
    a title and its locator ("Children’s Employment Commission’s Report. App. Part II"), nor words cut short."""
    match = AUTHOR_STOP.match(text)
    if not match:
        return None
    names = match.group("names")
    words = [w.rstrip(".") for w in names.split()]
    if not people(names) or any(w in conventions()["title_words"] or w in conventions()["sovereigns"] for w in words) \
            or words[0] in conventions()["not_names"]:
        return None
    chunks = [c for _, c in top_level_chunks(text[match.end():])]
    if not chunks or is_locator(chunks[0]) or is_prose(chunks[0]):
        return None
    title_words = chunks[0].split()
    if len(title_words) < 2 or title_words[0].endswith(".") or "." in chunks[0].rstrip("."):
        return None  # "Plin. Hist. Natur.": abbreviations, not an author and a title
    title_end = next((i for i, chunk in enumerate(chunks) if i and _ends_title(chunks, i)), len(chunks))
    reading = Reading(", ".join(chunks[:title_end]).strip().rstrip(".").strip("*"), people(names))
    if not _locators(chunks[_imprint_chunks(chunks, title_end, reading):], reading):
        return None
    return reading if reading.title else None


def _imprint_chunks(chunks: list[str], index: int, reading: Reading) -> int:
    """Read the edition, part, place, publisher and year that follow a title; where the locators begin."""
    start = index
    while index < len(chunks):
        chunk = chunks[index]
        if _edition(chunk) or (index == start and _office().fullmatch(chunk)):
            pass
        elif _volume_word(chunk) and reading.volume is None:
            reading.volume = chunk
        elif YEAR.fullmatch(chunk):
            reading.year, reading.imprint = chunk, True
        elif _place_then_year(chunks, index):
            reading.place = chunk
            reading.imprint = True
            if index + 2 < len(chunks) and YEAR.fullmatch(chunks[index + 2]):
                reading.publisher = chunks[index + 1]
                index += 1
        else:
            break
        index += 1
    return index


def read_title_imprint(text: str) -> Reading | None:
    """'Das Wesen des Christenthums, 1900, p. 39', 'Queen Victoria: Her Life and Times, London, 1900, p. 5': a
    title with no author, then its imprint (a year, perhaps a place before it), then the locators."""
    chunks = [c for _, c in top_level_chunks(text)]
    title_end = next((i for i, chunk in enumerate(chunks) if i and _ends_title(chunks, i)), len(chunks))
    title = ", ".join(chunks[:title_end]).strip()
    if not title or not re.match(r"[A-Z]", title) or is_prose(chunks[0]) or looks_like_names(chunks[0]) \
            or re.search(rf"\b(?:{alternation('publisher_words')})\b", title):
        return None
    reading = Reading(title)
    index = _imprint_chunks(chunks, title_end, reading)
    if not reading.year or not _locators(chunks[index:], reading):
        return None
    return reading


EDITION_BY = re.compile(r"\s*\((?P<maker>[^()]+?)['’]s\s+(?:[\w-]+\s+){0,3}(?P<word>edition|ed\.|translation|version)\)")


def read_title_locators(text: str) -> Reading | None:
    """'Wealth of Nations (McCulloch’s four volume edition), vol. III, book 5, chap. 8, p. 297': a title of
    two words or more that is no one's name, perhaps the maker of the edition used in brackets, then only
    locators (the title of a work cited before, or whose author the text names)."""
    chunks = [c for _, c in top_level_chunks(text)]
    if len(chunks) < 2:
        return None
    title, maker = chunks[0], None
    edition = EDITION_BY.search(title)
    if edition and edition.end() == len(title):
        title, maker = title[: edition.start()], people(edition.group("maker"))
    if len(title.split()) < 2 or not title[:1].isupper() or looks_like_names(title) or is_prose(title) \
            or re.search(r"[()“”\":;*]|\.\s", title) or _title_word(title.split()[0].rstrip(".")) \
            or re.match(rf"(?i:{alternation('lead_ins')})\s", title) \
            or re.fullmatch(rf"[A-Z][\w'’-]*\s+(?:{'|'.join(conventions()['title_prepositions'])}|in|ad)\s+.+", title):
        return None  # "See Abulfeda and ...": prose; "Vegetius de Re Militari": an author, then his title
    reading = Reading(title.strip("*"), translators=maker or [])
    if not is_locator(chunks[1]) or not _locators(chunks[1:], reading) or not reading.pinpoint:
        return None
    reading.pinpoint = reading.pinpoint.rstrip(".") if not _following_pages(reading.pinpoint.split(", ")[-1]) \
        else reading.pinpoint
    vol = re.match(rf"vol\.\s*({ROMAN}|\d+)", reading.pinpoint, re.I)
    reading.volume = reading.volume or (vol.group(1) if vol else None)
    return reading


def _a_quotation(text: str) -> bool:
    """Words quoted rather than a title in quotation marks: a sentence's end, or mostly lower-case words."""
    from .chunks import FUNCTION_WORDS
    words = re.findall(r"[A-Za-z’'-]+", text)
    lower = [w for w in words if w[0].islower() and w.lower() not in FUNCTION_WORDS]
    return text.rstrip().endswith(".") or (len(words) >= 4 and 2 * len(lower) > len(words))


def _place_then_year(chunks: list[str], index: int) -> bool:
    """'New York, 1899', 'N.Y., 1899', 'Chicago and New York, Stone, 1897': a place (and publisher) and year."""
    if not PLACE.fullmatch(chunks[index]):
        return False
    following = chunks[index + 1: index + 3]
    return bool(following) and (YEAR.fullmatch(following[0]) is not None or (
        len(following) == 2 and PLACE.fullmatch(following[0]) is not None and YEAR.fullmatch(following[1]) is not None))


def _ends_title(chunks: list[str], index: int) -> bool:
    chunk = chunks[index]
    return (is_locator(chunk) or YEAR.fullmatch(chunk) is not None or _edition(chunk) or _volume_word(chunk)
            or _place_then_year(chunks, index) or is_prose(chunk)
            or chunk.startswith(("“", '"')))  # "Macaulay: Essays, “Lord Clive,” p. 502": a part, by its title


def read_periodical_issue(text: str) -> Reading | None:
    """"Owen's Rational Quarterly Review and Journal, No. 1, February, 1853, 28–9", "Cornhill Magazine,
    LXXV, 730": a periodical (a word of conventions.yml's learned_series in its name) by its issue or
    volume, then its date, then the page; the item cited is untitled."""
    chunks = [c for _, c in top_level_chunks(re.sub(r"^the\s+(?=\*?[A-Z])", "", text))]
    if len(chunks) < 3:
        return None
    name = chunks[0].strip("*")
    marked = chunks[0].startswith("*") and chunks[0].endswith("*") and chunks[0].count("*") == 2
    volume = re.fullmatch(rf"(?:Vol\.\s*)?({ROMAN}|{ROMAN.lower()}|\d+)", chunks[1])
    if len(name.split()) < 2 or is_prose(name) or re.search(r"[“\":*]", name) or not (
            re.search(rf"\b(?:{alternation('learned_series')})\b", name)
            or (marked and volume and re.fullmatch(rf"{ROMAN}|{ROMAN.lower()}", volume.group(1)))):
        return None  # a periodical by its name's words, or an italic title with no author and a Roman volume
        # ("*The Southern Workman*, xxxvii, p. 157", "*The African Repository*, XXII, 322")
    if re.search(rf"\bof\s+the\s+.*\b(?:{alternation('meeting_words')})$", name):
        return None  # "Proceedings of the Ohio Anti-Slavery Convention, 1835, p. 19": one meeting's record, a book
    reading = Reading(None, container=name)
    issue = re.fullmatch(r"(?:No|Nr|Number|no)\.?\s*(\d+)", chunks[1])
    if not (issue or volume):
        return None
    reading.issue, reading.volume = (issue.group(1) if issue else None), (volume.group(1) if volume else None)
    index = 2
    numbered = re.fullmatch(r"(?:No|Nr|Number|no)\.?\s*(\d+)(?:\s*\((?P<date>[^()]*\d{4})\))?", chunks[2])
    if volume and numbered and len(chunks) > 3:  # "American Historical Review, Vol. 54, No. 2 (1949), 300"
        reading.issue, index = numbered.group(1), 3
        year = YEAR.search(numbered.group("date") or "")
        reading.year = year.group(0) if year else None
    while index < len(chunks) - 1 and re.fullmatch(rf"{DATE}|{MONTH}", chunks[index]):
        year = YEAR.search(chunks[index])
        reading.year = year.group(0) if year else reading.year
        index += 1
    if not _locators(chunks[index:], reading) or not reading.pinpoint:
        return None
    reading.imprint = True
    return reading


@lru_cache(maxsize=1)
def _abbreviated_words() -> frozenset[str]:
    """Words after which a full stop ends no sentence: titles of persons, locator words, given names cut short."""
    found = {w.strip(".").split()[-1] for w in conventions()["honorifics"]}
    return frozenset(found | set(conventions()["name_abbreviations"])
                     | {str(w).lower() for w in conventions()["locators"]})


def sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence of a reference begins and ends: at a full stop after a whole word, not after an
    initial ("E. A. Wilson"), a title of a person ("Rev.", "Gen.") or a locator word ("Chap. XXI")."""
    spans, start = [], 0
    for stop in re.finditer(r"\.\s+(?=\S)", text):
        word = re.search(r"([\w’'-]+)$", text[start:stop.start()])
        word = word.group(1) if word else ""
        if (len(word) == 1 and word.isupper()) or word in _abbreviated_words() or word.lower() in _abbreviated_words() \
                or (len(word) <= 3 and word.islower()) or re.fullmatch(MONTH, word):
            continue  # "Ut sup. s. 77", "Epistolæ xx. 2", "Sept. 22": a word cut short
        spans.append((start, stop.start()))
        start = stop.end()
    end = len(text.rstrip().rstrip("."))
    if start < end:
        spans.append((start, end))
    return spans


@lru_cache(maxsize=1)
def _publisher() -> re.Pattern:
    """A publisher by its name (conventions.yml's publishers) or by a word of a publisher's name."""
    return re.compile(rf"(?:{alternation('publishers')})|(?:[A-Z][\w.'’&-]*\s+)*?[A-Z][\w.'’-]*\s+"
                      rf"(?:{alternation('publisher_words')})(?!\w)")


def _imprint_sentence(sentence: str, reading: Reading) -> bool:
    """'London, 1855', 'London: Edwin Arnold, 1912', 'New York: Harper & Brothers', 'Harpers', 'John Murray',
    'T. Fisher Unwin, London', 'Published by Fisher Unwin, 1914': the imprint, read into the reading."""
    sentence = re.sub(r"^(?i:published by)\s+", "", sentence.strip())
    year = re.search(r",\s*((?:1[5-9]|20)\d\d)$", sentence)
    rest = sentence[: year.start()] if year else sentence
    colon = re.fullmatch(r"(?P<place>[A-Z][\w.'’ -]{1,30}):\s*(?P<publisher>[A-Z][^,:;]{1,60})", rest)
    publisher = re.fullmatch(rf"(?P<publisher>{_publisher().pattern})(?:,\s*(?P<place>{PLACE.pattern}))?", rest) \
        or re.fullmatch(rf"(?P<publisher>{_publisher().pattern})", rest + ".")  # "Century Co."
    if colon:
        reading.place, reading.publisher = colon.group("place"), colon.group("publisher")
    elif publisher:
        reading.publisher, reading.place = publisher.group("publisher"), publisher.groupdict().get("place")
    elif year and PLACE.fullmatch(rest) and not re.search(rf"\b(?:{alternation('report_words')}|{alternation('report_parts')})\b", rest):
        reading.place = rest
    else:
        return False
    reading.year = year.group(1) if year else reading.year
    reading.imprint = True
    return True


def _named_publisher(sentence: str) -> bool:
    """An imprint that names its publisher: after words that could be a name, it shows them a title."""
    reading = Reading(None)
    return _imprint_sentence(sentence, reading) and reading.publisher is not None


def _maker_sentence(sentence: str) -> list[str]:
    """'Rev. Richard Taylor', 'By Rev. Wm. Tennant': the maker of the title before, named after it with "by"
    or a title of a person (a bare name could be the next reference's author)."""
    marked = re.match(rf"^(?:(?:[Bb]y)\s+|(?=(?:{alternation('honorifics')})\s))", sentence)
    return people(sentence[marked.end():]) if marked else []


def read_title_then_particulars(text: str) -> tuple[Reading, int] | None:
    """'New Zealand and its Inhabitants. Rev. Richard Taylor. London, 1855. Chap. XXI.', 'Germany and the Next
    War, by Gen. Friedrich von Bernhardi. London: Edwin Arnold, 1912.', 'The Valor of Ignorance. Harpers.',
    'History of Civilization. Vol. I., Chap. 2. In this chapter ...': the title first, then sentences that each
    give its maker, its imprint or its locators. The reading and where the reference ends (the writer's
    commentary may follow); None unless a sentence after the title is read so."""
    spans = sentences(text)
    if len(spans) < 2 or re.search(r"[;()]", text[:spans[1][0]]) \
            or re.search(r"\b[a-z]+\.\s|\d", top_level_chunks(text[:spans[1][0]])[0][1]):
        return None  # several references, an imprint in brackets, words cut short or numbers ("Jas. iv. 6")
    first = text[spans[0][0]:spans[0][1]]
    reading = read_title_first(first)
    if reading is None:
        chunks = [c for _, c in top_level_chunks(first)]
        title_end = next((i for i, chunk in enumerate(chunks) if i and is_locator(chunk)), len(chunks))
        title = ", ".join(chunks[:title_end]).strip().strip("*")
        after = text[spans[1][0]:spans[1][1]]
        if not re.match(r"[A-Z“\"]", title) or len(title.split()) < 2 or is_prose(chunks[0]) \
                or (looks_like_names(chunks[0]) and not (_maker_sentence(after) or _named_publisher(after))) \
                or _honorific().match(title) or _publisher().fullmatch(title) or re.search(r"['’]s\s", title) \
                or re.match(rf"(?i:{alternation('lead_ins')})[\s,:]", title) \
                or re.search(rf"\b(?:{alternation('auxiliaries')})\b", title):
            return None
        reading = Reading(title)
        if not _locators(chunks[title_end:], reading):
            return None
    end, read = spans[0][1], 0
    for start, stop in spans[1:]:
        sentence = text[start:stop]
        maker = _maker_sentence(sentence)
        chunks = [c for _, c in top_level_chunks(sentence)]
        if maker and not reading.people:
            reading.people = maker
        elif _imprint_sentence(sentence, reading):
            pass
        elif chunks and is_locator(chunks[0]) and not reading.pinpoint and (sentence[:1].isupper() or read):
            # "Vol. I., Chap. 2": a capital opens it (the classical "Cicero in Tusculan. l. ii. 37" is classical.py's)
            located = Reading(None)
            if not _locators(chunks, located) or not located.pinpoint:
                break
            reading.pinpoint = located.pinpoint
            vol = re.match(rf"vol\.\s*({ROMAN}|\d+)\.?(?:,\s*|$)", located.pinpoint, re.I)
            reading.volume = reading.volume or (vol.group(1) if vol else None)
        else:
            break
        end, read = stop, read + 1
    return (reading, end) if read else None


@lru_cache(maxsize=1)
def _periodical_and_date() -> re.Pattern:
    """A periodical's name (a word of a newspaper's or a learned series' name, or a periodical conventions.yml
    names) and an issue's date: "London Morning Post, February 1, 1912", "North American Review, March, 1912"."""
    known = "|".join(alternation(key) for key in ("newspaper_words", "learned_series", "periodicals"))
    name = rf"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|the|and|for|de|la|le)\s+)*){{0,5}}"
    return re.compile(rf"^(?:[Tt]he\s+)?(?P<name>{name}(?:{known})(?:\s+[A-Z][\w'’&-]*){{0,3}})(?:,|\s+for)\s+"
                      rf"(?P<date>{MONTH}(?:\s+\d{{1,2}})?,?\s+(?P<year>(?:1[5-9]|20)\d\d))"
                      rf"(?:,\s*(?:pp?\.\s*)?(?P<page>\d+(?:\s*[–-]\s*\d+)?))?\.?$")


def read_periodical_date(text: str) -> Reading | None:
    """'Spectator, December 31, 1910', 'McClure’s Magazine, August, 1910', 'Nineteenth Century for August,
    1878': a newspaper or a review by its name and the issue's date alone; the item (and its writer) untitled."""
    found = _periodical_and_date().match(text.strip())
    if not found or is_prose(found.group("name")):
        return None
    reading = Reading(None, container=found.group("name").strip(), year=found.group("year"))
    reading.issue, reading.pinpoint, reading.imprint = found.group("date"), found.group("page"), True
    return reading


def read_title_locators_maker(text: str) -> Reading | None:
    """'Discovery Natural History Report, Zoology, vol.ii, part i, by E. A. Wilson, p. 36', '..., pp. 3–4, by
    E. A. Wilson', '..., vol.ii, part i, Wilson, pp. 32, 33': the title, its locators, and its maker named
    among or after them ("by" and the names, or a name alone between two locators)."""
    chunks = [c for _, c in top_level_chunks(text)]
    first = next((i for i, chunk in enumerate(chunks) if i and is_locator(chunk)), None)
    if first is None or ";" in text or any(re.fullmatch(DATE, chunk.rstrip(".")) for chunk in chunks):
        return None  # several references; a letter or an issue by its date ("Seward to Schurz, April 27, 1861")
    title = ", ".join(chunks[:first]).strip().strip("*")
    if not re.match(r"[A-Z“\"]", title) or len(title.split()) < 2 or is_prose(chunks[0]) \
            or re.search(r"[;()]|\b[a-z]+\.\s", title) \
            or (looks_like_names(chunks[0]) and not (_titled(chunks[0]) or re.search(r",\s+by\s", text))):
        return None  # a name first is the author's ("Raper, Practice of Navigation, article 547")
    rest, makers, part = [], [], None
    for index in range(first, len(chunks)):
        chunk = chunks[index]
        maker = _responsibility().match(chunk)
        if not makers and not part and index > first and not is_locator(chunk) and index + 1 < len(chunks) \
                and _responsibility().match(chunks[index + 1]) and re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,6}", chunk) \
                and not is_prose(chunk):
            part = chunk  # "..., Zoology, vol.i, No. 3, Cetacea, by D. G. Lillie, p. 114": a part of that volume
            continue
        if maker and maker.group("author") and people(chunk[maker.end():]) and not makers:
            makers = people(chunk[maker.end():])
        elif not makers and not is_locator(chunk) and 0 < index - first and index + 1 < len(chunks) \
                and is_locator(chunks[index + 1]) and re.fullmatch(r"[A-Z][\w'’-]+", chunk) and people(chunk):
            makers = people(chunk)  # "..., part i, Wilson, pp. 32, 33": a surname between two locators
        else:
            rest.append(chunk)
    reading = Reading(part, makers, container=title) if part else Reading(title, makers)
    if not makers or not _locators(rest, reading):
        return None
    vol = re.match(rf"vol\.\s*({ROMAN}|{ROMAN.lower()}|\d+)\b", reading.pinpoint or "", re.I)
    reading.volume = vol.group(1) if vol else None
    return reading


def _titled(words: str) -> bool:
    """Words with a word of a title in them (a report, a series, a periodical): no person's name."""
    return bool(re.search(rf"\b(?:{'|'.join(alternation(k) for k in ('report_words', 'learned_series', 'title_words'))})\b",
                          words))


AUTHOR_IN_TITLE = re.compile(r"^(?P<author>(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]+)\s+in\s+(?:the\s+)?(?=[A-Z])")


def read_author_in_title(text: str) -> Reading | None:
    """'Wilson in the Discovery Natural History Report, Zoology, vol. ii, part i, p. 44', 'Griffith Taylor in
    South Polar Times': the writer, "in", then the book and its locators, or a periodical (its item untitled)."""
    found = AUTHOR_IN_TITLE.match(text)
    if not found or ";" in text or re.match(rf"(?i:{alternation('cited_in')})\b", text) \
            or re.search(rf"(?i:{alternation('op_cit')}|{alternation('ibid')})\b", text) or any(w in conventions()["not_names"] or _titled(w) for w in found.group("author").split()) \
            or not people(found.group("author")):
        return None
    chunks = [c for _, c in top_level_chunks(text[found.end():])]
    first = next((i for i, chunk in enumerate(chunks) if i and is_locator(chunk)), len(chunks))
    title = ", ".join(chunks[:first]).strip().rstrip(".")
    if not title or is_prose(chunks[0]) or re.search(r"[;()“”\"]|['’]s\s", title):
        return None  # "Horst in Henke’s Museum, i. 4": a periodical under its editor's name (parse.py reads it)
    known = "|".join(alternation(key) for key in ("newspaper_words", "periodicals"))
    if first == len(chunks) and re.search(rf"\b(?:{known})$", title):
        return Reading(None, people(found.group("author")), container=title)
    reading = Reading(title, people(found.group("author")))
    if first == len(chunks) or not _locators(chunks[first:], reading):
        return None  # a book needs its locators: "Wilson in the Discovery Reports." may name a series, or prose
    vol = re.match(rf"vol\.\s*({ROMAN}|{ROMAN.lower()}|\d+)\b", reading.pinpoint or "", re.I)
    reading.volume = vol.group(1) if vol else None
    return reading


def imprint_alone(text: str) -> Reading | None:
    """'Published by Fisher Unwin, 1914.', 'London: Macmillan, 1899.': a note's sentence that is an imprint alone,
    its publisher named as one (conventions.yml) or after "Published by"."""
    reading = Reading(None)
    if not _imprint_sentence(text, reading) or not reading.publisher:
        return None
    if not (re.match(r"(?i:published by)\s", text.strip()) or _publisher().fullmatch(reading.publisher)
            or _publisher().fullmatch(reading.publisher + ".")):
        return None
    return reading


def imprint_after(text: str) -> Reading | None:
    """'Leipzig: Brockhaus, 1898', 'London: Grant Richards', 'T. Fisher Unwin, London': a sentence after a reference
    that gives its imprint: a place and its publisher, or a publisher conventions.yml knows."""
    reading = Reading(None)
    if not _imprint_sentence(text, reading) or not reading.publisher or not (reading.place or reading.year
                                                                               or _publisher().fullmatch(reading.publisher)):
        return None
    return reading
