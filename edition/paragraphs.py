"""Group body lines into the blocks of a chapter: title, headings, paragraphs, lists.

The capture has one paragraph per line, but a PDF page break can cut a paragraph in two
(`"... In early"` / `"1982 a good moment came up"`). In `rejoin` mode a line that does not
end a sentence, or a line that starts in lower case, continues the paragraph before it.
In `excerpts` mode every line is a passage cut from a longer text, and a passage that
starts or stops mid-sentence gets a visible gap mark.
In `wrapped` mode (a capture wrapped at a fixed width, as Project Gutenberg's plain text) a
blank line parts paragraphs and a line break inside a block is the capture's, not the author's:
the block's lines are one paragraph (and so are two blocks that notes at an old page break
cut mid-sentence), unless the source sets the block line by line (a line far shorter than the
wrapping, or columns: verse, a title page, a table), whose line breaks are kept. A one-line
block is a heading by its look; where the text sets some blocks further apart than its
paragraphs (Gutenberg: two blank lines or more before a section's heading, or after a chapter's
title), only such a block, and such a block over another heading is one too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .notestyles import CallForm
from .notestyles import form as call_form
from .sources import SourceLine

LIST_ITEM = re.compile(r"^\s*[*•]\s+")
# "CHAPTER III", "Book 2.": a word and a number, on the line over a chapter's title (at most one
# blank line between), is the title's label: it stays with the title, in the source's order.
CHAPTER_LABEL = re.compile(r"^\s*[^\W\d_]+\.?\s+([IVXLCDM]+|\d+)\.?\s*$")
TERMINATED = re.compile(r"[.!?…][\"”’')\]»]*$")
MAX_HEADING_WORDS = 12
WRAP_WIDTH = 100  # characters: a capture wrapped wider than this is not read as wrapped
# In a wrapped text, a line (not a block's last) this much shorter than the wrapping width, or
# set in columns, was broken by the author (verse, a title page, an address, a table), not by the wrapping.
SHORT_LINE = 0.6
COLUMNS = re.compile(r"\S {3,}\S")
# A picture's caption is short and stands before text, like a heading; it is not one.
CAPTION = re.compile(r"^(Figure|Fig\.|Plate|Map|Table|Illustration|Photo(graph)?)\s*[0-9IVXLC]+\b")
# A heading does not end on a word that needs a continuation.
TRAILING_FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "for", "and", "or", "with", "by", "on",
                           "at", "from", "against", "as", "that", "which", "than", "into", "about"}


@dataclass
class Block:
    kind: str  # "title" | "heading" | "paragraph" | "list"
    lines: list[SourceLine] = field(default_factory=list)
    gap_before: bool = False  # excerpt starts mid-sentence
    gap_after: bool = False  # excerpt breaks off mid-sentence
    line_breaks: bool = False  # a wrapped text's block set line by line (verse, a title page, a table): kept

    @property
    def source_lines(self) -> list[int]:
        return [line.number for line in self.lines]


SUPERSCRIPT = call_form("superscript")


def plain(text: str, form: CallForm = SUPERSCRIPT) -> str:
    """The text without its note calls."""
    return form.strip(text).strip()


def is_terminated(text: str, form: CallForm = SUPERSCRIPT) -> bool:
    return bool(TERMINATED.search(plain(text, form)))


def starts_lowercase(text: str, form: CallForm = SUPERSCRIPT) -> bool:
    first = plain(text, form)[:1]
    return first.isalpha() and first.islower()


def heading_shaped(text: str, form: CallForm = SUPERSCRIPT) -> bool:
    """A line short enough to be a heading, that does not read as the start of a sentence,
    an item or a caption."""
    text = plain(text, form)
    if not text or LIST_ITEM.match(text) or len(text.split()) > MAX_HEADING_WORDS \
            or text.endswith((",", ";", ":")) or CAPTION.match(text):
        return False
    return text.split()[-1].lower() not in TRAILING_FUNCTION_WORDS


def looks_like_heading(lines: list[SourceLine], index: int, interruptions: set[int],
                       form: CallForm = SUPERSCRIPT) -> bool:
    """A short line, directly followed by real text (a paragraph or a list).

    `interruptions` are the source lines taken out between body lines (footnotes): a
    line followed by a page's footnotes is the end of a page, not a heading.
    """
    if not heading_shaped(lines[index].text, form) or index + 1 >= len(lines):
        return False
    if any(lines[index].number < n < lines[index + 1].number for n in interruptions):
        return False
    following = lines[index + 1].text
    return bool(LIST_ITEM.match(following)) or len(plain(following, form).split()) > MAX_HEADING_WORDS


def is_heading(lines: list[SourceLine], index: int, interruptions: set[int], form: CallForm, rules: dict) -> bool:
    """By the metadata when it names the headings (`headings:` their lines' texts, or
    `heading_pattern:`), else by the look of the line."""
    text = plain(lines[index].text, form)
    if rules.get("headings") is not None or rules.get("heading_pattern"):
        listed = text in {str(h).strip() for h in rules.get("headings") or []}
        return listed or bool(rules.get("heading_pattern") and re.search(rules["heading_pattern"], text))
    return looks_like_heading(lines, index, interruptions, form)


def missing_headings(lines: list[SourceLine], rules: dict, form: CallForm = SUPERSCRIPT) -> list[str]:
    """Headings the metadata lists that no line of the text holds."""
    texts = {plain(line.text, form) for line in lines}
    return [str(h) for h in rules.get("headings") or [] if str(h).strip() not in texts]


def find_title(lines: list[SourceLine], rules: dict) -> int | None:
    """Index of the title line: by the metadata's `title_line` pattern, else the first line."""
    if "title_line" in rules and rules["title_line"] is None:
        return None
    if rules.get("title_line"):
        pattern = re.compile(rules["title_line"])
        return next((i for i, line in enumerate(lines) if pattern.search(line.text)), None)
    return 0 if lines else None


