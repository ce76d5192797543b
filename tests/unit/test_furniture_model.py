"""The learned furniture model: its features, its training, the shipped weights.

Lines here are invented for the tests. The shipped model's training data (the template banks of
bench/noise_injection.py, and Reuters-21578 and CoNLL-2003 bodies read at run time from
../shared) is rebuilt in the last test.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.conftest import ROOT, SHARED, require_shared
from transforms.furniture_model import (
    SHIPPED_MODEL,
    line_features,
    read_furniture_model,
    save_furniture_model,
    shipped_furniture_model,
    train_furniture_model,
)

FURNITURE = ["Share this story", "Sign up for our morning newsletter", "Comments are closed",
             "Advertisement", "Follow us on social media", "Sign up for alerts",
             "Share on social media", "Comments (12)", "Follow our morning alerts"]
STORY = ["The council approved the budget on Tuesday.",
         "Rainfall was 12 percent below the average for the month.",
         "Police said the driver was taken to hospital.",
         "Shares closed 3 percent higher at 41.20 crowns.",
         "The mayor said the budget would fund two new schools.",
         "Police closed the road for three hours."]


def test_features_are_words_pairs_ends_and_shape():
    assert line_features("Sent 12 times | Share") == [
        "bias", "w:sent", "w:0", "w:times", "w:share", "b:sent_0", "b:0_times", "b:times_share",
        "first:sent", "last:share", "len:4", "end:word", "len_end:4word", "caps:3", "digit",
        "mark:|"]
    assert line_features("") == ["bias", "len:1", "end:none", "len_end:1none"]


def test_training_is_deterministic_and_learns_from_words():
    first = train_furniture_model(FURNITURE, STORY, threshold=0.8, min_word_evidence=0.5,
                                  epochs=20, min_lines=1)
    again = train_furniture_model(list(reversed(FURNITURE)), list(reversed(STORY)),
                                  threshold=0.8, min_word_evidence=0.5, epochs=20, min_lines=1)
    assert first == again
    assert first.is_furniture("Share this with a friend")
    assert first.is_furniture("Sign up for our evening alerts")
    assert not first.is_furniture("The council said the budget was approved.")
    assert not first.is_furniture("Police closed the bridge on Tuesday.")


def test_a_line_whose_words_the_model_never_met_stays_whatever_its_shape():
    model = shipped_furniture_model()
    # Short, capitalised, no full stop, an arrow at its end: the shape of a button, and the
    # model's probability says so, but none of its words is evidence of furniture.
    line = "Zyxor blemquat vorn ›"
    assert model.probability(line) >= model.threshold
    assert model.word_evidence(line) == 0.0
    assert not model.is_furniture(line)


def test_the_shipped_model_takes_furniture_in_wordings_written_for_this_test():
    model = shipped_furniture_model()
    for line in ("Readers also viewed", "Mute this thread", "Text size",
                 "Ad - content continues below"):
        assert model.is_furniture(line), line
    for line in ("Shr 12 cts vs 10 cts", "Second round results:",
                 "The harbour board voted on Tuesday to rebuild the pier."):
        assert not model.is_furniture(line), line


def test_a_model_file_round_trips_and_a_foreign_format_is_refused(tmp_path):
    model = train_furniture_model(FURNITURE, STORY, threshold=0.7, min_word_evidence=1.0,
                                  min_lines=1)
    path = tmp_path / "model.json"
    save_furniture_model(model, path)
    assert read_furniture_model(path) == model
    data = json.loads(path.read_text())
    data["format"] = 99
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match=r"model\.json: furniture model format 99, expected 1; "
                                         r"retrain it with `python bench/furniture_model\.py"):
        read_furniture_model(path)


def test_the_shipped_weights_are_what_the_trainer_makes():
    require_shared(SHARED / "corpora" / "conll2003")
    require_shared(SHARED / "corpora" / "reuters21578")
    spec = importlib.util.spec_from_file_location("bench_furniture_model",
                                                  ROOT / "bench" / "furniture_model.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    _, titles, story = bench.corpora_inputs()
    model = bench.train(bench.TRAINING_BANKS, story, titles)
    assert model == read_furniture_model(SHIPPED_MODEL)
