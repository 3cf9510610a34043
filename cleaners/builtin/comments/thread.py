"""A family of units judged as a thread: template slots, authors, texts, evidence, depth.

Comments follow a template: the fixed slots (the author's name, the date, "Reply") come back in every unit at the
same place, short; the comment's text varies. A body line whose slot comes back in most units, short, at the head or
the foot of each unit, is a header/footer line: the author's name when its texts look like names, else chrome, but
for titles (its texts differ in every unit: `templates.titles`), which stay the comment's words.

A family is a thread when most of its units hold a text and an author or a date, and the page says so: comment names
on the units or their container, a comment heading before it, or comment marks in most units: a reply control,
"says:" or a vote counter, or avatars with times, or times in nested or indented units (`indented-units`; a "share"
link is no mark), or, in a language without a file, signed units under a short heading (`signed`). Depth and parent
come from the DOM (a reply nested in its parent or in a wrapper after it), else from depth classes or margins."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from .avatar_names import avatar_names
from .cited import cited_units
from .chrome_units import chrome_units, headed as headed_unit
from .evidence import is_listing, lca, named, names_element
from .heading_blocks import heading_before
from .headed_lone import KIND as HEADED_LONE
from .headers import said_heads, shared_names
from .items import Item, Line
from .levels import INDENTED, depths_of, indented, parents_from_levels
from .mentions import parents_from_mentions
from .name_element import refined
from .one_name import one_name_label
from .poster_column import poster_columns
from .profile import named_by_markup
from .signed import RULE as SIGNED, signed_run, signed_units
from .stamped_heads import RULE as STAMPED, stamped_heads
from .signature import signatures
from .slots import meta_slots
from .tree import Tree
from .units import MERGE_LEVELS, Family
from .vocabulary import SEPARATORS, vocabulary, written_date

MAX_EXCERPT = 200            # a recent-comments list cuts each comment to at most this many characters
MAX_LISTING_LINK_SHARE = 0.7  # a unit whose text is mostly links is a listing, not a comment
_URL = re.compile(r"(?:https?://|www\.)\S+$", re.I)
_TRUNCATION = re.compile(r"\s*(?:\u2026|\.\.\.)\s*$")
_CUT = ("\u2026", "...")      # what `_TRUNCATION` finds before the spaces at the end (a test of the end alone)
MIN_SUBJECT_POSTS = 3        # a run of forum posts under "Re: <topic>" lines is a thread with no heading above
_NAMES = "element_names"     # the key of the author-named elements' names in `Tree.memo` (`name_candidates`)


@dataclass
class Thread:
    family: Family
    items: list[Item]
    kept: list[int]                       # indices of the items that are comments
    authors: list[str | None]
    texts: list[str]
    parents: list[int | None]             # in ``kept`` positions
    depths: list[int]
    lca: int
    named: bool
    evidence: str
    units_named: bool                     # the units' own class (or, for most, id) names comments
    meta_lines: set = field(default_factory=set)    # (item, line) of slot header/footer lines
    inside: bool = False                  # replies read inside another thread's comments: kept when merged (`nested`)

    @property
    def size(self) -> int:
        return len(self.kept)


def _text(lines: list[Line]) -> str:
    parts: list[str] = []
    for line in lines:
        if parts:
            parts.append(line.sep or " ")
        parts.append(line.text)
    paragraphs = "".join(parts).split("\n\n")
    # a comment title that only repeats the start of the comment
    while len(paragraphs) > 1:
        title = _TRUNCATION.sub("", paragraphs[0])
        if title and " ".join(paragraphs[1:]).startswith(title) and len(title.split()) <= 15:
            paragraphs.pop(0)
        else:
            break
    return "\n\n".join(paragraphs)


def judge(tree: Tree, family: Family, items: list[Item], main: int = 0) -> Thread | None:
    """The family as a thread, or None when it is not one (``main``: the page's main text
    container; a unit holding it, unless named as a comment, is the article or a page
    wrapper, and the family no thread; but for a forum's opening post: `cleaner`)."""
    voc = vocabulary()
    holder = main_holder(tree, family, main)
    if holder not in (None, 0):
        return None    # a page wrapper, or the article itself, among the units
    signatures(tree, items)       # (a poster's signature under a post: chrome of its own rule)
    poster_columns(tree, items)   # (posts as table rows, the poster's cell beside the post: `poster_column`)
    author_lines, chrome_lines = meta_slots(tree, items)
    if holder == 0 and sum(1 for it in items if "profile" in it.marks) * 2 <= len(items):
        return None    # the article first, then no posters' boxes (read in any language by `meta_slots`: `labels`)
    kept, authors, texts, ranks = [], [], [], []
    headed = 0
    for i, item in enumerate(items):
        for k, line in enumerate(item.lines):
            if (i, k) in chrome_lines:
                line.kind = "chrome"
            elif (i, k) in author_lines:
                line.kind = "author"
        candidates = name_candidates(tree, item.lines, voc)
        best = min(candidates, key=lambda c: c[0]) if candidates else None
        author = best[1] if best else None
        for rank, name, k in candidates:   # a header slot that is not the author is the comment's title
            if rank == 3 and best and best[0] < 3 and (i, k) in author_lines \
                    and name.casefold() != best[1].casefold():     # (the author's name again is no title)
                item.lines[k].kind = "body"
        body = item.body()
        text = _text(body)
        body_chars = sum(len(ln.text) for ln in body)
        link_chars = sum(len(tree.text[k].strip()) for ln in body for k in ln.pieces      # (a pasted address
                         if tree.link[tree.owner[k]] and not _URL.match(tree.text[k].strip())   # is the comment's,
                         and tree.leads_away(tree.owner[k]))                # a title that toggles it too)
        if not text or not any(c.isalpha() for c in text) or link_chars > MAX_LISTING_LINK_SHARE * body_chars:
            continue
        if author or item.date or "time" in item.marks or any(ln.kind in ("date", "meta") for ln in item.lines):
            headed += 1
        kept.append(i)
        authors.append(author)
        ranks.append(best[0] if best else None)
        texts.append(text)
    if chrome := chrome_units(tree, items, kept, authors):     # (rule `chrome-unit`)
        headed -= sum(1 for n in chrome if headed_unit(items[kept[n]], authors[n]))
        kept, authors, texts, ranks = ([x for n, x in enumerate(v) if n not in chrome] for v in (kept, authors, texts, ranks))
    authors = shared_names(voc, authors, ranks)
    if family.kind == "run" and _off_template(tree, items, kept):
        return None
    if not kept or sum(1 for i in kept if "teaser" in items[i].marks) * 2 > len(kept):
        return None    # teasers of other pages ("Read more"): a list of stories
    parts = [p for t in texts for p in t.split("\n\n")]
    if len(parts) >= 3 and sum(1 for p in parts if len(p) <= MAX_EXCERPT and p.rstrip().endswith(_CUT)) * 5 >= len(parts) * 4:
        return None    # short excerpts cut with "...": comments shown elsewhere (a recent-comments list)
    first, last = family.units[0], family.units[-1]
    top = lca(tree, first.first, last.last) if len(family.units) > 1 else first.first
    if is_listing(tree, top, main) and not any(_threading(tree, family, items, kept)[1]):
        return None    # the site's recent comments (a widget lists them flat; a page's thread has replies)
    is_named = named(tree, [u.tops[0] for u in family.units], top)
    heading = family.kind == HEADED_LONE or heading_before(tree, top, first.first, len(family.units))   # (its own)
    def most(*marks: str) -> bool:     # half the units or more; of two, both (one mark is no pattern)
        return sum(1 for i in kept if items[i].marks & set(marks)) * 2 >= len(kept) + (len(kept) == 2)
    # reply controls, "says:" or vote counters; or avatars, or posters' profiles, with times; nested units with times
    marked = most("reply", "said", "vote") or most("avatar", "profile") and most("time") \
        or len(kept) >= MIN_SUBJECT_POSTS and most("subject") and most("time") or said_heads(tree, voc, family.units)
    nested = any(items[i].nest in kept for i in kept if items[i].nest is not None) and most("time")    # (`kept-nest`)
    distinct = len({a.casefold() for a in authors if a})
    if headed * 5 < len(kept) * 3 or len(kept) * 5 < len(items) * 3 and not is_named:
        return None
    if one_name_label(items, kept, authors, is_named, bool(heading), most("time")):
        return None    # one and the same "author" on every unit is a label ("Source", "Summary"): `one_name`
    if is_named or heading:
        evidence = "named" if is_named else "heading"
        lone = items[kept[0]]
        shown = [ln.text for ln in lone.lines if not tree.hidden[ln.owner]]     # (a hidden address is no heading)
        if len(kept) == 1 and shown and voc.is_heading(shown[0]):
            return None    # a section with its heading, not one comment
        if len(kept) == 1 and not (authors[0] and (lone.marks or names_element(tree, lone.unit.tops[0])
                                                   and any(ln.named >= 0 for ln in lone.lines))):
            return None    # a lone comment shows its author and a time or a control, or is named so
    elif len(kept) >= 2 and (marked and distinct >= 2 or nested):
        if family.key.startswith("blockquote") and main > 0 and all(tree.parent[u.first] == main for u in family.units):
            return None    # quotes among the article's paragraphs ("Ann wrote:"), no comments (rule `article-quotes`)
        evidence = "marks"
    elif distinct >= 2 and signed_run(tree, family, items, kept, ranks):    # "Name | date" under a heading
        evidence = SIGNED
    elif signed := signed_units(tree, family, items, kept, authors, top, main):   # "Name 12 March 2024 14:30", "#7"
        evidence = signed
    elif cited_units(tree, items, kept, authors, main):     # <cite>Name</cite> opening every unit
        evidence = "cited-units"
    elif distinct >= 2 and len(kept) == len(items) and stamped_heads(tree, voc, family.units):    # "Name — date"
        evidence = STAMPED
    elif distinct >= 2 and most("time") and indented(tree, [items[i].unit for i in kept], main, top):
        evidence = INDENTED
    else:
        return None
    authors = avatar_names(tree, items, kept, authors, voc)     # (rule `avatar-name`: the thread judged without them)
    parents, depths = _threading(tree, family, items, kept)
    if all(p is None for p in parents) \
            and (named_parents := parents_from_mentions(items, kept, authors, texts, voc.langs)):
        parents, depths = named_parents, depths_of(named_parents)     # "@Ann", "in reply to Ann" (rule `reply-mention`)
    units_named = vocabulary().names_comments(family.key.partition(".")[2]) or \
        sum(1 for i in kept if names_element(tree, items[i].unit.tops[0])) * 2 > len(kept)
    return Thread(family, items, kept, authors, texts, parents, depths, top, is_named, evidence, units_named,
                  author_lines | chrome_lines)


def name_candidates(tree: Tree, lines: list[Line], voc) -> list[tuple[float, str, int]]:
    """(rank, name, line) of every name the comment's author and meta lines give: the best-founded
    (the lowest rank) is the author."""
    candidates: list[tuple[float, str, int]] = []
    for k, line in enumerate(lines):
        if line.kind not in ("author", "meta") or tree.tag[line.owner] == "time":     # (no name: `bare-time`)
            continue
        if line.named >= 0 and line.kind == "author":       # an author-named element
            name, rank = _element_name(tree, line.named, voc)
        elif voc.has_said(line.text) or line.kind == "meta":  # "Ann says:", "Ann on 3 May 2012"
            name, rank = voc.name_in(line.text), 1 if voc.has_said(line.text) else 2
        else:                                                 # a header slot of the template
            name, rank = voc.name_in(line.text) or voc.strip_name(line.text), 3
        if name:
            name = refined(tree, lines, line, name, voc)     # (rule `name-element`)
            candidates.append((rank, name, k))
    return candidates


def _element_name(tree: Tree, e: int, voc) -> tuple[str | None, float]:
    """(name, rank) of the author-named element ``e`` (`name_candidates`), the same in every family reading it:
    kept for the page (`Tree.memo`, for the vocabulary ``voc``)."""
    kept = tree.memo.get(_NAMES)
    if kept is None or kept[0] is not voc:      # (the names read in the words of other languages)
        kept = tree.memo[_NAMES] = (voc, {})
    if (known := kept[1].get(e)) is None:
        known = kept[1][e] = _read_name(tree, e, voc)
    return known


def _read_name(tree: Tree, e: int, voc) -> tuple[str | None, float]:
    """`_element_name` read from the element's text."""
    flat = tree.flat(e)
    name = voc.strip_name(flat)       # "Reader 7" stays whole; "Ann 2012-10-24" loses its date
    if len(parts := SEPARATORS.split(name)) > 1 and all(map(voc.is_chrome, parts[1:])):
        name = parts[0]               # "ann • 2 hours ago", "Reader 7 | Reply"
    name = name if voc.name_like(name) and not written_date(flat) else voc.name_in(flat)
    return (name, 0 if named_by_markup(tree, e) else 0.5) if name else (voc.strip_name(
        flat), 4)    # ("Jón segir:": `shared_names`; a name by a profile link alone: second)


def main_holder(tree: Tree, family: Family, main: int) -> int | None:
    """The innermost unit holding the page's main text container (``main``), unless it is named
    as a comment (None when none): the article or a page wrapper, and the family no thread
    (`judge`), but for the first unit of a forum thread (its opening post). Known unread."""
    holder = None
    if main > 0:
        for i, unit in enumerate(family.units):
            if unit.first <= main <= unit.last:
                holder = i
    return None if holder is None or names_element(tree, family.units[holder].tops[0]) else holder


def _off_template(tree: Tree, items: list[Item], kept: list[int]) -> bool:
    """A run's header or footer ("Ann said...", "Posted by: Ann | 3 May") is a sibling of one template in every
    comment: a run whose authors and dates lie in siblings of no template shared by two of its units was cut at
    generic boxes (a time stamp, a row of tools) between the blocks of a page (a review, the post's footer). A
    class-less box with an id of its own is no template (rule `named-boxes`: "div#share", "div#tags")."""
    counts: Counter = Counter()
    for i in kept:
        owners = [ln.owner for ln in items[i].lines if ln.kind in ("author", "date", "meta")]
        counts.update({k + "#" + tree.ident(t) if (k := tree.key(t))[-1] == "." and tree.ident(t) else k
                       for t in items[i].unit.tops if any(tree.contains(t, o) for o in owners)})
    return not counts or counts.most_common(1)[0][1] < 2


def _threading(tree: Tree, family: Family, items: list[Item], kept: list[int]) -> tuple[list, list]:
    """Parent (in ``kept`` positions) and depth of every comment."""
    units = family.units
    position = {i: n for n, i in enumerate(kept)}
    starts = [u.first for u in units]
    dom_parent: list[int | None] = []
    for i in kept:
        p = items[i].nest
        if p is None:
            p = _reply_wrapper_parent(tree, family, starts, i)
        while p is not None and p not in position:     # a reply to a dropped unit answers its parent
            p = items[p].nest
        dom_parent.append(position.get(p) if p is not None else None)
    if any(p is not None for p in dom_parent):
        parents = dom_parent
    else:
        parents = parents_from_levels(tree, [units[i] for i in kept])
    depths: list[int] = []
    for n, p in enumerate(parents):
        if p is not None and p >= n:
            parents[n] = p = None
        depths.append(depths[p] + 1 if p is not None else 0)
    return parents, depths


def _reply_wrapper_parent(tree: Tree, family: Family, starts: list[int], i: int) -> int | None:
    """The unit right before a wrapper holding this one (Drupal ``div.indented``)."""
    unit, first, last = family.units[i], family.units[0].first, family.units[-1].last
    e = tree.parent[unit.first]
    for _ in range(MERGE_LEVELS):
        if e <= 0 or (e <= first and tree.end[e] >= last):
            return None    # the container of the whole thread
        s = tree.prev[e]
        if s > 0 and tree.key(s) != tree.key(e):
            k = bisect.bisect_left(starts, s)
            if k < i and starts[k] <= tree.end[s]:
                return k
        e = tree.parent[e]
    return None
