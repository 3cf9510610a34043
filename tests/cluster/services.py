"""Real services for the cluster tests: a Redis server and a two-node Ray cluster, both
on 127.0.0.1, started by the test and always stopped.

Outside CI a missing ``redis-server`` or Ray (``pip install -e '.[cluster]'``) skips
the tests that need it, saying why; in CI (``CI=true``) it fails them: `.ci/run`
installs both.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(reason: str) -> None:
    """Skip (a developer's machine) or fail (CI) for a missing service."""
    if IN_CI:
        pytest.fail(f"{reason} (CI must provide it: see .ci/run)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def need_module(name: str) -> None:
    try:
        __import__(name)
    except ImportError:
        unavailable(f"{name} is not installed: pip install -e '.[cluster]'")


@contextmanager
def redis_server() -> Iterator[str]:
    """A fresh ``redis-server`` on a free loopback port, no persistence; yields its URL."""
    need_module("redis")
    exe = shutil.which("redis-server")
    if exe is None:
        unavailable("redis-server is not on the PATH (apt-get install redis-server)")
    import redis

    port = free_port()
    workdir = tempfile.mkdtemp(prefix="corpus-redis-")
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", workdir, "--protected-mode", "yes", "--loglevel", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 15
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.05)
        client.close()
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        shutil.rmtree(workdir, ignore_errors=True)


def _ray_exe() -> str:
    exe = Path(sys.executable).parent / "ray"
    if not exe.exists():
        unavailable("the ray command is not installed: pip install -e '.[cluster]'")
    return str(exe)


class RayCluster:
    """A running test cluster: its head's address and its nodes' temporary directories."""

    def __init__(self, address: str, temp_dirs: list[Path]):
        self.address = address
        self.temp_dirs = temp_dirs

    def processes(self) -> set[int]:
        """The processes of this cluster (never another's on the same machine)."""
        roots = set()
        for proc_dir in Path("/proc").iterdir():
            if proc_dir.name.isdigit():
                try:
                    cmdline = (proc_dir / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    continue
                if any(str(d) in cmdline for d in self.temp_dirs):
                    roots.add(int(proc_dir.name))
        return roots | _descendants(roots)

    def running(self, task: str) -> list[int]:
        """Worker processes of this cluster running ``task`` now (Ray names them ``ray::TASK``)."""
        found = []
        for pid in self.processes():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if cmdline.startswith(f"ray::{task}"):
                found.append(pid)
        return found


@contextmanager
def ray_cluster(head_cpus: int = 1, worker_cpus: int = 1) -> Iterator[RayCluster]:
    """A two-node Ray cluster on this machine (``ray start --head`` on 127.0.0.1 and a second
    ``ray start --address``), each node with its own temporary directory; yields it as a
    `RayCluster`. Both nodes are stopped afterwards, whatever happened."""
    need_module("ray")
    ray = _ray_exe()
    port = free_port()
    address = f"127.0.0.1:{port}"
    env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="disabled")
    env.pop("RAY_ADDRESS", None)
    tmp_root = Path(tempfile.mkdtemp(prefix="corpus-ray-", dir="/tmp"))
    common = ["--disable-usage-stats", "--include-dashboard=false"]
    started: list[Path] = []

    def start(*args: str, cpus: int, name: str) -> None:
        temp_dir = tmp_root / name
        temp_dir.mkdir()
        cmd = [ray, "start", *args, f"--num-cpus={cpus}", "--num-gpus=0", f"--temp-dir={temp_dir}",
               "--node-ip-address=127.0.0.1", *([] if name == "worker" else common)]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        started.append(temp_dir)
        if proc.returncode != 0:
            raise RuntimeError(f"ray start ({name}) failed: {proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")

    try:
        start("--head", f"--port={port}", cpus=head_cpus, name="head")
        start(f"--address={address}", cpus=worker_cpus, name="worker")
        yield RayCluster(address, started)
    finally:
        stop_ray(env, started)
        shutil.rmtree(tmp_root, ignore_errors=True)


def stop_ray(env: dict, temp_dirs: list[Path]) -> None:
    """Stop the nodes this test started: the processes holding their temporary directories."""
    pids = set()
    for proc_dir in Path("/proc").iterdir():
        if not proc_dir.name.isdigit():
            continue
        try:
            cmdline = (proc_dir / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if any(str(d) in cmdline for d in temp_dirs):
            pids.add(int(proc_dir.name))
    pids |= _descendants(pids)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 4
    while pids and time.monotonic() < deadline:
        pids = {pid for pid in pids if Path(f"/proc/{pid}").exists() and not _zombie(pid)}
        time.sleep(0.1)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _descendants(roots: set[int]) -> set[int]:
    """Every process below ``roots`` (Ray's workers rename themselves, ``ray::IDLE``)."""
    children: dict[int, list[int]] = {}
    for proc_dir in Path("/proc").iterdir():
        if proc_dir.name.isdigit():
            try:
                ppid = int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(proc_dir.name))
    found: set[int] = set()
    todo = list(roots)
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found and child not in roots:
                found.add(child)
                todo.append(child)
    return found


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
