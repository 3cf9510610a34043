"""Where a thread's section begins and ends on the page, and what else goes with it.

A thread's section is the smallest element holding all its units, widened to the
wrapper around it while the wrapper adds nothing but chrome (a "12 Comments" heading,
the comment form, "Older comments" links). A section may hold no article prose: what it
holds besides its units is counted, and a section holding more than a few words of prose
is cut unit by unit instead, or not at all. The page's main text container (the
element with the most paragraph text) is never cut unless it lies inside a comment.

Elements named as comments that hold no thread but only chrome (an empty Disqus
container, a "12 Comments" link, "Comments are closed.") or a comment form (a form with a
text area, with its labels and notes: "You may use these HTML tags…") go too.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import accumulate, compress

from .elsewhere import links_elsewhere
from .items import _lines

from .evidence import is_listing
from .thread import Thread
from .tree import HEADINGS, Tree
from .vocabulary import vocabulary

_H1 = frozenset({"h1"})
MAX_LEFTOVER_WORDS = 40      # prose a section may hold besides its comments
PROSE_LINE_WORDS = 6         # a line of at least this many unexplained words is prose
MAX_WIDEN_WORDS = 12         # words a wrapper may add when the section widens to it
WIDEN_LEVELS = 6
MAX_CHROME_WORDS = 4         # unexplained words of a named element that is chrome only
MAX_CHROME_PIECES = 400
MAX_READ_WORDS = 400         # words outside the comments beyond which a region is not read: prose
_STOP = frozenset({"html", "body", "main"})


@dataclass
class Section:
    roots: list[int]                     # elements cut, in page order
    thread: Thread | None = None
    extras: list[tuple[int, str]] = field(default_factory=list)   # (element, rule) cut beside it

    @property
    def first(self) -> int:
        return min([*self.roots, *(e for e, _ in self.extras)])


def taken_or_main(tree: Tree, elements: list[int], taken: list[tuple[int, int]], main: int) -> bool:
    """An element overlaps a section already found (``taken``: (first, last) spans), or holds the page's main text
    (the searches after the thread search: `notes_list`, `table_entries`)."""
    return any(a <= t <= b or t <= a <= tree.end[t] for t in elements for a, b in taken) \
        or any(main > 0 and tree.contains(t, main) for t in elements)


def uncovered(tree: Tree, roots: list[int], holes: list) -> list[tuple[int, int]]:
    """The ranges of pieces of ``roots`` outside the units or elements ``holes`` (nested units lie inside
    the ones before them), in page order."""
    spans = sorted((tree.p0[h.first], tree.p1[h.tops[-1]]) if hasattr(h, "tops") else (tree.p0[h], tree.p1[h])
                   for h in holes)
    ranges: list[tuple[int, int]] = []
    reach = list(accumulate((b for _, b in spans), max))     # (the spans before the first reaching past a root's start
    starts = [a for a, _ in spans]                            # and from the first starting past its end are not read)
    for r in roots:
        k, stop = tree.p0[r], tree.p1[r]
        for a, b in spans[bisect.bisect_right(reach, k):bisect.bisect_left(starts, stop)]:
            if b <= k:
                continue
            if a > k:
                ranges.append((k, a))
            k = max(k, b)
        if k < stop:
            ranges.append((k, stop))
    return ranges


def leftover(tree: Tree, roots: list[int], holes: list) -> tuple[int, int]:
    """(prose words, all unexplained words) of ``roots`` outside the units or elements ``holes``.

    Lines are read only when the words outside the holes could change a decision: up to
    `MAX_READ_WORDS` (beyond that, all the words count as prose), so that the reading is
    bounded however often sections are tried and widened."""
    voc = vocabulary()
    ranges = uncovered(tree, roots, holes)
    total = sum(tree.span_words(a, b) for a, b in ranges)
    if total == 0:
        return 0, 0
    if total > MAX_READ_WORDS:
        return total, total
    pieces = [k for a, b in ranges for k in range(a, b)]
    prose = loose = 0
    for line in _lines(tree, pieces):
        owner = line.owner
        if tree.form[owner] or tree.hidden[owner] or voc.is_chrome(line.text) or voc.is_heading(line.text):
            continue
        if tree.tag[tree.block[owner]] in HEADINGS and line.words <= 10:
            continue
        loose += line.words
        if line.words >= PROSE_LINE_WORDS:
            prose += line.words
    return prose, loose


def place(tree: Tree, thread: Thread, main: int) -> Section | None:
    """The section of a thread, or None when it cannot be cut without article prose."""
    units = thread.family.units
    holes = units
    lca = thread.lca
    protected = main > 0 and not any(u.first <= main <= u.last for u in units)
    single = len(units) == 1
    roots = [units[0].first] if single and thread.family.kind == "wrapped" else [lca]
    if single and len(tops := units[0].tops) > 1 and thread.family.kind != "run":     # (rule `lone-siblings`)
        roots = [parent] if (parent := tree.parent[tops[0]]) > 0 and leftover(tree, [parent], holes)[0] == 0 \
            else list(tops)
    if thread.family.kind == "run" or roots[0] <= 0 or tree.tag[roots[0]] in _STOP \
            or (protected and tree.contains(roots[0], main)) or leftover(tree, roots, holes)[0] > MAX_LEFTOVER_WORDS:
        roots = _child_run(tree, thread, lca)
        if not roots or leftover(tree, roots, holes)[0] > MAX_LEFTOVER_WORDS:
            return None
        if lca > 0 and tree.tag[lca] not in _STOP and not (protected and tree.contains(lca, main)) \
                and leftover(tree, [lca], roots)[1] <= MAX_WIDEN_WORDS:
            roots = [lca]     # the run is all its parent holds (a Blogger <dl>)
    section = Section(roots, thread)
    if len(roots) == 1:
        section.roots = [_widen(tree, roots[0], main if protected else 0)]
    _extras(tree, section)
    return section


def _child_run(tree: Tree, thread: Thread, lca: int) -> list[int]:
    """The children of ``lca`` from the first holding a unit to the last, prose-free ones only."""
    units = thread.family.units
    roots: list[int] = []
    k = 0
    for c in tree.children(lca):
        while k < len(units) and units[k].last < c:
            k += 1
        holds = k < len(units) and units[k].first <= tree.end[c]
        if holds:
            roots.append(c)
        elif roots and k < len(units) and leftover(tree, [c], [])[0] == 0:
            roots.append(c)   # chrome between units (a spacer, "Reply" under a run)
    while roots and not any(u.first <= roots[-1] <= u.last or tree.contains(roots[-1], u.first) for u in units[-1:]) \
            and leftover(tree, [roots[-1]], [])[1] == 0 and len(roots) > 1:
        roots.pop()
    return roots


def _widen(tree: Tree, root: int, main: int) -> int:
    for _ in range(WIDEN_LEVELS):
        parent = tree.parent[root]
        if parent <= 0 or tree.tag[parent] in _STOP or (main and tree.contains(parent, main)):
            break
        if _h1_in(tree, parent, root):
            break
        if leftover(tree, [parent], [root])[1] > MAX_WIDEN_WORDS:
            break
        root = parent
    return root


def _h1_in(tree: Tree, parent: int, inner: int) -> bool:
    """An <h1> (the page's headline) in ``parent`` outside ``inner``."""
    h1s = getattr(tree, "_h1s", None)
    if h1s is None:
        h1s = tree._h1s = list(compress(range(len(tree.tag)), map(_H1.__contains__, tree.tag)))
    k = bisect.bisect_left(h1s, parent)
    while k < len(h1s) and h1s[k] <= tree.end[parent]:
        if not inner <= h1s[k] <= tree.end[inner]:
            return True
        k += 1
    return False


def _extras(tree: Tree, section: Section) -> None:
    """A comment heading right before the section; a comment form right after it."""
    voc = vocabulary()
    first, last = section.roots[0], section.roots[-1]
    h = tree.prev[first]
    while h > 0 and tree.chars(h) == 0 and tree.tag[h] not in HEADINGS:
        h = tree.prev[h]      # an empty anchor between the heading and the section
    if h > 0 and tree.words(h) <= 30 and voc.is_heading(tree.flat(h)[:200]):
        section.extras.append((h, "comment-chrome"))
    nxt = tree.end[last] + 1
    parent = tree.parent[last]
    while 0 < nxt < len(tree) and tree.parent[nxt] == parent:
        if tree.tag[nxt] == "form" and any(tree.tag[e] == "textarea" for e in range(nxt, tree.end[nxt] + 1)):
            section.extras.append((nxt, "comment-form"))
        elif tree.words(nxt) <= 8 and tree.chars(nxt) and voc.is_chrome(tree.flat(nxt)) \
                and ("comment" in tree.flat(nxt).lower() or voc.names_comments(tree.cls(nxt))):
            section.extras.append((nxt, "comment-chrome"))
        else:
            break
        nxt = tree.end[nxt] + 1


def named_chrome(tree: Tree, taken: list[tuple[int, int]], main: int, named: list[int]) -> list[Section]:
    """Elements named as comments (``named``, in page order) that hold only chrome or a
    form, outermost first."""
    out: list[Section] = []
    taken = sorted(taken)
    skip_to, areas = 0, None
    for k in named:
        if k <= skip_to or tree.skip[k] or tree.tag[k] in _STOP or tree.tag[k] in HEADINGS:
            continue
        t = bisect.bisect_right(taken, (k, len(tree))) - 1
        if t >= 0 and taken[t][0] <= k <= taken[t][1]:
            continue    # inside a section already
        t = bisect.bisect_right(taken, (k, len(tree)))
        if t < len(taken) and taken[t][0] <= tree.end[k]:
            continue    # holds a section
        if tree.words(k) > 300 or tree.p1[k] - tree.p0[k] > MAX_CHROME_PIECES or (main and tree.contains(k, main)) \
                or _in_code(tree, k):
            continue
        if areas is None:       # (the page's text areas, found once: a named element nested in another reads its own)
            areas = [e for e, tag in enumerate(tree.tag) if tag == "textarea"]
        form = bisect.bisect_right(areas, tree.end[k]) > bisect.bisect_left(areas, k)   # a comment form
        listing = is_listing(tree, k, main) and (tree.link_chars(k) * 3 >= tree.chars(k) or links_elsewhere(tree, k))
        if form or listing or leftover(tree, [k], [])[1] <= MAX_CHROME_WORDS:
            out.append(Section([k], None, [(k, "comment-form" if form else "comment-chrome")]))
            skip_to = tree.end[k]
    return out


def _in_code(tree: Tree, k: int) -> bool:
    """Inside ``pre``/``code``: a "comment" there is a code comment."""
    if tree.tag[k] in ("pre", "code", "kbd", "samp"):
        return True
    return any(tree.tag[a] in ("pre", "code") for a in tree.ancestors(k, 6))
