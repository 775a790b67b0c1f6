"""How a source marks its notes: the form of a note's call in the text and at the head of its
body. One class per form, behind one interface, chosen by the metadata (`import.footnotes`)
or detected (`detect`). Where the bodies stand is the other half (`import.notes_at`):
at the old page breaks (footnotes.split_notes) or in a notes section (endnotes.split_section).

    superscript   call ¹²      body "¹² text"     (PDF captures)
    bracket       call [12]    body "[12] text"   (web pages, many digitised books)
    paren         call (12)    body "(12) text"
    caret         call ^12     body "^12 text"; a chapter prefix is allowed: ^1-12, ^1–12
    number        call ¹² or [12] in the text, body "12. text" or "12 text" in a notes section
    gutenberg     call [12]    body "[Footnote 12: text]", closed by its own bracket: wrapped over
                  several lines, standing after the paragraph that calls it, or gathered at the
                  end (Project Gutenberg's plain text; inlinenotes.split_closed). The head
                  "[Footnote 12:" and the closing "]" are the capture's markup, not the note's text.
                  Lettered notes "[A]", "[Footnote A: ...]" are numbered A = 1 ... (recorded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


@dataclass(frozen=True)
class Call:
    start: int  # the call's characters in the line: [start, end)
    end: int
    number: int


class CallForm:
    """A form of note call. `call` finds calls in body text; `head` the call that starts a
    note's body at the head of a line (the body follows at `match.end()`)."""

    name = ""
    call: re.Pattern
    head: re.Pattern
    opener, closer = "", ""  # the marks round a note's body, when the capture closes it (else none)

    def body_end(self, text: str, depth: int = 1) -> tuple[int | None, int]:
        """Where the body open at `depth` brackets closes in `text` (the closer's index, or None
        if it runs on), and the depth left: brackets the note itself opens are its own."""
        for index, char in enumerate(text):
            if char == self.opener:
                depth += 1
            elif char == self.closer:
                depth -= 1
                if depth == 0:
                    return index, 0
        return None, depth

    def without_closer(self, text: str) -> str:
        """The last line of a body without the mark that closes it (what the fidelity proof reads)."""
        stripped = text.rstrip()
        return stripped[:-1] if self.closer and stripped.endswith(self.closer) else text

    def calls(self, text: str) -> list[Call]:
        return [Call(m.start(), m.end(), self.number(m)) for m in self.call.finditer(text)]

    def body_start(self, text: str) -> tuple[int, int] | None:
        """(note number, where its body starts) when `text` starts a note's body."""
        match = self.head.match(text)
        return (self.number(match), match.end()) if match else None

    @staticmethod
    def number(match: re.Match) -> int:
        return int(match.group("n").translate(TO_ASCII))

    def strip(self, text: str) -> str:
        """The text without its calls (what headings and sentence ends are judged by)."""
        return self.call.sub("", text)

    def renumber(self, text: str, shift: int, head: bool = False) -> str:
        """The text with each call's number (or, with `head`, the number heading a note's body) raised by
        `shift`, printed as the call was printed."""
        pattern = self.head if head else self.call
        return pattern.sub(lambda m: m.group(0)[: m.start("n") - m.start()] + self.printed(self.number(m) + shift,
                                                                                           m.group("n"))
                           + m.group(0)[m.end("n") - m.start():], text)

    @staticmethod
    def printed(number: int, like: str) -> str:
        """A number in the digits of `like` (superscript or plain)."""
        return str(number).translate(str.maketrans("0123456789", SUPERSCRIPT_DIGITS)) \
            if like[:1] in SUPERSCRIPT_DIGITS else str(number)


class Superscript(CallForm):
    name = "superscript"
    call = re.compile(f"(?P<n>[{SUPERSCRIPT_DIGITS}]+)")
    head = re.compile(rf"^\s*(?P<n>[{SUPERSCRIPT_DIGITS}]+)\s")


class Bracket(CallForm):
    name = "bracket"
    call = re.compile(r"\[(?P<n>\d{1,3})\]")
    head = re.compile(r"^\s*\[(?P<n>\d{1,3})\]\s*")


class Paren(CallForm):
    name = "paren"
    call = re.compile(r"(?<=\S)\((?P<n>\d{1,3})\)")  # glued to the word it follows: "(3)" alone is a list
    head = re.compile(r"^\s*\((?P<n>\d{1,3})\)\s*")


class Caret(CallForm):
    name = "caret"
    call = re.compile(r"\^(?:\d{1,3}[-–])?(?P<n>\d{1,3})(?![\d])")
    head = re.compile(r"^\s*\^(?:\d{1,3}[-–])?(?P<n>\d{1,3})\s+")


class Number(CallForm):
    """Bodies headed by a bare number ("12. text"); calls as superscripts or in brackets."""

    name = "number"
    call = re.compile(rf"(?P<n>[{SUPERSCRIPT_DIGITS}]+)|\[(?P<b>\d{{1,3}})\]")
    head = re.compile(r"^\s*(?P<n>\d{1,3})[.)]?\s+(?=\S)")

    @staticmethod
    def number(match: re.Match) -> int:
        value = match.group("n") if match.group("n") is not None else match.group("b")
        return int(value.translate(TO_ASCII))


    def renumber(self, text: str, shift: int, head: bool = False) -> str:
        if head:
            return CallForm.renumber(self, text, shift, head)
        return self.call.sub(lambda m: self.printed(self.number(m) + shift, m.group("n")) if m.group("n")
                             else f"[{self.number(m) + shift}]", text)


class Gutenberg(CallForm):
    """Project Gutenberg's plain text: "[12]" in the text, "[Footnote 12: ...]" round the body.
    Notes lettered "[A]" ... "[Z]" (often afresh on each page) are numbered A = 1 ... Z = 26, the
    numbering going on where the letters start again; each call and head so numbered is recorded."""

    name = "gutenberg"
    call = re.compile(r"\[(?P<n>\d{1,3}|[A-Z])\]")
    head = re.compile(r"^\s*\[Footnote\s+(?P<n>\d{1,3}|[A-Z])\s*:\s*")
    opener, closer = "[", "]"

    @staticmethod
    def number(match: re.Match) -> int:
        label = match.group("n")
        return ord(label) - ord("A") + 1 if label.isalpha() else int(label)


class NoCalls(CallForm):
    """Inside a note's body: nothing there is a call."""

    name = "none"
    call = re.compile(r"(?P<n>[^\s\S])")
    head = call


NO_CALLS = NoCalls()
FORMS = {form.name: form for form in (Superscript(), Bracket(), Paren(), Caret(), Number(), Gutenberg())}


def form(name: str | None) -> CallForm:
    return FORMS[name or "superscript"]


def detect(lines: list[str]) -> tuple[str, int]:
    """The form whose calls and bodies pair up best in these lines: (name, pairs found)."""
    best = ("superscript", 0)
    for name, candidate in FORMS.items():
        if name == "number":
            continue
        heads = {found[0] for line in lines if (found := candidate.body_start(line))}
        calls = {call.number for line in lines if not candidate.body_start(line) for call in candidate.calls(line)}
        pairs = len(heads & calls)
        if pairs > best[1]:
            best = (name, pairs)
    return best
