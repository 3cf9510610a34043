"""Batch runs: inputs to tasks, a pool of worker processes under a watchdog, results in
input order.

Every document is cleaned in a worker process. A document that runs past the time
limit is interrupted inside the worker (SIGALRM); one that does not return at all
(stuck in C code) gets its worker killed and replaced. Either way the document
becomes an error and the run goes on. Results come back in input order whatever the
number of workers, and at most ``window`` documents are in flight, so memory stays
flat however many inputs there are.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any, Iterable, Iterator

from .chain import Chain
from .errors import CleanerError, ConfigError, InputError
from .memory import DEFAULT_MAX_MEMORY, MEMORY_ERROR, limit_memory, over_limit_message
from .pipeline import Options, Pipeline
from .readers import InputFile, Skipped, iter_inputs, read_bytes
from .writers import dumps

DEFAULT_TIMEOUT = 60.0          # seconds per document
DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024   # bytes of one JSONL line
RESUMED = "already in the output (--resume)"


@dataclass(frozen=True)
class Task:
    """One document to clean: a file to read, or bytes already in hand (archives)."""
    key: str                       # unique input key; the unit of --resume
    source: str
    kind: str                      # html | text
    path: str | None = None
    gzipped: bool = False
    data: bytes | None = None
    url: str | None = None
    content_type: str | None = None   # HTTP Content-Type of archived responses (decoding)


@dataclass(frozen=True)
class Failure:
    source: str
    stage: str       # read | decode | clean | timeout | worker | output
    error: str       # error type
    message: str

    def as_record(self) -> dict[str, str]:
        return {"source": self.source, "stage": self.stage, "error": self.error, "message": self.message}


@dataclass(frozen=True)
class Result:
    task: Task
    line: bytes | None = None                 # the JSONL line, when cleaned
    failure: Failure | None = None
    removed: dict[str, int] = field(default_factory=dict)
    encoding_errors: int = 0                  # bad input bytes replaced when decoding


@dataclass(frozen=True)
class RunConfig:
    """Everything a worker needs to build its own pipeline (picklable)."""
    orders: dict[str, Any] = field(default_factory=dict)
    only: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    options: Options = Options()
    timeout: float = DEFAULT_TIMEOUT
    max_output: int = DEFAULT_MAX_OUTPUT
    max_memory: int = DEFAULT_MAX_MEMORY    # bytes of address space per worker (0: none; cleaners/memory.py)

    def pipeline(self) -> Pipeline:
        chain = Chain.build(orders=self.orders, only=self.only, disable=self.disable, settings=self.settings)
        return Pipeline(chain, self.options)


# -- inputs -> tasks ------------------------------------------------------------------

def iter_tasks(paths: list[str], options: Options, skipped: Counter, failures: list[Failure],
               covered: frozenset[str] | set[str] = frozenset(), all_responses: bool = False,
               scan_workers: int = 1, follow_links: bool = False) -> Iterator[Task]:
    """Tasks for every input document; skipped and unreadable inputs are counted.

    WARC files written by the corpus crawler give only the pages the crawl emitted
    (their marks are read from every archive input first, as a mark can lie in a later
    rotated file), unless ``all_responses``: then every HTML 200 response."""
    from .warc import scan_marks

    marks = None
    for entry in iter_inputs(paths, follow_links):
        if isinstance(entry, InputFile) and entry.kind == "warc" and marks is None:
            # at the first archive: one light pass over the marks of all of them
            marks = scan_marks((e for e in iter_inputs(paths) if isinstance(e, InputFile) and e.kind == "warc"),
                               scan_workers)
        yield from entry_tasks(entry, options, skipped, failures, covered, marks, all_responses)


def entry_tasks(entry: InputFile | Skipped | InputError, options: Options, skipped: Counter, failures: list[Failure],
                covered: frozenset[str] | set[str] = frozenset(), marks: Any = None,
                all_responses: bool = False) -> Iterator[Task]:
    """The tasks of one input (an archive's pages; ``marks``: `cleaners.warc.scan_marks` of all
    the run's archives); skipped and unreadable inputs are counted."""
    from .warc import WarcPage, iter_archive

    if isinstance(entry, Skipped):
        skipped[entry.reason] += 1
    elif isinstance(entry, InputError):
        failures.append(_failure(entry))
    elif entry.kind == "warc":
        for page in iter_archive(entry, options.max_bytes, marks, all_responses, options.max_decompressed):
            if isinstance(page, WarcPage):
                if page.key in covered:
                    skipped[RESUMED] += 1
                else:
                    yield Task(page.key, page.url or page.key, "html", data=page.data, url=page.url or None,
                               content_type=page.content_type or None)
            elif isinstance(page, Skipped):
                skipped[page.reason] += 1
            else:
                failures.append(_failure(page))
    elif entry.resume_key in covered or entry.source in covered:   # (manifests of old runs: by source)
        skipped[RESUMED] += 1
    else:
        yield Task(entry.resume_key, entry.source, entry.kind, path=str(entry.path), gzipped=entry.gzipped)


def _failure(error: BaseException, source: str = "") -> Failure:
    if isinstance(error, InputError):
        return Failure(error.source, error.stage, error.kind, error.reason)
    if isinstance(error, CleanerError):
        return Failure(error.source, "clean", type(error.error).__name__, str(error).split(": ", 1)[-1])
    return Failure(source, "clean", type(error).__name__, str(error) or repr(error))


# -- one document -----------------------------------------------------------------------

class DocumentTimeout(BaseException):
    """Raised by the alarm inside a worker. A BaseException, so that no library's or
    cleaner's ``except Exception`` can swallow it."""


def _alarm(signum, frame):
    raise DocumentTimeout()


def clean_task(pipeline: Pipeline, task: Task, config: RunConfig) -> Result:
    """Clean one task; every failure becomes a `Failure`, never an exception."""
    use_alarm = config.timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, config.timeout)
    try:
        if task.data is not None:
            doc = pipeline.document(task.source, task.data, task.kind, url=task.url, content_type=task.content_type)
        else:
            item = InputFile(task.source, _path(task.path), task.kind, task.gzipped)
            data = read_bytes(item, pipeline.options.max_bytes, pipeline.options.max_decompressed)
            doc = pipeline.document(task.source, data, task.kind, url=task.url)
        record = pipeline.record(doc)
        line = dumps(record)
    except DocumentTimeout:
        return Result(task, failure=Failure(task.source, "timeout", "DocumentTimeout",
                                            f"time limit of {config.timeout:g} s exceeded"))
    except RecursionError:
        return Result(task, failure=Failure(task.source, "clean", "RecursionError", "document nested too deeply"))
    except MemoryError:
        return Result(task, failure=Failure(task.source, "clean", MEMORY_ERROR, over_limit_message(config.max_memory)))
    except CleanerError as exc:
        if isinstance(exc.error, MemoryError):     # a cleaner hit the limit: say which, and the limit
            return Result(task, failure=Failure(task.source, "clean", MEMORY_ERROR,
                                                f"cleaner {exc.cleaner!r}: {over_limit_message(config.max_memory)}"))
        return Result(task, failure=_failure(exc, task.source))
    except Exception as exc:  # one bad document must never stop the run
        return Result(task, failure=_failure(exc, task.source))
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if len(line) > config.max_output:
        return Result(task, failure=Failure(task.source, "output", "OutputTooLarge",
                                            f"record of {len(line)} bytes is over the limit of {config.max_output}"))
    removed: Counter[str] = Counter()
    for cut in record["removed"]:
        removed[cut["cleaner"]] += cut["chars"]
    return Result(task, line=line, removed=dict(removed),
                  encoding_errors=record["metadata"].get("encoding_errors") or 0)


