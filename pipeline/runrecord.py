"""The run record (``<out>/_runs/<run_id>.json``) and the end-of-run summary."""

from __future__ import annotations

import collections
import datetime as dt
import platform
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.fs as pafs

from pipeline import __version__, storage
from pipeline.sinks import files_written_path

SUCCEEDED, FAILED, INTERRUPTED = "succeeded", "failed", "interrupted"
EXIT_OK = 0
EXIT_FAILED = 1  # an exception ended the run (Python's own status for an uncaught one)
EXIT_REJECTS = 3  # rejects / stories read above run.max_reject_ratio, or every story rejected
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
# Not files a run writes into the dataset: run records and staged files moved in later.
_NOT_WRITTEN_DIRS = ("_runs/", "_staging/")


def counters(result: Any) -> dict[str, int]:
    """Beam counters as ``namespace.name -> value``, summed over steps."""
    totals: dict[str, int] = collections.Counter()
    for counter in result.metrics().query()["counters"]:
        name = f"{counter.key.metric.namespace}.{counter.key.metric.name}"
        value = counter.committed if counter.committed is not None else counter.attempted
        totals[name] += value or 0
    return dict(sorted(totals.items()))


def distributions_and_gauges(result: Any) -> tuple[dict[str, dict], dict[str, int]]:
    """User distributions (``namespace.name -> {count, sum, min, max}``, merged over steps)
    and gauges (``namespace.name -> latest value``)."""
    metrics = result.metrics().query()
    distributions: dict[str, dict] = {}
    for d in metrics.get("distributions", []):
        if d.key.metric.namespace == "beam":
            continue
        value = d.committed if d.committed is not None else d.attempted
        if value is None or not value.count:
            continue
        name = f"{d.key.metric.namespace}.{d.key.metric.name}"
        seen = distributions.get(name)
        distributions[name] = {"count": value.count, "sum": value.sum, "min": value.min,
                               "max": value.max} if seen is None else {
            "count": seen["count"] + value.count, "sum": seen["sum"] + value.sum,
            "min": min(seen["min"], value.min), "max": max(seen["max"], value.max)}
    latest: dict[str, tuple[float, int]] = {}
    for g in metrics.get("gauges", []):
        value = g.committed if g.committed is not None else g.attempted
        if value is None or value.value is None:
            continue
        name = f"{g.key.metric.namespace}.{g.key.metric.name}"
        if name not in latest or value.timestamp >= latest[name][0]:
            latest[name] = (value.timestamp, value.value)
    return distributions, {name: value for name, (_, value) in sorted(latest.items())}


STAGE_PREFIX = "stage."


def stage_counts(c: dict[str, int]) -> dict[str, dict[str, int]]:
    """``stage.<stage>.<name>`` counters as ``{stage: {name: value}}``."""
    stages: dict[str, dict[str, int]] = {}
    for key, value in c.items():
        if key.startswith(STAGE_PREFIX):
            stage, _, name = key[len(STAGE_PREFIX):].partition(".")
            stages.setdefault(stage, {})[name] = value
    return {stage: dict(sorted(names.items())) for stage, names in sorted(stages.items())}


def outcome_counts(c: dict[str, int]) -> dict[str, Any]:
    """The counts users ask about, and whether they reconcile (nothing lost silently).

    Every story read leaves exactly once: as an article row written (a new article or a new
    version; duplicates linked are among them), a re-poll skipped, or a reject of whichever
    stage it failed in (``stage.<stage>.rejected``), even after its outcome was decided.
    """
    stages = stage_counts(c)
    read = stages.get("read", {})
    written = stages.get("write", {})
    rejects_by_stage = {stage: names["rejected"] for stage, names in stages.items()
                        if names.get("rejected")}
    stories_in = read.get("emitted", 0) + read.get("rejected", 0)
    rejects = sum(rejects_by_stage.values())
    rejects_by_reason = {k.split(".", 1)[1]: v for k, v in c.items() if k.startswith("rejects.")}
    counts = {
        "stories_in": stories_in,
        "articles_new": written.get("new_articles", 0),
        "versions_new": written.get("new_versions", 0),
        "repolls_skipped": c.get("outcome.repolls", 0),
        "duplicates_linked": written.get("duplicates_linked", 0),
        "rejects": rejects,
        "rejects_by_stage": rejects_by_stage,
        "rejects_by_reason": dict(sorted(rejects_by_reason.items())),
        # Entity and signature rows the writer refused, of stories whose article was written.
        "row_rejects": sum(v for name, v in written.items() if name.endswith("_rows_rejected")),
        "empty_feeds": c.get("read.empty_feeds", 0),
        "entity_mentions": c.get("write.entities_rows", 0),
        "files_written": sum(v for k, v in c.items() if k.endswith("_files")),
        "stages": stages,
    }
    counts["reconciled"] = stories_in == (counts["articles_new"] + counts["versions_new"]
                                          + counts["repolls_skipped"] + rejects)
    return counts


