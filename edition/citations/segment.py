"""Cut a note into pieces that hold at most one citation each, keeping their spans.

A note separates works with `;` and with new sentences (outside brackets and quotation
marks). A full stop ends a sentence unless it ends an abbreviation or an initial
(conventions.yml lists them) or the sentence would be a single word ("Tacit. Annal.
l. ii."). A `;` inside a title ("The Works of Alexander Hamilton; Comprising ...") is
not a cut: the piece after it continues the title up to its imprint. A second work of
the same author can follow "), and" ("*A Mirror ...* (1985), and The Chinese Debate ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .conventions import abbreviations, alternation, conventions
from .chunks import is_prose
from .names import looks_like_names
from .plain_forms import AUTHOR_COLON, people

SAME_AUTHOR_AGAIN = re.compile(r"\),?\s+and\s+(?=[A-Z])")
# a list of references in one sentence: "Strabo, (l. xvi. p. 780), Pliny the elder, (...)",
# "Sueton. in August. c. 23, and Velleius Paterculus, l. ii. c. 117"
NEXT_IN_LIST = re.compile(r"(?<=[\divxlc]\))\s*,\s+(?=[A-Z])|(?<=\d)\s*,\s+and\s+(?=[A-Z])"
                          r"|(?<=\d),\s+and\s+(?=(?:in\s+)?(?:[A-Z][\w-]+['’]s\s+)?\*[A-Z])"  # "p. 226, and *Paper*"
                          r"|(?<=\d)\s*,?\s+and\s+(?=[“\"])"  # "..., December 18, 1953 and “Title,” Newsweek"
                          r"|,\s+and\s+(?=[“\"][^”\"]+,[”\"]\s+[A-Z][^,]*,\s+[A-Z][a-z]+\.? \d{1,2}, \d{4})"
                          r"|(?<=\d),\s+(?=[A-Z][\w-]+['’]s\s+[A-Z])"  # "the Augustan History, p. 5, Jerome's Chronicle"
                          # "pp. 173–207 and Justin Hart, Empire of Ideas": a page, "and", an author's name and a comma
                          r"|(?<=\d)\s+and\s+(?=(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+,\s+[A-Z])")
# "..., CDF 1945–1949, 026 China and NARA, RG 59, CDF 1950–1954": a second archival reference after a first
NEXT_ARCHIVE = re.compile(rf"\s+and\s+(?=(?:{alternation('repositories')}),\s)")
# (", and “Official Papers,” Washington Post, March 7, 1953": an unsigned item, its periodical and date)
SENTENCE_END = re.compile(r"[.?!][\"”’)\]]*(?:\s+|—)(?=[\"“‘(\[*]?[A-Z0-9])")  # ".—E. F. über ...": a dash after it
IMPRINT = re.compile(r"\((?:[^()]*[:,]\s*)?(?<![–-])(?:1[5-9]|20)\d\d\)|\([^()]+:\s[^()]+\)")  # or "(New York: Trow)"
CONTINUATION = re.compile(r"[A-Z][a-z]+ (?:[A-Z][a-z]+\.? \d{1,2}, )?\d{4}\s*\(")  # "Delivered December 5, 1793 (Phila…"
# a reference ends with a number, a locator's roman numeral ("l. ii"), a bracket or a quotation mark
REFERENCE_END = re.compile(r"(?:\d|\b[ivxlc]+|[)\]”\"’'*])$")


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    text: str
    same_author_as_previous: bool = False
    held: bool = False  # where the item cited just before is kept ("... 1914. (National Archives, RG 59 ...)")


def _depths(text: str) -> list[int]:
    """Nesting depth at each character: brackets, double quotation marks and `*italics*`."""
    depths, depth, straight, italic = [], 0, False, False
    for index, char in enumerate(text):
        if char == "“" and depth and index and not text[index - 1].isspace() \
                and (index + 1 == len(text) or text[index + 1].isspace() or text[index + 1] in ",.;:)]"):
            depth -= 1  # German „Titel“, and 'to furnish,“ the Department' (misprinted): a closing mark
        elif char in "([“„":
            depth += 1
        elif char in ")]”" and depth:
            depth -= 1
        elif char == '"':
            straight = not straight
        elif char == "*":
            italic = not italic
        depths.append(depth + straight + italic)
    return depths


def _inside_abbreviated_phrase(text: str, position: int) -> bool:
    """The full stop at `position` is one of an abbreviated phrase's ("a. a. O.", "z. d. St.": conventions.yml)."""
    return any(found.start() <= position < found.end() - 1 for found in _abbreviated_phrases().finditer(text))


def _abbreviated_phrases() -> re.Pattern:
    return re.compile("|".join(re.escape(p) for p in sorted(conventions()["abbreviated_phrases"], key=len, reverse=True)))


