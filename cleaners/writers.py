"""JSONL output: whole lines only, files replaced atomically when complete, and never
replaced by a smaller output of a run that had failures.

Temporary files are named ``.corpus-tmp-<pid>-<what>-XXXXXXXX<suffix>``, so that a
later run can tell those of dead runs (killed, power loss) and remove them
(`remove_stale_temporaries`) without touching those of a run still going.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

import orjson

log = logging.getLogger(__name__)

TEMP_PREFIX = ".corpus-tmp-"
_TEMP_NAME = re.compile(r"^\.corpus-tmp-(\d+)-")


def make_temp(directory: str | os.PathLike, what: str, suffix: str = ".tmp") -> tuple[int, str]:
    """``(fd, path)`` of a new temporary file in ``directory`` that names this process."""
    return tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-{what}-", suffix=suffix, dir=directory)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:     # another user's live process
        return True
    return True


def remove_stale_temporaries(directory: str | os.PathLike) -> list[str]:
    """Remove the temporary files that runs no longer alive left in ``directory``."""
    removed = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            try:
                os.unlink(entry.path)
                removed.append(entry.name)
            except OSError as exc:
                log.warning("cannot remove stale temporary file %s: %s", entry.path, exc)
    if removed:
        log.info("removed %d temporary files of dead runs in %s", len(removed), directory)
    return removed


def count_lines(path: str | os.PathLike) -> int:
    """Lines of a file, read in blocks (the records of a JSONL corpus)."""
    count = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            count += block.count(b"\n")
    return count


def beside(path: str) -> str:
    """Where the output of a run that must not replace ``path`` goes: ``NAME.new.jsonl``."""
    root, ext = os.path.splitext(path)
    return f"{root}.new{ext or '.jsonl'}"


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_durable(path: Path, data: Any) -> None:
    """Write JSON to a temporary file, fsync, rename over ``path``, fsync the directory."""
    fd, tmp = make_temp(path.parent, path.name)
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
    ``close(summary)`` of a run whose summary counts failures does not replace an
    existing file holding more records (unless ``force``): the output goes `beside` it
    instead, and ``written_to`` / ``kept`` say so.
    The same interface as `cleaners.shards.ShardedWriter`: ``write_line(line, key)``,
    ``failed(key, failure)``, ``close(summary)``, ``abort()``, ``covered``.
    """

    covered: frozenset[str] = frozenset()

    def __init__(self, path: str | os.PathLike, force: bool = False):
        self.path = str(path)
        self.written_to = self.path
        self.kept: int | None = None        # records of the previous output, when it was kept
        self.force = force
        self.count = 0
        self._tmp: str | None = None
        if self.path == "-":
            self._fh: BinaryIO = sys.stdout.buffer
        else:
            target = Path(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(target.parent)
            fd, self._tmp = make_temp(target.parent, target.name)
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
        target = self.path
        if summary is not None and summary.get("failed") and not self.force and os.path.isfile(self.path):
            previous = count_lines(self.path)
            if previous > self.count:   # a worse corpus never replaces a better one
                target, self.kept = beside(self.path), previous
        os.replace(self._tmp, target)
        self.written_to = target
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
