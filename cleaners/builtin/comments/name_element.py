"""The author of a comment is the text of the element holding the name, not what is glued beside it
(rule `name-element`).

* An author-named element that holds other lines of the unit too (a poster's box: the name, a user
  title, counters; "Ann" / "Member" / "Posts: 185") gives its first line, not its whole text
  ("AnnJr. MemberPosts: 185").
* A header line made of pieces of several elements side by side ("<span>Sophie B.</span><span>Seattle</span>",
  "<a>Ann</a> <span>Chrome 120</span> <span>Windows 10</span>", "<strong>Ann</strong> commented
  <a>11 hours ago</a>") whose first piece is an element of its own holding a name gives that
  element's text: a location, a browser badge or a "commented" tail is no part of the name.
"""
from __future__ import annotations

from .tree import Tree
from .vocabulary import written_date

RULE = "name-element"
MAX_NAME_WORDS = 6


def refined(tree: Tree, lines: list, line, name: str, voc) -> str:
    """``name`` (read from the line or its author-named element) cut to the name element's own text
    when it opens with it and goes on (`box_name`, `first_element_name`)."""
    own = box_name(tree, lines, line) if line.named >= 0 else None
    own = own or first_element_name(tree, line, voc)
    if own and len(name) > len(own) and name.startswith(own) and voc.name_like(own) and not written_date(own):
        return own
    return name


def box_name(tree: Tree, lines: list, line) -> str | None:
    """The first line of the author-named element of ``line`` when it holds other lines of the unit
    (None: it holds this line alone)."""
    first, last, inside = line.named, tree.end[line.named], None     # (`Tree.contains`, read in place)
    for ln in lines:
        if first <= ln.owner <= last:
            if inside is not None:
                return inside.text
            inside = ln
    return None


def first_element_name(tree: Tree, line, voc) -> str | None:
    """The text of the element holding the line's first piece, when the line goes on in other elements
    (None: the line's own block holds it, the next piece is in the same element or link, or the line
    ends with the text of the element holding both)."""
    pieces = [k for k in line.pieces if tree.text[k].strip()]
    if len(pieces) < 2:
        return None
    e, after = tree.owner[pieces[0]], tree.owner[pieces[1]]
    block = tree.block[e]
    if e == block or tree.contains(e, after):
        return None
    a = tree.parent[e]
    while a > block and not tree.contains(a, after):
        a = tree.parent[a]
    if a > block and tree.tag[a] == "a" or after == a and len(pieces) == 2:
        return None    # ("<a><b>Ann</b> Lee</a>", "<span><b>Ann</b> Lee</span>": one name)
    text = " ".join(tree.text[pieces[0]].split())
    return text if text and len(text.split()) <= MAX_NAME_WORDS else None
