"""Recognise the citation in a piece of a note (Chicago-style humanities notes).

Each recogniser is a small function that returns a `Citation` or None; `parse_note`
tries them in order on every piece and keeps the rest as commentary or as a detail of
the citation before it (an archive's "Box 5, Folder 6. Diary, February 3, 1989").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .classical import read_classical_forms, writers_named
from .chunks import DATE, DAY, FUNCTION_WORDS, MONTH, TITLE_WORD_THEN_NUMBER, _title_word, document_prefix, has_locator, is_locator, is_prose, read_plain, top_level_chunks
from .conventions import abbreviations, alternation, conventions, pattern, words
from .model import Citation, Fragment
from .documents import read_documents, with_translators, without_labels
from .entries import read_author_date_entries
from .investigations import read_investigation_forms
from .law_reports import read_law_reports
from .parenthesised import blank_edition_between, blank_piece_after_page, unbracket_cited_in
from .reference_lists import blank_words_before_references
from .review_articles import read_review_articles
from .editions import read_editions
from .works_in_prose import read_works_named_in_prose
from .prose_parentheses import read_leading_bare_locator, read_prose_parentheses
from .classical_places import read_classical_places, without_terms_in_italics
from .modern import after_note, body_then_title, person_with_particle, is_body, read_bibliography_entries, read_federal_forms, read_modern, rejoin, suffix_follows
from .names import family, is_corporate, looks_like_names, split_names, trailing_names
from .notes import Note
from .plain_forms import (Reading, _locators, imprint_after, imprint_alone, people, read_author_colon, read_author_full_stop, read_periodical_issue, read_title_first,
                          read_periodical_date, read_title_imprint, read_title_locators, read_title_locators_maker,
                          read_author_in_title,
                          read_title_then_particulars)
from .quotations import ATTRIBUTION, attributions_under_quotations, parse_quotation_by, parse_work_described
from .resolve import SAME_AUTHOR_AS_BEFORE, same_name
from .segment import Piece, _depths, _ends_abbreviation, split_note
from .serials import read_printings_in_prose, read_serial_records

ITALIC = re.compile(r"\*([^*]+)\*")
# an imprint's year, or the words printed for none ("n.d.", "annual issues": conventions.yml)
NO_YEAR = rf"(?:{alternation('imprint_without_year')})"
# a comma or a semicolon printed between an imprint's year and its closing bracket
STRAY_BEFORE_CLOSE = re.compile(r"(?<=\d)[,;]\)")


@lru_cache(maxsize=1)
def _stray_before_suffix() -> re.Pattern:
    """A full stop printed between a name's comma and its suffix ("Peppers, .Jr.")."""
    suffixes = "|".join(re.escape(w.rstrip(".")) for w in conventions()["modern"]["name_suffixes"])
    return re.compile(rf"(,\s*)\.(?=(?:{suffixes})\b)")


PUB_PAREN = re.compile(rf"\s*\((?P<inside>[^()]*?(?:\d{{4}}(?:[–-]\d{{1,2}}(?!\d))?|(?<=[\s,:]){NO_YEAR}))\.?\)")
PINPOINT = re.compile(r",?\s*\b(?:pp?\.)\s*(?P<pages>[\divxlc][\divxlc\s,–\-]*[\divxlc]?-?)\s*,?\s*$", re.I)
BARE_PINPOINT = re.compile(r"\s*,\s*(?P<pages>(?:\d+:)?\d+(?:\s*[–-]\s*\d+)?(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*)\s*[.,]?\s*$")
BARE_PAGES = re.compile(r",\s*(?P<pages>\d[\d\s,–\-]*)\s*,?\s*$")
URL = re.compile(r"https?://\S+?(?=[;,]?\s|[;,]?$|\)\s*$)")
ACCESSED = re.compile(r"\((?:accessed|Accessed)(?: on)? (?P<date>[^)]+)\)"
                      r"|(?<=[,”\"])\s*(?:accessed|Accessed)(?: on)? (?P<bare>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})(?=,)")
HEREAFTER = re.compile(r"\(hereafter (?P<abbr>[^)]+)\)")
# "Radchenko, Op. cit.", "Cox, *op. cit.*", "Pliny, loc. cit.": the author's work cited before
OP_CIT = re.compile(rf"(?P<author>[A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+)?)[,:]?\s*\*?(?i:{alternation('op_cit')})\b\.?\*?")
# "Burnett, Letters of Members of the Continental Congress, op. cit.": the author's work of that title cited before
OP_CIT_TITLED = re.compile(rf"(?:^|(?<=\bin )|(?<=\bsee )|(?<=\bSee )|(?<=[.;] ))(?P<author>[A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+)?),"
                           rf"\s+(?P<title>[*“\"]?[A-Z][^;]*?),\s*\*?(?i:{alternation('op_cit')})\b\.?\*?")
AT_THIS_PLACE = re.compile(rf"^(?:(?i:{alternation('lead_ins')}):?\s+)?(?P<names>[A-Z][\w'’-]+(?:(?:\s+(?:und|and|et|&)\s+|,\s+)"
                           rf"[A-Z][\w'’-]+)*)\s+(?P<loc>(?:{alternation('this_passage')})\.?)(?=[\s,;]|$)")
MY_WORK = re.compile(rf"^(?:(?i:{alternation('lead_ins')}):?\s+)?(?:in\s+)?my\s+\*?(?P<title>[A-ZÄÖÜ][^,;()]*?)\*?,\s*"
                     r"(?P<loc>(?:[ivxlc]+\.?|\d+\.?)?\s*(?:§|pp?\.|s\.|S\.|vol\.).*)$")
MY_MARKED_WORK = re.compile(rf"\b(?:{alternation('own_possessives')})\s+(?P<title>[“\"][A-ZÄÖÜ][^”\";()]*?[,.]?[”\"])[,.]?\s*(?P<loc>(?!\().*)$")  # "in my 'Title,' 1872"
TITLE_EDITED_BY = re.compile(rf"^(?P<title>[A-ZÄÖÜ][^,;()]+?),?\s+(?:ed|edit|hrsg|éd)\.\s+(?P<editor>[A-Z][\w'’-]+)\.?,?\s+"
                             rf"(?P<loc>(?:{alternation('page_words')})\.\s*\d.*)$")
SCRIPTURE = re.compile(rf"(?:[12]\s+)?(?:{alternation('scripture_books')})\.?\s+(?:[ivxlc]+\.\s*\d+|\d+:\d+|[ivxlc]+\.?(?=[,;]|$))")
# Chicago's bare volume and page after a reference: "VII, 274", "vol. II, 365", "III, 328-329"
VOLUME_THEN_PAGE = re.compile(r"(?:[Vv]ol\.\s*)?(?P<volume>[IVXLC]+),\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[–-]\s*\d+)?)")
AND_SO_ON = re.compile(rf"[,\s]+(?:{alternation('and_so_on')})\.?$")
# "Ut sup. s. 77", "Op. cit., p. 5" with no name: the work of the author the annotated sentence names
BARE_OP_CIT = re.compile(rf"^\*?(?i:{alternation('op_cit')})\b\.?\*?,?(?=\s|$)")
# "Ibid.", "*Ibid.,*", "ibid., p. 4", "Id. at 5": the work cited just before
IBID = re.compile(rf"^\*?(?:{alternation('ibid')})\b\.?\*?\.?,?(?=\s|,|$)", re.I)  # "Ibid.,", "*Ibid.,*", "*Ibid*.,"
CITED_IN = pattern("cited_in", r",?\s+\b(?:{}):?\s+", re.I)
COLLECTION = re.compile(r"(?:The\s+)?(?P<name>(?!The\s)(?:[A-Z][\w.'’\-]*\s+){0,2}[A-Z][\w'’\-]+\s+Papers)\b(?!\s+of\b)")
# "Article II, Section 3 of the Constitution", "the first book of the Annals of Tacitus"
DIVISION_OF = re.compile(
    rf"(?P<where>(?i:(?:the\s+(?:{alternation('ordinals')})\s+(?:{alternation('divisions')}))"
    rf"|(?:{alternation('divisions')})\s+[IVXLC\d]+(?:,\s+(?:{alternation('divisions')})\s+[IVXLC\d]+)*))"
    r"\s+of\s+(?:the\s+)?(?P<title>[A-Z][\w’']+(?:\s+[A-Z][\w’']+)*)(?:\s+of\s+(?P<author>[A-Z][\w’']+(?:\s+[A-Z][\w’']+)*))?")
# a part of a work and the work that holds it: "Life of Hadrian, in the Augustan History"; an author and
# the part of his work: "Appian of Alexandria, in the preface to his History of the Roman Wars"
_TITLE = r"[A-Z][\w’']+(?:\s+(?:(?:of|the|and|de)\s+)*[A-Z][\w’']+)*"
# a memoir in a learned society's series or a periodical, by its author: "a Memoir of M. d'Anville, on the
# Province of Dacia, in the Academie des Inscriptions, tom. xxviii. p. 444", "illustrated by M. le Beau, in the ..."
CONTRIBUTION_IN = re.compile(
    rf"\b(?:of|by)\s+(?:(?:{alternation('honorifics')})\s+)?(?P<author>(?:(?:de|le|la|von|van)\s+|d['’])?[A-Z][\w'’-]+"
    rf"(?:\s+[A-Z][\w'’-]+)*),?\s+(?:on\s+[^,]+,\s+)?in\s+the\s+(?P<container>[^,]*\b(?:{alternation('learned_series')})"
    rf"\b[^,]*),\s*(?P<loc>.+)$")
PART_IN_WORK = re.compile(
    rf"^(?:(?P<part>(?i:(?:the\s+)?(?:{alternation('divisions')}))\s+of\s+[A-Z][\w’']+(?:\s+[A-Z][\w’']+)*),\s+in\s+the\s+"
    rf"(?P<title>{_TITLE})"
    rf"|(?P<author>[A-Z][\w’']+(?:\s+(?:of\s+)?[A-Z][\w’']+)*),\s+in\s+(?P<division>the\s+(?i:{alternation('divisions')}))"
    rf"\s+(?:to|of)\s+(?:his|her)\s+(?P<title2>{_TITLE}))$")
# the same in the writer's sentence, the title after words of his: "the profound observations of the late William
# von Humboldt, in the introduction to his posthumously published Essay on the Language of the Island of Java,
# (uber die Kawi-sprache, Berlin, 1836)"
PART_IN_HIS_WORK = re.compile(
    rf"(?P<author>[A-Z][\w’']+(?:\s+(?:(?:{alternation('name_particles')})\s+)?[A-Z][\w’']+)*),\s+in\s+"
    rf"(?P<division>the\s+(?i:{alternation('divisions')}))\s+(?:to|of)\s+(?:his|her)\s+(?:[a-z]+\s+){{0,3}}"
    r"(?P<title>[A-Z][\w’']+(?:\s+(?:(?:of|the|and|de|on|in)\s+)*[A-Z][\w’']+)*)"
    r"(?:,?\s*\((?P<imprint>[^()]*\b(?:1[5-9]|20)\d\d)\))?")
HEREAFTER_ANY = re.compile(rf"[(\[]\s*(?:{alternation('hereafter')})\s+(?P<abbr>[^)\]]+?)[.,]?\s*[)\]]"
                           rf"|,\s*(?:{alternation('hereafter')})\s+(?P<abbr2>[^,;]+?)(?=,|;|$)", re.I)
# a sentence naming the short title later notes use: 'Second Report usually cited as “Children’s ... Report.”'
ALIAS_SENTENCE = re.compile(rf"(?:(?<=[.;]\s)|^)[^.;“\"]*?\b(?i:{alternation('alias_phrases')})\s+"
                            r"(?:“(?P<abbr>[^”]+?)[.,]?”|\"(?P<abbr2>[^\"]+?)[.,]?\")\.?")
SELF_REFERENCE = pattern("self_reference", r"^(?:{})\b")
REVIEW_FORUM = pattern("review_forums", r"\b(?:{})\b")
SAME_AUTHOR = pattern("same_author", r"^(?i:{})(?:[.,]|\.,)?\s+", escape=True)  # "Idem, ", "Ders., "
AVAILABLE = pattern("availability", r"^(?:{})\b")
EDITOR_SIGNATURE = re.compile("|".join(words("editor_signatures")))
EDITOR_SIGLUM = re.compile("|".join(words("editor_sigla")))
INTERNAL = re.compile(r"(?:\b(?:see|See)\s+)?(?:" + "|".join(words("internal_references")) + r")(?:\s+and\b)?", re.I)
EDITOR_START = re.compile(r"(?:eds?|comp|trans)\.,", re.I)
LEAD_COLON = re.compile(r"^(?P<prose>[^:“\"*(]{15,}?):\s+(?=[A-Z“\"*])")
ARCHIVE_WORDS = re.compile(COLLECTION.pattern + "|" + pattern("repositories").pattern)
# "(Boston: Little, 1975)", "(London, 1742)", "(1999)"; not "(1785–1906)" nor "(second half of May 1987)"
# an archive's file or sheet ("d. 12", "l. 45", "ll. 3-5", "Box 5", "Folder 6", "file 2"): below the collection
ORDINAL_NUMBER = r"\d+(?:st|nd|rd|th|d)"
# "Congressional Globe, 41st Cong. 2nd Sess., February 7, 1870, p. 1089": a record of debates by its title and
# session, a work of its own (not a detail of the archival reference before it)
RECORD_BY_SESSION = re.compile(rf"^[A-Z][^,;]*,\s+{ORDINAL_NUMBER}\s+(?:Cong|Sess|Parl)\b")
ITEM_UNIT = re.compile(r"(?:d|l|ll|file|File|Box|box|Folder|folder|Vol|vol|item|Item|Roll|Reel|reel|Container"
                       r"|(?:[A-Z][a-z]+\s+)?Book)\.?\s*\d")  # "Report Book 10", "Letter Book 3": a letter-book
# a file's number in a filing scheme ("023.1/6–3053", "811.00/5–1645", "026 Foreign Relations/1456 1/2"), or a
# decimal file's subject number alone ("811.414", "026 China"); a year ("1950–54 Central Files") is a series' name
FILE_NUMBER = re.compile(r"\d{2,}(?:\.\d+)?(?:\s[A-Z][\w ]*)?/|(?!(?:1[5-9]|20)\d\d\b)\d{2,3}(?:\.\d+)?(?=\s+[A-Z]|\s*$)")
# a publication's imprint: "(London, 1742)", "(1999)", "(Cambridge: Cambridge University Press, 2012; original ... 2004)"
IMPRINT = re.compile(r"\((?:[^()]*[:,]\s*)?(?<![–-])(?:1[5-9]|20)\d\d\)|\([^()]*:\s[^()]*\b(?:1[5-9]|20)\d\d\b[^()]*\)")
PERSON_DOCS = re.compile(r"\b(?:notes|diary|minutes)(?: and the notes)? of (?P<person>(?:[A-Z][\w.'’]*\.?\s?)*"
                         r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)")
INTERVIEW = re.compile(r"\b(?:interviews?|conversations?)\b", re.I)
LEAD_WORD = re.compile(pattern("lead_ins", r"(?:{}):?\s+", re.I).pattern)  # "Compare: Smith, ..."
# "... see X" anywhere in a sentence; the other lead-ins ("Also", "Cf.", "For example,") only at its start
SEE = "|".join(re.escape(w) for w in words("lead_ins") if w.startswith("see"))
LEAD_IN = re.compile(rf"^(?:.*?\b(?:{SEE})(?![\w,])[,:]?\s+|(?:(?:{alternation('lead_ins')}):?\s+)+)", re.I)  # "Vide also"
BY_NAME_IN = re.compile(r"\bby (?:[a-z][\w ]*? )?(?P<name>(?:[A-Z][\w.'’\-]*\s){1,3}[A-Z][\w'’\-]+)\s+in\b"
                        r"(?:\s+(?:his|her|their)\b)?")
WROTE = re.compile(r"^(?P<name>(?:[A-Z][\w.'’\-]*\s){1,3}[A-Z][\w'’\-]+)\s+(?:wrote|began|explored|analyzed)\b")
POSSESSIVE_ACCOUNT = re.compile(r"^(?P<name>(?:[A-Z][\w'’\-]+\s){1,2}?[A-Z][\w'’\-]+)'s (?:account|memoir|diary)\b")
IN_MY = re.compile(r"\bin my\b")
PERIODICAL_AND_DATE = re.compile(r"\s*[A-Z][\w.&'’ ]+,\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})")
QUOTED_COMMA = re.compile(r"[\"“](?P<title>[^;]+?),[\"”]")  # Chicago: "Title," -- may hold inner quotes
QUOTED = re.compile(r"[\"“](?P<title>.+?)(?:,[\"”]|[\"”](?=\s*(?:in:?\s|;|,|\(|$|\*|[A-Z]|(?:1[5-9]|20)\d\d,)))"
                    r"|'(?P<title2>[^']+?)',")  # "'Lec. sur la Phys.' 1866, page 890": its year after it


# A quoted title is shorter than this (articles' and chapters' titles, subtitle included);
# a longer quotation in a note is a passage quoted, and no work is made of it.
QUOTED_TITLE_WORDS = 30
# "Art. 141: “...”", "p. 12: “...”": a locator, then the words it points to
LOCATED = re.compile(r"(?:\d+|[ivxlcdm]+|[IVXLCDM]+|\(\w+\))\s*:$")


def _quoted_passage(title: str | None) -> bool:
    """A "title" that is a long quotation in its quotation marks: a passage, not a work's name."""
    return bool(title) and title[:1] in "“\"'‘" and len(title.split()) > QUOTED_TITLE_WORDS


AUTHOR_BEFORE_QUOTED = re.compile(r"(?:^|[;:]\s*|\b(?:and|[Cc]ompare|[Ss]ee(?:\s+also)?|[Cc]f\.)\s+)"
                                  r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},$")


def _title_case(words: str) -> bool:
    """Most words that are no function words open with a capital: a title, not a sentence."""
    content = [w for w in re.findall(r"[^\W\d_][\w'’-]*", words) if w.lower() not in FUNCTION_WORDS and len(w) > 3]
    return bool(content) and len(content) <= 12 and sum(w[0].isupper() for w in content) * 4 >= len(content) * 3


def find_quoted(text: str):
    """A quoted title, Chicago style: after 'Author,' or 'in' or 'and', or at the start, or
    followed by its periodical and date (“Turmoil Inside the State Department,” U.S. News and
    World Report, December 18, 1953); not a quoted word in prose."""
    for first in QUOTED.finditer(text):
        before = text[: first.start()].rstrip()
        dated = PERIODICAL_AND_DATE.match(text, first.end())
        if before and not (before.endswith((",", ":")) or re.search(r"\b(?:in|and):?$", before) or dated):
            continue
        comma = QUOTED_COMMA.match(text, first.start())
        found = comma if comma else first
        if re.search(r"[.!?]['’]?$", found.group("title") or "") and not text[found.end():].strip(" .,;") \
                and not (AUTHOR_BEFORE_QUOTED.search(before) and _title_case(found.group("title") or "")):
            continue  # a quotation closing the sentence ("… to Great Britain."), not a title ('Logan, "History of
            # Upper South Carolina."' is one: an author's name and a comma before words in title case)
        if ATTRIBUTION.match(text, found.end()):
            continue  # "“Illness,” says a good Catholic writer": a quotation and who said it
        if len((found.group("title") or "").split()) > QUOTED_TITLE_WORDS or LOCATED.search(before):
            continue  # a passage quoted (from the work a locator points into), not a title
        return found
    return None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip(" ,.;:")
    return text or None


# a publisher's series and the book's number in it, printed after the title: "..., Historical Handbook Series No. 17"
SERIES_AT_END = pattern("series_words", r",\s+(?P<series>(?:[A-Z][\w’'.&-]*\s+(?:(?:of|the|and|for|on|in)\s+)*)+(?:{}),?"
                        r"\s+(?:No\.|no\.|Nr\.|Number|Vol\.|vol\.)\s*[\dIVXL]+)$")
REPRINTED = pattern("later_printings", r",\s*(?:{})\s+(?:1[5-9]|20)\d\d\s*$", re.I)


def _pub(inside: str) -> dict:
    """'(Moscow: Istlit, 2016)' -> place, publisher, year; '(Plymouth, Lexington Books, 2010)' too.
    After a semicolon comes a note on the edition ("...; first published 1999"), not the imprint."""
    first = inside.split(";")[0]
    inside = first if re.search(r"\d{4}\s*$", first) else inside
    inside = REPRINTED.sub("", inside)  # "(Washington, 1954, revised 1956)": the first printing's imprint
    dated = re.search(r"(\d{4}(?:\s*[–-]\s*\d{1,4})?)\s*$", inside)  # "1904-1937", "1853–4": a work in volumes
    code = re.search(r"\d[\d-]*-\d+\s*$", inside)  # a printer's code ("GPO, 1987-721-732-60330"): no year
    if code and (not dated or code.start() < dated.start(1)) and not re.fullmatch(r"\d{4}\s*[–-]\s*\d{2,4}\s*", code.group(0)):
        year, body = None, inside[: code.start()].strip(" ,")
    else:
        year = dated.group(1) if dated else None
        body = inside[: dated.start(1) if dated else re.search(rf"{NO_YEAR}\s*$", inside).start()].strip(" ,")
    body = re.sub(rf",?\s*{MONTH}\.?(?:\s+\d{{1,2}})?$", "", body)  # "(War Production Board, October 9, 1945)": a day, no place
    if ":" in body:
        place, _, publisher = body.partition(":")
    elif body.count(",") >= 1 and not re.search(r"\b(?:Press|Books|Ltd|Inc)\b", body.split(",")[0]):
        place, _, publisher = body.partition(",")
    else:
        place, publisher = "", body
    return {"place": _clean(place), "publisher": _clean(publisher), "year": year}


def _pinpoint(text: str) -> tuple[str, str | None]:
    match = PINPOINT.search(text)
    if match:
        return text[: match.start()], match.group("pages").strip(" ,")
    return text, None


def _strip_lead(text: str) -> tuple[str, dict]:
    """Take off prose before the reference; keep what it says about the author."""
    found: dict = {}
    for pattern in (WROTE, POSSESSIVE_ACCOUNT):
        match = pattern.search(text)
        if match:
            found["authors"] = split_names(match.group("name"))[0]
    match = BY_NAME_IN.search(text)
    if match:
        found["authors"] = split_names(match.group("name"))[0]
        return text[match.end():].strip(" :"), found
    if IN_MY.search(text):
        found["my"] = True
        return text[IN_MY.search(text).end():].strip(" :"), found
    for marker in (" in: ", " in his ", " in her ", " in their "):
        if marker in text and (found or text.lower().startswith(("see ", "the evidence", "more on"))):
            return text.split(marker, 1)[1], found
    if found.get("authors") and "," in text:  # "Stephen Hanson wrote ... new thinking, "Title"..."
        quote = QUOTED.search(text)
        if quote:
            return text[quote.start():], found
    match = LEAD_IN.match(text)
    if match and match.end() < len(text):
        rest = text[match.end():]
        inner = re.search(r"\b(?:see|in):?\s+(?=[A-Z\"*'])", rest)
        return (rest[inner.end():] if inner and not ITALIC.match(rest) and not looks_like_names(rest.split(",")[0])
                else rest), found
    return text, found


NAME_IN_LIST = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
MORE_AUTHORS = re.compile(rf"(?P<names>(?:{NAME_IN_LIST},\s+)*and\s+{NAME_IN_LIST}(?:,\s+eds?\.)?),\s+(?=\S)")
BOUNDARY = re.compile(r"(?:,|(?<![\s.][A-Z])(?<!^[A-Z])\.)\s+(?=[A-Z0-9\"'])")


def _split_author_title(head: str) -> tuple[list[str], list[str], str | None]:
    """'Xiaoming Zhang, Deng Xiaoping's Long War' -> authors, editors, title (non-italic).

    The first boundary (a comma, or a full stop that does not end an initial) with names
    before it and no 'with'/'and' after it separates the author from the title.
    """
    head = re.sub(r",\s+(?:editor|compiler)(s?)(?=,\s)", lambda m: f", ed{m.group(1)}.", head)  # the word in full
    head = re.sub(r"^([^,()]+?)\s+\(with\s+([^()]+)\)(?=,\s)", r"\1 and \2", head)  # "Stapleton (with McCready),": a co-author
    body = body_then_title(head) or person_with_particle(head)
    if body:  # "Industrial College of the Armed Forces, Title", "Martin van Creveld, Title" (modern.py)
        return split_names(body[0])[0] if person_with_particle(head) else [body[0]], [], _clean(body[1])
    for match in BOUNDARY.finditer(head):
        names, rest = head[: match.start()], head[match.end():]
        if match.group(0).startswith(",") and suffix_follows(rest):
            continue  # "Frederick P. Brooks, Jr., Title": the suffix is the name's (modern.py)
        if match.group(0).startswith(",") and is_corporate(names) and " of " in names and rest.strip():
            return [names.strip()], [], _clean(rest)  # "Royal Institute of International Affairs, Survey of ..."
        if looks_like_names(names) and rest.strip() and not re.match(r"(?:with|and)\b", rest):
            more = MORE_AUTHORS.match(rest)  # "Sergei N. Goncharov, John W. Lewis, and Xue Litai, Title"
            if more:
                names, rest = f"{names}, {more.group('names')}", rest[more.end():]
            people, editors, _ = split_names(names)
            return ([] if editors else people), (people if editors else []), _clean(rest)
    if looks_like_names(head):
        people, editors, _ = split_names(head)
        return ([] if editors else people), (people if editors else []), None
    return [], [], _clean(head)


TITLE_NAMED = pattern("title_introducers", r"(?:,\s*)?\b(?:{}):?\s+(?=[“\"*]?[A-Z0-9])")
TITLE_OPENS_NOTE = pattern("title_introducers", r"^(?i:{}):?\s+(?P<title>[“\"*]?[A-Z][^,;()]*?)[.]?$")
MAKER_BEFORE_TITLE = re.compile(r"\bby\s+(?:the\s+)?(?P<maker>[A-Z][^;]*?)\s*,?\s*$")
CLOSING_QUOTE = re.compile(r"[”\"’][.,;:]?$")


def _reference_in_prose(head: str) -> tuple[list[str], str | None, str] | None:
    """The reference a sentence of the writer's carries before its imprint: "..., the name was changed to the
    “Committee for Foreign Affairs,” Journals of the Continental Congress, 1774-1789 (Washington, 1904-1937)",
    "... discussed in a work by Robert Fortenbaugh entitled The Nine Capitols of the United States (York, Pa.,
    1948)". Authors, a corporate maker (a body, not a person: the publisher), and the title; None when the head
    is no prose. The title is the one named after "entitled" (conventions.yml title_introducers), else the run of
    a title's words (capitalised words, small words, numbers) that ends at the imprint, bounded on the left by
    prose: a lower-case word, a closing quotation mark, the end of a sentence."""
    head = head.strip(" ,")
    if not is_prose(head):
        return None
    named = list(TITLE_NAMED.finditer(head))
    if named:
        title = _clean(head[named[-1].end():])
        maker = MAKER_BEFORE_TITLE.search(head[: named[-1].start()])
        who = maker.group("maker").strip(" ,") if maker else ""
        if who and looks_like_names(who):
            return split_names(who)[0], title, ""
        return [], title, who
    tokens = list(re.finditer(r"\S+", head))
    start = None
    for token in reversed(tokens):
        word = token.group(0)
        bare = word.strip(",;:()")
        sentence_end = re.search(r"[a-z]{2}[.!?]$", word) and word.rstrip(".!?") not in abbreviations() \
            and word.rstrip(".!?").lower() not in abbreviations()
        if CLOSING_QUOTE.search(word) or (start is not None and sentence_end):
            break  # "... Affairs,” Journals ...", "... was built. Journals ...": prose ends there
        if not (bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in FUNCTION_WORDS):
            if word.endswith(","):  # "..., 3rd ed., revised and enlarged, Vol. I": an element of the reference
                return None
            break
        start = token.start()
    if start is None:
        return None
    prose, run = head[:start], head[start:]
    capitals = len(re.findall(r"(?<![\w’'])[A-Z]", prose))
    if _prose_words(prose) < 3 or _prose_words(prose) * 2 < capitals:
        return None  # "... Memories of Events ..., with Sketches of Prominent Actors during these Periods": a long title
    run = re.sub(rf"^(?:(?:{'|'.join(sorted(FUNCTION_WORDS))})\s+)+", "", run)
    if not re.search(r"[A-Z][a-z]", run) or run == head:
        return None
    authors, editors, title = _split_author_title(run)
    return authors or editors, title, ""


def _people(text: str) -> tuple[list[str], list[str]]:
    text = re.sub(r"(?<=\w)['’]s\s*$", "", text.strip())  # "Howe's *Historical Collections*": Howe's work
    if is_corporate(text):  # "Office of the Historian, “Title,” ...": a body as author, as printed
        return [text.strip(" ,.")], []
    if not looks_like_names(text):
        text = trailing_names(text)  # "More on this in Vladislav Zubok," -> the name
    if not text.strip(" ,.:") or not looks_like_names(text):
        return [], []
    people, editors, _ = split_names(text)
    return ([] if editors else people), (people if editors else [])


def _documentary_series(text: str) -> tuple[str, str] | None:
    """A volume of a documentary series that is cited as one work (conventions.yml): its
    name as the edition files it, and the volume's designation and locator as printed."""
    for series in conventions()["documentary_series"]:
        for printed in sorted(series["printed"], key=len, reverse=True):
            if re.match(rf"{re.escape(printed)}(?=[,:;.]|\s|$)", text) \
                    and not is_prose(re.split(r"[,:;]", text[len(printed):])[0]):  # not "FRUS has been published ..."
                return series["title"], text[len(printed):].lstrip(" ,:;")
    return None


DATE_ALONE = re.compile(rf"^(?:(?:on|in|of)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th|d)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th|d)?)\.?$")


def parse_reference(text: str, base: Citation) -> Citation | None:
    """A full or short reference to a publication (book, chapter, article, paper, web page)."""
    colon = LEAD_COLON.match(text)
    said = _strip_lead(text)[1]  # what the prose says of the author ("Zhao Ziyang's account ..., in: *Title*")
    led = _strip_lead(colon.group("prose"))[0] if colon else ""
    if colon and is_prose(colon.group("prose"), first=False) and not (led != colon.group("prose") and led[:1].isupper()):
        # "Documents ... include: <reference>"; not "See the report in <Title>: <Subtitle>", a lead-in to the title
        text = text[colon.end():]
    body, lead = _strip_lead(text)
    lead = lead or said
    periodical = read_periodical_issue(body) if body != text else None
    if periodical:  # "...--See the *Southern Workman*, xxxvii, pp. 486-489": after the writer's prose
        return _from_reading(periodical, base)
    issuer = re.match(r"^(?P<body>[^,]+),\s+", body)
    series = _documentary_series(body) or (_documentary_series(body[issuer.end():])
                                           if issuer and is_corporate(issuer.group("body")) else None)
    if series:  # "Department of State, Foreign Relations of the United States, 1955–1957, vol. XXIV": the issuer aside  # "Papers Relating to the Foreign Relations of the United States, 1919, ..., vol. I, p. IV"
        title, rest = series
        c = base
        c.title, c.kind, c.form = title, "book", "short"
        c.pinpoint = _clean(rest) or None
        return c
    c = _parse_reference_body(body, base)
    if c is not None and _quoted_passage(c.title):
        return None  # a passage the note quotes, then where it comes from: no work is made of the passage
    if c is not None and c.title and DATE_ALONE.match(c.title) and not re.search(r"[“\"*]", c.text):
        return None  # "... a Lecture ... delivered in the John Rylands Library, on 9 February, 1916": when, no title
    if c is not None and not c.authors and not (c.kind == "edited-book" and c.editors):
        if lead.get("authors"):
            c.authors = lead["authors"]
        elif lead.get("my"):
            c.authors = ["@chapter-author"]
    return c


