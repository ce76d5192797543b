# Two commands on a fresh machine:  make run  |  make test
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
# What each target installs: running needs the core and the tools extra (the run prints a
# `wirestream query` hint); the test and bench extras only come with `make test`.
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
SOURCES    := $(shell find pipeline transforms -name '*.py' -o -name '*.yaml')
# A development venv (make test: editable, with the test and bench extras) serves make run as
# it is; otherwise make run installs only what running needs.
RUN_NEEDS  := $(if $(wildcard $(TEST_STAMP)),$(TEST_STAMP),$(RUN_STAMP))
OUT    ?= out
LINTED := pipeline transforms tests $(wildcard bench) $(wildcard deploy)
# Beam's local streaming runner. The Beam wheel does not ship it; built from the Go module proxy
# at the Beam version CI tested, read from constraints.txt (pyproject allows any Beam 2.x from
# 2.77 on), about 3 minutes the first time.
BEAM_VERSION := $(shell sed -n 's/^apache-beam==//p' constraints.txt)
PRISM  := .cache/bin/prism
GO     ?= $(shell command -v go || echo /usr/local/go/bin/go)

.PHONY: run test lint clean help prism flink-jobserver flink flink-down flink-test airflow-test

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installed, not editable: setuptools prints a banner for every editable install. So the
# installed copy is renewed when the code changes.
$(RUN_STAMP): pyproject.toml constraints.txt $(SOURCES) | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt '.[tools]'
	touch $@

$(TEST_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[tools,test,bench]'
	touch $@

run: $(RUN_NEEDS)  ## run the pipeline on the bundled samples into ./out
	$(BIN)/wirestream run --config configs/local.yaml --set run.output=$(OUT)

test: $(TEST_STAMP)  ## lint, then the whole test suite (needs ../shared for the corpus tests)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/python -m pytest -q

prism: $(PRISM)  ## build Beam's Prism runner into .cache/bin (needs Go; --runner prism uses it)

$(PRISM):
	GOBIN=$(CURDIR)/.cache/bin $(GO) install github.com/apache/beam/sdks/v2/go/cmd/prism@v$(BEAM_VERSION)

# A local Flink 1.19 session cluster for --runner flink (README "Flink"): deploy/flink/cluster.py
# fetches the job server's jars from Maven Central (checksum-verified, sha256 recorded), starts
# a JobManager, two TaskManagers and a Beam job server on localhost, and records their pids.
FLINK_CLUSTER := deploy/flink/cluster.py

flink-jobserver: $(TEST_STAMP)  ## fetch Beam's Flink job server jars into .cache/flink (Maven, ~150 MB)
	$(BIN)/python $(FLINK_CLUSTER) fetch

flink: $(TEST_STAMP)  ## start the local Flink cluster + job server; prints the run options
	$(BIN)/python $(FLINK_CLUSTER) up

flink-down:  ## stop the local Flink cluster (by pid) and remove its temporary files
	$(PYTHON) $(FLINK_CLUSTER) down

flink-test: $(TEST_STAMP)  ## the Flink equivalence tests (start and stop their own cluster)
	$(BIN)/python -m pytest -q -m flink tests/pipeline/test_flink.py

lint: $(TEST_STAMP)  ## ruff only
	$(BIN)/ruff check $(LINTED)

clean:  ## remove the virtualenv and the sample output
	rm -rf $(VENV) $(OUT)

airflow-test: $(RUN_NEEDS)  ## run both Airflow DAGs for real (Airflow 3 in .cache/airflow-venv)
	PYTHON=$(PYTHON) WIRESTREAM_BIN=$(CURDIR)/$(BIN) deploy/airflow/ci-test.sh
