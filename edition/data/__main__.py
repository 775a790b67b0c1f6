"""Command line: `python -m edition.data check|locate`. Problems print as `file:line: column: message`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .schema import project_root, tables

LOCATABLE = ["chronology", "trade", "shares"]  # the tables whose rows quote a chapter


def cmd_check(args) -> int:
    from .validate import validate_all, validate_table

    root = Path(args.root) if args.root else project_root()
    problems = ([p for name in args.tables for p in validate_table(name, root=root)]
                if args.tables else validate_all(root))
    for problem in problems:
        print(problem, file=sys.stderr)
    checked = ", ".join(n for n, t in tables(root).items() if t.path.is_file() and (not args.tables or n in args.tables))
    print(f"{len(problems)} problem(s) in {checked}.", file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def cmd_locate(args) -> int:
    from .locate import locate_file

    root = Path(args.root) if args.root else project_root()
    known = tables(root)
    status = 0
    for name in args.tables or LOCATABLE:
        filled, problems = locate_file(known[name].path, root)
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{known[name].path.relative_to(root)}: {filled} paragraph id(s) filled, {len(problems)} problem(s)")
        status |= bool(problems)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.data", description=__doc__)
    parser.add_argument("--root", help="project folder (default: found from the working folder)")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("check", help="validate the data tables against their schemas and the texts")
    p.add_argument("tables", nargs="*", help="table names (default: all in data/datapackage.yaml)")
    p.set_defaults(run=cmd_check)
    p = commands.add_parser("locate", help="fill the paragraph column of the tables from their quotes")
    p.add_argument("tables", nargs="*", help=f"table names (default: {', '.join(LOCATABLE)})")
    p.set_defaults(run=cmd_locate)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
