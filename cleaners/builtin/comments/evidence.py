"""What tells a thread from other repeated markup: names, headings and comment marks.

* names: ``comment``-words in the id/class of the units or of their container
  (`vocabulary.names_comments`), and lists of the whole site's comments (a sidebar widget
  of "recent comments") told apart;
* a comment heading right before the thread ("12 Comments", "Leave a reply");
* marks: reply and vote controls, avatars, times, "says:", a forum poster's counters
  ("Posts: 523": `profile.is_counter`). `PageMarks` finds them all
  in one pass over the page, so that a family with no mark in most of its units, no name
  and no heading is given up before it is read.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import compress

from .cited import cited_family, cites
from .clock import NUMERIC_STAMP, to_the_minute
from .headers import MAX_BARE_CHARS, bare_number, said_heads
from .heading_blocks import heading_before, heading_blocks
from .marked_boxes import count_mark, marked_siblings
from .labels import labelled_units, numbered_field
from .levels import indented
from .profile import is_counter, profile_link
from .signed import MIN_SIGNED_UNITS, headed, numbered_entries, short_heading, unlisted
from .stamped_heads import stamped_heads
from .attributes import attribute_words
from .pieces import screened
from .tree import HEADINGS, Tree
from .vocabulary import SEPARATORS, vocabulary

_AVATAR = re.compile(r"avatar|gravatar|userpic|user-?(?:image|photo|pic)|profile-?(?:image|photo|pic)", re.I)
_DIGIT = re.compile(r"\d")
# a screen before the role of a class (most classes name no control), and the elements it screens
_MARK_WORDS = ("repl", "respon", "answer", "vot", "point", "score", "karma", "like", "rating", "recommend", "thumb")
_MARK_HINT = re.compile("|".join(_MARK_WORDS), re.I)
_MARK_CLASS = attribute_words(_MARK_WORDS)
_MEDIA = frozenset({"time", "img"})       # the tags of the elements that may mark by themselves (`PageMarks._find`)
MAX_MARK_CHARS = 40        # a piece of text longer than this is no control, time or "says:"
MAX_LONE_WORDS = 1500      # a lone unit longer than this is a section, not one comment
MAX_UNIT_SHARE = 0.3       # an unnamed unit holding more of the page's text is layout, not a comment
MARK_LEVELS = 10           # a comment unit holds its marks at most this many levels down

AUTHOR, DATE, CHROME, BUTTON, REPLY, VOTE, LINKED = 1, 2, 4, 8, 16, 32, 64   # LINKED: AUTHOR from a profile link alone


@lru_cache(maxsize=4096)
def _role(tag: str, cls: str, itemprop: str, rel: str) -> int:
    """What an element's tag and names say it holds (bits AUTHOR, DATE, CHROME, BUTTON)."""
    voc = vocabulary()
    role = 0
    if tag == "cite" or voc.names_author(" ".join(filter(None, (cls, itemprop, rel)))):
        role |= AUTHOR
    if tag == "time" or voc.names_any(cls, voc.date_tokens):
        role |= DATE
    if voc.names_any(cls, voc.chrome_tokens):
        role |= CHROME
    if tag == "button":
        role |= BUTTON
    if voc.names_any(cls, voc.reply_tokens):
        role |= REPLY
    if voc.names_any(cls, voc.vote_tokens):
        role |= VOTE
    return role


@lru_cache(maxsize=16384)
def _piece_mark(text: str, voc, control: bool = True) -> int:
    """What a short piece of text marks in the words of ``voc``: 1 a reply or vote control, 2 a time, else 0
    (``control`` False: a piece ending in none of the words of a control, a time or nothing: `pieces.screened`)."""
    if len(text) > MAX_MARK_CHARS:
        return 0
    if control and voc.control_mark(text) in ("reply", "vote"):
        return 1
    return 2 if _DIGIT.search(text) and (voc.is_relative_time(text) or voc.written_date(text)
                                         or NUMERIC_STAMP.fullmatch(text)                # (rule `numeric-stamp`)
                                         or voc.is_relative_time(SEPARATORS.split(f" {text}")[-1])) else 0
    # (an age after a separator, "Ann — 3 hours ago": rule `separated-age`)


def is_avatar(attrs: dict) -> bool:
    """An image whose attributes (its address, class, alt text) name an avatar. (Every word of
    `_AVATAR` holds "avatar", "user" or "profile": ASCII values holding none of them are
    screened out by substring tests, which cost far less than the case-blind search of long
    addresses; non-ASCII values go to the search, as ``re.I`` folds some letters onto ASCII.)"""
    values = " ".join(filter(None, attrs.values()))
    if values.isascii():
        low = values.lower()
        if "avatar" not in low and "user" not in low and "profile" not in low:
            return False
    return bool(_AVATAR.search(values))


