"""The RE2 patterns of written dates the date normaliser scans a line with (`cleaners.dates`), per set of
languages: month-name dates in both orders, ISO, numeric and year-first dates, each with an optional clock time."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from . import lang, lazy_re
from .date_calendars import CALENDARS, DAY_FIRST, NUMERIC, months as calendar_months, year_labels, year_marks
from .date_forms import year_first_sources
from .date_names import alternation, codes as _codes, mark_alternation, meridiem_marks, names

# a Gregorian year, or a Solar Hijri or Hijri one (13xx, 14xx, 1500: read only in the languages that write them);
# each branch opens with a literal digit, so that `re` skips to the places a "1" or a "2" stands (the same matches as
# "(?:19|20|13|14)\d\d|1500", found in a third of the time: a screen of most lines the comment stage reads)
YEAR_HINT = re.compile(r"1(?:[349]\d\d|500)|20\d\d")
_ERA_YEAR = re.compile(r"2[4-6]\d\d")      # a Buddhist Era year
_CJK_HOUR = r"\s?[\x{6642}\x{65f6}\x{70b9}\x{9ede}]\s?"    # "10時32分", "10时32分", "10点32分"


@lru_cache(maxsize=1)
def date_words() -> dict[str, tuple[str, ...]]:
    """``day_suffix``, ``day_month``, ``month_year`` -> every language's words (`cleaners/lang/date_words.toml`)."""
    data = tomllib.loads((lang.DIRECTORY / "date_words.toml").read_text(encoding="utf-8"))
    return {key: tuple(dict.fromkeys(w for words in data[key].values() for w in words))
            for key in ("day_suffix", "day_month", "month_year", "year_month")}


