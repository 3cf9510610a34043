"""`WorkerPool`: the one pool of cleaning worker processes, for ``corpus clean`` and the
crawl alike.

Two ways to drive it, over the same workers and limits:

* **blocking** (``corpus clean``): ``pool.map(tasks)`` yields the results in input order
  with at most ``window`` documents in flight or waiting to be yielded
  (`cleaners.workers.ordered`); ``pool.poll(timeout)`` waits for the next answers.
* **non-blocking** (an event loop, e.g. the crawl's reactor in
  `corpus_spiders.cleaning`): ``submit(task, token)`` queues a document; the loop watches
  the file descriptors the pool announces through ``on_spawn(fd)`` and ``on_retire(fd)``
  (an fd is retired before it is closed, so a number reused by a replacement is announced
  anew), calls ``readable(fd)`` when one is readable, and ``expire()`` at ``deadline()``.

Every call that finishes documents returns ``(token, Result)`` pairs; no thread runs
beside the caller's. Every document submitted gets exactly one result, a failure result
when it was not cleaned: the time limit interrupts a document inside its worker
(``DocumentTimeout``); a worker that has not answered ``limit`` seconds after it got a
document (stuck in C code) is killed and replaced, and the document is a failure; a
worker that dies (``WorkerCrash``, with its exit code) or runs out of memory
(``MemoryError``) is replaced; ``cancel_all`` answers every queued and running document
with a ``Cancelled`` failure (the run is stopping).
"""
from __future__ import annotations

import time
from collections import deque
from dataclasses import replace
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

from ..errors import ConfigError
from ..memory import MEMORY_ERROR
from ..run.model import Failure, Result, RunConfig, Task
from .ordered import in_order
from .process import FORK, Worker, start_context

Completion = tuple[Any, Result]      # (the token given to `submit`, the document's result)
FdHook = Callable[[int], None]


def hard_limit(config: RunConfig, grace: float | None = None) -> float | None:
    """Seconds after which a worker that has not answered is killed (None: never)."""
    if config.timeout <= 0:
        return None
    return config.timeout + (grace if grace is not None else max(5.0, config.timeout))


def cancelled(task: Task) -> Result:
    """The result of a document not cleaned because the run is stopping."""
    return Result(task, failure=Failure(task.source, "cancelled", "Cancelled", "the run is shutting down"))


