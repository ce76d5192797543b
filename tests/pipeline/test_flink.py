"""Flink for real: a local multi-process Flink cluster writes the same files as the local runner.

The session starts the cluster once with the script ``make flink`` runs (deploy/flink/
cluster.py: a JobManager, two TaskManagers and a Beam job server on localhost, SDK workers in
PROCESS environments) and stops it at the end. Each run on it has a local twin with the same
``--now``; data files must be byte-identical, path by path. These tests are marked ``flink``
and left out of the default run (they start JVMs): ``make flink-test`` runs them.

The Flatten guard tests need no cluster and run with the rest of the suite: Beam's portable
fuser rejects a Flatten whose input another transform also reads (apache/beam#34647), and the
local runners do not, so only a walk over the graph catches a new one before Flink does.
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import json
import shutil
import subprocess
import sys
import time

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.portability import common_urns
from apache_beam.portability.api import beam_runner_api_pb2
from apache_beam.runners import pipeline_context

from pipeline import cli, flink_worker, graph
from pipeline.config import load_config
from tests.conftest import FIXED_NOW, ROOT, SHARED, data_files, query, require_shared, run_cli
from transforms.flatten import FlattenOwnCopies
from transforms.state_keys import StateKeyCoder

CLUSTER_SCRIPT = ROOT / "deploy" / "flink" / "cluster.py"
LOCAL = "configs/local.yaml"


def _load_cluster_module():
    spec = importlib.util.spec_from_file_location("flink_cluster", CLUSTER_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass needs its module registered
    spec.loader.exec_module(module)
    return module


cluster = _load_cluster_module()


# --- the Flatten guard (no cluster) -----------------------------------------------------------


def flattens_reading_shared_inputs(pipeline_proto) -> list[tuple[str, str, list[str]]]:
    """``(flatten, producer of the input, every reader of it)`` for each Flatten input that
    another primitive transform also reads (composites only group primitives)."""
    components = pipeline_proto.components
    readers, producers = collections.defaultdict(list), {}
    for transform in components.transforms.values():
        if not transform.subtransforms:
            for pcoll in set(transform.inputs.values()):
                readers[pcoll].append(transform.unique_name)
            for pcoll in transform.outputs.values():
                producers[pcoll] = transform.unique_name
    return sorted(
        (transform.unique_name, producers[pcoll], sorted(readers[pcoll]))
        for transform in components.transforms.values()
        if transform.spec.urn == common_urns.primitives.FLATTEN.urn
        for pcoll in set(transform.inputs.values()) if len(readers[pcoll]) > 1)


def test_the_check_finds_a_shared_flatten_input_and_passes_a_guarded_one():
    def wire(flatten: beam.PTransform) -> beam.Pipeline:
        pipeline = beam.Pipeline(options=PipelineOptions(["--runner=FlinkRunner"]))
        numbers = pipeline | "Numbers" >> beam.Create([1, 2])
        _ = numbers | "Double" >> beam.Map(lambda n: 2 * n)
        letters = pipeline | "Letters" >> beam.Create(["a"])
        _ = (numbers, letters) | "Both" >> flatten
        return pipeline

    assert flattens_reading_shared_inputs(wire(beam.Flatten()).to_runner_api()) == [
        ("Both", "Numbers/Map(decode)", ["Both", "Double"])]
    assert flattens_reading_shared_inputs(wire(FlattenOwnCopies()).to_runner_api()) == []


@pytest.mark.parametrize("mode", [graph.BATCH_MODE, graph.Mode(graph.ONCE, 0.0, None),
                                  graph.Mode(graph.STREAMING, 0.0, 60.0)],
                         ids=lambda mode: mode.name)
def test_no_flatten_reads_an_input_another_transform_reads(mode, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # configs/local.yaml names its inputs relative to the root
    config = load_config(LOCAL, [f"run.output={json.dumps(str(tmp_path))}"])
    pipeline = beam.Pipeline(options=PipelineOptions(["--runner=FlinkRunner"]))
    graph.build(pipeline, config, dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC), mode)
    assert flattens_reading_shared_inputs(pipeline.to_runner_api()) == []


def stateful_steps_by_key_coder(pipeline: beam.Pipeline) -> dict[str, beam.coders.Coder]:
    """``{stateful step: the coder of its input's key}``."""
    proto = pipeline.to_runner_api()
    context = pipeline_context.PipelineContext(proto.components)
    steps = {}
    for transform in proto.components.transforms.values():
        if transform.spec.urn != common_urns.primitives.PAR_DO.urn:
            continue
        payload = beam_runner_api_pb2.ParDoPayload.FromString(transform.spec.payload)
        if not (payload.state_specs or payload.timer_family_specs):
            continue
        [main_input] = [pcoll for tag, pcoll in transform.inputs.items()
                        if tag not in payload.side_inputs]
        coder_id = proto.components.pcollections[main_input].coder_id
        steps[transform.unique_name] = context.coders.get_by_id(coder_id).key_coder()
    return steps


def test_every_streaming_stateful_step_is_keyed_by_a_state_key(tmp_path, monkeypatch):
    """Deterministic, and opaque to Flink's runner, as its timers need (a ``str`` or ``bytes``
    key failed the job when a timer was set): transforms/state_keys.py."""
    monkeypatch.chdir(ROOT)
    config = load_config(LOCAL, [f"run.output={json.dumps(str(tmp_path))}"])
    pipeline = beam.Pipeline(options=PipelineOptions(["--runner=FlinkRunner"]))
    graph.build(pipeline, config, dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC),
                graph.Mode(graph.STREAMING, 0.0, 60.0))
    steps = stateful_steps_by_key_coder(pipeline)
    assert sorted(steps) == [
        "NearDuplicates/ClusterNearDuplicates/ChooseCluster/ParDo(_ChooseClusterFn)",
        "NearDuplicates/ClusterNearDuplicates/SettleBands",
        "Outcomes/ResolveOutcomes/ResolveVersions/ParDo(_ResolveStreamingVersionsFn)",
        "Read/PollInputs/PollFeeds/ParDo(PollFeedShardFn)",
        "Read/PollInputs/WatchFiles/ParDo(WatchFilesFn)",
        "RemoveBoilerplate/RemoveBoilerplateAsLearned/RemoveLearnedLines/"
        "ParDo(_RemoveBoilerplateAsLearnedFn)"]
    assert {type(coder) for coder in steps.values()} == {StateKeyCoder}


