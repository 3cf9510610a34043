"""Patterns compiled on their first use: a cleaner builds its patterns per set of languages, and many of
them wait behind a cheap screen (a phrase list, a needed character) that most documents never pass; compiling
them all at once was most of the cost of a process's first document in a language (benchmarks/cold_start.py).
A `LazyPattern` stands for the compiled pattern: it compiles on the first attribute asked for (``search``,
``match``, ``scan``...) and keeps each attribute it hands out, so later calls cost what the pattern's own do."""
from __future__ import annotations

import re

from . import linear_re


class LazyPattern:
    """``make(*args)`` compiled when first used, with its interface (``pattern`` of a Python pattern known at once)."""

    def __init__(self, make, *args, pattern: str | None = None):
        self._make = (make, args)
        if pattern is not None:
            self.pattern = pattern

    def __getattr__(self, name: str):     # only for attributes not yet kept: the first use compiles
        if name.startswith("__") or name == "_make":
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            make, args = self._make
            compiled = self.__dict__["_compiled"] = make(*args)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern{self._make[1]!r}"


def compile(pattern: str, flags: int = 0) -> LazyPattern:   # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)`` on first use."""
    return LazyPattern(re.compile, pattern, flags, pattern=pattern)


def linear(pattern: str, ignore_case: bool = False) -> LazyPattern:
    """``linear_re.compile(pattern, ignore_case)`` on first use."""
    return LazyPattern(linear_re.compile, pattern, ignore_case)
