"""A comment head's date followed by a clock time in words no file holds (rule `clock-tail`).

"13 januari 2012 om 10:34 uur", "15 mar. 2021, às 15h40", "28-03-2012, om 11:28 uur", "16 januari 2024 — 8.49 uur":
a date the date parser reads, then a sign or up to two short connector words ("om", "às", "a las", "o godz.", "@") and a clock
time, hour and minutes parted by a colon, a full stop or an "h", maybe a short unit after it ("uur", "Uhr"). The
parser reads the date but not the connector of a language without a file; the clock's shape says what the words are.
A sentence after a date ("12 May 2020 we met at 10:30 in the hall") is no clock tail: its words are too many or long.
"""
from __future__ import annotations

import re

from ...dates import date_line

_CLOCK_TAIL = re.compile(
    r"^(?P<date>[^\n]{4,80}?[\d.])[\s,\u00b7|/@\u2013\u2014-]+(?:(?:[^\W\d_]{1,4}\.?|@),?\s+){0,2}"
    r"(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?:\s*[^\W\d_]{1,4}\.?)?$")


def clock_date(text: str, langs: tuple[str, ...] | None) -> str | None:
    """The ISO date and time of ``text`` when it is a date the parser reads and a clock time after it (module
    docstring), else None."""
    m = _CLOCK_TAIL.match(text.strip())
    if m is None or int(m.group("hour")) > 23:
        return None
    found = date_line(m.group("date").rstrip(" ,"), max_rest_words=0, languages=langs)
    if found is None:
        return None
    if "T" in found.iso:
        return found.iso
    return f"{found.iso[:10]}T{int(m.group('hour')):02d}:{m.group('minute')}:00"
