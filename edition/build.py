"""`make book` (and pdf, epub): `python -m edition check --derive`, then `jupyter-book build`,
with the build's start-up beside the check.

Jupyter Book spends seconds importing (its configuration schema, Sphinx, the theme, MyST-NB,
this project's extension) before it reads a file. Here it starts at once, in a child process
that imports what the book's configuration names and then waits at a gate, while this process
checks every input and writes the derived files. When the check passes the gate opens and the
build reads what the check wrote, exactly as if run after it; when the check fails the child
is told to stop before it has made anything (no Sphinx application, no folder), and the
problems are printed as `file:line: message`, exit 1, as `python -m edition check` prints them.

    python -m edition.build [--fresh FOLDER] [jupyter-book build arguments]   e.g. `. -W -n --keep-going`

`--fresh FOLDER`: the folder is emptied once the check has passed, before the build (the EPUB
builder packs every file of its folder).
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys

GO = "go"


def main(arguments: list[str]) -> int:
    from .__main__ import main as edition

    child = subprocess.Popen([sys.executable, "-m", "edition.build", "--wait", *arguments],
                             stdin=subprocess.PIPE, text=True)
    try:
        checked = edition(["check", "--derive"])
    except BaseException:
        child.kill()
        raise
    if checked:
        child.stdin.close()  # no word at the gate: the child stops, having made nothing
        child.wait()
        return checked
    sys.stdout.flush()
    child.stdin.write(GO + "\n")
    child.stdin.close()
    return child.wait()


def wait_then_build(arguments: list[str]) -> int:
    """The child: import, wait for the check's word, then run Jupyter Book's own command line."""
    fresh = None
    if arguments[:1] == ["--fresh"]:
        fresh, arguments = arguments[1], arguments[2:]
    preload(arguments)
    if sys.stdin.readline().strip() != GO:
        return 1
    if fresh:
        shutil.rmtree(fresh, ignore_errors=True)
    from jupyter_book.cli.main import main as jupyter_book

    sys.argv = ["jupyter-book", "build", *arguments]
    try:
        jupyter_book()
    except SystemExit as end:
        return end.code if isinstance(end.code, int) else (0 if end.code is None else 1)
    return 0


def preload(arguments: list[str]) -> None:
    """Import Jupyter Book and the Sphinx extensions its configuration names: reading only, and
    only to warm the interpreter; whatever fails here is left to the build, which reports it."""
    try:
        from pathlib import Path

        from jupyter_book.config import get_final_config
        import jupyter_book.cli.main  # noqa: F401 - its own imports: Sphinx, the configuration schema
        import sphinx.application  # noqa: F401

        folder = Path(next((a for a in arguments if not a.startswith("-")), "."))
        config_file = folder / "_config.yml"
        config, _ = get_final_config(user_yaml=config_file if config_file.is_file() else None,
                                     cli_config={"latex_individualpages": False}, sourcedir=folder,
                                     validate=False, raise_on_invalid=False)
        for name in config.get("extensions", []):
            importlib.import_module(name)
    except Exception:  # noqa: BLE001 - the build itself says what is wrong
        pass


if __name__ == "__main__":
    if sys.argv[1:2] == ["--wait"]:
        sys.exit(wait_then_build(sys.argv[2:]))
    sys.exit(main(sys.argv[1:]))
