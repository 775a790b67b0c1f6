"""A digital scholarly edition of five texts on Soviet foreign relations.

The package follows the path of the data:
source text (`sources`) -> cleaned lines (`clean`) -> notes split off (`footnotes`)
-> paragraphs (`paragraphs`) -> MyST chapter and change record (`render`, `changes`)
-> chapter model (`chapter`) -> check (`check`, `fidelity`) -> book (`sphinx_ext`).
The edition's version is read in one place: `catalogue.project_version`.
"""

import sys

# jsonschema (Frictionless and nbformat validate with it) imports rfc3987_syntax when it is
# installed (JupyterLab's jupyter-events brings it): that import builds 38 parsers, 1.8 s of
# CPU, for the "iri" format, which no schema the edition reads uses. Without it jsonschema
# skips that one format. Set before any of the edition's modules imports jsonschema.
sys.modules.setdefault("rfc3987_syntax", None)
