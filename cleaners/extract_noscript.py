"""The article of a page built by scripts, when it stands only in the page's ``<noscript>`` fallback.

A page whose content a script writes often carries the article for readers without scripts inside
``<noscript>``. Lexbor parses that content as elements (as a browser with scripts off does), but the DOM
cleaners and the extraction pass over ``<noscript>`` as furniture (a tracking pixel, "please enable
JavaScript"), so such a page came out with an empty body and nothing in ``removed``. When the fallbacks hold
more text than the whole page outside them, and block markup (paragraphs, headings, list items), they are the
page: rule ``noscript-fallback`` unwraps them, and the page is read as any other.
"""
from __future__ import annotations

import logging

from .builtin._dom import edited

log = logging.getLogger(__name__)

RULE = "noscript-fallback"
MIN_FALLBACK_CHARS = 200      # letters and digits (no spaces) of the fallbacks: below, a notice or a pixel's alt
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, article"
_UNREAD = "script, style, template, noscript"


def _size(text: str) -> int:
    return len("".join(text.split()))


def unwrap_noscript_article(dom) -> bool:
    """Unwrap the page's ``<noscript>`` elements when they hold the article (see the module); whether it did."""
    body = dom.body
    if body is None:
        return False
    boxes = [box for box in body.css("noscript") if box.css_first(_BLOCKS) is not None]
    inside = sum(_size(box.text(deep=True)) for box in boxes)
    if inside < MIN_FALLBACK_CHARS:
        return False
    outside = _size(body.text(deep=True)) - sum(_size(node.text(deep=True)) for node in body.css(_UNREAD))
    if outside >= inside:
        return False
    for box in boxes:
        box.unwrap()
    edited()
    log.debug("%s: %d characters read from <noscript> (%d outside)", RULE, inside, outside)
    return True
