"""Subheadings the main-text extraction dropped, put back where they stood.

Rule ``main-headings``: the subheadings (``<h2>``-``<h6>``) set between the paragraphs of the
main text container. When the page has no container trafilatura knows by name, it reads
paragraphs only and drops them; they are put back before the block that follows them on
the page (a paragraph, a list item, a quote, a data table's first row), when that block is in the body and the
heading is not. A subheading anywhere else on the page (in a box of its own, as page
builders set every block) is put back when it stands between two blocks of a sentence or
more (`_prose_around`) that are consecutive blocks of the body: the article runs on across it
(a widget's heading between two lines of a sidebar does not).

Rule ``div-headings``: a story written in bare divs (each paragraph a ``<div>`` of inline text, the
wrapper holding no text of its own) has no ``<p>`` for trafilatura's recovery path to find its headings
by, and none for the main container; its fast pass drops the subheadings while its length fits the
page's main-text estimate (a lead's or a footer's paragraph). Such a div (no block, line break or
image in it) of `SENTENCE_WORDS` words or more (a byline's or a label's div is passed over, as before),
with another such div among its siblings (`MIN_PROSE_DIVS`: a story; a widget's one line of text is
none), counts as a text block here, so a heading between two of them of prose is put back as above.

Rule ``box-headings``: a list article (a countdown, "ten things ...") may set its item headings as
boxes (``<div class="item-title">7 Ann Lee</div>``) among the main container's paragraphs; trafilatura
reads them as no text of the article. A child box of the main container is such a heading when
its text is short (`BOX_HEADING_WORDS` words at most) and no sentence (no stop, comma or colon at
its end), it holds no paragraph, list, table, heading or form and not mostly links, it stands between two
paragraphs of the container (empty ones, an image's, passed over), and the container holds at
least `MIN_BOX_HEADINGS` of them with the same class: one such box is a caption or a label.
"""
from __future__ import annotations

import re

from .builtin._dom import display_text, link_text_share, main_container, text_of
from .document import Block
from .lines import spaced_word_count

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TEXT_BLOCKS = "h2, h3, h4, h5, h6, p, li, blockquote, tr, div"     # lexbor gives them in page order
# a div holding one of these is a box of blocks, no paragraph set as a bare div (rule div-headings)
_DIV_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "table", "tr",
                         "blockquote", "br", "section", "article", "aside", "nav", "header", "footer", "figure",
                         "form", "pre", "hr", "img", "iframe", "video", "picture"})
_ROW_BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote"   # a row holding one is layout
ANCHOR_CHARS = 60      # start of the following paragraph that places a heading
SENTENCE_WORDS = 10    # words of each text block around a heading outside the main container, at least
BOX_HEADING_WORDS = 12  # words of a box set as a heading, at most (rule box-headings)
MIN_BOX_HEADINGS = 2    # boxes of one class set as headings in the main container, at least
MIN_PROSE_DIVS = 2      # divs of prose among a div's siblings (itself too) for it to be a paragraph (div-headings)
_NOT_IN_BOX_HEADING = "p, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, form, input, button, blockquote, figure"
_CLAUSE_END = re.compile(r"[.!?,;:\u2026\u3002\uff01\uff1f\uff0c]$")


def main_headings(dom) -> tuple[tuple[str, int, str, str], ...]:
    """``(text, level, anchor, before)`` of the page's subheadings that may belong to the article,
    with ``anchor`` the start of the text block right after the heading on the page: those
    among the main container's children (``before`` ""), and those set right between two text
    blocks of prose, no other heading between, with the start of the one before as ``before``."""
    main = main_container(dom)
    own = {child.mem_id for child in main.iter() if child.tag in _HEADINGS} if main is not None else set()
    blocks = _TextBlocks(dom)
    out = []
    for k, node in enumerate(blocks.nodes):
        if node.tag not in _HEADINGS or not blocks.text(k):
            continue
        after = blocks.neighbour(k, 1)
        if after is None or blocks.nodes[after].tag in _HEADINGS:
            continue
        anchor = blocks.text(after)
        if node.mem_id in own:
            out.append((display_text(node), int(node.tag[1]), anchor[:ANCHOR_CHARS], ""))
            continue
        before = blocks.neighbour(k, -1)
        if before is not None and blocks.nodes[before].tag not in _HEADINGS and \
                _prose_around(blocks.extent(before), anchor):
            out.append((display_text(node), int(node.tag[1]), anchor[:ANCHOR_CHARS], blocks.text(before)[:ANCHOR_CHARS]))
    return tuple(out) + (_box_headings(main) if main is not None else ())


def _box_heading(node) -> bool:
    """A box whose text is a heading's: short, no sentence, no blocks of text or form in it, not links."""
    if node.tag != "div" or node.css_first(_NOT_IN_BOX_HEADING) is not None:
        return False
    text = text_of(node)
    return 0 < len(text.split()) <= BOX_HEADING_WORDS and not _CLAUSE_END.search(text) and \
        link_text_share(node, text) < 0.5


