"""Pages of WARC (FastWARC) and ARC (warcio) files: each HTTP 200 HTML response whose
record is whole and whose digests match (see the package doc).
"""
from __future__ import annotations

import os
import re
import zlib
from dataclasses import dataclass
from typing import Iterator

from ..errors import InputError
from ..readers import DEFAULT_MAX_DECOMPRESSED, InputFile, Skipped
from .marks import NOT_EMITTED, Marks
from .payload import payload

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "")
SNIFFED_TYPES = ("application/xml", "text/xml", "")   # XHTML, or a sitemap, a feed, plain text...
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length:\s*(\d+)")
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
    content_type: str = ""   # the HTTP Content-Type header (its charset decodes the page)


def _classify(status: int | None, content_type: str) -> str | None:
    """Why a response is skipped, or None to keep it."""
    if status != 200:
        return f"HTTP status {status}"
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return f"non-HTML response ({mime})"
    return None


def iter_archive(item: InputFile, max_bytes: int, marks: Marks | None = None, all_responses: bool = False,
                 max_decoded: int = DEFAULT_MAX_DECOMPRESSED) -> Iterator[WarcPage | Skipped | InputError]:
    """Pages of one archive. With ``marks``, a corpus-crawler archive gives the pages its
    crawl emitted, under the URL the crawl used, and skips its other responses, or
    (``all_responses``) gives them too, under their target URI (see the package doc).
    ``max_bytes`` bounds a record as stored, ``max_decoded`` its payload once decoded."""
    if item.path.name.lower().endswith((".arc", ".arc.gz")):
        reader = _iter_arc(item, max_bytes, max_decoded)
    else:
        reader = _iter_warc(item, max_bytes, max_decoded, marks if marks is not None and marks.governs(item) else None,
                            all_responses)
    try:
        yield from reader
    except InputError as exc:
        yield exc
    except Exception as exc:  # corrupt archive: what was read so far stands
        yield InputError(item.source, f"corrupt archive: {type(exc).__name__}: {exc}", "read", "BadArchive")


def _iter_warc(item: InputFile, max_bytes: int, max_decoded: int, marks: Marks | None = None,
               all_responses: bool = False) -> Iterator[WarcPage | Skipped | InputError]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = ArchiveIterator(str(item.path), parse_http=False, fsspec_args=False)
    last = cut_reported = None
    for record in records:
        last = record.stream_pos
        if record.record_type != WarcRecordType.response:
            continue
        url = record.headers.get("WARC-Target-URI", "")
        key = f"{item.resume_key}@{record.stream_pos}"
        where = url or key
        declared = _declared_length(record)
        if declared > max_bytes:
            yield InputError(where, f"response of {declared} bytes is over the limit of {max_bytes}", kind="TooLarge")
            continue
        record.freeze()    # the block, up to its Content-Length: what the file really holds of it
        if record.content_length < declared:
            yield InputError(where, f"truncated record: {record.content_length} of {declared} bytes "
                                    "(WARC Content-Length)", "read", "TruncatedRecord")
            cut_reported = record.stream_pos
            continue
        if record.headers.get("WARC-Block-Digest") and not record.verify_block_digest(consume=False):
            yield InputError(where, "WARC-Block-Digest does not match the record", "read", "DigestMismatch")
            continue
        try:
            record.parse_http(auto_decode="none")
        except OSError as exc:
            yield InputError(where, f"unreadable HTTP headers: {exc}", "read", "BadArchive")
            continue
        http = record.http_headers
        content_type = http.get("Content-Type", "") if http is not None else ""
        reason = _classify(http.status_code if http is not None else None, content_type)
        if reason:
            yield Skipped(where, reason)
            continue
        try:
            data = payload(record.reader.read(), where, transfer_encoding=http.get("Transfer-Encoding", ""),
                           content_encoding=http.get("Content-Encoding", ""),
                           payload_digest=record.headers.get("WARC-Payload-Digest", ""), limit=max_decoded)
        except InputError as exc:
            yield exc
            continue
        reason = _not_html(content_type, data)
        if reason:
            yield Skipped(where, reason)
            continue
        if marks is not None:
            emitted = marks.emitted_url(record.headers.get("WARC-Record-ID", ""), url)
            if emitted is None and not all_responses:
                yield Skipped(where, NOT_EMITTED)
                continue
            url = emitted or url
        yield WarcPage(key, url, data, content_type)
    cut = truncated_tail(str(item.path), last) if last is None or last != cut_reported else None
    if cut:
        yield InputError(item.source, cut, "read", "TruncatedRecord")


