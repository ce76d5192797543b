"""Near-duplicate quality and cost on Reuters-21578 plus generated syndicated copies.

    python bench/dedup.py            # quality at full size, then cost at 1/4, 1/2, 1 (JSON lines)

Ground truth for every pair is the exact Jaccard of word 5-gram shingle sets (the corpus has
its own duplicates, found the same way), computed with prefix filtering so that no pair at or
above the lowest reported band is missed. The generator is seeded and frozen: change it only
with a new seed in the output.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import reuters_stories  # noqa: E402

from pipeline.config import DedupConfig  # noqa: E402
from tests.records import make_story  # noqa: E402
from transforms.neardup import PAIRS, ClusterNearDuplicates, shingles  # noqa: E402
from transforms.records import Story  # noqa: E402

SEED = 21578
GENERATED_BASES = 1500
BANDS = ((0.8, 1.01), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6))
# Boilerplate written for this benchmark, appended the way syndication sites do.
TAILS = (
    "Copyright 1987 Harbor Wire Services. All rights reserved. Republication prohibited.",
    "Read more business news at our markets desk. Sign up for the morning briefing.",
)
VARIANTS = ("headline", "drop_paragraph", "add_paragraph", "boilerplate_tail",
            "word_changes", "update")


def emit(result: dict) -> None:
    print(json.dumps(result, sort_keys=True), flush=True)


def variant(kind: str, title: str, body: str, donor: str, rng: random.Random) -> tuple[str, str]:
    paragraphs = body.split("\n\n")
    if kind == "headline":
        return "Syndicated: " + title.title(), body
    if kind == "drop_paragraph" and len(paragraphs) > 2:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    elif kind == "add_paragraph":
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), donor.split("\n\n")[0])
    elif kind == "boilerplate_tail":
        paragraphs.append(rng.choice(TAILS))
    elif kind == "word_changes":
        words = body.split(" ")
        for i in rng.sample(range(len(words)), min(3, len(words))):
            words[i] = rng.choice(("reportedly", "roughly", "officials", "sources"))
        return title, " ".join(words)
    elif kind == "update":
        paragraphs.append(donor.split("\n\n")[-1])
        return "UPDATE 1-" + title, "\n\n".join(paragraphs)
    return title, "\n\n".join(paragraphs)


def labelled_set(limit: int | None) -> list[dict]:
    """All Reuters bodies plus generated copies of some of them (seeded, frozen)."""
    stories = reuters_stories(limit)
    rng = random.Random(SEED)
    items = [{"id": f"reuters/{s.newid}", "title": s.title, "body": s.body,
              "published": s.date, "kind": "original"} for s in stories]
    bases = rng.sample(stories, min(GENERATED_BASES * len(stories) // 19043 or 1, len(stories)))
    for base in bases:
        for kind in rng.sample(VARIANTS, 2):
            donor = rng.choice(stories).body
            title, body = variant(kind, base.title, base.body, donor, rng)
            items.append({"id": f"copy/{base.newid}/{kind}", "title": title, "body": body,
                          "published": base.date + dt.timedelta(hours=rng.randint(1, 48)),
                          "kind": kind})
    return items


def exact_pairs(items: list[dict], threshold: float, size: int) -> dict[tuple[str, str], float]:
    """Every pair with shingle Jaccard >= threshold (prefix filtering: exact, no sampling)."""
    sets = [set(shingles(item["body"], size)) for item in items]
    frequency = collections.Counter(g for s in sets for g in s)
    index: dict[bytes, list[int]] = collections.defaultdict(list)
    for i, s in enumerate(sets):
        ordered = sorted(s, key=lambda g: (frequency[g], g))
        for g in ordered[:len(ordered) - math.ceil(threshold * len(ordered)) + 1]:
            index[g].append(i)
    candidates = {(a, b) for members in index.values()
                  for a, b in itertools.combinations(members, 2)}
    pairs = {}
    for a, b in candidates:
        jaccard = len(sets[a] & sets[b]) / len(sets[a] | sets[b])
        if jaccard >= threshold:
            pairs[tuple(sorted((items[a]["id"], items[b]["id"])))] = jaccard
    return pairs


def as_story(item: dict) -> Story:
    return make_story(item["id"], item["body"], item["published"], content_hash="",
                      source="bench", title=item["title"])


def run_clustering(items: list[dict], config: DedupConfig, workers: int = 1
                   ) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """The dedup stage alone on the FnApiRunner: article_id -> cluster_id, verified pairs."""
    argv = ["--runner=FnApiRunner"]
    if workers > 1:
        argv += [f"--direct_num_workers={workers}", "--direct_running_mode=multi_processing"]
    with tempfile.TemporaryDirectory() as tmp:
        p = beam.Pipeline(options=PipelineOptions(argv))
        clustered = (p | beam.Create([as_story(i) for i in items])
                     | ClusterNearDuplicates(num_perm=config.num_perm, bands=config.bands,
                                             shingle_words=config.shingle_words,
                                             threshold=config.threshold))
        (clustered["stories"]
         | "ClusterLines" >> beam.Map(lambda s: json.dumps([s.article_id, s.cluster_id]))
         | "WriteClusters" >> beam.io.WriteToText(f"{tmp}/clusters"))
        (clustered[PAIRS]
         | "PairLines" >> beam.Map(lambda pair: json.dumps(sorted(
             (pair.a.article_id, pair.b.article_id))))
         | "WritePairs" >> beam.io.WriteToText(f"{tmp}/pairs"))
        p.run().wait_until_finish()
        read = {name: [json.loads(line) for f in Path(tmp).glob(f"{name}*")
                       for line in f.read_text().splitlines()] for name in ("clusters", "pairs")}
        return dict(read["clusters"]), {tuple(pair) for pair in read["pairs"]}


def cluster_pairs(assignment: dict[str, str]) -> set[tuple[str, str]]:
    members = collections.defaultdict(list)
    for article, cluster in assignment.items():
        members[cluster].append(article)
    return {tuple(sorted(p)) for group in members.values() if len(group) > 1
            for p in itertools.combinations(group, 2)}


def quality(limit: int | None, config: DedupConfig) -> None:
    items = labelled_set(limit)
    truth = exact_pairs(items, BANDS[-1][0], config.shingle_words)
    started = time.perf_counter()
    assignment, verified = run_clustering(items, config)
    elapsed = time.perf_counter() - started
    predicted = cluster_pairs(assignment)
    positives = {p for p, j in truth.items() if j >= 0.8}
    true_positive = predicted & positives
    result = {
        # The pairs the stage verified (its decisions) ...
        "verified_pairs": len(verified),
        "verified_precision_vs_j_ge_0.8": round(len(verified & positives) / max(len(verified),
                                                                                 1), 4),
        "verified_recall_j_ge_0.8": round(len(verified & positives) / max(len(positives), 1), 4),
        # ... and every pair that ends up sharing a cluster (connected components).
        "bench": "dedup_quality", "seed": SEED, "items": len(items),
        "config": config.__dict__, "pairs_truth_j_ge_0.8": len(positives),
        "pairs_predicted": len(predicted),
        "precision_vs_j_ge_0.8": round(len(true_positive) / max(len(predicted), 1), 4),
        "precision_vs_j_ge_0.5": round(len(predicted & truth.keys()) / max(len(predicted), 1),
                                       4),
        "recall_j_ge_0.8": round(len(true_positive) / max(len(positives), 1), 4),
        "stage_seconds": round(elapsed, 2),
    }
    for low, high in BANDS[1:]:
        band = {p for p, j in truth.items() if low <= j < high}
        result[f"recall_j_{low}_{high}"] = round(len(band & predicted) / max(len(band), 1), 4)
        result[f"pairs_j_{low}_{high}"] = len(band)
    by_kind: dict[str, list[bool]] = collections.defaultdict(list)
    for item in items:
        if item["kind"] != "original":
            base = "reuters/" + item["id"].split("/")[1]
            by_kind[item["kind"]].append(assignment[item["id"]] == assignment[base])
    result["linked_to_base_by_variant"] = {k: round(sum(v) / len(v), 3)
                                           for k, v in sorted(by_kind.items())}
    emit(result)

    # Duplicates the corpus itself carries (no generated copy involved).
    natural = {p: j for p, j in truth.items()
               if p[0].startswith("reuters/") and p[1].startswith("reuters/")}
    originals = {k: v for k, v in assignment.items() if k.startswith("reuters/")}
    clusters = collections.Counter(originals.values())
    titles = {i["id"]: i["title"] for i in items}
    rng = random.Random(SEED)
    sample = rng.sample(sorted(p for p, j in natural.items() if j >= 0.8),
                        min(10, sum(j >= 0.8 for j in natural.values())))
    emit({"bench": "dedup_natural_reuters", "pairs_j_ge_0.8": sum(
        j >= 0.8 for j in natural.values()),
          "clusters_with_copies": sum(1 for n in clusters.values() if n > 1),
          "stories_in_such_clusters": sum(n for n in clusters.values() if n > 1),
          "sample": [{"a": a, "b": b, "jaccard": round(natural[(a, b)], 3),
                      "title_a": titles[a], "title_b": titles[b],
                      "same_cluster": assignment[a] == assignment[b]} for a, b in sample]})


def cost(limit: int, config: DedupConfig) -> None:
    items = labelled_set(limit)
    started = time.perf_counter()
    run_clustering(items, config)
    emit({"bench": "dedup_cost", "items": len(items), "reuters_stories": limit,
          "stage_seconds": round(time.perf_counter() - started, 2),
          "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cost-only", type=int, metavar="N",
                        help="(internal) time the stage on the first N stories, in a fresh "
                        "process so its peak memory is its own")
    parser.add_argument("--threshold", type=float, default=DedupConfig.threshold)
    parser.add_argument("--bands", type=int, default=DedupConfig.bands)
    parser.add_argument("--num-perm", type=int, default=DedupConfig.num_perm)
    parser.add_argument("--skip-cost", action="store_true")
    args = parser.parse_args()
    config = DedupConfig(num_perm=args.num_perm, bands=args.bands, threshold=args.threshold)
    config.check("dedup")
    if args.cost_only:
        cost(args.cost_only, config)
        return
    quality(None, config)
    if not args.skip_cost:
        for fraction in (4, 2, 1):
            subprocess.run([sys.executable, __file__, "--cost-only", str(19043 // fraction),
                            "--threshold", str(args.threshold), "--bands", str(args.bands),
                            "--num-perm", str(args.num_perm)], check=True)


if __name__ == "__main__":
    main()
