"""A PHP dump glued to the end of a paragraph (`dump-tail`, read by php_dump.py).

A dump that lost the line break before it starts after a sentence of the article: "... by the end of the year.
array(3) { [0]=> array(6) { ... } }", "... by the end of the year. Array ( [0] => Array ( [id] => 12 ... ) )",
or "... by the end of the year. Array" over the lines of a ``print_r`` ("(", "    [0] => Array", ...). The tail
from the dump's head (``array(N) {``, ``object(Class)#N (N) {``, ``Array (`` then ``[key] =>``, or a lone
``Array`` over a line opening with "(") to the end of its structure is the dump's: cut inline, with the lines
(touching one another, no blank line between) that close it; the paragraph before it stays."""
from __future__ import annotations

import re

_HEAD = re.compile(r"(?<=[.!?\u061f\u0964\u3002\"\u201d])\s+(?=(?:array|object\([\w\\]+\)#?\d*)\s*\(\d+\)\s*\{"
                   r"|Array\s*\(\s*\[[^\]]*\]\s*=>|Array\s*$)")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
MAX_LINES = 100_000


def _depth(text: str) -> int:
    t = _QUOTED.sub("", text)
    return t.count("{") + t.count("(") - t.count("}") - t.count(")")


def dump_tail(blocks, i: int) -> tuple[int, int] | None:
    """(position in block ``i`` where the glued dump starts, index of the last block it takes) or None."""
    text = blocks[i].text
    m = _HEAD.search(text)
    if m is None:
        return None
    tail = text[m.end():]
    if tail.strip() in ("Array", "array"):
        if i + 1 >= len(blocks) or not re.match(r"\((?:\s*\[|$)", blocks[i + 1].text):
            return None
        depth, j = 0, i
    else:
        depth, j = _depth(tail), i
        if depth < 0:
            return None
        if depth == 0:
            return m.end(), i
    for j in range(i + 1, min(len(blocks), i + MAX_LINES)):
        if blocks[j].gap:          # the dump's lines touch one another: a blank line ends it unclosed
            return None
        depth += _depth(blocks[j].text)
        if depth <= 0:
            return m.end(), j
    return None
