"""``wirestream``: run the pipeline, validate a config, query and report on the output, feeds."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import re
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from pipeline import __version__
from pipeline.config import BEAM_RUNNERS, Config, ConfigError, load_config, to_plain
from pipeline.logs import log_warnings_to_stderr

if TYPE_CHECKING:
    from pipeline.graph import Mode
    from pipeline.storage import DateRange

TTY_INTERVAL_S = 0.5  # a status line is cheap to redraw
LOG_INTERVAL_S = 30.0  # log files and CI output should not drown in progress lines

EPILOG = """\
examples:
  wirestream run --config configs/local.yaml
  wirestream run --config configs/local.yaml --set run.workers=2 --set entities.enabled=false
  wirestream run --input 'feeds/*.xml' --input stories.jsonl --output out
  wirestream run --config configs/local.yaml --runner flink -- --flink_master=localhost:8081 \\
      --environment_type=PROCESS \\
      --environment_config='{"command":"/venv/bin/wirestream-flink-worker"}'
  wirestream run --config configs/local.yaml --streaming --runner prism --stop-after 10m
  wirestream run --config configs/local.yaml --once            # from cron or Airflow
  wirestream run --config configs/local.yaml --every 5m        # the same, in a loop
  wirestream validate-config configs/local.yaml
  wirestream query --output out "SELECT source, count(*) FROM articles GROUP BY ALL"
  wirestream query --output out                      # interactive SQL prompt
  wirestream report --output out --to report --run latest
  wirestream feeds import subscriptions.opml --config configs/local.yaml
  wirestream feeds check --config configs/local.yaml

Beam pipeline options go after '--' and win over wirestream's own flags, except
the runner and its worker count: those are --runner and --workers (run.runner,
run.workers) only.
Exit codes: 0 done, 2 invalid config or arguments, or a run that cannot work
(output not a writable directory, input missing, model not installed, state
unreadable: all named before anything runs), 3 reject ratio exceeded or
every story read rejected, 4 another --once/--every run holds the output's lock,
130 stopped by Ctrl-C.
"""

RUNNER_HELP = """where to run: direct (Beam's FnApiRunner, in this process or --workers
processes; never downloads anything), prism (the binary `make prism` builds, or
--prism_location after --), flink, dataflow, spark (portable runners; pass their options after
--). Default: run.runner from the config, else direct"""

EXIT_LOCKED = 4  # another scheduled run holds the output's lock (others: pipeline.runrecord)
STREAMING_RUNNERS = ("prism", "flink", "dataflow")
# Where `make prism` puts the binary (an editable install runs from the source tree).
PRISM_BINARY = Path(__file__).resolve().parents[1] / ".cache" / "bin" / "prism"
# Where `make flink-jobserver` puts the job server's manifest-only jar (deploy/flink/cluster.py).
FLINK_JOB_SERVER_JAR = (Path(__file__).resolve().parents[1] / ".cache" / "flink"
                        / "beam-runners-flink-1.19-job-server-2.62.0.jar")
_DURATION_RE = re.compile(r"^(\d+(?:\.\d+)?)(s|m|h|d)?$")
_DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds from ``90``, ``90s``, ``5m``, ``1.5h`` or ``1d``."""
    match = _DURATION_RE.match(text.strip())
    if not match or float(match[1]) <= 0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a duration like 30s, 5m, 1.5h or 1d (a positive number)")
    return float(match[1]) * _DURATION_UNITS[match[2] or "s"]


class PrismNotFound(RuntimeError):
    """--runner prism without a binary."""


def prism_args(extra: Sequence[str], binary: Path = PRISM_BINARY) -> list[str]:
    """``--prism_location`` for the binary ``make prism`` built, unless one was given.

    Beam would otherwise try to download Prism from GitHub (and hang on a closed network).
    """
    if any(a.startswith("--prism_location") for a in extra):
        return []
    if not binary.is_file():
        raise PrismNotFound(f"the Prism runner binary is missing ({binary}): run `make prism` "
                            "(needs Go; builds it from the Go module proxy) or pass "
                            "-- --prism_location=/path/to/prism")
    return [f"--prism_location={binary}"]


