"""The story's repeated wrappers kept from the extractor's class-name discard, before it reads the page.

Rule ``story-kept`` (no removal: class, id and role attributes change). trafilatura deletes, with what they hold,
the elements whose ``class``/``id``/``role`` holds one of its boilerplate tokens ("widget", "slide", "nav",
"meta"...), and reads the first element it takes for a main container ("text_column", "entry-content"...). A
photo story sets each paragraph in a ``slide``; a page builder wraps each text module of a story in its own
``wpb_text_column`` or ``elementor-widget``; the story's column may be named ``nav-wrapper``: the extraction then
keeps the lead, or one module, and loses the rest. `extract_keep` clears the main text container's lineage
when the extraction misses it whole; this rule handles a story told in repeated parts, before the extraction.

On a page whose main text container (the element of the most ``<p>`` children's text) holds more than
`MAX_MAIN_PARAGRAPHS` paragraphs the story is in one piece, and nothing is read further. Else the story is the
deepest element holding `STORY_SHARE` of the page's prose (``<p>`` blocks of `PROSE_WORDS`
words or more, not mostly links; on a page of fewer than `MIN_BLOCKS` of them, bare ``<div>``/``<span>``
blocks holding no block) in `MIN_BLOCKS` paragraphs at least, outside navigation, side columns, footers and
forms. Its repeated parts are `MIN_PARTS` or more elements inside it of one tag and class string that the
extractor deletes or takes for a main container, together holding `PARTS_SHARE` of its prose (with them,
every element of the story of their tag and class string: the modules holding a subheading, a list or a
quote). Those parts, the elements between them and the story and those inside them on the way to a
paragraph, the story and its ancestors lose the tokens the extractor deletes them for (`extract_keep`'s attribute
rewrite, which leaves the extractor's choice of main and comment containers as it was); two or more parts it
takes for main containers lose those tokens too. A story without repeated parts (paragraphs beside a share box
named "widget") is left as it is; boxes inside the story without a paragraph of prose keep their names.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from itertools import islice

from ..document import Document
from ..lines import spaced_word_count
from ..registry import Cleaner
from ..extract_keep import discarded, kept_attributes, selected
from ._dom import ancestors, main_container

log = logging.getLogger(__name__)

PROSE_WORDS = 20
STORY_SHARE = 0.6
MIN_BLOCKS = 3
MAX_LINK_SHARE = 0.5
MIN_PARTS = 3            # repeated wrappers of one tag and class string inside the story
PARTS_SHARE = 0.5        # of the story's prose they hold together
MAX_MAIN_PARAGRAPHS = 4  # <p> children of the main container above which the story is in one piece
SHORT_MAIN = 600         # paragraph characters of the main container under which a story of bare blocks is sought
ATTRIBUTES = ("class", "id", "role")
_APART = frozenset({"nav", "aside", "footer", "form", "menu"})


_LEAF = frozenset({"div", "p", "ul", "ol", "dl", "table", "section", "article", "li", "h1", "h2", "h3", "h4", "h5",
                   "h6", "blockquote", "figure"})


def _prose_blocks(dom, selector: str = "body p") -> list[tuple]:
    """``(block, characters)`` of the page's paragraphs of prose (``<p>``s; or, on a page of fewer than
    `MIN_BLOCKS`, bare ``<div>``/``<span>`` blocks holding no block inside)."""
    return list(_iter_prose_blocks(dom, selector))


def _few_prose_blocks(dom) -> bool:
    """Whether the page holds fewer than `MIN_BLOCKS` paragraphs of prose (read up to the `MIN_BLOCKS`th)."""
    return sum(1 for _ in islice(_iter_prose_blocks(dom, "body p"), MIN_BLOCKS)) < MIN_BLOCKS


def _iter_prose_blocks(dom, selector: str):
    for p in dom.css(selector):
        if p.tag != "p" and any(c.tag in _LEAF for c in p.iter()):
            continue                  # (a block holding blocks: its own children read; its text, a wrapper's, unread)
        text = p.text()
        if len(text) < PROSE_WORDS:
            continue
        if spaced_word_count(text) < PROSE_WORDS:
            continue
        if p.css_first("a") is None or sum(len(a.text()) for a in p.css("a")) <= MAX_LINK_SHARE * len(text):
            yield p, len(text)


_NO_STORY = (None, {}, {}, {})
_bare: list = [None, None, None]     # [dom, its main container's mem_id when read, the story of bare blocks]


def bare_story(dom, main) -> object:
    """The story element of a page whose story is written in bare ``<div>``/``<span>`` blocks (a main
    container of fewer than `SHORT_MAIN` paragraph characters, fewer than `MIN_BLOCKS` ``<p>``s of prose), or
    None; for `_dom.protected_ids` (read again when ``main``, the main container, is another element)."""
    key = main.mem_id if main is not None else None
    if _bare[0] is not dom or _bare[1] != key:
        story = None
        if (main is None or sum(len(c.text()) for c in main.iter() if c.tag == "p") < SHORT_MAIN) \
                and _few_prose_blocks(dom):
            story = _story(_prose_blocks(dom, "body div, body span"))[0]
        _bare[:] = [dom, key, story]
    return _bare[2]


def story_lineages(dom) -> tuple:
    """``(story, inside, blocks, lines)``: the story element; ``{mem_id: element}`` of the elements from it down
    to its paragraphs of prose (itself and its ancestors not included); ``{mem_id: characters}`` of those
    paragraphs and ``{mem_id: [paragraph, *its ancestors]}``; or ``(None, {}, {}, {})``."""
    main = main_container(dom)
    if main is not None and sum(1 for c in main.iter() if c.tag == "p") > MAX_MAIN_PARAGRAPHS:
        return _NO_STORY       # (a main container of many paragraphs: a story in one piece, not in parts)
    blocks = _prose_blocks(dom)
    if len(blocks) < MIN_BLOCKS:
        blocks = _prose_blocks(dom, "body div, body span")   # (a story of bare blocks: read on such pages only)
    elif main is not None and STORY_SHARE * sum(c for _, c in blocks) <= sum(
            c for p, c in blocks if p.parent is not None and p.parent.mem_id == main.mem_id):
        return _NO_STORY       # (the main container's own paragraphs are the story: no parts to keep)
    return _story(blocks)


def _story(blocks: list) -> tuple:
    if len(blocks) < MIN_BLOCKS:
        return _NO_STORY
    total = sum(c for _, c in blocks)
    chars: dict[int, list] = {}
    lines = []
    for p, c in blocks:
        line = [p, *ancestors(p)]
        lines.append(line)
        for depth, el in enumerate(reversed(line)):
            entry = chars.setdefault(el.mem_id, [el, 0, 0, depth])
            entry[1] += c
            entry[2] += 1
    held = [e for e in chars.values() if e[1] >= STORY_SHARE * total and e[2] >= MIN_BLOCKS]
    if not held:
        return _NO_STORY
    story = max(held, key=lambda e: e[3])[0]
    if story.tag in ("html", "body") or story.tag in _APART or any(a.tag in _APART for a in ancestors(story)):
        return _NO_STORY
    inside: dict[int, object] = {}
    story_blocks: dict[int, int] = {}
    story_lines: dict[int, list] = {}
    for (p, c), line in zip(blocks, lines):
        if not any(el.mem_id == story.mem_id for el in line):
            continue
        story_blocks[p.mem_id] = c
        story_lines[p.mem_id] = line
        for el in line:
            if el.mem_id == story.mem_id:
                break
            inside[el.mem_id] = el
    return story, inside, story_blocks, story_lines


@lru_cache(maxsize=4096)
def without_discards(tag: str, attrs: tuple) -> tuple | None:
    """The attributes without the extractor's discard tokens, or None: nothing to change (or a change that
    would move the extractor's choice of main and comment containers)."""
    given = dict(attrs)
    if not discarded(tag, given):
        return None
    kept = kept_attributes(tag, given)
    if selected(tag, kept) != selected(tag, given):
        return None
    return tuple(kept.items())


