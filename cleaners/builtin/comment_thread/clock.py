"""A comment head's date followed by a clock time in words no file holds (rule `clock-tail`).

"13 januari 2012 om 10:34 uur", "15 mar. 2021, às 15h40", "28-03-2012, om 11:28 uur", "16 januari 2024 — 8.49 uur":
a date the date parser reads, then a sign or up to two short connector words ("om", "às", "a las", "o godz.", "@") and a clock
time, hour and minutes parted by a colon, a full stop or an "h", maybe a short unit after it ("uur", "Uhr"). The
parser reads the date but not the connector of a language without a file; the clock's shape says what the words are.
A sentence after a date ("12 May 2020 we met at 10:30 in the hall") is no clock tail: its words are too many or long.

Rule `yearless-stamp`: a comment's stamp may give the day and the month without the year, then the clock time, maybe
after a short weekday ("pe 5.12. klo 7.02", "Fr 5.12. 7:02", "05.12. um 7:02 Uhr"): day and month each closed by a full
stop, as the languages that write dates so print them. It is a head's date (with no year, it gives no ISO date); a
day and month without a clock time are not (a section number, "5.12.", looks the same).

Rule `weekday-lead`: a stamp may open with a weekday and a short word before the date the parser reads
("fredag den 5. december 2026", "pá 5. prosince 2026, 7:02"): up to two words of letters before the first digit
are read past when what follows is a date.
"""
from __future__ import annotations

import re

from ...date_names import codes, names
from ...dates import date_line

_CLOCK_TAIL = re.compile(
    r"^(?P<date>[^\n]{4,80}?[\d.])[\s,\u00b7|/@\u2013\u2014-]+(?:(?:[^\W\d_]{1,4}\.?|@),?\s+){0,2}"
    r"(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?:\s*[^\W\d_]{1,4}\.?)?$")


_YEARLESS = re.compile(
    r"^(?:[^\W\d_]{1,4}\.?,?\s+)?(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.,?\s+(?:(?:[^\W\d_]{1,4}\.?|@),?\s+){0,2}"
    r"(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?:\s*[^\W\d_]{1,4}\.?)?$")
# the same shape where a screen looks for a head's tail (RE2: no letter class, a short word of non-digits instead)
YEARLESS_SCREEN = r"(?:^|[^\w.])[0-3]?\d\.[01]?\d\.,?\s+(?:[^\s\d]{1,4}\s+){0,2}[0-2]?\d[:.h][0-5]\d"


def yearless_stamp(text: str) -> bool:
    """A day and month without the year and a clock time (rule `yearless-stamp`, module docstring)."""
    m = _YEARLESS.match(text.strip())
    return m is not None and 1 <= int(m.group("day")) <= 31 and 1 <= int(m.group("month")) <= 12 \
        and int(m.group("hour")) <= 23


_LEAD_WORDS = re.compile(r"^(?P<day>[^\W\d_]{1,12})\.?,?\s+(?:[^\W\d_]{1,4}\s+)?(?=\d)")


def lead_words_date(text: str, langs: tuple[str, ...] | None) -> str | None:
    """The ISO date of ``text`` read past a weekday of ``langs`` and maybe one short word (rule `weekday-lead`), else
    None ("nordlicht, 3 March 2019" is a name and a date)."""
    m = _LEAD_WORDS.match(text.strip())
    if m is None or m.group("day").casefold() not in names(codes(langs))[2]:
        return None
    rest = text.strip()[m.end():]
    found = date_line(rest, max_rest_words=0, languages=langs)
    return found.iso if found else clock_date(rest, langs)


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
