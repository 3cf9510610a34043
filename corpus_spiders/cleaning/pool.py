"""`CleaningPool`: the crawl process's side of cleaning, on the event loop, with no threads.

Each worker is a process (`corpus_spiders.cleaning.worker.serve`) started by a fork
server that has imported the engine once, so that a worker is ready in milliseconds and
none is ever forked from the threaded crawler process. The pool talks to each worker
over a pipe that the event loop watches (asyncio's ``add_reader``, or the Twisted
reactor's ``addReader`` under another reactor): a page is sent to an idle worker, the
result is read when the worker answers, and pages wait in the pool's queue meanwhile.

No thread runs beside the reactor. A process pool that moves tasks and results with
threads of its own (pebble) made the reactor thread wait for the GIL at every page: in
a 2,000-page loopback crawl, parsing a 2 KB page took 5 ms instead of 0.05 ms, and the
crawl ran at 0.55 times the speed of bare Scrapy (docs/crawling.md, Throughput).

Limits, as in ``corpus clean`` (`cleaners.run.WorkerPool`): the time limit interrupts a
document inside its worker; a worker that has not answered ``hard_limit`` seconds after
a page was sent (stuck in C code) is killed and replaced, and the page is a failure
(``DocumentTimeout``); a worker that dies (``WorkerCrash``) or runs out of memory
(``MemoryError``, ``CORPUS_MAX_MEMORY``) is replaced. Every page submitted gets a
`cleaners.run.Result`, a failure result when it was not cleaned; ``cancel_all`` (the
crawl is stopping) answers every queued and running page with a ``Cancelled`` failure.
"""
from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from dataclasses import replace
from typing import Any, Callable

from cleaners.memory import MEMORY_ERROR
from cleaners.run import Failure, Result, RunConfig, Task, clean_task

from .loop import EventLoop, running_loop
from .worker import serve

log = logging.getLogger(__name__)

WORKER_MODULE = "corpus_spiders.cleaning.preload"  # what the fork server imports (and warms up) once


def hard_limit(config: RunConfig, grace: float | None = None) -> float | None:
    """Seconds after which a worker that has not answered is killed (as in `cleaners.run.WorkerPool`)."""
    if config.timeout <= 0:
        return None
    return config.timeout + (grace if grace is not None else max(5.0, config.timeout))


def _cancelled(task: Task) -> Result:
    return Result(task, failure=Failure(task.source, "cancelled", "Cancelled", "the crawl is shutting down"))


class _Job:
    __slots__ = ("task", "waiter")

    def __init__(self, task: Task, waiter: Any):
        self.task = task
        self.waiter = waiter


class _Worker:
    """One worker process, the pipe to it and the page it is cleaning."""

    def __init__(self, context: Any, config: RunConfig):
        parent, child = context.Pipe()
        self.process = context.Process(target=serve, args=(child, config), name="corpus-cleaner", daemon=True)
        self.process.start()
        child.close()
        self.conn = parent
        self.fd = parent.fileno()
        self.job: _Job | None = None
        self.timer: Any = None

    def stop(self, kill: bool) -> int | None:
        """End the process (asked to leave, or killed); returns its exit code."""
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
            else:
                self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()
        return self.process.exitcode