@lru_cache(maxsize=4096)
def _unselect(tag: str, attrs: tuple) -> tuple | None:
    """The attributes without the tokens the extractor takes an element for a main container by, or None:
    it takes it for none."""
    given = dict(attrs)
    if not selected(tag, given)[0]:
        return None
    out = {}
    for name, value in given.items():
        kept = [t for t in value.split() if not selected(tag, {name: t})[0]]
        out[name] = " ".join(kept) or None
    return tuple(out.items()) if not selected(tag, {k: v for k, v in out.items() if v})[0] else None


def set_attrs(el, attrs: tuple, new: tuple) -> None:
    old = dict(attrs)
    for name, value in new:
        if value is None:
            del el.attrs[name]
        elif value != old[name]:
            el.attrs[name] = value


def attrs_of(el) -> tuple:
    return tuple((n, el.attributes.get(n)) for n in ATTRIBUTES if el.attributes.get(n))


def _repeated_parts(story, inside: dict, blocks: dict, lines: dict) -> list:
    """The elements inside the story the extractor deletes or takes for a main container, when they are
    repeated parts of it: `MIN_PARTS` or more of one tag and class string, together holding `PARTS_SHARE` of the
    story's prose (slides, a page builder's text modules); else none."""
    groups: dict[tuple, list] = {}
    for el in inside.values():
        if attrs := attrs_of(el):
            groups.setdefault((el.tag, attrs), []).append(el)
    story_chars = sum(blocks.values())
    out = []
    for (tag, attrs), members in groups.items():
        if len(members) < MIN_PARTS or without_discards(tag, attrs) is None and _unselect(tag, attrs) is None:
            continue         # (the extractor's expressions read only for repeated wrappers)
        ids = {m.mem_id for m in members}
        held = sum(c for p_id, c in blocks.items() if p_id in ids or any(a.mem_id in ids for a in lines[p_id]))
        if held >= PARTS_SHARE * story_chars:
            out += members
    return out



