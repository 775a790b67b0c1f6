"""`python -m edition new-source FILE`: a metadata skeleton for a new source, to fill in.

It copies nothing and imports nothing: it reads the text and writes `data/sources/<slug>.yml`
beside where the source will live, with what the text itself suggests (a title, the form of
its note calls and where the bodies stand, lines that look like capture junk) marked as
guesses for the editor to check. It never overwrites a metadata file.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .datafiles import read_yaml
from .endnotes import NOTES_HEADING
from .problems import Problem, ProblemsFound, display_path
from .render import slugify
from .sources import genres, read_text_lines
from .notestyles import detect
from .notestyles import form as call_form
from .paragraphs import looks_wrapped


def literal(text: str) -> str:
    """A regular expression for exactly this text (only the characters that need it escaped)."""
    return re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", text)


def quoted(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, width=10_000).strip().removesuffix("...").strip()


# A first line longer than this is a paragraph: an excerpt that opens inside its chapter.
TITLE_WORDS = 25


def skeleton(path: Path, root: Path) -> str:
    _, lines = read_text_lines(path)
    texts = [line.text for line in lines]
    junk, blocks = [], []
    for entry in read_yaml(root / "data" / "capture-junk.yml").entries:
        if "from" in entry.data:
            found = junk_block(lines, entry.data)
            blocks += [(entry.data, *found)] if found else []
        else:
            pattern = re.compile(entry.data["pattern"])
            junk += [(line, entry.data["reason"]) for line in lines if pattern.search(line.text)]
    inside = {number for _, first, last in blocks for number in range(first, last + 1)}
    junk = [(line, reason) for line, reason in junk if line.number not in inside]
    stated = header_fields(lines, blocks)
    title = next((line.text.strip() for line in lines if line.number not in inside
                  and (len(line.text.split()) >= 3 or in_capitals(line.text))), "")
    header_title = stated.get("title", "").split(" / ")[0]  # its first line: what follows is a subtitle or a series
    printed = title_printed(lines, inside, header_title)
    if printed is not None:
        title = printed.text.strip()
    untitled = len(title.split()) > TITLE_WORDS or (stated.get("title") and printed is None)
    form, pairs = detect(texts)
    called = title and pairs and call_form(form).strip(title).strip()
    if called and called != title:  # a title carrying a note's call ("...History¹"): the title is the words
        title, title_pattern = called, "^" + literal(called)
    else:
        title_pattern = "^" + literal(title)
    heading = next((line for line in lines if re.match(NOTES_HEADING, line.text)), None)
    out = [f"# Metadata of {display_path(path)}: written by `python -m edition new-source`.",
           "# Every value marked GUESS is the text's own suggestion: check it against the source.",
           f"slug: {path.stem}",
           (f"title: {quoted(header_title)}  # GUESS: the header states: Title: {stated['title']} (no line of the "
            "text prints it whole: check title_line)" if stated.get("title") and untitled else
            "title:  # GUESS: the text opens with a paragraph, not a title: give the title it stands under"
            if untitled else f"title: {quoted(title)}  # GUESS: "
            + (f"the header's title ({stated['title']}), as the text prints it" if printed is not None
               else "the first line of three words or more, or a short one in capitals")),
           "authors: []  # - {family: ..., given: ...}; none for an unsigned text"
           + (f" (GUESS: the header states: Author: {stated['author']})" if stated.get("author") else ""),
           f"genre: # one of: {', '.join(genres())} (edition/genres.yml says what each is)",
           "date: # as the text or its publication gives it"
           + (f" (the header's Release Date: {stated['release']} is the e-text's, not the work's)"
              if stated.get("release") else ""),
           "publication: {}  # journal / container, volume, pages, publisher, doi, url: only what the source states",
           "rights: # the rights statement as the source gives it, or what is known of its status",
           "rights_status: # one of data/rights.yml: public-domain, open-licence, in-copyright, unknown",
           "publish: # full (only where the status or a recorded permission allows it) or apparatus-only",
           "capture: # how this copy was made (a web page, a PDF converted to text ...)",
           "import:",
           ("  title_line: null  # GUESS: no line of the text is its title" if untitled
            else f"  title_line: {quoted(title_pattern)}"),
           ("  paragraphs: wrapped  # GUESS: the text is wrapped at a fixed width, blank lines part paragraphs"
            if looks_wrapped(texts) else
            "  paragraphs: as-is  # rejoin (a PDF capture whose page breaks cut paragraphs), excerpts, wrapped "
            "(a text wrapped at a fixed width), as-is")]
    if pairs and call_form(form).closer:
        out.append(f"  footnotes: {form}  # GUESS: {pairs} calls pair with note bodies in this form")
        out.append(f"  notes_at: {'section' if heading else 'pages'}  # GUESS: each body closed by its bracket, "
                   + (f"gathered under the heading at line {heading.number}" if heading else
                      "after the paragraph that calls it"))
    elif pairs:
        out.append(f"  footnotes: {form}  # GUESS: {pairs} calls pair with note bodies in this form")
        out.append(f"  notes_at: {'section' if heading else 'pages'}"
                   + (f"  # GUESS: a notes section starts at line {heading.number}" if heading else
                      "  # GUESS: no notes section found: bodies at the page breaks"))
    else:
        out.append("  # footnotes: no note calls found (superscript, bracket, paren, caret, gutenberg)")
    out.append("  remove:" if junk or blocks else "  remove: []")
    for entry, first, last in blocks:
        out.append(f"    - from: {quoted(entry['from'])}")
        out.append("      to_end: true" if entry.get("to_end") else f"      through: {quoted(entry['through'])}")
        out.append(f"      reason: {entry['reason']}  # GUESS: lines {first}-{last}")
    for line, reason in junk:
        out.append(f"    - lines: {quoted('^' + literal(line.text.strip()) + '$')}")
        out.append(f"      reason: {reason}  # GUESS: line {line.number}")
    return "\n".join(out) + "\n"


# A chapter's label over its title ("I.", "CHAPTER III", "Book 2"): no title of its own
LABEL = re.compile(r"^(?:(?:chapter|book|part|section|lecture|essay|letter|no\.)\s+)?[ivxlcdm\d]+\.?$", re.I)


def in_capitals(text: str) -> bool:
    """A short line in capitals, no label: a title of one or two words ("INTRODUCTION", "INTRODUCTORY.")."""
    words = text.split()
    return 0 < len(words) < 3 and text.isupper() and not LABEL.match(text.strip())


def header_fields(lines, blocks) -> dict[str, str]:
    """What a removed block states of the text (data/capture-junk.yml `fields:`: Project
    Gutenberg's "Title:", "Author:"), each field with the indented lines that continue it, after a " / "."""
    stated: dict[str, str] = {}
    by_number = {line.number: line for line in lines}
    for entry, first, last in blocks:
        for name, pattern in (entry.get("fields") or {}).items():
            for number in range(first, last + 1):
                match = re.match(pattern, by_number[number].text) if number in by_number else None
                if match and name not in stated:
                    value = [match.group(1).strip()]
                    following = number + 1
                    while following in by_number and by_number[following].text[:1].isspace() \
                            and by_number[following].text.strip():
                        value.append(by_number[following].text.strip())
                        following += 1
                    stated[name] = " / ".join(value)
    return stated


def title_printed(lines, inside: set[int], title: str):
    """The first line outside the removed blocks that prints the header's title (or its first
    line: a subtitle stands apart), letter case and spacing aside."""
    if not title:
        return None
    words = title.split()
    for line in lines:
        if line.number in inside:
            continue
        printed = " ".join(re.sub(r"[^\w\s]", " ", line.text).split()).casefold()
        if printed and " ".join(re.sub(r"[^\w\s]", " ", title).split()).casefold().startswith(printed) \
                and len(printed.split()) >= min(3, len(words)):
            return line
    return None


def junk_block(lines, entry: dict) -> tuple[int, int] | None:
    """The first and last line of the block a `from` entry of data/capture-junk.yml finds, if any."""
    start = next((i for i, line in enumerate(lines) if re.search(entry["from"], line.text)), None)
    if start is None:
        return None
    end = len(lines) - 1 if entry.get("to_end") else \
        next((i for i in range(start, len(lines)) if re.search(entry["through"], lines[i].text)), None)
    if end is None or end - start > entry.get("within", len(lines)):
        return None
    return lines[start].number, lines[end].number


def write_skeleton(path: Path, root: Path) -> Path:
    path = Path(path)
    target = path.with_suffix(".yml")
    if target.exists():
        raise ProblemsFound([Problem(display_path(target), None, "a metadata file exists already: not overwritten")])
    if path.stem != slugify(path.stem):
        raise ProblemsFound([Problem(display_path(path), None, f"name the file by its slug: {slugify(path.stem)}.txt")])
    target.write_text(skeleton(path, root), encoding="utf-8")
    return target


def fill_in(meta_path: Path, filled: dict, **more) -> dict:
    """The skeleton at `meta_path` with an editor's answers merged in (`import:` rules merged
    into the guessed ones); written back, and returned."""
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    filled = dict(filled)
    rules = {**(meta.get("import") or {}), **(filled.pop("import", None) or {})}
    meta.update(filled, **more)
    meta["import"] = rules
    meta_path.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return meta
