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

The baseline's other rescues glue blocks: the text of each ``<article>`` element, or the JSON-LD
``articleBody``, is one paragraph, the headline, the date line and every paragraph run together
("Council approves budget March 14, 2024 The city council voted…"). Such a result
(`glued_rescue`: paragraphs without markup, a few at most) is also extracted again without the
rescue, and that result, in blocks, replaces it when it holds the same text (`same_text`): most
of it (`GLUED_KEEP`) and nothing else. A short page, or a page in a script whose sentences pack
more meaning in fewer characters (Chinese, Japanese), meets the rescue's threshold of 250
characters with a whole article.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from trafilatura.settings import use_config

from .lines import squeezed

log = logging.getLogger(__name__)

DUMP_LINES = 10       # text nodes joined in the one paragraph that make it a page dump
GLUED_PARAGRAPHS = 3  # paragraphs without markup at most in a rescue that may have glued blocks
GLUED_KEEP = 0.6      # share of the rescue's characters the extraction in blocks must hold
RESCUE_MIN_CHARS = 100  # trafilatura's baseline takes no text this short or shorter

_NO_RESCUE = use_config()
_NO_RESCUE.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")


def is_page_dump(result: Any) -> bool:
    """Whether trafilatura's result is its whole-page dump: one paragraph holding at least
    `DUMP_LINES` of the page's text nodes, one a line."""
    body = getattr(result, "body", None)
    if body is None or len(body) != 1 or body[0].tag != "p" or len(body[0]):
        return False
    return (body[0].text or "").count("\n") + 1 >= DUMP_LINES


def glued_rescue(result: Any) -> bool:
    """Whether trafilatura's result may be a rescue that glued blocks: one to `GLUED_PARAGRAPHS`
    paragraphs, none holding markup, each one line, over `RESCUE_MIN_CHARS` in all (an
    extraction in blocks of a short article gives the same shape: it is told apart by
    `same_text` on the extraction again)."""
    body = getattr(result, "body", None)
    if body is None or not 0 < len(body) <= GLUED_PARAGRAPHS or len(result.text or "") <= RESCUE_MIN_CHARS:
        return False
    return all(p.tag == "p" and not len(p) and "\n" not in (p.text or "").strip() for p in body)


def _may_glue(source: Any) -> bool:
    """Whether the page holds what the gluing rescues read: an ``<article>`` element or an
    ``articleBody`` (a page given as a tree may)."""
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    return not isinstance(source, str) or "<article" in source or "articleBody" in source


def same_text(glued: Any, blocks: Any) -> bool:
    """Whether ``blocks`` (an extraction) holds the text of ``glued`` in more blocks: every block
    of it is part of ``glued`` (spacing aside), and together they hold `GLUED_KEEP` of it."""
    if blocks is None or getattr(blocks, "body", None) is None or len(blocks.body) <= len(glued.body):
        return False
    whole = squeezed(glued.text or "")
    parts = [squeezed(line) for line in (blocks.text or "").splitlines()]
    parts = [part for part in parts if part]
    return bool(whole) and all(part in whole for part in parts) and \
        sum(map(len, parts)) >= GLUED_KEEP * len(whole)


def decline_page_dump(result: Any, extract: Callable[..., Any], source: Any, probe: str = "", **kwargs) -> Any:
    """``result``, or when it is the page dump, ``extract(source, **kwargs)`` run again without
    trafilatura's baseline rescue, if that finds text, holding ``probe`` when one is given (the
    start of the main text container's longest paragraph: the article's own text); when it is a
    rescue that glued blocks, that extraction again if it holds the same text in blocks."""
    if glued_rescue(result) and _may_glue(source):
        again = extract(source, config=_NO_RESCUE, **kwargs)
        if same_text(result, again):
            log.debug("rescue of %d characters in %d paragraphs replaced by the extraction's %d blocks",
                      len(result.text or ""), len(result.body), len(again.body))
            return again
        return result
    if not is_page_dump(result):
        return result
    again = extract(source, config=_NO_RESCUE, **kwargs)
    text = " ".join((again.text if again is not None else "").split())
    if not text or probe and probe not in text:
        return result
    log.debug("page dump of %d characters declined for the extraction's own %d", len(result.text or ""),
              len(again.text or ""))
    return again
