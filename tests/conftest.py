"""Shared test helpers: where the third-party corpora live, and running the CLI in-process."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.tools.query import connect
from tests.ci_skips import pytest_runtest_makereport  # noqa: F401 (a hook: skips fail under CI)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_STORY = SHARED / "samples" / "seed-story.txt"
FIXED_NOW = "2026-11-28T12:00:00Z"


def require_shared(path: Path) -> Path:
    """Third-party text is read at run time, never copied into the repository (a skip where
    it is absent; a failure under CI, which provides it: tests/ci_skips.py)."""
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared holds third-party corpora read at run time")
    return path


def run_cli(*args: str) -> int:
    return main([str(a) for a in args])


def query(output: Path, sql: str) -> list[tuple]:
    """Run SQL over the views ``articles``, ``entities``, ``rejects`` (DuckDB reads the files)."""
    return connect(str(output)).execute(sql).fetchall()


def data_files(output: Path) -> dict[str, str]:
    """Relative path -> sha256 of every data file (the run records are excluded)."""
    return {str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(output.rglob("*")) if p.is_file() and "_runs" not in p.parts}


@pytest.fixture(scope="session")
def samples_output(tmp_path_factory) -> Path:
    """The bundled samples run once with the real model, at FIXED_NOW. Read it, never modify."""
    out = tmp_path_factory.mktemp("samples")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)  # configs/local.yaml names its inputs relative to the project root
        assert run_cli("run", "--config", "configs/local.yaml", "--output", out, "--now",
                       FIXED_NOW, "--progress-interval", "0") == 0
    return out
