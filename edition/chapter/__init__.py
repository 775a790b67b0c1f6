"""The chapter model: a text chapter read once, through myst-parser's tokens.

`read_chapter(path)` gives a `Chapter` (model.py) whose `problems` list everything in it
that is not the author's text, structure, or a known editorial construct (constructs.py).
`text.py` gives the reading for the fidelity proof and finds quotations.
"""

from .model import Block, Chapter, Directive, Emendation, Piece, Place, fingerprint
from .parse import PARAGRAPH_ID, parse_chapter, read_chapter
from .text import emphasis_runs, locate, normalize, reading_tokens, tokens

__all__ = ["PARAGRAPH_ID", "Block", "Chapter", "Directive", "Emendation", "Piece", "Place", "fingerprint", "read_chapter",
           "parse_chapter", "emphasis_runs", "locate", "normalize", "reading_tokens", "tokens"]
