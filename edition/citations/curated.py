"""The editor's curated additions to the bibliography: `data/bibliography-curated.yml`.

Two lists, each entry checked, every problem reported with the file's line:
- `named_in_texts`: works the edition's other texts name (not in footnotes), with the
  chapter and the exact words that name them;
- `completions`: fields an editor supplies for an incomplete work, each with the source
  that supports them. The page shows these fields as supplied by the editor;
- `languages`: the language of works whose titles are not English (transliterated Russian
  titles keep the case they are printed in: CSL title-cases English titles only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..chapter import locate, read_chapter

from ..problems import Problem, display_path

COMPLETABLE = {"authors", "editors", "title", "place", "publisher", "year", "volume", "issue", "pages"}


@dataclass
class Curated:
    named_in_texts: list[dict] = field(default_factory=list)
    completions: list[dict] = field(default_factory=list)
    languages: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _lines(text: str) -> dict[str, int]:
    node = yaml.compose(text, Loader=yaml.CSafeLoader)
    lines = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(value, yaml.SequenceNode):
                for index, item in enumerate(value.value):
                    lines[f"{key.value}[{index}]"] = item.start_mark.line + 1
    return lines


def read_curated(path: Path, root: Path) -> Curated:
    result = Curated()
    shown = display_path(path)
    if not path.exists():
        return result
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=yaml.CSafeLoader) or {}
        lines = _lines(text)
        if not isinstance(data, dict):
            raise ValueError("expected a mapping with 'named_in_texts' and 'completions'")
    except UnicodeDecodeError as error:
        result.problems.append(Problem(shown, None, f"not UTF-8: {error.reason}"))
        return result
    except ValueError as error:
        result.problems.append(Problem(shown, 1, str(error)))
        return result
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        result.problems.append(Problem(shown, mark.line + 1 if mark else None, f"not valid YAML: {problem}"))
        return result
    for index, entry in enumerate(data.get("named_in_texts") or []):
        line = lines.get(f"named_in_texts[{index}]")
        missing = [k for k in ("key", "chapter", "quote", "csl") if not (isinstance(entry, dict) and entry.get(k))]
        if missing:
            result.problems.append(Problem(shown, line, f"named_in_texts entry lacks {', '.join(missing)}"))
            continue
        chapter = root / "book" / f"{entry['chapter']}.md"
        if not chapter.exists() or not locate(read_chapter(chapter), entry["quote"]):
            result.problems.append(Problem(shown, line, f"quote {entry['quote']!r} not found in chapter "
                                                        f"{entry['chapter']}"))
            continue
        if _unbalanced(entry["csl"]):
            result.problems.append(Problem(shown, line, f"unbalanced braces {{ }} in {_unbalanced(entry['csl'])!r}"))
            continue
        result.named_in_texts.append({**entry, "line": line})
    for index, entry in enumerate(data.get("completions") or []):
        line = lines.get(f"completions[{index}]")
        if not isinstance(entry, dict) or not entry.get("key") or not entry.get("fields") or not entry.get("source"):
            result.problems.append(Problem(shown, line, "a completion needs 'key', 'fields' and 'source'"))
            continue
        unknown = set(entry["fields"]) - COMPLETABLE
        if unknown:
            result.problems.append(Problem(shown, line, f"cannot complete field(s) {sorted(unknown)}"))
            continue
        if _unbalanced(entry["fields"]):
            result.problems.append(Problem(shown, line, f"unbalanced braces {{ }} in {_unbalanced(entry['fields'])!r} "
                                                        "(BibTeX cannot hold them)"))
            continue
        if not isinstance(entry["source"], dict) or not (entry["source"].get("title") and entry["source"].get("url")):
            result.problems.append(Problem(shown, line, "a completion's source needs a title and a url"))
            continue
        result.completions.append({**entry, "line": line})
    for index, entry in enumerate(data.get("languages") or []):
        line = lines.get(f"languages[{index}]")
        if not isinstance(entry, dict) or not entry.get("key") or not entry.get("language"):
            result.problems.append(Problem(shown, line, "a language entry needs 'key' and 'language'"))
            continue
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", str(entry["language"])):
            result.problems.append(Problem(shown, line, f"language {entry['language']!r} is not a language tag "
                                                        "(BCP 47, e.g. 'ru')"))
            continue
        result.languages.append({**entry, "line": line})
    return result


def _unbalanced(node) -> str:
    """The first string in `node` whose braces do not pair up ("" if none)."""
    if isinstance(node, dict):
        node = list(node.values())
    if isinstance(node, list):
        return next((found for item in node if (found := _unbalanced(item))), "")
    if isinstance(node, str):
        depth = 0
        for char in node:
            depth += {"{": 1, "}": -1}.get(char, 0)
            if depth < 0:
                return node
        return node if depth else ""
    return ""
