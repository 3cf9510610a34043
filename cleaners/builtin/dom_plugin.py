"""A plug-in embed's fallback text: "You need Flash Player 9 or later to view this video", "Get Adobe Flash player".

Read by `dom_service` (rule ``plugin-fallback``). What a page prints for readers without the plug-in is no part of
the text: the alternative content of an ``<object>``, ``<embed>`` or ``<noembed>`` (its text, `MAX_FALLBACK`
characters at most, no paragraph of prose: an embed that holds a story's text stays), and a link to the plug-in's
download page (its address names the Flash player: get.adobe.com/flashplayer, macromedia.com/go/getflashplayer)
with the elements around it whose text is only that link's (one at least: a link inside a sentence stays),
`MAX_FALLBACK` characters at most. A story's sentence that mentions Flash, with or without a link elsewhere, stays.
"""
from __future__ import annotations

import re

from ..lines import is_prose
from ._dom import text_of

SELECTOR = "object, embed, noembed, a[href*=flash i]"     # (walked with `dom_rating.SELECTOR`: `dom_service`)
_EMBEDS = frozenset({"object", "embed", "noembed"})
_DOWNLOAD = re.compile(r"getflash|flashplayer|flash_?player|shockwave/download", re.I)
MAX_FALLBACK = 200       # characters of a plug-in's fallback text
MAX_LEVELS = 3           # levels above a download link its fallback box may stand


def plugin_fallbacks(nodes, protected: set[int]) -> list:
    """The plug-in embeds' fallback texts and download links among ``nodes`` (the page's elements matching
    `SELECTOR` and others; module docstring)."""
    found, seen = [], set()
    for node in nodes:
        if node.mem_id in seen:
            continue                    # (lexbor gives an element once for each group of a selector it matches)
        seen.add(node.mem_id)
        if node.tag in _EMBEDS:
            text = text_of(node)
            if text and len(text) <= MAX_FALLBACK and not is_prose(text) and node.mem_id not in protected:
                found.append(node)
            continue
        if node.tag != "a" or not _DOWNLOAD.search(node.attributes.get("href") or ""):
            continue
        text = text_of(node)
        if not text or len(text) > MAX_FALLBACK:
            continue
        box, parent = node, node.parent
        for _ in range(MAX_LEVELS):
            if parent is None or parent.tag in ("body", "html") or parent.mem_id in protected \
                    or text_of(parent) != text:
                break
            box, parent = parent, parent.parent
        if box is not node and box.mem_id not in protected:      # (a link in a sentence stays)
            found.append(box)
    return found
