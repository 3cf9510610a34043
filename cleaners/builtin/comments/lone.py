"""A lone comment of a page's comment template inside an unnamed thread's unit (rule `lone-of-template`).

A thread hides the lone units inside its units (`cleaner.find_threads`): a lone element inside a comment is
most often a piece of it (its body, its header). A Q&A page's answers are a thread of a template named by
no comment word (``div.answer``), and the comments on each answer are units of their own template
(``tr.comment``): under an answer with one comment, that comment is a lone unit inside the answer, hidden,
and its text and name were read as the answer's. A lone unit is no piece of the unit holding it when its
template names comments and comes back on the page (two units of it or more in all), and it holds no unit
of a template that makes a family of two or more (then it is the box of a list of comments: the list is read),
and some unit of the thread holding it holds none of that template (one in every unit is a piece of the
thread's template: a comment's body box named "comment-content").
"""
from __future__ import annotations

import bisect

from .clock import MAX_STAMP_CHARS, to_the_minute
from .vocabulary import vocabulary

REPLIES = "replies-inside"      # the memo's key of the families read by that rule


def templated_lone(families, key_named, tree=None) -> dict[int, list[int]]:
    """The families of ``families`` that may be such lone comments (``key_named``: the family's template names
    comments): id -> the first elements of all the units of its template on the page, in order. The only unit of
    its template on the page is one when the markup says comment (`_listed_comment`)."""
    by_key: dict[str, list[int]] = {}
    for f in families:
        by_key.setdefault(f.key, []).extend(u.first for u in f.units)
    starts = sorted(u.first for f in families if len(f.units) >= 2 for u in f.units)
    out: dict[int, list[int]] = {}
    ordered: dict[str, list[int]] = {}     # (each key's starts sorted once, shared by its lone families: read only)
    for f in families:
        if len(f.units) != 1 or not key_named(f) \
                or len(by_key[f.key]) < 2 and (tree is None or not _listed_comment(tree, f.units[0].first)):
            continue
        u = f.units[0]
        k = bisect.bisect_right(starts, u.first)
        if k < len(starts) and starts[k] <= u.last:
            continue      # (the box of a list of comments)
        if (every := ordered.get(f.key)) is None:
            every = ordered[f.key] = sorted(by_key[f.key])
        out[id(f)] = every
    return out


def repeats_inside(family, inside: list[tuple[int, int, int, int]], held: list[list[tuple[int, int]]],
                   lone: dict[int, list[int]], memo: dict) -> bool:
    """A family lying inside the units of a thread found already (``inside``: (first, last, size, thread)
    of their units, sorted; ``held``: each thread's units), no more numerous than that thread counts for
    (`cleaner.find_threads`): read already; but a lone comment of the page's template (``lone``:
    `templated_lone`) inside a thread of an unnamed template (size 1) that some unit of holds none."""
    if not inside:
        return False
    starts = lone.get(id(family))
    hosts: dict[int, int] = {}
    for u in family.units:
        k = bisect.bisect_right(inside, (u.first, float("inf"), 0, 0)) - 1
        steps = 0
        while k >= 0 and steps < 64 and not (inside[k][0] <= u.first and u.last <= inside[k][1]):
            k, steps = k - 1, steps + 1
        if k < 0 or steps >= 64 or inside[k][2] < len(family.units):
            return False
        hosts[k] = hosts.get(k, 0) + 1
        if starts is not None and inside[k][2] == 1:
            t = inside[k][3]
            if (every := memo.get((t, family.key))) is None:
                every = memo[(t, family.key)] = all(_holds(starts, a, b) for a, b in held[t])
            if not every:
                return False
    if _replies_inside(hosts, inside, held):
        memo.setdefault(REPLIES, set()).add(id(family))     # (read, kept only merged into that thread)
        return False
    return True


def _replies_inside(hosts: dict[int, int], inside: list, held: list) -> bool:
    """Units of another template, two or more in one unit of a thread and none in some other unit of it:
    replies rendered inside the comment they answer (rule `replies-inside`), not a piece of the comments'
    template (a header, a body: one in every comment), read as a family of their own."""
    if max(hosts.values(), default=0) < 2:
        return False
    threads = {inside[k][3] for k in hosts}
    return len(threads) == 1 and len(hosts) < len(held[threads.pop()])


def _holds(starts: list[int], first: int, last: int) -> bool:
    k = bisect.bisect_right(starts, first)
    return k < len(starts) and starts[k] <= last


LIST_LEVELS = 4      # the comments' list box stands this many levels above a comment at most ("div.comments > table")


def _listed_comment(tree, first: int) -> bool:
    """The one comment under an answer: in a list box whose class or id names comments, a linked name and a date
    (an element named or tagged so, or a clock) in it."""
    voc = vocabulary()
    if not any(voc.names_comments(tree.cls(a)) or voc.id_names_comments(tree.ident(a))
               for a in tree.ancestors(first, LIST_LEVELS)):
        return False
    inner = range(first + 1, tree.end[first] + 1)
    linked = any(tree.tag[i] == "a" and tree.attrs[i].get("href") and 0 < len(tree.flat(i).split()) <= 4 for i in inner)
    return linked and any(tree.tag[i] == "time" or voc.names_any(tree.cls(i), voc.date_tokens)
                          or len(tree.flat(i)) <= MAX_STAMP_CHARS and to_the_minute(tree.flat(i))
                          for i in inner if tree.tag[i] != "a")
