"""Records written line by line, and the dedup state told when they are.

A worker of a shared crawl may be killed at any moment. Two things keep the union of
the workers' outputs complete and free of doubles:

* `LineFileFeedStorage`: Scrapy's file feed storage, unbuffered: each record reaches
  the file in one ``write`` as the feed exporter exports it (a killed process loses no
  record it had exported, and leaves no half line);
* `EmitLedger`: after the feed exports have written an item (``item_scraped``, sent to
  them first), the record's documents in the shared dedup store stop being pending
  (`cleaners.dedup_redis.RedisDedupStore.commit`). A document still pending when its
  worker dies is forgotten and its page fetched again.
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.extensions.feedexport import FileFeedStorage


class _LineFile(io.RawIOBase):
    """A file whose every ``write`` goes to the OS at once, whole."""

    def __init__(self, path: str, mode: str):
        super().__init__()
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if mode.startswith("w") else os.O_APPEND)
        self.fd = os.open(path, flags, 0o644)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        return len(data)

    def fileno(self) -> int:
        return self.fd

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


class LineFileFeedStorage(FileFeedStorage):
    """``FileFeedStorage`` whose records go to the file one whole line at a time."""

    def open(self, spider: Any) -> Any:
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        return _LineFile(self.path, self.write_mode)


class EmitLedger:
    """Commits a record's pending documents once the feed exports have written it."""

    def __init__(self, store: Any, crawler: Any):
        self.store = store
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    def item_scraped(self, item: Any, **kwargs: Any) -> None:
        if isinstance(item, dict) and item.get("id"):
            self.store.commit(item["id"])

    def dropped(self, record: dict[str, Any]) -> None:
        """A record the stages observed and left out (a duplicate): its documents stay known."""
        if record.get("id"):
            self.store.commit(record["id"])