def _declared_length(record) -> int:
    """The block length the WARC header declares (FastWARC's own figure may already be
    the bytes the file holds)."""
    try:
        return int(record.headers.get("Content-Length", ""))
    except ValueError:
        return record.content_length


def truncated_tail(path: str, last: int | None) -> str | None:
    """Why the file does not end with its last whole record (the record at offset
    ``last``), or None: a file cut inside a record's headers yields no record at all, so
    the bytes after the last record are checked (one record is read again)."""
    size = os.path.getsize(path)
    start = last or 0
    with open(path, "rb") as fh:
        fh.seek(start)
        if path.lower().endswith(".gz"):
            return _gzip_tail(fh, start, size, whole=last is not None)
        head = fh.read(65536)
    if last is None:
        return f"truncated archive: no whole record in {size} bytes" if head.strip() else None
    header_end = head.find(b"\r\n\r\n")
    match = _CONTENT_LENGTH.search(head[:header_end]) if header_end >= 0 else None
    if match is None:
        return f"truncated archive: cut inside the headers of the record at offset {start}"
    end = start + head.find(b"\r\n\r\n") + 4 + int(match.group(1)) + 4
    if size > end:
        return f"truncated archive: {size - end} bytes after the last whole record (offset {start})"
    return None


def _gzip_tail(fh, start: int, size: int, whole: bool) -> str | None:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    read = 0
    try:
        while not inflater.eof and (chunk := fh.read(1 << 20)):
            read += len(chunk)
            inflater.decompress(chunk, 1 << 16)
            while inflater.unconsumed_tail and not inflater.eof:
                inflater.decompress(inflater.unconsumed_tail, 1 << 16)
    except zlib.error:
        return f"truncated archive: corrupt gzip member at offset {start}"
    if not inflater.eof:
        return f"truncated archive: cut gzip member at offset {start}" if whole or read else None
    rest = len(inflater.unused_data) + (size - start - read)
    if rest and whole:
        return f"truncated archive: {rest} bytes after the last whole record (offset {start})"
    return None


def _iter_arc(item: InputFile, max_bytes: int, max_decoded: int) -> Iterator[WarcPage | Skipped | InputError]:
    from warcio.archiveiterator import ArchiveIterator

    with open(item.path, "rb") as fh:
        iterator = ArchiveIterator(fh, arc2warc=True)
        for record in iterator:
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            key = f"{item.resume_key}@{iterator.get_record_offset()}"
            http = record.http_headers
            status = int(http.get_statuscode()) if http is not None and http.get_statuscode().isdigit() else None
            content_type = http.get_header("Content-Type", "") if http is not None else ""
            reason = _classify(status, content_type)
            if reason:
                yield Skipped(url or key, reason)
                continue
            raw = record.raw_stream.read(max_bytes + 1)
            if len(raw) > max_bytes:
                yield InputError(url or key, f"response is over the limit of {max_bytes} bytes", kind="TooLarge")
                continue
            try:
                body = payload(raw, url or key, transfer_encoding=http.get_header("Transfer-Encoding", ""),
                               content_encoding=http.get_header("Content-Encoding", ""), limit=max_decoded)
            except InputError as exc:
                yield exc
                continue
            reason = _not_html(content_type, body)
            if reason:
                yield Skipped(url or key, reason)
                continue
            yield WarcPage(key, url, body, content_type)