def _parse_reference_body(body: str, base: Citation) -> Citation | None:
    c = base
    accessed = ACCESSED.search(body)
    if accessed:
        c.accessed = (accessed.group("date") or accessed.group("bare")).strip()
        body = body[: accessed.start()] + body[accessed.end():]
    url = URL.search(body)
    if url:
        c.url = url.group(0).rstrip(".,;)")
        body = (body[: url.start()] + body[url.end():]).replace("accessed at", "").replace("at:", "")
    body, c.pinpoint = _pinpoint(body.strip(" ,;"))
    italics = list(ITALIC.finditer(body))
    quoted = find_quoted(body)
    pub = list(PUB_PAREN.finditer(body))

    if quoted and (not italics or quoted.start() < italics[0].start()):
        c.title = _clean(quoted.group("title") or quoted.group("title2"))
        c.authors, c.editors = _people(body[: quoted.start()])
        after = body[quoted.end():].strip(" ,")
        if re.match(r"in:?\s", after) or after.startswith("in:"):
            c.kind = "chapter"
            after = re.sub(r"^in:?\s*", "", after)
            italic = ITALIC.search(after)
            plain_book = None if italic else BOOK_IN_PLAIN.match(after)
            if italic or plain_book:
                if italic:
                    who = after[: italic.start()]
                    names, editors = _people(who)
                    c.editors = editors or (names if re.search(r"\beds?\b", who) else [])
                    c.container_authors = [] if c.editors else names
                    c.container = _clean(italic.group(1))
                    tail = after[italic.end():]
                else:  # "in The Cambridge History of the Cold War, ed. Melvyn P. Leffler and Odd Arne Westad (...)"
                    c.container = _clean(plain_book.group("book"))
                    c.editors = split_names(plain_book.group("editors"))[0] if plain_book.group("editors") else []
                    tail = after[plain_book.end("book"):]
                vol = re.search(r"\bVol(?:ume)?\.?\s*([\dIVX]+)|\bvol\.\s*(\d+)", tail)
                if vol and not re.search(r"\d+ vols", tail[: vol.start()]):
                    c.volume = vol.group(1) or vol.group(2)
                elif vol:
                    c.volume = vol.group(2) or vol.group(1)
                series = re.match(r"\s*([A-Z][^()]*?Series)\s*\(", tail)
                if series:
                    c.series = series.group(1)
                paren = PUB_PAREN.search(tail)
                if paren:
                    c.__dict__.update(_pub(paren.group("inside")))
                pages = re.search(r"(?:pp?\.\s*)?(\d+)\s*[–-]\s*(\d+)\s*$", tail.strip(" ,."))
                if pages and not c.pinpoint:
                    c.pages = f"{pages.group(1)}-{pages.group(2)}"
                elif not c.pinpoint:
                    bare = BARE_PAGES.search(tail)
                    c.pinpoint = bare.group("pages").strip() if bare else None
            return c
        book = re.fullmatch(r"(?P<book>[A-Z][^()]+?)(?:,\s*(?P<volume>(?:Volume|Vol\.|vol\.)\s*[\dIVXLC]+))?"
                            r"\s*\((?P<imprint>[^()]*\b(?:1[5-9]|20)\d\d)\)(?:,\s*(?:pp?\.\s*)?(?P<page>\d+(?:\s*[–-]\s*\d+)?))?\.?",
                            after)
        if book and not c.url and not ITALIC.search(after):
            # "“Paris Under the German Menace,” The Times History of the War, Volume II (London: 1915), 440.": a
            # titled part of a book with its imprint, printed without "in"
            c.kind, c.container, c.volume = "chapter", _clean(book.group("book")), book.group("volume")
            c.__dict__.update(_pub(book.group("imprint")))
            c.pinpoint = c.pinpoint or book.group("page")
            return c
        locator = re.match(r"(?:pp?\.\s*)?(?P<pages>(?:\d+:)?\d+(?:\s*[–-]\s*\d+)?|(?<=\.\s)[ivxlc]+(?:\s*[–-]\s*[ivxlc]+)?)"
                           r"(?=\s*(?:[,;.]|$))", after)
        volume = re.match(r"(?P<volume>[ivxlc]+|[IVXLC]+)(?:,\s*(?P<loc>(?:pp?\.\s*)?[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?"
                          r"(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*(?:\s+ff?\.)?|chs?\.\s*[ivxlc]+(?:\s*[–-]\s*[ivxlc]+)?))?"
                          r"(?=\s*(?:[,;.]|$))", after)
        if volume and not c.url:  # 'Logan, "History of Upper South Carolina," i, pp. 149-151', '..., ii, ch. i': a
            c.form, c.volume = "short", volume.group("volume")  # short title by its volume, as 19th-c. notes print it
            c.pinpoint = re.sub(r"^pp?\.\s*", "", volume.group("loc")) if volume.group("loc") else c.pinpoint
            return c
        if locator and not c.url:  # 'Leopold, "The Foreign Relations Series," p. 596, and ...': a short title
            c.form, c.pinpoint = "short", c.pinpoint or locator.group("pages")
            return c
        if re.search(r"Working Paper", after, re.I):
            c.kind = "working-paper"
            c.container = _clean(re.search(r"[^,]*Working Paper[^,]*", after).group(0))
            date = re.match(r"([A-Z][a-z]+ \d{4})", after)
            c.year = re.search(r"\d{4}", after).group(0) if re.search(r"\d{4}", after) else None
            c.date = date.group(1) if date else None
            return c
        if re.search(r"\bpapers? (?:presented )?at the conference\b", after):
            c.kind = "conference-paper"
            return c
        italic = ITALIC.match(after)
        journal = italic.group(1) if italic else None
        rest = after[italic.end():] if italic else after
        if not italic:
            plain = re.match(r"(?P<j>[A-Z][^,\d]+?),?\s+(?=\d+, no\.|\d+(?:\.\d+)?\s*\(|\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}"
                             r"|[A-Z][a-z]+,? \d{4})", after)  # "74.2 (Spring 2000)", "November 1929": a periodical
            journal = plain.group("j") if plain else None
            rest = after[plain.end():] if plain else after
        if journal and re.match(r"\s*[A-Z][a-z]+ \d{1,2}, \d{4}", rest):
            c.kind, c.container = "newspaper", _clean(journal)
            c.date = re.match(r"\s*([A-Z][a-z]+ \d{1,2}, \d{4})", rest).group(1)
            c.year = c.date[-4:]
            page = re.fullmatch(r"\s*[A-Z][a-z]+ \d{1,2}, \d{4},\s*(?P<page>[A-Z]?\d+)\.?\s*", rest)
            c.pinpoint = c.pinpoint or (page.group("page") if page else None)  # "..., October 5, 1957, 1."
            return c
        details = _journal_details(rest)
        if journal and (italic or details["volume"] or details["issue"]) and details["year"]:
            c.kind, c.container = "article", _clean(journal)
            c.volume, c.issue, c.year, c.date, c.pages = (details[k] for k in ("volume", "issue", "year", "date",
                                                                                "pages"))
            if c.pinpoint and not c.pages and re.search(r"\bpp\.\s*" + re.escape(c.pinpoint), c.text):
                c.pages, c.pinpoint = c.pinpoint.replace("–", "-"), None  # "pp. 183-203": the article's extent
            return c
        if c.url:
            c.kind = "web"
            c.container = _clean(after) or None
            return c
        c.kind = "conference-paper" if re.search(r"\bconference\b", after) else ("article" if journal else "web")
        if c.kind == "article" and re.fullmatch(rf"\s*,?\s*{MONTH},? \d{{4}}[.,]?\s*", rest):
            c.container, c.year = _clean(journal), details["year"]  # "World’s Work, November 1929": a monthly
        c.form = "short" if not after.strip() else c.form
        if not after.strip():
            c.kind = "book"  # refined by resolution
        return c

    if pub:
        paren = pub[-1] if not italics else next((p for p in pub if p.start() >= italics[0].start()), pub[-1])
        head = body[: paren.start()]
        c.__dict__.update(_pub(paren.group("inside")))
        bare = BARE_PINPOINT.match(body[paren.end():])
        after_imprint = body[paren.end():].strip(" ,.")
        if bare and not c.pinpoint:  # "(New York: Penguin, 2005), 45": Chicago's page without "p."
            c.pinpoint = bare.group("pages")
        elif not c.pinpoint and after_imprint and is_locator(after_imprint.split(",")[0]):
            c.pinpoint = _pages_only(after_imprint)  # "(Ausg. Frankfurt und Leipzig, 1800), 1tes Bändchen, ..."
        volume = VOLUME_THEN_PAGE.fullmatch(c.pinpoint or "")
        if volume and not c.volume:  # "(Washington, 1904-1937), VII, 274", "(Boston, 1850), vol. II, 365"
            c.volume, c.pinpoint = volume.group("volume"), volume.group("pages")
        italic_in_head = [m for m in ITALIC.finditer(head)]
        if italic_in_head:
            first = italic_in_head[0]
            title = italic_in_head[0].group(1).strip()
            for previous, following in zip(italic_in_head, italic_in_head[1:]):
                title += head[previous.end():following.start()].rstrip() + " " + following.group(1).strip()
            before, after = head[: first.start()], head[italic_in_head[-1].end():]
            before_text = before.strip(" ,")
            prefix = re.match(r"^(?P<names>.+?),\s+(?P<title>[^,]+?[a-z]{3,}\.)$", before_text)
            if prefix and looks_like_names(prefix.group("names")):  # "Christopher Marsh, Unparalleled Reforms."
                authors, editors, _ = _split_author_title(prefix.group("names"))
                lead_title = prefix.group("title").rstrip(".")
            elif looks_like_names(before_text) or not before_text:
                authors, editors = _people(before_text) if before_text else ([], [])
                lead_title = None
            else:
                authors, editors, lead_title = _split_author_title(before_text)
            if lead_title and (prefix or not looks_like_names(lead_title)):  # "Unparalleled Reforms. *China's Rise*"
                title = f"{lead_title}. {title}" if not lead_title.endswith(".") else f"{lead_title} {title}"
            continuation = after.strip(" ,")
            vol = re.search(r"\bvol(?:ume)?\.?\s*(\d+)", continuation, re.I)
            if vol:
                c.volume = vol.group(1)
            elif continuation and not re.search(r"\d+ vols|Series", continuation):
                title = f"{title.rstrip()} {continuation}"
            c.title = _clean(title)
            c.authors, c.editors = authors, editors
        elif not body_then_title(head.strip(" ,")) and _reference_in_prose(head):  # "..., Journals of the Continental
            # Congress, 1774-1789 (Washington, 1904)"; not "Director of the ... Division, Title (...)" (modern.py)
            c.authors, c.title, maker = _reference_in_prose(head)
            if maker:  # a body that issued the work: its publisher; "(Washington, 1967)" then names the place
                c.place, c.publisher = c.place or c.publisher, maker
        else:
            authors, editors, title = _split_author_title(head.strip(" ,"))
            plain = read_plain(head.strip(" ,"))
            if plain and plain.title and (plain.edited or plain.pinpoint or not title or EDITOR_START.match(title)):
                people = split_names(plain.authors)[0] if plain.authors else []
                authors, editors = ([], people) if plain.edited else (people, [])
                title = plain.title
                vol = re.search(r"\b[Vv]ol(?:ume)?\.?\s*([\dIVXLivxl]+)", plain.pinpoint or "")
                c.volume = vol.group(1) if vol else None
            else:
                vol = re.search(r",\s*vol\.\s*(\d+)\s*$", title or "", re.I)
                if vol:
                    c.volume, title = vol.group(1), title[: vol.start()]
            c.title, c.authors, c.editors = _clean(title), authors, editors
        series = SERIES_AT_END.search(c.title or "")
        if series and series.start():  # "..., National Park Service Historical Handbook Series No. 17 (Washington, 1954)"
            c.title, c.series = _clean(c.title[: series.start()]), _clean(series.group("series"))
        c.kind = "edited-book" if c.editors and not c.authors else "book"
        if not c.title:
            return None
    elif c.url and not italics:  # "Department of State, Office of the Historian website URL": the site alone
        c.kind, c.container, c.title = "web", _clean(body), None
        c.form = "full"
        return c if c.container else None
    elif italics:
        first = italics[0]
        before = body[: first.start()].strip(" ,.")
        c.authors, c.editors = _people(before)
        c.title = _clean(first.group(1))
        after = body[first.end():].strip(" ,")
        vol = re.search(r"\bVol(?:ume)?\.?\s*([\dIVX]+)", after)
        if vol:
            c.volume = vol.group(1)
            bare = BARE_PAGES.search(after)
            if bare and not c.pinpoint:
                c.pinpoint = f"Vol. {c.volume}, {bare.group('pages').strip()}"
        elif not c.pinpoint and re.fullmatch(r"\d+(?:\s*[–-]\s*\d+)?(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*", after.strip(" .")):
            c.pinpoint = after.strip(" .")  # "Strachey, *Queen Victoria*, 50": Chicago's page without "p."
        c.form = "short"
    else:
        plain = read_plain(c.text[c.text.find(body):] if body in c.text else body) if has_locator(c.text) else None
        if plain and plain.title and not plain.authors and re.fullmatch(MONTH, plain.title.strip()):
            return None  # "... till the eleventh of November, 1842": a date in the writer's prose, no title
        if plain:
            people = ([plain.authors] if plain.as_printed else split_names(plain.authors)[0]) if plain.authors else []
            c.authors, c.editors = ([], people) if plain.edited else (people, [])
            c.title, c.pinpoint = _clean(plain.title), _pages_only((plain.pinpoint or "").strip() or None)
            held = HELD_IN_COLLECTION.fullmatch(c.pinpoint or "")
            if held:  # "The Reminiscences of ..., January–March 1952, 57, in the Columbia Center for Oral History
                # Collection": the page, then the collection that holds the transcript
                c.pinpoint, c.container = held.group("page"), _clean(held.group("collection"))
                dated = re.search(rf",\s*(?:{MONTH}(?:\s*[–-]\s*{MONTH})?\s+)?(?P<year>(?:1[5-9]|20)\d\d)$", c.title or "")
                if dated:
                    c.title, c.year = c.title[: dated.start()], dated.group("year")
                c.year = c.year or held.group("year")  # "May 1960, 12, in ...": the date read as a locator
            c.title = re.sub(r"^in (?:his|her|their) (?=[A-Z])", "", c.title or "") or None  # "Lecky, in his History ..."
            c.form = "full" if held else "short"
            vol = re.search(r"\b[Vv]ol(?:ume)?\.?\s*([\dIVXLivxl]+)", plain.pinpoint or "")
            c.volume = vol.group(1) if vol else None
            imprint = re.search(r"(?:\b(?P<year>(?:1[5-9]|20)\d\d)\s*)?\((?P<place>[^():]+):\s*(?P<publisher>[^()]+)\)",
                                plain.pinpoint or "")
            if imprint:  # "Vol. IV, 1851 (New York: John F. Trow), pp. 494–495": a full reference
                c.form, c.place, c.publisher = "full", imprint.group("place").strip(), imprint.group("publisher").strip()
                c.year = imprint.group("year")
                c.pinpoint = _pages_only(_clean(plain.pinpoint[imprint.end():]))
            return c if (c.title or c.authors) else None
        if has_locator(c.text) and not ITALIC.search(body):
            return None  # a sentence of prose with a number in it
        authors, editors, title = _split_author_title(body.strip(" ,"))
        if not title:
            return None
        c.authors, c.editors, c.title = authors, editors, title
        c.form = "short"
    return c


def _quoted_source_alone(piece: Piece, base) -> list[Citation]:
    """"Seyfferlitz, quoted by Brehm", "Handbuch für Jäger und Jagdberechtigte, quoted by Brehm": the source a
    later work quotes, named alone (no locator of its own): a writer's name, or a title (its capitalised words
    joined by a title's small words); never prose. Known only at second hand: the citation says so."""
    text = piece.text.strip(" ,;")
    lead = LEAD_WORD.match(text)
    text = text[lead.end():] if lead else text
    if not text or is_prose(text) or not text[:1].isupper() or len(text.split()) > 8:
        return []
    if all(looks_like_names(side) for side in re.split(r"\s+to\s+", text, maxsplit=1)) and " to " in text:
        return []  # "Richard Humphrey to Francis Russell, quoted in ...": a letter, a document of the work after it
    c = base()
    c.form, c.kind = "short", "book"
    if looks_like_names(text) and not any(_title_word(w) for w in text.split()) \
            and text.split()[0] not in conventions()["not_names"]:
        c.authors = [text]
    elif re.fullmatch(TITLE_IN_ROMAN, text):
        c.title = text
    else:
        return []
    c.start, c.end = piece.start + piece.text.find(text), piece.start + piece.text.find(text) + len(text)
    c.reason = "a source known at second hand: cited as quoted by the work after it"
    return [c]


QUOTED_BY = pattern("cited_in", r"^(?i:{}):?\s+")


def parse_older_form(text: str, base_factory) -> Citation | None:
    """A reference in one of the older forms of plain_forms.py: a periodical by its issue, a title then its
    maker ("... edited by L.J. Jennings, I, 155"), an author and a colon ("H. W. Dresser: Voices of Freedom,
    46"). "Quoted by Lejeune: <reference>" at the start of a note: the work that quotes the text's words."""
    lead = LEAD_WORD.match(text)
    body = text[lead.end():] if lead else text
    quoted_by = QUOTED_BY.match(body)
    body = body[quoted_by.end():] if quoted_by else body
    if _documentary_series(body):
        return None  # a volume of a documentary series, cited as the series (parse_reference)
    reading = read_periodical_date(body) or read_periodical_issue(body) or read_title_first(body) \
        or read_title_locators_maker(body) or read_author_colon(body) \
        or read_author_full_stop(body) or read_title_imprint(body) or read_title_locators(body)
    return _from_reading(reading, base_factory()) if reading else None


def _from_reading(reading, c: Citation) -> Citation:
    """The citation of a reference read whole by one of plain_forms.py's readers."""
    c.title, c.container, c.volume, c.issue = reading.title, reading.container, reading.volume, reading.issue
    c.place, c.publisher, c.year, c.pinpoint = reading.place, reading.publisher, reading.year, reading.pinpoint
    c.authors, c.editors = ([], reading.people) if reading.editors else (reading.people, reading.translators)
    if reading.title is None:
        c.kind = "article"  # an untitled item of a periodical
    elif reading.container:
        c.kind = "chapter"
    else:
        c.kind = "edited-book" if reading.editors else "book"
    c.form = "full" if reading.imprint else "short"
    return c


@lru_cache(maxsize=1)
def _law() -> re.Pattern:
    """A law by its kind and number ("Public Law 93–559"), or a law or treaty series by volume and page."""
    return re.compile(rf"(?P<statute>(?:{alternation('statutes')})\s+\d+(?:[–-]\d+)?)"
                      rf"|(?P<volume>\d+)\s+(?P<series>{alternation('law_series')})\s+(?P<page>\d+)")


@lru_cache(maxsize=1)
def _report_title() -> re.Pattern:
    """The title of a public body's report: it begins with a report word and a preposition ("Fifth Annual
    Report of the ..."), or ends with a public body's report ("Factories’ Inquiry Commission’s Reports")."""
    reports, bodies = alternation("report_words"), alternation("public_bodies")
    return re.compile(rf"^(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){{0,3}}(?:{reports})\s+(?:of|on|from|upon|to)\s+(?:the\s+)?[A-Z]"
                      rf"|^[A-Z][^,;:]*\b(?:{bodies})(?:['’]s?|s['’])\s+(?:{reports})$")


@lru_cache(maxsize=1)
def _report_part() -> re.Pattern:
    """A part of the report just cited, printed after it: "First and Second Reports", "Second Report, 1843",
    "Appendix", "App. Part II"."""
    return re.compile(rf"^(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+(?:and\s+[A-Z][a-z]+\s+)?)?"
                      rf"(?:{alternation('report_parts')})(?:\s+[\dIVXivx]+)?(?:,\s*(?:1[5-9]|20)\d\d)?\.?$")


def _sentence_end(text: str) -> int | None:
    """Where the first sentence of a reference ends (a full stop that ends no abbreviation), or None."""
    for stop in re.finditer(r"\.\s+(?=[A-Z])", text):
        if not _ends_abbreviation(text[: stop.start() + 1]):
            return stop.start()
    return None


def parse_report(text: str, base_factory) -> Citation | None:
    """'Report of Commission of Inquiry Into the State of Large Towns and Populous Districts. First Report,
    1844': a public body's report, cited by its title with no author, then the part cited and its year."""
    if ITALIC.search(text) or find_quoted(text):
        return None
    end = _sentence_end(text)
    head, rest = (text[:end], text[end + 1:].strip()) if end is not None else (text, "")
    chunks = top_level_chunks(head)
    title_end = next((i for i, (_, chunk) in enumerate(chunks) if i and is_locator(chunk)), len(chunks))
    if not _report_title().search(" ".join(chunk for _, chunk in chunks[:title_end])):
        title_end = 1  # "Factories’ Inquiry Commission’s Reports, 3rd vol. Report of Dr. Hawkins": the title alone
    title = head[: chunks[title_end][0]].strip(" ,") if title_end < len(chunks) else head.strip(" ,.")
    if not _report_title().search(title) or is_prose(title):
        return None
    located = ", ".join(chunk for _, chunk in chunks[title_end:])
    c = base_factory()
    dated = re.search(r"\s+(?:of|for|in)\s+(?P<year>(?:1[5-9]|20)\d\d)$", title)  # "Commission of 1832"
    c.kind, c.title = "book", _clean(title[: dated.start()] if dated else title)
    c.pinpoint = _clean(re.sub(r"\s+", " ", ", ".join(p for p in (located, rest) if p.strip()))) or None
    years = set(YEAR_IN.findall(rest)) | ({dated.group("year")} if dated else set())
    c.year = years.pop() if len(years) == 1 else None
    c.form = "full" if c.year else "short"
    return c


YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
WHO = r"(?P<who>(?:(?:the\s+)?[A-Z][\w'’.-]*\.?\s+){0,3}[A-Z][\w'’-]+)"


@lru_cache(maxsize=1)
def _paper_read() -> re.Pattern:
    nouns = alternation("work_nouns") + "|address|speech|communication|report"
    return re.compile(rf"^{WHO}\s*,?\s+in\s+(?:an?|his|her|their)\s+(?:[a-z]+\s+)?(?:{nouns})\s+"
                      rf"(?:{alternation('read_before')})\s+(?:the\s+)?(?P<body>[A-Z][^.;]+?)\.?$")


def parse_paper_read(text: str, base_factory) -> Citation | None:
    """'Dr. Alison in an article read before the British Association for the Advancement of Science': a paper
    read before a learned body, untitled; its date and place may follow ("October, 1844, in York")."""
    match = _paper_read().match(text)
    names = people(match.group("who")) if match else []
    if not names:
        return None
    c = base_factory()
    c.kind, c.form, c.authors, c.title = "conference-paper", "short", names, None
    c.container = _clean(match.group("body"))
    return c


# a document dated to the day, then where it is printed: "NSC 4–A, December 17, 1947, is printed in Foreign
# Relations, ...", "Memorandum ..., August 12, 1948, printed ibid., Document 298", "NSC 10/5, “Scope ...,” October
# 23, 1951, in Michael Warner, editor, The CIA Under Harry Truman (...)": a document, not a publication
DATED_DOCUMENT_PRINTED = re.compile(rf"^(?P<doc>[^;]+?)(?:,[”\"’]?|[”\"’],)\s+{DAY},\s+(?:(?:is|are|was|were)\s+)?"
                                    r"(?:(?:printed|reprinted|published)\s+)?(?:in\s+(?=[A-Z])|(?=ibid\b))")
# the writer's sentence saying where a document is: "A text of the notes is in Foreign Relations, ...", "The
# memorandum ... and the notes are in the National Archives, ...", "The address is printed in Public Papers: ..."
IS_IN = re.compile(r"(?:^[A-Za-z]|[.!?][”\"’)]?\s+[A-Z])[^;:“”\"()]{8,}?\s(?:is|are|was|were|can be found|may be found|"
                   r"appears|appear|will appear)\s+(?:(?:printed|reprinted|published|found|located|kept|filed|"
                   r"scheduled for publication|to be published|forthcoming)\s+)?in\s+(?:the\s+)?(?=[A-Z])")
# a person's report cited by a part of the series that prints it, and no title: "Symonds’ Rep. App. Part I"
PERSONS_REPORT_PART = re.compile(r"^(?P<who>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]+)['’]s?\s+(?:Rep\.|Report)\s+"
                                 r"(?:App\.|Appendix|Part|Vol\.|vol\.)")
DATE_AND_PLACE = re.compile(rf"^(?P<date>{DATE})(?:,?\s+(?:in|at)\s+(?P<place>[A-Z][\w'’ .-]+?))?\.?$")


def parse_quoted_from(text: str, base_factory, earlier: list[Citation]) -> list[Citation]:
    """'Quoted by Dr. Wade from the Report of the Parliamentary Factories’ Commission of 1832, in his History of
    the Middle and Working-Classes': the source quoted (first, "cited in" the second), then the work of the
    writer who quotes it."""
    match = re.match(rf"^(?i:quoted|cited)\s+by\s+{WHO}\s+from\s+(?:the\s+)?(?P<primary>[A-Z].+?),?\s+in\s+"
                     r"(?:his|her|their)\s+(?P<secondary>[A-Z].+)$", text)
    names = people(match.group("who")) if match else []
    if not names:
        return []
    start = match.start("primary")
    primary = Piece(base_factory().start + start, base_factory().start + match.end("primary"), match.group("primary"))
    made = _parse_piece(primary, lambda: Citation(base_factory().chapter, base_factory().note, primary.start,
                                                  primary.end, primary.text), earlier)
    if len(made) != 1 or not made[0].title:
        made = []
    c = base_factory()
    c.title, c.authors, c.form = _clean(match.group("secondary")), names, "short"
    if made:
        c.via = -1
    return made + [c]


REVIEW_OF = re.compile(
    rf"^(?P<name>{NAME_IN_LIST}),?\s+(?:{alternation('review_of')})\s+(?P<subject>.+?)"
    r"(?:,?\s+in\s+(?:the\s+)?|,\s+(?=[A-Z*]))(?P<journal>\*?[A-Z][^(,:]*?\*?)"
    r"(?:\s+(?P<volume>\d+))?\s*(?:\((?P<date>[^()]*\d{4})\))?(?:[,:]\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[–-]\s*\d+)?))?"
    r"[\s.,]*$")


def parse_review(text: str, base_factory) -> Citation | None:
    """"Samuel Flagg Bemis review of <work> in the American Historical Review (July 1949), pp. 856–858",
    Chicago's "Name, review of *Work*, by Author, *Journal* 54 (July 1949): 856–58": an untitled review
    by its writer, in the journal that printed it (the work reviewed is its subject, not a citation)."""
    match = REVIEW_OF.match(text)
    if not match or not looks_like_names(match.group("name")):
        return None
    c = base_factory()
    c.kind, c.authors = "review", split_names(match.group("name"))[0]
    c.container = _clean(match.group("journal").strip("*"))
    c.volume, c.date = match.group("volume"), match.group("date")
    c.year = re.search(r"\d{4}", c.date).group(0) if c.date else None
    pages = match.group("pages")
    if pages and re.search(r"[–-]", pages):
        c.pages = re.sub(r"\s", "", pages)
    else:
        c.pinpoint = pages
    return c


QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _genre_item() -> re.Pattern:
    from .chunks import DAY
    return re.compile(
        rf"^(?:(?P<name1>{NAME_IN_LIST}),\s+)?(?P<genre>(?i:{alternation('periodical_genres')}))"
        rf"(?:\s+(?:from|by)\s+(?P<name2>{NAME_IN_LIST}))?,\s+(?:(?P<date>{DAY}),\s+)?(?:the\s+)?"
        rf"(?P<paper>\*?[A-Z][\w.&'’ ]*?\*?)(?:,\s+(?P<date2>{DAY}))?(?:,\s+(?P<pin>(?:pp?\.\s*)?[A-Z]?\d[\w–-]*))?$")


def parse_periodical_genre(text: str, base_factory) -> Citation | None:
    """"Letter to the Editor from Historian, January 6, 1949, Washington Post, p. 10", Chicago's "John Doe,
    letter to the editor, *Chicago Tribune*, May 3, 1951": an untitled item of a periodical, named by its
    genre (conventions.yml), with its writer."""
    match = _genre_item().match(_strip_lead(text)[0].rstrip(" ."))
    if not match:
        return None
    name = match.group("name1") or match.group("name2")
    if name and not looks_like_names(name):
        return None
    c = base_factory()
    c.kind, c.title = "newspaper", match.group("genre")
    c.authors = [name] if name and " " not in name else (split_names(name)[0] if name else [])
    c.container = match.group("paper").strip("* ")
    c.date = match.group("date") or match.group("date2")
    c.year = c.date[-4:] if c.date else None
    c.pinpoint = _pages_only(match.group("pin"))
    return c


def parse_archive(text: str, base: Citation) -> Citation | None:
    unquoted = QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text)  # “Congress and the Archives,”: a title
    if not ARCHIVE_WORDS.search(unquoted) or IMPRINT.search(text) or ITALIC.search(text):
        return None
    c = base
    c.kind = "archive"
    hereafter = HEREAFTER.search(text)
    if hereafter:
        c.hereafter = hereafter.group("abbr").strip()
        text = text[: hereafter.start()].strip(" .")
    depths = _depths(text)
    collection = next((m for m in COLLECTION.finditer(text) if not depths[m.start()]  # not in a quoted title
                       and not re.match(r"\s+[a-z]", text[m.end():])  # "the Yalta Papers that appeared ..."
                       and not re.match(r",?\s+[Ss]ee\b", text[m.end():])  # nor in the writer's prose
                       and not re.search(r"\b(?:on|about|concerning|regarding)\s+(?:the\s+)?$", text[: m.start()])),
                      None)  # "Hearings on the Yalta Papers": the subject of a title
    if collection:
        c.title = collection.group("name")
        c.pinpoint = _clean(text[collection.end():]) or None
        held = [chunk for _, chunk in top_level_chunks(text[: collection.start()])]
        if len(held) >= 2 and all(pattern("repositories").search(chunk) for chunk in held):
            # "Library of Congress, Manuscript Division, Kissinger Papers, Box CL 1": the reference opens with the
            # repository and its division, the hierarchy the papers are filed under, as records are ("National
            # Archives, ..., NSC Files"); one repository alone ("HIA, Stepanov Papers") is where they are kept
            c.title = ", ".join(held + [c.title])
            return c
        after = top_level_chunks(text[collection.end():].lstrip(" ,"))
        series = after[0][1] if after and pattern("series_words", r"\b(?:{})$").search(after[0][1]) else None
        if series:  # "..., Dwight Eisenhower Presidential Library, John Foster Dulles Papers, White House Memoranda
            # Series, Box 2": the collection from its repository through its series, as records are filed
            repository = held[-1:] if held and pattern("repositories").search(held[-1]) else []
            c.title = ", ".join(repository + [c.title, series])
            c.pinpoint = _clean(", ".join(chunk for _, chunk in after[1:])) or None
            described = _clean(", ".join(held[:-1] if repository else held))
            c.pinpoint = "; ".join(part for part in (described, c.pinpoint) if part) or None
            return c
        detail = _clean(text[: collection.start()])
        if detail:
            c.pinpoint = f"{detail}; {c.pinpoint}" if c.pinpoint else detail
        c.container = _repository_of(text, collection)
        return c
    person = PERSON_DOCS.search(text)
    if person:
        c.person = person.group("person").strip()
        c.pinpoint = _clean(text)
        c.container = _repository_of(text, person)
        c.form = "short"
        return c
    # "<document>, <date>, NARA, RG 59, <series>, Vol. 98", "<document>, RGANI, f. 3, op. 18, d. 12, l. 45",
    # "<letters> in NARA, RG 59, CDF 1950–1954, 023.1/6–3053": the collection from the repository's name
    # through its series; before it the document (which may be quoted or told in words), after it the file
    named = pattern("repositories").search(QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text))
    if not named or (INTERVIEW.search(text) and "author" in text):  # "interviews with the author, Hoover Institution"
        return None
    chunks = _record_group_apart(_semicolons_apart(top_level_chunks(text)))
    repository = next(i for i, (offset, chunk) in enumerate(chunks) if offset + len(chunk) > named.start())
    offset, chunk = chunks[repository]
    if named.start() > offset and not re.fullmatch(r"(?:(?:[A-Z][\w'’.-]*|of|the|for|and|de|des|du)\s+)+",
                                                   chunk[: named.start() - offset]):
        # "..., 1950 in NARA": the collection starts at the repository's name (whose own words, "Ministry of
        # Foreign Affairs Archives", "Hoover Institution Archives", come with it)
        chunks[repository: repository + 1] = [(offset, chunk[: named.start() - offset]), (named.start(),
                                                                                            text[named.start(): offset + len(chunk)])]
        repository += 1
    collection = ", ".join(chunk for _, chunk in chunks[repository:])
    if find_quoted(collection) or _prose_words(collection) > 3 \
            or _prose_words(", ".join(chunk for _, chunk in chunks[:repository])) > 4:
        return None  # a sentence that names an archive ("... transferred control to the National Archives")
    end = next((i for i, (_, chunk) in enumerate(chunks) if i > repository and (is_locator(chunk)
                or ITEM_UNIT.match(chunk) or FILE_NUMBER.match(chunk) or text[:chunks[i][0]].rstrip().endswith(";"))),
               len(chunks))  # the file, or what follows a semicolon ("États-Unis; Dossier General Vol. 489")
    c.title = _clean(", ".join(chunk for _, chunk in chunks[repository:end]))
    described = ", ".join(chunk for _, chunk in chunks[:repository])
    located = ", ".join(chunk for _, chunk in chunks[end:])
    c.pinpoint = _clean("; ".join(part for part in (described, located) if part)) or None
    return c


