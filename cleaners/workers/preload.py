"""What the fork server of the cleaning workers loads once, before it forks any worker
(start method `cleaners.workers.process.FORKSERVER`, the crawl's).

Importing `cleaners.workers.process` loads the engine; `warm_up` then cleans a small
built-in page with the default chain, so that what the cleaners and the libraries under
them load on first use (the language identifier's model, trafilatura's and the date
parser's tables, datasketch) is loaded once here and shared by every worker forked after
it. A fresh worker -- at the start of a crawl, or replacing one that was killed over a
time or memory limit -- then cleans its first page as fast as its hundredth (without it,
the first page of each worker took half a second of CPU).

The pool's own process never imports this module: it would load all of that for nothing.
"""
from __future__ import annotations

import logging

from ..run.clean import clean_task
from ..run.model import RunConfig, Task
from . import process  # noqa: F401  (the worker's main function, loaded in the fork server)

log = logging.getLogger(__name__)

_PARAGRAPH = ("The harbour office said on Monday that the ferry to the island will run twice a day from June, "
              "after the council approved the new timetable at its meeting last week.")
PAGE = ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable</title>"
        "<meta property='og:type' content='article'></head><body><article><h1>Ferry timetable</h1>"
        "<time datetime='2024-05-02'>2 May 2024</time>" + f"<p>{_PARAGRAPH}</p>" * 4 +
        "</article></body></html>").encode()


WARM_UP_TIMEOUT = 20.0   # seconds: a cleaner that hangs on the warm-up page cannot hold the fork server


def warm_up() -> None:
    """Clean `PAGE` once with the default chain, under a time limit (a failure is only
    logged: the workers report real ones)."""
    config = RunConfig(signature=True, timeout=WARM_UP_TIMEOUT)
    try:
        result = clean_task(config.pipeline(), Task("warm-up", "warm-up", "html", data=PAGE,
                                                    url="http://warm-up.invalid/2024/05/02/ferry/",
                                                    content_type="text/html; charset=utf-8"), config)
    except Exception as exc:   # a broken default configuration: the workers will say so
        log.debug("warm-up of the cleaning workers failed: %s", exc)
        return
    if result.failure is not None:
        log.debug("warm-up page not cleaned: %s", result.failure.message)


warm_up()
