"""A digital scholarly edition of five texts on Soviet foreign relations.

The package follows the path of the data:
source text (`sources`) -> cleaned lines (`clean`) -> notes split off (`footnotes`)
-> paragraphs (`paragraphs`) -> MyST chapter and change record (`render`, `changes`)
-> chapter model (`chapter`) -> check (`check`, `fidelity`) -> book (`sphinx_ext`).
The edition's version is read in one place: `catalogue.project_version`.
"""
