"""Find input files and decode them into text, with a clear error for each bad one.

Decoding order: byte-order mark, then (HTML) the declared meta charset, then UTF-8,
then charset detection (charset-normalizer). A file that is mostly valid UTF-8 but
holds invalid sequences is reported as invalid UTF-8 rather than guessed at.
"""
from __future__ import annotations

import codecs
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import charset_normalizer

from .errors import InputError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md")
GZ_SUFFIXES = tuple(s + ".gz" for s in HTML_SUFFIXES)
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

DEFAULT_MAX_BYTES = 64 * 1024 * 1024          # refuse bigger inputs without reading them
DEFAULT_MAX_DECOMPRESSED = 256 * 1024 * 1024  # gzip bomb guard

_MAGIC = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"), (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"), (b"\x7fELF", "ELF executable"), (b"RIFF", "RIFF media"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# legacy encodings most used on the web, preferred among equally good detections
_WEB_LEGACY = ("cp1252", "iso8859_15", "latin_1", "cp1251", "cp1250", "iso8859_2", "koi8_r", "cp1256", "cp1253")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class InputFile:
    source: str      # as given on the command line joined with the walked relative path
    path: Path
    kind: str        # "html" | "text" | "warc" (an archive of many pages)
    gzipped: bool = False


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def classify(path: Path) -> tuple[str, bool] | None:
    name = path.name.lower()
    if name.endswith(ARCHIVE_SUFFIXES):
        return "warc", False
    if name.endswith(GZ_SUFFIXES):
        return "html", True
    if name.endswith(HTML_SUFFIXES):
        return "html", False
    if name.endswith(TEXT_SUFFIXES):
        return "text", False
    return None


def iter_inputs(paths: list[str]) -> Iterator[InputFile | Skipped | InputError]:
    """Walk files and directories (recursively, sorted, hidden entries skipped)."""
    for given in paths:
        root = Path(given)
        if root.is_dir():
            yield from _walk(root, given, set())
        elif root.exists() or root.is_symlink():
            yield _entry(root, given)
        else:
            yield InputError(given, "no such file or directory", kind="NotFound")


def _entry(path: Path, source: str) -> InputFile | Skipped | InputError:
    kind = classify(path)
    if kind is None:
        return Skipped(source, "unsupported file type")
    if not path.exists():
        return InputError(source, "broken symbolic link", kind="NotFound")
    if not path.is_file():   # a FIFO or device would block or never end
        return InputError(source, "not a regular file", kind="Unreadable")
    return InputFile(source, path, kind[0], kind[1])


def _walk(directory: Path, source: str, seen: set[str]) -> Iterator[InputFile | Skipped | InputError]:
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
        child_source = os.path.join(source, entry.name)
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, child_source, seen)
        else:
            yield _entry(path, child_source)


def read_bytes(item: InputFile, max_bytes: int = DEFAULT_MAX_BYTES,
               max_decompressed: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
    """The file's bytes (decompressed for .gz), bounded in size."""
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
    if item.gzipped:
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


def decode(data: bytes, source: str, html: bool = False) -> str:
    """Bytes to text, or an `InputError` saying why not."""
    if not data.strip():
        raise InputError(source, "empty file", "decode", "EmptyFile")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what})", "decode", "BinaryFile")
    text = _decode_bom(data) or _decode_utf16_without_bom(data)
    if text is None:
        if b"\x00" in data:
            raise InputError(source, "binary content (NUL bytes)", "decode", "BinaryFile")
        text = _decode_declared(data) if html else None
        if text is None:
            text = _decode_utf8_or_detect(data, source)
    if len(_CONTROL.findall(text[:65536])) > 0.05 * min(len(text), 65536):
        raise InputError(source, "binary content (control characters)", "decode", "BinaryFile")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_bom(data: bytes) -> str | None:
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros) and (even if zeros is odd else odd).count(0) < 0.05 * len(zeros):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _decode_declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if codec != "utf-8" and _UTF8_MULTIBYTE.search(data) and _is_utf8(data):
        return data.decode("utf-8")  # the declaration lies: the bytes are UTF-8
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _decode_utf8_or_detect(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        valid = len(_UTF8_MULTIBYTE.findall(data))
        high = len(_HIGH_BYTE.findall(data))
        invalid = high - sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
        if valid and valid >= invalid:
            raise InputError(source, f"invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                             "decode", "InvalidUTF8") from None
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        # no coherent reading: keep the text if it is mostly plain (the control-character
        # check in `decode` still rejects binary data)
        return data.decode("cp1252", errors="replace")
    tied = [m for m in results if m.percent_chaos <= best.percent_chaos
            and m.percent_coherence >= best.percent_coherence]
    tied.sort(key=lambda m: _WEB_LEGACY.index(m.encoding) if m.encoding in _WEB_LEGACY else len(_WEB_LEGACY))
    return str(tied[0] if tied else best)
