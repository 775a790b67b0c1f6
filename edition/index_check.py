"""Check the index both ways against the texts.

- Every entity of `data/entities.csv` occurs in some chapter's text.
- Every proper name in the texts is indexed: each run of capitalised words (two or more,
  initials included: "Mikhail S. Kapitsa") must overlap an index or glossary variant, or be
  listed in `data/index-exclusions.txt` (phrases that are not persons, places or
  organisations to index, such as titles of works or events, each with a reason).
"""

from __future__ import annotations

import re
from pathlib import Path

from .catalogue import read_catalogue
from .chapter import read_chapter
from .entities import Matcher, read_entities, read_glossary

WORD = r"(?:[A-Z](?:\.[A-Z])*\.|[A-Z][\w'’\-]*)"  # a capitalised word or initials ("H.W.")
NAME_RUN = re.compile(rf"{WORD}(?:\s+(?:(?:de|von|van|al|bin)\s+)?{WORD})+")
SENTENCE_START = {"The", "In", "At", "On", "After", "Before", "When", "As", "By", "Both", "Already", "Even",
                  "During", "From", "Although", "Yet", "Soon", "Only", "Just", "Since", "While", "Last", "Toward",
                  "Towards", "Moscow's", "Our", "We", "His", "Her", "Its", "Their", "This", "That", "These",
                  "Those", "Eastern", "Western", "Northern", "Southern", "Many", "Several", "Some", "Other", "Each",
                  "Every", "All", "Less", "Not", "No", "Nor", "Neither", "Soviet", "Chinese", "American", "Russian"}


def chapter_plain_lines(slug: str, root: Path) -> list[str]:
    """The chapter's title, headings and paragraphs (not the notes) as the source has them."""
    chapter = read_chapter(root / "book" / f"{slug}.md")
    return [block.text() for block in ([chapter.title] if chapter.title else []) + chapter.blocks]


def read_exclusions(root: Path) -> set[str]:
    path = root / "data" / "index-exclusions.txt"
    if not path.exists():
        return set()
    return {line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.split("#")[0].strip()}


def name_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each run of two or more capitalised words within a sentence."""
    runs = []
    for match in NAME_RUN.finditer(text):
        position = match.start()
        for sentence in re.split(r"(?<=[a-z]{2}\.)\s+", match.group(0)):  # "Union. The" is two sentences
            start = text.index(sentence, position)
            position = start + len(sentence)
            words = sentence.rstrip(".").split()
            while words and words[0] in SENTENCE_START:
                start = text.index(words[1], start) if len(words) > 1 else start
                words = words[1:]
            if len(words) >= 2:
                phrase = " ".join(words)
                runs.append((start, start + len(sentence.rstrip(".")) - (len(sentence.rstrip(".")) - len(
                    sentence.rstrip(".").split(words[0], 1)[1]) - len(words[0])), phrase))
    return runs


def texts_with_complete_apparatus(root: Path) -> list[str]:
    """The texts whose metadata says the editors' apparatus is complete (`apparatus: complete`:
    every name indexed, the citation forms checked by hand); a text just added is not, yet."""
    catalogue = read_catalogue(root)
    return [slug for slug in catalogue.slugs if catalogue.text(slug).meta.get("apparatus") == "complete"]


def unindexed_names(root: Path, chapters: list[str] | None = None) -> list[tuple[str, str]]:
    """(chapter, phrase) for every capitalised run with no index entry and no exclusion, in
    the texts named (by default: every text whose apparatus the editors have completed)."""
    entries = read_entities(root) + read_glossary(root)
    matcher = Matcher(entries)
    excluded = read_exclusions(root)
    missing = []
    for slug in chapters or texts_with_complete_apparatus(root):
        for line in chapter_plain_lines(slug, root):
            spans = [(a, b) for a, b, _ in matcher.find(line)]
            for start, _, phrase in name_runs(line):
                end = start + len(phrase)
                if phrase in excluded or any(a < end and start < b for a, b in spans):
                    continue
                missing.append((slug, phrase))
    return sorted(set(missing))


def entities_without_occurrence(root: Path, chapters: list[str] | None = None) -> list[str]:
    matcher = Matcher(read_entities(root))
    found = set()
    for slug in chapters or read_catalogue(root).slugs:
        for line in chapter_plain_lines(slug, root):
            found |= {entry.id for _, _, entry in matcher.find(line)}
    return [e.id for e in read_entities(root) if e.id not in found]
