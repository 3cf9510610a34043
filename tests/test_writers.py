from __future__ import annotations

import json

import pytest

from cleaners.writers import JsonlWriter


def test_atomic_write_replaces_only_on_success(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"old": true}\n')
    with pytest.raises(RuntimeError):
        with JsonlWriter(out) as writer:
            writer.write({"a": 1})
            raise RuntimeError("crash mid-run")
    assert out.read_text() == '{"old": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]   # no temp file left behind
    with JsonlWriter(out) as writer:
        writer.write({"b": "é", "a": [1, None]})
    assert out.read_bytes() == '{"b":"é","a":[1,null]}\n'.encode()


def test_creates_parent_directories(tmp_path):
    out = tmp_path / "x" / "y" / "c.jsonl"
    with JsonlWriter(out) as writer:
        writer.write({"k": 1})
    assert json.loads(out.read_text()) == {"k": 1}


def test_stdout(capsysbinary):
    with JsonlWriter("-") as writer:
        writer.write({"k": 1})
        writer.write({"k": 2})
    assert capsysbinary.readouterr().out == b'{"k":1}\n{"k":2}\n'


def test_temporaries_name_their_process_and_only_dead_ones_are_removed(tmp_path):
    import os

    from cleaners.writers import TEMP_PREFIX, remove_stale_temporaries
    writer = JsonlWriter(tmp_path / "o.jsonl")
    [tmp] = [p.name for p in tmp_path.iterdir()]
    assert tmp.startswith(f"{TEMP_PREFIX}{os.getpid()}-o.jsonl-")
    assert remove_stale_temporaries(tmp_path) == []     # ours: this process is alive
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_killed_run_leaves_only_named_temporaries_and_the_next_run_removes_them(tmp_path, corpus_bin):
    import os
    import signal
    import subprocess
    import time

    from .conftest import SEEDS
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(60):
        for seed in SEEDS.iterdir():
            (inputs / f"{i:03d}-{seed.name}").write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([corpus_bin, "clean", str(inputs), "-o", str(out / "c.jsonl"), "-q", "--workers", "1"],
                            start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.iterdir())) < 2 and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    left = [p.name for p in out.iterdir()]
    assert left and all(name.startswith(f".corpus-tmp-{proc.pid}-") for name in left), left
    (tmp_path / "one.txt").write_text("A short article about the ferry terminal, with enough words to keep.\n")
    subprocess.run([corpus_bin, "clean", str(tmp_path / "one.txt"), "-o", str(out / "c.jsonl"), "-q"], check=True)
    assert sorted(p.name for p in out.iterdir()) == ["c.jsonl"]
