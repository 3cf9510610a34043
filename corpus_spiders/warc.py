"""``CORPUS_WARC_DIR``: write every response the crawl fetched to gzip WARC files.

A downloader middleware (order 585: just after Scrapy's ``HttpCompressionMiddleware``
(590) has decoded the body, before redirects are followed by a new request and
retries are made) that writes, for each response, a WARC ``response`` record (status
line, headers, body) and a ``request`` record (method, URL, headers as sent). The body
is stored decoded, with the ``Content-Encoding`` header gone (Scrapy removes it when it
decodes) and ``Content-Length`` set to the stored length; ``Transfer-Encoding`` is left
out (the body is stored de-chunked). So every encoding Scrapy understands (gzip,
zlib or raw deflate, br; zstd when installed) reads back byte for byte, which storing the raw
body would not give: FastWARC cannot decode a raw-deflate body and stops reading
the file there. Answers the crawl turned away earlier in the chain (redirect
responses, which become new requests; ``304 Not Modified`` under ``corpus ingest``)
are not archived; 4xx/5xx answers, robots.txt, sitemaps and feeds are, and ``corpus
clean ARCHIVE/*.warc.gz`` later picks the HTML 200 responses from them. A download
stopped on its headers (PDFs, media) is archived with ``WARC-Truncated: unspecified``;
a body in an encoding Scrapy could not decode keeps its bytes, its header renamed
``X-Archive-Orig-Content-Encoding`` (stat ``corpus/warc/undecoded``) so that no reader
trips over it.
The HTTP cache (``CORPUS_DEV``) stores raw responses, so a cached page is archived
decoded as well.

Marks: when the crawl emits a record for a page (Scrapy's ``item_scraped``: the record
passed every item pipeline and went to the feed), a WARC ``metadata`` record is
written for its response: ``WARC-Refers-To`` and ``WARC-Concurrent-To`` the
response's ``WARC-Record-ID`` (kept in ``request.meta["corpus_warc_response"]`` from
archiving to emitting), the same ``WARC-Target-URI``, and an ``application/warc-fields``
body ``corpus-emitted: true``, ``corpus-record-id`` and ``corpus-url`` (the record's
``id`` and ``url``: the page's rel=canonical link when the crawl used it). Each file's
``warcinfo`` says ``corpus-archive-format: 1``, so `cleaners.warc` knows the marks are
meaningful and ``corpus clean ARCHIVE/*.warc.gz`` gives exactly the crawl's records
(hubs, too-short pages and duplicates are not marked). A mark is written when the
pipeline is done with the page, so it may land in a later rotated file than its
response; ``corpus clean`` reads the marks of all the archives given first.

Files: ``CORPUS_WARC_DIR/<prefix>-<UTC time>-<pid>-<counter>.warc.gz``, each starting
with a ``warcinfo`` record. A file is written as ``NAME.warc.gz.open`` and renamed to
``NAME.warc.gz`` (after an fsync) when it reaches ``CORPUS_WARC_MAX_BYTES`` (default
1 GiB; the file is closed after the record that crosses the limit) or when the
spider closes, so a file ending in ``.warc.gz`` is always complete; a killed crawl
leaves its last file as ``.open``. ``<prefix>`` is ``CORPUS_WARC_PREFIX``, else the
target under ``corpus ingest``, else the spider's name; the counter is shared by
every crawler of the process, so names never collide.

Stats: ``corpus/warc/records`` (responses archived), ``corpus/warc/marks`` (emitted
pages marked), ``corpus/warc/bytes`` (compressed bytes written), ``corpus/warc/files``
(files begun), ``corpus/warc/errors``, ``corpus/warc/undecoded``.
"""
from __future__ import annotations

import itertools
import logging
import os
import re
import time
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured

from cleaners.warc import ARCHIVE_FORMAT, ARCHIVE_FORMAT_FIELD, MARK_EMITTED, MARK_RECORD_ID, MARK_URL

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 1 << 30
OPEN_SUFFIX = ".open"
_COUNTER = itertools.count()          # per process: two crawlers in one process never share a name
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_SKIPPED_HEADERS = {b"transfer-encoding", b"content-length"}   # stored de-chunked; the length is set anew
META_KEY = "corpus_warc_response"     # request.meta: (WARC-Record-ID, target URI) of the archived response
_NEWLINES = re.compile(r"[\r\n]+")


def safe_prefix(text: str) -> str:
    return _UNSAFE.sub("-", text).strip(".-")[:60] or "crawl"


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


