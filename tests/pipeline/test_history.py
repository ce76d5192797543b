"""A run looks the past up (id index, signatures within the horizon) instead of re-reading it:
exact outcomes across runs, after a crash between index and data, and without an index."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import shutil

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import history, storage
from tests.conftest import query, run_cli
from tests.pipeline.test_dedup_across_runs import PARAGRAPHS, jsonl, run
from transforms.dedup import PriorArticle
from transforms.neardup import band_keys

PUBLISHED = "2026-11-24T08:00:00Z"


def story(guid: str, published: str = PUBLISHED, extra: str = "") -> dict:
    return {"title": f"Pier story {guid}", "guid": guid, "published": published,
            "body": "\n\n".join(PARAGRAPHS + ([extra] if extra else []))}


def articles(out) -> list[tuple]:
    return query(out, "SELECT guid, version, cluster_id IS NOT NULL, duplicate_of IS NOT NULL "
                      "FROM articles ORDER BY guid, version")


def index_files(out) -> dict[str, bytes]:
    root = out / "_state" / "index"
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_bucket_of_a_key_is_fixed_and_each_row_is_filed_twice():
    assert history.bucket_dir(history.BY_ID, "abc") == "_state/index/by_id/bucket=10"
    row = {"article_id": "abc", "version": 2, "content_hash": "h", "duplicate_of": None,
           "published_at": dt.datetime(2026, 11, 24, tzinfo=dt.UTC)}
    assert [(d.split("/")[2], claim["key"]) for d, claim in history.claim_rows(row)] == [
        ("by_id", "abc"), ("by_content", "h")]


def test_merging_a_bucket_keeps_each_claim_once_in_a_fixed_order():
    at = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    rows = [{"key": k, "article_id": k, "version": v, "content_hash": "h", "published_at": at,
             "duplicate_of": None} for k, v in (("b", 1), ("a", 2), ("a", 1), ("b", 1))]
    merged = history.merged([history.claims_table(rows[:2]), history.claims_table(rows[2:])])
    assert list(zip(merged["key"].to_pylist(), merged["version"].to_pylist(),
                    strict=True)) == [("a", 1), ("a", 2), ("b", 1)]
    assert merged.schema.metadata[b"wirestream.table"] == b"index"


def test_a_claim_counts_only_when_its_article_row_exists(tmp_path):
    out = tmp_path / "out"
    assert run(jsonl(tmp_path / "in.jsonl", story("n-1")), out, "2026-11-24T09:00:00Z") == 0
    [(article_id, chash)] = query(out, "SELECT article_id, content_hash FROM articles")
    at = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)
    written = PriorArticle(article_id, 1, chash, at, None)
    unwritten = PriorArticle(article_id, 2, "other", at, None)  # its run died before the row
    location = storage.locate(str(out))
    assert history.believed_claims(location, [written, unwritten]) == [written]
    skipped = storage.DateRange(dt.date(2026, 11, 24), dt.date(2026, 11, 24))
    assert history.believed_claims(location, [written], skipped) == []


def test_stories_whose_run_died_after_the_index_are_written_again_once(tmp_path):
    out = tmp_path / "out"
    poll = jsonl(tmp_path / "poll.jsonl", story("n-1"), story("n-2", "2026-11-25T08:00:00Z",
                                                              "A second, different story."))
    assert run(poll, out, "2026-11-25T09:00:00Z") == 0
    before = articles(out)
    # As if the run had died after writing its claims but before the articles of one day.
    shutil.rmtree(out / "articles" / "date=2026-11-25")
    shutil.rmtree(out / "_state" / "signatures" / "date=2026-11-25")
    assert run(poll, out, "2026-11-25T10:00:00Z") == 0
    assert articles(out) == before == [("n-1", 1, True, False), ("n-2", 1, True, False)]
    records = sorted((out / "_runs").glob("*.json"))
    assert json.loads(records[-1].read_text())["counts"]["articles_new"] == 1


def test_a_lost_index_is_rebuilt_and_reindex_gives_the_same_files(tmp_path, caplog):
    out = tmp_path / "out"
    poll = jsonl(tmp_path / "poll.jsonl", story("n-1"), story("n-2", extra="More."))
    assert run(poll, out, "2026-11-24T09:00:00Z") == 0
    assert run_cli("reindex", "--output", out) == 0
    rebuilt = index_files(out)
    assert run_cli("reindex", "--output", out) == 0
    assert index_files(out) == rebuilt
    shutil.rmtree(out / "_state" / "index")
    assert run(poll, out, "2026-11-24T10:00:00Z") == 0  # builds it first: all re-polls
    assert "has no id index" in caplog.text
    assert articles(out) == [("n-1", 1, True, False), ("n-2", 1, True, False)]
    record = json.loads(sorted((out / "_runs").glob("*.json"))[-1].read_text())
    assert (record["counts"]["articles_new"], record["counts"]["repolls_skipped"]) == (0, 2)
    manifest = json.loads((out / "_state" / "index" / "manifest.json").read_text())
    assert manifest == {"index_version": 1, "bucket_digits": 2, "built_from_articles": 2}


def test_near_copies_are_found_within_the_horizon_only(tmp_path):
    out = tmp_path / "out"
    assert run(jsonl(tmp_path / "a.jsonl", story("n-1", "2026-11-01T08:00:00Z")), out,
               "2026-11-01T09:00:00Z") == 0
    [(original_id,)] = query(out, "SELECT article_id FROM articles")
    copies = jsonl(tmp_path / "b.jsonl",
                   story("within", "2026-11-08T08:00:00Z", "The tender opens in December."),
                   story("beyond", "2026-11-09T08:00:00Z", "The tender opens in January."))
    assert run(copies, out, "2026-11-09T09:00:00Z") == 0
    rows = query(out, "SELECT guid, cluster_id FROM articles ORDER BY guid")
    [(beyond_id,)] = query(out, "SELECT article_id FROM articles WHERE guid = 'beyond'")
    # "within" is 7 days after the original (the default horizon), "beyond" 8: but the two
    # copies are in one run, so "beyond" joins through "within".
    assert rows == [("beyond", original_id), ("n-1", original_id), ("within", original_id)]
    alone = tmp_path / "alone"
    assert run(jsonl(tmp_path / "a.jsonl", story("n-1", "2026-11-01T08:00:00Z")), alone,
               "2026-11-01T09:00:00Z") == 0
    assert run(jsonl(tmp_path / "c.jsonl", story("beyond", "2026-11-09T08:00:00Z",
                                                 "The tender opens in January.")),
               alone, "2026-11-09T09:00:00Z") == 0
    assert query(alone, "SELECT guid, cluster_id = article_id FROM articles ORDER BY guid") == [
        ("beyond", True), ("n-1", True)]


def test_history_outside_the_runs_buckets_and_days_is_never_read(tmp_path):
    """Every earlier file the run has no business with is garbage: the run still succeeds."""
    out = tmp_path / "out"
    assert run(jsonl(tmp_path / "a.jsonl", story("n-1")), out, "2026-11-24T09:00:00Z") == 0
    for old in (out / "articles" / "date=2020-01-01", out / "entities" / "date=2020-01-01",
                out / "_state" / "signatures" / "date=2020-01-01" / "source=northline"):
        old.mkdir(parents=True)
        (old / "part-run20200101T000000Z-0000000000000000.parquet").write_bytes(b"not parquet")
    assert run(jsonl(tmp_path / "b.jsonl", story("n-2", extra="Different.")), out,
               "2026-11-24T10:00:00Z") == 0
    assert duckdb.sql(f"SELECT guid FROM read_parquet('{out}/articles/date=2026-*/*.parquet')"
                      " ORDER BY guid").fetchall() == [("n-1",), ("n-2",)]


def test_index_files_name_their_table(tmp_path):
    out = tmp_path / "out"
    assert run(jsonl(tmp_path / "a.jsonl", story("n-1")), out, "2026-11-24T09:00:00Z") == 0
    for path in (out / "_state" / "index").rglob("*.parquet"):
        schema = pq.read_schema(path)
        assert schema.field("key").type == pa.string()
        assert schema.metadata[b"wirestream.index_version"] == b"1"


def test_streaming_looks_up_an_id_when_it_first_sees_it(tmp_path):
    out = tmp_path / "out"
    assert run(jsonl(tmp_path / "a.jsonl", story("n-1")), out, "2026-11-24T09:00:00Z") == 0
    [(article_id, chash)] = query(out, "SELECT article_id, content_hash FROM articles")
    look_up = pickle.loads(pickle.dumps(history.PriorLookup(str(out))))  # as a worker gets it
    assert look_up(article_id) == [PriorArticle(
        article_id, 1, chash, dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC), None)]
    assert look_up("an id never written") == []
    assert pickle.loads(pickle.dumps(look_up))._location is None  # never ships a filesystem


def test_an_empty_closing_pane_adds_no_index_file(tmp_path):
    """Flink fires an empty pane per key as each streaming window expires."""
    write = history._WriteIntoBucketFn(str(tmp_path), "run20261124T090000Z")
    write.setup()
    assert list(write.process(("_state/index/by_id/bucket=10", iter([])))) == []
    assert list(tmp_path.rglob("*")) == []


def test_the_band_screen_keeps_exactly_the_signatures_sharing_a_band():
    rng = np.random.default_rng(1)
    minhashes = [rng.integers(0, 2**32, 128, dtype=np.uint32).astype("<u4").tobytes()
                 for _ in range(1000)]
    wanted = {*band_keys(minhashes[3], 32)[:1], *band_keys(minhashes[500], 32)[31:],
              *band_keys(rng.integers(0, 2**32, 128, dtype=np.uint32).astype("<u4").tobytes(),
                         32)}
    screened = history.shares_a_band(pa.chunked_array([pa.array(minhashes, pa.binary())]),
                                     wanted, 32).to_pylist()
    assert [i for i, kept in enumerate(screened) if kept] == [3, 500]
