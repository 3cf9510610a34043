"""Depth of flat comment lists: from depth-N/level-N classes, else from left margins."""
from __future__ import annotations

import re

from .tree import Tree

_NUMBERED_DEPTH = re.compile(r"^(?:depth|level|lvl|indent|nest|nested|nesting|reply-level|thread-level|"
                             r"comment-level|comment-depth)[-_]?(\d{1,2})$", re.I)
_MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem|%)?", re.I)


def parents_from_levels(tree: Tree, units: list) -> list[int | None]:
    """Flat lists: depth from depth-N/level-N classes, else from left margins."""
    levels: list[float] = []
    for u in units:
        number = None
        margin = 0.0
        for e in [u.first, *tree.ancestors(u.first, 2)]:
            for c in tree.cls(e).split():
                if (m := _NUMBERED_DEPTH.match(c)) and number is None:
                    number = int(m.group(1))
            for m in _MARGIN.finditer(tree.attrs[e].get("style") or ""):
                margin += float(m.group(1)) * (16 if (m.group(2) or "px").endswith("em") else 1)
        levels.append(number if number is not None else margin)
    distinct = sorted(set(levels))
    parents: list[int | None] = []
    stack: list[tuple[int, int]] = []     # (rank, position)
    for n, level in enumerate(levels):
        rank = distinct.index(level) if len(distinct) > 1 else 0
        while stack and stack[-1][0] >= rank:
            stack.pop()
        parents.append(stack[-1][1] if stack else None)
        stack.append((rank, n))
    return parents
