"""The article's lead put back at the head of its paragraphs (rule ``lead-outside-body``).

News and magazine pages print the lead (intro, standfirst, perex, chapeau) in the article's
header, under the headline, and the paragraphs in a body container of their own beside it
(``<div class="art-header"><h1>..</h1><p class="perex">..</p></div><div class="art-content">
<p>..</p></div>``). trafilatura starts at such a body container when its class names one and
so drops the lead, which is the article's first paragraph. Before extraction, an element whose
class names a lead (``furniture_classes.toml`` ``lead`` and ``standfirst``) moves to the head of
the main text container (`_dom.main_container`), as a ``<p>``, when it is one paragraph of prose
(a ``<p>`` or ``<div>``; a dek printed in an ``<h2>``, as Arc-like sites do, stays: the ScrapingHub gold
leaves such decks out)
(`MIN_WORDS` words to `MAX_CHARS` characters ending a sentence, at most `MAX_LINK_SHARE` links, no
heading, list or second paragraph), stands before that container, outside it, under its parent
or grandparent (`MAX_LEVELS`), after a headline of that shared ancestor (its ``<h1>``, or its
``<h2>`` on a page without an ``<h1>``) with no other heading between them, outside any list,
and the container does not already hold its text and holds two paragraphs or `MIN_BODY_RATIO` times as
much text (a container picked on a page whose paragraphs stand loose, an author box, is no body). A teaser
of another story, a summary box after the article or a sidebar's intro is none of these.
"""
from __future__ import annotations

import re

from .builtin._dom import ancestors, link_text_share, main_container, text_of
from .builtin._markup import class_pattern
from .lines import stop_class, word_count

_LEAD = class_pattern("lead")
_STANDFIRST = class_pattern("standfirst")
MIN_WORDS = 6            # a sentence of six words at least (a Han, kana or Thai character is one: `lines.WORD`)
MAX_CHARS = 700          # longer is a paragraph of its own, not a lead
MAX_LINK_SHARE = 0.3
MIN_BODY_RATIO = 2       # the container's text is at least this many times the lead's
MAX_LEVELS = 2           # the lead and the container share their parent or grandparent
_ENDS = stop_class("!?\u2026\u3002\uff01\uff1f")       # every script's full stop, "!", "?", "…" and the CJK marks
_SENTENCE_END = re.compile(rf"[{_ENDS}][\"'\u201c\u201d\u00bb\u300d)]?$")
_NOT_ONE_PARAGRAPH = "h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, figure"
_CANDIDATES = "p[class], div[class]"   # not a dek in <h2>/<h3> (tried: the extraction lost more than it gained)


def _is_lead(node) -> bool:
    key = (node.attributes.get("class") or "").lower()
    if not (_LEAD.search(key) or _STANDFIRST.search(key)):
        return False
    text = text_of(node)
    return (MIN_WORDS <= word_count(text) and len(text) <= MAX_CHARS and bool(_SENTENCE_END.search(text))
            and link_text_share(node, text) <= MAX_LINK_SHARE and len(node.css("p")) <= 1
            and all(n.mem_id == node.mem_id for n in node.css(_NOT_ONE_PARAGRAPH)))   # (css matches the node itself)


def _under_headline(shared, node, order: dict[int, int], has_h1: bool) -> bool:
    """Whether ``node`` comes after a headline of ``shared`` (an ``<h1>``; an ``<h2>`` on a page
    without any) with no other heading between them (a teaser box's own heading), and outside any
    list."""
    at = order[node.mem_id]
    level = "h1" if has_h1 else "h2"
    headlines = [order.get(h.mem_id, 0) for h in shared.css(level) if order.get(h.mem_id, 0) < at]
    if not headlines or any(a.tag == "li" for a in ancestors(node)):
        return False
    return not any(max(headlines) < order.get(h.mem_id, 0) < at for h in shared.css("h1, h2, h3, h4, h5, h6"))


def move_lead(dom) -> bool:
    """The lead outside the main container moved to its head (module docstring); whether one moved."""
    body = dom.body
    if body is None:
        return False
    candidates = [n for n in body.css(_CANDIDATES) if _is_lead(n)]
    if not candidates:
        return False
    main = main_container(dom)
    if main is None or main.child is None:
        return False
    above = [a.mem_id for a in ancestors(main)][:MAX_LEVELS]
    order = {n.mem_id: i for i, n in enumerate(body.traverse())}
    main_text = " ".join(main.text().split())
    has_h1 = body.css_first("h1") is not None
    for node in sorted(candidates, key=lambda n: order.get(n.mem_id, 0), reverse=True):
        if order.get(node.mem_id, 0) >= order.get(main.mem_id, 0):
            continue                                   # after the container (or inside it)
        lineage = [a.mem_id for a in ancestors(node)]
        if main.mem_id in lineage or not any(a in lineage for a in above):
            continue
        if not _under_headline(next(a for a in ancestors(main) if a.mem_id in lineage), node, order, has_h1):
            continue
        text = text_of(node)
        if text[:80] in main_text:
            return False
        if len(main.css("p")) < 2 and len(main_text) < MIN_BODY_RATIO * len(text):
            return False                               # one short paragraph beside the lead is no article body (an author bio)
        inner = node.css_first("p")
        lead = dom.create_node("p")                    # a paragraph, whatever box it was printed in
        lead.inner_html = (inner if inner is not None else node).inner_html
        main.child.insert_before(lead)                 # (lexbor inserts a copy)
        node.decompose()
        return True
    return False
