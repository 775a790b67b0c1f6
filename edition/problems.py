"""Bad input is reported as data: every problem names its file and line.

Parsing steps collect `Problem`s instead of raising at the first one, so that one
run reports everything that is wrong (the habit of bibtexparser v2's failed blocks).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __post_init__(self):  # one problem, one line of the report
        object.__setattr__(self, "message", one_line(self.message))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ProblemsFound(Exception):
    """Raised once, at the end of a step, with every problem that step found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when possible."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def one_line(text: str, limit: int = 300) -> str:
    """A message fit for one line of a report: line breaks shown as " / ", the rest cut."""
    text = " / ".join(part.strip() for part in str(text).splitlines() if part.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"
