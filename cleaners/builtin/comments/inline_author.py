"""A comment's author written inline at the start of its text (rule `inline-author`).

Some systems print the commenter's name and the comment in one block: ``<div><a
class="comment-author">Ann</a> <span>I agree with the council.</span></div>`` (the Facebook
plugin, chat-like and mobile layouts). The line opens with an author-named element (`evidence.role`)
inside the block, short (at most ``MAX_NAME_WORDS``), and goes on with text after it that is
prose: a sentence's stop in it, or more words than a header holds, and no date. The name is then a
line of its own, so that the author is read and the text stays the comment's. A header line
("<a class="author">Ann</a> on 3 May 2012 at 9:59") is left whole.

The name may close the line instead (rule `dashed-signature`, `author_after`): "The bridge is too narrow. –
<a class="comment-user">Ann</a> <span class="comment-date">5 hours ago</span>", the comments under a Q&A
answer: a dash, an author-named element and nothing after it but a date or an age, after two words of text or
more (a date or an age the words of no file read is one when a date-named element holds it: rule `dated-tail`).
The dash and what follows are a line of their own (the comment's header); a name in the middle of a
sentence, or one followed by more words than a date, is left in the text.

`aged`: a piece of a line after its first is an age ("by Ann » 5 hours ago"), the line a byline with its time
(rule `byline-time`, read by items).
"""
from __future__ import annotations

import re

from .evidence import AUTHOR, DATE, role
from .tree import Tree
from .vocabulary import _EDGE_PUNCT, vocabulary, written_date

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


_DASHES = ("–", "—", "-")
MAX_TAIL_WORDS = 8        # the date or age after the name


def author_after(tree: Tree, pieces: list[int], line: str) -> int:
    """Where a closing "– Name date" of the line (its text ``line``) starts (0: none; rule `dashed-signature`)."""
    if "–" not in line and "—" not in line and " - " not in line:
        return 0      # (a screen: most lines hold no dash)
    text, n = tree.text, len(pieces)
    k, tail = n - 1, 0
    while k > 0 and _named(tree, tree.owner[pieces[k]]) < 0:
        tail += tree.span_words(pieces[k], pieces[k] + 1)
        if tail > MAX_TAIL_WORDS:
            return 0
        k -= 1
    if k <= 0 or (author := _named(tree, tree.owner[pieces[k]])) < 0 or tree.words(author) > MAX_NAME_WORDS:
        return 0
    rest = " ".join("".join(text[p] for p in pieces[k + 1:]).split())
    while k > 0 and tree.contains(author, tree.owner[pieces[k - 1]]):
        k -= 1
    if rest and written_date(rest) is None and not vocabulary().is_relative_time(rest) \
            and not _date_named(tree, pieces[k + 1:]):
        return 0
    before = "".join(text[p] for p in pieces[:k]).rstrip()
    if not before.endswith(_DASHES) or len(before.split()) < 3:
        return 0
    while k > 0 and text[pieces[k - 1]].strip() in _DASHES:     # the dash opens the header line
        k -= 1
    return k


def _date_named(tree: Tree, pieces: list[int]) -> bool:
    """Every piece in a date-named element ("<span class='comment-date'>4 orë më parë</span>": an age in
    words no file holds; rule `dated-tail`), none of them over ``MAX_NAME_WORDS`` words."""
    for p in pieces:
        e, found = tree.owner[p], False
        for _ in range(3):
            if e <= 0:
                break
            if (tree.roles[e] if tree.roles[e] >= 0 else role(tree, e)) & DATE and tree.words(e) <= MAX_NAME_WORDS:
                found = True
                break
            e = tree.parent[e]
        if not found:
            return False
    return bool(pieces)


def _named(tree: Tree, e: int) -> int:
    """The author-named element holding ``e`` (``e`` or one of its two nearest ancestors), or -1."""
    for _ in range(3):
        if e <= 0:
            return -1
        if (tree.roles[e] if tree.roles[e] >= 0 else role(tree, e)) & AUTHOR:
            return e
        e = tree.parent[e]
    return -1


def aged(tree: Tree, pieces: list[int], voc) -> bool:
    """A piece of the line after its first is an age: "by Ann » 5 hours ago" (rule `byline-time`)."""
    return any(voc.is_relative_time(_EDGE_PUNCT.sub("", tree.text[k])) for k in pieces[1:])
