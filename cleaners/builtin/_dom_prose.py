"""Running text of the article in an element a class word names furniture that is never prose (rule guard)."""
from __future__ import annotations

from ..lines import is_prose
from ._dom import ancestors, display_text, link_text_share, main_container

# the families whose furniture is never a paragraph of running text: a share bar, a print link, a breadcrumb trail,
# a side column's box, a navigation landmark, an aside -- beside those that are (a consent notice, a sign-up's
# pitch, an author's biography, a disclaimer)
NEVER_PROSE = frozenset({"share-bar", "print-link", "breadcrumb", "sidebar", "navigation", "aside"})
# the families whose notice is a sentence or two ("This article is for subscribers only. ...", "Advertisement:
# this content is paid for by ..."): a run of the article's paragraphs so named (the locked part of a story
# shipped whole in its paywall's element) holds `MIN_RUN_PARAGRAPHS` paragraphs of prose
NOTICES = frozenset({"ad", "paywall"})
MIN_RUN_PARAGRAPHS = 2
MAX_LINK_SHARE = 0.2     # link text share of a paragraph of prose (an offer or a teaser is mostly its link)


def spares(rule: str, node) -> bool:
    """Whether family ``rule`` leaves ``node`` in place as the article's prose (`prose_in_article`)."""
    if rule in NEVER_PROSE:
        return prose_in_article(node)
    return rule in NOTICES and prose_in_article(node) and \
        sum(1 for p in node.css("p") if is_prose(display_text(p))) >= MIN_RUN_PARAGRAPHS


def prose_in_article(node) -> bool:
    """Whether ``node`` is a paragraph of the article a class word names furniture ("share-price", "crumb-text",
    a box of context in the story): it stands inside the main text container (`_dom.main_container`), its text is
    prose (`lines.is_prose`: a sentence of twelve words or more), mostly not linked, and it holds no form, button
    or frame (a sign-up, an offer, an ad's frame)."""
    main = main_container(node.parser)
    if main is None or node.mem_id == main.mem_id or all(a.mem_id != main.mem_id for a in ancestors(node)):
        return False
    return prose_element(node)


def prose_element(node) -> bool:
    """Whether ``node``'s text is prose (`lines.is_prose`), mostly not linked (`MAX_LINK_SHARE`), and it holds no
    form, button or frame (a sign-up, an offer, an ad's frame)."""
    text = display_text(node)      # (a script's text is none: a share bar's script quotes the headline)
    return is_prose(text) and link_text_share(node, text) <= MAX_LINK_SHARE and \
        node.css_first("form, input, button, iframe, select, textarea") is None
