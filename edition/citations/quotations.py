"""Sources the writer's prose names around quotations, and works it describes instead of citing.

- a quotation and its writer, named after a verb of saying: '“I know not ...,” writes Saint Pierre';
- the line under a quotation that titles its source, joined with the author the introduction names ('In Edward
  Caird’s Glasgow Lectures ... passages like this abound:— “...” The Evolution of Religion, II pp. 146, 147');
- a work named by a noun of a work: 'Dr. H. H. Goddard, ..., whose thesis on “...” is published in ...',
  'Edwards, from whose book on the Revival in New England', 'Cautionary Verses for Children: this title ...'.
The verbs and nouns are in conventions.yml; what cannot be linked with certainty is flagged with its reason.
"""

from __future__ import annotations

import re

from .conventions import alternation, conventions, pattern
from .model import Citation
from .plain_forms import people, person

ATTRIBUTION = pattern("attribution_verbs", r"\s*,?\s*(?:—\s*)?(?:{})\s+")
QUOTATION_BY = re.compile(r"^[“\"](?P<quote>[^”\"]{2,}?)[”\"]" + ATTRIBUTION.pattern + r"(?P<who>[^,.;:(]+)")
WORK_DESCRIBED = re.compile(r"\b(?:his|her|their|whose)\s+(?P<noun>[a-z]+)\s+(?:on|upon|about)\s+(?:the\s+)?"
                            r"(?P<subject>[A-Z][\w'’]*(?:\s+(?:in|of|the|and|[A-Z][\w'’]*))*)")


def parse_quotation_by(text: str, base_factory) -> list[Citation] | None:
    """'“I know not to what physical laws ...,” writes Saint Pierre, and accordingly he devotes ... his work
    on Nature': a quotation and its writer, named after a verb of saying (conventions.yml). The writer's work,
    untitled, flagged: the note describes it ("his work on Nature"), it does not title it. An unnamed writer
    ("says a good Catholic writer"), or a writer whose work the note does not mention ("“...,” said Johnson"),
    makes no work. None when the piece opens with no such quotation."""
    match = QUOTATION_BY.match(text)
    if not match:
        return None
    writer = person(match.group("who"))
    if writer is None:
        return []  # an unnamed writer
    described = WORK_DESCRIBED.search(text, match.end())
    c = base_factory()
    c.form, c.authors, c.reported, c.ambiguous = "short", [writer], True, True
    c.speaker = described is None  # words said, no work named: kept only for the attribution line under them
    c.reason = (f"A quotation attributed to {writer}, whose work is described (\"{described.group(0)}\"), "
                "not titled: linked as the writer's untitled work." if described else "")
    return [c]


def _whose_work() -> re.Pattern:
    return re.compile(
        rf"(?P<who>(?:(?:{alternation('honorifics')})\s+)?(?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+),\s+"
        rf"(?:(?:of|at)\s+[^,;]+,\s+)?(?:(?:from|in|of)\s+)?whose\s+(?P<noun>{alternation('work_nouns')})\s+"
        rf"(?:(?:on|upon|about|entitled|called)\s+)?"
        rf"(?:[“\"](?P<title>[^”\"]+?),?[”\"]|(?P<subject>(?:the\s+)?[A-Z][\w'’]+(?:\s+(?:in|of|the|and|[A-Z][\w'’]+))*))")


PUBLISHED_IN = re.compile(r"\bpublished in (?:the )?(?P<container>[A-Z][\w'’]*(?:\s+(?:of|the|and|[A-Z][\w'’]*))*)"
                          r"(?:\s+for\s+(?P<year>(?:1[5-9]|20)\d\d))?")
TITLE_NAMED = re.compile(r"^(?P<title>[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,4}\s+)?[A-Z][\w'’-]*)+)\s*[:—]\s*this\s+"
                         r"(?P<noun>\w+)\b")


def parse_work_described(text: str, base_factory) -> Citation | None:
    """A writer's work the note's prose names by a noun of a work (conventions.yml): 'Dr. H. H. Goddard, of
    Clark University, whose thesis on “the Effects of Mind on Body ...” is published in the American Journal
    of Psychology for 1899' (titled, in quotation marks); 'Edwards, from whose book on the Revival in New
    England I quote these words' (described, untitled: flagged); 'Cautionary Verses for Children: this title
    of a much used work' (a title the note names and comments on, with no author: flagged)."""
    named = TITLE_NAMED.match(text)
    if named and named.group("noun") in conventions()["work_nouns"]:
        c = base_factory()
        c.form, c.title, c.ambiguous = "short", named.group("title"), True
        c.reason = f"A title the note names and comments on (\"this {named.group('noun')}\"): no author, date or place."
        return c
    match = _whose_work().search(text)
    writer = person(match.group("who")) if match else None
    if not writer:
        return None
    c = base_factory()
    c.authors = people(writer)
    if match.group("title"):
        c.title, c.form = match.group("title").strip(), "short"
        published = PUBLISHED_IN.search(text, match.end())
        if published:
            c.kind, c.container, c.year = "article", published.group("container").strip(), published.group("year")
            c.form = "full" if c.year else "short"
        return c
    c.authors, c.form, c.ambiguous = [writer], "short", True
    c.reason = (f"{writer}'s {match.group('noun')} on {match.group('subject').strip()}: a work described, not "
                "titled; linked as the writer's work.")
    return c


def attributions_under_quotations(citations: list[Citation], text: str) -> list[Citation]:
    """'In Edward Caird’s Glasgow Lectures of 1890–92 passages like this abound:— “...” The Evolution of
    Religion, II pp. 146, 147': the line under a quotation that gives a title and no author is the quotation's
    source, and the author is the one the sentence introducing the quotation names ("Caird’s ...", "asks
    Harnack"): one work, the attribution's title with that author, flagged (the two are read as one)."""
    kept: list[Citation] = []
    for c in citations:
        before = text[: c.start].rstrip()
        opened = max(before.rfind("“"), before.rfind('"', 0, len(before) - 1))
        introducing = kept[-1] if kept else None
        if before.endswith(("”", '"')) and opened >= 0 and c.title and not (c.authors or c.editors) \
                and introducing is not None and introducing.form == "short" and introducing.authors \
                and not introducing.pinpoint and introducing.start < opened \
                and not re.search(r"[.!?][”’\"]?\s+[A-Z]", text[introducing.end: opened]):
            c.authors, c.ambiguous = list(introducing.authors), True
            c.reason = (f"The line under the quotation gives its source ({c.title}); the sentence that introduces "
                        f"the quotation names its author ({introducing.authors[0]}): read as one work.")
            kept.pop()
        kept.append(c)
    return [c for c in kept if not c.speaker]  # "“...,” said Johnson" with no source under it: no work
