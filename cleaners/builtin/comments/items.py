"""One candidate unit read as a comment: its lines, what kind each line is, its marks.

A unit's *own* text is its text without the units nested in it (replies). That text is cut into
lines (a block element, or a part of one between ``<br>``s), and each line gets a kind: ``form``
(inside a form), ``author`` (inside an author-named element, or a short "X says:" line), ``date``
(a time element, a date-named element, a relative time), ``chrome`` (controls and counters: "Reply",
"Report", "12 points"; hidden lines, but in a collapsed comment), ``meta`` (a short line holding a
date or "says": "Ann Lee on 3 May 2012 at 9:59") or ``body``. Template headers and footers are
found over the family (`thread`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from ...dates import machine_date
from .headless import nesting
from .elements import AVATAR, ROLE, STAMP, TIME, marks as element_marks
from .evidence import AUTHOR, CHROME, REPLY, VOTE
from .headlines import score_at
from .inline_author import aged, author_after, author_at
from .kinds import CLIMB, SHORT_META_WORDS, line_kind
from .profile import named_by_markup, poster_box
from .quoted import quoted_parts
from .subjects import opening_subjects, reply_subjects
from .tree import Tree
from .units import Family, Unit
from .vocabulary import vocabulary, written_date

_DIGIT = re.compile(r"\d")
_TEXTS = "line_texts"      # the key of the lines' texts in `Tree.memo`
MAX_CONTROL_CHARS = 20     # a control's label of one "word" is short in characters too: a sentence of a script
#                            without spaces is one word ("div.faq-answer" holding a Chinese answer is no reply control)
_TITLE_DATES = "title_dates"      # the key of the elements' title dates in `Tree.memo`


@dataclass(slots=True)
class Line:
    pieces: list[int]
    owner: int                 # element holding the line's first piece
    text: str
    sep: str                   # "\n\n" (new block, or two <br>) or "\n" (one <br>) before it
    words: int
    kind: str = "body"         # body | author | date | meta | chrome | form
    slot: str = ""             # the template position of the line (keys from the unit's top down)
    named: int = -1            # the author-named element the line is in
    cut: str = ""              # a chrome line's own rule in ``removed`` (a quoted post, a signature)


@dataclass(slots=True)
class Item:
    unit: Unit
    lines: list[Line]
    nest: int | None           # the family unit this one is nested in
    marks: set = field(default_factory=set)   # reply | vote | control | avatar | time | said | teaser
    date: str | None = None    # from a machine-readable time of the unit
    elements: list[int] = field(default_factory=list)   # its own elements

    def body(self) -> list[Line]:
        return [line for line in self.lines if line.kind == "body"]


def read_items(tree: Tree, family: Family, budget: list[int]) -> list[Item] | None:
    """Every unit of the family read (None when the work budget runs out)."""
    units = family.units
    nest, children = nesting(units)
    items = []    # units hidden by their own markup among shown ones: collapsed comments (a low score)
    collapsed = {u.tops[0] for u in units if len(u.tops) == 1 and u.tops[0] in tree.hiders}
    for k, u in enumerate(units):
        holes = [units[c] for c in children[k]]
        pieces, elements = _own(tree, u, holes)
        budget[0] -= len(pieces) + len(elements) + 1
        if budget[0] < 0:
            return None
        item = Item(u, _scores_apart(tree, _lines(tree, pieces)), nest[k], elements=elements)
        _classify(tree, item, collapsed if len(collapsed) * 2 <= len(units) else set())
        items.append(item)
    opening_subjects(items, vocabulary().langs)      # the topic over the opening post, as the replies repeat it
    return items


def _own(tree: Tree, u: Unit, holes: list[Unit]) -> tuple[list[int], list[int]]:
    """The pieces and the elements of the unit without the units nested in it (``holes``)."""
    pieces: list[int] = []
    elements: list[int] = []
    k, e = tree.p0[u.first], u.first
    for h in holes:
        pieces.extend(range(k, tree.p0[h.first]))
        elements.extend(range(e, h.first))
        k, e = tree.p1[h.tops[-1]], h.last + 1
    pieces.extend(range(k, tree.p1[u.tops[-1]]))
    elements.extend(range(e, u.last + 1))
    return pieces, elements


def _lines(tree: Tree, pieces: list[int]) -> list[Line]:
    lines: list[Line] = []
    current: list[int] = []
    block = None
    brs = 0
    sep = "\n\n"
    text_of, owner, block_of = tree.text, tree.owner, tree.block
    for k in pieces:
        b = block_of[owner[k]]
        piece = text_of[k]
        if b != block or piece == "\n":
            if current:    # the line so far (every piece but a <br> holds some text: `Tree`)
                lines.append(_line(tree, current, sep))
                sep = ""
                current = []
            if b != block:
                block, brs = b, 0
                sep = "\n\n"
            if piece == "\n":
                brs += 1
                sep = "\n\n" if brs >= 2 or sep == "\n\n" else "\n"
                continue
        if brs and not current:
            sep = "\n\n" if brs >= 2 or sep == "\n\n" else (sep or "\n")
        brs = 0
        current.append(k)
    if current:
        lines.append(_line(tree, current, sep))
    return lines


def _scores_apart(tree: Tree, lines: list[Line]) -> list[Line]:
    """A title closed by its score ("Night buses (Score:5, Insightful)"): the score a line of its own;
    an author's element opening a line of prose (`inline_author`): the name a line of its own."""
    out, voc = [], vocabulary()
    for line in lines:
        if line.words <= 2 * SHORT_META_WORDS and (k := score_at(tree, line.pieces, line.text, voc)):
            out += [_line(tree, line.pieces[:k], line.sep), _line(tree, line.pieces[k:], " ")]
        # (a name opening the line, or a "– Name date" closing it: rule `dashed-signature`)
        elif k := author_at(tree, line.pieces, SHORT_META_WORDS) or author_after(tree, line.pieces, line.text):
            out += [_line(tree, line.pieces[:k], line.sep), _line(tree, line.pieces[k:], "\n")]
        else:
            out.append(line)
    return out


