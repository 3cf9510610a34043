"""The blocking, ordered way to drive a `cleaners.workers.WorkerPool` (``corpus clean``):
a parallel map of `cleaners.run.clean_task` whose results come back in input order
whatever the number of workers, with at most ``window`` documents in flight or waiting
for an earlier one, so that memory stays flat however many inputs there are."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from ..run.model import Result, Task

if TYPE_CHECKING:
    from .pool import WorkerPool


def in_order(pool: "WorkerPool", tasks: Iterable[Task], window: int) -> Iterator[Result]:
    """Results of ``tasks`` in their order; the pool is closed when the iteration ends
    (or is abandoned: its running documents are then cancelled and their workers killed)."""
    pool.start()
    pending = iter(tasks)
    exhausted = False
    buffer: dict[int, Result] = {}
    next_index = emit_index = 0
    try:
        while True:
            while not exhausted and pool.idle() and next_index - emit_index < window:   # hand out work
                task = next(pending, None)
                if task is None:
                    exhausted = True
                    break
                pool.submit(task, next_index)
                next_index += 1
            # results go out after the free workers have their next task: the caller's work on
            # a result (writing, dedup) overlaps with the workers' instead of idling them
            while emit_index in buffer:
                yield buffer.pop(emit_index)
                emit_index += 1
            if not pool.running():
                if exhausted and not buffer:
                    return
                continue
            for index, result in pool.poll():
                buffer[index] = result
    finally:
        pool.close()
