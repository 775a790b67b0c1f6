"""Citation keys in AuthorYearWord style: `Radchenko2014Unwanted`, deterministic and unique."""

from __future__ import annotations

import re
import unicodedata

from .model import Work
from .names import family

SKIP = {"the", "a", "an", "of", "and", "on", "in", "to", "for", "from", "with", "o", "v", "s", "i", "na", "at"}


def ascii_word(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", text)


def base_key(work: Work) -> str:
    if work.kind == "archive" and work.title and work.title.endswith("Papers"):  # "ChernyaevPapers"
        return ascii_word(work.title.split()[-2]) + "Papers"
    people = work.authors or work.editors or work.container_authors or ([work.person] if work.person else [])
    who = ascii_word(family(people[0])) if people else ""
    words = [w for w in re.findall(r"[\w'’]+", work.title or work.container or work.kind) if w.lower() not in SKIP]
    word = ascii_word(words[0]).capitalize() if words else ""
    if not who:
        who, word = word, ascii_word(words[1]).capitalize() if len(words) > 1 else ""
    return f"{who}{work.year or ''}{word}" or "Anonymous"


def assign_keys(works: list[Work]) -> None:
    """Suffix a, b, c ... on collisions, in the order the works are first cited."""
    seen: dict[str, int] = {}
    for work in sorted(works, key=lambda w: (w.citations[0].note, w.citations[0].start) if w.citations else (0, 0)):
        key = base_key(work)
        count = seen.get(key, 0)
        seen[key] = count + 1
        work.key = key if count == 0 else f"{key}{'abcdefghijklmnopqrstuvwxyz'[count - 1]}"
