"""Page structure the main-text extraction would lose, kept by general rules (the subheadings:
`cleaners.extract_headings`).

* ``layout-table``: tables laid out as page columns become boxes (`cleaners.extract_tables`).
* ``boxed-text``: text set straight into a box beside a box it holds (``<div>Text<div>More</div>
  Rest</div>``, three lines on screen) meets the inner box's text with no space between, and
  trafilatura reads it as one word ("TextMoreRest"); a line break is put at each such edge.
* ``loose-text``: text set straight into a container beside its paragraphs (``<p>A</p> more
  text<br>``, which a browser shows as a paragraph of its own) is wrapped in a ``<p>`` before
  extraction: trafilatura drops such text when it follows a paragraph that holds a line break,
  or follows two paragraphs, though it keeps it elsewhere. So are the paragraphs of a container
  that sets them apart by line breaks (``Text<br><br>More``) when a box holding a ``<p>`` stands
  between them: trafilatura drops the bare text after such a box.
* ``image-gap``: a picture between two runs of text keeps them two words (`space_images`).
"""
from __future__ import annotations

import re

from .builtin._dom import TEXT_NODES

# containers whose loose text is wrapped, the children that end a run of it, and text nodes
_LOOSE_CONTAINERS = frozenset({"div", "section", "article", "main", "blockquote", "center"})
_BLOCK_CHILDREN = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "section",
    "article", "aside", "header", "footer", "nav", "figure", "form", "hr", "address", "main", "center", "menu",
    "details", "fieldset", "iframe", "video", "audio", "script", "style", "noscript", "template",
})
_BLOCK_INSIDE = ", ".join(sorted(_BLOCK_CHILDREN | {"li", "dt", "dd", "tr", "td"}))
_WORD = re.compile(r"\w")


def _has_bare_words(run: list) -> bool:
    """Whether a run holds words straight in the container (not all inside inline elements)."""
    return any(node.tag in TEXT_NODES and _WORD.search(node.text_content or "") for node in run)


def wrap_in_paragraph(dom, run: list) -> None:
    """Put the sibling nodes of ``run`` into a new ``<p>`` where the first of them stood."""
    p = dom.create_node("p")
    for node in run:
        p.insert_child(node)        # lexbor inserts copies: the originals go after
    run[0].insert_before(p)
    for node in run:
        node.decompose()


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


LINE_BREAK_PROSE_WORDS = 20   # words of one run of bare text that make a container of line breaks an article


def _is_line_break_article(container) -> bool:
    """A container of paragraphs set apart by line breaks rather than ``<p>`` tags, with a box
    holding a ``<p>`` between them (``Text<br><br><div><p>Updated 15:20</p></div>More text``):
    trafilatura drops the bare text after such a box. The run after the box holds a sentence or
    more of prose."""
    if container.tag not in _LOOSE_CONTAINERS:
        return False
    words = 0
    after_box = False
    for child in container.iter(include_text=True, skip_empty=True):
        if child.tag in _BLOCK_CHILDREN or child.tag == "br":
            if after_box and words >= LINE_BREAK_PROSE_WORDS:
                return True
            words = 0
            if child.tag in _BLOCK_CHILDREN:
                after_box = child.tag == "p" or child.css_first("p") is not None
        elif child.tag in TEXT_NODES:
            words += len((child.text_content or "").split())
    return after_box and words >= LINE_BREAK_PROSE_WORDS


CONTINUATION_WORDS = 20   # words of prose a text-only box after the paragraphs holds, at least


def _continuation(container):
    """The box right after a container of paragraphs (empty anchors between) that holds only
    text and inline elements, a sentence or more of it: the rest of the article, set apart
    ("read more" continuations of blog engines), which trafilatura drops as bare text."""
    node = container.next
    while node is not None and (node.tag in TEXT_NODES or node.tag in ("a", "-comment", "_comment")) \
            and not _WORD.search(node.text() or ""):
        node = node.next
    if node is None or node.tag not in ("div", "section") or \
            any(child.css_first(_BLOCK_INSIDE) is not None for child in node.iter()):   # (css_first: itself too)
        return None
    text = node.text().strip()
    return node if len(text.split()) >= CONTINUATION_WORDS and text[-1:] in ".!?\u2026\"\u201d)" else None


def wrap_loose_text(dom) -> int:
    """Loose runs (`_loose_runs`) of the containers of ``<p>``s, and of the text-only box that
    continues them (`_continuation`), wrapped in ``<p>``s (rule ``loose-text``); returns how many.
    Runs without a word, and runs whose inline elements hold blocks (which a paragraph cannot
    hold), are left alone."""
    containers = {}
    for p in dom.css("p"):
        parent = p.parent
        if parent is not None and parent.tag in _LOOSE_CONTAINERS:
            containers.setdefault(parent.mem_id, parent)
    for container in list(containers.values()):
        if (box := _continuation(container)) is not None:
            containers.setdefault(box.mem_id, box)
    parents = {}
    for br in dom.css("br"):
        parent = br.parent
        if parent is not None and parent.tag in _LOOSE_CONTAINERS and parent.mem_id not in containers:
            parents.setdefault(parent.mem_id, parent)     # (each parent read once, however many breaks it holds)
    for key, parent in parents.items():
        if _is_line_break_article(parent):
            containers[key] = parent
    wrapped = 0
    for container in containers.values():
        for run in _loose_runs(container):
            if not any(_WORD.search(node.text() or "") for node in run):
                continue
            if any(node.tag not in TEXT_NODES and node.css_first(_BLOCK_INSIDE) is not None for node in run):
                continue
            wrap_in_paragraph(dom, run)
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
        for node in list(box.iter(include_text=True, skip_empty=True)):
            if node.tag not in TEXT_NODES:
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