def test_the_cli_and_the_cluster_script_name_the_same_job_server_jar():
    assert cli.FLINK_JOB_SERVER_JAR.resolve() == cluster.JOB_SERVER_JAR.resolve()


def test_manifest_lines_are_72_bytes_at_most_and_join_back():
    names = [f"lib/jar-number-{n:03d}.jar" for n in range(40)]
    text = cluster.manifest(names, "org.example.Main").decode()
    lines = text.split("\r\n")
    assert max(len(line.encode()) for line in lines) == 72
    joined = text.replace("\r\n ", "")
    assert joined.split("\r\n")[:3] == ["Manifest-Version: 1.0", "Main-Class: org.example.Main",
                                        "Class-Path: " + " ".join(names)]


def test_runner_flink_passes_the_assembled_job_server_jar_unless_told_otherwise(tmp_path):
    jar = tmp_path / "job-server.jar"
    with pytest.raises(cli.FlinkJobServerNotFound, match="run `make flink-jobserver`"):
        cli.flink_args(["--flink_master=localhost:8081"], jar)
    jar.write_bytes(b"")
    assert cli.flink_args(["--flink_master=localhost:8081"], jar) == [
        f"--flink_job_server_jar={jar}"]
    assert cli.flink_args(["--job_endpoint=localhost:8099"], jar) == []
    assert cli.flink_args(["--flink_job_server_jar=/opt/js.jar"], jar) == []


