# Two commands on a fresh machine:  make run  |  make test
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out
LINTED := pipeline transforms tests $(wildcard bench) $(wildcard deploy)
# Beam's local streaming runner. The Beam wheel does not ship it; built from the Go module proxy
# at the Beam version CI tested, read from constraints.txt (pyproject allows any Beam 2.x from
# 2.77 on), about 3 minutes the first time.
BEAM_VERSION := $(shell sed -n 's/^apache-beam==//p' constraints.txt)
PRISM  := .cache/bin/prism
GO     ?= $(shell command -v go || echo /usr/local/go/bin/go)

.PHONY: run test lint clean help prism flink-jobserver airflow-test

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

lint: $(STAMP)  ## ruff only
	$(BIN)/ruff check $(LINTED)

clean:  ## remove the virtualenv and the sample output
	rm -rf $(VENV) $(OUT)

airflow-test: $(STAMP)  ## run both Airflow DAGs for real (Airflow 3 in .cache/airflow-venv)
	PYTHON=$(PYTHON) WIRESTREAM_BIN=$(CURDIR)/$(BIN) deploy/airflow/ci-test.sh
