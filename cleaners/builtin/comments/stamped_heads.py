"""Units headed "Name — stamp" (rule `stamped-heads`): a list of comments with no heading, no class and no
comment words ("<li>Ann Lee — 12.03.2024 14:22<br>…</li>"), told by its heads' shape in any language.

Every unit (three at least) opens with a line of a name, a separator (a spaced dash, a bar, a middle dot) and a
stamp: a written date or an age, and no more; a text follows it. Two names at least differ, and half the stamps at
least are to the minute or an age (`clock.to_the_minute`): a list of people dated to the day (births, an
obituary page) is no thread. A list after the page's main text container, outside it, may be dated to the day
when its years lie within `MAX_SPAN_YEARS` of one another (rule `stamped-after-main`: readers' lines under the
article; people's births and deaths spread over decades). A stamp no file reads, a number of one or two digits with
one to three words (an age in a language without a file: "saa 4 zilizopita", "5 sigħat ilu"), passes on fewer than
half the units, or on more when their words are the same and another stamp is read (rule `unread-age`). A timeline's
lines open with their date, a list of quotes with the quotation: neither has a name before the separator. A head
that ends with the separator, its stamp left empty, passes in fewer than a third of the units (rule `empty-stamp`).
"""
from __future__ import annotations

import re

from .clock import to_the_minute
from .main_text import main_container
from .headers import MAX_NAME_WORDS, first_line, text_after_head
from .signed import MIN_SIGNED_UNITS
from .vocabulary import SEPARATORS, written_date

RULE = "stamped-heads"
MAX_STAMP_CHARS = 40
MAX_UNITS = 20        # the units read, at most


def stamped_heads(tree, voc, units: list) -> bool:
    """Every unit of ``units`` opens with "Name — stamp" and goes on with a text (the module's rule)."""
    units = units[:MAX_UNITS]
    if len(units) < MIN_SIGNED_UNITS:
        return False
    names, timed, unread, years, empty = set(), 0, [], [], 0
    for unit in units:
        head = " ".join(first_line(tree, unit).split())
        parts = SEPARATORS.split(head + " ", maxsplit=1)     # (a separator ending the head: an empty stamp)
        if len(parts) != 2 or not text_after_head(tree, unit, head):
            return False
        name, stamp = parts[0].strip(), parts[1].strip()
        if not stamp and voc.name_like(name) and len(name.split()) <= MAX_NAME_WORDS:
            empty += 1       # rule `empty-stamp`: the template's stamp left empty ("Ann Lee – "), in a few units
            names.add(name.casefold())
            continue
        if not voc.name_like(name) or len(name.split()) > MAX_NAME_WORDS or written_date(name) is not None \
                or len(stamp) > MAX_STAMP_CHARS:
            return False
        minute = to_the_minute(stamp)
        if not minute and ((found := written_date(stamp)) is None or found.start > 0 or found.end < len(stamp)):
            if not _UNREAD_AGE.fullmatch(stamp):
                return False
            unread.append(" ".join(_DIGITS.sub(" ", stamp).split()))
        names.add(name.casefold())
        timed += minute
        years.extend(int(y) for y in _YEAR.findall(stamp))
    if unread and not (len(unread) * 2 < len(units) or len(set(unread)) == 1 and len(unread) < len(units)):
        return False
    if empty * 3 >= len(units):
        return False
    return len(names) >= 2 and (timed * 2 >= len(units) or _after_main(tree, units[0].first) and _close(years))


def _after_main(tree, first: int) -> bool:
    """The element ``first`` comes after the page's main text container, outside it (rule `stamped-after-main`;
    the container read once a page: `Tree.memo`)."""
    main = tree.memo.get(_MAIN)
    if main is None:
        main = tree.memo[_MAIN] = main_container(tree)
    return main > 0 and first > tree.end[main]


_MAIN = "stamped-heads-main"
# rule `unread-age`: a number with one to three words around it ("saa 4 zilizopita", "5 sigħat ilu"), no digit else
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
MAX_SPAN_YEARS = 2     # a thread's dates to the day lie within this many years of one another (`stamped-after-main`)


def _close(years: list[int]) -> bool:
    """The years the stamps write lie close together: a thread's posts; people's births and deaths spread."""
    return not years or max(years) - min(years) <= MAX_SPAN_YEARS
_UNREAD_AGE = re.compile(r"(?:[^\W\d_]+\s){0,2}\d{1,2}(?:\s[^\W\d_]+){1,3}|(?:[^\W\d_]+\s){1,3}\d{1,2}")
