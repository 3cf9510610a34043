"""`find_date`: the first written date in a line, with its time when written (`cleaners.dates`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Iterable

from .date_forms import weekday_order
from .digits import ascii_digits
from .date_names import codes as _codes, mark_alternation, meridiem_marks, names as _names
from .date_calendars import month_number, to_gregorian
from .date_patterns import has_year, patterns


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int
    calendar: str = "gregorian"     # or a calendar of `date_calendars`, converted


def find_date(text: str, languages: Iterable[str] | None = None) -> FoundDate | None:
    """The first valid date (with its time, when written) in ``text``.

    ``languages``: the document's languages, first first (default: every installed
    language); their month and weekday names are read, and with English first a numeric
    ``3/4/2016`` is month-first, otherwise day-first. Digits of any script are read (`digits.ascii_digits`)."""
    text = ascii_digits(text) if text else text
    if not text or not has_year(text, languages):
        return None
    codes = _codes(languages)
    month_first = languages is not None and codes[0] == "en"
    best: FoundDate | None = None
    for pattern, needs, calendar in patterns(codes):
        if needs is not None and not any(c in text for c in needs):
            continue
        for found in pattern.scan(text):
            core = found["core"]
            if best is not None and core[0] >= best.start:
                break
            groups = {name: piece[2] for name, piece in found.items() if piece is not None}
            end = _mark_end(text, found, groups, core[1])
            iso = _to_iso(groups, month_first, codes, calendar)
            if iso:
                best = FoundDate(iso, core[0], end, calendar)
                break
        if best is not None and best.start == 0:
            break       # (no date of another pattern starts before it)
    return _with_clock_before(text, best, codes) if best is not None and "T" not in best.iso else best


# a clock printed before its date ("14:35, 12 March 2024", "2:35 PM · Mar 12, 2024", "Ann | 14:35 12.03.2024"): at the
# line's start or after a space or a separator, never inside a number ("v2:14"), with a colon or an "h" between hour
# and minutes (a dot would read "3.45 12.03.2024", a price or a score, as a time), then at most a separator; a 12-hour
# clock's mark in the language's own script stands before the hour ("오후 8:41", "下午8:41") or after the minutes
# ("8:41 م", "8:41 ب.ظ"), as in the dates' own clocks (`date_patterns`)
@lru_cache(maxsize=64)
def _clock_before(codes: tuple[str, ...]) -> re.Pattern:
    am, pm = meridiem_marks(codes)
    before = rf"(?:(?P<am_before>{mark_alternation(am)})|(?P<pm_before>{mark_alternation(pm)}))?\s*" if am or pm else ""
    after = rf"|\s?(?P<am_after>{mark_alternation(am)})|\s?(?P<pm_after>{mark_alternation(pm)})" if am or pm else ""
    return re.compile(rf"(?:^|(?<=[\s|,;(\[\u00b7\u2022\u2013\u2014-])){before}(?P<hour>[0-2]?\d)(?::|h)"
                      rf"(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\s?(?P<ampm>[ap]\.?m\.?){after})?"
                      r"(?:\s?(?:uhr|h|hrs|utc|gmt))?\s*[,|\u00b7\u2022\u2013\u2014\u060c-]?\s*$", re.I)


def _with_clock_before(text: str, found: FoundDate, codes: tuple[str, ...]) -> FoundDate:
    """``found`` with the time of a clock printed right before it, the clock's start as its start (rule
    `clock-before-date`); ``found`` as it is when none stands there or it is no time of day ("25:10")."""
    m = _clock_before(codes).search(text, max(0, found.start - 24), found.start)
    if m is None:
        return found
    moment = _at(date.fromisoformat(found.iso[:10]), {k: v for k, v in m.groupdict().items() if v})
    return replace(found, iso=moment, start=m.start()) if "T" in moment else found


def _mark_end(text: str, found: dict, groups: dict[str, str], end: int) -> int:
    """The date's end; a meridiem mark after the minutes that is a word's first letters ("8:41 مكة": Mecca, never
    "8:41 م") is left out of ``groups`` and the date ends at the minutes."""
    for key in ("am_after", "pm_after"):
        piece = found.get(key)
        if piece is not None and piece[1] < len(text) and text[piece[1]].isalpha():
            del groups[key]
            return max(found[g][1] for g in ("minute", "second") if found.get(g) is not None)
    return end


def _to_iso(groups: dict[str, str], month_first: bool, codes: tuple[str, ...], calendar: str) -> str | None:
    try:
        when = _day(groups, month_first, codes, calendar)
    except (KeyError, ValueError, TypeError):
        return None
    if when is None:
        return None
    return _at(when, groups) if groups.get("hour") else when.isoformat()


def _at(when: date, groups: dict[str, str]) -> str:
    """``when`` at the time of day of ``groups`` (hour, minute, second, am/pm); ``when`` alone when that is no time."""
    hour = int(groups["hour"])
    ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if groups.get("pm_before") or groups.get("pm_after"):
        ampm = "pm"
    elif groups.get("am_before") or groups.get("am_after"):
        ampm = "am"
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        moment = datetime(when.year, when.month, when.day, hour, int(groups["minute"]), int(groups.get("second") or 0))
    except ValueError:
        return when.isoformat()
    return moment.isoformat()


def _day(groups: dict[str, str], month_first: bool, codes: tuple[str, ...], calendar: str) -> date | None:
    """The Gregorian day of a date's groups: another calendar's date converted, a numeric one in its order, or a month
    name."""
    if calendar != "gregorian":
        month = int(groups["cnmonth"]) if groups.get("cnmonth") else month_number(calendar, codes, groups["cmonth"])
        return to_gregorian(calendar, int(groups["cyear"]), month, int(groups["day"]))
    if groups.get("nmonth"):
        day, month = int(groups["day"]), int(groups["nmonth"])
        if groups.get("sep") in ("/", "-"):
            named = groups.get("weekday")
            weekday = _names(codes)[2].get(named.casefold().rstrip(".")) if named else None
            day, month = weekday_order(day, month, int(groups["year"]), weekday, month_first)
    else:
        day, month = int(groups["day"]), _names(codes)[0][groups["month"].casefold().rstrip(".")]
    return date(int(groups["year"]), month, day)
