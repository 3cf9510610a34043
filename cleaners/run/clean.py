"""One document, cleaned under the per-document limits: `clean_task` turns a `Task` into
a `Result` and every failure (an error, the time limit, the memory limit, a record over
the output limit) into a `Failure`, never an exception (with ``RunConfig.signature``,
the result carries the body's dedup signature too); `run_inline` does it for a
sequence of tasks in this process.

A page that overruns the time limit is not lost: it is read again without the cleaners
(`Pipeline.degraded`: bare trafilatura's body, comments and metadata), within a share of the
limit again (`DEGRADED_SHARE`: the pool kills a worker at twice the limit), and written with
``metadata.degraded``; only when that overruns too is the document a failure."""
from __future__ import annotations

import signal
from collections import Counter
from typing import Iterable, Iterator

from ..dedup import signature
from ..errors import CleanerError
from ..memory import MEMORY_ERROR, over_limit_message
from ..pipeline import Pipeline
from ..readers import InputFile, read_bytes
from ..writers import dumps
from .model import Failure, Result, RunConfig, Task, failure_of


DEGRADED_SHARE = 0.8     # of the time limit, for the bare extraction of a page that overran it (the pool kills at 2x)


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
    doc = None
    try:
        if task.data is not None:
            doc = pipeline.document(task.source, task.data, task.kind, url=task.url, content_type=task.content_type)
        else:
            item = InputFile(task.source, _path(task.path), task.kind, task.gzipped)
            data = read_bytes(item, pipeline.options.max_bytes, pipeline.options.max_decompressed)
            doc = pipeline.document(task.source, data, task.kind, url=task.url)
        record = pipeline.record(doc)
        line, sig = _line(record, config)
        degraded = None
    except DocumentTimeout:
        reason = f"time limit of {config.timeout:g} s exceeded"
        record = _degraded(pipeline, doc, config, reason) if doc is not None else reason
        if isinstance(record, str):
            return Result(task, failure=Failure(task.source, "timeout", "DocumentTimeout", record))
        line, sig = _line(record, config)
        degraded = reason
    except RecursionError:
        return Result(task, failure=Failure(task.source, "clean", "RecursionError", "document nested too deeply"))
    except MemoryError:
        return Result(task, failure=Failure(task.source, "clean", MEMORY_ERROR, over_limit_message(config.max_memory)))
    except CleanerError as exc:
        if isinstance(exc.error, MemoryError):     # a cleaner hit the limit: say which, and the limit
            return Result(task, failure=Failure(task.source, "clean", MEMORY_ERROR,
                                                f"cleaner {exc.cleaner!r}: {over_limit_message(config.max_memory)}"))
        return Result(task, failure=failure_of(exc, task.source))
    except Exception as exc:  # one bad document must never stop the run
        return Result(task, failure=failure_of(exc, task.source))
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
    return Result(task, line=line, removed=dict(removed), encoding_errors=record["metadata"].get("encoding_errors") or 0,
                  signature=sig, degraded=degraded)


def _degraded(pipeline: Pipeline, doc, config: RunConfig, reason: str) -> dict | str:
    """The record of ``doc`` without the cleaners (`Pipeline.degraded`), made within
    `DEGRADED_SHARE` of the time limit; else why there is none."""
    signal.setitimer(signal.ITIMER_REAL, config.timeout * DEGRADED_SHARE)
    try:
        return pipeline.degraded(doc, f"{reason}: not cleaned, bare extraction").record()
    except DocumentTimeout:
        return f"{reason}, and by the bare extraction after it"
    except Exception as exc:      # (the record is lost either way: say why)
        return f"{reason}; the bare extraction after it failed: {type(exc).__name__}: {exc}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _line(record: dict, config: RunConfig) -> tuple[bytes, tuple[str, int, bytes] | None]:
    """The record's JSONL line, and its body's dedup signature when the run asks for it."""
    if not config.signature:
        return dumps(record), None
    made = signature(record.get("body") or "")      # under the same limits as the chain
    return dumps(record), (made.exact, made.size, made.to_bytes())


def _path(path: str | None):
    from pathlib import Path
    return Path(path or "")


def run_inline(config: RunConfig, tasks: Iterable[Task]) -> Iterator[Result]:
    """The same work in this process (``--workers 0``: debugging and profiling)."""
    pipeline = config.pipeline()
    for task in tasks:
        yield clean_task(pipeline, task, config)
