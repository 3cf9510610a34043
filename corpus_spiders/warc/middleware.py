"""The downloader middleware that archives every response the crawl fetched, and marks
the responses the crawl emitted as records (`corpus_spiders.warc` describes the archive)."""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any, Iterable
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured

from cleaners.warc import MARK_EMITTED, MARK_RECORD_ID, MARK_URL

from .writer import DEFAULT_MAX_BYTES, OPEN_SUFFIX, RotatingWarcWriter

log = logging.getLogger(__name__)

_SKIPPED_HEADERS = {b"transfer-encoding", b"content-length"}   # stored de-chunked; the length is set anew
META_KEY = "corpus_warc_response"     # request.meta: (WARC-Record-ID, target URI) of the archived response


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _header_pairs(headers: Any, skip: Iterable[bytes] = ()) -> list[tuple[str, str]]:
    pairs = []
    for name, values in headers.items():
        if name.lower() in skip:
            continue
        for value in values:
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return pairs


class WarcWriterMiddleware:
    def __init__(self, writer: RotatingWarcWriter, stats: Any):
        self.writer = writer
        self.stats = stats
        self.failed = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> "WarcWriterMiddleware":
        settings = crawler.settings
        directory = settings.get("CORPUS_WARC_DIR")
        if not directory:
            raise NotConfigured   # no message: Scrapy then does not log the middleware as disabled
        spider = crawler.spider
        run = getattr(spider, "ingest", None)
        prefix = (settings.get("CORPUS_WARC_PREFIX") or (run.target.slug if run is not None else None)
                  or getattr(spider, "name", None) or "crawl")
        info = {"software": f"{settings.get('CORPUS_BOT_NAME', 'corpus-bot')}/"
                            f"{settings.get('CORPUS_BOT_VERSION', '0.1')} (Scrapy)",
                "format": "WARC File Format 1.0",
                "http-header-user-agent": str(settings.get("USER_AGENT") or ""),
                "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore"}
        writer = RotatingWarcWriter(directory, prefix, settings.getint("CORPUS_WARC_MAX_BYTES", DEFAULT_MAX_BYTES)
                                    or DEFAULT_MAX_BYTES, info)
        middleware = cls(writer, crawler.stats)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        return middleware

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        request.meta.pop(META_KEY, None)   # a retried or redirected copy carries its predecessor's
        url = response.url
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = _header_pairs(request.headers)
        if not any(name.lower() == "host" for name, _ in req_headers):
            req_headers.insert(0, ("Host", parts.netloc))
        extra = {}
        ip = getattr(response, "ip_address", None)
        if ip is not None:
            extra["WARC-IP-Address"] = str(ip)
        if "download_stopped" in response.flags:
            extra["WARC-Truncated"] = "unspecified"
        protocol = getattr(response, "protocol", None) or "HTTP/1.1"
        headers = _header_pairs(response.headers, _SKIPPED_HEADERS)
        headers.append(("Content-Length", str(len(response.body))))
        if any(name.lower() == "content-encoding" and value.strip().lower() not in ("", "identity")
               for name, value in headers):
            # left by Scrapy because it could not decode it: a reader that tried would fail on
            # this record and (FastWARC) lose the rest of the file, so the header is renamed
            headers = [(f"X-Archive-Orig-{name}" if name.lower() == "content-encoding" else name, value)
                       for name, value in headers]
            self.stats.inc_value("corpus/warc/undecoded")
        opening = self.writer.fh is None
        try:
            record_id, written = self.writer.write_exchange(
                url, (f"{request.method} {target} HTTP/1.1", req_headers, request.body or b""),
                (protocol, _status_line(response.status), headers, response.body), extra)
        except Exception as exc:   # the archive must never cost the crawl a page
            self._failed(exc)
            return response
        request.meta[META_KEY] = (record_id, url)
        self._count(opening, written)
        self.stats.inc_value("corpus/warc/records")
        return response

    def item_scraped(self, item: Any, response: Any, spider: Any = None) -> None:
        """The crawl emitted a record for this response: mark the archived response."""
        request = getattr(response, "request", None)
        archived = request.meta.get(META_KEY) if request is not None else None
        if not archived:
            return   # not archived (a write error), or not a downloaded response
        record_id, url = archived
        fields = {MARK_EMITTED: "true"}
        try:
            from itemadapter import ItemAdapter
            adapter = ItemAdapter(item)
            for name, key in ((MARK_RECORD_ID, "id"), (MARK_URL, "url")):
                if adapter.get(key):
                    fields[name] = str(adapter.get(key))
        except TypeError:   # not an item type itemadapter knows: marked without id and URL
            pass
        opening = self.writer.fh is None
        try:
            written = self.writer.write_mark(url, record_id, fields)
        except Exception as exc:
            self._failed(exc)
            return
        self._count(opening, written)
        self.stats.inc_value("corpus/warc/marks")

    def _count(self, opening: bool, written: int) -> None:
        if opening:   # counted when begun: the stats are dumped before the last file is closed
            self.stats.inc_value("corpus/warc/files")
        self.stats.inc_value("corpus/warc/bytes", written)

    def _failed(self, exc: Exception) -> None:
        self.writer.abandon()
        self.stats.inc_value("corpus/warc/errors")
        if not self.failed:
            log.error("cannot write the WARC archive in %s: %s: %s (the file is left as *%s; "
                      "archiving goes on in a new file)", self.writer.directory, type(exc).__name__, exc,
                      OPEN_SUFFIX, exc_info=not isinstance(exc, OSError))
        self.failed = True

    def spider_closed(self, spider: Any, reason: str) -> None:
        try:
            path = self.writer.close()
        except OSError as exc:
            self.stats.inc_value("corpus/warc/errors")
            log.error("cannot complete the WARC file in %s: %s", self.writer.directory, exc)
            return
        files = len(self.writer.completed)
        if files:
            log.info("WARC archive: %d file(s) in %s, last %s", files, self.writer.directory,
                     path.name if path else self.writer.completed[-1].name)
