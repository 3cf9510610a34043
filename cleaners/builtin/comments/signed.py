"""Signed runs: bare comments under a heading in a language without a file (rule `signed-run`); signed units:
comments that only their signatures tell, under any heading or none (rule `signed-units`).

A blog template of the plainest kind gives each comment as paragraphs with a short line before
or after them that signs it, "Name | date" ("Jana Novak, 3. 5. 2021", "Posted by Name at 9:14"),
under a heading of its own, and names nothing: no comment class, no reply control, no "says:".
In a language with a file the heading's words tell it ("Comments", "Kommentare"); in one without,
its shape does: a run of units (`units`: siblings cut at the repeated signature line) right after
a short heading (one to four words, no digit: "Komentet", "Komente"), every unit signed
by a name and a written date, two names or more. A list of stories has a title per item (a
heading cuts the run) and its lines are links (`thread`: a listing); one name on every unit is a
label, not a thread.
"""
from __future__ import annotations

import re

from ... import lang
from ...lines import spaced_word_count
from .tree import HEADINGS, Tree
from .vocabulary import vocabulary, written_date

RULE = "signed-run"
UNITS_RULE = "signed-units"
NUMBERED_RULE = "numbered-entries"
NUMBER_PIECES = 3        # the text pieces of a unit's start its number may stand in (`numbered_entries`)
MIN_SIGNED_UNITS = 3
MAX_HEADING_WORDS = 4
MAX_SIGNATURE_WORDS = 12
MAX_HEADED_LEVELS = 3     # a run's first unit, its list, the list's wrapper: where the heading before them is sought
_DIGIT = re.compile(r"\d")
_ENTRY_NUMBER = re.compile(r"^#\s?(\d{1,6})(?!\d)")


def unlisted() -> bool:
    """The page's language has no file (`lang.without_file`): its headings' words are unknown."""
    langs = vocabulary().langs
    return bool(langs) and lang.without_file(langs)


def short_heading(tree: Tree, h: int) -> bool:
    """A heading element of one to four words, no digit."""
    return tree.tag[h] in HEADINGS and 1 <= tree.words(h) <= MAX_HEADING_WORDS and not _DIGIT.search(tree.flat(h)[:200])


def headed(tree: Tree, first: int) -> bool:
    """A short heading right before the element ``first``, or before the list it opens (``<h4>`` then ``<dl>``, its
    first ``<dt>`` the unit: rule ``signed-run``), on a page whose language has no file."""
    if not unlisted():
        return False
    e = first
    for _ in range(MAX_HEADED_LEVELS):     # (the first unit first in its list: the heading before the list)
        h = tree.prev[e] if e > 0 else -1
        while h > 0 and tree.chars(h) == 0 and tree.tag[h] not in HEADINGS:
            h = tree.prev[h]      # an empty anchor between the heading and the first comment
        if h > 0:
            return short_heading(tree, h)
        if (e := tree.parent[e]) <= 0:
            break
    return False


def signed_run(tree: Tree, family, items: list, kept: list[int], ranks: list) -> bool:
    """Every kept unit of a run signed by a name and a date in a header or footer line, under a
    short heading (`headed`)."""
    if family.kind != "run" or len(kept) < 2 or not headed(tree, family.units[0].first):
        return False
    return all(rank is not None and rank <= 2 and (items[i].date or any(ln.kind == "meta" for ln in items[i].lines))
               for i, rank in zip(kept, ranks))


def signature(tree: Tree, c: int) -> bool:
    """A short block that signs a comment: a name and a written date ("Jana Novak | 3. 5. 2021")."""
    if tree.words(c) > MAX_SIGNATURE_WORDS or not tree.chars(c):
        return False
    text = tree.flat(c)[:120]
    found = written_date(text)
    return found is not None and (found.start > 0 or found.end < len(text)) and vocabulary().name_in(text) is not None


