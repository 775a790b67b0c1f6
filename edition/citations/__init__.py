"""Footnotes -> citations -> works -> bibliography.

`notes` reads the footnotes of a chapter; `segment` cuts a note into citation-sized
pieces; `parse` recognises each piece (full reference, short title, Ibid, Op. cit.,
hereafter, archive, interview ...); `resolve` links back-references to the works they
point to and merges duplicates; `keys`, `bibtex`, `csl` write the results.
"""
