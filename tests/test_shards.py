"""Sharded output, manifests, and --resume after a real SIGKILL."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time


from cleaners.cli import main

from .slow_plugin import install_plugin
from .test_run import _corpus


def _records(directory):
    lines = []
    for shard in sorted(directory.glob("part-*.jsonl.gz")):
        lines += gzip.decompress(shard.read_bytes()).splitlines()
    return [json.loads(line) for line in lines]


def test_shards_of_set_size_with_manifests(tmp_path):
    src = _corpus(tmp_path / "in", 7)
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", f"{out}/", "--shard-size", "3", "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.json", "part-00000.jsonl.gz", "part-00000.manifest.json", "part-00001.jsonl.gz",
        "part-00001.manifest.json", "part-00002.jsonl.gz", "part-00002.manifest.json"]
    first = json.loads((out / "part-00000.manifest.json").read_text())
    assert first["records"] == 3 and [os.path.basename(k) for k in first["inputs"]] == ["doc000.txt", "doc001.txt", "doc002.txt"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["records"] == 7 and len(manifest["shards"]) == 3
    assert len(_records(out)) == 7


def test_existing_shards_need_resume(tmp_path):
    src = _corpus(tmp_path / "in", 2)
    out = f"{tmp_path / 'out'}/"
    assert main(["clean", str(src), "-o", out, "-q"]) == 0
    assert main(["clean", str(src), "-o", out, "-q"]) == 2
    assert main(["clean", str(src), "-o", out, "-q", "--resume"]) == 0
    assert len(_records(tmp_path / "out")) == 2          # nothing done twice


def test_resume_after_sigkill_gives_the_same_records(tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)
    src = _corpus(tmp_path / "in", 24, {n: "SLOW-DOWN\n" for n in range(24)})
    full, resumed = tmp_path / "full", tmp_path / "resumed"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.getcwd()]), "CORPUS_TEST_DELAY": "0.15"}
    cmd = [sys.executable, "-m", "cleaners", "clean", str(src), "--shard-size", "4", "--workers", "2", "-q"]
    subprocess.run(cmd + ["-o", f"{full}/"], env=env, check=True)
    for kill_after_shards in (1, 3):
        if resumed.exists():
            import shutil
            shutil.rmtree(resumed)
        proc = subprocess.Popen(cmd + ["-o", f"{resumed}/"], env=env, start_new_session=True)
        deadline = time.monotonic() + 30
        while len(list(resumed.glob("part-*.manifest.json"))) < kill_after_shards and time.monotonic() < deadline:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert not (resumed / "manifest.json").exists()
        assert subprocess.run(cmd + ["-o", f"{resumed}/", "--resume"], env=env).returncode == 0
        got, want = _records(resumed), _records(full)
        assert len(got) == len(want) == 24
        assert sorted(json.dumps(r, sort_keys=True) for r in got) == sorted(json.dumps(r, sort_keys=True) for r in want)
