"""Link every citation to a work: one work per thing cited, however it is cited.

Full references make works (the same work cited in full twice is one work). Short titles,
"Op. cit.", "Ibid", "hereafter" abbreviations and archive references by person resolve to
those works. Where the formal rule and the evidence disagree (an Ibid whose page and
sentence point elsewhere; an Op. cit. whose page lies outside the rule's work), the
citation is linked to the work the evidence supports and flagged ambiguous, with the
reason. A work only ever cited by a short title becomes an incomplete work: nothing is
added that the notes do not give.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from .conventions import conventions, words
from .model import Citation, Work
from .names import family
from .modern import misprinted_name
from .serials import is_serial_record

STOP = {"the", "a", "an", "of", "and", "on", "in", "to", "for", "at", "from", "with", "i", "v", "s"}


# Latin letters that Unicode does not decompose into a letter and its accent
LATIN_LETTERS = str.maketrans({"æ": "ae", "œ": "oe", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                               "ı": "i"})


@lru_cache(maxsize=None)
def fold(text: str | None) -> str:
    """Letters without their accents, in lower case; Greek and Cyrillic kept (an ASCII fold erased a Greek title)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c))
    text = "".join(c if c.isascii() or c.isalpha() else " " if c.isspace() else ""
                   for c in text.lower().translate(LATIN_LETTERS))
    return " ".join(re.sub(r"['’]", "", text).replace("-", " ").translate(
        str.maketrans({c: " " for c in ".,:;!?\"()[]*|/–"})).split())


@lru_cache(maxsize=None)
def _epithet(name: str) -> str | None:
    """'Brehm Father' -> 'father', 'Dumas fils' -> 'fils': the kinship word that tells a person from his kin."""
    words = fold(name).replace(",", " ").split()
    return next((w for w in (fold(e) for e in conventions()["name_epithets"]) if w in words), None)


def same_name(a: str, b: str) -> bool:
    if _epithet(a) != _epithet(b):  # "Brehm Father" is not (A.) Brehm, "Dumas fils" not Dumas
        return False
    if _abbreviates(family(a), family(b)) or _abbreviates(family(b), family(a)) or _one_name_of(a, b) \
            or _one_name_of(b, a):
        return True
    a, b = fold(family(a)), fold(family(b))
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b).ratio() >= 0.85
                               or a in b.split() or b in a.split())


def _abbreviates(short: str, full: str) -> bool:
    """'Polyb.' for 'Polybius', 'Cass.' for 'Cassius': a name printed cut short, with its full stop."""
    short = short.strip()
    return short.endswith(".") and len(fold(short)) >= 3 and fold(full).startswith(fold(short)) and \
        fold(full) != fold(short)


def _one_name_of(single: str, full: str) -> bool:
    """'Dion' for 'Dion Cassius' (printed 'Cassius, Dion'): an author known by one of his names."""
    return "," not in single and " " not in single.strip() and "," in full and \
        fold(single) in fold(full.split(",", 1)[1]).split()


def first_person(c) -> str | None:
    people = c.authors or c.editors
    return people[0] if people else None


LEADING_ARTICLE = re.compile(r"^(?:the|a|an|die|der|das|le|la|les|il|lo|el) ")


def title_prefix_match(short: str, full: str) -> bool:
    """The short title begins the full one, a leading article aside in either ("The Expression of the Emotions"
    for "Expression of the Emotions in Man and Animals", "Die Grosshirnwindungen ..." for "Grosshirnwindungen ...")."""
    s, f = fold(short).split(), fold(full).split()
    if bool(s) and f[: len(s)] == s:
        return True
    s, f = LEADING_ARTICLE.sub("", fold(short)).split(), LEADING_ARTICLE.sub("", fold(full)).split()
    return len(s) >= 2 and f[: len(s)] == s


def _begins_by_stems(short: str, full: str) -> bool:
    s, f = stems(short), stems(full)
    return len(s) >= 3 and f[: len(s)] == s


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def stems(text: str | None) -> list[str]:
    return [_stem(w) for w in fold(text).split()]


def content_words(text: str | None) -> set[str]:
    return {w for w in stems(text) if w not in STOP}


def page_numbers(text: str | None) -> list[int]:
    return [int(n) for n in re.findall(r"\b\d+\b", text or "")]


def in_range(pinpoint: str | None, pages: str | None) -> bool | None:
    """Does a pinpoint fall inside a page range? None when either is unknown."""
    bounds, wanted = page_numbers(pages), page_numbers(pinpoint)
    if len(bounds) != 2 or not wanted:
        return None
    return bounds[0] <= wanted[0] <= bounds[1]


