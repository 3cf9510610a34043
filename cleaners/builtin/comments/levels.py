"""Depth of flat comment lists: from depth-N/level-N classes (a widget's prefix and the word naming comments before
them: "fyre-comment-depth-2", "comment_level_1", a BEM modifier "c-thread__item--level-2", rule `depth-class`), else
from left margins (a spacer image's width counts as a margin: rule `spacer-indent`), else from links to the comment
answered (`anchors`, rule `reply-anchor`), else from a reply's class word (rule `reply-class`)."""
from __future__ import annotations

import re

from .anchors import parents_from_anchors
from .tree import Tree
from .vocabulary import vocabulary

# (rule `depth-class`: a widget's prefix whose last word names comments, a BEM element after it ("c-thread__item--"),
# then the depth's word and number)
_NUMBERED_DEPTH = re.compile(r"^(?:[\w-]*?(?:comment|reply|thread|post|message|entry|node)(?:__[a-z]+)?[-_]{1,2})?"
                             r"(?:depth|level|lvl|indent|nest|nested|nesting)[-_]?(\d{1,2})$", re.I)
SPACER_LOOK = 8          # elements at the start of a unit looked at for a spacer image
# (rule `margin-class`: a utility class of a left margin or padding, Tailwind's "ml-8", "md:pl-12", Bootstrap's "ms-3")
_MARGIN_CLASS = re.compile(r"^(?:[a-z]{2,3}:)?(?:ml|ms|pl|ps)-(\d{1,3})$")
_MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem|%)?", re.I)

INDENTED = "indented-units"     # (the evidence of a thread of sibling units whose margins tell replies: `indented`)
_MEMO = "parents_from_levels"   # (`Tree.memo`'s key of the answers, by the units' spans)


def parents_from_levels(tree: Tree, units: list) -> list[int | None]:
    """Flat lists: depth from depth-N/level-N classes, else from left margins. Asked for the same units by
    `indented` (`evidence.may_be_thread`) and by `thread.judge`: the first answer is kept for the page, by the
    units' spans, and each caller gets a copy of it (`thread` edits its own)."""
    memo = tree.memo.get(_MEMO)
    if memo is None:
        memo = tree.memo[_MEMO] = {}
    key = tuple((u.first, u.last) for u in units)
    if (found := memo.get(key)) is None:
        found = memo[key] = _parents_from_levels(tree, units)
    return list(found)


def _parents_from_levels(tree: Tree, units: list) -> list[int | None]:
    levels: list[float] = []
    for u in units:
        number = None
        margin = 0.0
        for e in [u.first, *tree.ancestors(u.first, 2)]:
            for c in tree.cls(e).split():
                if (m := _NUMBERED_DEPTH.match(c)) and number is None:
                    number = int(m.group(1))
                elif m := _MARGIN_CLASS.match(c):
                    margin += int(m.group(1))
            for m in _MARGIN.finditer(tree.attrs[e].get("style") or ""):
                margin += float(m.group(1)) * (16 if (m.group(2) or "px").endswith("em") else 1)
        levels.append(number if number is not None else margin + _spacer(tree, u))
    parents = parents_of_levels(levels)
    if any(p is not None for p in parents):
        return parents
    if replies := reply_classes(tree, units):
        return parents_of_levels(replies)
    return parents_from_anchors(tree, units) or parents     # "in reply to <a href="#comment-12">"


def reply_classes(tree: Tree, units: list) -> list[float] | None:
    """Levels of a flat list whose replies carry a class word of their own ("comment reply", "comment--reply": rule
    ``reply-class``) that the other units lack: 1 for those, 0 for the others; None when the first unit is such a
    reply, or none or all are."""
    voc = vocabulary()
    levels = [1.0 if voc.names_any(tree.cls(u.first), voc.reply_unit_tokens) else 0.0 for u in units]
    return levels if levels and not levels[0] and any(levels) else None


def parents_of_levels(levels: list[float]) -> list[int | None]:
    """Each unit's parent: the nearest unit before it at a lower level (indents 0, 5, 3: the 3 answers the 0)."""
    parents: list[int | None] = []
    stack: list[tuple[float, int]] = []     # (level, position), levels rising
    for n, level in enumerate(levels):
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents.append(stack[-1][1] if stack else None)
        stack.append((level, n))
    return parents


def depths_of(parents: list[int | None]) -> list[int]:
    """The depth of every unit: one more than its parent's."""
    depths: list[int] = []
    for p in parents:
        depths.append(depths[p] + 1 if p is not None else 0)
    return depths


def _spacer(tree: Tree, u) -> float:
    """The width of a spacer image opening the unit (rule `spacer-indent`): an ``<img>`` one pixel
    tall or less, or without a height, no alt text, before any text of the unit, whose width
    attribute indents the comment (old forums and link aggregators: ``<img src="s.gif" height="1"
    width="80">``). An image with a text before it, or one with alt text, is no spacer."""
    text, end = tree.text, tree.p1[u.first]      # (no slice: a unit holding its replies is long)
    first_text = next((k for k in range(tree.p0[u.first], end) if text[k].strip()), end)
    for e in range(u.first, min(u.last, u.first + SPACER_LOOK) + 1):
        if tree.p0[e] > first_text:
            break
        attrs = tree.attrs[e]
        if tree.tag[e] != "img" or attrs.get("alt") or not (width := attrs.get("width") or "").isdigit():
            continue
        if (attrs.get("height") or "0").strip() in ("0", "1"):
            return float(width)
    return 0.0


def indented(tree: Tree, units: list, main: int = 0, top: int = 0) -> bool:
    """Rule `indented-units`: the units' margins or depth classes set one of them under another (siblings only:
    nested units tell their replies by their markup), outside the container of the page's main text (``main``;
    ``top``: the units' common ancestor), where a changelog or a FAQ indents its entries so."""
    if len(units) < 2 or any(b.first <= a.last for a, b in zip(units, units[1:])) \
            or main > 0 and tree.contains(main, top):
        return False
    return any(p is not None for p in parents_from_levels(tree, units))
