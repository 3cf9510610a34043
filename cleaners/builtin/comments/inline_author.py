"""A comment's author written inline at the start of its text (rule `inline-author`).

Some systems print the commenter's name and the comment in one block: ``<div><a
class="comment-author">Ann</a> <span>I agree with the council.</span></div>`` (the Facebook
plugin, chat-like and mobile layouts). The line opens with an author-named element (`evidence.role`)
inside the block, short (at most ``MAX_NAME_WORDS``), and goes on with text after it that is
prose: a sentence's stop in it, or more words than a header holds, and no date. The name is then a
line of its own, so that the author is read and the text stays the comment's. A header line
("<a class="author">Ann</a> on 3 May 2012 at 9:59") is left whole.
"""
from __future__ import annotations

import re

from .evidence import AUTHOR, role
from .tree import Tree
from .vocabulary import written_date

MAX_NAME_WORDS = 6        # an inline author element holds at most this many words
CLIMB = 4                 # levels between the line's first piece and its block looked at
_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?…](?:\s|$)")


def author_at(tree: Tree, pieces: list[int], header_words: int) -> int:
    """Where the text after an inline author element opening the line starts (0: no such split)."""
    if len(pieces) < 2:
        return 0
    first = tree.owner[pieces[0]]
    block = tree.block[first]
    e, found, level = first, -1, 0
    while e > 0 and e != block and level < CLIMB:
        r = tree.roles[e] if tree.roles[e] >= 0 else role(tree, e)
        if r & AUTHOR:
            found = e
        e, level = tree.parent[e], level + 1
    if found < 0 or e != block or tree.words(found) > MAX_NAME_WORDS:
        return 0
    k = 0
    while k < len(pieces) and tree.contains(found, tree.owner[pieces[k]]):
        k += 1
    if k == len(pieces) or not "".join(tree.text[p] for p in pieces[:k]).strip():
        return 0
    rest = " ".join("".join(tree.text[p] for p in pieces[k:]).split()).lstrip(":-–—|· ")
    words = len(rest.split())
    if words < 2 or written_date(rest) is not None:
        return 0
    return k if _SENTENCE.search(rest) or words > header_words else 0
