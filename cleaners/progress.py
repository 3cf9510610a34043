"""Progress of a `corpus clean` run: a bar with a total, a percentage, docs/s, errors and
an ETA on a terminal (tqdm), or a periodic log line elsewhere (``-v``).

The total is counted while the run goes, in a background thread walking the same inputs:
documents (input files) when the inputs are files, or bytes when an archive is among
them (a WARC holds an unknown number of pages; its records' offsets tell how far the
run is). The bar shows no total until the count is done, and never blocks the run.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import Counter
from typing import Iterable, Iterator

from .feeds import count_items
from .readers import InputFile, iter_inputs

log = logging.getLogger("corpus")

DELAY = 1.0            # seconds before a bar appears: short runs show none
LOG_EVERY = 30.0       # seconds between progress log lines when stderr is not a terminal
FALLBACK_COLUMNS, FALLBACK_ROWS = 80, 24   # used when the terminal reports a 0x0 size


class InputTotal:
    """Counts the inputs in a daemon thread: ``documents`` (files of any kind, a feed's items), ``bytes``
    of the readable ones, the size of each archive and the size and items of each feed; ``done`` is set
    when finished."""

    def __init__(self, paths: list[str], follow_links: bool = False):
        self.documents = 0
        self.bytes = 0
        self.archives: dict[str, int] = {}
        self.feeds: dict[str, tuple[int, int]] = {}
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._count, args=(list(paths), follow_links), daemon=True, name="corpus-count")
        self._thread.start()

    def _count(self, paths: list[str], follow_links: bool) -> None:
        try:
            for entry in iter_inputs(paths, follow_links):
                self.documents += 1
                if isinstance(entry, InputFile):
                    try:
                        size = entry.path.stat().st_size
                    except OSError:
                        size = 0
                    self.bytes += size
                    if entry.kind == "warc":
                        self.archives[entry.resume_key] = size
                    elif entry.kind == "feed":
                        items = count_items(entry)
                        self.feeds[entry.resume_key] = (size, items)
                        self.documents += items - 1
        finally:
            self.done.set()


class Progress:
    """Wraps the results of a run; ``skipped`` and ``failures`` are the run's own
    counters (inputs skipped or failing before any worker saw them count as done)."""

    def __init__(self, paths: list[str], skipped: Counter, failures: list, show_bar: bool, log_lines: bool,
                 follow_links: bool = False):
        self.total = InputTotal(paths, follow_links)
        self.skipped, self.failures = skipped, failures
        self.show_bar, self.log_lines = show_bar, log_lines
        self.results = self.errors = 0
        self.done_bytes = 0
        self._archive: tuple[str, int] | None = None    # (source, offset) of the archive being read
        self.started = time.monotonic()

    # -- the measure ------------------------------------------------------------------
    @property
    def by_bytes(self) -> bool:
        return bool(self.total.archives)

    def position(self) -> int:
        if self.by_bytes:
            return self.done_bytes + (self._archive[1] if self._archive else 0)
        walk_failures = len(self.failures) - self.errors
        return self.results + sum(self.skipped.values()) + walk_failures

    def expected(self) -> int | None:
        if not self.total.done.is_set():
            return None
        return self.total.bytes if self.by_bytes else self.total.documents

    def _advance(self, task) -> None:
        feed = self.total.feeds.get(task.key.partition("#")[0]) if task.data is not None else None
        if feed is not None:      # (a feed's item: its share of the feed's bytes)
            self.done_bytes += feed[0] // max(feed[1], 1)
            return
        source, _, offset = task.key.rpartition("@")
        if task.data is not None and source in self.total.archives and offset.isdigit():
            if self._archive and self._archive[0] != source:
                self.done_bytes += self.total.archives.get(self._archive[0], 0)
            self._archive = (source, int(offset))
            return
        if self._archive:
            self.done_bytes += self.total.archives.get(self._archive[0], 0)
            self._archive = None
        try:
            self.done_bytes += os.stat(task.path).st_size if task.path else 0
        except OSError:
            pass

    # -- the display ------------------------------------------------------------------
    def wrap(self, results: Iterable) -> Iterator:
        bar = self._bar() if self.show_bar else None
        last_log = time.monotonic()
        try:
            for result in results:
                self.results += 1
                self.errors += result.failure is not None
                self._advance(result.task)
                if bar is not None:
                    self._update(bar)
                elif self.log_lines and time.monotonic() - last_log >= LOG_EVERY:
                    last_log = time.monotonic()
                    log.info("progress: %s", self.line())
                yield result
        finally:
            if bar is not None:
                bar.close()

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.results / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        """One line: position of total, percentage, docs/s, errors, ETA."""
        n, total = self.position(), self.expected()
        unit = "bytes" if self.by_bytes else "inputs"
        text = f"{n:,}" + (f"/{total:,} {unit} ({100 * n / total:.0f}%)" if total else f" {unit}")
        text += f", {self.results:,} docs, {self.rate():.1f} docs/s, {len(self.failures)} errors"
        elapsed = time.monotonic() - self.started
        if total and n:
            text += f", ETA {_clock(elapsed * (total - n) / n)}"
        return text

    def _bar(self):
        from tqdm import tqdm
        columns, rows = _screen()
        # never dynamic_ncols: tqdm would read the size itself and draw nothing on a 0x0 terminal
        return tqdm(total=None, file=sys.stderr, leave=False, delay=DELAY, ncols=columns, nrows=rows,
                    unit="B" if self.by_bytes else "doc", unit_scale=self.by_bytes,
                    bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}, ETA {remaining}{postfix}]")

    def _update(self, bar) -> None:
        total = self.expected()
        if total is not None and bar.total != total:
            bar.total = total
            bar.unit = "B" if self.by_bytes else "doc"
            bar.unit_scale = self.by_bytes
        bar.ncols, bar.nrows = _screen()     # follows a resized terminal
        bar.n = self.position()
        bar.set_postfix_str(f"{self.results:,} docs, {self.rate():.1f} docs/s, {len(self.failures)} errors",
                            refresh=False)
        bar.update(0)


def _screen() -> tuple[int, int]:
    """Columns and rows of the terminal on stderr; 80x24 when it reports none or 0x0."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError):
        return FALLBACK_COLUMNS, FALLBACK_ROWS
    if size.columns <= 0 or size.lines <= 0:
        return FALLBACK_COLUMNS, FALLBACK_ROWS
    return size.columns, size.lines


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
