"""One document, cleaned under the per-document limits: `clean_task` turns a `Task` into
a `Result` and every failure (an error, the time limit, the memory limit, a record over
the output limit) into a `Failure`, never an exception (with ``RunConfig.signature``,
the result carries the body's dedup signature too); `run_inline` does it for a
sequence of tasks in this process.

A document that was read but could not be cleaned (over the time limit, nested too deeply,
a cleaner's error) is not lost: it is read again without the cleaners (`Pipeline.degraded`:
bare trafilatura's body, comments and metadata; a text input as it came), within a share of
the limit again (`DEGRADED_SHARE`: the pool kills a worker at twice the limit), and written
with ``metadata.degraded`` saying why; only when that overruns or fails too is the document a
failure. Input errors (unreadable, empty, binary) and the memory limit stay failures."""
from __future__ import annotations

import gc
import logging
import signal
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator

from ..dedup import signature
from ..document import REMOVED_SAMPLE
from ..errors import CleanerError
from ..memory import MEMORY_ERROR, over_limit_message
from ..pipeline import Pipeline
from ..readers import InputFile, read_bytes
from ..writers import dumps
from .model import Failure, Result, RunConfig, Task, failure_of

log = logging.getLogger(__name__)


DEGRADED_SHARE = 0.8     # of the time limit, for the bare extraction of a page that overran it (the pool kills at 2x)


class DocumentTimeout(BaseException):
    """Raised by the alarm inside a worker. A BaseException, so that no library's or
    cleaner's ``except Exception`` can swallow it."""


def _alarm(signum, frame):
    raise DocumentTimeout()


def clean_task(pipeline: Pipeline, task: Task, config: RunConfig) -> Result:
    """Clean one task; every failure becomes a `Failure`, never an exception; a document that
    was read but could not be cleaned is written from the bare extraction when that works."""
    use_alarm = config.timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, config.timeout)
    doc = None
    try:
        if task.data is not None:
            doc = pipeline.document(task.source, task.data, task.kind, url=task.url, content_type=task.content_type)
        else:
            item = InputFile(task.source, _path(task.path), task.kind, task.gzipped)
            data = read_bytes(item, pipeline.options.max_bytes, pipeline.options.max_decompressed)
            doc = pipeline.document(task.source, data, task.kind, url=task.url)
        return _result(task, pipeline.record(doc), config)
    except DocumentTimeout:
        failure = Failure(task.source, "timeout", "DocumentTimeout", f"time limit of {config.timeout:g} s exceeded")
        return _rescued(pipeline, task, config, doc, failure, use_alarm)
    except RecursionError:
        failure = Failure(task.source, "clean", "RecursionError", "document nested too deeply")
        return _rescued(pipeline, task, config, doc, failure, use_alarm)
    except MemoryError:
        return Result(task, failure=Failure(task.source, "clean", MEMORY_ERROR, over_limit_message(config.max_memory)))
    except CleanerError as exc:
        if isinstance(exc.error, MemoryError):     # a cleaner hit the limit: say which, and the limit
            return Result(task, failure=Failure(task.source, "clean", MEMORY_ERROR,
                                                f"cleaner {exc.cleaner!r}: {over_limit_message(config.max_memory)}"))
        return _rescued(pipeline, task, config, doc, failure_of(exc, task.source), use_alarm)
    except Exception as exc:  # one bad document must never stop the run
        return _rescued(pipeline, task, config, doc, failure_of(exc, task.source), use_alarm)
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _result(task: Task, record: dict, config: RunConfig, degraded: str | None = None) -> Result:
    """The `Result` of a record: its line (within the output limit), the characters each cleaner
    removed, the decoding errors, the dedup signature when the run asks for it."""
    line = dumps(record)
    if len(line) > config.max_output and any(len(cut["text"]) > REMOVED_SAMPLE for cut in record["removed"]):
        log.warning("%s: record of %d bytes is over the limit of %d with whole cuts in `removed`: each shows its "
                    "first %d characters", task.source, len(line), config.max_output, REMOVED_SAMPLE)
        for cut in record["removed"]:
            cut["text"] = cut["text"][:REMOVED_SAMPLE]
        line = dumps(record)
    if len(line) > config.max_output:
        return Result(task, failure=Failure(task.source, "output", "OutputTooLarge",
                                            f"record of {len(line)} bytes is over the limit of {config.max_output}"))
    sig = None
    if config.signature:
        made = signature(record.get("body") or "")
        sig = (made.exact, made.size, made.to_bytes())
    removed: Counter[str] = Counter()
    for cut in record["removed"]:
        removed[cut["cleaner"]] += cut["chars"]
    return Result(task, line=line, removed=dict(removed), encoding_errors=record["metadata"].get("encoding_errors") or 0,
                  signature=sig, degraded=degraded)


def _rescued(pipeline: Pipeline, task: Task, config: RunConfig, doc, failure: Failure, use_alarm: bool) -> Result:
    """The result of a document whose cleaning stopped on ``failure``: its record without the
    cleaners (`Pipeline.degraded`, within `DEGRADED_SHARE` of the time limit), or the failure
    (the document was never read, or that overran or failed too: the message says so)."""
    if doc is None:
        return Result(task, failure=failure)
    reason = failure.message if failure.error in failure.message or failure.stage == "timeout" else \
        f"{failure.error}: {failure.message}"
    if use_alarm:
        signal.setitimer(signal.ITIMER_REAL, config.timeout * DEGRADED_SHARE)
    try:
        record = pipeline.degraded(doc, f"{reason}: not cleaned, bare extraction").record()
    except DocumentTimeout:
        return Result(task, failure=replace(failure, message=f"{failure.message}, and the bare extraction after "
                                                             "it ran out of time"))
    except Exception as exc:      # (the record is lost either way: say why)
        return Result(task, failure=replace(failure, message=f"{failure.message}; the bare extraction after it "
                                                             f"failed: {type(exc).__name__}: {exc}"))
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return _result(task, record, config, degraded=reason)


def _path(path: str | None):
    from pathlib import Path
    return Path(path or "")


def settled() -> None:
    """Say that the engine is loaded (its modules, word lists, patterns and cleaners built): Python's
    cycle collector leaves what exists now out of its full collections (`gc.freeze`), which otherwise
    walk every object of the engine each time (two of them over the 966 Dragnet pages: 0.1 s of CPU).
    The documents' objects are collected as before; `run_inline` gives the frozen objects back to the
    collector when its run ends (a process that runs again, the tests', collects them as before)."""
    gc.freeze()


def run_inline(config: RunConfig, tasks: Iterable[Task]) -> Iterator[Result]:
    """The same work in this process (``--workers 0``: debugging and profiling)."""
    pipeline = config.pipeline()
    settled()
    try:
        for task in tasks:
            yield clean_task(pipeline, task, config)
    finally:
        gc.unfreeze()
