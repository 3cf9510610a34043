"""Units headed "Name — stamp" (rule `stamped-heads`): a list of comments with no heading, no class and no
comment words ("<li>Ann Lee — 12.03.2024 14:22<br>…</li>"), told by its heads' shape in any language.

Every unit (three at least) opens with a line of a name, a separator (a spaced dash, a bar, a middle dot) and a
stamp: a written date or an age, and no more; a text follows it. Two names at least differ, and half the stamps at
least are to the minute or an age (`clock.to_the_minute`): a list of people dated to the day (births, an
obituary page) is no thread. A timeline's lines open with their date, a list of quotes with the quotation: neither
has a name before the separator.
"""
from __future__ import annotations

from .clock import to_the_minute
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
    names, timed = set(), 0
    for unit in units:
        head = " ".join(first_line(tree, unit).split())
        parts = SEPARATORS.split(head, maxsplit=1)
        if len(parts) != 2 or not text_after_head(tree, unit, head):
            return False
        name, stamp = parts[0].strip(), parts[1].strip()
        if not voc.name_like(name) or len(name.split()) > MAX_NAME_WORDS or written_date(name) is not None \
                or len(stamp) > MAX_STAMP_CHARS:
            return False
        minute = to_the_minute(stamp)
        if not minute and ((found := written_date(stamp)) is None or found.start > 0 or found.end < len(stamp)):
            return False
        names.add(name.casefold())
        timed += minute
    return len(names) >= 2 and timed * 2 >= len(units)
