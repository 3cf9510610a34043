"""`WorkerPool`: an ordered, bounded-window parallel map of `clean_task` over tasks in
worker processes under a watchdog.

A document that runs past the time limit is interrupted inside its worker (SIGALRM);
one that does not return at all (stuck in C code) gets its worker killed and replaced,
as does a worker that dies or runs out of memory. Results come back in input order
whatever the number of workers, and at most ``window`` documents are in flight, so
memory stays flat however many inputs there are.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Iterable, Iterator

from ..errors import ConfigError
from ..memory import MEMORY_ERROR, limit_memory
from .clean import clean_task
from .model import Failure, Result, RunConfig, Task


def _worker_main(conn, config: RunConfig) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C
    limit_memory(config.max_memory)
    pipeline = config.pipeline()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(clean_task(pipeline, task, config))


@dataclass
class _Slot:
    process: Any
    conn: Any
    index: int = -1
    task: Task | None = None
    started: float = 0.0


class WorkerPool:
    """Ordered, bounded-window parallel map of `clean_task` over tasks."""

    def __init__(self, config: RunConfig, workers: int, window: int | None = None, grace: float | None = None):
        if workers < 1:
            raise ConfigError("--workers must be at least 1")
        self.config = config
        self.workers = workers
        self.window = window or max(8, workers * 8)
        self.hard_limit = config.timeout + (grace if grace is not None else max(5.0, config.timeout)) \
            if config.timeout > 0 else None
        methods = mp.get_all_start_methods()
        self.context = mp.get_context("fork" if "fork" in methods else "spawn")
        self.slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(child, self.config), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def _replace(self, slot: _Slot) -> None:
        slot.process.kill()
        slot.process.join(5)
        slot.conn.close()
        fresh = self._start()
        slot.process, slot.conn, slot.index, slot.task = fresh.process, fresh.conn, -1, None

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        _warm_up()
        self.slots = [self._start() for _ in range(self.workers)]
        pending = iter(tasks)
        exhausted = False
        buffer: dict[int, Result] = {}
        next_index = emit_index = 0
        try:
            while True:
                for slot in self.slots:   # hand out work within the window
                    if slot.task is None and not exhausted and next_index - emit_index < self.window:
                        task = next(pending, None)
                        if task is None:
                            exhausted = True
                            break
                        slot.index, slot.task, slot.started = next_index, task, time.monotonic()
                        slot.conn.send(task)
                        next_index += 1
                # results go out after the free workers have their next task: the caller's work
                # on a result (writing, dedup) overlaps with the workers' instead of idling them
                while emit_index in buffer:
                    yield buffer.pop(emit_index)
                    emit_index += 1
                busy = [s for s in self.slots if s.task is not None]
                if not busy:
                    if exhausted and not buffer:
                        break
                    continue
                ready = wait([s.conn for s in busy], timeout=self._wait_time(busy))
                for slot in busy:
                    if slot.conn in ready:
                        try:
                            result = slot.conn.recv()
                        except (EOFError, OSError):
                            slot.process.join(2)
                            code = slot.process.exitcode
                            result = Result(slot.task, failure=Failure(slot.task.source, "worker", "WorkerCrash",
                                                                       f"worker process died (exit code {code})"))
                            buffer[slot.index] = result
                            self._replace(slot)
                            continue
                        buffer[slot.index] = result
                        slot.task = None
                        if result.failure is not None and result.failure.error == MEMORY_ERROR:
                            self._replace(slot)    # a fresh process for the next document
                    elif self.hard_limit and time.monotonic() - slot.started > self.hard_limit:
                        buffer[slot.index] = Result(slot.task, failure=Failure(
                            slot.task.source, "timeout", "DocumentTimeout",
                            f"no answer within {self.hard_limit:g} s; worker killed"))
                        self._replace(slot)
        finally:
            self.close()

    def _wait_time(self, busy: list[_Slot]) -> float | None:
        if not self.hard_limit:
            return None
        now = time.monotonic()
        return max(0.05, min(s.started + self.hard_limit - now for s in busy))

    def close(self) -> None:
        for slot in self.slots:
            try:
                if slot.task is None:
                    slot.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        for slot in self.slots:
            slot.process.join(1 if slot.task is None else 0)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
            slot.conn.close()
        self.slots = []


def _warm_up() -> None:
    """Load what every worker needs before forking, so children share it."""
    from .. import language
    try:
        language._identifier()
    except Exception:  # detection is optional; a worker will report real failures
        pass


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
