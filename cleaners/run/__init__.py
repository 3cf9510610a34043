"""Batch runs: inputs to tasks, a pool of worker processes under a watchdog, results in
input order.

* `cleaners.run.model`: `Task`, `Result`, `Failure`, `RunConfig` (the values passed
  between the run and its workers).
* `cleaners.run.inputs`: `iter_tasks`, `entry_tasks` (paths and archives to tasks).
* `cleaners.run.clean`: `clean_task` (one document under the per-document limits),
  `run_inline`.
* `cleaners.run.pool`: `WorkerPool`, `default_workers`.

Every document is cleaned in a worker process. A document that runs past the time
limit is interrupted inside the worker (SIGALRM); one that does not return at all
(stuck in C code) gets its worker killed and replaced. Either way the document
becomes an error and the run goes on.
"""
from __future__ import annotations

from .clean import DocumentTimeout, clean_task, run_inline
from .inputs import RESUMED, entry_tasks, iter_tasks
from .model import DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT, Failure, Result, RunConfig, Task, failure_of
from .pool import WorkerPool, default_workers

__all__ = ["DEFAULT_MAX_OUTPUT", "DEFAULT_TIMEOUT", "RESUMED", "DocumentTimeout", "Failure", "Result", "RunConfig",
           "Task", "WorkerPool", "clean_task", "default_workers", "entry_tasks", "failure_of", "iter_tasks",
           "run_inline"]
