"""Batch screens: one linear-time pattern over every block text of a body at once.

A text cleaner's rules are Python work per block; a 1 MB file of one-letter lines is
half a million blocks, so even a cheap rule per block and per cleaner costs seconds.
A *screen* is an RE2 pattern that matches every line a cleaner's rules could take
(a necessary condition, never a sufficient one). `candidates` runs it once over the
block texts joined by newlines, in C, and returns the indices of the blocks it hits;
the cleaner runs its rules on those only and leaves the others as they are.
`SparseEditor` then rebuilds the body from slices, without a Python step per block.

Screens are written beside the rules they guard. ``tests/test_screens.py`` checks that
every cleaner gives the same document with its screen and with screening off
(`ENABLED = False` makes every block a candidate).
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Iterable

from . import lazy_re
from .document import Block, Document, Removal, removal

ENABLED = True
# the last body joined: cleaners that cut nothing hand the next one the same tuple of blocks
_cache: list = [None, b"", []]   # [blocks, joined UTF-8 bytes, start offset of each block]


def compile(pattern: str, ignore_case: bool = True):   # noqa: A001 - mirrors re.compile
    """A screen: an RE2 pattern in multi-line mode (``^``/``$`` at every line of a block), compiled on its
    first use (`lazy_re`): many screens wait for a kind of document a run may not hold (21 of the screens
    built over the 966 Dragnet pages never ran: 0.1 s of RE2's compiling)."""
    return lazy_re.linear("(?m)" + pattern, ignore_case=ignore_case)


_PLUS_ONE = (1).__add__


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _joined(blocks: tuple[Block, ...]) -> tuple[bytes, list[int]]:
    if _cache[0] is blocks:
        return _cache[1], _cache[2]
    data, starts = _join([b.text for b in blocks])
    _cache[:] = [blocks, data, starts]
    return data, starts


def _join(texts: list[str]) -> tuple[bytes, list[int]]:
    """The texts joined by newlines (UTF-8), and the start offset of each."""
    joined = "\n".join(texts)
    data = joined.encode("utf-8", "surrogatepass")
    lengths = map(len, texts) if len(data) == len(joined) else map(len, map(_utf8, texts))
    starts = list(accumulate(map(_PLUS_ONE, lengths), initial=0))
    starts.pop()
    return data, starts


def candidates(blocks: tuple[Block, ...], *screens) -> list[int]:
    """Indices (ascending) of the blocks where any of ``screens`` finds a match."""
    if not ENABLED:
        return list(range(len(blocks)))
    return _found(*_joined(blocks), screens) if blocks else []


def lines(texts: list[str], *screens) -> list[int]:
    """`candidates` of texts of one line each (no newline in them): a DOM cleaner's short texts."""
    if not ENABLED:
        return list(range(len(texts)))
    return _found(*_join(texts), screens) if texts else []


def long_lines(blocks: tuple[Block, ...], chars: int):
    """The indices of the blocks holding a line of ``chars`` characters or more, one at a time (the screen
    ``[^\n]{chars}``, in Python: a caller that wants the first of them only reads the body as far as it lies)."""
    for i, block in enumerate(blocks):
        text = block.text
        if not ENABLED or len(text) >= chars and \
                ("\n" not in text or any(len(line) >= chars for line in text.split("\n"))):
            yield i


def _found(data: bytes, starts: list[int], screens) -> list[int]:
    found: set[int] = set()
    for screen in screens:
        pos, end = 0, len(data)
        first = screen.first
        while pos < end:
            at = first(data, pos, end)
            if at < 0:
                break
            if data[at:at + 1] == b"\n":
                at += 1     # a match that begins at the newline before a block (``(?:^|\W)word``) is that block's
            i = bisect_right(starts, at) - 1
            found.add(i)
            pos = starts[i + 1] if i + 1 < len(starts) else end
    return sorted(found)


class Scan:
    """The candidates of ``screens`` one at a time, from any block on: ``next(i)`` is the first
    candidate at or after block ``i`` (None: none left). A cleaner that takes a run of blocks
    at once goes on after the run without the candidates inside it being found at all."""

    def __init__(self, blocks: tuple[Block, ...], *screens):
        self.count = len(blocks)
        self.screens = [s.first for s in screens]
        self.data, self.starts = _joined(blocks) if blocks and ENABLED else (b"", [])

    def next(self, i: int) -> int | None:
        if i >= self.count:
            return None
        if not ENABLED:
            return i
        data, starts, end = self.data, self.starts, len(self.data)
        best = None
        for first in self.screens:
            at = first(data, starts[i], end)
            if at < 0:
                continue
            if data[at:at + 1] == b"\n":
                at += 1
            found = bisect_right(starts, at) - 1
            best = found if best is None else min(best, found)
        return best


def where(blocks: tuple[Block, ...], test) -> list[int]:
    """Indices of the blocks for which ``test(block)`` holds (a Python screen, for what no pattern says)."""
    return [i for i, b in enumerate(blocks) if test(b)]


class SparseEditor:
    """Edits a few blocks of a body by index: ``drop(i, rule)``, ``put(i, block)``,
    ``log(rule, text, block)``; ``done()`` rebuilds the body from slices of the old one.

    Calls must come in ascending block order (then the audit trail is in the same
    order as `Editor` writes it)."""

    def __init__(self, doc: Document, cleaner: str):
        self.doc = doc
        self.cleaner = cleaner
        self.changes: dict[int, Block | None] = {}
        self.added: list[Removal] = []

    def drop(self, i: int, rule: str) -> None:
        block = self.doc.blocks[i]
        self.changes[i] = None
        if block.text:
            self.added.append(removal(self.cleaner, rule, block.text, block.origin))

    def drop_run(self, i: int, end: int, rule: str) -> None:
        """Remove blocks ``i`` to ``end - 1`` with one record: their texts joined by newlines,
        at the origin of the first."""
        blocks = self.doc.blocks
        self.changes.update(dict.fromkeys(range(i, end)))
        text = "\n".join(b.text for b in blocks[i:end])
        if text.strip("\n"):
            self.added.append(removal(self.cleaner, rule, text, blocks[i].origin))

    def put(self, i: int, block: Block) -> None:
        self.changes[i] = block

    def cut_tail(self, i: int, k: int, rule: str, chars: str | None = None) -> None:
        """Cut block ``i``'s text from character ``k`` on, logged inline under ``rule``; the head before it
        loses the trailing ``chars`` (whitespace by default) and stays."""
        block = self.doc.blocks[i]
        self.changes[i] = block.with_text(block.text[:k].rstrip(chars))
        self.log(rule, block.text[k:], block)

    def remove(self, i: int) -> None:
        """Take block ``i`` out without a record (its pieces were logged already)."""
        self.changes[i] = None

    def log(self, rule: str, text: str, block: Block | None = None) -> None:
        if text:
            origin = block.origin if block is not None else None
            self.added.append(removal(self.cleaner, rule, text, origin, inline=block is not None))

    def current(self, i: int) -> Block | None:
        """Block ``i`` as edited so far (None when dropped)."""
        return self.changes[i] if i in self.changes else self.doc.blocks[i]

    def done(self) -> Document:
        if not self.changes and not self.added:
            return self.doc
        return self.doc.replace(blocks=rebuild(self.doc.blocks, self.changes),
                                removed=self.doc.removed + tuple(self.added))


def rebuild(blocks: tuple[Block, ...], changes: dict[int, Block | None]) -> tuple[Block, ...]:
    """``blocks`` with ``changes[i]`` put in place of block ``i`` (None: removed)."""
    if not changes:
        return blocks
    out: list[Block] = []
    pos = 0
    for i in sorted(changes):
        out.extend(blocks[pos:i])
        if changes[i] is not None:
            out.append(changes[i])
        pos = i + 1
    out.extend(blocks[pos:])
    return tuple(out)


def drop_all(doc: Document, cleaner: str, cuts: Iterable[tuple[int, str]]) -> Document:
    """Remove the blocks ``(index, rule)`` (ascending) and record them."""
    edit = SparseEditor(doc, cleaner)
    for i, rule in cuts:
        edit.drop(i, rule)
    return edit.done()