def _box_headings(main) -> tuple[tuple[str, int, str, str], ...]:
    """``(text, 3, anchor, "")`` of the boxes among the main container's children set as item
    headings (rule box-headings: module docstring)."""
    kids = [child for child in main.iter() if child.tag not in ("-text", "_text", "-comment", "_comment")]
    found: dict[str, list] = {}
    for k, node in enumerate(kids):
        if not _box_heading(node):
            continue
        before = next((c for c in reversed(kids[:k]) if text_of(c)), None)
        after = next((c for c in kids[k + 1:] if text_of(c)), None)
        if before is None or after is None or before.tag != "p" or after.tag != "p":
            continue
        found.setdefault(node.attributes.get("class") or "", []).append(
            (display_text(node), 3, text_of(after)[:ANCHOR_CHARS], ""))
    return tuple(h for group in found.values() if len(group) >= MIN_BOX_HEADINGS for h in group)


def _prose_div(node) -> str:
    """The text of a div of inline prose (no block, line break or image in it, `SENTENCE_WORDS` words
    at least), else "" (rule div-headings)."""
    if any(c.tag in _DIV_BLOCKS for c in node.traverse() if c.mem_id != node.mem_id):
        return ""
    text = text_of(node)
    return text if spaced_word_count(text) >= SENTENCE_WORDS else ""


def _prose_around(before: str, after: str) -> bool:
    """Running text on both sides: blocks of `SENTENCE_WORDS` words at least (a sidebar's
    lines and labels are shorter; an FAQ's answers and a short article's paragraphs are not), a
    script written without spaces counted in its words (`spaced_word_count`: a Chinese paragraph is no one word)."""
    return min(spaced_word_count(before), spaced_word_count(after)) >= SENTENCE_WORDS


class _TextBlocks:
    """The page's headings and text blocks in page order (paragraphs, list items and quotes that
    hold no paragraph, rows of data tables, with text), their texts read only when asked for."""

    def __init__(self, dom):
        body = dom.body
        self.nodes = body.css(_TEXT_BLOCKS) if body is not None else []
        self._texts: dict[int, str] = {}
        self._divs: dict[int, int] = {}
        self._prose: dict[int, str] = {}

    def _prose_div(self, node) -> str:
        """`_prose_div` of ``node``, read once a div (as a block and as its siblings' sibling)."""
        if node.mem_id not in self._prose:
            self._prose[node.mem_id] = _prose_div(node)
        return self._prose[node.mem_id]

    def _prose_divs(self, parent) -> int:
        """How many divs of prose (`_prose_div`) ``parent`` holds as children, read once a parent."""
        if parent is None:
            return 0
        if parent.mem_id not in self._divs:
            self._divs[parent.mem_id] = sum(1 for c in parent.iter() if c.tag == "div" and self._prose_div(c))
        return self._divs[parent.mem_id]

    def text(self, k: int) -> str:
        """The block's text; a data table's row as the body prints it ("cell | cell"); "" for a
        list item or quote holding paragraphs, a row holding blocks (a layout table's) and a div holding
        blocks or line breaks or shorter than a sentence (a bare div of prose is a paragraph: rule div-headings)."""
        if k not in self._texts:
            node = self.nodes[k]
            if node.tag == "div":
                text = self._prose_div(node)
                self._texts[k] = text if text and self._prose_divs(node.parent) >= MIN_PROSE_DIVS else ""
            elif node.tag == "tr":
                self._texts[k] = "" if node.css_first(_ROW_BLOCKS) is not None else \
                    " | ".join(t for c in node.css("td, th") if (t := text_of(c)))
            else:
                holds_paragraph = node.tag in ("li", "blockquote") and node.css_first("p") is not None
                self._texts[k] = "" if holds_paragraph else text_of(node)
        return self._texts[k]

    def extent(self, k: int) -> str:
        """The text of block ``k``, or of the whole list when it is a list item (a list of
        short points is one block of the article, as long as all its items)."""
        node = self.nodes[k]
        parent = node.parent
        return text_of(parent) if node.tag == "li" and parent is not None and parent.tag in ("ul", "ol") \
            else self.text(k)

    def neighbour(self, k: int, step: int) -> int | None:
        """The nearest text block before (``step`` -1) or after (1) block ``k``."""
        j = k + step
        while 0 <= j < len(self.nodes):
            if self.text(j):
                return j
            j += step
        return None


def reinstate_headings(blocks: tuple[Block, ...], headings) -> tuple[Block, ...]:
    """``blocks`` with each heading of ``headings`` that they lack put back before the block
    that opens with its anchor (and, for a heading with a ``before`` anchor, comes right after
    the block that opens with that one)."""
    if not headings:
        return blocks
    have = {" ".join(b.text.split()) for b in blocks}
    out = list(blocks)
    for text, level, anchor, before in headings:
        if text in have:
            continue
        for k, block in enumerate(out):
            if " ".join(block.text.split()).startswith(anchor):
                if before and (k == 0 or not " ".join(out[k - 1].text.split()).startswith(before)):
                    continue
                if k == 0 or out[k - 1].kind != "heading":
                    out.insert(k, Block(text, kind="heading", level=level))
                    have.add(text)
                break
    return tuple(out)
