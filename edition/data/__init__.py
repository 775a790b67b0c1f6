"""The edition's data: tables of dates and figures the five texts state, each row tied to its passage.

One module a step: `passages` reads a chapter's numbered paragraphs and notes as plain text,
`locate` fills each row's paragraph id from its quote, `schema` knows the data package,
`validate` checks every file against it (all problems at once, with file, line and column),
`load` gives the notebooks validated DataFrames, and `charts` / `svg` / `tables` draw them.
Command line: `python -m edition.data check|locate`.
"""
