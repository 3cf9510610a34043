"""Cleaning crawled pages in worker processes, off the reactor.

The chain runs in a pebble process pool under the per-document limits of ``corpus
clean`` (`cleaners.run.clean_task`: the time limit interrupts the document inside the
worker, the output limit, the same failure records). A document that does not come
back at all within the time limit plus a grace period (stuck in C code, a regex that
backtracks for minutes) gets its worker killed and replaced: the document becomes a
counted failure and the reactor never waits on a cleaner.

Workers are started by a fork server (never forked from the threaded crawler process)
that has imported the engine once, so a replacement worker is ready in milliseconds.
``workers = 0`` cleans in the crawling process itself (debugging and unit tests).

This module imports neither Scrapy nor Twisted at import time: worker processes load it.
"""
from __future__ import annotations

import logging
import multiprocessing
import signal
from concurrent.futures import CancelledError, Future
from typing import Any

from cleaners.run import Failure, Result, RunConfig, Task, clean_task

log = logging.getLogger(__name__)

_WORKER: dict[str, Any] = {}


def init_worker(config: RunConfig) -> None:
    """Pebble initializer: build this worker's pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the crawler decides when to stop
    _WORKER["config"] = config
    _WORKER["pipeline"] = config.pipeline()


def clean_in_worker(task: Task) -> Result:
    return clean_task(_WORKER["pipeline"], task, _WORKER["config"])


def hard_limit(config: RunConfig, grace: float | None = None) -> float | None:
    """Seconds after which a worker that has not answered is killed (as in `cleaners.run.WorkerPool`)."""
    if config.timeout <= 0:
        return None
    return config.timeout + (grace if grace is not None else max(5.0, config.timeout))


class Cancelled(Exception):
    """The cleaning of a page was cancelled (the crawl is shutting down)."""


class CleaningPool:
    """``submit(task)`` returns a `concurrent.futures.Future` that always resolves to a
    `Result` (a failure result when the worker timed out, died or was cancelled);
    `cancel_all` cancels every document queued or running."""

    def __init__(self, config: RunConfig, workers: int, grace: float | None = None):
        self.config = config
        self.workers = workers
        self.limit = hard_limit(config, grace)
        self.pending: set[Future] = set()
        self.pool: Any = None
        self.inline = None if workers > 0 else config.pipeline()

    def start(self) -> None:
        if self.inline is not None or self.pool is not None:
            return
        from pebble import ProcessPool
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        self.pool = ProcessPool(max_workers=self.workers, initializer=init_worker, initargs=(self.config,),
                                context=context)

    def submit(self, task: Task) -> Future:
        out: Future = Future()
        if self.inline is not None:
            out.set_result(clean_task(self.inline, task, self.config))
            return out
        self.start()
        future = self.pool.schedule(clean_in_worker, args=(task,), timeout=self.limit)
        self.pending.add(future)

        def arrived(fut: Future) -> None:   # in pebble's thread, or in ours when cancelled
            self.pending.discard(fut)
            out.set_result(self._result(task, fut))
        future.add_done_callback(arrived)
        return out

    def _result(self, task: Task, future: Future) -> Result:
        from pebble import ProcessExpired
        try:
            return future.result()
        except CancelledError:
            return Result(task, failure=Failure(task.source, "cancelled", "Cancelled", "the crawl is shutting down"))
        except TimeoutError:
            return Result(task, failure=Failure(task.source, "timeout", "DocumentTimeout",
                                                f"no answer within {self.limit:g} s; worker killed"))
        except ProcessExpired as exc:
            return Result(task, failure=Failure(task.source, "worker", "WorkerCrash",
                                                f"worker process died (exit code {exc.exitcode})"))
        except Exception as exc:   # pickling errors and the like: this page fails, the crawl goes on
            return Result(task, failure=Failure(task.source, "worker", type(exc).__name__, str(exc)))

    def cancel_all(self) -> int:
        """Cancel every queued or running document; returns how many."""
        futures = list(self.pending)
        for future in futures:
            future.cancel()
        return len(futures)

    def close(self) -> None:
        self.cancel_all()
        if self.pool is not None:
            self.pool.stop()
            self.pool.join(timeout=10)
            self.pool = None
