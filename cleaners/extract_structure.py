"""Page structure the main-text extraction would lose, kept by general rules.

* ``layout-table``: a table laid out as page columns (a cell holding paragraphs, a heading or a
  quote) is not data. trafilatura reads each cell as one table cell, which glues the
  article's paragraphs into one line and drops its quotes. Before extraction, the cells of such
  tables become ``<div>``s and the table, row and section tags go; data tables (cells of
  words and numbers, at most one paragraph each) are left alone.
* ``main-headings``: the subheadings (``<h2>``-``<h6>``) set between the paragraphs of the
  main text container. When the page has no container trafilatura knows by name, it reads
  paragraphs only and drops them; they are put back before the block that follows them on
  the page (a paragraph, a list item, a quote), when that block is in the body and the
  heading is not. A subheading anywhere else on the page (in a box of its own, as page
  builders set every block) is put back when it stands between two blocks of a sentence or
  more (`_prose_around`) that are consecutive blocks of the body: the article runs on across it
  (a widget's heading between two lines of a sidebar does not).
* ``image-gap``: a picture between two runs of text keeps them two words (`space_images`).
* ``boxed-text``: text set straight into a box beside a box it holds (``<div>Text<div>More</div>
  Rest</div>``, three lines on screen) meets the inner box's text with no space between, and
  trafilatura reads it as one word ("TextMoreRest"); a line break is put at each such edge.
* ``loose-text``: text set straight into a container beside its paragraphs (``<p>A</p> more
  text<br>``, which a browser shows as a paragraph of its own) is wrapped in a ``<p>`` before
  extraction: trafilatura drops such text when it follows a paragraph that holds a line break,
  or follows two paragraphs, though it keeps it elsewhere.
"""
from __future__ import annotations

import re

from .builtin._dom import main_container, text_of
from .document import Block

_CELL_BLOCKS = "p, h1, h2, h3, h4, h5, h6, blockquote"
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TEXT_BLOCKS = "h2, h3, h4, h5, h6, p, li, blockquote"     # lexbor gives them in page order
ANCHOR_CHARS = 60      # start of the following paragraph that places a heading
SENTENCE_WORDS = 10    # words of each text block around a heading outside the main container, at least


def is_layout_cell(cell) -> bool:
    """A cell holding two paragraphs, or a heading or a quote beside a paragraph."""
    tags = [n.tag for n in cell.css(_CELL_BLOCKS)]
    return tags.count("p") >= 2 or (bool(tags) and "p" in tags and any(t != "p" for t in tags))


def unwrap_layout_tables(dom) -> int:
    """Cells of layout tables as ``<div>``s, their table, section and row tags unwrapped
    (innermost first: an outer table copies converted cells). Returns the tables unwrapped."""
    tables = [t for t in dom.css("table") if any(is_layout_cell(c) for c in t.css("td, th"))]
    for table in reversed(tables):
        cells = [c for c in table.css("td, th") if _table_of(c) == table.mem_id]
        for cell in cells:
            div = dom.create_node("div")
            div.inner_html = cell.inner_html
            cell.replace_with(div)
        for part in [p for p in table.css("tbody, thead, tfoot, tr, caption") if _table_of(p) == table.mem_id]:
            part.unwrap()
        table.unwrap()
    return len(tables)


# containers whose loose text is wrapped, the children that end a run of it, and text nodes
_LOOSE_CONTAINERS = frozenset({"div", "section", "article", "main", "blockquote", "center"})
_BLOCK_CHILDREN = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "section",
    "article", "aside", "header", "footer", "nav", "figure", "form", "hr", "address", "main", "center", "menu",
    "details", "fieldset", "iframe", "video", "audio", "script", "style", "noscript", "template",
})
_BLOCK_INSIDE = ", ".join(sorted(_BLOCK_CHILDREN | {"li", "dt", "dd", "tr", "td"}))
_TEXT_NODES = ("-text", "_text")
_WORD = re.compile(r"\w")


def _has_bare_words(run: list) -> bool:
    """Whether a run holds words straight in the container (not all inside inline elements)."""
    return any(node.tag in _TEXT_NODES and _WORD.search(node.text_content or "") for node in run)


def _loose_runs(container) -> list[list]:
    """The container's runs of text and inline children that follow a ``<p>``, or that hold
    words set straight in the container (a run of inline elements only, before any paragraph,
    is a box of links or a label more often than prose, and is left as it is)."""
    runs: list[list] = []
    run: list = []
    after_paragraph = False
    for child in container.iter(include_text=True):
        if child.tag in _BLOCK_CHILDREN:
            if after_paragraph or _has_bare_words(run):
                runs.append(run)
            run, after_paragraph = [], child.tag == "p"
        elif child.tag not in ("-comment", "_comment"):
            run.append(child)
    if after_paragraph or _has_bare_words(run):
        runs.append(run)
    return runs


CONTINUATION_WORDS = 20   # words of prose a text-only box after the paragraphs holds, at least


