"""HTML responses from web archives: WARC with FastWARC, ARC with warcio.

Each HTTP 200 response with an HTML content type (a generic XML type or none only
when the payload has HTML markup: sitemaps and feeds are not pages) becomes one page, its WARC
target URI its ``url``, its payload decoded (chunked transfer, gzip/deflate/brotli
content encodings); other records are skipped and counted by reason.

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

import hashlib
import os
import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Iterator

from .errors import InputError
from .readers import InputFile, Skipped

# -- the contract with corpus_spiders.warc (the writer) ----------------------------------
ARCHIVE_FORMAT_FIELD = "corpus-archive-format"   # warcinfo field: written by the corpus crawler
ARCHIVE_FORMAT = "1"                             # version of the marks below
MARK_EMITTED = "corpus-emitted"                  # metadata record fields
MARK_RECORD_ID = "corpus-record-id"
MARK_URL = "corpus-url"
NOT_EMITTED = "not emitted by the crawl"
_OFFSET_BITS = 40                                # mark positions: file index << 40 | byte offset

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
    content_type: str = ""   # the HTTP Content-Type header (its charset decodes the page)


def _classify(status: int | None, content_type: str) -> str | None:
    """Why a response is skipped, or None to keep it."""
    if status != 200:
        return f"HTTP status {status}"
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return f"non-HTML response ({mime})"
    return None


def parse_fields(data: bytes) -> dict[str, str]:
    """``name: value`` lines (application/warc-fields) as a dict; the first value of a name wins."""
    fields: dict[str, str] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip():
            fields.setdefault(name.strip().lower(), value.strip())
    return fields


def _key(record_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(record_id.strip().encode("utf-8", "replace"), digest_size=8).digest(),
                          "little")


class KeyTable:
    """A set of 64-bit keys, each with an optional 64-bit value, in 8 (16) bytes an entry:
    sorted arrays in 256 buckets by the key's top byte (so sorting never holds more
    than a bucket as Python objects)."""

    def __init__(self, with_values: bool = False):
        self.keys = [array("Q") for _ in range(256)]
        self.values = [array("Q") for _ in range(256)] if with_values else None

    def add(self, key: int, value: int = 0) -> None:
        self.keys[key >> 56].append(key)
        if self.values is not None:
            self.values[key >> 56].append(value)

    def freeze(self) -> "KeyTable":
        for b, keys in enumerate(self.keys):
            if self.values is None:
                self.keys[b] = array("Q", sorted(keys))
            else:
                order = sorted(range(len(keys)), key=keys.__getitem__)
                values = self.values[b]
                self.keys[b] = array("Q", (keys[i] for i in order))
                self.values[b] = array("Q", (values[i] for i in order))
        return self

    def get(self, key: int) -> int | None:
        """The key's value (0 without values), or None when absent."""
        keys = self.keys[key >> 56]
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self.values[key >> 56][i] if self.values is not None else 0
        return None

    def __len__(self) -> int:
        return sum(map(len, self.keys))


def is_corpus_archive(path: str | os.PathLike) -> bool:
    """Whether the file begins with the warcinfo record of the corpus crawler."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    for record in ArchiveIterator(str(path), fsspec_args=False):   # the first record only
        return (record.record_type == WarcRecordType.warcinfo
                and bool(parse_fields(record.reader.read(65536)).get(ARCHIVE_FORMAT_FIELD)))
    return False


class Marks:
    """Which responses of corpus-crawler archives the crawl emitted, and under which URL.

    Memory: about 9 bytes per mark (a hash of the response's WARC-Record-ID) plus 16 per mark
    whose URL differs from the response's target URI (its file and offset: the URL is
    read from the file again when the page comes)."""

    def __init__(self, corpus: Iterable[str], emitted: KeyTable, moved: KeyTable):
        self.files = list(corpus)   # a position's file index refers to this list
        self.corpus = frozenset(self.files)
        self.emitted = emitted.freeze()
        self.moved = moved.freeze()     # key -> file index << 40 | offset of the mark
        self.scanned = 0            # metadata records read by the scan

    def __len__(self) -> int:
        return len(self.emitted)

    def governs(self, item: InputFile) -> bool:
        return str(item.path) in self.corpus

    def emitted_url(self, record_id: str, target: str) -> str | None:
        """The URL the crawl emitted the response under, or None when it did not emit it."""
        key = _key(record_id)
        if self.emitted.get(key) is None:
            return None
        pos = self.moved.get(key)
        if pos is None:
            return target
        return self._read_url(self.files[pos >> _OFFSET_BITS], pos & ((1 << _OFFSET_BITS) - 1)) or target

    @staticmethod
    def _read_url(path: str, offset: int) -> str | None:
        from fastwarc.warc import ArchiveIterator

        try:
            with open(path, "rb") as fh:
                fh.seek(offset)
                for record in ArchiveIterator(fh, fsspec_args=False):
                    return parse_fields(record.reader.read(65536)).get(MARK_URL)
        except Exception:   # the file changed or went away since the scan: the fetched URL, then
            pass
        return None


def _scan_file(path: str) -> tuple[bool, bytes, list[tuple[int, int]], int]:
    """One archive's marks: (written by the corpus crawler, hashes of the marked
    responses' record ids, (hash, offset) of the marks with a URL of their own, records read)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    emitted = array("Q")
    moved: list[tuple[int, int]] = []
    scanned = 0
    corpus = False
    try:
        if not is_corpus_archive(path):
            return False, b"", [], 0
        corpus = True
        for record in ArchiveIterator(path, record_types=WarcRecordType.metadata, fsspec_args=False):
            scanned += 1
            refers = record.headers.get("WARC-Refers-To") or record.headers.get("WARC-Concurrent-To")
            if not refers:
                continue
            fields = parse_fields(record.reader.read(65536))
            if fields.get(MARK_EMITTED, "").lower() != "true":
                continue
            key = _key(refers)
            emitted.append(key)
            url = fields.get(MARK_URL)
            if url and url != record.headers.get("WARC-Target-URI", ""):
                moved.append((key, record.stream_pos))
    except Exception:   # unreadable or corrupt: the main pass reports the file; the marks read so far stand
        pass
    return corpus, emitted.tobytes(), moved, scanned


