"""``corpus clean --engine ray`` on a real two-node Ray cluster (``ray start --head`` on
127.0.0.1 and a second ``ray start --address``): the same records as ``--workers 2`` on
one machine, duplicate marks and boilerplate cuts included; resume after a kill."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from . import corpus_maker
from .services import ray_cluster

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = ["--min-chars", "300", "--no-progress"]


@pytest.fixture(scope="module")
def cluster():
    with ray_cluster() as running:
        yield running


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return corpus_maker.build(tmp_path_factory.mktemp("ray") / "pages")


@pytest.fixture(scope="module")
def local(pages, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "local.jsonl"
    proc = corpus(str(pages), "-o", str(out), "--workers", "2", *OPTIONS)
    assert proc.returncode == 1, proc.stderr[-3000:]        # the broken files
    return out


def corpus(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0")
    return subprocess.run([sys.executable, "-m", "cleaners", "clean", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def records_of(path: Path) -> list[dict]:
    if path.is_dir():
        lines = [line for shard in sorted(path.glob("part-*.jsonl.gz"))
                 for line in gzip.decompress(shard.read_bytes()).decode().splitlines()]
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def as_set(records: list[dict]) -> set[str]:
    return {json.dumps(r, sort_keys=True) for r in records}


def errors_of(path: Path) -> set[str]:
    return {json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()}


def test_same_records_as_two_local_workers(cluster, pages, local, tmp_path):
    out = tmp_path / "ray"
    proc = corpus(str(pages), "-o", f"{out}/", "--engine", "ray", "--address", cluster.address, "--batch-size", "20",
                  *OPTIONS)
    assert proc.returncode == 1, proc.stderr[-3000:]
    mine, theirs = records_of(out), records_of(local)
    assert len(mine) == len(theirs) and as_set(mine) == as_set(theirs)
    # the corpus exercised every global stage
    meta = [r["metadata"] for r in theirs]
    assert sum(1 for m in meta if m.get("duplicate_of")) >= 20
    assert any((m.get("version") or 1) > 1 for m in meta)
    assert sum(1 for r in theirs if any(c["cleaner"] == "site_boilerplate" for c in r["removed"])) > 200
    assert errors_of(out / "errors.jsonl") == errors_of(local.with_name("local.errors.jsonl"))
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["records"] == len(theirs) and manifest["tasks"] >= 10
    assert manifest["dropped"]["too-short"] == 5
    assert not (out / ".ray").exists()           # the run's working state is gone
    assert "3 failed" in proc.stderr


def test_resume_after_the_driver_is_killed(cluster, pages, local, tmp_path):
    out = tmp_path / "ray"
    env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0")
    cmd = [sys.executable, "-m", "cleaners", "clean", str(pages), "-o", f"{out}/", "--engine", "ray",
           "--address", cluster.address, "--batch-size", "10", *OPTIONS]
    driver = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while len(list((out / ".ray").glob("task-*.observed.pickle"))) < 4:
        assert driver.poll() is None and time.monotonic() < deadline, driver.stderr.read().decode()[-3000:]
        time.sleep(0.05)
    driver.send_signal(signal.SIGKILL)
    driver.wait(10)
    done_before = len(list((out / ".ray").glob("task-*.observed.pickle")))
    assert not (out / "manifest.json").exists()
    proc = corpus(str(pages), "-o", f"{out}/", "--engine", "ray", "--address", cluster.address, "--batch-size", "10",
                  "--resume", *OPTIONS)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert as_set(records_of(out)) == as_set(records_of(local))
    resumed = int(proc.stderr.split("tasks, ")[1].split(" already done")[0])
    assert resumed >= done_before >= 4
    # resuming a finished run does nothing and keeps it
    again = corpus(str(pages), "-o", f"{out}/", "--engine", "ray", "--address", cluster.address, "--batch-size", "10",
                   "--resume", *OPTIONS)
    assert again.returncode == 1 and as_set(records_of(out)) == as_set(records_of(local))


def test_a_directory_output_is_required_and_address_needs_ray(pages, tmp_path):
    proc = corpus(str(pages), "-o", str(tmp_path / "x.jsonl"), "--engine", "ray")
    assert proc.returncode == 2 and "-o DIR/" in proc.stderr
    proc = corpus(str(pages), "-o", str(tmp_path / "x.jsonl"), "--address", "auto")
    assert proc.returncode == 2 and "--engine ray" in proc.stderr


def test_a_task_whose_worker_dies_is_run_again(cluster, pages, local, tmp_path):
    out = tmp_path / "ray"
    env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0")
    cmd = [sys.executable, "-m", "cleaners", "clean", str(pages), "-o", f"{out}/", "--engine", "ray",
           "--address", cluster.address, "--batch-size", "40", *OPTIONS]
    driver = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    killed = []
    while not killed:
        assert driver.poll() is None and time.monotonic() < deadline, driver.stderr.read().decode()[-3000:]
        for pid in cluster.running("clean_batch"):
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
            break
        time.sleep(0.02)
    _, err = driver.communicate(timeout=300)
    assert driver.returncode == 1, err.decode()[-3000:]
    assert as_set(records_of(out)) == as_set(records_of(local))
    assert errors_of(out / "errors.jsonl") == errors_of(local.with_name("local.errors.jsonl"))
