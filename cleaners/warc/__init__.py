"""HTML responses from web archives: WARC with FastWARC, ARC with warcio.

Each HTTP 200 response with an HTML content type (a generic XML type or none only
when the payload has HTML markup: sitemaps and feeds are not pages) becomes one page, its WARC
target URI its ``url``, its payload decoded (chunked transfer, gzip/deflate/brotli
content encodings, within ``--max-decompressed``); other records are skipped and
counted by reason. A record shorter than its ``Content-Length`` (a cut file) and a
record whose ``WARC-Block-Digest`` or ``WARC-Payload-Digest`` does not match are
errors (``TruncatedRecord``, ``DigestMismatch``), never pages.

Archives written by the corpus crawler (``corpus_spiders.warc``) say so in the
``warcinfo`` record that begins each file (field ``corpus-archive-format``), and mark
each response the crawl emitted as a record with a ``metadata`` record
(``WARC-Refers-To`` the response; ``corpus-emitted: true``, the record's id and the
URL the crawl used, its rel=canonical link). Given `Marks` (`scan_marks`), only the
marked responses of such files are pages, under the crawl's URL; the others (hubs,
pages too short, duplicates) are skipped as ``not emitted by the crawl``. A mark can
lie in a later rotated file than its response, so `scan_marks` reads the marks of
every archive of a run before the first page: it keeps a 64-bit hash per mark (and
the position of the mark for the few whose URL differs from the fetched one, read
again when its page comes), never a page. Archives of other crawlers, with no such
warcinfo, give every HTML 200 response; ``all_responses`` (``--all-responses``) gives
every HTML 200 response of corpus-crawler archives too, the emitted ones under the
crawl's URL.
"""
from __future__ import annotations

from .marks import (ARCHIVE_FORMAT, ARCHIVE_FORMAT_FIELD, MARK_EMITTED, MARK_RECORD_ID, MARK_URL, NOT_EMITTED,
                    KeyTable, Marks, is_corpus_archive, parse_fields, scan_marks)
from .pages import HTML_TYPES, SNIFFED_TYPES, WarcPage, iter_archive
from .payload import digest_matches, payload

__all__ = ["ARCHIVE_FORMAT", "ARCHIVE_FORMAT_FIELD", "MARK_EMITTED", "MARK_RECORD_ID", "MARK_URL", "NOT_EMITTED",
           "HTML_TYPES", "SNIFFED_TYPES", "KeyTable", "Marks", "WarcPage", "digest_matches", "is_corpus_archive",
           "iter_archive", "parse_fields", "payload", "scan_marks"]
