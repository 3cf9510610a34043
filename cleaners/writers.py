"""JSONL output: whole lines only, files replaced atomically when complete."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

import orjson


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_durable(path: Path, data: Any) -> None:
    """Write JSON to a temporary file, fsync, rename over ``path``, fsync the directory."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    fsync_dir(path.parent)


def dumps(record: dict[str, Any]) -> bytes:
    """One JSONL line (UTF-8, keys in insertion order, newline-terminated)."""
    return orjson.dumps(record) + b"\n"


class JsonlWriter:
    """Writes records to ``path`` through a temporary file renamed on `close`.

    `abort` (or an exception inside a ``with`` block) leaves the previous file, if
    any, untouched and no partial output behind. ``path == "-"`` streams to stdout.
    The same interface as `cleaners.shards.ShardedWriter`: ``write_line(line, key)``,
    ``failed(key, failure)``, ``close(summary)``, ``abort()``, ``covered``.
    """

    covered: frozenset[str] = frozenset()

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)
        self.count = 0
        self._tmp: str | None = None
        if self.path == "-":
            self._fh: BinaryIO = sys.stdout.buffer
        else:
            target = Path(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            self._fh = os.fdopen(fd, "wb")

    def write(self, record: dict[str, Any]) -> None:
        self.write_line(dumps(record))

    def write_line(self, line: bytes, key: str = "") -> None:
        self._fh.write(line)
        self.count += 1
        if self._tmp is None:
            self._fh.flush()

    def failed(self, key: str, failure: dict[str, str]) -> None:
        """Failures are reported by the caller; a single file keeps no manifest."""

    def close(self, summary: dict[str, Any] | None = None) -> None:
        if self._tmp is None:
            self._fh.flush()
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.chmod(self._tmp, 0o644)
        os.replace(self._tmp, self.path)
        self._tmp = None

    def abort(self) -> None:
        if self._tmp is None:
            return
        self._fh.close()
        if os.path.exists(self._tmp):
            os.unlink(self._tmp)
        self._tmp = None

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
