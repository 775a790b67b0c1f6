"""Read a source document and its metadata file, strictly.

A source is `data/sources/<slug>.txt`, a verbatim copy of a seed, with
`data/sources/<slug>.yml` beside it. Nothing here changes the text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .problems import Problem, ProblemsFound, display_path

GENRES_FILE = Path(__file__).with_name("genres.yml")


@lru_cache(maxsize=1)
def genres() -> dict[str, dict]:
    """Genre -> {csl: its CSL type, what: what it is} (edition/genres.yml)."""
    return yaml.load(GENRES_FILE.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["genres"]


PARAGRAPH_MODES = {"rejoin", "as-is", "excerpts", "wrapped"}
FOOTNOTE_STYLES = {None, "superscript", "bracket", "paren", "caret", "number", "gutenberg"}  # edition.notestyles
NOTES_AT = {None, "pages", "section", "units"}


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based, as an editor sees it in the file
    text: str


@dataclass
class Source:
    slug: str
    path: Path
    meta_path: Path
    raw: bytes
    lines: list[SourceLine]
    meta: dict = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def import_rules(self) -> dict:
        return self.meta.get("import") or {}


# Where a capture names its own encoding (a header's "Character set encoding: ISO-8859-1", a page's charset=...).
DECLARED_ENCODING = re.compile(r"(?i)(?:character set encoding|charset|encoding)\s*[:=]\s*[\"']?([A-Za-z][\w.:-]*)")


def read_text_lines(path: Path) -> tuple[bytes, list[SourceLine]]:
    """Decode strictly as UTF-8; a bad byte is reported with its line."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        declared = DECLARED_ENCODING.search(raw.decode("ascii", errors="replace"))
        where = raw[: declared.start()].count(b"\n") + 1 if declared else 0
        said = (f"the text declares \"{declared.group(0).strip()}\" at line {where}: "
                f"convert the copy, e.g. `iconv -f {declared.group(1)} -t UTF-8`" if declared else
                "convert the copy from its encoding, e.g. `iconv -f ISO-8859-1 -t UTF-8`")
        raise ProblemsFound([Problem(display_path(path), line,
                                     f"not UTF-8: byte {raw[error.start]:#04x} at offset {error.start} ({said}, "
                                     "and say so in the metadata's `capture:`)")])
    return raw, [SourceLine(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def _key_lines(node, prefix: str = "") -> dict[str, int]:
    """Map dotted keys of a YAML mapping to the line they stand on, for error messages."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = f"{prefix}{key.value}"
            lines[name] = key.start_mark.line + 1
            lines.update(_key_lines(value, name + "."))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            name = f"{prefix[:-1]}[{index}]"
            lines[name] = item.start_mark.line + 1
            lines.update(_key_lines(item, name + "."))
    return lines


def read_metadata(meta_path: Path, slug: str) -> dict:
    shown = display_path(meta_path)
    if not meta_path.exists():
        raise ProblemsFound([Problem(shown, None, "metadata file is missing (every source needs one)")])
    _, lines = read_text_lines(meta_path)
    text = "\n".join(line.text for line in lines)
    try:
        meta = yaml.load(text, Loader=yaml.CSafeLoader)
        key_lines = _key_lines(yaml.compose(text, Loader=yaml.CSafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ProblemsFound([Problem(shown, mark.line + 1 if mark else None, f"not valid YAML: {problem}")])
    problems = check_metadata(meta, slug)
    if problems:
        raise ProblemsFound([Problem(shown, key_lines.get(key, 1), message) for key, message in problems])
    return meta


def check_metadata(meta, slug: str) -> list[tuple[str, str]]:
    """Return (dotted key, message) for everything wrong with a metadata mapping."""
    if not isinstance(meta, dict):
        return [("", "metadata must be a YAML mapping")]
    problems = []
    for key in ("slug", "title", "genre", "rights", "capture", "import"):
        if key not in meta:
            problems.append(("", f"missing required key '{key}'"))
    if meta.get("slug") not in (None, slug):
        problems.append(("slug", f"slug '{meta.get('slug')}' does not match the file name '{slug}'"))
    if "genre" in meta and meta["genre"] not in genres():
        problems.append(("genre", f"genre '{meta['genre']}' is not one of {sorted(genres())} (edition/genres.yml)"))
    if meta.get("title") is None and not meta.get("edition_title"):
        problems.append(("title", "a source without a title needs an 'edition_title'"))
    rules = meta.get("import") or {}
    if not isinstance(rules, dict):
        return problems + [("import", "'import' must be a mapping")]
    if rules.get("paragraphs", "as-is") not in PARAGRAPH_MODES:
        problems.append(("import.paragraphs", f"paragraphs must be one of {sorted(PARAGRAPH_MODES)}"))
    if rules.get("footnotes") not in FOOTNOTE_STYLES:
        problems.append(("import.footnotes", f"footnotes must be one of {sorted(s for s in FOOTNOTE_STYLES if s)} "
                                             "or absent"))
    if rules.get("notes_at") not in NOTES_AT:
        problems.append(("import.notes_at", "notes_at must be 'pages' (bodies at the page breaks), 'section' (a notes "
                                            "section at the end) or 'units' (a notes section after each unit, "
                                            "numbered afresh)"))
    elif rules.get("footnotes") == "gutenberg" and rules.get("notes_at") == "units":
        problems.append(("import.notes_at", "gutenberg bodies close with their own bracket wherever they stand: "
                                            "notes_at 'pages' or 'section', or leave it out"))
    elif rules.get("notes_at") == "pages" and rules.get("footnotes") not in (None, "superscript", "gutenberg"):
        problems.append(("import.notes_at", "note bodies at the page breaks are read for superscript calls only "
                                            "(and gutenberg's \"[Footnote 12: ...]\", closed by its bracket)"))
    if rules.get("headings") is not None and not isinstance(rules.get("headings"), list):
        problems.append(("import.headings", "headings is a list of the headings' texts, as printed"))
    if rules.get("heading_pattern"):
        problems += _check_regex(rules["heading_pattern"], "import.heading_pattern")
    if rules.get("notes_heading"):
        problems += _check_regex(rules["notes_heading"], "import.notes_heading")
    for name in ("title_line",):
        if rules.get(name):
            problems += _check_regex(rules[name], f"import.{name}")
    for index, rule in enumerate(rules.get("remove") or []):
        where = f"import.remove[{index}]"
        if not isinstance(rule, dict) or not rule.get("reason"):
            problems.append((where, "a removal rule needs a 'reason'"))
            continue
        if not ("lines" in rule or "from" in rule):
            problems.append((where, "a removal rule needs 'lines' or 'from'"))
        if "from" in rule and not ("through" in rule or rule.get("to_end")):
            problems.append((where, "a 'from' rule needs 'through' or 'to_end: true'"))
        for key in ("lines", "from", "through"):
            if key in rule:
                problems += _check_regex(rule[key], f"{where}.{key}")
    for index, rule in enumerate(rules.get("inline") or []):
        where = f"import.inline[{index}]"
        if not isinstance(rule, dict) or not {"pattern", "replace", "reason"} <= set(rule):
            problems.append((where, "an inline rule needs 'pattern', 'replace' and 'reason'"))
        else:
            problems += _check_regex(rule["pattern"], f"{where}.pattern")
    missing = rules.get("missing_notes") or {}
    if not isinstance(missing, dict) or not all(isinstance(k, int) and v for k, v in missing.items()):
        problems.append(("import.missing_notes", "missing_notes maps note numbers to a reason"))
    return problems


def _check_regex(pattern, where: str) -> list[tuple[str, str]]:
    try:
        re.compile(pattern)
    except (re.error, TypeError) as error:
        return [(where, f"not a valid regular expression: {error}")]
    return []


def read_source(path: Path) -> Source:
    """Read `<slug>.txt` and `<slug>.yml`; report every problem of both at once."""
    path = Path(path)
    slug = path.stem
    problems: list[Problem] = []
    raw, lines, meta = b"", [], {}
    if not path.exists():
        raise ProblemsFound([Problem(display_path(path), None, "source file does not exist")])
    try:
        raw, lines = read_text_lines(path)
    except ProblemsFound as found:
        problems += found.problems
    try:
        meta = read_metadata(path.with_suffix(".yml"), slug)
    except ProblemsFound as found:
        problems += found.problems
    if problems:
        raise ProblemsFound(problems)
    return Source(slug, path, path.with_suffix(".yml"), raw, lines, meta)


def check_manifest(sources_dir: Path) -> list[Problem]:
    """Every source matches the SHA-256 in `SHA256SUMS`, and every .txt is listed."""
    manifest = sources_dir / "SHA256SUMS"
    shown = display_path(manifest)
    if not manifest.exists():
        return [Problem(shown, None, "manifest is missing")]
    problems, listed = [], set()
    for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
        digest, _, name = line.partition("  ")
        listed.add(name)
        target = sources_dir / name
        if not target.exists():
            problems.append(Problem(shown, number, f"{name} is listed but missing"))
        elif hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            problems.append(Problem(shown, number, f"{name} differs from its recorded SHA-256 (sources are never edited)"))
    for txt in sorted(sources_dir.glob("*.txt")):
        if txt.name not in listed:
            problems.append(Problem(shown, None, f"{txt.name} is not listed in the manifest"))
    return problems
