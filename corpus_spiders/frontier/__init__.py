"""One crawl, many processes: the crawl frontier and the dedup state in Redis.

``-s CORPUS_REDIS_URL=redis://HOST:PORT/DB`` switches a crawl (``scrapy crawl
articles``, ``corpus ingest``) to shared state, so that any number of processes on
any machines work through one crawl:

* **scheduler queue and request dupefilter**: scrapy-redis's ``Scheduler`` and
  ``RFPDupeFilter`` (the queue a scrapy-redis priority queue), configured here; start
  URLs given to every process are seeded once, through the shared dupefilter;
* **leases** (`corpus_spiders.frontier.scheduler.LeasingScheduler`): a request taken
  from the queue is leased to its worker until the engine has finished with it (page
  downloaded, its links queued, its record written); a worker that stops sending
  heartbeats for ``CORPUS_REDIS_LEASE_TIMEOUT`` seconds is dead, and its requests go
  back to the queue;
* **the dedup stage's state** (`cleaners.dedup_redis.RedisDedupStore`): the "seen
  canonical URL" (ids are keys) and the exact/near duplicate index. A worker's
  documents stay pending until their record is written (`feeds.EmitLedger`), and a
  dead worker's pending documents are forgotten before its requests are queued again,
  so each article is emitted once.

``-a crawl=NAME`` keeps crawls apart in one Redis (keys ``corpus:NAME:...``; default:
the spider's name; ``corpus ingest``: ``ingest-<target>``). When the last worker of a
crawl finishes with nothing left to do, the queue and the dupefilter are deleted, so
the next run of that crawl starts afresh; the dedup state stays, so a later run
emits only new and changed articles (``-s CORPUS_REDIS_FLUSH=1`` deletes it too).
docs/scaling.md has the whole story.
"""
from __future__ import annotations

from typing import Any

SCHEDULER = "corpus_spiders.frontier.scheduler.LeasingScheduler"
FEED_STORAGE = "corpus_spiders.frontier.feeds.LineFileFeedStorage"
DEFAULT_LEASE_TIMEOUT = 60.0


def enabled(settings: Any) -> bool:
    return bool(settings.get("CORPUS_REDIS_URL"))


def configure(settings: Any) -> None:
    """With ``CORPUS_REDIS_URL``: the shared scheduler, dupefilter and line-by-line feeds
    (at the spider's priority: a ``-s`` of the same name still wins)."""
    url = settings.get("CORPUS_REDIS_URL")
    if not url:
        return
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError as exc:
        raise RuntimeError(f"CORPUS_REDIS_URL needs the cluster extra (pip install 'corpus[cluster]'): {exc}") from None
    storages = dict(settings.getdict("FEED_STORAGES"))
    for scheme in ("", "file"):
        storages.setdefault(scheme, FEED_STORAGE)
    for name, value in {
        "SCHEDULER": SCHEDULER,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_PERSIST": True,            # one worker closing never flushes the others' crawl
        "REDIS_URL": url,
        "FEED_STORAGES": storages,
    }.items():
        settings.set(name, value, priority="spider")
