"""The classical apparatus of older humanities notes, read on the whole note before it is cut into pieces.

Forms that recur in 18th-20th-century notes on ancient texts, whatever the text:
- a place in a fragment collection by its editor's name ("Frag. 174 Usener.", "Frag. 106 Diels².",
  "Chrysippus, Fragmenta physica 1065 von Arnim.", "Epicurus, Ep. III. p. 63. 19 Usener.");
- an ancient writer, perhaps a title, then book and line, and the words quoted after them ("Cf. Juvenal, X. 22
  cantabit ...", "Tacitus Histories I. 50 inter duos ...", "Macrobius, I. 11. 49"); a commentator "on" the text
  he comments ("Servius on Virgil, Aeneid, III, 420");
- a writer cut short with a title cut short and a Latin locator ("Tacit. hist. lib. iii.");
- one writer read in another ("Sallust apud Veget.");
- a bare locator ("Cap. 9.", "Lib. iv.") and a quotation "says he" with no reference: the writer is the one the
  sentence calling the note names (read_writers_at_calls, once the chapter's notes are parsed);
- the attribution line under verse ("—St. Evremond."), a writer's words cited by his possessive ("Cf. Solon’s"
  and a verse), and glosses ("“Pure love,” i.e., ...") that are no titles.
Writers known to be ancient, the locator words and the joining words are in conventions.yml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chunks import _title_word
from .conventions import alternation, conventions
from .model import Citation, Fragment
from .plain_forms import people
from .notes import Note

NAME_WORD = r"(?:St\.\s+)?[A-Z][\w'’-]+\.?"
PARTICLE = r"(?:von|van|de|di|du)\s+"
ROMAN = r"(?:[IVXLC]+|[ivxlc]+)"
YEAR = r"(?:1[5-9]|20)\d\d\b"
SUPERSCRIPT_LETTER = "ᵃᵇᶜᵈᵉᶠ"
LEAD = r"(?:(?:[Cc]f\.|[Ss]ee|[Cc]ompare)(?:,?\s+also|,\s+for example,)?\s+)"
NOT_EDITOR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"}


@lru_cache(maxsize=1)
def _known_author() -> str:
    names = sorted(conventions()["classical_authors"], key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n) + (r"(?!\w)" if n.endswith(".") else r"\b") for n in names) + ")"


def _locator_word() -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(conventions()["classical_locators"], key=len,
                                                           reverse=True)) + ")"


@lru_cache(maxsize=1)
def _fragment_by_editor() -> re.Pattern:
    """'[Author, ][his ][Title,] [Frag. ]N Editor[²].' at the end of a sentence of the note."""
    loc = rf"(?:{_locator_word()}\.?\s*(?:(?:{ROMAN}|\d+)\.\s*)?)"
    title = rf"(?!{_locator_word()}\.)[A-ZÄÖÜ][\w'’-]*\.?(?:\s+(?!{_locator_word()}\.)[A-Za-zÄÖÜäöü][\w'’-]*\.?){{0,4}}"
    return re.compile(
        rf"(?:^|(?<=[.;:,”]\s)|(?<=\s))(?P<lead>{LEAD})?"
        rf"(?:(?P<author>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+)?"
        rf"(?:(?P<pronoun>his|her)\s+)?(?:(?P<title>{title}),?\s+)?"
        rf"(?P<loc>{loc}*)(?P<number>\d+[a-z]?[{SUPERSCRIPT_LETTER}]?)\s+"
        rf"(?P<editor>(?:{PARTICLE})?[A-Z][a-zäöüéè]+(?:-[A-Z][a-zäöüéè]+)?)(?P<edition>[²³⁴⁵])?"
        rf"(?=\.?\s*$|[.;]\s)")


@lru_cache(maxsize=1)
def _book_and_line() -> re.Pattern:
    """'[Cf. ]Author[,] [Title,] IV. 653' (book and line, perhaps a third number) or 'III, 420'; a commentator
    'on' another writer first ('Servius on Virgil, Aeneid, III, 420'); after a title, a line or a page alone
    ('Soph. Antig. 450 sqq.', 'Plato, Republic, 514 a')."""
    title = rf"(?:(?!{ROMAN}\.\s)[A-Za-zÆæ][\w'’-]*\.?(?:\s+(?!{ROMAN}\.)[A-Z][\w'’-]*\.?){{0,3}})"
    return re.compile(
        rf"(?:^|(?<=[.;:]\s)|(?<=\s)|(?<=[—–]))(?P<lead>{LEAD})?"
        rf"(?:(?:in|by)\s+)?(?P<author>{_known_author()}|{NAME_WORD}(?=\s+on\s+{_known_author()}))"
        rf"(?:\s+on\s+(?P<on>{_known_author()}))?"
        rf"(?:,\s*|\s+)(?:(?P<title>{title})(?:,\s*|\s+))?"
        rf"(?P<loc>(?:(?!(?:c|l)\.){ROMAN}(?:\.\s*|,\s*)(?!{YEAR})\d+[a-z]?(?:(?:\.\s*|,\s*)\d+(?!\d))*"
        rf"|(?P<arabic>(?!{YEAR})\d+[a-z]?(?:\s[a-e](?=[\s.,;]|$))?(?:\s*[–-]\s*\d+)?))"  # "Antig. 450", "514 a"
        rf"(?:\s+(?:{alternation('following_pages')})(?!\w))?)(?=[\s,;)]|\.?\s*$|\.\s)")


@lru_cache(maxsize=1)
def _cut_short_with_latin_locator() -> re.Pattern:
    """'Tacit. hist. lib. iii.': a known writer cut short, a title cut short, a Latin locator."""
    return re.compile(rf"^(?P<author>{_known_author()})\s+(?!{_locator_word()}\.)"
                      rf"(?P<title>[a-z]+\.(?:\s+[A-Za-z]+\.)?)\s+"
                      rf"(?P<loc>(?:(?i:lib|l|cap|c|tom|ep|epist)\.\s*(?:{ROMAN}|\d+)\b\.?\s*)+)(?=[A-Z]|$)")


@lru_cache(maxsize=1)
def _read_in() -> re.Pattern:
    """'Sallust apud Veget.': the first writer's words, read in the second's."""
    return re.compile(rf"(?:^|(?<=[.;]\s))(?P<first>{NAME_WORD}(?:\s+[A-Z][\w'’-]+)?)\s+"
                      rf"(?:{alternation('read_in_words')})\s+(?P<second>{NAME_WORD}(?:\s+[A-Z][\w'’-]+\.?)?)"
                      rf"(?P<loc>(?:,?\s+[^\s.;]+\.?){{0,4}}?)\.?\s*$")


@lru_cache(maxsize=1)
def _bare_locator() -> re.Pattern:
    """'Cap. 9.', 'Lib. iv.', 'Lib. i. cap. 3.': the whole note a locator and nothing else."""
    unit = rf"{_locator_word()}\.?\s*(?:{ROMAN}|\d+)\b\.?"
    return re.compile(rf"^\s*(?P<loc>{unit}(?:,?\s*{unit})*)\s*$")


ATTRIBUTION_LINE = re.compile(rf"[”\"]\s*[—–]\s*(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\.?\s*$")
POSSESSIVE_WORDS = re.compile(rf"^(?P<lead>{LEAD})(?P<author>[A-Z][\w-]+)['’]s\s+(?=[\u0370-\u03ff\u1f00-\u1fff“\"])")
GREEK_THEN_QUOTED = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff][\u0370-\u03ff\u1f00-\u1fff\s]*,\s*“[^”]{1,40}[,.]?”,?")
INQUIT_PRONOUN = re.compile(r"^[^.;]{0,120}?,[”’\"]?\s*(?:says|said|writes|observes|continues|adds) (?:he|she)\b")
# "as the same historian observes": the writer cited last, by what he was
SAME_WRITER = re.compile(r"\b(?:the|our|that)\s+(?:same\s+)?(?:historian|author|writer|poet|philosopher|orator|"
                         r"biographer|geographer|annalist|satirist|critic|commentator)\b")


def _glosses() -> re.Pattern:
    return re.compile(rf"[“\"][^”\"]{{1,40}}[,.]?[”\"],?\s+(?={alternation('gloss_words')})")


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """Every word the conventions know as a locator, a volume or a provision, lower case without its full stop."""
    return frozenset(w.rstrip(".").lower() for key in ("classical_locators", "locators", "locators_with_digits",
                                                      "volume_locators", "volume_words", "page_locators",
                                                      "provision_units", "provision_subunits", "abbreviations",
                                                      "law_series", "edition_words")
                     for w in conventions()[key])


def _an_editor(name: str) -> bool:
    """'Usener', 'von Arnim', 'Diels': a surname after a fragment's number, not a unit ('2 Bd.', '14 Stat.')."""
    last = name.split()[-1]
    known = conventions()
    return len(last) >= 3 and last not in NOT_EDITOR and last not in known["not_names"] \
        and last.lower() not in _units() and not _scripture(last) and last not in known["not_editors"] \
        and not any(last in known[key] for key in ("public_bodies", "chamber_names", "newspaper_words",
                                                   "sovereigns", "peerage", "report_words"))


