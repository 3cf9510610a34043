"""The short text pieces of a page that may mark a comment, found in two scans of all of them.

`evidence.PageMarks` tests every short piece of the page: a reply or vote control or a
said-verb (`Vocabulary.control_mark`: its last word ends a ``reply``, ``comment_chrome`` or
``wrote`` phrase, or is a vote word), a time (it holds a digit), a poster's counter (a digit in
it or in the piece after it). Most pieces are none of these. `candidates` finds, by two RE2
scans of the pieces joined (case-folded as the tests fold them), the pieces holding a digit,
the pieces before those, and the pieces ending in such a last word (whatever punctuation
after it); no other piece can mark, and it is not read one by one. (A necessary condition,
never a sufficient one: the tests run on the candidates.)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import screen
from ...linear_re import compile as linear_compile
from .vocabulary import vocabulary

_SEP = "\x00"
# (a piece's first Unicode decimal digit, as ``re``'s \d, and the rest of the piece: `_digit_hits`)
_DIGIT_ON = linear_compile(r"\d[^\x00]*")


@lru_cache(maxsize=32)
def _ending(voc):
    """A control, vote or said-verb's last word of ``voc`` ending a piece: nothing but punctuation, spaces
    or marks after it (what the tests strip), no letter or digit right before it."""
    words = {p.split()[-1].lower() for p in (*voc._reply, *voc._controls, *voc.vote_tokens, *voc._said_last)
             if p.split()}
    body = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return linear_compile(rf"(?:^|[^\pL\pN])(?:{body})[^\pL\pN\x00]*(?:\x00|$)")


def candidates(texts: list[str]) -> list[int] | None:
    """Indices (ascending) of the pieces that may mark (module docstring); None when they
    cannot be screened (a piece holding a NUL) or screening is off: every piece is one."""
    found = screened(texts)
    return None if found is None else found[0]


def screened(texts: list[str]) -> tuple[list[int], set[int], set[int]] | None:
    """`candidates`, with the pieces ending in a control, vote or said-verb's last word and the pieces
    holding a digit: a candidate in neither (a counter's label before its value) is no control and no
    time, a candidate holding a digit but no such word is no control (`evidence.PageMarks`)."""
    if not screen.ENABLED:
        return None
    joined = _SEP.join(texts)
    if joined.count(_SEP) != len(texts) - 1:
        return None
    data = joined.lower().encode("utf-8", "surrogatepass")
    ending = set(_hits(_ending(vocabulary()), data))
    digits = set(_digit_hits(data))
    found = ending | digits
    found.update(k - 1 for k in digits if k)     # (its digit may be the value of a counter's label before it)
    return sorted(found), ending, digits


def _hits(pattern, data: bytes) -> list[int]:
    """Indices of the NUL-separated pieces of ``data`` where ``pattern`` matches."""
    out: list[int] = []
    first, end = pattern.first, len(data)
    at = k = pos = 0
    while True:
        start = first(data, pos, end)
        if start < 0:
            return out
        if data[start:start + 1] == b"\x00":
            start += 1       # a match that begins at the separator before a piece is that piece's
        k += data.count(b"\x00", at, start)
        at = start
        out.append(k)
        pos = data.find(b"\x00", start)     # on to the next piece
        if pos < 0:
            return out


def _digit_hits(data: bytes) -> list[int]:
    """Indices of the NUL-separated pieces of ``data`` holding a digit. Each match runs from a piece's first digit
    to the piece's end, so one pass of ``finditer`` meets each such piece once (no new search a piece, as `_hits`
    makes: half its time over a page's pieces)."""
    out: list[int] = []
    count, at, k = data.count, 0, 0
    for found in _DIGIT_ON.finditer(data):
        start = found.start()
        k += count(b"\x00", at, start)
        at = start
        out.append(k)
    return out
