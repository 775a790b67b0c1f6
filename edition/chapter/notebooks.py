"""Notebook chapters (MyST text notebooks), read with the same MyST tokens as the texts:
their front matter and the place of their first code cell."""

from __future__ import annotations

import re

import yaml

from .parse import markdown_parser


def front_matter(text: str) -> dict | None:
    """The page's front matter as a mapping; None when it has none."""
    if not text.startswith("---"):
        return None  # front matter opens the page or is not there
    closing = re.search(r"^---[ \t]*$", text[3:], re.M)  # the block ends at the next `---` line
    tokens = markdown_parser().parse(text[:3 + closing.end()] if closing else text)
    if not tokens or tokens[0].type != "front_matter":
        return None
    return yaml.load(tokens[0].content, Loader=yaml.CSafeLoader) or {}


def declared_reads(text: str) -> list[str] | None:
    """The files a notebook page declares it reads (`edition: reads:`, globs allowed);
    None for a page that is not a notebook."""
    meta = front_matter(text) or {}
    if "kernelspec" not in meta and "jupytext" not in meta:
        return None
    return [str(item) for item in ((meta.get("edition") or {}).get("reads") or [])]


def first_code_cell_closing_line(text: str) -> int | None:
    """0-based line of the fence that closes the first `{code-cell}` (None: no code cell)."""
    for token in markdown_parser().parse(text):
        if token.type == "fence" and token.info.strip().startswith("{code-cell}") and token.map:
            return token.map[1] - 1
    return None


# --- a chapter as a plain notebook, for the download -----------------------------------------

LABEL_LINE = re.compile(r"^\([\w:.-]+\)=[ \t]*\n?", re.M)
ROLE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<target>[^`]*)`")
GLUE_FIGURE = re.compile(r"^(?P<fence>:{3,})\{glue:figure\}[ \t]+(?P<name>\S+)[ \t]*\n(?P<options>(?::[\w-]+:[^\n]*\n)*)"
                         r"\n?(?P<caption>.*?)\n?^(?P=fence)[ \t]*$", re.M | re.S)
DIRECTIVE = re.compile(r"^(?::{3,}|`{3,})\{[\w:-]+\}", re.M)
BOOK_ONLY_TAGS = {"remove-output", "remove-input", "remove-cell", "hide-output", "hide-input"}


LABELLED_HEADING = re.compile(r"^\(([\w:.-]+)\)=[ \t]*\n#+[ \t]+(.+)$", re.M)


def labelled_headings(text: str) -> dict[str, str]:
    """Every `(label)=` of a page -> the title of the heading under it."""
    found: dict[str, str] = {}
    for label, title in LABELLED_HEADING.findall(text):
        found.setdefault(label, title.strip())
    return found


def glued_figures(text: str) -> list[str]:
    """The names of a page's glued figures, in the order the page shows them."""
    return [match.group("name") for match in GLUE_FIGURE.finditer(text)]


def plain_markdown(text: str, resolve) -> str:
    """MyST Markdown as CommonMark a plain Jupyter shows well: label lines dropped, a role
    replaced by its text (`resolve(role, target)`: a section's title, a figure's number, a
    glued value), a `{glue:figure}` by its caption under the figure's number."""
    def role(match):
        return resolve(match["role"], match["target"])

    def figure(match):
        caption = " ".join(match["caption"].split())
        return f"**{resolve('numref', match['name'])}.** *{ROLE.sub(role, caption)}*"

    text = GLUE_FIGURE.sub(figure, LABEL_LINE.sub("", text))
    return ROLE.sub(role, text).strip()


def plain_notebook(text: str, resolve):
    """A MyST text notebook as a plain .ipynb: no MyST construct in its Markdown cells, no
    outputs, no tags that only the book reads, no jupytext or edition metadata."""
    import jupytext
    notebook = jupytext.reads(text, fmt="md:myst")
    cells = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = plain_markdown(cell.source, resolve)
            if not cell.source:
                continue
        elif cell.cell_type == "code":
            tags = [tag for tag in cell.metadata.get("tags", []) if tag not in BOOK_ONLY_TAGS]
            cell.metadata.pop("tags", None)
            if tags:
                cell.metadata["tags"] = tags
        cells.append(cell)
    notebook.cells = cells
    notebook.metadata = {"kernelspec": notebook.metadata["kernelspec"],
                         "language_info": {"name": "python"}}
    return notebook


def myst_constructs(markdown: str) -> list[str]:
    """The MyST roles, directives and label lines left in a Markdown text (for the tests)."""
    return ([m.group(0) for m in ROLE.finditer(markdown)] + [m.group(0) for m in DIRECTIVE.finditer(markdown)]
            + [m.group(0).strip() for m in LABEL_LINE.finditer(markdown)])
