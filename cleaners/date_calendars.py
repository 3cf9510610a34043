"""Dates written in calendars other than the Gregorian (`cleaners/lang/calendars.toml`): the month names of the
Solar Hijri, the Islamic (Hijri) and the Thai (Buddhist Era) calendars in the languages that write them, and their
dates converted to the Gregorian calendar: Solar Hijri by convertdate (the converter of dateparser's own Jalali
calendar), Hijri by hijridate (the Umm al-Qura tables; dateparser's Hijri calendar uses it), a calendar of Gregorian
months whose years are shifted (`year_offset`: the Buddhist Era's 543) by the shift."""
from __future__ import annotations

import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path

from .lang import DIRECTORY

CALENDARS = ("solar_hijri", "hijri", "buddhist")
NUMERIC = ("solar_hijri",)      # written year first in numbers as well ("۱۴۰۴/۱۲/۱۲")
DAY_FIRST = ("buddhist",)       # written day first in numbers as well ("04/12/2569")
_FILE = DIRECTORY / "calendars.toml"
_ARABIC_LETTERS = str.maketrans("\u06cc\u06a9", "\u064a\u0643")     # Persian yeh and kaf -> Arabic, as keyboards type them
_JOINERS = dict.fromkeys(map(ord, "\u200c\u200d"))


class CalendarDataError(ValueError):
    """``calendars.toml`` cannot be used (bad TOML, a calendar missing or without twelve months)."""


@lru_cache(maxsize=1)
def _data(path: Path = _FILE) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CalendarDataError(f"{path}: {exc}") from exc
    for calendar in CALENDARS:
        if len((data.get(calendar) or {}).get("months", ())) != 12:
            raise CalendarDataError(f"{path}: {calendar} needs twelve month lists")
    return data


def _forms(name: str) -> tuple[str, ...]:
    name = " ".join(name.casefold().split())
    forms = {name, name.translate(_ARABIC_LETTERS), name.translate(_JOINERS)}
    return tuple(forms | {f.translate(_JOINERS) for f in forms} | {f.replace("\u200c", " ") for f in forms})


@lru_cache(maxsize=128)
def months(calendar: str, codes: tuple[str, ...]) -> dict[str, int]:
    """Month name -> number (1-12) of ``calendar``, when one of ``codes`` writes it; else empty."""
    entry = _data()[calendar]
    if not set(codes) & set(entry["languages"]):
        return {}
    found: dict[str, int] = {}
    for number, names in enumerate(entry["months"], 1):
        for name in names:
            for form in _forms(name):
                found.setdefault(form, number)
    return found


def month_number(calendar: str, codes: tuple[str, ...], name: str) -> int:
    return months(calendar, codes).get(" ".join(name.casefold().split()), 0)


def year_marks(calendar: str) -> tuple[str, ...]:
    """What stands after a year of ``calendar`` to name it ("ه.ش", "هـ")."""
    return tuple(" ".join(m.split()) for m in _data()[calendar].get("year_marks", ()))


def year_labels(calendar: str) -> tuple[str, ...]:
    """What stands before a year of ``calendar`` to name it ("พ.ศ.")."""
    return tuple(" ".join(m.split()) for m in _data()[calendar].get("year_labels", ()))


def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``year``/``month``/``day`` of ``calendar``; None when there is no such day (Mehr 31,
    Esfand 30 of a common year, Ramadan 30 of a 29-day Ramadan) or the year is outside the calendar's ``years``."""
    entry = _data()[calendar]
    first, last = entry["years"]
    if not (first <= year <= last and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    if "year_offset" in entry:
        try:
            return date(year - entry["year_offset"], month, day)
        except ValueError:      # a day the month does not have
            return None
    if calendar == "solar_hijri":
        from convertdate import persian
        gregorian = persian.to_gregorian(year, month, day)
        if persian.from_gregorian(*gregorian) != (year, month, day):    # convertdate rolls an impossible day over
            return None
        return date(*gregorian)
    from hijridate import Hijri
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):     # a day the month does not have, a year outside the tables
        return None
