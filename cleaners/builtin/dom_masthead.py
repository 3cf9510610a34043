"""The site's masthead above the article: its name and its tagline, site chrome, not article text.

Rule ``masthead``. A blog or a small site prints its name (the ``metadata.site`` the page declares
or its ``<title>`` spells, `cleaners.page_site`) at the top of every page, often with a one-line
tagline beside it ("Unbiased notes on the harbour economy"); an extractor in recall mode takes the
tagline for a paragraph. An element whose whole text is the site's name, standing before the main
text container and outside it (among the first `MAX_NODES` nodes of the body), is the masthead,
grown to its ancestors while they stay outside the main container and hold besides the name at most
`MAX_TAGLINE_WORDS` words, mostly not link text (a menu is no tagline), no heading that is the page's
title and no paragraph of prose; the name alone, with no tagline beside it (a logo), is left to the
extractor, which drops it. The site's name in a footer (after the article), inside the article, or
a page without a main container is left alone.
"""
from __future__ import annotations

from ..document import Document
from ..page_site import name_key
from ..registry import Cleaner
from ._dom import main_container, protected_ids, remove, text_of

MAX_TAGLINE_WORDS = 25
MAX_LINK_SHARE = 0.5       # share of the tagline's text that may be link text
MIN_NAME = 3               # letters and digits of a site name worth looking for
MAX_NODES = 1000           # nodes from the top of the body a masthead stands among
SLACK = 8                  # characters of spacing and marks a printed name may carry beyond the declared one
_HEADINGS = "h1, h2, h3, h4, h5, h6"


class DomMasthead(Cleaner):
    """The site's name and tagline printed above the article, outside it."""

    name = "dom_masthead"
    scope = "html"
    order = 64
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom, site = doc.dom, doc.metadata.get("site")
        name = name_key(site or "")
        body = getattr(dom, "body", None) if dom is not None else None
        if body is None or len(name) < MIN_NAME:
            return doc
        main = main_container(dom)
        if main is None:
            return doc
        name_node, printed = None, ""
        shortest, longest = len(name), len(site) + SLACK
        for count, node in enumerate(body.traverse(include_text=True)):
            if node.mem_id == main.mem_id or count > MAX_NODES:
                break                              # the name after the article's start: a footer's
            if node.tag == "-text" and shortest <= len(text := node.text_content or "") \
                    and len(text.strip()) <= longest and name_key(text) == name:
                name_node, printed = node.parent, " ".join(text.split())
                break
        if name_node is None or name_node.mem_id in (protected := protected_ids(dom)):
            return doc
        masthead = grown(name_node, protected, printed, name, name_key(doc.metadata.get("title") or ""))
        if name_key(text_of(masthead)) == name:
            return doc      # the name alone (a logo): extractors leave it out, and nothing is gained by a cut
        return remove(doc, self.name, "masthead", masthead)


def grown(node, protected: set, printed: str, name: str, title: str):
    """The largest ancestor of ``node`` that is still only the masthead (module docstring):
    ``printed`` is the site's name as the page prints it, ``name`` and ``title`` the keys of the
    site's name and of the page's title."""
    while (parent := node.parent) is not None and parent.mem_id not in protected and parent.tag != "body":
        text = text_of(parent)
        rest = " ".join(text.replace(printed, " ", 1).split())
        if len(rest.split()) > MAX_TAGLINE_WORDS or _has_prose(parent):
            break
        linked = sum(len(text_of(a)) for a in parent.css("a") if name_key(a.text()) != name)
        if rest and linked > MAX_LINK_SHARE * len(rest):
            break
        if title and any(name_key(text_of(h)) == title for h in parent.css(_HEADINGS)):
            break
        node = parent
    return node


def _has_prose(node) -> bool:
    """Whether ``node`` holds a paragraph or list item longer than a tagline."""
    return any(len(text_of(p).split()) > MAX_TAGLINE_WORDS for p in node.css("p, li"))