def role(tree: Tree, e: int) -> int:
    """`_role` of element ``e`` (kept in ``tree.roles``: callers in a loop read that first)."""
    attrs = tree.attrs[e]
    if not attrs:
        r = AUTHOR if tree.tag[e] == "cite" else BUTTON if tree.tag[e] == "button" else 0
    else:
        r = _role(tree.tag[e], attrs.get("class") or "", attrs.get("itemprop") or "", attrs.get("rel") or "")
        if not r & AUTHOR and tree.tag[e] == "a" and "href" in attrs and profile_link(attrs["href"] or ""):
            r |= AUTHOR | LINKED    # a link to a member's profile page holds the member's name (rule `profile-link`)
    tree.roles[e] = r
    return r


class PageMarks:
    """What the page shows of comments: the elements whose id or class names comments
    (``named``, found while the page is indexed), and, computed on first use, the elements
    holding a reply or vote control, an avatar or "says:" (``strong``) or a time
    (``timed``), each in page order."""

    def __init__(self, tree: Tree):
        self.tree = tree
        self.named = tree.named
        self._strong: list[int] | None = None
        self._timed: list[int] = []
        self._fields: list[int] = []      # short "Label: 41" pieces, in words no file holds: `region` only (`labels`)

    def _find(self) -> None:
        tree, voc = self.tree, vocabulary()
        strong: set[int] = set()
        timed: set[int] = set()
        attrs_of = tree.attrs
        tags = tree.tag
        media = tree.tagged(_MEDIA)
        # the few elements that may mark: times, images, classes holding a mark word
        for e in sorted({*media, *tree.with_attribute("datetime"), *tree.holding("class", _MARK_CLASS)}):
            attrs = attrs_of[e]
            tag = tags[e]
            if tag == "time" or "datetime" in attrs:
                timed.add(e)
            elif tag == "img":
                if is_avatar(attrs):
                    strong.add(e)
            elif (cls := attrs.get("class")) and _MARK_HINT.search(cls) and role(tree, e) & (REPLY | VOTE):
                strong.add(e)
        owner, texts = tree.owner, tree.text
        found = screened(texts)      # (the pieces that may mark: most cannot; `pieces`)
        ending, digits = (None, None) if found is None else found[1:]
        for k in compress(range(len(texts)), map((3 * MAX_MARK_CHARS).__ge__, map(len, texts))) \
                if found is None else found[0]:
            text = texts[k]
            if text == "\n" or len(text) > 3 * MAX_MARK_CHARS:
                continue
            core = text.strip()       # (no piece but a <br> is only spaces)
            # (a control, a vote or a said-verb ends in one of the screen's words, a time holds a digit)
            if mark := _piece_mark(core, voc) if ending is None or k in ending else \
                    _piece_mark(core, voc, False) if k in digits else 0:
                (strong if mark == 1 else timed).add(owner[k])
            elif len(text) <= MAX_MARK_CHARS and is_counter(core, texts[k + 1].strip() if k + 1 < len(texts) else ""):
                strong.add(owner[k])       # a poster's counter: "Posts: 523", "Join Date" + "Mar 2015"
            elif len(text) <= MAX_MARK_CHARS and numbered_field(core):
                self._fields.append(owner[k])
        self._strong, self._timed = sorted(strong), sorted(timed)
        self._fields += cites(tree)      # (a name's tag: rule `cited-units`)

    def region(self) -> bytearray:
        """For each element, 1 when it may be a unit of a thread (or lie inside one): inside
        an element named as comments, near a comment heading (the subtree of its parent's
        parent), or at most `MARK_LEVELS` above a mark, or an item of a list two of whose items hold a mark (rule
        `marked-list`). A thread needs one of these (`may_be_thread`), so the unit search reads only these elements."""
        if self._strong is None:
            self._find()
        tree = self.tree
        n, end, parent = len(tree), tree.end, tree.parent
        region = bytearray(n)
        ranges = [(k, end[k]) for k in self.named]
        voc = vocabulary()
        bare = unlisted()         # (no words for a heading: a short one may head bare comments, `signed`)
        for h in [*tree.tagged(HEADINGS), *heading_blocks(tree, voc)]:     # (rule `block-heading`)
            if tree.words(h) <= 30 and voc.is_heading(tree.flat(h)[:200]) or bare and short_heading(tree, h) \
                    or tree.chars(h) <= MAX_BARE_CHARS and bare_number(tree.flat(h)):     # ("12": `bare_count`)
                top = parent[h]
                if top > 0 and parent[top] > 0:
                    top = parent[top]
                ranges.append((top, end[top]))
        reach = -1       # the root (<body>, index 0) opens too: a comment heading may stand right in it
        for a, b in sorted(ranges):
            if b > reach:
                start = max(a, reach + 1)
                region[start:b + 1] = b"\x01" * (b + 1 - start)
                reach = b
        lists, boxes = {}, {}     # a list -> its items holding a mark (`marked-list`); boxes (`marked-siblings`)
        for m in (*self._strong, *self._timed, *self._fields):
            level = 0
            while m > 0 and level <= MARK_LEVELS and not (region[m] and level):
                region[m] = 1
                count_mark(tree, lists, boxes, m)
                m, level = parent[m], level + 1
        marked_siblings(tree, region, boxes)
        for p in (p for p, marked in lists.items() if marked >= 2):    # its other items too (a stamp no file reads)
            region[p] = 1
            for c in tree.children(p):
                region[c] = region[c] or tree.tag[c] == "li"
        return region

    @staticmethod
    def _within(positions: list[int], first: int, last: int) -> bool:
        k = bisect.bisect_left(positions, first)
        return k < len(positions) and positions[k] <= last

    def strong_within(self, first: int, last: int) -> bool:
        if self._strong is None:
            self._find()
        return self._within(self._strong, first, last)

    def timed_within(self, first: int, last: int) -> bool:
        if self._strong is None:
            self._find()
        return self._within(self._timed, first, last)


