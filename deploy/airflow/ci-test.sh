#!/usr/bin/env bash
# Runs both DAGs for real under Airflow 3 (`airflow dags test`, which exits non-zero when a task
# fails; `airflow tasks test` does not), against a feed served on a free loopback port:
#   1. wirestream_poll: writes the feed's stories;
#   2. wirestream_poll again: writes nothing, and its run record says why (the feed not due);
#   3. wirestream_compact: merges the closed partitions.
# Airflow lives in its own venv (.cache/airflow-venv, pinned by constraints-airflow.txt, reused
# when present); the DAG runs the project through the project venv's bin (WIRESTREAM_BIN,
# default ./.venv/bin). Usage: deploy/airflow/ci-test.sh   (from anywhere; ~1-2 minutes)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/deploy/airflow"
PYTHON="${PYTHON:-python3.11}"
AVENV="${AIRFLOW_VENV:-$ROOT/.cache/airflow-venv}"
WBIN="${WIRESTREAM_BIN:-$ROOT/.venv/bin}"
test -x "$WBIN/wirestream" || { echo "ci-test: no $WBIN/wirestream (make test installs it)" >&2; exit 2; }

# The Airflow venv, installed once per constraints file.
STAMP="$AVENV/.installed-$(sha256sum "$HERE/constraints-airflow.txt" | cut -c1-12)"
if [ ! -f "$STAMP" ]; then
  test -x "$AVENV/bin/python" || "$PYTHON" -m venv "$AVENV"
  "$AVENV/bin/pip" install --quiet --disable-pip-version-check \
    -c "$HERE/constraints-airflow.txt" apache-airflow apache-airflow-providers-standard
  touch "$STAMP"
fi

WORK="$(mktemp -d)"
HTTP_PID=""
cleanup() { [ -n "$HTTP_PID" ] && kill "$HTTP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# A small RSS feed (stories dated three and four days ago, so compaction has closed partitions)
# served by python -m http.server on 127.0.0.1, on a port the kernel picks.
mkdir -p "$WORK/feed" "$WORK/dags" "$WORK/airflow"
"$WBIN/python" - "$WORK/feed/wire.xml" "$WORK/extra.xml" <<'EOF'
import datetime as dt, sys
from email.utils import format_datetime
now = dt.datetime.now(dt.UTC).replace(hour=9, minute=0, second=0, microsecond=0)
items = []
for i, (days, title, body) in enumerate([
    (3, "Port of Rotterdam opens new container terminal",
     "ROTTERDAM (CI Wire) - The Port of Rotterdam opened a new container terminal on the "
     "Maasvlakte on Monday, adding capacity for two million containers a year, the port "
     "authority said. The terminal is run by Maasvlakte Terminals and is fully electric."),
    (3, "Rail freight operator adds night service to Milan",
     "BASEL (CI Wire) - Swiss rail freight operator Alpentrans will add a night service between "
     "Basel and Milan from January, the company said, citing demand from chemical makers "
     "along the Rhine who want to move more goods off the road."),
    (4, "Airline orders twelve regional jets",
     "DUBLIN (CI Wire) - Irish regional airline Shannonair has ordered twelve regional jets "
     "from Embraer in a deal worth about 800 million dollars at list prices, the airline said, "
     "to replace its ageing turboprop fleet by 2029."),
    (3, "Ferry line cancels winter crossings after storm damage",
     "OSLO (CI Wire) - Norwegian ferry line Fjordlink cancelled its winter crossings between "
     "Oslo and Kiel after a storm damaged the bow door of its only vessel, the company said, "
     "and offered passengers refunds or places on rival sailings."),
]):
    when = format_datetime(now - dt.timedelta(days=days))
    items.append(f"<item><title>{title}</title><link>https://ci.example/{i}</link>"
                 f"<guid isPermaLink=\"false\">ci-{i}</guid><pubDate>{when}</pubDate>"
                 f"<description>{body}</description></item>")
def feed(path, items):
    open(path, "w").write(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>CI Wire</title>'
        "<link>https://ci.example/</link><description>test feed</description>"
        + "".join(items) + "</channel></rss>")
feed(sys.argv[1], items[:3])
feed(sys.argv[2], items[3:])
EOF
(cd "$WORK/feed" && exec "$WBIN/python" -m http.server 0 --bind 127.0.0.1) >"$WORK/http.log" 2>&1 &
HTTP_PID=$!
PORT=""
for _ in $(seq 50); do
  PORT="$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$WORK/http.log" | head -1)"
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || { echo "ci-test: the feed server did not start" >&2; cat "$WORK/http.log" >&2; exit 1; }
cat >"$WORK/config.yaml" <<EOF
inputs:
  - location: http://127.0.0.1:$PORT/wire.xml
    source: ci-wire
run:
  output: $WORK/out
EOF

cp "$HERE/wirestream_dag.py" "$WORK/dags/"
export AIRFLOW_HOME="$WORK/airflow" AIRFLOW__CORE__DAGS_FOLDER="$WORK/dags" \
  AIRFLOW__CORE__LOAD_EXAMPLES=False AIRFLOW__CORE__UNIT_TEST_MODE=False \
  WIRESTREAM_AIRFLOW_RETRIES=0 \
  AIRFLOW_VAR_WIRESTREAM_BIN="$WBIN" AIRFLOW_VAR_WIRESTREAM_CONFIG="$WORK/config.yaml" \
  AIRFLOW_VAR_WIRESTREAM_OUTPUT="$WORK/out"
