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
    keep = [True] * len(blocks)
    j = 0
    while j < len(texts):
        i = first.get(texts[j])
        if i is None:
            first[texts[j]] = j
            j += 1
            continue
        run = 0
        while j + run < len(texts) and i + run < j and texts[i + run] == texts[j + run]:
            run += 1
        if run >= MIN_RUN and i + run == j and sum(len(texts[j + k]) for k in range(run)) >= MIN_RUN_CHARS:
            keep[j:j + run] = [False] * run
            j += run
        else:
            j += 1
    if all(keep):
        return blocks, ()
    dropped = tuple(removal("extract", RULE, b.text) for b, kept in zip(blocks, keep) if not kept)
    return tuple(b for b, kept in zip(blocks, keep) if kept), dropped
