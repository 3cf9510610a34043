"""Boxes of text among an article's paragraphs read as paragraphs (rule ``text-box``).

Page builders and blog themes set a subheading, a tip or a short paragraph as a ``<div>`` of
its own between the ``<p>``s of the article (``<p>..</p><div class="subhead">Day 2: Roermond
to Arcen</div><p>..</p>``). Inside some containers trafilatura drops such a box with its
text, though a browser shows it as a line of the article. Before extraction, a ``<div>`` that is
a child of a container of `MIN_PARAGRAPHS` ``<p>``s or more and holds only text, inline
elements and line breaks, with words and at most `MAX_LINK_SHARE` of its text in links,
becomes a ``<p>``: a box of links, a box holding blocks (a list, a figure, a form), a box of
controls, pictures or times (a player, a teaser, a date line) and a box outside the paragraphs'
container stay as they are. A box among the paragraphs that holds nothing but `MIN_LINES` such text
boxes or more (a transcript of chat lines, a list of lines written as ``<div>``s) has each of them
made a ``<p>``: trafilatura dropped the whole box.

Rule ``loose-prose``: blog editors (Blogger's among them) write each paragraph of a post as a
``<div>`` and set the first one, after a picture, straight in the post's box as bare text; the
extraction (bare trafilatura too) dropped that run. In a container without ``<p>``s holding such
text boxes of prose, runs of bare text that each hold a sentence are wrapped in ``<p>``s, and the
container's own boxes of text become ``<p>``s with them (beside a ``<p>`` trafilatura drops them)
(`wrap_prose_beside_text_boxes`).
"""
from __future__ import annotations

import re

from .builtin._dom import TEXT_NODES, link_text_share, text_of
from .extract_structure import _BLOCK_INSIDE, _LOOSE_CONTAINERS, _loose_runs, wrap_in_paragraph

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


MIN_LINES = 2


def _lines_box(node) -> list:
    """The text boxes a ``<div>`` holds when it holds nothing else (no text of its own, no other element) and
    `MIN_LINES` of them or more, else []."""
    if node.tag != "div":
        return []
    lines = []
    for child in node.iter(include_text=True, skip_empty=True):
        if child.tag in TEXT_NODES:
            if (child.text_content or "").strip():
                return []
        elif child.tag == "-comment":
            continue
        elif not _is_text_box(child):
            return []
        else:
            lines.append(child)
    return lines if len(lines) >= MIN_LINES else []


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
        for child in list(container.iter()):
            for box in [child] if _is_text_box(child) else _lines_box(child):
                _as_paragraph(dom, box)
                turned += 1
    return turned


def _as_paragraph(dom, box) -> None:
    p = dom.create_node("p")
    p.inner_html = box.inner_html
    box.replace_with(p)


LOOSE_PROSE_WORDS = 20      # words of a sentence or more, set straight in a container of text boxes
MIN_PROSE_BOXES = 2         # text boxes of prose that make a container an article written a box a paragraph
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f:][\"'\u201d\u2019\u00bb)]?$")


def _prose_box(node, holding: tuple[set, set]) -> bool:
    """`_is_text_box` and `LOOSE_PROSE_WORDS` words, read with ``holding`` (`_holding`) instead of a search
    of the element's subtree (the same answer)."""
    blocks, controls = holding
    if node.tag != "div" or node.mem_id in blocks or node.mem_id in controls:
        return False
    text = text_of(node)
    return bool(_WORD.search(text)) and link_text_share(node, text) <= MAX_LINK_SHARE \
        and len(text.split()) >= LOOSE_PROSE_WORDS


def _holding(dom) -> tuple[set, set]:
    """The elements (`mem_id`) holding a block below them (`_BLOCK_INSIDE`), and those that are or hold a control
    (`_CONTROLS`): one climb from each match, each element marked once (asking every ``<div>``'s subtree, nested
    boxes are read again at each level of the nesting)."""
    blocks: set[int] = set()
    controls: set[int] = set()
    root = dom.root
    # (one walk of the page, matching tags in Python: the selector of 35 tags took twice as long, and the
    # controls' selector as long again)
    for node in root.traverse() if root is not None else ():
        tag = node.tag
        if tag in _BLOCK_TAGS:
            _mark(node.parent, blocks)
        if tag in _CONTROL_TAGS:
            _mark(node, controls)
    return blocks, controls


_BLOCK_TAGS = frozenset(_BLOCK_INSIDE.split(", "))
_CONTROL_TAGS = frozenset(_CONTROLS.split(", "))


def _mark(node, marked: set[int]) -> None:
    """``node`` and its ancestors marked, up to the first marked already (whose ancestors are)."""
    while node is not None and node.mem_id not in marked:
        marked.add(node.mem_id)
        node = node.parent


def _loose_prose_run(run: list) -> bool:
    """One run of bare text holding a sentence of prose (`LOOSE_PROSE_WORDS` words ending with a stop), and no
    paragraph break of line breaks inside it (a container of ``<br>``-set paragraphs is read as it is)."""
    shown = [node for node in run if node.tag not in TEXT_NODES or (node.text_content or "").strip()]
    breaks = [i for i, node in enumerate(shown) if node.tag == "br"]
    if any(b + 1 in breaks for b in breaks) or any(node.tag not in TEXT_NODES and node.css_first(_BLOCK_INSIDE)
                                                   is not None for node in run):
        return False
    text = " ".join(" ".join((node.text() or "") for node in run).split())
    return len(text.split()) >= LOOSE_PROSE_WORDS and bool(_SENTENCE_END.search(text))


def wrap_prose_beside_text_boxes(dom) -> int:
    """Rule ``loose-prose``: in a container without ``<p>``s whose article is set in text boxes (a ``<div>`` a
    paragraph, as blog editors write: `MIN_PROSE_BOXES` `_prose_box`es among its children or grandchildren),
    a run of bare text holding a sentence of prose is the article's paragraph too: it is wrapped in a ``<p>``
    (trafilatura drops such a run after a box, bare trafilatura too), when every run of bare words of the
    container is such a sentence (a container mixing short loose labels and boxes, or paragraphs set apart
    by line breaks, is left as it is). Returns how many."""
    containers: dict[int, list] = {}
    holding = _holding(dom)
    for box in dom.css("div"):
        if not _prose_box(box, holding):
            continue
        parent = box.parent
        for holder in (parent, parent.parent if parent is not None else None):
            if holder is not None and holder.tag in _LOOSE_CONTAINERS:
                containers.setdefault(holder.mem_id, [holder, 0])[1] += 1
    wrapped = 0
    for container, boxes in containers.values():
        if boxes < MIN_PROSE_BOXES or container.css_first("p") is not None:
            continue
        runs = [run for run in _loose_runs(container) if _WORD.search(" ".join(n.text() or "" for n in run))]
        if not runs or not all(_loose_prose_run(run) for run in runs):
            continue
        for run in runs:
            wrap_in_paragraph(dom, run)
            wrapped += 1
        for child in [c for c in container.iter() if _is_text_box(c)]:
            _as_paragraph(dom, child)       # (beside a <p>, trafilatura drops a box of text: the text-box rule's case)
    return wrapped
