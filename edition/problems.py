"""Bad input is reported as data: every problem names its file and line.

Parsing steps collect `Problem`s instead of raising at the first one, so that one
run reports everything that is wrong (the habit of bibtexparser v2's failed blocks).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
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
    return _display_path(str(path), os.getcwd())


def resolved(path: Path) -> Path:
    """`path` made absolute with its links followed, once per path and working folder (the
    checks ask for the same few hundred paths thousands of times in one run)."""
    return _resolved(str(path), os.getcwd())


@lru_cache(maxsize=4096)
def _resolved(path: str, cwd: str) -> Path:
    return Path(path).resolve()


@lru_cache(maxsize=4096)
def _display_path(path: str, cwd: str) -> str:
    try:
        return str(_resolved(path, cwd).relative_to(_resolved(cwd, cwd)))
    except ValueError:
        return path


def one_line(text: str, limit: int = 300) -> str:
    """A message fit for one line of a report: line breaks shown as " / ", the rest cut."""
    text = " / ".join(part.strip() for part in str(text).splitlines() if part.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"