@lru_cache(maxsize=64)
def year_first_months(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The month names of those of ``codes`` whose dates dateparser orders year, month, day (Sinhala, Mongolian,
    Hungarian, Lithuanian...)."""
    ymd = tuple(code for code in codes if (lang.locale_info(code) or {}).get("date_order") == "YMD")
    return tuple(names(ymd)[0]) if ymd else ()


def has_year(text: str, languages) -> bool:
    """A year a date in ``languages`` may hold stands in ``text``: `YEAR_HINT`, or a Buddhist Era year (24xx-26xx) when
    one of them writes that calendar. (In every language, such numbers sent a tenth more lines of a page through the
    date patterns.)"""
    return YEAR_HINT.search(text) is not None or (
        _ERA_YEAR.search(text) is not None and bool(calendar_months("buddhist", _codes(languages))))


@lru_cache(maxsize=64)
def patterns(codes: tuple[str, ...]):
    months, weekdays, _ = names(codes)
    month = rf"(?P<month>{alternation(months)})\.?"
    weekday = rf"(?:{alternation(weekdays)})\.?[,\x{{60c}}]?\s+"
    connectors = lang.words("time_words", codes) + lang.words("on", codes)
    am, pm = meridiem_marks(codes)
    marks = {"am", "pm", "a.m.", "p.m.", *am, *pm}
    connector = lang.alternation(c for c in connectors if c not in marks)
    # a 12-hour clock's mark in the language's own script, before the hour ("오후 8:41", "下午8:41") or after the
    # minutes ("8:41 م", "8:41 μ.μ."): `date_find._at` reads the afternoon from it
    before_mark = rf"(?:(?:(?P<am_before>{mark_alternation(am)})|(?P<pm_before>{mark_alternation(pm)}))\s*)?"
    after_mark = (rf"(?:\s*(?P<ampm>[ap](?:\.\s?)?m\.?)|\s*(?P<am_after>{mark_alternation(am)})"
                  rf"|\s*(?P<pm_after>{mark_alternation(pm)}))?")
    clock = (rf"(?:(?:\s*(?:,|-|\||/|@|[\x{{b7}}\x{{2013}}\x{{2014}}\x{{2022}}\x{{60c}}]|{connector}(?:\s|$)))*\s*"
             rf"{before_mark}(?P<hour>[0-2]?\d)(?:[:.]|\s?h\s?|{_CJK_HOUR})(?P<minute>[0-5]\d)"
            rf"(?::(?P<second>[0-5]\d))?{after_mark}"
            r"(?:\s*(?:uhr|hrs|h|ч|\x{5206}|\x{0e19}\.|(?-i:[A-Z]{2,4})|[+-]\d\d:?\d\d))?)")     # ("18:05 น.": Thai)
    time = clock + "?"
    words = date_words()
    day = rf"(?P<day>[0-3]?\d)(?:{alternation(words['day_suffix'])}|\.)?"
    day_month = rf"(?:(?:{alternation(words['day_month'])})\s+)?"
    month_year = rf"(?:(?:{alternation(words['month_year'])})\s+)?"
    # a year's mark ("2020 г.", "2020 r.", "2020 года"), or its dot: Croatian, Serbian and Slovenian print the year as an
    # ordinal ("3. prosinca 2024.", "Zagreb, 3. 12. 2024.")
    year = r"(?P<year>(?:19|20)\d\d)(?:\s*(?:г|r)\.|\s*года|\.)?"
    before = r"(?:^|[^\pL\pN])"
    weekday_note = r"(?:\s*[(\x{ff08}]\pL{1,3}[)\x{ff09}])?"      # "(火)", "（火）" after a date
    sources = [
        rf"{before}(?P<core>(?:{weekday})?{month}\s+{day}[,\x{{60c}}]?\s+{year}{time})",
        rf"{before}(?P<core>(?:{weekday})?{day}\s*{day_month}{month}[,\x{{60c}}]?\s+{month_year}{year}{time})",
        rf"(?:^|[^\pN])(?P<core>(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)T?{time})"
        r"(?:$|[^\pN])",
        # numeric, after a weekday name that stands as a word of its own ("Mo., 17.01.2016", never
        # the "ter" of "commuter 17.01.2016"), or alone
        rf"(?:^|[^\pL\pN.])(?P<core>(?P<weekday>{alternation(weekdays)})\.?,?\s+(?P<day>[0-3]?\d)(?P<sep>[./-])"
        rf"(?P<nmonth>[0-3]?\d)[./-](?P<year>(?:19|20)\d\d)(?:\.?{clock})?)(?:$|[^\pN.])",
        # (a space may follow the dots: "14. 3. 2026", as Czech, Slovak and Croatian print it)
        rf"(?:^|[^\pN.])(?P<core>(?P<day>[0-3]?\d)(?P<sep>[./-])\s?(?P<nmonth>[0-3]?\d)[./-]\s?"
        # (the year's ordinal dot before a time, "04.12.2025. u 13:45"; a sentence's stop after a year is no part of it)
        rf"(?P<year>(?:19|20)\d\d)(?:\.?{clock})?)(?:$|[^\pN.])",
        *year_first_sources(before, year, month, day, time, clock, weekday_note),
    ]
    needs = [None, None, "-", None, None, "\u5e74\ub144", "/", ".", ".", ".", ".", "\u0436\u0416", "kK"]
    if ymd := year_first_months(codes):
        # a language that writes its dates year first (dateparser's date order): the year, maybe its word, a month
        # name and the day ("2025 දෙසැම්බර් 4, 13:45", "2024 оны 3 сарын 5")
        sources.append(rf"{before}(?P<core>{year}\s+(?:{alternation(words['year_month'])}\s+)?"
                       rf"(?P<month>{alternation(ymd)})\.?\s+{day},?{time})(?:$|[^\pN])")
        needs.append(None)
    calendars = ["gregorian"] * len(sources)
    for calendar in CALENDARS:
        named = calendar_months(calendar, codes)
        if named:
            added = _calendar_sources(calendar, before, weekday, day, time, named)
            sources += added
            needs += [None, "/.-"][:len(added)]
            calendars += [calendar] * len(added)
    return [(lazy_re.linear(s, ignore_case=True), n, c) for s, n, c in zip(sources, needs, calendars, strict=True)]


def _calendar_sources(calendar: str, before: str, weekday: str, day: str, time: str, months: dict[str, int]) -> list[str]:
    """Dates of another calendar: a day, a month name and a year ("سه‌شنبه ۱۲ اسفند ۱۴۰۴ ه.ش، ساعت ۱۴:۰۵",
    "الأحد 12 رمضان 1447 هـ", "4 ธ.ค. พ.ศ. 2569"); a Solar Hijri date also year first in numbers ("۱۴۰۴/۱۲/۱۲ - ۱۴:۰۵": a
    year 13xx or 14xx first is never a Gregorian news date), a Buddhist Era one day first ("04/12/2569"). A year outside
    the calendar's years is no date of it (`to_gregorian`)."""
    mark = rf"(?:\s*{alternation(year_marks(calendar))})?"     # a mark glued to a word ("هاجم") is left by the end's test
    labels = year_labels(calendar)
    year = (rf"(?:{alternation(labels)}\s*)?" if labels else "") + r"(?P<cyear>\d{4})"
    sources = [rf"{before}(?P<core>(?:{weekday})?{day}\s+(?P<cmonth>{alternation(months)})[,\x{{60c}}]?\s+"
               rf"{year}{mark}{time})(?:$|[^\pL\pN])"]
    if calendar in NUMERIC:
        sources.append(rf"(?:^|[^\pN./-])(?P<core>{year}(?P<sep>[/.-])(?P<cnmonth>[01]?\d)[/.-](?P<day>[0-3]?\d)"
                       rf"{mark}{time})(?:$|[^\pL\pN./-])")
    if calendar in DAY_FIRST:
        sources.append(rf"(?:^|[^\pN./-])(?P<core>(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<cnmonth>[01]?\d)[/.-]{year}"
                       rf"{time})(?:$|[^\pL\pN./-])")
    return sources