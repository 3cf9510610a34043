"""Cleaning worker processes: one pool for ``corpus clean``, the crawl and ``corpus ingest``.

* `cleaners.workers.pool`: `WorkerPool`, the workers under the run's limits, driven
  either blocking (``map``: results in input order; ``poll``) or by an event loop
  (``submit``, file descriptors to watch, ``readable``, ``deadline``/``expire``,
  ``cancel_all``); it never starts a thread.
* `cleaners.workers.ordered`: ``in_order``, the ordered bounded-window map behind ``map``.
* `cleaners.workers.process`: `Worker` (one process and its pipe), ``serve`` (what the
  process runs), the start methods (``fork``; ``forkserver`` for a threaded process),
  `default_workers`.
* `cleaners.workers.preload`: what the fork server loads and warms up once.

``CORPUS_WORKERS=0`` / ``--workers 0`` use no pool: `cleaners.run.run_inline` and
`cleaners.run.clean_task` clean in the calling process.
"""
from __future__ import annotations

from .pool import Completion, WorkerPool, cancelled, hard_limit
from .process import FORK, FORKSERVER, default_workers

__all__ = ["FORK", "FORKSERVER", "Completion", "WorkerPool", "cancelled", "default_workers", "hard_limit"]
