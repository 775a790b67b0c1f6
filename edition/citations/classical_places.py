"""More places in ancient texts and older periodicals, as classical, anthropological and folklore scholarship of
1850-1930 prints them (the family of classical.py, read on the note's text after it):
- a lexicon by headword ("Hesych. s.v. Μαιμάκτης", "Harpocrat. s.v. ἀποπομπάς");
- a fragment by number with no editor ("Eur. frg. 292.");
- a known writer, a title in Greek, a page ("Hippocr. περὶ ἐνυπνίων 639");
- a writer by his initial alone with book, chapter and section ("P. II. 11. 1.", Pausanias);
- a known writer then his title and locator in parentheses inside prose ("Plato (*Legg*. 653 n) writes");
- a commentator "on" a title ("Eustathius on Iliad, i. 39."): the commentary, at its note on that place;
- a periodical by Roman volume and year ("Dr H. von Fritze, *Hermes* XXXII. 1897, p. 236"), by new series
  ("De Witte, Revue Numismatique, N.S. iii. 3-11"; "Mélusine, N.S. i.") or, named as a periodical, by volume
  ("Journal of Philol., xvii. p. 96.").
Writers known to be ancient and the periodicals' words are in conventions.yml."""

from __future__ import annotations

import re
from functools import lru_cache

from .classical import _known_author
from .conventions import alternation, conventions
from .model import Citation, clear_of
from .names import invert, looks_like_names

_ROMAN = r"(?:[IVXLC]+|[ivxlc]+)"
_GREEK = r"[\u0370-\u03ff\u1f00-\u1fff]"
_ITALIC_TITLE = r"\*?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}\*?\.?"
_WRITER = r"(?:(?:Dr|Mr|Prof|M)\.?\s+)?(?:[A-Z]\.\s*){0,3}(?:(?:von|van|de|De|Von)\s+)?[A-Z][\w'’-]+"


