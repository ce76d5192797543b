"""The run record (``<out>/_runs/<run_id>.json``) and the end-of-run summary."""

from __future__ import annotations

import collections
import datetime as dt
import platform
from typing import Any

from pipeline import __version__, storage


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


def write_run_record(output: str, run_id: str, record: dict[str, Any]) -> str:
    return storage.locate(output).write_json(f"_runs/{run_id}.json", record)


def build_record(*, run_id: str, now: dt.datetime, config_hash: str, config: dict,
                 model: dict | None, runner: str, elapsed_s: float,
                 counter_values: dict[str, int]) -> dict[str, Any]:
    return {
        "run_id": run_id, "ingested_at": now.isoformat(), "config_hash": config_hash,
        "config": config, "runner": runner, "elapsed_seconds": round(elapsed_s, 3),
        "versions": {"wirestream": __version__, "python": platform.python_version(),
                     **_library_versions()},
        "model": model, "counts": outcome_counts(counter_values), "counters": counter_values,
    }


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
