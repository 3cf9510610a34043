"""The month and weekday names the date normaliser reads (`cleaners.dates`), per set of languages: taken
from dateparser's locale data, so a language file needs no month list."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from . import lang


def codes(languages: Iterable[str] | None) -> tuple[str, ...]:
    """The languages to read dates in: those given (with a language file or not: month and
    weekday names come from dateparser), else every installed language."""
    if languages is None:
        return lang.available()
    return _installed(languages if languages.__class__ is tuple else tuple(languages))


@lru_cache(maxsize=64)
def _installed(languages: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code for code in languages if code in lang.available() or lang.dated(code)) or (lang.FALLBACK,)


_PERSIAN_LETTERS = str.maketrans("\u064a\u0643", "\u06cc\u06a9")


@lru_cache(maxsize=64)
def names(codes: tuple[str, ...]) -> tuple[dict[str, int], tuple[str, ...], dict[str, int]]:
    """Month name -> number, weekday names, and weekday name -> number (0 = Monday), of the
    languages ``codes`` (dateparser's locale data)."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    month_keys = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december")
    day_keys = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for code in codes:
        info = lang.locale_info(code)
        if info is None:
            continue
        for number, key in enumerate(month_keys, 1):
            for name in info.get(key, []):
                name = name.casefold().rstrip(".")
                if len(name) >= 3 and not name.isdigit():
                    months.setdefault(name, number)
        for number, key in enumerate(day_keys):
            for n in info.get(key, []):
                if len(n.rstrip(".")) >= 2:
                    weekdays.setdefault(n.casefold().rstrip("."), number)
    months.update({"sept": 9})
    for table in (months, weekdays):        # Persian writes "ی" and "ک" where dateparser's names have the Arabic "ي", "ك"
        table.update({n.translate(_PERSIAN_LETTERS): v for n, v in table.items() if n != n.translate(_PERSIAN_LETTERS)})
    return months, tuple(sorted(weekdays, key=len, reverse=True)), weekdays


def alternation(names: Iterable[str]) -> str:
    """A regular-expression alternation of ``names``, the longest first."""
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
