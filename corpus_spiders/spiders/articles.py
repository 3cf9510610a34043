"""``articles``: one generic spider for news sites.

    scrapy crawl articles -a start_urls=https://example.org/ -O out.jsonl
    scrapy crawl articles -a start_urls=https://example.org/sitemap.xml,https://example.org/feed -O out.jsonl
    scrapy crawl articles -a profile=southfront -O out.jsonl

Each response is sorted by what it is, not by its URL (`corpus_spiders.detect`):
robots.txt (its ``Sitemap:`` lines are followed), XML sitemap or sitemap index
(gzip too), RSS/Atom feed (item links followed), or HTML. HTML pages are scored as
article or hub; hubs are followed but not emitted, articles are yielded as
`ArticlePage` items (raw page) that `corpus_spiders.pipelines.CorpusPipeline` turns
into corpus records. Links are followed inside the allowed domains only.

Arguments: ``start_urls`` (comma-separated), ``profile`` (name in
``corpus_spiders/profiles/`` or a path to a .toml file), ``allowed_domains``
(comma-separated; default: the profile's, else the start URLs' domains without
``www.``).
"""
from __future__ import annotations

import re
from typing import Any, AsyncIterator, Iterable, Iterator
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, StopDownload
from scrapy.http import Response
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap

from .. import detect, frontier, queues
from ..items import ArticlePage
from ..profile import Profile, ProfileError, load as load_profile
from ..shutdown import shutdown_requested
from ..urls import canonical_url, default_domains, on_domains

SKIPPED = "corpus/skipped/"