def _semicolons_apart(chunks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An archival reference's chunks, cut at its semicolons too (the series; the file)."""
    cut = []
    for offset, chunk in chunks:
        for part in re.finditer(r"[^;]+", chunk):
            if part.group(0).strip():
                lead = len(part.group(0)) - len(part.group(0).lstrip())
                cut.append((offset + part.start() + lead, part.group(0).strip()))
    return cut


RECORD_GROUP_THEN_FILE = re.compile(r"^(?P<group>(?:RG|Record Group)\s+\d+)\s+(?=\d)")


def _record_group_apart(chunks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"RG 59 123 H 43/36": the record group, then the file within it with no comma between."""
    cut = []
    for offset, chunk in chunks:
        group = RECORD_GROUP_THEN_FILE.match(chunk)
        if group and FILE_NUMBER.match(chunk[group.end():]):
            cut += [(offset, group.group("group")), (offset + group.end(), chunk[group.end():])]
        else:
            cut.append((offset, chunk))
    return cut


def _repository_of(text: str, named: re.Match) -> str | None:
    """Where a collection is kept, as the note names it: the chunks after the collection (or the
    papers of a person) up to the first box or folder ("Anatoly Chernyaev Papers, <archive>,
    <college>, <university>, box 1"), or else the repository named before it ("HIA, Teimuraz
    Stepanov Papers")."""
    after = []
    for _, chunk in top_level_chunks(text[named.end():].lstrip(" .,")):
        if ITEM_UNIT.match(chunk) or is_locator(chunk) or CITED_IN.match(" " + chunk):
            break
        after.append(chunk)
    if after and any(pattern("repositories").search(chunk) for chunk in after) or len(after) == 1:
        return ", ".join(after)
    before = [chunk for _, chunk in top_level_chunks(text[: named.start()]) if pattern("repositories").search(chunk)]
    return before[-1] if before else None


LETTER_NAME = r"(?:[A-Z][\w.'’-]*\.?\s+){0,3}[A-Z][\w'’-]+"
# "..., in a letter to Lee Burke, July 7, 1975.", "Letter from John Smith to the author, May 3, 1970.": a letter
# known from its writer and its day, with no publication after it: unpublished
UNPUBLISHED_LETTER = re.compile(rf"(?:^|\b[Ii]n\s+|\b[Ff]rom\s+)(?:an?\s+|his\s+|her\s+)?(?:unpublished\s+|private\s+)?"
                                rf"[Ll]etter\s+(?:(?:from|of|by)\s+(?P<writer>{LETTER_NAME})(?:,[^,]{{3,80}},)?\s+)?to\s+"
                                rf"(?P<to>the author|the writer|me|{LETTER_NAME})(?:,[^,]{{3,80}})?,?\s+(?:of\s+)?(?P<date>{DAY})\.?$")
WRITER_OF_LETTER = re.compile(rf"\b(?:by|from)\s+(?P<writer>{LETTER_NAME})(?=,|\s+in\b|\s+to\b)")


VOLUME_AND_NUMBER = r"(?:[IVXLC]+|[ivxlc]+|\d+)\.?,?\s*(?:[Nn]o\.\s*)?\d+"  # "vii. 1", "iv no. 7"
# "Horst in Henke’s Museum, i. 4. s. 733 f.", "Gabler in seinem neuest. theol. Journal, vii. 1. s. 403", "In Schmidt’s
# Bibliothek für Kritik und Exegese, iii. 1, s. 119", "E. F. über die beiden ersten Kapitel ..., in Henke’s Magazin,
# v. 1. s. 163": a contribution to a periodical, cited by the periodical's volume and number, then the page
IN_PERIODICAL = re.compile(rf"^(?P<head>.*?)(?:,\s+|\s+|^)(?:[Ii]n|[Ii]m)\s+(?:(?:{alternation('possessive_pronouns')})\s+)?"
                           rf"(?P<container>[^\W\d_][^,;()]{{2,80}}?),\s+(?P<volume>{VOLUME_AND_NUMBER})(?:[.,]\s+"
                           rf"(?P<loc>(?:{alternation('page_words')})\.\s*\d.*)|\.?)$")


def parse_periodical_number(text: str, base_factory) -> Citation | None:
    """A contribution to a periodical cited by volume and number (IN_PERIODICAL): its writer, its title when
    printed ("E. F. über ..."), the periodical as printed (with its editor's name, "Henke’s Museum"). One work per
    volume and number, untitled unless the note titles it."""
    found = IN_PERIODICAL.match(text)
    if found and not found.group("loc") and not re.search(r"[Nn]o\.", found.group("volume")):
        return None  # without a page, only "iv no. 7" says volume and number ("in Alexandro, c. 8" is a chapter)
    if not found or len(found.group("container").split()) > 8 or is_prose(re.sub(r"\b\w+\.", "", found.group("container"))):
        return None  # words cut short ("neuest. theol. Journal") are a periodical's, not prose
    head = found.group("head").strip(" ,")
    c = base_factory()
    titled = re.fullmatch(rf"(?P<author>{NAME})\s+(?P<title>(?:{'|'.join(conventions()['title_prepositions'])})\s+.+)",
                          head)
    if titled:
        initials = re.fullmatch(r"(?:[A-Z]\.\s*)+", titled.group("author"))  # "E. F.": a writer known by initials
        c.authors = [titled.group("author")] if initials else split_names(titled.group("author"))[0]
        c.title = titled.group("title")
    elif head and looks_like_names(head):
        c.authors = [head] if len(head.split()) == 1 else split_names(head)[0]
    elif head and "," in head and looks_like_names(head.split(",")[0]) and not is_prose(head.split(",", 1)[1]):
        # "Dr. Couës, Birds of Dakota and Montana, in Bulletin ..., iv no. 7": the writer, then his title
        c.authors = people(head.split(",")[0]) or [head.split(",")[0].strip()]
        c.title = _clean(head.split(",", 1)[1])
    elif head:
        return None
    c.kind, c.form = "article", "full"
    c.container, c.volume = found.group("container").strip(), found.group("volume")
    c.pinpoint = _pages_only(_clean(found.group("loc"))) if found.group("loc") else None
    return c


def parse_unpublished_letter(text: str, base_factory) -> Citation | None:
    """A letter cited by its writer, recipient and day, printed nowhere the note names (Chicago's personal
    communication): the writer's, kind archive, untitled. The writer is named after "from", or as the one "by"
    whom the information "was provided" in the sentence; a letter with no writer named is no work."""
    letter = UNPUBLISHED_LETTER.search(text)
    if not letter:
        return None
    writer = letter.group("writer")
    if not writer:
        named = [m for m in WRITER_OF_LETTER.finditer(text[: letter.start()])]
        writer = named[-1].group("writer") if named else None
    if not writer or not people(writer):
        return None
    c = base_factory()
    c.kind, c.form, c.title = "archive", "full", None
    c.authors = split_names(writer)[0]
    c.date, c.year = letter.group("date"), letter.group("date")[-4:]
    c.pinpoint = f"letter to {letter.group('to')}, {letter.group('date')}"
    return c


OPENS_INTERVIEW = re.compile(r"(?:(?:[Tt]elephone|[Oo]ral[- ]history)\s+)?[Ii]nterviews?\s+(?:with|of)\s+[A-Z]")


def parse_interviews(text: str, base_factory) -> list[Citation]:
    short = re.fullmatch(r"(?P<name>(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w'’-]+)\s+interview", text.strip(" ."))
    if short:  # "Dobrynin interview": a short form of an interview cited before
        c = base_factory()
        c.kind, c.form, c.person = "interview", "short", short.group("name")
        return [c]
    if not INTERVIEW.search(text) or not ("author" in text.lower() or OPENS_INTERVIEW.match(text)):
        return []  # "Author’s interview with ...", "Interview with George F. Kennan, Princeton, NJ, ...": an interview
    found = []
    own = re.search(r"(?P<name>[A-Z][\w'’\-]+)'s interviews with the author", text)
    if own:
        c = base_factory()
        c.kind, c.person, c.pinpoint = "interview", own.group("name"), _clean(text[own.end():])
        year = re.findall(r"\b(?:19|20)\d\d\b", text)
        c.year = year[-1] if year else None
        found.append(c)
        return found
    for match in re.finditer(r"(?:with|the interview)\s+(?P<name>(?:[A-Z][\w.'’]*\.?\s){1,2}[A-Z][\w'’]+)", text):
        c = base_factory()
        c.kind, c.person = "interview", match.group("name").strip()
        c.pinpoint = _clean(text[match.end():].split(" and the interview ")[0])
        found.append(c)
    return found


GERMAN_QUOTATION = re.compile(r"„([^„“”\"]*)“")
# Markdown's other italic spelling, "_Title_" (not inside a word or an address; inner underscores kept), where a
# reference prints its title: before its punctuation, imprint or address, not a name in the writer's prose
# ("the _New York Times_ has redesigned"); read as *Title*
UNDERSCORE_ITALIC = re.compile(r"(?<![\w/.:=?&*\\-])_(?=[^\s_*])([^\n*]*?[^\s\\*])_(?=[,.;:)]|\s+\(|\s+https?://|$)")


SIGNATURE_AT_END = re.compile(r"(?<=[.!?”\"’)])\s*[—–]\s?(?P<name>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})\.?\s*$")
SIGNED_NOTES = 3  # a name closing this many notes of a text (a quarter of them at least) signs them; fewer may be a
# quotation's writer


def without_signatures(notes: list[Note]) -> list[Note]:
    """The notes without the name that closes many of them ("... page 186. —Publius"): the writer signing
    his own notes (against an editor's), not a citation; cut, so spans before it stay true."""
    closing = [(note, SIGNATURE_AT_END.search(note.text)) for note in notes]
    counts: dict[str, int] = {}
    for _, found in closing:
        if found:
            counts[found.group("name")] = counts.get(found.group("name"), 0) + 1
    signing = {name for name, count in counts.items() if count >= max(SIGNED_NOTES, len(notes) / 4)}
    return [replace(note, text=note.text[: found.start()].rstrip())
            if found and found.group("name") in signing else note for note, found in closing]


def parse_note(note: Note) -> tuple[list[Citation], list[Fragment]]:
    citations: list[Citation] = []
    fragments: list[Fragment] = []
    if note.missing:
        return citations, fragments
    text, aliases = _blank_apparatus(note.text)
    text = GERMAN_QUOTATION.sub(lambda m: f"“{m.group(1)}”", text)  # „Das Leben Jesu“: as “...”, same length
    text = UNDERSCORE_ITALIC.sub(r"*\1*", text)  # _Title_: as *Title*, the same length
    text = STRAY_BEFORE_CLOSE.sub(") ", text)  # "(New York: Co., 1943,)": the imprint's year, the same length
    text = _stray_before_suffix().sub(r"\1 ", text)  # "Jerome G. Peppers, .Jr.,": the suffix, the same length
    # "(Quoted by Judge Cooley in his Principles.)": read unbracketed (parenthesised.py)
    text = blank_piece_after_page(blank_edition_between(unbracket_cited_in(text)))
    text = blank_words_before_references(text)  # "(2) His coming means ...: ib. p. 262." (reference_lists.py)
    classical, fragments, text = read_classical_forms(text, note)  # read whole, before the cuts (classical.py)
    leading = read_bibliography_entries(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                           text[start:end]))
    leading += read_federal_forms(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                    text[start:end]))
    leading += read_author_date_entries(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                          text[start:end]),
                                        [(c.start, c.end) for c in leading])  # entries.py
    leading += read_investigation_forms(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                          text[start:end]),
                                        [(c.start, c.end) for c in leading])  # investigations.py
    leading += read_documents(text, lambda start, end: Citation(note.chapter, note.number, start, end, text[start:end]),
                              [(c.start, c.end) for c in leading])  # documents.py
    leading += read_law_reports(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                  text[start:end]), leading)  # law_reports.py
    leading += read_review_articles(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                       text[start:end]), leading)  # review_articles.py
    leading += read_classical_places(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                        text[start:end]), leading)  # classical_places.py
    leading += read_prose_parentheses(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                         text[start:end]), leading)  # prose_parentheses.py
    leading += read_leading_bare_locator(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                            text[start:end]), leading)
    leading += read_editions(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                text[start:end]), leading)  # editions.py
    leading += read_works_named_in_prose(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                            text[start:end]), leading)  # works_in_prose.py
    leading = sorted(leading, key=lambda c: c.start)
    serial, held = read_serial_records(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                         text[start:end]), note.chapter, note.number)
    serial += read_printings_in_prose(text, lambda start, end: Citation(note.chapter, note.number, start, end,
                                                                       text[start:end]))
    serial = [c for c in serial if not any(c.start < other.end and other.start < c.end for other in leading)]
    fragments += held
    for entry in serial + held:  # read whole (serials.py), in reading order among the others below
        text = text[:entry.start] + " " * (entry.end - entry.start) + text[entry.end:]
    for entry in leading:  # read whole, before the cuts (modern.py); the writer's words after them parsed as usual
        text = text[:entry.start] + " " * (entry.end - entry.start) + text[entry.end:]
    title_first = read_title_then_particulars(text) if text[:1].strip() and not leading else None
    if title_first:  # "Title. Rev. Author. London, 1855. Chap. XXI.": read whole, the writer's words after it cut
        reading, end = title_first
        leading = [_from_reading(reading, Citation(note.chapter, note.number, 0, end, text[:end]))]
        text = " " * end + text[end:]
    pieces = []
    for p in split_note(text):
        kept = text[p.start:p.end]
        if kept.strip(" ,.;:"):
            lead = len(kept) - len(kept.lstrip())
            pieces.append(Piece(p.start + lead, p.end, kept.strip(), p.same_author_as_previous))
    conference = re.search(r"papers? (?:presented )?at the conference [\"“](?P<name>.+?),?[\"”],?\s*(?P<rest>.*)$",
                           note.text)
    pieces = _with_parenthetical_references(pieces)
    pieces = [part for piece in pieces for part in _printings(piece)]
    pieces = _titles_before_their_imprint(pieces, text, note)
    pieces = [part for piece in pieces for part in _repository_after_full_stop(piece)]
    pieces = [_without_leading_date(piece) for piece in pieces]
    pieces = rejoin(pieces, text, Piece)  # modern.py
    for piece in pieces:
        def base() -> Citation:
            return Citation(note.chapter, note.number, piece.start, piece.end, piece.text)

        previous_here = citations[-1] if citations and citations[-1].note == note.number else None
        volume = VOLUME_ALONE.match(piece.text)
        if volume and previous_here and (previous_here.form == "ibid" or previous_here.form != "op-cit" and (
                previous_here.title or previous_here.container)):  # "Ib. iv. p. 266; vii. p. 389": the same work
            # "Adams, “History of the United States,” i, p. 60; ix, pp. 240, 241": another volume of the same work
            again = replace(previous_here, start=piece.start, end=piece.end, text=piece.text, hereafter=None,
                            volume=volume.group("volume"), pinpoint=volume.group("pages"))
            citations.append(again)
            continue
        locator = LED_LOCATOR.match(piece.text)
        if locator and previous_here:  # "Drayton, Memoirs ..., I. 182. Cf. pp. 181–7": more places in the work just cited
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        provision = provision_of_instrument(piece.text)
        if provision:  # "Cf. Art. 8 of the Articles of Confederation.": the instrument named with its provision
            c = base()
            c.form, c.kind, (c.pinpoint, c.title) = "short", "book", provision
            citations.append(c)
            continue
        above = AS_ABOVE.match(piece.text)
        if above:  # "Report, etc., as above.": the work whose title opens so, cited in full before
            c = base()
            c.form, c.title = "short", above.group("title")
            citations.append(c)
            continue
        if OWN_OCCASION.match(piece.text) and not find_quoted(piece.text) and not ITALIC.search(piece.text):
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "commentary",
                                      "where the text itself was read: no work cited"))
            continue  # "A paper read at the meeting of the American Historical Association in Chicago, July 12, 1893."
        spoken = SPEECH_OF.search(piece.text)
        if spoken and not find_quoted(piece.text) and not ITALIC.search(piece.text) \
                and not re.search(r"\d", piece.text[: spoken.start()]):
            c = base()  # "See, for example, the speech of Clay, in the House of Representatives, January 30, 1824.": a
            c.form, c.authors = "short", split_names(spoken.group("who"))[0]  # speech described, its printing not
            c.date, c.year, c.ambiguous = spoken.group("date"), spoken.group("date")[-4:], True  # named: untitled
            c.reason = (f"the {spoken.group('noun')} of {spoken.group('who')} in the {spoken.group('chamber')}, "
                        f"{spoken.group('date')}: described, neither titled nor its printing named")
            citations.append(c)
            continue
        dated = TITLE_AND_YEARS.match(piece.text)
        if dated and _title_case(dated.group("title")) and len(dated.group("title").split()) >= 3 \
                and not is_prose(dated.group("title")) and not looks_like_names(dated.group("title")) \
                and not imprint_alone(piece.text) and not IMPRINT_ALONE.match(piece.text):
            c = base()  # "Debates in the Constitutional Convention, 1829-1830.": a title alone with its year(s)
            c.form, c.title, c.year = "short", dated.group("title"), dated.group("year")
            citations.append(c)
            continue
        contribution = parse_contribution_in_series(piece.text, base)
        if contribution:  # "Everest, in “Wisconsin Historical Collections,” xii, pp. 7 ff.": his untitled paper in it
            citations.append(contribution)
            continue
        provision = provision_alone(piece.text)
        if provision:  # "Art. 119.", "Part VIII Annex III (1).": the instrument named by the calling text
            c = base()
            c.form, c.provision, c.pinpoint = "short", True, provision
            citations.append(c)
            continue
        source = parse_source_after_quotation(piece.text, base)
        if source:  # "“...” (M. Hervé in La Victoire, May 31, 1919)": the quotation's writer and periodical
            citations.append(source)
            continue
        previous = citations[-1] if citations else None
        manuscript = _manuscript(previous.text) if piece.held and previous and previous.note == note.number \
            and previous.kind != "archive" and previous.title else None
        if manuscript:  # "Myron T. Herrick. Chapter One of ... Remembrances, ..., 2. (<society>, <place>, <papers>)"
            kept = parse_archive(piece.text, base())
            previous.authors, previous.title, previous.pinpoint = manuscript
            previous.kind, previous.form, previous.editors = "archive", "full", []
            if kept and kept.title:
                after = [chunk for _, chunk in top_level_chunks(piece.text[piece.text.find(kept.title) + len(kept.title):])]
                number = after and re.fullmatch(r"MSS?\.?\s*\d+\w*", after[0])  # the collection's manuscript number
                previous.container = f"{kept.title}, {after[0]}" if number else kept.title
                before = [chunk for _, chunk in top_level_chunks(piece.text[: piece.text.find(kept.title)])]
                previous.publisher = before[0] if before else None
                previous.place = ", ".join(before[1:]) or None
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        if previous and previous.kind == "archive" and previous.note == note.number and _is_detail(piece.text) \
                and not (ITALIC.search(piece.text) or find_quoted(piece.text) or ARCHIVE_WORDS.search(piece.text)
                         or RECORD_BY_SESSION.match(piece.text)):
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            previous.pinpoint = f"{previous.pinpoint}. {piece.text}" if previous.pinpoint else piece.text
            continue
        if previous and previous.note == note.number and previous.title and _report_title().search(previous.title) \
                and _report_part().match(piece.text):  # "..., Act. First and Second Reports. First Report, 1841"
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            year = YEAR_IN.search(piece.text)
            if year:  # the year of the one part cited; of several parts, none
                previous.year = year.group(0) if previous.form != "full" or previous.year == year.group(0) else None
                previous.form = "full"
            previous.pinpoint = f"{previous.pinpoint}. {piece.text}" if previous.pinpoint else piece.text
            continue
        if previous and previous.note == note.number and _serial_set().match(previous.text) \
                and SERIAL_VOLUMES.search(piece.text) and not _serial_set().match(piece.text):
            # "... SED 11. The Government Printing Office printed Vols. 1 (Ser. 1394) and 4 (Ser. 1397) in 1869 ...":
            # the volumes of the document just cited, described
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        alias = HEREAFTER_PIECE.match(piece.text)
        if alias and previous and previous.note == note.number:  # "...), 112; hereafter cited as WHY.": unbracketed
            previous.hereafter = alias.group("abbr").strip(" .*")
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        part_only = PERSONS_REPORT_PART.match(piece.text)
        if part_only and people(part_only.group("who")):  # "Symonds’ Rep. App. Part I, pp. E, 22": whose series?
            c = base()  # the part of the public body's report the chapter cited last (read_report_parts)
            c.form, c.pinpoint, c.report_part = "short", piece.text, True
            citations.append(c)
            continue
        when = DATE_AND_PLACE.match(piece.text)
        if previous and previous.note == note.number and previous.kind == "conference-paper" and when \
                and not previous.year:  # "... read before the British Association. October, 1844, in York."
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            previous.date, previous.place = when.group("date"), when.group("place")
            previous.year, previous.form = YEAR_IN.search(when.group("date")).group(0), "full"
            continue
        pronoun = re.search(r"\b(?:his|her) (?:recent )?interview\b", piece.text)
        if pronoun and previous and (previous.authors or previous.person):
            c = base()
            c.kind, c.form = "interview", "short"
            c.person = previous.person or previous.authors[0]
            c.pinpoint = _clean(piece.text[pronoun.start():])  # what the note says of it; no details given
            citations.append(c)
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        if previous and AVAILABLE.match(piece.text):  # "Available at the NARA, Founders Online website, URL"
            url = URL.search(piece.text)
            previous.url = previous.url or (url.group(0).rstrip(".,;)") if url else None)
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        imprint = imprint_after(piece.text) if previous and previous.note == note.number and previous.title \
            and not previous.publisher and note.text[:piece.start].rstrip().endswith(".") else None
        if imprint:  # "..., pp. 233, 234. Leipzig: Brockhaus, 1898.", "... p. 52. London: Grant Richards.": its imprint
            previous.place, previous.publisher = previous.place or imprint.place, imprint.publisher
            previous.year = previous.year or imprint.year
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        if previous and previous.note == note.number and (TRANSLATED_AT.match(piece.text) or (
                IMPRINT_ALONE.match(piece.text) and not previous.year
                and note.text[:piece.start].rstrip().endswith("."))):
            # "Hist. Yemanae, p. 282. Bonn, 1828": the imprint of the work just cited, printed after it (not
            # "...; Pravda, 1960", a newspaper); "Eng. trans. p. 452": the same place in its translation
            imprint = IMPRINT_ALONE.match(piece.text)
            if imprint and previous.kind == "book" and previous.title:
                previous.place, previous.year = previous.place or imprint.group("place"), imprint.group("year")
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        if previous and previous.note == note.number and TOPIC_THEN_PAGE.match(piece.text) \
                and re.search(r"[“\"*]", previous.text):
            # "Brehm, 'Thierleben,' B. i. 1864, s. 75, 86. On the Ateles, s. 105.": a note that marks its titles
            # leaves this phrase unmarked: a subject, and a further page of the work just cited
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        if not previous or previous.note != note.number:
            if imprint_alone(piece.text):
                # "Published by Fisher Unwin, 1914.": the imprint of the book the calling sentence names
                fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "unresolved",
                                          IMPRINT_ALONE_REASON))
                continue
        idem = SAME_AUTHOR.match(piece.text) or ID_BEFORE_TITLE.match(piece.text)
        attributed = ATTRIBUTED_AUTHOR.match(piece.text)
        if attributed:  # "[McCrady] Eminent and Representative Men ...", "[Burke], “European Settlements” ...": the
            shown = Piece(piece.start + attributed.end(), piece.end, piece.text[attributed.end():])  # author the
            made = _parse_piece(shown, lambda: Citation(note.chapter, note.number, shown.start, shown.end,  # writer
                                                        shown.text), citations)  # attributes an anonymous work to
            for c in made[:1]:
                c.authors, c.start, c.text = [attributed.group("name")], piece.start, piece.text
                c.reason = f"[{attributed.group('name')}]: the author the writer attributes the work to, in brackets."
        elif idem:  # "...; idem, The Coming War (...)", "Id., Baumkultus (Berlin, 1875)": the author cited just before
            shown = Piece(piece.start + idem.end(), piece.end, piece.text[idem.end():])
            made = _parse_piece(shown, lambda: Citation(note.chapter, note.number, shown.start, shown.end,
                                                        shown.text), citations)
            for c in made[:1]:  # in an earlier note: the resolver reads whose (resolve.SAME_AUTHOR_AS_BEFORE)
                c.authors = c.authors or (list(citations[-1].authors) if citations else [SAME_AUTHOR_AS_BEFORE])
        else:
            made = _parse_piece(piece, base, citations)
        named = _named_in_prose(piece, base, made)
        made = [c for c in made if not _sentence_ending_in_a_name(c, named)] + named
        if made and (_document_in_archive(made, pieces[pieces.index(piece) + 1:])
                     or (_held_next(pieces, piece) and DOCUMENT_KIND.match(piece.text))):
            # "Letter from X (Washington) to Y (Paris), August 30, 1914. (<archives>)": the document, a detail
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            continue
        if made:
            if piece.same_author_as_previous and citations and not made[0].authors and made[0].title:
                made[0].authors = list(citations[-1].authors)
            citations.extend(made)
        elif citations and citations[-1].kind in ("archive", "interview") and _is_detail(piece.text):
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            last = citations[-1]
            last.pinpoint = f"{last.pinpoint}. {piece.text}" if last.pinpoint else piece.text
        elif citations and document_prefix(piece.text):  # "...; Clay to Seward, June 21, 1861, p. 304": same printing
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            last = citations[-1]
            page = _pages_only(_clean(piece.text[document_prefix(piece.text):]))
            last.pinpoint = f"{last.pinpoint}, {page}" if last.pinpoint and page else (last.pinpoint or page)
        elif citations and PAGE_REMARK.match(piece.text):  # "Quote on p. 857": where in the work just cited
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
            citations[-1].pinpoint = citations[-1].pinpoint or PAGE_REMARK.match(piece.text).group("pages")
        elif (_is_detail(piece.text) and _archive_follows(pieces, piece, note)) or _held_next(pieces, piece):
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "detail"))
        elif _is_commentary(piece.text):
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "commentary"))
            searched = parse_collection_named(piece.text, lambda: Citation(note.chapter, note.number, piece.start,
                                                                             piece.end, piece.text))
            citations += [searched] if searched else []
            for named in provisions_in_prose(piece.text):  # "... (Art. 92.)", "there has been included Article 90"
                c = Citation(note.chapter, note.number, piece.start + named.start(), piece.start + named.end(),
                             named.group(0))
                c.form, c.provision, c.pinpoint = "short", True, named.groupdict().get("loc") or named.group(0)
                if not named.groupdict().get("loc"):
                    c.ambiguous = True
                    c.reason = (f"\"{c.pinpoint}\" is named in the writer's prose, not cited as a reference: linked "
                                "to the instrument the text calling the note names.")
                citations.append(c)
        else:
            fragments.append(Fragment(note.chapter, note.number, piece.start, piece.end, piece.text, "unplaced"))
    def after(other: Citation) -> int:  # a piece around a form read whole (blanked) is printed after that form
        return max([other.start] + [entry.end for entry in leading if other.start <= entry.start < other.end])

    # in reading order among the others (forms read whole: modern.py, documents.py, serials.py)
    for c in classical + serial + leading:
        later = [i for i, other in enumerate(citations) if after(other) > c.start]
        citations.insert(later[0] if later else len(citations), c)
    _attach_leading_details(fragments, citations)
    for c in [c for c in citations if SCRIPTURE.match(c.text[c.text.find(c.title):] if c.title else c.text)]:
        citations.remove(c)  # "Dan. ix. 21, Michaël princeps vester, Dan. x. 21": the text discussed, no work
        fragments.append(Fragment(note.chapter, note.number, c.start, c.end, c.text, "commentary",
                                  "a passage of scripture"))
    for c in citations:  # "Biographie Universelle, § Calonne": a dictionary cited by its article, a title
        first = c.text.split(",")[0].strip()  # the whole name before the article: no author's comma in it
        if c.authors and len(c.authors) == 1 and DICTIONARY_ARTICLE.match(c.pinpoint or "") and "," in c.text \
                and (not c.title or c.title in first):  # "Dictionnaire de Trévoux", not "de Trévoux" by "Dictionnaire"
            c.title, c.authors = first, []
    for c in citations:  # "Geschichte der drei letzten Lebensjahre Jesu u. s. w.": the title cut, not its words
        if c.title and AND_SO_ON.search(c.title) and AND_SO_ON.search(c.title).start() > 0:
            c.title = _clean(c.title[: AND_SO_ON.search(c.title).start()])
    for c in citations:  # '“Human Origins,”' read with its marks (the opening one lost in the capture, or not)
        marked = re.fullmatch(r"[“\"]?(?P<title>[^“”\"]+?)[,.]?[”\"][,.]?", c.title or "")
        c.title = marked.group("title").strip() if marked else c.title
    for c in citations:  # "Report U.S. Department of Agriculture, 1873": the body's report, the body as its maker
        body = re.fullmatch(r"(?P<title>(?:Annual\s+)?Reports?)\s+(?P<body>[A-Z].+)", c.title or "")  # ("Report of
        # the ... Commission" is the report's title)
        if body and not c.authors and not c.editors and is_corporate(body.group("body")) and c.year:
            c.title, c.authors = body.group("title"), [body.group("body")]
    citations = [_part_titled_after_locator(c) for c in citations]
    citations = _part_titled_after_imprint(citations, text)
    citations = [_session_after_ibid(_numbers_after_title_word(_possessor_of_title(_without_sentence_before_title(_without_sentence_word(
        _legislative_series(_marked_title_details(c))))))) for c in citations]
    citations = [paper for c in citations for paper in _papers_of_one_day(c)]
    printed_in = PRINTED_IN_FULL.match(note.text)
    if printed_in and len(citations) >= 2 and citations[0].start <= 1 \
            and citations[-1].end > printed_in.end("see"):
        # "*An Act in Addition to an Act ...* 1. Whereas ... --See Hurd's *Law of Freedom and Bondage*, II, pp.
        # 45-46.": a document printed in full, then where it is printed; the document is no work of its own
        first = citations.pop(0)
        fragments.append(Fragment(note.chapter, note.number, first.start, first.end, first.text, "commentary",
                                  "a document printed in full in the note, from the work cited after it"))
    citations = [_series_designation(_article_in_periodical(_contribution_in(_periodical_by_its_issue(c, note.text)))) for c in citations]
    citations = _sources_after_observations(citations, fragments, pieces, note)
    for c in [c for c in citations if len(c.authors) == 1 and not c.title and not c.container]:
        within = [other for other in citations if other is not c and other.title and " " in c.authors[0].strip()
                  and fold_name(c.authors[0]) in fold_name(other.title)]
        if within:  # "In the preface to Hutcheson’s System of Moral Philosophy, pp. xxxv": a title's words, no author
            citations.remove(c)
            within[0].pinpoint = within[0].pinpoint or c.pinpoint
    for c in [c for c in citations if c.title and is_sentence(c.title) and not c.container
              and f"*{c.title}" not in note.text]:  # an article in its periodical, a title in italics: kept
        citations.remove(c)  # "“I have frequently observed,” he wrote": a quotation, never a title
        fragments.append(Fragment(note.chapter, note.number, c.start, c.end, c.text, "commentary",
                                  "a quoted sentence (a clause with its verb), not a title"))
    citations = attributions_under_quotations(citations, note.text)
    cited = [c for c in citations if not c.reported]
    citations = [c for c in citations if not (c.reported and not c.title and not c.pinpoint and any(
        same_name(c.authors[0], a) for other in cited for a in other.authors))]  # "Ukert observes ... (Ukert, Title)"
    untitled_writers = [c for c in citations if c.reported and not c.title and not c.pinpoint]
    titles_alone = [c for c in citations if c.title and not c.authors and not c.editors and not c.reported
                    and c.kind == "book" and c.start == 0 and c.form == "short" and c.pinpoint
                    and not re.search(r"\b[A-Z]\.\s", c.title)]  # not "The Arctic Voyages of A. E. Nordenskjold"
    if len(untitled_writers) == 1 and len(titles_alone) == 1 and untitled_writers[0].start > titles_alone[0].end:
        # "Principles of Political Economy, Book II, Chap. IX., Sec. VI.—Yet notwithstanding what Mill says, ...":
        # the note opens with a title and no author, and the writer then names one writer: the title's (flagged)
        writer, title = untitled_writers[0], titles_alone[0]
        title.authors, title.ambiguous = list(writer.authors), True
        title.reason = (f"\"{title.title}\" is printed without its author; the note's own prose then names "
                        f"{writer.authors[0]}, read as its author.")
        citations.remove(writer)
    for position, alias in aliases:  # "(hereafter X)": an abbreviation of the work cited just before it
        before = [c for c in citations if c.start <= position]
        if before and alias:
            before[-1].hereafter = alias
    if conference:  # "papers presented at the conference X, Place, Date": every paper of the note
        details = _conference_details(conference.group("rest"))
        for c in citations:
            if c.kind in ("book", "web", "conference-paper") and c.title and not c.container and not c.publisher:
                c.kind, c.form = "conference-paper", "full"
                c.container = conference.group("name").strip()
                c.place, c.date, c.year = details
    citations = with_translators(without_labels(citations, fragments, note.text))  # documents.py
    citations = without_terms_in_italics(citations, fragments, note.text)  # classical_places.py
    return after_note(citations, fragments, note.text), fragments  # modern.py


VOLUME_ALONE = re.compile(r"^(?P<volume>[ivxlc]+|[IVXLC]+)[.,]\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[–-]\s*\d+)?"
                          r"(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*)\.?$")
OWN_OCCASION = pattern("own_occasions", r"^(?:{})\s+(?:at|before|to)\s+(?:the\s+)?(?:(?:annual|general|joint)\s+)?"
                                        r"(?:meeting|session|congress|convention|conference)\b", escape=False)
SPEECH_OF = re.compile(rf"\bthe\s+(?P<noun>speech|address|remarks)\s+of\s+(?:(?:{alternation('styles_of_office')}|"
                       rf"{alternation('honorifics')})\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}),?\s+in\s+the\s+(?P<chamber>"
                       rf"{alternation('chamber_names')}),?\s+(?:on\s+)?(?P<date>{DAY})\.?$")
TITLE_AND_YEARS = re.compile(r"^(?P<title>[A-Z](?:[^,;:()“”\"*.\d]|\.(?!\s))+?),\s+(?P<year>(?:1[5-9]|20)\d\d(?:\s*[–-]\s*\d{2,4})?)\.?$")
ATTRIBUTED_AUTHOR = re.compile(r"^\[(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\],?\s+(?=[“\"*]?[A-Z])")
# "Cf. pp. 181–7", "Cf. also p. 316": a lead-in and a locator alone, further places in the work just cited
LED_LOCATOR = re.compile(rf"^(?:(?i:{alternation('lead_ins')}):?\s+)+(?:pp?|vol|chap|ch|sect?)\.\s*[\divxlc]+"
                         r"(?:\s*[-–]\s*[\divxlc]+)?(?:,\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)*(?:,?\s+etc)?"
                         r"(?:\s+and\s+[ivxlc]+\.\s+pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)*\.?$")  # "cp. p. 268 and vii. p. 234"
# "Report, etc., as above.": a title's opening words, then words that send the reader to its earlier full form
AS_ABOVE = re.compile(rf"^(?:(?i:{alternation('lead_ins')}):?\s+)?(?P<title>[A-Z][^,;()“”\"]{{0,60}}?)"
                      rf"(?:,?\s+(?:{alternation('and_so_on')})\.?)?,?\s+(?:{alternation('as_above')})\.?$")
