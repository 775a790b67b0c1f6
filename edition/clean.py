"""Take capture junk out of a source, by the rules of its metadata file, recording each removal.

Rules name text patterns, never line numbers, so that they serve any document of the
same kind. Each rule yields `Change`s; nothing is dropped without one.
"""

from __future__ import annotations

import re

from .changes import Change
from .sources import SourceLine


def remove_junk_lines(lines: list[SourceLine], rules: list[dict]) -> tuple[list[SourceLine], list[Change], list[str]]:
    """Apply the `remove:` rules: whole lines, or a block from one pattern through another.

    Returns the kept lines, the removals, and a message for every rule that matched nothing
    (a rule that finds nothing is a mistake in the metadata, not a silent no-op).
    """
    removed: dict[int, tuple[int, dict]] = {}  # line number -> (rule index, rule)
    unmatched: list[str] = []
    for index, rule in enumerate(rules):
        if "lines" in rule:
            pattern = re.compile(rule["lines"])
            matches = [line for line in lines if pattern.search(line.text)]
            if rule.get("keep_first"):
                matches = matches[1:]
            block = matches
        else:
            start = re.compile(rule["from"])
            begin = next((i for i, line in enumerate(lines) if start.search(line.text)), None)
            end = None
            if begin is not None:
                if rule.get("to_end"):
                    end = len(lines) - 1
                else:
                    stop = re.compile(rule["through"])
                    end = next((i for i in range(begin, len(lines)) if stop.search(lines[i].text)), None)
            block = lines[begin:end + 1] if begin is not None and end is not None else []
        if not block:
            unmatched.append(f"removal rule {index} ({rule.get('reason', '').strip()[:60]}) matches nothing")
        for line in block:
            removed.setdefault(line.number, (index, rule))
    changes = _group_removals(lines, removed)
    kept = [line for line in lines if line.number not in removed]
    return kept, changes, unmatched


def _group_removals(lines: list[SourceLine], removed: dict[int, tuple[int, dict]]) -> list[Change]:
    """One change per run of removed lines (blank lines inside a run belong to it)."""
    changes: list[Change] = []
    run: list[SourceLine] = []
    run_rule = None

    def close():
        if run:
            while run and not run[-1].text.strip():
                run.pop()
            changes.append(Change(
                kind="removed", lines=[run[0].number, run[-1].number],
                reason=run_rule[1]["reason"].strip(), rule=f"remove[{run_rule[0]}]",
                text="\n".join(line.text for line in run)))

    for line in lines:
        if line.number in removed:
            rule = removed[line.number]
            if run and rule[0] != run_rule[0]:
                close()
                run = []
            run_rule = rule
            run.append(line)
        elif run and not line.text.strip() and _next_removed_same(lines, line.number, removed, run_rule):
            run.append(line)
        else:
            close()
            run, run_rule = [], None
    close()
    return changes


def _next_removed_same(lines, number, removed, rule) -> bool:
    for line in lines:
        if line.number > number and line.text.strip():
            return line.number in removed and removed[line.number][0] == rule[0]
    return False


def apply_inline_rules(lines: list[SourceLine], rules: list[dict]) -> tuple[list[SourceLine], list[Change]]:
    """Apply the `inline:` rules (regex substitutions), one change per occurrence."""
    changes: list[Change] = []
    result = []
    for line in lines:
        text = line.text
        for index, rule in enumerate(rules):
            pattern = re.compile(rule["pattern"])
            for match in pattern.finditer(text):
                changes.append(Change(kind="inline", lines=[line.number], reason=rule["reason"].strip(),
                                      rule=f"inline[{index}]", text=match.group(0),
                                      after=match.expand(rule["replace"])))
            text = pattern.sub(rule["replace"], text)
        result.append(SourceLine(line.number, text))
    return result, changes
