"""Batch runs: inputs to tasks, one document cleaned under its limits.

* `cleaners.run.model`: `Task`, `Result`, `Failure`, `RunConfig` (the values passed
  between the run and its workers).
* `cleaners.run.inputs`: `iter_tasks`, `entry_tasks` (paths and archives to tasks).
* `cleaners.run.clean`: `clean_task` (one document under the per-document limits),
  `run_inline`.

The worker processes that run `clean_task` (``corpus clean``, the crawl, ``corpus
ingest``) are `cleaners.workers`. A document that runs past the time limit is
interrupted inside its worker (SIGALRM); one that does not return at all (stuck in C
code) gets its worker killed and replaced. Either way the document becomes an error and
the run goes on.
"""
from __future__ import annotations

from .clean import DocumentTimeout, clean_task, run_inline
from .inputs import RESUMED, entry_tasks, iter_tasks
from .model import DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT, Failure, Result, RunConfig, Task, failure_of

__all__ = ["DEFAULT_MAX_OUTPUT", "DEFAULT_TIMEOUT", "RESUMED", "DocumentTimeout", "Failure", "Result", "RunConfig",
           "Task", "clean_task", "entry_tasks", "failure_of", "iter_tasks", "run_inline"]
