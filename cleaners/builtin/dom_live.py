"""A live story's badge: "LIVE", "● Live", "Live updates", "EN DIRECT", "直播", "مباشر" in an element of its own.

Read by `dom_service` (rule ``live-badge``). A badge is an element whose class, id or ``data-*`` name (`_data_names`:
``data-testid="LiveBadge"``) holds a word naming it live, in any naming style: the word split at hyphens, underscores
and a lower-case letter before a capital ("live", "is-live", "badge--live", "c-label__live", "isLive", "liveBadge",
"live_tag", "liveticker"), "live" standing with no part besides the badge words of `_BADGE_PARTS` (or parts of two
letters at most: "c-", "is-", "js-"): a live blog's entry ("live-post"), its time ("live-timestamp") or its author
("live-author") is no badge. Its text is a badge's: `MAX_BADGE` characters at most, `MAX_WORDS` words, no digit, no
paragraph of prose, no heading, and it stands in no heading (the story's headline
"Floods: <span class=live>live</span>" stays). When the badge's parent holds besides it only a relative time stamp
(`_relative_stamp`: "Updated 5 minutes ago", "Mis à jour il y a 4 heures"), the parent goes with it; a date beside it
("6 Dec 2026") is the story's and stays. The main text container and its ancestors stay. The text is logged in
``removed``. An inline badge (a ``span``, ``strong``...) set among block elements (its parent holds a ``div``, ``p``,
a heading...) stays: it is its parent's inline text, and without it the extractor's fast pass reads the story's
wrapper as blocks only and may drop the story's subheadings (measured on composed pages); a badge above the page's
headline is `dom_promos`' kicker all the same. So does a badge alone in a page builder's nest of `MAX_WRAPPERS`
elements or more holding nothing else (section, row, column, module): cut, it leaves an empty module that the
extractor reads in the same way.
"""
from __future__ import annotations

import re
from itertools import islice, takewhile

from ..lines import is_prose, spaced_word_count
from ._data_names import data_names, with_named
from ._dom import ancestors, text_of
from ._relative_stamp import relative_stamp

SELECTOR = "[class*=live i], [id*=live i]"
_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# parts a badge's class word holds besides "live": what it is (a badge, a label...), its state, its look
_BADGE_PARTS = frozenset({"badge", "label", "tag", "pill", "flag", "chip", "marker", "indicator", "icon", "dot",
                          "ticker", "now", "status", "kicker", "text", "sign", "mark", "pulse", "blink", "red", "on",
                          "updates", "stamp", "tab", "bug"})
_FUSED = re.compile(r"(?:is|on)?live(?:" + "|".join(sorted(_BADGE_PARTS, key=len, reverse=True)) + ")?")
_HEADINGS = "h1, h2, h3, h4, h5, h6"
_HEADING_TAGS = frozenset(_HEADINGS.split(", "))
_INNER = f"{_HEADINGS}, p, img, video, iframe, input"     # what a badge never holds
_DIGIT = re.compile(r"\d")
_INLINE = frozenset({"span", "strong", "b", "em", "i", "small", "a", "label", "mark", "sup", "font", "time"})
_BLOCK_TAGS = frozenset({"div", "p", "section", "article", "header", "footer", "aside", "nav", "ul", "ol", "table",
                        "figure", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"})
MAX_BADGE = 30       # characters of a badge ("LIVE-TICKER", "● Live updates")
MAX_WORDS = 3        # words of a badge
MAX_WRAPPERS = 3     # elements around a badge holding nothing else: more, a page builder's module
MAX_LEVELS = 6       # levels above a badge a heading it stands in may be


def _names_live(node) -> bool:
    """Whether a class word, the id or a ``data-*`` name of ``node`` names a live badge (module docstring)."""
    attrs = node.attributes
    for word in f"{attrs.get('class') or ''} {attrs.get('id') or ''} {data_names(attrs)}".split():
        parts = [p for p in _SPLIT.split(_CAMEL.sub("-", word).lower()) if p]
        if any(_FUSED.fullmatch(p) for p in parts) and \
                all(_FUSED.fullmatch(p) or p in _BADGE_PARTS or len(p) <= 2 for p in parts):
            return True
    return False


def _in_heading(node) -> bool:
    """Whether a heading stands at most `MAX_LEVELS` levels above ``node``, below the body."""
    above = takewhile(lambda a: a.tag not in ("body", "html"), ancestors(node))
    return any(a.tag in _HEADING_TAGS for a in islice(above, MAX_LEVELS))


def _badge(node, protected: set[int]) -> bool:
    """Whether ``node`` has a badge's shape (module docstring)."""
    if node.mem_id in protected or node.tag in ("body", "html", "main", "article", "section") or \
            node.tag in _HEADING_TAGS:
        return False
    text = text_of(node)
    if not text or len(text) > MAX_BADGE or spaced_word_count(text) > MAX_WORDS or _DIGIT.search(text) \
            or is_prose(text) or any(n.mem_id != node.mem_id for n in node.css(_INNER)):
        return False
    return _names_live(node) and not _in_heading(node) and not _among_blocks(node)


def _among_blocks(node) -> bool:
    """Whether ``node`` is an inline element whose parent holds block elements, or stands alone in a nest of
    wrappers (module docstring)."""
    parent, text, wrappers = node.parent, text_of(node), 0
    while parent is not None and parent.tag not in ("body", "html") and text_of(parent) == text:
        wrappers, parent = wrappers + 1, parent.parent
    if wrappers >= MAX_WRAPPERS:
        return True
    parent = node.parent
    if node.tag not in _INLINE or parent is None:
        return False
    child = parent.child
    while child is not None:
        if child.tag in _BLOCK_TAGS:
            return True
        child = child.next
    return False


def _with_stamp(node, protected: set[int], langs: tuple[str, ...]):
    """The badge's parent when it holds besides the badge only a short stamp (module docstring), else the badge."""
    parent = node.parent
    if parent is None or parent.mem_id in protected or parent.tag in ("body", "html", "p", "li", "td") \
            or parent.css_first(f"{_HEADINGS}, p, img, video, iframe") is not None:
        return node
    rest = " ".join(text_of(parent).replace(text_of(node), " ", 1).split())
    return parent if rest and relative_stamp(rest, langs) else node


def live_badges(dom, protected: set[int], langs: tuple[str, ...], html: str | None = None) -> list:
    """The live badges of the page with their stamps in the page's languages ``langs`` (module docstring; ``html``,
    the page's source, tells whether to read the ``data-*`` names too, `_data_names`)."""
    nodes = dom.css(with_named(SELECTOR, html))
    found, seen = [], set()
    for node in nodes:
        if node.mem_id in seen:
            continue                    # (lexbor gives an element once for each group of a selector it matches)
        seen.add(node.mem_id)
        if _badge(node, protected):
            found.append(_with_stamp(node, protected, langs))
    return found
