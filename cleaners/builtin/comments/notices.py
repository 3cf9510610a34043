"""Link notices: a thread of pingbacks and trackbacks alone is no readers' thread (rule `link-notices`).

Blog software lists, among the comments, the notices of other pages that link to the post: a
unit classed as such (``li.pingback``, ``li.trackback``: markup words ``comment_type``), or an
excerpt of the other page framed by elision marks ("[…] the linking page's words […]"), under
that page's title. Beside readers' comments they stay comments (the thread shows them so); a
section holding nothing else has no comment: its notices go to ``removed`` (``link-notices``),
and the section is cut as any other.

A reblog notice ("Reblogged this on Ann's blog.", "… and commented: …": language data
``reblogged``, the words WordPress writes in the page's language) says that another blog copied the
post: a notice, never a comment, beside readers' comments too (rule `reblog-notice`: a notice that
no comment answers goes to ``removed``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from .thread import Thread
from .tree import Tree
from .vocabulary import vocabulary

RULE = "link-notices"
REBLOG = "reblog-notice"
_ELISION = r"\[\s?(?:\.\.\.|\u2026)\s?\]"
_FRAMED = re.compile(rf"^{_ELISION}.*{_ELISION}$", re.S)    # (anchored both ends: one pass, no backtracking blow-up)


@lru_cache(maxsize=32)
def _reblog(langs: tuple[str, ...] | None) -> re.Pattern | None:
    words = sorted({w.lower() for w in lang.words("reblogged", langs)}, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"^(?:{alternation})\s", re.I) if alternation else None


def is_reblog(text: str) -> bool:
    """``text`` opens with a reblog notice's words in the page's languages ("Reblogged this on …")."""
    pattern = _reblog(vocabulary().langs)
    return pattern is not None and bool(pattern.match(text.lstrip()[:200]))


def reblogs(thread: Thread) -> set[int]:
    """The positions (in ``thread.kept``) of its reblog notices that no kept comment answers."""
    answered = set(p for p in thread.parents if p is not None)
    return {n for n, text in enumerate(thread.texts) if n not in answered and _reblog_text(text)}


def _reblog_text(text: str) -> bool:
    """A reblog notice, maybe after the reblogger's name read as a line of its text ("txw\n\nReblogged …")."""
    head, _, rest = text.partition("\n\n")
    return is_reblog(text) or bool(rest) and len(head.split()) <= 4 and not head.rstrip().endswith((".", "!", "?")) \
        and is_reblog(rest)


def _notice(tree: Tree, thread: Thread, i: int, text: str) -> bool:
    unit = thread.items[i].unit
    classes = {c for e in unit.tops for c in tree.cls(e).lower().split()}
    return bool(vocabulary().comment_types & classes) or bool(_FRAMED.match(text.strip())) or is_reblog(text)


def notices_only(tree: Tree, thread: Thread) -> bool:
    """Every comment of ``thread`` is a link notice (a pingback, a trackback)."""
    return bool(thread.kept) and all(_notice(tree, thread, i, text) for i, text in zip(thread.kept, thread.texts))