def group_blocks(lines: list[SourceLine], rules: dict, interruptions: set[int] = frozenset(),
                 form: CallForm = SUPERSCRIPT, blank: set[int] = frozenset()) -> tuple[list[Block], list[SourceLine]]:
    """Return the blocks in reading order, and the lines printed above the title (a byline).

    Lines above the title are kept, each as a paragraph of its own, after the title. `blank`:
    the source's blank lines (what parts a wrapped text's paragraphs).
    """
    lines = [line for line in lines if line.text.strip()]
    mode = rules.get("paragraphs", "as-is")
    title_index = find_title(lines, rules)
    above_title: list[SourceLine] = []
    blocks: list[Block] = []
    if title_index is not None:
        label = title_index > 0 and mode == "wrapped" and CHAPTER_LABEL.match(lines[title_index - 1].text) \
            and all(n in blank for n in range(lines[title_index - 1].number + 1, lines[title_index].number)) \
            and lines[title_index].number - lines[title_index - 1].number <= 2
        above_title = lines[:title_index - 1] if label else lines[:title_index]
        blocks.append(Block("title", lines[title_index - 1:title_index + 1] if label else [lines[title_index]]))
        rest = above_title + lines[title_index + 1:]
    else:
        rest = lines
    if mode == "wrapped":
        return blocks + _wrapped_blocks(rest, above_title, rules, interruptions, form, blank), above_title
    for index, line in enumerate(rest):
        current = blocks[-1] if blocks else None
        if LIST_ITEM.match(line.text):
            if current and current.kind == "list":
                current.lines.append(line)
            else:
                blocks.append(Block("list", [line]))
            continue
        if line in above_title:
            blocks.append(Block("paragraph", [line]))
            continue
        continues = (mode == "rejoin" and current is not None and current.kind == "paragraph"
                     and current.lines[0] not in above_title
                     and (not is_terminated(current.lines[-1].text, form) or starts_lowercase(line.text, form)))
        if continues:
            current.lines.append(line)
        elif is_heading(rest, index, interruptions, form, rules):
            blocks.append(Block("heading", [line]))
        else:
            blocks.append(Block("paragraph", [line]))
    if mode == "excerpts":
        for block in blocks:
            if block.kind == "paragraph":
                block.gap_before = starts_lowercase(block.lines[0].text, form)
                block.gap_after = not is_terminated(block.lines[-1].text, form)
    return blocks, above_title