TRAILING_SOURCE = re.compile(r"\((?P<inner>[^()]{8,200})\)(?=[.;](?:\s|$)|$)")
OBSERVER = re.compile(r"(?:\bby\s+(?:(?:Mr|Dr|Prof|M)\.\s+)?|(?<![\w.’'])(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]+)?\s+(?:saw|[a-z]{3,}ed|[a-z]{3,}s)\b))"
                      r"(?P<who>(?:[A-Z]\.\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
QUOTED_TITLE_IN = re.compile(rf"[”\"],?\s+in\s+(?P<container>[A-Z][^()]+?),\s*(?={MONTH}|\d)")


def _sources_after_observations(citations: list[Citation], fragments: list[Fragment], pieces: list, note) -> list[Citation]:
    """"Polyakoff saw on a marsh ... The fledglings ... were never left alone (“Family Habits among the Aquatic
    Birds,” in Proceedings of the Zool. Section ..., Dec. 17, 1874)", "... confirmed by L. Buxbaum at Raunheim. He
    saw ... (Der zoologische Garten, 1886, p. 133)": a source in brackets, dated, at the end of the writer's account
    of an observation, is the observer's report: by the observer the note names ("by X", "X saw"), and a title with
    no author there is the periodical he reported in (flagged). With no observer named, nothing changes."""
    text, depths = note.text, _depths(note.text)
    for tail in TRAILING_SOURCE.finditer(text):
        inner, start = tail.group("inner"), tail.start("inner")
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[: tail.start()])[-1]
        if not YEAR_IN.search(inner) or not is_prose(sentence) or (tail.start() and depths[tail.start() - 1]) \
                or ":" in inner:
            continue  # "(Washington: Department of State, 1949)": the imprint of the title before it
        observers = [m.group("who") for m in OBSERVER.finditer(text[: tail.start()])
                     if m.group("who").split()[0] not in conventions()["not_names"]
                     and not _title_word(m.group("who").split()[0]) and people(m.group("who"))
                     and not depths[m.start("who")]]
        if not observers:
            continue
        opens = tail.start() - len(sentence)
        overlapping = [c for c in citations if c.start < tail.end() and c.end > tail.start()]
        inside = [c for c in citations if start - 1 <= c.start < tail.end("inner") and c.form == "full"
                  and not c.authors and (c.title or c.container)]
        stated = [c for c in citations if opens <= c.start < start and c.title and is_sentence(c.title)
                  and QUOTED_TITLE_IN_TEXT.search(inner)]  # the sentence read as a title; the brackets title it
        if stated or inside:
            source = (stated or inside)[-1]
        elif not overlapping:
            source = parse_reference(inner, Citation(note.chapter, note.number, start, start + len(inner), inner))
            if not source or source.authors or not (source.title or source.container) \
                    or is_sentence(source.title or "") or source.form != "full":
                continue
            later = [i for i, other in enumerate(citations) if other.start > source.start]
            citations.insert(later[0] if later else len(citations), source)  # in reading order among the others
        else:
            continue  # the brackets belong to a reference read already ("... entitled X (York, Pa., 1948)")
        quoted = QUOTED_TITLE_IN_TEXT.search(inner)
        if source.title and is_sentence(source.title) and quoted:  # the sentence before the brackets is no title
            source.title = quoted.group("title").strip(" ,")
        container = QUOTED_TITLE_IN.search(inner)
        if container and not source.container:  # (“Title,” in Proceedings of ..., Dec. 17, 1874)
            source.container, source.kind = container.group("container").strip(), "article"
        source.authors = people(observers[-1])
        if source.title and not source.container and not find_quoted(inner):
            source.container, source.title, source.kind = source.title, None, "article"
        source.ambiguous = True
        source.reason = f"a source in brackets after {observers[-1]}'s observation: his report in it"
    return citations


IN_HIS_QUOTED_TITLE = re.compile(r"^in\s+(?:his|her|their)\s+[“\"](?P<title>[A-Z][^”\"]+?),?[”\"]")
IN_CONTAINER = re.compile(r"^in\s+(?:(?P<owner>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,2})['’]s?\s+)?(?P<container>[A-ZÀ-ÖØ-Þ][^“”\"()]*?)$")


def _contribution_in(c: Citation) -> Citation:
    """"Dugald Stewart, in his “Account of the Life ...,” read to ... and published in ...": the title in quotation
    marks after "in his"; "Stewart, in Smith’s Essays, pp. lxxx": the book or periodical the writer's piece is in, a
    container, never a title that opens with "in"."""
    if not c.title or not c.title.startswith("in ") or not c.authors:
        return c
    quoted = IN_HIS_QUOTED_TITLE.match(c.title)
    if quoted:
        c.title = quoted.group("title").strip()
        printed = re.search(rf"\b(?:published|printed|reprinted)\s+in\s+(?:(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)"
                            rf"{{0,2}})['’]s?\s+)?(?:[a-z]+\s+)?(?P<container>{TITLE_IN_ROMAN})", c.text)
        if printed:  # "..., read to ... and published in Adam Smith’s posthumous Essays on Philosophical Subjects"
            c.container = printed.group("container")
            c.container_authors = [printed.group("owner")] if printed.group("owner") else []
        return c
    inside = IN_CONTAINER.match(c.title)
    if inside and not is_prose(inside.group("container")):
        c.title, c.container = None, inside.group("container").strip()
        if inside.group("owner"):
            c.container_authors = [inside.group("owner")]
    return c


PERIODICAL_NAME = pattern("periodical_words", r"\b(?:{})(?!\w)")
SERIES_NAME = re.compile(rf"\b(?:{alternation('society_series')}|{alternation('learned_series')})\b")
VOLUME_THEN_PAGES = re.compile(r"^(?P<volume>[IVXLC]+|[ivxlc]+)(?:(?:\.|,)\s*(?:pp?\.\s*)?(?P<pages>\d.*))?$")


_SERIES = rf"(?P<series>(?:\d+(?:st|nd|rd|th|d)|[Nn]ew|[Oo]ld|(?i:{alternation('ordinals')}))\s+[Ss]er(?:\.|ies)?)"
SERIES_DESIGNATION, SERIES_ALONE = re.compile(rf",\s+{_SERIES}$"), re.compile(_SERIES)


def _series_designation(c: Citation) -> Citation:
    """"Collections of the Massachusetts Historical Society, 3d ser., VII, 12": the series of a set printed in several
    is the volume's designation, not the title's words ("Mass. Hist. Soc. Collections, 4th Ser., IV. 12" too, where
    the name was read as an author and the series as the title)."""
    if c.form in ("ibid", "op-cit"):
        return c
    if c.title and SERIES_ALONE.fullmatch(c.title) and len(c.authors) == 1 \
            and c.text.find(c.title) > 0:
        printed = c.text[: c.text.find(c.title)].rstrip(" ,")
        c.title, c.authors, designation = printed, [], c.title
    else:
        found = SERIES_DESIGNATION.search(c.title or "")
        if not found:
            return c
        c.title, designation = c.title[: found.start()], found.group("series")
    designation += "." if designation.endswith(("ser", "Ser")) else ""  # its full stop, lost with the title's
    located = VOLUME_THEN_PAGES.match(c.pinpoint or "")
    if located:
        c.volume, c.pinpoint = f"{designation}, {located.group('volume')}", located.group("pages")
    else:
        c.volume = c.volume and f"{designation}, {c.volume}" or designation
    return c


def _article_in_periodical(c: Citation) -> Citation:
    """"P.L. Ford, The Association of the First Congress, in Political Science Quarterly, VI. 615–7", later "Ford, in
    Political Science Quarterly, VI. 614–5": a titled or untitled article in a periodical (a name with one of
    conventions.yml periodical_words), by the periodical's volume in Roman numerals and its pages."""
    if c.form in ("ibid", "op-cit") or c.kind not in ("book", "article"):
        return c
    if not c.title and not c.container and len(c.authors) == 1 and c.text.startswith(c.authors[0]):
        if PERIODICAL_NAME.search(c.authors[0]):  # "Political Science Quarterly, ii, p. 457": no writer printed
            c.container, c.authors = c.authors[0], []
        elif SERIES_NAME.search(c.authors[0]):  # "Wisconsin Historical Collections, XI, 12": a society's series
            c.title, c.authors = c.authors[0], []
            located = VOLUME_THEN_PAGES.match(c.pinpoint or "")
            if located:
                c.volume, c.pinpoint = located.group("volume"), located.group("pages")
    if c.title and not c.container and ", in " in c.title:
        head, _, name = c.title.rpartition(", in ")
        if head.strip() and PERIODICAL_NAME.search(name) and not is_prose(name):
            c.title, c.container, c.kind = head.strip(), name.strip(), "article"
    located = VOLUME_THEN_PAGES.match(c.pinpoint or "") if c.container and not c.volume else None
    if located and PERIODICAL_NAME.search(c.container):
        c.kind, c.volume, c.pinpoint = "article", located.group("volume"), located.group("pages")
    return c


PERSONAL_PRONOUN_CLAUSE = re.compile(r"^(?:I|We|He|She|They|It|You)\s+[a-z]")
RELATIVE_CLAUSE = re.compile(r"(?:,\s+|\b)(?:who|which)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b|,\s+(?:who|which)\s+[a-z]")


def is_sentence(title: str) -> bool:
    """"I have frequently observed", "The fledglings, which otherwise are extremely unprotected ... were never
    left alone", "The first men who substituted mutual peace ... created society": prose of several lower-case
    words that is a clause with its verb (a pronoun subject, an auxiliary, a relative clause), not a title."""
    words = re.findall(r"[^\W\d_][\w’'-]*", title)
    lower = [w for w in words if w[0].islower() and w.lower() not in FUNCTION_WORDS]
    if len(lower) < 2:
        return False
    auxiliary = any(w in ("is", "are", "was", "were", "has", "have", "had", "been") for w in words)
    return bool(PERSONAL_PRONOUN_CLAUSE.match(title) or RELATIVE_CLAUSE.search(title) or (auxiliary and len(lower) >= 3))


PERIODICAL_ISSUE = re.compile(rf"^{MONTH}\s+(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d\b")
WRITER_BY = re.compile(r"\bby\s+(?:Mr\.\s+|Dr\.\s+|Prof\.\s+)?(?P<who>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3})(?=[\s,])")


def _periodical_by_its_issue(c: Citation, text: str) -> Citation:
    """"(Nineteenth Century, Feb. 1888, p. 165)": a name followed by a month and year is a periodical's issue,
    not an author; its writer is the one the note's sentence names "by" ("the article by Huxley"), if any."""
    if len(c.authors) != 1 or c.title or c.container or not PERIODICAL_ISSUE.match(c.pinpoint or ""):
        return c
    c.container, c.authors, c.kind = c.authors[0], [], "article"
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[: c.start])[-1]
    writers = [m.group("who") for m in WRITER_BY.finditer(sentence)
               if m.group("who").split()[0] not in conventions()["not_names"] and people(m.group("who"))]
    if writers:
        c.authors, c.reason = people(writers[-1]), f"the writer the note's sentence names: \"by {writers[-1]}\""
    return c


TITLE_THEN_IMPRINT = re.compile(r"^(?P<title>[^\W\d_].+?)\.\s+(?P<place>[A-Z][^\W\d_.]+(?:\s+(?:und|and|et|u\.)\s+[A-Z][^\W\d_]+)?),"
                                r"\s+(?P<year>(?:1[5-9]|20)\d\d)\.?(?:\s+(?P<loc>.+))?$")


def _titles_before_their_imprint(pieces: list[Piece], text: str, note: Note) -> list[Piece]:
    """"Geschichte der drei letzten Lebensjahre Jesu, sammt dessen Jugendgeschichte. Tübingen, 1779. 1 Bd. s. 12.":
    a title alone, its imprint ("Place, Year") and its locator, each a sentence of its own, are one reference. The
    title has no locator and no verb of the writer's (conventions.yml auxiliaries), and is no reference alone ("See
    John Warburton's Vallum Romanum, .... London, 1754": the imprint is that reference's)."""
    merged: list[Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if following and IMPRINT_ALONE.match(following.text) and piece.text[:1].isupper() \
                and not (has_locator(piece.text) or PUB_PAREN.search(piece.text) or re.search(r"\d$", piece.text)
                         or re.search(rf"\b(?:{alternation('auxiliaries')})\b", piece.text)) \
                and not _read_alone(piece, note):
            end = following.end
            after = pieces[index + 2] if index + 2 < len(pieces) else None
            if after and is_locator(after.text):  # "1 Bd. s. 12": where in it
                end, index = after.end, index + 1
            merged.append(Piece(piece.start, end, text[piece.start:end].strip().rstrip("."), piece.same_author_as_previous))
            index += 2
            continue
        merged.append(piece)
        index += 1
    return merged


def _sentence_ending_in_a_name(c: Citation, named: list[Citation]) -> bool:
    """"Examples borrowed from Aulus Gellius, v. 9, ...": read as a title alone, but the writer's words before an
    author the sentence cites with his locator (a lower-case word of the writer's comes before the name)."""
    return bool(c.title and not c.authors and any(
        n.reported and n.pinpoint and n.authors and c.title.endswith(n.authors[0])
        and re.search(r"\b[a-z]{3,}\s+\S+\s*$", c.title[: -len(n.authors[0])]) for n in named))


def _read_alone(piece: Piece, note: Note) -> bool:
    """A piece of a note that is a reference by itself, or names one in its prose."""
    def base() -> Citation:
        return Citation(note.chapter, note.number, piece.start, piece.end, piece.text)
    return bool(_parse_piece(piece, base, []) or _named_in_prose(piece, base, []))


def parse_title_then_imprint(text: str, base_factory) -> Citation | None:
    found = TITLE_THEN_IMPRINT.match(text)
    if not found or IMPRINT_ALONE.match(text) or "(" in text or not re.search(r"[a-zäöü]", found.group("place")) \
            or _ends_abbreviation(found.group("title")):
        return None  # not "..., Vol. IV, 1851 (New York: John F. Trow)"
    c = base_factory()
    c.title, c.place, c.year, c.form = _clean(found.group("title")), found.group("place"), found.group("year"), "full"
    loc = found.group("loc")
    vol = re.match(rf"(?P<vol>\d+(?:tes|te|ter|ten|es|er)?\.?\s+(?:{alternation('volume_words')}))\s*", loc or "")
    c.volume = vol.group("vol") if vol else None
    c.pinpoint = _pages_only(_clean(loc[vol.end():] if vol else loc)) if loc else None
    return c


PARENTHETICAL = re.compile(rf"\((?P<inner>(?i:{alternation('ibid')})\b[^()]*"
                          rf"|[A-Z][^()]{{2,100}}?,\s*(?:pp?|vol|tom|l|lib|c|cap)\.\s*[\divxlc][^()]*"
                          # an archival reference: a repository and a unit ("(Library of Congress, Manuscript
                          # Division, Kissinger Papers, Box CL 1, Chronological File)")
                          rf"|[A-Z][^()]{{2,200}}?\b(?:{alternation('repositories')})\b[^()]*?,\s*"
                          rf"(?:{alternation('archive_units')})\b[^()]*"
                          rf"|\d+\s+(?:{alternation('law_series')})\s+\d+"  # "(21 UST 483)"
                          # a classical writer's name cut short, then book and chapter: "(Dionys. Halicarn. iv. 17)"
                          r"|[A-Z][a-z]{2,}\.(?:\s+[A-Z][a-z]{2,}\.){0,2}\s+[ivxlc]+\.\s*\d+(?:\s*[,.]\s*\d+)*)\)")


IMPRINT_ALONE = re.compile(r"^(?P<place>[A-Z][\w.'’ -]{1,30}),\s+(?P<year>(?:1[5-9]|20)\d\d)"
                           r"(?:,\s+(?:\d+(?:to|vo|mo)|folio|fol\.|\d+(?:st|nd|rd|th|d)\.?\s+(?:ed|edit|edition)\.?))?\.?$")
TRANSLATED_AT = re.compile(r"^(?:Eng|Engl|English|Fr|French|Germ|German|Ital|Italian)\.?\s+(?:trans|transl|translation)\.?"
                           r",?\s+(?:vol\.\s*[\divxlc]+\.?,?\s*)?pp?\.\s*[\divxlc]+")
# the writer's word on where in the work just cited ("Quote on p. 857", "Quoted at pp. 4–5"): no title, no name
PRINTED_IN_FULL = re.compile(r"^[*“\"][^*”\"]{10,200}[*”\"][.,]?\s+(?:\S+\s+){60,}?.*?(?P<see>(?:--|—)\s*See\b)")
TOPIC_THEN_PAGE = re.compile(rf"^(?:On|Of|About|Upon|Über|Sur)\s+(?:the\s+|a\s+|an\s+)?[^,;“”\"*()]{{2,40}},\s*"
                             rf"(?:{alternation('page_locators')})\.?\s*\d")
PAGE_REMARK = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+pp?\.\s*(?P<pages>[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?)$")


def _printings(piece: Piece) -> list[Piece]:
    """"<letter>, NARA, RG 59, CDF 1955–1959, 023.1/3–1555 and <letter>, NARA, RG 59, ...": each
    printing of a collection is a reference of its own, cut at the "and" before the next document."""
    named = list(pattern("repositories").finditer(piece.text))
    if len(named) < 2 or ITALIC.search(piece.text):
        return [piece]
    cuts = []
    for before, after in zip(named, named[1:]):
        between = piece.text[before.end(): after.start()]
        # the "and" after the first printing's file or box number ("023.1/6–3053 and passim, NARA", "Box 3,
        # Folder 1955 and memorandum of ..."), else one before a capital ("..., 1950 and Noble to ...")
        ended = [m for m in re.finditer(r"(?<=[\d)\]])\s+and\s+(?=\S)", between)]
        joins = ended or [m for m in re.finditer(r"\s+and\s+(?=[A-Z“\"])", between)]
        if joins:
            join = ended[-1] if ended else (joins[-1] if len(joins) == 1 else joins[0])
            cuts.append((before.end() + join.start(), before.end() + join.end()))
    parts, start = [], 0
    for end, next_start in cuts + [(len(piece.text), len(piece.text))]:
        text = piece.text[start:end].strip(" ,;")
        if text:
            parts.append(Piece(piece.start + start, piece.start + end, text, piece.same_author_as_previous))
        start = next_start
    return parts


REPOSITORY_AFTER_STOP = re.compile(r"(?<=\.)\s+\((?P<inner>[^()]+)\)\s*$")


def _repository_after_full_stop(piece: Piece) -> list[Piece]:
    """"Telegram from X to Y, August 1, 1914. (National Archives, RG 59 123 H 43/37a)": where the item is kept,
    in brackets after the reference's full stop, is a piece of its own (the collection, or the place of the
    manuscript just described); what comes before it keeps its full stop."""
    found = REPOSITORY_AFTER_STOP.search(piece.text)
    if not found or not ARCHIVE_WORDS.search(found.group("inner")):
        return [piece]
    head = piece.text[: found.start()].strip().rstrip(".")  # the full stop ends the reference, as elsewhere
    return [Piece(piece.start, piece.start + len(head), head, piece.same_author_as_previous),
            Piece(piece.start + found.start("inner"), piece.start + found.end("inner"), found.group("inner"),
                  held=True)]


DOCUMENT_KIND = pattern("document_kinds", r"^(?:{})\b")


BOOK_IN_PLAIN = re.compile(r"(?P<book>[A-Z][^()]*?)(?:,\s*(?:ed\.|eds\.|edited by)\s+(?P<editors>[^()]+?))?"
                           r"\s*\((?P<imprint>[^()]*\b(?:1[5-9]|20)\d\d)\)")
HEREAFTER_PIECE = pattern("hereafter", r"^(?:{}):?\s+(?P<abbr>[^\s,;].{{0,60}}?)\.?$", re.I)
HELD_IN_COLLECTION = re.compile(r"(?:[^,]*?\b(?P<year>(?:1[5-9]|20)\d\d),\s+)?(?P<page>\d+(?:\s*[–-]\s*\d+)?),\s+in\s+(?:the\s+)?(?P<collection>[A-Z][^,;()]*?"
                                r"\b(?:Collection|Collections|Papers|Archives?|Library)\b[^,;()]*?)\.?")
LOCATOR_IN_BRACKETS = re.compile(r"\s*\((?P<loc>[^()]+)\)\.?$")
NAME_AND_SO_ON = re.compile(rf"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s+(?:{alternation('and_so_on')})\.?$")
DICTIONARY_ARTICLE = re.compile(r"^(?:§|s\.\s?v\.|sub voce|art\.)\s*[A-ZÀ-Ý][a-zà-ÿ]")  # a word, not "art. II"
LEADING_DATE = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th|d)?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th|d)?,?\s+\d{{4}}):\s+"
                          r"(?=[A-Z])")


def _without_leading_date(piece: Piece) -> Piece:
    """"9th May, 1766: Biographie Universelle, § Lally": the date of the event, then the reference."""
    date = LEADING_DATE.match(piece.text)
    return Piece(piece.start + date.end(), piece.end, piece.text[date.end():], piece.same_author_as_previous,
                 piece.held) if date else piece


def _held_next(pieces: list[Piece], piece: Piece) -> bool:
    """A document described before the repository that keeps it: a detail of the collection cited next."""
    following = pieces[pieces.index(piece) + 1:]
    return bool(following) and following[0].held


MANUSCRIPT = re.compile(r"^(?P<names>(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][a-z][\w'’-]+)\.\s+(?P<title>[A-Z][^,;]+?),"
                        r"(?:\s+[^,;]+,)*?\s+(?:pp?\.\s*)?(?P<page>\d+(?:\s*[–-]\s*\d+)?)\.?$")


def _manuscript(head: str) -> tuple[list[str], str, str] | None:
    """"Myron T. Herrick. Chapter One of Myron T. Herrick Remembrances, 1920s but undated, unpublished, 2.":
    an unpublished work, its author and a full stop, the title, what the note says of it, the page; printed
    before the repository that keeps it. Authors, title and page, or None."""
    found = MANUSCRIPT.match(head)
    if not found or not people(found.group("names")):
        return None
    return people(found.group("names")), found.group("title").strip(), found.group("page")


def _with_parenthetical_references(pieces: list[Piece]) -> list[Piece]:
    """A reference in brackets inside the writer's sentence ("... (Three Decades, p. 274)",
    "(ibid., pp. 459–460)") is a piece of its own, after the sentence, which loses it."""
    result = []
    for piece in pieces:
        inner = [m for m in PARENTHETICAL.finditer(piece.text) if m.start() > 0]
        if not inner:
            result.append(piece)
            continue
        text = piece.text
        for match in inner:
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end():]
        quoted = re.match(r"\s*:\s+", text[inner[-1].end():])
        if quoted and len(inner) == 1:  # "Hieros. rosch haschanah f. lvi. 4. (Lightfoot, ..., p. 723): R. Simeon
            # ... dicit: ...": a reference, where it is quoted from in brackets, then the words quoted
            cut = inner[-1].end() + quoted.end()
            result.append(Piece(piece.start, piece.start + inner[-1].start(), text[: inner[-1].start()].rstrip(),
                                piece.same_author_as_previous))
            result.append(Piece(piece.start + cut, piece.end, text[cut:]))
        else:
            result.append(Piece(piece.start, piece.end, text, piece.same_author_as_previous))
        result += [Piece(piece.start + m.start("inner"), piece.start + m.end("inner"), m.group("inner")) for m in inner]
    return result


def _pages_only(pinpoint: str | None) -> str | None:
    """'p. 497', 's. 124 f.' -> '497', '124 f.': the pinpoint of a page, as the other forms give it (the page word
    in any language of conventions.yml page_words); any other locator as printed."""
    match = re.fullmatch(rf"(?:{alternation('page_words')})\.\s*([\divxlc][\divxlc\s,–-]*?(?:\s+(?:ff?|sqq?|seqq?)\.?)?)\.?",
                         pinpoint or "")
    return match.group(1).strip() if match else pinpoint


NAME = r"[A-Z][\w'’-]*\.?(?:\s+(?:of|the|de|le|la|von|van)?\s*[A-Z][\w'’-]*\.?){0,3}"
# "See Pliny's Panegyric", "in Julian's Caesars", "See also White’s Natural History of Selborne", "Carl Gross’ Play
# of Animals", "Charles Dixon’s Among the Birds in Northern Shires": an author's work named in a sentence, its title
# capitalised words and the joiners between them (conventions.yml title_joiners); the name starts no sentence word
UPPER = "A-ZÀ-ÖØ-Þ"
TITLE_IN_ROMAN = rf"[{UPPER}][\w'’-]*(?:\s+(?:(?:{alternation('title_joiners')})\s+)*[{UPPER}][\w'’-]*)*"
NOT_AUTHORS = "|".join(str(w) for w in conventions()["not_names"] + ["See", "Cf", "Compare", "Also", "On"])  # YAML reads On as true
# where the title ends: at a stop, a bracket or the end ("Jefferson’s Louisiana Purchase negotiations" is no title)
POSSESSIVE_WORK = re.compile(rf"(?:^|(?<=[\s(,;:]))(?<!\bthe )(?!(?:{NOT_AUTHORS})\b)"
                             rf"(?P<author>{NAME})(?:['’]s|(?<=s)['’])\s+(?P<title>{TITLE_IN_ROMAN}"
                             r"(?:,\s+or,?\s+(?:(?:the|an|a)\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|and|de|[A-Z][\w'’-]*))*)?)"  # "Vallum Romanum, or the History ..."
                             r"(?=\s*(?:[,.;:()]|$)|\s+(?:of|in|the|and|is|was|which|that|to|by|for|with|from|on|at|as)\b)")
# "See Livy, and Dionysius of Halicarnassus, under ...", "See Appian (in Prooem.)": authors alone after "See"
SEE_AUTHORS = re.compile(rf"(?<!\bto )\b[Ss]ee\s+(?P<names>{NAME}(?:,?\s+and\s+{NAME})*)(?=\s*(?:[,.;]|\(|$))")


def _in_reference_aside(text: str, at: int) -> bool:
    """"... it remained unaltered (see Hume’s Essays, ed. Green & Grose, vol. i, pp. 59)": inside brackets that
    open with "see" or "cf.", a reference the writer puts aside, not words of a title."""
    opened, closed = text.rfind("(", 0, at), text.rfind(")", 0, at)
    return opened > closed and re.match(r"\(\s*(?:see|cf\.|compare)\b", text[opened:], re.I) is not None \
        and not re.search(r"[“\"*]", text[opened:at])


