"""Run the notebook chapters the execution cache does not hold side by side, before Sphinx reads
the pages (`env-before-read-docs`).

MyST-NB runs a notebook when it reads its page, one kernel after the other. Here the notebooks
to be read that the cache (jupyter-cache, `execute: cache: .cache/jupyter`) does not hold run at
once, a kernel per core, and their outputs go into the same cache under the key MyST-NB will
look for (the page as MyST-NB reads it: after data_freshness's stamp), so that reading the
page finds them there. A notebook that fails here is left to MyST-NB, which runs it again and
reports the failure as it always does. With one notebook to run, or one core, nothing is done.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path
from tempfile import TemporaryDirectory

from sphinx.util import logging

from .data_freshness import stamped_source

logger = logging.getLogger(__name__)


def run_ahead(app, env, docnames: list[str]) -> None:
    nb_config = getattr(env, "mystnb_config", None)
    if nb_config is None or nb_config.execution_mode != "cache" or (os.cpu_count() or 1) < 2:
        return
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn
    from myst_nb.core.read import create_nb_reader

    cache = get_cache(nb_config.execution_cache_path or ".jupyter_cache")
    pending = []
    for docname in docnames:
        path = Path(env.doc2path(docname))
        if path.suffix != ".md":
            continue
        text, _, _ = stamped_source(Path(app.srcdir), path.read_text(encoding="utf-8"))
        reader = create_nb_reader(str(path), env.myst_config, nb_config, text)
        if reader is None:  # a page of text, not a notebook
            continue
        notebook = reader.read(text)
        try:
            cache.match_cache_notebook(notebook)
        except KeyError:
            pending.append((path, notebook, reader.read_fmt))
    if len(pending) < 2:
        return
    logger.info(f"running {len(pending)} notebooks side by side")
    with ThreadPoolExecutor(min(len(pending), os.cpu_count() or 1)) as pool:
        results = list(pool.map(lambda job: _execute(job[0], job[1], nb_config), pending))
    for (path, notebook, read_fmt), result in zip(pending, results):
        if result.err is None:
            staged = cache.add_nb_to_project(str(path), read_data=read_fmt) if read_fmt \
                else cache.add_nb_to_project(str(path))
            cache.cache_notebook_bundle(CacheBundleIn(notebook, staged.uri,
                                                      data={"execution_seconds": result.time}),
                                        check_validity=False, overwrite=True)


def _execute(path: Path, notebook, nb_config):
    """As MyST-NB runs a notebook in its cache mode (myst_nb.core.execute.cache): in the page's
    folder or a temporary one, with its timeout and its leave to err."""
    from jupyter_cache.executors.utils import single_nb_execution

    with TemporaryDirectory() if nb_config.execution_in_temp else nullcontext(str(path.parent)) as cwd:
        return single_nb_execution(notebook, cwd=os.path.abspath(cwd), allow_errors=nb_config.execution_allow_errors,
                                   timeout=nb_config.execution_timeout, meta_override=True)


EVENTS = [("env-before-read-docs", run_ahead, 500)]


def setup(app):
    """Also a Sphinx extension of its own, for any book of MyST notebooks."""
    for event, handler, priority in EVENTS:
        app.connect(event, handler, priority=priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
