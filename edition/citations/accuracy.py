"""Accuracy of the citation pipeline against the hand-built test set.

`python -m edition.citations.accuracy` prints precision and recall of distinct works and
of note-to-work links, comparing the pipeline's output for the Zubok chapter with
tests/data/zubok-citations-gold.yml (built by reading the notes, not by this code).
Parser works are aligned with gold works by authors and title (or container).
"""

from __future__ import annotations

import re
import sys
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import yaml

from .conventions import conventions
from .names import family
from .pipeline import build_for_chapter
from .resolve import fold

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "zubok-citations-gold.yml"


def _series_name(title: str | None) -> str | None:
    """A documentary series printed in one of its forms (conventions.yml) is filed under one name."""
    for series in conventions()["documentary_series"] + conventions()["serial_records"]:
        if fold(title) in {fold(printed) for printed in series["printed"]}:
            return series["title"]
    return title


@lru_cache(maxsize=8192)
def _filed(title: str | None) -> str:
    return fold(_series_name(title))


def _similar(a: str | None, b: str | None, floor: float = 0.0) -> float:
    """The titles' likeness (difflib's ratio); below `floor` only a bound of it that is below `floor`
    too (the quick bounds spare the full comparison of pairs that cannot be aligned)."""
    a, b = _filed(a), _filed(b)
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b)
    for bound in (matcher.real_quick_ratio, matcher.quick_ratio):
        if (value := bound()) < floor:
            return value
    return matcher.ratio()


def _people(record) -> set[str]:
    names = (record.get("authors") or []) + (record.get("editors") or []) if isinstance(record, dict) \
        else record.authors + record.editors + ([record.person] if record.person else [])
    folded = {fold(family(n)) for n in names if n}
    if isinstance(record, dict):  # a gold file that writes "W. J. Perry" (given name first, no comma) means Perry
        folded |= {fold(n).split()[-1] for n in names if n and "," not in n and len(fold(n).split()) > 1}
    return folded


TIE_BREAKS = 0.15  # the most the tie-breakers add


def score(work, gold: dict, floor: float = 0.0) -> float:
    """How well a parser's work matches a gold work; a score below `floor` may be given as any value below it."""
    value = _score(work, gold, floor - TIE_BREAKS)
    if value:  # tie-breakers between otherwise equal candidates
        value += 0.05 * (str(work.year) == str(gold.get("year"))) + 0.05 * (work.incomplete == bool(gold.get("incomplete")))
        value += 0.05 * bool(gold.get("volume") and fold(str(work.volume)) == fold(str(gold["volume"])))  # a periodical's
    return value


def _score(work, gold: dict, floor: float = 0.0) -> float:
    people_w, people_g = _people(work), _people(gold)
    if people_w and people_g and not (people_w & people_g):
        return 0.0
    if work.title and gold.get("title"):
        return _similar(work.title, gold["title"], floor)
    if not work.title and not gold.get("title"):
        base = _similar(work.container, gold.get("container"), floor) if work.container or gold.get("container") \
            else 0.9
        return base if (people_w & people_g) or not (people_w or people_g) else 0.0
    return 0.5 * _similar(work.title or work.container, gold.get("title") or gold.get("container"), 2 * floor)


def align(works, gold_works: list[dict], threshold: float = 0.8) -> dict[str, str]:
    """Parser work id -> gold work id, best pairs first, one to one."""
    pairs = sorted(((score(w, g, threshold), w.id, g["id"]) for w in works for g in gold_works), reverse=True)
    mapping, used = {}, set()
    for value, work_id, gold_id in pairs:
        if value < threshold:
            break
        if work_id not in mapping and gold_id not in used:
            mapping[work_id] = gold_id
            used.add(gold_id)
    return mapping


def unit_keys(keys: list) -> dict[int, str]:
    """A gold file of a text whose notes are numbered afresh in each unit keys them "<unit>-<n>" ("covert-3",
    "d1-1"); the import numbers them on through the chapter, unit after unit (endnotes.split_units). The
    chapter's note number -> the gold key, units in the order the gold lists them; empty for plain numbers."""
    units: dict[str, int] = {}
    for key in keys:
        found = re.fullmatch(r"(?P<unit>.+)-(?P<n>\d+)", str(key))
        if not found:
            return {}
        units[found.group("unit")] = max(units.get(found.group("unit"), 0), int(found.group("n")))
    numbered, shift = {}, 0
    for unit, size in units.items():
        numbered.update({shift + n: f"{unit}-{n}" for n in range(1, size + 1)})
        shift += size
    return numbered


