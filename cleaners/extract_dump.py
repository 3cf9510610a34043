"""trafilatura's last resort, the text of the whole page as one paragraph, told apart and declined.

When its extraction yields less than ``MIN_EXTRACTED_SIZE`` characters, trafilatura tries a
baseline: embedded JSON, ``<article>`` elements, paragraphs, and, when none of them carries
enough text, every text node of the page's ``<body>`` joined into one paragraph: menus, archive
lists, sidebars and footer with the article somewhere inside. On a short post (a photo, a video,
two sentences over a comment thread the comment stage has already taken) that dump becomes the
body. `decline_page_dump` tells the dump apart (one block of `DUMP_LINES` text nodes or more) and
runs the extraction again without the rescue: its own, short result is the body when it found
any text; else the dump stays (the page's text rather than none). What the body then leaves out
of the page is logged as not extracted (`extract_audit`), as on any page.

The baseline's other rescues glue blocks: the text of each ``<article>`` element, or the JSON-LD
``articleBody``, is one paragraph, the headline, the date line and every paragraph run together
("Council approves budget March 14, 2024 The city council voted…"). Such a result
(`glued_rescue`: paragraphs without markup, a few at most) is also extracted again without the
rescue, and that result, in blocks, replaces it when it holds the same text (`same_text`): most
of it (`GLUED_KEEP`) and nothing else. Else a paragraph of the rescue that is the whole text of an
``<article>`` element is read in that element's blocks (`split_glued_articles`): a short article's
headline, byline and captions are most of its text, and the extraction again gives too little back. A short page, or a page in a script whose sentences pack
more meaning in fewer characters (Chinese, Japanese), meets the rescue's threshold of 250
characters with a whole article.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from lxml.etree import Element
from trafilatura.baseline import basic_cleaning
from trafilatura.settings import use_config
from trafilatura.utils import load_html

from .document import removal
from .lines import squeezed

log = logging.getLogger(__name__)

DUMP_LINES = 10       # text nodes joined in the one paragraph that make it a page dump
GLUED_PARAGRAPHS = 3  # paragraphs without markup at most in a rescue that may have glued blocks
GLUED_KEEP = 0.6      # share of the rescue's characters the extraction in blocks must hold
RESCUE_MIN_CHARS = 100  # trafilatura's baseline takes no text this short or shorter

_NO_RESCUE = use_config()
_NO_RESCUE.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")


def is_page_dump(result: Any) -> bool:
    """Whether trafilatura's result is its whole-page dump: one paragraph holding at least
    `DUMP_LINES` of the page's text nodes, one a line."""
    body = getattr(result, "body", None)
    if body is None or len(body) != 1 or body[0].tag != "p" or len(body[0]):
        return False
    return (body[0].text or "").count("\n") + 1 >= DUMP_LINES


def glued_rescue(result: Any) -> bool:
    """Whether trafilatura's result may be a rescue that glued blocks: one to `GLUED_PARAGRAPHS`
    paragraphs, none holding markup, each one line, over `RESCUE_MIN_CHARS` in all (an
    extraction in blocks of a short article gives the same shape: it is told apart by
    `same_text` on the extraction again)."""
    body = getattr(result, "body", None)
    if body is None or not 0 < len(body) <= GLUED_PARAGRAPHS or len(result.text or "") <= RESCUE_MIN_CHARS:
        return False
    return all(p.tag == "p" and not len(p) and "\n" not in (p.text or "").strip() for p in body)


def _may_glue(source: Any) -> bool:
    """Whether the page holds what the gluing rescues read: an ``<article>`` element or an
    ``articleBody`` (a page given as a tree may)."""
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    return not isinstance(source, str) or "<article" in source or "articleBody" in source


def same_text(glued: Any, blocks: Any) -> bool:
    """Whether ``blocks`` (an extraction) holds the text of ``glued`` in more blocks: every block
    of it is part of ``glued`` (spacing aside), and together they hold `GLUED_KEEP` of it."""
    if blocks is None or getattr(blocks, "body", None) is None or len(blocks.body) <= len(glued.body):
        return False
    whole = squeezed(glued.text or "")
    parts = [squeezed(line) for line in (blocks.text or "").splitlines()]
    parts = [part for part in parts if part]
    return bool(whole) and all(part in whole for part in parts) and \
        sum(map(len, parts)) >= GLUED_KEEP * len(whole)


def decline_page_dump(result: Any, extract: Callable[..., Any], source: Any, probe: str = "",
                      run_probe: str | Callable[[], str] = "", **kwargs) -> Any:
    """``result``, or when it is the page dump, ``extract(source, **kwargs)`` run again without
    trafilatura's baseline rescue, if that finds text, holding ``probe`` when one is given (the
    start of the main text container's longest paragraph: the article's own text) and ``run_probe``
    (the start of the first prose run of a post written between ``<br>``s, whose main container may
    be a footer's one paragraph: the rerun holding that paragraph alone is no post; or a callable making
    it, called for a page dump only); when it is a rescue that glued blocks, that extraction again if it
    holds the same text in blocks."""
    if glued_rescue(result) and _may_glue(source):
        again = extract(source, config=_NO_RESCUE, **kwargs)
        if same_text(result, again):
            log.debug("rescue of %d characters in %d paragraphs replaced by the extraction's %d blocks",
                      len(result.text or ""), len(result.body), len(again.body))
            return again
        return split_glued_articles(result, source)
    if not is_page_dump(result):
        return result
    again = extract(source, config=_NO_RESCUE, **kwargs)
    text = " ".join((again.text if again is not None else "").split())
    run_probe = run_probe() if callable(run_probe) else run_probe
    if not text or probe and probe not in text or run_probe and " ".join(run_probe.split()) not in text:
        return result
    log.debug("page dump of %d characters declined for the extraction's own %d", len(result.text or ""),
              len(again.text or ""))
    return again


