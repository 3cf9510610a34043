"""A story set in a page builder's repeated module wrappers read as one container: the wrappers unwrapped.

Rule ``builder-flat`` (no removal: wrapper elements give their children to their parent). Page builders set
each text module of a story in its own chain of wrappers (section, row, column, module, inner box), every
module's chain of the same tag and class strings. When the extractor trafilatura finds no main container it
knows by name (or one in every module, or deletes the story's wrapper for a "teaser" name), it falls back to the
single element of the most paragraph text: one module, the first few paragraphs; the rest of the story is lost.
`dom_story_keep` clears the class names the extractor deletes or selects; this rule merges the modules.

The main container (`_dom.main_container`: the element of the most ``<p>`` children's text) is read up
through its ancestors to the first of them with `MIN_PARTS` or more sibling elements of its tag and class
string (the parts, under one parent: the story); on a page whose story is written in bare ``<div>``/``<span>``
blocks (`dom_story_keep.bare_story`), that story is read up the same way, or its children of one tag and class
string are the parts. The parts are a builder's: each a wrapper of a single wrapper of the chain (a section
around its row; not a box around one paragraph, not a live entry of a time, a text and a share row). When they
hold `PARTS_SHARE` of the page's ``<p>`` text (of the story's text on a page of bare blocks), two or more of them
text, and the main container (the largest part) holds at most `MAX_MAIN_SHARE` of theirs (the story is in several
modules, not in one), every part's chain of wrappers (the elements of the tag and class strings met on the way
from a part down to the text, holding no text of their own) is unwrapped, and the story and its ancestors lose
the class tokens the extractor deletes an element for (`dom_story_keep`'s rewrite). The boxes inside a module
(an advertisement, a newsletter box) keep their own names. A story in navigation, a side column, a footer or a
form, and parts the extractor takes for comment containers are left.
"""
from __future__ import annotations

import logging

from ..document import Document
from ..registry import Cleaner
from ..extract_keep import selected
from ._dom import NON_ELEMENTS, ancestors, edited, main_container
from .dom_story_keep import attrs_of, bare_story, set_attrs, without_discards

log = logging.getLogger(__name__)

MIN_PARTS = 3          # sibling wrappers of one tag and class string
PARTS_SHARE = 0.5      # of the page's <p> text the parts hold
MAX_MAIN_SHARE = 0.8   # of the parts' <p> text the main container holds at most
MAX_DEPTH = 8          # ancestors of the main container read for the parts
_APART = frozenset({"nav", "aside", "footer", "form", "menu"})
_TOP = frozenset({"html", "body"})
_WRAPPERS = frozenset({"div", "section"})


def _key(el) -> tuple:
    return el.tag, (el.attributes.get("class") or "").strip()


def _children(el) -> list:
    return [c for c in el.iter() if c.tag not in NON_ELEMENTS]


def _p_text(node) -> int:
    return sum(len(p.text()) for p in node.css("p"))


def _parts(anchor) -> tuple:
    """``(parts, chain)``: the repeated sibling wrappers ``anchor`` sits in and the keys of the wrappers from a
    part down to it (a classless anchor passed over); or ``([], set())``."""
    chain = []
    for depth, el in enumerate([anchor, *ancestors(anchor)]):
        if depth > MAX_DEPTH or el.tag in _APART or el.tag in _TOP:
            return [], set()
        key = _key(el)
        if depth or key[1]:
            chain.append(key)
        if not key[1]:
            continue            # (a classless wrapper: unwrapped on the way, never a part)
        parent = el.parent
        if parent is None:
            return [], set()
        siblings = [c for c in parent.iter() if c.tag == key[0]]        # (the tag first: cheap)
        if len(siblings) >= MIN_PARTS and len(siblings := [c for c in siblings if _key(c) == key]) >= MIN_PARTS:
            return siblings, set(chain)
    return [], set()


