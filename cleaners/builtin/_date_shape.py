"""A date line of a language without a file, known by its shape: one or two dates (dateparser's month
and weekday names) and clock times, with a few words of label beside each date and nothing else
("Avaldatud 3. mai 2025 kell 14.20", "Atnaujinta: 2025 m. gegužės 3 d., 14:20"). With no word list the
labels cannot be read, so their count stands in: `LABEL_WORDS` words of letters a date at most, and
the line does not end as a sentence does."""
from __future__ import annotations

import re

from ..dates import MAX_DATES_IN_LINE, find_date

MAX_CHARS = 120
LABEL_WORDS = 4     # words beside each date: "Zuletzt aktualisiert", "o godz.", "um ... Uhr"
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}\s?[:h.]\s?\d\d(?![\d.:])h?")
# a word of letters, maybe with an apostrophe inside ("E'lon", "O‘qish": Uzbek writes its letters so) or a full stop
_WORD = re.compile(r"^[^\W\d_]+(?:['\u2018\u2019\u02bb\u02bc][^\W\d_]+)*\.?$")
_SEPARATORS = re.compile(r"[\s,;:|/\u00b7\u2022\u2013\u2014@()-]+")


def labelled_date_line(text: str, langs: tuple[str, ...]) -> str | None:
    """The ISO date of the first date of ``text`` when it is a date line by its shape (module docstring), else None."""
    text = text.strip()
    if len(text) > MAX_CHARS or text.endswith(("!", "?", ";", ":")):
        return None
    last = text.rstrip(".").split()[-1:] if text.endswith(".") else None
    if last is not None and (not last or len(last[0]) > 3 or last[0][-1:].isdigit()):
        return None     # a full stop after a word or a number: a sentence's ("... 14. ožujka 2026.")
    first, rest, dates = None, text, 0
    while dates < MAX_DATES_IN_LINE - 1 and (found := find_date(rest, langs)):
        first, dates = first or found.iso, dates + 1
        rest = rest[:found.start] + " " + rest[found.end:]
    if first is None or find_date(rest, langs):
        return None     # no date, or a run of dates: a list
    words = [w for w in _SEPARATORS.split(_CLOCK.sub(" ", rest)) if w]
    if len(words) > LABEL_WORDS * dates or not all(_WORD.match(w) for w in words):
        return None
    return first
