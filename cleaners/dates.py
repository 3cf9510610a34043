"""Find and normalise publication dates written in text lines.

Recognises written-out dates ("Fri Dec 9, 2016 18:30:54", "9 December 2016",
"December 11, 2016") and ISO / day-first numeric dates, with an optional time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (r"(?:(?:,|\s+at|\s*[-|])?\s*(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
         r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?:[A-Z]{2,4}|[+-]\d\d:?\d\d|UTC|GMT))?)?")
_PATTERNS = [
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME, re.I),
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _TIME, re.I),
    re.compile(r"(?<!\d)" + _YEAR + r"-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)"
               r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?(?!\d)"),
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
               + r"(?:,?\s+(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?(?![\d.])"),
]
_FILLER = re.compile(
    r"\b(?:published|updated|posted|last\s+updated|modified|date|on|at|am|pm|utc|gmt|edt|est|"
    r"cet|msk)\b|[|,:;\-–—/()\[\]·•]", re.I)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def find_date(text: str) -> FoundDate | None:
    """The first valid date (with its time, when written) in ``text``."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            iso = _to_iso(m)
            if iso:
                return FoundDate(iso, m.start(), m.end())
    return None


def _to_iso(m: re.Match) -> str | None:
    groups = m.groupdict()
    try:
        month = int(groups["nmonth"]) if groups.get("nmonth") else _MONTHS[groups["month"].lower().rstrip(".")]
        day = date(int(groups["year"]), month, int(groups["day"]))
    except (KeyError, ValueError, TypeError):
        return None
    if not groups.get("hour"):
        return day.isoformat()
    hour = int(groups["hour"])
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        moment = datetime(day.year, day.month, day.day, hour, int(groups["minute"]), int(groups.get("second") or 0))
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


@dataclass(frozen=True)
class DateLine:
    iso: str
    rest: str   # what stands beside the date: a source or site name, or ""


def date_line(text: str, max_rest_words: int = 4) -> DateLine | None:
    """``text`` is a line that only gives a date (plus at most a short source name)."""
    if len(text) > 120:
        return None
    found = find_date(text)
    if not found:
        return None
    rest = _FILLER.sub(" ", text[:found.start] + " " + text[found.end:])
    rest = " ".join(rest.split())
    words = rest.split()
    if len(words) > max_rest_words or rest.endswith("."):
        return None
    if any(w[:1].islower() for w in words):
        return None
    return DateLine(found.iso, rest)


_UNIX = re.compile(r"^\d{9,13}$")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def machine_date(value: str | None) -> str | None:
    """An ISO 8601 date or datetime from a machine-readable time (an ISO 8601 string, unix
    seconds or milliseconds: ``datetime``, ``content``, ``data-timestamp`` attributes), or
    from a written date (`find_date`); None when there is none."""
    value = " ".join((value or "").split())
    if not value or len(value) > 120:
        return None
    if _UNIX.match(value):
        seconds = int(value) / (1000 if len(value) > 10 else 1)
        from datetime import timezone
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if _ISO_START.match(value):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return parsed.date().isoformat() if len(value) == 10 else parsed.isoformat()
    found = find_date(value)
    return found.iso if found else None
