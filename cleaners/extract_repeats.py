"""A run of the extraction's blocks printed again, dropped (rule ``repeated-run``).

trafilatura's recovery of "wild" text, on a page whose main pass found little, also takes the
``<div>`` that holds the paragraphs it already has, in recall mode (the mode the pipeline runs
it in): the short article comes out twice, its date line, headline and paragraphs, then all of
them again. A run of `MIN_RUN` blocks or more (`MIN_RUN_CHARS` characters or more) that repeats
the blocks right before it, block for block, in the same order, is that copy: it is dropped and
logged in ``removed``. A single line printed twice (a credit under each photo, "Advertisement"),
or a short pair of them, stays: it is the page's, and other rules judge it. So does a run that
recurs after other blocks: a meal plan's lines under each day, a product's feature list under
each offer, a refrain; the article prints them so.
"""
from __future__ import annotations

from .document import Block, Removal, removal

RULE = "repeated-run"
MIN_RUN = 2            # blocks of a repeated run
MIN_RUN_CHARS = 150    # characters of a repeated run


def drop_repeated_runs(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Removal, ...]]:
    """``blocks`` without the runs that repeat the run right before them block for block (module docstring),
    and the removals of the blocks dropped."""
    texts = [" ".join(b.text.split()) for b in blocks]
    first: dict[str, int] = {}
    same = _RunHashes(texts)
    ends = [0]                     # ends[k]: characters of texts[:k]
    for t in texts:
        ends.append(ends[-1] + len(t))
    keep = [True] * len(blocks)
    j = 0
    while j < len(texts):
        i = first.setdefault(texts[j], j)
        run = j - i                # the copy of texts[i:j] that would start at j
        if (i < j and run >= MIN_RUN and j + run <= len(texts) and ends[j + run] - ends[j] >= MIN_RUN_CHARS
                and same(i, j, run) and texts[i:j] == texts[j:j + run]):
            keep[j:j + run] = [False] * run
            j += run
        else:
            j += 1
    if all(keep):
        return blocks, ()
    dropped = tuple(removal("extract", RULE, b.text) for b, kept in zip(blocks, keep) if not kept)
    return tuple(b for b, kept in zip(blocks, keep) if kept), dropped


class _RunHashes:
    """Polynomial hashes of the prefixes of a list of texts: whether two runs of it are alike, in constant time (a
    run that hashes alike is then compared text for text, which a match pays once: the run is dropped and skipped).
    A page of thousands of repeated lines costs a pass over them, not one comparison of the rest per line."""
    MOD = (1 << 61) - 1
    BASE = 1_000_003

    def __init__(self, texts: list[str]):
        ids: dict[str, int] = {}
        self.prefix, self.power = [0], [1]
        for t in texts:
            code = ids.setdefault(t, len(ids) + 1)
            self.prefix.append((self.prefix[-1] * self.BASE + code) % self.MOD)
            self.power.append(self.power[-1] * self.BASE % self.MOD)

    def _of(self, start: int, length: int) -> int:
        return (self.prefix[start + length] - self.prefix[start] * self.power[length]) % self.MOD

    def __call__(self, a: int, b: int, length: int) -> bool:
        return self._of(a, length) == self._of(b, length)
