"""A lone comment in an unnamed box right under a comment heading (rule `headed-lone`).

The thread search reads repeated units, and a lone unit only when its markup names comments
(`lone.templated_lone`, `evidence.may_be_thread`). A small site's comment section holding one
comment, with no class or id anywhere (``<div><h3>Comments</h3><div><b>Ann</b> 12.03.2012 14:22
<p>…</p></div></div>``), was then left to the extraction, which kept it in the body or dropped it.
Here, the element right after a heading in the words of the page's languages for a comment section
(``comments`` of ``cleaners/lang``: "Kommentare", "2 Comments"; one that counts none, "0 comments",
is none), its only sibling after the heading that holds text, is a family of one unit, of
`MAX_WORDS` words at most (a unit of another family too: a classless box is one of many): `thread.judge` then takes it
for a comment only when it shows an author and a time or a control (its ``heading`` evidence), so
a heading over a paragraph of prose ("Comments are welcome: write to …") gives no comment.

A heading alone in its wrapper (``<div><h3>Comments (1)</h3></div><div><div>…the comment…</div></div>``: the
heading's box and the thread's box side by side) is read from the wrapper, `WRAPPER_LEVELS` up at most: the
element after it that holds text, or that element's one child holding text, is the box (rule
`headed-lone-wrapped`).

The comment form's section after the box (an element holding a ``<form>``) is no second box, nor is a short call to
comment or the form's heading (``<p><a>Post a Comment</a></p>``, ``<h2>Leave a Response</h2>``, rule
`headed-lone-call`), nor a short row of links before it ("Feed · Trackback Address", rule `headed-lone-links`; a
link after it may be a second box: "Download the timetable"), and a list holding one item with text is read from that
item (rule `headed-lone-list`: ``<h3>One response to “…”</h3><ol><li>…</li></ol><div><h3>Leave a reply</h3><form>…``).

A lone comment whose markup names nothing shows its author as a bare line over its time line (``<div>Ann Lee</div>
<div>October 14th, 2012 at 4:51 pm</div><p>…</p>``): that first line, a name of `MAX_NAME_WORDS` words at most
without a digit, is the author when the time line under it was read and text follows (rule `headed-lone-name`,
`name_over_time`). A first line that reads as no name (a sentence, a label, "Comments closed") stays body.
"""
from __future__ import annotations

import bisect

from .headers import counts_none
from .tree import HEADINGS, Tree
from .units import Family, Unit
from .vocabulary import vocabulary

KIND = "headed-lone"       # the family's kind: read as a lone unit under its heading
MAX_WORDS = 400            # a comment's words, at most
MAX_HEADING_WORDS = 30     # ("One response to “<the post's title>”")
_FORM, _LISTS = frozenset({"form"}), frozenset({"ol", "ul"})
WRAPPER_LEVELS = 2         # `headed-lone-wrapped`: wrappers holding the heading alone, climbed at most
MAX_CALL_WORDS = 5         # a call to comment after the box ("Post a comment"), no second box: its words at most
MAX_NAME_WORDS = 4         # `headed-lone-name`: a bare name line's words, at most


def headed_lone_families(tree: Tree, main: int) -> list[Family]:
    """The families of one unit under a comment heading (module docstring); ``main``: the main text container."""
    voc = vocabulary()
    out = []
    for h in tree.tagged(HEADINGS):
        if not 0 < tree.words(h) <= MAX_HEADING_WORDS or not voc.is_heading(text := tree.flat(h)[:200]) \
                or counts_none(text):
            continue
        if (box := _box_after(tree, h)) is None:
            continue
        if tree.form[box] or tree.skip[box] or tree.words(box) > MAX_WORDS \
                or main > 0 and tree.contains(box, main):
            continue
        tops = _entry(tree, box)
        out.append(Family(tree.key(box), KIND, [Unit(tops, tops[0], tree.end[tops[-1]])]))
    return out