AF="$AVENV/bin/airflow"
"$AF" db migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; exit 1; }
# Both DAGs import (no import errors), with no Variable set for the DAG processor either.
echo "== both DAGs parse with no Variable set"
env -u AIRFLOW_VAR_WIRESTREAM_BIN -u AIRFLOW_VAR_WIRESTREAM_CONFIG -u AIRFLOW_VAR_WIRESTREAM_OUTPUT \
  "$AF" dags list --local -o plain >"$WORK/parse.log" 2>&1 || { cat "$WORK/parse.log" >&2; exit 1; }
for dag in wirestream_poll wirestream_compact; do
  grep -q "^$dag " "$WORK/parse.log" || { cat "$WORK/parse.log" >&2; echo "ci-test: $dag did not parse" >&2; exit 1; }
done
grep -E "^wirestream_" "$WORK/parse.log" | cut -c1-60

dags_test() {  # dag_id: airflow dags test, its log kept for a failure
  echo "== airflow dags test $1"
  if ! "$AF" dags test "$1" >"$WORK/$1.log" 2>&1; then
    tail -60 "$WORK/$1.log" >&2; echo "ci-test: airflow dags test $1 failed" >&2; exit 1
  fi
  sed -nE -e 's/.*\[info *\] +(wirestream run .* finished in [0-9.]+s|stories read +[0-9]+|articles written +[0-9]+|wirestream compact: [^[]*[^ []).*/   \1/p' \
    -e 's/.*DagRun Finished: (dag_id=[a-z_]+).*(state=[a-z]+).*/   \1 \2/p' "$WORK/$1.log"
}
dags_test wirestream_poll
sleep 1  # a distinct run id
dags_test wirestream_poll
# One more story for a day that already has a file, written outside Airflow, so that
# compaction has a closed partition of two files to merge.
"$WBIN/wirestream" run --input "$WORK/extra.xml" --format rss --source ci-wire \
  --output "$WORK/out" --progress-interval 0 >"$WORK/extra.log" 2>&1 \
  || { cat "$WORK/extra.log" >&2; exit 1; }
dags_test wirestream_compact

# And a failing task fails `airflow dags test` (so CI would notice): no wirestream in the bin.
echo "== airflow dags test wirestream_compact, wirestream_bin pointing nowhere (must fail)"
if AIRFLOW_VAR_WIRESTREAM_BIN="$WORK/nowhere" "$AF" dags test wirestream_compact \
     >"$WORK/failing.log" 2>&1; then
  echo "ci-test: airflow dags test exited 0 although its task failed" >&2; exit 1
fi
grep -q "set the Airflow Variable wirestream_bin" "$WORK/failing.log" \
  || { tail -40 "$WORK/failing.log" >&2; exit 1; }
echo "   failed as it should: $(grep -o "no wirestream in $WORK/nowhere[^[]*" "$WORK/failing.log" | head -1)"

# The output: four stories in DuckDB; two poll run records (the second wrote nothing because
# the feed was not due yet); one file per articles partition after compaction, whose journal
# says it merged the two-file one.
"$WBIN/python" - "$WORK/out" <<'EOF'
import glob, json, os, sys
import duckdb
out = sys.argv[1]
n = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}/articles/**/*.parquet', "
                             "hive_partitioning=true)").fetchall()[0][0]
assert n == 4, f"articles: {n} rows, expected 4"
records = [json.load(open(p)) for p in sorted(glob.glob(f"{out}/_runs/run*.json"))]
runs = [r for r in records if r["mode"] == "once"]
assert len(runs) == 2, f"{len(runs)} --once run records, expected 2"
first, second = runs
assert first["counts"]["articles_new"] == 3, first["counts"]
assert second["counts"]["stories_in"] == 0 and second["counts"]["files_written"] == 0, second
assert second["counters"].get("poll.skipped_not_due") == 1, second["counters"]
assert second["poll_cycle"]["fetched"] == 0, second["poll_cycle"]
parts = {}
for f in glob.glob(f"{out}/articles/**/*.parquet", recursive=True):
    parts.setdefault(os.path.dirname(f), []).append(f)
assert len(parts) == 2 and all(len(v) == 1 for v in parts.values()), parts
def files_in(node):  # every "files_in" of a commit journal, wherever it nests them
    if isinstance(node, dict):
        yield from ([node["files_in"]] if "files_in" in node else [])
        for value in node.values():
            yield from files_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from files_in(value)
journals = [json.load(open(p)) for p in glob.glob(f"{out}/_runs/commits/done/*.json")]
assert 2 in [n for j in journals for n in files_in(j)], journals
print(f"ci-test: OK  articles {n} in {len(parts)} partitions (1 file each after compact); "
      f"run 1 wrote {first['counts']['articles_new']} articles; run 2 wrote 0: "
      f"poll.skipped_not_due={second['counters']['poll.skipped_not_due']}")
EOF
