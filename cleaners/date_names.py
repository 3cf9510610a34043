"""The month and weekday names the date normaliser reads (`cleaners.dates`), per set of languages: taken
from dateparser's locale data, so a language file needs no month list, with the inflected month forms it lacks
(`cleaners/lang/months.toml`)."""
from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from . import lang
from .lang import DIRECTORY

_MONTHS_FILE = DIRECTORY / "months.toml"


class MonthDataError(ValueError):
    """``months.toml`` cannot be used (bad TOML, a language without twelve lists of strings)."""


@lru_cache(maxsize=1)
def supplements(path: Path = _MONTHS_FILE) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Language code -> twelve tuples of the month forms dateparser lacks (`cleaners/lang/months.toml`)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise MonthDataError(f"{path}: {exc}") from exc
    for code, months in data.items():
        if not (isinstance(months, list) and len(months) == 12
                and all(isinstance(m, list) and all(isinstance(n, str) and n.strip() for n in m) for m in months)):
            raise MonthDataError(f"{path}: {code} needs twelve lists of month forms")
    return {code: tuple(tuple(n.casefold().strip() for n in m) for m in months) for code, months in data.items()}


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
    languages ``codes`` (dateparser's locale data and `supplements`)."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    month_keys = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december")
    day_keys = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for code in codes:
        for number, forms in enumerate(supplements().get(code, ()), 1):
            for name in forms:
                months.setdefault(name, number)
        info = lang.locale_info(code)
        if info is None:
            continue
        for number, key in enumerate(month_keys, 1):
            for name in info.get(key, []):
                name = name.casefold().rstrip(".")
                if len(name) >= 3 and not name.isdigit() or _uncased_pair(name):
                    months.setdefault(name, number)
        for number, key in enumerate(day_keys):
            for n in info.get(key, []):
                if len(n.rstrip(".")) >= 2:
                    weekdays.setdefault(n.casefold().rstrip("."), number)
    months.update({"sept": 9})
    for table in (months, weekdays):        # Persian writes "ی" and "ک" where dateparser's names have the Arabic "ي", "ك"
        table.update({n.translate(_PERSIAN_LETTERS): v for n, v in table.items() if n != n.translate(_PERSIAN_LETTERS)})
    return months, tuple(sorted(weekdays, key=len, reverse=True)), weekdays


def _uncased_pair(name: str) -> bool:
    """A month name of two letters in a script without case, Han aside: a whole name (Hindi "मई", Bengali "মে",
    Amharic "ሜይ"), where two cased letters are an abbreviation ("ян", "ag") too easily met in text."""
    return (len(name) == 2 and all(unicodedata.category(c)[0] in "LM" for c in name) and name.lower() == name.upper()
            and not any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in name))


def alternation(names: Iterable[str]) -> str:
    """A regular-expression alternation of ``names``, the longest first."""
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


@lru_cache(maxsize=64)
def meridiem_marks(codes: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The before-noon and after-noon marks of the languages ``codes`` in their own script (dateparser's locale data:
    Arabic "ص"/"م", Persian "ق.ظ"/"ب.ظ", Korean "오전"/"오후", Greek "π.μ."/"μ.μ."); the Latin "am"/"pm" are left to
    the patterns' own `[ap].m.`."""
    marks: tuple[list[str], list[str]] = ([], [])
    for code in codes:
        info = lang.locale_info(code) or {}
        for side, key in enumerate(("am", "pm")):
            marks[side].extend(w.casefold() for w in info.get(key, []) if w and not w.isascii())
    return tuple(dict.fromkeys(marks[0])), tuple(dict.fromkeys(marks[1]))


def mark_alternation(marks: Iterable[str]) -> str:
    """An RE2 alternation of meridiem marks, the longest first; a mark of one or two letters also with its dots and a
    space ("ب.ظ", "π.μ.", "μ. μ.")."""
    parts = []
    for mark in sorted(marks, key=len, reverse=True):
        if len(mark) <= 2:
            parts.append(r"\.?\s?".join(re.escape(c) for c in mark) + r"\.?")
        else:
            parts.append(re.escape(mark))
    return "(?:" + "|".join(parts) + ")" if parts else "(?:$^)"
