"""A cleaning worker process: the chain of ``corpus clean``, under its per-document limits.

`serve` is the process's main function. It caps the process's memory
(`cleaners.memory.limit_memory`, ``CORPUS_MAX_MEMORY``), builds the pipeline once, then
answers every `cleaners.run.Task` read from its pipe with the `cleaners.run.Result`
of `cleaners.run.clean_task` (the time limit interrupts a document inside the worker;
an error, the memory limit or an oversized record becomes a failure result), until the
pipe closes or ``None`` arrives. Imports neither Scrapy nor Twisted: the fork server
loads this module once (`corpus_spiders.cleaning.preload`, which also warms the chain
up), and each worker it forks is ready in milliseconds.
"""
from __future__ import annotations

import logging
import os
import signal
from dataclasses import replace
from typing import Any

from cleaners.memory import limit_memory
from cleaners.run import RunConfig, clean_task

log = logging.getLogger(__name__)


def serve(conn: Any, config: RunConfig) -> None:
    """Clean tasks from ``conn`` until it closes or sends ``None``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the crawler decides when to stop
    limit_memory(config.max_memory)
    batch_priority()
    pipeline = config.pipeline()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        # the task (with the page's bytes) stays with the pool: the result goes back without it
        conn.send(replace(clean_task(pipeline, task, config), task=None))


def batch_priority() -> None:
    """Run this process as a batch job (Linux ``SCHED_BATCH``): a worker woken by a page
    does not preempt the crawl process that sent it, which would otherwise lose the CPU
    at every page it hands out on a busy machine. Elsewhere: nothing."""
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        except OSError as exc:
            log.debug("cannot run the cleaning worker as a batch job: %s", exc)