def _named_in_prose(piece: Piece, base, made: list[Citation]) -> list[Citation]:
    """Works the writer names in a sentence, beyond the references the piece was read as."""
    found = []
    known = {fold_name(a) for c in made for a in c.authors} | {fold_name(c.title or "") for c in made}
    depths = _depths(piece.text)
    for match in POSSESSIVE_WORK.finditer(piece.text):
        if all(w in conventions()["publisher_words"] for w in match.group("title").split()):
            continue  # "G. P. Putnam’s Sons": a publisher
        if match.group("title") in conventions()["possessed_places"]:
            continue  # "Pitcairn’s Island", "the Governor General’s Council": a place or a body
        if fold_name(match.group("author")) in known or fold_name(match.group("title")) in known \
                or (depths[match.start()] and not _in_reference_aside(piece.text, match.start())) or any(c.start <= piece.start + match.start() < c.end and (c.title or c.container) for c in made):
            continue  # inside a title ("*... Moscow's China Policy ...*") or a reference already read
        c = base()
        author = match.group("author")  # "John Warburton" is turned round; "Pliny", "Dionysius of Halicarnassus" are not
        modern = re.fullmatch(r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+[A-Z]\.)*\s+[A-Z][\w'’-]+", author)
        c.form, c.authors, c.title = "short", split_names(author)[0] if modern else [author], match.group("title")
        c.start, c.end = piece.start + match.start("author"), piece.start + match.end("title")
        found.append(c)
    found += _reference_work_speaking(piece, base, known)
    found += _work_described_by_writer_and_year(piece, base, known)
    found += _pronouns_work(piece, base, known)
    found += _quoted_works_of_the_subject(piece, base, known)
    found += _writings_of(piece, base, known | {fold_name(a) for c in found for a in c.authors})
    found += _authors_reported(piece, base, known | {fold_name(a) for c in found for a in c.authors},
                               [a for c in made + found for a in c.authors])
    if made or found:
        return found
    for match in SEE_AUTHORS.finditer(piece.text):
        rest = piece.text[match.end():].lstrip(" ,")
        if has_locator(rest[:40]) or ITALIC.match(rest) or find_quoted(rest):
            continue  # "See Smith, Title, p. 4": a reference the piece is read as, not names alone
        for name in re.split(r",?\s+and\s+", match.group("names")):
            if any(_title_word(w) for w in name.split()) or name.split()[0] in ("the", "The"):
                continue
            c = base()
            c.form, c.authors = "short", [name.strip(" ,")]
            found.append(c)
    return found


@lru_cache(maxsize=1)
def _reference_work_speaks() -> re.Pattern:
    return re.compile(rf"\b(?:[Tt]he\s+)?(?P<title>(?:[A-Z][\w'’]*\s+){{0,3}}(?:{alternation('reference_works')})"
                      rf"(?:\s+[A-Z][\w'’]*){{0,3}})(?:,[^.;:]{{0,100}}?,)?\s+(?:{alternation('reporting_verbs')})\b")


def _reference_work_speaking(piece: Piece, base, known: set[str]) -> list[Citation]:
    """"The Encyclopædia Britannica, for instance, though fully accepting the Malthusian theory, says of ...": a work
    of reference (conventions.yml reference_works) the writer quotes, named as the subject of a verb of saying."""
    found = []
    for match in _reference_work_speaks().finditer(piece.text):
        if fold_name(match.group("title")) in known:
            continue
        c = base()
        c.form, c.title = "short", match.group("title").strip()
        c.start, c.end = piece.start + match.start("title"), piece.start + match.end("title")
        found.append(c)
    return found


WORK_BY_WRITER_IN_YEAR = re.compile(rf"\bin\s+an?\s+(?:[a-z]+\s+)?(?P<noun>pamphlet|book|treatise|essay|tract|paper|memoir)"
                                    rf"\s+by\s+(?:(?:{'|'.join(map(re.escape, words('honorifics')))})\s+)?(?P<who>{NAME})"
                                    r"(?:\s+of\s+[A-Z][\w'’-]+)?,?\s+in\s+(?P<year>(?:1[5-9]|20)\d\d)\b")


def _work_described_by_writer_and_year(piece: Piece, base, known: set[str]) -> list[Citation]:
    """"the law of rent was first stated in a pamphlet by Dr. James Anderson of Edinburgh in 1777": a writer's
    work described by its kind and year, untitled (flagged)."""
    found = []
    for match in WORK_BY_WRITER_IN_YEAR.finditer(piece.text):
        who = re.sub(r"\s+of\s+[A-Z][\w'’-]+$", "", match.group("who"))  # "James Anderson of Edinburgh"
        writer = people(who)
        if not writer or fold_name(who) in known:
            continue
        c = base()
        c.form, c.authors, c.year, c.described, c.ambiguous = "short", writer, match.group("year"), True, True
        c.reason = f"\"{match.group(0)}\": a {match.group('noun')} described by its writer and year, untitled."
        c.start, c.end = piece.start + match.start(), piece.start + match.end()
        found.append(c)
    return found


HIS_WORK = re.compile(r"\b(?:[Ss]ee|in)\s+(?:his|her)\s+(?P<title>[A-Z][\w'’-]*(?:\s+(?:(?:of|the)\s+)*[A-Z][\w'’-]*)*)"
                      r"(?:,\s*(?P<loc>[^()]*?))?\.?\)")
SUBJECT = re.compile(rf"(?<![\w.’'])(?P<name>{NAME})\s+[a-z]+s\b")
# "in the sixth book of his History", "see his Annals": a pronoun's work in the writer's sentence
HIS_WORK_IN_SENTENCE = re.compile(
    rf"\b(?:[Ss]ee|in)\s+(?:(?P<where>the\s+(?i:{alternation('ordinals')})\s+(?i:{alternation('divisions')}))\s+of\s+)?"
    r"(?:his|her)\s+(?P<title>[A-Z][\w'’-]*(?:\s+(?:(?:of|the)\s+)*[A-Z][\w'’-]*)*)(?=\s*[,.;:]|\s*$)")
# "Id., Baumkultus (Berlin, 1875)": idem before a title (before a page, "Id. at 5", it is Ibid)
ID_BEFORE_TITLE = re.compile(rf"^(?i:id)\.,?\s+(?=[*“\"]?[A-Z][a-z])(?!(?:{alternation('locators')})\b)")
# the author a pronoun stands for, when the note names none: the one the annotated sentence names
ANNOTATED_AUTHOR = "@annotated"


def _pronouns_work(piece: Piece, base, known: set[str]) -> list[Citation]:
    """"The poet Buchanan celebrates ... (see his Sylvae, v.)": the work of the sentence's subject, a name
    followed by its verb; without such a subject in the sentence the pronoun is left unread."""
    found = []
    bracketed = list(HIS_WORK.finditer(piece.text))
    in_sentence = [m for m in HIS_WORK_IN_SENTENCE.finditer(piece.text)
                   if not any(b.start() <= m.start() < b.end() for b in bracketed)]
    for match in bracketed + in_sentence:
        subjects = [m.group("name") for m in SUBJECT.finditer(piece.text[: match.start()])
                    if m.group("name").split()[-1] not in conventions()["not_names"]
                    and not any(_title_word(w) for w in m.group("name").split())]
        honoured = [m.group("name") for m in _honoured_name().finditer(piece.text[: match.start()])
                    if re.search(r"\bby\s+$", piece.text[: m.start()])]  # the quoting writer, not the sentence's subject
        if subjects:
            name = subjects[-1].split()[-1] if subjects[-1].split()[0] in conventions()["not_names"] else subjects[-1]
        elif honoured:  # "Quoted by Judge Cooley in his Principles of Constitutional Law"
            name = honoured[-1]
        elif match.re is HIS_WORK_IN_SENTENCE and not known:  # (a reference read in the piece names whose)
            name = ANNOTATED_AUTHOR  # "See ... in the sixth book of his History": whose, the annotated text says
        else:
            continue
        c = base()
        located = match.group("where") if match.re is HIS_WORK_IN_SENTENCE else _clean(match.group("loc"))
        c.form, c.authors, c.title, c.pinpoint = "short", [name], match.group("title"), located
        c.start, c.end = piece.start + match.start("title"), piece.start + match.end("title")
        found.append(c)
    return found


def read_pronoun(c: Citation, passage: str, fragments: list[Fragment]) -> bool:
    """"See ... in the sixth book of his History" in a note whose sentence names no one: "his" is the author
    the annotated sentence names ("The legions, as they are described by Polybius,"), the last it names; the
    link is flagged. With no author named there, the reference is not linked but reported (a fragment with its
    reason). False when the citation is to be dropped."""
    if c.authors != [ANNOTATED_AUTHOR]:
        return True
    own = [m.group("name") for f in fragments if (f.chapter, f.note) == (c.chapter, c.note) and f.end <= c.start
           for m in _honoured_name().finditer(f.text)]
    if own:  # "These are Mr. Bagehot's words .... See his English Constitution": the person the note itself names
        c.authors = [own[-1]]
        return True
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", passage.strip())[-1] if passage.strip() else ""
    named = sorted(((m.start("author"), m.group("author")) for pattern_ in _reporting_patterns()[:2]
                    for m in pattern_.finditer(sentence)
                    if m.group("author").split()[0] not in conventions()["not_names"]
                    and not any(_title_word(w) for w in m.group("author").split())), key=lambda found: found[0])
    if not named:  # "the distinctions of Chrysippus,(37)": a writer named as classical.py reads the calling sentence
        named = [(0, name) for name in writers_named(sentence, set())]
    if named:
        c.authors, c.ambiguous = [named[-1][1]], True
        c.reason = (f"\"his {c.title}\": the note names no one; the sentence it annotates names "
                    f"{named[-1][1]}: read as {named[-1][1]}'s {c.title}.")
        return True
    fragments.append(Fragment(c.chapter, c.note, c.start, c.end, c.text, "unresolved",
                              f"\"his {c.title}\": neither the note nor the sentence it annotates names whose; "
                              "not linked."))
    return False


@lru_cache(maxsize=1)
def _honoured_name() -> re.Pattern:
    """"Mr. Bagehot's words", "Judge Cooley": a person the note's own words name by honorific and surname."""
    return re.compile(rf"(?<![\w.])(?:{alternation('honorifics')}|Judge|Senator)\s+(?P<name>[A-Z][a-z][\w-]+)(?=['’]s\b|\b)")


WRITER_BEFORE_CALL = re.compile(rf"(?:^|[^.!?]\s)(?P<author>{NAME}),?\s*$")  # "Symonds(37) observes", "Dr. Andrew Ure,(44)"
WRITERS_NOUN = re.compile(rf"\baccording to (?P<author>{NAME})['’]s\s+[a-z]+\b")  # "according to Gaskell’s calculation"


WRITER_ALONE = re.compile(r"(?:[A-Z]\.\s*){0,3}[A-Z][a-z][\w'’-]+")  # "Wilson", "A. A. Milne"
BY_WRITER_AT_CALL = re.compile(rf"\bby\s+(?P<who>{NAME})\.?$"  # "A similar criticism is made by Admiral Mahan."
                               rf"|[,”\"]\s+(?:{alternation('attribution_verbs')})\s+(?P<sayer>{NAME}),?$")  # "“...,” says H. M. Hyndman,"


def _writer_at_call(passage: str, just_before: bool = False) -> str | None:
    """The writer the annotated sentence names where it calls the note: the subject of a verb of saying
    ("What Carlyle says of the cotton spinners ...:"), "according to" a name or a name's noun ("according to
    Gaskell’s calculation"); with `just_before`, also a name just before the call inside the sentence."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", passage.strip())[-1] if passage.strip() else ""
    found = [m for pattern_ in [WRITER_BEFORE_CALL] * just_before + [*_reporting_patterns()[:2], WRITERS_NOUN]
             for m in pattern_.finditer(sentence)]
    names = [m.group("author") for m in found if m.group("author").split()[0] not in conventions()["not_names"]
             and not any(_title_word(w) for w in m.group("author").split())]
    return names[-1] if names else None


# a book and chapter of an ancient author's work ("l. liv. p. 736", "lib. ii", "iv. 29"): an ancient author is
# cited by his name alone, so the name before such a locator stays an author
CLASSICAL_DIVISION = re.compile(r"\(?(?:(?:l|lib|c|cap|tom)\.\s*[ivxlcdm\d]|[ivxlc]+\.\s*\d)")


def read_title_called_by_writer(citations: list[Citation], fragments: list[Fragment], note: Note, passage: str,
                                authors_elsewhere: set[str]) -> list[Citation]:
    """A note of a title alone whose author the annotated sentence names ("according to Gaskell’s
    calculation,(25)" - "Manufacturing Population, ch. 8."; "Symonds(37) observes" - "Arts and Artisans."):
    words read as an author's name are the title when the sentence names another writer at the call, and
    the words are nobody's name elsewhere in the chapter. The title keeps no author (the note prints none)."""
    def not_the_writer(words: str, writer: str | None) -> bool:
        return writer is not None and fold_name(writer) not in fold_name(words) \
            and fold_name(words) not in authors_elsewhere and fold_name(words) not in fold_name(passage)
    writer = _writer_at_call(passage) or (next(iter(writers_named(passage, set())[-1:]), None)
                                          if re.search(r"\b(?:he|she)\s+(?:says|writes|adds|declares)\b", passage) else None)
    # ("Mr. Blatchford ... “The people,” he says, ...": the writer a pronoun at the call stands for)
    for c in citations:  # "A similar criticism is made by Admiral Mahan." - "North American Review, March, 1912."
        by = BY_WRITER_AT_CALL.search(passage.strip())
        at_call = ((by.group("who") or by.group("sayer")) if by else _writer_at_call(passage) or "").strip(" .,")
        if c.container and not c.title and not c.authors and not c.person and c.kind == "article" and at_call \
                and people(at_call):
            c.authors = people(at_call)
            c.reason = f"an untitled item of a periodical; its writer the sentence calling the note names: {at_call}"
    for c in citations:
        if c.form == "short" and not c.title and not c.container and len(c.authors) == 1 \
                and c.kind == "book" and not_the_writer(c.authors[0], writer) and c.text.startswith(c.authors[0]) \
                and not CLASSICAL_DIVISION.match(c.pinpoint or ""):
            c.title, c.authors = c.authors[0], []
    alone = note.text.strip().rstrip(".")
    writer = WRITER_ALONE.fullmatch(alone)
    if writer and people(alone) and (re.search(r"\b[A-Z]\.", alone) or any(
            fold_name(family(a)) == fold_name(family(people(alone)[0])) for a in authors_elsewhere)) \
            and all(not c.authors and c.title == alone for c in citations):
        # "Wilson.", "A. A. Milne.": a writer alone (known as an author elsewhere, or named with initials), the
        # writing untitled; which of the writer's works is not said
        c = Citation(note.chapter, note.number, 0, len(alone), alone)
        c.form, c.authors, c.ambiguous = "short", people(alone), True
        c.reason = f"\"{alone}\": the note names a writer alone, no title; an untitled writing of {alone}"
        fragments[:] = [f for f in fragments if f.note != note.number]
        return [c]
    if not citations and alone and 2 <= len(alone.split()) <= 6 and not re.search(r"[,;:()“”\"]|^\d", alone) \
            and not INTERNAL.search(alone) and not is_prose(alone) \
            and (not re.search(r"\d", alone) or _older_title(alone)) \
            and (all(w[0].isupper() for w in alone.split() if w not in ("and", "of", "the", "in", "on", "&"))
                 or _older_title(alone)) \
            and not_the_writer(alone, _writer_at_call(passage, just_before=True)
                               or next(iter(writers_named(_last_sentence(passage), set())[-1:]), None)):
        # the note is the title alone
        c = Citation(note.chapter, note.number, 0, len(alone), alone)
        c.form, c.title = "short", alone
        fragments[:] = [f for f in fragments if f.note != note.number]
        return [c]
    return citations


PAGES_AND_EDITION = re.compile(r"^(?:[Pp]p?)\.\s*[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?(?:,\s*[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?)*"
                               r"(?:\s+in\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th|d)\s+)?(?:ed\.|edition)(?:\s+of)?,?\s+"
                               r"(?P<year>(?:1[5-9]|20)\d\d))?\.?$")
QUOTED_TITLE_IN_TEXT = re.compile(r"[“\"](?P<title>[A-Z][^”\"]{3,120}?),?[”\"]")


IMPRINT_ALONE_REASON = "an imprint alone, with no title: the book the sentence calling the note names, if it names one"


WRITER_OF_ARTICLE_AT_CALL = re.compile(
    rf"(?:^|[\s(])(?:(?:{alternation('honorifics')}|{alternation('styles_of_office')})\s+)?(?P<who>{NAME}),?\s+in\s+"
    r"(?:an?|his|her)\s+(?:[a-z]+\s+){0,2}(?:article|paper|essay|review|contribution|monograph)\b[^.!?]{0,80}$")


def read_writers_of_periodical_volumes(citations: list[Citation], before_call) -> list[Citation]:
    """'Prof. Osgood, in an able article,⁴⁶' with the note 'Political Science Quarterly, ii, p. 457.': a periodical
    cited by volume with no writer, the writer the sentence names just before the call, "in an article"."""
    for c in citations:
        if c.kind == "article" and c.container and not c.title and not c.authors and c.form != "ibid":
            found = WRITER_OF_ARTICLE_AT_CALL.search(before_call(c.note).rstrip(" ,;:"))
            if found and looks_like_names(found.group("who")):
                c.authors = split_names(found.group("who"))[0]
                c.reason = f"{c.container} by volume names no writer; the sentence calling the note names {c.authors[0]}."
    return citations


def read_imprints_alone(citations: list[Citation], fragments: list[Fragment], passages: dict) -> list[Citation]:
    """"Published by Fisher Unwin, 1914." called after "... in a separate volume called Antarctic Adventure": a note
    of an imprint alone completes the calling sentence; the book is the one whose title the sentence prints, among
    the titles the chapter's notes cite (flagged, with its reason). With no such title, the note stays reported."""
    titled = [c for c in citations if c.title and not c.container]
    added = []
    for fragment in [f for f in fragments if f.role == "unresolved" and f.reason == IMPRINT_ALONE_REASON]:
        sentence = _last_sentence(passages.get(fragment.note, ""))
        named = sorted((c for c in titled if len(c.title) > 3 and re.search(rf"\b{re.escape(c.title)}\b", sentence)),
                       key=lambda c: -len(c.title))
        if not named or len({fold_name(c.title) for c in named if c.title == named[0].title or c.title in named[0].title}) > 1:
            fragment.reason += "; the calling sentence names no title the notes cite: not linked"
            continue
        imprint = imprint_alone(fragment.text)
        c = Citation(fragment.chapter, fragment.note, fragment.start, fragment.end, fragment.text)
        c.form, c.title, c.authors = "full", named[0].title, list(named[0].authors)
        c.place, c.publisher, c.year = imprint.place, imprint.publisher, imprint.year
        c.ambiguous = True
        c.reason = (f"\"{fragment.text}\" prints only an imprint; the book is the one the calling sentence names, "
                    f"{named[0].title} (note {named[0].note}).")
        fragment.role, fragment.reason = "detail", "the imprint of the book the calling sentence names"
        added.append(c)
    return sorted(citations + added, key=lambda c: c.note) if added else citations


def read_pages_only(citations: list[Citation], fragments: list[Fragment], notes: list, before_call) -> list[Citation]:
    """"Pp. 11–13 in the ed. of 1705.": a note of pages (and an edition) alone cites a work the note does not
    name. The running text's sentence that gives the edition's year and a title in quotation marks ("a poem ...
    called “The Grumbling Hive: or Knaves Turn’d Honest,” ... first published ... about 1705") names it; else it is
    the work the notes named last. Either way the link is flagged, with its reason; with no work named before,
    the note is reported."""
    cited = {c.note for c in citations}
    added = []
    for note in notes:
        found = PAGES_AND_EDITION.match(note.text.strip())
        if note.number in cited or not found:
            continue
        c = Citation(note.chapter, note.number, 0, len(note.text.strip()), note.text.strip())
        c.form, c.ambiguous, c.pinpoint = "short", True, _pages_only(note.text.strip().split(" in ")[0].lower())
        year = found.group("year")
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“])|\n\s*\n", before_call(note.number)[-3000:]) if year else []
        titled = [m.group("title") for sentence in sentences if year in sentence
                  for m in QUOTED_TITLE_IN_TEXT.finditer(sentence) if not is_sentence(m.group("title"))]
        named = [x for x in citations if x.note < note.number and (x.title or x.authors) and not x.provision]
        if titled:
            c.title = titled[-1]
            c.reason = f"Pages only: the text names “{c.title}” in the sentence that dates the edition ({year})."
        elif named:
            last = max(named, key=lambda x: (x.note, x.start))
            c.title, c.authors = last.title, list(last.authors)
            c.reason = f"Pages only: the work the notes named last (note {last.note})."
        else:
            fragments[:] = [f for f in fragments if f.note != note.number]
            fragments.append(Fragment(note.chapter, note.number, 0, len(note.text), note.text, "unresolved",
                                      "pages only, and no work named before: not linked"))
            continue
        fragments[:] = [f for f in fragments if f.note != note.number]
        added.append(c)
    return sorted(citations + added, key=lambda c: c.note)


def _last_sentence(passage: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", passage.strip())[-1] if passage.strip() else ""


def _older_title(words: str) -> bool:
    """'De moribus Germ.', 'Ethic. ad Nicomachum', 'Réflexion 10 sur Longin': a title of the older manner, in Latin
    or French, opening with a title word or cut short, or holding a title's preposition ("de", "ad", "sur")."""
    split = words.split()
    units = {w.rstrip(".").lower() for key in ("provision_units", "provision_subunits", "classical_locators", "locators",
                                               "abbreviations") for w in conventions()[key]}  # not "Trans. mine"
    cut_short = split[0].endswith(".") and split[0].rstrip(".").lower() not in units
    return split[0][0].isupper() and split[0].rstrip(".").lower() not in units and (
        _title_word(split[0]) or cut_short or any(w in conventions()["title_prepositions"] or w == "ad"
                                                  for w in split[1:-1]))


@lru_cache(maxsize=1)  # built once: the conventions do not change while the parser runs
def _reporting_patterns() -> list[re.Pattern]:
    verbs, by, commentary = alternation("reporting_verbs"), alternation("reported_by"), alternation("commentary")
    plural = "|".join(re.escape(v[:-1]) for v in words("reporting_verbs") if " " not in v and v.endswith("s"))
    return [
        # "Tacitus observes, with reason, (in Agricola, c. 12)": the name, its verb, and the place if bracketed
        re.compile(rf"(?<![\w.’'])(?P<author>{NAME})(?:,\s+[a-z]+,)?\s+(?:{verbs})\b"
                   rf"(?:[^()]{{0,40}}?\((?:(?:in\s+)?(?P<title>[A-Z][\w'’ ]*),\s*)?(?P<loc>[^()]*)\))?"),
        # "expressed by Tacitus", "omitted by Dion, or rather by Xiphilin", "according to Strabo", "the single
        # testimony of Richard of Cirencester"
        re.compile(rf"\b(?<!will be )(?<!shall be )(?:(?:{by})\s+by|[Aa]ccording to|(?:{alternation('testimony_nouns')})\s+of)\s+"
                   r"(?:(?:our|the|his|their)\s+(?:[a-z]+\s+){0,3}[a-z]+s?,\s+)?"  # "by our own antiquarians, Camden"
                   rf"(?P<author>{NAME})"
                   rf"(?:,?\s+(?:or rather|or|and)\s+(?:by\s+)?(?P<author2>{NAME})"
                   rf"|\s*\((?P<title>[A-Z][^()]{{3,120}}?)\.?\))?"),  # "discussed by Reiske (Program. de ...)"
        # "Pausanias (l. viii. c. 43) mentions", "Dionysius of Halicarnassus, (l. v. c. 45)": a name and its locator
        re.compile(rf"(?<![\w.’'])(?P<author>{NAME}),?\s*\((?P<loc>[^()]+)\)"),
        # an edition's or a translation's apparatus by its maker: "with the annotations of Reimar", "the learned
        # notes of his French translator, M. Spanheim", "with Spanheims observations"
        re.compile(rf"\b(?:(?:{commentary})\s+of\s+|notes\s+of\s+(?=(?:his|the|her)\s+(?:[A-Za-z]+\s+){{0,2}}"
                   rf"(?:translator|editor|commentator|annotator),))(?:(?:his|the|her)\s+(?:[A-Za-z]+\s+){{0,2}}"
                   rf"(?:translator|editor|commentator|annotator),\s+)?(?:(?:{alternation('honorifics')})\s+)?"
                   rf"(?P<author>{NAME})"),
        re.compile(rf"(?<![\w.’'])(?P<author>[A-Z][\w-]+?)['’]?s\s+(?:{commentary})\b"),
        # "Eutropius and Sextus Rufus have endeavored to perpetuate the illusion": writers, the subject of a verb
        # of a writer's work in the perfect, at the head of the sentence
        re.compile(rf"^(?P<author>{NAME})(?:\s+and\s+(?P<author2>{NAME}))?\s+(?:have|has|had)\s+"
                   rf"(?:{alternation('writers_verbs')})\b"),
        # "Examples borrowed from Aulus Gellius, v. 9, and from Valerius Maximus, i. 8": an ancient author in the
        # sentence, then his book and chapter
        re.compile(rf"\b(?:from|in|and|see|See)\s+(?![^,]*?['’]s\s)(?P<author>{NAME}),\s+(?!(?:c|l)\.)(?P<loc>[ivxlc]+\.\s*\d+(?:\.\s*\d+)?)"
                   r"(?=[,;.)]|\s|$)"),
        # "H. Seebohm and Ch. Dixon both mention this habit": two writers, the subject of a verb of reporting
        re.compile(rf"^(?P<author>{NAME})\s+and\s+(?P<author2>{NAME})\s+(?:both\s+)?(?:{plural})\b"),
        # "the powerful description of the St. Kilda islands by Mr. Dixon (quoted by Seebohm)": a writer's piece
        # named by its kind, and the writer quoting it
        re.compile(rf"\b(?:{alternation('testimony_nouns')}|description)\b(?:[^.;()]|(?<=\b[A-Z][a-z])\.){{0,60}}?\bby\s+"
                   rf"(?:(?:{alternation('honorifics')})\s+)?(?P<author>{NAME})"
                   rf"(?:\s*\((?:{alternation('cited_in')})\s+(?P<author2>{NAME})\))?"),
    ]


def _authors_reported(piece: Piece, base, known: set[str], names_known: list[str] = ()) -> list[Citation]:
    """Authors the writer's sentence reports ("Tacitus observes", "mentioned by Suetonius") or cites by a
    bracketed locator: each an author's work, with the title or locator the sentence gives."""
    found, seen, seen_names = [], set(known), list(names_known)
    depths = _depths(piece.text)
    for index, pattern_ in enumerate(_reporting_patterns()):
        for match in pattern_.finditer(piece.text):
            if index >= 3 and ARCHIVE_WORDS.search(piece.text):
                continue  # "the working notes of Anatoly Chernyaev, ..., Archive": a person's papers, not an apparatus
            if index == 2 and not (is_locator(match.group("loc")) and (re.match(r"[a-z§]", match.group("loc")) or (re.match(
                    rf"(?:{alternation('locators')})\.?\s*[\dIVXLC]", match.group("loc"))
                    and re.search(r"(?:^|[\s(][a-z]+\s+|[.;:]\s+)$", piece.text[: match.start()])))):
                # "(l. viii. c. 43)", "(iv. 17)", "(Chap. II)"; not a date ("American Historical Review (July 1949)")
                continue
            for group in ("author", "author2"):
                name = match.groupdict().get(group)
                opening = re.match(rf"(?:(?:{NOT_AUTHORS})\s+)+(?=[A-Z])", name or "")
                name = name[opening.end():] if opening else name  # "As John Stuart Mill says": John Stuart Mill
                honorific = re.match(rf"(?:{alternation('honorifics')})\s+", name or "")
                name = name[honorific.end():] if honorific else name  # "M. le Beau": le Beau
                name = re.sub(r"['’]s$", "", name) if name and index == 2 else name  # "Ricardo’s (Chap. II)"
                if not name or fold_name(name) in seen or any(same_name(name, other) for other in seen_names) \
                        or depths[match.start(group)] and index not in (2, len(_reporting_patterns()) - 1) \
                        or name.split()[0] in conventions()["not_names"] or any(_title_word(w) for w in name.split()) \
                        or not looks_like_names(re.sub(r"\s+of\s+", " ", name)):  # "Richard of Cirencester"
                    continue
                c = base()
                c.form, c.authors, c.reported = "short", [name], True
                if index == len(_reporting_patterns()) - 1 and group == "author":
                    c.reported, c.described = False, True  # a piece of his the sentence describes: no title to borrow
                    c.reason = "a writer's piece described by its kind and subject, untitled"
                c.title = _clean(match.groupdict().get("title")) if group == "author" else None
                c.pinpoint = _clean(match.groupdict().get("loc")) if group == "author" else None
                chunks = [chunk.strip() for _, chunk in top_level_chunks(c.pinpoint or "")]
                if index == 2 and len(chunks) > 1 and not c.title and not is_locator(chunks[-1]) \
                        and not is_prose(chunks[-1]) and all(is_locator(chunk) for chunk in chunks[:-1]):
                    c.title, c.pinpoint = chunks[-1], ", ".join(chunks[:-1])  # "Buckle (Chap. II., History of ...)"
                c.start, c.end = piece.start + match.start(group), piece.start + match.end(group)
                seen.add(fold_name(name))
                seen_names.append(name)
                found.append(c)
    return found


def fold_name(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(]))'(?P<inner>[A-Z](?:[^'\"“”]|'(?=\w))*?(?:[,.!?]'|[\w)]'(?=[,.;:)]|$|\s+(?:and|or|&)\s)))")


TRANSCRIBERS_NOTE = re.compile(r"\b(?i:transcriber)['’]s [Nn]ote:.*$", re.S)  # the transcription's remark, not the writer's
COMMA_IN_ITALICS = re.compile(r"(?<=[^\s*]),\*(?=\s|$)")  # "*African Repository,* VIII": the comma is the note's


def _single_quotes_as_double(text: str) -> str:
    """Titles in straight single quotes, the old British way ("'Man's Place in Nature,' 1863, p. 67"), in
    double quotes (same length: spans stay true), as the rest of the parser reads them; an apostrophe inside
    ("Man's", "L'Ordre") or a quote opened in a word ("dell' uomo") is no quotation mark."""
    return SINGLE_QUOTED.sub(lambda m: f"“{m.group('inner')[:-1]}”", text)


def _latin_in_italics() -> re.Pattern:
    return re.compile(rf"\*(?P<words>(?:{alternation('following_pages')})\.?)\*")


