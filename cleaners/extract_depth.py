"""Pages nested absurdly deep: lexbor's tree building is quadratic in element depth, so a page
nested beyond `MAX_NESTING` skips the DOM pass (`cleaners.pipeline`) and trafilatura alone reads it."""
from __future__ import annotations

import re

MAX_NESTING = 5000     # element depth beyond which the DOM pass is skipped (lexbor's tree building
                       # is quadratic in depth: 100,000 nested <div>s take it tens of seconds)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame", "image", "isindex"})
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
                           "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body"})
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_CHUNK = 65536


def too_deep(html: str, limit: int = MAX_NESTING) -> bool:
    """Whether the page nests elements more than ``limit`` deep.

    Cheap for ordinary pages: a page with fewer tags than ``limit`` cannot be that deep,
    and a count of opening and closing tags per 64 KB chunk bounds the depth from above
    at string-search speed; only a page over that bound has its tags scanned (void
    elements and elements whose end tag may be left out do not nest)."""
    if html.count("<") <= limit:
        return False
    running = peak = 0
    for start in range(0, len(html), _CHUNK):
        chunk = html[start:start + _CHUNK]
        closes = chunk.count("</")
        opens = chunk.count("<") - closes
        peak = max(peak, running + opens)
        running += opens - closes
    if peak <= limit:
        return False
    depth = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.groups()
        name = name.lower()
        if name in _VOID or name in _OPTIONAL_END or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > limit:
                return True
    return False
