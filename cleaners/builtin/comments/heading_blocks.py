"""Comment headings: those written as a plain block (rule `block-heading`), and the heading right before a thread.

A thread's heading is often no ``<h2>`` but a paragraph or a box of a few words: ``<p>{ 14 comments… read them
below or add one }</p>``, ``<div class="title">Comments</div>``. The search for candidate units reads only the
parts of the page near a comment heading, a comment mark or a name (`evidence.PageMarks.region`); these blocks
open that part of the page too. They are found in one scan of the page's text for the nouns of a comment heading
in the page's languages (``comments`` of ``cleaners/lang``), each hit's block then read as a heading
(`vocabulary.is_heading`): at most `MAX_WORDS` words, climbed at most `LEVELS` elements up from the text, and at
most `MAX_BLOCKS` of them a page (a list of stories with "12 comments" under each opens no more). A block that is
mostly a link, a list item or a button is a control (a "Comments" tab over a sidebar's lists), no heading.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate, compress
from operator import sub

from .clock import CLOCK
from .headers import counting, counts_none
from .tree import HEADINGS, Tree
from .vocabulary import vocabulary

MAX_WORDS = 12       # a heading block's words, at most
LEVELS = 2           # elements climbed from the text to its block
MAX_BLOCKS = 20      # heading blocks read a page, at most
_NO_BLOCK = HEADINGS | {"li", "a", "button", "option", "label"}     # (headings are read as such; the rest controls)


@lru_cache(maxsize=64)
def _nouns(nouns: frozenset) -> re.Pattern:
    alternation = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)


def heading_blocks(tree: Tree, voc) -> list[int]:
    """The blocks of the page, no ``<h1>``-``<h6>``, that read as a comment heading, in page order."""
    if not voc.heading_nouns:
        return []
    # (only the pieces whose element has MAX_WORDS words at most: the block read holds that element, so no other
    # piece's hit can be one; the pattern never spans a NUL, so each piece's hits are those it had in the whole page)
    words = tree._words
    element_words = list(map(sub, map(words.__getitem__, tree.p1), map(words.__getitem__, tree.p0)))
    kept = list(compress(range(len(tree.text)), map(MAX_WORDS.__ge__, map(element_words.__getitem__, tree.owner))))
    texts = list(map(tree.text.__getitem__, kept))
    joined = "\x00".join(texts)
    starts = [0, *accumulate(map((1).__add__, map(len, texts)))]     # (each piece's offset in ``joined``)
    seen: set[int] = set()
    out: list[int] = []
    for match in _nouns(voc.heading_nouns).finditer(joined):
        e = tree.owner[kept[bisect.bisect_right(starts, match.start()) - 1]]
        for _ in range(LEVELS):
            if tree.parent[e] <= 0 or tree.words(tree.parent[e]) > MAX_WORDS:
                break
            e = tree.parent[e]
        if e in seen or tree.tag[e] in _NO_BLOCK or tree.skip[e] or tree.form[e] or not 0 < tree.words(e) <= MAX_WORDS \
                or 2 * tree.link_chars(e) > tree.chars(e):     # (a link or a tab, "Comments (3)", is a control)
            continue
        seen.add(e)
        if voc.is_heading(text := tree.flat(e)[:200]) and not counts_none(text):
            out.append(e)
        if len(seen) >= MAX_BLOCKS:
            break
    return sorted(out)


def heading_before(tree: Tree, lca: int, first: int = 0, count: int = 0) -> bool:
    """A comment heading ("12 Comments", "Leave a reply") right before the thread, or first in
    it, or right before its first unit (``first``: that unit's first element); with ``count``, the
    number of the units, a heading that counts them (`counted`) right before the first unit."""
    voc = vocabulary()
    h = tree.prev[first] if first > 0 else -1
    while h > 0 and tree.chars(h) == 0 and tree.tag[h] not in HEADINGS:
        h = tree.prev[h]      # an empty anchor between the heading and the first comment
    if h > 0 and tree.words(h) <= 30 and voc.is_heading(text := tree.flat(h)[:200]) and not counts_none(text):
        return True
    for e in (h, tree.prev[lca] if lca > 0 else -1):
        if count and e > 0 and counting(tree, e, count):
            return True
    for e in [lca, *tree.ancestors(lca, 3)]:
        if e <= 0:
            break
        for h in (tree.prev[e], e + 1 if e + 1 <= tree.end[e] else -1):
            if h > 0 and (tree.tag[h] in HEADINGS or tree.words(h) <= MAX_WORDS) and tree.chars(h) \
                    and voc.is_heading(text := tree.flat(h)[:200]) and not (CLOCK.search(text) or counts_none(text)):
                return True     # (a block with a clock time is a timed entry: "22:22 80 comments"; "0 comments": none)
    return False
