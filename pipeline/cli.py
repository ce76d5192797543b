"""``wirestream``: run the pipeline, validate a config, query the output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from collections.abc import Sequence

from pipeline import __version__
from pipeline.config import Config, ConfigError, load_config, to_plain

EPILOG = """\
examples:
  wirestream run --config configs/local.yaml
  wirestream run --config configs/local.yaml --set run.workers=2 --set entities.enabled=false
  wirestream run --input 'feeds/*.xml' --input stories.jsonl --output out
  wirestream run --input https://example.com/rss --source example --output out --runner flink \\
      -- --flink_master=localhost:8081 --environment_type=LOOPBACK
  wirestream validate-config configs/local.yaml
  wirestream query --output out "SELECT source, count(*) FROM articles GROUP BY ALL"

Beam pipeline options go after '--' and win over wirestream's own flags.
"""

RUNNER_HELP = """where to run: direct (Beam's FnApiRunner, in this process or --workers
processes; never downloads anything), prism (needs --prism_location after --), flink, dataflow,
spark (portable runners; pass their options after --). Default: run.runner from the config,
else direct"""

BEAM_RUNNERS = {"direct": "FnApiRunner", "prism": "PrismRunner", "flink": "FlinkRunner",
                "dataflow": "DataflowRunner", "spark": "SparkRunner"}


def beam_args(runner: str, workers: int, extra: Sequence[str]) -> list[str]:
    """wirestream's runner choice as Beam options; ``extra`` comes last, so it wins."""
    args = [f"--runner={BEAM_RUNNERS[runner]}"]
    if runner == "direct" and workers > 1:
        args += [f"--direct_num_workers={workers}", "--direct_running_mode=multi_processing"]
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
    run.add_argument("--input", dest="inputs", action="append", default=[],
                     metavar="PATH|GLOB|URL", help="an input file, directory, glob or http(s) "
                     "URL; .gz/.bz2 are read transparently (repeatable; replaces the config's "
                     "inputs)")
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
                     "when rejects / stories read exceeds R (0.0-1.0), so schedulers can alert")
    run.add_argument("beam_options", nargs=argparse.REMAINDER,
                     help="after '--': Beam pipeline options, e.g. -- --flink_master=host:8081")

    check = sub.add_parser("validate-config", help="check a config file and print it resolved",
                           description="Load and validate a config; exit 2 naming the bad key.")
    check.add_argument("config", metavar="FILE")
    check.add_argument("--set", dest="overrides", action="append", default=[],
                       metavar="KEY=VALUE")

    query = sub.add_parser("query", help="run SQL over an output dataset with DuckDB",
                           description="DuckDB over the output, with views articles, "
                           "entities and rejects (Hive partitions: date, source, stage).")
    query.add_argument("--output", required=True, metavar="DIR")
    query.add_argument("sql", help="SQL, e.g. \"SELECT * FROM articles LIMIT 5\"")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(_drop_optional_gcp_warning)
    # Imported after parsing so that --help does not wait for Beam and spaCy to load.
    from pipeline.sources import InputNotFound
    from transforms.entities import ModelNotInstalled

    try:
        if args.command == "validate-config":
            import yaml

            config = load_config(args.config, args.overrides)
            print(yaml.safe_dump(to_plain(config), sort_keys=False).rstrip())
            print(f"# {args.config}: valid (config hash {config.fingerprint()})", file=sys.stderr)
            return 0
        if args.command == "query":
            from pipeline.query import run_query

            print(run_query(args.output, args.sql))
            return 0
        return run_command(args)
    except ConfigError as err:
        print(f"wirestream: config error: {err}", file=sys.stderr)
        return 2
    except (InputNotFound, ModelNotInstalled) as err:
        print(f"wirestream: {err}", file=sys.stderr)
        return 2


def _drop_optional_gcp_warning(record: logging.LogRecord) -> bool:
    # Beam warns on import that Google Cloud clients are absent; only Dataflow users need them.
    return "apitools not found" not in record.getMessage()


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


def run_command(args: argparse.Namespace) -> int:
    from pipeline.launcher import launch

    config = config_from_args(args)
    extra = [a for a in args.beam_options if a != "--"]
    now = config.run.now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    started = time.monotonic()
    record, text = launch(config, now, beam_args(config.run.runner, config.run.workers, extra),
                          started)
    print(text)
    counts = record["counts"]
    ratio = counts["rejects"] / counts["stories_in"] if counts["stories_in"] else 0.0
    if ratio > config.run.max_reject_ratio:
        print(f"wirestream: reject ratio {ratio:.2f} exceeds run.max_reject_ratio "
              f"{config.run.max_reject_ratio:.2f}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
