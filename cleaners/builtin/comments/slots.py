"""Template slots of a family's units: the header and footer lines that come back in most units.

Comments follow a template: the fixed slots (the author's name, the date, "Reply") come back in
every unit at the same place, short; the comment's text varies. A body line whose slot comes back
in most units, short, at the head or the foot of each unit, is a header/footer line: the author's
name when its texts look like names, else chrome, but for titles (its texts differ in every unit:
`templates.titles`), which stay the comment's words. A line's slot is the path of template keys
from the unit's top down to the element holding it.
"""
from __future__ import annotations

import re

from .headers import names_in_slot
from .items import Item, Line
from .labels import post_labels
from .templates import template_key, titles
from .tree import Tree
from .vocabulary import vocabulary

_COUNTER = re.compile(r"\(?\d[\d.,\u00a0\u202f ]{0,9}[kKmM]?\)?\s?(?P<word>[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?)")
SLOT_SHORT_WORDS = 12         # a header/footer slot's line is at most this long


def _slot(tree: Tree, line: Line, tops: tuple, keys: dict) -> str:
    """The line's slot; a unit of one top element is read from its tag down (rule `unit-top-slot`: the family holds
    units whose classes vary with a state, the poster or the parity, and its slots are the same)."""
    e, path, level = line.owner, [], 0     # (``keys``: each element's `Tree.key`, once known for the page)
    while level < 8:
        if (key := keys.get(e)) is None:
            key = keys[e] = tree.id_key(e, template_key(tree.tag[e], tree.cls(e)))
        path.append(tree.tag[e] if len(tops) == 1 and e == tops[0] else key)
        if e in tops or e <= 0:
            break
        e, level = tree.parent[e], level + 1
    return "/".join(reversed(path))


def meta_slots(tree: Tree, items: list[Item]) -> tuple[set, set]:
    """Lines that are a template's header or footer: (author lines, chrome lines), as (item, line). An author-named
    element of one and the same text in every unit ("Profile", a link to the poster's page) is a label, chrome, when
    a slot of the template holds the names (rule `label-author`)."""
    labels = _author_lines(items)
    texts = {items[i].lines[k].text.casefold() for i, k in labels}
    if len(items) >= 3 and len(texts) == 1 and len({i for i, _ in labels}) == len(items):
        authors, chrome = _meta_slots(tree, items, False)
        if authors:
            return authors, chrome | labels
    return _meta_slots(tree, items, None)


def _author_lines(items: list[Item]) -> set:
    return {(i, k) for i, it in enumerate(items) for k, ln in enumerate(it.lines) if ln.kind == "author"}


def _meta_slots(tree: Tree, items: list[Item], named: bool | None) -> tuple[set, set]:
    """`meta_slots` (``named``: most units hold an author-named element, None: read from the units)."""
    keys = tree.memo.setdefault("slot_keys", {})
    seen: dict[str, list[tuple[int, int]]] = {}
    order: dict[str, int] = {}
    def slot_of(i: int, k: int) -> str:
        line = items[i].lines[k]
        if not line.slot:
            line.slot = _slot(tree, line, items[i].unit.tops, keys)
        return line.slot
    chrome: set = post_labels(tree, items, slot_of)     # "Joined: <date>", "Posts: <n>" in every post
    for i, item in enumerate(items):
        for k, line in enumerate(item.lines):
            if line.kind == "body" and (i, k) not in chrome:
                seen.setdefault(slot := slot_of(i, k), []).append((i, k))
                order.setdefault(slot, len(order))
    voc = vocabulary()
    authors: set = set()
    named_authors = sum(1 for it in items if any(ln.kind == "author" for ln in it.lines)) * 2 > len(items) \
        if named is None else named
    author_slot_found = named_authors
    for slot in sorted(seen, key=order.get):
        hits = seen[slot]
        per_item = {i for i, _ in hits}
        if len(per_item) < max(2, (len(items) + 1) // 2) or len(hits) > len(per_item) * 1.25:
            continue
        lines = [items[i].lines[k] for i, k in hits]
        if sum(1 for ln in lines if ln.words <= SLOT_SHORT_WORDS and len(ln.text) <= 80) * 5 < len(lines) * 4:
            continue
        edge, rest, taken = 0, 0, authors | chrome     # (the union once per slot, not once per line)
        for i, k in hits:
            body = [j for j, ln in enumerate(items[i].lines) if ln.kind == "body" and (i, j) not in taken]
            others = [j for j in body if j != k]
            if others:
                rest += 1
                if k < others[0] or k > others[-1]:
                    edge += 1
        if rest * 5 < len(hits) * 4 or edge * 5 < len(hits) * 4:
            continue
        if not author_slot_found and len({ln.text for ln in lines}) > 1 \
                and names_in_slot(voc, [ln.text for ln in lines]) * 5 >= len(lines) * 3:    # (read when it counts)
            authors.update(hits)
            author_slot_found = True
        elif not titles([ln.text for ln in lines], voc) and (not named_authors or all(voc.is_chrome(
                ln.text) for ln in lines) or len(per_item) >= 3 and len({ln.text for ln in lines}) == 1
                                                             or counters([ln.text for ln in lines])):
            chrome.update(hits)
    authors |= _undated_names(items, slot_of, authors | chrome, voc)
    return authors, chrome


def counters(texts: list[str]) -> bool:
    """Every text of a slot a number and the same one or two words ("557 Fans", "1.2k karma", "12 posts"): a count
    beside the commenter's name, chrome (rule ``counter-slot``), not a line of the comment."""
    found = [_COUNTER.fullmatch(" ".join(t.split())) for t in texts]
    return len(texts) >= 2 and all(found) and len({m["word"].casefold() for m in found}) == 1


def _undated_names(items: list[Item], slot_of, taken: set, voc) -> set:
    """A name alone in the slot where most units print their name and date ("Ana · 3 hours ago", "Ana" where the date
    is missing): that unit's author line (rule ``byline-slot``). A body line of other texts, or no other line after
    it, stays the comment's."""
    dated: dict[str, set] = {}
    for i, item in enumerate(items):
        for k, line in enumerate(item.lines):
            if line.kind == "meta" and line.words <= SLOT_SHORT_WORDS:
                dated.setdefault(slot_of(i, k), set()).add(i)
    found: set = set()
    if not dated or max(map(len, dated.values())) * 2 < len(items):
        return found
    for i, item in enumerate(items):
        body = [k for k, ln in enumerate(item.lines) if ln.kind == "body" and (i, k) not in taken]
        if len(body) < 2 or (line := item.lines[body[0]]).words > 5:
            continue
        units = dated.get(slot_of(i, body[0]), set())
        if len(units) * 2 >= len(items) and i not in units and voc.name_like(line.text) and voc.name_in(line.text):
            found.add((i, body[0]))
    return found