def _blank_apparatus(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The note with its cross-references to the book itself ("see note 5 above and") and its
    "hereafter" clauses blanked out (same length: spans stay true); the abbreviations, by place.
    "pp. 261 *et seq*." prints a locator's Latin in italics, no title: read without its asterisks."""
    text = _latin_in_italics().sub(lambda m: f"{m.group('words')}  ", text)
    text = EDITOR_SIGNATURE.sub(lambda m: ("" if text[: m.start()].rstrip().endswith(".") else ".").ljust(len(m.group(0))),
                                text)  # "... 4to edit—M. See": the added note ends there
    text = EDITOR_SIGLUM.sub(lambda m: " " * len(m.group(0)), text)
    aliases = []
    for match in HEREAFTER_ANY.finditer(text):
        aliases.append((match.start(), _clean(match.group("abbr"))))
    text = HEREAFTER_ANY.sub(lambda m: " " * len(m.group(0)), text)
    for match in ALIAS_SENTENCE.finditer(text):
        aliases.append((match.start(), _clean(match.group("abbr") or match.group("abbr2"))))
    text = ALIAS_SENTENCE.sub(lambda m: " " * len(m.group(0)), text)
    text = INTERNAL.sub(lambda m: " " * len(m.group(0)), text)
    text = TRANSCRIBERS_NOTE.sub(lambda m: " " * len(m.group(0)), text)
    return _single_quotes_as_double(COMMA_IN_ITALICS.sub("*,", text)), aliases


@lru_cache(maxsize=1)
def _writer_then_title() -> re.Pattern:
    small = r"(?:of|the|and|in|on|for|a|an|to|at|with|de|du|des|la|le|von|der|die|das)"
    return re.compile(
        rf"^(?P<name>(?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w'’-]+)\s+(?:(?:[a-z]+ly|later|also|again|first|then|once)\s+)?"
        rf"(?:{alternation('wrote_verbs')})\s+[a-z][^.;:“”\"*A-Z]*?\bin\s+(?:(?:his|her|their)\s+)?"
        rf"(?P<title>[A-Z][\w'’-]*(?:\s+(?:{small}\s+)*[A-Z0-9][\w'’-]*)*),\s+(?P<rest>.+?)\.?$")


def parse_writer_then_title(text: str, base_factory) -> Citation | None:
    """'Kissinger later discussed the article in White House Years, pp. 234–235.', 'Hull discussed the conference
    in his Memoirs, vol. II, p. 1234': a writer, a verb of what he did in a work (conventions.yml), and the work's
    title, unitalicised (a span of years after it is the title's), then only locators: his work, cited short."""
    found = _writer_then_title().match(text)
    if not found or found.group("name").split()[0] in conventions()["not_names"] \
            or found.group("title").split()[0].lower() in conventions()["divisions"]:
        return None  # "Smith discussed it in Chapter 5, p. 3": a part of a work the note does not name
    title, chunks = found.group("title"), [chunk for _, chunk in top_level_chunks(found.group("rest"))]
    if chunks and re.fullmatch(r"(?:1[5-9]|20)\d\d[–-](?:1[5-9]|20)?\d\d", chunks[0]) and len(chunks) > 1:
        title, chunks = f"{title}, {chunks[0]}", chunks[1:]  # "Memoirs, 1925–1950"
    if not chunks or not all(is_locator(chunk) for chunk in chunks):
        return None
    writers = people(found.group("name"))
    if not writers:
        return None
    c = base_factory()
    c.form, c.authors, c.title = "short", writers, title
    c.pinpoint = re.sub(r"^pp?\.\s*", "", ", ".join(chunks)) if len(chunks) == 1 else ", ".join(chunks)
    return c


def _ends_with_imprint(text: str) -> bool:
    imprints = list(PUB_PAREN.finditer(text))
    return bool(imprints) and imprints[-1].end() >= len(text.rstrip(" .,;")) - 1


def _part_titled_after_imprint(citations: list[Citation], text: str) -> list[Citation]:
    """'Engineers, An Engineering Interpretation ... (New York: Co., 1943); The Shipbuilding Industry ..., 30.': a
    title with neither author nor imprint of its own, a page after it, printed right after a work's imprint and a
    semicolon, is a titled part of that work (as Chicago 14.121 prints a volume's title after the work's imprint):
    one citation, the part's, flagged (it may be read as another work cited by its title alone)."""
    out: list[Citation] = []
    for c in citations:
        whole = out[-1] if out else None
        between = text[whole.end:c.start] if whole else ""
        if whole and whole.form == "full" and whole.title and whole.year and (whole.publisher or whole.place) \
                and not whole.pinpoint and not whole.url and whole.kind == "book" \
                and re.fullmatch(r"[\s).]*;\s*", between) and _ends_with_imprint(whole.text) \
                and not RECORD_BY_SESSION.match(c.text) \
                and c.form == "short" and c.title and c.pinpoint and not (c.authors or c.editors) \
                and c.kind == "book" and not is_prose(c.title):
            c.kind, c.form, c.container, c.authors = "chapter", "full", whole.title, list(whole.authors)
            c.place, c.publisher, c.year = whole.place, whole.publisher, whole.year
            c.start, c.ambiguous = whole.start, True
            c.reason = (f"\"{c.title}\", printed after the imprint of {whole.title} and a semicolon, read as a "
                        "titled part of it; it may be a work of its own cited by its title alone.")
            out[-1] = c
            continue
        out.append(c)
    return out


def read_report_parts(citations: list[Citation], fragments: list[Fragment]) -> list[Citation]:
    """"Symonds’ Rep. App. Part I": a commissioner's report by its part alone is that part of the public body's
    report the chapter cited last, of which his report is one (flagged); with none cited before, it is reported."""
    kept: list[Citation] = []
    for c in citations:
        if not c.report_part:
            kept.append(c)
            continue
        reports = [k for k in kept if (k.title and _report_title().search(k.title)) or k.hereafter
                   and _report_title().search(k.hereafter)]
        if not reports:
            fragments.append(Fragment(c.chapter, c.note, c.start, c.end, c.text, "unresolved",
                                      f"\"{c.text}\": a report cited by its maker and part alone; no public body's "
                                      "report is cited before it: not linked."))
            continue
        last = reports[-1]
        declared = [k for k in kept if k.hereafter and k.title and last.title
                    and fold_name(k.hereafter) == fold_name(last.title)]
        last = declared[-1] if declared else last  # cited last by its alias: the title the alias stands for
        c.title, c.authors, c.ambiguous = last.title, list(last.authors), True
        c.reason = (f"\"{c.text}\": a report cited by its maker and part alone, read as that part of the report "
                    f"cited last ({last.title}, note {last.note}).")
        kept.append(c)
    return kept


def _parse_piece(piece: Piece, base, earlier: list[Citation]) -> list[Citation]:
    text = piece.text
    modern = read_modern(text, base, lambda at, rest: _parse_piece(  # modern.py: modern notes' forms first
        Piece(piece.start + at, piece.end, rest), lambda: Citation(base().chapter, base().note, piece.start + at,
                                                                   piece.end, rest), earlier))
    if modern is not None:
        return modern
    maker_after = read_title_locators_maker(text) or read_author_in_title(text)
    if maker_after:  # "Title, vol.ii, part i, by E. A. Wilson, p. 36", "Wilson in the Title, vol. ii, p. 44"
        return [_from_reading(maker_after, base())]
    within = WRITER_IN_WORK_ALONE.fullmatch(text.strip(" ."))
    if within and people(within.group("who")) and within.group("who").split()[0] not in conventions()["not_names"] \
            and not _title_word(within.group("who").split()[0]) and not is_prose(within.group("title")) \
            and re.search(rf"\b(?:Reports?|{alternation('learned_series')}|{alternation('periodical_words')})\b",
                          within.group("title")):  # (not "Born in the Highlands.")
        c = base()  # "Wilson in the Discovery Natural History Reports.": the writer's part of a work, no place in it
        c.form, c.authors, c.title, c.ambiguous = "short", people(within.group("who")), within.group("title"), True
        c.reason = (f"\"{text.strip()}\": the writer's contribution to {within.group('title')}, with no part or page; "
                    "it may name the series.")
        return [c]
    his = HIS_TITLE_THEN_WRITER.match(text) or WRITER_THEN_HIS_TITLE.match(text)
    if his and people(his.group("who")) and his.group("who").split()[0] not in conventions()["not_names"]:
        # "In his History of ... Europe, Lecky says:", "Limborch, in his History of the Inquisition, relates",
        # "Thomas Hughes, in his preface to the first English edition of The Bigelow Papers, refers"
        c = base()
        c.form, c.authors = "short", people(his.group("who"))
        if his.groupdict().get("part"):
            c.kind, c.container = "chapter", his.group("title").strip()
        else:
            c.title = his.group("title").strip()
        c.end = c.start + his.end("title")
        return [c]
    part = VOLUME_THEN_PART.fullmatch(text.strip(" ."))
    if part and not is_prose(part.group("title")) and not is_locator(part.group("title")):
        c = base()  # "Vol. ii, Narrative of the Northern Party.": a titled part of the book the calling sentence names
        c.form, c.kind, c.title, c.volume, c.ambiguous = "short", "chapter", part.group("title"), part.group("vol"), True
        c.reason = (f"\"{text.strip()}\" prints a volume and a part's title; the book (and its writer) are the ones "
                    "the calling sentence names")
        return [c]
    issues = ARTICLES_IN_ISSUES.match(text.strip(" ."))
    if issues:  # "See articles in Nineteenth Century for October, 1878, and March, 1879.": an item of each issue
        made = []
        for date in re.finditer(rf"{MONTH},?\s+(?:\d{{1,2}},\s+)?(?:1[5-9]|20)\d\d", issues.group("dates")):
            c = base()
            c.form, c.kind, c.container, c.issue = "short", "article", issues.group("name").strip(), date.group(0)
            c.year = YEAR_IN.search(date.group(0)).group(0)
            made.append(c)
        if len(made) > 1:
            return made
    listed = _titles_and_described_works(piece, base)
    if listed:  # "Vide “Protest of the Minority ...,” Luther Martin’s speech, etc.": each item of the list
        return listed
    own = MY_NAMED_WORK.search(text)
    if own and not is_locator(text[own.end():]):  # "see my address on “Primitive Man,” in the *Proceedings ...*,
        rest = Piece(piece.start + own.end(), piece.end, text[own.end():])  # 1917": the writer's own, as printed
        made = _parse_piece(rest, lambda: Citation(base().chapter, base().note, rest.start, rest.end, rest.text), earlier)
        if made and made[0].title and not made[0].authors:
            made[0].authors = ["@chapter-author"]
            return made[:1]
    bracketed = ARTICLE_IN_PARENTHESES.search(text)
    if bracketed and people(bracketed.group("who")) and bracketed.group("who").split()[0] not in conventions()["not_names"]:
        c = base()  # "Miss Nightingale (“The People of India”, in Nineteenth Century for August, 1878) gives ...":
        c.form, c.kind, c.authors = "full", "article", people(bracketed.group("who"))  # her article, in brackets
        c.title, c.container = _clean(bracketed.group("title")), _clean(bracketed.group("name"))
        year = YEAR_IN.search(bracketed.group("date"))
        c.year, c.date = (year.group(0) if year else None), _clean(bracketed.group("date"))
        c.end = c.start + bracketed.end()
        return [c]
    issue_item = _periodical_item_in_prose(text, base)
    if issue_item:  # "Mr. Leo Maxse, in the National Review for February, 1911, indulges ...", "The Matin,
        return issue_item  # December, 1911, remarks: ..."
    imprinted = WRITER_THEN_BRACKETED_BOOK.search(text)
    who = imprinted and (people(imprinted.group("who")) or _particle_name(imprinted.group("who")))
    if who and not is_prose(imprinted.group("title")):
        c = base()  # "Thus Captain d’Arbeux (L’Officier Contemporaine, Grasset, Paris, 1911) laments ...": the
        c.form, c.authors, c.title = "full", who, imprinted.group("title").strip()
        # the writer's book, its title and imprint in brackets after his name
        c.year = YEAR_IN.search(imprinted.group("imprint")).group(0)
        before = [chunk.strip() for _, chunk in top_level_chunks(imprinted.group("imprint"))][:-1]
        publishers = [b for b in before if b in conventions()["publishers"] or _PUBLISHER_ALONE.fullmatch(b)]
        c.publisher = publishers[0] if publishers else None
        c.place = next((b for b in before if b not in publishers), None)
        c.start, c.end = piece.start + imprinted.start("who"), piece.start + imprinted.end("imprint") + 1
        return [c]
    part_to = PART_TO_WORK.fullmatch(text.strip(" ."))
    if part_to and not is_prose(part_to.group("title")):  # "Note IV to Wealth of Nations.": an editor's note in
        c = base()  # his edition of the book, by the writer the calling sentence names ("McCulloch")
        c.form, c.kind, c.container = "short", "chapter", _clean(part_to.group("title"))
        c.pinpoint, c.needs_writer = part_to.group("part"), True
        c.ambiguous = True
        c.reason = (f"\"{text.strip()}\": a note (or part) in an edition of {c.container}, by the writer the calling "
                    "sentence names; it may be read as a place in the book itself.")
        return [c]
    report = BODY_REPORT_IN_BRACKETS.search(text) or REPORT_BY_NAME_AND_YEAR.search(text)
    if report and not find_quoted(text):  # (a person's "(Report, 1870)" is not read here)  # "writing to the Smithsonian Institute (Reports 1870)", "from the
        c = base()  # Smithsonian Report for 1873": a body's report by its year, named in the writer's sentence
        c.form, c.kind, c.year = "full", "book", report.group("year")
        body = report.groupdict().get("body")
        if body and is_corporate(body):
            c.authors, c.title = [_clean(body)], report.group("title")
            c.start, c.end = piece.start + report.start(), piece.start + report.end()
            return [c]
        if not body:
            c.title = _clean(report.group("title"))
            c.start, c.end = piece.start + report.start(), piece.start + report.end()
            return [c]
    writers = _writers_article_on(text, base, earlier)
    if writers:  # "Prof. Fawcett, in a recent article on the Proposed Loans to India, calls ..."
        return writers
    dated = OWN_PIECE_DATED.match(text)
    if dated:  # "Author's article in The Ægis (Madison, Wis.), November 4, 1892.": the writer's own, untitled
        c = base()
        c.form, c.kind, c.authors = "full", "article", ["@chapter-author"]
        c.container, c.place, c.date = dated.group("container"), dated.group("place"), dated.group("date")
        c.year = c.date[-4:]
        return [c]
    piece_in = MY_PIECE_IN.search(text)
    if piece_in and not find_quoted(text):  # "see my statement in the *Report of the British Association for* 1914,
        c = base()  # p. 212": the writer's own piece, untitled, in a periodical or a society's report
        c.form, c.kind, c.authors = "short", "article", ["@chapter-author"]
        container, rest = piece_in.group("container").strip(), piece_in.group("rest")
        year = re.match(rf"\s*,?\s*(?P<year>{YEAR})\b[,.]?\s*", rest)
        if year:
            c.year, rest = year.group("year"), rest[year.end():]
            container = re.sub(r"\s+(?:for|of)$", "", container)  # "*... for* 1914": the year completes the name
        c.container = _clean(container)
        c.pinpoint = _pages_only(_clean(rest.strip(" ,."))) or None
        c.reason = f"\"my {piece_in.group('noun')}\": the writer's own piece in {c.container}, untitled"
        return [c]
    article = ARTICLE_IN_WORK.search(text)
    if article and not is_sentence(article.group("title")):  # "the article on “Incense” in Hastings’ *Encyclopædia
        c = base()  # of Religion and Ethics*": an article by its headword, in a work given by its maker's possessive
        c.form, c.kind, c.title = "short", "chapter", article.group("title").strip()
        c.container = _clean(article.group("container"))
        owner = people(article.group("owner")) if article.group("owner") else []
        if pattern("reference_works", r"\b(?:{})\b").search(c.container):
            c.editors = owner  # a dictionary's or encyclopaedia's name is its editor's
        else:
            c.container_authors = owner
        c.pinpoint = _pages_only(_clean(article.group("rest").strip(" ,."))) or None
        return [c]
    his = _his_quoted_title_located(text, base)
    if his:  # "... by the late Professor William James will be found in his “Principles of Psychology,” Vol. I"
        return his
    named_work = _work_named_in_apposition(text, base)
    if named_work:  # "Homer Lea’s book, The Valor of Ignorance", "a work by M. J. Novikow, Le Darwinisme Social"
        return named_work
    own = OWN_PAPERS.fullmatch(text.strip(" ."))
    if own:  # "My own diary.": the writer's own papers, untitled
        c = base()
        c.form, c.kind, c.authors = "short", "book", ["@chapter-author"]
        c.reason = f"\"{text.strip()}\": the writer's own {own.group('papers')}, untitled"
        return [c]
    pair = POSSESSIVE_PAIR.fullmatch(text.strip(" ."))
    if pair and all(people(pair.group(who)) and pair.group(who) not in conventions()["not_names"]
                    for who in ("first", "second")):
        # "Wilson’s Journal, Scott’s Last Expedition, vol. i, p. 613": the first printed in the second
        primary, secondary = base(), base()
        primary.form, primary.authors, primary.title = "short", [pair.group("first")], pair.group("title")
        primary.end = piece.start + pair.end("title")
        secondary.form, secondary.authors, secondary.title = "short", [pair.group("second")], pair.group("title2")
        secondary.start, secondary.via = piece.start + pair.start("second"), -1
        reading = Reading(None)
        if _locators([chunk for _, chunk in top_level_chunks(pair.group("loc"))], reading):
            secondary.pinpoint = reading.pinpoint
            vol = re.match(r"vol\.\s*([ivxlcIVXLC]+|\d+)\b", reading.pinpoint or "")
            secondary.volume = vol.group(1) if vol else None
            return [primary, secondary]
    written = parse_writer_then_title(text, base) or parse_serial_set_document(text, base) \
        or parse_newspaper_issue(text, base) or parse_collection_named(text, base) \
        or parse_name_then_abbreviated_title(text, base) or parse_periodical_by_volume_and_number(text, base) \
        or parse_particle_name_then_title(text, base) or parse_folio_reference(text, base)
    if written:
        return [written]
    joined = re.match(r"and\s+(?=[“\"A-Z])", text)
    if joined:  # "...; and “Tribune Lauded ...,” Chicago Tribune": the list's last item
        rest = Piece(piece.start + joined.end(), piece.end, text[joined.end():])
        return _parse_piece(rest, lambda: Citation(base().chapter, base().note, rest.start, rest.end, rest.text),
                            earlier)
    printed = DATED_DOCUMENT_PRINTED.match(text)
    if printed:  # "NSC 10/2, June 18, 1948, printed ibid., Document 292": the document is no work, where it is is
        rest = Piece(piece.start + printed.end(), piece.end, text[printed.end():])
        return _parse_piece(rest, lambda: Citation(base().chapter, base().note, rest.start, rest.end, rest.text),
                            earlier)
    cited = CITED_IN.search(text)
    if cited:
        primary_text, secondary_text = text[: cited.start()], text[cited.end():]
        primary = _parse_piece(Piece(piece.start, piece.start + cited.start(), primary_text), base, earlier) \
            if primary_text.strip() and not re.fullmatch(r"\s*", primary_text) else []
        if not primary and primary_text.strip():
            primary = _quoted_source_alone(Piece(piece.start, piece.start + cited.start(), primary_text), base)
        secondary_base = lambda: Citation(base().chapter, base().note, piece.start + cited.end(), piece.end,
                                          secondary_text)
        secondary = _parse_piece(Piece(piece.start + cited.end(), piece.end, secondary_text), secondary_base,
                                 earlier + primary)
        for s in secondary:
            s.via = -1 if primary else None  # marks "the work that cites the primary one"
        return primary + secondary
    quoted_at = _quotation_then_locator(text, base) or _periodical_with_details(text, base) \
        or _periodical_in_sentence(text, base, earlier) \
        or _part_of_an_edition(text, base) or _work_by_maker_and_year(text, base)
    if quoted_at:
        return quoted_at
    quotation = parse_quotation_by(text, base)
    if quotation is not None:
        return quotation
    described = parse_work_described(text, base)
    if described:
        return [described]
    located = LOCATOR_IN_BRACKETS.search(text)
    if located and located.start() and is_locator(located.group("loc")) and not IMPRINT.search(located.group(0)):
        # "A. Lameth, Histoire de l’Assemblée Constituante (Int. 73).": the locator in brackets, as after a comma
        text, printed = f"{text[: located.start()]}, {located.group('loc')}", base
        base = lambda: Citation(printed().chapter, printed().note, piece.start, piece.end, text)  # noqa: E731
    others = NAME_AND_SO_ON.match(text)
    if others and people(others.group("name")):  # "Besenval, etc.": that writer (and others unnamed), no place
        c = base()
        c.form, c.kind, c.authors = "short", "book", people(others.group("name"))
        return [c]
    ibid = IBID.match(text)
    if ibid:
        c = base()
        c.form, c.kind = "ibid", "book"
        c.pinpoint = _pinpoint(text)[1] or _pages_only(_clean(text[ibid.end():].strip(" ,*"))) or None
        legal = re.fullmatch(r"at\s+(?P<loc>(?:¶+\s*)?\d[\w\s,–-]*?)\.?", c.pinpoint or "")
        if legal:  # "Id. at 5.": the legal form's place
            c.pinpoint = legal.group("loc")
        volume = VOLUME_THEN_PAGE.fullmatch(c.pinpoint or "")
        if volume:  # "Ibid., III, 392": the volume, then the page
            c.volume, c.pinpoint = volume.group("volume"), volume.group("pages")
        return [c]
    here = AT_THIS_PLACE.match(text)
    if here:  # "Paulus und Olshausen z. d. St., Heydenreich a. a. O. ...": each writer on the passage discussed
        made = []
        for name in re.split(r"\s+(?:und|and|et|&)\s+|,\s+", here.group("names")):
            c = base()
            c.form, c.authors, c.pinpoint, c.end = "short", [name], here.group("loc"), piece.start + here.end()
            made.append(c)
        rest = text[here.end():].lstrip(" ,;")
        if rest:
            after = Piece(piece.end - len(rest), piece.end, rest)
            made += _parse_piece(after, lambda: Citation(base().chapter, base().note, after.start, after.end, after.text),
                                 earlier + made)
        return made
    mine = MY_WORK.match(text) or MY_MARKED_WORK.search(text)
    if mine and not is_prose(mine.group("title").strip("“”\"*,.")):  # "Compare my Dogmatik, i. § 49": the writer's own work
        c = base()
        c.form, c.authors, c.title = "short", ["@chapter-author"], _clean(mine.group("title").strip("“”\"*"))
        c.pinpoint = _pages_only(_clean(mine.group("loc")))
        return [c]
    signal = LEAD_IN.match(text)
    after = signal.end() if signal and BARE_OP_CIT.match(text[signal.end():]) else 0  # "See, however, op. cit."
    bare = BARE_OP_CIT.match(text[after:])
    if bare:  # "Ut sup. s. 77": the work of the author the annotated sentence names (resolve.Resolver._op_cit)
        c = base()
        c.form = "op-cit"
        rest = re.sub(rf"^\s*(?:{alternation('op_cit_above')})\b\.?\*?", "", text[after + bare.end():])  # "supra"
        c.pinpoint = _pages_only(_clean(rest.strip(" ,*"))) or None
        return [c]
    op = OP_CIT_TITLED.search(text) or OP_CIT.search(text)
    if op:
        c = base()
        c.form, c.authors = "op-cit", [op.group("author")]
        c.title = _clean(ITALIC.sub(r"\1", op.groupdict().get("title") or "").strip("“”\"")) or None
        c.pinpoint = _pinpoint(text)[1] or _pages_only(_clean(text[op.end():].strip(" ,.*"))) or None  # "a. a. O. 1, s. 87"
        return [c]
    in_periodical = parse_periodical_number(LEAD_IN.sub("", text, count=1) if LEAD_IN.match(text) else text, base)
    if in_periodical:
        return [in_periodical]
    item = parse_periodical_genre(text, base)  # before a letter's description: "Letter to the Editor from ..."
    if item:
        return [item]
    lead = LEAD_WORD.match(text) or LEAD_IN.match(text)  # "For background ..., see Noble to Reinhardt, <date>"
    located = IS_IN.search(text)
    if located:  # "A text of the Soviet notes given Rusk is in Foreign Relations, 1964–1968, ...": where it is
        rest = Piece(piece.start + located.end(), piece.end, text[located.end():])
        made = _parse_piece(rest, lambda: Citation(base().chapter, base().note, rest.start, rest.end, rest.text),
                            earlier)
        if made:
            return made
    if lead and IBID.match(text[lead.end():]):  # "For text of NSAM No. 124, see ibid., vol. VIII, Document 68"
        rest = Piece(piece.start + lead.end(), piece.end, text[lead.end():])
        return _parse_piece(rest, lambda: Citation(base().chapter, base().note, rest.start, rest.end, rest.text),
                            earlier)
    personal = parse_unpublished_letter(text, base)
    if personal and re.fullmatch(r"the author|the writer|me", UNPUBLISHED_LETTER.search(text).group("to")):
        return [personal]  # "Letter from John Smith to the author, May 3, 1970": a personal communication
    letter = document_prefix(text[lead.end():] if lead else text)
    prefix = letter + (lead.end() if lead and letter else 0)
    if prefix and not text[prefix:].strip(" ,.;"):
        return []  # a letter's description alone ("Khrushchev to Mao, 31 July 1958, quoted in ..."): not a work
    if prefix and len(text) > prefix:  # "Seward to Adams, March 2, 1864, <where it is printed>"
        rest = Piece(piece.start + prefix, piece.end, text[prefix:])
        return _parse_piece(rest, lambda: Citation(base().chapter, base().note, rest.start, rest.end, rest.text),
                            earlier)
    review = parse_review(text, base)
    if review:
        return [review]
    law = _law_reference().fullmatch(text.strip(" ."))
    if law:  # "Public Law 93–559", "21 UST 483", "U.S. Code, Section 2, 14 Stat. L. 305 (July 27, 1866)"
        c = base()
        c.kind, c.form = "book", "full"
        c.title = law.group("statute") or law.group("series")
        c.volume, c.pinpoint = law.group("volume"), law.group("page")
        return [c]
    report = parse_report(text, base)
    if report:
        return [report]
    secondary = parse_quoted_from(text, base, earlier)
    if secondary:
        return secondary
    paper = parse_paper_read(text, base)
    if paper:
        return [paper]
    older = parse_older_form(text, base)
    if older:
        return [older]
    titled = parse_title_then_imprint(text, base)
    if titled:
        return [titled]
    edition = TITLE_EDITED_BY.match(text)
    if edition and not is_prose(re.sub(r"\b\w+\.", "", edition.group("title"))):
        c = base()  # "Horæ hebr. et talmud., ed. Carpzov. p. 722": a title, the editor of the edition used, the page
        c.form, c.title, c.editors = "short", _clean(edition.group("title")), [edition.group("editor")]
        c.pinpoint = _pages_only(_clean(edition.group("loc")))
        return [c]
    if _documentary_series(_strip_lead(text)[0]):  # "See Foreign Relations ...: Diplomatic Papers, ...": not an archive
        c = parse_reference(text, base())
        return [c] if c else []
    archive = parse_archive(text, base())
    if archive:
        return [archive]
    letter = parse_unpublished_letter(text, base)
    if letter:
        return [letter]
    interviews = parse_interviews(text, base)
    if interviews:
        return interviews
    if re.search(r"\bpaper\b[^\"]*?\b(?:for|at) (?:the )?conference\b", text):
        c = base()
        c.kind = "conference-paper"
        by = re.search(r"\bby (?P<chunk>[^,\"]+?)(?:,|\s+in\b|\s+at\b)", text)
        named = re.match(r"(?P<name>(?:[A-Z][\w.'’\-]*\s){1,2}[A-Z][\w'’\-]+),", text)
        who = trailing_names(by.group("chunk")) if by else (named.group("name") if named else "")
        c.authors = split_names(who)[0] if who else []
        if SELF_REFERENCE.match(text):  # "This article developed from the paper ...": the article's author
            c.authors = ["@chapter-author"]
        conf = re.search(r"conference [\"“](?P<name>.+?),?[\"”]\s*,?\s*(?P<rest>.*)$", text)
        if conf:
            c.container = conf.group("name").strip(" ,")
            c.place, c.date, c.year = _conference_details(conf.group("rest"))
        return [c]
    contribution = re.match(r"(?P<who>(?:[A-Z][\w.'’\-]*\s){1,2}[A-Z][\w'’\-]+) in:\s+(?P<rest>.*\*.+\*.*)$", text)
    if contribution:  # "Stanislav Anisimov in: Petr Aven, Alfred Kokh. *Book* (...)": an untitled contribution
        c = base()
        c.kind = "chapter"
        c.authors = split_names(contribution.group("who"))[0]
        rest = contribution.group("rest")
        italic = ITALIC.search(rest)
        c.container = _clean(italic.group(1))
        c.container_authors = split_names(rest[: italic.start()].strip(" ,."))[0]
        tail, c.pinpoint = _pinpoint(rest[italic.end():])
        paren = PUB_PAREN.search(tail)
        if paren:
            c.__dict__.update(_pub(paren.group("inside")))
        return [c]
    if REVIEW_FORUM.search(text):  # "Niu Jun in H-Diplo Roundtable XVII, 23 on <book> | H-Diplo | H-Net, on <date>"
        c = base()
        c.kind = "review"
        who = re.match(r"(?P<name>(?:[A-Z][\w'’]*\s){0,2}[A-Z][\w'’]+) in ", text)
        c.authors = split_names(who.group("name"))[0] if who else []
        url = URL.search(text)
        c.url = url.group(0).rstrip(".,;)") if url else None
        accessed = ACCESSED.search(text)
        c.accessed = (accessed.group("date") or accessed.group("bare")) if accessed else None
        body = text[who.end():] if who else text
        container = re.match(r"(?P<c>.+?),\s*on (?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})", body)
        if container:
            title, _, site = container.group("c").partition(" | ")  # a web page's title, then its site's name
            c.title, c.container = _clean(title), _clean(site) or None
            c.date = container.group("date")
            c.year = c.date[-4:]
        return [c]
    if re.search(r"\breview by\b", text):
        c = base()
        c.kind = "review"
        who = BY_NAME_IN.search(text)
        c.authors = split_names(who.group("name"))[0] if who else []
        quote = QUOTED.search(text)
        c.container = _clean(quote.group("title")) if quote else None
        url = URL.search(text)
        c.url = url.group(0).rstrip(".,;)") if url else None
        accessed = ACCESSED.search(text)
        c.accessed = (accessed.group("date") or accessed.group("bare")) if accessed else None
        subject = re.search(r"in (?P<who>[A-Z][\w'’]+)'s analysis", text)
        c.title = f"Review of the work of {subject.group('who')}" if False else None
        return [c]
    contribution = CONTRIBUTION_IN.search(text)
    if contribution and is_locator(contribution.group("loc").split(",")[0]):
        c = base()
        c.kind, c.form, c.authors = "article", "short", [contribution.group("author")]
        c.container, c.pinpoint = contribution.group("container").strip(), _clean(contribution.group("loc"))
        return [c]
    part = PART_IN_WORK.match(text)
    if part and not (ITALIC.search(text) or find_quoted(text)):
        c = base()  # "Life of Hadrian, in the Augustan History", "Appian, in the preface to his History of ..."
        c.form, c.title = "short", part.group("title") or part.group("title2")
        c.pinpoint = part.group("part") or part.group("division")
        c.authors = [part.group("author")] if part.group("author") else []
        return [c]
    part = PART_IN_HIS_WORK.search(text)
    if part and not (ITALIC.search(text) or find_quoted(text)):
        c = base()
        c.form, c.title, c.pinpoint = "short", part.group("title"), part.group("division")
        c.authors = people(part.group("author")) or [part.group("author")]
        if part.group("imprint"):  # "(uber die Kawi-sprache, Berlin, 1836)": the original's imprint
            year = re.search(r"(?:1[5-9]|20)\d\d", part.group("imprint"))
            c.year, c.form = year.group(0), "full"
        return [c]
    named = parse_instrument_provision(text, base)
    if named:
        return [named]
    division = DIVISION_OF.search(text)
    if division and not (ITALIC.search(text) or find_quoted(text) or PUB_PAREN.search(text)):
        c = base()  # a work named in the writer's sentence by one of its divisions
        c.form, c.title, c.pinpoint = "short", division.group("title"), division.group("where")
        c.authors = split_names(division.group("author"))[0] if division.group("author") else []
        if c.authors and re.fullmatch(alternation("instrument_nouns"), c.title.split()[-1]):
            c.title, c.authors = f"{c.title} of {division.group('author')}", []  # "the Treaty of Versailles"
        return [c]
    pair = AUTHOR_AND_TITLE.match(text)
    if pair and not _title_word(pair.group("name")) and pair.group("name") not in conventions()["not_names"]:
        # "See Abulfeda and the Nubian geography, p. 52": an author cited alone, and a work by its title
        c = base()
        c.form, c.authors, c.end = "short", [pair.group("name")], piece.start + pair.end("name")
        rest = Piece(piece.start + pair.start("rest"), piece.end, pair.group("rest"))
        return [c] + _parse_piece(rest, lambda: Citation(base().chapter, base().note, rest.start, rest.end, rest.text),
                                  earlier + [c])
    in_work = AUTHOR_IN_WORK.match(text)
    if in_work and not any(w in conventions()["not_names"] or _title_word(w) for w in in_work.group("author").split()):
        c = base()  # "Julian in the Caesars, with Spanheims observations", "Aurelius Victor in Epitome"
        c.form, c.authors, c.title = "short", [in_work.group("author")], in_work.group("title")
        if _a_life(c.title) and "the" not in text.split():  # "Plutarch in Phoc.": the Life of Phocion in his Lives
            c.title, c.pinpoint = None, f"in {in_work.group('title')}."
        return [c]
    titled = SEE_THE_TITLE.match(text) or TITLE_IN_LIFE.match(text)
    if titled and (titled.re is SEE_THE_TITLE or _title_word(titled.group("title").split()[0])):
        c = base()  # "See the Augustan History and the Epitomes", "Hist. August. in Marco"
        c.form, c.title, c.pinpoint = "short", titled.group("title").strip(), titled.groupdict().get("part")
        return [c]
    opened = TITLE_OPENS_NOTE.match(text)
    if opened and not is_prose(opened.group("title")):  # "Entitled An Address to the People of ...": the title of
        c = base()  # the work the calling sentence describes ("an excellent little pamphlet"), no author named
        c.form, c.title = "short", _clean(opened.group("title").strip("“”\"*"))
        return [c]
    named = list(TITLE_NAMED.finditer(text))
    if named and not PUB_PAREN.search(text) and not is_prose(text[named[-1].end():]) and "," not in text[named[-1].end():]:
        read = _reference_in_prose(text)  # "... a work by Robert Fortenbaugh entitled The Nine Capitols of the United
        if read and read[1]:              # States.": no imprint, the title runs to the sentence's end
            c = base()
            c.form, c.authors, c.title, c.publisher = "short", read[0], read[1], read[2] or None
            return [c]
    short = _short_title_without_locator(text)
    if short:
        c = base()
        c.form, c.authors, c.title = "short", split_names(short[0])[0], short[1]
        return [c]
    if not (ITALIC.search(text) or find_quoted(text) or PUB_PAREN.search(text) or PINPOINT.search(text)
            or has_locator(text) or URL.search(text) or _title_word_then_numbers(text)):
        return []
    c = parse_reference(text, base())
    return [_life_in_lives(c)] if c else []


LISTED_TITLE = re.compile(r"[“\"](?P<title>[A-Z][^“”\"]+?)[,.]?[”\"]")


def _titles_and_described_works(piece: Piece, base) -> list[Citation]:
    """'Vide “Protest of the Minority of the Convention of Pennsylvania,” Luther Martin’s speech, etc.': a list
    (after a lead-in) whose every item is a title in quotation marks or a writer's work described by its noun
    ("Luther Martin’s speech": the writer's, untitled, flagged), "etc." closing it; anything else, no list."""
    text = piece.text.rstrip(" .")
    lead = LEAD_WORD.match(text)
    if not lead:
        return []
    made, items, at = [], [], lead.end()
    while at < len(text):  # the items: a quoted title holds its comma ("“Title,” next"), others end at one
        titled = LISTED_TITLE.match(text, at)
        end = titled.end() if titled else (text.find(",", at) if "," in text[at:] else len(text))
        items.append((at, text[at:end]))
        at = end + len(re.match(r"[\s,]*", text[end:]).group(0))
    for offset, chunk in items:
        at = piece.start + offset
        titled = LISTED_TITLE.fullmatch(chunk)
        described = re.fullmatch(rf"(?P<who>{NAME})['’]s?\s+(?P<noun>{alternation('work_nouns')})", chunk)
        if re.fullmatch(rf"(?:{alternation('and_so_on')})\.?", chunk) and made:
            continue
        c = base()
        c.start, c.end, c.text, c.form = at, at + len(chunk), chunk, "short"
        if titled and not is_sentence(titled.group("title")):
            c.title = titled.group("title").strip()
        elif described and people(described.group("who")) \
                and described.group("who").split()[0] not in conventions()["not_names"]:
            c.authors, c.ambiguous = people(described.group("who")), True
            c.reason = (f"\"{chunk}\": a work described by its noun, not titled; recorded by its writer alone.")
        else:
            return []
        made.append(c)
    return made if len(made) >= 2 and any(c.title for c in made) else []


PART_AFTER_LOCATOR = re.compile(r"^(?P<reference>.*?\d[^:“”\"]*):\s*[“\"](?P<part>[A-Z][^“”\"]+?)[.,]?[”\"]\.?$")


def _part_titled_after_locator(c: Citation) -> Citation:
    """'Hume’s Essays, vol. i, p. 128: “The Rise of Arts and Sciences.”': the title in quotation marks after the
    locator of a collection is the part cited there (an essay in the Essays), not a quotation of its words."""
    found = PART_AFTER_LOCATOR.match(c.text)
    if not (found and c.title and c.kind == "book" and not c.container and c.title in found.group("reference")
            and has_locator(found.group("reference")[found.group("reference").find(c.title) + len(c.title):])) \
            or is_sentence(found.group("part")):
        return c
    c.kind, c.container, c.title = "chapter", c.title, found.group("part").strip()
    return c


WRITER_THEN_BRACKETED_BOOK = re.compile(
    rf"(?P<who>(?:(?:{'|'.join(map(re.escape, words('honorifics')))})\s+)*(?:(?:[a-z]|de|von|van)['’]\s?)?{NAME})\s+"
    r"\((?P<title>[A-ZÀ-Ý][^,:()“”\"]+),\s+(?P<imprint>[^()]*?\b(?:1[5-9]|20)\d\d)\)\s+(?!(?:this|thus)\b)[a-z]{3,}s\b")
WRITER_IN_WORK_ALONE = re.compile(rf"(?P<who>{NAME})\s+in\s+the\s+(?P<title>{TITLE_IN_ROMAN})")


def _particle_name(text: str) -> list[str]:
    """'Captain d’Arbeux' -> ['d’Arbeux']: a surname with an elided particle, after any honorifics."""
    name = re.sub(rf"^(?:(?:{'|'.join(map(re.escape, words('honorifics')))})\s+)+", "", text.strip())
    return [name] if re.fullmatch(r"(?:[a-z]{1,2}['’]\s?)[A-Z][\w'’-]+", name) else []


_PUBLISHER_ALONE = re.compile(rf"(?:[A-Z][\w'’&.-]*\s+){{0,4}}(?:{alternation('publisher_words')})")


@lru_cache(maxsize=1)
def _periodical_item_patterns() -> tuple[re.Pattern, re.Pattern]:
    known = "|".join(alternation(key) for key in ("newspaper_words", "learned_series", "periodicals", "periodical_words"))
    name = rf"(?P<name>(?:[A-Z][\w'’.&-]*\s+){{0,4}}(?:{known})(?:\s+[A-Z][\w'’-]*){{0,2}})"
    date = r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:\d{1,2},\s+)?(?:1[5-9]|20)\d\d)"
    writer = re.compile(rf"(?P<who>(?:(?:{'|'.join(map(re.escape, words('honorifics')))})\s+)*{NAME}),\s+in\s+(?:the\s+)?"
                        rf"{name}\s+(?:for|of)\s+{date},\s+[a-z]+s\b")
    speaking = re.compile(rf"^(?:The\s+)?{name},\s+{date},\s+[a-z]{{3,}}s\b")  # "..., December, 1911, remarks:"
    return writer, speaking


def _periodical_item_in_prose(text: str, base) -> list[Citation]:
    """"Mr. Leo Maxse, in the National Review for February, 1911, indulges in ...": a writer's untitled item in an
    issue of a periodical (conventions.yml names it), named in the writer's sentence; "The Matin, December, 1911,
    remarks: ...": a paper's issue, the subject of a verb of saying."""
    writer, speaking = _periodical_item_patterns()
    found = writer.search(text)
    if found and people(found.group("who")) and found.group("who").split()[0] not in conventions()["not_names"]:
        c = base()
        c.form, c.kind, c.authors = "full", "article", people(found.group("who"))
    else:
        found = speaking.match(text)
        if not found:
            return []
        c = base()
        c.form, c.kind = "full", "newspaper"
    c.container, c.issue = found.group("name").strip(), found.group("date")
    c.year = YEAR_IN.search(found.group("date")).group(0)
    return [c]


PART_TO_WORK = re.compile(rf"(?P<part>(?:Note|Notes|Appendix|Supplement|Dissertation)\s+(?:[IVXLC]+|\d+|[A-Z])\.?)\s+to\s+"
                          rf"(?:the\s+)?(?P<title>{TITLE_IN_ROMAN})")
BODY_REPORT_IN_BRACKETS = re.compile(rf"\b(?:the\s+)?(?P<body>(?:[A-Z][\w.'’]*\s+){{0,4}}[A-Z][\w'’]*)\s+\((?P<title>(?:Annual\s+)?"
                                     r"Reports?)(?:\s+for)?,?\s+(?P<year>(?:1[5-9]|20)\d\d)\)")
REPORT_BY_NAME_AND_YEAR = re.compile(rf"\b(?:from|in|see|See)\s+the\s+(?P<title>(?:[A-Z][\w.'’]*\s+){{1,4}}(?:Annual\s+)?Reports?)"
                                     r"\s+(?:for|of)\s+(?P<year>(?:1[5-9]|20)\d\d)\b")
ARTICLE_IN_PARENTHESES = re.compile(
    rf"(?P<who>(?:(?:{alternation('honorifics')})\s+)*{NAME})\s+\(\s*[“\"](?P<title>[A-Z][^“”\"]+?)[,.]?[”\"],?\s+in\s+"
    r"(?:the\s+)?(?P<name>[A-Z][^()“”\",]*?)(?:\s+for|,)\s+(?P<date>[^()]*?(?:1[5-9]|20)\d\d[^()]*)\)")
WRITERS_ARTICLE_ON = re.compile(
    rf"(?P<who>(?:(?:{alternation('honorifics')})\s+)*{NAME}),\s+in\s+(?:an?|his|her)\s+(?:[a-z]+\s+)?"
    rf"(?P<noun>article|paper|essay|lecture|address)\s+(?:on|upon|entitled|called)\s+(?:the\s+)?"
    rf"(?:[“\"](?P<quoted>[^“”\"]+?)[,.]?[”\"]|(?P<roman>{TITLE_IN_ROMAN})(?=[,.;]|\s*$))(?P<rest>[^;]*)")
SAME_PERIODICAL = re.compile(r"\bthe\s+same\s+(?:magazine|review|journal|periodical|paper|quarterly)\b")


def _writers_article_on(text: str, base, earlier: list[Citation]) -> list[Citation]:
    """'says Sir David Wedderburn, in an article on “Protected Princes in India,” in a previous (July) number of
    the same magazine': a writer's article named in the writer's sentence, its title in quotation marks, its
    periodical the one the note cited just before ("the same magazine"); 'Prof. Fawcett, in a recent article on
    the Proposed Loans to India, calls ...': a title in roman, which may name only the subject (flagged)."""
    found = WRITERS_ARTICLE_ON.search(text)
    if not found or not people(found.group("who")) or found.group("who").split()[0] in conventions()["not_names"]:
        return []
    c = base()
    c.form, c.kind, c.authors = "short", "article", people(found.group("who"))
    c.title = _clean(found.group("quoted") or found.group("roman"))
    if found.group("roman"):
        c.ambiguous = True
        c.reason = (f"\"{found.group(0)[: found.end('roman') - found.start()]}\": the words after \"{found.group('noun')} "
                    "on\" read as the title; they may name only its subject.")
    same = [e for e in earlier if e.note == c.note and e.container] if SAME_PERIODICAL.search(found.group("rest")) else []
    if same:
        c.container = same[-1].container
    return [c]


