"""What one element of a comment unit marks, as `items` reads it: found once per element and page.

A page's elements are read by every candidate family whose units hold them (a thread's boxes and
the smaller families inside them: their bodies, their nested replies), so what each element says
of itself is kept in ``tree.element_marks`` (bits, -1 until known): an avatar image, a ``<time>``,
an attribute that may hold a machine date, a short element whose names say it is a control, a
vote counter or the author's element (its role: `evidence.role`).
"""
from __future__ import annotations

from .evidence import AUTHOR, CHROME, REPLY, VOTE, is_avatar, role
from .tree import Tree

AVATAR, TIME, STAMP, ROLE = 1, 2, 4, 8
ROLE_WORDS = 8            # an element of more words is read for its role by no caller of `marks`


def marks(tree: Tree, e: int) -> int:
    """The bits of element ``e`` (none for an element without attributes: a script's), kept."""
    known = tree.element_marks[e]
    if known >= 0:
        return known
    attrs, tag = tree.attrs[e], tree.tag[e]
    found = TIME if tag == "time" else 0     # (a <time> without attributes too: "<time>10 sigħat ilu</time>")
    if attrs:
        if tag == "img" and is_avatar(attrs):
            found = AVATAR
        if _stamp(tag, attrs):
            found |= STAMP
        words = tree._words     # (`Tree.words`, read in place: every element of a unit read is asked)
        if words[tree.p1[e]] - words[tree.p0[e]] <= ROLE_WORDS \
                and (r if (r := tree.roles[e]) >= 0 else role(tree, e)) & (REPLY | VOTE | CHROME | AUTHOR):
            found |= ROLE
    tree.element_marks[e] = found
    return found


def stamped(tree: Tree, e: int) -> bool:
    """Element ``e`` has the `STAMP` bit of `marks` (its other bits are not looked for)."""
    known = tree.element_marks[e]
    if known >= 0:
        return bool(known & STAMP)
    attrs = tree.attrs[e]
    return bool(attrs) and _stamp(tree.tag[e], attrs)


def _stamp(tag: str, attrs) -> bool:
    """A ``<time>``, or an attribute that may hold a machine date: ``datetime``, a name ending with
    "timestamp" (``data-timestamp``; the join screens fast)."""
    return tag == "time" or "datetime" in attrs or "timestamp" in "".join(attrs) \
        and any(n.endswith("timestamp") for n in attrs)
