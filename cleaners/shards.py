"""Sharded output for big runs: ``DIR/part-00000.jsonl.gz``, ... of a set size.

Each shard is written to a temporary name, fsynced and renamed when full; then its
manifest ``part-NNNNN.manifest.json`` (the input keys it covers, and the inputs that
failed in its span) is written atomically. A killed run leaves only complete shards;
``--resume`` reads the manifests and skips every input they cover. ``manifest.json``
is written when the run completes.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .writers import write_json_durable

SHARD = "part-{:05d}.jsonl.gz"
_SHARD_MANIFEST = re.compile(r"^part-(\d{5})\.manifest\.json$")
DEFAULT_SHARD_SIZE = 10_000


class ShardedWriter:
    def __init__(self, directory: str | os.PathLike, shard_size: int = DEFAULT_SHARD_SIZE, resume: bool = False):
        if shard_size < 1:
            raise ConfigError("--shard-size must be at least 1")
        self.directory = Path(directory)
        self.shard_size = shard_size
        self.directory.mkdir(parents=True, exist_ok=True)
        for stale in self.directory.glob(".part-*.tmp"):
            stale.unlink()           # the unfinished shard of a killed run
        manifests = sorted(p for p in self.directory.iterdir() if _SHARD_MANIFEST.match(p.name))
        if manifests and not resume:
            raise ConfigError(f"{self.directory} holds shards of an earlier run: "
                              "use --resume to continue it, or choose an empty directory")
        self.covered: set[str] = set()
        self.failed_before: list[dict[str, str]] = []
        self.shards: list[str] = []
        self.previous_records = 0
        for manifest in manifests:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            if not (self.directory / data["shard"]).exists():
                continue
            self.covered.update(data["inputs"])
            self.covered.update(f["key"] for f in data["failed"])
            self.failed_before += data["failed"]
            self.shards.append(data["shard"])
            self.previous_records += data["records"]
        self.next_number = max((int(_SHARD_MANIFEST.match(m.name).group(1)) for m in manifests), default=-1) + 1
        self.count = 0
        self._open_shard()

    def _open_shard(self) -> None:
        self._name = SHARD.format(self.next_number)
        fd, self._tmp = tempfile.mkstemp(prefix=".part-", suffix=".tmp", dir=self.directory)
        self._raw = os.fdopen(fd, "wb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0)
        self._inputs: list[str] = []
        self._failed: list[dict[str, str]] = []
        self._records = 0

    def write_line(self, line: bytes, key: str) -> None:
        self._gz.write(line)
        self._records += 1
        self.count += 1
        if not self._inputs or self._inputs[-1] != key:
            self._inputs.append(key)
        if self._records >= self.shard_size:
            self._close_shard()
            self._open_shard()

    def failed(self, key: str, failure: dict[str, str]) -> None:
        self._failed.append({"key": key, **failure})

    def _close_shard(self) -> None:
        self._gz.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        if not self._records and not self._failed:
            os.unlink(self._tmp)
            return
        os.chmod(self._tmp, 0o644)
        os.replace(self._tmp, self.directory / self._name)
        write_json_durable(self.directory / f"part-{self.next_number:05d}.manifest.json",
                          {"shard": self._name, "records": self._records, "inputs": self._inputs,
                           "failed": self._failed, "written": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
        self.shards.append(self._name)
        self.next_number += 1

    def close(self, summary: dict[str, Any] | None = None) -> None:
        self._close_shard()
        write_json_durable(self.directory / "manifest.json", {
            "complete": True, "shards": self.shards, "records": self.previous_records + self.count,
            "shard_size": self.shard_size, **(summary or {})})

    def abort(self) -> None:
        """Drop the unfinished shard (complete shards and their manifests stay)."""
        try:
            self._gz.close()
            self._raw.close()
        finally:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)
