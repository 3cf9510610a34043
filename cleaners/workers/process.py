"""One cleaning worker process: how it is started, what it runs, how it is ended.

`serve` is the process's main function. It caps the process's memory
(`cleaners.memory.limit_memory`: ``--max-memory``, ``CORPUS_MAX_MEMORY``), runs as a batch
job, builds the pipeline once, then answers every `cleaners.run.Task` read from its pipe
with the `cleaners.run.Result` of `cleaners.run.clean_task` (the time limit interrupts a
document inside the worker; an error, the memory limit or an oversized record becomes a
failure result), until the pipe closes or ``None`` arrives. The result goes back without
its task (and the page's bytes): the pool keeps the task.

`Worker` is the pool's handle on one such process: the process, the parent's end of its
pipe, and the document it is cleaning.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import time
from dataclasses import replace
from typing import Any

from ..memory import limit_memory
from ..run.clean import clean_task, settled
from ..run.model import RunConfig, Task

log = logging.getLogger(__name__)

FORK = "fork"                 # workers forked from this process (`corpus clean`: no threads to fear)
FORKSERVER = "forkserver"     # workers forked from a warm fork server (a threaded process: the crawl)
PRELOAD = "cleaners.workers.preload"   # what the fork server imports (and warms up) once


def serve(conn: Any, config: RunConfig) -> None:
    """Clean tasks from ``conn`` until it closes or sends ``None``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent decides when to stop
    limit_memory(config.max_memory)
    batch_priority()
    pipeline = config.pipeline()
    settled()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(replace(clean_task(pipeline, task, config), task=None))


def batch_priority() -> None:
    """Run this process as a batch job (Linux ``SCHED_BATCH``): a worker woken by a document
    does not preempt the process that sent it, which would otherwise lose the CPU at every
    document it hands out on a busy machine. Elsewhere: nothing."""
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        except OSError as exc:
            log.debug("cannot run the cleaning worker as a batch job: %s", exc)


def start_context(method: str) -> Any:
    """The multiprocessing context of ``method``: `FORK` (``spawn`` where there is no fork;
    what the workers need is loaded here first, so that they share it) or `FORKSERVER`."""
    if method == FORKSERVER:
        context = mp.get_context(FORKSERVER)
        context.set_forkserver_preload([PRELOAD])
        return context
    if method != FORK:
        raise ValueError(f"unknown start method {method!r}")
    _warm_up()
    return mp.get_context(FORK if FORK in mp.get_all_start_methods() else "spawn")


def _warm_up() -> None:
    """Load the language identifier before forking, so children share it."""
    from .. import language
    try:
        language._identifier()
    except Exception:  # detection is optional; a worker will report real failures
        pass


class Worker:
    """One worker process, the pipe to it and the document it is cleaning (``task``, with
    the pool's ``token`` for it and the ``started`` time)."""

    def __init__(self, context: Any, config: RunConfig):
        parent, child = context.Pipe()
        self.process = context.Process(target=serve, args=(child, config), name="corpus-cleaner", daemon=True)
        self.process.start()
        child.close()
        self.conn = parent
        self.fd: int = parent.fileno()
        self.task: Task | None = None
        self.token: Any = None
        self.started = 0.0

    def send(self, task: Task, token: Any) -> None:
        """Hand ``task`` over (OSError: the process is gone)."""
        self.conn.send(task)
        self.task, self.token, self.started = task, token, time.monotonic()

    def leave(self) -> None:
        """Ask the process to end once it is idle."""
        try:
            self.conn.send(None)
        except OSError:
            pass

    def stop(self, grace: float) -> int | None:
        """Give the process ``grace`` seconds to end, then kill it; returns its exit code."""
        if grace > 0:
            self.process.join(grace)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()
        return self.process.exitcode


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
