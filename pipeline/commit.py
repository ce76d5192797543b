"""Replace dataset files by others, journaled so that a crash is finished by the next attempt.

Compaction and reprocessing end the same way: new files, already complete under
``_staging/<commit id>/``, move into the dataset and the files they replace are deleted. Object
stores cannot do that atomically, so:

1. the plan is written to ``_runs/commits/<commit id>.json`` with status ``pending``;
2. it is applied one partition at a time, moves before deletes, every step repeatable (a staged
   file already moved, a file already deleted are fine);
3. the journal is written with status ``done`` to ``_runs/commits/done/<commit id>.json``, the
   pending one deleted and the staging directory removed.

So ``_runs/commits/`` itself holds only the commits not finished yet, and every run (and every
reader that hides half-committed files) reads those alone: a run's cost does not grow with the
compactions of the dataset's past (one a run).

A crash before 1 leaves the dataset untouched (staging is not read by anyone); a crash after 1
is finished by ``finish_pending``, which ``compact`` and ``run --reprocess`` call first. Readers
globbing the dataset can see one partition twice only between its move and its deletes (one
rename and a few deletes locally; a server-side copy and a few DELETE requests on S3), or
longer if the process dies right there, until the next attempt: duplicates, never missing rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.storage import Location, StorageError

COMMITS_DIR = "_runs/commits"
DONE_DIR = f"{COMMITS_DIR}/done"
PENDING, DONE = "pending", "done"


@dataclasses.dataclass(frozen=True)
class Step:
    """One partition directory: move staged files in, then delete the files they replace."""

    partition: str
    moves: tuple[tuple[str, str], ...]  # (staged, final), relative to the dataset root
    deletes: tuple[str, ...]


def plan_steps(staged: Sequence[str], staging_dir: str, replaced: Sequence[str]) -> list[Step]:
    """Steps per partition for moving ``staged`` (below ``staging_dir``) over ``replaced``.

    A replaced file that a staged file lands on is overwritten, not deleted afterwards.
    """
    moves = {f[len(staging_dir) + 1:]: f for f in staged}
    partitions = sorted({f.rpartition("/")[0] for f in (*moves, *replaced)})
    return [Step(partition,
                 tuple((moves[final], final) for final in sorted(moves)
                       if final.rpartition("/")[0] == partition),
                 tuple(f for f in sorted(replaced)
                       if f.rpartition("/")[0] == partition and f not in moves))
            for partition in partitions]


def journal_path(commit_id: str) -> str:
    """Where a commit's journal is while it is pending."""
    return f"{COMMITS_DIR}/{commit_id}.json"


def done_journal_path(commit_id: str) -> str:
    """Where a finished commit's journal is kept (its record)."""
    return f"{DONE_DIR}/{commit_id}.json"


def begin(location: Location, commit_id: str, kind: str, staging_dir: str,
          steps: Sequence[Step], details: Mapping[str, Any]) -> dict[str, Any]:
    """Write the plan (status ``pending``): from here on the commit will be finished."""
    journal = {
        "commit_id": commit_id, "kind": kind, "status": PENDING, "staging": staging_dir,
        "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "steps": [{"partition": s.partition, "moves": [list(m) for m in s.moves],
                   "deletes": list(s.deletes)} for s in steps],
        **details,
    }
    location.write_json(journal_path(commit_id), journal)
    return journal


def apply(location: Location, journal: dict[str, Any]) -> dict[str, Any]:
    """Carry out a pending plan; safe to repeat after a crash at any point."""
    for step in journal["steps"]:
        for staged, final in step["moves"]:
            if location.exists(staged):
                location.move(staged, final)
            elif not location.exists(final):
                raise StorageError(
                    f"commit {journal['commit_id']}: neither {staged} nor {final} exists, so "
                    "the dataset was changed outside wirestream; restore the file, or set "
                    f"\"status\": \"{DONE}\" in {journal_path(journal['commit_id'])} to give up "
                    "on this commit")
        for replaced in step["deletes"]:
            location.delete(replaced)
    done = {**journal, "status": DONE,
            "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    _file_as_done(location, done)
    location.delete_dir(journal["staging"])
    return done


def _file_as_done(location: Location, journal: Mapping[str, Any]) -> None:
    """The record first, then the pending journal goes: a crash in between leaves a pending
    journal whose steps are all done, which the next ``finish_pending`` applies again (a no-op)."""
    location.write_json(done_journal_path(journal["commit_id"]), journal)
    location.delete(journal_path(journal["commit_id"]))


def finish_pending(location: Location) -> list[str]:
    """Apply every plan a crashed compaction or reprocess left pending; their commit ids. A
    finished journal an older wirestream left beside the pending ones moves to ``done/``."""
    pending = []
    for journal in _journals(location):
        if journal["status"] == PENDING:
            apply(location, journal)
            pending.append(journal["commit_id"])
        else:
            _file_as_done(location, journal)
    return pending


# --- what readers see while a commit is pending -------------------------------------------------


def _journals(location: Location) -> list[dict[str, Any]]:
    return [location.read_json(path)
            for path in location.files(COMMITS_DIR, ".json", recursive=False)]


def pending_journals(location: Location) -> list[dict[str, Any]]:
    return [j for j in _journals(location) if j["status"] == PENDING]


def hidden_files(journals: Sequence[Mapping[str, Any]], present: set[str]) -> set[str]:
    """Files a reader must leave out so that no row shows twice while ``journals`` (pending
    commits) are half applied; ``present``: every file of the dataset, staging included.

    A step whose staged files have all moved in hides the files it is about to delete; a
    step moved in part hides what it already moved (the files it replaces are still there).
    """
    hidden: set[str] = set()
    for journal in journals:
        for step in journal["steps"]:
            moved = [final for staged, final in step["moves"] if staged not in present]
            if len(moved) == len(step["moves"]):
                hidden.update(step["deletes"])
            else:
                hidden.update(moved)
    return hidden


def listing_for_readers(location: Location, directory: str,
                        attempts: int = 5) -> tuple[list[str], set[str]]:
    """The files of ``directory`` that hold each row once, even while a compaction or a
    reprocess is committing, and the files left out for that (``hidden_files`` of the pending
    commits).

    The journals are read before and after listing; when a commit began or ended in between,
    the listing is taken again, so it always matches the journals it is filtered by.
    """
    for _ in range(attempts):
        journals = pending_journals(location)
        files = location.files(directory)
        if pending_journals(location) == journals:
            break
    else:
        raise StorageError(f"{location.uri}: commits kept starting and ending while "
                           f"{directory}/ was listed; try again")
    if not journals:
        return files, set()
    staged = {f for j in journals for f in location.files(j["staging"])}
    hidden = hidden_files(journals, set(files) | staged) & set(files)
    return [f for f in files if f not in hidden], hidden
