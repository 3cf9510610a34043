"""Find input files, read their bytes (bounded) and decode them into text, with a clear
error for each bad one.

Decoding is `decode_bytes` (module `cleaners.decoding`, re-exported here): the one
browser-like decoder of every input path (files, WARC records, crawled responses).
"""
from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .decoding import Decoded, decode_bytes
from .errors import InputError

__all__ = ["Decoded", "InputFile", "Skipped", "classify", "decode", "decode_bytes", "gunzip",
           "iter_inputs", "printable_path", "read_bytes"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md")
GZ_SUFFIXES = tuple(s + ".gz" for s in HTML_SUFFIXES)
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml")     # RSS/Atom feeds: each item a page (`cleaners.feeds`)
FEED_GZ_SUFFIXES = tuple(s + ".gz" for s in FEED_SUFFIXES)

DEFAULT_MAX_BYTES = 64 * 1024 * 1024          # refuse bigger inputs without reading them
DEFAULT_MAX_DECOMPRESSED = 256 * 1024 * 1024  # gzip bomb guard


@dataclass(frozen=True)
class InputFile:
    source: str      # as given on the command line joined with the walked relative path (`printable_path`)
    path: Path       # the path to open (may hold the surrogate-escaped bytes of a non-UTF-8 name)
    kind: str        # "html" | "text" | "warc" (an archive of many pages) | "feed" (an RSS/Atom feed's items)
    gzipped: bool = False
    key: str = ""    # the resolved path (`printable_path`): what --resume and manifests know an input by

    @property
    def resume_key(self) -> str:
        return self.key or self.source


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


OUTSIDE_ROOT = "symbolic link leaving the input directory (--follow-links follows it)"


def printable_path(path: str | os.PathLike) -> str:
    """A path as valid UTF-8 text: the bytes of a name that are not UTF-8 (which ``os``
    hands over surrogate-escaped) become ``\\xNN``, e.g. ``caf\\xe9.txt`` for the
    Latin-1 name ``café.txt``. Used for every ``source`` and resume key, so that such a
    name never stops a run (ids, JSON and manifests need valid UTF-8)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")


def classify(path: Path) -> tuple[str, bool] | None:
    name = path.name.lower()
    if name.endswith(ARCHIVE_SUFFIXES):
        return "warc", False
    if name.endswith(GZ_SUFFIXES):
        return "html", True
    if name.endswith(HTML_SUFFIXES):
        return "html", False
    if name.endswith(FEED_SUFFIXES):
        return "feed", False
    if name.endswith(FEED_GZ_SUFFIXES):
        return "feed", True
    if name.endswith(TEXT_SUFFIXES):
        return "text", False
    return None


def iter_inputs(paths: list[str], follow_links: bool = False) -> Iterator[InputFile | Skipped | InputError]:
    """Walk files and directories (recursively, sorted, hidden entries skipped).

    A symbolic link met in a directory that leads out of the directory given (to
    ``/etc/passwd``, to ``/``) is skipped, unless ``follow_links``; a path given
    explicitly is always followed."""
    for given in paths:
        root = Path(given)
        if root.is_dir():
            limit = None if follow_links else os.path.realpath(root)
            yield from _walk(root, printable_path(given), set(), limit)
        elif root.exists() or root.is_symlink():
            yield _entry(root, printable_path(given))
        else:
            yield InputError(printable_path(given), "no such file or directory", kind="NotFound")


def _entry(path: Path, source: str) -> InputFile | Skipped | InputError:
    kind = classify(path)
    if kind is None:
        return Skipped(source, "unsupported file type")
    if not path.exists():
        return InputError(source, "broken symbolic link", kind="NotFound")
    if not path.is_file():   # a FIFO or device would block or never end
        return InputError(source, "not a regular file", kind="Unreadable")
    return InputFile(source, path, kind[0], kind[1], printable_path(os.path.realpath(path)))


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(directory: Path, source: str, seen: set[str], limit: str | None) -> Iterator[InputFile | Skipped | InputError]:
    real = os.path.realpath(directory)
    if real in seen:
        yield InputError(source, "symbolic link loop; directory not entered again", kind="SymlinkLoop")
        return
    seen = seen | {real}
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(source, f"cannot list directory: {exc.strerror or exc}", kind="Unreadable")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child_source = os.path.join(source, printable_path(entry.name))
        path = Path(entry.path)
        if limit is not None and entry.is_symlink() and not _inside(os.path.realpath(path), limit):
            yield Skipped(child_source, OUTSIDE_ROOT)
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, child_source, seen, limit)
        else:
            yield _entry(path, child_source)


def read_bytes(item: InputFile, max_bytes: int = DEFAULT_MAX_BYTES,
               max_decompressed: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
    """The file's bytes, bounded in size; decompressed for .gz, and for a page saved as its gzip-encoded response
    under a plain name (``wget`` without ``--compression=auto`` saves them so): the gzip magic tells."""
    try:
        size = item.path.stat().st_size
        if size > max_bytes:
            raise InputError(item.source, f"file is {size} bytes, over the limit of {max_bytes}", kind="TooLarge")
        with open(item.path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(item.source, f"cannot read file: {exc.strerror or exc}", kind="Unreadable") from None
    if item.gzipped or data.startswith(b"\x1f\x8b"):
        data = gunzip(data, item.source, max_decompressed)
    return data


def gunzip(data: bytes, source: str, limit: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        raise InputError(source, "not a gzip file", "decode", "BadGzip")
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError(source, f"corrupt gzip data: {exc}", "decode", "BadGzip") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise InputError(source, f"decompressed size exceeds the limit of {limit} bytes", "decode", "TooLarge")
    if not inflater.eof:
        raise InputError(source, "truncated gzip file (unexpected end of stream)", "decode", "BadGzip")
    return out


def decode(data: bytes, source: str, html: bool = False, content_type: str | None = None) -> str:
    """Bytes to text, or an `InputError` saying why not (`decode_bytes` with the text only)."""
    return decode_bytes(data, source, html=html, content_type=content_type).text
