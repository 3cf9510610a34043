"""Plain text set in a ``<pre>`` read as its paragraphs (rule ``prose-pre``: nothing is cut, the markup changes).

A mailing-list archive, a press release pasted whole or a text-only page prints its text in a ``<pre>``: paragraphs
parted by blank lines, each hard-wrapped at some seventy characters. The extraction keeps it as one block whose
line ends the text stage reads as soft wraps: the paragraphs, and a title line above them, came out as one line.
Before extraction, a ``<pre>`` of `MIN_BLOCKS` blocks or more parted by blank lines, at least half of them prose
(`lines.is_prose`), and no line of program code (a line ending in ``;``, ``{`` or ``}``, or holding ``=`` between
words: code, configuration, a table of figures stays as it is), becomes a ``<div>`` of paragraphs: a block of
prose is one ``<p>`` (its hard wraps are spaces), another block (an address, a verse, a signature) a ``<p>`` whose
lines are kept apart by ``<br>``. Links and emphasis inside the ``<pre>`` are read as their text.
"""
from __future__ import annotations

import re
from html import escape

from selectolax.lexbor import LexborHTMLParser

from .lines import is_prose

MIN_BLOCKS = 2
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_CODE_LINE = re.compile(r"[;{}]\s*$|\w\s*[=:]=\s*\w|\w\s=\s\w|^\s*(?:def|class|import|#include|function|var|let|const)\b")


def _block_html(block: str) -> str:
    lines = [" ".join(line.split()) for line in block.splitlines() if line.strip()]
    flat = " ".join(lines)
    if is_prose(flat):
        return f"<p>{escape(flat)}</p>"
    return "<p>" + "<br>".join(escape(line) for line in lines) + "</p>"


def prose_pre_as_paragraphs(dom) -> int:
    """The ``<pre>`` elements of prose made ``<div>``s of paragraphs (module docstring); how many."""
    if dom.body is None:
        return 0
    done = 0
    for pre in dom.body.css("pre"):
        inner = (n for n in pre.traverse(include_text=False) if n.mem_id != pre.mem_id)   # (css matches the node too)
        if any(n.tag in ("pre", "code", "table") for n in inner) or pre.parent is None \
                or pre.parent.tag in ("pre", "code"):
            continue
        text = pre.text(deep=True)
        if any(_CODE_LINE.search(line) for line in text.splitlines()):
            continue
        blocks = [b for b in _BLANK_LINE.split(text) if b.strip()]
        if len(blocks) < MIN_BLOCKS or sum(is_prose(" ".join(b.split())) for b in blocks) * 2 < len(blocks):
            continue
        html = '<div class="pre-text">' + "".join(_block_html(b) for b in blocks) + "</div>"
        pre.replace_with(LexborHTMLParser(html).css_first("div"))
        done += 1
    return done
