"""Find and normalise publication dates written in text, in every installed language.

One normaliser for the whole engine:

* `find_date(text)` - the first written date in a line, with its time when written:
  month names and weekdays of every language in `cleaners.lang` (taken from dateparser's
  locale data, so a language file needs no month list), day-first and month-first
  orders, ISO dates, ``09.12.2016`` / ``9/12/2016`` numeric dates, 24-hour, am/pm,
  ``18h30`` and ``18.30 Uhr`` times;
* `normalise_date(text, languages)` - an ISO 8601 date or datetime for a text that gives
  a date (a comment's date line, a ``<time>`` text, a label), falling back to
  ``dateparser.parse`` for free forms; None for relative or partial dates;
* `machine_date(value)` - ISO 8601 strings and unix timestamps from markup;
* `date_line(text)` - a line that only gives a date (plus a label or a short source).

The patterns run on RE2 (linear time on any input).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Iterable

from . import lang, linear_re
from .builtin._wire import AGENCIES
from .date_forms import machine_form, weekday_order, year_first_sources

_LOWER_AGENCIES = frozenset(a for a in AGENCIES if a.islower())     # "dpa", "epd": wire services named in lower case

_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_CJK_HOUR = r"\s?[\x{6642}\x{65f6}\x{70b9}\x{9ede}]\s?"    # "10時32分", "10时32分", "10点32分"
_MAX_LINE = 200


def _codes(languages: Iterable[str] | None) -> tuple[str, ...]:
    """The languages to read dates in: those given (with a language file or not: month and
    weekday names come from dateparser), else every installed language."""
    if languages is None:
        return lang.available()
    return _installed(languages if languages.__class__ is tuple else tuple(languages))


@lru_cache(maxsize=64)
def _installed(languages: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code for code in languages if code in lang.available() or lang.dated(code)) or (lang.FALLBACK,)


@lru_cache(maxsize=64)
def _names(codes: tuple[str, ...]) -> tuple[dict[str, int], tuple[str, ...], dict[str, int]]:
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
    return months, tuple(sorted(weekdays, key=len, reverse=True)), weekdays


def _alternation(names: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


@lru_cache(maxsize=64)
def _patterns(codes: tuple[str, ...]):
    months, weekdays, _ = _names(codes)
    month = rf"(?P<month>{_alternation(months)})\.?"
    weekday = rf"(?:{_alternation(weekdays)})\.?,?\s+"
    connectors = lang.words("time_words", codes) + lang.words("on", codes)
    connector = lang.alternation(c for c in connectors if c not in ("am", "pm", "a.m.", "p.m."))
    clock = (rf"(?:(?:\s*(?:,|-|\||/|@|[\x{{b7}}\x{{2013}}\x{{2014}}\x{{2022}}]|{connector}(?:\s|$)))*\s*(?P<hour>[0-2]?\d)(?:[:.]|\s?h\s?|{_CJK_HOUR})(?P<minute>[0-5]\d)"
            r"(?::(?P<second>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?m\.?))?"
            r"(?:\s*(?:uhr|hrs|h|ч|\x{5206}|(?-i:[A-Z]{2,4})|[+-]\d\d:?\d\d))?)")
    time = clock + "?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
    year = r"(?P<year>(?:19|20)\d\d)(?:\s*(?:г|r)\.|\s*года)?"
    before, after = r"(?:^|[^\pL\pN])", r"(?:$|[^\pL\pN])"
    weekday_note = r"(?:\s*[(\x{ff08}]\pL{1,3}[)\x{ff09}])?"      # "(火)", "（火）" after a date
    sources = [
        rf"{before}(?P<core>(?:{weekday})?{month}\s+{day},?\s+{year}{time})",
        rf"{before}(?P<core>(?:{weekday})?{day}\s*(?:of\s+|de\s+)?{month},?\s+(?:de\s+|del\s+)?{year}{time})",
        rf"(?:^|[^\pN])(?P<core>(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)T?{time})"
        r"(?:$|[^\pN])",
        # numeric, after a weekday name that stands as a word of its own ("Mo., 17.01.2016", never
        # the "ter" of "commuter 17.01.2016"), or alone
        rf"(?:^|[^\pL\pN.])(?P<core>(?P<weekday>{_alternation(weekdays)})\.?,?\s+(?P<day>[0-3]?\d)(?P<sep>[./-])"
        rf"(?P<nmonth>[0-3]?\d)[./-](?P<year>(?:19|20)\d\d){time})(?:$|[^\pN.])",
        # (a space may follow the dots: "14. 3. 2026", as Czech, Slovak and Croatian print it)
        rf"(?:^|[^\pN.])(?P<core>(?P<day>[0-3]?\d)(?P<sep>[./-])\s?(?P<nmonth>[0-3]?\d)[./-]\s?"
        rf"(?P<year>(?:19|20)\d\d){time})(?:$|[^\pN.])",
        *year_first_sources(before, year, month, day, time, clock, weekday_note),
    ]
    del after
    return [linear_re.compile(s, ignore_case=True) for s in sources]


# a character each pattern's dates contain (None: a month name, any character): a quick test first
_NEEDS = (None, None, "-", None, None, "\u5e74\ub144", "/", ".", ".")


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def find_date(text: str, languages: Iterable[str] | None = None) -> FoundDate | None:
    """The first valid date (with its time, when written) in ``text``.

    ``languages``: the document's languages, first first (default: every installed
    language); their month and weekday names are read, and with English first a numeric
    ``3/4/2016`` is month-first, otherwise day-first."""
    if not text or not _YEAR_HINT.search(text):
        return None
    codes = _codes(languages)
    month_first = languages is not None and codes[0] == "en"
    best: FoundDate | None = None
    for pattern, needs in zip(_patterns(codes), _NEEDS):
        if needs is not None and not any(c in text for c in needs):
            continue
        for found in pattern.scan(text):
            core = found["core"]
            if best is not None and core[0] >= best.start:
                break
            iso = _to_iso({name: piece[2] for name, piece in found.items() if piece is not None}, month_first, codes)
            if iso:
                best = FoundDate(iso, core[0], core[1])
                break
    return best


def _to_iso(groups: dict[str, str], month_first: bool, codes: tuple[str, ...]) -> str | None:
    try:
        if groups.get("nmonth"):
            day, month = int(groups["day"]), int(groups["nmonth"])
            if groups.get("sep") in ("/", "-"):
                named = groups.get("weekday")
                weekday = _names(codes)[2].get(named.casefold().rstrip(".")) if named else None
                day, month = weekday_order(day, month, int(groups["year"]), weekday, month_first)
        else:
            day, month = int(groups["day"]), _names(codes)[0][groups["month"].casefold().rstrip(".")]
        when = date(int(groups["year"]), month, day)
    except (KeyError, ValueError, TypeError):
        return None
    if not groups.get("hour"):
        return when.isoformat()
    hour = int(groups["hour"])
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        moment = datetime(when.year, when.month, when.day, hour, int(groups["minute"]), int(groups.get("second") or 0))
    except ValueError:
        return when.isoformat()
    return moment.isoformat()


_HAS_TIME = re.compile(r"\d\s?[:h.]\s?\d\d(?!\d)")


def normalise_date(text: str | None, languages: Iterable[str] | None = None) -> str | None:
    """An ISO 8601 date (or datetime, when a time is written) for a text that gives a date.

    Machine forms (ISO 8601, unix time) first, then `find_date`, then dateparser for free
    forms in ``languages`` (default: every installed language). Dates need a day, a month
    and a year; relative times ("3 hours ago") give None."""
    text = " ".join((text or "").split())
    if not text or len(text) > _MAX_LINE:
        return None
    iso = machine_form(text)
    if iso:
        return iso
    found = find_date(text, languages)
    if found:
        return found.iso
    if not _YEAR_HINT.search(text):
        return None
    return _dateparser(text, _codes(languages))


@lru_cache(maxsize=2048)
def _dateparser(text: str, languages: tuple[str, ...]) -> str | None:
    import dateparser
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time", "custom-formats"]}
    try:
        parsed = dateparser.parse(text, languages=list(languages), settings=settings)
    except (ValueError, TypeError, OverflowError, KeyError):
        return None
    if parsed is None or not 1900 <= parsed.year <= datetime.now().year + 1:
        return None
    return parsed.replace(microsecond=0).isoformat() if _HAS_TIME.search(text) else parsed.date().isoformat()


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
    pattern = re.compile(rf"(?<![^\W_])({lang.alternation(words)})(?![^\W_])|[|,:;\-–—/()\[\]·•]",
                         re.I)
    months, weekdays, _ = _names(codes)
    openers = {w.split()[0].strip(_PUNCTUATION).replace("\u2019", "'") for w in words} | set(months) | set(weekdays)
    return pattern, frozenset(openers)


_PUNCTUATION = ".,:;()[]|·•-–—/'\"«»"


def _opens_date_line(text: str, openers: frozenset[str]) -> bool:
    """The first word of ``text`` may stand in a line that is only a date: it has a digit, or
    no letter, or it is a month, a weekday or a label word ("Published", "le", "am")."""
    token = text.split(maxsplit=1)[0] if text.strip() else ""
    if any(c.isdigit() for c in token) or not any(c.isalpha() for c in token):
        return True
    return token.strip(_PUNCTUATION).casefold().replace("\u2019", "'") in openers


MAX_DATES_IN_LINE = 3


def date_line(text: str, max_rest_words: int = 4, languages: Iterable[str] | None = None) -> DateLine | None:
    """``text`` is a line that only gives a date (plus a label such as "Published" or
    "Publié le", and at most ``max_rest_words`` words of a source name), or up to
    `MAX_DATES_IN_LINE` dates with their labels; its date is the first."""
    if len(text) > 120 or not _YEAR_HINT.search(text):
        return None
    codes = _codes(languages)
    filler, openers = _filler(codes)
    if max_rest_words == 0 and not _opens_date_line(text, openers):
        return None     # its first word would be left over
    found = find_date(text, languages)
    if not found:
        return None
    rest = text[:found.start] + " " + text[found.end:]
    for k in range(MAX_DATES_IN_LINE):   # "Published 3 May 2020, updated 4 May 2020": the first is the line's
        later = find_date(rest, languages)
        if later is None:
            break
        if k == MAX_DATES_IN_LINE - 1:
            return None     # a run of dates: a list, not a date line
        rest = rest[:later.start] + " " + rest[later.end:]
    rest = " ".join(filler.sub(" ", rest).split())
    words = rest.split()
    if len(words) > max_rest_words or rest.endswith("."):
        return None
    if any(w[:1].islower() and w not in _LOWER_AGENCIES for w in words):
        return None     # a sentence's words; a wire service in lower case ("dpa", "epd") is a source's name
    return DateLine(found.iso, rest)


def machine_date(value: str | None) -> str | None:
    """An ISO 8601 date or datetime from a machine-readable time (an ISO 8601 string, unix
    seconds or milliseconds: ``datetime``, ``content``, ``data-timestamp`` attributes), or
    from a written date (`find_date`); None when there is none."""
    value = " ".join((value or "").split())
    if not value or len(value) > 120:
        return None
    iso = machine_form(value)
    if iso:
        return iso
    found = find_date(value)
    return found.iso if found else None


def month_and_weekday_names(languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The month and weekday names the date normaliser reads, in ``languages`` (default:
    every installed language), lower case: for callers that must tell a date without a
    year ("On Thursday, November 1 at 2:57 pm") from a name."""
    months, weekdays, _ = _names(_codes(languages))
    return tuple(sorted({*months, *weekdays}))