def _path(path: str | None):
    from pathlib import Path
    return Path(path or "")


# -- the pool ---------------------------------------------------------------------------

def _worker_main(conn, config: RunConfig) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C
    limit_memory(config.max_memory)
    pipeline = config.pipeline()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(clean_task(pipeline, task, config))


@dataclass
class _Slot:
    process: Any
    conn: Any
    index: int = -1
    task: Task | None = None
    started: float = 0.0


class WorkerPool:
    """Ordered, bounded-window parallel map of `clean_task` over tasks."""

    def __init__(self, config: RunConfig, workers: int, window: int | None = None, grace: float | None = None):
        if workers < 1:
            raise ConfigError("--workers must be at least 1")
        self.config = config
        self.workers = workers
        self.window = window or max(8, workers * 8)
        self.hard_limit = config.timeout + (grace if grace is not None else max(5.0, config.timeout)) \
            if config.timeout > 0 else None
        methods = mp.get_all_start_methods()
        self.context = mp.get_context("fork" if "fork" in methods else "spawn")
        self.slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(child, self.config), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def _replace(self, slot: _Slot) -> None:
        slot.process.kill()
        slot.process.join(5)
        slot.conn.close()
        fresh = self._start()
        slot.process, slot.conn, slot.index, slot.task = fresh.process, fresh.conn, -1, None

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        _warm_up()
        self.slots = [self._start() for _ in range(self.workers)]
        pending = iter(tasks)
        exhausted = False
        buffer: dict[int, Result] = {}
        next_index = emit_index = 0
        try:
            while True:
                for slot in self.slots:   # hand out work within the window
                    if slot.task is None and not exhausted and next_index - emit_index < self.window:
                        task = next(pending, None)
                        if task is None:
                            exhausted = True
                            break
                        slot.index, slot.task, slot.started = next_index, task, time.monotonic()
                        slot.conn.send(task)
                        next_index += 1
                # results go out after the free workers have their next task: the caller's work
                # on a result (writing, dedup) overlaps with the workers' instead of idling them
                while emit_index in buffer:
                    yield buffer.pop(emit_index)
                    emit_index += 1
                busy = [s for s in self.slots if s.task is not None]
                if not busy:
                    if exhausted and not buffer:
                        break
                    continue
                ready = wait([s.conn for s in busy], timeout=self._wait_time(busy))
                for slot in busy:
                    if slot.conn in ready:
                        try:
                            result = slot.conn.recv()
                        except (EOFError, OSError):
                            slot.process.join(2)
                            code = slot.process.exitcode
                            result = Result(slot.task, failure=Failure(slot.task.source, "worker", "WorkerCrash",
                                                                       f"worker process died (exit code {code})"))
                            buffer[slot.index] = result
                            self._replace(slot)
                            continue
                        buffer[slot.index] = result
                        slot.task = None
                        if result.failure is not None and result.failure.error == MEMORY_ERROR:
                            self._replace(slot)    # a fresh process for the next document
                    elif self.hard_limit and time.monotonic() - slot.started > self.hard_limit:
                        buffer[slot.index] = Result(slot.task, failure=Failure(
                            slot.task.source, "timeout", "DocumentTimeout",
                            f"no answer within {self.hard_limit:g} s; worker killed"))
                        self._replace(slot)
        finally:
            self.close()

    def _wait_time(self, busy: list[_Slot]) -> float | None:
        if not self.hard_limit:
            return None
        now = time.monotonic()
        return max(0.05, min(s.started + self.hard_limit - now for s in busy))

    def close(self) -> None:
        for slot in self.slots:
            try:
                if slot.task is None:
                    slot.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        for slot in self.slots:
            slot.process.join(1 if slot.task is None else 0)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
            slot.conn.close()
        self.slots = []


def run_inline(config: RunConfig, tasks: Iterable[Task]) -> Iterator[Result]:
    """The same work in this process (``--workers 0``: debugging and profiling)."""
    pipeline = config.pipeline()
    for task in tasks:
        yield clean_task(pipeline, task, config)


def _warm_up() -> None:
    """Load what every worker needs before forking, so children share it."""
    from . import language
    try:
        language._identifier()
    except Exception:  # detection is optional; a worker will report real failures
        pass


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
