"""A digital scholarly edition of five texts on Soviet foreign relations.

The package follows the path of the data:
source text (`sources`) -> cleaned lines (`clean`) -> notes split off (`footnotes`)
-> paragraphs (`paragraphs`) -> MyST chapter and change record (`render`, `changes`)
-> chapter model (`chapter`) -> check (`check`, `fidelity`) -> book (`sphinx_ext`).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("soviet-foreign-relations-edition")
except PackageNotFoundError:  # running from a checkout that was not installed
    __version__ = "0+unknown"
