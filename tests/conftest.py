"""Shared fixtures: the project root, the seeds beside it, the built book."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
HTML = ROOT / "_build" / "html"
SLUGS = ["sino-soviet-1953", "khrushchev-essay", "wikipedia-survey", "country-study-1920s", "zubok-1980s"]


def run_edition(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run `python -m edition ...` as a user would, capturing its output."""
    return subprocess.run([sys.executable, "-m", "edition", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def built_html() -> Path:
    """The book as `make book` built it (make test builds it first)."""
    if not (HTML / "book" / "zubok-1980s.html").exists():
        subprocess.run([sys.executable, "-m", "jupyter_book", "build", str(ROOT), "-W", "-n", "--keep-going"],
                       check=True, capture_output=True)
    return HTML


def chapter_text(slug: str) -> str:
    return (ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8")