def scan_marks(items: Iterable[InputFile], workers: int = 1) -> Marks:
    """Read the marks of every corpus-crawler WARC among the inputs (their metadata
    records; a file of another crawler is left after its first record), in up to
    ``workers`` processes (one file each)."""
    paths: list[str] = []
    seen: set[str] = set()
    for item in items:
        path = str(item.path)
        if item.kind == "warc" and not path.lower().endswith((".arc", ".arc.gz")) and path not in seen:
            seen.add(path)
            paths.append(path)
    if workers > 1 and len(paths) > 1:
        import multiprocessing as mp
        context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        with context.Pool(min(workers, len(paths))) as pool:
            return _merge(paths, pool.imap(_scan_file, paths))
    return _merge(paths, map(_scan_file, paths))


def _merge(paths: list[str], results: Iterable[tuple[bool, bytes, list[tuple[int, int]], int]]) -> Marks:
    corpus: list[str] = []
    emitted, moved = KeyTable(), KeyTable(with_values=True)
    scanned = 0
    for path, (is_corpus, keys, file_moved, count) in zip(paths, results):
        if not is_corpus:
            continue
        index = len(corpus)
        corpus.append(path)
        for key in array("Q", keys):
            emitted.add(key)
        for key, pos in file_moved:
            moved.add(key, index << _OFFSET_BITS | pos)
        scanned += count
    marks = Marks(corpus, emitted, moved)
    marks.scanned = scanned
    return marks


def iter_archive(item: InputFile, max_bytes: int, marks: Marks | None = None,
                 all_responses: bool = False) -> Iterator[WarcPage | Skipped | InputError]:
    """Pages of one archive. With ``marks``, a corpus-crawler archive gives the pages its
    crawl emitted, under the URL the crawl used, and skips its other responses, or
    (``all_responses``) gives them too, under their target URI (see the module doc)."""
    if item.path.name.lower().endswith((".arc", ".arc.gz")):
        reader = _iter_arc(item, max_bytes)
    else:
        reader = _iter_warc(item, max_bytes, marks if marks is not None and marks.governs(item) else None,
                            all_responses)
    try:
        yield from reader
    except InputError as exc:
        yield exc
    except Exception as exc:  # corrupt archive: what was read so far stands
        yield InputError(item.source, f"corrupt archive: {type(exc).__name__}: {exc}", "read", "BadArchive")


def _iter_warc(item: InputFile, max_bytes: int, marks: Marks | None = None,
               all_responses: bool = False) -> Iterator[WarcPage | Skipped]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = ArchiveIterator(str(item.path), record_types=WarcRecordType.response, parse_http=True,
                              auto_decode="all", fsspec_args=False)
    for record in records:
        url = record.headers.get("WARC-Target-URI", "")
        key = f"{item.resume_key}@{record.stream_pos}"
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
        if marks is not None:
            emitted = marks.emitted_url(record.headers.get("WARC-Record-ID", ""), url)
            if emitted is None and not all_responses:
                yield Skipped(url or key, NOT_EMITTED)
                continue
            url = emitted or url
        yield WarcPage(key, url, data, content_type)


def _iter_arc(item: InputFile, max_bytes: int) -> Iterator[WarcPage | Skipped]:
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
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield InputError(url or key, f"response is over the limit of {max_bytes} bytes", kind="TooLarge")
                continue
            reason = _not_html(content_type, body)
            if reason:
                yield Skipped(url or key, reason)
                continue
            yield WarcPage(key, url, body, content_type)
