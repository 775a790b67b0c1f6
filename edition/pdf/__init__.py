"""The printed book (`make pdf`): the single-page build laid out as a book (assemble.py,
print.css) and typeset by WeasyPrint, a CSS Paged Media engine (render.py)."""
