"""The body in the page's order: blocks the extraction moved are put back where the page has them.

trafilatura now and then returns a block away from its place (a live blog's first entry above
the headline and the lead). Each body block whose text is one block of the page, met once
there (`extract_audit.text_units`, compared without spaces), is an anchor; when the anchors
do not follow the page's order, the body is put in it: each anchor with the blocks after it
that are no anchor (a table's rows, a paragraph trafilatura joined), in a stable sort, the
blocks before the first anchor staying first. A body in the page's order is left as it is.
"""
from __future__ import annotations

from .document import Block
from .lines import squeezed


def page_order(blocks: tuple[Block, ...], keys: list[str]) -> tuple[Block, ...] | None:
    """``blocks`` in the order of the page's text units, given `squeezed` (``keys``), or None when the
    blocks placed there already follow it."""
    place: dict[str, int] = {}
    repeated: set[str] = set()
    for i, key in enumerate(keys):
        if key in place:
            repeated.add(key)
        else:
            place[key] = i
    places: list[int | None] = []
    for block in blocks:
        key = squeezed(block.text)
        places.append(place[key] if key in place and key not in repeated else None)
    anchored = [k for k in places if k is not None]
    if all(a <= b for a, b in zip(anchored, anchored[1:])):
        return None
    segments: list[tuple[int, list[Block]]] = [(-1, [])]
    for block, key in zip(blocks, places):
        if key is None:
            segments[-1][1].append(block)
        else:
            segments.append((key, [block]))
    segments.sort(key=lambda segment: segment[0])
    return tuple(block for _, run in segments for block in run)
