"""Which log records reach the user's terminal."""

from __future__ import annotations

import logging

import pytest

from pipeline.logs import RELAY_LOGGER, worker_line_worth_showing, worth_showing


def record(level: int, message: str, logger: str = "apache_beam.x") -> logging.LogRecord:
    return logging.LogRecord(logger, level, __file__, 1, message, None, None)


@pytest.mark.parametrize(("level", "message", "shown"), [
    (logging.WARNING, "could not open feed", True),
    (logging.ERROR, "worker failed", True),
    (logging.INFO, "Control channel established.", False),
    (logging.WARNING, "apitools not found, and bigquery client libraries are not available", False),
    (logging.WARNING, 'Worker: severity: WARN message: "No semi_persistent_directory found: x"',
     False),
    (logging.WARNING, "Really starting service at localhost:60883 with cmd: ('prism',)", False),
    (logging.WARNING, "Really destroying service at localhost:60883 with cmd: ('prism',)", False),
    (logging.WARNING, "empty transform, with payload and identical input and output pcollection "
     "(urn='beam:transform:pickled_python:v1', name='Read/MaybeReshuffle')", False),
])
def test_warnings_are_shown_except_beam_noise(level, message, shown):
    assert worth_showing(record(level, message)) is shown


def test_the_runners_copy_of_a_worker_record_is_not_shown():
    # The worker process printed the record itself.
    relayed = 'Worker: severity: WARN message: "feed https://example.com/rss timed out"'
    assert worth_showing(record(logging.WARNING, relayed, RELAY_LOGGER)) is False
    assert worth_showing(record(logging.WARNING, "job service stopped", RELAY_LOGGER)) is True


@pytest.mark.parametrize(("line", "shown"), [
    ("INFO:apache_beam.runners.worker.sdk_worker:Control channel established.", False),
    ("INFO:__main__:Python sdk harness starting.", False),
    ("WARNING:root:apitools not found, and bigquery client libraries are not available", False),
    ("WARNING:__main__:No semi_persistent_directory found:  User registered objects", False),
    ("WARNING:pipeline.sources:feed https://example.com/rss timed out", True),
    ("ERROR:apache_beam.runners.worker.sdk_worker:Error processing instruction 7", True),
    ("Traceback (most recent call last):", True),
    ("  File \"/x/sources.py\", line 3, in process", True),
])
def test_a_worker_process_line_is_shown_when_a_record_would_be(line, shown):
    assert worker_line_worth_showing(line) is shown