OWN_PIECE_DATED = re.compile(rf"^(?i:{alternation('own_possessives')})\s+(?P<noun>{alternation('own_pieces')})\s+in\s+(?:the\s+)?"
                             rf"(?P<container>[A-ZÀ-ÖØ-Þ][\w'’]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’]*)*)(?:\s+\((?P<place>[^()]+)\))?,\s+"
                             rf"(?P<date>{MONTH}\s+(?:\d{{1,2}},\s+)?(?:1[5-9]|20)\d\d)\.?$")
MY_PIECE_IN = re.compile(rf"\b[Mm]y\s+(?:[a-z]+\s+){{0,2}}?(?P<noun>{alternation('own_pieces')})\s+in\s+(?:the\s+)?"
                         r"\*(?P<container>[A-Z][^*]+)\*(?P<rest>[^*]*)$")
ARTICLE_IN_WORK = re.compile(rf"\b(?:the|an?)\s+article\s+(?:on|upon|entitled|headed)\s+[“\"](?P<title>[^“”\"]+?)[,.]?[”\"],?\s+"
                             rf"in\s+(?:the\s+)?(?:(?P<owner>{NAME})['’]s?\s+)?\*(?P<container>[^*]+)\*(?P<rest>[^*“”\"]*)$")
MY_NAMED_WORK = re.compile(rf"\b[Mm]y\s+(?:(?:last\s+|recent\s+|earlier\s+)?[A-Z]?[a-z]*\s+)?(?:{alternation('work_nouns')})"
                           r"(?:,|\s+on|\s+entitled|\s+called)?\s+(?=[“\"][A-Z][^“”\"]+,[”\"]\s*\S)")
HIS_QUOTED_TITLE_LOCATED = re.compile(r"\b(?:[Ss]ee|in)\s+(?:his|her)\s+[“\"](?P<title>[A-Z][^“”\"]+?)[,.]?[”\"],?\s*(?P<loc>.*?)[.\s]*$")


def _his_quoted_title_located(text: str, base) -> list[Citation]:
    """'An interesting discussion ... by the late Professor William James will be found in his “Principles of
    Psychology,” Vol. I, pp. 261 et seq.': a title in quotation marks after "his", then only its locators; the
    writer is the person the sentence names "by" (else the sentence's subject; else the one the annotated
    sentence names: parse.read_pronoun)."""
    found = HIS_QUOTED_TITLE_LOCATED.search(text)
    if not found or (found.group("loc") and not is_locator(found.group("loc"))) or is_sentence(found.group("title")):
        return []
    before = text[: found.start()]
    by = list(re.finditer(rf"\bby\s+(?:the\s+late\s+)?(?:(?:{alternation('honorifics')})\s+)*(?P<who>{NAME})", before))
    subjects = [m.group("name") for m in SUBJECT.finditer(before) if m.group("name").split()[0] not in
                conventions()["not_names"] and not any(_title_word(w) for w in m.group("name").split())]
    who = by[-1].group("who") if by else (subjects[-1] if subjects else None)
    c = base()
    c.form, c.title = "short", found.group("title").strip()
    c.authors = (people(who) or [who]) if who else [ANNOTATED_AUTHOR]
    c.pinpoint = _clean(found.group("loc")) or None
    return [c]


def _life_in_lives(c: Citation) -> Citation:
    """'Sueton. in August. c. 23': in a classical collection of Lives the word after "in" names the Life (of
    Augustus), a part of the author's work, not its title (conventions.yml lives)."""
    printed = c.title and c.authors and _a_life(c.title) and re.search(rf"\bin\s+{re.escape(c.title)}[.,]", c.text)
    if printed:  # (the one-word test first: a pattern made for every title is compiled for every title)
        c.pinpoint = f"{printed.group(0).rstrip(',')} {(c.pinpoint or '').strip()}".strip()
        c.title = None
    return c


def _a_life(word: str) -> bool:
    """'August', 'Domit', 'Marco': the beginning (three letters or more) of the name of a Life's subject."""
    word = word.strip(". ").lower()
    return " " not in word and len(word) >= 3 and any(
        name.lower().startswith(word) or word.startswith(name.lower()[:-2]) for name in conventions()["lives"])


YEAR = r"(?:1[5-9]|20)\d\d"
# the mark around a title: quotation marks or italics, the comma or full stop inside or outside
MARKED_END = re.compile(r"[,.]?[”\"*'][,.]?")
POSSESSOR_BEFORE = re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*\.?\s+(?:and\s+)?)*[A-Z][\w'’-]+?)(?:['’]s?\s+(?:[a-z]+\s+){0,2}"
                              r"(?:paper|memoir|article|essay)|,)?\s+in\s+(?:the\s+)?$")


NEWSPAPER_DATE = re.compile(rf"^[,.]?\s*(?P<date>{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th|d)?,\s*{YEAR}|\d{{1,2}}\s+{MONTH},?\s+{YEAR})"
                            r"(?:,\s*(?:p\.\s*)?(?P<page>[A-Z]?\d+))?[.\s]*$")


_PUBLISHER = (rf"(?:(?:{alternation('publishers')})|(?:[A-Z][\w'’&.-]*\s+){{1,4}}(?:{alternation('publisher_words')}))"
              r"(?![\w'’])")


@lru_cache(maxsize=1)
def _marked_title_tail() -> re.Pattern:
    volume, page = alternation("volume_locators"), alternation("page_locators")
    return re.compile(
        rf"^[,.]?\s*(?:(?P<place>[A-Z][a-z]+),\s*)?(?:\d+(?:st|nd|rd|th|d)\s+(?:series|Series),\s*(?:[A-Z][a-z]+\.\s*)?)?"
        rf"(?:(?P<edition>\d+(?:st|nd|rd|th|d)\s+(?:[Ee]dition|edit\.|ed\.)),?\s*)?"
        rf"(?:(?P<publisher>{_PUBLISHER}),\s*(?={YEAR}))?"  # "“Title,” Manchester University Press, 1917"
        rf"(?:(?P<month>{MONTH}(?:\s*\d{{1,2}}(?:st|nd|rd|th|d)?)?),?\s+(?={YEAR}))?"
        rf"(?:(?P<year>{YEAR}(?:\s*[-–]\s*\d{{2,4}})?)[,.]?\s*)?"
        rf"(?:(?<=[,.]\s)(?P<publisher2>{_PUBLISHER})(?:[,.]\s*|\s*$))?"  # "“Title,” 1915, Manchester University Press"
        rf"(?:(?:{volume})\.?\s*(?P<volume>[ivxlcIVXLC]+|\d+)\b\.?,?\s*)?(?:(?P<year2>{YEAR})[,.]?\s*)?"
        rf"(?:(?:{page})\.?\s+)?(?P<loc>[\dIVXLCivxlc][^;]*?)?[.\s]*$")


def _marked_title_details(c: Citation) -> Citation:
    """A title in quotation marks or italics followed, the older way, by its details with no parentheses:
    "'Man's Place in Nature,' 1863, p. 67", "'Thierleben,' B. i. 1864, s. 75, 86", "'Anatomy of Vertebrates,'
    vol. i. p. 533". The year, the volume (conventions.yml volume_locators) and the page (page_locators) are
    read apart; a periodical's name so printed with its volume or date ("Prof. Wyman in 'Proceedings of the
    American Academy of Sciences,' vol. iv. 1860, p. 17") is the periodical of an untitled article by the
    writer named before it."""
    if not c.title or c.form in ("ibid", "op-cit") or c.kind not in ("book", "web", "article") or c.url or c.year \
            or c.volume \
            or c.container:
        return c
    at = c.text.find(c.title)
    if at < 1 or c.text[at - 1] not in "“\"*'":
        return c
    mark = MARKED_END.match(c.text, at + len(c.title))
    if not mark or not re.search(r"[”\"*']", mark.group(0)):
        return c
    dated = NEWSPAPER_DATE.match(c.text[mark.end():])
    if dated and c.text[at - 1] in "*“\"" and not c.authors:  # "*The Liberator*, Oct. 24, 1834": a paper's issue
        c.kind, c.container, c.title, c.form = "newspaper", c.title, None, "full"
        c.date, c.year, c.pinpoint = dated.group("date"), dated.group("date")[-4:], dated.group("page")
        return c
    tail = _marked_title_tail().match(c.text[mark.end():])
    if not tail or not any(tail.group(k) for k in ("year", "year2", "volume", "edition")):
        return c
    publisher = tail.group("publisher") or tail.group("publisher2")
    year = tail.group("year") or tail.group("year2")
    loc = tail.group("loc")
    goes_on = re.search(r",\s+(?!etc\b)[a-z]{2,}", loc or "")
    if goes_on:  # "page 305, has seen a dog", "page 890, as quoted by": the writer's sentence goes on
        loc = loc[: goes_on.start()]
    own = any(fold_name(family(a)) in fold_name(c.title) for a in c.authors)  # "Moran, *The Journal of Benjamin Moran*"
    if pattern("periodical_words", r"\b(?:{})(?!\w)").search(c.title) and (year or tail.group("volume")) and not own \
            and not pattern("meeting_words", r"\bof\s+the\s+.*\b(?:{})$").search(c.title):
        # (not "*Proceedings of the Ohio Anti-Slavery Convention*, 1835": the record of one meeting, a book)
        who = POSSESSOR_BEFORE.search(c.text[: at - 1])
        c.kind, c.container, c.title, c.form = "article", c.title, None, "full"
        c.authors = c.authors or (_people(who.group("who"))[0] if who else [])
        c.volume, c.year = tail.group("volume"), year
        c.date = f"{tail.group('month')} {year}" if tail.group("month") and year else None
    else:  # a book: one work whatever its volume; "short" as the resolver reads it, no imprint being printed
        c.kind, c.form, c.year, c.volume = "book", "short", year, tail.group("volume")
        if publisher and year:  # its publisher and year printed: an imprint
            c.publisher, c.form = publisher.strip(), "full"
    c.pinpoint = _clean(loc) or None
    return c


def _papers_of_one_day(c: Citation) -> list[Citation]:
    """"*Democratic Press, Philadelphia Gazette*, Nov. 21, 1825": two names of papers in one span, each with a
    newspaper's word, are two papers of that day (flagged); "*The Times*, London" is one paper and its place."""
    if c.kind != "newspaper" or not c.container or "," not in c.container:
        return [c]
    names = [n.strip() for n in c.container.split(",")]
    paper = pattern("newspaper_words", r"\b(?:{})\b")
    if len(names) < 2 or not all(paper.search(n) for n in names):
        return [c]
    papers = []
    for name in names:
        one = replace(c, container=name, ambiguous=True)
        one.reason = (f"\"{c.text}\": one span names {len(names)} papers ({', '.join(names)}); read as each paper's "
                      "issue of that day, not as one paper with its place.")
        papers.append(one)
    return papers


def _legislative_series(c: Citation) -> Citation:
    """A legislature's journal or its session laws, printed as a series by session or volume ("*Journal of
    House*, 1840, I, pp. 347, 508"; "*Laws of Ohio*, II, p. 53"; conventions.yml legislative_series): one work,
    the session or volume as printed on the citation, not a periodical's volume."""
    name = c.title or c.container
    if not name or c.authors or c.form in ("ibid", "op-cit") or not pattern(
            "legislative_series", r"(?:{})", escape=False).fullmatch(name):
        return c
    at = c.text.find(name)
    after = c.text[at + len(name):] if at >= 0 else ""
    part = re.match(rf"^\W*(?P<part>(?:{YEAR}(?:\s*[-–]\s*\d{{2,4}})?|[IVXLC]+)(?:,\s*[IVXLC]+\b)?)(?=,|\.?\s*$)", after)
    c.kind, c.title, c.container, c.form = "book", name, None, "full"
    c.volume, c.year, c.issue = (part.group("part") if part else None), None, None
    pages = re.search(r"\bpp?\.\s*(?P<pages>\d[\d,\s–-]*\d|\d)", after)
    c.pinpoint = pages.group("pages") if pages else c.pinpoint
    return c


SENTENCE_BEFORE_TITLE = re.compile(r"^(?:[A-Z][a-z]+\s+)(?:[a-z]+\s+){0,4}?(?:is|are|was|were)\s+(?:[a-z]+\s+)?"
                                   r"(?:from|in)\s+(?:the\s+)?(?=[A-Z])")


def _without_sentence_before_title(c: Citation) -> Citation:
    """"These figures are from the Report of the Lords of the Committee of Council, etc. (London, 1789)": the
    writer's clause that says where something comes from is no part of the title after it."""
    opening = SENTENCE_BEFORE_TITLE.match(c.title or "") if not c.authors and c.form == "full" else None
    if opening and not is_prose(c.title[opening.end():]):
        c.title = c.title[opening.end():]
    return c


def _without_sentence_word(c: Citation) -> Citation:
    """"As Waterland (iv. 760) does call it": the word that opens the writer's sentence (conventions.yml
    not_names) is no part of the author's name."""
    opening = "|".join(w for w in conventions()["not_names"] if isinstance(w, str))  # YAML reads "On" as true
    if c.authors and re.match(rf"(?:{opening})\s+[A-Z]", c.authors[0]) \
            and not (c.authors[0].startswith("The ") and is_body(c.authors[0])):  # "The Pandas Development Team"
        c.authors = [c.authors[0].split(None, 1)[1]] + c.authors[1:]
    return c


_HIS_TITLE = (rf"(?:(?P<part>preface|introduction|notes|appendix)\s+to\s+(?:the\s+)?(?:(?:[A-Za-z]+\s+){{0,3}}edition\s+of\s+|"
              rf"(?:[a-z]+\s+){{0,3}}))?(?P<title>{TITLE_IN_ROMAN})")  # "the first English edition of The Bigelow Papers"
HIS_TITLE_THEN_WRITER = re.compile(rf"^[Ii]n\s+(?:his|her)\s+{_HIS_TITLE},\s+(?P<who>{NAME})\s+(?:{alternation('attribution_verbs')})\b")
WRITER_THEN_HIS_TITLE = re.compile(rf"^(?P<who>{NAME}),\s+in\s+(?:his|her)\s+{_HIS_TITLE},\s+[a-z]+s\b")
_ISSUE_DATE = rf"{MONTH},?\s+(?:\d{{1,2}},\s+)?(?:1[5-9]|20)\d\d"
ARTICLES_IN_ISSUES = re.compile(rf"^(?:(?i:see|cf\.|compare)\s+)?(?:the\s+)?articles\s+in\s+(?:the\s+)?(?P<name>[A-Z][\w'’ ]+?)"
                                rf"\s+for\s+(?P<dates>{_ISSUE_DATE}(?:,?\s+(?:and\s+)?{_ISSUE_DATE})+)$")
_WORK_NOUN = rf"(?:{alternation('work_nouns')})"
_WHO = rf"(?P<who>(?:(?:{alternation('honorifics')}|Prince|Count|Baron)\s+)?(?:[A-Z][\w'’.-]*\.?\s+){{0,3}}[A-Z][\w'’-]+?)"
_APPOSED_TITLE = r"(?P<mark>[“\"])?(?P<title>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,10}?)(?(mark)[,.]?[”\"])(?=\s*(?:[,.;(]|$))"
WORK_IN_APPOSITION = re.compile(rf"(?:^|\s){_WHO}['’]s?\s+(?:[a-z]+\s+){{0,2}}{_WORK_NOUN},\s+{_APPOSED_TITLE}")
WORK_BY_IN_APPOSITION = re.compile(rf"\b{_WORK_NOUN}\s+by\s+{_WHO},\s+{_APPOSED_TITLE}")
WORKS_OF_AS = re.compile(rf"\b{_WORK_NOUN}\s+of\s+{_WHO}['’]s?\s+as\s+(?P<titles>[A-Z][^;()]*?)\.?$")
ISSUE_AFTER = re.compile(rf"^,\s+(?P<date>{MONTH},?\s+(?:\d{{1,2}},\s+)?(?:1[5-9]|20)\d\d)\b")


def _work_named_in_apposition(text: str, base) -> list[Citation]:
    """A work the writer's sentence names beside its maker: "Homer Lea’s book, The Valor of Ignorance", "Mr.
    Harbutt Dawson’s admirable work, The Evolution of Modern Germany", "an admirable work by M. J. Novikow, Le
    Darwinisme Social (Felix Alcan, Paris)", "Prince Kropotkin’s article, Nineteenth Century, July, 1910" (an
    item in a periodical's issue, untitled), "such books of Professor Wilkinson’s as The Great Alternative,
    Britain at Bay, War and Policy" (each title its own work)."""
    listed = WORKS_OF_AS.search(text)
    if listed and people(listed.group("who")):
        titles = [t.strip() for t in re.split(r",\s+(?:and\s+)?", listed.group("titles")) if t.strip()]
        if titles and all(re.match(r"[A-Z]", t) and not is_prose(t) for t in titles):
            made = []
            for title in titles:
                c = base()
                c.form, c.authors, c.title = "short", people(listed.group("who")), title
                c.start = c.start + text.find(title)
                c.end = c.start + len(title)
                made.append(c)
            return made
    found = WORK_IN_APPOSITION.search(text) or WORK_BY_IN_APPOSITION.search(text)
    if not found or not people(found.group("who")) or found.group("who").split()[0] in conventions()["not_names"] \
            or is_prose(found.group("title")):
        return []
    c = base()
    c.form, c.authors, c.title = "short", people(found.group("who")), found.group("title").strip()
    issue = ISSUE_AFTER.match(text[found.end("title"):])
    known = "|".join(alternation(key) for key in ("newspaper_words", "learned_series", "periodicals"))
    if issue and re.search(rf"\b(?:{known})\b", c.title):  # "..., Nineteenth Century, July, 1910": an issue's item
        c.kind, c.container, c.title, c.issue = "article", c.title, None, issue.group("date")
        c.year = YEAR_IN.search(issue.group("date")).group(0)
    return [c]


VOLUME_THEN_PART = re.compile(r"(?:[Vv]ol\.|[Vv]olume)\s*(?P<vol>[ivxlcIVXLC]+|\d+),\s+(?P<title>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,8})")
OWN_PAPERS = re.compile(rf"(?i:(?:from|in|see)\s+)?[Mm]y\s+(?:own\s+)?(?P<papers>{alternation('own_papers')})")
_POSSESSED = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|in|on)\s+)*[A-Z][\w'’-]*){0,5}"
POSSESSIVE_PAIR = re.compile(rf"(?P<first>[A-Z][\w-]+)['’]s\s+(?P<title>{_POSSESSED}),\s+(?P<second>[A-Z][\w-]+)['’]s\s+"
                             rf"(?P<title2>{_POSSESSED}),\s+(?P<loc>.+)")
POSSESSOR_MARKED_TITLE = re.compile(r"^(?P<author>[A-Z][\w-]+)(?:['’]s|(?<=s)['’]),?\s+[“\"](?P<title>[A-Z][^”\"]+?),?[”\"]")
POSSESSOR_TITLE = re.compile(r"^(?P<author>[A-Z][\w-]+)(?:['’]s|(?<=s)['’])\s+(?P<title>[A-ZÀ-ÖØ-Þ][\w-]*\.?(?:\s+[\w.-]+)*)$")

SERIES_AFTER_TITLE = re.compile(rf"\s*\((?P<series>[^()]*\b(?:{alternation('series_words')}))\)$")


def _possessor_of_title(c: Citation) -> Citation:
    """"Schoenemann’s Bibliotheca Pat.", "Nourrisson’s Philosophie de S. Augustin": the author in the possessive
    before a title printed without marks (a title in quotation marks or italics keeps its "Man's"); before a title
    in quotation marks, "Macaulay's 'History of England,' vol. iii. p. 12", the details after it read as usual."""
    series = SERIES_AFTER_TITLE.search(c.title or "")
    if series and not c.authors and c.title[: series.start()].strip():  # "Lodge's Alexander Hamilton (Am. Statesmen
        c.title, c.series = c.title[: series.start()].rstrip(), c.series or series.group("series")  # Series)"
    marked = POSSESSOR_MARKED_TITLE.match(c.text)
    if marked and not c.authors and c.form == "short" and c.title and "“" in c.title:
        c.authors, c.title, c.pinpoint = [marked.group("author")], marked.group("title"), None
        return _marked_title_details(c)
    if not c.title and c.container and not c.authors and not PERIODICAL_NAME.search(c.container) \
            and POSSESSOR_TITLE.match(c.container) and re.search(r"\bpp?\.\s*\d", c.text):
        # "Adams' Memoirs, ix, pp. 247, 248": a volume and its pages, no periodical's (not "Schmidt’s Bibliothek
        # für Kritik und Exegese, iii. 1", by volume and number under its editor's name)
        c.title, c.container, c.kind = c.container, None, "book"
    found = POSSESSOR_TITLE.match(c.title or "")
    at = c.text.find(c.title) if c.title else -1
    if not found or c.authors or c.form in ("ibid", "op-cit") or (at > 0 and c.text[at - 1] in "“\"*'‘") \
            or found.group("author") in conventions()["not_names"] or _title_word(found.group("author")):
        return c
    c.authors, c.title = [found.group("author")], found.group("title").strip()
    return c


QUOTATION_THEN_LOCATOR = re.compile(r"^(?P<before>[^“\"]*)[“\"][^”\"]{20,}[”\"]\s*\((?P<loc>(?:[ivxlc]+\.\s*)?\d+(?:\s*[–-]\s*\d+)?)\)")


def _quotation_then_locator(text: str, base) -> list[Citation]:
    """"His words are: “Plus on examine ...” (ii. 122)": a passage quoted, then its place in the work of the
    writer the annotated sentence names (resolved as "op. cit." is); the quotation is no title."""
    found = QUOTATION_THEN_LOCATOR.match(text)
    if not found or (found.group("before").strip() and not is_prose(found.group("before"))):
        return []
    c = base()
    c.form, c.pinpoint, c.ambiguous = "op-cit", found.group("loc"), True
    c.reason = "A quotation followed by its place alone: the work of the writer the annotated sentence names."
    return [c]


def _title_word_then_numbers(text: str) -> bool:
    """"Letters 132–8.": a title word (conventions.yml title_words), then the numbers of its parts, no locator word."""
    numbered = TITLE_WORD_THEN_NUMBER.fullmatch(text.strip())
    return bool(numbered) and _title_word(numbered.group("title").split()[0])


def _numbers_after_title_word(c: Citation) -> Citation:
    """"Letters 132–8.": the numbers after a title word are the letters (or books) cited, the pinpoint."""
    numbered = TITLE_WORD_THEN_NUMBER.fullmatch(c.title or "")
    if numbered and not c.pinpoint and not c.authors and _title_word(numbered.group("title").split()[0]):
        c.title, c.pinpoint = numbered.group("title"), numbered.group("loc")
    return c


QUOTED_TITLES_OF_HIS = re.compile(r"\b(?:[Ss]ee|in)\s+(?:his|her)\s+(?P<titles>[“\"][A-Z][^”\"]+[”\"](?:\s*(?:,|and)\s*[“\"][A-Z]"
                                  r"[^”\"]+[”\"])*)")
WHOSE_WORK = re.compile(rf"(?P<who>{NAME}),?\s+(?:from|in|of)\s+whose\s+(?:work|book|essay|paper|treatise),?\s+"
                        r"(?P<titles>[“\"][A-Z][^”\"]+[”\"])")


def _quoted_works_of_the_subject(piece: Piece, base, known: set[str]) -> list[Citation]:
    """"Haeckel has given ... in his 'Generelle Morphologie' and 'Schopfungsgeschichte.'": each quoted title
    after "his" is a work of the sentence's subject (a name, then its verb); "by Prof. Huxley, from whose work,
    'Man's Place in Nature,' the idea ... was taken": of the name before "whose"."""
    found = []
    for match in list(QUOTED_TITLES_OF_HIS.finditer(piece.text)) + list(WHOSE_WORK.finditer(piece.text)):
        if match.re is WHOSE_WORK:
            name = people(match.group("who"))[-1:] or [match.group("who")]
        else:
            subjects = [m.group("name") for m in SUBJECT.finditer(piece.text[: match.start()])
                        if m.group("name").split()[-1] not in conventions()["not_names"]
                        and not any(_title_word(w) for w in m.group("name").split())]
            name = [subjects[-1].split()[-1]] if subjects else []
        if not name:
            continue
        for title in re.finditer(r"[“\"](?P<title>[^”\"]+?)[,.]?[”\"]", match.group("titles")):
            if fold_name(title.group("title")) in known:
                continue
            c = base()
            c.form, c.authors, c.title = "short", list(name), title.group("title").strip()
            c.start = piece.start + match.start("titles") + title.start()
            c.end = piece.start + match.start("titles") + title.end()
            found.append(c)
    return found


PERIODICAL_IN_PARENTHESES = re.compile(r"(?:(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+)?\(\s*[“\"]"
                                       r"(?P<name>[^”\"()]+?),?[”\"],?\s*(?P<details>[^()]*?\d[^()]*)\)")


ARTICLE_THEN_PERIODICAL = re.compile(r"^[“\"](?P<title>[A-ZÄÖÜ][^”\"]+?),?[”\"],?\s+(?P<name>[A-Z][^,“”\"()]+?),\s*"
                                     r"(?P<details>[^“”\"()]*\d[^“”\"()]*)$")


def _periodical_with_details(text: str, base) -> list[Citation]:
    """A periodical (conventions.yml periodical_words) printed like a title, with its details and no brackets of
    its own: "M. Richard ('Annales des Sciences Nat.,' 3rd series, Zoolog. 1852, tom. xviii. p. 13) describes ...",
    "a valuable paper, "Caratteri rudimentali ..." ('Annuario della Soc. d. Naturalisti,' Modena, 1867, p. 81), by
    G. Canestrini": in parentheses inside the writer's sentence, the article the quoted title before them, if any,
    by the writer named before the parentheses or after them ("by ..."); an unsigned item ("A Reviewer has
    criticised (...)") has no author. "'Uber das Darwin'sche Spitzohr,' Archiv fur Path. Anat. und Phys., 1871,
    p. 485.": the article's title in quotation marks, then its periodical printed plain (the annotated sentence
    names the writer). Either way the year or the volume must be printed."""
    periodical = pattern("periodical_words", r"\b(?:{})(?!\w)")
    found = PERIODICAL_IN_PARENTHESES.search(text)
    if not found or not periodical.search(found.group("name")):
        found = ARTICLE_THEN_PERIODICAL.match(text)
        if not found or not periodical.search(found.group("name")):
            return []
    tail = _marked_title_tail().match(found.group("details"))
    year = tail and (tail.group("year") or tail.group("year2"))
    if not year and not (tail and tail.group("volume")):
        return []
    c = base()
    c.kind, c.form, c.container = "article", "full", _clean(found.group("name"))
    c.year, c.volume, c.pinpoint = year, tail.group("volume"), _clean(tail.group("loc")) or None
    if found.re is ARTICLE_THEN_PERIODICAL:
        c.title = _clean(found.group("title"))
        return [c]
    c.place = tail.group("place")
    before = text[: found.start()].rstrip()
    titled = re.search(r"[“\"](?P<title>[^”\"]+)[”\"]$", before)
    if titled:
        c.title = titled.group("title").strip(" ,")
    by = re.match(rf"\s*,?\s*by\s+(?P<who>{NAME})", text[found.end():])
    subject = re.match(r"(?P<name>[A-Z][a-z]{2,})\s+[a-z]+s\b", before)  # "Canestrini quotes Hyrtl. (...)"
    who = by.group("who") if by else (found.group("who") if not titled else None)
    if not (who and people(who)) and subject and subject.group("name") not in conventions()["not_names"] \
            and not _title_word(subject.group("name")):
        who = subject.group("name")
    names = people(who) if who else []
    c.authors = names if names and looks_like_names(who) and who.split()[0] not in conventions()["not_names"] else []
    if not c.authors and not c.title and re.search(r"\b[Rr]eviewer\b", text[: found.start("name")]):
        c.kind = "review"  # "A Reviewer has criticised (...)": an unsigned review
    return [c]


PERIODICAL_IN_SENTENCE = re.compile(r"^(?P<before>(?:and\s+)?(?:[^“\"]*?\s)?)in\s+(?:the\s+)?[“\"](?P<name>[^”\"]+?),?[”\"],?\s*"
                                    r"(?P<details>[^“\"]*\d[^“\"]*)$")


def _periodical_in_sentence(text: str, base, earlier: list[Citation]) -> list[Citation]:
    """"Dr. W. Lauder Lindsay has treated this subject ... in the 'Journal of Mental Science,' July 1871; and in
    the 'Edinburgh Veterinary Review,' July 1858": a periodical (periodical_words) by its date or volume at the end
    of the writer's sentence, untitled, by the sentence's subject (a name, then its verb), or, after "and", by the
    writer of the reference before it in the note."""
    found = PERIODICAL_IN_SENTENCE.match(text)
    if not found or not pattern("periodical_words", r"\b(?:{})(?!\w)").search(found.group("name")) \
            or not (found.group("before").strip() in ("", "and") or is_prose(found.group("before"))):
        return []
    tail = _marked_title_tail().match(found.group("details"))
    year = tail and (tail.group("year") or tail.group("year2"))
    if not year and not (tail and tail.group("volume")):
        return []
    subject = re.match(rf"(?P<name>{NAME})\s+(?:has|have|had|is|was)?\s*[a-z]+(?:s|ed)\b", found.group("before"))
    c = base()
    c.kind, c.form, c.container = "article", "full", _clean(found.group("name"))
    c.year, c.volume, c.pinpoint = year, tail.group("volume"), _clean(tail.group("loc")) or None
    c.date = f"{tail.group('month')} {year}" if tail.group("month") and year else None
    possessor = POSSESSOR_BEFORE.search(text[: found.start("name") - 1])
    if subject and subject.group("name").split()[0] not in conventions()["not_names"]:
        c.authors = people(subject.group("name"))
    elif possessor:  # "in Messrs. Murie and Mivart's excellent paper in 'Transactions ...'"
        c.authors = _people(possessor.group("who"))[0]
    elif found.group("before").startswith("and") and earlier and earlier[-1].note == c.note:
        c.authors = list(earlier[-1].authors)
    return [c]


SESSION_AFTER_IBID = re.compile(rf"^\W*\w+\W*,\s*(?P<session>{YEAR}\s*[-–]\s*\d{{2,4}}(?:,\s*[IVXLC]+\b)?|{YEAR},\s*[IVXLC]+\b),")


def _session_after_ibid(c: Citation) -> Citation:
    """"*Ibid.*, 1814-1815, p. 101" after a legislature's journal: the same series, another session (a range of
    years, or a year and a volume), as the citation's volume."""
    session = SESSION_AFTER_IBID.match(c.text) if c.form == "ibid" and not c.volume else None
    if session:
        c.volume = session.group("session")
    return c


def _writings_of(piece: Piece, base, known: set[str]) -> list[Citation]:
    """"As the letters of Vives are not in every library, we give his ... account": a writer's letters or works
    (conventions.yml writings) named as the text quoted, untitled: the writer's work, flagged."""
    found = []
    for match in re.finditer(rf"\bthe\s+(?P<noun>{alternation('writings')})\s+of\s+(?P<who>{NAME})", piece.text):
        who = match.group("who")
        if fold_name(who) in known or who.split()[0] in conventions()["not_names"] or _title_word(who.split()[0]) \
                or not people(who):
            continue
        c = base()
        c.form, c.authors, c.ambiguous = "short", people(who), True
        c.reason = f"\"{match.group(0)}\": a work described, not titled; linked as the writer's work."
        c.start, c.end = piece.start + match.start(), piece.start + match.end()
        found.append(c)
    return found


PART_OF_AN_EDITION = re.compile(rf"(?:^|\b[Ss]ee\s+)the\s+(?P<edition>[A-Z][a-z]+)\s+(?P<part>{alternation('edition_parts')})\.?$")


def _part_of_an_edition(text: str, base) -> list[Citation]:
    """"For proof, see the Benedictine Preface.": the preface (introduction, ...) of an edition named by its
    makers, not the book's own (blanked as a cross-reference): a work described, untitled, flagged."""
    found = PART_OF_AN_EDITION.search(text)
    if not found or found.group("edition") in conventions()["not_names"] or ITALIC.search(text) or has_locator(text):
        return []
    c = base()
    c.kind, c.form, c.ambiguous = "chapter", "short", True
    c.reason = f"\"{found.group(0).strip()}\": a part of an edition described, without title, author or imprint."
    return [c]


BY_MAKER_PUBLISHED = re.compile(rf"^By\s+(?P<who>(?:[A-Z]\.\s*){{1,3}}|{NAME}),\s+published\s+in\s+(?P<year>{YEAR})\b")


def _work_by_maker_and_year(text: str, base) -> list[Citation]:
    """"By J. H., published in 1610, and again in 1620": the work the annotated sentence speaks of (a
    translation, an edition), named by its maker and the year of its first printing: untitled, flagged."""
    found = BY_MAKER_PUBLISHED.match(text)
    if not found:
        return []
    c = base()
    c.form, c.year, c.ambiguous = "full", found.group("year"), True
    c.authors = [found.group("who").strip()]
    c.reason = f"\"{found.group(0)}\": a work described by its maker and year, not titled."
    return [c]


AUTHOR_AND_TITLE = re.compile(rf"^(?:(?i:{SEE}|cf\.|compare)\s+)(?P<name>[A-Z][\w'’-]+)\s+and\s+the\s+"
                              r"(?P<rest>[A-Z][\w'’-]*(?:\s+[a-z]+)?(?:\s+[A-Z][\w'’-]*)*,\s+(?:pp?\.|l\.|c\.).*)$")
# an ancient author and his work, without a locator: "Julian in the Caesars", "Aurelius Victor in Epitome" (the
# author as printed; a remark on an edition's apparatus may follow: ", with Spanheims observations")
AUTHOR_IN_WORK = re.compile(r"^(?P<author>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+in\s+(?:the\s+)?"
                            r"(?P<title>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\.?(?:,\s+with\s+.*)?$")
# "See the Augustan History (and the Epitomes)": a work by its title in title case, after a lead-in (a plural
# common noun after "and the" is a kind of source, not a title)
SEE_THE_TITLE = re.compile(rf"^(?i:{SEE}|cf\.|compare)\s+the\s+(?P<title>[A-Z][\w'’-]+(?:\s+(?:(?:of|the|and|de)\s+)?"
                           r"[A-Z][\w'’-]+)+)(?:\s+and\s+the\s+[A-Z][a-z]+s)?\s*$")
# "Hist. August. in Marco": a title cut short, then the Life in it by its subject's name
TITLE_IN_LIFE = re.compile(r"^(?P<title>(?:[A-Z][a-z]+\.\s*){1,3}?)\s*(?P<part>in\s+[A-Z][a-z]+\.?)$")
SEE_SHORT = re.compile(rf"^(?i:{SEE}|cf\.|compare)\s+(?P<names>{NAME_IN_LIST}),\s+(?P<title>[A-Z][^,;:()“”\"*]*?)\s*$")


def _short_title_without_locator(text: str) -> tuple[str, str] | None:
    """"See Astrid Eckert, The Struggle for the Files": Chicago's short form of a work cited as a whole,
    printed plain, after a lead-in; the title in title case and no list of names ("See Smith, Jones")."""
    match = SEE_SHORT.match(text)
    if not match or not looks_like_names(match.group("names")) or looks_like_names(match.group("title")):
        return None
    from .chunks import FUNCTION_WORDS
    words = re.findall(r"[\w'’-]+", match.group("title"))
    if len(words) < 2 or any(w[0].islower() and w.lower() not in FUNCTION_WORDS for w in words) \
            or words[-1].lower() in FUNCTION_WORDS:
        return None
    return match.group("names"), match.group("title")


def _journal_details(rest: str) -> dict:
    """', Vol. 30, No. 4 (2003)' / ' 10, no. 4 (Fall 2009): 869–960' / ', 2014, Vol. 14, No. 4, 619–645'."""
    dotted = re.match(r"[\s,]*(\d+)\.(\d+)\s*(?=\()", rest)  # "74.2 (Spring 2000)": volume 74, issue 2
    volume = re.search(r"\bVol(?:ume)?\.?\s*([\dIVX]+)", rest) or re.match(r"[\s,]*(\d+)\b(?=,\s*no\.|\s*\()", rest) \
        or dotted
    issue = re.search(r"\b(?:No|Number|no)\.?\s*(\d+)", rest) or (re.match(r"[\s,]*\d+\.(\d+)", rest) if dotted else None)
    date = re.search(r"\(([^)]*\d{4})\)|\b(\d{1,2} [A-Z][a-z]+ \d{4})", rest)
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", rest)
    pages = re.search(r"(?:pp?\.\s*)?(\d+)\s*[–-]\s*(\d+)\s*$", rest.strip(" ,."))
    return {"volume": volume.group(1) if volume else None, "issue": issue.group(1) if issue else None,
            "date": (date.group(1) or date.group(2)) if date else None, "year": year.group(1) if year else None,
            "pages": f"{pages.group(1)}-{pages.group(2)}" if pages else None}


def _conference_details(rest: str) -> tuple[str | None, str | None, str | None]:
    """'Cambridge University, December 13, 2013.' -> place, date, year."""
    date = re.search(r"(\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})", rest)
    year = re.search(r"\d{4}", rest)
    place = _clean(rest[: date.start()]) if date else _clean(rest)
    return place, date.group(1) if date else None, year.group(0) if year else None


DETAIL_HINT = re.compile(r"\b(?:Box|box|Folder|folder|Diary|Notebook|\d{4}|January|February|March|April|May|June|"
                         r"July|August|September|October|November|December)\b")


def _is_detail(text: str) -> bool:
    return bool(DETAIL_HINT.search(text)) and not ITALIC.search(text) and len(text.split()) <= 14


def _prose_words(text: str) -> int:
    """Lower-case words that are neither a title's small words nor archival units, outside
    brackets ("Winnacker memorandum (with attached commentary ...)"): a sentence has many."""
    from .chunks import FUNCTION_WORDS
    units = {w.lower() for w in words("archive_units")}
    text = re.sub(r"\([^()]*\)", " ", text)
    return sum(1 for w in re.findall(r"\b[a-z][a-z’'\-]+\b", text) if w not in FUNCTION_WORDS and w not in units)


def _document_in_archive(made: list[Citation], following: list[Piece]) -> bool:
    """A document named by its title alone ("'O ramkakh ...' memo.") just before the collection that holds it."""
    return (len(made) == 1 and made[0].title is not None and made[0].form == "full" and made[0].kind != "archive"
            and not (made[0].authors or made[0].container or made[0].year or made[0].url or made[0].publisher)
            and bool(following) and ARCHIVE_WORDS.search(following[0].text) is not None
            and not IMPRINT.search(following[0].text))


def _archive_follows(pieces, piece, note) -> bool:
    later = note.text[piece.end:]
    return bool(ARCHIVE_WORDS.search(later))


def _attach_leading_details(fragments: list[Fragment], citations: list[Citation]) -> None:
    """Document descriptions printed before their archive ("Gorbachev to his aides on ...")."""
    for fragment in fragments:
        if fragment.role == "detail":
            following = [c for c in citations if c.start > fragment.start and c.kind == "archive"]
            if following and not any(c.end < fragment.start and c.note == fragment.note for c in citations
                                     if c is not following[0] and c.start < fragment.start):
                target = following[0]
                target.pinpoint = f"{fragment.text}; {target.pinpoint}" if target.pinpoint else fragment.text


def _is_commentary(text: str) -> bool:
    """Prose of the author's: no title, no publication data, no pages, no archive, no URL."""
    archival = ARCHIVE_WORDS.search(text) and _prose_words(text) <= 3  # "Congress passed an Archives Act that ...": prose
    return not (ITALIC.search(text) or PUB_PAREN.search(text) or PINPOINT.search(text) or URL.search(text)
                or archival or OP_CIT.search(text))


# -- the provisions of a legal instrument, cited by their locator alone ------------------------------------------
PROVISION_NUMBER = r"(?:\d+[a-z]?|[IVXLC]+\b)(?:\s*\(\w{1,4}\))*(?:\s*[–-]\s*(?:\d+[a-z]?|[IVXLC]+\b))?"


@lru_cache(maxsize=1)
def _provision() -> re.Pattern:
    """'Art. 119', 'Arts. 120 and 257', 'Part VIII Annex III (1)', 'Art. 297 (h) and para. 4 of Annex to Part X
    Section IV', 'Part IV Section IV Annex, Chap. III': units of an instrument (conventions.yml) and their numbers."""
    numbers = rf"{PROVISION_NUMBER}(?:(?:,\s*|\s+and\s+|\s+or\s+|\s*&\s*){PROVISION_NUMBER})*"
    units, subunits = alternation("provision_units"), alternation("provision_subunits")
    first = rf"(?<![\w.])(?:{units})\s*{numbers}"
    later = rf"(?:(?<![\w.])(?:{units}|{subunits})(?:\s*{numbers})?|\({PROVISION_NUMBER}\))"
    return re.compile(rf"{first}(?:(?:\s+|,\s*|\s+and\s+|\s+of\s+(?:the\s+)?|\s+to\s+|\s+in\s+){later})*")


def provision_alone(text: str) -> str | None:
    """The locator when a piece of a note is a provision's locator alone, or one followed by the provision's
    words in quotation marks ('Art. 141: “Germany renounces ...”'): a reference that names no work."""
    lead = re.match(rf"(?i:{alternation('lead_ins')}):?\s+", text)  # "See Art. 119.", "Cf. Arts. 5 and 6."
    found = _provision().match(text, lead.end() if lead else 0)
    if not found:
        return None
    rest = text[found.end():].strip()
    quotation = r"[.:,]?\s*—?\s*[“\"][^“”\"]*(?:[“\"][^“”\"]*[”\"][^“”\"]*)*[”\"]\.?"  # inner quotes may nest
    if rest in ("", ".") or re.fullmatch(quotation, rest):
        return found.group(0).rstrip(" ,")
    return None


def provision_of_instrument(text: str) -> tuple[str, str] | None:
    """'Cf. Art. 8 of the Articles of Confederation.', 'Art. I, sec. 9, of the Constitution', 'Constitution, Art. I,
    sec. 8': a provision and the instrument it is of, named with it (conventions.yml instrument_nouns); the
    locator and the instrument's name."""
    lead = re.match(rf"(?i:{alternation('lead_ins')}):?\s+", text)
    body = text[lead.end() if lead else 0:].strip().rstrip(".")
    name = rf"(?P<name>(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{alternation('instrument_nouns')})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*)*)"
    after = re.search(rf",?\s+of\s+(?:the\s+)?{name}$", body)
    if after and _provision().fullmatch(body[: after.start()].rstrip(" ,")):
        return body[: after.start()].rstrip(" ,"), after.group("name")
    before = re.match(rf"{name},\s+(?P<loc>.+)$", body)
    if before and _provision().fullmatch(before.group("loc")):
        return before.group("loc"), before.group("name")
    return None


def provisions_in_prose(text: str) -> list[re.Match]:
    """'... the proceeds being payable direct to the owner (Art. 92.)': a provision in brackets at the end of
    the writer's prose; '... there has been included Article 90, by which “...”': one the prose names (not one
    "of" a work it names, which DIVISION_OF reads, nor one inside a quotation)."""
    depths = _depths(text)
    found = []
    bracketed = re.search(rf"\((?P<loc>{_provision().pattern})\.?\)\.?$", text)
    if bracketed:
        found.append(bracketed)
    for start in re.finditer(rf"\bArticles?\s+{PROVISION_NUMBER}", text):
        named = _provision().match(text, start.start())  # "Articles 231 and 232", "Article 90"
        if not named or depths[named.start()] or re.match(r",?\s+of\b", text[named.end():]) \
                or (bracketed and named.start() >= bracketed.start()) or (found and named.start() < found[-1].end()):
            continue
        found.append(named)
    return found


@lru_cache(maxsize=1)
def _instrument_mention() -> re.Pattern:
    word = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?P<before>(?:{word}\s+){{0,3}})(?P<noun>{alternation('instrument_nouns')})\b"
                      rf"(?:\s+of\s+(?P<of>(?:the\s+)?{word}(?:\s+(?:of\s+|the\s+|and\s+)*{word})*))?")


