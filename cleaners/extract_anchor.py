"""The article found again from the page's own summary, when the extraction took another part.

Rule ``description-anchor``. A page's description (``<meta name="description">``, Open Graph,
Twitter card) is written by its site as the lead of the article: on most article pages its
opening words stand in the article text. When the extracted body holds neither them nor a single
paragraph of prose (`PROSE_WORDS`), but exactly one place of the pruned page holds them, the
extraction took the wrong part of the page: a photo page whose caption is the article, dropped
as a caption, beside longer link lists; a short post beside a long sidebar. The anchor's
container (its ancestors while their text stays within `GROWTH` times the anchor's, or
`MIN_CONTAINER` characters, and does not take in the body's longest block) is extracted on its
own and becomes the body when its text holds the description's opening, is not much shorter
than the body (`MIN_SHARE`) and shares next to nothing with it (`MAX_OVERLAP`); the body it
replaces is logged in ``removed``. A description of fewer than `MIN_WORDS` words, or written
for the site rather than the page (found nowhere, or in several places), leaves the body as is.

Guard ``lead-beside-body``: when the anchor's container stopped growing only because its parent, still within
the growth bounds, holds the body's longest block, the description stands next to the body in one small
container, and when the body's longest block is a paragraph of prose (`LEAD_PROSE_WORDS` words or more, ending
with a full stop, "!", "?" or a closing quote after one), the description is the article's lead (a standfirst
printed under the headline, outside the article's own container) and the body is that article, however short
its paragraphs: the body stays. (A caption beside a list of links in one small container is still replaced.)

Guard ``prose-run``: a body of at least `PROSE_RUN` paragraphs (or quotes) that are each a sentence of prose
(`MIN_SENTENCE_CHARS` characters or more, ending with a full stop, "!", "?" or a closing quote
after one) is an article printed in short paragraphs (news sites write one or two sentences a
paragraph), not a link list or a sidebar: it stays although no block reaches `PROSE_WORDS`
words. Its lead printed apart from it (a teaser box under the headline) is then the description
not found in the body, and replacing the body by that lead would cut the article.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

import trafilatura

from .document import Document, removal
from .extract_audit import TEXT_TAGS
from .extract_dump import drop_dump_chrome

RULE = "description-anchor"
TOKEN = re.compile(r"\w+")
MIN_WORDS = 8           # words of a description worth anchoring on
KEY_WORDS = 8           # its opening words looked for in the body and the page
GROWTH = 3.0            # the container grows while its text stays within this many times the anchor's
MIN_CONTAINER = 1500    # ... or within this many characters
MAX_OVERLAP = 0.2       # share of the body's shingles also in the anchored text, above which the body stays
PROSE_WORDS = 40        # a body holding a block this long has an article paragraph: it stays
MIN_SHARE = 0.25        # the anchored text is at least this share of the body it replaces, in words
SHINGLE = 4
PROSE_RUN = 3           # paragraphs of prose sentences that make the body an article (guard prose-run)
MIN_SENTENCE_CHARS = 40
LEAD_PROSE_WORDS = 20   # words of the body's longest paragraph that make it the article beside its lead
SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u061f][\"'\u201c\u201d\u00bb\u300d\u2019)]?$")


def word_tokens(text: str) -> list[str]:
    """The lower-cased word tokens of ``text`` (also those `extract_agreement` compares)."""
    return TOKEN.findall(text.lower())


def description_key(description: str | None) -> str:
    """The description's opening words, lower-cased, space-joined; "" when it is too short."""
    words = word_tokens(description or "")
    return " ".join(words[:KEY_WORDS]) if len(words) >= MIN_WORDS else ""


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def find_anchor(body: Any, key: str) -> Any:
    """The innermost element of ``body`` whose text holds ``key``, when the page holds it once."""
    starts: list[int] = []
    nodes: list[Any] = []
    parts: list[str] = []
    pos = 0
    for node in body.traverse(include_text=True, skip_empty=True):
        if node.tag not in TEXT_TAGS:
            continue
        words = " ".join(word_tokens(node.text_content or ""))
        if words:
            starts.append(pos)
            nodes.append(node)
            parts.append(words)
            pos += len(words) + 1
    text = " ".join(parts)
    at = text.find(key)
    if at < 0 or text.find(key, at + 1) >= 0:
        return None
    first = nodes[bisect.bisect_right(starts, at) - 1]
    last = nodes[bisect.bisect_right(starts, at + len(key) - 1) - 1]
    above = set()
    node = first.parent
    while node is not None:
        above.add(node.mem_id)
        node = node.parent
    node = last.parent
    while node is not None and node.mem_id not in above:
        node = node.parent
    return node


