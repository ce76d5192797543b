"""feedparser's own test suite (2,123 feeds) through the whole pipeline in one run.

The oracle is feedparser itself, called here on the same bytes and headers: its entry count per
file is what must come out. The HTTP cases are served from 127.0.0.1 with their recorded
headers. One run holds every file, so an entry whose article (same id, same content) another
file already wrote is a re-poll by the output contract: the corpus is hand-written variations of
a few feeds that all link http://example.com/. Such re-polls are checked one by one against the
row that was written, and the per-file test checks that every file alone writes all its entries.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import NamedTuple

import feedparser
import pytest
import yaml

from pipeline.sources import parse_input
from tests.conftest import FIXED_NOW, SHARED, query, require_shared, run_cli
from tests.fault_server import FeedServer, recorded_headers, static
from transforms.dedup import resolve_versions
from transforms.records import RawStory, Story
from transforms.stories import to_story

CORPUS = SHARED / "corpora" / "feedparser-tests"
NOW = dt.datetime.fromisoformat(FIXED_NOW)


class Case(NamedTuple):
    path: str  # as in INDEX.csv
    location: str  # what the pipeline reads: the file, or its URL on the local server
    source: str
    headers: dict[str, str]  # served with an HTTP case
    entries: int  # feedparser's entry count: the oracle
    bozo: bool


def _oracle(data: bytes, headers: dict[str, str]) -> tuple[int, bool]:
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    return len(parsed.entries), bool(parsed.bozo)


@pytest.fixture(scope="module")
def corpus() -> tuple[Path, list[dict[str, str]]]:
    root = require_shared(CORPUS / "INDEX.csv").parent
    with open(root / "INDEX.csv", newline="", encoding="utf-8") as index:
        return root, list(csv.DictReader(index))


@pytest.fixture(scope="module")
def corpus_run(corpus, tmp_path_factory) -> tuple[list[Case], Path]:
    root, rows = corpus
    routes = {
        f"/{row['path']}": static((root / row["path"]).read_bytes(),
                                   recorded_headers(row["http_headers"]).items())
        for row in rows
        if row["http_case"] == "True"
    }
    work = tmp_path_factory.mktemp("feedparser-corpus")
    with FeedServer(routes) as server:
        cases = []
        for number, row in enumerate(rows):
            data = (root / row["path"]).read_bytes()
            http = row["http_case"] == "True"
            headers = recorded_headers(row["http_headers"]) if http else {}
            # JSON Feed: feedparser 6.0 does not read it; its format (jsonfeed.org) is the oracle.
            entries, bozo = (
                (len(json.loads(data)["items"]), False)
                if row["path"].endswith(".json")
                else _oracle(data, headers)
            )
            location = server.url(f"/{row['path']}") if http else str(root / row["path"])
            # A source per file: file names repeat across the suite's folders.
            cases.append(Case(row["path"], location, f"fp{number:04d}", headers, entries, bozo))
        config = work / "corpus.yaml"
        inputs = [{"location": c.location, "source": c.source} for c in cases]
        config.write_text(yaml.safe_dump({"inputs": inputs}))
        out = work / "out"
        assert run_cli("run", "--config", config, "--output", out, "--now", FIXED_NOW,
                       "--set", "entities.enabled=false") == 0
    assert server.hits == {path: 1 for path in routes}  # every HTTP case fetched, once
    return cases, out


def _counts(out: Path) -> dict:
    [record] = (out / "_runs").glob("*.json")
    return json.loads(record.read_text())["counts"]


def _story(case: Case, index: int) -> Story:
    """The story the pipeline made of entry ``index``, through the same pure functions."""
    data = (CORPUS / case.path).read_bytes()
    fmt = "jsonl" if case.path.endswith(".json") else "rss"
    raw = parse_input(data, fmt=fmt, source=case.source, origin=case.location,
                      headers=case.headers)[index]
    assert isinstance(raw, RawStory)
    return to_story(raw, NOW)


def test_corpus_is_all_there(corpus):
    _, rows = corpus
    assert len(rows) == 2123
    assert sum(row["http_case"] == "True" for row in rows) == 149


def test_every_entry_is_written_or_a_repoll_of_a_written_row(corpus_run):
    cases, out = corpus_run
    written = {origin: (article_id, content_hash) for origin, article_id, content_hash
               in query(out, "SELECT origin, article_id, content_hash FROM articles")}
    rejected = {origin for (origin,) in query(out, "SELECT origin FROM rejects")}

    expected = {f"{c.location}#{i}" for c in cases for i in range(c.entries)}
    # No story from nowhere, and no entry of any file (bozo or not) rejected.
    assert set(written) <= expected
    assert not expected & rejected
    repolled = expected - set(written)
    assert len(repolled) == _counts(out)["repolls_skipped"]
    # Each re-poll has the identity and content of a row that is in the dataset.
    by_location = {c.location: c for c in cases}
    for origin in sorted(repolled):
        location, _, index = origin.rpartition("#")
        story = _story(by_location[location], int(index))
        assert (story.article_id, story.content_hash) in set(written.values()), origin


def test_files_without_entries_are_empty_feeds_unless_not_a_feed(corpus_run):
    cases, out = corpus_run
    by_location = {c.location: c for c in cases}
    rejects = query(out, "SELECT origin, stage, reason FROM rejects")
    # Only a document that is no feed at all is a reject; a feed with no items never is.
    assert [(by_location[o].path, stage, reason) for o, stage, reason in rejects] == [
        ("tests/illformed/rss_empty_document.xml", "read", "malformed_feed")]
    empty = [c for c in cases if c.entries == 0]
    assert _counts(out)["empty_feeds"] == len(empty) - len(rejects)


def test_run_record_reconciles_and_nothing_crashed(corpus_run):
    cases, out = corpus_run
    counts = _counts(out)
    entries = sum(c.entries for c in cases)
    assert counts["rejects_by_reason"] == {"malformed_feed": 1}  # no parse_failed: no crash
    assert counts["stories_in"] == entries + 1
    assert counts["articles_new"] + counts["versions_new"] + counts["repolls_skipped"] == entries
    assert counts["reconciled"] is True


# Feeds that list one item twice, identical in id and content: the repeat is a re-poll (writing
# it would put one (article_id, version) in the dataset twice).
REPEATED_ITEMS = {
    "tests/wellformed/lang/entry_content_xml_lang_blank_3.xml",  # same content, no id or link
    "tests/wellformed/node_precedence/atom10_id.xml",  # same id, no content
    "tests/wellformed/node_precedence/atom10_title.xml",  # same title, no id or link
}


def test_each_file_alone_writes_all_its_entries(corpus_run):
    # Cross-file re-polls aside, nothing inside a file collapses: every entry of every file,
    # bozo or not, is its own article when the file is polled on its own.
    cases, _ = corpus_run
    short = {}
    for case in cases:
        by_id: dict[str, list[Story]] = {}
        for index in range(case.entries):
            story = _story(case, index)
            by_id.setdefault(story.article_id, []).append(story)
        written = sum(len(resolve_versions(group, [])[0]) for group in by_id.values())
        if written != case.entries:
            short[case.path] = (case.entries, written)
    assert short == {path: (2, 1) for path in REPEATED_ITEMS}
