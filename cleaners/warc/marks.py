"""Marks of the corpus crawler's archives: which responses the crawl emitted, and under
which URL (see the package doc). `scan_marks` reads them from every archive of a run
before the first page, keeping a 64-bit hash per mark, never a page.
"""
from __future__ import annotations

import hashlib
import os
from array import array
from bisect import bisect_left
from typing import Iterable

from ..readers import InputFile

# -- the contract with corpus_spiders.warc (the writer) ----------------------------------
ARCHIVE_FORMAT_FIELD = "corpus-archive-format"   # warcinfo field: written by the corpus crawler
ARCHIVE_FORMAT = "1"                             # version of the marks below
MARK_EMITTED = "corpus-emitted"                  # metadata record fields
MARK_RECORD_ID = "corpus-record-id"
MARK_URL = "corpus-url"
NOT_EMITTED = "not emitted by the crawl"
_OFFSET_BITS = 40                                # mark positions: file index << 40 | byte offset

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
