"""`date_line`: a line that only gives a date, with its labels (`cleaners.dates`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from . import lang
from .builtin._wire import AGENCIES
from .date_find import find_date
from .date_names import codes as _codes, names as _names
from .date_patterns import has_year
from .digits import ascii_digits
from .lang.shared import name_particles   # small words inside a capitalised name: "Times of India"
from .lines import FULL_STOPS, SYLLABIC_LETTER, UNSPACED_LETTER, opens_lower, opens_uncased, word_count

_LOWER_AGENCIES = frozenset(a for a in AGENCIES if a.islower())     # "dpa", "epd": wire services named in lower case


def _lower_word_ok(words: list[str], k: int) -> bool:
    """The lower-case word ``words[k]`` is a source's name: a wire service written so, or a particle between two
    capitalised words of a name."""
    w = words[k]
    if w in _LOWER_AGENCIES:
        return True
    return w in name_particles() and 0 < k < len(words) - 1 and not opens_lower(words[k - 1]) \
        and not opens_lower(words[k + 1]) and words[k + 1][:1].isalpha()


@dataclass(frozen=True)
class DateLine:
    iso: str
    rest: str   # what stands beside the date: a source or site name, or ""


@lru_cache(maxsize=64)
def _filler(codes: tuple[str, ...]):
    """Labels and connectors around a date (``re``: it runs on lines of 120 characters at most,
    and a literal alternation between two single-character tests cannot backtrack far),
    and the words a date line may open with."""
    words = lang.words("published", codes) + lang.words("time_words", codes) + lang.words("on", codes)
    pattern = re.compile(rf"(?<![^\W_])({lang.alternation(words)})(?![^\W_])|[|,:;\-–—/()\[\]·•\u060c\u061b]",
                         re.I)
    months, weekdays, _ = _names(codes)
    openers = {w.split()[0].strip(_PUNCTUATION).replace("\u2019", "'") for w in words} | set(months) | set(weekdays)
    return pattern, frozenset(openers)


_PUNCTUATION = ".,:;()[]|·•-–—/'\"«»\u060c\u061b"     # with the Arabic comma and semicolon


def _opens_date_line(text: str, openers: frozenset[str]) -> bool:
    """The first word of ``text`` may stand in a line that is only a date: it has a digit, or
    no letter, or it is a month, a weekday or a label word ("Published", "le", "am")."""
    token = text.split(maxsplit=1)[0] if text.strip() else ""
    if any(c.isdigit() for c in token) or not any(c.isalpha() for c in token):
        return True
    return token.strip(_PUNCTUATION).casefold().replace("\u2019", "'") in openers


_SEPARATORS = frozenset("|,:;-–—/()[]·•\u060c\u061b")
# Korean prints a date and its agency and reporter apart by a space ("2026년 3월 1일 연합뉴스 기자"); its sentences end
# with a full stop, which `date_line` reads
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def _uncased_sentence_after(after: str, filler) -> bool:
    """What follows the date without a separator is two words or more, none a label, in a script without case and
    with spaces (Arabic, Hebrew, Devanagari, Georgian; not Korean): a sentence that opens with its date ("في 1 مارس 2026 هاجم المسلحون
    القرية"), whose words the lower-case test of a cased language cannot see. A source or a label stands apart
    ("1 مارس 2026 - رويترز") or alone."""
    run = []
    for word in after.split():
        if word[0] in _SEPARATORS:
            break
        run.append(word)
        if word[-1] in _SEPARATORS:
            break
    words = " ".join(filler.sub(" ", " ".join(run)).split()).split()
    return len(words) >= 2 and all(opens_uncased(w) and not UNSPACED_LETTER.match(w)
                                   and not w[0].isascii() and not _HANGUL.match(w) for w in words)


MAX_DATES_IN_LINE = 3


_VERSION = re.compile(r"v\d+(?:\.\d+)+$|\d+\.\d+\.\d+$", re.I)     # a version number ("2.1.0", "v3.2")


def date_line(text: str, max_rest_words: int = 4, languages: Iterable[str] | None = None) -> DateLine | None:
    """``text`` is a line that only gives a date (plus a label such as "Published" or
    "Publié le", and at most ``max_rest_words`` words of a source name), or up to
    `MAX_DATES_IN_LINE` dates with their labels; its date is the first."""
    text = ascii_digits(text)
    if len(text) > 120 or not has_year(text, languages):
        return None
    codes = _codes(languages)
    filler, openers = _filler(codes)
    if max_rest_words == 0 and not _opens_date_line(text, openers):
        return None     # its first word would be left over
    found = find_date(text, languages)
    if not found:
        return None
    rest = text[:found.start] + " " + text[found.end:]
    iso = found.iso
    for k in range(MAX_DATES_IN_LINE):   # "Published 3 May 2020, updated 4 May 2020": the first is the line's
        later = find_date(rest, languages)
        if later is None:
            break
        if k == MAX_DATES_IN_LINE - 1:
            return None     # a run of dates: a list, not a date line
        if found.calendar != "gregorian" and later.calendar == "gregorian":
            iso, found = later.iso, later   # "12 رمضان 1447 هـ - 1 مارس 2026 م": the Gregorian date, printed, not converted
        rest = rest[:later.start] + " " + rest[later.end:]
    if _uncased_sentence_after(text[found.end:], filler):
        return None
    rest = " ".join(filler.sub(" ", rest).split())
    words = rest.split()
    n = word_count(rest) if SYLLABIC_LETTER.search(rest) else len(words)     # (Thai: a sentence is one spaced "word")
    if n > max_rest_words or rest.endswith(FULL_STOPS):     # a sentence's full stop, or its danda
        return None
    if any(opens_lower(w) and not _lower_word_ok(words, k) for k, w in enumerate(words)):
        return None     # a sentence's words; a wire service in lower case ("dpa", "epd") is a source's name
    if any(map(_VERSION.match, words)):
        return None     # a release's heading ("Version 2.1.0 — 2024-02-11"), no date line (rule `version-heading`)
    return DateLine(iso, rest)
