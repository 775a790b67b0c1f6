"""Command line: `python -m edition COMMAND`. Problems print as `file:line: message`, exit 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .problems import ProblemsFound

ROOT = Path(__file__).resolve().parent.parent


def project(args) -> Path:
    """The project a command works on: `--root`, else the working folder when it is a project
    (it has a _toc.yml), else the one this package belongs to."""
    if getattr(args, "root", None):
        return Path(args.root).resolve()
    here = Path.cwd()
    return here if (here / "_toc.yml").is_file() else ROOT


def cmd_import(args) -> int:
    """Import the sources that have no chapter yet (or those named). A chapter that exists is
    the editors' and is never overwritten: a named one is re-imported beside it, with a diff."""
    from .importer import import_source, write_import

    root = project(args)
    every = sorted((root / "data" / "sources").glob("*.txt"))
    paths = [Path(p) for p in args.sources] or [p for p in every if not (root / "book" / f"{p.stem}.md").exists()]
    if not paths:
        print(f"nothing to import: each of the {len(every)} sources has its chapter "
              "(name a source to re-import it beside its chapter: python -m edition import data/sources/SLUG.txt)")
        return 0
    imported, problems = [], []
    for path in paths:  # import all first: nothing is written if any source has a problem
        try:
            imported.append(import_source(Path(path), root))
        except ProblemsFound as found:
            problems += found.problems
    if problems:
        raise ProblemsFound(problems)
    out = Path(args.out) if args.out else root
    for item in imported:
        print("\n".join(write_import(item, out / "book", out / "data" / "changes", out / "_build" / "import")))
    return 0


def cmd_new_source(args) -> int:
    from .new_source import write_skeleton

    target = write_skeleton(Path(args.source), project(args))
    print(f"wrote {target}: fill it in (every GUESS), add the text to _toc.yml, then `make import`")
    return 0


def derive(root: Path) -> list[str]:
    """Write the committed files derived from the chapters (the build only reads them)."""
    from .anchors import update_published
    from .catalogue import read_catalogue
    from .citations.edition_bibliography import build, committed, write_if_changed

    catalogue = read_catalogue(root)
    if catalogue.problems:
        raise ProblemsFound(catalogue.problems)
    bibliography = build(root)
    if bibliography.problems:
        raise ProblemsFound(bibliography.problems)
    from .data import names
    from .launch import colab_notebooks
    derived = {**committed(root), names.PATH: names.csv_text(root), **colab_notebooks(root)}
    messages = [("rewrote " if write_if_changed(root / name, text) else "unchanged ") + name
                for name, text in derived.items()]
    new = update_published(catalogue)
    unplaced = [u for u in bibliography.uncertain if "cannot place" in u.message]
    if unplaced:  # texts whose apparatus is not complete yet: said here, listed by the report
        messages.append(f"{len(unplaced)} note fragment(s) the citation parser cannot place, attached to no work "
                        "(`python -m edition citations report` lists them)")
    return messages + [f"{len(new)} new anchor(s) appended to data/published-anchors.txt"]


def cmd_derive(args) -> int:
    print("\n".join(derive(project(args))))
    return 0


def cmd_binder(args) -> int:
    from .launch import BINDER_REQUIREMENTS, binder_requirements

    root = project(args)
    (root / BINDER_REQUIREMENTS).write_text(binder_requirements(root), encoding="utf-8")
    print(f"wrote {BINDER_REQUIREMENTS}")
    return 0


def cmd_check(args) -> int:
    import time

    from .cache import CHECK_PASSED, Stamp

    started = time.perf_counter()
    root = project(args)
    only = set(args.only) if args.only else None
    passed = Stamp(root, CHECK_PASSED)
    if args.derive and not only and passed.holds():  # `make book` again on unchanged inputs
        print("check: ok (every input as it was at the last check that passed)")
        return 0
    if args.derive:  # everything else first; derive only from inputs that pass, then check the result
        from .check import CHECKS, run_checks
        problems = run_checks(root, (only or {name for name, _, _ in CHECKS}) - {"derived files"})
        if not problems:
            for message in derive(root):
                print(message)
            problems = run_checks(root, {"derived files"})
    else:
        from .check import run_checks
        problems = run_checks(root, only)
    for problem in problems:
        print(problem, file=sys.stderr)
    elapsed = time.perf_counter() - started
    if problems:
        print(f"{len(problems)} problem(s); nothing written. ({elapsed:.1f} s)", file=sys.stderr)
        return 1
    if args.derive and not only:
        passed.set()
    print(f"check: ok ({elapsed:.1f} s)")
    return 0


