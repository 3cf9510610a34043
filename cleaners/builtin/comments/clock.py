"""Times of day in comments' headers: the clock pattern the comment rules share, and a piece of text that times a
comment to the minute."""
from __future__ import annotations

import re

from .vocabulary import vocabulary, written_date

CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d")     # a time of day, "12:34"
MAX_STAMP_CHARS = 120
# a numeric date and a clock, in any language ("07.15.12 at 11:59", "15/07/12 23:59", "2012-07-15, kl. 11.59 pm"): a
# comment's time stamp though the date's order is unknown (rule `numeric-stamp`)
NUMERIC_STAMP = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4},?\s*"
                           r"(?:[|\u00b7\u2022\u2013\u2014-]\s*|(?:[^\W\d_A-Z]{1,5}\.?\s+){1,2})?"
                           r"[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?(?:\s*[aApP]\.?\s?[mM]\.?)?")


def to_the_minute(text: str) -> bool:
    """``text`` holds a clock ("14:30"), is an age ("3 hours ago"), or gives a date with its time ("12 марта 2024
    в 14.30"); an event's day alone ("12 May 2004": a timeline) is none."""
    if len(text) > MAX_STAMP_CHARS:
        return False
    return bool(CLOCK.search(text)) or vocabulary().is_relative_time(text.strip()) or written_time(text)


def written_time(text: str) -> bool:
    """A written date with its time of day ("11 mars 2024 à 11 h 02")."""
    found = written_date(text)
    return found is not None and "T" in found.iso
