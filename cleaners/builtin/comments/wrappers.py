"""Rule ``comment-wrapper``: which of a page's threads is read before the threads inside it; and rule
``page-wrapper-units``: a family of plain boxes without the page's wrappers among them (`unwrapped`).

`cleaner.find_sections` reads threads whose template names comments (``div.comment``) first. A page may
wrap each comment's box in an element named only by its id (``div#comment_item_7.citem``), the replies
inside the wrapper of the comment they answer: there the named boxes make one small thread per comment
with replies, and the comments without replies are in none of them. The wrapper's thread is then read first;
so is a thread of an unnamed template (``div.cmt``) holding named replies wrappers (``div.cmt__replies``) each
of which holds its units (rule ``replies-wrapper``).
"""
from __future__ import annotations

import bisect
from typing import Callable

from .thread import Thread
from .tree import Tree
from .units import Family


def wrapper_threads(threads: list[Thread], key_named: Callable[[Family], bool]) -> set[int]:
    """Rule ``comment-wrapper``: threads (ids) of units named as comments by their own names (an id
    ``comment_item_7``) but not by their template (``div.citem``), holding one thread or more of a
    template that names comments (``div.comment``) and more comments than all of those together:
    the threads inside are pieces of it (the comment boxes of the comments with replies). Units named by
    no word (``div.thread``) are such wrappers when each thread inside opens with a box that is the first
    element of a unit (``div.thread > article.comment``): a list of posts holding comment lists is not."""
    named = sorted(((t.family.units[0].first, t.family.units[-1].last, t.size, k) for k, t in enumerate(threads)
                    if t.size >= 2 and key_named(t.family)))
    out = set()
    for t in threads:
        if t.size < 3 or key_named(t.family):
            continue
        a, b = t.family.units[0].first, max(u.last for u in t.family.units)
        if any(n0 < a and n1 >= b and size > t.size for n0, n1, size, _ in named):
            continue    # reply wrappers inside a larger thread named so (div.indented): rule `enclosed-wrapper`
        k = bisect.bisect_left(named, (a, -1, 0, 0))
        inner, starts, boxed, holding = [], {u.first + 1 for u in t.family.units}, True, True
        firsts = sorted(u.first for u in t.family.units)
        while k < len(named) and named[k][0] <= b and len(inner) < t.size:
            if named[k][1] <= b:
                inner.append(named[k][2])
                boxed = boxed and named[k][0] in starts
                holding = holding and _wrap_units(threads[named[k][3]].family, firsts)
            k += 1
        if inner and sum(inner) < t.size and (t.units_named or boxed or holding):
            out.add(id(t))
    return out


def _wrap_units(family: Family, firsts: list[int]) -> bool:
    """Every unit of ``family`` holds a unit starting at one of ``firsts`` (sorted): a replies wrapper whose name says
    "replies" (``div.cmt__replies > div.cmt``), not comments of their own under the units (rule `replies-wrapper`)."""
    for u in family.units:
        k = bisect.bisect_right(firsts, u.first)
        if k >= len(firsts) or firsts[k] > u.last:
            return False
    return True


def unwrapped(tree: Tree, families: list[Family], main: int) -> list[Family]:
    """Rule ``page-wrapper-units``: plain boxes (``div`` without a class) nest in one another, and the family
    of the replies nested in comments takes in the page's own boxes: the one holding the main text
    (``main``) and the article and its comments (``div#content``), the one holding the comments and their
    heading. Those lead the family and hold all its other units: they go, the comments are what is left
    (a family whose first unit holds the main text is refused whole: `thread.main_holder`)."""
    out = []
    for family in families:
        units = family.units
        if main > 0 and len(units) > 3 and family.key[-1] == "." and units[0].first <= main <= units[0].last \
                and units[0].last >= units[-1].last:
            last = units[-1].last
            k = next((k for k, u in enumerate(units) if u.last < last), len(units))
            if len(units) - k >= 2:
                family = Family(family.key, family.kind, units[k:])
        out.append(family)
    return out
