"""``wirestream run ... --reprocess START..END``: rebuild the partitions of a date range.

After a model or cleaning upgrade, the stories published in a range are run again from their
inputs and their partitions replaced, not added to. The run treats the range as empty (prior
articles of those dates are not read, so their stories are new again rather than re-polls),
writes everything into ``_staging/reprocess-<run id>/``, and only when the run has succeeded
swaps the staged files in and the range's old files out through a journaled commit
(``pipeline.commit``). A failed run leaves the dataset untouched; a crash during the swap is
finished by the next ``--reprocess`` or ``compact``.

Stories outside the range go through the run as usual (re-polls skipped, new stories added).
Rejects are an event log dated when they occur, so they are added, never replaced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pipeline import commit, launcher
from pipeline.config import Config
from pipeline.sinks import SIGNATURES_DIR
from pipeline.storage import STAGING_DIR, DateRange, Rebuild, files_in_dates, locate

REBUILT_TABLES = ("articles", "entities", SIGNATURES_DIR)


def reprocess(config: Config, now: dt.datetime, beam_argv: Sequence[str], started: float,
              progress: launcher.ProgressSettings | None,
              dates: DateRange) -> tuple[dict[str, Any], str]:
    """Run the pipeline into staging, then replace the range's files; the run record and a
    summary, as ``launcher.launch`` returns them."""
    location = locate(config.run.output)
    finished = commit.finish_pending(location)
    commit_id = f"reprocess-{launcher.run_id(now, config.fingerprint())}"
    staging = f"{STAGING_DIR}/{commit_id}"
    location.delete_dir(staging)  # an earlier attempt with the same clock died mid-run
    # Listed before the run: files a concurrent run adds meanwhile are not deleted.
    replaced = files_in_dates(location, REBUILT_TABLES, dates)
    record, text = launcher.launch(config, now, beam_argv, started, progress,
                                   rebuild=Rebuild(dates, location.uri_of(staging)))
    steps = commit.plan_steps(location.files(staging), staging, replaced)
    journal = commit.begin(location, commit_id, "reprocess", staging, steps,
                           {"dates": str(dates), "run_id": record["run_id"],
                            "finished_pending": finished})
    commit.apply(location, journal)
    moved = sum(len(s.moves) for s in steps)
    deleted = sum(len(s.deletes) for s in steps)
    return record, (f"{text}\n  reprocessed {dates}: {deleted} file(s) replaced by {moved}; "
                    f"record {config.run.output.rstrip('/')}/{commit.done_journal_path(commit_id)}")
