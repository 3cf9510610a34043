"""HTML responses from web archives: WARC with FastWARC, ARC with warcio.

Each HTTP 200 response with an HTML content type becomes one page, its WARC
target URI its ``url``, its payload decoded (chunked transfer, gzip/deflate/brotli
content encodings); other records are skipped and counted by reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .errors import InputError
from .readers import InputFile, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "")


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
        yield WarcPage(key, url, record.reader.read())


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
            reason = _classify(status, http.get_header("Content-Type", "") if http is not None else "")
            if reason:
                yield Skipped(url or key, reason)
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield InputError(url or key, f"response is over the limit of {max_bytes} bytes", kind="TooLarge")
                continue
            yield WarcPage(key, url, body)
