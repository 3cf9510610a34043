"""The crawl's pending requests wait on disk, not in memory.

Scrapy keeps every request a callback yields in its scheduler until it is fetched: a
sitemap of 200,000 URLs, or a page of 100,000 links, held them all in memory (over
600 MB). Unless ``JOBDIR`` is set (Scrapy's pause and resume, which queues on disk
already) or another scheduler is configured (the shared Redis frontier), the spider
gives the crawl a private ``JOBDIR`` in the temporary directory: Scrapy's disk queues
(``SCHEDULER_DISK_QUEUE``) then hold the pending requests, and memory does not grow
with them. The directory is removed when the crawl closes; one left by a killed crawl
(its name holds the process id) is removed by the next crawl. ``CORPUS_DISK_QUEUE =
False`` keeps the queue in memory.
"""
from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import tempfile
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_SCHEDULER = "scrapy.core.scheduler.Scheduler"
PREFIX = ".corpus-crawl-queue-"          # not the engine's ".corpus-tmp-" files: a directory
_NAME = re.compile(rf"^{re.escape(PREFIX)}(\d+)-")


def configure(settings: Any) -> None:
    """Give the crawl a private on-disk queue (a spider's ``update_settings``)."""
    scheduler = settings.get("SCHEDULER")
    if settings.get("JOBDIR") or not settings.getbool("CORPUS_DISK_QUEUE", True) or \
            (scheduler not in (None, DEFAULT_SCHEDULER) and not isinstance(scheduler, type)):
        return
    directory = tempfile.gettempdir()
    remove_stale(directory)
    # only named here: Scrapy creates it when the crawl opens its queue (nothing is left if none does)
    path = os.path.join(directory, f"{PREFIX}{os.getpid()}-{secrets.token_hex(6)}")
    settings.set("JOBDIR", path, priority="spider")
    settings.set("CORPUS_QUEUE_DIR", path, priority="spider")


def remove(settings: Any) -> None:
    """Remove the private queue directory (when the crawl closes)."""
    path = settings.get("CORPUS_QUEUE_DIR")
    if path and os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)


def remove_stale(directory: str) -> None:
    for entry in os.scandir(directory):
        match = _NAME.match(entry.name)
        if match and entry.is_dir(follow_symlinks=False) and not _alive(int(match.group(1))):
            shutil.rmtree(entry.path, ignore_errors=True)
            log.info("removed the request queue of a crawl that died: %s", entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