def _parts_below(story) -> tuple:
    """``(parts, chain)`` of a story of bare blocks: its children of the tag and class string held by
    `MIN_PARTS` or more of them (the group of the most text), and the wrapper keys met going down each of them
    (those of `MIN_PARTS` parts at least); or ``([], set())``."""
    groups: dict[tuple, list] = {}
    for c in _children(story):
        if (key := _key(c))[1] and not c.text(deep=False).strip():     # (wrappers, not text of their own)
            groups.setdefault(key, []).append(c)
    groups = {k: v for k, v in groups.items() if len(v) >= MIN_PARTS}
    if not groups:
        return [], set()
    parts = max(groups.values(), key=lambda v: sum(len(c.text()) for c in v))
    seen: dict[tuple, int] = {}
    for part in parts:
        el, keys = part, set()
        while el is not None and (key := _key(el))[1] and not el.text(deep=False).strip():
            keys.add(key)
            kids = _children(el)
            el = max(kids, key=lambda c: len(c.text())) if kids else None
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    return parts, {k for k, n in seen.items() if n >= MIN_PARTS}


def _wrappers(part, chain: set) -> list:
    """The part and the elements inside it on the chain's keys holding no text of their own, outermost first."""
    out, stack = [], [part]
    while stack:
        el = stack.pop()
        if _key(el) not in chain or el.text(deep=False).strip():
            continue
        out.append(el)
        stack.extend(_children(el))
    return out


def _nested(part, chain: set) -> bool:
    """Whether ``part`` is a wrapper of one wrapper of the chain (a builder's section around its row), not a
    box around a paragraph or a live entry's time, text and share row."""
    kids = _children(part)
    return len(kids) == 1 and kids[0].tag in _WRAPPERS and _key(kids[0]) in chain \
        and not kids[0].text(deep=False).strip()


def _fits(parts: list, chain: set, sizes: list, whole, largest: int) -> bool:
    """Whether the parts hold the story: `PARTS_SHARE` of ``whole()`` (read last: the page's text), text in two
    of them at least, and ``largest`` (what the extraction would read alone) at most `MAX_MAIN_SHARE` of theirs."""
    held = sum(sizes)
    if not parts or sum(1 for s in sizes if s) < 2 or largest > MAX_MAIN_SHARE * held:
        return False
    if not all(_nested(p, chain) for p in parts):
        return False            # (a builder's nesting: each part a wrapper of one wrapper)
    return held >= PARTS_SHARE * whole()


def _found(dom, main) -> tuple:
    """``(parts, chain)``: the story's repeated parts found from the main container (measured in ``<p>`` text),
    else from the story of bare blocks (`dom_story_keep.bare_story`, measured in text); or ``([], set())``."""
    parts, chain = _parts(main)
    if parts and _fits(parts, chain, [_p_text(p) for p in parts], lambda: _p_text(dom.body), _p_text(main)):
        return parts, chain
    story = bare_story(dom, main)
    if story is None:
        return [], set()
    for parts, chain in (_parts(story), _parts_below(story)):
        sizes = [len(p.text()) for p in parts]
        if chain and _fits(parts, chain, sizes, lambda: len(parts[0].parent.text()), max(sizes, default=0)):
            return parts, chain
    return [], set()


def flatten(dom) -> int:
    """Unwrap the story's repeated module wrappers (module docstring); the number of elements unwrapped."""
    main = main_container(dom)
    parts, chain = _found(dom, main) if main is not None else ([], set())
    if not parts:
        return 0
    story = parts[0].parent
    if story.tag in _APART or story.tag in _TOP or any(a.tag in _APART for a in ancestors(story)):
        return 0
    tag, name = _key(parts[0])
    if selected(tag, {"class": name})[1]:
        return 0                # (comment containers: the comment stage reads them)
    wrappers = [w for p in parts for w in _wrappers(p, chain)]
    if not wrappers:
        return 0
    for el in reversed(wrappers):
        el.unwrap()
    edited()
    for el in (story, *ancestors(story)):
        if el.tag not in _TOP and (attrs := attrs_of(el)) and (kept := without_discards(el.tag, attrs)) is not None:
            set_attrs(el, attrs, kept)
    return len(wrappers)


class DomBuilderFlat(Cleaner):
    """A story set in a page builder's repeated module wrappers unwrapped into one container."""

    name = "dom_builder_flat"
    scope = "html"
    order = 74
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        if doc.dom is not None and (changed := flatten(doc.dom)):
            log.debug("builder-flat: %d wrappers", changed)
        return doc
