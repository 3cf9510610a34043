"""Machine-readable date forms (ISO 8601 strings, unix seconds or milliseconds), and the
weekday check of an ambiguous numeric date: the helpers of `cleaners.dates`."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone

_UNIX = re.compile(r"^\d{9,13}$")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def machine_form(value: str) -> str | None:
    """ISO 8601 for a value that is an ISO 8601 string or a unix time, else None."""
    if _UNIX.match(value):
        seconds = int(value) / (1000 if len(value) > 10 else 1)
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if _ISO_START.match(value):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed.date().isoformat() if len(value) == 10 else parsed.isoformat()
    return None


def weekday_order(day: int, month: int, year: int, weekday: int | None, month_first: bool) -> tuple[int, int]:
    """(day, month) of a numeric date whose two first numbers could be either: the order
    that falls on the written ``weekday`` (0 = Monday; "Wed, 05/02/2012" is 2 May, a
    Wednesday, whatever the page's language), else the language's order (``month_first``)."""
    if weekday is not None and day <= 12 and month <= 12 and day != month:
        fits = []
        for d, m in ((day, month), (month, day)):
            try:
                fits.append(date(year, m, d).weekday() == weekday)
            except ValueError:
                fits.append(False)
        if fits[0] != fits[1]:
            return (day, month) if fits[0] else (month, day)
    return (month, day) if month_first and day <= 12 or month > 12 else (day, month)
