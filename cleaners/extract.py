"""Main-text extraction of HTML pages with trafilatura, into blocks and metadata."""
from __future__ import annotations

import logging
from typing import Any

import trafilatura
from lxml import etree

from .document import Block, Document

log = logging.getLogger(__name__)

_HEADING_REND = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def blocks_from_tree(body: etree._Element | None) -> tuple[Block, ...]:
    """Trafilatura's XML body (p, head, list/item, quote, table, code) as blocks."""
    if body is None:
        return ()
    blocks: list[Block] = []
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "list":
            for item in element.iter("item"):
                if text := _text(item):
                    blocks.append(Block(text, kind="item"))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                if any(cells):
                    blocks.append(Block(" | ".join(c for c in cells if c), kind="table"))
        elif tag == "code":
            if text := "".join(element.itertext()).strip("\n"):
                blocks.append(Block(text, kind="code"))
        elif text := _text(element):
            if tag == "head":
                level = _HEADING_REND.get(element.get("rend", ""), 2)
                blocks.append(Block(text, kind="heading", level=level))
            elif tag == "quote":
                blocks.append(Block(text, kind="quote"))
            else:
                blocks.append(Block(text))
    return tuple(blocks)


def _clean_list(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = values.split(",")
    return [v.strip() for v in values if v and v.strip()]


def extract(doc: Document, html: Any = None) -> Document:
    """The document's body blocks and metadata from its page (``html`` may be a parsed tree)."""
    result = trafilatura.bare_extraction(
        html if html is not None else doc.html, url=doc.url, include_comments=False,
        with_metadata=True, include_tables=True, include_formatting=False)
    if result is None:
        return doc
    url = result.url or doc.url
    tags = _clean_list(result.tags)
    categories = _clean_list(result.categories)
    doc = doc.replace(blocks=blocks_from_tree(result.body), url=doc.url or url)
    return doc.meta_default(
        title=result.title, author=result.author, date=result.date, site=result.sitename,
        section=categories[0] if categories else None, language=result.language,
        url=url, description=result.description, tags=tags,
    )
