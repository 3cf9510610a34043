"""The other short boxes of a widget column, once one of its boxes is cut as a widget.

A side column often holds boxes of one shape: the same tag and class, each a short heading (its first element,
of one tag and class too) over short items. When the DOM stage cuts one of them as a widget (a related or
popular list, a blog widget, a newsletter box: `TRIGGERS`), its sibling boxes of that same shape that hold no
prose are widgets of the same column ("Wetter / 7 °C, bewölkt", markets, a horoscope of keywords, poll
results, "follow us"): rule ``widget-column``. No prose: no text run (the text between block boundaries)
of `PROSE_WORDS` words or more outside links, or of `MIN_SENTENCE_WORDS` words ending a sentence, and `MAX_WORDS`
words at most in all. A box holding the main text container, or in a column that does (the article's own
container), never goes. Only the pages where such a cut happened are read, and only the cut boxes' siblings.
"""
from __future__ import annotations

from ..lines import ends_sentence, spaced_word_count
from ._dom import INLINE_TAGS, NON_ELEMENTS, text_of

TRIGGERS = frozenset({"headed-related", "headed-widget", "headed-newsletter", "related-box", "newsletter"})
MAX_HEAD = 60            # characters of a box's heading
PROSE_WORDS = 8          # words of a text run that make it prose
MIN_SENTENCE_WORDS = 4   # words of a text run ending a sentence that make it prose
MAX_WORDS = 40           # words of a box of the column, heading and items
_UNREAD = frozenset({"script", "style", "noscript", "template"})


def _elements(node) -> list:
    return [c for c in node.iter(include_text=False) if c.tag not in NON_ELEMENTS]


def _shape(box) -> tuple | None:
    """``(tag, class)`` of the box's heading: its first element, of `MAX_HEAD` characters of inline content,
    with one element or more after it, and no text of the box's own outside its elements; None otherwise."""
    children = _elements(box)
    if len(children) < 2 or any(c.tag == "-text" and (c.text_content or "").strip()
                                for c in box.iter(include_text=True)):
        return None
    head = children[0]
    if head.tag in _UNREAD or any(c.tag not in INLINE_TAGS for c in _elements(head)):
        return None
    text = text_of(head)
    if not text or len(text) > MAX_HEAD:
        return None
    return head.tag, head.attributes.get("class") or ""


def _runs(node, out: list[list[tuple]], link: bool = False) -> None:
    """The text runs of ``node``: the text between block boundaries, each a list of ``(text, in a link)``."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text" or tag == "_text":
            out[-1].append((child.text_content or "", link))
        elif tag in INLINE_TAGS:
            _runs(child, out, link or tag == "a")
        elif tag not in _UNREAD and tag not in NON_ELEMENTS:
            out.append([])
            _runs(child, out, link)
            out.append([])


def holds_prose(box) -> bool:
    """Whether ``box`` holds a text run of sentence length (its words outside links: a row of headline links is
    no sentence), or more than `MAX_WORDS` words in all."""
    runs: list[list[tuple]] = [[]]
    _runs(box, runs)
    total = 0
    for parts in runs:
        run = " ".join("".join(t for t, _ in parts).split())
        if not run:
            continue
        words = spaced_word_count(run)
        total += words
        plain = spaced_word_count(" ".join(t for t, link in parts if not link)) if words >= PROSE_WORDS else 0
        if plain >= PROSE_WORDS or words >= MIN_SENTENCE_WORDS and ends_sentence(run) or total > MAX_WORDS:
            return True
    return False


def column_widgets(cut: list[tuple], protected) -> list[tuple]:
    """``(box, "widget-column")`` of the sibling boxes of the same shape as a box of ``cut`` (``(node, rule)``
    tuples of the stage) cut by one of `TRIGGERS`, that hold no prose (see the module)."""
    out, seen = [], set()
    if not any(rule in TRIGGERS for _, rule in cut):
        return out      # (most pages: nothing read)
    cut_ids = {n.mem_id for n, _ in cut}
    for node, rule in cut:
        if rule not in TRIGGERS:
            continue
        parent = node.parent
        key = node.attributes.get("class")
        if parent is None or not key or parent.mem_id in protected or (parent.mem_id, node.tag, key) in seen:
            continue
        shape = _shape(node)
        if shape is None:
            continue
        seen.add((parent.mem_id, node.tag, key))
        for box in _elements(parent):
            if box.mem_id in cut_ids or box.tag != node.tag or box.attributes.get("class") != key \
                    or box.mem_id in protected or _shape(box) != shape or holds_prose(box):
                continue
            out.append((box, "widget-column"))
    return out