# -- a page dump kept: a short post's chrome out of it, read in the page's blocks ------------------------------------------
# HTML elements whose text never runs into the text around them (the rest are inline)
_PAGE_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                          "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "section", "article", "header",
                          "nav", "main", "figure", "figcaption", "form", "address", "center", "caption", "tbody",
                          "thead", "tfoot", "fieldset", "legend", "details", "summary", "body"})
_PAGE_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
DUMP_SPLIT_LINES = 2    # text nodes in the one paragraph of a dump that is split into the page's blocks


def _page_blocks(body: Any) -> list[tuple[str, str]]:
    """(tag, text) of each run of text between two block boundaries of ``body`` (an lxml element),
    whitespace collapsed: ``h2`` for a run inside a heading, ``p`` for any other."""
    out: list[tuple[str, str]] = []
    parts: list[str] = []
    heading = 0

    def flush() -> None:
        text = " ".join("".join(parts).split())
        if text:
            out.append(("h2" if heading else "p", text))
        parts.clear()

    stack: list = [body]        # elements to open, strings to emit, and ("close", tag) markers (iterative: deep pages)
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if isinstance(node, tuple):
            if node[1] in _PAGE_BLOCKS:
                flush()
            heading -= node[1] in _PAGE_HEADINGS
            continue
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _PAGE_BLOCKS:
            flush()
        heading += tag in _PAGE_HEADINGS
        if node.tail:
            stack.append(node.tail)
        stack.append(("close", tag))
        if tag and node.text:       # (a comment's or an instruction's text is no text of the page)
            parts.append(node.text)
        stack.extend(reversed([child for child in node]))
    flush()
    return out


def _as_elements(blocks) -> list:
    """The page's blocks (`_page_blocks`: (tag, text)) as trafilatura's elements: a ``head`` for a heading's, a ``p``."""
    out = []
    for tag, text in blocks:
        element = Element("head" if tag == "h2" else "p")
        element.text = text
        out.append(element)
    return out


def split_glued_articles(result: Any, source: Any) -> Any:
    """``result`` (a rescue that may have glued blocks, `glued_rescue`) with each paragraph that is the
    whole text of an ``<article>`` element of the page (trafilatura's ``<article>`` rescue) read in that
    element's blocks, one paragraph (a heading: a ``head``) each: the headline, the byline, the
    paragraphs and the captions no longer run together. Paragraphs that no ``<article>`` holds
    whole (an ``articleBody``) stay as they are."""
    if not isinstance(source, (str, bytes)) or "<article" not in (source if isinstance(source, str) else
                                                                   source.decode("latin-1")):
        return result
    tree = load_html(source)
    page = basic_cleaning(tree) if tree is not None else None
    if page is None:
        return result
    glued = {squeezed(p.text or ""): p for p in result.body}
    split = 0
    for element in page.iter("article"):
        blocks = _page_blocks(element)
        paragraph = glued.pop(squeezed("".join(text for _, text in blocks)), None) if len(blocks) >= 2 else None
        if paragraph is None:
            continue
        at = result.body.index(paragraph)
        result.body.remove(paragraph)
        for k, block in enumerate(_as_elements(blocks)):
            result.body.insert(at + k, block)
        split += 1
    if split:
        log.debug("%d glued <article> rescues read in their blocks", split)
    return result


def drop_dump_chrome(result: Any, source: Any, doc: Any) -> tuple[Any, tuple]:
    """``result``, and when its body is trafilatura's whole-page dump (one paragraph holding the
    page's text nodes one a line, `DUMP_SPLIT_LINES` of them at least) of a page given as HTML,
    that dump read in the page's own blocks, one paragraph (a heading: a ``head``) each, so that
    no block runs into the next ("BuzzWire The daily pundit. Six days powerless...": the logo,
    the tagline, the headline and the post's one sentence in one line), and an inline element
    never splits a line; without the lines that are a short post's chrome (rule ``dump-chrome``):
    the post's stamp line, the blogging tool's controls, counter rows and comment prompts
    (`post_furniture.dump_chrome`, in the words of ``doc``'s page language). Also the removals of
    the lines taken. The blocks must hold the dump's text, spacing aside; else the dump stays whole."""
    body = getattr(result, "body", None)
    if body is None or len(body) != 1 or body[0].tag != "p" or len(body[0]) or not isinstance(source, (str, bytes)):
        return result, ()
    dump = body[0].text or ""
    if dump.strip().count("\n") + 1 < DUMP_SPLIT_LINES:
        return result, ()
    tree = load_html(source)
    page = basic_cleaning(tree).find(".//body") if tree is not None else None
    if page is None:
        return result, ()
    blocks = _page_blocks(page)
    if len(blocks) < 2 or squeezed("".join(text for _, text in blocks)) != squeezed(dump):
        return result, ()
    from . import lang
    from .builtin.post_furniture import dump_chrome
    texts = [text for _, text in blocks]
    chrome = dump_chrome(texts, ["heading" if tag == "h2" else "p" for tag, _ in blocks],
                         lang.languages(lang.page_language(doc)))
    if len(chrome) == len(texts):
        chrome = set()
    body.remove(body[0])
    body.extend(_as_elements(block for i, block in enumerate(blocks) if i not in chrome))
    log.debug("a page dump read in %d blocks, %d chrome lines taken out", len(texts), len(chrome))
    return result, tuple(removal("extract", "dump-chrome", texts[i]) for i in sorted(chrome))
