"""SIGTERM (or Ctrl-C) stops a crawl within seconds, and what is done is kept.

Scrapy's own first signal starts a graceful stop that waits for every request in
flight: the pages queued behind a politeness delay, downloads until their timeout, and
the items being cleaned. The extension `GracefulShutdown` (order 0, on by default)
shortens that wait without losing what is finished:

1. at once: the Scrapy signal `shutdown_requested` is sent (the item pipeline cancels
   the cleaning under way and cleans nothing more; under ``corpus ingest`` those pages
   are not recorded as fetched, so the next run fetches them again), and requests
   waiting in the downloader for their politeness delay are dropped;
2. after ``CORPUS_SHUTDOWN_GRACE`` seconds (default 5): downloads still in flight are
   aborted (their TCP connections closed).

Then Scrapy's graceful stop ends as usual: the item pipelines and feed exports close,
``corpus ingest`` commits its file and state. A second signal is Scrapy's forced stop.
"""
from __future__ import annotations

import logging
import signal
from typing import Any, Callable

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

log = logging.getLogger(__name__)

shutdown_requested = object()   # Scrapy signal (no arguments): the crawl is stopping
STOP_SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGINT", None)) if s)


class GracefulShutdown:
    def __init__(self, crawler: Any, grace: float):
        self.crawler = crawler
        self.grace = grace
        self.stopping = False
        self.previous: dict[int, Any] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> "GracefulShutdown":
        ext = cls(crawler, crawler.settings.getfloat("CORPUS_SHUTDOWN_GRACE", 5.0))
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        return ext

    # -- the signal handlers -------------------------------------------------------
    def engine_started(self) -> None:
        # Scrapy installs its handlers when the reactor has started: wrap them afterwards
        _call_later(0, self.install)

    def install(self) -> None:
        try:
            for signum in STOP_SIGNALS:
                self.previous[signum] = signal.getsignal(signum)
                signal.signal(signum, self.handle)
        except ValueError:   # not the main thread (a crawler embedded in something else)
            log.debug("signal handlers not installed: not in the main thread")

    def handle(self, signum: int, frame: Any) -> None:
        """In the signal handler: hand the work to the event loop, then let Scrapy stop."""
        _call_from_thread(self.stop)
        previous = self.previous.get(signum)
        if callable(previous):
            previous(signum, frame)

    # -- stopping ---------------------------------------------------------------------
    def stop(self) -> None:
        if self.stopping:
            return
        self.stopping = True
        log.info("stopping: cleaning under way is cancelled, queued requests dropped, downloads in flight "
                 "aborted after %g s", self.grace)
        self.crawler.signals.send_catch_log(shutdown_requested)
        dropped = self.drop_queued()
        if dropped:
            log.info("%d queued request(s) dropped", dropped)
        _call_later(self.grace, self.abort_downloads)

    def drop_queued(self) -> int:
        """Requests waiting in the downloader (politeness delay) fail at once."""
        downloader = getattr(getattr(self.crawler, "engine", None), "downloader", None)
        dropped = 0
        for slot in list(getattr(downloader, "slots", {}).values()):
            queue = getattr(slot, "queue", None)
            while queue:
                request, waiting = queue.popleft()
                waiting.errback(IgnoreRequest(f"the crawl is stopping: {request.url} not fetched"))
                dropped += 1
        return dropped

    def abort_downloads(self) -> None:
        """Close the connections of downloads still in flight (their requests fail)."""
        from twisted.internet import reactor, tcp
        engine = getattr(self.crawler, "engine", None)
        if engine is None or engine.spider is None:
            return
        clients = {s for s in list(reactor.getReaders()) + list(reactor.getWriters()) if isinstance(s, tcp.Client)}
        for client in clients:
            client.abortConnection()
        if clients:
            log.info("%d download(s) in flight aborted", len(clients))


def _call_later(delay: float, fn: Callable[[], Any]) -> None:
    from twisted.internet import reactor
    reactor.callLater(delay, fn)


def _call_from_thread(fn: Callable[[], Any]) -> None:
    from twisted.internet import reactor
    reactor.callFromThread(fn)