def keep_story(dom) -> int:
    """Clear the discard tokens (and the main-container tokens) of the story's repeated parts, of the elements
    between them and the story, and of the story and its ancestors (module docstring); the number of elements
    changed."""
    story, inside, blocks, lines = story_lineages(dom)
    if story is None:
        return 0
    parts = _repeated_parts(story, inside, blocks, lines)
    if not parts:
        return 0
    keys = {(el.tag, attrs_of(el)) for el in parts}      # (and their like holding a heading, a list, a quote)
    parts = [el for el in story.traverse() if el.mem_id != story.mem_id and (el.tag, attrs_of(el)) in keys]
    changed = 0
    chosen = [(el, a) for el in parts if (a := attrs_of(el)) and _unselect(el.tag, a) is not None]
    if len(chosen) >= 2:
        for el, attrs in chosen:
            set_attrs(el, attrs, _unselect(el.tag, attrs))
            changed += 1
    part_ids = {el.mem_id for el in parts}
    holding = {a.mem_id for el in parts for a in ancestors(el)}
    between = parts + [el for el in inside.values() if el.mem_id not in part_ids and (
        el.mem_id in holding or any(a.mem_id in part_ids for a in ancestors(el)))]
    for el in (*between, story, *ancestors(story)):
        if el.tag in ("html", "body"):
            continue
        attrs = attrs_of(el)
        kept = without_discards(el.tag, attrs) if attrs else None
        if kept is not None:
            set_attrs(el, attrs, kept)
            changed += 1
    return changed


class DomStoryKeep(Cleaner):
    """The story's wrappers kept from the extractor's class-name discard."""

    name = "dom_story_keep"
    scope = "html"
    order = 73
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        if doc.dom is not None and (changed := keep_story(doc.dom)):
            log.debug("story-kept: %d elements", changed)
        return doc