def measure(root: Path = ROOT, chapter: Path | None = None, gold_path: Path = GOLD) -> dict:
    """Precision and recall of the parser's works and note-to-work links on one chapter,
    against a gold file built by hand (tests/data/, tests/corpus/*/gold.yml)."""
    gold = yaml.load(Path(gold_path).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    bibliography = build_for_chapter(Path(chapter) if chapter else root / "book" / "zubok-1980s.md", root)
    mapping = align(bibliography.works, gold["works"])
    key = unit_keys(list(gold["notes"]))
    found_links = {(key.get(c.note, str(c.note)), mapping.get(c.work, f"unaligned:{c.work}"))
                   for c in bibliography.citations}
    gold_links = {(str(n), link["work"]) for n, links in gold["notes"].items() for link in links or []}
    gold_ids = {g["id"] for g in gold["works"]}
    found_ids = {mapping.get(w.id, f"unaligned:{w.id}") for w in bibliography.works}

    def pr(found: set, expected: set) -> tuple[float, float]:
        hits = len(found & expected)
        return hits / len(found) if found else 0.0, hits / len(expected) if expected else 0.0

    return {
        "works": pr(found_ids, gold_ids), "links": pr(found_links, gold_links),
        "counts": (len(found_ids), len(gold_ids), len(found_links), len(gold_links)),
        "missed_works": sorted(gold_ids - found_ids), "extra_works": sorted(found_ids - gold_ids),
        "missed_links": sorted(gold_links - found_links), "extra_links": sorted(found_links - gold_links),
        "unplaced": [f"note {f.note}: {f.text}" for f in bibliography.unplaced],
    }


def corpus_scores(corpus: Path, root: Path = ROOT) -> list[tuple[str, dict | str]]:
    """Import each text of a development corpus (a folder with source.txt, metadata.yml,
    gold.yml) into a scratch project, as a new source would be, and score the parser on it."""
    return [(folder.name, score_text(folder, folder / "gold.yml", root))
            for folder in sorted(p for p in Path(corpus).iterdir() if (p / "gold.yml").is_file())]


def score_text(folder: Path, gold_path: Path, root: Path = ROOT) -> dict | str:
    """Import the text of a corpus folder (source.txt, metadata.yml) into a scratch project, as a new
    source would be, and score the parser on it against a gold file; a string says why it cannot be."""
    import shutil
    import tempfile

    from ..importer import import_source, write_import
    from ..new_source import fill_in, write_skeleton
    from ..problems import ProblemsFound

    if not (folder / "metadata.yml").is_file():
        return "no metadata.yml: not importable yet"
    described = yaml.load((folder / "metadata.yml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        source = project / "data" / "sources" / f"{described['slug']}.txt"
        source.parent.mkdir(parents=True)
        shutil.copy(folder / "source.txt", source)
        fill_in(write_skeleton(source, root), described["filled"], rights="see the corpus", capture="corpus")
        try:
            imported = import_source(source, project)
        except ProblemsFound as found:
            return f"import failed: {found.problems[0]}"
        write_import(imported, project / "book", project / "data" / "changes", project / "_build")
        return measure(project, project / "book" / f"{described['slug']}.md", gold_path)


def main(argv: list[str] | None = None) -> int:
    import argparse
    parser = argparse.ArgumentParser(prog="python -m edition citations accuracy", description=__doc__)
    parser.add_argument("--gold", default=str(GOLD), help="a gold file (default: Zubok's); without --chapter, the "
                        "text beside it (its folder's source.txt and metadata.yml) when there is one")
    parser.add_argument("--chapter", help="the chapter the gold file describes (default: the text beside the gold "
                                          "file, else book/zubok-1980s.md)")
    parser.add_argument("--root", default=str(ROOT), help="the project the chapter belongs to")
    parser.add_argument("--corpus", help="score every text of a corpus folder (e.g. tests/corpus), one line each")
    parser.add_argument("--misses", action="store_true", help="with --corpus: list each text's misses under its line")
    args = parser.parse_args(argv)
    problems = [f"{path}: {what}" for path, what in (
        (args.corpus, "not a folder (a corpus folder holds one folder per text)"),
        (args.chapter, "not a chapter file (for a corpus text, use --corpus with its folder's parent)"),
        (args.gold, "not a gold file")) if path and not (Path(path).is_dir() if what.startswith("not a folder")
                                                           else Path(path).is_file())]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    if args.corpus:
        for name, result in corpus_scores(Path(args.corpus), Path(args.root)):
            if isinstance(result, str):
                print(f"{name}: {result}")
                continue
            (wp, wr), (lp, lr) = result["works"], result["links"]
            print(f"{name}: works precision {wp:.1%} recall {wr:.1%}; links precision {lp:.1%} recall {lr:.1%}; "
                  f"{len(result['unplaced'])} fragment(s) not placed")
            for label in ("missed_works", "extra_works", "missed_links", "extra_links", "unplaced"):
                for item in result[label] if args.misses else []:
                    print(f"  {label.replace('_', ' ')}: {item}")
        return 0
    beside = Path(args.gold).parent
    if not args.chapter and (beside / "source.txt").is_file():  # a corpus text: imported, then scored
        result = score_text(beside, Path(args.gold), Path(args.root))
        if isinstance(result, str):
            print(f"{beside}: {result}", file=sys.stderr)
            return 2
    else:
        result = measure(Path(args.root), Path(args.chapter) if args.chapter else None, Path(args.gold))
    works, links = result["works"], result["links"]
    found_w, gold_w, found_l, gold_l = result["counts"]
    print(f"distinct works:     precision {works[0]:.1%}  recall {works[1]:.1%}  ({found_w} found, {gold_w} in the test set)")
    print(f"note-to-work links: precision {links[0]:.1%}  recall {links[1]:.1%}  ({found_l} found, {gold_l} in the test set)")
    for label in ("missed_works", "extra_works", "missed_links", "extra_links", "unplaced"):
        for item in result[label]:
            print(f"  {label.replace('_', ' ')}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
