"""The article's text declared in the page's JSON-LD, when its HTML carries much less of it.

Pages built in the browser (an application shell, "Loading…", the article fetched by a
script) and some paywalled pages print next to nothing of the article in their HTML, while
their JSON-LD ``NewsArticle`` holds it whole as ``articleBody``. When the extraction holds
less than `SHARE` of that text's characters (and the text is no teaser: `MIN_CHARS` or more),
the declared text is the body, in its own paragraphs; the blocks it replaces are logged in
``removed`` (rule ``replaced-by-json-ld``), and the text cleaners clean it like any body.
"""
from __future__ import annotations

import html as html_entities
import re

from selectolax.lexbor import LexborHTMLParser

from .document import Document, removal
from .lines import squeezed
from .text_input import blocks_from_text

MIN_CHARS = 200       # a declared text shorter than this is a teaser, never the body
SHARE = 0.5           # the extraction holding less than this share of the declared text is replaced

_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|figure|span|a|strong|em|b|i)\b[^>]*>", re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|figure|figcaption|tr|table)\b[^>]*>", re.I)


def declared_text(body: str) -> str:
    """The declared ``articleBody`` as plain text, paragraphs apart: markup in it (some CMSs
    put the HTML there) ends a paragraph at each block tag; entities are decoded."""
    if _MARKUP.search(body):
        marked = _BLOCK_TAG.sub("\n\n", body)
        node = LexborHTMLParser(marked).body
        return node.text(deep=True) if node is not None else ""
    return html_entities.unescape(body)


def with_declared_body(doc: Document, body: str | None) -> Document:
    """``doc`` with the declared article text as its body when the extraction holds much less
    of it (`SHARE`), else ``doc`` as it is."""
    if not body:
        return doc
    text = declared_text(body)
    declared = len(squeezed(text))
    if declared < MIN_CHARS or len(squeezed(" ".join(b.text for b in doc.blocks))) >= SHARE * declared:
        return doc
    blocks = blocks_from_text(text)
    if not blocks:
        return doc
    replaced = tuple(removal("extract", "replaced-by-json-ld", b.text) for b in doc.blocks)
    return doc.replace(blocks=blocks, removed=doc.removed + replaced)