def provision_info(*staged_names: str):
    from apache_beam.portability.api import (
        beam_provision_api_pb2,
        beam_runner_api_pb2,
        endpoints_pb2,
    )
    from google.protobuf import struct_pb2

    options = struct_pb2.Struct()
    options.update({"beam:option:job_name:v1": "wirestream"})
    return beam_provision_api_pb2.ProvisionInfo(
        pipeline_options=options,
        control_endpoint=endpoints_pb2.ApiServiceDescriptor(url="localhost:4001"),
        logging_endpoint=endpoints_pb2.ApiServiceDescriptor(url="localhost:4002"),
        runner_capabilities=["beam:protocol:control_response_elements_embedding:v1"],
        dependencies=[beam_runner_api_pb2.ArtifactInformation(
            role_urn=common_urns.artifact_roles.STAGING_TO.urn,
            role_payload=beam_runner_api_pb2.ArtifactStagingToRolePayload(
                staged_name=name).SerializeToString()) for name in staged_names])


def test_flink_worker_environment_is_what_beams_worker_reads():
    info = provision_info("submission_environment_dependencies.txt")
    env = flink_worker.worker_environment(info, "1-1", "/tmp/w")
    assert {k: v for k, v in env.items() if k != "PIPELINE_OPTIONS"} == {
        "WORKER_ID": "1-1", "CONTROL_API_SERVICE_DESCRIPTOR": 'url: "localhost:4001"\n',
        "LOGGING_API_SERVICE_DESCRIPTOR": 'url: "localhost:4002"\n',
        "SEMI_PERSISTENT_DIRECTORY": "/tmp/w",
        "RUNNER_CAPABILITIES": "beam:protocol:control_response_elements_embedding:v1"}
    assert json.loads(env["PIPELINE_OPTIONS"]) == {"beam:option:job_name:v1": "wirestream"}


def test_flink_worker_refuses_a_job_that_stages_packages():
    info = provision_info("submission_environment_dependencies.txt", "requirements.txt")
    with pytest.raises(flink_worker.StagedArtifacts, match=r"\(requirements.txt\); "):
        flink_worker.worker_environment(info, "1-1", "/tmp/w")


# --- on the cluster -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def flink_cluster():
    """The cluster ``make flink`` starts, up for the session; its Beam options for the user's
    path (``--flink_master``: Beam starts a job server from the jar for each run) and for the
    standing job server (``--job_endpoint``)."""
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: the Flink cluster needs Java 17 "
                    "and Maven (its jars come from Maven Central)")
    started = time.monotonic()
    subprocess.run([sys.executable, str(CLUSTER_SCRIPT), "up"], check=True)
    print(f"\nflink cluster up in {time.monotonic() - started:.1f}s", file=sys.stderr)
    ports = cluster.Ports()
    user = cluster.run_options(ports)
    standing = [f"--job_endpoint=localhost:{ports.job}",
                *[o for o in user if not o.startswith(("--flink_master", "--flink_job_server"))]]
    yield {"user": user, "standing": standing}
    subprocess.run([sys.executable, str(CLUSTER_SCRIPT), "down"], check=True)


def run_on_flink(options: list[str], *args) -> int:
    return run_cli("run", "--runner", "flink", "--progress-interval", "0", *args, "--",
                   *options)


