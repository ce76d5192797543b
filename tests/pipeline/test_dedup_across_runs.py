"""Scheduled runs over overlapping input: nothing written twice, later copies join clusters."""

from __future__ import annotations

import json

from tests.conftest import query, run_cli

PARAGRAPHS = [
    "TROMSO (Northline) - The harbour board voted on Tuesday to rebuild the old ferry pier "
    "before the winter storms, after engineers found cracks in three of its concrete pillars.",
    "Work will start in January and cost about 40 million crowns, the board said, with "
    "ferries using a temporary berth on the north side of the harbour in the meantime.",
    "\u201cWe cannot wait for another season of storms,\u201d board chair Ola Berg told "
    "reporters, adding that the pier carries more than 300,000 passengers a year.",
    "Fishing companies that use the pier to land their catch will be offered space at the "
    "industrial quay, according to the port authority, which expects little disruption.",
]


def jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def run(path, out, now):
    return run_cli("run", "--input", path, "--source", "northline", "--output", out,
                   "--now", now, "--set", "entities.enabled=false")


def test_next_poll_writes_only_new_stories_and_links_copies_to_written_clusters(tmp_path):
    out = tmp_path / "out"
    original = {"title": "Tromso to rebuild ferry pier", "guid": "n-1",
                "published": "2026-11-24T08:00:00Z", "body": "\n\n".join(PARAGRAPHS)}
    assert run(jsonl(tmp_path / "poll1.jsonl", original), out, "2026-11-24T09:00:00Z") == 0

    copy = {"title": "Ferry pier in Tromso to be rebuilt", "guid": "partner-77",
            "published": "2026-11-24T10:30:00Z",
            "body": "\n\n".join(PARAGRAPHS + ["The board will publish the tender in December."])}
    assert run(jsonl(tmp_path / "poll2.jsonl", original, copy), out, "2026-11-24T11:00:00Z") == 0

    rows = query(out, "SELECT guid, cluster_id, duplicate_of FROM articles ORDER BY guid")
    [(original_id,)] = query(out, "SELECT article_id FROM articles WHERE guid = 'n-1'")
    assert rows == [("n-1", original_id, None), ("partner-77", original_id, None)]
    second = json.loads(sorted((out / "_runs").glob("*.json"))[-1].read_text())["counts"]
    assert (second["stories_in"], second["articles_new"], second["repolls_skipped"]) == (2, 1, 1)
    assert query(out, "SELECT count(*) FROM read_parquet('" + str(out) +
                 "/_state/signatures/**/*.parquet')") == [(2,)]
