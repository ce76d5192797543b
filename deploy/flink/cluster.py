"""A local Flink session cluster for ``--runner flink``: fetch, start, stop (``make flink``).

``fetch``: Beam's portable Flink job server and the Flink runtime it embeds, as the component
jars Maven Central serves (deploy/flink/pom.xml), copied with ``--strict-checksums``; the
sha256 of every jar is recorded beside them, and a manifest-only jar whose ``Class-Path`` lists
them stands in for the shaded job-server jar Maven does not serve, so Beam's
``--flink_job_server_jar`` works.

``up``: one JobManager and two TaskManager JVMs, started with Flink's own entry points from those
jars and sized by Flink's own ``BashJavaUtils``, all bound to localhost, plus a standing Beam job
server pointed at the cluster. Idempotent: a running cluster is reported, not started twice.
Every process's pid is recorded; ``down`` stops exactly those and removes the temporary
directories (each job copies every jar to each TaskManager, ~370 MB).

Everything lives under ``.cache/flink/`` of the repository. Standard library only: it runs
before (and without) the project's virtualenv being importable by Java's processes.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POM = Path(__file__).with_name("pom.xml")
CACHE = ROOT / ".cache" / "flink"
BEAM_JOB_SERVER_VERSION = "2.62.0"  # the newest whose dependency tree Maven serves whole
FLINK_VERSION = "1.19"
LIB = CACHE / f"lib-beam{BEAM_JOB_SERVER_VERSION}-flink{FLINK_VERSION}"
CHECKSUMS = LIB.with_name(LIB.name + ".sha256")
JOB_SERVER_JAR = CACHE / (f"beam-runners-flink-{FLINK_VERSION}-job-server-"
                          f"{BEAM_JOB_SERVER_VERSION}.jar")
JOB_SERVER_MAIN = "org.apache.beam.runners.flink.FlinkJobServerDriver"
STATE = CACHE / "cluster"  # pids, logs, Flink's configuration and temporary directories
PIDS = STATE / "pids.json"
TEMP_DIRS = ("tmp", "blobs", "web", "artifacts")
SDK_WORKER = STATE / "sdk-worker"
TASK_MANAGERS = 2
LOG_TIMES = ("-Dorg.slf4j.simpleLogger.showDateTime=true",
             "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS")
# Beam sends an SDK worker's output to /dev/null unless its ProcessManager logs at debug level:
# at debug level the worker's stdout and stderr (tracebacks) go to the TaskManager's log.
SDK_WORKER_OUTPUT_IN_LOG = ("-Dorg.slf4j.simpleLogger.log.org.apache.beam.runners.fnexecution."
                            "environment.ProcessManager=debug")
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 30.0


@dataclasses.dataclass(frozen=True)
class Ports:
    rest: int = 8081  # Flink's REST API and dashboard: what --flink_master names
    rpc: int = 6123
    job: int = 8099  # the standing Beam job server: what --job_endpoint names
    artifact: int = 8098
    expansion: int = 8097


class ClusterError(RuntimeError):
    """The cluster could not be fetched, started or stopped; the message says what to do."""


# --- configuration: pure --------------------------------------------------------------------


def flink_configuration(ports: Ports, state: Path) -> dict[str, str]:
    """Flink's settings for a loopback cluster of two one-slot TaskManagers on a small machine.

    Network memory is fixed at 256m: Flink's default share of a small TaskManager leaves too few
    buffers for Beam's shuffles ("Insufficient number of network buffers: required 512").
    Managed memory (Flink's own sorting and RocksDB) is little used by Beam's portable batch
    and streaming translations, so most of each TaskManager's memory goes to the task heap.
    """
    return {
        "jobmanager.rpc.address": "localhost",
        "jobmanager.rpc.port": str(ports.rpc),
        "jobmanager.bind-host": "localhost",
        "jobmanager.memory.process.size": "1024m",
        "rest.address": "localhost",
        "rest.bind-address": "localhost",
        "rest.port": str(ports.rest),
        "taskmanager.host": "localhost",
        "taskmanager.bind-host": "localhost",
        "taskmanager.numberOfTaskSlots": "1",
        "taskmanager.memory.process.size": "1600m",
        "taskmanager.memory.managed.fraction": "0.1",
        "taskmanager.memory.network.min": "256m",
        "taskmanager.memory.network.max": "256m",
        "parallelism.default": str(TASK_MANAGERS),
        "io.tmp.dirs": str(state / "tmp"),
        "blob.storage.directory": str(state / "blobs"),
        "web.tmpdir": str(state / "web"),
    }


def manifest(class_path: Sequence[str], main_class: str) -> bytes:
    """A jar manifest; lines longer than 72 bytes continue on lines that start with a space."""
    lines = ["Manifest-Version: 1.0", f"Main-Class: {main_class}",
             "Class-Path: " + " ".join(class_path)]
    out = []
    for line in lines:
        data = line.encode()
        out.append(data[:72])
        out += [b" " + data[i:i + 71] for i in range(72, len(data), 71)]
    return b"\r\n".join(out) + b"\r\n\r\n"


def sdk_worker_script(python: str, root: Path) -> str:
    """The command Flink's PROCESS environment runs for each SDK worker: this repository's
    ``pipeline.flink_worker`` with the virtualenv's Python, from the repository root (where a
    config's relative input paths point)."""
    return ("#!/bin/sh\n"
            "# Written by deploy/flink/cluster.py: Beam's SDK worker for the local cluster.\n"
            f"cd {shlex.quote(str(root))} || exit 1\n"
            f"PYTHONPATH={shlex.quote(str(root))}${{PYTHONPATH:+:$PYTHONPATH}} "
            f"exec {shlex.quote(python)} -m pipeline.flink_worker \"$@\"\n")


def run_options(ports: Ports) -> list[str]:
    """The Beam options for ``wirestream run --runner flink -- ...`` against this cluster."""
    return [f"--flink_master=localhost:{ports.rest}",
            f"--flink_job_server_jar={JOB_SERVER_JAR}",
            "--environment_type=PROCESS",
            "--environment_config=" + json.dumps({"command": str(SDK_WORKER)},
                                                 separators=(",", ":")),
            f"--parallelism={TASK_MANAGERS}"]


def bash_java_utils_results(output: str) -> list[str]:
    """The values ``BashJavaUtils`` prints after its ``BASH_JAVA_UTILS_EXEC_RESULT:`` marker."""
    marker = "BASH_JAVA_UTILS_EXEC_RESULT:"
    return [line[len(marker):] for line in output.splitlines() if line.startswith(marker)]


# --- fetching ---------------------------------------------------------------------------------


def sha256_lines(directory: Path) -> str:
    lines = []
    for jar in sorted(directory.glob("*.jar")):
        lines.append(f"{hashlib.sha256(jar.read_bytes()).hexdigest()}  {jar.name}\n")
    return "".join(lines)


def fetch() -> None:
    """Copy the jars once (Maven checks each against Central's checksums), record their sha256,
    and write the manifest-only job-server jar. A later call verifies the recorded sums."""
    if CHECKSUMS.is_file() and JOB_SERVER_JAR.is_file():
        if sha256_lines(LIB) != CHECKSUMS.read_text():
            raise ClusterError(f"the jars in {LIB} no longer match {CHECKSUMS}: delete both "
                               "and run `make flink-jobserver` again")
        return
    if shutil.which("mvn") is None:
        raise ClusterError("Maven (mvn) is not installed: it fetches the Flink job server's "
                           "jars from Maven Central (apt-get install maven)")
    partial = LIB.with_name(LIB.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    command = ["mvn", "--batch-mode", "--quiet", "--strict-checksums", "-f", str(POM),
               "dependency:copy-dependencies", "-DincludeScope=runtime",
               f"-DoutputDirectory={partial}"]
    started = time.monotonic()
    if subprocess.run(command).returncode != 0:
        raise ClusterError("Maven could not fetch the job server's jars (offline, or a mirror "
                           f"without org.apache.beam:beam-runners-flink-{FLINK_VERSION}:"
                           f"{BEAM_JOB_SERVER_VERSION}); the command was: {shlex.join(command)}")
    shutil.rmtree(LIB, ignore_errors=True)
    partial.rename(LIB)
    CHECKSUMS.write_text(sha256_lines(LIB))
    jars = sorted(p.name for p in LIB.glob("*.jar"))
    # Class-Path entries are URLs relative to the jar that names them.
    with zipfile.ZipFile(JOB_SERVER_JAR, "w") as jar:
        jar.writestr("META-INF/MANIFEST.MF",
                     manifest([f"{LIB.name}/{name}" for name in jars], JOB_SERVER_MAIN))
    print(f"fetched {len(jars)} jars into {LIB} in {time.monotonic() - started:.0f}s; "
          f"sha256 in {CHECKSUMS}; job server jar {JOB_SERVER_JAR}")


# --- processes --------------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):  # a zombie (exited, not yet reaped) is not running
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    return True


def _ours(pid: int) -> bool:
    """The pid still names a JVM started from our jars (not a process that reused the pid)."""
    try:
        return str(LIB) in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False


def _recorded() -> dict[str, int]:
    """The processes ``up`` started that still run."""
    pids = json.loads(PIDS.read_text()) if PIDS.is_file() else {}
    return {name: pid for name, pid in pids.items() if _ours(pid)}


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1.0)
        return sock.connect_ex(("localhost", port)) == 0


def _classpath() -> str:
    return f"{LIB}/*"


def _resource_params(command: str, conf: Path) -> tuple[list[str], list[str]]:
    """JVM memory flags and dynamic properties as Flink's start scripts compute them."""
    result = subprocess.run(
        ["java", "-cp", _classpath(), "org.apache.flink.runtime.util.bash.BashJavaUtils",
         command, "--configDir", str(conf)], capture_output=True, text=True)
    values = bash_java_utils_results(result.stdout)
    if result.returncode != 0 or len(values) < 2:
        raise ClusterError(f"Flink's BashJavaUtils {command} failed:\n{result.stdout}"
                           f"{result.stderr}")
    return values[-2].split(), values[-1].split()


def _start(name: str, argv: list[str], pids: dict[str, int]) -> None:
    """Start one JVM in its own session; record its pid at once, so ``down`` finds it even if
    a later start fails."""
    log = (STATE / "log" / f"{name}.log").open("wb")
    # Java ignores TMPDIR; the SDK workers a TaskManager starts (Python) use it.
    argv = [argv[0], f"-Djava.io.tmpdir={STATE / 'tmp'}", *LOG_TIMES, *argv[1:]]
    process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, cwd=ROOT, start_new_session=True,
                               env={**os.environ, "TMPDIR": str(STATE / "tmp")})
    log.close()
    pids[name] = process.pid
    PIDS.write_text(json.dumps(pids))


