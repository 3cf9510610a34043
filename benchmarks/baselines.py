"""Other article extractors scored beside corpus and trafilatura by the benchmark scripts.

readability-lxml (the Python port of Mozilla's Readability) is the extractor issue 12's
acceptance names beside trafilatura; corpus also consults it (`cleaners.extract_agreement`).
Its output is HTML; the text scored is that of its outermost blocks, one per line, so that
nested blocks (a paragraph inside a list item or a cell) are not counted twice and adjacent
blocks are not glued.
"""
from __future__ import annotations

import time
from pathlib import Path

from cleaners.extract_agreement import readability_html

BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre", "blockquote", "dd", "dt",
          "figcaption")


def html_blocks_text(fragment: str) -> str:
    """The text of an HTML fragment's outermost blocks, one per line (the whole text when it has none)."""
    from selectolax.lexbor import LexborHTMLParser
    dom = LexborHTMLParser(fragment)
    block_tags = set(BLOCKS)
    lines = []
    for node in dom.css(", ".join(BLOCKS)):
        parent, nested = node.parent, False
        while parent is not None:
            if parent.tag in block_tags:
                nested = True
                break
            parent = parent.parent
        if nested:
            continue
        text = " ".join(node.text(separator=" ").split())
        if text:
            lines.append(text)
    if lines:
        return "\n".join(lines)
    root = dom.body or dom.root
    return " ".join(root.text(separator=" ").split()) if root is not None else ""


def readability_text(html: bytes | str) -> str:
    """readability-lxml's article of a page as text ("" when it finds none or fails on the page)."""
    if isinstance(html, bytes):
        html = html.decode("utf8", "replace")
    summary = readability_html(html)
    return html_blocks_text(summary) if summary else ""


def run_readability(paths: list[Path], read) -> tuple[dict[str, str], float]:
    """``{page id: text}`` for ``paths`` (``read(path) -> (id, html bytes)``), and the CPU seconds taken."""
    out: dict[str, str] = {}
    start = time.process_time()
    for path in paths:
        key, data = read(path)
        out[key] = readability_text(data)
    return out, time.process_time() - start
