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

from .middleware import META_KEY, WarcWriterMiddleware
from .writer import DEFAULT_MAX_BYTES, OPEN_SUFFIX, RotatingWarcWriter, safe_prefix

__all__ = ["DEFAULT_MAX_BYTES", "META_KEY", "OPEN_SUFFIX", "RotatingWarcWriter", "WarcWriterMiddleware", "safe_prefix"]
