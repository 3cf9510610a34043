"""Units of a thread's template that are the section's chrome, not comments (rule `chrome-unit`).

A comment shows who wrote it or when: a unit without an author, a date or a comment mark (a reply
or vote control, an avatar, a time, "says:") among units that show theirs is no comment when

* it holds every other unit of the family: the section's own box sharing the comments' template
  (a heading, "Sign in to comment", the community guidelines above the thread), which would
  otherwise be read as a first comment with the whole thread as its replies; or
* its text is all controls: links and buttons only, a few words ("Sign in with GitHub").

What such a unit holds is logged as ``comment-chrome``; the comments inside it lose it as a parent.
"""
from __future__ import annotations

from .items import Item
from .tree import Tree

RULE = "chrome-unit"
HEADER_MARKS = frozenset({"reply", "vote", "time", "avatar", "said", "profile"})
MAX_CONTROL_WORDS = 6     # a unit of controls alone ("Sign in with GitHub", "Load more") is short


def headed(item: Item, author: str | None) -> bool:
    """The unit shows an author or a date (the header of a comment)."""
    return bool(author or item.date or any(ln.kind in ("author", "date", "meta") for ln in item.lines))


def chrome_units(tree: Tree, items: list[Item], kept: list[int], authors: list[str | None]) -> set[int]:
    """Positions in ``kept`` of the units that are chrome (none unless two other units are headed)."""
    bare = [n for n, i in enumerate(kept) if not headed(items[i], authors[n]) and not items[i].marks & HEADER_MARKS]
    if not bare or sum(1 for n, i in enumerate(kept) if headed(items[i], authors[n])) < 2:
        return set()
    units = [items[i].unit for i in kept]
    first, last = min(u.first for u in units), max(u.last for u in units)
    out = set()
    for n in bare:
        unit = units[n]
        if unit.first <= first and last <= unit.last or _controls(tree, items[kept[n]]):
            out.add(n)
    return out


def _controls(tree: Tree, item: Item) -> bool:
    """The unit's text is links and buttons alone, a few words."""
    body = item.body()
    if not body or sum(ln.words for ln in body) > MAX_CONTROL_WORDS:
        return False
    top = item.unit.tops[0]
    for line in body:
        for k in line.pieces:
            e = tree.owner[k]
            if not tree.text[k].strip() or tree.link[e]:
                continue
            if tree.tag[e] != "button" and not any(tree.tag[a] == "button" for a in _up_to(tree, e, top)):
                return False
    return True


def _up_to(tree: Tree, e: int, top: int):
    while e > top:
        e = tree.parent[e]
        yield e
