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


# lxml's HTML parser (libxml2, as trafilatura calls it) stops nesting at 256 open elements and drops what lies
# deeper, with the rest of the page after it: hundreds of nested or unclosed <b>, <i>, <font> (an old forum post,
# a broken editor) leave the article's end out of the extraction. Past `LXML_SAFE_DEPTH` below the body the pruned
# page's inline elements deeper than `INLINE_KEPT_DEPTH` are unwrapped (rule ``deep-inline``: their text stays
# where it was; only the tags go, which the extraction drops anyway) and the page is extracted again.
LXML_SAFE_DEPTH = 240
INLINE_KEPT_DEPTH = 200
_BLOCKS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote", "figcaption", "pre",
    "div", "section", "article", "aside", "header", "footer", "nav", "main", "ul", "ol", "dl", "table", "tr",
    "tbody", "thead", "tfoot", "form", "address", "caption", "figure", "body", "details", "summary", "fieldset",
    "center", "hr", "br", "img", "iframe", "video", "audio", "object", "svg", "math", "select", "textarea",
})


def flatten_deep_inline(dom, kept: int = INLINE_KEPT_DEPTH) -> int:
    """Unwrap the inline elements nested more than ``kept`` levels below the body (their children and text stay
    in place); how many. Read only when the page is that deep (`LXML_SAFE_DEPTH`): the walk is in Python."""
    body = dom.body
    if body is None:
        return 0
    deep = []
    stack = [(body, 0)]
    while stack:
        node, level = stack.pop()
        for child in node.iter():
            if level + 1 > kept and child.tag not in _BLOCKS:
                deep.append(child)
            stack.append((child, level + 1))
    for node in deep:
        node.unwrap()
    return len(deep)
