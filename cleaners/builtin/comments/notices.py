"""Link notices: a thread of pingbacks and trackbacks alone is no readers' thread (rule `link-notices`).

Blog software lists, among the comments, the notices of other pages that link to the post: a
unit classed as such (``li.pingback``, ``li.trackback``: markup words ``comment_type``), or an
excerpt of the other page framed by elision marks ("[…] the linking page's words […]"), under
that page's title. Beside readers' comments they stay comments (the thread shows them so); a
section holding nothing else has no comment: its notices go to ``removed`` (``link-notices``),
and the section is cut as any other.
"""
from __future__ import annotations

import re

from .thread import Thread
from .tree import Tree
from .vocabulary import vocabulary

RULE = "link-notices"
_ELISION = r"\[\s?(?:\.\.\.|\u2026)\s?\]"
_FRAMED = re.compile(rf"^{_ELISION}.*{_ELISION}$", re.S)    # (anchored both ends: one pass, no backtracking blow-up)


def _notice(tree: Tree, thread: Thread, i: int, text: str) -> bool:
    unit = thread.items[i].unit
    classes = {c for e in unit.tops for c in tree.cls(e).lower().split()}
    return bool(vocabulary().comment_types & classes) or bool(_FRAMED.match(text.strip()))


def notices_only(tree: Tree, thread: Thread) -> bool:
    """Every comment of ``thread`` is a link notice (a pingback, a trackback)."""
    return bool(thread.kept) and all(_notice(tree, thread, i, text) for i, text in zip(thread.kept, thread.texts))
