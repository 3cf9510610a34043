"""The ``html_comments`` cleaner: comment threads parsed from the page and cut before extraction.

One flat index of the page (`tree`), the repeated units on it (`units`), each family
read (`items`) and judged (`thread`), the sections placed (`section`); then the comments
go to ``doc.comments`` and everything else the cut takes away to ``removed`` (`emit`:
``comment-meta``, ``comment-chrome``, ``comment-form``). Every character cut is
in one of the two (conservation). The work is linear in the page size: every step reads
the flat arrays, and a budget bounds the reading of candidate families.
"""
from __future__ import annotations

import bisect

from ...document import Document
from ...registry import Cleaner
from ...text_input import collector_paused
from .._dom import cut
from .dl_replies import deepened
from .emit import CLEANER, emit
from .evidence import PageMarks, lca, may_be_thread
from .headless import SOURCE, headless, unclosed_chain
from .items import SHORT_META_WORDS, read_items
from .labels import field_blocks
from .headed_lone import KIND as HEADED, headed_lone_families, name_over_time
from .lone import REPLIES, repeats_inside, templated_lone
from .nested import nest_threads
from .numbered_posts import board_thread, screened
from .shaped import shaped_sections
from .split_thread import joined
from .profile import poster_box
from .main_text import main_container
from .section import Section, named_chrome, place
from .thread import Thread, judge, main_holder
from .tree import Tree
from .units import Family, candidate_families
from .wrappers import unwrapped, wrapper_threads
from .vocabulary import page_languages, speaking, vocabulary

WORK_PER_NODE = 30        # reading budget of candidate families, per element and text piece
NAMED_REMAINING = 0.2     # a named thread's longest comment may outweigh the page text left, up to 5 times
CROWD_AUTHORS = 5         # a thread of this many distinct authors beside the page's article is no article (`crowd`)


class HtmlComments(Cleaner):
    """Parses a page's comment sections into threaded comments and cuts them from the DOM before extraction."""

    name = CLEANER
    scope = "html"
    order = 50
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        root = getattr(dom, "body", None) if dom is not None else None
        if root is None:
            return doc
        # (the index and what is read of it are acyclic, and freed before the collector runs again: it
        # would scan them all; this matters only when the stage runs alone, as Pipeline.process pauses
        # the collector for the whole page); the words read are those of the page's languages
        with collector_paused(len(doc.html or "")), speaking(page_languages(doc)):
            return _cleaned(doc, Tree(root))


def _cleaned(doc: Document, tree: Tree) -> Document:
    """The document without the comment sections found in ``tree``, their comments and removals added."""
    if len(tree) < 2:
        return doc
    tree.memo[SOURCE] = doc.html or ""      # (read by `headless.unclosed_chain`)
    sections = find_sections(tree)
    if not sections:
        return doc
    comments, removed = list(doc.comments), list(doc.removed)
    for section in sections:
        emit(tree, section, comments, removed)
    cuts = [e for s in sections for e in [*s.roots, *(e for e, _ in s.extras if e not in s.roots)]]
    for node in map(tree.nodes_of(cuts).__getitem__, cuts):     # (found before any is cut)
        cut(node)
    return doc.replace(comments=tuple(comments), removed=tuple(removed))


