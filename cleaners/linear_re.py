"""Linear-time regular expressions: RE2 (google-re2) with Unicode-aware shorthand classes.

Python's ``re`` backtracks: a pattern with nested or adjacent quantifiers can take
exponential or quadratic time on a hostile line (issue 16: 18 s for 24 prices). RE2
never backtracks, so every match is linear in the input. RE2 has no lookaround and no
backreferences, and its ``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII-only; `compile`
rewrites the classes to their Unicode forms (``\\w`` -> letters, digits, marks and ``_``)
and refuses ``\\b``, which cannot be made Unicode-aware without lookaround. Patterns that
need lookaround stay on ``re`` and are written so they cannot backtrack (one quantifier
per character class, no overlapping alternatives).
"""
from __future__ import annotations

import re

import re2

WORD_CLASS = r"\pL\pN\pM_"
SPACE_CLASS = r"\t\n\v\f\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_SHORTHAND = {"w": WORD_CLASS, "d": r"\p{Nd}", "s": SPACE_CLASS}
_NEGATED = {"W": "w", "D": "d", "S": "s"}
_ESCAPE = re.compile(r"\\(.)", re.S)


def translate(pattern: str) -> str:
    """``pattern`` with ``\\w \\d \\s \\W \\D \\S`` made Unicode-aware, inside and outside classes."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in "bB":
                raise ValueError(f"\\{nxt} is ASCII-only in RE2; spell the boundary out: {pattern!r}")
            if nxt in _SHORTHAND:
                out.append(_SHORTHAND[nxt] if in_class else f"[{_SHORTHAND[nxt]}]")
            elif nxt in _NEGATED:
                if in_class:
                    raise ValueError(f"negated class \\{nxt} inside [...] is not supported: {pattern!r}")
                out.append(f"[^{_SHORTHAND[_NEGATED[nxt]]}]")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":   # a literal ] first in a class
                out.append(r"\]")
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def compile(pattern: str, ignore_case: bool = False):   # noqa: A001 - mirrors re.compile
    """A compiled RE2 pattern (``search``/``match``/``fullmatch``/``finditer``/``sub`` as in ``re``)."""
    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.max_mem = 32 << 20
    return re2.compile(translate(pattern), options)
