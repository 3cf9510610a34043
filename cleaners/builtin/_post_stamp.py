"""The chrome a blogging tool prints around a short post, read by shape (`post_furniture`).

* ``post-stamp``: the post's stamp line, a time or a date with nothing beside it but short
  names and counters: "sounds — annelee @ 12:52" (a category and a user name, parted from
  the time by a dash or "@"), "July 16th, 3:05pm 0 comments". Without the date or time the
  line must fall in `MIN_STAMP_SEGMENTS` segments or more at the separators, each one word
  (a name, a category, a handle) or only furniture and counts (``post_furniture``: "0
  comments"); a furniture segment alone is enough, names alone need a user's "@" before the
  time or date. A sentence with a time in it stays ("Doors open at 19:30 — bring a friend":
  "Doors open at" is no name); so do a lone "Lunch @ 12:52", one segment, and a fixture
  without "@" ("Arsenal — Chelsea 20:45"). A day and a month without a year ("July 16th")
  count as a date.
* ``post-controls``: `MIN_CONTROL_LINES` lines or more in a row, each one or two words with
  no full stop, most of them (more than half) the blogging tool's controls of the document's
  language (cleaners/lang ``post_controls``: "Edit", "Delete", "Reblog", "Tags"), set one a
  line over or under the post; the run's other lines (a control word no file holds) go with
  it. One control word alone stays, as does a run of short lines that are mostly not controls
  (a short poem, a list of names).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import date_names, lang
from ..dates import find_date
from ..lines import FULL_STOPS, word_count

MAX_STAMP_WORDS = 10
MAX_STAMP_CHARS = 120
NO_STAMP = frozenset({"code", "table", "heading"})
MIN_STAMP_SEGMENTS = 2
MIN_CONTROL_LINES = 2
MAX_CONTROL_WORDS = 2
_TIME = re.compile(r"(?<!\d)[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?!\w)", re.I)
_STAMP_SEPARATOR = re.compile(r"\s*(?:[|•·@]|\s[-–—]\s|^[-–—]\s|,)\s*")
_AT_STAMP = re.compile(r"@\s*\d")     # "annelee @ 12:52": a user's stamp, not a fixture ("Arsenal — Chelsea 20:45")
_ONE_WORD = re.compile(r"^[\w][\w.'’&+-]*$")


@lru_cache(maxsize=32)
def _day_month(langs: tuple[str, ...]) -> re.Pattern:
    """A day and a month without a year ("July 16th", "16. Juli"), which `dates.find_date` leaves."""
    months = date_names.alternation(date_names.names(date_names.codes(langs))[0])
    day = r"\d{1,2}(?:st|nd|rd|th)?\.?"
    return re.compile(rf"(?<!\w)(?:{months}\.?\s+{day}|{day}\s+{months})(?!\w)", re.I)


@lru_cache(maxsize=32)
def _controls(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in lang.words("post_controls", langs))


def stamp_line(text: str, furniture: re.Pattern, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is a post's stamp line (module docstring, ``post-stamp``); ``furniture``
    matches the ``post_furniture`` phrases."""
    if word_count(text) > MAX_STAMP_WORDS or not any(c.isdigit() for c in text):
        return False
    if not _AT_STAMP.search(text) and not furniture.search(text):       # (names alone need the "@")
        return False
    rest, times = _TIME.subn(" ", text)
    found = find_date(rest, langs)
    if found:
        rest = rest[:found.start] + " " + rest[found.end:]
    rest, days = _day_month(langs).subn(" ", rest)
    found = found or days
    if not times and not found:
        return False
    segments = [s.strip(" .:;") for s in _STAMP_SEPARATOR.split(rest)]
    segments = [s for s in segments if s]
    if not segments:
        return False
    furnished = 0
    for segment in segments:
        if furniture.search(segment) and not re.sub(r"\d+|[()\s]", "", furniture.sub("", segment)):
            furnished += 1
        elif not _ONE_WORD.match(segment) or segment.isdigit():
            return False
    return bool(furnished) or len(segments) >= MIN_STAMP_SEGMENTS and bool(_AT_STAMP.search(text))


def _short_line(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= MAX_CONTROL_WORDS and not text.endswith(FULL_STOPS)


def control_runs(texts: list[str], kinds: list[str], langs: tuple[str, ...]) -> list[int]:
    """The indexes of the lines in runs of the blogging tool's controls (module docstring, ``post-controls``)."""
    controls = _controls(langs)
    if not controls:
        return []
    out: list[int] = []
    run: list[int] = []
    for i, (text, kind) in enumerate([*zip(texts, kinds), ("", "p")]):
        if kind != "heading" and _short_line(text):
            run.append(i)
            continue
        known = sum(1 for j in run if texts[j].strip(" :!").casefold() in controls)
        if known >= MIN_CONTROL_LINES and 2 * known > len(run):
            out += run
        run = []
    return out
