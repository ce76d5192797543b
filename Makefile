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
# at the Beam version pinned in constraints.txt (about 3 minutes the first time).
BEAM_VERSION := 2.77.0
PRISM  := .cache/bin/prism
GO     ?= $(shell command -v go || echo /usr/local/go/bin/go)

.PHONY: run test lint clean help prism flink-jobserver airflow-test

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

# Beam's portable Flink job server for --runner flink (README "Flink"), checksum-verified.
FLINK_VERSION ?= 1.19
JOBSERVER     := beam-runners-flink-$(FLINK_VERSION)-job-server
JOBSERVER_JAR := .cache/flink/$(JOBSERVER)-$(BEAM_VERSION).jar

flink-jobserver: $(JOBSERVER_JAR)  ## fetch Beam's Flink job server jar into .cache/flink (Maven)

$(JOBSERVER_JAR):
	mkdir -p $(@D)
	mvn --batch-mode --quiet --strict-checksums dependency:copy \
	    -Dartifact=org.apache.beam:$(JOBSERVER):$(BEAM_VERSION):jar -DoutputDirectory=$(@D) \
	  || { echo "make flink-jobserver: Maven did not serve org.apache.beam:$(JOBSERVER):$(BEAM_VERSION)" \
	       "(offline, a mirror without it, or no such Flink/Beam pair: try FLINK_VERSION=1.18)." \
	       "Download it from https://repo1.maven.org/maven2/org/apache/beam/$(JOBSERVER)/$(BEAM_VERSION)/" \
	       "and check it against the .sha1 there, or start the job server container" \
	       "apache/beam_flink$(FLINK_VERSION)_job_server:$(BEAM_VERSION) instead." >&2; exit 1; }
	cd $(@D) && sha256sum $(@F) > $(@F).sha256

lint: $(TEST_STAMP)  ## ruff only
	$(BIN)/ruff check $(LINTED)

clean:  ## remove the virtualenv and the sample output
	rm -rf $(VENV) $(OUT)

airflow-test: $(RUN_NEEDS)  ## run both Airflow DAGs for real (Airflow 3 in .cache/airflow-venv)
	PYTHON=$(PYTHON) WIRESTREAM_BIN=$(CURDIR)/$(BIN) deploy/airflow/ci-test.sh
