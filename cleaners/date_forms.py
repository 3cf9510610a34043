"""Machine-readable date forms (ISO 8601 strings, unix seconds or milliseconds), the
weekday check of an ambiguous numeric date and the patterns of dates written year first: the helpers of
`cleaners.dates` (`date_patterns`, `date_find`)."""
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


def year_first_sources(before: str, year: str, month: str, day: str, time: str, clock: str, weekday_note: str) -> list[str]:
    """RE2 sources of dates written year first (`cleaners.date_patterns.patterns` gives its parts: a month name, a day, an
    optional and a required clock time)."""
    return [
        # year first: "2024年3月5日 10:32", "2024年3月5日（火）10時32分", "2024년 3월 5일(화) 10:32"; with slashes
        # (never day-first) "2024/3/5(火) 10:32", with dots, two-digit months and days and a clock "2024.03.05 10:32",
        # "2024. 03. 05. 10:32"
        # (without a clock, "2018.04.05 ~ OPEN RUN" is a run of dates, a version or a number more often than a date line)
        rf"(?:^|[^\pN])(?P<core>(?P<year>(?:19|20)\d\d)\s*[\x{{5e74}}\x{{b144}}]\s*(?P<nmonth>[01]?\d)\s*[\x{{6708}}\x{{c6d4}}]\s*"
        rf"(?P<day>[0-3]?\d)\s*[\x{{65e5}}\x{{53f7}}\x{{c77c}}]{weekday_note}{time})",
        rf"(?:^|[^\pN./])(?P<core>(?P<year>(?:19|20)\d\d)/(?P<nmonth>[01]?\d)/(?P<day>[0-3]?\d){weekday_note}{time})"
        r"(?:$|[^\pN./])",
        rf"(?:^|[^\pN./])(?P<core>(?P<year>(?:19|20)\d\d)\.\s?(?P<nmonth>[01]\d)\.\s?(?P<day>[0-3]\d)\.?{weekday_note}{clock})"
        r"(?:$|[^\pN./])",
        # year first before a month name in lower case, the year with its dot (Hungarian): "2026. március 12., 10:05"
        # ("... in 2019. March 5 was ..." is two sentences)
        rf"{before}(?P<core>{year}\.\s*(?-i:{month})\s+{day},?{time})",
        # year first with its mark before a month name in lower case and the day with its own (Lithuanian):
        # "2020 m. rugpjūčio 7 d., 10:47"
        rf"{before}(?P<core>{year}\s+m\.\s+(?-i:{month})\s+{day}(?:\s*d\.)?,?{time})",
        # year first with "gada" (of the year), the day with its dot, before a month name in lower case (Latvian):
        # "2026. gada 4. martā", "2026. gada 4. marts, 10:47"
        rf"{before}(?P<core>{year}\s+gada\s+{day}\s*(?-i:{month}),?{time})",
        # year first with "жылғы" (of the year) or "ж.", the day, then a month name in lower case (Kazakh):
        # "2026 жылғы 4 наурыз, 10:32", "2026 ж. 4 наурыз"
        rf"{before}(?P<core>(?P<year>(?:19|20)\d\d)\s+(?:жылғы|ж\.)\s+(?P<day>[0-3]?\d)\s+(?-i:{month}),?{time})",
        # year first with its suffix "ko", the month's genitive and the day (Basque): "2026ko martxoaren 4a"
        rf"{before}(?P<core>(?P<year>(?:19|20)\d\d)(?:\(e\))?ko\s+(?-i:{month})\s+(?P<day>[0-3]?\d)(?:ean|an|a)?,?{time})",
    ]
