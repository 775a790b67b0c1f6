"""What the citation parser produces: citations found in notes, and the works they cite."""

from __future__ import annotations

from dataclasses import dataclass, field

FORMS = ("full", "short", "ibid", "op-cit", "hereafter")
KINDS = ("book", "edited-book", "chapter", "article", "newspaper", "working-paper", "conference-paper",
         "archive", "interview", "web", "review")


@dataclass
class Citation:
    """One reference to one work, at a place in a note."""

    chapter: str
    note: int
    start: int  # span in the note's text
    end: int
    text: str
    form: str = "full"
    kind: str = "book"
    authors: list[str] = field(default_factory=list)  # "Family, Given" as printed
    editors: list[str] = field(default_factory=list)
    title: str | None = None
    container: str | None = None  # journal, newspaper, book of a chapter, archive, web site
    container_authors: list[str] = field(default_factory=list)
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    place: str | None = None
    publisher: str | None = None
    year: str | None = None
    date: str | None = None
    url: str | None = None
    accessed: str | None = None
    series: str | None = None
    pinpoint: str | None = None
    hereafter: str | None = None  # an abbreviation this citation introduces
    via: int | None = None  # index of the citation (in the same note) this one is "cited in"
    person: str | None = None  # archive or interview: the person named instead of a collection
    work: str | None = None  # resolved work id (set by resolve)
    ambiguous: bool = False
    reason: str = ""
    reported: bool = False  # an author the writer's sentence names ("Tacitus observes"), standing for a work
    provision: bool = False  # a bare locator in a legal instrument ("Art. 119."): the instrument the text names
    report_part: bool = False  # "Symonds’ Rep. App. Part I": a part of the public body's report cited before
    needs_writer: bool = False  # the note prints no writer ("Cap. 9.", "Frag. 174 Usener."): the calling sentence's
    described: bool = False  # "the description of the St. Kilda islands by Mr. Dixon": one piece, named by its subject
    speaker: bool = False  # only the writer of a quotation ("“...,” said Johnson"): no work unless a line under it titles one


@dataclass
class Fragment:
    """A piece of a note that is not a citation: commentary, or a detail of a citation."""

    chapter: str
    note: int
    start: int
    end: int
    text: str
    role: str  # "commentary" | "detail" | "unplaced" | "unresolved" (read, not linked: reported with the reason)
    reason: str = ""


@dataclass
class Work:
    id: str
    kind: str
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    title: str | None = None
    container: str | None = None
    container_authors: list[str] = field(default_factory=list)
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    place: str | None = None
    publisher: str | None = None
    year: str | None = None
    date: str | None = None
    url: str | None = None
    accessed: str | None = None
    series: str | None = None
    incomplete: bool = False  # never cited in full: what is missing stays missing
    aliases: list[str] = field(default_factory=list)  # "hereafter" abbreviations
    person: str | None = None
    citations: list[Citation] = field(default_factory=list)
    key: str = ""
    supplied: dict = field(default_factory=dict)  # fields an editor completed, with their source
    interviewers: list[str] = field(default_factory=list)  # an interview's interviewer, when the notes name one
    language: str | None = None  # the title's language when not English ("ru": transliterated Russian)


def clear_of(start: int, end: int, spans) -> bool:
    """Whether the stretch [start, end) of a note's text overlaps none of `spans` (citations read before, or
    (start, end) pairs): what each reader of whole forms asks before it reads a span."""
    return not any(s < end and start < e for s, e in ((x.start, x.end) if isinstance(x, Citation) else x for x in spans))
