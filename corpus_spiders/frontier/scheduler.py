"""`LeasingScheduler`: scrapy-redis's scheduler, with a lease on every request taken.

scrapy-redis pops a request off the shared queue, so a worker killed with requests in
hand loses them. Here a request is *taken* instead (`CrawlState.take`: moved from the
queue to this worker's leases in one step) and *released* once Scrapy's engine has
finished with it: downloaded, its callback's requests queued, its items through the
pipelines and written. The engine keeps the requests it is working on in its slot
(``engine._slot.inprogress``; a request leaves it after the scraper is done with its
response); Scrapy has no public signal for that moment, so the scheduler compares its
leases with that set each time the engine asks it for work. A worker that dies keeps
its leases until its heartbeat expires; any other worker then queues them again
(`CrawlState.recover`). After a stop was requested (SIGTERM), nothing more is
released: what is unfinished goes back to the queue when the spider closes.

A worker with an empty queue stays while another worker holds leases (it may queue
more pages), and closes when the whole crawl has nothing left.
"""
from __future__ import annotations

import logging
import re
import time
import weakref
from typing import Any

from scrapy import Request
from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from ..shutdown import shutdown_requested
from .state import CrawlState

log = logging.getLogger(__name__)

RECOVER_EVERY = 1.0          # seconds between looks for dead workers
TICK = 0.5                   # seconds between looks at the shared queue while the engine waits
_NAME = re.compile(r"^[\w.@-]{1,100}$")
_STATES: "weakref.WeakKeyDictionary[Any, CrawlState]" = weakref.WeakKeyDictionary()


def crawl_name(spider: Any) -> str:
    """``-a crawl=NAME``; under ``corpus ingest`` ``ingest-<target>``; else the spider's name."""
    name = getattr(spider, "crawl", None)
    ingest = getattr(spider, "ingest", None)
    if not name and ingest is not None:
        name = f"ingest-{ingest.target.slug}"
    name = str(name or spider.name)
    if not _NAME.match(name):
        raise ValueError(f"crawl name {name!r}: use letters, digits, '.', '-', '_' or '@' (at most 100)")
    return name


def crawl_state(crawler: Any) -> CrawlState:
    """The crawler's `CrawlState` (made once; the scheduler and the item pipeline share it)."""
    state = _STATES.get(crawler)
    if state is None:
        state = _STATES[crawler] = CrawlState.from_settings(crawler.settings, crawl_name(crawler.spider))
    return state


class LeasingScheduler(Scheduler):
    """scrapy-redis ``Scheduler`` whose requests are leased, not popped."""

    crawler: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "LeasingScheduler":
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        crawler.signals.connect(scheduler._stopping, signal=shutdown_requested)
        return scheduler

    def open(self, spider: Any) -> None:
        self.spider = spider
        settings = self.crawler.settings
        self.state = crawl_state(self.crawler)
        self.queue_key = self.state.key("requests")
        self.df = RFPDupeFilter(self.server, key=self.state.key("dupefilter"),
                                debug=settings.getbool("DUPEFILTER_DEBUG"))
        self.queue = load_object(self.queue_cls)(server=self.server, spider=spider, key=self.queue_key,
                                                 serializer=self.serializer)
        if not hasattr(self.crawler.engine, "_slot"):
            raise RuntimeError("this Scrapy version's engine keeps no slot of requests in progress: "
                               "the Redis frontier cannot tell when a request is finished")
        self.leases: dict[Request, str] = {}
        self.releasing = True
        self._recovered = 0.0
        self.state.join(flush=settings.getbool("CORPUS_REDIS_FLUSH"))
        self._beat_every = max(0.25, self.state.lease_timeout / 4)
        self._beaten = time.monotonic()
        self._beat = LoopingCall(self._tick)
        self._beat.start(min(TICK, self._beat_every), now=False)
        log.info("crawl %s: worker %s joined (%d requests queued, %d workers, lease timeout %g s)",
                 self.state.crawl, self.state.worker, self.state.queued(), len(self.state.workers()),
                 self.state.lease_timeout)

    def close(self, reason: str) -> None:
        if self._beat.running:
            self._beat.stop()
        self._release_finished()
        self.state.finish()

    def _stopping(self) -> None:
        """A stop was requested: requests finish as cancelled, so they are given back, not released."""
        self.releasing = False

    def _tick(self) -> None:
        """The heartbeat (every quarter of the lease timeout) and, when requests wait in the
        shared queue, a nudge to the engine, which otherwise looks only every 5 s once its
        own queue ran dry (others may have queued requests since)."""
        try:
            if time.monotonic() - self._beaten >= self._beat_every:
                self.state.heartbeat()
                self._beaten = time.monotonic()
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None and self.releasing and self.state.queued():
                slot.nextcall.schedule()
        except Exception as exc:   # Redis away for a moment: the next tick tries again
            log.error("crawl %s: heartbeat failed: %s", self.state.crawl, exc)

    # -- the engine's requests ----------------------------------------------------------
    def _in_progress(self) -> set[Request] | None:
        slot = getattr(self.crawler.engine, "_slot", None)
        return None if slot is None else slot.inprogress

    def _release_finished(self) -> None:
        if not self.leases or not self.releasing:
            return
        working = self._in_progress()
        if working is None:
            return
        for request, lease in list(self.leases.items()):
            if request not in working:
                self.state.ack(lease)
                del self.leases[request]

    def _recover(self) -> int:
        now = time.monotonic()
        if now - self._recovered < RECOVER_EVERY:
            return 0
        self._recovered = now
        return self.state.recover()

    def enqueue_request(self, request: Request) -> bool:
        """scrapy-redis's, with the stats call of Scrapy 2.19 (no ``spider`` argument)."""
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        self._release_finished()
        self._recover()
        taken = self.state.take()
        if taken is None:
            return None
        lease, data = taken
        try:
            request = self.queue._decode_request(data)
        except Exception as exc:   # a request this spider cannot rebuild: dropped, said so
            log.error("crawl %s: dropped a queued request that cannot be read: %s", self.state.crawl, exc)
            self.state.ack(lease)
            return None
        self.leases[request] = lease
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        self._release_finished()
        if self.state.queued() or self._recover():
            return True
        return self.state.busy_elsewhere()

    def __len__(self) -> int:
        return self.state.queued()