def cmd_citations(args) -> int:
    from .citations.edition_bibliography import build, committed, write_if_changed

    if args.action == "accuracy":
        from .citations.accuracy import main as accuracy
        return accuracy(args.rest)
    root = project(args)
    bibliography = build(root)
    if args.action == "report":
        unplaced = [f for f in bibliography.fragments if f.role == "unplaced"]
        for problem in bibliography.problems:  # a fragment not placed in a text whose apparatus is complete
            print(problem)
        for uncertain in bibliography.uncertain:  # and in a text just added; links made without certainty
            print(uncertain)
        linked = [u for u in bibliography.uncertain if "cannot place" not in u.message]
        notes = {(c.chapter, c.note) for c in bibliography.citations}
        print(f"{len(bibliography.citations)} citations in {len(notes)} notes, {len(bibliography.works)} works; "
              f"{len(unplaced)} note fragment(s) not placed; {len(linked)} citation(s) linked "
              f"without certainty (each above, with the reason)")
        return 1 if bibliography.problems else 0
    for name, text in committed(root).items():
        print(("rewrote " if write_if_changed(root / name, text) else "unchanged ") + name)
    return 1 if bibliography.problems else 0


def cmd_annotate(args) -> int:
    from .annotate import annotate

    problems = annotate(project(args), Path(args.emendations) if args.emendations else None)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def cmd_fidelity(args) -> int:
    from .fidelity import check_all

    report = check_all(project(args), args.chapters or None)
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("import", help="turn sources into MyST chapters (refuses to overwrite edited ones)")
    p.add_argument("sources", nargs="*", help="data/sources/<slug>.txt (default: all)")
    p.add_argument("--out", help="write book/ and data/changes/ under this folder instead of the project")
    p.set_defaults(run=cmd_import)
    p = commands.add_parser("check", help="validate every input of the edition in one run (file:line: message)")
    p.add_argument("--root", help="project folder to check (default: this project)")
    p.add_argument("--only", nargs="*", help="only these checks (e.g. chapters, annotations)")
    p.add_argument("--derive", action="store_true",
                   help="when every input passes, write the derived files (as `derive`), then check them")
    p.set_defaults(run=cmd_check)
    p = commands.add_parser("derive", help="write the committed files derived from the chapters "
                                           "(references.bib, footnote_citations.csv, names.csv, published anchors)")
    p.add_argument("--root", help="project folder (default: this project)")
    p.set_defaults(run=cmd_derive)
    p = commands.add_parser("binder", help="write binder/requirements.txt (Binder's environment, at the "
                                           "constraints.txt pins; needs the lab extra installed)")
    p.add_argument("--root", help="project folder (default: this project)")
    p.set_defaults(run=cmd_binder)
    p = commands.add_parser("new-source", help="write a metadata skeleton for a new source (data/sources/<slug>.txt)")
    p.add_argument("source", help="the new source, copied to data/sources/<slug>.txt")
    p.set_defaults(run=cmd_new_source)
    p = commands.add_parser("citations", help="the bibliography rebuilt from the footnotes")
    p.add_argument("action", choices=["report", "write", "accuracy"],
                   help="report: list note fragments the parser cannot place; write: rewrite references.bib and the "
                        "CSV; accuracy [--gold FILE --chapter FILE]: score the parser against a gold file")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="the options of `accuracy`")
    p.set_defaults(run=cmd_citations)
    p = commands.add_parser("annotate", help="place editor's-note and cross-reference markers (by their quotes)")
    p.add_argument("--emendations", help="a YAML list of emendations to apply (chapter, original, corrected, reason)")
    p.set_defaults(run=cmd_annotate)
    p = commands.add_parser("fidelity", help="check that every chapter holds every word of its source")
    p.add_argument("chapters", nargs="*", help="chapter slugs (default: all)")
    p.add_argument("--root", help="project folder to check (default: this project)")
    p.set_defaults(run=cmd_fidelity)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ProblemsFound as found:
        for problem in found.problems:
            print(problem, file=sys.stderr)
        print(f"{len(found.problems)} problem(s); nothing written.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
