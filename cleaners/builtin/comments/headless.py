"""A family that `thread.judge` refuses, told before it is read: units of one line each, no machine date.

A thread needs most of its comments headed (`thread.judge`: an author, a date, or a date or meta line
beside the comment's body), and only a unit with a body line is a comment. A unit of one line at most
(its own text in one block, no ``<br>``, no split of a score, an inline author or a dashed signature
off it: `items._scores_apart`) has no line left for a header once that line is its body: the author
and meta lines are of other kinds, and no step of the reading or the judging makes a line a body line
again (a slot's line becomes an author or chrome, a quote or a signature chrome). Its date can then
come only from an element's machine-readable date (`elements.STAMP`). A family whose every unit is so
and holds no such element has no headed comment: it is refused unread, and the reading it would have
cost is charged to the budget all the same (`cleaner.find_threads`), so that what is read after it is
what was read before.
"""
from __future__ import annotations

from .elements import stamped
from .inline_author import author_at
from .kinds import SHORT_META_WORDS
from .tree import Tree
from .units import Family, Unit

_DASHES = ("-", "\u2013", "\u2014")      # what `inline_author.author_after` needs in the line ("–", "—", " - ")


def nesting(units: list[Unit]) -> tuple[list[int | None], list[list[int]]]:
    """The unit each unit is nested in (None: none) and the units nested right in each, by position."""
    nest: list[int | None] = []
    stack: list[int] = []
    children: list[list[int]] = [[] for _ in units]
    for k, u in enumerate(units):
        while stack and not units[stack[-1]].first <= u.first <= units[stack[-1]].last:
            stack.pop()
        nest.append(stack[-1] if stack else None)
        if stack:
            children[stack[-1]].append(k)
        stack.append(k)
    return nest, children


MIN_CHAIN = 3     # units of an unclosed chain, at least (`unclosed_chain`)
SOURCE = "source"     # the key of the page's HTML source in `Tree.memo` (`unclosed_chain`)


def unclosed_chain(tree: Tree, units: list[Unit], nest: list[int | None]) -> bool:
    """Rule `unclosed-chain`: every unit but the first stands right in the one before it (its parent is that unit's
    element, no box of replies between them) and reaches to its end: comment ``<div>``s never closed, which the parser
    nests each in the one before: the page's source closes fewer elements of their tag than it opens, by one less
    than the units at least (a thread nested so on purpose closes each reply). They are siblings on the page, no
    replies."""
    if len(units) < MIN_CHAIN or not all(nest[k] == k - 1 and tree.parent[units[k].first] == units[k - 1].first
                                         and units[k].last == units[k - 1].last for k in range(1, len(units))):
        return False
    tag, source = tree.tag[units[0].first], tree.memo.get(SOURCE) or ""
    return source.count(f"<{tag}") - source.count(f"</{tag}") >= len(units) - 1     # (the parser closed them)


def own_size(tree: Tree, u: Unit, holes: list[Unit]) -> int:
    """How many pieces and elements `items._own` gives the unit (its budget cost, less one), uncounted."""
    p0, p1 = tree.p0, tree.p1
    size, k, e = 0, p0[u.first], u.first
    for h in holes:
        size += max(0, p0[h.first] - k) + max(0, h.first - e)
        k, e = p1[h.tops[-1]], h.last + 1
    return size + max(0, p1[u.tops[-1]] - k) + max(0, u.last + 1 - e)


def headless(tree: Tree, family: Family, budget: list[int]) -> bool:
    """Every unit of one line at most and without a machine date: no headed comment, and the cost of the
    family's reading (`items.read_items`) is taken from ``budget``. (A budget so run out stops the search at
    the next family read, as it would have stopped at this one: no thread is found in between.)"""
    units = family.units
    _, children = nesting(units)
    lo, hi = 0, -1      # (elements lo..hi were read for a stamp: a nested unit's are read once, not once a depth)
    for k, u in enumerate(units):
        start = hi + 1 if lo <= u.first <= hi else u.first
        if not _one_line(tree, u, not children[k]) or any(map(stamped, [tree] * max(0, u.last + 1 - start),
                                                               range(start, u.last + 1))):
            return False
        lo, hi = (min(lo, u.first), max(hi, u.last)) if u.first <= hi + 1 and u.last >= lo - 1 else (u.first, u.last)
    budget[0] -= sum(own_size(tree, u, [units[c] for c in children[k]]) + 1 for k, u in enumerate(units))
    return True


def _one_line(tree: Tree, u: Unit, bare: bool) -> bool:
    """The unit's own text is one line at most, never split (``bare``: no unit nested in it; else one piece)."""
    a, b = tree.p0[u.first], tree.p1[u.tops[-1]]
    if b - a <= 1:
        return True     # (one piece: one line or none, and a split takes two)
    if not bare:
        return False
    text, owner, block = tree.text, tree.owner, tree.block
    first = block[owner[a]]
    for k in range(a, b):
        piece = text[k]
        if piece == "\n" or block[owner[k]] != first or any(d in piece for d in _DASHES):
            return False
    if text[b - 1].rstrip()[-1:] in (")", "]"):
        return False    # (a score closing a title: `headlines.score_at`)
    return not author_at(tree, list(range(a, b)), SHORT_META_WORDS)
