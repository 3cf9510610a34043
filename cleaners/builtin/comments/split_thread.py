"""One thread split over two page blocks (rule `split-thread`): the first comments in one container, the next
ones ("load more", a second page shown under the first) in a sibling container after it, the comments of both
in one markup. Each container's units are a family of their own (`units` groups a template's siblings under
one parent), or one unit and no family, so each block was judged alone, or the containers read as comments.

Here a family of one template with a class (a bare ``div`` or ``p`` is any page's) whose top units, two or
more, stand in one container is continued by the units of its template in the sibling containers of the
container's template after it (a second family, or a lone unit), when no more than a control's words stand
between two containers (a "load more" link or button, a page number), no heading or other text, and no more
than that beside the units in the next one; the units in page order. Two lists of one markup under their own
headings ("Most read", "Most commented") stay two; so does a list followed by a box of another template, and
so do the cells of a table's rows (a forum's author and message columns).
"""
from __future__ import annotations

from .headless import nesting
from .tree import HEADINGS, Tree
from .units import Family, Unit

RULE = "split-thread"
MAX_BETWEEN_CHARS = 40      # a control's words between two blocks, or beside the units in the next
MAX_BETWEEN_SIBLINGS = 3    # elements between two containers
ROW_TAGS = frozenset({"tr", "thead", "tbody", "tfoot"})     # a table's rows: no page blocks


def _tops(family: Family) -> list[Unit]:
    nest, _ = nesting(family.units)
    return [u for u, n in zip(family.units, nest) if n is None]


def _container(tree: Tree, family: Family, tops: list[Unit] | None = None) -> int | None:
    """The one parent of the family's two top units or more (None: none such; one top unit is no list);
    ``tops``: its `_tops`, when known."""
    tops = _tops(family) if tops is None else tops
    parents = {tree.parent[u.tops[0]] for u in tops}
    box = parents.pop() if len(parents) == 1 and len(tops) >= 2 else None
    return None if box is None or tree.tag[box] in ROW_TAGS else box     # (a row's cells are its columns)


def _next_box(tree: Tree, box: int) -> int | None:
    """The sibling after ``box`` of its tag, a few short elements at most between them (None: none such)."""
    e, between = tree.end[box] + 1, 0
    parent = tree.parent[box]
    while e < len(tree) and tree.parent[e] == parent and between <= MAX_BETWEEN_SIBLINGS:
        if tree.tag[e] == tree.tag[box]:
            return e if tree.span_chars(tree.p1[box], tree.p0[e]) <= MAX_BETWEEN_CHARS \
                and tree.key(e) == tree.key(box) and not _headed(tree, e) else None
        if _headed(tree, e) or not _control(tree, e):
            return None
        between += 1
        e = tree.end[e] + 1
    return None


def _headed(tree: Tree, e: int) -> bool:
    """A heading is or stands in ``e``: a block of its own ("Most read"), never a thread's next page."""
    return any(tree.tag[x] in HEADINGS for x in range(e, tree.end[e] + 1))


def _control(tree: Tree, e: int) -> bool:
    """``e`` holds no text but a control's: links, a button ("Load more", "2", "Next page")."""
    chars = tree.chars(e)
    return not chars or tree.link_chars(e) >= chars \
        or any(tree.tag[x] == "button" and tree.chars(x) >= chars for x in range(e, tree.end[e] + 1))


def _units_in(tree: Tree, box: int, family: Family, owner: dict[int, int], families: list[Family]) -> list[Unit]:
    """The units of the family's template in ``box``: a family there, else its elements of the template."""
    ns = {owner[e] for e in tree.children(box) if e in owner}     # (a child's unit opens at the child)
    if len(ns) == 1 and _container(tree, families[n := ns.pop()]) == box and families[n].key == family.key:
        return families[n].units
    if family.kind != "wrapped" or any(len(u.tops) > 1 for u in family.units):
        return []
    return [Unit((e,), e, tree.end[e]) for e in range(box + 1, tree.end[box] + 1)
            if not tree.skip[e] and tree.key(e) == family.key and tree.chars(e)]


def joined(tree: Tree, families: list[Family]) -> list[Family]:
    """The families, each continued by its template's units in the sibling containers after its own."""
    tops = [_tops(f) for f in families]
    owner = {u.first: n for n, f in enumerate(families) for u in tops[n] if f.units}
    out: list[Family] = []
    gone: set[int] = set()
    for n, family in enumerate(families):
        if n in gone:
            continue
        box = _container(tree, family, tops[n]) if family.units and not family.key.endswith(".") else None
        units = list(family.units)
        while box is not None and (nxt := _next_box(tree, box)) is not None:
            more = _units_in(tree, nxt, family, owner, families)
            held = sum(tree.span_chars(tree.p0[u.first], tree.p1[u.tops[-1]]) for u in _tops(Family("", "", more)))
            if not more or tree.chars(nxt) - held > MAX_BETWEEN_CHARS:
                break
            gone.update(owner[u.first] for u in more if u.first in owner)
            units += more
            box = nxt
        out.append(family if len(units) == len(family.units) else Family(family.key, family.kind, units))
    dropped = {id(families[n]) for n in gone}
    return [f for f in out if id(f) not in dropped]
