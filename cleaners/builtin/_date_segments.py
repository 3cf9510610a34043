"""A date line of several parts: "November 19, 2019 / 12:21 AM / Updated 14 hours ago", "New Delhi,
News Agency Bureau | Updated: 19 November 2019, 09:01 AM", "5:45 AM PST 11/19/2019 by Ann Lee".

The line is split at its bars, slashes and dots (" | ", " / ", " · ", " • ") and before a by-word
followed by a name. It is a date line when every part is one of: a date line (`dates.date_line`),
a clock time, an age ("14 hours ago", after a label: "Updated 2 days ago"), a byline of a person's
name, or, once, a place or a desk of `MAX_PLACE_WORDS` capitalised words ("New Delhi, City Desk");
at least one part a date, two parts at least."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re
from ..dates import date_line
from ..lines import COLON, opens_name
from ._byline import byline_pattern, is_person_name, split_names
from .comment_thread.heads import vocabulary

MAX_PLACE_WORDS = 5
MAX_CHARS = 200     # of a date line of several parts
_SEPARATOR = re.compile(r"\s+[|/\u00b7\u2022]\s+")
_CAPITALISED = re.compile(r"^[^\W\d_][\w.'\u2019&-]*$")


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    by = lang.alternation(lang.words("by", langs))
    label = rf"(?:{lang.alternation(lang.words('published', langs))})\s*{COLON}?\s*"
    time_words = lang.alternation(lang.words("time_words", langs))
    return {
        "split_by": lazy_re.compile(rf"\s+(?=(?:{by})\s+[^\W\d_])", re.I),
        "label": lazy_re.compile(rf"^{label}", re.I),
        # "12:21 AM", "5:45 AM PST", "15.20 Uhr", "at 3:20 p.m. ET"
        "clock": lazy_re.compile(rf"^(?:(?:{time_words})\s+)?\d{{1,2}}\s?[:h.]\s?\d\d(?:\s*(?:{time_words}))*(?:\s+[A-Z]{{2,5}})?$",
                            re.I),
    }


def _place(part: str) -> bool:
    """A place or a desk: a few capitalised words (or words of a script without capitals: `lines.opens_name`), commas
    between them ("New Delhi, City Desk", "თბილისი")."""
    words = part.replace(",", " ").split()
    return 0 < len(words) <= MAX_PLACE_WORDS and all(_CAPITALISED.match(w) and opens_name(w) for w in words)


def composite_date_line(text: str, langs: tuple[str, ...]) -> tuple[str, str | None] | None:
    """``(date, author or None)`` of a date line of several parts (module docstring), else None."""
    if len(text) > MAX_CHARS:
        return None
    p = _patterns(langs)
    parts = [part.strip(" ,") for seg in _SEPARATOR.split(text.strip()) for part in p["split_by"].split(seg)]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return None
    relative, byline = vocabulary(langs)["relative"], byline_pattern(langs)
    date, author, places = None, None, 0
    for part in parts:
        if found := date_line(part, languages=langs):
            date = date or found.iso
        elif p["clock"].match(part) or relative.match(p["label"].sub("", part)):
            continue
        elif (m := byline.match(part)) and not m.group("rest").strip(" ,") and \
                is_person_name(name := split_names(m.group("names").strip(" ,"), langs)[0], langs):
            author = author or name
        elif places == 0 and _place(part):
            places += 1
        else:
            return None
    return (date, author) if date else None


MAX_NAME_WORDS = 4


def name_before_date(text: str, langs: tuple[str, ...]) -> str | None:
    """The person of a head line "Ann Lee | 12.03.2024 14:22": a name of two to four capitalised
    words (`is_person_name`, not in capitals: "NEW YORK | ..." is a place; no comma: "Leeds, City Desk" is a
    desk), a bar, slash or dot,
    then a date line; else None."""
    parts = _SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or len(text) > MAX_CHARS:
        return None
    name = parts[0].strip(" ,")
    if not 2 <= len(name.split()) <= MAX_NAME_WORDS or name.isupper() or "," in name or not is_person_name(name, langs):
        return None
    return name if date_line(parts[1], languages=langs) else None
