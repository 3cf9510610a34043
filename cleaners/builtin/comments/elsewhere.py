"""Rule `comments-elsewhere`: a box named as a listing of comments (a "recent comments" widget, in an
``aside``: `evidence.is_listing`) whose list items each link to another page ("Ann → <a>Bridge to
close</a>", an excerpt and its age beside the link) lists comments made on other pages: it is chrome,
cut whole (`section.named_chrome`) so that no later pass reads its excerpts as this page's comments,
however much of its text is excerpts rather than links. A list with an item linking nowhere else (a
thread whose commenters link their own sites but for one) is not."""
from __future__ import annotations

from .tree import Tree

MIN_ITEMS = 2


def links_elsewhere(tree: Tree, box: int) -> bool:
    """Every item of the lists in ``box`` (two at least) holds a link to another page."""
    items = 0
    for e in range(box + 1, tree.end[box] + 1):
        if tree.tag[e] != "li" or tree.skip[e]:
            continue
        if not any(tree.tag[a] == "a" and tree.leads_away(a) for a in range(e + 1, tree.end[e] + 1)):
            return False
        items += 1
    return items >= MIN_ITEMS
