"""What the main-text extraction left out of the page, logged in ``removed``.

The DOM cleaners log every element they cut; trafilatura, run on what they leave, drops more
(footers, link lists, headings of boxes, bylines) and says nothing. Rule ``not-extracted``:
after the extraction, the text of each block of the pruned page (a paragraph, a heading, a list
item, a cell, a box of loose text) that is neither in the body nor in the comments nor in the
page's title, author or date is logged as cut by ``extract``, consecutive blocks in one entry
of at most `RUN_CHARS` characters (so that the entry's sample holds all of it). Nothing is
lost silently.
"""
from __future__ import annotations

from .document import Document, REMOVED_SAMPLE, removal
from .lines import squeezed

# elements whose text is a unit of its own; inline text belongs to the nearest one above it
_BLOCK_TAGS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote", "figcaption", "pre",
    "div", "section", "article", "aside", "header", "footer", "nav", "main", "ul", "ol", "dl", "table", "tr",
    "form", "button", "label", "address", "caption", "figure", "body", "option", "select", "textarea",
})
RUN_CHARS = REMOVED_SAMPLE
TEXT_TAGS = ("-text", "_text")      # selectolax's tag names of text nodes (lexbor, modest)
COMMENT_TAGS = ("-comment", "_comment")


def text_units(dom, depth: list[int] | None = None) -> list[str]:
    """The text of every block of the page, in page order (inline text joined; the loose text of
    a block cut at its line breaks and at the blocks it holds: paragraphs written as text between
    ``<br><br>`` are units of their own, so that the one the extraction dropped is logged whole).
    ``depth``: a list whose first item is set to how deep the walk went below the body (elements
    holding text or elements; read by `extract_depth.flatten_deep_inline`'s caller)."""
    body = dom.body
    if body is None:
        return []
    order: list[tuple[int, int]] = []
    texts: dict[tuple[int, int], list[str]] = {}
    segment: dict[int, int] = {}        # a block's loose text is cut into segments at <br> and inner blocks
    # the page walked in order, one child iterator a level (an element's nearest block, ``holder``, is
    # known from the level above it: no element asks for its parent)
    block = body.parent
    while block is not None and block.tag not in _BLOCK_TAGS:
        block = block.parent
    holder = block.mem_id if block is not None else 0     # (the body's nearest block above it: none)
    if body.tag in _BLOCK_TAGS:
        segment[holder] = 1
        holder = body.mem_id
    stack: list[tuple] = []
    deepest = 0
    # (whitespace-only text nodes are skipped: they hold no text of a unit)
    children = body.iter(include_text=True, skip_empty=True)
    while True:
        for node in children:
            tag = node.tag
            if tag in TEXT_TAGS:
                text = node.text_content
                if not text or not text.strip():
                    continue
                key = (holder, segment.get(holder, 0))
                if key not in texts:
                    texts[key] = [text]
                    order.append(key)
                else:
                    texts[key].append(text)
            elif tag in _BLOCK_TAGS:
                segment[holder] = segment.get(holder, 0) + 1
                stack.append((children, holder))
                children, holder = node.iter(include_text=True, skip_empty=True), node.mem_id
                deepest = max(deepest, len(stack))
                break
            elif tag == "br":
                segment[holder] = segment.get(holder, 0) + 1
            elif tag not in COMMENT_TAGS:      # (an inline element: its text belongs to the same block)
                stack.append((children, holder))
                children = node.iter(include_text=True, skip_empty=True)
                deepest = max(deepest, len(stack))
                break
        else:
            if not stack:
                break
            children, holder = stack.pop()
    if depth is not None:
        depth[:1] = [deepest]
    return [t for t in (" ".join(" ".join(texts[k]).split()) for k in order) if t]


# the search of each block's text in what was kept: in the kept text's order first (a window after
# where the last block was found), then in the whole of it while this many characters of full
# searches remain: a full search for each of 10,000 table cells in a 700 KB body took seconds
# (quadratic in the page); a block that is a whole kept block is found at any time (a set lookup:
# a page of 270 comments spent the budget on its menus, and the article's paragraphs, all in the
# body, were logged as left out); past the budget a block not found so is logged as left out
NEAR_CHARS = 4096
FULL_SEARCH_CHARS = 1 << 25


class _Kept:
    """Whether a text is in the kept text, found in order near the last one, else as a whole kept
    block (``whole``), else anywhere (budgeted)."""

    def __init__(self, kept: str, budget: int = FULL_SEARCH_CHARS, whole: frozenset[str] = frozenset()) -> None:
        self.kept, self.cursor, self.budget, self.whole = kept, 0, budget, whole
        self.full_searches = 0

    def __contains__(self, text: str) -> bool:
        at = self.kept.find(text, self.cursor, self.cursor + len(text) + NEAR_CHARS)
        if at < 0 and text in self.whole:
            return True
        if at < 0 and self.budget > 0:
            self.budget -= len(self.kept)
            self.full_searches += 1
            at = self.kept.find(text)
        if at < 0:
            return False
        self.cursor = at + len(text)
        return True


def log_unextracted(doc: Document, dom, accounted: str = "", units: list[str] | None = None,
                    budget: int = FULL_SEARCH_CHARS, keys: list[str] | None = None) -> Document:
    """``doc`` with the blocks of ``dom`` (the page the extraction read) that reached neither
    the body, the comments nor the title, author or date logged in ``removed``; ``accounted``:
    text the extraction has logged already (a body it replaced); ``units``: `text_units(dom)`
    when already read, and ``keys`` the units `squeezed` when already made; ``budget``:
    characters of whole-text searches allowed (`_Kept`)."""
    meta = doc.metadata
    # compared without spaces: an inline element's text meets the text after it
    # ("<a>Bo Xilai</a>'s wife") with no space between; each text squeezed once (the kept text is their
    # squeezed forms joined: the spaces that parted them are gone either way)
    texts = [squeezed(t) for t in [b.text for b in doc.blocks] + [c.text for c in doc.comments]]
    rest = [accounted] + [str(meta.get(k) or "") for k in ("title", "author", "date")]
    found = _Kept("".join(texts + [squeezed(t) for t in rest]), budget, frozenset(texts))
    runs: list[str] = []
    current = ""
    previous_out = False
    units = text_units(dom) if units is None else units
    for text, key in zip(units, [squeezed(unit) for unit in units] if keys is None else keys):
        if key in found:
            previous_out = False
            continue
        if previous_out and len(current) + 1 + len(text) <= RUN_CHARS:
            current += " " + text
        else:
            if current:
                runs.append(current)
            current = text
        previous_out = True
    if current:
        runs.append(current)
    if not runs:
        return doc
    return doc.replace(removed=doc.removed + tuple(removal("extract", "not-extracted", r) for r in runs))