def _ends_abbreviation(before: str) -> bool:
    word = re.search(r"([\w.'’]+)$", before)
    if not word:
        return False
    token = word.group(1).rstrip(".")
    return (token in abbreviations() or token.lower() in abbreviations()
            or re.fullmatch(r"[A-Z]", token) is not None or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", token) is not None)


def _name_before_sentence(before: str, after: str) -> bool:
    """"... the economist Amartya Sen. It says little": a title's abbreviation ("Sen.", "Gen.", "Rep.") that is a
    name's last word, since the word after it opens a sentence and is never a name ("It", "The")."""
    word = re.search(r"(?<=[a-z]\s)[A-Z][a-z]+\s+([A-Z][a-z]+)$", before)
    after_word = re.match(r"[A-Z][a-z]*\b", after)
    return bool(word and after_word and after_word.group(0) in conventions()["not_names"]
                and word.group(1) + "." in conventions()["modern"]["speakers_offices"])


def _sentence_cuts(text: str, depths: list[int]) -> list[tuple[int, int]]:
    cuts, last = [], 0
    for match in SENTENCE_END.finditer(text):
        pages_end = re.search(r"\d\s+(?:f|ff|sq|sqq|seq|seqq)$", text[last: match.start()])  # "s. 733 f. Gabler in"
        if depths[match.start() + len(match.group(0).rstrip()) - 1] or _inside_abbreviated_phrase(text, match.start()) \
                or (_ends_abbreviation(text[last: match.start()]) and not (pages_end and text[match.end():][:1].isalpha())
                    and not _name_before_sentence(text[last: match.start()], text[match.end():])):
            continue
        if _abbreviated_reference_goes_on(text[last: match.start()], text[match.end():]) \
                or _lower_case_title_cut_short(text[last: match.start()], text[match.end():]):
            continue
        if re.search(r"\b[ivxlc]+$", text[last: match.start()]) and re.match(r"\d", text[match.end():]):
            continue  # "Plin. Epist. viii. 9": book viii, letter 9
        if re.search(r"\b[ivxlc]+$", text[last: match.start()]) and re.match(r"(?:Praef|Praefat|Pref|Introd)\.", text[match.end():]):
            continue  # "Nat. Quaest. i. Praef.": book i, its preface
        if re.search(r"(?:^|,\s)[IVXLC]+$", text[last: match.start()]) and re.match(r"\d", text[match.end():]):
            continue  # "Political Science Quarterly, VI. 615–7", "Works, II. 382": a volume, then its page
        if re.search(r"(?:^|,\s)\d{1,2}$", text[last: match.start()]) and re.match(
                rf"\d{{1,3}},\s|(?:{alternation('volume_words')}|{alternation('edition_words')})(?=[\s.,])",
                text[match.end():]):
            continue  # "exeg. Handb., 1. 2, s. 9": volume 1, part 2; "1. Thl. s. 13": the first volume; "3. Aufl."
        if re.search(r"\d$", text[last: match.start()]) and re.match(
                rf"(?:{alternation('page_words')}|{alternation('locators_with_digits')})\.\s*\d", text[match.end():]):
            continue  # "Kirchengeschichte, I. 2. S. 12": the page after the volume
        if re.search(r"[”\"]", match.group(0)) and re.match(r"(?:[A-Z][a-z]+,\s+)?(?:1[5-9]|20)\d\d[,.]", text[match.end():]):
            continue  # "'Lec. sur la Phys.' 1866, page 890": a quoted title ending in a full stop, then its year
        if len(text[last: match.start()].split()) < 2:  # "Tacit. Annal.": abbreviations, not a sentence
            continue
        if text[: match.start() + 1].endswith(("..", "…")):  # an ellipsis in a quoted title
            continue
        left = text[last: match.start()]
        right = text[match.end():]
        title_follows = not is_prose(re.split(r"[,:(]", right)[0]) or IMPRINT.search(right.split(";")[0])
        if looks_like_names(left) and title_follows:
            continue  # "Alexander V. Pantsov, with Steven I. Levine. Title.", not "Nero, and Domitian. A hope is ..."
        imprint_follows = re.match(r"[A-Z][^\W\d_]+,\s+(?:1[5-9]|20)\d\d\b", right)  # "... Roman Wall. London, 1754"
        if not (REFERENCE_END.search(left) or is_prose(left) or not title_follows or imprint_follows):
            continue  # "Author. Title. Subtitle (Place, 2011)": a sentence ends after a reference or prose
        if _author_colon(left) and PLACES_PUBLISHER_YEAR.match(right):
            continue  # "Horace Fletcher: “Happiness” ..., II. Chicago and New York, Stone, 1897": its imprint
        if (text[match.end():].startswith("*") and not PAGES_AT_END.search(left)) or text[match.end():].startswith("(") \
                or CONTINUATION.match(text, match.end()):  # "Author. *Title*", "*Title*. *Subtitle*", "Title. (Imprint)"
            continue
        cuts.append((match.start() + len(match.group(0).rstrip()), match.end()))
        last = match.end()
    return cuts


CUT_SHORT = re.compile(r"(?:^|\s)[A-Z][a-z]{1,9}$")  # "Dio", "Sallust", "Geogr": a name or title cut short
GOES_ON = re.compile(r"(?:[A-Z][a-z]{1,9}|[a-z]{1,5}|[ivxlc]+)\.(?:\s|$)"  # "Cass.", "de Bell.", "xl.", "trans."
                     r"|\d{1,3},\s")  # "Exeget. Handb. 1, a. s. 74": a volume, then the page


def _abbreviated_reference_goes_on(left: str, right: str) -> bool:
    """"See also Dio. Cass. xl. c. 18", "Sallust. de Bell. Jugurth. c. 91", "Malte-Brun, Geogr. Eng. trans.
    vol. ii.": in a classical reference a word cut short is followed by another, or by a locator; the full
    stop ends no sentence. A reference that has reached its locator ("Dion, l. lxxi. Hist. August.") has ended,
    so has a sentence of prose ("See the first book of the Annals of Tacitus. Sueton. in August."), and a
    lead-in or Ibid. after the stop starts the next reference."""
    if not CUT_SHORT.search(left) or is_prose(left) or re.search(r"\d$|\b[ivxlc]+$", left):
        return False
    following = re.match(r"(?:de\s+|in\s+)?(\S+)", right)
    if not following or not GOES_ON.match(following.group(1) + " "):
        return False
    word = following.group(1).rstrip(".").lower()
    return word not in {w.rstrip(".,").lower() for w in conventions()["lead_ins"]} | set(conventions()["ibid"])


def _lower_case_title_cut_short(left: str, right: str) -> bool:
    """"Gabler in seinem neuest. theol. Journal, vii. 1": a title whose words are cut short in lower case (German
    adjectives, "exeget. Handbuch"); after two such words, the stop ends no sentence when the title goes on with a
    word that ends at a comma or a stop of its own. Not after a locator's numeral ("in vol. ii. Smith")."""
    cut = re.search(r"(?:^|\s)[a-zäöü]{3,9}\.\s+([a-zäöü]{3,9})$", left)
    if not cut or re.fullmatch(r"[ivxlc]+", cut.group(1)) or cut.group(1) in abbreviations():
        return False
    return re.match(r"[A-ZÄÖÜ][a-zäöüß]+,\s", right) is not None


A_REFERENCE = re.compile(r"[“\"*][A-Z].*(?:\b(?:1[5-9]|20)\d\d\b|\bpp?\.\s*\d)", re.S)  # a marked title, a year or page
QUOTED_REFERENCE_NEXT = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+,\s+)?"  # its author, if printed
                                   r"[“\"][A-Z][^”\"]*,[”\"]\s*\S.*?(?:\b(?:1[5-9]|20)\d\d\b|\bpp?\.\s*\d)")


