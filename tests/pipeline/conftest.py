"""A dataset built by four scheduled polls (many small files per partition), built once."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.pipeline.wire_polls import write_polls


@pytest.fixture(scope="session")
def polled_dataset(tmp_path_factory):
    """Four polls of one feed with entities: 2-4 files in each partition of 2026-11-24..26."""
    work = tmp_path_factory.mktemp("polled")
    out = work / "out"
    for now, path in write_polls(work):
        assert run_cli("run", "--input", path, "--source", "northline", "--output", out,
                       "--now", now, "--progress-interval", "0") == 0
    return out