def _growth_cap(anchor: Any) -> float:
    """The characters a container of ``anchor`` may hold: `GROWTH` times the anchor's, or `MIN_CONTAINER`."""
    return max(GROWTH * len(anchor.text()), MIN_CONTAINER)


def container_of(anchor: Any, body: Any, avoid: str = "") -> Any:
    """The anchor's largest ancestor (below ``body``) whose text stays within the growth bounds
    and does not hold ``avoid`` (words of the body the extraction took, which the container
    is meant to replace)."""
    cap = _growth_cap(anchor)
    node = anchor
    while node.parent is not None and node.parent.mem_id != body.mem_id:
        text = node.parent.text()
        if len(text) > cap or (avoid and avoid in " ".join(word_tokens(text))):
            break
        node = node.parent
    return node


def lead_beside_body(anchor: Any, container: Any, body: Any, avoid: str) -> bool:
    """Whether the anchor's container stopped growing only at a parent within the growth bounds that
    holds ``avoid`` (the opening words of the body's longest block): guard ``lead-beside-body``."""
    parent = container.parent
    if not avoid or parent is None or parent.mem_id == body.mem_id:
        return False
    text = parent.text()
    return len(text) <= _growth_cap(anchor) and avoid in " ".join(word_tokens(text))


def _prose_paragraph(block: Any) -> bool:
    text = block.text.strip()
    return (block.kind in ("p", "quote") and len(word_tokens(text)) >= LEAD_PROSE_WORDS
            and bool(SENTENCE_END.search(text)))


def prose_run(doc: Document) -> bool:
    """Whether the body holds `PROSE_RUN` paragraphs that are each a sentence of prose (guard
    ``prose-run``, module docstring)."""
    count = 0
    for b in doc.blocks:
        text = b.text.strip()
        if b.kind in ("p", "quote") and len(text) >= MIN_SENTENCE_CHARS and SENTENCE_END.search(text):
            count += 1
            if count >= PROSE_RUN:
                return True
    return False


def _probe(doc: Document) -> str:
    """The opening words of the body's longest block."""
    longest = max((b.text for b in doc.blocks), key=len, default="")
    return " ".join(word_tokens(longest)[:KEY_WORDS])


def reanchor(doc: Document, dom: Any, blocks_from_tree: Any) -> tuple[Document, str]:
    """``doc`` with its body extracted again around the description's opening words when the
    first extraction missed them and took an unrelated part of the page (module docstring),
    and the text of the body it replaced ("" when the body stays)."""
    key = description_key(doc.metadata.get("description"))
    body = getattr(dom, "body", None) if dom is not None else None
    if not key or body is None:
        return doc, ""
    per_block = []
    for b in doc.blocks:
        tokens = word_tokens(b.text)
        if len(tokens) >= PROSE_WORDS:      # a paragraph of prose: the body stays (most pages: one of the first blocks)
            return doc, ""
        per_block.append(tokens)
    words = [w for block in per_block for w in block]
    if key in " ".join(words) or prose_run(doc):
        return doc, ""
    anchor = find_anchor(body, key)
    if anchor is None or anchor.mem_id == body.mem_id:
        return doc, ""
    probe = _probe(doc)
    container = container_of(anchor, body, probe)
    if lead_beside_body(anchor, container, body, probe) and _prose_paragraph(max(doc.blocks, key=lambda b: len(b.text))):
        return doc, ""
    page = f"<html><body>{container.html}</body></html>"
    result, chrome = drop_dump_chrome(trafilatura.bare_extraction(page, include_comments=False, with_metadata=False,
                                                                  include_tables=True, include_formatting=False,
                                                                  favor_recall=True), page, doc)
    if result is None or result.body is None:
        return doc, ""
    blocks = blocks_from_tree(result.body)
    anchored = word_tokens(" ".join(b.text for b in blocks))
    if key not in " ".join(anchored):
        return doc, ""
    if len(anchored) < MIN_SHARE * len(words):
        return doc, ""
    if words:
        mine = _shingles(words)
        if len(mine & _shingles(anchored)) > MAX_OVERLAP * len(mine):
            return doc, ""
    dropped = " ".join(" ".join(b.text.split()) for b in doc.blocks)
    removed = doc.removed + ((removal("extract", RULE, dropped),) if dropped else ()) + chrome
    return doc.replace(blocks=tuple(blocks), removed=removed), dropped
