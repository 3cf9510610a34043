"""gzip WARC files in a directory: named apart, rotated at a size, renamed when complete.

A file is written as ``NAME.warc.gz.open`` and renamed to ``NAME.warc.gz`` (after an
fsync) when it reaches its size limit or is closed, so a file ending in ``.warc.gz`` is
always complete. Imports no Scrapy (`corpus_spiders.warc` describes the archive).
"""
from __future__ import annotations

import itertools
import os
import re
import time
from io import BytesIO
from pathlib import Path
from typing import Any

from cleaners.warc import ARCHIVE_FORMAT, ARCHIVE_FORMAT_FIELD, MARK_EMITTED

DEFAULT_MAX_BYTES = 1 << 30
OPEN_SUFFIX = ".open"
_COUNTER = itertools.count()          # per process: two crawlers in one process never share a name
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_NEWLINES = re.compile(r"[\r\n]+")


def safe_prefix(text: str) -> str:
    return _UNSAFE.sub("-", text).strip(".-")[:60] or "crawl"


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
