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


def test_resume_with_another_spelling_of_the_input_path_does_nothing_twice(tmp_path, monkeypatch):
    _corpus(tmp_path / "in", 5)
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "in", "-o", "out/", "--shard-size", "2", "-q"]) == 0
    # the manifests know the inputs by their resolved paths
    first = json.loads((tmp_path / "out" / "part-00000.manifest.json").read_text())
    assert first["inputs"][0] == str((tmp_path / "in" / "doc000.txt").resolve())
    os.rename(tmp_path / "out" / "manifest.json", tmp_path / "manifest.json")   # as if killed before the end
    assert main(["clean", "./in/", "-o", "out/", "--resume", "-q"]) == 0
    assert len(_records(tmp_path / "out")) == 5
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["records"] == 5


def test_non_utf8_file_names_in_a_sharded_run_and_its_resume(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = b"A report on the river crossing, with enough words in it to make a record of its own.\n"
    (src / "a.txt").write_bytes(text)
    os.mkdir(os.fsencode(src) + b"/caf\xe9")
    with open(os.fsencode(src) + b"/caf\xe9/\xff\xfe.txt", "wb") as fh:
        fh.write(text.replace(b"river", b"harbour"))
    with open(os.fsencode(src) + b"/bad\xe9.txt", "wb") as fh:
        fh.write(b"")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", f"{out}/", "--shard-size", "1", "-q"]) == 1
    sources = sorted(r["source"] for r in _records(out))
    assert sources == [f"{src}/a.txt", f"{src}/caf\\xe9/\\xff\\xfe.txt"]
    [error] = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert error["source"] == f"{src}/bad\\xe9.txt" and error["error"] == "EmptyFile"
    assert all(m.name for m in out.glob("part-*.manifest.json"))
    os.unlink(out / "manifest.json")
    assert main(["clean", str(src), "-o", f"{out}/", "--resume", "-q"]) == 0   # nothing left to do
    assert len(_records(out)) == 2
    [again] = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert again == error                                                   # the failure is remembered
