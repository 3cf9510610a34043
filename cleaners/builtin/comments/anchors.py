"""Parents of a flat comment list named by links (rule `reply-anchor`).

A flat list whose replies are not nested, indented nor classed by depth may still say whom each
reply answers: a short line of the reply links to the anchor of an earlier comment ("in reply to
<a href="#comment-12">Ann</a>", "↪ #3"). Such a link makes that comment the reply's parent: the
link's target is the id of an element of an earlier unit, or of an empty anchor right before it,
and the link stands in a block of at most ``MAX_LINK_WORDS`` words (a header line, not a
comment's prose). A link to the comment itself (its permalink), to a later one or to anything
else on the page (``#respond``, ``#top``) names no parent.
"""
from __future__ import annotations

from .tree import Tree

MAX_LINK_WORDS = 12


def parents_from_anchors(tree: Tree, units: list) -> list[int | None] | None:
    """The parent (a position in ``units``) of every unit, None where no link names one; None
    when no unit links to an earlier one."""
    ids: dict[str, int] = {}
    for n, u in enumerate(units):
        before = tree.prev[u.first]
        if before > 0 and tree.tag[before] == "a" and not tree.chars(before):
            for name in ("id", "name"):
                if value := tree.attrs[before].get(name):
                    ids.setdefault(value, n)
        for e in range(u.first, u.last + 1):
            if value := tree.attrs[e].get("id"):
                ids.setdefault(value, n)
    parents: list[int | None] = [None] * len(units)
    for n, u in enumerate(units):
        for e in range(u.first, u.last + 1):
            href = tree.attrs[e].get("href") if tree.tag[e] == "a" else None
            if not href or href[0] != "#" or (p := ids.get(href[1:])) is None or p >= n:
                continue
            if tree.words(tree.block[e]) <= MAX_LINK_WORDS:
                parents[n] = p
                break
    return parents if any(p is not None for p in parents) else None