def unused_run_id(taken: Callable[[str], bool], run_id: str) -> str:
    """``run_id``, or ``run_id-2``, ``-3``... when a record of that name exists: a re-run with
    the same ``--now`` and config keeps the earlier record."""
    candidate, n = run_id, 1
    while taken(f"{candidate}.json"):
        n += 1
        candidate = f"{run_id}-{n}"
    return candidate


def write_run_record(output: str, record: dict[str, Any]) -> str:
    """Write ``_runs/<run id>.json`` under an id no earlier record has (``record["run_id"]``
    is updated); returns the path."""
    location = storage.locate(output)
    # Names are tried, not listed: the records of every earlier run are not read.
    record["run_id"] = unused_run_id(lambda name: location.exists(f"_runs/{name}"),
                                     record["run_id"])
    return location.write_json(f"_runs/{record['run_id']}.json", record)


PACKAGE_DIR = Path(__file__).resolve().parent


def code_revision(package_dir: Path = PACKAGE_DIR) -> dict[str, Any]:
    """The package version, and the git commit (and whether the work tree differs from it)
    when wirestream runs from a git checkout; null ones for an installed package."""
    checkout = package_dir.parent
    commit = dirty = None
    if (checkout / ".git").exists():  # not a parent's: a venv may sit inside some checkout
        head = _git(checkout, "rev-parse", "HEAD")
        if head is not None:
            commit = head.strip()
            status = _git(checkout, "status", "--porcelain", "--untracked-files=no")
            dirty = None if status is None else bool(status.strip())
    return {"version": __version__, "git_commit": commit, "git_dirty": dirty}


def _git(checkout: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(checkout), *args], capture_output=True,
                              text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):  # no git on the machine
        return None
    return done.stdout if done.returncode == 0 else None


def recorded_files_written(output: str, run_key: str) -> list[str] | None:
    """The files a bounded run listed as written (``sinks.record_files_written``), its list
    then removed; None when there is none (streaming, or a run that failed before the end)."""
    location = storage.locate(output)
    path = files_written_path(run_key)
    if not location.exists(path):
        return None
    files = location.read_json(path)
    location.delete(path)
    return files


def files_written(root: str, since: dt.datetime) -> list[str]:
    """Files below the dataset ``root`` changed since ``since``: what this run wrote (a
    re-run with the same clock rewrites, and so lists, the same names). Relative paths,
    temporary files, run records and staging left out."""
    location = storage.locate(root)
    selector = pafs.FileSelector(location.root, recursive=True, allow_not_found=True)
    if not isinstance(location.fs, pafs.LocalFileSystem):
        # Object stores keep whole seconds: a run ending in this second may be listed too.
        since = since.replace(microsecond=0)
    return sorted(
        relative for info in location.fs.get_file_info(selector)
        if info.is_file and not info.base_name.startswith(".") and info.mtime is not None
        and info.mtime.astimezone(dt.UTC) >= since
        and not (relative := location.relative(info.path)).startswith(_NOT_WRITTEN_DIRS))


def ended_by(error: BaseException) -> str:
    """``interrupted`` for Ctrl-C, also when Beam re-raised it from a step as another error
    (``RuntimeError: KeyboardInterrupt [while running ...]``); else ``failed``."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return INTERRUPTED
        seen = seen.__cause__ or seen.__context__
    return FAILED


def exit_status(record: dict[str, Any], max_reject_ratio: float) -> tuple[int, str | None]:
    """What a finished run exits with, and why when it is not 0."""
    counts = record["counts"]
    if all_rejected(record):
        # Whatever the ratio allows: a run that turned every story away did not work.
        return EXIT_REJECTS, f"every story read ({counts['stories_in']}) was rejected"
    ratio = counts["rejects"] / counts["stories_in"] if counts["stories_in"] else 0.0
    if ratio > max_reject_ratio:
        return EXIT_REJECTS, (f"reject ratio {ratio:.2f} exceeds run.max_reject_ratio "
                              f"{max_reject_ratio:.2f}")
    return EXIT_OK, None


def build_record(*, run_id: str, now: dt.datetime, config_hash: str, config: dict,
                 model: dict | None, runner: str, started_at: dt.datetime,
                 ended_at: dt.datetime, counter_values: dict[str, int], status: str = SUCCEEDED,
                 files: list[str] | None = None) -> dict[str, Any]:
    """The record of a run that ended with ``status``; ``exit_code`` is the status's (a
    finished run's is set by ``exit_status`` once its counts are known)."""
    started_at, ended_at = _milliseconds(started_at), _milliseconds(ended_at)
    return {
        "run_id": run_id, "ingested_at": now.isoformat(), "config_hash": config_hash,
        "config": config, "runner": runner, "status": status,
        "exit_code": {SUCCEEDED: EXIT_OK, FAILED: EXIT_FAILED,
                      INTERRUPTED: EXIT_INTERRUPTED}[status],
        "exit_reason": None,
        "started_at": started_at.isoformat(timespec="milliseconds"),
        "ended_at": ended_at.isoformat(timespec="milliseconds"),
        "elapsed_seconds": round((ended_at - started_at).total_seconds(), 3),
        "code": code_revision(),
        "versions": {"wirestream": __version__, "python": platform.python_version(),
                     **_library_versions()},
        "model": model, "counts": outcome_counts(counter_values), "counters": counter_values,
        "files_written": files or [],
    }