def headed_box(tree: Tree, box: int) -> bool:
    """``box`` is the one box holding text right after a comment heading among its siblings, or the one item holding
    text of a list that is (``<h4>One comment</h4><ol><li>…</li></ol>``), as `headed_lone_families` reads it: one
    comment under its heading, whatever its prose (`main_text`'s rule `headed-lone-main`)."""
    node, parent = box, tree.parent[box]
    if parent > 0 and tree.tag[parent] in _LISTS and [c for c in tree.children(parent) if tree.chars(c)] == [box]:
        node, parent = parent, tree.parent[parent]
    before = [c for c in tree.children(parent) if c < node and tree.chars(c)] if parent >= 0 else []
    if not before or tree.tag[h := before[-1]] not in HEADINGS or not 0 < tree.words(h) <= MAX_HEADING_WORDS:
        return False
    text = tree.flat(h)[:200]
    return vocabulary().is_heading(text) and not counts_none(text) and _box_after(tree, h) == box


def _entry(tree: Tree, box: int) -> tuple[int, ...]:
    """The unit's elements: a definition list's one entry, its term and its description or two (rule
    `headed-lone-entry`: ``<h3>One response to “…”</h3><dl><dt>Ann</dt><dd>…</dd></dl>``; a blog's ``<dd>`` of the
    text and one of the time), the list read inside a box that holds it alone; or the box."""
    kids = [c for c in tree.children(box) if tree.chars(c)]
    if tree.tag[box] != "dl" and len(kids) == 1 and tree.tag[kids[0]] == "dl":
        kids = [c for c in tree.children(kids[0]) if tree.chars(c)]
    elif tree.tag[box] != "dl":
        return (box,)
    tags = [tree.tag[c] for c in kids]
    return tuple(kids) if tags in (["dt", "dd"], ["dt", "dd", "dd"]) else (box,)


def _box_after(tree: Tree, h: int) -> int | None:
    """The one element holding text after the heading ``h`` among its siblings; or, for a heading alone in its
    wrapper, the first element holding text after the wrapper, or its one child holding text (`headed-lone-wrapped`)."""
    parent = tree.parent[h]
    after = [c for c in tree.children(parent) if c > h and tree.chars(c)] if parent >= 0 else []
    if len(after) > 1:
        forms = tree.memo.get("form_elements")
        if forms is None:
            forms = tree.memo["form_elements"] = tree.tagged(_FORM)
        after = [c for c in after if not (k := bisect.bisect_left(forms, c)) < len(forms) or forms[k] > tree.end[c]]
        voc, kept = vocabulary(), []
        for c in after:
            short = tree.words(c) <= MAX_CALL_WORDS
            if not kept and short and tree.link_chars(c) == tree.chars(c):
                continue    # a row of links before the box ("Feed · Trackback Address", rule `headed-lone-links`)
            if kept and short and voc.is_heading(tree.flat(c)[:80]):
                continue    # a call to comment or the form's heading after the box ("Leave a Response")
            kept.append(c)
        after = kept
    if after:
        if len(after) != 1 or tree.tag[box := after[0]] in HEADINGS:
            return None
        items = [c for c in tree.children(box) if tree.chars(c)] if tree.tag[box] in _LISTS else []
        return items[0] if len(items) == 1 else box
    node, chars = h, tree.chars(h)
    for _ in range(WRAPPER_LEVELS):
        node = tree.parent[node]
        if node <= 0 or tree.chars(node) != chars or tree.parent[node] < 0:
            return None
        after = [c for c in tree.children(tree.parent[node]) if c > node and tree.chars(c)]
        if after:
            box = after[0]
            inner = [c for c in tree.children(box) if tree.chars(c)]
            box = inner[0] if len(inner) == 1 and tree.chars(inner[0]) == tree.chars(box) else box
            if tree.words(box) > MAX_WORDS:
                return None
            return None if any(tree.tag[j] in HEADINGS for j in range(box, tree.end[box] + 1)) else box
    return None


def name_over_time(items: list) -> None:
    """Rule `headed-lone-name` (module docstring): the lone comment's first line, a bare name over its time line and
    followed by text, is its author line."""
    if len(items) != 1:
        return
    lines = [ln for ln in items[0].lines if ln.kind != "chrome"]
    if len(lines) < 3 or items[0].date is None or [ln.kind for ln in lines[:3]] != ["body", "meta", "body"]:
        return
    name = lines[0]
    if name.words <= MAX_NAME_WORDS and not any(c.isdigit() for c in name.text) and vocabulary().name_like(name.text):
        name.kind = "author"
