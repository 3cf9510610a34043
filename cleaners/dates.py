"""Find and normalise publication dates written in text, in every installed language.

One normaliser for the whole engine (its parts: `date_names` the month and weekday names,
`date_patterns` the patterns, `date_find` and `date_line` the scans, `date_forms` the
machine forms):

* `find_date(text)` - the first written date in a line, with its time when written:
  month names and weekdays of every language in `cleaners.lang` (taken from dateparser's
  locale data, so a language file needs no month list), day-first and month-first
  orders, ISO dates, ``09.12.2016`` / ``9/12/2016`` numeric dates, 24-hour, am/pm,
  ``18h30`` and ``18.30 Uhr`` times; Solar Hijri dates in the languages that write them
  (`date_calendars`: "۱۲ اسفند ۱۴۰۴", "۱۴۰۴/۱۲/۱۲"), converted to the Gregorian calendar;
* `normalise_date(text, languages)` - an ISO 8601 date or datetime for a text that gives
  a date (a comment's date line, a ``<time>`` text, a label), falling back to
  ``dateparser.parse`` for free forms; None for relative or partial dates;
* `machine_date(value)` - ISO 8601 strings and unix timestamps from markup;
* `date_line(text)` - a line that only gives a date (plus a label or a short source).

The patterns run on RE2 (linear time on any input).
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Iterable

from .date_find import FoundDate, find_date
from .date_forms import machine_form
from .date_line import MAX_DATES_IN_LINE, DateLine, date_line
from .date_names import codes as _codes, names as _names
from .date_patterns import YEAR_HINT
from .digits import ascii_digits

__all__ = ["FoundDate", "DateLine", "MAX_DATES_IN_LINE", "find_date", "date_line", "normalise_date", "machine_date",
           "month_and_weekday_names"]

_MAX_LINE = 200
_HAS_TIME = re.compile(r"\d\s?[:h.]\s?\d\d(?!\d)")


def normalise_date(text: str | None, languages: Iterable[str] | None = None) -> str | None:
    """An ISO 8601 date (or datetime, when a time is written) for a text that gives a date.

    Machine forms (ISO 8601, unix time) first, then `find_date`, then dateparser for free
    forms in ``languages`` (default: every installed language). Dates need a day, a month
    and a year; relative times ("3 hours ago") give None."""
    text = ascii_digits(" ".join((text or "").split()))
    if not text or len(text) > _MAX_LINE:
        return None
    iso = machine_form(text)
    if iso and iso[:4] >= "1900":      # "1404-12-12" on a Persian page is a Solar Hijri date (`find_date`)
        return iso
    found = find_date(text, languages)
    if found:
        return found.iso
    if not YEAR_HINT.search(text):
        return None
    return _dateparser(text, _codes(languages))


@lru_cache(maxsize=2048)
def _dateparser(text: str, languages: tuple[str, ...]) -> str | None:
    import dateparser
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time", "custom-formats"]}
    try:
        parsed = dateparser.parse(text, languages=list(languages), settings=settings)
    except (ValueError, TypeError, OverflowError, KeyError):
        return None
    if parsed is None or not 1900 <= parsed.year <= datetime.now().year + 1:
        return None
    return parsed.replace(microsecond=0).isoformat() if _HAS_TIME.search(text) else parsed.date().isoformat()


def machine_date(value: str | None) -> str | None:
    """An ISO 8601 date or datetime from a machine-readable time (an ISO 8601 string, unix
    seconds or milliseconds: ``datetime``, ``content``, ``data-timestamp`` attributes), or
    from a written date (`find_date`); None when there is none."""
    value = ascii_digits(" ".join((value or "").split()))
    if not value or len(value) > 120:
        return None
    iso = machine_form(value)
    if iso:
        return iso
    found = find_date(value)
    return found.iso if found else None


def month_and_weekday_names(languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The month and weekday names the date normaliser reads, in ``languages`` (default:
    every installed language), lower case: for callers that must tell a date without a
    year ("On Thursday, November 1 at 2:57 pm") from a name."""
    months, weekdays, _ = _names(_codes(languages))
    return tuple(sorted({*months, *weekdays}))
