"""A quoted post inside a comment or a forum post: not the comment's own words (rule `quoted-post`).

A short line "Ann wrote:" (a said-verb of the page's language closed by a colon, or opening the line as Arabic sets
it, "كتب أحمد:", at most ``MAX_SAID_WORDS`` words) that opens an element of the unit holding only text after it (a
``blockquote``, phpBB 2's quote table: the nearest such ancestor below the unit's top, every other line in it a body
line) is the head of a quoted earlier post when the unit has body text outside that element: the quote's lines are
chrome (logged in ``removed`` under their own rule, `RULE`), and its name is not the comment's author; so is a
"wrote:" line set apart right above a quote element (``blockquote``, a class naming a quote: `_quote_after`). A comment
whose own words follow its "Ann wrote:" header in the same element, nothing outside, stays whole; so does a header
"Ann says:" beside the comment's date.

(A poster's signature under the post: `signature`.)
"""
from __future__ import annotations

RULE = "quoted-post"
MAX_SAID_WORDS = 8        # "Ann Lee wrote:", "Jean-Luc B. a écrit :"
QUOTE_LEVELS = 6          # levels climbed from the "wrote:" line to the quote's element
SIBLING_LEVELS = 2        # levels between a "wrote:" line set apart and the element holding it beside its quote


def quoted_parts(tree, item, tops: set, voc) -> None:
    """Lines of a quoted post in ``item`` made chrome (rule `quoted-post`)."""
    lines = item.lines
    for k, line in enumerate(lines):
        if not line.cut and line.words <= MAX_SAID_WORDS and line.text.endswith(":") \
                and (voc.has_said(line.text) or voc.said_first(line.text)):
            after = _quote_after(tree, line, lines[k + 1], tops) if k + 1 < len(lines) else -1
            box = after if after >= 0 else _quote_box(tree, line, tops)     # (the quote, not the post holding both)
            if box < 0:
                continue
            inside = ([line] if after >= 0 else []) + [ln for ln in lines if tree.contains(box, ln.owner)]
            held = {id(ln) for ln in inside}       # (by identity: a line's dataclass equality compares every field)
            outside = [ln for ln in lines if id(ln) not in held]
            quoted = [ln for ln in inside if ln is not line]
            if quoted and all(ln.kind == "body" for ln in quoted) and any(ln.kind == "body" for ln in outside):
                for ln in inside:
                    ln.kind, ln.named, ln.cut = "chrome", -1, RULE


def _quote_box(tree, line, tops: set) -> int:
    """The element the "wrote:" line opens and that holds text after it, or -1."""
    first, last = line.pieces[0], line.pieces[-1]
    e = line.owner
    for _ in range(QUOTE_LEVELS):
        if e <= 0 or e in tops or tree.p0[e] != first:
            return -1
        if tree.p1[e] > last + 1 and tree.span_words(last + 1, tree.p1[e]) > 0:
            return e
        e = tree.parent[e]
    return -1


def _quote_after(tree, line, nxt, tops: set) -> int:
    """The quote element right after a "wrote:" line set apart from it ("<cite>Ann wrote:</cite><blockquote>…"): a
    ``blockquote`` or an element of a class naming a quote that starts where the line ends and holds ``nxt``, in the
    element holding the line (a comment's header, "by Ann writes:", above a body opening with a quote is none),
    else -1."""
    start = line.pieces[-1] + 1
    e = nxt.owner
    for _ in range(QUOTE_LEVELS):
        if e <= 0 or e in tops or tree.p0[e] != start:
            return -1
        if tree.tag[e] == "blockquote" or "quote" in tree.classes[e].lower():
            return e if _beside(tree, line.owner, e) else -1
        e = tree.parent[e]
    return -1


def _beside(tree, owner: int, quote: int) -> bool:
    """The quote's parent holds the "wrote:" line's element at most `SIBLING_LEVELS` levels below it."""
    parent = tree.parent[quote]
    return owner == parent or parent in tree.ancestors(owner, SIBLING_LEVELS)