def instrument_named(before_call: str) -> str | None:
    """The instrument a bare locator cites: the one the text before the note's call names last ("The Treaty aims
    at ..."), in its full form when that mention gives it ("the Treaty of Versailles"), else in the full form the
    text printed first ("the draft Treaty of Peace": "Treaty of Peace"; "the first Treaty of Paris in 1814",
    named later in passing, is another); a name printed only with words before it ("the Peace Treaty") keeps
    them (not "The"). Names inside quotation marks are someone else's words, not the writer's naming."""
    writers_own = re.sub(r"“[^”\n]*”|\"[^\"\n]*\"", lambda m: " " * len(m.group(0)), before_call)
    mentions = list(_instrument_mention().finditer(writers_own))
    if not mentions:
        return None
    noun = mentions[-1].group("noun")
    same = [m for m in mentions if m.group("noun") == noun]
    full = [m for m in same if m.group("of")]
    if mentions[-1].group("of") or full:
        return f"{noun} of {(mentions[-1] if mentions[-1].group('of') else full[0]).group('of')}"
    modifiers = [w for w in mentions[-1].group("before").split() if w not in conventions()["not_names"]]
    return " ".join(modifiers + [noun])


def read_parts_of_works_the_text_names(citations: list[Citation], before_call) -> list[Citation]:
    """"Antarctic Manual: Seals, by Barrett-Hamilton, p. 216." where the text has named "an ‘Antarctic Manual’ ...
    produced by the Royal Geographical Society": the words before the colon are the work the text names (in
    quotation marks or italics), the words after it the writer's part of it (flagged: it may be a subtitle)."""
    for c in citations:
        if not (c.title and ": " in c.title and c.authors and not c.container and c.kind == "book"):
            continue
        work, part = (piece.strip() for piece in c.title.split(": ", 1))
        marked = rf"(?:[‘“\"']|\*){re.escape(work)}(?:[’”\"']|\*)"
        if len(part.split()) > 4 or not re.search(marked, before_call(c.note)):
            continue
        c.kind, c.container, c.title, c.ambiguous = "chapter", work, part, True
        c.reason = (f"\"{work}\" is a work the text names; \"{part}\" read as {c.authors[0]}'s part of it, not "
                    "its subtitle.")
    return citations


def read_writer_introducing_quotation(citations: list[Citation], before_call) -> list[Citation]:
    """"Professor William James covers the whole ground of these claims in the following passage:" then the
    passage as a paragraph of its own, its note "McClure’s Magazine, August, 1910.": an untitled item of a
    periodical is by the one writer the sentence introducing the quotation names (flagged)."""
    from .classical import writers_named

    for c in citations:
        if not (c.kind == "article" and c.container and not c.title and not c.authors and not c.person):
            continue
        paragraphs = [p for p in before_call(c.note).split("\n\n") if p.strip()]
        if len(paragraphs) < 2 or not paragraphs[-2].rstrip().endswith(":"):
            continue  # (a writer named at the call itself is read_title_called_by_writer's)
        introducing = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraphs[-2].strip())[-1]
        named = writers_named(introducing, set())
        if len(named) == 1 and people(named[0]):
            c.authors, c.ambiguous = people(named[0]), True
            c.reason = (f"an untitled item of {c.container}; the quotation it sources is introduced by "
                        f"\"{introducing}\", which names {named[0]}.")
    return citations


def read_provisions(citations: list[Citation], fragments: list[Fragment], before_call) -> list[Citation]:
    """Bare locators ("Art. 119.", notes in reading order) cite the instrument named in the text before their
    call, or else the last instrument an earlier note cited (flagged); neither, and the locator is reported."""
    kept, cited = [], []
    noun_of = _instrument_mention()
    for c in citations:
        if not c.provision:
            if c.title and noun_of.search(c.title):
                cited.append((c.title, bool(LEAD_WORD.match(c.text))))
            kept.append(c)
            continue
        before = before_call(c.note)
        named = instrument_named(before)
        if named:  # an instrument of that kind a note cited stands for it, unless that note sent the reader to it
            noun = noun_of.search(named).group("noun")  # ("Vide Constitution of Massachusetts", another one, for
            earlier = [title for title, sent in cited  # "the Constitution") and the text never names it
                       if noun_of.search(title).group("noun") == noun and not (sent and title not in before)]
            c.title = earlier[-1] if earlier else named
        elif cited:
            c.title, c.ambiguous = cited[-1][0], True
            c.reason = (f"\"{c.pinpoint}\" names no instrument, nor does the text calling the note; linked to the "
                        f"instrument cited last ({cited[-1][0]}).")
        else:
            fragments.append(Fragment(c.chapter, c.note, c.start, c.end, c.text, "unresolved",
                                      f"\"{c.pinpoint}\" is a locator in an instrument that neither the note nor "
                                      "the text calling it names: not linked."))
            continue
        kept.append(c)
    return kept


@lru_cache(maxsize=1)
def _source_after_quotation() -> re.Pattern:
    who = rf"(?:(?:{alternation('honorifics')})\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+"
    return re.compile(rf"^[“\"].*[”\"]\s*[.,]?\s*\((?P<who>{who})\s+in\s+(?:the\s+)?"
                      rf"(?P<paper>[A-Z][^(),;“”\"]*?),\s+"
                      rf"(?P<date>{DAY})\)\.?$", re.S)


def parse_source_after_quotation(text: str, base_factory) -> Citation | None:
    """'“We take over the ownership of the Sarre mines ...” (M. Hervé in La Victoire, May 31, 1919).': a
    quotation, then in brackets its writer "in" a periodical and the day: an untitled item of that periodical."""
    found = _source_after_quotation().match(text)
    writers = people(found.group("who")) if found else []
    if not writers:
        return None
    c = base_factory()
    c.kind, c.form, c.authors = "newspaper", "full", writers
    c.container, c.date = found.group("paper").strip(), found.group("date")
    c.year = YEAR_IN.search(c.date).group(0)
    return c


@lru_cache(maxsize=1)
def _law_reference() -> re.Pattern:
    """A law by series, volume and page after the code's title or section it is codified in, with its date."""
    act = rf"(?:[A-Z][\w'’.-]*\s+){{0,6}}Act(?:\s+of\s+{DATE})?"  # "Act of July 27, 1866", "Immigration Act of 1924"
    return re.compile(rf"(?:(?:{alternation('codification', escape=False)}|{act}),\s+)?(?:{_law().pattern})"
                      rf"(?:\s*\({DATE}\))?")




@lru_cache(maxsize=1)
def _serial_set() -> re.Pattern:
    """'Title, 41st Cong., 2nd Sess., SED 108 (Ser. 1407), pp. 1–2': a document of the Serial Set (conventions.yml)."""
    document = rf"(?<![\w.])(?:{alternation('serial_set_documents')})\s*(?:No\.\s*)?\d+"
    session = rf"{ORDINAL_NUMBER}\s+Cong\.,?\s+{ORDINAL_NUMBER}\s+[Ss]ess\."
    year = r"(?:(?:1[789]|20)\d\d,?\s+)?"
    return re.compile(
        r"^(?:.*?\b(?:published|printed|reprinted|issued|appeared)\s+(?:as|in)\s+)?"
        rf"(?:(?P<title>[A-Z“\"].*?),?\s+{year}{session},?\s+{year}(?P<document>{document})"
        rf"|(?P<title2>{document}),\s+(?P<document2>{session}))"  # "H. Ex. Doc. No. 1, 41st Cong., 3rd Sess."
        r"(?:,?\s+(?:pt|part|Part)\.?\s*(?P<part>\d+))?"
        r"(?:\s*\((?:Ser\.|Serial(?:\s+No\.)?)\s*(?P<serial>\d+)\))?"
        r"(?:,\s*(?:pp?\.\s*)?(?P<pages>[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?))?\.?$")


def parse_serial_set_document(text: str, base_factory) -> Citation | None:
    """A congressional document titled as printed with its Congress, session and number (one document, whatever
    its title repeats), the Serial Set volume as its volume and a page range after it as the place cited."""
    found = _serial_set().match(text)
    if not found:
        return None
    c = base_factory()
    title = "title" if found.group("title") else "title2"
    c.form, c.title = "full", _clean(text[found.start(title): found.end("document" if title == "title" else "document2")])
    if found.group("part"):  # "H. Ex. Doc. 1, pt. 2": the part cited
        c.pinpoint = f"pt. {found.group('part')}"
    c.volume = found.group("serial")
    c.pinpoint = ", ".join(p for p in (c.pinpoint, found.group("pages")) if p) or None
    return c


SERIAL_VOLUMES = re.compile(r"\((?:Ser\.|Serial(?:\s+No\.)?)\s*\d+\)")


@lru_cache(maxsize=1)
def _newspaper_issue() -> re.Pattern:
    days = r"\d{1,2}(?:\s*(?:,|and|&|–|-)\s*\d{1,2})*"
    return re.compile(
        rf"^(?P<paper>(?:The\s+)?(?:[A-Z][\w.'’&-]*\s+){{0,4}}(?:{alternation('newspaper_words')})"
        rf"(?:\s+[A-Z][\w'’-]*){{0,2}}|(?:The\s+)?(?:{alternation('periodicals')})(?:\s+[Mm]agazine)?)"
        rf"(?:\s+\((?P<place>[^()]+)\))?,\s+(?P<date>{MONTH}\.?\s+{days},?\s+\d{{4}}|{days}\s+{MONTH}\.?,?\s+\d{{4}})"
        r"(?:,\s*(?:p\.\s*)?(?P<page>[A-Z]?\d+))?\.?$")


def parse_newspaper_issue(text: str, base_factory) -> Citation | None:
    """'New York Herald, December 17 and 19, 1869.', 'Time, June 13, 1944, 48.': a newspaper or a magazine named
    (conventions.yml) with its day or days, perhaps a page, and nothing else: its issues, untitled; several days
    are one reference."""
    found = _newspaper_issue().match(text)
    if not found or _title_word(found.group("paper").split()[0]):
        return None  # "Journal, December 22, 1862", "Congressional Globe, ...": a diary, a record of debates
    c = base_factory()
    magazine = re.fullmatch(rf"(?:The\s+)?(?:{alternation('periodicals')})(?:\s+[Mm]agazine)?", found.group("paper"))
    c.kind, c.form = "article" if magazine else "newspaper", "full"
    c.container = re.sub(r"\s+[Mm]agazine$", "", found.group("paper")) if magazine else found.group("paper")  # "Time magazine"
    c.date, c.place, c.pinpoint = found.group("date"), found.group("place"), found.group("page")
    c.year = YEAR_IN.search(c.date).group(0)
    return c


@lru_cache(maxsize=1)
def _collection_at() -> re.Pattern:
    keepers = "|".join(sorted({*words("public_bodies"), *words("repositories"), "College"}, key=len, reverse=True))
    return re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]+\s+Papers)\s+(?:at|in)\s+(?:the\s+)?"
                      rf"(?P<repository>(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{keepers})\b"
                      r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?)")


def parse_collection_named(text: str, base_factory) -> Citation | None:
    """'Fish’s correspondence with Sumner in the Charles Sumner Papers at Harvard University reveal no additional
    documentation': a collection and its repository named in the writer's prose, nothing in it cited: linked to
    the collection, flagged (a reader may take the sentence for prose)."""
    found = _collection_at().search(text)
    if not found or _depths(text)[found.start()] or _prose_words(text) < 2:
        return None  # "LCM, Fish Papers, Container 67": a reference, read as one
    c = base_factory()
    c.kind, c.form, c.ambiguous = "archive", "full", True
    c.title, c.container = found.group("name"), found.group("repository")
    c.reason = (f"The note names the {c.title} at {c.container} in its prose, citing no document in it: linked to "
                "the collection.")
    return c


@lru_cache(maxsize=1)
def _name_then_abbreviated_title() -> re.Pattern:
    cut = r"[A-ZÄÖÜa-zäöü][a-zäöüß]{0,7}\."  # a word cut short: "Comm.", "Luc.", "L.", "bibl." (an adjective)
    joint = r"(?:in|zum|zur|zu|de|ad|et|und|über|des|der)"
    return re.compile(rf"^(?:(?i:{alternation('lead_ins')}):?\s+)?(?P<author>[A-ZÄÖÜ][a-zäöüß'’-]{{2,}})\s+"
                      rf"(?P<title>(?=[A-ZÄÖÜ]|[a-zäöü]+\.\s+[A-ZÄÖÜ]){cut}(?:\s+(?:{joint}\s+)?{cut})*)"
                      r"(?:,\s+|\s+(?=\d+\.?,?\s))(?P<loc>.+?)\.?$")  # "Bibl. Comm. 1, s. 119": volume 1, page 119


def parse_name_then_abbreviated_title(text: str, base_factory) -> Citation | None:
    """'Kuinöl Comm. in Luc., Proleg., p. 247', 'Hase L. J., § 35': in German and Latin apparatus, an author's
    name, then with no comma his title cut short to its initials or first letters, then the locator."""
    found = _name_then_abbreviated_title().match(text)
    first = found.group("title").split()[0].rstrip(".") if found else ""
    if not found or first in ("Jr", "Sr") or first in words("locators") or not has_locator(f"{found.group('title')}, {found.group('loc')}") \
            or found.group("author") in {*conventions()["not_names"], *conventions()["title_words"],
                                         *conventions()["scripture_books"]}:
        return None
    c = base_factory()
    c.form, c.authors, c.title, c.pinpoint = "short", [found.group("author")], found.group("title"), found.group("loc")
    return c


@lru_cache(maxsize=1)
def _contribution_in_series() -> re.Pattern:
    styles = "|".join(alternation(key) for key in ("honorifics", "styles_of_office"))
    series = "|".join(alternation(key) for key in ("learned_series", "society_series"))
    return re.compile(
        rf"^(?:(?i:{alternation('lead_ins')}):?\s+)?(?:and\s+)?(?:also\s+)?(?:(?:{styles})\s+)?(?P<author>{NAME}),?\s+"
        rf"in\s+(?:the\s+)?[“\"]?(?P<container>(?=[A-Z])[^,;()“”\"]*?\b(?:{series})\b[^,;()“”\"]*?)(?:,?[”\"],?|,)\s+"
        r"(?:[Vv]ol\.\s*)?(?P<volume>(?:(?:\d+(?:st|nd|rd|th|d)|[Nn]ew)\s+[Ss]er(?:\.|ies),?\s+)?(?:[ivxlc]+|[IVXLC]+|\d+))\b"
        r"(?:,?\s*(?:pp?\.\s*)?(?P<loc>(?!(?:1[5-9]|20)\d\d\b)\d.*?))?\.?$")


def parse_contribution_in_series(text: str, base_factory) -> Citation | None:
    """'Everest, in “Wisconsin Historical Collections,” xii, pp. 7 ff.', 'and also President Welling, in Papers
    American Historical Association, iii, p. 411': a writer's untitled contribution to a learned society's series or
    a periodical (conventions.yml learned_series, society_series), by its volume and page."""
    found = _contribution_in_series().match(text)
    if not found or not looks_like_names(found.group("author")) or found.group("author") in conventions()["not_names"]:
        return None
    c = base_factory()
    c.kind, c.form, c.authors = "article", "full", split_names(found.group("author"))[0]
    c.container, c.volume, c.pinpoint = found.group("container").strip(), found.group("volume"), found.group("loc")
    return c


@lru_cache(maxsize=1)
def _periodical_by_volume_and_number() -> re.Pattern:
    return re.compile(rf"^(?P<author>{NAME}),\s+(?P<container>(?=[A-ZÄÖÜ])[^,;()“”\"]*?\b(?:{alternation('learned_series')})\b"
                      r"[^,;()“”\"]*),\s+(?P<volume>[ivxlc]+|[IVXLC]+|\d+)\.\s*(?P<issue>\d+),\s*(?P<loc>\d.*?)\.?$")


def parse_periodical_by_volume_and_number(text: str, base_factory) -> Citation | None:
    """'Binder, Studien der evang. Geistlichkeit Würtembergs, ix. 2, 5': a writer, then a periodical (a word of a
    learned series in its name), its volume and number parted by a full stop, the page: his untitled article."""
    found = _periodical_by_volume_and_number().match(text)  # not "Moran, Journal, ii. 3": a diary's volume and page
    if not found or not looks_like_names(found.group("author")) or len(found.group("container").split()) < 2:
        return None
    c = base_factory()
    c.kind, c.form, c.authors = "article", "full", split_names(found.group("author"))[0]
    c.container, c.volume, c.issue = found.group("container"), found.group("volume"), found.group("issue")
    c.pinpoint = found.group("loc")
    return c


@lru_cache(maxsize=1)
def _known_writers_work() -> re.Pattern:
    title = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
    return re.compile(rf"\b(?:in|see|See|from)\s+the\s+(?P<title>{title})\s+of\s+(?P<author>[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
                      rf"|\bby\s+(?P<author2>[A-Z][\w'’-]+),?\s+in\s+(?:the\s+|his\s+)?(?:{alternation('divisions')})\s+of\s+"
                      rf"(?P<title2>{title})")


def read_works_of_known_writers(citations: list[Citation], notes: list[Note]) -> list[Citation]:
    """'represented ... in the Caesars of Julian', 'the abridgment given by Tacitus, in the life of Agricola': a
    title and its writer named in the prose, linked when another note cites that writer's work of that title
    ("Julian's Caesars", "Tacitus, (in Agricola, c. 12)"), never otherwise (a work is not made of prose)."""
    from .resolve import content_words
    made = []
    for note in notes:
        for found in _known_writers_work().finditer(note.text):
            author, title = found.group("author") or found.group("author2"), found.group("title") or found.group("title2")
            known = [c for c in citations if c.title and c.authors and same_name(c.authors[0], author)
                     and content_words(title) and content_words(title) <= content_words(c.title)]
            if not known or any(c.note == note.number and c.title == known[0].title for c in citations):
                continue
            c = Citation(note.chapter, note.number, found.start(), found.end(), found.group(0))
            c.form, c.authors, c.title, c.ambiguous = "short", list(known[0].authors), known[0].title, True
            c.reason = (f"The prose names {title} of {author}, the title another note cites as {known[0].title} "
                        f"(note {known[0].note}): linked to it.")
            made.append(c)
    return sorted(citations + made, key=lambda c: (c.note, c.start))


@lru_cache(maxsize=1)
def _particle_name_then_title() -> re.Pattern:
    word, small = r"[A-ZÀ-Ý][\w'’-]*", r"(?:de|des|du|en|la|le|les|of|the|and|et|der|die|das|von|und|di|del|della)"
    return re.compile(rf"^(?:(?i:{alternation('lead_ins')}):?\s+)*"
                      rf"(?P<author>{word}(?:\s+['’]?(?:{alternation('name_particles')}))+\s+{word})\s+"
                      rf"(?P<title>{word}(?:\s+(?:{small}\s+)*{word})*)"
                      rf"(?:,?\s+(?:{alternation('emphasis_words')}))?,?\s+(?P<loc>(?i:{alternation('locators')})\.?\s.*?)\.?$")


def parse_particle_name_then_title(text: str, base_factory) -> Citation | None:
    """'Compare also Dureau de la Malle Economie Politique des Romains especially L. l. c. ix': a name whose small
    words ("de la") show where it ends, then with no comma the title, then the locator (a stray apostrophe before
    the particle, as printed, kept)."""
    found = _particle_name_then_title().match(text)
    particles = re.findall(rf"\s['’]?({alternation('name_particles')})(?=\s)", found.group("author")) if found else []
    if not found or (len(particles) == 1 and particles[0] in conventions()["title_prepositions"]):
        return None  # "Vegetius de Re Militari": a title opened by "de" after the author ("de la Malle": a name)
    c = base_factory()
    c.form, c.title, c.pinpoint = "short", found.group("title"), found.group("loc")
    c.authors = people(found.group("author")) or [found.group("author")]  # "Dureau 'de la Malle": as printed
    return c


def split_run_on_references(citations: list[Citation]) -> list[Citation]:
    """'Julian in Caesaribus Eutropius, viii. 2, 6.': a reference "Author in Title" run into the next with no full
    stop between, read as one title ("Caesaribus Eutropius"): its last word is the name of a writer the notes cite
    elsewhere, followed by his locator, and begins a reference of its own."""
    result = []
    for c in citations:
        run = re.match(r"^(?P<author>.+?)\s+in\s+(?:the\s+)?(?P<title>[A-Z][^,;]*?)\s+(?P<name>[A-Z][\w'’-]{2,}),\s*"
                       r"(?P<loc>.+)$", c.text) if c.title and len(c.authors) == 1 else None
        if not run:
            result.append(c)
            continue
        others = [a for other in citations if other is not c for a in other.authors]
        if fold_name(run.group("author")) != fold_name(c.authors[0]) or fold_name(c.title) != fold_name(
                f"{run.group('title')} {run.group('name')}") or not any(same_name(run.group("name"), a) for a in others):
            result.append(c)
            continue
        following = Citation(c.chapter, c.note, c.start + run.start("name"), c.end, c.text[run.start("name"):])
        following.form, following.authors, following.pinpoint = "short", [run.group("name")], _clean(run.group("loc"))
        c.title, c.pinpoint, c.end, c.text = run.group("title"), None, c.start + run.end("title"), c.text[: run.end("title")]
        result += [c, following]
    return result


@lru_cache(maxsize=1)
def _instrument_provision() -> tuple[re.Pattern, re.Pattern]:
    word = r"[A-Z][\w'’-]*"
    name = (rf"(?:the\s+)?(?P<name>(?:{word}\s+){{0,3}}(?:{alternation('instrument_nouns')})\b"
            rf"(?:\s+of\s+(?:the\s+)?{word}(?:\s+(?:of\s+|the\s+|and\s+)*{word})*)?)")
    lead = rf"(?:(?i:{alternation('lead_ins')}):?\s+)?"
    locator = rf"(?P<loc>{_provision().pattern})"
    return (re.compile(rf"{lead}{locator},?\s+of\s+{name}\.?"), re.compile(rf"{lead}{name},\s+{locator}\.?"))


def parse_instrument_provision(text: str, base_factory) -> Citation | None:
    """'Art. 10 of the Covenant.', 'Treaty of Versailles, Art. 231.': a provision and the instrument the note names
    (a noun of conventions.yml's instrument_nouns, with the words before it and its "of"): the instrument, there."""
    for form in _instrument_provision():
        found = form.fullmatch(text.strip())
        if found:
            words = found.group("name").split()
            c = base_factory()
            c.form, c.pinpoint = "short", found.group("loc").rstrip(" ,")
            c.title = " ".join(words[1:] if words[0] in conventions()["not_names"] else words)
            return c
    return None


FOLIO_REFERENCE = re.compile(r"^(?P<title>[A-ZÄÖÜ][\w]*\.?(?:\s+[\w]+\.?){1,4}?)\s+"
                             r"(?P<loc>(?:f|fol|ff)\.\s*(?:[ivxlc]+|\d+)[ab]?\.?(?:\s*\d+[ab]?)?)\.?$")


def parse_folio_reference(text: str, base_factory) -> Citation | None:
    """'Hieros. rosch haschanah f. lvi. 4.': a text (a tractate, a manuscript) by its title, cut short or
    transliterated, and its folio: the text, titled as printed, with no author."""
    found = FOLIO_REFERENCE.match(text)
    if not found or IBID.match(text) or BARE_OP_CIT.match(text) or looks_like_names(found.group("title")):
        return None
    c = base_factory()
    c.form, c.title, c.pinpoint = "short", found.group("title"), found.group("loc").rstrip(".")
    return c