def _wrapped_blocks(lines: list[SourceLine], above_title: list[SourceLine], rules: dict, interruptions: set[int],
                    form: CallForm, blank: set[int]) -> list[Block]:
    """The blocks of a wrapped text: runs of lines between blank lines (the lines above the title
    are paragraphs, parted from the rest)."""
    runs: list[list[SourceLine]] = []
    gaps: list[int] = []  # blank lines just before each run
    for line in lines:
        previous = runs[-1][-1] if runs else None
        parted = previous is None or (previous in above_title) != (line in above_title) \
            or any(number in blank for number in range(previous.number + 1, line.number))
        if parted:
            runs.append([line])
            gap = 0
            while line.number - gap - 1 in blank:
                gap += 1
            gaps.append(gap)
        else:
            runs[-1].append(line)
    for index in range(len(runs) - 1, 0, -1):  # a paragraph the notes at an old page break cut in two
        before, after = runs[index - 1], runs[index]
        if before[0] not in above_title and after[0] not in above_title \
                and any(before[-1].number < n < after[0].number for n in interruptions) \
                and not is_terminated(before[-1].text, form) and starts_lowercase(after[0].text, form):
            runs[index - 1] = before + after
            del runs[index], gaps[index]
    joined = [SourceLine(run[0].number, " ".join(line.text.strip() for line in run)) for run in runs]
    width = wrapping_width([[len(line.text.rstrip()) for line in run] for run in runs])
    usual = max(set(gaps), key=gaps.count) if gaps else 0
    set_apart = max(gaps, default=0) > usual  # the text parts sections more widely than paragraphs
    # a heading is set apart before it (Gutenberg: two blank lines or more) or after it ("CHAPTER I" / "INTRODUCTORY" / two blank lines)
    wide = [gaps[index] > usual or (index + 1 < len(gaps) and gaps[index + 1] > usual) for index in range(len(gaps))]
    blocks: list[Block] = []
    for index in range(len(runs) - 1, -1, -1):  # from the end: whether the next block is a heading is known
        run = runs[index]
        if run[0] in above_title:
            kind = "paragraph"
        elif all(LIST_ITEM.match(line.text) for line in run):
            kind = "list"
        elif len(run) == 1 and (not set_apart or wide[index]) \
                and is_heading(joined, index, interruptions, form, rules):
            kind = "heading"
        elif len(run) == 1 and set_apart and gaps[index] > usual and blocks and blocks[0].kind == "heading" \
                and rules.get("headings") is None and not rules.get("heading_pattern") \
                and heading_shaped(joined[index].text, form):
            kind = "heading"  # a chapter's heading set apart over its first section's heading
        else:
            kind = "paragraph"
        blocks.insert(0, Block(kind, run, line_breaks=kind == "paragraph" and set_line_by_line(run, width, form)))
    return blocks


def wrapping_width(runs: list[list[int]]) -> int:
    """The width a text is wrapped at: the median width of the lines that are not a block's last."""
    inner = sorted(width for run in runs if len(run) > 1 for width in run[:-1])
    return inner[len(inner) // 2] if inner else 0


def set_line_by_line(run: list[SourceLine], width: int, form: CallForm = SUPERSCRIPT) -> bool:
    """Whether a block of a wrapped text has line breaks of its own: a line before its last much
    shorter than the wrapping, or lines set in columns."""
    return len(run) > 1 and (any(len(plain(line.text, form)) < SHORT_LINE * width for line in run[:-1])
                             or any(COLUMNS.search(line.text.strip()) for line in run))


def looks_wrapped(texts: list[str]) -> bool:
    """Whether a capture is wrapped at a fixed width: blocks (runs of lines between blank lines)
    of several lines, whose lines, all but each block's last, are of about one width (a last
    line is as short as its words make it), and no one-line block wider than that (a paragraph
    on a line of its own: a capture with a paragraph per line)."""
    runs, run = [], []
    for text in texts + [""]:
        if text.strip():
            run.append(len(text.rstrip()))
        elif run:
            runs.append(run)
            run = []
    inner = sorted(width for run in runs if len(run) > 1 for width in run[:-1])
    if len(inner) < 2:
        return False
    median = inner[len(inner) // 2]
    even = sum(0.75 * median <= width <= 1.1 * median for width in inner)
    too_wide = sum(1 for run in runs if len(run) == 1 and run[0] > 1.1 * median)
    return median <= WRAP_WIDTH and even >= 0.9 * len(inner) and too_wide <= 0.1 * len(runs)
