"""Output, state and inputs on s3:// against moto's S3 server on 127.0.0.1 (started here)."""

from __future__ import annotations

import json

import boto3
import duckdb
import pyarrow as pa
import pyarrow.dataset as pads
import pytest
from moto.server import ThreadedMotoServer

from pipeline import storage
from tests.conftest import run_cli
from tests.pipeline.wire_polls import archive, write_polls

BUCKET = "wire"
OUTPUT = f"s3://{BUCKET}/news"
NO_NER = ("--set", "entities.enabled=false", "--progress-interval", "0")


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A moto S3 server on a free local port, the AWS variables pointing at it, polls uploaded."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    with pytest.MonkeyPatch.context() as mp:
        for name, value in {"AWS_ENDPOINT_URL": f"http://{host}:{port}",
                            "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
                            "AWS_DEFAULT_REGION": "us-east-1"}.items():
            mp.setenv(name, value)
        mp.delenv("AWS_ENDPOINT_URL_S3", raising=False)
        client = boto3.client("s3")
        client.create_bucket(Bucket=BUCKET)
        local = tmp_path_factory.mktemp("s3-inputs")
        for path in [p for _, p in write_polls(local)] + [archive(local)]:
            client.upload_file(str(path), BUCKET, f"inputs/{path.name}")
        yield client
    server.stop()


def run_poll(n: int, now: str) -> int:
    return run_cli("run", "--input", f"s3://{BUCKET}/inputs/poll{n}.jsonl", "--source",
                   "northline", "--output", OUTPUT, "--now", now, *NO_NER)


def keys(client, prefix: str) -> list[str]:
    listing = client.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", [])
    return sorted(o["Key"] for o in listing if o["Key"].endswith(".parquet"))


def articles(table: str = "articles") -> list[tuple]:
    """Read back through pyarrow's S3 filesystem; DuckDB queries the Arrow dataset."""
    location = storage.locate(OUTPUT)
    partitioning = pads.partitioning(
        pa.schema([("date", pa.date32()), ("source", pa.string())]), flavor="hive")
    dataset = pads.dataset(location.path(table), filesystem=location.fs, format="parquet",
                           partitioning=partitioning)
    return duckdb.from_arrow(dataset).query(
        "t", "SELECT guid, CAST(date AS VARCHAR), source, version FROM t ORDER BY guid"
    ).fetchall()


def test_runs_read_inputs_and_state_from_s3_and_write_there(s3):
    assert run_poll(0, "2026-11-25T09:00:00Z") == 0
    assert articles() == [("n-0", "2026-11-24", "northline", 1),
                          ("n-1", "2026-11-25", "northline", 1),
                          ("n-2", "2026-11-25", "northline", 1),  # future: clamped to the poll
                          ("n-3", "2026-11-24", "northline", 1)]
    assert run_poll(1, "2026-11-25T18:00:00Z") == 0  # items 0-3 again, 4-6 new
    assert [g for g, *_ in articles()] == [f"n-{i}" for i in range(7)]
    # Run records only (the store also keeps directory markers, e.g. news/_runs/written/).
    [*_, record_key] = sorted(o["Key"] for o in s3.list_objects_v2(
        Bucket=BUCKET, Prefix="news/_runs/", Delimiter="/")["Contents"]
        if o["Key"].endswith(".json"))
    counts = json.loads(s3.get_object(Bucket=BUCKET, Key=record_key)["Body"].read())["counts"]
    # The prior articles were looked up on S3 (the id index): the repeated items are re-polls.
    assert (counts["articles_new"], counts["repolls_skipped"], counts["rejects"]) == (3, 4, 1)
    assert len(keys(s3, "news/_state/signatures/")) == 4
    everything = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="news/")["Contents"]]
    assert [k for k in everything if "/." in k] == []  # no temporary file left behind


def test_compact_and_reprocess_on_s3(s3):
    assert run_poll(2, "2026-11-26T09:00:00Z") == 0
    before = articles()
    assert len(keys(s3, "news/articles/date=2026-11-24/")) == 3
    assert run_cli("compact", "--output", OUTPUT, "--before", "2026-11-26") == 0
    assert articles() == before
    [compacted] = keys(s3, "news/articles/date=2026-11-24/")
    assert compacted.rpartition("/")[2].startswith("part-compacted-")
    assert keys(s3, "news/_staging/") == []

    assert run_cli("run", "--input", f"s3://{BUCKET}/inputs/archive.jsonl", "--source",
                   "northline", "--output", OUTPUT, "--now", "2026-11-29T08:00:00Z",
                   "--reprocess", "2026-11-24..2026-11-25", *NO_NER) == 0
    rebuilt = articles()
    assert [g for g, *_ in rebuilt] == sorted(f"n-{i}" for i in range(12))  # one copy each
    assert keys(s3, "news/_staging/") == []


def test_endpoint_comes_from_the_aws_variables_and_reaches_beam():
    env = {"AWS_ENDPOINT_URL": "http://general:9000", "AWS_ENDPOINT_URL_S3": "http://s3:9000"}
    assert storage.s3_endpoint_url(env) == "http://s3:9000"
    assert storage.beam_options([], {"AWS_ENDPOINT_URL": "http://minio:9000"}) == [
        "--s3_endpoint_url=http://minio:9000"]
    assert storage.beam_options(["--flink_master=x:8081"], {}) == []
    with pytest.raises(storage.StorageError, match="set AWS_ENDPOINT_URL"):
        storage.beam_options(["--s3_endpoint_url=http://elsewhere:9000"], env)
