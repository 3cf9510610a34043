"""The article's opening part, or its continuation, split from its body container by an inline box, joined back
to it (rule-free: nothing is cut, paragraphs move).

Some pages print an article's text in two containers of the same kind, one after the other, with a
box between them (share buttons, a comment count, an ad slot: ``<div class="story-body"><p>..</p>
<p>..</p></div><div class="rail">..</div><div class="story-body"><p>..</p>..</div>``). The main text
container (`_dom.main_container`, the one with the most paragraph text) is then the second, and the
extraction takes it alone: the article loses its first paragraphs. Before extraction, an element of
the main container's kind (same tag; the same tag and a shared class name on the container itself,
or on its parent when the container has no class) that stands before it, near it (they share their
parent, grandparent or great-grandparent: `MAX_LEVELS`), with no heading between them (a heading
opens another story), holding paragraphs of prose (`MIN_PROSE` characters in paragraphs that end a
sentence, links at most `MAX_LINK_SHARE` of its text, no headline ``<h1>``/``<h2>``) that the
container does not already hold, has its children moved to the head of the container, in order.
A teaser box, a summary or another story's text is of another kind, or under its own heading. The
container must hold `MIN_MAIN_PARAGRAPHS` paragraphs, and at most `MAX_KIN` elements of its kind may
stand near it: more make a list of boxes (live-blog entries, an article whose every paragraph sits in
a block of its own), which the extraction reads as they are.

The continuation: a part of the same kind after the container (``<div class="story-body">..</div><div
class="promo">..</div><div class="story-body-continued">..</div>``), under the same tests and with no heading at
all between them, has its children moved to the container's tail; its paragraphs set wholly in italics (an
invitation to a forum, a "first published in" note after the story) count for no prose. A part is of the container's kind when a class
name is shared or one of its class names extends one of the container's (``story-body`` → ``story-body-2``).
"""
from __future__ import annotations

from .builtin._dom import ancestors, link_text_share, main_container, text_of
from .lines import ends_sentence

MAX_LEVELS = 3           # the part and the container share their parent, grandparent or great-grandparent
MIN_MAIN_PARAGRAPHS = 3  # paragraphs of the main container: a container of one is a box among boxes
MAX_KIN = 2              # elements of the container's kind near it (before or after), at most: an article split once or twice
MIN_PROSE = 150          # characters in paragraphs ending a sentence: a paragraph of the article
MAX_LINK_SHARE = 0.3
ITALIC_SHARE = 0.9       # of a paragraph's characters in italics: a note set apart, no continuation's prose
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_QUOTED = ("blockquote", "li", "td", "th")   # a quote, an item, a cell: the article's text is around them


def _classes(node) -> set[str]:
    return set((node.attributes.get("class") or "").lower().split())


def _kin(classes: set[str], anchor: set[str]) -> bool:
    """Whether ``classes`` share a name with ``anchor``'s or extend one of them (``story-body-2``)."""
    return bool(classes & anchor) or any(c.startswith(a + sep) for c in classes for a in anchor for sep in "-_")


def _prose(node, plain: bool = False) -> int:
    """Characters in ``node``'s paragraphs that end a sentence (``plain``: but those set wholly in italics)."""
    texts = (text_of(p) for p in node.css("p") if not (plain and _italic(p)))
    return sum(len(t) for t in texts if ends_sentence(t))


def _italic(p) -> bool:
    """A paragraph set wholly in ``<em>``/``<i>``: a note set apart from the text (an invitation, a publishing note)."""
    return sum(len(text_of(c)) for c in p.iter() if c.tag in ("em", "i")) >= ITALIC_SHARE * len(text_of(p))


def _is_part(node, main_text: str, after: bool = False) -> bool:
    text = text_of(node)
    return (_prose(node, after) >= MIN_PROSE and link_text_share(node, text) <= MAX_LINK_SHARE
            and node.css_first("h1, h2") is None and text[:80] not in main_text)


def _story_heading_between(shared, start: int, at: int, order: dict[int, int], above: set[int]) -> bool:
    """Whether a heading stands between ``start`` and ``at`` (document order) under ``shared`` other
    than in a box of teasers: a child of ``shared`` holding two headings or more (a rail of other
    stories set between the parts). Any heading of the box that holds the container counts."""
    for box in shared.iter():
        if not start < order.get(box.mem_id, -1) < at:
            continue
        found = [box] if box.tag in _HEADINGS else box.css(", ".join(_HEADINGS))
        found = [h for h in found if order.get(h.mem_id, at) < at]
        if found and (box.mem_id in above or len(found) == 1):
            return True
    return False


def _heading_after(shared, end: int, start: int, order: dict[int, int]) -> bool:
    """Whether a heading stands under ``shared`` after ``end`` and before ``start`` (document order)."""
    return any(end < order.get(h.mem_id, -1) < start for h in shared.css(", ".join(_HEADINGS)))


def _parts_near(dom, main) -> tuple[list, list]:
    """The elements of ``main``'s kind near it, before it with no story heading between, after it with no
    heading at all between (module docstring)."""
    anchor = main if _classes(main) else main.parent
    if anchor is None or not _classes(anchor) or any(a.tag in _QUOTED for a in ancestors(main)):
        return [], []
    near = list(ancestors(anchor))[:MAX_LEVELS]
    classes = _classes(anchor)
    above = {a.mem_id for a in ancestors(anchor)}
    order: dict[int, int] = {}    # the page's elements in document order, read at the first kin found
    at = end = 0
    parts, after, kin = [], [], 0
    for node in dom.body.css(anchor.tag):
        if node.mem_id == anchor.mem_id or node.mem_id in above or not _kin(_classes(node), classes):
            continue
        lineage = list(ancestors(node))
        if any(a.mem_id == anchor.mem_id or a.tag in _QUOTED for a in lineage):
            continue
        close = {a.mem_id for a in lineage[:MAX_LEVELS]}
        shared = next((a for a in near if a.mem_id in close), None)
        if shared is None:
            continue
        if not order:
            order = {n.mem_id: i for i, n in enumerate(dom.body.traverse())}
            at = order.get(anchor.mem_id, 0)
            end = max((order.get(d.mem_id, at) for d in anchor.traverse()), default=at)
        start = order.get(node.mem_id, at)
        kin += 1
        if start > end and _heading_after(shared, end, start, order):
            continue
        if start < at and _story_heading_between(shared, start, at, order, above):
            continue
        part = node if anchor is main else next((c for c in node.iter() if c.tag == main.tag), None)
        if part is not None:
            (parts if start < at else after).append(part)
    if kin > MAX_KIN:                           # a list of boxes (live-blog entries, one-paragraph blocks)
        return [], []
    return parts, after


def join_split_parts(dom) -> int:
    """The article's parts printed before the main container moved to its head (module docstring);
    how many parts moved."""
    if dom.body is None:
        return 0
    main = main_container(dom)
    if main is None or main.child is None or main.tag in ("body", "html", *_QUOTED):
        return 0
    if sum(1 for c in main.iter() if c.tag == "p") < MIN_MAIN_PARAGRAPHS:
        return 0
    parts, after = _parts_near(dom, main)
    if parts or after:
        main_text = " ".join(main.text().split())
        parts = [p for p in parts if _is_part(p, main_text)]
        after = [p for p in after if _is_part(p, main_text, after=True)]
    first = main.child
    for part in parts:
        for child in list(part.iter(include_text=True)):
            first.insert_before(child)                 # (lexbor inserts a copy)
        part.decompose()
    for part in after:
        for child in list(part.iter(include_text=True)):
            main.insert_child(child)
        part.decompose()
    return len(parts) + len(after)