def signed_units(tree: Tree, family, items: list, kept: list[int], authors: list, top: int, main: int) -> str:
    """Three units or more, each an element of its own (a run's last unit reaches to its parent's end: a pager after
    it would be read as its text), signed by a name and a time to the minute or an age ("Ann Lee 12 March 2024
    14:30", "Ann · 3 hours ago"), by two names or more, one in three units at least, outside the container of the
    page's main text (``main``; ``top``: the units' common ancestor): comments whose heading no file names
    ("Readers' views") or that have none, in neutral markup, with no reply control. The article's own readers'
    questions with their answers, or a live blog's entries, stand inside its container; a list of stories is dated
    to the day, or titled: a heading, or a line that is a link to another page ("More from the region", cards with
    a headline, a byline and a standfirst); a post's replies by its author repeat one name. Units that each open
    with a question set in bold over more text are readers' questions with their answers, wherever they stand (rule
    `asked-units`: the article's Q&A, when its longest paragraphs lie in another box). Units numbered in turn and
    dated, half of them at least (an age in a language without a file is not read), a date to the day enough, are a
    guestbook's entries, inside the main container too (`numbered_entries`).
    The rule that found them ("" for none)."""
    if family.kind != "wrapped" or len(kept) < MIN_SIGNED_UNITS or not all(authors):
        return ""
    distinct = len({a.casefold() for a in authors})
    if distinct < 2 or distinct * 3 < len(kept) or any(_titled(tree, items[i]) for i in kept):
        return ""
    if numbered_entries(tree, [items[i].unit for i in kept]) \
            and sum(map(_dated, (items[i] for i in kept))) * 2 >= len(kept):
        return NUMBERED_RULE
    if main > 0 and tree.contains(main, top) or not all(_timed_to_the_minute(items[i]) for i in kept) \
            or all(_asked(tree, items[i]) for i in kept):
        return ""
    return UNITS_RULE


def numbered_entries(tree: Tree, units: list) -> bool:
    """Rule `numbered-entries`: `MIN_SIGNED_UNITS` units or more, each opening with its number ("#7", "# 12") in
    its first text pieces, the numbers running by one (down, as a guestbook prints its newest entry first, or up):
    a guestbook's entries. A ranked list counts its items so too, but signs none with a name and a date."""
    if len(units) < MIN_SIGNED_UNITS:
        return False
    numbers = []
    for u in units:
        k, end = tree.p0[u.first], tree.p1[u.tops[-1]]
        first = next((t for t in map(str.strip, tree.text[k:min(k + NUMBER_PIECES, end)]) if t), "")
        if not (m := _ENTRY_NUMBER.match(first)):
            return False
        numbers.append(int(m.group(1)))
    return {b - a for a, b in zip(numbers, numbers[1:])} in ({1}, {-1})


def _dated(item) -> bool:
    """A date (a machine-readable time, a written date or an age) in the unit."""
    return bool(item.date) or "time" in item.marks or any(ln.kind == "date" for ln in item.lines)


_BOLD = frozenset({"strong", "b"})
_QUESTION_END = re.compile(r"[?\uff1f\u061f\u037e\u055e\u1367\u2e2e]\W*$")


def _asked(tree: Tree, item) -> bool:
    """Rule `asked-units`: the unit's text opens with a line set wholly in bold that ends with a question mark (of
    any script), and more text follows it (the answer)."""
    body = item.body()
    if len(body) < 2 or not _QUESTION_END.search(body[0].text):
        return False
    return all(tree.tag[tree.owner[k]] in _BOLD for k in body[0].pieces if tree.text[k].strip())


def _timed_to_the_minute(item) -> bool:
    """A date with its time, or a time mark that gave no date (an age, a clock)."""
    return "T" in item.date if item.date else "time" in item.marks


MIN_TITLE_WORDS = 3


def _title_words(line) -> bool:
    """The line has `MIN_TITLE_WORDS` words or more, counted as its script writes them (Thai, Khmer, Han: unspaced)."""
    return line.words >= MIN_TITLE_WORDS or not line.text.isascii() and spaced_word_count(line.text) >= MIN_TITLE_WORDS


def _titled(tree: Tree, item) -> bool:
    """The unit holds a heading, or a text line that is all a link to another page, of three words or more (the
    author's name linked to a site is no title)."""
    if any(tree.tag[e] in HEADINGS for e in item.elements):
        return True
    link, owner = tree.link, tree.owner
    return any(ln.kind == "body" and _title_words(ln) and all(link[owner[k]] and tree.leads_away(owner[k])
                                                    for k in ln.pieces if tree.text[k].strip()) for ln in item.lines)
