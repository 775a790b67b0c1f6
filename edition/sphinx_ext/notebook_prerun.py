"""Run the notebook chapters the execution cache does not hold ahead of their pages, side by
side, while Sphinx does its other work.

MyST-NB runs a notebook when it reads its page, one kernel after the other, and nothing else
happens meanwhile. Here the notebooks to be read that the cache (jupyter-cache, `execute:
cache: .cache/jupyter`) does not hold start at once, a kernel per core, in the background: as
soon as the builder is set up when every page will be read (a fresh environment), else when
Sphinx knows which pages it reads (`env-before-read-docs`). The other work of the build (the
citations formatted, the text pages read) goes on beside them; reading a notebook's page
(`source-read`) waits for its run and puts the outputs into the cache under the key MyST-NB
looks for (the page as MyST-NB reads it: after data_freshness's stamp), so that MyST-NB finds
them there. Before readers fork (Sphinx's `-j`) every run is waited for. A notebook that fails
here is left to MyST-NB, which runs it again and reports the failure as it always does. On one
core, or when there is nothing to run beside, nothing is done.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

from sphinx.util import logging

from .data_freshness import stamped_source

logger = logging.getLogger(__name__)


@dataclass
class Run:
    path: Path
    notebook: object
    read_fmt: dict | None
    result: Future


@dataclass
class Ahead:
    """The runs of one build, by docname, until their pages are read."""
    pool: ThreadPoolExecutor
    runs: dict[str, Run] = field(default_factory=dict)


def start_when_every_page_is_read(app) -> None:
    if app.fresh_env_used:
        _start(app, app.env, sorted(app.env.found_docs))


def start_with_pages_to_read(app, env, docnames: list[str]) -> None:
    if getattr(app, "_edition_notebooks_ahead", None) is None:
        _start(app, env, docnames)
    if app.parallel > 1:  # readers fork: the runs' threads would not be in them
        finish(app, env)


def _start(app, env, docnames: list[str]) -> None:
    app._edition_notebooks_ahead = False  # looked at once per build
    nb_config = getattr(env, "mystnb_config", None)
    if nb_config is None or nb_config.execution_mode != "cache" or (os.cpu_count() or 1) < 2:
        return
    from jupyter_cache import get_cache
    from myst_nb.core.read import create_nb_reader

    cache = get_cache(nb_config.execution_cache_path or ".jupyter_cache")
    pending = {}
    for docname in docnames:
        path = Path(env.doc2path(docname))
        if path.suffix != ".md" or not path.is_file():
            continue
        text, _, _ = stamped_source(Path(app.srcdir), path.read_text(encoding="utf-8"))
        reader = create_nb_reader(str(path), env.myst_config, nb_config, text)
        if reader is None:  # a page of text, not a notebook
            continue
        notebook = reader.read(text)
        try:
            cache.match_cache_notebook(notebook)
        except KeyError:
            pending[docname] = (path, notebook, reader.read_fmt)
    if not pending or (len(pending) == 1 and len(docnames) == 1):
        return  # nothing to run, or nothing to run beside it
    logger.info(f"running {len(pending)} notebooks side by side" if len(pending) > 1
                else "running 1 notebook ahead of its page")
    ahead = Ahead(ThreadPoolExecutor(min(len(pending), os.cpu_count() or 1), thread_name_prefix="notebook"))
    for docname, (path, notebook, read_fmt) in pending.items():
        ahead.runs[docname] = Run(path, notebook, read_fmt, ahead.pool.submit(_execute, path, notebook, nb_config))
    app._edition_notebooks_ahead = ahead


def wait_for_page(app, docname: str, _source) -> None:
    ahead = getattr(app, "_edition_notebooks_ahead", None)
    if ahead and docname in ahead.runs:
        _store(app.env, ahead.runs.pop(docname))


def finish(app, env, *_args) -> None:
    """Every run waited for and kept, and the threads gone (before forking; at the end of reading)."""
    ahead = getattr(app, "_edition_notebooks_ahead", None)
    if not ahead:
        return
    for docname in list(ahead.runs):
        _store(env, ahead.runs.pop(docname))
    ahead.pool.shutdown(wait=True)


def _store(env, run: Run) -> None:
    """The run's outputs into the cache, from the main thread (jupyter-cache's database)."""
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    try:
        result = run.result.result()
    except Exception as error:  # noqa: BLE001 - MyST-NB runs the notebook again and reports it
        logger.debug(f"running {run.path} ahead failed: {error}")
        return
    if result.err is not None:
        return
    cache = get_cache(env.mystnb_config.execution_cache_path or ".jupyter_cache")
    staged = cache.add_nb_to_project(str(run.path), read_data=run.read_fmt) if run.read_fmt \
        else cache.add_nb_to_project(str(run.path))
    cache.cache_notebook_bundle(CacheBundleIn(run.notebook, staged.uri, data={"execution_seconds": result.time}),
                                check_validity=False, overwrite=True)


def _execute(path: Path, notebook, nb_config):
    """As MyST-NB runs a notebook in its cache mode (myst_nb.core.execute.cache): in the page's
    folder or a temporary one, with its timeout and its leave to err."""
    from jupyter_cache.executors.utils import single_nb_execution

    with TemporaryDirectory() if nb_config.execution_in_temp else nullcontext(str(path.parent)) as cwd:
        return single_nb_execution(notebook, cwd=os.path.abspath(cwd), allow_errors=nb_config.execution_allow_errors,
                                   timeout=nb_config.execution_timeout, meta_override=True)


# builder-inited after MyST-NB's own handler (500), which makes env.mystnb_config, and before
# the citations are formatted (citing, bibliography: 510), so that the kernels run beside them.
EVENTS = [("builder-inited", start_when_every_page_is_read, 505),
          ("env-before-read-docs", start_with_pages_to_read, 500),
          ("source-read", wait_for_page, 400),
          ("env-updated", finish, 500)]


def setup(app):
    """Also a Sphinx extension of its own, for any book of MyST notebooks."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
