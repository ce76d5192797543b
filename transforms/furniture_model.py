"""A learned second opinion on page furniture: a logistic regression over a line's words and shape.

The cleaning rules name furniture by word class and position, and every new site words its
buttons, ads and bios in ways no rule has seen. This model generalises from many wordings: it
is trained (``bench/furniture_model.py``) on the furniture lines of the noise-injection template
banks (written for this project) against real story lines (Reuters-21578 and CoNLL-2003 train
bodies, read at training time), and scores a line by its words, word pairs, first and last word,
length, ending, capitals and marks. Only the weights ship (``data/furniture_model.json``).

Keep by default: the model never removes a line on its shape alone. A line counts as furniture
only when the model is confident (``threshold``) *and* its words themselves carry the evidence
(``min_word_evidence``): a line in a language or a domain the model never saw scores on shape
only, and stays.
"""

from __future__ import annotations

import functools
import json
import math
import random
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

SHIPPED_MODEL = Path(__file__).resolve().parent / "data" / "furniture_model.json"
FORMAT_VERSION = 1

# Letters of any script, or a run of digits (every number is one feature: "0").
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
# Word-count buckets: "Share" (1), "Sent 12 times" (3), a bio (10-14), a paragraph (25+).
LENGTH_EDGES = (1, 2, 3, 4, 6, 9, 14, 24)
# Marks that menus, stamps, bylines and bars print and prose rarely does.
MARKS = "|·•/@©:-–—()#»›"
# How many times ``min_word_evidence`` a line's words must add when asked for strong evidence.
STRONG_EVIDENCE = 2.0
# Features that come from the words themselves (the rest describe the line's shape).
WORD_FEATURES = ("w:", "b:", "first:", "last:")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((str(edge) for edge in edges if n <= edge), "more")


def _ending(line: str) -> str:
    end = line.rstrip()[-1:]
    if not end:
        return "none"
    if end in (".", "!", "?", "…"):
        return "stop"
    if end in (":", ";"):
        return "colon"
    if end.isalnum():
        return "word"
    return "quote" if end in "\"'”’)]" else "mark"


def line_features(line: str) -> list[str]:
    """The line's features: lower-cased words ("w:"), word pairs ("b:"), first and last word,
    its length in words, its ending, its share of capitalised words, and the marks it holds."""
    tokens = TOKEN_RE.findall(line)
    words = ["0" if token.isdigit() else token.lower() for token in tokens]
    features = ["bias"]
    features += ["w:" + word for word in words]
    features += ["b:" + a + "_" + b for a, b in zip(words, words[1:], strict=False)]
    if words:
        features += ["first:" + words[0], "last:" + words[-1]]
    length, ending = _bucket(len(words), LENGTH_EDGES), _ending(line)
    features += ["len:" + length, "end:" + ending, "len_end:" + length + ending]
    lettered = [token for token in tokens if token[0].isalpha()]
    if lettered:
        capitals = sum(token[0].isupper() for token in lettered) / len(lettered)
        features.append("caps:" + str(round(capitals * 4)))
        if len(lettered) > 1 and all(token.isupper() for token in lettered):
            features.append("all_caps")
    if any(token.isdigit() for token in tokens):
        features.append("digit")
    features += ["mark:" + mark for mark in MARKS if mark in line]
    return features


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class FurnitureModel(NamedTuple):
    weights: Mapping[str, float]
    threshold: float  # the probability a furniture line must reach
    min_word_evidence: float  # what the line's words alone must add towards furniture

    def probability(self, line: str) -> float:
        return _sigmoid(self._scores(line)[0])

    def word_evidence(self, line: str) -> float:
        return self._scores(line)[1]

    def is_furniture(self, line: str, *, evidence: float = 1.0) -> bool:
        """The model is confident (``threshold``) and the line's words add ``evidence`` times
        ``min_word_evidence`` (``STRONG_EVIDENCE``: where the line may well be the story's)."""
        score, word_score = self._scores(line)
        return (word_score >= self.min_word_evidence * evidence
                and _sigmoid(score) >= self.threshold)

    def _scores(self, line: str) -> tuple[float, float]:
        """The weights of all the line's features, and of those from its words alone."""
        score = word_score = 0.0
        for feature in line_features(line):
            weight = self.weights.get(feature, 0.0)
            score += weight
            if feature.startswith(WORD_FEATURES):
                word_score += weight
        return score, word_score


def train_furniture_model(furniture: Iterable[str], story: Iterable[str], *,
                          threshold: float, min_word_evidence: float, epochs: int = 4,
                          learning_rate: float = 0.3, l2: float = 1e-5,
                          furniture_weight: float = 0.5, min_lines: int = 2,
                          min_story_only_lines: int = 20, seed: int = 0) -> FurnitureModel:
    """Logistic regression by AdaGrad over the lines' features (``line_features``).

    Lines are deduplicated and sorted first, so a run gives the same weights on any machine
    and hash seed. The furniture class weighs ``furniture_weight`` times the story class in
    all (there are far more story lines). A feature seen in fewer than ``min_lines`` lines is
    dropped: a name or a number met once is no evidence. So is one seen in story lines only,
    unless in ``min_story_only_lines`` of them: the model keeps the story's common words ("said",
    "percent") and no vocabulary of the stories it read (their names, their phrases)."""
    story_lines = sorted(set(story))
    furniture_lines = sorted(set(furniture) - set(story_lines))
    examples = ([(line_features(line), 0.0) for line in story_lines]
                + [(line_features(line), 1.0) for line in furniture_lines])
    in_story: dict[str, int] = {}
    in_furniture: dict[str, int] = {}
    for features, label in examples:
        seen = in_furniture if label else in_story
        for feature in set(features):
            seen[feature] = seen.get(feature, 0) + 1

    def kept(feature: str) -> bool:
        furniture_lines_with = in_furniture.get(feature, 0)
        story_lines_with = in_story.get(feature, 0)
        return (furniture_lines_with > 0 and furniture_lines_with + story_lines_with >= min_lines
                or story_lines_with >= min_story_only_lines)

    examples = [([f for f in features if kept(f)], label) for features, label in examples]
    class_weight = {0.0: 1.0,
                    1.0: furniture_weight * len(story_lines) / max(1, len(furniture_lines))}
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            features, label = examples[index]
            p = _sigmoid(sum(weights.get(f, 0.0) for f in features))
            gradient = (p - label) * class_weight[label]
            for feature in features:
                w = weights.get(feature, 0.0)
                g = gradient + l2 * w
                squares[feature] = squares.get(feature, 0.0) + g * g
                weights[feature] = w - learning_rate * g / math.sqrt(squares[feature] + 1e-8)
    return FurnitureModel({f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.005},
                          threshold, min_word_evidence)


def save_furniture_model(model: FurnitureModel, path: Path) -> None:
    data = {"format": FORMAT_VERSION, "threshold": model.threshold,
            "min_word_evidence": model.min_word_evidence, "weights": dict(model.weights)}
    path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def read_furniture_model(path: Path) -> FurnitureModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"{path}: furniture model format {data.get('format')!r}, expected "
                         f"{FORMAT_VERSION}; retrain it with `python bench/furniture_model.py "
                         f"--write`")
    return FurnitureModel(data["weights"], data["threshold"], data["min_word_evidence"])


@functools.cache
def shipped_furniture_model() -> FurnitureModel:
    """The model that ships with wirestream (read once per process)."""
    return read_furniture_model(SHIPPED_MODEL)
