"""Comments signed by a ``<cite>`` and nothing else (rule `cited-units`).

A comment template may print no time, no control and no heading: ``<li><div><cite>Ann Lee</cite></div><div><p>…</p>
</div></li>``, under markup whose names mean nothing. HTML gives the name its tag: a ``<cite>`` opening each of
`MIN_CITED_UNITS` units or more of one template, two names or more, after the page's main text container, marks a
thread. A quote's attribution (``<blockquote><p>…</p><cite>Ann</cite></blockquote>``, a testimonial) follows its text
or lies in a quote, and is none.
"""
from __future__ import annotations

import bisect

from .tree import Tree

MIN_CITED_UNITS = 3
_CITE, _QUOTES = frozenset({"cite"}), frozenset({"blockquote", "q", "figure"})
QUOTE_LEVELS = 3


def cites(tree: Tree) -> list[int]:
    """The page's ``<cite>`` elements, in page order (kept for the page)."""
    found = tree.memo.get("cite_elements")
    if found is None:
        found = tree.memo["cite_elements"] = tree.tagged(_CITE)
    return found


def cited_family(tree: Tree, units: list) -> bool:
    """Every unit, `MIN_CITED_UNITS` or more, holds a ``<cite>`` (`evidence.may_be_thread`)."""
    found = cites(tree)
    return len(units) >= MIN_CITED_UNITS and all(
        (k := bisect.bisect_left(found, u.first)) < len(found) and found[k] <= u.last for u in units)


def cited_units(tree: Tree, items: list, kept: list[int], authors: list, main: int) -> bool:
    """The kept units are a thread signed by ``<cite>`` elements (module docstring)."""
    if len(kept) < MIN_CITED_UNITS or len({a.casefold() for a in authors if a}) < 2 or not all(authors):
        return False
    if main > 0 and items[kept[0]].unit.first <= tree.end[main]:
        return False      # (a thread comes after the article)
    for i in kept:
        item = items[i]
        shown = [ln for ln in item.lines if ln.kind != "chrome"]
        if not shown or shown[0].named < 0 or tree.tag[shown[0].named] != "cite" \
                or any(tree.tag[a] in _QUOTES for a in tree.ancestors(item.unit.first, QUOTE_LEVELS)) \
                or tree.tag[item.unit.first] in _QUOTES:
            return False
    return True