class FlinkJobServerNotFound(RuntimeError):
    """--runner flink without a job server jar or a running job server."""


def flink_args(extra: Sequence[str], jar: Path = FLINK_JOB_SERVER_JAR) -> list[str]:
    """``--flink_job_server_jar`` for the jar ``make flink-jobserver`` assembled, unless a jar
    or a running job server (``--job_endpoint``) was given.

    Beam would otherwise download a shaded job-server jar for its own version, which Maven
    Central does not serve (deploy/flink/pom.xml says why).
    """
    if any(a.startswith(("--flink_job_server_jar", "--job_endpoint")) for a in extra):
        return []
    if not jar.is_file():
        raise FlinkJobServerNotFound(
            f"the Flink job server jar is missing ({jar}): run `make flink-jobserver` (fetches "
            "it from Maven Central) or `make flink` (also starts a local cluster), or pass "
            "-- --flink_job_server_jar=PATH or -- --job_endpoint=HOST:PORT")
    return [f"--flink_job_server_jar={jar}"]


# Beam options that would contradict run.runner / run.workers, and the flag to use instead.
CONFIG_OWNED_BEAM_OPTIONS = {
    "--runner": "--runner (run.runner)",
    "--direct_num_workers": "--workers N (run.workers)",
    "--direct_running_mode": "--workers N (run.workers; more than 1 runs worker processes)"}


