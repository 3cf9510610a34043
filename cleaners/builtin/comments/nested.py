"""Comments under a comment of another template (rule `nested-thread`): a Q&A page's answers, each
with the comments on it in a list of their own markup (``div.answer`` holding ``li.comment``s), or
any thread whose replies are rendered by another template inside the comment they answer.

Both families are threads (`thread.judge`) and the inner one lies wholly inside kept units of the
outer one: the two become one thread, each inner comment a reply (depth + 1) of the outer comment
holding it, its own replies kept below it; the outer comments lose the inner comments' lines from
their text (they were read as part of the unit). Two outer comments at least, each keeping text of
its own, ``MIN_OWN_WORDS`` words or more and half as long as the inner comments it holds are on average
or longer, or with a name or a date of its own (an answer, a short one under long notes too; a short
comment over long replies rendered inside it; a box holding the thread and a heading or a count is no comment), each in an element of a template with a class (not a run of siblings, whose reply
wrappers are read with it already): a unit that is only a wrapper of the inner thread (a page box, a
section) is no comment, and bare elements are the page's layout (the article's box and the comments'
box, both read as a thread of two) as often as a thread. An outer comment's author is read from its own
lines (rule `own-author`): the name of a comment it holds is not its author's.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from .thread import Thread, _text, name_candidates
from .tree import Tree
from .vocabulary import vocabulary

MIN_OWN_WORDS = 5      # an outer comment keeps at least this many words of its own (a heading, a count: a box)


def nest_threads(tree: Tree, threads: list[Thread]) -> list[Thread]:
    """``threads`` with every inner thread merged into the outer thread holding it."""
    out: dict[int, Thread] = {id(t): t for t in threads}     # (by identity, in order: one thread per family)
    for outer in threads:
        if id(outer) not in out or outer.size < 2 or outer.family.kind != "wrapped" \
                or not outer.family.key.partition(".")[2]:
            continue      # (bare <div>s of no class: the page's layout as often as a thread; a run: a flat list)
        place = id(outer)
        units = [outer.items[i].unit for i in outer.kept]
        starts = [u.first for u in units]
        for inner in threads:
            if id(inner) == place or id(inner) not in out:     # (the outer thread, merged or not)
                continue
            hosts = _hosts(inner, units, starts)
            if hosts is None or (merged := _merge(tree, outer, inner, hosts)) is None:
                continue
            out[place] = merged
            del out[id(inner)]
            outer, units = merged, [merged.items[i].unit for i in merged.kept]
            starts = [u.first for u in units]
    return [t for t in out.values() if not t.inside]     # (replies inside comments, unmerged: read with them)


def _hosts(inner: Thread, units: list, starts: list[int]) -> list[int] | None:
    """For each inner comment, the outer comment (kept position) whose unit holds it, or None."""
    hosts = []
    for i in inner.kept:
        u = inner.items[i].unit
        k = bisect.bisect_right(starts, u.first) - 1
        if k < 0 or u.last > units[k].last or u.first == units[k].first \
                or k + 1 < len(starts) and starts[k + 1] <= u.last:
            return None      # (an inner unit holding an outer comment: a wrapper of replies, read already)
        hosts.append(k)
    return hosts


def _merge(tree: Tree, outer: Thread, inner: Thread, hosts: list[int]) -> Thread | None:
    spans = [(it.unit.first, it.unit.last) for it in inner.items]     # (its dropped units too: read by it)
    by_host: dict[int, list[int]] = {}      # outer comment -> the inner comments it holds, in order (linear)
    for m, h in enumerate(hosts):
        by_host.setdefault(h, []).append(m)
    texts, own_lines = [], {}      # (an outer comment's lines without the inner comments': set once merged)
    names = list(outer.authors)
    for n, i in enumerate(outer.kept):
        if n in by_host:
            own = replace(outer.items[i], lines=[ln for ln in outer.items[i].lines
                                                 if not any(a <= ln.owner <= b for a, b in spans)])
            own_lines[i] = own.lines
            text = _text(own.body())
            hosted = [len(inner.texts[m].split()) for m in by_host[n]]
            headed = any(ln.kind in ("author", "date", "meta") for ln in own.lines)    # (its own name or date)
            if (own_words := len(text.split())) < MIN_OWN_WORDS or 2 * own_words * len(hosted) < sum(hosted) and not headed:
                return None      # (a wrapper of the inner thread, its heading or count: no comment, nothing merged)
            names[n] = _own_author(tree, own.lines, names[n])
        else:
            text = outer.texts[n]
        texts.append(text)
    for i, lines in own_lines.items():
        outer.items[i].lines = lines
    base = len(outer.items)
    kept, authors, out_texts, parents, depths = [], [], [], [], []
    at_outer: dict[int, int] = {}
    at_inner: dict[int, int] = {}
    for n, i in enumerate(outer.kept):
        at_outer[n] = len(kept)
        p = outer.parents[n]
        kept.append(i), authors.append(names[n]), out_texts.append(texts[n])
        parents.append(None if p is None else at_outer.get(p)), depths.append(outer.depths[n])
        for m in by_host.get(n, ()):
            i2 = inner.kept[m]
            at_inner[m] = len(kept)
            q = inner.parents[m]
            parent = at_inner.get(q) if q is not None and hosts[q] == n else at_outer[n]
            kept.append(base + i2), authors.append(inner.authors[m]), out_texts.append(inner.texts[m])
            parents.append(parent), depths.append(depths[parent] + 1)
    return Thread(outer.family, outer.items + inner.items, kept, authors, out_texts, parents, depths, outer.lca,
                  outer.named or inner.named, outer.evidence, outer.units_named or inner.units_named,
                  outer.meta_lines)


def _own_author(tree: Tree, lines: list, author: str | None) -> str | None:
    """The outer comment's author read again from its own lines (rule `own-author`): a name read in
    an inner comment's header (its commenter's element, better founded than the answer's profile
    link) is the inner commenter's; the outer one's is the best its own lines give, or none."""
    if author is None:
        return None
    found = name_candidates(tree, lines, vocabulary())
    if any(name.casefold() == author.casefold() for _, name, _ in found):
        return author
    return min(found, key=lambda c: c[0])[1] if found else None
