# Crosstally: `make help` lists every target.
# The two commands a new user needs are `make all` (regenerate everything) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LAB_VENV := .venv-lab
LAB_STAMP := $(LAB_VENV)/.installed
PARAMS ?=

.DEFAULT_GOAL := help
.PHONY: help all venv validate ledger run test test-fast lab lab-venv browser bench clean-derived

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name crosstally --display-name "Python (crosstally)" >/dev/null
	@touch $(STAMP)

venv: $(STAMP) ## Create or refresh the local virtual environment (.venv)

EXAMPLES := examples/mariupol-2022

all: $(STAMP) ## Regenerate everything: ledger, tables, figures, briefing (this case and examples/)
	$(BIN)/crosstally all $(PARAMS)
	@for case in $(EXAMPLES); do \
		$(BIN)/crosstally --case $$case upgrade && $(BIN)/crosstally --case $$case all || exit 1; \
	done

validate: $(STAMP) ## Check the raw inputs; print FILE:ROW:COLUMN errors
	$(BIN)/crosstally validate

ledger: $(STAMP) ## Validate raw inputs and write the processed ledger
	$(BIN)/crosstally build

run: $(STAMP) ## Execute the notebooks with papermill (PARAMS="--params params/x.yaml")
	$(BIN)/crosstally run $(PARAMS)

test: $(STAMP) $(LAB_STAMP) browser ## Run the test suite (rebuilds outputs, checks the committed ones; drives Lab in chromium)
	$(BIN)/python -m pytest

test-fast: $(STAMP) ## Run the tests that do not execute notebooks (nor start a browser)
	$(BIN)/python -m pytest -m "not slow"

# JupyterLab lives in its own .venv-lab: installed beside papermill it slows every notebook
# run by about a second. The project's kernel ("Python (crosstally)", in .venv) is found
# through JUPYTER_PATH. jupyter/jupyter_server_config.py stores notebooks canonical on
# every save, offers that kernel only, and creates new notebooks in scratch/ (git-ignored).
# LAB_ARGS passes options, e.g. LAB_ARGS="--no-browser --port 8899".
LAB_ARGS ?=
$(LAB_STAMP): requirements.lock
	@test -x $(LAB_VENV)/bin/python || $(PYTHON) -m venv $(LAB_VENV)
	$(LAB_VENV)/bin/python -m pip install --quiet -c requirements.lock 'jupyterlab==4.6.6'
	@touch $(LAB_STAMP)

lab-venv: $(LAB_STAMP) ## Create or refresh JupyterLab's own environment (.venv-lab)

lab: $(STAMP) $(LAB_STAMP) ## Start JupyterLab (own venv): project root, project kernel, canonical saves
	JUPYTER_PATH=$(CURDIR)/$(VENV)/share/jupyter $(LAB_VENV)/bin/jupyter lab \
		--config=$(CURDIR)/jupyter/jupyter_server_config.py \
		$$(test "$$(id -u)" = 0 && echo --allow-root) $(LAB_ARGS)

# The browser test drives JupyterLab with Playwright (pinned in .venv) and Debian's
# chromium: Playwright's own browser download is not used. Needs root (CI runs as root).
CHROMIUM := /usr/bin/chromium
browser: ## Install Debian's chromium for the browser test (apt-get; needs root)
	@test -x $(CHROMIUM) || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)

bench: $(STAMP) ## Run the benchmarks and print their figures
	$(BIN)/python benchmarks/run_all.py

clean-derived: ## Delete everything derived (processed data, figures, briefing, build/)
	rm -rf data/processed/* figures/* briefing/* build/
