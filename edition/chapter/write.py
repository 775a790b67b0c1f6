"""Writing MyST for a chapter: the only place that knows the syntax the importer and the
annotator write (parse.py is the only place that reads it)."""

from __future__ import annotations

import re

ESCAPE = re.compile(r"([\\`*_\[\]<>#&|{}$])")
# At the start of a line these would open a list, a heading-like block, a comment or a target.
LINE_START = re.compile(r"^(\d+)([.)]\s)|^([-+%=:])")


def escape(text: str) -> str:
    """Source characters as MyST text: every character that is markup is escaped."""
    return ESCAPE.sub(r"\\\1", text)


def guard_line_start(text: str) -> str:
    return LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)


def link(url: str) -> str:
    """A link that shows its own address (an autolink would show it percent-decoded)."""
    return f"[{escape(url)}](<{url}>)"


def emphasis(text: str) -> str:
    return f"*{escape(text)}*"


def note_call(number: int | str) -> str:
    return f"[^{number}]"


def note_definition(number: int | str, body: str) -> str:
    return f"[^{number}]: {body}"


def label(name: str) -> str:
    return f"({name})="


def paragraph_mark(number: int) -> str:
    return f"{{#p-{number}}}"


def role(name: str, content: str) -> str:
    return f"{{{name}}}`{content}`"


def directive(name: str, argument: str = "") -> str:
    return f"```{{{name}}}{' ' + argument if argument else ''}\n```"
