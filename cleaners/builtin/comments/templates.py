"""Template keys: what elements of one template (a comment, a post, a teaser) share.

An element's key is its tag and classes, without the classes that vary from one element of the
template to the next (numbers, odd/even, depth, by-author marks, a reply's or a top-level comment's
mark: "fbCommentReply", "fbTopLevelComment", rule `reply-class`); when a class names comments,
the plainest such class alone stands for them (`template_key`). A slot of the template whose
texts differ in every unit holds the comments' titles (`titles`).
"""
from __future__ import annotations

import re
from functools import lru_cache

_TRAILING_NUMBER = re.compile(r"(?<=[a-z]{3})\d{1,2}$")
_ALTERNATING = re.compile(r"(?<=[a-z]{3})[-_](?:odd|even|alt)$")
_NOISE = re.compile(r"(?:^|[-_])\d+$|\d{3,}|^[a-z]{1,2}\d+$|^(?:even|odd|alt|first|last|parent|thread[-_].*|depth.*|level.*|byuser|bypostauthor|"
                    r"comment-author-.*|by-.*|reply|is-reply|[a-z]+reply|[a-z]*toplevel[a-z]*|top-level.*|child|is-child|nested|indented|sub-?comment|response|highlighted|selected|active|open|collapsed|expanded|new|clearfix|"
                    r"clear|group|cf)$")


@lru_cache(maxsize=32768)
def template_key(tag: str, cls: str) -> str:
    """Tag and class: elements of one template share it. Classes that vary from one comment
    to the next (numbers, odd/even, depth, by-author marks) are left out; when a class names
    comments, the plainest such class alone stands for them. Cached: the same tags and
    classes come back on every page of a site."""
    from .vocabulary import vocabulary
    # "jomentry1"/"jomentry2", "item3", "comment-odd"/"comment-even": classes numbered or alternating in turn
    classes = [_TRAILING_NUMBER.sub("", _ALTERNATING.sub("", c)) for c in cls.lower().split() if not _NOISE.search(c)]
    # "qa-a-list-item qa-a-list-item-selected", "card card--accepted": a state of another class (rule `modifier-class`)
    classes = [c for c in classes if not any(c.startswith(b) and c[len(b):len(b) + 1] in "-_" and len(c) > len(b) + 1
                                             for b in classes if b != c)]
    voc = vocabulary()
    named = [c for c in classes if voc.names_comments(c)]
    if named:    # the plainest of them: "comment", not "comment-odd", "comment-has-avatar"
        return f"{tag}.{min(named, key=lambda c: (len(voc.name_words(c)), len(c), c))}"
    if voc.comment_types.intersection(classes):     # a pingback in the comments' template
        return f"{tag}.comment"
    return f"{tag}.{' '.join(sorted(classes))}"


_WORD = re.compile(r"[^\W\d_]{2,}")
TITLE_REPEATS = 10       # of a long thread's titles, one in this many may repeat an earlier one ("yep", "Agreed")


def titles(texts: list[str], voc) -> bool:
    """The texts of one header slot are the comments' titles: (nearly) no two alike, no control
    among them, most of more than one word (a label or a control comes back alike in every unit).
    In a long thread a few short titles come back ("yep" twice in 400 comments): one repeat in
    ``TITLE_REPEATS`` texts is allowed, none under that many."""
    return len(texts) - len(set(texts)) <= len(texts) // TITLE_REPEATS \
        and not any(map(voc.is_chrome, texts)) \
        and sum(1 for t in texts if len(_WORD.findall(t)) >= 2) * 2 >= len(texts)
