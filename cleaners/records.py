"""Reading JSONL corpora back: files, gzip files, directories of shards."""
from __future__ import annotations

import gzip
import os
from typing import Any, Iterator

import orjson


def iter_records(path: str) -> Iterator[dict[str, Any]]:
    """Records of a ``.jsonl`` / ``.jsonl.gz`` file, or of every shard in a directory.

    A line that is not JSON raises ValueError naming the file and line number."""
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            if name.endswith((".jsonl", ".jsonl.gz")) and not name.startswith(".") and "errors" not in name:
                yield from iter_records(os.path.join(path, name))
        return
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not a JSON line: {exc}") from None


def find_record(path: str, record_id: str) -> dict[str, Any]:
    """The record whose id is ``record_id`` or starts with it (a unique prefix)."""
    found = [r for r in iter_records(path) if r.get("id", "").startswith(record_id)]
    if not found:
        raise LookupError(f"no record with id {record_id!r} in {path}")
    exact = [r for r in found if r["id"] == record_id]
    if exact:
        return exact[0]
    if len({r["id"] for r in found}) > 1:
        raise LookupError(f"id prefix {record_id!r} matches {len(found)} records in {path}; give more characters")
    return found[0]