@pytest.mark.flink
def test_samples_give_byte_identical_files_on_flink(flink_cluster, samples_output, tmp_path,
                                                    monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "flink"
    # Only the user's options: the job server jar comes from `make flink-jobserver`.
    user = [o for o in flink_cluster["user"] if not o.startswith("--flink_job_server_jar")]
    assert run_on_flink(user, "--config", LOCAL, "--output", out, "--now", FIXED_NOW) == 0
    files = data_files(out)
    # Articles 7, entities 7, rejects 1, near-duplicate signatures 7 (one a day), the id index
    # 31 (16 ids, 15 contents: the exact copy shares its original's), its manifest and the
    # layout marker.
    assert len(files) == 55
    assert files == data_files(samples_output)


# Reuters stories that get a syndicated near-copy (a new headline, a sentence added, a word
# changed) and one that is copied verbatim under another guid (same content: duplicate_of).
NEAR_COPIED = 6
SLICE = 200


def reuters_slice(path):
    """200 Reuters stories as JSONL plus near-copies of six and an exact copy of one; returns
    ``{copy guid: original guid}``."""
    spec = importlib.util.spec_from_file_location("corpora", ROOT / "bench" / "corpora.py")
    corpora = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = corpora  # ReutersStory is a NamedTuple defined in it
    spec.loader.exec_module(corpora)
    stories = corpora.reuters_stories(SLICE)
    long_ones = [s for s in stories if len(s.body.split()) >= 120]
    copies = {}
    records = []
    for story in stories:
        records.append({"guid": str(story.newid), "title": story.title, "body": story.body,
                        "published": story.date.isoformat()})
    for n, story in enumerate(long_ones[:NEAR_COPIED]):
        later = (story.date + dt.timedelta(hours=2)).isoformat()
        body = story.body.replace(" said ", " told reporters ", 1)
        records.append({"guid": f"{story.newid}-partner", "title": f"UPDATE 1-{story.title}",
                        "body": body + "\n\nThe partner agency added no further comment.",
                        "published": later})
        copies[f"{story.newid}-partner"] = str(story.newid)
        if n == 0:
            records.append({"guid": f"{story.newid}-resent", "title": story.title,
                            "body": story.body, "published": later})
            copies[f"{story.newid}-resent"] = str(story.newid)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return copies


@pytest.mark.flink
def test_reuters_slice_with_near_copies_gives_byte_identical_files(flink_cluster, tmp_path):
    require_shared(SHARED / "corpora" / "reuters21578")
    stories = tmp_path / "reuters.jsonl"
    copies = reuters_slice(stories)
    args = ["--input", stories, "--format", "jsonl", "--source", "reuters", "--now", FIXED_NOW]
    local, flink = tmp_path / "local", tmp_path / "flink"
    assert run_cli("run", *args, "--output", local, "--progress-interval", "0") == 0
    assert run_on_flink(flink_cluster["standing"], *args, "--output", flink) == 0

    # The near-copies found their originals (the clustering had work to do), on both runners.
    for out in (local, flink):
        rows = dict(query(out, "SELECT guid, cluster_id FROM articles"))
        assert len(rows) == SLICE + len(copies)
        assert {copy: rows[copy] == rows[original] for copy, original in copies.items()} == \
            dict.fromkeys(copies, True)
        [resent] = [c for c in copies if c.endswith("-resent")]
        assert query(out, f"SELECT duplicate_of IS NOT NULL FROM articles WHERE guid = "
                          f"'{resent}'") == [(True,)]
    assert data_files(flink) == data_files(local)


@pytest.mark.flink
def test_streaming_on_flink_writes_each_sample_story_once(flink_cluster, samples_output,
                                                          tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "stream"
    assert run_on_flink(flink_cluster["standing"], "--config", LOCAL, "--output", out,
                        "--streaming", "--stop-after", "20s") == 0
    ids = "SELECT source, article_id, version, content_hash FROM articles ORDER BY ALL"
    assert len(query(out, ids)) == 16
    # The same stories and contents as the batch run; streaming stamps its own ingest time.
    assert query(out, ids) == query(samples_output, ids)
    assert query(out, "SELECT reason, count(*) FROM rejects GROUP BY ALL") == \
        [("malformed_json", 1)]
    # No file without rows: Flink's empty closing panes write nothing.
    assert [p.name for p in out.rglob("*.parquet") if pq.read_metadata(p).num_rows == 0] == []
