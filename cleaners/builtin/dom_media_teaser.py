"""Video teasers set in an article: a link to another page's video, found by the running time it shows.

Read by `dom_promos` (a pass over the page's linked pictures, and its own pass over the paragraphs; no stage of
its own).

* ``video-teaser``: a link to another page holding a picture (``img``, ``amp-img``, ``picture``) and a running time
  standing as a text of its own ("1:27", "04:12", "1:02:33": a duration badge over the thumbnail) besides its
  headline; the box around it goes too while it adds no more than a short label ("Video", "Videos aus der Region",
  "おすすめ動画"; `MAX_LABEL` characters). Such a card never holds the article: the protected elements stay (the
  main text container, the element of a story's prose runs or bare blocks, and their ancestors: `protected_ids`).
* ``video-line``: a paragraph that is only a headline link and its running time in brackets after it, maybe after a
  short label ending with a colon ("<strong>Video:</strong> <a>Flood on the Moselle</a> (2:09)"), nothing else. A time
  of day inside a sentence ("the train left at 7:45") is no running time: it stands in running text, not alone.
"""
from __future__ import annotations

import re
from typing import Callable

from ..lines import spaced_word_count
from ._dom import NON_ELEMENTS, text_of

_DURATION = re.compile(r"\d{1,2}:[0-5]\d(?::[0-5]\d)?")
_BRACKETED = re.compile(r"\s*\(\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*(?:min\.?)?\s*\)\s*")
_LABEL_END = re.compile(r"[:\uff1a]\s*$")
_IN_LINKS = "a img, a amp-img, a picture"
_EMPHASIS = frozenset({"strong", "b", "em", "i", "span"})
MAX_LABEL = 60           # characters a box may add to its link: a short label
MAX_LABEL_WORDS = 6      # words of a line's label
MAX_LINE = 300           # characters of a video line
MIN_HEADLINE_WORDS = 3   # words of the headline link


def _own_duration(link) -> bool:
    """Whether a text node or element inside ``link`` is a running time alone."""
    for node in link.traverse(include_text=True):
        if node.tag in ("-text", "_text") and _DURATION.fullmatch((node.text_content or "").strip()):
            return True
    return False


def _card(link, protected: set[int]) -> object | None:
    """The box of a video card's link: its outermost ancestor that adds a short label at most."""
    text = text_of(link)
    rest = _DURATION.sub("", text, count=1)
    if spaced_word_count(rest) < MIN_HEADLINE_WORDS:
        return None
    box, node = link, link.parent
    while node is not None and node.tag not in ("body", "html", "main", "article") and node.mem_id not in protected:
        if len(text_of(node)) > len(text) + MAX_LABEL or len(node.css("a[href]")) > 1:
            break
        box, node = node, node.parent
    return box


def video_cards(dom, protect: Callable[[], set[int]]) -> list[tuple]:
    """``(box, "video-teaser")`` of the video cards of the page (module docstring); ``protect`` gives the page's
    protected elements (`_dom.protected_ids`), asked once, when a link shows a running time."""
    out, seen, protected = [], set(), None
    for picture in dom.css(_IN_LINKS):
        link = next((a for a in _ancestors(picture) if a.tag == "a"), None)
        if link is None or link.mem_id in seen:
            continue
        seen.add(link.mem_id)
        if ":" not in link.text() or not _own_duration(link):
            continue
        protected = protect() if protected is None else protected
        if link.mem_id in protected:
            continue
        href = (link.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        box = _card(link, protected)
        if box is not None:
            out.append((box, "video-teaser"))
    return out


def _ancestors(node):
    node = node.parent
    for _ in range(4):
        if node is None:
            return
        yield node
        node = node.parent


def video_line(p, text: str) -> bool:
    """A paragraph (its squeezed text ``text``) of a headline link and its bracketed running time, maybe a short label
    before it (module docstring)."""
    if not text.endswith(")") or len(text) > MAX_LINE:
        return False
    last = p.last_child
    if last is None or last.tag not in ("-text", "_text") or not _BRACKETED.fullmatch(last.text_content or ""):
        return False
    children = [c for c in p.iter(include_text=True) if c.tag not in NON_ELEMENTS
                or (c.text_content or "").strip() and c.tag not in ("-comment", "_comment")][:-1]
    if not children or children[-1].tag != "a" or spaced_word_count(text_of(children[-1])) < MIN_HEADLINE_WORDS:
        return False
    label = children[:-1]
    if not label:
        return True
    if len(label) != 1 or label[0].tag not in _EMPHASIS | {"-text", "_text"}:
        return False
    words = label[0].text_content if label[0].tag in NON_ELEMENTS else text_of(label[0])
    words = words or ""
    return bool(_LABEL_END.search(words)) and spaced_word_count(words) <= MAX_LABEL_WORDS and \
        (label[0].tag in NON_ELEMENTS or label[0].css_first("a") is None)
