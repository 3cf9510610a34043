"""HTML responses from web archives: WARC with FastWARC, ARC with warcio.

Each HTTP 200 response with an HTML content type (a generic XML type or none only
when the payload has HTML markup: sitemaps and feeds are not pages) becomes one page, its WARC
target URI its ``url``, its payload decoded (chunked transfer, gzip/deflate/brotli
content encodings); other records are skipped and counted by reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .errors import InputError
from .readers import InputFile, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "")
SNIFFED_TYPES = ("application/xml", "text/xml", "")   # XHTML, or a sitemap, a feed, plain text...
_HTML_MARKUP = re.compile(rb"<(?:!doctype\s+html|html|head|body|div|p|article)\b|/1999/xhtml", re.I)


def _not_html(content_type: str, data: bytes) -> str | None:
    """Why a payload of a generic XML or missing type is not a page (no HTML markup in its
    first 4 KB: a sitemap, an RSS feed...), or None."""
    mime = content_type.split(";")[0].strip().lower()
    if mime in SNIFFED_TYPES and not _HTML_MARKUP.search(data[:4096]):
        return f"non-HTML response ({mime or 'no type'}, no HTML markup)"
    return None


@dataclass(frozen=True)
class WarcPage:
    key: str          # archive source + record offset: the unit of resumption
    url: str
    data: bytes


def _classify(status: int | None, content_type: str) -> str | None:
    """Why a response is skipped, or None to keep it."""
    if status != 200:
        return f"HTTP status {status}"
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return f"non-HTML response ({mime})"
    return None


def iter_archive(item: InputFile, max_bytes: int) -> Iterator[WarcPage | Skipped | InputError]:
    reader = _iter_arc if item.path.name.lower().endswith((".arc", ".arc.gz")) else _iter_warc
    try:
        yield from reader(item, max_bytes)
    except InputError as exc:
        yield exc
    except Exception as exc:  # corrupt archive: what was read so far stands
        yield InputError(item.source, f"corrupt archive: {type(exc).__name__}: {exc}", "read", "BadArchive")


def _iter_warc(item: InputFile, max_bytes: int) -> Iterator[WarcPage | Skipped]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = ArchiveIterator(str(item.path), record_types=WarcRecordType.response, parse_http=True,
                              auto_decode="all", fsspec_args=False)
    for record in records:
        url = record.headers.get("WARC-Target-URI", "")
        key = f"{item.source}@{record.stream_pos}"
        http = record.http_headers
        content_type = http.get("Content-Type", "") if http is not None else ""
        reason = _classify(http.status_code if http is not None else None, content_type)
        if reason:
            yield Skipped(url or key, reason)
            continue
        if record.content_length > max_bytes:
            yield InputError(url or key, f"response of {record.content_length} bytes is over the limit of {max_bytes}",
                             kind="TooLarge")
            continue
        data = record.reader.read()
        reason = _not_html(content_type, data)
        if reason:
            yield Skipped(url or key, reason)
            continue
        yield WarcPage(key, url, data)


def _iter_arc(item: InputFile, max_bytes: int) -> Iterator[WarcPage | Skipped]:
    from warcio.archiveiterator import ArchiveIterator

    with open(item.path, "rb") as fh:
        iterator = ArchiveIterator(fh, arc2warc=True)
        for record in iterator:
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            key = f"{item.source}@{iterator.get_record_offset()}"
            http = record.http_headers
            status = int(http.get_statuscode()) if http is not None and http.get_statuscode().isdigit() else None
            content_type = http.get_header("Content-Type", "") if http is not None else ""
            reason = _classify(status, content_type)
            if reason:
                yield Skipped(url or key, reason)
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield InputError(url or key, f"response is over the limit of {max_bytes} bytes", kind="TooLarge")
                continue
            reason = _not_html(content_type, body)
            if reason:
                yield Skipped(url or key, reason)
                continue
            yield WarcPage(key, url, body)
