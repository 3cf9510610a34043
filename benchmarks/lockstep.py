"""Two benchmark processes run in lockstep, so that a noisy machine slows both alike.

Run one after the other, two systems meet different machines: on a shared host the speed
of the same code drifts by 15-30 % within minutes (other tenants, frequency scaling), and
a ratio of two runs a minute apart carries that drift. In lockstep both processes are
started together and only one runs at any moment (the other is stopped with ``SIGSTOP``):
the controller resumes, for a short slice of wall time, the one that is behind in the
share of its pages done, so the same stretch of pages of both systems runs in the same
seconds. Each process clocks its own CPU time (`time.process_time`), which a stopped
process does not spend, so the figures are those of a run alone, less the drift; wall
times are not (a process waits while the other runs).

The child's side is `Progress`: it writes the count of pages done into the file the
controller names in the environment (`PROGRESS_ENV`), as an 8-byte integer the controller
reads between slices. Only the standard library is imported: the child's clock must hold
what the system pays.
"""
from __future__ import annotations

import os
import signal
import struct
import subprocess
import tempfile
from pathlib import Path

PROGRESS_ENV = "CORPUS_BENCH_PROGRESS"
SLICE = 0.1          # seconds of wall time a process runs before the controller chooses again
_COUNT = struct.Struct("<q")


class Progress:
    """A child's count of pages done, written where the controller reads it (nothing without a controller)."""

    def __init__(self) -> None:
        path = os.environ.get(PROGRESS_ENV)
        self.fd = os.open(path, os.O_WRONLY) if path else None
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.fd is not None:
            os.pwrite(self.fd, _COUNT.pack(self.done), 0)


def _done(path: Path) -> int:
    data = path.read_bytes()
    return _COUNT.unpack(data[:_COUNT.size])[0] if len(data) >= _COUNT.size else 0


def _signal(proc: subprocess.Popen, sig: int) -> None:
    if proc.poll() is None:
        try:
            os.kill(proc.pid, sig)
        except ProcessLookupError:      # (it ended between the poll and the signal)
            pass


def run_lockstep(commands: dict[str, list[str]], pages: dict[str, int], slice_seconds: float = SLICE) -> dict[str, int]:
    """Runs ``commands`` (name -> argv) in lockstep, each with ``pages[name]`` pages to do; their exit codes.

    At each turn the running process is stopped and the one with the smallest share of its pages done is
    resumed (on a tie, the one that waited longest: set-ups alternate, as does a pair that keeps pace)."""
    with tempfile.TemporaryDirectory() as tmp:
        files = {name: Path(tmp, f"{k}.progress") for k, name in enumerate(commands)}
        procs: dict[str, subprocess.Popen] = {}
        waited = {name: 0 for name in commands}
        try:
            for name, argv in commands.items():
                files[name].write_bytes(_COUNT.pack(0))
                procs[name] = subprocess.Popen(argv, env={**os.environ, PROGRESS_ENV: str(files[name])})
                _signal(procs[name], signal.SIGSTOP)
            turn = 0
            while running := [n for n in commands if procs[n].poll() is None]:
                turn += 1
                name = min(running, key=lambda n: (_done(files[n]) / max(pages[n], 1), waited[n]))
                waited[name] = turn
                _signal(procs[name], signal.SIGCONT)
                try:
                    procs[name].wait(timeout=slice_seconds)
                except subprocess.TimeoutExpired:
                    _signal(procs[name], signal.SIGSTOP)
        finally:
            for proc in procs.values():
                if proc.poll() is None:
                    _signal(proc, signal.SIGCONT)
                    proc.kill()
                proc.wait()
        return {name: proc.returncode for name, proc in procs.items()}
