"""trafilatura's last resort, the text of the whole page as one paragraph, told apart and declined.

When its extraction yields less than ``MIN_EXTRACTED_SIZE`` characters, trafilatura tries a
baseline: embedded JSON, ``<article>`` elements, paragraphs, and, when none of them carries
enough text, every text node of the page's ``<body>`` joined into one paragraph: menus, archive
lists, sidebars and footer with the article somewhere inside. On a short post (a photo, a video,
two sentences over a comment thread the comment stage has already taken) that dump becomes the
body. `decline_page_dump` tells the dump apart (one block of `DUMP_LINES` text nodes or more) and
runs the extraction again without the rescue: its own, short result is the body when it found
any text; else the dump stays (the page's text rather than none). What the body then leaves out
of the page is logged as not extracted (`extract_audit`), as on any page.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from trafilatura.settings import use_config

log = logging.getLogger(__name__)

DUMP_LINES = 10       # text nodes joined in the one paragraph that make it a page dump

_NO_RESCUE = use_config()
_NO_RESCUE.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")


def is_page_dump(result: Any) -> bool:
    """Whether trafilatura's result is its whole-page dump: one paragraph holding at least
    `DUMP_LINES` of the page's text nodes, one a line."""
    body = getattr(result, "body", None)
    if body is None or len(body) != 1 or body[0].tag != "p" or len(body[0]):
        return False
    return (body[0].text or "").count("\n") + 1 >= DUMP_LINES


def decline_page_dump(result: Any, extract: Callable[..., Any], source: Any, probe: str = "", **kwargs) -> Any:
    """``result``, or when it is the page dump, ``extract(source, **kwargs)`` run again without
    trafilatura's baseline rescue, if that finds text, holding ``probe`` when one is given (the
    start of the main text container's longest paragraph: the article's own text)."""
    if not is_page_dump(result):
        return result
    again = extract(source, config=_NO_RESCUE, **kwargs)
    text = " ".join((again.text if again is not None else "").split())
    if not text or probe and probe not in text:
        return result
    log.debug("page dump of %d characters declined for the extraction's own %d", len(result.text or ""),
              len(again.text or ""))
    return again
