"""Beam's Python SDK worker for ``--environment_type=PROCESS`` on Flink (or any portable runner).

A PROCESS environment runs one command per SDK worker with two arguments, ``--id=<worker id>``
and ``--provision_endpoint=<host:port>``, and expects it to do what the SDK container's boot
program does: ask the runner's provision service for the pipeline options and the control and
logging endpoints, then start the worker. Beam's boot program is a Go binary that is not in
the Python wheel; this is that bootstrap for an environment that already has wirestream and
its dependencies installed (a virtualenv on each TaskManager host, or an image with it baked
in). It installs nothing: a job that stages packages or a pickled main session is refused, since
their code would not be the code this environment runs.

Run it as ``python -m pipeline.flink_worker`` (or the ``wirestream-flink-worker`` script the
package installs); ``deploy/flink/cluster.py`` writes a small wrapper that does so for the local
cluster.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence

import grpc
from apache_beam.portability.api import (
    beam_provision_api_pb2,
    beam_provision_api_pb2_grpc,
    beam_runner_api_pb2,
)
from google.protobuf import json_format, text_format

BEAM_WORKER_MODULE = "apache_beam.runners.worker.sdk_worker_main"
PROVISION_TIMEOUT_S = 60.0
SUBMISSION_ENVIRONMENT_RECORD = "submission_environment_dependencies.txt"


class StagedArtifacts(RuntimeError):
    """The job staged files for its workers; this environment runs only what is installed."""


def staged_names(dependencies: Iterable[beam_runner_api_pb2.ArtifactInformation]) -> list[str]:
    """The file names a job staged for its workers, except the record of the submitting
    environment's packages that Beam stages with every job (it is information, not code)."""
    names = []
    for artifact in dependencies:
        role = beam_runner_api_pb2.ArtifactStagingToRolePayload.FromString(artifact.role_payload)
        if role.staged_name != SUBMISSION_ENVIRONMENT_RECORD:
            names.append(role.staged_name or artifact.type_urn)
    return names


def worker_environment(info: beam_provision_api_pb2.ProvisionInfo, worker_id: str,
                       semi_persistent_dir: str) -> dict[str, str]:
    """The variables Beam's ``sdk_worker_main`` reads, from the runner's ``ProvisionInfo``."""
    staged = staged_names(info.dependencies)
    if staged:
        raise StagedArtifacts(
            f"the job staged files for its SDK workers ({', '.join(staged)}); "
            "pipeline.flink_worker runs the wirestream installed beside it and installs "
            "nothing: install the packages into the workers' environment instead of passing "
            "--requirements_file/--extra_package/--setup_file/--save_main_session")
    env = {
        "WORKER_ID": worker_id,
        "PIPELINE_OPTIONS": json_format.MessageToJson(info.pipeline_options),
        "CONTROL_API_SERVICE_DESCRIPTOR": text_format.MessageToString(info.control_endpoint),
        "LOGGING_API_SERVICE_DESCRIPTOR": text_format.MessageToString(info.logging_endpoint),
        "SEMI_PERSISTENT_DIRECTORY": semi_persistent_dir,
        "RUNNER_CAPABILITIES": " ".join(info.runner_capabilities),
    }
    if info.HasField("status_endpoint"):
        env["STATUS_API_SERVICE_DESCRIPTOR"] = text_format.MessageToString(info.status_endpoint)
    return env


def provision_info(endpoint: str, worker_id: str) -> beam_provision_api_pb2.ProvisionInfo:
    """Ask the runner's provision service what this worker is to run."""
    with grpc.insecure_channel(endpoint) as channel:  # the runner's, on the same host
        stub = beam_provision_api_pb2_grpc.ProvisionServiceStub(channel)
        return stub.GetProvisionInfo(beam_provision_api_pb2.GetProvisionInfoRequest(),
                                     metadata=[("worker_id", worker_id)],
                                     timeout=PROVISION_TIMEOUT_S).info


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Beam SDK worker bootstrap (PROCESS "
                                     "environment); the runner passes the arguments")
    parser.add_argument("--id", required=True, help="the worker id the runner assigned")
    parser.add_argument("--provision_endpoint", required=True, help="host:port")
    # Other arguments a runner may pass (the endpoints again) come from the provision service.
    args, _ = parser.parse_known_args(argv)
    info = provision_info(args.provision_endpoint, args.id)
    semi_persistent_dir = tempfile.mkdtemp(prefix=f"beam-sdk-worker-{args.id}-")
    env = {**os.environ, **worker_environment(info, args.id, semi_persistent_dir)}
    # Replaces this process, so the runner's handle on it is the worker itself.
    os.execve(sys.executable, [sys.executable, "-m", BEAM_WORKER_MODULE], env)


if __name__ == "__main__":
    main()