def find_threads(tree: Tree, marks: PageMarks, main: int) -> list[Thread]:
    budget = [WORK_PER_NODE * (len(tree) + len(tree.text)) + 20000]
    threads = []
    inside: list[tuple[int, int, int, int]] = []     # (first, last, family size, thread) of the threads' units
    held: list[list[tuple[int, int]]] = []           # each thread's units
    families = joined(tree, unwrapped(tree, candidate_families(tree, marks.region()), main))    # (`split-thread`)
    families = deepened(tree, families)    # (`dl-replies`)
    families = sorted(families + headed_lone_families(tree, main), key=lambda f: f.units[0].first)
    lone_units, memo = templated_lone(families, _key_named, tree), {}      # (rule `lone-of-template`)
    for family in families:
        if not promising(tree, family, marks) or repeats_inside(family, inside, held, lone_units, memo):
            continue
        maybe = family.kind == HEADED or may_be_thread(tree, marks, family.units)    # (else: a board's numbered posts)
        numbered = None if maybe else screened(tree, family)     # (`screened`, asked once a family)
        if not maybe and not numbered:
            continue
        if (holder := main_holder(tree, family, main)) not in (None, 0):
            continue    # (`judge` refuses it unread: a unit but the first holds the main text)
        numbered = screened(tree, family) if numbered is None else numbered
        if maybe and not numbered and headless(tree, family, budget):
            continue    # (`judge` refuses it unread: no unit is headed)
        items = read_items(tree, family, budget)
        if items is None:
            break
        if family.kind == HEADED:
            name_over_time(items)      # (rule `headed-lone-name`)
        thread = judge(tree, family, items, main) if maybe else None
        if holder is None and (not maybe or numbered) \
                and (posts := board_thread(tree, family, items, lca(tree, family.units[0].first, family.units[-1].last))):
            thread = posts     # numbered posts, replies quoting their parent's number (rule `numbered-posts`)
        elif not maybe:
            continue
        if thread is not None:
            if unclosed_chain(tree, family.units, [it.nest for it in items]):    # (siblings, no replies)
                thread.parents, thread.depths = [None] * thread.size, [0] * thread.size
            thread.inside = id(family) in memo.get(REPLIES, ())
            threads.append(thread)
            # a thread whose template names comments hides the families inside its units that are no more numerous
            # (its bodies, its headers); any thread hides the lone units inside it, but one comment in one unit,
            # or in wrappers nested in one another: it may be the section holding the comment (`find_sections`)
            lone = thread.size < 2 and all(u.last <= family.units[0].last for u in family.units)
            size = 0 if lone else len(family.units) if _key_named(family) else 1
            more = sorted((u.first, u.last, size, len(held)) for u in family.units)
            held.append([(u.first, u.last) for u in family.units])
            sort = inside and inside[-1] > more[0]       # (else they come after: a thread of the page's end)
            inside.extend(more)
            if sort:
                inside.sort()
    return threads


def _key_named(family: Family) -> bool:
    """The units' template (tag and classes) names comments: ``li.comment``, not a bare ``div``."""
    return vocabulary().names_comments(family.key.partition(".")[2])


def promising(tree: Tree, family: Family, marks: PageMarks | None = None) -> bool:
    """Cheap necessary conditions: units with a few words each, most not a list of links. A unit
    holding a comment mark (``marks``: a reply or vote control, an avatar, "says:") is no link
    list however much of it is links (a linked name and date over a short comment)."""
    worded = linked = 0
    for u in family.units:
        chars = tree.span_chars(tree.p0[u.first], tree.p1[u.tops[-1]])
        if chars >= 12:
            worded += 1
            links = sum(tree.link_chars(t) for t in u.tops)
            if links * 5 >= chars * 3 and not (marks and marks.strong_within(u.first, u.last)):
                linked += 1
    if worded < min(2, len(family.units)):
        return False
    return linked * 5 < worded * 3


def find_sections(tree: Tree) -> list[Section]:
    """The comment sections of the page, in page order, disjoint."""
    # threads first, lone comments last; among threads, those whose template names comments
    marks = PageMarks(tree)
    main = main_container(tree)
    # (of lone comments, the innermost first: a lone unit holding another is the section of one comment)
    found = nest_threads(tree, find_threads(tree, marks, main))     # (comments under an answer)
    wrappers = wrapper_threads(found, _key_named)
    threads = sorted(found, key=lambda t: (t.size < 2, not (_key_named(t.family) or id(t) in wrappers),
                                           id(t) not in wrappers, not t.units_named, -t.size, not t.named,
                                           -t.family.units[0].first if t.size < 2 else t.family.units[0].first))
    spans: tuple[list[int], list[int]] = ([], [])      # (the sections' ranges, overlapping ones merged: starts, ends)
    sections: list[Section] = []
    for thread in threads:
        if _overlaps(spans, thread.family.units[0].first, thread.family.units[-1].last):
            continue
        section = place(tree, thread, main)
        if section is None:
            continue
        ranges = _ranges(tree, section)
        if any(_overlaps(spans, c, d) for c, d in ranges):
            continue
        for c, d in ranges:
            _merge(spans, c, d)
        sections.append(section)
    sections = _one_of_many_units(_weighed(tree, sections, main))
    taken = [r for s in sections for r in _ranges(tree, s)]
    notes = shaped_sections(tree, taken, main)     # (rules `notes-list`, `table-entries`)
    sections += notes
    taken += [r for s in notes for r in _ranges(tree, s)]
    sections += named_chrome(tree, taken, main, marks.named)
    return sorted(sections, key=lambda s: s.first)


