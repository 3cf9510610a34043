"""Rule ``marked-siblings``: the boxes of a thread that hold no mark (rule ``indented-units`` is `levels.indented`).

``marked-siblings`` (`evidence.PageMarks.region`): the unit search reads only the elements near a mark (a time, a
reply control, an avatar...). A comment without one (its date left out, no control) is a box of the same template as
its neighbours that hold one; when two boxes or more of one parent and one template (tag and classes) hold a mark,
the parent's other boxes of that template are read too, as `marked-list` reads a list's other items.

``indented-units`` (`levels.indented`, asked by `evidence.may_be_thread` and `thread.judge`): units that are
siblings, with times in half of them at least, whose left margins (or depth classes, `levels`) set some of them under
an earlier one: replies shown by indentation, not by nesting the markup, as a nested thread shows them by nesting.
"""
from __future__ import annotations

from .tree import Tree

BOXES = frozenset(("div", "article", "section", "dd", "dt"))   # (<li>: `marked-list`; a table forum's <tr>: none)


def count_mark(tree: Tree, lists: dict[int, int], boxes: dict[tuple, int], e: int) -> None:
    """One more mark inside ``e``: a list item's (rule `marked-list`, by its list) or a box's (by its parent and
    template)."""
    tag = tree.tag[e]
    if tag == "li":
        lists[tree.parent[e]] = lists.get(tree.parent[e], 0) + 1
    elif tag in BOXES:
        box = (tree.parent[e], tag, tree.classes[e])
        boxes[box] = boxes.get(box, 0) + 1


def marked_siblings(tree: Tree, region: bytearray, boxes: dict[tuple, int]) -> None:
    """Rule `marked-siblings`: the boxes of a parent and a template two of which hold a mark (``boxes``) put their
    siblings of that template, and what they hold, in ``region``."""
    tags, classes, end = tree.tag, tree.classes, tree.end
    for (p, tag, cls), marked in boxes.items():
        if marked < 2 or p <= 0:
            continue
        for c in tree.children(p):
            if not region[c] and tags[c] == tag and classes[c] == cls:
                region[c:end[c] + 1] = b"\x01" * (end[c] + 1 - c)

