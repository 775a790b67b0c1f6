"""A reference printed without italics or quotation marks, read from its comma-separated chunks.

Plain-text notes ("Moran, Journal, December 22, 1862, Vol. II, p. 1099"; "Annals of Congress,
House, 2nd Cong., 1st Sess., p. 491"; "Strabo, (l. xvi. p. 780)") mark no title. The chunks
are read from the left: prose before the reference is dropped, names before the title are
its author, and the first chunk that is a locator (a page, a volume, a date, a session, a
book or chapter of an ancient text) ends the title; what follows is the pinpoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .conventions import alternation, conventions
from .names import looks_like_names

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE = rf"(?:{MONTH} \d{{1,2}}(?:–\d{{1,2}})?, \d{{4}}|\d{{1,2}} {MONTH},? \d{{4}}|{MONTH},? \d{{4}}|(?:1[5-9]|20)\d\d)"
DAY = rf"(?:{MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {MONTH},? \d{{4}})"  # a letter's date: its day, not a year alone
NUMBER = r"(?:\d+:\d+|\d+[a-z]?|[IVXLCDM]+|[ivxlcdm]+)"  # "1:310" is volume 1, page 310


@lru_cache(maxsize=1)
def _locator_start() -> re.Pattern:
    words = alternation("locators")
    return re.compile(
        rf"^\(?(?:{alternation('title_ends', escape=False)}|(?:{alternation('locators_in_words')})(?![\w])|(?:{words})\.?\s*{NUMBER}\b|(?:{words})\.\s|{DATE}\s*$|\d+(?:st|nd|rd|th|d)\s+(?:Cong|Sess|Parl)\b"
        rf"|[ivxlcdm]+(?:\.\s*|\s+)\d+(?:\s*[–-]\s*\d+)?(?:\.\s*\d+)*\.?(?:,?\s+(?:sqq|seq|ff|{alternation('following_pages')})\.?)?$"  # "iv. 29", "iii. 263 sqq.", "ii. 83 et sqq.", "iv 760" (no stop)
        # "i. 410–17": book and chapter, or a volume and pages
        rf"|§\s*[A-ZÀ-Ý][\w'’-]+(?:\s+\(by [^()]+\))?\.?$"  # "§ Calonne": a dictionary's article, "(by Guizot)" its writer
        rf"|[IVXLC]+\.?\s+(?:pp?\.\s*)?\d+(?:\s*[–-]\s*\d+)?(?:,\s*\d+)*\.?$"  # "I 152", "I. 105": a volume and page
        # "B. ii. s. 34", "tom. i. 1824, p. 3": a volume word, a lower-case volume, (a year,) a page word and page
        rf"|(?:{alternation('volume_locators')})\.\s*[ivxlc]+\.(?:\s*(?:1[5-9]|20)\d\d)?,?\s+(?:{alternation('page_locators')})\.?\s*\d"
        # a volume by its number and word ("1 Thl.", "2 Bd.", "1tes Bändchen", "1. Thl."), or by its number (and
        # part or issue) before the page word ("i. s. 12", "1 a. s. 78", "v. 1. s. 163"): German and Latin forms
        rf"|{NUMBER}(?:tes|te|ter|ten|es|er)?\.?\s+(?:{alternation('volume_words')})(?=[\s.,;)]|$)"
        rf"|{NUMBER}\.?(?:\s+(?:[a-z]|\d+)\.?)?,?\s+(?:{alternation('page_words')})\.\s*\d"
        rf"|(?:{alternation('locators_with_digits')})\.\s*\d"
        rf"|[a-z]\.\s+(?:{alternation('page_words')})\.\s*\d"  # "1, a. s. 74": the part (a) of volume 1, then the page
        rf"|\d{{1,2}}\.\s+\d{{1,2}}$"  # "exeg. Handb., 1. 2, s. 9": volume 1, part 2
        rf"|[ivxl]+\.\s+[a-z]\.?$"  # "exeget. Handbuch, i. a, 74": volume i, part a
        rf"|{NUMBER}(?:\s*[–-]\s*{NUMBER})?\.?\)?$(?<!\d{{4}}[–-]\d{{4}})|notes? on p|(?:{alternation('chamber_names')})$"
        rf"|(?:{alternation('named_parts')})\.?$)")  # "..., Introduction.": a part of the book by its name


NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of|the|de|des|du|d'|le|la|von|van|di|da|del)?\s*[A-Z][\w'’.-]*){0,3}"
# a locator inside a chunk, after the author and title: "l. ii", "c. 23", "viii. 9", "tom. xxviii. p. 444"
INLINE_LOCATOR = re.compile(r"(?<=[\w.)])\s+\(?(?:[ivxlcdm]+\.\s+(?=(?:l|lib|c|cap|p|ver|v)\.))?"
                            r"(?:(?:l|lib|c|cap|p|pp|tom|vol|ver|v|ch|sect|n|f|fol)\.\s*[ivxlcdm\d]+|[ivxlcdm]+\.\s*\d+).*$"
                            # a title cut short, then its volume and page: "Hebr. Mythol. ii. s. 218", "Exeget. Handb. 1"
                            # (the page after the comma), "Bibl. Comm. 1. Thl. s. 119"
                            r"|(?<=[a-z]{3}\.)\s+(?:[ivxlc]+|\d{1,3})\.?(?:\s+\S+)*?\s+(?:s|S|p|pp)\.\s*\d.*$"
                            r"|(?<=[a-z]{3}\.)\s+\d{1,3}$")
POSSESSIVE = re.compile(rf"(?:[Ss]ee\s+)?(?P<author>{NAME})(?:['’]s|(?<=s)['’])\s+(?P<title>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:of|the|de|and|[A-ZÀ-ÖØ-Þ][\w'’-]*))*)")
# one author, then the title: "Tacit. Annal.", "Cicero in Tusculan.", "Julian in the Caesars", "Varro de Lingua Latina"
AUTHOR_TITLE = re.compile(r"(?P<author>[A-Z][\w'’-]*\.)\s+(?:in\s+(?:the\s+)?)?(?P<title>(?:de\s+)?[A-Z][\w'’. -]*)"
                          r"|(?P<author2>[A-Z][\w'’-]*)\s+(?:in\s+(?:the\s+)?(?P<title2>[A-Z][\w'’. -]*)"
                          rf"|(?P<title3>(?:{'|'.join(conventions()['title_prepositions'])})\s+"
                          rf"(?:(?:{'|'.join(conventions()['title_articles'])})\s+)?[A-ZÄÖÜ][\w'’. -]*))")
# the reference at the end of the writer's sentence: "... mentioned in the Augustan History"
PROSE_TAIL = re.compile(rf"\b(?:in|by|of|from|and|see|See|compare|Compare|cf\.|Cf\.)\s+(?:the\s+|his\s+|her\s+)?(?P<ref>{NAME}(?:\s+in\s+(?:the\s+)?{NAME})?)$")
AUTHOR_IN = re.compile(rf"(?P<author>{NAME})\s+in\s+(?:the\s+)?(?P<title>{NAME})")
# a translation's locator after the title ("Geogr. Eng. trans. vol. ii. p. 215", "Eng. trans. p. 452")
TRANSLATION = re.compile(r"\s*\b(?:Eng|Engl|English|Fr|French|Germ|German|Ital|Italian)\.?\s+(?:trans|transl|translation)\.?\s*$")
EDITOR_CHUNK = re.compile(r"(?:eds?|comp|comps|trans)\.?", re.I)
FUNCTION_WORDS = {"of", "the", "and", "in", "at", "on", "for", "to", "a", "an", "de", "la", "le", "du", "des", "von",
                  "van", "der", "di", "da", "del", "et", "und", "y", "or", "from", "with", "by", "its", "his", "her",
                  # a German or French title's small words ("über die Schriften des Lukas", "sur les ...")
                  "die", "das", "dem", "den", "zum", "zur", "im", "am", "für", "über", "aus", "sur", "les", "aux"}


def is_locator(chunk: str) -> bool:
    return bool(_locator_start().match(chunk.strip()))


def is_prose(chunk: str, first: bool = True) -> bool:
    """A phrase of the writer's, not a title: lower-case words that are not a title's small words,
    or a date or a number to start with ("July 15 resolution by ..."). A title's later chunks may
    start in lower case ("Seward at Washington, as Senator ...")."""
    words = re.findall(r"[^\W\d_](?:[^\W\d_]|[’'\-])*", chunk)  # any alphabet's letters: "Über", "Kuinöl"
    lower = [w for w in words if w[0].islower() and w.lower() not in FUNCTION_WORDS]
    return (len(lower) >= 2 or re.match(rf"{MONTH} \d|\d", chunk) is not None
            or (first and len(lower) == 1 and bool(words) and words[0] in conventions()["not_names"]
                and words[0] not in ("The", "A", "An"))  # "It appears in ...", "As told by ..."
            or (first and bool(words) and words[0][0].islower() and words[0].lower() not in FUNCTION_WORDS)
            or (first and re.match(r"(?:In|By|For|On|At|From|With|Under|During|After|Before)\s+(?:the|a|an|his|her|its|their)\s+[a-z]",
                                   chunk) is not None))  # "In the time of Polybius ..."


def top_level_chunks(text: str) -> list[tuple[int, str]]:
    """(offset, chunk) at the commas outside brackets and quotation marks."""
    chunks, depth, start = [], 0, 0
    inside_dates = {m.start() + m.group(0).index(",") for m in re.finditer(rf"{MONTH} \d{{1,2}}(?:–\d{{1,2}})?, \d{{4}}", text)}
    for index, char in enumerate(text):
        if index in inside_dates:
            continue
        if char in "([“":
            depth += 1
        elif char in ")]”" and depth:
            depth -= 1
        elif char == "," and not depth:
            chunks.append((start, text[start:index]))
            start = index + 1
    chunks.append((start, text[start:]))
    return [(offset + len(chunk) - len(chunk.lstrip()), chunk.strip()) for offset, chunk in chunks if chunk.strip()]


@dataclass
class PlainReference:
    authors: str  # as printed: "Moran", "Daniel N. Hoffman"
    title: str | None
    pinpoint: str | None
    start: int  # where the reference starts in the text (after prose)
    edited: bool = False  # "Roy Basler, ed., ...": the names are editors
    as_printed: bool = False  # an older author's name ("Dion Cassius", "Tacit."): never turned round


def read_plain(text: str) -> PlainReference | None:
    chunks = top_level_chunks(text)
    if not chunks:
        return None
    end = next((i for i, (_, chunk) in enumerate(chunks) if i and is_locator(chunk)), len(chunks))
    if end == len(chunks) and len(chunks) >= 2 and chunks[-1][1].startswith("("):  # "Pliny the elder, (Hist. Natur. l. vi.)"
        offset, chunk = chunks[-1]
        inside = INLINE_LOCATOR.search(chunk[1:].rstrip(")"))
        if inside and inside.start() > 0:
            title = chunk[1: 1 + inside.start()].strip()
            author = ", ".join(c for _, c in chunks[:-1])
            return PlainReference(author, title, inside.group(0).strip(), chunks[0][0], as_printed=True)
    last = end - 1  # "Tacit. Annal. l. ii", "Hist. August. p. 5, 8": the locator inside the title's chunk
    earlier = next((i for i in range(max(last, 0)) if (m := INLINE_LOCATOR.search(chunks[i][1])) and m.start() > 0
                    and (is_prose(chunks[last][1]) or re.match(r"(?:with|who|which|where|that|as)\b", chunks[last][1]))),
                   None)
    last = earlier if earlier is not None else last  # "..., de Bell. Gall. l. iv. c. 2, with the annotations of X"
    inline = INLINE_LOCATOR.search(chunks[last][1]) if last >= 0 else None
    if inline and inline.start() > 0:
        offset, chunk = chunks[last]
        located = inline.group(0)
        if located.lstrip().startswith("(") and ")" in located:  # "Pausanias (l. viii. c. 43) mentions ...": the
            located = located[: located.index(")") + 1]           # bracket holds the locator, prose follows
        chunks[last: last + 1] = [(offset, chunk[: inline.start()].strip()), (offset + inline.start(), located)]
        end = last + 1
    head = chunks[:end]
    # prose before the reference: the reference starts after the last chunk of prose or date
    first = 0
    for index, (_, chunk) in enumerate(head):
        if index < len(head) - 1 and (is_prose(chunk, index == first) or is_locator(chunk)):
            first = index + 1
        elif not looks_like_names(chunk):
            break  # a title has begun: its later chunks may hold dates ("Three Decades ..., 1855 to 1885, ...")
    dropped = head[first - 1][1] if first else ""
    head = head[first:]
    if not head:
        return None
    named = PROSE_TAIL.search(dropped) if dropped else None
    if named and len(head) == 1 and end < len(chunks) and AUTHOR_IN.fullmatch(named.group("ref")) is None:
        pinpoint = ", ".join(chunk for _, chunk in chunks[end:]) or None  # "... comparison of Virgil, Georgic"
        return PlainReference(named.group("ref"), head[0][1], pinpoint, head[0][0], as_printed=True)
    located = []
    for _, chunk in chunks[end:]:  # the locators, up to the writer's prose that may follow them
        if located and is_prose(chunk) and not is_locator(chunk):
            break
        located.append(chunk)
    pinpoint = ", ".join(located) or None
    offset, names = head[0]
    if len(head) == 1 and is_prose(names):  # "... are mentioned in the Augustan History, p. 19"
        tail = PROSE_TAIL.search(names)
        if not tail or end == len(chunks):
            return None
        offset, names = offset + tail.start("ref"), tail.group("ref")
        head = [(offset, names)]
        author_in = AUTHOR_IN.fullmatch(names)  # "M. Freret in the Academie des Inscriptions"
        if author_in:
            return PlainReference(author_in.group("author"), author_in.group("title"), pinpoint, offset)
        named = re.fullmatch(r"(?P<name>[A-Z][a-z'’-]+) of [A-Z][a-z'’-]+", names)
        if named and not re.search(r"\bthe\s+$", tail.group(0)[: tail.start("ref") - tail.start()]) \
                and not _title_word(named.group("name")):
            # "In the time of Polybius and Dionysius of Halicarnassus, (l. v. c. 45)": a name with its place of
            # origin, then a locator, is the author cited (not "the Annals of Congress, p. 4", a title)
            return PlainReference(names, None, pinpoint, offset, as_printed=True)
    possessive = POSSESSIVE.fullmatch(names) if len(head) == 1 else None
    if possessive:  # "Horsley's Britannia Romana, l. i. c. 10"
        return PlainReference(possessive.group("author"), possessive.group("title"), pinpoint, offset)
    edited = len(head) >= 3 and EDITOR_CHUNK.fullmatch(head[1][1]) is not None
    if len(head) >= 2 + edited and looks_like_names(names):
        title = ", ".join(chunk for _, chunk in head[1 + edited:])
        translated = TRANSLATION.search(title)
        if translated and translated.start() > 0:  # "Malte-Brun, Geogr. Eng. trans. vol. ii.": the locator is
            pinpoint = f"{translated.group(0).strip()} {(pinpoint or '').strip()}".strip()  # the translation's
            title = title[: translated.start()].strip()
        book = BOOK_NUMBER_AT_END.search(title)
        if book and pinpoint and re.match(r"\s*(?:[ivxlc]+\.|\d)", pinpoint):  # "Horace, Ep. I. ii. 69": book I
            title, pinpoint = title[: book.start()], f"{book.group(1)} {pinpoint.strip()}"
        return PlainReference(names, title, pinpoint, offset, edited)
    if len(head) == 1 and end < len(chunks):
        abbreviated = AUTHOR_TITLE.fullmatch(names)
        if abbreviated:
            author = abbreviated.group("author") or abbreviated.group("author2")
            title = abbreviated.group("title") or abbreviated.group("title2") or abbreviated.group("title3")
            initial = re.fullmatch(r"[A-Z]\.", author) or author in conventions()["honorifics"]
            if not _title_word(author) and not initial:  # "Tacit. Annal.", "Vegetius de Re Militari"; not "A. Brehm"
                return PlainReference(author, title.strip(), pinpoint, offset, as_printed=True)
        if looks_like_names(names) and not any(_title_word(w) for w in names.split()) \
                and not _names_a_record(chunks, end):
            return PlainReference(names, None, pinpoint, offset, as_printed=True)  # "Strabo, (l. xvi. p. 780)"
    genitive = LATIN_GENITIVE_AUTHOR.fullmatch(names) if len(head) == 1 else None
    if genitive and _title_word(genitive.group("title")):  # "Erasmi Epistolæ xx. 2": the author in the genitive
        return PlainReference(genitive.group("author"), genitive.group("title"), pinpoint, offset, as_printed=True)
    numbered = TITLE_WORD_THEN_NUMBER.fullmatch(names) if len(head) == 1 and not pinpoint else None
    if numbered and _title_word(numbered.group("title").split()[0]):  # "Letters 132–8.": the letters' numbers
        return PlainReference("", numbered.group("title"), numbered.group("loc"), offset)
    title = ", ".join(chunk for _, chunk in head)
    article = re.match(r"the\s+(?=[A-Z])", title)
    if article and len(head) == 1 and not is_prose(title[article.end():]):
        title, offset = title[article.end():], offset + article.end()  # "See the Augustan History, p. 5": the
        head = [(offset, title)]                                         # article is the writer's
    if is_prose(head[0][1]) or not title[:1].isupper() or title.split()[-1].lower() in FUNCTION_WORDS:
        return None  # "Quote on p. 857": the writer's words, not a title
    return PlainReference("", title, pinpoint, offset)


LATIN_GENITIVE_AUTHOR = re.compile(r"(?P<author>[A-Z][a-z]+(?:i|is))\s+(?P<title>[A-Z][\wæœ]+\.?)")
TITLE_WORD_THEN_NUMBER = re.compile(r"(?P<title>[A-Z][\w’']+(?:\s+[A-Z][\w’']+)?)\s+(?P<loc>\d+(?:\s*[–-]\s*\d+)?)\.?")
BOOK_NUMBER_AT_END = re.compile(r"(?<=\.)\s+([IVXLC]+\.)$")  # an abbreviated title, then its book in capitals


def _title_word(word: str) -> bool:
    """'Hist.', 'Epist.': a word of a title (conventions.yml), not an author's name."""
    return word.rstrip(".") in conventions()["title_words"] or any(
        re.fullmatch(shape, word) for shape in conventions()["title_word_patterns"])


