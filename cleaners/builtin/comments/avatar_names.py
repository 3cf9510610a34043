"""Rule `avatar-name`: comments that show their author only as their picture's alternative text
(``<img class="avatar" alt="Ann Lee">`` beside the text, no name line): the first picture's ``alt`` (or
``title``) is the author's name when it reads as a name of four words at most, names no chrome ("Ann's avatar") and
the pictures of two comments or more give distinct names (one and the same ``alt`` everywhere is a label)."""
from __future__ import annotations

from .tree import Tree

MAX_WORDS = 4       # a name; "Profile picture for user Ann Lee" is a caption holding one


def avatar_names(tree: Tree, items: list, kept: list[int], authors: list, voc) -> list:
    """``authors`` with the names of the comments that have none read from their pictures, when the thread's pictures
    name two people or more."""
    if all(authors):
        return authors
    found: dict[int, str] = {}
    for n, i in enumerate(kept):
        if authors[n]:
            continue
        for e in items[i].elements:
            if tree.tag[e] == "img":
                attrs = tree.attrs[e]
                alt = " ".join((attrs.get("alt") or attrs.get("title") or "").split())
                name = voc.strip_name(alt) if alt else ""
                if name and len(name.split()) <= MAX_WORDS and voc.name_like(name) \
                        and not voc.names_any(alt, voc.chrome_tokens):
                    found[n] = name
                break
    if len({name.casefold() for name in found.values()}) < 2:
        return authors
    return [found.get(n, author) for n, author in enumerate(authors)]
