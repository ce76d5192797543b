"""What a core install holds: the run path never loads the offline tools' dependencies (DuckDB,
matplotlib: the ``tools`` extra, which Beam workers do not install), the commands that need
them say which extra to install, and pyproject and constraints.txt agree on it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib

import pytest

from pipeline.tools import missing_modules
from tests.conftest import ROOT, run_cli

TOOLS_ONLY = ("duckdb", "matplotlib")

# Imports every module of the run path (all of pipeline and transforms but pipeline.tools),
# runs the bundled samples as `wirestream run` does (NER off: no model needed), then prints
# what was imported.
RUN_PATH = """
import importlib, json, pkgutil, sys
import pipeline, transforms
from pipeline.cli import main
names = [m.name for package in (pipeline, transforms)
         for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
         if not m.name.startswith("pipeline.tools")]
for name in names:
    importlib.import_module(name)
status = main(["run", "--config", "configs/local.yaml", "--set", "entities.enabled=false",
               "--output", sys.argv[1], "--progress-interval", "0"])
print(json.dumps({"status": status, "modules": sorted(sys.modules), "run_path": names}))
"""


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-")
            for r in requirements}


def test_the_run_path_never_imports_the_tools_dependencies(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-c", RUN_PATH, str(tmp_path / "out")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["status"] == 0
    assert {"pipeline.graph", "pipeline.launcher", "pipeline.sinks", "pipeline.sources.read",
            "transforms.entities"} <= set(report["run_path"])
    loaded = {m.partition(".")[0] for m in report["modules"]}
    assert sorted(loaded & set(TOOLS_ONLY)) == []
    # Nor the tools themselves: the CLI knows their errors by a base class in pipeline.tools.
    assert [m for m in report["modules"] if m.startswith("pipeline.tools.")] == []


@pytest.mark.parametrize(("command", "missing"), [
    (["query", "--output", "out", "SELECT 1"], "duckdb"),
    (["report", "--output", "out", "--to", "report"], "duckdb and matplotlib"),
])
def test_a_tools_command_without_the_extra_exits_2_naming_it(monkeypatch, capsys, command,
                                                             missing):
    for module in TOOLS_ONLY:
        monkeypatch.setitem(sys.modules, module, None)  # importing it now fails, as if absent

    assert run_cli(*command) == 2
    assert capsys.readouterr().err == (
        f"wirestream: `wirestream {command[0]}` needs {missing}, which the core install leaves "
        "out (pipeline workers never need it): pip install 'wirestream[tools]'\n")


def test_only_query_and_report_need_the_extra():
    nothing_installed = {c: missing_modules(c, installed=lambda module: False)
                         for c in ("run", "validate-config", "query", "report", "compact",
                                   "feeds")}

    assert nothing_installed == {"run": [], "validate-config": [], "query": ["duckdb"],
                                 "report": ["duckdb", "matplotlib"], "compact": [],
                                 "feeds": []}


def test_pyproject_keeps_the_tools_dependencies_out_of_the_core_and_pins_every_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    core = _requirement_names(project["dependencies"])
    extras = {name: _requirement_names(reqs)
              for name, reqs in project["optional-dependencies"].items()}
    pinned = {line.split("==")[0].lower().replace("_", "-")
              for line in (ROOT / "constraints.txt").read_text().splitlines()
              if "==" in line and not line.startswith("#")}

    assert set(TOOLS_ONLY) <= extras["tools"]
    assert core & set(TOOLS_ONLY) == set()
    assert sorted((core | set().union(*extras.values())) - pinned) == []