def _line(tree: Tree, pieces: list[int], sep: str) -> Line:
    a, b = pieces[0], pieces[-1] + 1
    if b - a == len(pieces):       # (a run of pieces, the usual line: its text kept for the page's other families)
        if (texts := tree.memo.get(_TEXTS)) is None:
            texts = tree.memo[_TEXTS] = {}
        if (text := texts.get((a, b))) is None:
            text = texts[(a, b)] = " ".join("".join(tree.text[a:b]).split())
    else:
        text = " ".join("".join(map(tree.text.__getitem__, pieces)).split())
    return Line(pieces, tree.owner[a], text, sep, tree._words[b] - tree._words[a])


def _classify(tree: Tree, item: Item, collapsed: set) -> None:
    voc, tops = vocabulary(), set(item.unit.tops)
    visible, hidden, named = None, None, []
    marks, attrs_of, roles, words, p0, p1 = item.marks, tree.attrs, tree.roles, tree._words, tree.p0, tree.p1
    chars = tree._chars
    known = tree.element_marks
    for e in compress(item.elements, map(known.__getitem__, item.elements)):    # (known to mark nothing: 0)
        if not (bits := known[e] if known[e] >= 0 else element_marks(tree, e)):
            continue        # (the elements of scripts have no attributes, and no marks)
        if bits & AVATAR:
            marks.add("avatar")
        elif bits & TIME:
            marks.add("time")
        if visible is None and bits & STAMP:
            if date := _attribute_date(attrs := attrs_of[e]):
                marks.add("time")
                if tree.hidden[e] or "datetime" not in attrs:
                    hidden = hidden or date
                else:
                    visible = date
        if bits & ROLE and e not in tops:
            n, r = words[p1[e]] - words[p0[e]], roles[e]
            if r & (REPLY | VOTE | CHROME) and n <= 4 and (n > 1 or chars[p1[e]] - chars[p0[e]] <= MAX_CONTROL_CHARS):
                marks.add("reply" if r & REPLY else "vote" if r & VOTE else "control")
            if r & AUTHOR and named_by_markup(tree, e):     # (not a profile link alone: its box may be a control bar)
                named.append(tree.parent[e])
    memo, prose = {}, set()     # (`kinds.up`); the elements above a long line or an author-named element
    for e in [line.owner for line in item.lines if line.words > SHORT_META_WORDS] + named:
        level = 0
        while e > 0 and level < CLIMB and e not in tops and e not in prose:
            prose.add(e)
            e, level = tree.parent[e], level + 1
    text_of = tree.text
    for line in item.lines:
        line.kind = line_kind(tree, line, tops, voc, memo, prose, collapsed)
    quoted_parts(tree, item, tops, voc)     # a quoted post, a signature
    poster_box(tree, item, SHORT_META_WORDS)      # a forum poster's name, title and counters
    reply_subjects(item, voc)      # "Re: <the topic>" above a post's text
    for line in item.lines:
        kind, short = line.kind, line.words <= SHORT_META_WORDS
        if kind == "teaser":
            marks.add("teaser")
            line.kind = "chrome"
        elif kind == "chrome" and short:
            for k in line.pieces:      # "Reply · Report · 12 likes": each control marks
                if text_of[k].strip() and (mark := voc.control_mark(text_of[k])):
                    marks.add(mark)
        elif kind == "date" or kind == "meta" or kind == "author" and short and (
                aged(tree, line.pieces, voc) or len(line.pieces) > 1 and _stamp(text_of[line.pieces[0]].strip(), voc)
                or "T" in getattr(written_date(line.text), "iso", "")):
            # (an age or a date anywhere in the header: "Ann 5 hours ago", a footer's "9小时前 via web · Reply"; rule `stamp-first`;
            # a time of day after the name: "by Ann » 5 Mar 2024, 10:43", rule `timed-byline`)
            marks.add("time")
        if short and voc.has_said(line.text):
            marks.add("said")
        if visible is None and line.kind in ("date", "meta", "author"):
            found = written_date(line.text)
            visible = found.iso if found else _title_date(tree, line, tops)
    item.date = visible or hidden


def _attribute_date(attrs: dict) -> str | None:
    for name in ("datetime", "content"):
        if attrs.get(name) and (iso := machine_date(attrs[name])):
            return iso
    for name, value in attrs.items():
        if name.endswith("timestamp") and value and (iso := machine_date(value)):
            return iso
    if attrs.get("title") and _DIGIT.search(attrs["title"]):
        return machine_date(attrs["title"])
    return None


def _title_date(tree: Tree, line: Line, tops: set) -> str | None:
    """A date in the title of the line's elements or their near ancestors ("2 years ago" with
    the full date on hover)."""
    seen, dates = set(), tree.memo.setdefault(_TITLE_DATES, {})     # (each element's title read once a page)
    for k in line.pieces:
        e, level = tree.owner[k], 0
        while e > 0 and level < 3 and e not in seen:
            seen.add(e)
            if (iso := dates.get(e, "")) == "":
                iso = dates[e] = (title := tree.attrs[e].get("title")) and _DIGIT.search(title) and machine_date(title)
            if iso:
                return iso
            if e in tops:
                break
            e, level = tree.parent[e], level + 1
    return None


def _stamp(text: str, voc) -> bool:
    """An age or a written date (the first piece of a header line that holds more: `stamp-first`)."""
    return voc.is_relative_time(text) or written_date(text) is not None
