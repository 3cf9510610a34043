"""Helpers shared by the DOM (html-scope) cleaners: attribute keys, the main text container, audited removal."""
from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import urljoin

from ..document import Document
from ..lines import spaced_word_count
from ._data_names import data_names
from ._dom_runs import prose_runs

_SPACE = re.compile(r"\s+")


def text_of(node) -> str:
    return " ".join(node.text(separator=" ").split())


NON_ELEMENTS = ("-text", "-comment", "_text", "_comment")   # lexbor's names of text and comment nodes


def next_element(node):
    """The first element after ``node`` among its siblings (text and comments passed over), or None."""
    sibling = node.next
    while sibling is not None and sibling.tag in NON_ELEMENTS:
        sibling = sibling.next
    return sibling


def previous_element(node):
    """The last element before ``node`` among its siblings (text and comments passed over), or None."""
    sibling = node.prev
    while sibling is not None and sibling.tag in NON_ELEMENTS:
        sibling = sibling.prev
    return sibling


def attr_key(node) -> str:
    """``class`` and ``id`` of an element and its ``data-*`` names (`_data_names`), lower-cased, space-separated."""
    attrs = node.attributes
    cls, ident = attrs.get("class"), attrs.get("id")
    named = data_names(attrs) if len(attrs) > (cls is not None) + (ident is not None) else ""   # (none but those two)
    return f"{cls or ''} {ident or ''}{' ' + named if named else ''}".lower()


_main: list = [None, None]     # [dom, its main container] until the DOM is edited (`edited`)
_protected: list = [None, None]     # [dom, its protected ids] until the DOM is edited or a node cut


def edited() -> None:
    """Say that a DOM was edited (elements removed, moved or inserted, text replaced): the main
    container and the protected elements read before are read again. Every edit of the DOM passes
    here (`cut` does)."""
    _main[:] = [None, None]
    _protected[:] = [None, None]


def cut(node) -> None:
    """Remove ``node`` from its DOM. The main container read before of that DOM stays read when
    the node neither is nor holds nor sits in a paragraph: no paragraph's text or place changes; and the
    protected elements stay read when, besides, the node is an element, none of them, holding no ``<br>``:
    no protected element's lineage, no prose run between ``<br>``s and no ``<br>``'s parent changes."""
    if _main[0] is not None and (node.parser is not _main[0] or node.tag == "p" or node.css_first("p") is not None
                                 or any(a.tag == "p" for a in ancestors(node))):
        edited()
    elif _protected[0] is not node.parser or node.mem_id in _protected[1] or node.tag in NON_ELEMENTS \
            or node.css_first("br") is not None:      # (css_first matches the node itself: a <br>)
        _protected[:] = [None, None]
    node.decompose()


def main_container(dom):
    """The element holding the most paragraph text in its direct ``<p>`` children (paragraphs
    of forms left out: a comment form's notes are no article). Read once while the DOM is not
    `edited` (the HTML stages and the extraction ask about seven times a page)."""
    if _main[0] is not dom:
        _main[:] = [dom, _main_container(dom)]
    return _main[1]


def _main_container(dom):
    totals: dict[int, list] = {}
    in_forms = {p.mem_id for p in dom.css("form p")}
    for p in dom.css("p"):
        if p.mem_id in in_forms:
            continue
        parent = p.parent
        if parent is None:
            continue
        entry = totals.setdefault(parent.mem_id, [parent, 0])
        entry[1] += len(p.text())
    if not totals:
        return None
    node, _ = max(totals.values(), key=lambda e: e[1])
    return node


def main_text(dom) -> tuple[int, str]:
    """Paragraph characters of the main text container, and the start of its longest
    paragraph (a probe: where that text ends up tells the article from the rest)."""
    main = main_container(dom)
    if main is None:
        return 0, ""
    texts = [" ".join(p.text().split()) for p in main.css("p")]
    longest = max(texts, key=len, default="")
    return sum(len(t) for t in texts), longest[:120]


def ancestors(node) -> Iterable:
    node = node.parent if node is not None else None
    while node is not None and node.tag not in ("-document", "#document"):
        yield node
        node = node.parent


def inside(node, ids) -> bool:
    """Whether an ancestor of ``node`` is one of ``ids`` (``mem_id`` values)."""
    return any(a.mem_id in ids for a in ancestors(node))


def protected_ids(dom) -> frozenset[int]:
    """``mem_id`` of the main text container and of all its ancestors: never removed. On a page
    whose article is prose runs between ``<br>``s, the element holding more of them than the
    main container holds in ``<p>``s (an author box's one paragraph is no article); and on a page whose story
    is written in bare ``<div>`` blocks, that story's element (`dom_story_keep.bare_story`). Read once while
    the DOM is neither `edited` nor a node `cut` (the html cleaners ask about five times a page, and each
    reading walks every ``<br>``'s parent)."""
    if _protected[0] is not dom:
        _protected[:] = [dom, frozenset(_protected_ids(dom))]
    return _protected[1]


