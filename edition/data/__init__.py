"""The edition's data: tables of dates and figures the five texts state, each row tied to its passage.

One module a step: `passages` reads a chapter's numbered paragraphs and notes as plain text,
`locate` fills each row's paragraph id from its quote, `schema` knows the data package,
`validate` checks every file against it (all problems at once, with file, line and column),
and `book` / `charts` / `svg` / `tables` / `load` are the book's side of the notebooks, which read
the tables themselves with pandas.
Command line: `python -m edition.data check|locate`.
"""
