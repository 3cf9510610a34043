"""`CleaningPool`: the engine's `cleaners.workers.WorkerPool` on the crawl's event loop,
with no threads.

The workers are started by a fork server that has imported and warmed up the engine once
(start method ``forkserver``), so that a worker is ready in milliseconds and none is ever
forked from the threaded crawler process. The event loop (asyncio's ``add_reader``, or
the Twisted reactor's ``addReader`` under another reactor: `corpus_spiders.cleaning.loop`)
watches each worker's pipe, as the pool announces them, and calls the pool when one is
readable; one timer calls it when the oldest page overruns the hard limit. A page waits
in the pool's queue while every worker is busy; its coroutine awaits a future that the
pool's answer resolves.

No thread runs beside the reactor. A process pool that moves tasks and results with
threads of its own (pebble) made the reactor thread wait for the GIL at every page: in
a 2,000-page loopback crawl, parsing a 2 KB page took 5 ms instead of 0.05 ms, and the
crawl ran at 0.55 times the speed of bare Scrapy (docs/crawling.md, Throughput).

The limits are the engine pool's (time, hard limit, memory, crash: each a failure
`cleaners.run.Result`); ``cancel_all`` (the crawl is stopping) answers every queued and
running page with a ``Cancelled`` failure.
"""
from __future__ import annotations

import logging
import time
from typing import Iterable

from cleaners.run import Result, RunConfig, Task, clean_task
from cleaners.workers import FORKSERVER, Completion, WorkerPool, cancelled

from .loop import EventLoop, Timer, running_loop

log = logging.getLogger(__name__)


class CleaningPool:
    """``await pool.clean(task)`` returns the page's `Result`; ``workers = 0`` cleans in
    this process (debugging and unit tests); ``start_method``: see `cleaners.workers.process`."""

    def __init__(self, config: RunConfig, workers: int, grace: float | None = None, start_method: str = FORKSERVER):
        self.config = config
        self.workers = workers
        self.grace = grace
        self.start_method = start_method
        self.inline = None if workers > 0 else config.pipeline()
        self.pool: WorkerPool | None = None
        self.loop: EventLoop | None = None
        self.timer: Timer | None = None
        self.timer_at: float | None = None
        self.closed = False

    def start(self) -> None:
        """Start the workers (on the running event loop); idempotent."""
        if self.inline is not None or self.pool is not None or self.closed:
            return
        self.loop = running_loop()
        self.pool = WorkerPool(self.config, self.workers, grace=self.grace, start_method=self.start_method,
                               on_spawn=self._watch, on_retire=self.loop.unwatch)
        self.pool.start()

    async def clean(self, task: Task) -> Result:
        if self.inline is not None:
            return clean_task(self.inline, task, self.config)
        if self.closed:
            return cancelled(task)
        self.start()
        assert self.loop is not None and self.pool is not None
        waiter = self.loop.future()
        self.pool.submit(task, waiter)
        self._schedule()
        return await waiter

    def cancel_all(self) -> int:
        """Answer every queued and running page as cancelled (running workers are killed);
        returns how many were still awaited."""
        return self._answer(self.pool.cancel_all()) if self.pool is not None else 0

    def close(self) -> None:
        self.closed = True
        if self.pool is not None:
            self._answer(self.pool.close())
        self._cancel_timer()

    def _watch(self, fd: int) -> None:
        assert self.loop is not None
        self.loop.watch(fd, lambda: self._readable(fd))

    def _readable(self, fd: int) -> None:
        if self.pool is not None:
            self._answer(self.pool.readable(fd))
            self._schedule()

    def _expire(self) -> None:
        self.timer = self.timer_at = None
        if self.pool is not None:
            self._answer(self.pool.expire())
            self._schedule()

    def _schedule(self) -> None:
        """One timer, at the pool's next deadline."""
        deadline = self.pool.deadline() if self.pool is not None and not self.closed else None
        if self.timer is not None and deadline == self.timer_at:
            return
        self._cancel_timer()
        if deadline is not None:
            assert self.loop is not None
            self.timer, self.timer_at = self.loop.call_later(max(0.0, deadline - time.monotonic()), self._expire), \
                deadline

    def _cancel_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.timer = self.timer_at = None

    def _answer(self, done: Iterable[Completion]) -> int:
        """Resolve the pages' waiters; how many were still waiting (a cancelled coroutine's is not)."""
        assert self.loop is not None
        return sum(int(self.loop.resolve(waiter, result)) for waiter, result in done)
