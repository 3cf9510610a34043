"""Progress of `corpus clean`: a bar with total, percentage, docs/s, errors and ETA, also on
terminals that report a 0x0 size; bytes as the measure when archives are among the inputs."""
from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
from collections import Counter
from types import SimpleNamespace

import pytest

from cleaners import progress as progress_mod
from cleaners.cli import main
from cleaners.progress import Progress

from .conftest import SEEDS
from .test_warc import write_warc


def run_in_terminal(args, columns, rows, cwd):
    """Run a command with stderr on a pseudo-terminal of the given size; its stderr."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    proc = subprocess.Popen(args, stdin=slave, stdout=subprocess.DEVNULL, stderr=slave, cwd=cwd)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            out += data
        elif proc.poll() is not None:
            break
    proc.wait()
    os.close(master)
    return out.decode("utf-8", "replace")


@pytest.mark.parametrize("columns,rows", [(0, 0), pytest.param(100, 30, marks=pytest.mark.slow)])
def test_bar_has_total_percentage_rate_errors_and_eta_even_on_a_0x0_terminal(tmp_path, corpus_bin, columns, rows):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(40):
        for seed in sorted(SEEDS.iterdir()):
            (inputs / f"{i:02d}-{seed.name}").write_bytes(seed.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    err = run_in_terminal([corpus_bin, "clean", str(inputs), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"],
                          columns, rows, tmp_path)
    frames = [f for f in err.split("\r") if "ETA" in f]
    assert frames, err[:2000]
    last = frames[-1]
    assert "/201 " in last and "%|" in last            # a total, counted up front, and a percentage
    assert "docs/s" in last and "errors]" in last and "ETA 00:" in last
    assert "200 written" in err


def _result(key, path=None, data=None, failed=False):
    task = SimpleNamespace(key=key, path=path, data=data)
    return SimpleNamespace(task=task, failure=object() if failed else None)


def test_archives_are_measured_in_bytes_by_record_offsets(tmp_path):
    warc = write_warc(tmp_path / "a.warc.gz")
    page = tmp_path / "p.html"
    page.write_bytes(b"<p>x</p>" * 100)
    size = warc.stat().st_size
    tracker = Progress([str(warc), str(page)], Counter(), [], show_bar=False, log_lines=False)
    assert tracker.total.done.wait(10)
    assert tracker.by_bytes and tracker.expected() == size + 800
    seen = []
    results = [_result(f"{warc}@0", data=b"x"), _result(f"{warc}@{size // 2}", data=b"x"),
               _result(str(page), path=str(page))]
    for _ in tracker.wrap(results):
        seen.append(tracker.position())
    assert seen == [0, size // 2, size + 800]


def test_files_are_measured_in_inputs_and_failures_count(tmp_path):
    for name in "ab":
        (tmp_path / f"{name}.txt").write_text("x")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    os.symlink(tmp_path / "nowhere", tmp_path / "d.txt")
    failures = [object()]            # d.txt failed in the walk, before any worker saw it
    tracker = Progress([str(tmp_path)], Counter({"unsupported file type": 1}), failures, False, False)
    assert tracker.total.done.wait(10)
    assert not tracker.by_bytes and tracker.expected() == 4
    for result in tracker.wrap([_result("a", failed=True), _result("b")]):
        if result.failure:
            failures.append(result.failure)
    assert tracker.position() == 4 and tracker.errors == 1
    assert tracker.line().startswith("4/4 inputs (100%), 2 docs, ") and ", 2 errors, ETA 0:00:00" in tracker.line()


def test_progress_lines_in_the_log_when_stderr_is_not_a_terminal(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(progress_mod, "LOG_EVERY", 0.0)
    out = tmp_path / "o.jsonl"
    with caplog.at_level("INFO", logger="corpus"):
        assert main(["-v", "clean", str(SEEDS), "-o", str(out), "-q", "--workers", "0"]) == 0
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("progress:")]
    assert lines and "docs/s" in lines[-1] and "errors" in lines[-1]
    assert "/5 inputs (100%)" in lines[-1]