def beam_args(runner: str, workers: int, extra: Sequence[str]) -> list[str]:
    """wirestream's runner choice as Beam options; ``extra`` (never the runner or worker
    options: ``beam_options_after_dashes``) comes last, so it wins."""
    args = [f"--runner={BEAM_RUNNERS[runner]}"]
    if runner == "direct" and workers > 1:
        args += [f"--direct_num_workers={workers}", "--direct_running_mode=multi_processing"]
    if runner == "prism":
        args += prism_args(extra)
    if runner == "flink":
        args += flink_args(extra)
    return args + list(extra)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="wirestream", description="Ingest news wire stories into clean, deduplicated, "
        "entity-tagged Hive-partitioned Parquet.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"wirestream {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run", help="run the pipeline (from a config file, or ad hoc on --input paths)",
        description="Run the pipeline once over its inputs (batch). Every story read ends as "
        "an article, a new version, a skipped re-poll, or a reject row with a reason.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("--config", metavar="FILE", help="YAML config (see configs/default.yaml)")
    run.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                     help="override one config key, e.g. --set run.workers=2 (repeatable)")
    run.add_argument("--input", dest="inputs", action="extend", nargs="+", default=[],
                     metavar="PATH|GLOB|URL", help="input files, directories, globs or http(s) "
                     "URLs; .gz/.bz2 are read transparently (takes several, e.g. a shell glob, "
                     "and is repeatable; replaces the config's inputs)")
    run.add_argument("--format", choices=["auto", "rss", "text", "jsonl", "html"],
                     default="auto", help="format of every --input (default: auto, from the "
                     "file extension and content)")
    run.add_argument("--source", metavar="ID", help="source id for every --input (default: "
                     "derived from each file name or host); lower-case [a-z0-9._-]")
    run.add_argument("--output", metavar="DIR", help="output dataset directory (local, gs://, "
                     "s3://); default: run.output from the config")
    run.add_argument("--runner", choices=list(BEAM_RUNNERS), help=RUNNER_HELP)
    run.add_argument("--workers", type=int, metavar="N",
                     help="local worker processes for --runner direct (default 1)")
    run.add_argument("--now", metavar="TIMESTAMP", help="fix the run's clock (ISO 8601); the "
                     "same input and --now give byte-identical data files")
    run.add_argument("--max-reject-ratio", type=float, metavar="R", help="exit with status 3 "
                     "when rejects / stories read exceeds R (0.0-1.0), so schedulers can alert; "
                     "a run whose every story was rejected exits 3 whatever R is")
    run.add_argument("--progress-interval", type=float, metavar="SECONDS",
                     help="seconds between progress updates on stderr (stories read, written, "
                     "rejected, rate): one redrawn line on a terminal, plain log lines "
                     "otherwise, and a final line either way. Default: "
                     f"{TTY_INTERVAL_S:g} on a terminal, {LOG_INTERVAL_S:g} otherwise; 0 turns "
                     "progress off. Live numbers need --runner direct; other runners show "
                     "their own UIs and get the final line")
    modes = run.add_mutually_exclusive_group()
    modes.add_argument("--streaming", action="store_true", help="run unbounded: poll the "
                       "config's feeds (conditional GET, adaptive intervals, backoff per feed) "
                       "and watch its folders for new files, writing each ingest-time window "
                       "as it closes (streaming.* keys). Needs --runner prism, flink or "
                       "dataflow. Ctrl-C stops it; see also --stop-after")
    modes.add_argument("--once", action="store_true", help="one scheduled poll cycle for "
                       "cron or Airflow: a bounded run whose feed state (validators, body "
                       "hashes, seen items, backoff) is kept in <output>/_state/ and committed "
                       "after the data, so repeated runs write nothing twice. A lock stops two "
                       f"runs on one output: the second exits with status {EXIT_LOCKED}")
    modes.add_argument("--every", type=parse_duration, metavar="DURATION",
                       help="repeat --once every DURATION (30s, 5m, 1h) in this process, until "
                       "Ctrl-C")
    modes.add_argument("--reprocess", type=_date_range, metavar="START..END",
                       help="rebuild the partitions of these publication dates (both included) "
                       "from the inputs, e.g. after a model upgrade, and replace them instead "
                       "of adding a second copy: the run writes to <output>/_staging/ and the "
                       "range's old files are swapped out afterwards (journaled in "
                       "<output>/_runs/commits/)")
    run.add_argument("--stop-after", type=parse_duration, metavar="DURATION",
                     help="with --streaming: stop polling after DURATION, write the last "
                     "windows and exit (default: run until Ctrl-C)")
    run.add_argument("beam_options", nargs=argparse.REMAINDER,
                     help="after '--': Beam pipeline options, e.g. -- --flink_master=host:8081")

    check = sub.add_parser("validate-config", help="check a config file and print it resolved",
                           description="Load and validate a config; exit 2 naming the bad key.")
    check.add_argument("config", metavar="FILE")
    check.add_argument("--set", dest="overrides", action="append", default=[],
                       metavar="KEY=VALUE")

    query = sub.add_parser(
        "query", help="run SQL over an output dataset with DuckDB (or open a SQL prompt)",
        description="DuckDB over the output, with views articles, entities and rejects. "
        "Partition columns come from the paths, typed: date (DATE) and source or stage "
        "(VARCHAR). Without SQL: an interactive prompt, or a script read from stdin.",
        epilog=QUERY_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    query.add_argument("--output", required=True, metavar="DIR", help="the dataset root "
                       "(what `wirestream run --output` wrote)")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table",
                       help="table (DuckDB boxes, default), csv (header row; lists as JSON) "
                       "or json (an array of objects; dates ISO 8601)")
    query.add_argument("sql", nargs="?", help="SQL, one or more statements separated by ';' "
                       "(e.g. \"SELECT * FROM articles LIMIT 5\"); omit it for a prompt")

    report = sub.add_parser(
        "report", help="write a self-contained HTML report with charts",
        description="One HTML page (charts as inline SVG, no scripts, nothing fetched): stories "
        "per hour per source, top entities, duplicate ratio per source, rejects by reason, "
        "noise removed by reason. Covers everything, one run (--run), a date range "
        "(--since/--until, on the publication date), or a run within dates.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  wirestream report --output out --to report\n"
        "  wirestream report --output out --to report --run latest\n"
        "  wirestream report --output out --to report --since 2026-11-24 --until 2026-11-26\n")
    report.add_argument("--output", required=True, metavar="DIR", help="the dataset root")
    report.add_argument("--to", required=True, metavar="REPORT_DIR",
                        help="directory to write index.html into (created if missing)")
    report.add_argument("--run", metavar="RUN_ID", help="only what this run ingested: a run id "
                        "from <output>/_runs/ (its file name without .json), or 'latest'")
    report.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                        help="first publication date included (rejects: date they occurred)")
    report.add_argument("--until", type=_date, metavar="YYYY-MM-DD",
                        help="last publication date included")

    compact = sub.add_parser(
        "compact", help="merge the small files of closed partitions; migrate layout v1 to v2",
        description="Merge the files of every partition dated before --before (articles, "
        "entities, rejects, near-duplicate state) into files of up to 128 MiB, and migrate "
        "every day still in layout v1 (date=/source= directories) to layout v2 (date= "
        "directories, source a column), whatever its date. The new files are written before "
        "the old ones are removed and the plan is journaled in <output>/_runs/commits/, so a "
        "compaction that dies is finished by running it again; no row is lost or doubled. "
        "Runs compact closed partitions by themselves (compaction.* config keys); a second "
        "compaction of the same local dataset waits for none: it exits 4.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  wirestream compact --output s3://bucket/news --before 2026-11-27\n")
    compact.add_argument("--output", required=True, metavar="DIR",
                         help="the dataset root (local, s3://, gs://)")
    compact.add_argument("--before", type=_date, metavar="YYYY-MM-DD",
                         help="compact partitions dated before this day (the closed ones; "
                         "default: yesterday, as compaction.closed_after_days: 1 has it)")

    reindex = sub.add_parser(
        "reindex", help="rebuild the id index that runs look earlier stories up in",
        description="Rebuild <output>/_state/index/ (the ids and content hashes of every "
        "article row, in buckets, so that a run reads only the buckets of its own stories) "
        "from the articles table. Runs keep the index up to date themselves and build it once "
        "when it is missing; run this after deleting or restoring article files by hand. The "
        "new index is staged and swapped in by a journaled commit, so a rebuild that dies is "
        "finished by running it again. Do not run it while a run writes to the dataset.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  wirestream reindex --output s3://bucket/news\n")
    reindex.add_argument("--output", required=True, metavar="DIR",
                         help="the dataset root (local, s3://, gs://)")

    feeds = sub.add_parser("feeds", help="import feeds from OPML; check that feeds work",
                           description="Work with the config's feed list (its inputs:).")
    feeds_sub = feeds.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")
    imp = feeds_sub.add_parser(
        "import", help="turn an OPML export (from any feed reader) into config inputs",
        description="Read an OPML subscription list and write one inputs: entry per feed "
        "(format rss, source id from the feed's title, else its host; repeats get -2, -3). "
        "Without --config the YAML is printed; with --config the new feeds are appended to "
        "that file's inputs (feeds already there are left alone) and every other line, "
        "comments included, is kept.", formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  wirestream feeds import subscriptions.opml > feeds.yaml\n"
        "  wirestream feeds import subscriptions.opml --config configs/local.yaml\n")
    imp.add_argument("opml", metavar="OPML_FILE")
    imp.add_argument("--config", metavar="FILE", help="merge into this config file in place")
    chk = feeds_sub.add_parser(
        "check", help="fetch every input once; report status, items, the newest item and "
        "each feed's stored health",
        description=CHECK_DESCRIPTION,
        epilog="examples:\n  wirestream feeds check --config configs/local.yaml\n"
        "  wirestream feeds check https://example.com/rss https://example.com/world.xml\n"
        "  wirestream feeds check --config configs/local.yaml --set run.output=/data/news\n",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    chk.add_argument("urls", nargs="*", metavar="URL", help="check these URLs (or paths) "
                     "instead of the config's inputs; no --config needed")
    chk.add_argument("--config", metavar="FILE", help="the config whose inputs, fetch "
                     "settings and run.output (stored health) to use")
    chk.add_argument("--set", dest="overrides", action="append", default=[],
                     metavar="KEY=VALUE", help="override one config key (repeatable)")
    return top


CHECK_DESCRIPTION = """\
Fetch and parse each input of the config (or each URL given) once (fetch.timeout_seconds and
fetch.max_bytes apply, as in a run) and print its status, item count, bad
items, newest item and fetch seconds. Next to them, the health that --once and
--every runs stored in the config's run.output (_state/feeds.json):
  last success (UTC)  when the feed last answered (200 or 304); never: not yet
  failures            consecutive failed polls
  last outcome        the last poll: changed, unchanged_body, not_modified,
                      or failed: <reason>
'-' where nothing is stored (a feed new to the config, a fresh or remote output).
A status too long for its column (a parser's message) is shown whole below
the table; an HTML page where a feed was expected is "not a feed (HTML page)".
Writes nothing, state included. Exit 1 when any input fails now.
"""

QUERY_EPILOG = """examples:
  wirestream query --output out "SELECT date, source, count(*) FROM articles GROUP BY ALL"
  wirestream query --output out --format csv "SELECT * FROM rejects" > rejects.csv
  echo "SELECT count(*) FROM entities;" | wirestream query --output out
The README has more questions (top entities per day, co-occurring entities, clusters, noise).
"""


def progress_interval(requested: float | None, is_tty: bool) -> float:
    """Seconds between progress updates: as requested, else by where stderr goes; 0 is off."""
    if requested is not None:
        return max(requested, 0.0)
    return TTY_INTERVAL_S if is_tty else LOG_INTERVAL_S


def _date_range(text: str) -> DateRange:
    from pipeline.storage import StorageError, parse_date_range

    try:
        return parse_date_range(text)
    except StorageError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    log_warnings_to_stderr()
    # Imported after parsing so that --help does not wait for Beam and spaCy to load.
    from pipeline.feedstate import RunLocked
    from pipeline.preflight import PreflightFailed
    from pipeline.runrecord import EXIT_INTERRUPTED
    from pipeline.sources import InputNotFound
    from pipeline.storage import StorageError
    from pipeline.tools import ToolError, require_extra
    from transforms.ner_model import ModelNotInstalled

    try:
        if args.command == "validate-config":
            import yaml

            config = load_config(args.config, args.overrides)
            print(yaml.safe_dump(to_plain(config), sort_keys=False).rstrip())
            print(f"# {args.config}: valid (config hash {config.fingerprint()})", file=sys.stderr)
            return 0
        require_extra(args.command)
        if args.command == "query":
            return query_command(args)
        if args.command == "report":
            from pipeline.tools.report import Selection, write_report

            path = write_report(args.output, args.to,
                                Selection(args.run, args.since, args.until))
            print(path)
            return 0
        if args.command == "feeds":
            return feeds_command(args)
        if args.command == "compact":
            return compact_command(args)
        if args.command == "reindex":
            return reindex_command(args)
        return run_command(args)
    except ConfigError as err:
        print(f"wirestream: config error: {err}", file=sys.stderr)
        return 2
    except (InputNotFound, ModelNotInstalled, PrismNotFound, FlinkJobServerNotFound,
            StorageError, ToolError, PreflightFailed) as err:
        print(f"wirestream: {err}", file=sys.stderr)
        return 2
    except RunLocked as err:
        print(f"wirestream: {err}", file=sys.stderr)
        return EXIT_LOCKED
    except KeyboardInterrupt:
        print("wirestream: stopped (Ctrl-C); files appear only when complete, so nothing "
              "half-written is visible", file=sys.stderr)
        return EXIT_INTERRUPTED


def config_from_args(args: argparse.Namespace) -> Config:
    """The config file (if any) plus command-line flags, validated as one object."""
    if args.config is None and not args.inputs:
        raise ConfigError("nothing to read: pass --config FILE or at least one --input")
    overrides = list(args.overrides)
    if args.inputs:  # ad-hoc inputs replace the config's; JSON is valid YAML for --set
        overrides.append("inputs=" + json.dumps(
            [{"location": loc, "format": args.format, "source": args.source}
             for loc in args.inputs]))
    for flag, key in (("output", "run.output"), ("runner", "run.runner"),
                      ("workers", "run.workers"), ("now", "run.now"),
                      ("max_reject_ratio", "run.max_reject_ratio")):
        value = getattr(args, flag)
        if value is not None:
            overrides.append(f"{key}={json.dumps(value)}")
    return load_config(args.config, overrides)


def query_command(args: argparse.Namespace) -> int:
    from pipeline.tools.query import PIPE_WIDTH, run_query, shell

    if args.sql is None:
        return shell(args.output, args.format)
    print(run_query(args.output, args.sql, args.format,
                    shutil.get_terminal_size().columns if sys.stdout.isatty() else PIPE_WIDTH))
    return 0


def feeds_command(args: argparse.Namespace) -> int:
    from pipeline.tools import feeds

    if args.feeds_command == "import":
        text, added = feeds.import_opml(args.opml, args.config)
        if args.config is None:
            print(text, end="")
        else:
            print(f"# {args.config}: added {len(added)} feed(s)"
                  + (": " + ", ".join(s.url for s in added) if added else
                     " (all already listed)"), file=sys.stderr)
        return 0
    if args.config is None and not args.urls:
        raise ConfigError("feeds check needs --config FILE or one or more URLs")
    overrides = list(args.overrides)
    if args.urls:  # ad hoc: these replace the config's inputs
        overrides.append("inputs=" + json.dumps(
            [{"location": url, "format": "auto", "source": None} for url in args.urls]))
    config = load_config(args.config, overrides)
    # Without a config, stored health is shown only for a dataset named with --set.
    own_output = args.config is not None or any(o.startswith("run.output=")
                                                for o in args.overrides)
    statuses = feeds.check_feeds(config, None if own_output else {})
    print(feeds.format_statuses(statuses))
    failed = [s for s in statuses if not s.ok]
    if failed:
        print(f"wirestream: {len(failed)} of {len(statuses)} input(s) failed", file=sys.stderr)
    return 1 if failed else 0


def check_mode_flags(args: argparse.Namespace, config: Config) -> None:
    """Flag combinations that cannot work fail before anything starts (exit 2)."""
    if args.stop_after is not None and not args.streaming:
        raise ConfigError("--stop-after only applies to --streaming")
    if args.streaming and config.run.runner not in STREAMING_RUNNERS:
        raise ConfigError(f"--streaming needs --runner {', '.join(STREAMING_RUNNERS)} (run.runner "
                          f"is {config.run.runner!r}: Beam's local FnApiRunner never closes a "
                          "window of an endless source); for local scheduled runs use --once "
                          "or --every")
    if (args.streaming or args.every) and config.run.now is not None:
        raise ConfigError("--now fixes one run's clock; it cannot apply to --streaming or "
                          "--every (use --once --now)")


def beam_options_after_dashes(remainder: Sequence[str]) -> list[str]:
    """The Beam options of ``run``: whatever follows ``--``; a stray word before it is refused.

    argparse hands every word it does not know to the trailing remainder, so without this a
    mistyped flag or a path after a flag that takes none would reach Beam, which only warns.
    """
    if not remainder:
        return []
    if remainder[0] != "--":
        raise ConfigError(f"unexpected argument {remainder[0]!r}: wirestream flags come first, "
                          "Beam pipeline options after '--' (e.g. -- --flink_master=host:8081)")
    for option in remainder[1:]:
        flag = option.split("=", 1)[0]
        if flag in CONFIG_OWNED_BEAM_OPTIONS:
            raise ConfigError(f"{flag} after '--': the runner and its workers come from the "
                              f"config alone; use {CONFIG_OWNED_BEAM_OPTIONS[flag]}")
    return list(remainder[1:])


def compact_command(args: argparse.Namespace) -> int:
    from pipeline.config import CompactionConfig
    from pipeline.empty_tables import mark_empty_tables
    from pipeline.layout import closed_before
    from pipeline.tools.compact import CompactionRunning, compact, summary

    before = args.before or closed_before(dt.datetime.now(dt.UTC),
                                          CompactionConfig().closed_after_days)
    try:
        result = compact(args.output, before)
    except CompactionRunning as err:
        print(f"wirestream: {err}", file=sys.stderr)
        return EXIT_LOCKED
    mark_empty_tables(args.output)  # a migrated table without rows gets its v2 marker
    print(summary(result, args.output))
    return 0


def reindex_command(args: argparse.Namespace) -> int:
    from pipeline.history import rebuild_index

    built = rebuild_index(args.output)
    print(f"{args.output}: id index rebuilt from {built.articles} article rows "
          f"({built.files} bucket files)")
    return 0


def run_command(args: argparse.Namespace) -> int:
    from apache_beam.io.filesystems import FileSystems
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipeline import graph
    from pipeline.feedstate import RunLock
    from pipeline.preflight import check_before_running
    from pipeline.storage import beam_options

    config = config_from_args(args)
    check_mode_flags(args, config)
    extra = beam_options_after_dashes(args.beam_options)
    # Beam's S3 reads use the endpoint wirestream's writers use (AWS_ENDPOINT_URL).
    argv = beam_args(config.run.runner, config.run.workers, [*beam_options(extra), *extra])
    # Inputs are matched before any pipeline exists (which is what sets this otherwise): Beam's
    # S3 filesystem refuses to work without options ("Must provide one of client or options").
    FileSystems.set_options(PipelineOptions(argv))
    check_before_running(config, graph.STREAMING if args.streaming else
                         graph.ONCE if args.once or args.every is not None else graph.BATCH)
    if args.streaming:
        start = time.time()
        stop = start + args.stop_after if args.stop_after is not None else None
        with compacting_while_streaming(config):
            return _run_and_report(args, config, argv, graph.Mode(graph.STREAMING, start, stop))
    if args.every is None:
        if not args.once:
            return _run_and_report(args, config, argv, graph.BATCH_MODE)
        with RunLock(config.run.output):
            status = _run_and_report(args, config, argv, once_mode(config, None))
            compact_after_run(config)
            return status
    while True:  # --every: Ctrl-C ends the loop (main() turns it into exit 130)
        cycle_started = time.monotonic()
        with RunLock(config.run.output):
            status = _run_and_report(args, config, argv, once_mode(config, args.every))
            compact_after_run(config)
        if status != 0:
            return status
        time.sleep(max(0.0, args.every - (time.monotonic() - cycle_started)))


def compact_after_run(config: Config) -> None:
    """A scheduled run's share of compaction (``compaction.*``), inside its lock, on the run's
    clock; one line when it did something."""
    from pipeline.tools.compact import auto_compact, auto_summary

    now = config.run.now or dt.datetime.now(dt.UTC)
    line = auto_summary(auto_compact(config.run.output, now, config.compaction))
    if line is not None:
        print(line, flush=True)


@contextlib.contextmanager
def compacting_while_streaming(config: Config) -> Iterator[None]:
    """Compaction every ``compaction.interval_seconds`` for the length of a streaming run."""
    if not config.compaction.enabled:
        yield
        return
    from pipeline.tools.compact import CompactWhileStreaming

    compactor = CompactWhileStreaming(config.run.output, config.compaction, _write_stderr)
    compactor.start()
    try:
        yield
    finally:
        compactor.stop()


def once_mode(config: Config, every_s: float | None) -> Mode:
    """A scheduled cycle, budgeted by ``fetch.cycle_budget_seconds``, else by the ``--every``
    interval (a cycle that starts fetches past it would delay the next one)."""
    from pipeline import graph

    start = time.time()
    budget = config.fetch.cycle_budget_seconds or every_s
    return graph.Mode(graph.ONCE, start, None if budget is None else start + budget)


def _run_and_report(args: argparse.Namespace, config: Config, argv: list[str],
                    mode: Mode) -> int:
    from pipeline.launcher import ProgressSettings, launch

    now = config.run.now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    started = time.monotonic()
    is_tty = sys.stderr.isatty()
    progress = ProgressSettings(progress_interval(args.progress_interval, is_tty), is_tty,
                                _write_stderr)
    if args.reprocess is not None:
        from pipeline.tools.reprocess import reprocess

        record, text = reprocess(config, now, argv, started, progress, args.reprocess)
    else:
        record, text = launch(config, now, argv, started, progress, mode)
    print(text, flush=True)
    if record["exit_reason"]:
        print(f"wirestream: {record['exit_reason']}", file=sys.stderr)
    return record["exit_code"]


def _write_stderr(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def console_main() -> NoReturn:
    """The ``wirestream`` command: ``main`` on the process's own arguments, then exit.

    The process ends right after ``main``, so nothing it built needs collecting: frozen, the
    objects of the run (a model, Beam's runner, about 250,000 in all) are not traversed again
    by the collections Python runs while it shuts down, which took 0.5-1 s of a 20-story run
    (bench/fixed_cost.py, ``interpreter_exit``). Not in ``main``, which tests call in one
    long-lived process, where frozen garbage would never be freed.
    """
    status = main()
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    console_main()
