# The only commands a newcomer needs: `make book` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
# Pins live in one place: constraints.txt (every package, exact version).
PIP    := $(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: book test serve lab bench import fidelity data clean help

help:
	@echo "make book      install pinned dependencies into .venv and build the HTML book"
	@echo "make test      install test dependencies (and Debian's Chromium) and run all tests"
	@echo "make serve     serve _build/html on http://127.0.0.1:8000"
	@echo "make lab       open the chapters as notebooks in JupyterLab"
	@echo "make import    re-import data/sources/*.txt (never overwrites edited chapters)"
	@echo "make fidelity  check that every chapter holds every word of its source"
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

book: $(VENV)/.book-deps node_modules/.installed
	$(BIN)/jupyter-book build . -W -n --keep-going
	@echo "Built. Open _build/html/index.html in a browser, or run: make serve"

test: $(VENV)/.test-deps book
	scripts/ensure-chromium.sh
	$(BIN)/python -m pytest

serve: book
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html 8000

lab: $(VENV)/.book-deps
	$(PIP) -e ".[lab]"
	$(BIN)/jupyter lab --allow-root --ServerApp.ip=127.0.0.1 --LabApp.app_settings_dir=$(CURDIR)/lab \
		--LabApp.default_url=/lab/tree/book

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
