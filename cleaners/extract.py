"""Main-text extraction of HTML pages with trafilatura (the body), after the DOM pass.

After the html-scope cleaners have pruned the parsed page, `prune_for_extraction` drops
what trafilatura would throw away anyway (head, scripts, styles, embeds) so that it
serialises and re-parses less, and `extract` hands the resulting HTML string to
trafilatura (metadata off: `page_metadata` read it from the DOM) for the body, with its
comment pass on: the comment sections it finds are not body, and when the comment stage
found no thread on the page, their text becomes the record's comments
(`cleaners.builtin.comments.fallback`). Pages nested absurdly deep (`too_deep`) skip the
DOM pass.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

import htmldate.utils
import trafilatura
import trafilatura.utils
from lxml import etree

from . import lang
from .builtin._dom import edited
from .builtin.comments.fallback import comments_from_trafilatura
from .document import Block, Document, removal
from .extract_depth import MAX_NESTING, too_deep  # noqa: F401 (the pipeline's check, read as extract.too_deep)
from .extract_dump import decline_page_dump, drop_dump_chrome
from .extract_repeats import drop_repeated_runs
from .extract_fast import FAST_MIN_ESTIMATE, full_run_needed, holds_probe, lost_fast_list
from .extract_fast import fast_result_doubtful  # noqa: F401 (the API)
from .extract_captions import photo_captions_as_text
from .extract_controls import controls_as_headings
from .extract_crowded import thin_crowded_paragraphs
from .extract_entries import reinstate_entries
from .extract_headings import reinstate_headings
from .extract_keep import missed_article, page_with_main_kept
from .extract_options import bare_extraction as _trafilatura
from .extract_prose import keep_prose
from .extract_lead import move_lead
from .extract_pre import prose_pre_as_paragraphs
from .extract_split import join_split_parts
from .extract_links import unwrap_sentence_links
from .extract_textboxes import text_boxes_as_paragraphs, wrap_prose_beside_text_boxes
from .extract_structure import separate_boxed_text, space_images, wrap_loose_text
from .extract_tables import unwrap_layout_tables
from .lxml_classes import use_c_lookup
from .page_metadata import clean_list

log = logging.getLogger(__name__)

use_c_lookup(trafilatura.utils.HTML_PARSER, htmldate.utils.HTML_PARSER)   # the parsers of the body and the date

_HEADING_REND = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# elements trafilatura discards with their content (settings.MANUALLY_CLEANED): removing them before
# serialisation changes nothing in its output and saves parsing time
PRUNE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "link", "meta"]


# trafilatura's block elements: their text never runs into the text around them
_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "cell", "code", "lb", "div", "graphic",
                     # HTML block tags trafilatura sometimes leaves as they were (a <li> inside a <quote>)
                     "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                     "tr", "td", "th", "br", "section", "article", "figure", "figcaption"})


def _text(element: etree._Element, skip: frozenset = frozenset(), line_break: str = "") -> str:
    """The element's text, a space between block elements (a heading and the paragraph
    after it in one list item stay two words apart: never "WebIDEDevelop"), inline
    elements joined as written; children whose tag is in ``skip`` left out. With a
    ``line_break``, it stands for line breaks and block boundaries, and is kept."""
    gap = line_break or " "
    parts: list[str] = []
    stack: list = [element]          # elements to open, and strings to emit when met (iterative: deep lists)
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if node.text:
            parts.append(node.text)
        for child in reversed(node):
            tag = child.tag if isinstance(child.tag, str) else ""
            if child.tail:
                stack.append(child.tail)
            if tag in skip:
                stack.append(gap)
                continue
            if tag in _BLOCKS:
                stack.append(gap)
            stack.append(child)
            if tag in _BLOCKS:
                stack.append(gap)
    text = "".join(parts)
    return text if line_break else " ".join(text.split())


def _lines(element: etree._Element) -> list[str]:
    """The element's text split at its line breaks (``<lb/>``) and at the block elements it
    holds (trafilatura nests a ``<p>`` in a ``<p>``), whitespace collapsed."""
    text = _text(element, line_break="\u2028")
    return [line for line in (" ".join(part.split()) for part in text.split("\u2028")) if line]


def blocks_from_tree(body: etree._Element | None) -> tuple[Block, ...]:
    """Trafilatura's XML body (p, head, list/item, quote, table, code) as blocks.

    Text directly in the body after an element (its tail) is a paragraph of its own;
    a paragraph with line breaks gives one block per line."""
    if body is None:
        return ()
    blocks: list[Block] = []
    if body.text and body.text.strip():
        blocks.append(Block(" ".join(body.text.split())))
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        tail, element.tail = element.tail, None
        if tag == "list":
            for item in element.iter("item"):     # a nested list's items come as items of their own
                if text := _text(item, skip=frozenset({"list"})):
                    blocks.append(Block(text, kind="item"))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                if any(cells):
                    blocks.append(Block(" | ".join(c for c in cells if c), kind="table"))
        elif tag == "code":
            if text := "".join(element.itertext()).strip("\n"):
                blocks.append(Block(text, kind="code"))
        elif tag == "head":
            if text := _text(element):
                level = _HEADING_REND.get(element.get("rend", ""), 2)
                blocks.append(Block(text, kind="heading", level=level))
        elif tag == "quote":
            blocks.extend(Block(line, kind="quote") for line in _lines(element))
        else:
            blocks.extend(Block(line) for line in _lines(element))
        if tail and tail.strip():
            blocks.append(Block(" ".join(tail.split())))
    return tuple(blocks)


def prune_for_extraction(dom) -> str:
    """The cleaned page as HTML, without the parts trafilatura discards unread, layout tables unwrapped
    (`extract_structure.unwrap_layout_tables`), text standing loose between paragraphs wrapped in paragraphs
    (`extract_structure.wrap_loose_text`), a box's own text kept apart from the boxes it holds
    (`extract_structure.separate_boxed_text`), a space after an image between two runs of text (`space_images`),
    the link of a paragraph that is one linked sentence reduced to its text (`extract_links`), the lead
    printed outside the main container moved to its head (`extract_lead.move_lead`), the article's opening
    part split from that container by an inline box joined to it (`extract_split.join_split_parts`), a box of
    text among paragraphs made a paragraph and a sentence loose beside such boxes wrapped (`extract_textboxes`),
    the control opening a disclosure panel made its heading (`extract_controls.controls_as_headings`), plain text in
    a ``<pre>`` made paragraphs (`extract_pre.prose_pre_as_paragraphs`), a paragraph
    of hundreds of inline elements thinned (`extract_crowded`: trafilatura's cost is quadratic in them), the article's
    paragraphs inside the main container kept from trafilatura's class-name discards (`extract_prose`)."""
    keep_prose(dom)
    unwrap_layout_tables(dom)
    move_lead(dom)
    join_split_parts(dom)
    controls_as_headings(dom)
    prose_pre_as_paragraphs(dom)
    photo_captions_as_text(dom)
    head = dom.head
    if head is not None:
        for child in list(head.iter()):
            child.decompose()
    dom.strip_tags(PRUNE_TAGS)
    wrap_loose_text(dom)
    text_boxes_as_paragraphs(dom)
    wrap_prose_beside_text_boxes(dom)
    separate_boxed_text(dom)
    space_images(dom)
    unwrap_sentence_links(dom)
    thin_crowded_paragraphs(dom)
    edited()
    return dom.html or ""


# trafilatura in recall mode on the page the DOM pass pruned: the furniture its precision
# rules look for (teasers, link lists, boxes) has already been removed by markup and shape,
# and what it would still drop is mostly article text (lists in cells, teaser-classed leads,
# paragraphs in bare divs); a page that skipped the DOM pass (`too_deep`) keeps the default
FAVOR_RECALL = True


def extract(doc: Document, html: Any = None, with_metadata: bool = True,
            main_estimate: int | None = None, main_probe: str = "", main_headings=(), main_entries=(),
            run_probe: str | Callable[[], str] = "", deep: bool = False) -> Document:
    """The document's body blocks from its page (``html``: the cleaned page, string or tree).

    ``with_metadata``: also take trafilatura's metadata (used when the pipeline has not
    already read it from the DOM). ``main_estimate``: paragraph characters of the page's
    main text container, read from the pruned DOM; when given, trafilatura runs without
    its readability/justext comparison (about a third of its time) and the comparison runs
    only when the fast result disagrees with the estimate (`extract_fast.full_run_needed`); an estimate
    under `FAST_MIN_ESTIMATE` doubts any fast result, so the comparison runs at once.

    trafilatura's comment pass runs when the document has no comments yet (the comment
    stage found no thread): what it takes for a comment section is left out of the body
    and becomes the comments; what it takes and holds no comment is logged in ``removed``
    (rule ``comment-section``).
    ``main_probe``: the start of the main text container's longest paragraph; a comment
    section holding it, with next to nothing left for the body, is the article (named
    "comments-open" and the like), and the extraction runs again without the comment pass.
    ``main_headings``: the main container's subheadings (`extract_headings.main_headings`),
    put back where the extraction dropped them; ``main_entries``: the paragraphs of a list of entries
    (`extract_entries.entry_paragraphs`), put back when the list is in the body. ``run_probe``: the start of
    the first prose run of a post written between ``<br>``s (`_dom_runs.run_probe`), or a callable making it when
    first asked; an extraction again that declines trafilatura's whole-page dump must hold it too
    (`extract_dump.decline_page_dump`). ``deep``: the page nests elements past lxml's limit
    (`extract_options.deep_tree`)."""
    source = html if html is not None else doc.html
    probes = (main_probe, run_probe)
    kwargs = dict(url=doc.url, include_comments=not doc.comments, with_metadata=with_metadata,
                  include_tables=True, include_formatting=False, favor_recall=FAVOR_RECALL and html is not None,
                  deep=deep)
    result = fast = None
    if main_estimate is not None and main_estimate >= FAST_MIN_ESTIMATE:   # (below: any fast result is doubted)
        result = _bare_extraction(source, probes, fast=True, **kwargs)
        if full_run_needed(result.text if result is not None else None, main_estimate, main_probe,
                           kwargs["favor_recall"]):
            result, fast = None, result
    if result is None:
        result = _bare_extraction(source, probes, **kwargs)
        if lost_fast_list(fast, result):      # (rule fast-list-kept: `extract_fast`)
            result = fast
    took = _took_the_article(result, main_probe) if result is not None else ""
    if took:
        result = _bare_extraction(source, probes, **{**kwargs, "include_comments": False})
    if result is not None and missed_article(result.text, main_probe) and isinstance(source, str):
        result = _main_kept(source, probes, result, **kwargs)     # (rule main-class-kept: `extract_keep`)
    if result is None:
        return doc
    result, chrome = drop_dump_chrome(result, source, doc)
    blocks, repeats = drop_repeated_runs(blocks_from_tree(result.body))
    elsewhere = " ".join(" ".join(result.commentsbody.itertext()).split()) if main_entries and not took and \
        result.commentsbody is not None else ""     # (rule entry-paragraphs)
    blocks = reinstate_entries(reinstate_headings(blocks, main_headings), main_entries, elsewhere)
    doc = doc.replace(blocks=blocks, removed=doc.removed + chrome + repeats)
    if not took:
        doc = _with_comments(doc, result.commentsbody)
    if not with_metadata:
        return doc
    url = result.url or doc.url
    tags = clean_list(result.tags)
    categories = clean_list(result.categories)
    doc = doc.replace(url=doc.url or url)
    return doc.meta_default(
        title=result.title, author=result.author, date=result.date, site=result.sitename,
        section=categories[0] if categories else None, language=result.language,
        url=url, description=result.description, tags=tags,
    )


def _bare_extraction(source: Any, probes: tuple[str, str | Callable[[], str]], **kwargs) -> Any:
    """trafilatura's extraction, without its whole-page dump when it found text of its own (holding both
    ``probes``: the main container's longest paragraph's start, the first prose run's)."""
    return decline_page_dump(_trafilatura(source, **kwargs), _trafilatura, source, *probes, **kwargs)


def _main_kept(source: str, probes: tuple[str, str | Callable[[], str]], result: Any, **kwargs) -> Any:
    """The extraction again on the page whose main text container trafilatura no longer deletes for its
    class names (`extract_keep`), when it then holds the main container's longest paragraph; else ``result``."""
    page = page_with_main_kept(source)
    if not page:
        return result
    again = _bare_extraction(page, probes, **kwargs)
    return again if again is not None and holds_probe(again.text, probes[0]) else result


ARTICLE_AS_COMMENTS_SHARE = 0.25   # body shorter than this share of such "comments": extract again


def _took_the_article(result: Any, probe: str) -> str:
    """Whether trafilatura's comment pass took the article, which its comments then hold the
    main container's longest paragraph of: ``"too"`` when the body holds it as well (the
    comments repeat the article), ``"instead"`` when the body is next to nothing beside
    them, else ``""`` (the main container was a long comment). When it took the article,
    the extraction runs again without the comment pass."""
    if not probe or probe not in " ".join((result.comments or "").split()):
        return ""
    if probe in " ".join((result.text or "").split()):
        return "too"
    return "instead" if len(result.text or "") < ARTICLE_AS_COMMENTS_SHARE * len(result.comments or "") else ""


def _with_comments(doc: Document, body: Any) -> Document:
    """trafilatura's comment text: the comments when the document has none, else a removal."""
    if body is None or len(body) == 0:
        return doc
    if not doc.comments:
        comments, removed = comments_from_trafilatura(body, lang.page_language(doc))
        if comments:
            return doc.replace(comments=tuple(comments), removed=doc.removed + tuple(removed))
    text = " ".join(" ".join(body.itertext()).split())
    return doc.replace(removed=doc.removed + (removal("extract", "comment-section", text),)) if text else doc