def _scripture(name: str) -> bool:
    return name.rstrip(".") in conventions()["scripture_books"]


def _blank(text: str, start: int, end: int) -> str:
    """The span read, blanked (same length); a semicolon where it began parts what came before it from what
    follows ("Julian in Caesaribus Eutropius, viii. 2, 6. Aurelius Victor ...": "Julian in Caesaribus" alone)."""
    mark = ";" if text[:start].strip() and end > start else " "
    end += text[end:].startswith(".") and end > start  # its full stop with it: the next sentence stands alone
    return text[:start] + (mark + " " * (end - start))[: end - start] + text[end:]


def read_classical_forms(text: str, note: Note) -> tuple[list[Citation], list[Fragment], str]:
    """The citations of the forms above, the glosses read as commentary, and the note with their spans blanked
    (same length) for the rest of the parser."""
    found: list[Citation] = []
    fragments: list[Fragment] = []

    def cite(start: int, end: int, **fields) -> Citation:
        c = Citation(note.chapter, note.number, start, end, text[start:end].strip())
        c.form, c.kind = "short", "book"
        for name, value in fields.items():
            setattr(c, name, value)
        found.append(c)
        return c

    for pattern_ in (_glosses(), GREEK_THEN_QUOTED):  # "“Pure love,” i.e.", "ὁ σκοτεινός, “the Obscure,”"
        for m in pattern_.finditer(text):
            fragments.append(Fragment(note.chapter, note.number, m.start(), m.end(), m.group(0), "commentary",
                                      "a word glossed or translated, not a title"))
            text = _blank(text, m.start(), m.end())
    alone = _bare_locator().match(text)
    if alone:  # the writer the calling sentence names: read_writers_at_calls
        cite(alone.start("loc"), alone.end("loc"), pinpoint=alone.group("loc").rstrip("."), needs_writer=True)
        return found, fragments, _blank(text, 0, len(text))
    read_in = _read_in().search(text)
    if read_in and not any(re.match(_known_author(), read_in.group(g) + " ") for g in ("first", "second")):
        read_in = None
    if read_in:  # "Sallust apud Veget.", "Ennius ap. Cic. de Div. i. 48": the holder is read by the forms below
        first = cite(read_in.start("first"), read_in.end("first"), authors=[read_in.group("first")])
        text = _blank(text, read_in.start("first"), read_in.start("second"))
    for m in list(_fragment_by_editor().finditer(text)):
        if not _an_editor(m.group("editor")) or re.fullmatch(YEAR, m.group("number")) \
                or not (m.group("loc") or m.group("title") or m.group("author")):
            continue  # "the 1789 Revolution", "100 French": no place in a collection
        author, title = m.group("author"), m.group("title")
        if author and not title and author.split()[0] in conventions()["title_words"]:
            author, title = None, author
        if title and not author and re.fullmatch(_known_author(), title):  # "Eurip. fr. 34 Nauck."
            author, title = title, None
        locator = f"{m.group('loc') or ''}{m.group('number')}".strip()
        c = cite(m.start("author") if author else (m.start("pronoun") if m.group("pronoun") else
                                                    (m.start("title") if title else m.start("loc"))),
                 m.end(), editors=[m.group("editor")], title=title.rstrip(",") if title else None, pinpoint=locator)
        if author:
            c.authors = [author]
        elif m.group("pronoun"):
            c.authors = ["@annotated"]  # parse.read_pronoun: the writer the annotated sentence names
        elif not title:
            c.needs_writer = True  # the collection's ancient author: the one the calling sentence names
        text = _blank(text, m.start(), m.end())
    for m in list(_book_and_line().finditer(text)):
        title = m.group("title")
        if title and (title.split()[0].rstrip(".").lower() in _units() and not _title_word(title.split()[0])
                      or title[0].islower()
                      and title.split()[0] not in ("de", "ad", "pro")) or _scripture(m.group("author")):
            continue  # "Cap. 4", "Vol. IV" are locators; a word of prose is no title; "Dan. ix. 21" is scripture
        if m.group("arabic") and not title:
            continue  # "Strabo, 450": a page of which work? left to the general forms
        c = cite(m.start("author"), m.end("loc"), authors=[m.group("author")], title=title and title.rstrip("."),
                 pinpoint=m.group("loc").rstrip("."))
        if m.group("on"):  # the commentator's commentary, at its note on that place
            c.title, c.ambiguous = None, True
            c.reason = (f"\"{m.group(0).strip()}\": {m.group('author')}'s commentary on {m.group('on')}"
                        f"{', ' + title if title else ''}, at its note on {m.group('loc')}; read as the commentary, "
                        f"not the text commented.")
        text = _blank(text, m.start(), m.end("loc"))
    short = _cut_short_with_latin_locator().match(text)
    if short:
        cite(short.start(), short.end("loc"), authors=[short.group("author")], title=short.group("title").rstrip("."),
             pinpoint=short.group("loc").strip().rstrip("."))
        text = _blank(text, short.start(), short.end())
    if read_in:
        holder = next((c for c in found if c.start == read_in.start("second")), None)
        if holder is None:  # "Veget.": the holder's name alone, perhaps with a locator
            holder = cite(read_in.start("second"), read_in.end(), authors=[read_in.group("second")],
                          pinpoint=read_in.group("loc").strip(" ,.") or None)
            text = _blank(text, read_in.start("second"), read_in.end())
        found.remove(holder)
        found.insert(found.index(first) + 1, holder)
        holder.via = -1
        first.reason = f"{first.authors[0]} read in {holder.authors[0]} (\"{read_in.group(0).strip()}\")."
    line = ATTRIBUTION_LINE.search(text)
    if line and not found:  # "“J’aime la vertu ...” —St. Evremond.": the verse's writer, no title
        cite(line.start("name"), line.end("name"), authors=[re.sub(r"\.$", "", line.group("name"))])
        text = _blank(text, line.start("name") - 1, line.end())
    possessive = POSSESSIVE_WORDS.match(text)
    if possessive:  # "Cf. Solon’s" and his words: the writer, no title or place
        c = cite(possessive.start("author"), possessive.end(), authors=[possessive.group("author")], ambiguous=True)
        c.reason = (f"\"{possessive.group(0).strip()}\" and a quotation: the writer's words, with no title or "
                    "locator.")
        text = _blank(text, possessive.start(), possessive.end())
    return found, fragments, text


