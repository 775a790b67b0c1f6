# The only commands a newcomer needs: `make book` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
# Pins live in one place: constraints.txt (every package, exact version).
PIP    := $(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: book prepare check pdf epub site test test-fast serve lab bench import fidelity data clean help

help:
	@echo "make book      install pinned dependencies into .venv and build the HTML book"
	@echo "make pdf       typeset the whole book as _build/html/downloads/edition.pdf (WeasyPrint)"
	@echo "make epub      build the book as an EPUB: _build/html/downloads/edition.epub"
	@echo "make site      the published site in _build/site: in full only the texts whose rights allow it"
	@echo "make test      install test dependencies (Chromium, poppler-utils, epubcheck), build all, run all tests"
	@echo "make test-fast the unit layer only: no build, no browser"
	@echo "make serve     serve _build/html on http://127.0.0.1:8000"
	@echo "make lab       open the chapters (book/) as notebooks in JupyterLab, MyST rendered"
	@echo "make check     check every input (sources, chapters, apparatus, data): file:line messages"
	@echo "make import    import the sources that have no chapter yet (never overwrites a chapter)"
	@echo "make fidelity  check that every chapter holds every word and mark of its source"
	@echo "make data      fill the data tables' paragraph ids from their quotes, and check the tables"
	@echo "make bench     print build, import and scale figures"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==24.3.1"

$(VENV)/.book-deps: constraints.txt pyproject.toml | $(BIN)/python
	$(PIP) -e .
	@touch $@

# citeproc-js (the CSL processor) from the npm registry, pinned by package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(VENV)/.test-deps: $(VENV)/.book-deps
	$(PIP) -e ".[test,lab]"
	@touch $@

# Before Sphinx: write the derived files the build reads, then check every input; a problem
# stops here, as file:line messages, and _build/html is not touched.
prepare: $(VENV)/.book-deps
	$(BIN)/python -m edition check --derive

check: $(VENV)/.book-deps
	$(BIN)/python -m edition check

# `make prepare`, then `jupyter-book build`, with the build's start-up (its imports) beside the
# check (edition/build.py): a problem still stops the build before it makes anything.
book: $(VENV)/.book-deps node_modules/.installed
	$(BIN)/python -m edition.build . -W -n --keep-going
	@echo "Built. Open _build/html/index.html in a browser, or run: make serve"

# The PDF: the single-page build, laid out as a book and typeset by WeasyPrint (CSS Paged
# Media: running heads, page numbers in the contents, recto starts), with Debian's Pango and
# typefaces (scripts/ensure-print.sh). Separate from `make book`, which never needs it.
# Run it after `make book` (both share _build/.doctrees; no `make -j`).
pdf: $(VENV)/.book-deps node_modules/.installed
	scripts/ensure-print.sh
	$(BIN)/python -m edition.build . --builder singlehtml -W -n --keep-going
	$(BIN)/python -m edition.pdf _build/singlehtml _build/html/downloads/edition.pdf

# The EPUB: Sphinx's epub builder, warnings as errors like the HTML book. It packs every file
# of its folder, so it starts from an empty one (the last build's downloads would be packed).
epub: $(VENV)/.book-deps node_modules/.installed
	$(BIN)/python -m edition.build --fresh _build/epub . --builder custom --custom-builder epub -W -n --keep-going
	mkdir -p _build/html/downloads
	cp _build/epub/edition.epub _build/html/downloads/edition.epub
	@echo "Wrote _build/html/downloads/edition.epub"

# The published site: the book as built for study, with only the texts whose rights allow it
# in full (data/rights.yml, each text's metadata); run after make book (and make pdf/epub).
site: book
	$(BIN)/python -m edition.site _build/html _build/site

# The test layers are folders (tests/conftest.py), run by pytest-xdist on every core; `make test`
# keeps a test file on one worker, with its shared fixtures (a browser, a published build).
test: $(VENV)/.test-deps book pdf epub
	scripts/ensure-chromium.sh
	scripts/ensure-poppler.sh
	scripts/ensure-epubcheck.sh
	$(BIN)/python -m pytest -n auto --dist loadfile

# The unit layer: no build, no kernel, no browser (so no Playwright plugin to import in each
# process). A file on one worker, as in `make test`: its module fixtures (a project copy, figures
# drawn once) are made once, not once per worker.
test-fast: $(VENV)/.test-deps
	$(BIN)/python -m pytest tests/unit -q -n auto --dist loadfile -p no:playwright

# The tests keep Python's bytecode (__pycache__/, ignored by git): where the environment turns it
# off, every worker and every command a test starts would compile the edition's modules again.
test test-fast: export PYTHONDONTWRITEBYTECODE :=

serve: book
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html 8000

lab: $(VENV)/.book-deps
	$(PIP) -e ".[lab]"
	$(BIN)/jupyter lab --allow-root --ServerApp.ip=127.0.0.1 --LabApp.app_settings_dir=$(CURDIR)/lab \
		--ServerApp.root_dir=$(CURDIR)/book

import: $(VENV)/.book-deps
	$(BIN)/python -m edition import

fidelity: $(VENV)/.book-deps
	$(BIN)/python -m edition fidelity

data: $(VENV)/.book-deps
	$(BIN)/python -m edition.data locate
	$(BIN)/python -m edition.data check

bench: $(VENV)/.test-deps
	$(BIN)/python -m edition.bench

clean:
	rm -rf _build