def _names_a_record(chunks, end: int) -> bool:
    """'Message, 1861, p. 4', 'Congressional Globe, 37th Cong.': a title with its year or its
    session, not an author with a locator."""
    following = chunks[end][1] if end < len(chunks) else ""
    if re.fullmatch(rf"(?:{MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {MONTH},? \d{{4}})", following):
        return True  # "Pravda, 7 May 1960": a newspaper and its date
    return re.fullmatch(r"(?:1[5-9]|20)\d\d", following) is not None or re.match(
        rf"\d+(?:st|nd|rd|th|d)\s+(?:Cong|Sess|Parl)\b|(?:{alternation('chamber_names')})$", following) is not None


LETTER = re.compile(rf"^(?:[A-Z][\w.'’-]*(?:\s+\([^)]*\))?(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+to\s+(?:the\s+)?"
                    rf"[A-Z][^,;]*?,\s+{DAY}(?:,\s*|\s+(?=[A-Z])|\s*$)")


@lru_cache(maxsize=1)
def _document() -> re.Pattern:
    """'Memorandum of conversation by Bohlen, March 2, 1955, ', 'Speech by Khrushchev, February 25, 1956, ',
    'Statement by the President, in ': a document named by its kind (conventions.yml), before where it is printed."""
    return re.compile(rf"^(?:{alternation('document_kinds')})\b[^,;“”\"*()]{{0,80}}?(?:,\s+{DAY}(?:,\s*(?:in\s+(?=[A-Z]))?|\s*$)|,\s+in\s+(?=[A-Z]))")


def document_prefix(text: str) -> int:
    """Length of a letter's or a document's description before where it is printed ("Seward to Adams, March 2,
    1864, ", "Statement by the President, in ")."""
    match = LETTER.match(text) or _document().match(text)
    return match.end() if match else 0


def has_locator(text: str) -> bool:
    """A plain reference: a title or an author followed by a locator, in a chunk of its own
    ("Moran, Journal, Vol. II") or inside the title's ("Plin. Epist. viii. 9")."""
    chunks = top_level_chunks(text)
    return any(index and is_locator(chunk) for index, (_, chunk) in enumerate(chunks)) or any(
        (match := INLINE_LOCATOR.search(chunk)) is not None and match.start() > 0 for _, chunk in chunks)
