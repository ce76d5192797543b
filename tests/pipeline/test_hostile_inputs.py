"""Hostile and broken input, end to end: faulty servers, XML bombs and XXE, hostile paths, and a
run killed mid-write. Traffic goes only to servers on 127.0.0.1 that the tests start and stop.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.empty_tables import TABLES, marker_path
from pipeline.sources import parse_feed
from tests.conftest import FIXED_NOW, ROOT, data_files, query, run_cli
from tests.fault_server import (
    GOOD_FEED,
    FeedServer,
    fault_routes,
    rss_feed,
    working_routes,
)

NO_NER = ("--set", "entities.enabled=false")


def counts(out: Path) -> dict:
    [record] = (out / "_runs").glob("*.json")
    return json.loads(record.read_text())["counts"]


# --- a fault-injecting feed server ---------------------------------------------------------------

MAX_BYTES = 100_000
GOOD = GOOD_FEED
# What each fault must become, and how many requests the retry policy may make for it.
FAULTS = {
    "/404": ("http_error", "HTTP 404: Not Found", 1),
    "/410": ("http_error", "HTTP 410: Gone", 1),
    "/500": ("http_error", "HTTP 500: Internal Server Error (after 3 attempts)", 3),
    "/503-retry-in-an-hour": ("http_error", "HTTP 503: Service Unavailable", 1),
    "/stall": ("fetch_timeout", "timed out: no answer within 1s", 1),
    "/drip": ("fetch_timeout", "timed out while reading the response", 1),
    "/truncated": ("truncated_response",
                   f"connection closed after 60 of {len(GOOD)} bytes (after 3 attempts)", 3),
    "/bad-gzip": ("bad_content_encoding",
                  "bad gzip response: Error -3 while decompressing data: incorrect header check",
                  1),
    "/redirect-loop": ("too_many_redirects",
                       "HTTP 302: redirect loop (/redirect-loop requested 5 times)", 5),
    "/huge": ("input_too_large", f"input is larger than max_bytes={MAX_BYTES}", 1),
    "/gzip-bomb": ("input_too_large",
                   f"decompressed input is larger than max_bytes={MAX_BYTES}", 1),
}
WORKING = working_routes()


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("faults") / "out"
    routes = fault_routes(MAX_BYTES) | WORKING
    assert set(routes) == set(FAULTS) | set(WORKING)
    with FeedServer(routes) as server:
        inputs = [arg for path in routes for arg in ("--input", server.url(path))]
        started = time.monotonic()
        assert run_cli("run", *inputs, "--source", "faults", "--output", out, "--now", FIXED_NOW,
                       "--set", "fetch.timeout_seconds=1", "--set", f"fetch.max_bytes={MAX_BYTES}",
                       *NO_NER) == 0
        elapsed = time.monotonic() - started
        hits = dict(server.hits)
    return server, out, hits, elapsed


def test_each_fault_is_a_reject_with_its_reason(fault_run):
    server, out, _, _ = fault_run
    rows = query(out, "SELECT origin, reason, detail, payload FROM rejects ORDER BY origin")
    assert rows == sorted((server.url(path), reason, detail, "")
                          for path, (reason, detail, _) in FAULTS.items())


def test_retries_only_what_a_retry_can_fix(fault_run):
    _, _, hits, elapsed = fault_run
    assert {path: hits[path] for path in FAULTS} == {
        path: attempts for path, (*_, attempts) in FAULTS.items()}
    assert hits["/503-then-ok"] == 2
    assert elapsed < 30  # timeouts and retries are bounded: no fault holds the run


def test_other_feeds_in_the_same_run_are_written(fault_run):
    server, out, _, _ = fault_run
    rows = query(out, "SELECT origin, title FROM articles ORDER BY origin")
    assert rows == sorted([
        (server.url("/503-then-ok") + "#0", "Lock gates replaced"),
        (server.url("/good") + "#0", "Ferry fares frozen"),
        (server.url("/good") + "#1", "Pier reopens"),
        (server.url("/no-charset") + "#0", "Smörgåsbord festival"),
        (server.url("/wrong-charset") + "#0", "Café reopens"),
    ])
    c = counts(out)
    assert (c["stories_in"], c["articles_new"], c["rejects"]) == (5 + len(FAULTS), 5, len(FAULTS))
    assert c["reconciled"] is True


# --- XML attacks ---------------------------------------------------------------------------------

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n'
    + b"".join(b'<!ENTITY lol%d "%s">\n' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
    + b']>\n<rss version="2.0"><channel><title>t</title>'
    b"<item><title>&lol9;</title><description>boom</description></item></channel></rss>"
)
# No nesting, so XML parsers' own nesting limits do not see it: 40 KB that expand to 100 MB.
QUADRATIC = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + b"a" * 10_000 + b'">\n]>\n'
    b'<rss version="2.0"><channel><title>t</title><item><title>q</title><description>'
    + b"&a;" * 10_000 + b"</description></item></channel></rss>"
)


def xxe(system_id: str, parameter: bool = False) -> bytes:
    declaration = (f'<!ENTITY % ext SYSTEM "{system_id}"> %ext;' if parameter
                   else f'<!ENTITY ext SYSTEM "{system_id}">')
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [{declaration}]>\n<rss version="2.0"><channel>'
            "<title>t</title><item><title>Leak &ext; here</title><guid>x</guid>"
            "<description>Quiet day.</description></item></channel></rss>").encode()


def _declared(document: bytes, encoding: str) -> bytes:
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>'.encode()
    return document.replace(b'<?xml version="1.0"?>', declaration).decode().encode(encoding)


def test_entity_bombs_are_rejected_in_bounded_memory():
    # UTF-16 and UTF-7 hide the declarations from a byte-level check; feedparser decodes both.
    hidden = [_declared(QUADRATIC, encoding) for encoding in ("utf-16", "utf-7")]
    for bomb in (BILLION_LAUGHS, QUADRATIC, *hidden):
        tracemalloc.start()
        [reject] = parse_feed(bomb, source="bomb", origin="bomb.xml")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert reject.reason == "entity_expansion"
        # The payload (the input as text) dominates; nothing near the expanded size is built.
        assert peak < 20 * len(bomb) + (1 << 20), peak


def test_bombs_and_external_entities_end_to_end(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    with FeedServer({}) as server:
        files = {
            "laughs.xml": BILLION_LAUGHS,
            "quadratic.xml": QUADRATIC,
            "xxe-file.xml": xxe(secret.as_uri()),
            "xxe-http.xml": xxe(server.url("/entity")),
            "xxe-parameter.xml": xxe(server.url("/dtd"), parameter=True),
        }
        for name, data in files.items():
            (tmp_path / name).write_bytes(data)
        out = tmp_path / "out"
        # One --input with several paths, as a shell expands a glob.
        assert run_cli("run", "--input", *(tmp_path / n for n in files),
                       "--output", out, "--now", FIXED_NOW, *NO_NER) == 0
        assert server.hits == {}  # no request for an external entity or DTD
    assert query(out, "SELECT origin, reason FROM rejects ORDER BY 1") == [
        (str(tmp_path / "laughs.xml"), "entity_expansion"),
        (str(tmp_path / "quadratic.xml"), "entity_expansion")]
    titles = query(out, "SELECT source, title, body FROM articles ORDER BY 1")
    # The reference stays unexpanded text; the file behind it is never read.
    assert titles == [(name, "Leak &ext; here", "Quiet day.")
                      for name in ("xxe-file", "xxe-http", "xxe-parameter")]
    assert all(b"TOP-SECRET" not in p.read_bytes() for p in out.rglob("*") if p.is_file())


# --- paths ---------------------------------------------------------------------------------------


def test_hostile_source_ids_never_leave_the_output(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    jsonl = inputs / "desk.jsonl"
    jsonl.write_text(
        json.dumps({"title": "Escape", "body": "Tries to climb out.", "source": "../../etc"}) + "\n"
        + json.dumps({"title": "Stays", "body": "Plain story.", "source": "desk"}) + "\n")
    # A file name that is a traversal on Windows; on POSIX a backslash is an ordinary character.
    (inputs / "feeds\\..\\..\\etc.xml").write_bytes(rss_feed("Backslashes"))
    out = tmp_path / "data" / "out"
    assert run_cli("run", "--input", inputs, "--source", "../../etc", "--output", out,
                   "--now", FIXED_NOW, *NO_NER) == 2  # refused as a config error

    assert run_cli("run", "--input", inputs, "--output", out, "--now", FIXED_NOW, *NO_NER) == 0
    assert query(out, "SELECT source, title FROM articles ORDER BY 1") == [
        ("desk", "Stays"), ("etc", "Backslashes")]
    assert query(out, "SELECT reason, origin FROM rejects") == [
        ("invalid_source", f"{jsonl}:1")]
    written = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert all(p.is_relative_to(out) or p.is_relative_to(inputs) for p in written)
    articles = out / "articles"
    # Layout v2: the source is a column (read above); the path holds the date only.
    assert {p.relative_to(articles).parts[0] for p in written if p.is_relative_to(articles)} == {
        "date=2026-11-28"}


# --- crash safety --------------------------------------------------------------------------------


def _visible_data(out: Path) -> dict[str, str]:
    """The files with rows a reader of the three tables sees (dot-files are invisible to
    readers; an empty table's marker has no rows, and a killed run leaves it next to its
    first files until a run finishes)."""
    markers = {marker_path(table) for table in TABLES}
    return {k: v for k, v in data_files(out).items()
            if Path(k).parts[0] in TABLES and k not in markers
            and not any(part.startswith(".") for part in Path(k).parts)}


def test_a_run_killed_mid_write_leaves_nothing_partial_and_a_rerun_completes_it(tmp_path):
    # Many partitions: the killed run has one article file of hundreds in place.
    stories = tmp_path / "big.jsonl"
    with stories.open("w") as f:
        for day in range(600):
            f.write(json.dumps({"title": f"Tide table {day}", "guid": f"tide-{day}",
                                "published": f"{2020 + day // 365}-{1 + day % 365 // 31:02d}-"
                                             f"{1 + day % 28:02d}T06:00:00Z",
                                "body": f"High water at {day % 24}:00 on day {day}."}) + "\n")
    args = ["run", "--input", str(stories), "--source", "tides", "--now", FIXED_NOW, *NO_NER]
    killed, clean = tmp_path / "killed", tmp_path / "clean"

    # The run pauses for good right after its first article file is in place and says so on
    # a pipe: the kill lands there, mid-write, however fast the machine (tests.pause_mid_write).
    told, tell = os.pipe()
    proc = subprocess.Popen([sys.executable, "-m", "tests.pause_mid_write", str(tell), *args,
                             "--output", str(killed)], cwd=ROOT, pass_fds=(tell,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(tell)
    try:
        with os.fdopen(told) as paused:
            # A bound on a run that neither pauses nor ends, not a synchronisation.
            assert select.select([paused], [], [], 300)[0], "the run hung before writing"
            first_file = paused.readline()  # '' when the run ended without pausing
        assert first_file.startswith(str(killed / "articles")), "the run never paused"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert run_cli(*args, "--output", clean) == 0
    partial = _visible_data(killed)
    # Exactly the file the run had put in place when it was killed, of 546 (600 stories; some
    # of their made-up dates coincide).
    assert list(partial) == [str(Path(first_file.strip()).relative_to(killed))]
    assert len(_visible_data(clean)) == 546
    # What a reader sees of the killed run is whole files of the uninterrupted run.
    assert partial.items() <= _visible_data(clean).items()
    for path in partial:
        pq.read_table(killed / path)

    assert run_cli(*args, "--output", killed) == 0
    assert _visible_data(killed) == _visible_data(clean)


def test_readers_ignore_a_half_written_temporary_file(tmp_path):
    out = tmp_path / "out"
    stories = tmp_path / "s.jsonl"
    stories.write_text(json.dumps({"title": "Whole", "body": "A complete story."}) + "\n")
    assert run_cli("run", "--input", stories, "--output", out, "--now", FIXED_NOW, *NO_NER) == 0
    [partition] = {p.parent for p in (out / "articles").rglob("*.parquet")}
    # What the writer leaves when killed between write and rename (Location.write_atomically).
    (partition / ".part-x.parquet.0123abcd.tmp").write_bytes(b"PAR1 half a file")

    assert query(out, "SELECT title FROM articles") == [("Whole",)]
    glob = str(out / "articles" / "**" / "*.parquet")
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall() == [(1,)]
    assert ds.dataset(out / "articles", partitioning="hive").to_table().num_rows == 1