def _continuation(container):
    """The box right after a container of paragraphs (empty anchors between) that holds only
    text and inline elements, a sentence or more of it: the rest of the article, set apart
    ("read more" continuations of blog engines), which trafilatura drops as bare text."""
    node = container.next
    while node is not None and (node.tag in _TEXT_NODES or node.tag in ("a", "-comment", "_comment")) \
            and not _WORD.search(node.text() or ""):
        node = node.next
    if node is None or node.tag not in ("div", "section") or \
            any(child.css_first(_BLOCK_INSIDE) is not None for child in node.iter()):   # (css_first: itself too)
        return None
    text = node.text().strip()
    return node if len(text.split()) >= CONTINUATION_WORDS and text[-1:] in ".!?\u2026\"\u201d)" else None


def wrap_loose_text(dom) -> int:
    """Loose runs (`_loose_runs`) of the containers of ``<p>``s, and of the text-only box that
    continues them (`_continuation`), wrapped in ``<p>``s (rule ``loose-text``); returns how many. Runs without a word, and runs whose inline elements
    hold blocks (which a paragraph cannot hold), are left alone."""
    containers = {}
    for p in dom.css("p"):
        parent = p.parent
        if parent is not None and parent.tag in _LOOSE_CONTAINERS:
            containers.setdefault(parent.mem_id, parent)
    for container in list(containers.values()):
        if (box := _continuation(container)) is not None:
            containers.setdefault(box.mem_id, box)
    wrapped = 0
    for container in containers.values():
        for run in _loose_runs(container):
            if not any(_WORD.search(node.text() or "") for node in run):
                continue
            if any(node.tag not in _TEXT_NODES and node.css_first(_BLOCK_INSIDE) is not None for node in run):
                continue
            p = dom.create_node("p")
            for node in run:
                p.insert_child(node)        # lexbor inserts copies: the originals go after
            run[0].insert_before(p)
            for node in run:
                node.decompose()
            wrapped += 1
    return wrapped


_BOXES = "div > div, section > div, article > div, td > div"


def separate_boxed_text(dom) -> int:
    """A line break at each edge where a container's own text meets a block it holds with no
    space between (rule ``boxed-text``); returns how many edges."""
    seen: set[int] = set()
    edges = 0
    for inner in dom.css(_BOXES):
        box = inner.parent
        if box is None or box.mem_id in seen:
            continue
        seen.add(box.mem_id)
        for node in list(box.iter(include_text=True)):
            if node.tag not in _TEXT_NODES:
                continue
            text = node.text_content or ""
            if not _WORD.search(text):
                continue
            before = node.prev is not None and node.prev.tag in _BLOCK_CHILDREN and not text[:1].isspace()
            after = node.next is not None and node.next.tag in _BLOCK_CHILDREN and not text[-1:].isspace()
            if before or after:
                node.replace_with(("\n" if before else "") + text + ("\n" if after else ""))
                edges += before + after
    return edges


_IMAGE_WRAPPERS = frozenset({"a", "span", "picture", "font", "b", "strong", "i", "em"})


def _pixel(size) -> bool:
    return bool(size) and size.strip().isdigit() and int(size) <= 2


def space_images(dom) -> int:
    """A space after each image set between two runs of text with none around it (rule
    ``image-gap``): a browser shows "Title[picture]Text" as two words, a text reader glues
    them into "TitleText". An image wrapped alone in an inline element (a link) counts as the
    wrapper; a tracking pixel (1x1) is none. Returns how many gaps."""
    gaps = 0
    for image in dom.css("img"):
        if any(_pixel(image.attributes.get(side)) for side in ("width", "height")):
            continue                  # a tracking pixel is no picture
        node = image
        while node.parent is not None and node.parent.tag in _IMAGE_WRAPPERS and node.prev is None \
                and node.next is None and not node.parent.text().strip():
            node = node.parent
        before, after = node.prev, node.next
        if before is None or after is None:
            continue
        left, right = before.text(), after.text()
        if left and right and not left[-1].isspace() and not right[0].isspace():
            node.insert_after(" ")
            gaps += 1
    return gaps


def _table_of(node) -> int | None:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent.mem_id if parent is not None else None


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
        if node.tag not in _HEADINGS or not (text := blocks.text(k)):
            continue
        after = blocks.neighbour(k, 1)
        if after is None or blocks.nodes[after].tag in _HEADINGS:
            continue
        anchor = blocks.text(after)
        if node.mem_id in own:
            out.append((text, int(node.tag[1]), anchor[:ANCHOR_CHARS], ""))
            continue
        before = blocks.neighbour(k, -1)
        if before is not None and blocks.nodes[before].tag not in _HEADINGS and \
                _prose_around(blocks.extent(before), anchor):
            out.append((text, int(node.tag[1]), anchor[:ANCHOR_CHARS], blocks.text(before)[:ANCHOR_CHARS]))
    return tuple(out)


def _prose_around(before: str, after: str) -> bool:
    """Running text on both sides: blocks of `SENTENCE_WORDS` words at least (a sidebar's
    lines and labels are shorter; an FAQ's answers and a short article's paragraphs are not)."""
    return min(len(before.split()), len(after.split())) >= SENTENCE_WORDS


class _TextBlocks:
    """The page's headings and text blocks in page order (paragraphs, list items and quotes that
    hold no paragraph, with text), their texts read only when asked for."""

    def __init__(self, dom):
        body = dom.body
        self.nodes = body.css(_TEXT_BLOCKS) if body is not None else []
        self._texts: dict[int, str] = {}

    def text(self, k: int) -> str:
        if k not in self._texts:
            node = self.nodes[k]
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
