"""Dates written in calendars other than the Gregorian (`cleaners/lang/calendars.toml`): the month names of the
Solar Hijri calendar in the languages that write it, and its dates converted to the Gregorian calendar with
convertdate (the converter dateparser's own Jalali calendar uses)."""
from __future__ import annotations

import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path

from .lang import DIRECTORY

_FILE = DIRECTORY / "calendars.toml"
_ARABIC_LETTERS = str.maketrans("\u06cc\u06a9", "\u064a\u0643")     # Persian yeh and kaf -> Arabic, as keyboards type them


class CalendarDataError(ValueError):
    """``calendars.toml`` cannot be used (bad TOML, a calendar without twelve months)."""


@lru_cache(maxsize=1)
def _data(path: Path = _FILE) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CalendarDataError(f"{path}: {exc}") from exc
    solar = data.get("solar_hijri") or {}
    if len(solar.get("months", ())) != 12:
        raise CalendarDataError(f"{path}: solar_hijri needs twelve month lists")
    return data


@lru_cache(maxsize=64)
def solar_hijri_months(codes: tuple[str, ...]) -> dict[str, int]:
    """Month name -> number (1-12) of the Solar Hijri calendar, when one of ``codes`` writes it; else empty."""
    solar = _data()["solar_hijri"]
    if not set(codes) & set(solar["languages"]):
        return {}
    months: dict[str, int] = {}
    for number, names in enumerate(solar["months"], 1):
        for name in names:
            name = " ".join(name.casefold().split())
            months.setdefault(name, number)
            months.setdefault(name.translate(_ARABIC_LETTERS), number)
    return months


def solar_hijri_year_marks() -> tuple[str, ...]:
    """What stands after a Solar Hijri year to name its calendar ("ه.ش", "هجری شمسی")."""
    return tuple(" ".join(m.split()) for m in _data()["solar_hijri"].get("year_marks", ()))


def solar_hijri_years() -> tuple[int, int]:
    first, last = _data()["solar_hijri"]["years"]
    return int(first), int(last)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of the Solar Hijri ``year``/``month``/``day``; None when there is no such day
    (Mehr 31, Esfand 30 of a common year) or the year is outside `solar_hijri_years`."""
    from convertdate import persian
    first, last = solar_hijri_years()
    if not (first <= year <= last and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    gregorian = persian.to_gregorian(year, month, day)
    if persian.from_gregorian(*gregorian) != (year, month, day):    # convertdate rolls an impossible day over
        return None
    return date(*gregorian)
