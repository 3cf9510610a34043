"""The memory limit of a cleaning worker process (``corpus clean --max-memory``,
``CORPUS_MAX_MEMORY`` for the crawl and ``corpus ingest``).

A worker caps its own address space (``RLIMIT_AS``) when it starts, at what it maps then plus
the limit. A document whose cleaning would take more makes an allocation fail: Python raises `MemoryError`,
`cleaners.run.clean_task` turns it into a failure (stage ``clean``, error
``MemoryError``) and the pool replaces the worker, so the next document starts in a
fresh process. The machine never swaps for one hostile page, and the run goes on.
"""
from __future__ import annotations

import logging
import os
import re

log = logging.getLogger(__name__)

DEFAULT_MAX_MEMORY = 2 * 1024 ** 3     # bytes of address space per worker process; 0: no limit
MEMORY_ERROR = "MemoryError"           # the `Failure.error` of a document over the limit
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024 ** 2, "mb": 1024 ** 2, "mib": 1024 ** 2,
          "g": 1024 ** 3, "gb": 1024 ** 3, "gib": 1024 ** 3, "t": 1024 ** 4, "tb": 1024 ** 4, "tib": 1024 ** 4}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.I)


def parse_size(text: str | int | float) -> int:
    """Bytes from ``2147483648``, ``2G``, ``2GiB``, ``512M``, ``0`` (binary units: ``1K`` is 1024)."""
    if isinstance(text, (int, float)):
        value, unit = float(text), ""
    else:
        match = _SIZE.match(str(text))
        if not match or match.group(2).lower() not in _UNITS:
            raise ValueError(f"not a size: {text!r} (give bytes, or a number with K, M, G or T)")
        value, unit = float(match.group(1)), match.group(2).lower()
    if value < 0:
        raise ValueError(f"not a size: {text!r}")
    return int(value * _UNITS[unit])


def size_argument(text: str) -> int:
    """`parse_size` as an argparse ``type``."""
    import argparse
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def format_size(size: int) -> str:
    """``2 GiB``, ``512 MiB``, ``1000 bytes``."""
    for unit, factor in (("TiB", 1024 ** 4), ("GiB", 1024 ** 3), ("MiB", 1024 ** 2), ("KiB", 1024)):
        if size >= factor:
            return f"{size / factor:.4g} {unit}"
    return f"{size} bytes"


def address_space() -> int:
    """Bytes of address space this process maps now (Linux ``/proc/self/statm``; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def limit_memory(max_bytes: int) -> bool:
    """Let this process map at most ``max_bytes`` more than it maps now (0 or less: no cap; a
    lower hard limit already set is kept): a worker forked from a large process (a long crawl, a
    test session) starts with its parent's address space, which its documents did not take.
    True when a cap is in force."""
    if max_bytes <= 0:
        return False
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = max_bytes + address_space()
        limit = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, AttributeError, ValueError, OSError) as exc:   # a platform without RLIMIT_AS
        log.warning("cannot limit worker memory to %s on this platform: %s", format_size(max_bytes), exc)
        return False
    return True


def over_limit_message(max_bytes: int) -> str:
    """The `Failure.message` of a document that ran out of memory."""
    if max_bytes > 0:
        return f"out of memory on this document (memory limit per worker: {format_size(max_bytes)})"
    return "out of memory on this document (no memory limit set)"
