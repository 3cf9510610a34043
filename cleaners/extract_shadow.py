"""Declarative shadow DOM: the content of ``<template shadowrootmode>`` made part of the page, as a browser renders it.

A page rendered on the server from web components (Lit, Stencil, WebC…) writes each component's markup in a
``<template shadowrootmode="open">`` inside the component's element, and the browser shows that markup in the
element's place, with the element's own children put into its ``<slot>``s. Lexbor, like every HTML parser, keeps a
template's content out of the tree, and the extraction drops templates: such a page came out with an empty body and
nothing in ``removed``, where bare trafilatura reads the article. Rule ``shadow-root``: each such template is
replaced by its content (in a ``<div>``), the host's children whose ``slot`` attribute names a slot of it moved into
that slot, and the others into its unnamed slot when it has one (those it does not show stay where they were: nothing
is dropped; so do the children of a host of over `MAX_SLOTTED`). Shadow roots inside shadow roots are read too, down
to `MAX_DEPTH` levels.
"""
from __future__ import annotations

import logging
from itertools import islice

from selectolax.lexbor import LexborHTMLParser

from .builtin._dom import TEXT_NODES, edited

log = logging.getLogger(__name__)

RULE = "shadow-root"
MAX_DEPTH = 16       # shadow roots nested in shadow roots, read at most (each level parses its content again)
MAX_SLOTTED = 500    # a host's children put into slots, at most (a host of more keeps them where they are)
_SHADOW = "template[shadowrootmode], template[shadowroot]"
_COMMENT_TAGS = frozenset({"-comment", "_comment"})
_MARK = "data-corpus-shadow-root"     # (the content's box, told once inserted, then unmarked)


def open_shadow_roots(dom) -> int:
    """Replace the page's declarative shadow roots by their content (see the module); how many it replaced."""
    body = dom.body
    done = sum(_open(template, 1) for template in body.css(_SHADOW)) if body is not None else 0
    if done:
        edited()
        log.debug("%s: %d shadow roots opened", RULE, done)
    return done


def _open(template, depth: int) -> int:
    """Put the template's content in its place, the shadow roots inside it opened first (a template's content is
    not carried from one parsed tree to another); the host's children into their slots. How many it opened."""
    markup = template.html or ""
    start, end = markup.find(">") + 1, markup.rfind("</template>")
    content = LexborHTMLParser(f'<div {_MARK}="">{markup[start:end] if end > start else ""}</div>').css_first("div")
    done = 1 + (sum(_open(inner, depth + 1) for inner in content.css(_SHADOW)) if depth < MAX_DEPTH else 0)
    host, before = template.parent, template.prev
    template.replace_with(content)
    root = before.next if before is not None else host.child if host is not None else None
    if root is None or _MARK not in root.attributes:       # (the content's box, found again where it was put)
        return done
    del root.attrs[_MARK]
    slots = {node.attributes.get("name") or "": node for node in root.css("slot")}
    children = list(islice(host.iter(include_text=True), MAX_SLOTTED + 1)) if slots else []
    if not slots or len(children) > MAX_SLOTTED:
        return done     # (no slot; or a host of thousands of children, read once per shadow root: left in place)
    for child in children:
        if child.mem_id == root.mem_id:
            continue
        if child.tag in TEXT_NODES:
            if (text := child.text_content or "").strip() and (slot := slots.get("")) is not None:
                slot.insert_child(text)
                child.decompose()
        elif child.tag not in _COMMENT_TAGS and (slot := slots.get(child.attributes.get("slot") or "")) is not None:
            slot.insert_child(child)
            child.decompose()
    return done