def _colon_cuts(text: str, depths: list[int]) -> list[tuple[int, int]]:
    """'“The Migrations of Early Culture,” 1915, Manchester University Press: “The Evolution of ...,” *Essays
    ...*, Cambridge, 1913, p. 493: ...': references parted by colons, each a marked title with its year or page
    ("says: “Of the three powers ...”" is a quotation; "p. 128: “The Rise of Arts and Sciences.”" a part)."""
    cuts, start = [], 0
    for i, char in enumerate(text):
        if char == ":" and not depths[i] and A_REFERENCE.search(text[start:i]) \
                and QUOTED_REFERENCE_NEXT.match(re.split(r"(?<=[^\s]):\s", text[i + 1:])[0]):
            cuts.append((i, i + 1))
            start = i + 1
    return cuts


def _semicolon_cuts(text: str, depths: list[int]) -> list[tuple[int, int]]:
    cuts = [(i, i + 1) for i, char in enumerate(text) if char == ";" and not depths[i]]
    cuts = sorted(cuts + _colon_cuts(text, depths))
    kept, start = [], 0
    for index, (end, next_start) in enumerate(cuts):
        following_end = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        left, right = text[start:end], text[next_start:following_end]
        if _continues_title(left, right):
            continue
        kept.append((end, next_start))
        start = next_start
    return kept


# a place (or places), perhaps a publisher, and a year: "Chicago and New York, Stone, 1897", "N.Y., 1899"
PLACES_PUBLISHER_YEAR = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,4},\s+"
                                   r"(?:[A-Z][\w.&'’ -]{1,40},\s+)?(?:1[5-9]|20)\d\d\b")


