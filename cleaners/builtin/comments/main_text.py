"""The page's main text container as the comment stage reads it: the holder of most paragraph text, but not a
comment longer than the article (rules `repeated-main`, `repeated-main-typical`, `repeated-main-kin`,
`headed-lone-main`; prose in an editor's styled spans is its holder's: `styled-runs`)."""
from __future__ import annotations

import bisect
from itertools import accumulate, compress
from statistics import median

from .headed_lone import MAX_WORDS as LONE_WORDS, headed_box
from .heading_blocks import heading_before
from .tree import Tree

MIN_PROSE_RUN = 80           # characters of a text run that counts as a paragraph of its own element
_RUN_HOLDERS = frozenset({"div", "td", "section", "article", "main", "body", "center"})
# a holder's runs of prose wrapped whole in a <font> (not a <span>: a span may be a post's own), or in a <span> styled
# and not named, an editor's formatting as a <font> is (rule `styled-runs`: `_wrapper`)
_RUN_WRAPPERS = frozenset({"font"})
_P = frozenset({"p"})
WRAPPER_LEVELS = 2
REPEATED_MAIN_SHARE = 4      # `_unrepeated`: an article before repeated boxes holds a quarter of their longest's prose
REPEATED_MAIN_LEVELS = 4     # `_unrepeated`: how far above the holder of most prose its repeated box may lie
REPEATED_MAIN_BOXES = 5      # `_unrepeated`: a repeated box above the holder, one of this many at least (a thread's
#                              size; a page's reader questions, three boxes of an asker and an answer, are its article)


def main_container(tree: Tree) -> int:
    """The element holding the most text in its direct ``<p>`` children and in runs of prose
    of its own (paragraphs written as text between ``<br><br>``, no ``<p>``; runs wrapped whole in a ``<font>``
    are their holder's), outside forms and hidden elements (0 when none)."""
    totals: dict[int, int] = {}
    for i in tree.tagged(_P):      # (the tags and the pieces' lengths screened in C; in page order)
        if i and not (tree.form[i] or tree.hidden[i]):
            totals[tree.parent[i]] = totals.get(tree.parent[i], 0) + tree.chars(i)
    texts = tree.text
    for k in compress(range(len(texts)), map(MIN_PROSE_RUN.__le__, map(len, texts))):
        text = texts[k]
        e, level = tree.owner[k], 0
        while _wrapper(tree, e) and level < WRAPPER_LEVELS:     # (<font>text<br><br>text</font>)
            e, level = tree.parent[e], level + 1
        if tree.tag[e] in _RUN_HOLDERS and not (tree.skip[e] or tree.form[e] or tree.hidden[e]):
            totals[e] = totals.get(e, 0) + len(text.strip())
    return _unrepeated(tree, totals) if totals else 0


def _wrapper(tree: Tree, e: int) -> bool:
    """A <font>, or a <span> with a style and no class or id (rule `styled-runs`: an editor's
    ``<span style="font-size: small">``), wrapping a run of prose: its holder's text, not an element's of its own."""
    tag = tree.tag[e]
    return tag in _RUN_WRAPPERS or tag == "span" and not tree.classes[e] and "style" in tree.attrs[e] \
        and "id" not in tree.attrs[e]


def _unrepeated(tree: Tree, totals: dict[int, int]) -> int:
    """Rule `repeated-main`: the holder of most prose, unless it lies in one of sibling boxes of one template
    that each hold prose (comments longer than a short article: the holder itself, or an ancestor up to
    `REPEATED_MAIN_LEVELS` above it, a comment's text box inside its comment) and a holder before them, of none of
    them, holds a quarter of its prose or more: that one is the article's. Of `REPEATED_MAIN_BOXES` boxes or more,
    half a typical box's prose is enough (rule `repeated-main-typical`: a long thread's longest comment is no
    measure of the article before it), and so of boxes under a comment heading, and of the one box a comment heading
    heads (rule `headed-lone-main`: "One comment" over a comment longer than the article's plain paragraphs)."""
    best = max(totals, key=totals.get)
    if tree.tag[best] in _RUN_HOLDERS - {"div", "article"}:
        return best
    held = sorted(totals)
    group, many = _repeated_boxes(tree, best, held)
    if not group and (lone := _headed_lone(tree, best)) is not None:
        group, many = [lone], True
    if not group:
        return best
    first, bar = min(group), totals[best]
    if many:
        prefix = list(accumulate((totals[e] for e in held), initial=0))     # (a paragraph at least: `MIN_PROSE_RUN`)
        bar = min(bar, max(REPEATED_MAIN_SHARE * MIN_PROSE_RUN, 2 * median(
            prefix[bisect.bisect_right(held, tree.end[g])] - prefix[bisect.bisect_left(held, g)] for g in group)))
    others = [e for e in totals if e < first and totals[e] * REPEATED_MAIN_SHARE >= bar and not tree.contains(e, best)]
    return max(others, key=totals.get) if others else best


def _headed_lone(tree: Tree, best: int) -> int | None:
    """``best`` or its ancestor up to `REPEATED_MAIN_LEVELS` above that is a lone comment under a comment heading
    (`headed_lone.headed_box`), of a comment's words at most."""
    box = best
    for _ in range(REPEATED_MAIN_LEVELS + 1):
        if box <= 0 or tree.words(box) > LONE_WORDS:
            return None
        if headed_box(tree, box):
            return box
        box = tree.parent[box]
    return None


def _repeated_boxes(tree: Tree, best: int, held: list[int]) -> tuple[list[int], bool]:
    """The box holding ``best`` (itself or a near ancestor) and its siblings of one template that hold prose too
    (``held``: the holders of prose, in page order), and whether they are many; none when it has no such sibling.
    Above ``best``, the box is one of `REPEATED_MAIN_BOXES` at least, or of two under a comment heading (rule
    `repeated-main-headed`: "{ 4 comments… }" over four boxes); so are siblings of its tag that share a class with
    it but differ in others (rule `repeated-main-kin`: a thread's boxes whose classes vary with parity or poster)."""
    box = best
    for _ in range(REPEATED_MAIN_LEVELS):
        parent = tree.parent[box]
        if parent <= 0:
            break
        key, names = tree.key(box), set(tree.classes[box].split())
        kin = [e for e in tree.children(parent) if e != box and tree.tag[e] == tree.tag[box]
               and (tree.key(e) == key or not names.isdisjoint(tree.classes[e].split()))
               and bisect.bisect_right(held, tree.end[e]) > bisect.bisect_left(held, e)]
        group = [e for e in kin if tree.key(e) == key]
        many = len(group) + 1 >= REPEATED_MAIN_BOXES
        if group and (box == best or many or heading_before(tree, parent, min(box, group[0]), len(group) + 1)):
            return [*group, box], many or box != best
        if len(kin) + 1 >= REPEATED_MAIN_BOXES:
            return [*kin, box], True
        box = parent
    return [], False
