"""The Scrapy side of ``corpus ingest``: conditional requests, re-visit policy, and
records handed to the run's state instead of straight to the output.

Active only when the spider carries an ingest run (``corpus ingest`` passes one as
the spider argument ``ingest``: an `IngestRun`, `corpus_spiders.ingest.run.TargetRun`);
in a plain ``scrapy crawl`` every component here raises NotConfigured.

* `IngestDownloaderMiddleware` (downloader middleware, order 650): drops requests
  for known URLs that are not due under the re-visit policy (stat
  ``corpus/ingest/not-due``), adds ``If-None-Match`` / ``If-Modified-Since`` from the
  state to requests for known articles, counts a 304 answer as unchanged (stat
  ``corpus/ingest/not-modified``) and notes each 200 answer's ETag / Last-Modified.
* `IngestArticles` (item pipeline, 250, before `CorpusPipeline`): notes which
  fetched URLs are articles (for the re-visit policy).
* `IngestPipeline` (item pipeline, 400, after `CorpusPipeline`, whose stage list --
  built by the run on its state -- has left out unchanged pages and duplicates, set
  ``metadata.version`` and the dedup verdict): the run writes each record; a page that
  could not be cleaned (`NotCleaned`: an error, the time limit, a shutdown) is
  forgotten, so the next run fetches it again; when the spider closes, the run makes
  its file durable and commits the state.
"""
from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from ..items import ArticlePage
from ..pipelines import NotCleaned
from .protocol import IngestRun


def _run(crawler: Any) -> IngestRun:
    run = getattr(crawler.spider, "ingest", None) if crawler.spider is not None else None
    if run is None:
        raise NotConfigured("not an ingest run")
    run.attach(crawler)
    return run


def _header(response: Any, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class IngestDownloaderMiddleware:
    def __init__(self, run: IngestRun, stats: Any):
        self.run = run
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "IngestDownloaderMiddleware":
        return cls(_run(crawler), crawler.stats)

    def process_request(self, request: Any, spider: Any = None) -> None:
        if request.meta.get("corpus_ingest_checked") == request.url:
            return None    # a retry of a request already let through
        start = request.meta.get("depth", 0) == 0
        due, headers = self.run.ingest.request(request.url, start)
        if not due:
            self.run.not_due(request.url)
            self.stats.inc_value("corpus/ingest/not-due")
            raise IgnoreRequest(f"not due for a re-visit: {request.url}")
        request.meta["corpus_ingest_checked"] = request.url
        if headers:
            for name, value in headers.items():
                request.headers.setdefault(name, value)
            request.meta["corpus_conditional"] = True
        return None

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        if response.status == 304 and request.meta.get("corpus_conditional"):
            self.run.not_modified(request.url)
            self.stats.inc_value("corpus/ingest/not-modified")
            raise IgnoreRequest(f"not modified: {request.url}")
        if response.status == 200:
            ctype = (_header(response, b"Content-Type") or "").lower()
            self.run.fetched(response.url, "html" in ctype, response.status,
                             _header(response, b"ETag"), _header(response, b"Last-Modified"))
        return response


class IngestArticles:
    def __init__(self, run: IngestRun):
        self.run = run

    @classmethod
    def from_crawler(cls, crawler: Any) -> "IngestArticles":
        return cls(_run(crawler))

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage) and not item.tentative:   # a tentative one: once the chain decides
            self.run.article(item.fetched_url)
        return item


class IngestPipeline:
    def __init__(self, run: IngestRun, crawler: Any):
        self.run = run
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> "IngestPipeline":
        pipeline = cls(_run(crawler), crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Any = None) -> None:
        """A page fetched but not cleaned (error, time limit, shutdown) is not recorded as
        fetched: the next run fetches it again, without conditional headers."""
        if isinstance(exception, NotCleaned):
            self.run.forget(exception.fetched_url)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or "body" not in item:
            return item
        self.crawler.stats.inc_value("corpus/ingest/emitted")
        return self.run.emit(item)

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.run.finish(dict(self.crawler.stats.get_stats()), reason)
