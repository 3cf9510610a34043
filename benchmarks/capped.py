"""One call in a forked child with a time cap, for the benchmarks that look for worst cases
(`adversarial`, `worst_case`): a call that backtracks or loops is killed and reported, never waited on."""
from __future__ import annotations

import multiprocessing
from typing import Any, Callable


class ChildError(RuntimeError):
    """The call raised in the child: its type and message (an exception object may not pickle)."""


def _child(conn, fn: Callable, args: tuple) -> None:
    try:
        conn.send((True, fn(*args)))
    except BaseException as exc:   # report, never hang the parent
        conn.send((False, f"{type(exc).__name__}: {exc}"[:300]))


def run_capped(fn: Callable, args: tuple, cap: float) -> Any | None:
    """``fn(*args)`` in a forked child: its result, or None when it runs past ``cap`` seconds;
    `ChildError` when it raised."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(cap):
            return None
        ok, value = parent.recv()
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
    if not ok:
        raise ChildError(value)
    return value
