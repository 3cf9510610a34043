"""Candidate comment units: the repeated pieces of markup a thread is made of.

Two shapes, both found in one pass over the flat tree:

* ``wrapped``: elements of one template (same tag and classes, numbers left out) that are
  siblings, or nested in one another within a few levels (replies inside the comment they
  answer, or in a reply wrapper beside it): WordPress ``li.comment``, Disqus ``li.post``,
  Drupal ``div.comment`` + ``div.indented``, and any unnamed template;
* ``run``: no element per comment, but a repeated short sibling (a header such as
  ``dt.comment-author``, or a footer such as ``p.posted``: "Posted by: X | date") with the
  comment text in the siblings between two of them (Blogger ``dl``, Typepad, old forums).

Which family is a thread, and which is a list of something else, is for `thread` to judge.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import compress
from operator import and_, gt, or_

from ...lines import word_count
from .signed import signature, unlisted
from .templates import template_key
from .tree import BLOCK_TAGS, HEADINGS, Tree
from .vocabulary import vocabulary
from .walk import custom_block

UNIT_TAGS = BLOCK_TAGS - {"html", "body", "hr", "tbody", "thead", "tfoot", "form", "fieldset", "h1", "h2", "h3",
                          "h4", "h5", "h6", "table", "nav", "menu", "main"} | {"span"}
MERGE_LEVELS = 6         # replies lie at most this many levels below the unit or list they answer
MERGE_LEVELS_BARE = 3    # the same for elements without a class (a page's plain <div>s are not replies)
CELLS = frozenset({"td", "th"})   # a table row inside a cell is the cell's layout, never a reply (`_wrapped`)
MAX_RUN_HEAD_WORDS = 30  # the repeated header/footer of a run is short
MAX_FIELD_WORDS = 8      # a classless field box (`_bare_fields`) holds a name or a date
MAX_RUN_GAP = 12         # siblings of one comment between two headers, at most


@dataclass(slots=True)
class Unit:
    tops: tuple[int, ...]      # the unit's top elements: one wrapper, or a run of siblings
    first: int                 # preorder index of its first element
    last: int                  # preorder index of its last element (inclusive)


@dataclass
class Family:
    key: str
    kind: str                  # "wrapped" | "run"
    units: list[Unit] = field(default_factory=list)


def _wrapped(tree: Tree, region: bytearray) -> list[Family]:
    keys: dict[tuple[str, str], str] = {}
    buckets: dict[tuple[int, str], list[int]] = {}
    tags, skip, form, parent, classes, p0, p1, chars = (tree.tag, tree.skip, tree.form, tree.parent, tree.classes,
                                                        tree.p0, tree.p1, tree._chars)
    named, attrs = tree.named_set, tree.attrs     # (`Tree.id_key` changes the key of a classless element with an id only)
    # (the region's elements of a unit's tag, no script's or form's, screened in C: the loop reads only these)
    allowed = UNIT_TAGS.union(t for t in set(tags) if t and "-" in t).union(("table",)).__contains__
    for i in compress(range(len(tree)), map(gt, map(and_, region, map(allowed, tags)), map(or_, skip, form))):
        tag = tags[i]
        if not i or (tag not in UNIT_TAGS and not custom_block(tree, i) and not (tag == "table" and classes[i])) \
                or chars[p1[i]] - chars[p0[i]] < 2 \
                or tag == "tr" and i < len(tags) - 1 and tags[i + 1] == "th":     # (a table's header row)
            continue
        raw = (tag, classes[i])
        key = keys.get(raw)
        if key is None:
            key = keys[raw] = template_key(tag, classes[i])
        if key[-1] == "." and (i in named or "id" in attrs[i]):
            key = tree.id_key(i, key)
        bucket = buckets.get((parent[i], key))
        if bucket is None:
            buckets[(parent[i], key)] = [i]
        else:
            bucket.append(i)
    _merge_alternating(tree, buckets, keys)
    seen_keys: dict[str, int] = {}
    for _, key in buckets:
        seen_keys[key] = seen_keys.get(key, 0) + 1
    families: list[tuple[str, list[int]]] = []     # (key, first elements of its units)
    member_of: dict[int, int] = {}
    parent_of: dict[tuple[int, str], int] = {}
    for (p, key), members in sorted(buckets.items(), key=lambda kv: kv[0][0]):
        fid = None
        if seen_keys[key] > 1 and key.endswith(".") and _bare_fields(tree, members):
            continue        # (a unit's fields: no unit of their own)
        if seen_keys[key] > 1:      # the key comes back elsewhere: replies nested in units or lists
            classed = not key.endswith(".")
            row = key.partition(".")[0] == "tr"     # (rule `nested-table-rows`: `_wrapped`)
            a, level, limit = p, 0, MERGE_LEVELS if classed else MERGE_LEVELS_BARE
            while a > 0 and level <= limit and not (row and tags[a] in CELLS):
                f = member_of.get(a)
                if f is not None and families[f][0] == key:
                    fid = f
                    break
                if classed and level and (f := parent_of.get((a, key))) is not None:
                    fid = f
                    break
                a, level = parent[a], level + 1
        if fid is None:
            fid = len(families)
            families.append((key, []))
        parent_of[(p, key)] = fid
        families[fid][1].extend(members)
        for m in members:
            member_of[m] = fid
    named, end = tree.named_set, tree.end
    return [Family(key, "wrapped", [Unit((m,), m, end[m]) for m in sorted(members)])
            for key, members in families if len(members) >= 2 or members[0] in named]


def _bare_fields(tree: Tree, members: list[int]) -> bool:
    """Rule `bare-field`: classless boxes holding a few words of text and no element, of a key found elsewhere too,
    are a unit's fields (its date: ``<div>12.06.2024 14:05</div>`` in a classless comment box), no units: not
    replies nested in it (a reply holds its own name, date and text), nor a family of their own."""
    return all(tree.words(m) <= MAX_FIELD_WORDS and next(tree.children(m), None) is None for m in members)


def _merge_alternating(tree: Tree, buckets: dict[tuple[int, str], list[int]], keys: dict) -> None:
    """Siblings of one tag whose classes alternate (``li.alt-comment``, ``li``, ``li.author``:
    parity, the post author's mark) and whose children follow one template (the same set
    of at least two child keys, or of one when the classes differ by added ones: `_state_classes`)
    are one bucket, under the key that names comments if any."""
    by_parent: dict[int, list[str]] = {}
    for p, key in buckets:
        by_parent.setdefault(p, []).append(key)
    voc = vocabulary()
    for p, names in by_parent.items():
        tags: dict[str, list[str]] = {}
        for key in names:
            tags.setdefault(key.partition(".")[0], []).append(key)
        for tag, same_tag in tags.items():
            if len(same_tag) < 2:
                continue
            groups: dict[frozenset, list[str]] = {}
            for key in same_tag:
                children = frozenset(_key(tree, c, keys) for c in tree.children(buckets[(p, key)][0])
                                     if not tree.skip[c] and (tree.tag[c] in UNIT_TAGS or custom_block(tree, c)))
                if children:
                    groups.setdefault(children, []).append(key)
            for children, same in groups.items():
                if len(same) >= 2 and (len(children) >= 2 or _state_classes(same)):
                    target = max(same, key=lambda k: (voc.names_comments(k.partition(".")[2]), len(buckets[(p, k)])))
                    buckets[(p, target)] = sorted(m for k in same for m in buckets.pop((p, k)))


def _state_classes(keys: list[str]) -> bool:
    """Keys of one template but for classes added to some (rule `state-class`: "div.answer" and
    "div.answer accepted-answer", a unit's state): every key holds the classes of the plainest,
    which has one at least. Keys without a shared class ("div.teaser", "div.ad") are not."""
    sets = [set(k.partition(".")[2].split()) for k in keys]
    base = min(sets, key=len)
    return bool(base) and all(base <= s for s in sets)


def _key(tree: Tree, e: int, keys: dict) -> str:
    raw = (tree.tag[e], tree.classes[e])
    key = keys.get(raw)
    if key is None:
        key = keys[raw] = template_key(*raw)
    return tree.id_key(e, key)


def _runs(tree: Tree, region: bytearray) -> list[Family]:
    """Comments without a wrapper: a parent's children cut at a repeated short sibling."""
    families: list[Family] = []
    keys: dict[str, str] = {}
    skip = tree.skip
    tags, classes, form = tree.tag, tree.classes, tree.form
    bare = unlisted()
    from .ruled import ruled_runs      # (it reads this module's Family and Unit)
    from .name_headings import name_heading_runs
    for p in sorted(p for p, k in Counter(tree.parent).items() if k >= 4 and p >= 0):    # (no region element has fewer)
        if not region[p] or skip[p]:
            continue
        children = [c for c in tree.children(p) if not skip[c]]
        if len(children) < 4:
            continue
        positions: dict[str, list[int]] = {}
        for pos, c in enumerate(children):
            tag = tags[c]
            if tag in HEADINGS or tag in ("br", "a", "img", "input", "script", "hr") or form[c]:
                continue
            raw = f"{tag} {classes[c]}"
            key = keys.get(raw)
            if key is None:
                key = keys[raw] = template_key(tag, classes[c])
            if key[-1] == ".":      # (`Tree.id_key` changes the key of a classless element only)
                key = tree.id_key(c, key)
            if bare and signature(tree, c):     # (of one template with the comments' text: `signed`)
                key = "signed:" + key
            positions.setdefault(key, []).append(pos)
        stops = [pos for pos, c in enumerate(children) if tags[c] in HEADINGS or tags[c] == "form" or form[c]]
        for key, positions_of_key in positions.items():
            if len(positions_of_key) < 2 or len(positions_of_key) * 2 > len(children) + 1:
                continue   # a run needs other siblings between its headers
            for where in split_at_stops(positions_of_key, stops):
                if family := _run_family(tree, key, children, where):
                    families.append(family)
        families += ruled_runs(tree, children, stops)      # (rule `hr-separated`)
        families += name_heading_runs(tree, children, _run_family, split_at_stops)     # (`name-heading-run`)
    return families


def split_at_stops(where: list[int], stops: list[int]) -> list[list[int]]:
    """The positions cut where a heading or a form stands between two of them (the article's
    own "Posted by" footer and the comments' are two runs, not one)."""
    out: list[list[int]] = [[where[0]]]
    k = 0
    for a, b in zip(where, where[1:]):
        while k < len(stops) and stops[k] < a:
            k += 1
        if k < len(stops) and stops[k] < b:
            out.append([])
        out[-1].append(b)
    return [w for w in out if len(w) >= 2]


def _run_family(tree: Tree, key: str, children: list[int], where: list[int]) -> Family | None:
    heads = [children[q] for q in where]
    if sum(1 for h in heads if tree.words(h) <= MAX_RUN_HEAD_WORDS) * 5 < len(heads) * 4:
        return None
    gaps = [b - a - 1 for a, b in zip(where, where[1:])]
    if sum(1 for g in gaps if g >= 1) * 5 < len(gaps) * 4 or max(gaps) > MAX_RUN_GAP:
        return None
    family = Family("run:" + key, "run")
    footer = _footer_mode(tree, children, where)
    for a, b in _run_bounds(tree, children, where, max(gaps), footer):
        tops = tuple(children[a:b + 1])
        family.units.append(Unit(tops, tops[0], tree.end[tops[-1]]))
    return family if len(family.units) >= 2 else None


def _stops(tree: Tree, c: int) -> bool:
    return tree.tag[c] in HEADINGS or tree.tag[c] == "form" or tree.form[c]


def _footer_mode(tree: Tree, children: list[int], where: list[int]) -> bool:
    """Whether the repeated sibling closes each comment (a footer) rather than opening it."""
    voc = vocabulary()
    first, last = where[0], where[-1]
    before = children[first - 1] if first > 0 else None
    after = children[last + 1] if last + 1 < len(children) else None
    footer = header = 0
    if before is not None and not _stops(tree, before) and _worded(tree, before):
        footer += 1
    if after is not None and not _stops(tree, after) and _worded(tree, after):
        header += 1
    texts = [tree.flat(children[q])[:80] for q in where[:5]]
    if sum(1 for t in texts if voc.starts_with_by(t)) * 2 > len(texts):
        footer += 1
    if sum(1 for t in texts if voc.has_said(t)) * 2 > len(texts):
        header += 1
    if footer == header and footer and after is not None:    # text on both sides: a text right after a heading
        keys: dict = {}     # opens the first comment; a next block of another template than the texts is the page's
        footer += first < 2 or _stops(tree, children[first - 2]) \
            or _key(tree, after, keys) not in {_key(tree, c, keys) for c in children[first + 1:where[1]]}
    return footer > header


def _worded(tree: Tree, c: int) -> bool:
    """Three words or more; in a script without spaces, counted by `lines.word_count` (a character a word)."""
    return tree.words(c) >= 3 or tree.chars(c) >= 3 and word_count(tree.flat(c)[:200]) >= 3


def _run_bounds(tree: Tree, children: list[int], where: list[int], gap: int, footer: bool) -> list[tuple[int, int]]:
    bounds = []
    if footer:
        start, taken = where[0], 0
        while taken < max(1, gap) and start - 1 >= 0 and not _stops(tree, children[start - 1]) \
                and start - 1 not in where:
            start -= 1
            taken += 1 if tree.chars(children[start]) else 0     # empty anchors do not count
        bounds.append((start, where[0]))
        for a, b in zip(where, where[1:]):
            bounds.append((a + 1, b))
        return bounds
    for a, b in zip(where, where[1:]):
        bounds.append((a, b - 1))
    end = where[-1]
    for _ in range(max(1, gap)):
        if end + 1 >= len(children) or _stops(tree, children[end + 1]):
            break
        end += 1
    bounds.append((where[-1], end))
    return bounds


def candidate_families(tree: Tree, region: bytearray | None = None) -> list[Family]:
    """Every family of repeated units on the page (``region``: only among the elements it
    marks, `evidence.PageMarks.region`), wrapped ones first."""
    region = region if region is not None else bytearray(b"\x01") * len(tree)
    return _wrapped(tree, region) + _runs(tree, region)