@lru_cache(maxsize=1)
def _forms() -> dict[str, re.Pattern]:
    author = _known_author()
    return {
        "headword": re.compile(rf"(?:^|(?<=[\s;(]))(?P<author>{author})\s+(?:(?P<title>{_ITALIC_TITLE})\s+)?"
                               rf"(?P<loc>s\.\s?v\.\s+[^\s.,;·:]+)"),
        "fragment": re.compile(rf"(?:^|(?<=[\s;(]))(?P<author>{author}),?\s+(?:(?P<title>\*[^*]+\*\.?)\s+)?"
                               rf"(?P<loc>(?:[Ff]rg|[Ff]rag|[Ff]ragm|[Ff]r)\.\s*\d+[a-z]?)(?=[\s.,;)]|$)"),
        "greek_title": re.compile(rf"(?:^|(?<=[\s;(]))(?P<author>{author})\s+(?P<title>{_GREEK}+(?:\s+{_GREEK}+){{0,5}})"
                                  rf"\s+(?P<loc>\d+[a-z]?)(?=[\s.,;)]|$)"),
        # "Xen *Anab*. VII. 9. 4.": a known writer, his title in italics, book, chapter and section
        "italic_title": re.compile(rf"(?:^|(?<=[\s;(]))(?P<author>{author})\s+\*(?P<title>[^*]{{1,40}})\*\.?\s+"
                                   rf"(?P<loc>{_ROMAN}\.\s*\d+(?:\.\s*\d+)*)(?=[\s.,;)]|$)"),
        # "Schol. ad Ar. *Nub*. 408", "schol. ad Ar. Nub. 408": the scholion on a place of a known writer's work
        "scholion": re.compile(rf"(?:^|(?<=[\s;(]))[Ss]chol\.\s+(?:ad|in|on)\s+(?P<author>{author})\s+"
                               rf"(?P<title>\*[^*]{{1,40}}\*\.?|[A-Z][\w-]*\.)\s+(?P<loc>(?:{_ROMAN}\.\s*)?\d+)(?=[\s.,;)]|$)"),
        "initial": re.compile(rf"^\s*(?P<author>[A-Z]\.)\s+(?P<loc>{_ROMAN}\.\s*\d+\.\s*\d+)\.?\s*$"),
        "in_prose": re.compile(rf"(?P<author>{author})\s+\((?P<title>\*[A-Z][^*()]*\*\.?|[A-Z][\w.-]*\.)\s+"
                               rf"(?P<loc>\d+[^()]{{0,12}}?)\)"),
        "on_title": re.compile(rf"^(?P<author>{author})\s+on\s+(?P<title>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s+"
                               rf"(?P<loc>{_ROMAN}\.\s*\d+(?:[.,]\s*\d+)*)\.?\s*$"),
        "volume_year": re.compile(rf"(?:(?P<writer>{_WRITER}),\s+)?\*(?P<journal>[A-Z][^*]{{1,60}})\*\s+"
                                  rf"(?P<volume>[IVXLC]+)\.?,?\s+(?P<year>1[6-9]\d\d)(?:,\s+p\.\s*(?P<page>\d+))?"),
        "new_series": re.compile(rf"(?:(?P<writer>{_WRITER}),\s+|(?:[Ii]n\s+the\s+))?"
                                 rf"(?P<journal>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}),\s+"
                                 rf"(?P<volume>N\.\s?S\.\s+{_ROMAN})\b\.?(?:\s+(?P<pages>\d+(?:[–-]\d+)?))?"
                                 rf"(?:,\s+(?P<later>{_WRITER})(?=\s+[a-z]))?"),  # "..., N.S. iii., De Witte publishes"
        # "Wilkinson, iii. 294, quoting the Ritual xxxiii.", "(Zur Volkskunde, p. 13, quoting Journal Asiatique, 1st
        # series, 3, 307)": the work quoted, read in the one before it
        "quoting": re.compile(rf",\s+quoting\s+(?:the\s+)?(?P<title>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){{0,3}})"
                              rf"(?:,\s+(?P<series>\d+(?:st|nd|rd|th)\s+series),\s+(?P<volume>\d+),\s+(?P<page>\d+)"
                              rf"|\s+(?P<loc>{_ROMAN}(?:\.\s*\d+)?))\.?(?=[):;,]|\s*$)"),
        # "Idyll xv.", "Onomast., ix. 6, segm. 84, p. 1066.": a title alone (its first word a title's) and its place
        "title_alone": re.compile(rf"^\s*(?P<title>(?:{alternation('title_words')})\.?),?\s+"
                                  rf"(?P<loc>{_ROMAN}\.?(?:\s*\d+)?(?:,\s*(?:segm|p|pp|§|cap|c)\.\s*\d+)*)\.?\s*$"),
        # "Cieza de Leon, p. 183.", "Christoval de Moluna (1570), p. 5.": a writer whose name has a particle inside,
        # perhaps a year, and a page, the whole note
        "particle_name": re.compile(r"^\s*(?P<given>[A-Z][a-z]+)\s+(?P<particle>de|da|di|del|van|von)\s+"
                                    r"(?P<family>[A-Z][a-z]+)(?:\s+\((?P<year>1[5-9]\d\d)\))?,\s+pp?\.\s*"
                                    r"(?P<page>\d+(?:[–-]\d+)?)\.?\s*$"),
        # "Rolland, Faune populaire.": a surname and a title of words, the whole note
        "surname_title": re.compile(r"^\s*(?P<author>[A-Z][a-zäöüéè]+),\s+(?P<title>[A-Z][\w'’-]+(?:\s+[\w'’-]+){1,6})\.?\s*$"),
        # "in Paoli’s Della Religione de’ Gentili, Naples, 1771, p. 9": a writer's possessive, title, place, year
        "possessive_imprint": re.compile(r"(?<![\w'’])(?P<author>[A-Z][a-z]+)[’']s\s+(?P<title>[A-Z][^,;()]+?),\s+"
                                         r"(?P<place>[A-Z][a-z]+),\s+(?P<year>1[5-9]\d\d)(?:,\s+pp?\.\s*(?P<page>\d+))?"),
        # "also by Fabretti, Ad Cal. Oper. de Colum. Trajan. p. 315": "by" a writer, a title (its first word a
        # title's), a page
        "by_writer_title": re.compile(rf"\bby\s+(?P<author>[A-Z][a-z]+),\s+(?P<title>(?:{alternation('title_words')})\b"
                                      rf"[^;()]*?)\.?,?\s+pp?\.\s*(?P<page>\d+)"),
        # "*vv*. 864 and 408.": verses alone, of the work the calling sentence names (classical.read_writers_at_calls)
        "verses_alone": re.compile(r"^\s*\*?(?P<loc>(?:vv?|ll?)\*?\.\s*\d+(?:(?:,|\s+and|\s*[–-])\s*\d+)*)\.?\s*$"),
        # "Prof. Max Müller (Academy, Jan. 1884) says": a writer, a periodical known by name, its month and year
        "periodical_month": re.compile(rf"(?:(?P<writer>(?:(?:Prof|Dr|Mr|M)\.?\s+)?(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)\s+)?"
                                       rf"\((?P<journal>{alternation('periodicals')}),\s+(?P<month>(?:Jan|Feb|Mar|Apr|May|June?|"
                                       rf"July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)\s+(?P<year>1[6-9]\d\d)\)"),
        # "Oskar Band, *Die Attischen Diasien*, Wissenschaftliche Beilage zum Programm der Victoriaschule, Ostern 1883
        # (Berlin)": a paper printed with a school's programme, by its term and year, perhaps its place
        "programme": re.compile(rf"(?:(?!(?:See|Cf|Compare|Also)\b)(?P<writer>(?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+),\s+)?\*(?P<title>[^*]{{3,160}})\*,\s+"
                                rf"(?P<container>(?:[A-Z][^,;()*]{{0,40}}?\s)?(?:{alternation('programme_words')})\b[^,;()*]{{0,80}}?),\s+"
                                rf"(?:(?:{alternation('school_terms')})\s+)?(?P<year>1[6-9]\d\d)(?:\s+\((?P<place>[A-Z][\w'’-]+)\))?"),
        "periodical_volume": re.compile(rf"^(?P<journal>(?:{alternation('periodical_words')})\b[^,;()]{{0,40}}),\s+"
                                        rf"(?P<volume>{_ROMAN})\.,?\s+(?:pp?\.\s*)?(?P<page>\d+(?:[–-]\d+)?)\.?\s*$"),
    }


