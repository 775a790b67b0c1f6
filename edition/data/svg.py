"""A matplotlib figure as inline SVG for the book: points that link to their passage.

matplotlib writes one `<a xlink:href>` per point of a collection whose urls are set
(`set_urls`) and per patch with a url (`set_url`). This module makes that SVG fit to be
inlined in a page (so the links work, which they would not in an `<img>`): ids prefixed by
the figure's name so two figures never clash, a `<title>` and `<desc>` for the alt text,
a `<title>` per link (tooltip and accessible name), links opening in the same tab, no XML
prologue, no metadata and no date (the same data give the same bytes); and lighter (a data
chapter is held to 600 KiB: tests/browser/test_page_weight.py): coordinates to a hundredth of a
unit, a text's fonts named once, not matplotlib's list of ten fallbacks, and a round marker drawn
alone (one with a link of its own) as a `<circle>`, not as eight Bézier curves (about 480 bytes).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import matplotlib

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)
HREF = f"{{{XLINK}}}href"
LOCAL_REF = re.compile(r"url\(#([^)]+)\)")
# Geometry drawn to a hundredth of a unit (a hundredth of a pixel at 100%); viewBox keeps its own.
GEOMETRY = {"d", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "points", "transform"}
LONG_NUMBER = re.compile(r"(-?\d+\.\d\d)\d+")
# The face matplotlib measures the labels with, and its metric twin; then the reader's sans-serif.
FACES = ["DejaVu Sans", "Bitstream Vera Sans"]
# Sphinx's sphinx_highlight.js marks the searched words on the next page, and fails on a word in
# an SVG <title> or <desc> (it asks them for a box they do not have): it skips this class.
NO_HIGHLIGHT = "nohighlight"


def figure_svg(figure, name: str, alt: str, link_titles: dict[str, list[str]] | None = None,
               description: str = "") -> str:
    """The figure as an inline `<svg>` element.

    `link_titles` maps the gid of a collection (or of a group of patches) to the title of each
    of its links, in order. `alt` is the short text alternative; `description` a longer one.
    """
    with matplotlib.rc_context({"svg.hashsalt": name, "svg.fonttype": "none", "font.sans-serif": FACES}):
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    root = ET.fromstring(buffer.getvalue().encode("utf-8"))
    for metadata in root.findall(f"{{{SVG}}}metadata"):
        root.remove(metadata)
    _prefix_ids(root, name)
    _shorter_numbers(root)
    for gid, titles in (link_titles or {}).items():
        group = root.find(f".//*[@id='{name}-{gid}']")
        if group is None:
            continue
        for link, title in zip(group.iter(f"{{{SVG}}}a"), titles):
            element = ET.Element(f"{{{SVG}}}title", {"class": NO_HIGHLIGHT})
            element.text = title
            link.insert(0, element)
    for link in root.iter(f"{{{SVG}}}a"):
        link.attrib.pop("target", None)
    title = ET.Element(f"{{{SVG}}}title", {"id": f"{name}-title", "class": NO_HIGHLIGHT})
    title.text = alt
    root.insert(0, title)
    labelled = f"{name}-title"
    if description:
        desc = ET.Element(f"{{{SVG}}}desc", {"id": f"{name}-desc", "class": NO_HIGHLIGHT})
        desc.text = description
        root.insert(1, desc)
        root.set("aria-describedby", f"{name}-desc")
    root.set("aria-labelledby", labelled)
    root.set("class", "edition-chart")
    root.set("width", "100%")
    root.attrib.pop("height", None)
    # Never drawn smaller than its own size (edition.css): a label of 10 units stays 10 px or
    # more; a narrow screen scrolls the figure sideways instead.
    width = float(root.get("viewBox", "0 0 0 0").split()[2])
    root.set("style", f"--edition-chart-width: {width:.0f}px")
    return ET.tostring(root, encoding="unicode")


def _prefix_ids(root: ET.Element, name: str) -> None:
    for element in root.iter():
        if "id" in element.attrib:
            element.set("id", f"{name}-{element.get('id')}")
        for key, value in element.attrib.items():
            if key == HREF and value.startswith("#"):
                element.set(key, f"#{name}-{value[1:]}")
            elif "url(#" in value:
                element.set(key, LOCAL_REF.sub(lambda m: f"url(#{name}-{m.group(1)})", value))


NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _circle(d: str) -> tuple[float, float, float] | None:
    """(cx, cy, r) when the path `d` is matplotlib's circle: a move and eight cubic curves whose
    ends lie on one circle, closed."""
    parts = d.split("C")
    if len(parts) != 9 or not parts[0].strip().startswith("M") or not d.rstrip().endswith("z"):
        return None
    ends = [tuple(map(float, NUMBER.findall(part)[-2:])) for part in parts[1:]]
    if any(len(end) != 2 for end in ends):
        return None
    cx, cy = sum(x for x, _ in ends) / 8, sum(y for _, y in ends) / 8
    radii = [((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in ends]
    r = sum(radii) / 8
    return (cx, cy, r) if r > 0 and max(abs(one - r) for one in radii) < 0.02 * r + 0.02 else None


def _shorter_numbers(root: ET.Element) -> None:
    for element in root.iter():
        circle = _circle(element.get("d", "")) if element.tag == f"{{{SVG}}}path" and "id" not in element.attrib \
            else None
        if circle:
            element.tag = f"{{{SVG}}}circle"
            del element.attrib["d"]
            element.attrib.update({key: f"{value:.2f}" for key, value in zip(("cx", "cy", "r"), circle)})
        for key in GEOMETRY & set(element.attrib):
            element.set(key, " ".join(LONG_NUMBER.sub(r"\1", element.get(key)).split()))
