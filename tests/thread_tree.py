"""The reply tree of a composed thread, shared by the thread harnesses: which comment answers which, drawn at
random, and the page order that shows each reply right after (the subtree of) the comment it answers."""
from __future__ import annotations


def reply_tree(rng, n: int, nests: bool, share: float, max_depth: int = 3) -> tuple[list, dict[int, int]]:
    """``(parent, pos)`` for ``n`` comments: ``parent[i]``, the comment ``i`` answers (or None), drawn with
    probability ``share`` among the earlier ones less than ``max_depth`` deep when ``nests``; ``pos``, each comment's
    place in page order. ``rng`` is drawn from only when ``nests`` and an earlier comment can take a reply."""
    parent: list = []
    for i in range(n):
        ok = [j for j in range(i) if depth(parent, j) < max_depth]
        parent.append(rng.choice(ok) if nests and ok and rng.random() < share else None)
    order: list[int] = []

    def visit(i):
        order.append(i)
        for j in range(n):
            if parent[j] == i:
                visit(j)
    for i in range(n):
        if parent[i] is None:
            visit(i)
    return parent, {old: new for new, old in enumerate(order)}


def page_order(pos: dict[int, int]) -> list[int]:
    """The comments' indices in page order (``pos`` inverted)."""
    return sorted(pos, key=pos.__getitem__)


def depth(parent: list, j: int) -> int:
    """How many replies deep comment ``j`` stands."""
    d = 0
    while parent[j] is not None:
        j, d = parent[j], d + 1
    return d