def is_listing(tree: Tree, e: int, main: int = 0) -> bool:
    """A list of the whole site's comments: named recent/latest/widget..., or in an <aside>; a name on an element
    holding the page's main text container (``main``) too is the layout's ("content-sidebar-wrap"; `layout-name`)."""
    voc, outside = vocabulary(), main > 0 and not tree.contains(e, main)
    for a in [e, *tree.ancestors(e, 3)]:
        if a <= 0 or tree.tag[a] in ("body", "main") or outside and tree.contains(a, main):
            break
        if tree.tag[a] == "aside" or voc.names_listing(tree.cls(a) + " " + tree.ident(a)):
            return True
    return False


def names_element(tree: Tree, e: int) -> bool:
    voc = vocabulary()
    return voc.names_comments(tree.cls(e)) or voc.id_names_comments(tree.ident(e))


def named(tree: Tree, tops: list[int], lca: int) -> bool:
    """Most units, or their container (up to 4 levels above), named as comments."""
    tops = tops[:20]
    if sum(1 for t in tops if names_element(tree, t)) * 2 > len(tops):
        return True
    for e in [lca, *tree.ancestors(lca, 4)]:
        if e <= 0 or tree.tag[e] in ("body", "main"):
            break
        if names_element(tree, e):
            return True
    return False


def lca(tree: Tree, a: int, b: int) -> int:
    """The smallest element holding the elements ``a <= b``."""
    e = a
    while e > 0 and tree.end[e] < b:
        e = tree.parent[e]
    return max(e, 0)


def _reviews(tree: Tree, units: list) -> bool:
    """Most units named as reviews (``div.review``, ``itemprop="review"``) and none as comments:
    a shop page's reviews, the page's content."""
    voc = vocabulary()
    tops = [u.tops[0] for u in units[:20]]
    hits = 0
    for e in tops:
        value = f"{tree.cls(e)} {tree.ident(e)} {tree.attrs[e].get('itemprop') or ''}"
        if voc.names_comments(value):
            return False
        hits += voc.names_any(value, voc.review_tokens)
    return hits * 2 > len(tops)


def may_be_thread(tree: Tree, marks: PageMarks, units: list) -> bool:
    """A necessary condition of `thread.judge`: a name, a heading, or comment marks (a reply
    or vote control, an avatar, "says:") in most units, or times in most units of a nested
    family."""
    first, last = units[0], units[-1]
    if _reviews(tree, units):
        return False
    if len(units) == 1:     # a lone comment: named, and no bigger than a comment
        return tree.words(first.first) <= MAX_LONE_WORDS and named(tree, [first.tops[0]], first.first)
    top = lca(tree, first.first, last.last)
    if named(tree, [u.tops[0] for u in units], top) or heading_before(tree, top, first.first, len(units)) \
            or len(first.tops) > 1 and headed(tree, first.first) or cited_family(tree, units):
        return True     # (a run under a short heading: `signed`; names in <cite>s: `cited`)
    # marks count in units of a comment's size only: a layout container holds marks anywhere; a unit holding the next
    # (comment <div>s never closed, each nested in the one before) is measured up to it (rule `unclosed-units`)
    page, p0 = max(1, tree.chars(0)), tree.p0
    ends = [p0[b.first] if b.first <= a.last else tree.p1[a.tops[-1]] for a, b in zip(units, units[1:])]
    small = [u for u, end in zip(units, ends + [tree.p1[units[-1].tops[-1]]])
             if tree.span_chars(p0[u.first], end) <= MAX_UNIT_SHARE * page]
    if len(small) * 2 < len(units):
        return False
    if sum(1 for u in small if marks.strong_within(u.first, u.last)) * 2 >= len(units) or labelled_units(tree, units) \
            or len(small) == len(units) and (said_heads(tree, vocabulary(), units)     # (`labels`: posters' boxes)
                                             or stamped_heads(tree, vocabulary(), units)):
        return True
    nested = any(b.first <= a.last for a, b in zip(units, units[1:]))
    timed = sum(1 for u in small if marks.timed_within(u.first, u.last))
    return nested and timed * 2 >= len(units) or timed == len(units) >= MIN_SIGNED_UNITS and all(
        any(map(to_the_minute, tree.text[tree.p0[u.first]:tree.p1[u.tops[-1]]])) for u in units) \
        or timed * 2 >= len(units) and (numbered_entries(tree, units) or indented(tree, units))   # (`signed_units`)
