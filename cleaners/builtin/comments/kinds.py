"""The kind of one line of a unit (`items`): ``form``, ``chrome``, ``author``, ``date``, ``meta``,
``teaser`` or ``body``, from where the line stands in the unit and from its text.

What the unit tells of a line (inside a form, hidden, the roles of the elements above it up to the
unit's top, the author-named element in it) differs between the candidate families that read it; what
these give together with the line's text is the same in every family. A page's nested families read
the same lines again (a comment's box, then its body, then the replies inside it), so that second part
is kept for the page, keyed by the line's pieces, its roles and its author-named element
(`Tree.memo`): a line is read from its text once however many families hold it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clock import NUMERIC_STAMP
from .date_cut import AGE_SHAPE
from .evidence import AUTHOR, BUTTON, CHROME, DATE, role
from .fields import dated_fields
from .headlines import headline_kind
from .inline_author import aged
from .tree import Tree
from .vocabulary import SEPARATORS, written_date

if TYPE_CHECKING:
    from .items import Line

CLIMB = 8                 # levels between a line and its unit's top that are looked at
MAX_ROLE_WORDS = 40       # an element named as a control bar or a date holds at most this many words
SHORT_META_WORDS = 14     # a header/footer line holding a date or "says" is at most this long
_CLOCK = re.compile(r"(?<![\d:.])[0-2]?\d[:.h][0-5]\d(?![\d:.])")
_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?…](?:\s|$)")      # a sentence's stop after a word: a line holding one is prose
_WORDS = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_KEPT = "line_kinds"      # the key of the kinds kept in `Tree.memo`


def up(tree: Tree, e: int, tops: set, memo: dict, prose: set) -> tuple[int, int]:
    """(roles, nearest author-named element) of ``e`` and its ancestors below the unit's top,
    memoised for the unit: each element is looked at once. A control or date name on an element
    holding prose or the author (``prose``: the elements above a long line or an author-named
    element: the comment's box, no control bar) does not count."""
    if (known := memo.get(e)) is not None:
        return known
    chain: list[int] = []
    parent = tree.parent
    while e > 0 and e not in tops and e not in memo and len(chain) < CLIMB:
        chain.append(e)
        e = parent[e]
    roles, author = memo.get(e, (0, -1))
    role_of, words, p0, p1 = tree.roles, tree._words, tree.p0, tree.p1
    for x in reversed(chain):
        r = role_of[x] if role_of[x] >= 0 else role(tree, x)
        if r & (CHROME | DATE) and (x in prose or words[p1[x]] - words[p0[x]] > MAX_ROLE_WORDS):
            r &= ~(CHROME | DATE)      # a container of comments ("avatar-comment-list") is no control bar
        roles, author = roles | r, (x if r & AUTHOR else author)
        memo[x] = (roles, author)
    return (roles, author)


def line_kind(tree: Tree, line: Line, tops: set, voc, memo: dict, prose: set, collapsed: set) -> str:
    """The line's kind in its unit (``tops``; ``memo`` and ``prose``: `up`; ``collapsed``: the hiders
    of the family's collapsed comments), reading the words of ``voc``. Sets ``line.named``."""
    owner = line.owner
    if tree.form[owner]:
        return "form"
    if tree.hidden[owner] and tree.hider(owner) not in collapsed:
        return "chrome"
    roles = (memo.get(owner) or up(tree, owner, tops, memo, prose))[0] & (BUTTON | CHROME | DATE)   # (memo first)
    header = line.words <= SHORT_META_WORDS or line.words <= 2 * SHORT_META_WORDS and not _SENTENCE.search(line.text)
    if header:
        owner_of = tree.owner
        for k in line.pieces:    # an author-named element anywhere in the line
            author = (memo.get(owner_of[k]) or up(tree, owner_of[k], tops, memo, prose))[1]
            if author >= 0:
                line.named = author
                break
    pieces = line.pieces       # (in page order: a run of pieces is keyed by its range)
    at = range(pieces[0], pieces[-1] + 1) if pieces[-1] - pieces[0] + 1 == len(pieces) else tuple(pieces)
    kept = tree.memo.get(_KEPT)
    if kept is None or kept[0] is not voc:      # (the kinds of lines read in the words of other languages)
        kept = tree.memo[_KEPT] = (voc, {})
    if (kind := kept[1].get(key := (at, roles, line.named))) is None:
        kind = kept[1][key] = _text_kind(tree, line, roles, header, voc)
    return kind


def _text_kind(tree: Tree, line: Line, roles: int, header: bool, voc) -> str:
    """`line_kind` from the line's text, the roles of its elements and its author-named element."""
    text, words = line.text, line.words
    named_author = line.named >= 0 and tree.words(line.named) <= 8
    if roles & BUTTON and not (named_author and _button_named(tree, line.named)):
        return "chrome"      # (but a name set as a button opening the commenter's profile: rule `name-button`)
    if words > SHORT_META_WORDS:    # but a header opening with its author's element, no sentence in it:
        opens = named_author and tree.contains(line.named, line.owner)    # "by Ann (4417) <ann@…> on …"
        return "author" if header and opens else "meta" if header and dated_fields(text, voc) else "body"
    if voc.is_teaser(text):
        return "teaser"
    if voc.is_chrome(text) or voc.is_prompt(text):      # (a prompt alone, "Add a comment": rule `unit-prompt`)
        return "date" if voc.is_relative_time(text) else "chrome"
    if named_author:
        return "author"
    found = written_date(text)
    short_dated = found is not None
    if line.named >= 0 and aged(tree, line.pieces, voc):
        return "meta"      # a name and an age, "by Ann » 5 hours ago" (rule `byline-time`)
    if roles & DATE and (words <= 6 or short_dated):
        return "date" if voc.name_in(text) is None else "meta"
    if roles & CHROME and words <= 5:      # a footer with a name and a date is the comment's byline
        return "meta" if short_dated and voc.name_in(text) else "chrome"    # ("Posted by: Ann | 3 May 2012")
    if not short_dated and NUMERIC_STAMP.fullmatch(text.strip()):
        return "date"      # "07.15.12 at 11:59": a date whose order no language data gives, and a clock
    if short_dated and not _dated_sentence(text, found, line.named) \
            or (_CLOCK.search(text) and not text.endswith((".", "!", "?")) and voc.name_in(text)):
        return "meta"      # a date, or a name and a time: "Ann On Thursday, May 3 at 2:57 pm"
    if header and "," in text and len(text.rpartition(",")[0].split()) <= 3 \
            and voc.is_relative_time(text.rpartition(",")[2].strip()) and voc.name_in(text):
        return "meta"      # a name and an age after a comma, "Ann, 3 hours ago" (rule `comma-age`)
    if header and _separated_age(text, voc):
        return "meta"      # a name, a separator and an age, "Besa · 3 orë më parë" (rule `separator-age`)
    if header and tree.tag[line.owner] == "dt" and not _DIGIT.search(text) and voc.name_in(text) == text.strip():
        return "author"    # a definition list's term that is a name alone, "<dt>Ann Lee</dt>" (rule `term-author`)
    if kind := headline_kind(tree, line.pieces, text, voc):
        return kind
    if voc.has_said(text) and voc.name_in(text):
        return "author"
    return "meta" if dated_fields(text, voc) else "body"


def _separated_age(text: str, voc) -> bool:
    """A name and an age parted by a separator ("Ann · 3 hours ago", "Besa | 3 orë më parë"): the age in the
    page's words, or in any language by its shape, a small number among two to five lower-case words."""
    parts = SEPARATORS.split(text)
    if len(parts) != 2 or len(parts[0].split()) > 4:
        return False
    age = parts[1].strip()
    return (voc.is_relative_time(age) or bool(AGE_SHAPE.fullmatch(age)) and age == age.lower()) \
        and voc.name_in(parts[0]) == parts[0].strip()


def _dated_sentence(text: str, found, named: int) -> bool:
    """A sentence of the comment that mentions a date, no header: three words or more go on after the date and a
    sentence's mark closes the line ("Same story as on February 8th 2011, see the archive."; rule `dated-sentence`)."""
    return named < 0 and len(_WORDS.findall(text, found.end)) >= 3 and text.rstrip().endswith((".", "!", "?", "…"))


def _button_named(tree: Tree, e: int) -> bool:
    """The author-named element ``e`` is a button or lies in one (``button.username``: the name opens a
    profile card); a control inside an author's box ("Follow") is a button named by no author word."""
    for _ in range(3):
        if e <= 0:
            return False
        if tree.tag[e] == "button":
            return True
        e = tree.parent[e]
    return False