def _protected_ids(dom) -> set[int]:
    main = main_container(dom)
    runs, run_chars = prose_runs(dom)
    if runs is not None and (main is None or run_chars > sum(len(c.text()) for c in main.iter() if c.tag == "p")):
        main = runs
    from .dom_story_keep import bare_story     # (a story of bare div blocks: its lineage too)
    return lineage_ids(main) | lineage_ids(bare_story(dom, main_container(dom)))


def lineage_ids(node) -> set[int]:
    """``mem_id`` of ``node`` and of all its ancestors (none when ``node`` is None)."""
    if node is None:
        return set()
    return {node.mem_id} | {a.mem_id for a in ancestors(node)}


def outermost(candidates: list[tuple]) -> list[tuple]:
    """``(node, rule, ...)`` tuples whose node is not inside another candidate's node, each node
    once (its first tuple): lexbor gives an element once for each selector of a list it matches."""
    ids = {c[0].mem_id for c in candidates}
    seen: set[int] = set()
    out = []
    for c in candidates:
        if c[0].mem_id not in seen and not inside(c[0], ids):
            seen.add(c[0].mem_id)
            out.append(c)
    return out


def remove(doc: Document, cleaner: str, rule: str, node) -> Document:
    text = text_of(node)
    cut(node)
    return doc.log(cleaner, rule, text)


def link_text_share(node, text: str | None = None) -> float:
    """Share of the element's text that is link text."""
    text = text if text is not None else text_of(node)
    if not text:
        return 0.0
    linked = sum(len(" ".join(a.text(separator=" ").split())) for a in node.css("a"))
    return min(1.0, linked / len(text))


def story_links(node, base: str | None) -> list[dict]:
    """The stories a box links to, for ``metadata.related``: ``{title, url, id, image}`` of each
    link of three words or more (page anchors, scripts and mail links left out, a title once),
    its URL and picture resolved against ``base``."""
    items, seen = [], set()
    for a in node.css("a[href]"):
        title = display_text(a)
        href = a.attributes.get("href") or ""
        if spaced_word_count(title) < 3 or href.startswith(("#", "javascript:", "mailto:")) or title in seen:
            continue
        seen.add(title)
        img = a.css_first("img") or (a.parent.css_first("img") if a.parent is not None else None)
        image = (img.attributes.get("src") or img.attributes.get("data-src")) if img is not None else None
        items.append({"title": title, "url": urljoin(base, href) if base else href, "id": None,
                      "image": urljoin(base, image) if base and image else image})
    return items


def longest_paragraph(node) -> int:
    return max((len(p.text()) for p in node.css("p")), default=0)


# phrasing elements: a word or a phrase set inside a sentence
INLINE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "u", "abbr", "cite", "code", "small", "sup", "sub",
                         "mark", "q", "time", "font", "dfn", "kbd", "var", "s", "del", "ins", "bdi", "bdo"})
TEXT_NODES = ("-text", "_text")
_UNREAD = frozenset({"script", "style", "noscript", "template", "-comment", "_comment"})


def display_text(node) -> str:
    """The text of an element as a reader sees it, for text that becomes data (a caption, a
    credit, a related title, a heading): the words of inline elements joined ("<b>W</b>ashington",
    "<a>floods</a>, budget"), other elements and line breaks kept apart, script and style text
    left out. (`text_of`, which parts every element, is what the rules measure.)"""
    parts: list[str] = []
    _gather(node, parts)
    return " ".join("".join(parts).split())


def _gather(node, parts: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag in TEXT_NODES:
            parts.append(child.text_content or "")
        elif tag in INLINE_TAGS:
            _gather(child, parts)
        elif tag not in _UNREAD:
            parts.append(" ")
            _gather(child, parts)
            parts.append(" ")


PROSE_WORDS = 8           # words of plain text around an inline element that make its run a sentence


def _run_words(node, forward: bool) -> int:
    """Words of plain text (outside links) in the siblings of ``node`` up to the next block element."""
    words = 0
    sibling = node.next if forward else node.prev
    while sibling is not None and (sibling.tag in TEXT_NODES or sibling.tag in INLINE_TAGS or
                                   sibling.tag in ("-comment", "_comment")):
        if sibling.tag in TEXT_NODES:
            words += len((sibling.text_content or "").split())
        elif sibling.tag in INLINE_TAGS and sibling.tag != "a":    # its words, less those of its links
            words += len(text_of(sibling).split()) - sum(len(text_of(a).split()) for a in sibling.css("a"))
        sibling = sibling.next if forward else sibling.prev
    return words


def inline_in_prose(node) -> bool:
    """Whether ``node`` is a phrasing element in running text ("charged with poisoning <a class="tag">Neil Heywood</a>,
    a family friend"), which class-named rules must leave in place: its run (siblings up to the nearest block elements,
    at every level of the inline elements that wrap it, as a sentence's ``<span>``) has `PROSE_WORDS` plain words."""
    if node.tag not in INLINE_TAGS:
        return False
    words, level = 0, node
    while True:
        words += _run_words(level, False) + _run_words(level, True)
        if words >= PROSE_WORDS or level.parent is None or level.parent.tag not in INLINE_TAGS:
            return words >= PROSE_WORDS
        level = level.parent