def _milliseconds(moment: dt.datetime) -> dt.datetime:
    """In UTC, to the millisecond the record shows (so ``elapsed_seconds`` matches it)."""
    moment = moment.astimezone(dt.UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _library_versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("apache-beam", "pyarrow", "feedparser", "spacy")}


def _utc(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S UTC")


def nothing_written_because(record: dict[str, Any]) -> str | None:
    """Why a run wrote no article row (None when it wrote some): a cron user's first question."""
    c, cycle = record["counts"], record.get("poll_cycle")
    if c["articles_new"] or c["versions_new"]:
        return None
    if cycle and cycle["feeds"] and not cycle["due"]:
        when = f" (the next at {_utc(cycle['next_due_at'])})" if cycle.get("next_due_at") else ""
        return f"no feed was due{when}: nothing was requested"
    if cycle and cycle["due"] and not cycle["fetched"]:
        return "the cycle's budget ran out before any due feed was fetched"
    if not c["stories_in"]:
        if cycle and cycle["fetched"]:
            unchanged = cycle.get("not_modified", 0) + cycle.get("unchanged_body", 0)
            if unchanged == cycle["fetched"]:
                return (f"every feed fetched was unchanged (not modified (304): "
                        f"{cycle.get('not_modified', 0)}, same body: "
                        f"{cycle.get('unchanged_body', 0)})")
            failed = record.get("counters", {}).get("poll.failed", 0)
            if failed == cycle["fetched"]:
                return "every feed fetched failed (see feeds in the run record)"
            return "the feeds fetched had no new items"
        return "the inputs held no stories"
    if c["rejects"] == c["stories_in"]:
        return "every story read was rejected"
    return (f"nothing new: {c['repolls_skipped']} re-poll(s) of stories already written, "
            f"{c['rejects']} reject(s)")


def all_rejected(record: dict[str, Any]) -> bool:
    """Every story read was rejected and no feed answered "unchanged" either: no input worked
    (the CLI exits 3; the articles hold nothing of it). A feed that failed next to one that
    answered 304 is a feed health matter, not a failed run."""
    counts, counters = record["counts"], record.get("counters", {})
    unchanged = counters.get("poll.not_modified", 0) + counters.get("poll.unchanged_body", 0)
    return bool(counts["stories_in"]) and counts["rejects"] == counts["stories_in"] \
        and not unchanged


def cycle_lines(record: dict[str, Any]) -> list[str]:
    """A --once/--every cycle's feeds in the summary: due, fetched, not due until when, 304s."""
    cycle = record.get("poll_cycle")
    if not cycle:
        return []
    line = f"  feeds               {cycle['due']} due, {cycle['fetched']} fetched"
    if cycle["pending"]:
        line += f", {cycle['pending']} pending (cycle budget spent)"
    not_due = cycle["feeds"] - cycle["due"]
    if not_due:
        line += f"; {not_due} not due"
        if cycle.get("next_due_at"):
            line += f" until {_utc(cycle['next_due_at'])}"
    return [line, f"  not modified (304)  {cycle.get('not_modified', 0):>7}"]


def summary(record: dict[str, Any], output: str, run_record_path: str,
            program: str = "wirestream") -> str:
    """What a person reads at the end of a run; ``program`` is how they invoked wirestream."""
    c = record["counts"]
    reasons = ", ".join(f"{k} {v}" for k, v in c["rejects_by_reason"].items()) or "none"
    lines = [
        f"wirestream run {record['run_id']} finished in {record['elapsed_seconds']:.1f}s "
        f"on {record['runner']}",
        f"  stories read        {c['stories_in']:>7}",
        f"  articles written    {c['articles_new']:>7}",
        f"  new versions        {c['versions_new']:>7}",
        f"  re-polls skipped    {c['repolls_skipped']:>7}",
        f"  duplicates linked   {c['duplicates_linked']:>7}",
        f"  rejects             {c['rejects']:>7}  ({reasons})",
        f"  empty feeds         {c['empty_feeds']:>7}",
        f"  entity mentions     {c['entity_mentions']:>7}",
        *cycle_lines(record),
        f"  counts reconcile    {'yes' if c['reconciled'] else 'NO: please report this'}",
        *([f"  nothing written     {record['nothing_written_because']}"]
          if record.get("nothing_written_because") else []),
        f"  output              {output}/{{articles,entities,rejects}}/",
        f"  run record          {run_record_path}",
        "  query it:",
        f"    {program} query --output {output} \"SELECT date, source, count(*) AS stories "
        "FROM articles GROUP BY ALL ORDER BY ALL\"" if not all_rejected(record) else
        f"    {program} query --output {output} \"SELECT stage, reason, origin, detail "
        "FROM rejects ORDER BY ALL LIMIT 20\"",
    ]
    return "\n".join(lines)