class WorkerPool:
    """Worker processes cleaning `Task`s under the run's limits (see the module)."""

    def __init__(self, config: RunConfig, workers: int, window: int | None = None, grace: float | None = None,
                 start_method: str = FORK, on_spawn: FdHook | None = None, on_retire: FdHook | None = None):
        if workers < 1:
            raise ConfigError("--workers must be at least 1")
        self.config = config
        self.workers = workers
        self.window = window or max(8, workers * 8)
        self.limit = hard_limit(config, grace)
        self.start_method = start_method
        self.on_spawn = on_spawn
        self.on_retire = on_retire
        self.queue: deque[tuple[Task, Any]] = deque()
        self.slots: list[Worker | None] = []     # None: a slot whose next worker starts when work comes
        self.context: Any = None
        self.closed = False

    # -- life ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the workers; idempotent (`submit` starts them too)."""
        if self.slots or self.closed:
            return
        self.context = start_context(self.start_method)
        self.slots = [None] * self.workers
        for index in range(self.workers):
            self._spawn(index)

    def cancel_all(self) -> list[Completion]:
        """Every queued and running document, answered as cancelled (running workers are killed)."""
        done = [(token, cancelled(task)) for task, token in self.queue]
        self.queue.clear()
        for index, worker in enumerate(self.slots):
            if worker is not None and worker.task is not None:
                done.append((worker.token, cancelled(worker.task)))
                self._retire(index, grace=0)
        return done

    def close(self) -> list[Completion]:
        """Cancel what is left (see `cancel_all`), then end the idle workers."""
        done = self.cancel_all()
        self.closed = True
        for worker in self.slots:
            if worker is not None:
                worker.leave()
        for index in range(len(self.slots)):
            self._retire(index, grace=1.0)
        self.slots = []
        return done

    # -- the non-blocking API ----------------------------------------------------------------
    def submit(self, task: Task, token: Any = None) -> None:
        """Queue ``task``; an idle worker takes it at once."""
        if self.closed:
            raise RuntimeError("the worker pool is closed")
        self.start()
        self.queue.append((task, token))
        self._dispatch()

    def fds(self) -> list[int]:
        """The pipes of the running workers (what to watch)."""
        return [w.fd for w in self.slots if w is not None]

    def readable(self, fd: int) -> list[Completion]:
        """Take the answer of the worker on ``fd`` (a result, or its death)."""
        index = next((i for i, w in enumerate(self.slots) if w is not None and w.fd == fd), None)
        if index is None:
            return []
        worker = self.slots[index]
        assert worker is not None
        task, token = worker.task, worker.token
        try:
            result = worker.conn.recv()
        except (EOFError, OSError):
            code = self._retire(index, grace=2.0)
            done = [] if task is None else [(token, Result(task, failure=Failure(
                task.source, "worker", "WorkerCrash", f"worker process died (exit code {code})")))]
        else:
            worker.task = worker.token = None
            done = [] if task is None else [(token, replace(result, task=task))]
            if result.failure is not None and result.failure.error == MEMORY_ERROR:
                self._retire(index, grace=0)     # the next document starts in a fresh process
        self._dispatch()
        return done

    def deadline(self) -> float | None:
        """When (``time.monotonic``) the oldest running document overruns the hard limit."""
        if self.limit is None:
            return None
        starts = [w.started for w in self.slots if w is not None and w.task is not None]
        return min(starts) + self.limit if starts else None

    def expire(self, now: float | None = None) -> list[Completion]:
        """Kill and replace the workers whose document has overrun the hard limit."""
        if self.limit is None:
            return []
        now = time.monotonic() if now is None else now
        done = []
        for index, worker in enumerate(self.slots):
            if worker is not None and worker.task is not None and now - worker.started >= self.limit:
                done.append((worker.token, Result(worker.task, failure=Failure(
                    worker.task.source, "timeout", "DocumentTimeout",
                    f"no answer within {self.limit:g} s; worker killed"))))
                self._retire(index, grace=0)
        if done:
            self._dispatch()
        return done

    def idle(self) -> int:
        """How many more documents the workers would take at once."""
        return max(0, len(self.slots or [None] * self.workers) - len(self.running()) - len(self.queue))

    def running(self) -> list[Task]:
        """The documents being cleaned."""
        return [w.task for w in self.slots if w is not None and w.task is not None]

    # -- the blocking API --------------------------------------------------------------------
    def poll(self, timeout: float | None = None) -> list[Completion]:
        """Wait until a worker answers, a document overruns or ``timeout`` passes; what finished."""
        busy = [w.conn for w in self.slots if w is not None and w.task is not None]
        if not busy:
            return []
        deadline = self.deadline()
        if deadline is not None:
            until = max(0.0, deadline - time.monotonic())
            timeout = until if timeout is None else min(timeout, until)
        fds = [conn.fileno() for conn in wait(busy, timeout=timeout)]
        done = []
        for fd in fds:
            done += self.readable(fd)
        return done + self.expire()

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        """Clean ``tasks``; the results in input order, whatever the number of workers."""
        return in_order(self, tasks, self.window)

    # -- workers -----------------------------------------------------------------------------
    def _spawn(self, index: int) -> Worker:
        worker = Worker(self.context, self.config)
        self.slots[index] = worker
        if self.on_spawn is not None:
            self.on_spawn(worker.fd)
        return worker

    def _retire(self, index: int, grace: float) -> int | None:
        """Stop watching and end the worker of slot ``index``; the slot is refilled when work comes."""
        worker = self.slots[index]
        if worker is None:
            return None
        self.slots[index] = None
        if self.on_retire is not None:
            self.on_retire(worker.fd)
        return worker.stop(grace)

    def _dispatch(self) -> None:
        for index in range(len(self.slots)):
            if not self.queue or self.closed:
                return
            worker = self.slots[index] or self._spawn(index)
            if worker.task is not None:
                continue
            task, token = self.queue.popleft()
            try:
                worker.send(task, token)
            except OSError:            # the worker died idle: its replacement takes the document
                self.queue.appendleft((task, token))
                self._retire(index, grace=0)
                self._spawn(index).send(*self.queue.popleft())