def _same_words(short: str, full: str) -> bool:
    """Every word of one title is a word of the other, or its beginning cut short, one for one."""
    printed, words = sorted(content_words(short)), sorted(content_words(full))
    if len(printed) != len(words) or len(printed) < 2:
        return False
    left = list(words)
    for word in printed:
        match = next((w for w in left if w == word or (len(word) >= 4 and w.startswith(word))), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _same_periodical(a: str | None, b: str | None) -> bool:
    """'Southern Workman' and 'The Southern Workman': one periodical, its article printed or not."""
    return re.sub(r"^(?:the|a|an) ", "", fold(a)) == re.sub(r"^(?:the|a|an) ", "", fold(b)) \
        or _periodical_cut_short(a, b)


PERIODICAL_SMALL_WORDS = {"the", "a", "an", "of", "and", "for", "de", "des", "du", "la", "le", "der", "die", "für"}


def _periodical_cut_short(a: str | None, b: str | None) -> bool:
    """'Transact. Zoological Society' and 'Transactions of the Zoological Society', 'Edinburgh Vet. Review'
    and 'Edinburgh Veterinary Review': the same name with words cut short (a full stop after them) and the
    small words left out, word for word."""
    def words(name: str) -> list[str]:
        return [w for w in re.findall(r"[^\W\d_]+\.?", name or "") if w.rstrip(".").lower() not in PERIODICAL_SMALL_WORDS]
    first, second = words(a), words(b)
    if not first or len(first) != len(second) or not any(w.endswith(".") for w in first + second):
        return False
    for one, other in zip(first, second):
        x, y = fold(one.rstrip(".")), fold(other.rstrip("."))
        if not (x == y or (one.endswith(".") and y.startswith(x)) or (other.endswith(".") and x.startswith(y))):
            return False
    return True


def _same_stem(a: str, b: str) -> bool:
    """'caesaribus' and 'caesars', 'histoire' and 'history': one word in two languages' or cases' endings, the
    shorter losing at most its last letter to them (five letters in common at least)."""
    common = len(os.path.commonprefix([a, b]))
    return common >= 5 and common >= min(len(a), len(b)) - 1


def _in_order(short: str, full: str) -> bool:
    """The short title's words appear in the full title in the same order (others may come between)."""
    words = iter(w for w in stems(full) if w not in STOP)
    return all(any(f == w or (len(w) >= 4 and f.startswith(w)) for f in words) for w in content_words_in_order(short))


def _title_likeness(full: str | None, short: str | None) -> int:
    """How a title printed again after the author matches a work's: 4 whole, 3 its first words, 2 its words cut
    short, 1 its words in order with others between, 0 not."""
    if not (full and short):
        return 0
    tests = (fold(full) == fold(short), title_prefix_match(short, full), _same_words(short, full),
             _in_order(short, full))
    return next((4 - rank for rank, passed in enumerate(tests) if passed), 0)


def content_words_in_order(text: str | None) -> list[str]:
    return [w for w in stems(text) if w not in STOP]


class Resolver:
    def __init__(self, chapter_author: str | None = None, supported_text=None):
        self.works: list[Work] = []
        self.chapter_author = chapter_author
        self.supported_text = supported_text or (lambda note: "")
        self.history: list[Citation] = []  # citations in reading order, resolved
        self._last_cited: dict[str, tuple[int, int]] = {}
        self.by_note: dict[int, list[Citation]] = {}  # history by note, for Ibid
        self.by_title: dict[str, list[Work]] = {}  # works by folded title, for full references
        self.untitled: dict[str, list[Work]] = {}  # untitled works by kind
        self.by_first_word: dict[str, list[Work]] = {}  # works by first title word, for short titles
        self.by_family: dict[str, list[str]] = {}  # first author's family -> work ids cited, in order

    # -- works -------------------------------------------------------------------------
    def new_work(self, c: Citation, incomplete: bool = False) -> Work:
        work = Work(id=f"w{len(self.works) + 1}", kind=c.kind, authors=list(c.authors), editors=list(c.editors),
                    title=c.title, container=c.container, container_authors=list(c.container_authors),
                    volume=c.volume if c.kind in ("article", "chapter") else None, issue=c.issue, pages=c.pages,
                    place=c.place, publisher=c.publisher, year=c.year, date=c.date, url=c.url, accessed=c.accessed,
                    series=c.series, incomplete=incomplete, person=c.person)
        self.works.append(work)
        self._index(work)
        return work

    def _index(self, work: Work) -> None:
        if not work.title:
            self.untitled.setdefault(work.kind, []).append(work)
        if work.title:
            self.by_title.setdefault(fold(work.title), []).append(work)
            words = fold(work.title).split()
            if words:
                self.by_first_word.setdefault(words[0], []).append(work)
            unarticled = LEADING_ARTICLE.sub("", fold(work.title)).split()
            if unarticled and words and unarticled[0] != words[0]:  # "Die Grosshirnwindungen": under both words
                self.by_first_word.setdefault(unarticled[0], []).append(work)

    def find_full(self, c: Citation) -> Work | None:
        pool = self.by_title.get(fold(c.title), []) if c.title else self.untitled.get(c.kind, [])
        for work in pool:
            if work.incomplete or work.kind in ("archive", "interview"):
                continue
            people_match = (not first_person(c) and not (work.authors or work.editors)) or (
                first_person(c) and (work.authors or work.editors)
                and same_name(first_person(c), (work.authors or work.editors)[0]))
            if c.title and work.title and fold(c.title) == fold(work.title) and people_match \
                    and not (c.kind == work.kind == "article" and c.volume and work.volume
                             and fold(c.volume) != fold(work.volume)):  # "The Session" in two volumes: two articles
                return work

            if not c.title and not work.title and people_match and c.kind == work.kind and c.year == work.year \
                    and (c.kind == "conference-paper" or _same_periodical(c.container, work.container)) \
                    and (c.kind != "article" or fold(c.volume) == fold(work.volume)):  # one work per volume
                return work  # an untitled work: same people, container (or conference) and year
            if not c.title and not work.title and c.kind == work.kind == "article" and not first_person(c) \
                    and c.issue and fold(c.issue) == fold(work.issue) and _same_periodical(c.container, work.container):
                c.reason = c.reason or (f"{c.container}, {c.issue}, with no writer named: the item of that issue "
                                        f"cited before, by {'; '.join(work.authors or work.editors) or 'no one named'}")
                return work  # "North American Review, March, 1912." again: the issue's item cited before
        for work in self.works if not c.title and c.kind == "article" and c.container and c.year else []:
            people = work.authors or work.editors
            if work.title and work.kind == "article" and work.year == c.year and not work.incomplete \
                    and _same_periodical(c.container, work.container) \
                    and (not first_person(c) or not people or same_name(first_person(c), people[0])):
                c.reason = c.reason or (f"{c.container}, {c.year}, untitled: the article of that periodical and year "
                                        f"cited before, {work.title!r}")
                return work  # "Author's article in The Ægis, November 4, 1892": the one titled before
        for work in self.works if c.title and first_person(c) and "." in c.title else []:
            if work.title and not work.incomplete and work.kind not in ("archive", "interview") \
                    and (work.authors or work.editors) and same_name(first_person(c), (work.authors or work.editors)[0]) \
                    and _same_words(c.title, work.title):  # "Hist. of Upper South Carolina": a word cut short
                return work
        if not c.title and c.kind == "article" and first_person(c):  # "Canestrini quotes Hyrtl. ('Annuario ...,'
            for work in reversed(self.works):                          # Modena, 1867, p. 97)": his paper cited before
                if work.kind == "article" and work.title and work.year == c.year and (work.authors or work.editors) \
                        and same_name(first_person(c), (work.authors or work.editors)[0]) \
                        and _same_periodical(c.container, work.container) \
                        and (not c.volume or not work.volume or fold(c.volume) == fold(work.volume)):
                    return work
        return None

    def find_fuller_title(self, c: Citation) -> Work | None:
        """'Wartime Production Achievements (War Production Board, October 9, 1945)' after "War Production Board,
        Wartime Production Achievements and the Reconversion Outlook (Washington, D.C.: GPO, 1945)": a short title
        (the leading words of a work's title cited in full before) with an imprint of the same year whose body is
        that work's author or publisher, and no other writer: that work, cited short with its date."""
        if not c.title or not c.year or first_person(c) or len(fold(c.title).split()) < 2:
            return None
        bodies = {fold(b) for b in (c.publisher, c.place) if b}
        for work in reversed(self.works):
            if work.incomplete or not work.title or work.year != c.year or fold(work.title) == fold(c.title) \
                    or not title_prefix_match(c.title, work.title):
                continue
            if bodies & {fold(b) for b in (*work.authors, work.publisher) if b}:
                c.form = "short"
                c.reason = c.reason or f"\"{c.title}\" begins the title of {self._label(work)}, issued by the same body that year."
                return work
        return None

    def find_alias(self, c: Citation) -> Work | None:
        """A work whose "hereafter" abbreviation the citation uses (a plural's -s aside: "Journal, I, 13")."""
        said = stems(c.text)
        for work in reversed(self.works):
            for alias in work.aliases:
                wanted = stems(alias)
                if wanted and any(said[i: i + len(wanted)] == wanted for i in range(len(said) - len(wanted) + 1)):
                    return work
        return None

    def find_author_alone(self, c: Citation) -> Work | None:
        """'Dion Cassius, l. lxvii', later 'Dion, l. lxix': an author cited without a title is the
        untitled work by that author cited before (never one of the author's titled works)."""
        if c.title or c.container or not c.authors:
            return None
        by_author = [w for w in self.works if w.kind not in ("archive", "interview") and w.authors
                     and same_name(c.authors[0], w.authors[0]) and not _other_edition(c, w)]
        untitled = [w for w in by_author if not w.title and not w.container
                    and not all(x.described for x in w.citations)]  # a described piece stands for no other
        in_note = [h for h in self.by_note.get(c.note, []) if h.work in {w.id for w in by_author}]
        if not c.pinpoint and in_note:  # "Eckert describes ...": the work of hers this note has just cited
            return self._work(in_note[-1].work)
        if untitled:
            return untitled[-1]
        if len(by_author) == 1 and c.pinpoint:  # "Vegatius, l. ii.": the one work of this author cited before
            # (a name in a sentence without a locator, "as Tacitus observes", gives no evidence of the work)
            c.ambiguous = True
            c.reason = (f"{c.authors[0]} is cited without a title; the only work of {family(c.authors[0])} "
                        f"cited before is {self._label(by_author[0])}: linked to it.")
            return by_author[0]
        if not by_author and c.pinpoint:
            return self._work_naming(c)
        dated = [w for w in by_author if c.year and w.year == c.year and len(w.authors) >= len(c.authors)
                 and all(same_name(x, y) for x, y in zip(c.authors, w.authors))]
        if len(dated) == 1 and (c.pinpoint or len(c.authors) > 1):  # "Wachter, Laslett and Hammel 1978, p. xix",
            # "Wachter et al. 1978, p. 5": the one work of these writers (the first of them) of that year
            c.reason = f"{', '.join(c.authors)} {c.year}: the one work of these writers of that year cited before."
            return dated[0]
        if len(by_author) > 1 and c.pinpoint and self._last_cited.keys() & {w.id for w in by_author}:
            last = max((w for w in by_author if w.id in self._last_cited), key=lambda w: self._last_cited[w.id])
            c.ambiguous = True  # "Paulus z. d. St.": which of his works the note does not say
            c.reason = (f"{c.authors[0]} is cited without a title; {len(by_author)} works of {family(c.authors[0])} "
                        f"are cited before: linked to the one cited last ({self._label(last)}).")
            return last
        return None

    def _work_naming(self, c: Citation) -> Work | None:
        """'Poole, 59.' after "The Reminiscences of DeWitt Clinton Poole Jr., ...": a surname with a page and no
        work of that author cited before is the one work cited before whose title, printed without an author,
        names that person; two such works, or none, and the note is not linked here."""
        name = fold(family(c.authors[0]))
        if len(name) < 3 or " " in name:
            return None
        naming = [w for w in self.works if w.title and not (w.authors or w.editors) and w.citations
                  and w.kind not in ("archive", "interview") and name in fold(w.title).split()
                  and min(x.note for x in w.citations) < c.note]
        if len(naming) != 1:
            return None
        c.reason = (f"{c.authors[0]} is cited without a title; no work of {c.authors[0]} is cited before, and "
                    f"the only work cited before whose title names {c.authors[0]} is {self._label(naming[0])}.")
        return naming[0]

    def find_name_cut_short(self, c: Citation) -> Work | None:
        """'Dio. Cass.' for Dion Cassius, 'Dionys. Hal.' for Dionysius of Halicarnassus: a two-part name cut
        short, read as an author and a title; every word a beginning of the name's words, in order."""
        if not (c.authors and c.title and c.authors[0].endswith(".")) or " " in c.title.strip() \
                or not re.search(rf"\b{re.escape(c.title)}\.", c.text):
            return None
        printed = fold(c.authors[0]).split() + fold(c.title).split()
        for work in reversed(self.works):
            if work.title or not work.authors or work.kind in ("archive", "interview"):
                continue
            name = [w for w in fold(work.authors[0].replace(",", " ")).split() if w not in ("of", "the", "de")]
            if len(name) == len(printed) and all(n.startswith(p) and len(p) >= 3 for p, n in zip(printed, name)):
                c.reason = f"\"{c.authors[0]} {c.title}.\" is {work.authors[0]}'s name cut short."
                c.title, c.authors = None, list(work.authors)
                return work
        return None

    def find_title_cut_short(self, c: Citation) -> Work | None:
        """'Bibl. Comm. 1, s. 115' for Olshausen's "biblischer Commentar zum N.T.", 'Hebr. Mythol.': a title cited
        before, its words cut short (read as an author "Bibl." and a title "Comm."); every printed word the
        beginning of the title's word in order, the first two at least; the last such work cited."""
        if not (c.authors and c.title and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}\.", c.authors[0])):
            return None
        printed = fold(f"{c.authors[0]} {c.title}").split()
        for work in reversed(self.works):
            words = fold(work.title).split() if work.title and work.citations else []
            if len(printed) >= 2 and len(words) >= len(printed) and all(
                    w.startswith(p) and len(p) >= 3 for p, w in zip(printed, words)):
                c.reason = f"\"{c.authors[0]} {c.title}.\" is the title of {self._label(work)} cut short."
                c.authors, c.title = list(work.authors), work.title
                return work
        return None

    def find_title_in_other_form(self, c: Citation) -> Work | None:
        """'De Iside et Osiride' after 'De Is. et Os.', 'Della Rel.' after 'Della Religione de’ Gentili', 'Euthyphron'
        after 'Euthyph.': a title with no writer, the title of a work cited before with its words cut short or
        whole (title_forms_match); the last such work cited."""
        if c.authors or c.editors or not c.title:
            return None
        for work in reversed(self.works):
            if work.title and work.citations and title_forms_match(c.title, work.title):
                c.reason = f"\"{c.title}\" is the title of {self._label(work)} in another form."
                return work
        return None

    def find_title_as_name(self, c: Citation) -> Work | None:
        """'(Three Decades, p. 274)': read as an author alone, but the words of a title cited before."""
        if c.title or not c.authors:
            return None
        printed = content_words(re.split(r"[,(]", c.text.lstrip("("))[0])
        if not printed:
            return None
        for work in reversed(self.works):  # one word only when it is the whole title ("Chartism, p. 40")
            if work.title and work.citations and (printed <= content_words(work.title) if len(printed) >= 2
                                                  else printed == content_words(work.title) and not work.authors):
                return work
        named = {fold(family(name)) for w in self.works for name in w.authors}
        for work in reversed(self.works):  # "Herodotos, p. 204." after "Sayce, Herodotos": the title, no writer so named
            if len(printed) == 1 and work.title and work.citations and work.authors \
                    and printed == content_words(work.title) and fold(c.authors[0]) not in named:
                return work
        return None

    def find_by_words(self, c: Citation) -> tuple[Work | None, str]:
        """A short title that is not the start of the full one: its words among the full title's
        ("Moran, Journal" for *The Journal of Benjamin Moran*), with the author among the work's
        people or in its title; every number it prints must be in the full title."""
        if not c.title:
            return None, ""
        short = content_words(c.title)
        numbers = set(re.findall(r"\d+", c.title))
        person = first_person(c)
        best, best_share = None, 0.0
        for work in self.works:
            if not work.title or work.kind in ("archive", "interview"):
                continue
            if work.incomplete and not person and not _same_words(c.title, work.title):
                continue  # an unsigned short title finds a work known only by its short title when it is that
                # title's words, cut short or reordered ("Hist. August." for "Augustan History")
            if work.incomplete and any(x.note == c.note and x.title and fold(x.title) != fold(c.title)
                                       for x in work.citations):
                continue  # "Memoires Militaires, ..., and Nouveaux Memoires": two short titles in one note, two works
            full = content_words(work.title)
            if not short or not full or not numbers <= set(re.findall(r"\d+", work.title)):
                continue
            people = work.authors + work.editors + work.container_authors
            if person and not (any(same_name(person, p) for p in people)
                               or fold(family(person)) in fold(work.title).split()):
                continue
            if not person and people:
                continue
            if not person and not work.incomplete and not _in_order(c.title, work.title):
                continue  # an unsigned short title keeps its words in the full title's order (a title of
                # the same words in another order is another work: "Factories’ Inquiry Commission’s Reports")
            share = len({w for w in short if w in full or any(len(w) >= 4 and f.startswith(w)
                                                              or (len(short) == 1 and _same_stem(w, f))
                                                              for f in full)}) / len(short)
            # ("Annal." for "Annals", "Panegyr." for "Panegyric": a title's words cut short)
            if work.incomplete and share < 1 and len(short) == len(full):
                continue  # two short titles of as many words, one word apart ("Fragmenta physica", "Fragmenta
                # moralia"): two works, neither known in full
            if share > best_share:
                best, best_share = work, share
        if best is None or best_share < (0.5 if person else 1):  # a partial match needs the person
            return None, ""
        if best_share < 1:
            return best, (f"The short title \"{c.title}\" is not the full title of any work cited; it shares "
                          f"most of its words with \"{best.title}\" by the same person: linked to that work.")
        return best, ""

    def find_short(self, c: Citation) -> Work | None:
        candidates = []
        words = fold(c.title).split() if c.title else []
        unarticled = LEADING_ARTICLE.sub("", fold(c.title)).split() if c.title else []
        pool = self.by_first_word.get(words[0], []) if words else []
        if unarticled and unarticled[0] != words[0]:  # "The Expression of ...", cited before without "The"
            pool = pool + [w for w in self.by_first_word.get(unarticled[0], []) if w not in pool]
        for work in pool:
            if not c.title or not work.title:
                continue
            if is_serial_record(work.title) and fold(c.title) != fold(work.title):
                continue  # "Niles' Register" is no short form of the Register of Debates: a record's name is whole
            if not title_prefix_match(c.title, work.title) and not (
                    "." in c.title + work.title  # "Hist." and "History"
                    and (_same_words(work.title, c.title) or _same_words(c.title, work.title))) and not (
                    len(content_words_in_order(c.title)) >= 3  # "... of the Indian Trade ..." for "... of Indian Trade ..."
                    and content_words_in_order(c.title) == content_words_in_order(work.title)) and not (
                    work.incomplete and len(content_words(work.title)) >= 2 and (title_prefix_match(work.title, c.title)
                                                                                or _begins_by_stems(work.title, c.title))):
                continue  # a title known only short ("Manufacturing Population") printed in full later (a plural
                # aside: "Discovery Natural History Reports", then "Discovery Natural History Report, Zoology")
            person = first_person(c)
            known = work.authors + work.editors
            if person and known and not any(same_name(person, p) or misprinted_name(person, p, c.title, work.title)
                                            for p in known) \
                    and not (c.editors and not c.authors and work.authors):  # an author's work in an editor's edition
                continue
            candidates.append(work)
        if not candidates and c.title and first_person(c):  # "History of ..." after "Hist. of ...": another first word
            candidates = [w for w in self.works if w.title and w.kind not in ("archive", "interview")
                          and "." in c.title + w.title and (w.authors or w.editors)
                          and same_name(first_person(c), (w.authors or w.editors)[0])
                          and (_same_words(w.title, c.title) or _same_words(c.title, w.title))]
        if not candidates and c.title and not first_person(c) and "." in c.title:  # "Nat. Quaest." after
            candidates = [w for w in self.works if w.title and w.kind not in ("archive", "interview")  # "Naturales
                          and abbreviated_words(c.title, w.title)]                                   # Quaestiones"
        if candidates and first_person(c) and not (candidates[0].authors or candidates[0].editors):
            candidates[0].authors = list(c.authors)  # a later note names the author of a title-only work
        if candidates and candidates[0].incomplete and len(c.title) > len(candidates[0].title):
            candidates[0].title = c.title  # the fullest form printed
        return candidates[0] if candidates else None

    # -- citations ---------------------------------------------------------------------
    def resolve(self, citations: list[Citation]) -> list[Work]:
        for c in citations:  # "in my *Failed Empire*", "Compare my Dogmatik": the chapter's author
            if "@chapter-author" in c.authors:
                c.authors = [a for a in (self.chapter_author if a == "@chapter-author" else a for a in c.authors) if a]
        self._all = citations
        full = [c for c in citations if c.form == "full" and c.kind not in ("archive", "interview")]
        for c in full:  # first pass: every full reference makes or joins a work
            work = self.find_full(c) or self.find_fuller_title(c) or self.new_work(c)
            self._link(c, work)
        for c in citations:  # second pass, in reading order
            if c.work is None:
                self._resolve_one(c)
            self.history.append(c)
            self.by_note.setdefault(c.note, []).append(c)
            self._last_cited[c.work] = (c.note, c.start)  # only what was cited before the next citation
            work = self._work(c.work) if c.work else None
            people = (work.authors or work.editors) if work else []
            if people:
                ids = self.by_family.setdefault(fold(family(people[0])), [])
                if not ids or ids[-1] != work.id:
                    ids.append(work.id)
        for work in self.works:
            work.citations.sort(key=lambda c: (c.note, c.start))
        return [w for w in self.works if w.citations]

    def _link(self, c: Citation, work: Work) -> None:
        c.work = work.id
        if c.authors and work.authors and _abbreviates(family(work.authors[0]), family(c.authors[0])) \
                and not c.authors[0].endswith("."):  # "Thuc." first, "Thucyd." later: both cut short, the first kept
            work.authors[0] = c.authors[0]  # "Sueton." first, "Suetonius" later: the name as printed in full
        if not c.reason and c.form != "full" and work.citations:  # a back-reference says what it found, and why
            c.reason = self._why(c, work)
        work.citations.append(c)
        if c.hereafter and c.hereafter not in work.aliases:
            work.aliases.append(c.hereafter)
        if work.kind == "archive" and c.container and len(c.container) > len(work.container or ""):
            work.container = c.container  # "HIA" first, "Hoover Institution Archive (HIA)" later: keep the fuller
        for field in ("pages", "url", "accessed", "place", "publisher", "year"):  # a fuller citation completes
            if getattr(work, field) is None and getattr(c, field) and c.form == "full":
                setattr(work, field, getattr(c, field))

    def _why(self, c: Citation, work: Work) -> str:
        first = min(work.citations, key=lambda x: (x.note, x.start))
        cited = f"{self._label(work)}, cited in note {first.note}"
        if c.form == "ibid":
            return f"Ibid: the work cited just before it ({cited})."
        if c.form == "op-cit":
            return f"Op. cit.: the work of {c.authors[0] if c.authors else 'the author'} cited last ({cited})."
        if c.form == "hereafter":
            alias = next((a for a in work.aliases if fold(a) in fold(c.text)), work.aliases[0] if work.aliases else "")
            return f"The abbreviation {alias!r} stands for {cited}."
        return f"A short reference to {cited}."

    def _resolve_one(self, c: Citation) -> None:
        if c.kind == "archive":
            return self._archive(c)
        if c.kind == "interview":
            return self._interview(c)
        if c.form == "ibid":
            return self._ibid(c)
        if c.form == "op-cit":
            return self._op_cit(c)
        work = self.find_alias(c)
        if work is not None:
            c.form = "hereafter"
            return self._link(c, work)
        if c.provision:  # the instrument the text names ("the Constitution"): that title only, never a longer one
            same = [w for w in self.by_title.get(fold(c.title), []) if not (w.authors or w.editors)]  # ("Constitution of X")
            return self._link(c, same[0] if same else self.new_work(c, incomplete=True))
        work = self.find_name_cut_short(c) or self.find_title_cut_short(c) or self.find_title_as_name(c) \
            or self.find_author_alone(c)
        if work is not None:
            return self._link(c, work)
        work = self.find_short(c) or self.find_title_in_other_form(c)
        if work is None:
            work, reason = self.find_by_words(c)
            if reason:
                c.ambiguous, c.reason = True, reason
        if work is None:
            work = self.find_title_of_author_alone(c)
        if work is None:
            work = self.new_work(c, incomplete=True)
        self._link(c, work)

    def find_title_of_author_alone(self, c: Citation) -> Work | None:
        """'Montgaillard, i. 347.', later 'Montgaillard, Histoire de France, i. 410–17.': the title, printed at
        last, of the one work of that author cited before by the name alone (no other work of the author's)."""
        if not (c.title and c.authors) or c.form == "full":
            return None
        by_author = [w for w in self.works if w.kind not in ("archive", "interview") and w.authors and w.citations
                     and same_name(c.authors[0], w.authors[0]) and not _other_edition(c, w)]
        if len(by_author) != 1 or by_author[0].title or by_author[0].container \
                or not all(x.pinpoint for x in by_author[0].citations):
            return None  # a name in the writer's prose ("... Camden and Horsley") is no reference to one work
        work = by_author[0]
        work.title = c.title
        self._index(work)
        c.reason = (f"{c.authors[0]} was cited before by name alone, with no other work of {family(c.authors[0])}: "
                    f"\"{c.title}\" is that work's title, printed here at last.")
        return work

    def _archive(self, c: Citation) -> None:
        collections = [w for w in self.works if w.kind == "archive"]
        text = fold(c.text)
        for work in collections:  # "hereafter" abbreviation used
            if any(fold(alias) in text for alias in work.aliases) and (not c.title or fold(work.title).endswith(
                    fold(c.title)) or fold(c.title).endswith(fold(work.title))
                    or any(fold(alias) in fold(c.title) or fold(c.title) in fold(alias) for alias in work.aliases)):
                # "NARA, RG 59, WTC Lot File 83D222"; "Kogan Papers" read inside "Kogan Papers Lot File 83D230"
                c.form = "hereafter"
                return self._link(c, work)
        def collection_person(work: Work) -> str:
            return fold(work.title).replace(" papers", "").split()[-1]
        if c.title:
            for work in collections:
                if fold(work.title) == fold(c.title):
                    c.form = "full" if "archive" in text else "short"
                    return self._link(c, work)
            for work in collections:  # "..., NSC Files, Kissinger Office Files": a series within a collection
                if work.title and c.title.startswith(work.title + ", ") and not work.person:
                    series = c.title[len(work.title) + 2:]
                    c.pinpoint = f"{series}, {c.pinpoint}" if c.pinpoint else series
                    c.reason = f"{series!r} is a series within {work.title!r}, cited before."
                    return self._link(c, work)
            for work in collections:
                if fold(work.title).endswith("papers") and fold(c.title).endswith("papers") \
                        and collection_person(work) == fold(c.title).replace(" papers", "").split()[-1]:
                    c.form = "full" if "archive" in text else "short"
                    return self._link(c, work)
            work = self.new_work(c)
            work.aliases += [c.hereafter] if c.hereafter else []
            c.form = "full"
            return self._link(c, work)
        person_parts = set(fold(c.person or "").replace(".", " ").split())
        for work in collections:  # "the diary of T. Mamaladze-Stepanov, HIA" -> Teimuraz Stepanov Papers
            if collection_person(work) in person_parts:
                c.form = "full" if "archive" in text else "short"
                return self._link(c, work)
        self._pending.append(c)

    _pending: list[Citation] = []

    def resolve_pending(self) -> None:
        pending, self._pending = list(self._pending), []
        for c in pending:
            self._archive(c)
        for c in self._pending:  # a person's papers never named as a collection: a work of its own
            self._link(c, self.new_work(c))
        self._pending = []

    def _interview(self, c: Citation) -> None:
        with_author = "author" in c.text
        from .modern import interview_cited_before  # "Morton interview" after "Interview with John Morton, ..."
        work, why = interview_cited_before(self.works, c, same_name)
        if work is not None:
            c.ambiguous, c.reason = (True, why) if why else (c.ambiguous, c.reason)
            return self._link(c, work)
        for work in self.works:
            if work.kind == "interview" and work.person and c.person and same_name(work.person, c.person) \
                    and work.incomplete == (c.form == "short") and with_author == work.pages_with_author:
                return self._link(c, work)
        work = self.new_work(c, incomplete=c.form == "short")
        work.pages_with_author = with_author
        work.authors = [self._name(c.person)] if c.person else []
        self._link(c, work)

    def _name(self, person: str) -> str:
        from .names import invert
        return invert(person) if "," not in person else person

    def _previous_note_works(self, c: Citation) -> list[Citation]:
        same_note = [h for h in self.by_note.get(c.note, []) if h.start < c.start]
        if same_note:
            return same_note
        earlier = [n for n in self.by_note if n < c.note]
        return self.by_note[max(earlier)] if earlier else []

    def _ibid(self, c: Citation) -> None:
        previous = self._previous_note_works(c)
        rule = self._work(previous[-1].work) if previous else None
        same_note = bool(previous) and previous[-1].note == c.note
        evidence = None if same_note else self._evidence(c, rule)  # within a note, Ibid is the work just cited
        if not evidence and rule is not None:  # the pages say otherwise (modern.py)
            from .modern import ibid_by_pages
            evidence, why = ibid_by_pages(c, previous, rule, getattr(self, "_all", []), self.works, self._work, same_name)
            if evidence is not None:
                c.ambiguous, c.reason = True, why
                return self._link(c, evidence)
        if evidence and evidence is not rule:
            c.ambiguous = True
            c.reason = (f"By rule Ibid points to the last work of note {previous[-1].note} "
                        f"({self._label(rule)}); but the passage it supports names "
                        f"{family(first_person(evidence) or '')}, whose {self._label(evidence)} is cited "
                        f"{self._pages_cited(evidence)}: linked to that work.")
            return self._link(c, evidence)
        if rule is None:
            c.ambiguous, c.reason = True, "Ibid with no earlier citation."
            return self._link(c, self.new_work(c, incomplete=True))
        self._link(c, rule)

    def _evidence(self, c: Citation, rule: Work | None) -> Work | None:
        """The work whose author the supported passage names, when it is not the rule's work."""
        passage = fold(self.supported_text(c.note))
        if not passage:
            return None
        if rule and any(fold(family(p)) in passage.split() for p in rule.authors + rule.editors
                        + rule.container_authors):
            return None
        if not (set(passage.split()) & {fold(v) for v in words("attribution_verbs") + words("reporting_verbs")}
                or any(f" {fold(p)} " in f" {passage} " for p in words("attribution_phrases"))):
            return None  # the passage tells what people did ("Herrick organized ..."), it quotes no writer
        named = [w for w in self.works if w.citations and any(fold(family(p)) in passage.split()
                                                               for p in w.authors)]
        return named[-1] if len(named) == 1 else None

    def _op_cit(self, c: Citation) -> None:
        if not c.authors:  # "Ut sup. s. 77": the author the annotated sentence names, nearest the call
            author = self._author_named_at_call(c)
            if author is None and _points_above(c.text) and self.history and self.history[-1].work:
                last = self._work(self.history[-1].work)  # "See, however, op. cit. supra": the work cited last
                c.ambiguous = True
                c.reason = (f"\"{c.text.strip()}\" names no author or title: read as the work cited last "
                            f"({self._label(last)}, note {self.history[-1].note}); the note does not say which.")
                return self._link(c, last)
            if author is None:
                c.ambiguous, c.reason = True, "Op. cit. with no author in the note or in the sentence it annotates."
                return self._link(c, self.new_work(c, incomplete=True))
            c.authors = [author]
        author = c.authors[0]
        families = [f for f in self.by_family if same_name(author, f)]
        earlier = sorted((w for f in families for w in self.by_family[f]),
                         key=lambda w: self._last_cited[w]) if families else []
        if not earlier:  # "Bahrdt, ut sup.": his work cited before by its title alone, the sentence naming him
            named = [w for w in self.works if w.citations and w.title and not (w.authors or w.editors)
                     and any(fold(family(author)) in fold(self.supported_text(h.note)).split() for h in w.citations)]
            if len(named) == 1:
                named[0].authors = [author]
                c.reason = (f"Op. cit.: {self._label(named[0])}, cited by its title alone in a note whose sentence "
                            f"names {author}.")
                return self._link(c, named[0])
            c.ambiguous, c.reason = True, f"Op. cit. with no earlier work by {author}."
            return self._link(c, self.new_work(c, incomplete=True))
        likeness = {w: _title_likeness(self._work(w).title, c.title) for w in earlier}
        best = max(likeness.values(), default=0)
        if best:  # "Burnett, Letters of Members ..., op. cit.": the title says which of the author's works
            return self._link(c, self._work([w for w in earlier if likeness[w] == best][-1]))
        rule = self._work(earlier[-1])
        if len(set(earlier)) > 1 and not c.ambiguous:  # which of the author's works the note does not say
            c.ambiguous = True
            c.reason = (f"Op. cit. after {author}, who has {len(set(earlier))} works cited before: linked to the one "
                        f"cited last ({self._label(rule)}).")
        if in_range(c.pinpoint, rule.pages) is False:
            counts = Counter({w: len(self._work(w).citations) for w in set(earlier)
                              if in_range(c.pinpoint, self._work(w).pages) is not False})
            if counts:
                chosen = self._work(counts.most_common(1)[0][0])
                c.ambiguous = True
                c.reason = (f"By rule Op. cit. points to {author}'s last cited work ({self._label(rule)}, "
                            f"pp. {rule.pages}), but p. {c.pinpoint} lies outside it: linked to the work by "
                            f"{author} most often cited ({self._label(chosen)}).")
                return self._link(c, chosen)
        self._link(c, rule)

    def _author_named_at_call(self, c: Citation) -> str | None:
        """Of the authors of works cited before, the one the passage calling the note names last; names in
        brackets are asides ("Paulus’s answer is ready: an answer approved by others (Heidenreich, Olshausen)")
        and count only when the sentence names no one else."""
        text = self.supported_text(c.note)
        aside = re.sub(r"\([^()]*\)", " ", text)
        return self._named_last(aside) or self._named_last(text)

    def _named_last(self, text: str) -> str | None:
        passage = fold(re.sub(r"(?<=\w)['’]s\b", "", text))  # "Paulus’s answer": Paulus
        words = passage.split()
        found = {}
        for name, works in self.by_family.items():
            if works and fold(family(name)) in words:
                found[name] = max(i for i, w in enumerate(words) if w == fold(family(name)))
        if not found:
            return None
        work = self._work(self.by_family[max(found, key=found.get)][-1])
        return family((work.authors or work.editors or work.container_authors)[0])

    def _work(self, work_id: str) -> Work:
        return self.works[int(work_id[1:]) - 1]

    @staticmethod
    def _label(work: Work | None) -> str:
        if work is None:
            return "none"
        people = work.authors or work.editors or work.container_authors
        who = family(people[0]) if people else ""
        title = work.title or work.container or ""
        return f"{who}, {title}".strip(", ")

    @staticmethod
    def _pages_cited(work: Work) -> str:
        cited = [f"p. {c.pinpoint} (note {c.note})" for c in work.citations if c.pinpoint]
        return ", ".join(cited) or "elsewhere"


Work.pages_with_author = False  # interviews "with the author" form one series per person


def _points_above(text: str) -> bool:
    """"op. cit. supra", "op. cit. above": the words send the reader up the notes (conventions.yml op_cit_above)."""
    return re.search(rf"\b(?:{'|'.join(map(re.escape, words('op_cit_above')))})\b", text, re.I) is not None


def expand_abbreviations(works: list[Work], citations: list[Citation]) -> None:
    """An archive named only "HIA" gets the name the notes define it by: "Hoover Institution Archive (HIA)"."""
    defined = {}
    for c in citations:
        for match in re.finditer(r"([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){1,5})\s+\(([A-Z]{2,6})\)", c.text):
            defined.setdefault(match.group(2), f"{match.group(1)} ({match.group(2)})")
    for work in works:
        if work.kind == "archive" and work.container in defined:
            work.container = defined[work.container]


SAME_AUTHOR_AS_BEFORE = "@same-author"  # "Id., <title>" or "idem, <title>" opening a note


def _same_author_as_before(ordered: list[Citation]) -> None:
    """"Id., Baumkultus" at the head of a note: the authors of the citation before it, in the note before."""
    previous = None
    for c in ordered:
        if c.authors == [SAME_AUTHOR_AS_BEFORE]:
            c.authors = list(previous.authors) if previous else []
            if not previous:
                c.ambiguous, c.reason = True, "Idem with no author cited before."
        if c.authors or c.editors:
            previous = c


def resolve(citations: list[Citation], chapter_author: str | None = None, supported_text=None) -> list[Work]:
    resolver = Resolver(chapter_author, supported_text)
    resolver._pending = []
    ordered = sorted(citations, key=lambda c: (c.note, c.start))
    _same_author_as_before(ordered)
    resolver.resolve(ordered)
    resolver.resolve_pending()
    _names_to_their_one_work(resolver)
    _contributions_to_their_titled_work(resolver)
    _names_cut_short_before_their_full_form(resolver)
    _one_address_one_document(resolver)
    works = [w for w in resolver.works if w.citations]
    expand_abbreviations(works, citations)
    complete_names(works)
    return works


def _other_edition(c: Citation, work: Work) -> bool:
    """'Epicurus, Frag. 494 Usener.' and 'Epicurus, Sprüche, 9 Wokte.': one writer in two editors' editions."""
    return bool(c.editors and work.editors) and not any(same_name(a, b) for a in c.editors for b in work.editors)


def _move_citations(work: Work, target: Work, reason, flagged: bool = True) -> None:
    """Every citation of `work` linked to `target` instead (flagged unless told), each with its reason."""
    for c in work.citations:
        c.work, c.reason = target.id, reason(c)
        c.ambiguous = c.ambiguous or flagged
        target.citations.append(c)
    target.citations.sort(key=lambda c: (c.note, c.start))
    work.citations = []


def _names_to_their_one_work(resolver: Resolver) -> None:
    """'illustrated by our own antiquarians, Camden and Horsley' before 'Horsley's Britannia Romana, l. i. c. 10':
    a writer the prose names, without title or locator, whose one titled work the notes cite elsewhere, stands
    for that work; flagged (the prose gives no title). With two or more works of his cited, he stays unresolved."""
    for work in resolver.works:
        if work.title or work.container or not work.authors or work.kind in ("archive", "interview") \
                or not work.citations or not all((c.reported and not c.pinpoint) or c.form == "op-cit"
                                                 for c in work.citations):
            continue  # "(Hudson, l.c.)" before "Hudson’s Naturalist on the La Plata" is printed: op. cit. too
        titled = [w for w in resolver.works if w is not work and w.title and w.citations and w.authors
                  and w.kind not in ("archive", "interview") and same_name(work.authors[0], w.authors[0])]
        if len(titled) != 1:
            continue
        target = titled[0]
        _move_citations(work, target, lambda c: (
            f"{work.authors[0]} is named without a title{' (op. cit.)' if c.form == 'op-cit' else ''}; the one "
            f"work of {family(work.authors[0])} the notes cite is {resolver._label(target)}: linked to it."))


def _contributions_to_their_titled_work(resolver: Resolver) -> None:
    """'Elliot Couës, in Bulletin U.S. Geol. Survey of Territories, iv no. 7, pp. 556' and 'Dr. Couës, Birds of
    Dakota and Montana, in Bulletin U.S. Survey of Territories, iv no. 7': a writer's untitled contribution to a
    periodical is his one titled contribution to the same volume of it (the periodical's name as printed may
    differ by a word); flagged. With two such titled works, or none, it stays as it is."""
    def volumes(work: Work) -> set[str]:
        return {fold(c.volume) for c in work.citations if c.volume}

    def same_container(work: Work, other: Work) -> bool:  # "Smith’s Essays" for "Essays on Philosophical Subjects"
        if volumes(work) or volumes(other):
            return bool(volumes(work) & volumes(other)) and \
                SequenceMatcher(None, fold(other.container), fold(work.container)).ratio() >= 0.8
        return title_prefix_match(work.container, other.container) or fold(work.container) == fold(other.container)

    for work in resolver.works:
        if work.title or not work.container or not work.authors or not work.citations:
            continue
        titled = [w for w in resolver.works if w is not work and w.title and w.container and w.citations
                  and w.authors and same_name(work.authors[0], w.authors[0]) and same_container(work, w)]
        if len(titled) != 1:
            continue
        target = titled[0]
        _move_citations(work, target, lambda c: (
            f"{work.authors[0]} in {work.container}{', ' + c.volume if c.volume else ''}, untitled: the one "
            f"contribution of {family(work.authors[0])} to it the notes title is {resolver._label(target)}."))


def _names_cut_short_before_their_full_form(resolver: Resolver) -> None:
    """'(Dionys. Halicarn. iv. 17)' in note 30, 'Dionysius of Halicarnassus, (l. v. c. 45)' in note 44: a two-part
    name cut short (read as an author and a title) is the writer a later note names in full, each printed word the
    beginning of a word of the name, in order (Resolver.find_name_cut_short reads the name printed before)."""
    for work in resolver.works:
        cut = work.citations and work.authors and work.title and work.authors[0].endswith(".") \
            and " " not in work.title.strip() and all(re.search(rf"\b{re.escape(work.title)}\.", c.text)
                                                     for c in work.citations)
        if not cut:
            continue
        printed = fold(work.authors[0]).split() + fold(work.title).split()
        later = [w for w in resolver.works if w is not work and w.citations and not w.title and w.authors
                 and w.kind not in ("archive", "interview")
                 and min(c.note for c in w.citations) > min(c.note for c in work.citations)]
        for named in later:
            name = [w for w in fold(named.authors[0].replace(",", " ")).split() if w not in ("of", "the", "de")]
            if len(name) == len(printed) and all(n.startswith(p) and len(p) >= 3 for p, n in zip(printed, name)):
                for c in work.citations:
                    c.title, c.authors = None, list(named.authors)
                _move_citations(work, named, lambda c: f"\"{work.authors[0]} {work.title}.\" is "
                                                       f"{named.authors[0]}'s name cut short.", flagged=False)
                break


def complete_names(works: list[Work]) -> None:
    """A person the notes name by family name alone in one place ("Bernshtam's interviews") and
    in full in another ("Mikhail Bernshtam, ...") is one person: the full form, when only one
    full form of that family name is printed. A classical single name ("Strabo") has none."""
    full: dict[str, set[str]] = {}
    for work in works:
        for name in work.authors + work.editors:
            if "," in name:
                full.setdefault(fold(family(name)), set()).add(name)
    for work in works:
        for people in (work.authors, work.editors):
            for index, name in enumerate(people):
                forms = full.get(fold(name)) if "," not in name else None
                if forms and len(forms) == 1:
                    people[index] = next(iter(forms))


def _one_address_one_document(resolver: Resolver) -> None:
    """One maker's document printed twice under two wordings of its title with the same address (a path, not a
    site's home page): one document, the later printing linked to the first, flagged."""
    first_at: dict[str, Work] = {}
    for work in resolver.works:
        address = re.sub(r"^https?://(?:www\.)?|[/#]$", "", work.url or "")
        if not work.citations or not work.authors or "/" not in address.strip("/"):
            continue
        earlier = first_at.setdefault(address, work)
        if earlier is work or not same_name(earlier.authors[0], work.authors[0]):
            continue
        _move_citations(work, earlier, lambda c: (
            f"printed with the address of {resolver._label(earlier)}, by the same maker: the same document under "
            "another wording of its title; linked to it."))


def abbreviated_words(short: str, full: str) -> bool:
    """"Nat. Quaest." and "Naturales Quaestiones": word for word, each word whole or its first three letters or
    more with a full stop, one at least cut short."""
    printed, words = re.findall(r"[^\W\d_]+\.?", short), re.findall(r"[^\W\d_]+", full)
    if len(printed) != len(words) or len(printed) < 2 or not any(w.endswith(".") for w in printed):
        return False
    last = len(printed) - 1  # "Nat. Quaest": the title's last full stop is read as the note's
    return all(w.lower().startswith(p.rstrip(".").lower()) and len(p.rstrip(".")) >= 3
               if p.endswith(".") or i == last else w.lower() == p.lower()
               for i, (p, w) in enumerate(zip(printed, words)))


def title_forms_match(a: str, b: str) -> bool:
    """One title printed whole and cut short: word for word, each word the other's beginning (two letters at
    least), one at least cut short; a shorter title the longer's first words (two at least); one word alone
    only when five letters or more are in common ("Euthyph." and "Euthyphron")."""
    first, second = fold(a).split(), fold(b).split()
    short, long = sorted((first, second), key=len)
    if not short or (len(short) != len(long) and len(short) < 2) or first == second:
        return False
    pairs = list(zip(short, long))
    if not all((x.startswith(y) or y.startswith(x)) and min(len(x), len(y)) >= 2 for x, y in pairs):
        return False
    if len(short) == 1:
        return min(len(short[0]), len(long[0])) >= 5
    return True