def read_classical_places(text: str, base, taken: list[Citation]) -> list[Citation]:
    """The references of the forms above in a note's text, outside the spans `taken` by other readers;
    `base(start, end)` makes an empty citation of that span."""
    made: list[Citation] = []

    def free(start: int, end: int) -> bool:
        return clear_of(start, end, taken + made)

    def cite(found: re.Match, start: int, **fields) -> Citation | None:
        if not free(start, found.end()):
            return None
        c = base(start, found.end())
        c.form, c.kind = "short", "book"
        for name, value in fields.items():
            setattr(c, name, value)
        made.append(c)
        return c

    forms = _forms()
    for name in ("headword", "fragment", "greek_title", "initial", "in_prose", "italic_title"):
        for found in forms[name].finditer(text):
            title = (found.groupdict().get("title") or "").strip("*").rstrip(".*").strip() or None
            loc = found.group("loc").strip().rstrip(".")
            cite(found, found.start("author"), authors=[found.group("author")], title=title, pinpoint=loc)
    for found in forms["scholion"].finditer(text):
        title = found.group("title").strip("*").rstrip(".*").strip()
        cite(found, found.start(), authors=[found.group("author")], title=title, pinpoint=found.group("loc"),
             ambiguous=True, reason=f"\"{found.group(0).strip()}\": the scholion on that place of {found.group('author')} "
                                    f"{title}; the text is linked at the place.")
    for found in forms["on_title"].finditer(text):
        on = f"{found.group('title')}, {found.group('loc').rstrip('.')}"
        cite(found, found.start(), authors=[found.group("author")], pinpoint=found.group("loc").rstrip("."),
             ambiguous=True, reason=f"\"{found.group(0).strip()}\": {found.group('author')}'s commentary, at its "
                                    f"note on {on}; read as the commentary, not the text commented.")
    for found in forms["quoting"].finditer(text):
        title = found.group("title")
        periodical = bool(re.match(rf"(?:{alternation('periodical_words')})\b", title))
        cite(found, found.start("title"), title=None if periodical else title, container=title if periodical else None,
             kind="article" if periodical else "book", form="full" if periodical else "short",
             volume=found.group("volume"), series=found.group("series"),
             pinpoint=found.group("page") or (found.group("loc") or "").rstrip(".") or None,
             reason=f"quoted in the work cited before it (\"{found.group(0).strip(' ,')}\")")
    for found in forms["particle_name"].finditer(text):
        cite(found, found.start("given"), authors=[f"{found.group('family')}, {found.group('given')} {found.group('particle')}"],
             year=found.group("year"), form="full" if found.group("year") else "short", pinpoint=found.group("page"))
    for found in forms["surname_title"].finditer(text):
        words = found.group("title").split()
        known = conventions()
        if found.group("author") not in known["not_names"] and found.group("author") not in known["title_words"] \
                and any(w[:1].islower() for w in words) and not looks_like_names(found.group("title")):
            cite(found, found.start("author"), authors=[found.group("author")], title=found.group("title"))
    for found in forms["possessive_imprint"].finditer(text):
        if found.group("author") not in conventions()["not_names"]:
            cite(found, found.start("author"), authors=[found.group("author")], title=found.group("title").strip(),
                 place=found.group("place"), year=found.group("year"), form="full", pinpoint=found.group("page"))
    for found in forms["by_writer_title"].finditer(text):
        cite(found, found.start("author"), authors=[found.group("author")], title=found.group("title").strip().rstrip("."),
             pinpoint=found.group("page"))
    for found in forms["verses_alone"].finditer(text):
        cite(found, found.start(), pinpoint=found.group("loc").replace("*", ""), needs_writer=True)
    for found in forms["periodical_month"].finditer(text):
        writer = found.group("writer")
        if writer and writer.split()[0] in conventions()["not_names"]:
            writer = None
        c = cite(found, found.start("writer") if writer else found.start(), kind="article", form="full",
                 container=found.group("journal"), year=found.group("year"), date=f"{found.group('month')} {found.group('year')}")
        if c and writer:
            c.authors = [invert(re.sub(r"^(?:Prof|Dr|Mr|M)\.?\s+", "", writer))]
    for found in forms["programme"].finditer(text):
        writer = found.group("writer")
        cite(found, found.start("writer") if writer else found.start("title"), form="full",
             authors=[invert(writer)] if writer else [], title=found.group("title").strip(),
             container=found.group("container").strip(), year=found.group("year"), place=found.group("place"))
    for found in forms["title_alone"].finditer(text):
        cite(found, found.start("title"), title=found.group("title").rstrip("."), pinpoint=found.group("loc").rstrip("."))
    for name in ("volume_year", "new_series", "periodical_volume"):
        for found in forms[name].finditer(text):
            writer = found.groupdict().get("writer") or found.groupdict().get("later")
            if name == "new_series" and not writer and not found.group(0).lower().startswith("in the") \
                    and found.start() and text[: found.start()].strip()[-1:] not in ".;(":
                continue  # "N.S." after words of prose that are no periodical's name
            c = cite(found, found.start(), kind="article", form="full", container=found.group("journal").strip(),
                     volume=found.group("volume"), year=found.groupdict().get("year"),
                     pinpoint=found.groupdict().get("page"))
            if c and writer:
                writer = re.sub(r"^(?:Dr|Mr|Prof|M)\.?\s+", "", writer)
                particle = re.match(r"^(?P<given>(?:[A-Z]\.\s*)+)(?P<family>(?:von|van)\s+\S+)$", writer)
                c.authors = [f"{particle.group('family')}, {particle.group('given').strip()}" if particle
                             else invert(writer)]  # "H. von Fritze": "von Fritze, H."
    return sorted(made, key=lambda c: c.start)


# "*contaminatio*", "*Aversion*, which for lack of a better word I have been obliged to adopt": a word in italics
# used as a term, not a title: one word, lower case, or opening its sentence before a clause about it
_TERM = re.compile(r"(?:(?P<opening>^|[.!?]\s+)\*(?P<capital>[A-Z][\w'’-]*)\*(?=,?\s+(?:which|that|is|was|has|had)\b)"
                   r"|\*(?P<lower>[a-zà-ÿ][\w'’-]*)\*)")


def without_terms_in_italics(citations: list[Citation], fragments: list, note_text: str) -> list[Citation]:
    """The citations of a note but those that are only a word in italics used as a term (_TERM), each left as
    commentary."""
    from .model import Fragment

    terms = {m.group("capital") or m.group("lower") for m in _TERM.finditer(note_text)}
    kept = []
    for c in citations:
        bare = not (c.authors or c.editors or c.container or c.pinpoint or c.year or c.volume or c.needs_writer)
        if bare and c.title and c.title.strip("*. ") in terms:
            fragments.append(Fragment(c.chapter, c.note, c.start, c.end, c.text, "commentary",
                                      f"\"{c.title}\" in italics is a word used as a term, not a title"))
            continue
        kept.append(c)
    return kept
