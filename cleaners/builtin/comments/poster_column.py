"""A poster column (rule `poster-column`): forum posts laid out as table rows, the poster's cell (the
name over an avatar, counters, a rank: short lines, no sentence) beside the cell holding the post.

When no line of the cell is read yet as a date or a dated field (`labels`, `profile` know
it then), the first line with letters in the poster's cell is the post's author; the cell's other lines are the
poster's profile (chrome, logged as ``poster-profile``), never the post's text. Two units of the
family at least must show such a row: a row of two cells in one unit is a table's own layout. The
thread is still judged as any other (`thread.judge`): a table of figures, whose left cells are
labels, has no comment marks and no dates.
"""
from __future__ import annotations

import re

from .items import Item
from .tree import Tree
from .vocabulary import written_date

RULE = "poster-profile"
MAX_LINE_WORDS = 4        # every line of the poster's cell is this short
MAX_CELL_LINES = 24
SCAN = 60                 # elements of a unit looked at for its first row
_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?…](?:\s|$)")


def _cells(tree: Tree, item: Item) -> tuple[int, int] | None:
    """(poster's cell, post's cell) of the unit's first row of two cells or more, or None."""
    unit = item.unit
    for e in range(unit.first, min(unit.last, unit.first + SCAN) + 1):
        if tree.tag[e] != "tr" or tree.skip[e]:
            continue
        cells = [c for c in tree.children(e) if tree.tag[c] in ("td", "th") and not tree.skip[c]]
        if len(cells) < 2 or tree.words(cells[0]) == 0:
            return None
        post = max(cells[1:], key=tree.words)
        return (cells[0], post) if tree.words(post) > tree.words(cells[0]) else None
    return None


def poster_columns(tree: Tree, items: list[Item]) -> None:
    """Author and profile lines of the posters' cells of ``items`` (one family), in place."""
    found = []
    for item in items:
        cells = _cells(tree, item)
        if cells is None:
            continue
        cell = cells[0]
        lines = [ln for ln in item.lines if tree.contains(cell, ln.owner)]
        if not lines or len(lines) > MAX_CELL_LINES or any(ln.words > MAX_LINE_WORDS or _SENTENCE.search(ln.text)
                                                            or ln.kind == "date" or ln.kind == "meta" and written_date(ln.text) for ln in lines):
            continue      # (a cell already read, its name or labelled fields known: `labels`, `profile`)
        if not any(tree.contains(cells[1], ln.owner) and ln.kind == "body" and ln.words >= MAX_LINE_WORDS
                   for ln in item.lines):
            continue
        found.append((item, lines))
    if len(found) < 2:
        return
    for item, lines in found:
        item.marks.add("profile")     # (the poster's box: a comment mark, `thread.judge`)
        named = next((ln for ln in lines if ln.kind != "form" and any(c.isalpha() for c in ln.text)), None)
        for ln in lines:
            if ln is named:      # (the element holding the name alone names the author: `thread.name_candidates`)
                ln.kind = "author"
                if " ".join(tree.flat(ln.owner).split()) == " ".join(ln.text.split()):
                    ln.named = ln.owner
            elif ln.kind != "form":
                ln.kind, ln.cut = "chrome", RULE
