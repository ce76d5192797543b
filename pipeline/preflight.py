"""Pre-flight: what can be known before the pipeline starts is checked before it starts.

A run that would die at its last step (an output path that is a file, a directory it may not
write) or after loading everything (a model that is not installed, an input that matches
nothing, state it cannot read) is refused at once, with every problem named and its fix, and
exit status 2. Object-store outputs (``s3://``, ``gs://``) are checked by their first write:
credentials and network are not knowable here without writing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.config import Config
from pipeline.feedstate import FEED_STATE_FILE, read_feed_states
from pipeline.graph import ONCE, STREAMING
from pipeline.history import INDEX_DIR
from pipeline.layout import OldLayout, known_v2
from pipeline.sinks import SIGNATURES_DIR
from pipeline.sources import InputNotFound, expand_inputs
from pipeline.storage import STAGING_DIR, StorageError
from transforms.ner_model import ModelNotInstalled, model_meta
from transforms.records import InputSpec

# Directories of a dataset that a run writes into or reads its state from.
DATASET_DIRS = ("articles", "entities", "rejects", SIGNATURES_DIR, "_runs", "_state", STAGING_DIR)


class PreflightFailed(ValueError):
    """The run cannot work; ``problems`` says why, each with its fix."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__(format_problems(self.problems))


def format_problems(problems: Sequence[str]) -> str:
    """One problem as it is; several as a count and an indented list."""
    if len(problems) == 1:
        return problems[0]
    return f"{len(problems)} problems stop this run before it starts:\n" + "\n".join(
        f"  {problem}" for problem in problems)


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def output_problems(output: str) -> list[str]:
    """The local output directory: a directory (or creatable as one) that this user can write."""
    if "://" in output:
        return []
    path = Path(output).absolute()
    if path.exists() and not path.is_dir():
        return [f"output {output!r} is a file, not a directory: pass --output (run.output) a "
                "directory, new or existing"]
    existing = _nearest_existing(path)
    if not existing.is_dir():
        return [f"output {output!r} cannot be created: {str(existing)!r} is a file, not a "
                "directory: pass --output (run.output) a directory, new or existing"]
    problems = [f"output {output!r}: {str(path / name)!r} is a file where the dataset keeps a "
                "directory: move it away, or pass --output another directory"
                for name in DATASET_DIRS if (path / name).exists() and not (path / name).is_dir()]
    try:  # the one test that holds for every user, root included: create a file there
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as err:
        problems.append(f"output {output!r} is not writable ({str(existing)!r}: {err.strerror}): "
                        "pass --output a directory you can write to, or fix its permissions")
    return problems


def input_problems(config: Config) -> list[str]:
    """Every configured input path or glob matches a file (URLs are fetched by the run)."""
    problems = []
    for spec in config.inputs:
        try:
            expand_inputs([InputSpec(spec.location, spec.format, spec.source)])
        except InputNotFound as err:
            problems.append(str(err))
    return problems


def model_problems(config: Config) -> list[str]:
    """The spaCy pipeline named by ``entities.model`` is installed (read, not loaded)."""
    if not config.entities.enabled:
        return []
    try:
        model_meta(config.entities.model)
    except ModelNotInstalled as err:
        return [str(err)]
    return []


def state_problems(config: Config, reads_feed_state: bool) -> list[str]:
    """The state a run reads from its local output: the feed state of scheduled runs and the
    directories of earlier runs' articles, id index and near-duplicate signatures (their top
    level only: a walk would cost more every day; a partition deeper down that cannot be read
    fails the run with its path)."""
    output = config.run.output
    if "://" in output:
        return []
    problems = []
    for name in ("articles", INDEX_DIR, SIGNATURES_DIR):
        directory = Path(output) / name
        if not directory.is_dir():
            continue  # absent: a first run; a file there is an output problem
        try:
            with os.scandir(directory) as entries:
                next(entries, None)
        except OSError as err:
            problems.append(f"{err.filename!r} cannot be read ({err.strerror}): earlier runs' "
                            f"{name} are what this run compares with; fix its permissions")
    state_file = Path(output) / FEED_STATE_FILE
    if reads_feed_state and state_file.exists():
        try:
            read_feed_states(output)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as err:
            problems.append(
                f"feed state {str(state_file)!r} cannot be read ({type(err).__name__}: {err}): "
                "restore it from a backup, or delete it to poll every feed afresh (stories "
                "already written are then skipped as re-polls)")
    return problems


def layout_problems(output: str) -> list[str]:
    """A run writes layout v2; into a dataset that still holds layout v1 files it would make
    a mix that Hive readers refuse ("Hive partition mismatch"), so ``compact`` migrates first.
    Object stores too. Once a run has found no v1 file its layout marker says so, and later
    runs read the marker instead of a listing that grows daily (``layout.remember_v2``)."""
    try:
        known_v2(output)
    except OldLayout as err:
        return [str(err)]
    except (OSError, StorageError):
        return []  # unreadable or unreachable: the output and state checks say so
    return []


def problems_before_running(config: Config, mode: str) -> list[str]:
    """Everything knowable before the pipeline starts that would stop it, in one list.

    ``mode`` is ``graph.Mode.name``. A streaming run watches its folders and globs for files
    still to come, so an input that matches nothing yet is no problem there; only scheduled
    (``once``) runs read feed state from the output.
    """
    return [*output_problems(config.run.output), *layout_problems(config.run.output),
            *state_problems(config, mode == ONCE),
            *([] if mode == STREAMING else input_problems(config)), *model_problems(config)]


def check_before_running(config: Config, mode: str) -> None:
    """Raise ``PreflightFailed`` naming every problem (the command line exits 2)."""
    problems = problems_before_running(config, mode)
    if problems:
        raise PreflightFailed(problems)
