"""Relative time stamps: "Updated 3 hours ago", "Aktualisiert vor 2 Stunden", "Diweddarwyd 8 awr yn ôl" (read by
dateline.py).

A relative time in the past is read in dateparser's patterns for the document's languages and English ("(\\d+) awr yn
ôl", "vor (\\d+) Stunden": dateparser knows them for languages without a file too) and in the words of the language
files (``ago`` and ``time_units``: "منذ 3 ساعات", "il y a 4 heures"). No date can be had of it (the page's clock is
unknown): nothing goes to metadata.

* ``relative-stamp``: a line that is only such a time, maybe with a label before or after it: a ``published`` word of
  the language ("Updated", "Mis à jour", "تم التحديث"); in a language without a file, `MAX_LABEL_WORDS` words without a
  digit or a sentence's stop; in a script written without spaces, `MAX_UNSPACED_LABEL` characters ("2時間前に更新").
  A sentence around such a time ("The fire broke out 3 hours ago and is still burning.") stays.
* `dated_stamp(text)`: a date line that ends with such a stamp ("14/05/2024 18h03 Atualizado há 2 horas"): its date.
* `stamp_rest(rest)`: what follows a byline's name is a relative stamp after `MAX_REST_WORDS` words at most in fields
  parted by bars or dots ("By Ann Lee | AFP | Updated 3 hours ago"), read by dateline's byline rule.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..dates import date_line
from ..lines import FIELD_BREAK, SENTENCE_STOPS, UNSPACED_LETTER, word_count

MAX_LABEL_WORDS = 3
MAX_UNSPACED_LABEL = 4
MAX_REST_WORDS = 4
_NUMBER = r"\d+(?:[.,]\d+)?"
_EDGES = " \t:;,|\u00b7\u2022-\u2013\u2014()"


@lru_cache(maxsize=32)
def _stamp(langs: tuple[str, ...]) -> re.Pattern | None:
    """A relative time in the past, in the words of ``langs`` and English (module docstring)."""
    codes = tuple(dict.fromkeys(langs + ("en",)))
    found = []
    for code in codes:
        for key, patterns in ((lang.locale_info(code) or {}).get("relative-type-regex") or {}).items():
            if key.endswith(" ago"):
                found += [p.replace(r"(\d++[.,]?\d*+)", _NUMBER).replace("++", "+").replace("*+", "*") for p in patterns]
    ago, units = lang.words("ago", codes), lang.words("time_units", codes)
    if ago and units:
        a, u = lang.alternation(ago), lang.alternation(units)
        found += [rf"(?:{a})\s*{_NUMBER}\s*(?:{u})\.?", rf"{_NUMBER}\s*(?:{u})\.?\s*(?:{a})"]
    if not found:
        return None
    return re.compile("|".join(f"(?:{p})" for p in sorted(set(found), key=len, reverse=True)), re.I)


@lru_cache(maxsize=32)
def _labels(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in lang.words("published", tuple(dict.fromkeys(langs + ("en",)))))


def _label(text: str, langs: tuple[str, ...]) -> bool:
    """``text`` (what stands before or after the time) is a stamp's label, or nothing (module docstring)."""
    text = text.strip(_EDGES)
    if not text:
        return True
    if any(c.isdigit() for c in text) or text.endswith(SENTENCE_STOPS):
        return False
    if text.lower() in _labels(langs) or UNSPACED_LETTER.search(text) and len(text) <= MAX_UNSPACED_LABEL:
        return True
    return lang.without_file(langs) and word_count(text) <= MAX_LABEL_WORDS


def relative_stamp(text: str, langs: tuple[str, ...]) -> bool:
    """``text`` is a relative stamp and its label only (``relative-stamp``)."""
    text = text.strip()
    if len(text) > 80 or not any(c.isdigit() for c in text) or (stamp := _stamp(langs)) is None:
        return False
    m = stamp.search(text)
    return m is not None and _label(text[:m.start()], langs) and _label(text[m.end():].rstrip("."), langs)


def bare_stamp(text: str, langs: tuple[str, ...]) -> bool:
    """``text`` is a relative time alone, in dateparser's patterns for ``langs`` or the language files' words ("3 awr
    yn ôl", "2 soat oldin"): a comment's age under its author's name in a language without a file."""
    text = text.strip(_EDGES)
    return langs is not None and len(text) <= 40 and any(c.isdigit() for c in text) \
        and (stamp := _stamp(langs)) is not None and stamp.fullmatch(text) is not None


def stamp_rest(rest: str, langs: tuple[str, ...]) -> bool:
    """A byline's rest is fields of `MAX_REST_WORDS` words at most, then a relative stamp ("AFP | Updated 3 hours ago")."""
    parts = FIELD_BREAK.split(rest.strip(_EDGES))
    return len(parts) >= 1 and relative_stamp(parts[-1], langs) and word_count(" ".join(parts[:-1])) <= MAX_REST_WORDS


def dated_stamp(text: str, langs: tuple[str, ...]):
    """The date (`dates.DateLine`) of a date line that ends with a relative stamp and its label, or None: "14/05/2024
    18h03 Atualizado há 2 horas", "May 14, 2024 6:03 pm | Updated 2 hours ago" (rule ``date-line`` of dateline)."""
    if len(text) > 120 or (stamp := _stamp(langs)) is None or (m := stamp.search(text)) is None \
            or not _label(text[m.end():].rstrip("."), langs):
        return None
    words = text[:m.start()].split()
    for n in range(min(MAX_LABEL_WORDS, len(words)) + 1):       # the label's words before the time
        head = " ".join(words[:len(words) - n]).strip(_EDGES)
        if head and _label(" ".join(words[len(words) - n:]), langs) and (found := date_line(head, languages=langs)):
            return found if not found.rest else None
    return None