class CleaningPool:
    """``await pool.clean(task)`` returns the page's `Result`; ``workers = 0`` cleans in
    this process (debugging and unit tests)."""

    def __init__(self, config: RunConfig, workers: int, grace: float | None = None):
        self.config = config
        self.workers = workers
        self.limit = hard_limit(config, grace)
        self.inline = None if workers > 0 else config.pipeline()
        self.queue: deque[_Job] = deque()
        self.slots: list[_Worker | None] = []
        self.loop: EventLoop | None = None
        self.context: Any = None
        self.closed = False

    # -- the crawl's side ------------------------------------------------------------------
    def start(self) -> None:
        """Start the workers (on the running event loop); idempotent."""
        if self.inline is not None or self.slots or self.closed:
            return
        self.loop = running_loop()
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload([WORKER_MODULE])
        self.slots = [None] * self.workers
        for index in range(self.workers):
            self._spawn(index)

    async def clean(self, task: Task) -> Result:
        if self.inline is not None:
            return clean_task(self.inline, task, self.config)
        if self.closed:
            return _cancelled(task)
        self.start()
        assert self.loop is not None
        job = _Job(task, self.loop.future())
        self.queue.append(job)
        self._dispatch()
        return await job.waiter

    def cancel_all(self) -> int:
        """Answer every queued and running page as cancelled (running workers are killed);
        returns how many."""
        count = 0
        while self.queue:
            count += self._answer(self.queue.popleft(), None)
        for index, worker in enumerate(self.slots):
            if worker is not None and worker.job is not None:
                count += self._answer(worker.job, None)
                self._retire(index, kill=True)
        return count

    def close(self) -> None:
        self.cancel_all()
        self.closed = True
        for index in range(len(self.slots)):
            self._retire(index, kill=False)
        self.slots = []

    # -- workers ----------------------------------------------------------------------------
    def _spawn(self, index: int) -> None:
        worker = _Worker(self.context, self.config)
        self.slots[index] = worker
        assert self.loop is not None
        self.loop.watch(worker.fd, lambda: self._readable(worker))

    def _retire(self, index: int, kill: bool) -> int | None:
        """Stop watching and end the worker of slot ``index``; the slot is refilled when work comes."""
        worker = self.slots[index]
        if worker is None:
            return None
        self.slots[index] = None
        assert self.loop is not None
        self.loop.unwatch(worker.fd)
        if worker.timer is not None:
            worker.timer.cancel()
        return worker.stop(kill)

    def _dispatch(self) -> None:
        for index in range(len(self.slots)):
            if not self.queue or self.closed:
                return
            if self.slots[index] is None:
                self._spawn(index)
            worker = self.slots[index]
            if worker is None or worker.job is not None:
                continue
            job = self.queue.popleft()
            try:
                worker.conn.send(job.task)
            except OSError:            # the worker died idle: its replacement takes the page
                self.queue.appendleft(job)
                self._retire(index, kill=True)
                self._spawn(index)
                continue
            worker.job = job
            if self.limit is not None:
                assert self.loop is not None
                worker.timer = self.loop.call_later(self.limit, self._overran_callback(worker))

    def _slot(self, worker: _Worker) -> int | None:
        return next((i for i, w in enumerate(self.slots) if w is worker), None)

    def _readable(self, worker: _Worker) -> None:
        index = self._slot(worker)
        if index is None:
            return
        try:
            result = worker.conn.recv()
        except (EOFError, OSError):
            job = worker.job
            code = self._retire(index, kill=True)
            if job is not None:
                self._answer(job, Result(job.task, failure=Failure(
                    job.task.source, "worker", "WorkerCrash", f"worker process died (exit code {code})")))
            self._dispatch()
            return
        job, worker.job = worker.job, None
        if worker.timer is not None:
            worker.timer.cancel()
            worker.timer = None
        if job is not None:
            self._answer(job, replace(result, task=job.task))    # the worker sends it back without the task
        if result.failure is not None and result.failure.error == MEMORY_ERROR:
            self._retire(index, kill=True)      # the next page starts in a fresh process
        self._dispatch()

    def _overran_callback(self, worker: _Worker) -> Callable[[], None]:
        def overran() -> None:
            worker.timer = None
            index = self._slot(worker)
            if index is None or worker.job is None:
                return
            job = worker.job
            self._retire(index, kill=True)
            self._answer(job, Result(job.task, failure=Failure(
                job.task.source, "timeout", "DocumentTimeout", f"no answer within {self.limit:g} s; worker killed")))
            self._dispatch()
        return overran

    def _answer(self, job: _Job, result: Result | None) -> int:
        """Resolve a page's waiter (``None``: cancelled); 1 when it was still waiting."""
        assert self.loop is not None
        return int(self.loop.resolve(job.waiter, result if result is not None else _cancelled(job.task)))
