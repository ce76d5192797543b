# Two commands on a fresh machine:  make run  |  make test
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out
LINTED := pipeline transforms tests $(wildcard bench)

.PHONY: run test lint clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,bench]'
	touch $(STAMP)

run: $(STAMP)  ## run the pipeline on the bundled samples into ./out
	$(BIN)/wirestream run --config configs/local.yaml --set run.output=$(OUT)

test: $(STAMP)  ## lint, then the whole test suite (needs ../shared for the corpus tests)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/python -m pytest -q

lint: $(STAMP)  ## ruff only
	$(BIN)/ruff check $(LINTED)

clean:  ## remove the virtualenv and the sample output
	rm -rf $(VENV) $(OUT)