class RotatingWarcWriter:
    """gzip WARC files in a directory, rotated at a size, renamed when complete."""

    def __init__(self, directory: str | os.PathLike, prefix: str = "crawl", max_bytes: int = DEFAULT_MAX_BYTES,
                 info: dict[str, str] | None = None):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.prefix = safe_prefix(prefix)
        self.max_bytes = max(1, int(max_bytes))
        self.info = {"software": "corpus (corpus_spiders.warc)", **(info or {}),
                     ARCHIVE_FORMAT_FIELD: ARCHIVE_FORMAT,
                     "description": "written by the corpus crawler; a metadata record with "
                                    f"'{MARK_EMITTED}: true' marks each response the crawl emitted as a record"}
        self.fh: Any = None
        self.writer: Any = None
        self.path: Path | None = None       # the final name of the open file
        self.completed: list[Path] = []

    # -- files --------------------------------------------------------------------
    def _open(self) -> None:
        from warcio.warcwriter import WARCWriter

        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        while True:
            name = f"{self.prefix}-{stamp}-{os.getpid()}-{next(_COUNTER):05d}.warc.gz"
            final = self.directory / name
            if final.exists():
                continue
            try:
                fd = os.open(self.directory / (name + OPEN_SUFFIX), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue
            break
        self.fh = os.fdopen(fd, "wb")
        self.path = final
        self.writer = WARCWriter(self.fh, gzip=True)
        self.writer.write_record(self.writer.create_warcinfo_record(name, self.info))

    def close(self) -> Path | None:
        """Finish the open file: fsync, rename ``.open`` away, fsync the directory."""
        if self.fh is None:
            return None
        path, fh = self.path, self.fh
        self.fh = self.writer = self.path = None
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        os.replace(f"{path}{OPEN_SUFFIX}", path)
        fd = os.open(self.directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        self.completed.append(path)
        return path

    def abandon(self) -> None:
        """After a write error: close the file and leave it as ``.open`` (incomplete)."""
        fh, self.fh, self.writer, self.path = self.fh, None, None, None
        if fh is not None:
            try:
                fh.close()
            except OSError:
                pass

    # -- records ------------------------------------------------------------------
    def write_exchange(self, url: str, request: tuple[str, list[tuple[str, str]], bytes],
                       response: tuple[str, str, list[tuple[str, str]], bytes],
                       extra: dict[str, str] | None = None) -> tuple[str, int]:
        """Write a request/response pair; returns the response's WARC-Record-ID and the
        bytes written. Rotates after the pair when the file has reached the size limit."""
        from warcio.statusandheaders import StatusAndHeaders

        if self.fh is None:
            self._open()
        start = self.fh.tell()
        method_line, req_headers, req_body = request
        protocol, status_line, headers, body = response
        http = StatusAndHeaders(status_line, headers, protocol=protocol)
        resp = self.writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                              http_headers=http, warc_headers_dict=dict(extra or {}))
        req_http = StatusAndHeaders(method_line, req_headers, protocol="", is_http_request=True)
        req = self.writer.create_warc_record(url, "request", payload=BytesIO(req_body), length=len(req_body),
                                             http_headers=req_http, warc_headers_dict={
                                                 "WARC-Concurrent-To": resp.rec_headers.get_header("WARC-Record-ID")})
        self.writer.write_record(resp)
        self.writer.write_record(req)
        return resp.rec_headers.get_header("WARC-Record-ID"), self._written(start)

    def write_mark(self, url: str, refers_to: str, fields: dict[str, str]) -> int:
        """Write a ``metadata`` record about an earlier response (``refers_to``: its
        WARC-Record-ID), in the open file or a new one; returns the bytes written."""
        if self.fh is None:
            self._open()
        start = self.fh.tell()
        body = "".join(f"{name}: {_NEWLINES.sub(' ', str(value))}\r\n" for name, value in fields.items()).encode("utf-8")
        record = self.writer.create_warc_record(url, "metadata", payload=BytesIO(body), length=len(body),
                                                warc_content_type="application/warc-fields",
                                                warc_headers_dict={"WARC-Refers-To": refers_to,
                                                                   "WARC-Concurrent-To": refers_to})
        self.writer.write_record(record)
        return self._written(start)

    def _written(self, start: int) -> int:
        written = self.fh.tell() - start
        if self.fh.tell() >= self.max_bytes:
            self.close()
        return written


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