def _rest(ports: Ports, path: str) -> dict | None:
    try:
        with urllib.request.urlopen(f"http://localhost:{ports.rest}{path}", timeout=2) as reply:
            return json.load(reply)
    except (OSError, urllib.error.URLError, ValueError):
        return None


def _wait_until_ready(ports: Ports, pids: dict[str, int]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        dead = [name for name, pid in pids.items() if not _alive(pid)]
        if dead:
            raise ClusterError(f"{', '.join(dead)} exited while starting: see "
                               f"{STATE / 'log'}/{dead[0]}.log")
        overview = _rest(ports, "/overview")
        if (overview and overview.get("taskmanagers") == TASK_MANAGERS
                and _port_open(ports.job)):
            return
        time.sleep(0.5)
    raise ClusterError(f"the cluster was not ready after {START_TIMEOUT_S:.0f}s: see the logs "
                       f"in {STATE / 'log'}")


def running(ports: Ports) -> bool:
    """Every recorded process is alive and the JobManager answers."""
    pids = _recorded()
    return (len(pids) == TASK_MANAGERS + 2 and all(_alive(p) for p in pids.values())
            and _rest(ports, "/overview") is not None)


def up(ports: Ports, python: str) -> None:
    if running(ports):
        print(f"the Flink cluster is already running (pids in {PIDS}); run options:\n  "
              + shlex.join(run_options(ports)))
        return
    if PIDS.is_file():
        down()  # a half-dead cluster from before: stop what is left, start clean
    busy = [p for p in dataclasses.astuple(ports) if _port_open(p)]
    if busy:
        raise ClusterError(f"port(s) {', '.join(map(str, busy))} on localhost are in use by "
                           "another program: stop it, or pass other ports (deploy/flink/"
                           "cluster.py up --help)")
    fetch()
    started = time.monotonic()
    for directory in ("log", "conf", *TEMP_DIRS):
        (STATE / directory).mkdir(parents=True, exist_ok=True)
    conf = STATE / "conf"
    (conf / "flink-conf.yaml").write_text("".join(
        f"{key}: {value}\n" for key, value in flink_configuration(ports, STATE).items()))
    SDK_WORKER.write_text(sdk_worker_script(python, ROOT))
    SDK_WORKER.chmod(0o755)
    pids: dict[str, int] = {}
    try:
        jvm, dynamic = _resource_params("GET_JM_RESOURCE_PARAMS", conf)
        _start("jobmanager", [
            "java", *jvm, "-cp", _classpath(),
            "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
            "--configDir", str(conf), *dynamic], pids)
        jvm, dynamic = _resource_params("GET_TM_RESOURCE_PARAMS", conf)
        for n in range(1, TASK_MANAGERS + 1):
            _start(f"taskmanager-{n}", [
                "java", *jvm, SDK_WORKER_OUTPUT_IN_LOG, "-cp", _classpath(),
                "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
                "--configDir", str(conf), *dynamic, "-D", f"taskmanager.resource-id=tm-{n}"], pids)
        _start("jobserver", [
            "java", "-cp", _classpath(), JOB_SERVER_MAIN,
            "--flink-master", f"localhost:{ports.rest}", "--flink-conf-dir", str(conf),
            "--artifacts-dir", str(STATE / "artifacts"), "--job-port", str(ports.job),
            "--artifact-port", str(ports.artifact), "--expansion-port", str(ports.expansion)],
            pids)
        _wait_until_ready(ports, pids)
    except BaseException:
        down()
        raise
    print(f"Flink {FLINK_VERSION} session cluster up in {time.monotonic() - started:.1f}s: "
          f"JobManager + {TASK_MANAGERS} TaskManagers (dashboard http://localhost:{ports.rest}), "
          f"Beam job server on localhost:{ports.job}; logs in {STATE / 'log'}")
    print("run the pipeline on it with:\n  wirestream run --config configs/local.yaml "
          "--runner flink -- " + shlex.join(run_options(ports)))
    print(f"(or, through the standing job server: -- --job_endpoint=localhost:{ports.job} "
          + shlex.join(run_options(ports)[2:]) + ")")


def down() -> None:
    """Stop the recorded processes (TERM, then KILL after a grace period); remove temp dirs."""
    pids = _recorded()
    for pid in pids.values():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)  # each started its own session: its SDK workers too
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while any(_alive(p) for p in pids.values()) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in pids.values():
        if _ours(pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
    for directory in TEMP_DIRS:
        shutil.rmtree(STATE / directory, ignore_errors=True)
    PIDS.unlink(missing_ok=True)
    print(f"Flink cluster stopped ({len(pids)} processes); temporary files removed"
          if pids else "no Flink cluster was running")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["fetch", "up", "down", "status", "options"])
    defaults = Ports()
    for field in dataclasses.fields(Ports):
        parser.add_argument(f"--{field.name}-port", type=int, default=getattr(defaults,
                                                                             field.name))
    parser.add_argument("--python", default=sys.executable,
                        help="the Python (a virtualenv with wirestream) SDK workers run with")
    args = parser.parse_args(argv)
    ports = Ports(*(getattr(args, f"{f.name}_port") for f in dataclasses.fields(Ports)))
    try:
        if args.command == "fetch":
            fetch()
        elif args.command == "up":
            up(ports, args.python)
        elif args.command == "down":
            down()
        elif args.command == "options":
            print(shlex.join(run_options(ports)))
        else:
            print("running" if running(ports) else "not running")
            return 0 if running(ports) else 1
    except ClusterError as err:
        print(f"deploy/flink/cluster.py {args.command}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
