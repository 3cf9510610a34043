"""A PHP dump glued to the end of a paragraph (`dump-tail`, read by php_dump.py).

A dump that lost the line break before it starts after a sentence of the article: "... by the end of the year.
array(3) { [0]=> array(6) { ... } }", "... by the end of the year. Array ( [0] => Array ( [id] => 12 ... ) )",
or "... by the end of the year. Array" over the lines of a ``print_r`` ("(", "    [0] => Array", ...). The tail
from the dump's head (``array(N) {``, ``object(Class)#N (N) {``, ``Array (`` then ``[key] =>``, or a lone
``Array`` over a line opening with "(") to the end of its structure is the dump's: cut inline, with the lines
(touching one another, no blank line between) that close it; the paragraph before it stays.

Also (rule var-dump) a ``string(N) "[`` line over a JSON value pretty-printed on the lines under it, closed by the
dump's quote (`string_dump_lines`): the whole dump goes, its stories to metadata.related."""
from __future__ import annotations

import re

from ..lines import SENTENCE_STOPS, stop_class
from .php_values import records

STOPS = stop_class('!?"\u201d', SENTENCE_STOPS)     # a sentence's stop of any script, or its closing quote
_HEAD = re.compile(rf"(?<=[{STOPS}])\s+"
                   r"(?=(?:array|object\([\w\\]+\)#?\d*)\s*\(\d+\)\s*\{"
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


# `string-dump-lines`: a ``string(N) "`` dump whose JSON payload is pretty-printed over the following lines
_STRING_OPEN = re.compile(r'^string\(\d+\)\s?"\s*[\[{]\s*$')


def string_dump_lines(blocks, i: int) -> int | None:
    """Index of the line closing the JSON value that ``string(N) "[`` on block ``i`` opens (the value's bracket,
    then the dump's closing quote), its lines touching one another; None when it is not closed so."""
    if not _STRING_OPEN.match(blocks[i].text.strip()):
        return None
    depth = 1
    for j in range(i + 1, min(len(blocks), i + MAX_LINES)):
        if blocks[j].gap:
            return None
        t = _QUOTED.sub("", blocks[j].text)
        depth += t.count("{") + t.count("[") - t.count("}") - t.count("]")
        if depth <= 0:
            return j if t.rstrip().endswith('"') else None
    return None


def glued_dump(edit, blocks, i: int, loads) -> tuple[int, object] | None:
    """Cut the dump glued to block ``i`` (`dump_tail`) or spread over the lines from it (`string_dump_lines`) with
    ``edit``; (the index after the dump, its decoded payload for the related stories), or None."""
    if (end := string_dump_lines(blocks, i)) is not None:
        for k in range(i, end + 1):
            edit.drop(k, "var-dump")
        dumped = "\n".join(blocks[k].text for k in range(i, end + 1))
        return end + 1, loads(dumped[dumped.index('"') + 1:dumped.rindex('"')]) or []
    if (tail := dump_tail(blocks, i)) is None:
        return None
    at, end = tail
    text = blocks[i].text
    edit.cut_tail(i, at, "dump-tail")
    for k in range(i + 1, end + 1):
        edit.drop(k, "dump-tail")
    dumped = "\n".join([text[at:]] + [blocks[k].text for k in range(i + 1, end + 1)])
    return end + 1, records(dumped, "print_r" if dumped.lstrip().startswith("Array") else "var_dump")
