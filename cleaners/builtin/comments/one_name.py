"""One and the same name on every unit of a family: a label, or a thread of one name (rule `one-name-thread`).

Units that all open with the same short line ("Summary", "Notes", "Source") are parts of one text whose labels read
as an author: no thread. A blog whose readers post as "Anonymous", a board whose posters are all "名無しさん", a
site that names each guest "Guest" show one name too; their units sit under a comment heading ("12 Comments"), and
each bears a time of its own in its date or meta lines: those are comments, the name their author's.
"""
from __future__ import annotations

from .items import Item


def one_name_label(items: list[Item], kept: list[int], authors: list[str | None], named: bool, heading: bool,
                   timed: bool) -> bool:
    """Whether the one "author" of every kept unit (three or more) is a label: not so when the family is named as
    comments, or sits under a comment ``heading`` with a time in most units (``timed``) whose date and meta lines
    differ from one unit to the next."""
    if named or len(kept) < 3 or sum(1 for a in authors if a) < len(kept) \
            or len({a.casefold() for a in authors if a}) > 1:
        return False
    return not (heading and timed and _stamped_apart(items, kept))


def _stamped_apart(items: list[Item], kept: list[int]) -> bool:
    """Whether the units' date and meta lines differ, one unit from the next, on most of them."""
    stamps = [" ".join(ln.text for ln in items[i].lines if ln.kind in ("date", "meta")) for i in kept]
    return len({s for s in stamps if s}) * 2 > len(kept)