def _author_colon(text: str) -> bool:
    """'H. W. Dresser: Voices of Freedom': a reference that opens with its author's name and a colon."""
    match = AUTHOR_COLON.match(text.strip())
    return bool(match) and bool(people(match.group("names")))


# what cannot stand as a reference of its own after a semicolon printed for a comma: a locator alone ("Hall,
# Reliability History; p. 9."), or a report's number opening its imprint ("..., A History; NASA SP-205 Washington,
# D.C., 1979, p. 355.")
LOCATOR_ALONE = re.compile(r"^\s*(?:pp?|vol|chap|ch|sect?|fig|no)\.\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?\.?\s*$", re.I)
YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _report_imprint(right: str) -> bool:
    found = re.match(rf"\s*\.?\s*(?:{conventions()['modern']['report_number']})\b", right)
    return bool(found) and YEAR.search(right) is not None and not re.search(r"[“\"”]", right)


def _continues_title(left: str, right: str) -> bool:
    """'X, ed., The Works of A; Comprising ..., Vol. IV (New York: Trow)', 'Cox, Eight Years in
    Congress; Memoir and Speeches (New York: ...)': a semicolon inside a title, before its imprint;
    or a semicolon for a comma before what cannot stand alone (LOCATOR_ALONE, _report_imprint)."""
    bare_left = not IMPRINT.search(left) and not YEAR.search(left) and not PAGES_AT_END.search(left.strip(" .,"))
    if bare_left and re.search(r"[A-Za-z]", left) and (LOCATOR_ALONE.match(right) or _report_imprint(right)):
        return True
    imprint = IMPRINT.search(right)
    left = re.split(r"[.?!]\s+(?=[A-Z])", left)[-1]  # its last sentence
    if _author_colon(left) and not re.search(r"[,\d]", left.split(":", 1)[1]) and re.search(
            r",\s+(?:(?:1[5-9]|20)\d\d|pp?\.\s*\d)", right) and not _author_colon(right):
        return True  # "F. W. Newman: The Soul; Its Sorrows and Its Aspirations, 3rd edition, 1852": a title's ";"
    if IMPRINT.search(left) or not imprint or re.search(r"\bpp?\.\s*\d|https?://|[“\"]", left):
        return False
    if re.match(r"\s*(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]+,", right):  # the next reference's author
        return False
    return re.search(r",\s+eds?\.,\s+[A-Z]", left) is not None or "," not in right[: imprint.start()]


# a reference that ends with its pages or sections: "..., p. 590. *Laws of 1853*, p. 60" is two references
PAGES_AT_END = re.compile(r"\b(?:pp?|sections?|§§?)\.?\s*\d+(?:\s*(?:[–-]|,|and)\s*\d+)*$")
LOCATOR_WORD = re.compile(r"\b(?:l|lib|c|cap|p|pp|tom|vol|ver|v|ch|sect)\.\s*[\divxlc]")


def _after_locator(before: str) -> bool:
    """The list's last item ends with a locator: '(l. xvi. p. 780)', 'c. 23'."""
    tail = before[before.rfind("(") + 1:] if before.endswith(")") else before[-25:]
    return LOCATOR_WORD.search(tail) is not None


def _spans(length: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans between cut points given as (end of piece, start of next)."""
    spans, start = [], 0
    for end, next_start in sorted(cuts):
        spans.append((start, end))
        start = next_start
    spans.append((start, length))
    return spans


def split_note(text: str) -> list[Piece]:
    depths = _depths(text)
    pieces: list[Piece] = []
    for start, end in _spans(len(text), _semicolon_cuts(text, depths)):
        part = text[start:end]
        for s, e in _spans(len(part), _sentence_cuts(part, depths[start:end])):
            sentence = part[s:e]
            again = [(m.start() + 1, m.end()) for m in SAME_AUTHOR_AGAIN.finditer(sentence)]
            listed = [(m.start(), m.end()) for m in NEXT_IN_LIST.finditer(sentence)
                      if not _depths(sentence)[m.start()] and (_after_locator(sentence[: m.start()])
                                                               or sentence[m.end():m.end() + 1] in "“\"")]
            listed += [(m.start(), m.end()) for m in NEXT_ARCHIVE.finditer(sentence) if not _depths(sentence)[m.start()]
                       and re.search(rf"\b(?:{alternation('repositories')}),", sentence[: m.start()])]
            for index, (a, b) in enumerate(_spans(len(sentence), sorted(set(again + listed)))):
                same_author = index > 0  # a later item may be by the same author: it says so by naming none
                absolute = start + s + a
                raw = sentence[a:b]
                stripped = raw.strip().rstrip(".,;")
                if not stripped:
                    continue
                lead = len(raw) - len(raw.lstrip())
                pieces.append(Piece(absolute + lead, absolute + lead + len(stripped), stripped, same_author))
    return pieces
