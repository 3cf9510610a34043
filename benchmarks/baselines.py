"""Other article extractors scored beside corpus and trafilatura by the benchmark scripts.

readability-lxml (the Python port of Mozilla's Readability) is the extractor issue 12's
acceptance names beside trafilatura; corpus also consults it (`cleaners.extract_agreement`).
The text scored is its article's, one block per line, loose text in containers included
(`cleaners.extract_agreement.blocks_text`): nested blocks are not counted twice.
"""
from __future__ import annotations

import time
from pathlib import Path

from cleaners.extract_agreement import blocks_text, readability_html


def readability_text(html: bytes | str) -> str:
    """readability-lxml's article of a page as text ("" when it finds none or fails on the page)."""
    summary = readability_html(html.decode("utf8", "replace") if isinstance(html, bytes) else html)
    return blocks_text(summary) if summary else ""


def run_readability(paths: list[Path], read) -> tuple[dict[str, str], float]:
    """``{page id: text}`` for ``paths`` (``read(path) -> (id, html bytes)``), and the CPU seconds taken."""
    out: dict[str, str] = {}
    start = time.process_time()
    for path in paths:
        key, data = read(path)
        out[key] = readability_text(data)
    return out, time.process_time() - start
