"""Write a chapter as MyST Markdown from its blocks and notes.

Source characters are kept; what the renderer adds is markup only: labels `(x)=`,
paragraph ids `{#p-N}`, footnote references `[^N]`, backslash escapes, and the two
directives that show the source record and the change record. The converter's own
markup becomes MyST: `*...*` stays emphasis, `<u>URL</u>` and bare URLs become links.
"""

from __future__ import annotations

import re
import unicodedata

from .changes import Change
from .chapter import write as myst
from .footnotes import Note
from .notestyles import NO_CALLS, CallForm
from .notestyles import form as call_form
from .paragraphs import LIST_ITEM, Block

UNDERLINE = re.compile(r"<u>(.*?)</u>")
URL = re.compile(r"https?://[^\s<>\"]+")
URL_TRAILING = ".,;:)"
EMPHASIS = re.compile(r"\*(?=\S)([^*]*?\S)\*")
SUPERSCRIPT = call_form("superscript")
GAP_MARK = myst.role("gap", "[…]")


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def inline_to_myst(text: str, line: int, changes: list[Change], form: CallForm = SUPERSCRIPT) -> str:
    """Source text of one line -> MyST inline markup, recording converter markup it turns."""
    def underline(match: re.Match) -> str:
        changes.append(Change("markup", [line], rule="underline",
                              reason="The converter's underline markup is turned into a link.",
                              text=match.group(0), after=match.group(1)))
        return match.group(1)

    text = UNDERLINE.sub(underline, text)
    out, position = [], 0
    pattern = re.compile(f"{URL.pattern}|{EMPHASIS.pattern}|(?P<call> ?(?:{form.call.pattern}))")
    for match in pattern.finditer(text):
        out.append(myst.escape(text[position:match.start()]))
        piece = match.group(0)
        if match.group("call"):
            # the number from this match: a form whose call looks behind (paren) finds no call in the piece alone
            out.append(myst.note_call(form.number(match)))
        elif piece.startswith("http"):
            url = piece.rstrip(URL_TRAILING)
            # a closing bracket belongs to the URL only when the URL opened one
            while url.endswith(")") and url.count("(") < url.count(")"):
                url = url[:-1]
            # explicit link text: an autolink would show the URL percent-decoded
            out.append(myst.link(url))
            out.append(myst.escape(piece[len(url):]))
        else:
            out.append(myst.emphasis(match.group(1)))
        position = match.end()
    out.append(myst.escape(text[position:]))
    return myst.guard_line_start("".join(out))


def join_lines(block: Block) -> tuple[str, int]:
    """The text of a block's source lines as one paragraph (a hyphen at a page break stays)."""
    text = block.lines[0].text.strip()
    for line in block.lines[1:]:
        glue = "" if text.endswith("-") and line.text.strip()[:1].islower() else " "
        text += glue + line.text.strip()
    return text, block.lines[0].number


def notes_in(text: str, form: CallForm = SUPERSCRIPT) -> list[int]:
    return [call.number for call in form.calls(text)]


def render_chapter(slug: str, title: str, blocks: list[Block], notes: dict[int, Note],
                   missing: dict[int, str], changes: list[Change], form: CallForm = SUPERSCRIPT) -> str:
    parts: list[str] = []
    paragraph_number = 0
    defined: set[int] = set()

    def footnote_definitions(text: str) -> None:
        for number in notes_in(text, form):
            if number in defined:  # a note the text calls again is defined after its first call only
                continue
            defined.add(number)
            if number in notes:
                body = inline_to_myst(notes[number].text, notes[number].pieces[0].line, changes, NO_CALLS)
                parts.append(myst.note_definition(number, body))
            elif number in missing:
                parts.append(myst.note_definition(number, myst.role(
                    "missing", "The body of this note is missing from the source.")))

    title_block = blocks[0] if blocks and blocks[0].kind == "title" else None
    parts.append(myst.label(slug))
    if title_block:
        title_text, line = join_lines(title_block)
        parts.append(f"# {inline_to_myst(title_text, line, changes, form)}")
    else:
        parts.append(f"# {myst.role('edtitle', title)}")
    parts.append(myst.directive("source-record", slug))
    parts.append(myst.directive("cite-this"))
    if title_block:
        footnote_definitions(title_text)

    for block in blocks:
        if block is title_block:
            continue
        text, line = join_lines(block) if block.kind != "list" else ("", block.lines[0].number)
        if block.kind == "heading":
            parts.append(f"{myst.label(f'{slug}-{slugify(text)}')}\n## {inline_to_myst(text, line, changes, form)}")
            footnote_definitions(text)
            continue
        paragraph_number += 1
        if block.kind == "list":
            items = [f"* {inline_to_myst(LIST_ITEM.sub('', l.text).strip(), l.number, changes, form)}" for l in block.lines]
            parts.append(myst.paragraph_mark(paragraph_number) + "\n" + "\n".join(items))
            for l in block.lines:
                footnote_definitions(l.text)
            continue
        body = "\\\n".join(inline_to_myst(l.text.strip(), l.number, changes, form) for l in block.lines) \
            if block.line_breaks else inline_to_myst(text, line, changes, form)
        if block.gap_before:
            body = f"{GAP_MARK} {body}"
        if block.gap_after:
            body = f"{body.rstrip()} {GAP_MARK}"
        parts.append(f"{myst.paragraph_mark(paragraph_number)}\n{body}")
        footnote_definitions(text)

    parts.append(myst.directive("changes-record", slug))
    return "\n\n".join(parts) + "\n"