def _split(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [v.strip() for v in items if v and v.strip()]


class SpiderArgumentError(ValueError):
    """The spider's arguments cannot make a crawl (``scrapy crawl`` prints it as one line)."""


class ArticlesSpider(scrapy.Spider):
    name = "articles"

    @staticmethod
    def check_arguments(start_urls: str | None = None, profile: str | None = None,
                        **ignored: Any) -> tuple[Profile | None, list[str]]:
        """The profile and the start URLs, or `SpiderArgumentError` saying what is missing."""
        try:
            loaded = load_profile(profile) if profile else None
        except ProfileError as exc:
            raise SpiderArgumentError(str(exc)) from None
        urls = _split(start_urls) or list(loaded.start_urls if loaded else ())
        if not urls:
            raise SpiderArgumentError("give start URLs (-a start_urls=URL[,URL...]) or a profile (-a profile=NAME)")
        bad = [u for u in urls if urlsplit(u).scheme not in ("http", "https")]
        if bad:
            raise SpiderArgumentError(f"start URLs must be http(s) URLs: {', '.join(bad)}")
        return loaded, urls

    def __init__(self, start_urls: str | None = None, profile: str | None = None,
                 allowed_domains: str | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.profile, urls = self.check_arguments(start_urls, profile)
        self.start_urls = urls
        self.allowed_domains = (_split(allowed_domains)
                                or list(self.profile.allowed_domains if self.profile else ())
                                or default_domains(urls))
        self.article_patterns = self.profile.article_patterns if self.profile else ()
        deny = list(self.profile.deny_patterns) if self.profile else []
        self.deny = [re.compile(p) for p in deny]
        # domains and deny patterns are checked in follow(), for links from pages, feeds and sitemaps alike
        self.links = LinkExtractor(unique=True, process_value=canonical_url)

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        contact = settings.get("CORPUS_CONTACT_URL")
        if (settings.getpriority("USER_AGENT") or 0) < 20:   # not set by the project or on the command line
            agent = f"{settings.get('CORPUS_BOT_NAME', 'corpus-bot')}/{settings.get('CORPUS_BOT_VERSION', '0.1')}"
            agent += f" (news text corpus crawler; +{contact})" if contact else " (news text corpus crawler)"
            settings.set("USER_AGENT", agent, priority="spider")
        if settings.getbool("CORPUS_DEV"):
            settings.set("HTTPCACHE_ENABLED", True, priority="spider")
        frontier.configure(settings)     # CORPUS_REDIS_URL: a crawl shared by many processes
        queues.configure(settings)       # otherwise: pending requests on disk (corpus_spiders/queues.py)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "ArticlesSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.headers_received, signal=signals.headers_received)
        crawler.signals.connect(spider.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(spider.stop, signal=shutdown_requested)
        # after the scheduler and SpiderState have written their last state into the queue directory
        crawler.signals.connect(spider.engine_stopped, signal=signals.engine_stopped)
        return spider

    def stop(self) -> None:
        self.stopping = True

    def engine_stopped(self) -> None:
        queues.remove(self.crawler.settings)

    # -- start ------------------------------------------------------------------
    def spider_opened(self, spider: scrapy.Spider) -> None:
        settings = self.crawler.settings
        if not settings.get("CORPUS_CONTACT_URL"):
            self.logger.warning("CORPUS_CONTACT_URL is not set: site owners cannot reach you; "
                                "set it with -s CORPUS_CONTACT_URL=https://…")
        self.logger.info("crawling %s inside %s%s; user agent %r", ", ".join(self.start_urls),
                         ", ".join(self.allowed_domains),
                         f" with profile {self.profile.name}" if self.profile else "", settings.get("USER_AGENT"))
        if settings.getbool("HTTPCACHE_ENABLED"):
            self.logger.info("HTTP cache on (%s)", settings.get("HTTPCACHE_DIR"))

    def _start(self) -> Iterator[Request]:
        for url in self.start_urls:
            # not dont_filter: a start URL that redirects off the allowed domains is dropped too
            yield self.request(url)

    async def start(self) -> AsyncIterator[Request]:
        for request in self._start():
            yield request

    def start_requests(self) -> Iterator[Request]:   # Scrapy < 2.13
        return self._start()

    def request(self, url: str, **meta: Any) -> Request:
        return Request(url, callback=self.parse, errback=self.failed, meta=meta or None)

    def follow(self, urls: Iterable[str], base: str, **meta: Any) -> Iterator[Request]:
        """Requests for the given links that are http(s), on the allowed domains and not denied."""
        for url in urls:
            url = canonical_url(urljoin(base, url.strip()))
            if urlsplit(url).scheme not in ("http", "https"):
                continue
            if not on_domains(url, self.allowed_domains):
                self.crawler.stats.inc_value("corpus/links/offsite")
                continue
            if any(p.search(url) for p in self.deny):
                self.crawler.stats.inc_value("corpus/links/denied")
                continue
            yield self.request(url, **meta)

    # -- downloads --------------------------------------------------------------
    def headers_received(self, headers: Any, body_length: int, request: Request, spider: scrapy.Spider) -> None:
        """Stop downloading PDFs, images, media and archives once their headers say so."""
        if spider is not self:
            return
        ctype = (headers.get(b"Content-Type") or b"").decode("latin-1").split(";")[0].strip()
        if ctype and detect.BINARY_TYPES.match(ctype):
            raise StopDownload(fail=False)

    def failed(self, failure: Any) -> None:
        if getattr(self, "stopping", False):
            self.crawler.stats.inc_value(SKIPPED + "shutdown")
            return
        if failure.check(HttpError):
            reason = f"http-{failure.value.response.status}"
        elif failure.check(IgnoreRequest):
            if type(failure.value.__cause__).__name__ != "_DecompressionMaxSizeExceeded":
                return   # robots.txt or offsite: Scrapy counts those (robotstxt/forbidden, offsite/filtered)
            reason = "decompressed-too-large"    # a gzip bomb: over DOWNLOAD_MAXSIZE once decompressed
        elif failure.check(DownloadCancelledError) and "maxsize" in str(failure.value).lower():
            reason = "too-large"                 # over DOWNLOAD_MAXSIZE as sent
        else:
            reason = "download-error"
            self.logger.warning("download failed: %s: %s", failure.request.url, failure.getErrorMessage())
        self.crawler.stats.inc_value(SKIPPED + reason)

    # -- responses --------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        stats = self.crawler.stats
        stats.inc_value("corpus/pages_fetched")
        kind, data = detect.kind_of(response, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        if kind == detect.TOO_LARGE:     # a gzip file (a .xml.gz sitemap) over DOWNLOAD_MAXSIZE decompressed
            stats.inc_value(SKIPPED + kind)
            return
        stats.inc_value(f"corpus/pages_fetched/{kind}")
        if kind == "robots":
            yield from self.follow(detect.robots_sitemaps(response.text), response.url)
        elif kind == "sitemap":
            yield from self.parse_sitemap(response, data)
        elif kind == "feed":
            yield from self.follow(detect.feed_links(data), response.url, corpus_from="feed")
        elif kind == "html":
            yield from self.parse_html(response)
        else:
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1") or "unknown type"
            self.logger.debug("skipped non-HTML response (%s): %s", ctype, response.url)
            stats.inc_value(SKIPPED + "non-html")

    def parse_sitemap(self, response: Response, data: bytes) -> Iterator[Request]:
        try:
            sitemap = Sitemap(data)
        except Exception as exc:   # lxml gives up on garbage
            self.logger.warning("unreadable sitemap %s: %s", response.url, exc)
            self.crawler.stats.inc_value(SKIPPED + "bad-sitemap")
            return
        yield from self.follow((entry["loc"] for entry in sitemap if entry.get("loc")), response.url)

    def parse_html(self, response: Response) -> Iterator[Any]:
        url = self.canonical(response)
        verdict = detect.article_signals(url, response.selector, self.article_patterns,
                                         self.crawler.settings.getint("CORPUS_ARTICLE_SCORE", 3),
                                         response.meta.get("corpus_from"))
        # links first: the page's item waits for a cleaning worker, its links do not
        links = [link.url for link in self.links.extract_links(response)]
        feeds = response.xpath('//link[contains(concat(" ", normalize-space(@rel), " "), " alternate ")]'
                               '[contains(@type, "rss") or contains(@type, "atom")]/@href').getall()
        yield from self.follow(links + feeds, response.url)
        if verdict.kind != "hub":    # an undecided page: the record the chain makes of it decides
            self.logger.debug("%s %s (%s)", verdict.kind, response.url, ", ".join(verdict.signals))
            ctype = response.headers.get(b"Content-Type")
            yield ArticlePage(url=url, fetched_url=response.url, body=response.body,
                              content_type=ctype.decode("latin-1") if ctype else None,
                              signals=verdict.signals, tentative=verdict.kind == "undecided")
        else:
            self.logger.debug("hub %s (%s)", response.url, ", ".join(verdict.signals))
            self.crawler.stats.inc_value(SKIPPED + "hub")

    def canonical(self, response: Response) -> str:
        """The page's rel=canonical URL when it is on the allowed domains, else the fetched URL."""
        href = response.xpath('//link[@rel="canonical"]/@href').get()
        if href:
            url = canonical_url(urljoin(response.url, href.strip()))
            if urlsplit(url).scheme in ("http", "https") and on_domains(url, self.allowed_domains):
                return url
        return canonical_url(response.url)
