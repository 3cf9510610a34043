"""``corpus clean`` after the chain: cleaned records, in input order, through the
stage list to the writer.

One pass when every stage can act on a record as soon as it arrives; two passes when
one must see the whole run first (the site-boilerplate stage learning from this run):
pass 1 observes every record and spools it to a temporary file beside the output,
pass 2 reads the spool back, applies, and writes. Memory holds the stages' bounded
state, never the corpus.
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from typing import Any, Iterable

import orjson

from ..writers import dumps, make_temp
from .base import Drop, StageContext, StageList


class CorpusRun:
    def __init__(self, stages: StageList, writer: Any, two_pass: bool = False, spool_dir: str | None = None,
                 context: StageContext | None = None):
        self.stages = stages
        self.context = context
        self.writer = writer
        self.two_pass = two_pass and stages.changes_records
        self.written = 0
        self.spool_path: str | None = None
        self._spool: Any = None
        if self.two_pass:
            fd, self.spool_path = make_temp(spool_dir or tempfile.gettempdir(), "pass1", ".jsonl")
            self._spool = os.fdopen(fd, "wb")

    def take_in(self, records: Iterable[dict[str, Any]]) -> None:
        """Records already in the output (``--resume``): the dedup stage learns them."""
        dedup = self.stages.get("dedup")
        if dedup is None:
            return
        for record in records:
            dedup.take_in(record)
        dedup.index.stats = {key: 0 for key in dedup.index.stats}   # count this run only

    def add(self, line: bytes, key: str) -> None:
        """A cleaned record (a JSONL line) in input order."""
        if not self.stages.changes_records:
            self._write(line, key)
            return
        record = orjson.loads(line)
        try:
            if self.two_pass:
                self._spool.write(orjson.dumps([key, self.stages.observe(record)]) + b"\n")
                return
            record = self.stages.process(record)
        except Drop:
            return
        self._write(dumps(record), key)

    def finish(self) -> None:
        """Pass 2 (a two-pass run): apply every stage to the spooled records, write them."""
        if not self.two_pass:
            return
        self._spool.close()
        try:
            with open(self.spool_path, "rb") as fh:
                for line in fh:
                    key, record = orjson.loads(line)
                    try:
                        record = self.stages.apply(record)
                    except Drop:
                        continue
                    self._write(dumps(record), key)
        finally:
            self.cleanup()

    def cleanup(self) -> None:
        """Remove the spool (after pass 2, or when the run is aborted)."""
        if self._spool is not None and not self._spool.closed:
            self._spool.close()
        if self.spool_path and os.path.exists(self.spool_path):
            os.unlink(self.spool_path)

    def removed_chars(self) -> Counter[str]:
        """Characters the stages cut, per cleaner (the site-boilerplate stage's cuts)."""
        stage = self.stages.get("site_boilerplate")
        return Counter(stage.removed) if stage is not None else Counter()

    def close(self) -> None:
        """Release the stages' state (the temporary dedup database)."""
        store = getattr(self.context, "dedup", None)
        if store is not None and hasattr(store, "close"):
            store.close()

    def _write(self, line: bytes, key: str) -> None:
        self.writer.write_line(line, key)
        self.written += 1
