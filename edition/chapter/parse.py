"""Read a text chapter once, through myst-parser's own tokens, into a `Chapter`.

The tokens are those the build sees (myst-parser's markdown-it set-up with the book's
extensions), so a construct is understood here exactly as Sphinx will render it. Every
token is classified (constructs.py); an unknown one becomes a problem at its line. Inline
pieces are aligned with the chapter's characters, so each keeps its line and columns.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import unquote
from pathlib import Path

from markdown_it.renderer import RendererHTML
from markdown_it.rules_inline.text import _TerminatorChars
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from ..problems import Problem, display_path, resolved
from . import constructs
from .emendations import parse_emendation
from .model import Block, Chapter, Directive, Piece

EXTENSIONS = {"attrs_block", "attrs_inline", "colon_fence", "deflist"}  # as _config.yml's parse:
PARAGRAPH_ID = re.compile(r"^p-[1-9]\d*$")
STRUCTURE = {"paragraph_close", "heading_close",
             "footnote_block_open", "footnote_block_close"}


@lru_cache(maxsize=1)
def markdown_parser():
    parser = create_md_parser(MdParserConfig(enable_extensions=EXTENSIONS), RendererHTML)
    parser.inline.ruler.at("text", plain_text_run)
    return parser


# markdown-it's "text" rule, by one regular-expression search instead of a loop over characters
# (a third of a chapter's parse): the same characters end a run of plain text.
TEXT_RUN_END = re.compile("[" + re.escape("".join(sorted(_TerminatorChars))) + "]")


def plain_text_run(state, silent: bool) -> bool:
    found = TEXT_RUN_END.search(state.src, state.pos, state.posMax)
    end = found.start() if found else state.posMax
    if end == state.pos:
        return False
    if not silent:
        state.pending += state.src[state.pos:end]
    state.pos = end
    return True


def read_chapter(path: Path, slug: str | None = None) -> Chapter:
    """The chapter at `path`, parsed once per content (the cache is keyed on the text itself:
    two edits within one tick of the file system's clock are still two texts)."""
    path = Path(path)
    return _read(resolved(path), path.read_bytes(), slug or path.stem, display_path(path))


@lru_cache(maxsize=64)
def _read(path: Path, raw: bytes, slug: str, shown: str) -> Chapter:
    """Once per content in a process, and, for a chapter of a project (its `book/` beside a
    `_toc.yml`), once per content across processes: the check, the build and every command
    read the same unchanged chapters (.cache/edition, keyed on the text and the code)."""
    root = path.parent.parent
    if path.parent.name != "book" or not (root / "_toc.yml").is_file():
        return _parse(path, raw, slug, shown)
    from ..cache import remembered
    key = f"{hashlib.sha256(raw).hexdigest()} {slug} {shown} {path}"
    return remembered(root, f"chapter-{slug}", [], lambda: _parse(path, raw, slug, shown), salt=key)


def _parse(path: Path, raw: bytes, slug: str, shown: str) -> Chapter:
    try:
        return parse_chapter(raw.decode("utf-8"), path, slug, shown)
    except UnicodeDecodeError as error:  # read it all the same, and say where the bad byte is
        chapter = parse_chapter(raw.decode("utf-8", errors="replace"), path, slug, shown)
        chapter.problems.insert(0, Problem(shown, raw[: error.start].count(b"\n") + 1,
                                           f"not UTF-8: byte {raw[error.start]:#04x} (save the file as UTF-8)"))
        return chapter


def parse_chapter(text: str, path: Path, slug: str, shown: str | None = None) -> Chapter:
    chapter = Chapter(slug=slug, path=Path(path), lines=text.split("\n"))
    reader = _Reader(chapter, shown or display_path(path))
    reader.walk(markdown_parser().parse(text), offset=0, editorial=None)
    if chapter.title is None:
        reader.problem(1, "the chapter has no title (a `# ` heading)")
    reader.check_placement()
    return chapter


class _Reader:
    def __init__(self, chapter: Chapter, shown: str):
        self.chapter = chapter
        self.shown = shown

    def problem(self, line: int, message: str) -> None:
        self.chapter.problems.append(Problem(self.shown, line, message))

    def check_placement(self) -> None:
        """Rules that need the whole chapter: where each editorial mark may stand, and links
        of the author's text that show their own address."""
        chapter = self.chapter
        for block in chapter.all_blocks():
            for piece in block.markers("edtitle"):
                if block is not chapter.title:
                    self.problem(piece.line, "{edtitle} supplies a title: it stands only in the chapter's title")
            for piece in block.markers("missing"):
                alone = all(p.kind == "marker" or (p.kind == "text" and not p.text.strip()) for p in block.pieces)
                if block.kind != "note" or not alone:
                    self.problem(piece.line, "{missing} stands alone in a footnote whose body the source lost")
            self.check_links(block)

    def check_links(self, block: Block) -> None:
        shown, target, line = None, "", 0
        for piece in block.pieces:
            if piece.kind == "link":
                shown, target, line = [], piece.target, piece.line
            elif piece.kind == "link-end" and shown is not None:
                text = "".join(shown).strip()
                if unquote(text) != unquote(target) and unquote(text.replace(" ", "")) != unquote(target):
                    self.problem(line, f"a link in the author's text shows {text!r} but leads to {target!r}: "
                                       "an author's link shows its own address")
                shown = None
            elif shown is not None:
                shown.append(piece.reading(corrected=False))

    # -- blocks -------------------------------------------------------------------------
    def walk(self, tokens, offset: int, editorial: Directive | None) -> None:
        target, note = "", ""
        listing: Block | None = None  # a list is one block; each item starts with its bullet
        index = 0
        while index < len(tokens):
            token = tokens[index]
            line = (token.map[0] + 1 + offset) if token.map else 0
            kind = token.type
            if kind == "myst_target":
                target = token.content
            elif kind == "heading_open":
                if token.attrs:
                    self.problem(line, f"attributes {dict(token.attrs)} on a heading: a heading takes a label `(x)=`")
                block = self.inline_block("heading", tokens[index + 1], offset, editorial)
                block.level, block.label = int(token.tag[1:]), target
                target = ""
                if editorial is not None:
                    editorial.blocks.append(block)
                elif block.level == 1 and self.chapter.title is None:
                    self.chapter.title, self.chapter.label = block, block.label
                    block.label = ""
                else:
                    self.chapter.blocks.append(block)
                index += 2
            elif kind == "paragraph_open" and listing is not None:
                listing.pieces += self.inline_block("item", tokens[index + 1], offset, editorial).pieces
                listing.end_line = (tokens[index + 1].map[1] + offset)
                index += 2
            elif kind == "paragraph_open" or kind in ("bullet_list_open", "ordered_list_open"):
                is_list = kind != "paragraph_open"
                block_kind = "list" if is_list else "note" if note else "paragraph"
                if is_list:
                    block = Block(kind="list", line=line, end_line=line)
                    listing = block
                else:
                    block = self.inline_block(block_kind, tokens[index + 1], offset, editorial)
                attrs = dict(token.attrs or {})
                pid = attrs.pop("id", "")
                if attrs:
                    self.problem(line, f"attributes {attrs} on a paragraph: only a paragraph id {{#p-N}} is allowed")
                if pid:
                    if not PARAGRAPH_ID.match(str(pid)) or note or editorial is not None:
                        self.problem(line, f"paragraph id {pid!r}: only numbered paragraphs of the text take an id `p-N`")
                    block.id, block.mark_line = str(pid), line - 1
                if target:
                    self.problem(line, f"label ({target})= stands above a paragraph; labels mark headings only")
                    target = ""
                if editorial is not None:
                    editorial.blocks.append(block)
                elif note:
                    block.label = note
                    self.chapter.notes.setdefault(note, []).append(block)
                else:
                    self.chapter.blocks.append(block)
                index += 1 if is_list else 2
                continue
            elif kind in ("bullet_list_close", "ordered_list_close"):
                listing = None
            elif kind == "list_item_open":
                if listing is None:
                    self.problem(line, "a list inside a list is not allowed in a text chapter")
                else:
                    if listing.pieces:
                        listing.pieces.append(Piece("break", " ", line))
                    listing.pieces.append(Piece("format", (token.markup or token.info + ".") + " ", line, 0, 1))
            elif kind == "list_item_close":
                pass
            elif kind in ("footnote_reference_open", "footnote_open"):
                note = str(token.meta.get("label"))
                if note in self.chapter.notes:
                    self.problem(line, f"footnote [^{note}] is defined twice")
                self.chapter.notes.setdefault(note, [])
            elif kind in ("footnote_reference_close", "footnote_close"):
                note = ""
            elif kind in ("fence", "colon_fence"):
                self.directive(token, line, offset, editorial)
            elif kind == "blockquote_open" and editorial is not None:
                pass  # the editor quotes (a rights statement) inside the headnote
            elif kind == "blockquote_close" and editorial is not None:
                pass
            elif kind in STRUCTURE:
                pass
            elif kind == "html_block":
                self.problem(line, "raw HTML is not allowed in a text chapter (invisible or unchecked text)")
            else:
                self.problem(line, f"{kind.replace('_', ' ')} is not allowed in a text chapter "
                                   "(see edition/chapter/constructs.py)")
            index += 1

    def directive(self, token, line: int, offset: int, editorial: Directive | None) -> None:
        info = token.info.strip()
        if not info.startswith("{") or "}" not in info:
            self.problem(line, "a code block is not allowed in a text chapter")
            return
        name, _, argument = info[1:].partition("}")
        kind = constructs.DIRECTIVES.get(name)
        if kind is None:
            self.problem(line, f"directive {{{name}}} is not an editorial construct "
                               "(see edition/chapter/constructs.py)")
            return
        if editorial is not None:
            self.problem(line, f"directive {{{name}}} inside {{{editorial.name}}}")
            return
        end = (token.map[1] + offset) if token.map else line
        found = Directive(name, argument.strip(), line, end, kind)
        self.chapter.directives.append(found)
        if kind == "editorial":
            body_offset = offset + token.map[0] + 1  # content starts on the line after the fence
            self.walk(markdown_parser().parse(token.content), body_offset, found)
        elif token.content.strip():
            self.problem(line + 1, f"directive {{{name}}} is filled by the build and takes no content")

    # -- inline -------------------------------------------------------------------------
    def inline_block(self, kind: str, token, offset: int, editorial: Directive | None) -> Block:
        first = token.map[0] + 1 + offset
        block = Block(kind=kind, line=first, end_line=token.map[1] + offset)
        cursor = _Cursor(self.chapter.lines, first)
        for child in token.children or []:
            piece = self.inline(child, cursor, editorial)
            if piece is not None:
                block.pieces.append(piece)
        return block

    def inline(self, child, cursor: "_Cursor", editorial: Directive | None) -> Piece | None:
        kind = child.type
        line = cursor.line
        if kind == "text":
            start, end = cursor.take_text(child.content)
            return Piece("text", child.content, line, start, end)
        if kind in ("softbreak", "hardbreak"):
            cursor.next_line()
            return Piece("break", " ", line)
        if kind in ("em_open", "em_close", "strong_open", "strong_close"):
            if child.attrs:
                self.problem(line, f"attributes on emphasis: {dict(child.attrs)}")
            start, end = cursor.take(child.markup)
            return Piece("format", child.markup, line, start, end)
        if kind == "link_open":
            href = str(dict(child.attrs).get("href", ""))
            if set(dict(child.attrs)) - {"href"}:
                self.problem(line, f"attributes on a link: {dict(child.attrs)}")
            if not href.startswith(("http://", "https://")) and editorial is None:
                self.problem(line, f"link target {href!r}: the author's links go to http(s) addresses only")
            elif not href.startswith(("http://", "https://", "#", "/")) and ":" in href.split("/")[0]:
                self.problem(line, f"link target {href!r}: only http, https and relative links are allowed")
            start, end = cursor.take("[" if child.markup != "autolink" else "<")
            return Piece("link", "", line, start, end, target=href)
        if kind == "link_close":
            start, end = cursor.close_link(child.markup == "autolink")
            return Piece("link-end", "", line, start, end)
        if kind == "footnote_ref":
            label = str(child.meta.get("label"))
            start, end = cursor.take(f"[^{label}]")
            return Piece("note-ref", "", line, start, end, label=label)
        if kind == "myst_role":
            return self.role(child, cursor, editorial)
        if kind == "html_inline":
            self.problem(line, f"raw HTML {child.content!r} is not allowed in a text chapter")
            cursor.take(child.content)
            return None
        self.problem(line, f"{kind.replace('_', ' ')} is not allowed in a text chapter "
                           "(see edition/chapter/constructs.py)")
        return None

    def role(self, child, cursor: "_Cursor", editorial: Directive | None) -> Piece | None:
        name, content, line = child.meta.get("name", ""), child.content, cursor.line
        start, end = cursor.take_role(name, content)
        kind = constructs.ROLES.get(name)
        if kind is None and editorial is not None and name in constructs.EDITORIAL_PROSE_ROLES:
            kind = "marker"
        if kind is None:
            self.problem(line, f"role {{{name}}} is not an editorial construct (see edition/chapter/constructs.py)")
            return None
        if kind == "emendation":
            emendation, problems = parse_emendation(content, line)
            for message in problems:
                self.problem(line, message)
            if emendation is None:
                return None
            return Piece("emendation", "", line, start, end, role=name, content=content, emendation=emendation)
        if name == "gap" and content not in constructs.GAP_MARKS:
            self.problem(line, f"a gap mark holds no words: {{gap}} takes one of {sorted(constructs.GAP_MARKS)}")
        if name in ("ednote", "xref", "edsource") and (not content.strip() or " " in content.strip()):
            self.problem(line, f"{{{name}}} takes one key, got {content!r}")
        return Piece("marker", "", line, start, end, role=name, content=content)


class _Cursor:
    """Walks the chapter's characters alongside the inline tokens (no re-parsing)."""

    def __init__(self, lines: list[str], first_line: int):
        self.lines = lines
        self.line = first_line
        self.column = 0

    @property
    def raw(self) -> str:
        return self.lines[self.line - 1] if 0 < self.line <= len(self.lines) else ""

    def next_line(self) -> None:
        self.line += 1
        self.column = 0

    def take(self, literal: str) -> tuple[int, int]:
        found = self.raw.find(literal, self.column)
        if found < 0:
            return -1, -1
        self.column = found + len(literal)
        return found, self.column

    def take_text(self, text: str) -> tuple[int, int]:
        """Each character of the text stands in the line, perhaps escaped (`\\[`)."""
        raw, start = self.raw, None
        if raw.startswith(text, self.column):  # the usual case: the text stands as is where the cursor is
            start, self.column = self.column, self.column + len(text)
            return start, self.column
        for char in text:
            found = raw.find(char, self.column)
            if found < 0:
                return (start if start is not None else -1), self.column
            if start is None:
                start = found
            self.column = found + 1
        return (start if start is not None else self.column), self.column

    def take_role(self, name: str, content: str) -> tuple[int, int]:
        start = self.raw.find("{" + name + "}", self.column)
        if start < 0:
            return -1, -1
        body = self.raw.find(content, start) if content else start + len(name) + 3
        end = self.raw.find("`", body + len(content)) + 1 if body >= 0 else start
        self.column = max(end, start + len(name) + 2)
        return start, self.column

    def close_link(self, autolink: bool) -> tuple[int, int]:
        if autolink:
            return self.take(">")
        middle = self.raw.find("](", self.column)
        if middle < 0:
            return self.take("]")
        close = self.raw.find(">)", middle) + 2 if self.raw.startswith("](<", middle) else self.raw.find(")", middle) + 1
        self.column = max(close, middle + 2)
        return middle, self.column