def _overlaps(spans: tuple[list[int], list[int]], a: int, b: int) -> bool:
    """A range of ``spans`` (disjoint, in order) meets ``a..b``: the last one starting by ``b`` ends at ``a`` or
    later."""
    k = bisect.bisect_right(spans[0], b)
    return k > 0 and spans[1][k - 1] >= a


def _merge(spans: tuple[list[int], list[int]], a: int, b: int) -> None:
    starts, ends = spans
    i, j = bisect.bisect_left(ends, a), bisect.bisect_right(starts, b)     # (the ranges met: i..j-1)
    if i < j:
        a, b = min(a, starts[i]), max(b, ends[j - 1])
    starts[i:j], ends[i:j] = [a], [b]


def _one_of_many_units(sections: list[Section]) -> list[Section]:
    """A box of a family whose other boxes hold no comment, kept as a lone comment, is no comment when
    the page has a comment section of another kind: the thread's header (its title and filters) or the
    article's footer (byline, related links) in boxes that share the thread's class name."""
    def partial(s: Section) -> bool:
        return s.thread is not None and s.thread.size == 1 and len(s.thread.family.units) >= 2
    if all(partial(s) for s in sections):
        return sections
    return [s for s in sections if not partial(s)]


def _ranges(tree: Tree, section: Section) -> list[tuple[int, int]]:
    return [(e, tree.end[e]) for e in [*section.roots, *(e for e, _ in section.extras)]]


def _weighed(tree: Tree, sections: list[Section], main: int = 0) -> list[Section]:
    """Never an article as a thread: a comment longer than the page text left beside all the
    sections is the article, unless the page names the thread as comments, and either the
    comments' own template names them so or the text left is not next to nothing; or unless the
    thread is a crowd's (rule `crowd`: `CROWD_AUTHORS` distinct authors or more) and the page's main
    text container lies before it. A forum's first post holding ``main`` is the article too."""
    page = tree.chars(0) - tree.link_chars(0)
    cut = sum(tree.chars(e) - tree.link_chars(e) for s in sections for e, _ in _ranges(tree, s))
    remaining = page - cut
    kept = []
    for section in sections:
        thread = section.thread
        longest = max((len(t) for t in thread.texts), default=0)
        first = thread.family.units[0]
        weighs = longest > remaining and not (thread.named and thread.size >= 2 and (
            _key_named(thread.family) or remaining >= NAMED_REMAINING * longest)) \
            and not (0 < main and tree.end[main] < first.first
                     and len({a.casefold() for a in thread.authors if a}) >= CROWD_AUTHORS)
        if (weighs or first.first <= main <= first.last) \
                and (replies := _replies_to_opening_post(tree, thread)) is not None:
            kept.append(replies)
        elif not weighs:
            kept.append(section)
    return kept


def _replies_to_opening_post(tree: Tree, thread: Thread) -> Section | None:
    """A forum thread page: posts with posters' profiles (`profile`), flat, that are the page's
    content. The first post is the page's article and stays, but for its profile box (cut,
    logged as ``poster-profile``); the posts after it are comments (None: not such a thread)."""
    items, kept = thread.items, thread.kept
    if len(kept) < 2 or kept[0] != 0 or any(thread.depths) \
            or sum(1 for i in kept if "profile" in items[i].marks) * 2 <= len(kept):
        return None
    opening = thread.family.units[0]
    rest = Thread(Family(thread.family.key, thread.family.kind, thread.family.units[1:]), items[1:],
                  [i - 1 for i in kept[1:]], thread.authors[1:], thread.texts[1:], [None] * (len(kept) - 1),
                  thread.depths[1:], thread.lca, thread.named, thread.evidence, thread.units_named)
    section = place(tree, rest, opening.first)      # (the opening post is protected as the main text)
    if section is None:
        return None
    box = poster_box(tree, items[0], SHORT_META_WORDS)
    fields = [b for b in field_blocks(tree, items[0]) if box <= 0 or not (tree.contains(box, b) or tree.contains(b, box))]
    for e in [box] * (box > 0) + fields:      # (the header's fields, and the box's in words no file holds: `labels`)
        section.extras.append((e, "poster-profile"))
    return section
