"""JSONL output: whole lines only, files replaced atomically when complete."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

import orjson


def dumps(record: dict[str, Any]) -> bytes:
    """One JSONL line (UTF-8, keys in insertion order, newline-terminated)."""
    return orjson.dumps(record) + b"\n"


class JsonlWriter:
    """Writes records to ``path`` through a temporary file renamed on success.

    A crash or an exception inside the ``with`` block leaves the previous file (if
    any) untouched and no partial output behind. ``path == "-"`` streams to stdout.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)
        self.count = 0
        self._fh: BinaryIO | None = None
        self._tmp: str | None = None

    def __enter__(self) -> "JsonlWriter":
        if self.path == "-":
            self._fh = sys.stdout.buffer
        else:
            target = Path(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            self._fh = os.fdopen(fd, "wb")
        return self

    def write(self, record: dict[str, Any]) -> None:
        assert self._fh is not None
        self._fh.write(dumps(record))
        self.count += 1
        if self.path == "-":
            self._fh.flush()

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._fh is None:
            return
        if self.path == "-":
            self._fh.flush()
            return
        try:
            if exc_type is None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
            self._fh.close()
            if exc_type is None:
                os.chmod(self._tmp, 0o644)
                os.replace(self._tmp, self.path)
        finally:
            if self._tmp and os.path.exists(self._tmp):
                os.unlink(self._tmp)
