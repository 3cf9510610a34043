"""Python ``re`` compiles each character class once per pattern it appears in, by a Python loop over every code point
of the class's ranges (``re._compiler._optimize_charset``: with ``re.I`` it also lower-cases each one). The cleaners'
big classes (the capitals of every cased script, Han and kana, the letters of the scripts without case, the combining
marks) come back in the patterns built for every language: a byline pattern holds four name words, each with four such
classes, about 20 ms of a language's first document (benchmarks/cold_start.py).

`install` memoises that step: the charset step is a pure function of the class's items (hashable tuples, built by the
parser) and of the case functions, so a class met again gets the same compiled items without the loop. The compiled
patterns are the same code as before (`tests/test_re_charsets.py` compares them). A charset that cannot be hashed, or
one met when the memo is full, is compiled as before.
"""
from __future__ import annotations

import re._compiler as _compiler

LIMIT = 4096            # charsets kept (each a few hundred bytes to a few kilobytes)
SMALL = 32              # a class of fewer code points than this costs less to compile than to look up
_original = _compiler._optimize_charset
_memo: dict = {}


def _size(charset) -> int:
    """About how many code points the compiler loops over for ``charset``."""
    total = 0
    for op, av in charset:
        total += av[1] - av[0] + 1 if av.__class__ is tuple else 1
    return total


def _optimize_charset(charset, iscased=None, fixup=None, fixes=None):
    try:
        if _size(charset) < SMALL:
            return _original(charset, iscased, fixup, fixes)
        key = (tuple(charset), iscased, fixup, id(fixes))
        found = _memo.get(key)
    except TypeError:       # an item the parser never makes (not a range, not hashable): as before
        return _original(charset, iscased, fixup, fixes)
    if found is None:
        found = _original(charset, iscased, fixup, fixes)
        if len(_memo) < LIMIT:
            _memo[key] = (found, fixes)      # (``fixes`` held: its id stays its own)
    else:
        found = found[0]
    out, hascased = found
    return list(out), hascased


def install() -> None:
    """Memoise ``re``'s charset step in this process (once; the compiled code does not change)."""
    if getattr(_compiler, "_optimize_charset", None) is _original:
        _compiler._optimize_charset = _optimize_charset


install()
