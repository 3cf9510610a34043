"""Boxes of text among an article's paragraphs read as paragraphs (rule ``text-box``).

Page builders and blog themes set a subheading, a tip or a short paragraph as a ``<div>`` of
its own between the ``<p>``s of the article (``<p>..</p><div class="subhead">Day 2: Roermond
to Arcen</div><p>..</p>``). Inside some containers trafilatura drops such a box with its
text, though a browser shows it as a line of the article. Before extraction, a ``<div>`` that is
a child of a container of `MIN_PARAGRAPHS` ``<p>``s or more and holds only text, inline
elements and line breaks, with words and at most `MAX_LINK_SHARE` of its text in links,
becomes a ``<p>``: a box of links, a box holding blocks (a list, a figure, a form), a box of
controls, pictures or times (a player, a teaser, a date line) and a box outside the paragraphs'
container stay as they are.
"""
from __future__ import annotations

import re

from .builtin._dom import link_text_share, text_of
from .extract_structure import _BLOCK_INSIDE, _LOOSE_CONTAINERS

MIN_PARAGRAPHS = 2
MAX_LINK_SHARE = 0.5
_WORD = re.compile(r"\w")
_CONTROLS = "button, input, select, textarea, audio, video, img, picture, svg, time"


def _is_text_box(node) -> bool:
    if node.tag != "div" or any(child.css_first(_BLOCK_INSIDE) is not None for child in node.iter()) \
            or node.css_first(_CONTROLS) is not None:
        return False                     # (css_first: the child itself too)
    text = text_of(node)
    return bool(_WORD.search(text)) and link_text_share(node, text) <= MAX_LINK_SHARE


def text_boxes_as_paragraphs(dom) -> int:
    """The text boxes among paragraphs (module docstring) turned into ``<p>``s; returns how many."""
    containers: dict[int, list] = {}
    for p in dom.css("p"):
        parent = p.parent
        if parent is not None and parent.tag in _LOOSE_CONTAINERS:
            containers.setdefault(parent.mem_id, [parent, 0])[1] += 1
    turned = 0
    for container, paragraphs in containers.values():
        if paragraphs < MIN_PARAGRAPHS:
            continue
        for child in [c for c in container.iter() if _is_text_box(c)]:
            p = dom.create_node("p")
            p.inner_html = child.inner_html
            child.replace_with(p)
            turned += 1
    return turned