@lru_cache(maxsize=1)
def _pronoun_then_locator() -> re.Pattern:
    """'His words (in Ep. vi.)': a writer's words by a pronoun and a bare locator in brackets."""
    unit = rf"{_locator_word()}\.?\s*(?:{ROMAN}|\d+)\b\.?"
    return re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\b[^.;()]{{0,40}}\((?:in\s+)?(?P<loc>{unit}(?:,?\s*{unit})*)\)")


def quotation_without_reference(note: Note) -> Citation | None:
    """A note that cites nothing but quotes a writer by "says he", or gives "his words (in Ep. vi.)": the writer
    the calling sentence names, flagged."""
    located = _pronoun_then_locator().search(note.text)
    if not INQUIT_PRONOUN.match(note.text) and not located:
        return None
    c = Citation(note.chapter, note.number, 0, len(note.text), note.text)
    c.form, c.needs_writer, c.ambiguous = "short", True, True
    if located:
        c.start, c.end, c.text = located.start(), located.end(), located.group(0)
        c.pinpoint = located.group("loc").rstrip(".")
    return c


def _writers_of_writings(c: Citation, sentence: str) -> list[str]:
    """'Ep. vi.' after "the series of letters that passed between Ludovicus Vives and Erasmus": the writers whose
    writings of the locator's kind (conventions.yml writings_by_locator) the sentence names, the one it names
    most often first."""
    unit = (c.pinpoint or "").split(".")[0].split()[0] if c.pinpoint else ""
    noun = conventions()["writings_by_locator"].get(unit)
    if not noun:
        return []
    found = re.search(rf"\b{noun}\b[^.;]{{0,60}}?\b(?:of|between|from|by)\s+(?P<names>{NAME}(?:(?:,|\s+and)\s+{NAME})*)",
                      sentence)
    if not found:
        return []
    names = [n.strip() for n in re.split(r",|\s+and\s+", found.group("names")) if n.strip()]
    return sorted(names, key=lambda n: -len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", sentence)))


# -- the writer the calling sentence names ---------------------------------------------------------------
NAME = r"(?:St\.\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2}"


@lru_cache(maxsize=1)
def _naming_patterns() -> list[re.Pattern]:
    verbs = alternation("attribution_verbs")
    return [
        re.compile(rf"\b(?:{verbs})\s+(?P<author>{NAME})"),  # "The sublime, says Longinus, is ..."
        re.compile(rf"(?P<author>{NAME}),?\s+in\s+(?:his|her)\s+"),  # "Spenser, in his judicious account"
        re.compile(rf"(?P<author>{NAME})\s+(?:[a-z]+ly\s+)?(?!(?:{alternation('auxiliaries')}|{alternation('not_verbs')})\b)"
                   r"[a-z]{2,}s\b(?!\s+of\b)"),  # "Boileau justly recommends"
        re.compile(rf"(?P<author>{NAME}),?\s*$"),  # "Hecato,(34)", "does Demosthenes(43)"
        re.compile(rf"^(?P<author>{NAME})(?=,|\s+[a-z])"),  # "Parmenides, the Eleatic, held": the subject
    ]


def writers_named(sentence: str, authors_elsewhere: set[str]) -> list[str]:
    """Writers the sentence names, in order: by the reporting patterns of the parser, the patterns above, and
    any name known as an ancient writer's or as the author of a work the chapter cites."""
    from .parse import _reporting_patterns, _title_word, fold_name

    found = []
    for pattern_ in [*_reporting_patterns()[:2], *_naming_patterns()]:
        for m in pattern_.finditer(sentence):
            found.append((m.start("author"), m.group("author")))
    for m in re.finditer(_known_author(), sentence):
        found.append((m.start(), m.group(0)))
    for m in re.finditer(rf"(?<![.!?]\s)(?<!^)\b{NAME}", sentence):
        if fold_name(m.group(0)) in authors_elsewhere:
            found.append((m.start(), m.group(0)))
    names: list[str] = []
    not_names = set(conventions()["not_names"]) | {"Hence", "Thus", "So", "Yet", "Then", "Now", "Whether", "Under"}
    for _, name in sorted(found):
        words = name.split()
        while words and words[0] in not_names:
            words = words[1:]
        name = " ".join(words)
        if not name or any(_title_word(w) for w in words) or name in names:
            continue
        if not re.match(_known_author(), name) and fold_name(name) not in authors_elsewhere \
                and not _named_by_pattern(name, sentence):
            continue
        names.append(name)
    return names


def _named_by_pattern(name: str, sentence: str, surely: bool = False) -> bool:
    """The sentence names the writer by a verb of saying, "according to", "in his ..." (surely), or only as the
    subject of a verb or by standing just before the call."""
    from .parse import _reporting_patterns
    patterns = [*_reporting_patterns()[:2], *_naming_patterns()[: 2 if surely else None]]
    return any(m.group("author").endswith(name) for p in patterns for m in p.finditer(sentence))


def _surely_a_writer(name: str, sentence: str, elsewhere: set[str]) -> bool:
    from .parse import fold_name
    return bool(re.match(_known_author() + "$", name)) or fold_name(name) in elsewhere \
        or _named_by_pattern(name, sentence, surely=True)


def read_writers_at_calls(citations: list[Citation], fragments: list[Fragment], passages: dict[int, str]
                          ) -> list[Citation]:
    """A citation whose note prints no writer ("Cap. 9.", "Frag. 174 Usener.", a quotation "says he") takes the
    writer the sentence calling the note names; of several, the one cited before with the same editor, else the
    last named (flagged). With no writer named there, a place in an editor's collection is the writer's cited
    last with that editor (flagged); anything else is reported and not linked."""
    from .parse import fold_name

    kept: list[Citation] = []
    for c in citations:
        if not c.needs_writer:
            kept.append(c)
            continue
        passage = passages.get(c.note, "")
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", passage.strip())[-1] if passage.strip() else ""
        elsewhere = {fold_name(a) for k in kept for a in k.authors}
        named = writers_named(sentence, elsewhere)
        if not named and re.search(r"[”\"]\s*$", sentence):  # the call closes a quotation: its writer, named in
            earlier = re.split(r"(?<=[.!?])\s+(?=[A-Z])", passage.strip())[-5:-1]  # the sentences leading into it
            named = next((found for s in reversed(earlier) if (found := writers_named(s, elsewhere))), [])
        writers = _writers_of_writings(c, sentence)
        if writers:  # "his words (in Ep. vi.)": one of those whose letters the sentence names
            c.authors, c.ambiguous = (people(writers[0]) or [writers[0]])[:1], True  # "Vives, Ludovicus"
            c.reason = (f"\"{c.text}\": a letter by number; the sentence calling the note names the letters of "
                        f"{' and '.join(writers)}: read as {writers[0]}'s, named most often there.")
            kept.append(c)
            continue
        same_editor = [k.authors[0] for k in kept if k.authors and c.editors and k.editors
                       and fold_name(k.editors[0]) == fold_name(c.editors[0])]
        paired = [n for n in named if fold_name(n) in {fold_name(a) for a in same_editor}]
        what = f"\"{c.text}\"" if len(c.text) < 60 else "the quotation"
        if paired or len(named) == 1:
            c.authors = [(paired or named)[-1]]
            c.reason = c.reason or f"{what} names no writer; the sentence calling the note names {c.authors[0]}."
            if not paired and not _surely_a_writer(named[0], sentence, elsewhere):
                c.ambiguous = True
                c.reason += " The sentence names him only as its subject or just before the call: flagged."
        elif named:
            c.authors, c.ambiguous = [named[-1]], True
            c.reason = (f"{what} names no writer; the sentence calling the note names {', '.join(named)}: read as "
                        f"{named[-1]}, named last.")
        elif SAME_WRITER.search(sentence) and any(k.authors for k in kept):
            last = [k for k in kept if k.authors][-1]
            c.authors, c.ambiguous = list(last.authors[:1]), True
            c.title = None if c.editors else last.title
            c.reason = (f"{what} names no writer; the sentence calling the note speaks of "
                        f"\"{SAME_WRITER.search(sentence).group(0)}\": read as the writer cited last "
                        f"({last.authors[0]}, note {last.note}).")
        elif same_editor:
            c.authors, c.ambiguous = [same_editor[-1]], True
            c.reason = (f"{what} names no writer, nor does the sentence calling the note; {c.editors[0]}'s "
                        f"collection was cited last for {same_editor[-1]}: linked to it.")
        else:
            fragments.append(Fragment(c.chapter, c.note, c.start, c.end, c.text, "unresolved",
                                      f"{what} names no writer, nor does the sentence calling the note: not "
                                      "linked."))
            continue
        kept.append(c)
    return kept
