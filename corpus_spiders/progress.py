"""A one-line progress log of a crawl, every ``CORPUS_PROGRESS_INTERVAL`` seconds (default
60; 0 switches it off), through Scrapy's logging, like Scrapy's own ``LogStats``::

    corpus progress: 1,204 pages fetched, 311 articles emitted, 4 errors; 18.2 pages/min, 5.1 articles/min

Pages are ``corpus/pages_fetched``, articles ``corpus/articles_emitted``, errors Scrapy's
``log_count/ERROR`` (download errors after retries, pages that could not be cleaned...);
rates are over the last interval. The last line is logged when the spider closes.
"""
from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

log = logging.getLogger(__name__)


class ProgressLog:
    def __init__(self, stats: Any, interval: float):
        self.stats = stats
        self.interval = interval
        self.task = None
        self._last = (time.monotonic(), 0, 0)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ProgressLog":
        interval = crawler.settings.getfloat("CORPUS_PROGRESS_INTERVAL", 60.0)
        if interval <= 0:
            raise NotConfigured("CORPUS_PROGRESS_INTERVAL is 0")
        extension = cls(crawler.stats, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any) -> None:
        from twisted.internet import task
        self._last = (time.monotonic(), 0, 0)
        self.task = task.LoopingCall(self.log_line)
        self.task.start(self.interval, now=False)

    def line(self) -> str:
        pages = self.stats.get_value("corpus/pages_fetched", 0) or 0
        articles = self.stats.get_value("corpus/articles_emitted", 0) or 0
        errors = self.stats.get_value("log_count/ERROR", 0) or 0
        now = time.monotonic()
        then, pages_then, articles_then = self._last
        minutes = max(now - then, 1e-9) / 60
        self._last = (now, pages, articles)
        return (f"corpus progress: {pages:,} pages fetched, {articles:,} articles emitted, {errors:,} errors; "
                f"{(pages - pages_then) / minutes:.1f} pages/min, {(articles - articles_then) / minutes:.1f} articles/min")

    def log_line(self) -> None:
        log.info(self.line())

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.log_line()
