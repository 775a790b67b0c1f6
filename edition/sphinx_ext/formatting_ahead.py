"""The citations formatted beside Sphinx's reading, in a thread of their own.

citeproc-js formats in a process of its own (citations/csl.py), so while it works the build's
thread can read the pages and the notebooks' kernels can run (notebook_prerun). The three
formattings (the bibliography rebuilt from the footnotes, the chapters' citation records, the
editorial sources) start when the builder is set up, one after the other (the processor serves
one request at a time); a page that asks for one before it is done waits for it
(state.FORMATTING), and each is made once. Before Sphinx's -j forks its readers they are waited
for: a forked reader holds no thread, and would hold the lock.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .citing import edition_of
from .state import bibliography, citing_records, editorial_sources_formatted


def start(app) -> None:
    root, edition = Path(app.srcdir), edition_of(app)

    def format_all():  # in the order the build asks: the notes link to the bibliography as pages are read
        bibliography(root)
        citing_records(root, edition)
        editorial_sources_formatted(root)

    pool = ThreadPoolExecutor(1, thread_name_prefix="formatting")
    app._edition_formatting = pool.submit(format_all)
    pool.shutdown(wait=False)  # the thread ends with its one job


def wait_before_readers_fork(app, _env, _docnames) -> None:
    if app.parallel > 1:
        wait(app)


def wait(app, *_args) -> None:
    """Done, and its error (if any) raised here; a page that asked again has reported it already."""
    job = getattr(app, "_edition_formatting", None)
    if job is not None:
        app._edition_formatting = None
        job.result()


# builder-inited after notebook_prerun has started the kernels (505), so that both run beside each other.
EVENTS = [("builder-inited", start, 510),
          ("env-before-read-docs", wait_before_readers_fork, 500),
          ("env-updated", wait, 500)]
