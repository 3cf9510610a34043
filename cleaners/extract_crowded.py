"""Paragraphs crowded with inline elements, thinned before trafilatura reads the page.

trafilatura tests the paragraph text of each candidate subtree with the XPath
``//p//text()``, which libxml2 evaluates in time quadratic in the elements of one
paragraph: a paragraph of 2,000 inline elements costs it 0.7 s, one of 8,000 (every word
in its own ``<span>``, a tag cloud or a list of names printed as one paragraph) about
10 s, 32,000 minutes. Ordinary paragraphs hold a few dozen elements; one holding more
than `CROWDED` is thinned (rule ``crowded-paragraph``): its formatting elements are
unwrapped (their text stays in place, so the paragraph's text is unchanged), and if it
still holds more than `CROWDED` elements (links, images, breaks) its children are split
into consecutive paragraphs of at most `CROWDED` elements each, in order.
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

CROWDED = 1000         # elements one paragraph may hold before it is thinned (trafilatura: about 0.2 s on one of 1,000)
FORMATTING = ["b", "i", "em", "strong", "span", "font", "u", "small", "big", "mark", "sub", "sup", "abbr",
              "cite", "q", "s", "strike", "del", "ins", "time", "data", "dfn", "kbd", "code", "samp", "var",
              "tt", "bdi", "bdo", "nobr", "wbr"]


def _elements(node) -> int:
    """Elements inside ``node`` (``css("*")`` counts the node itself)."""
    return len(node.css("*")) - 1


def thin_crowded_paragraphs(dom, limit: int = CROWDED) -> int:
    """Thin every paragraph of ``dom`` holding more than ``limit`` elements; returns how many."""
    thinned = 0
    for p in dom.css("p"):
        if _elements(p) <= limit:
            continue
        thinned += 1
        p.unwrap_tags(FORMATTING)
        if _elements(p) > limit:
            _split(dom, p, limit)
    if thinned:
        log.debug("crowded-paragraph: %d paragraph(s) thinned", thinned)
    return thinned


def _split(dom, p, limit: int) -> None:
    """Replace ``p`` by paragraphs of its children in order, each holding at most ``limit``
    elements (a child holding more on its own makes a paragraph alone)."""
    runs: list[list] = [[]]
    count = 0
    for child in p.iter(include_text=True):
        size = 0 if child.tag in ("-text", "-comment") else 1 + _elements(child)
        if runs[-1] and count + size > limit:
            runs.append([])
            count = 0
        runs[-1].append(child)
        count += size
    attributes = {k: v for k, v in p.attributes.items() if k != "id"}
    for run in runs:
        part = dom.create_node("p")
        for key, value in attributes.items():
            part.attrs[key] = value if value is not None else ""
        for child in run:
            part.insert_child(child)          # lexbor inserts a copy
        p.insert_before(part)
    p.decompose()
