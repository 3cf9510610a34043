"""The lines `legal` takes, read one at a time (`legal_rule`): copyright lines (a sign, the word for copyright of any
language and a year, a rights phrase), taxonomy lines (`taxonomy`), disclaimer labels and disclaimers of two legal
phrases (`legal_phrases`), press-contact and contact lines (`addressed_contacts`), provenance openings, rows of
notices (`notice_row`) and editorial notices (`editorial_notice`). legal.py runs them over a document."""
from __future__ import annotations

import re

from functools import lru_cache

from .. import lang, lazy_re
from ..lang import shared
from ..dates import date_line
from ..lines import (COLON, COLON_MARKS, FIELD_BREAK, LETTER_WORD, LOWER, MARKS, SENTENCE_STOPS, ends_sentence,
                     stop_class, word_count)
from ._dateline_credits import credit_fields     # (a source field beside the author's: dateline's)
from ._legal_tail import SIGNS
from ._word_size import statement_words

# "Copyright © X", "Copyright 2016 X", "© X", "(c) X", "... All rights reserved." (not "Copyright law ...")
_COPYRIGHT = re.compile(rf"^(?:copyright\s*(?:[{SIGNS}]|\(c\)|\d{{4}}|by\b|\d{{4}}\s*-\s*\d{{4}})|[{SIGNS}]|\(c\)\s)", re.I)
# the word for copyright of any language (cleaners/lang/copyright.toml) opening the line, a year within its first
# words: "Copyright Harbour Media 2026. …", "זכויות יוצרים 2026 …", "ลิขสิทธิ์ 2569 …" (digits of any script)
COPYRIGHT_TERMS = lang.alternation(shared.copyright_terms())
# the stops of every script (lines.SENTENCE_STOPS: "।", "۔", "։", "።", "。", "？", "！"; a regex class body)
_SIGN_STOPS = stop_class("!?", SENTENCE_STOPS)
# (the words between are a name: none opens in lower case, "Copyright law changed in 2019" is a sentence)
_COPYRIGHT_YEAR = re.compile(rf"^(?i:{COPYRIGHT_TERMS})\W{{0,3}}(?:(?![{LOWER}])[^\W\d_][\w{MARKS}.&'’-]*\W{{1,3}}){{0,4}}"
                             rf"\d{{4}}(?!\d)")
# a copyright sign and a year (digits of any script) after one or two words and no stop: the word for copyright of a
# language no file holds ("မူပိုင်ခွင့် © ၂၀၂၄ X", "Hak cipta © 2024 X"); "Na logu je znak © 1998, řekl." is a
# sentence
_SIGN_YEAR = re.compile(rf"^(?:[^\s{SIGNS}{_SIGN_STOPS}]+\s+){{1,2}}[{SIGNS}]\s*\d{{4}}(?!\d)")
_YEAR_NEXT = re.compile(r"\W*(?:\w+\s+)?\d{4}\b")   # "... first published in 1990, the novel": a sentence
_EMAIL_LINE = r"\s*:?\s*\S+@\S+$"

MAX_NOTICE_WORDS = 35     # of an editorial notice (rule editorial-notice)
MIN_SOURCE_SENTENCE = 12  # words of a sentence after a source label: the article's, no provenance
MAX_ROW_NOTICE_WORDS = 25  # of each notice of a row (rule notice-row)
MIN_ROW_NOTICE_WORDS = 4
_NOTICE_OPEN = re.compile(r"^[\W_]*$|\s[|\u00b7\u2022]\s*[_*]*$")   # before a label: the line's start, or a bar
MAX_DISCLAIMER_WORDS = 60  # of a disclaimer holding two legal phrases (a label line: `Legal.max_line_words`)
MAX_TAXONOMY_WORDS = 25   # of a taxonomy line, unless it is a list of short values
MAX_VALUE_WORDS = 6       # of each value of a taxonomy line
MAX_ADDRESSED_WORDS = 25  # of a contact line naming its people (rule contact-names)
MAX_CONNECTOR = 5         # letters of a word joining names and addresses in it ("at", "and", "unter")
MIN_LIST_VALUES = 3       # values of a list of any length
_VALUES = re.compile(r"\s*[,|;•·]\s*")


@lru_cache(maxsize=32)
def _taxonomy_label(langs: tuple[str, ...]):
    """The label of a taxonomy line in the words of ``langs`` (``taxonomy``, ``section_label``), a
    colon after it."""
    labels = lang.alternation(lang.words("taxonomy", langs) + lang.words("section_label", langs))
    return re.compile(rf"^(?P<label>{labels})\s*{COLON}\s*(?P<values>\S.*)$", re.I)


_COLON = rf"\s*{COLON}"
_LABEL_TAIL = r"(?:\s*[:.…|–—-]|\s*$)"   # a disclaimer label alone or before a colon, dots or a bar
_PRESS_TAIL = rf"(?:{_COLON}|\s*$|{_EMAIL_LINE})"   # a press-contact label alone, before a colon or an address


@lru_cache(maxsize=256)
def _labelled(key: str, langs: tuple[str, ...], tail: str = _COLON):
    """A label of ``key`` in ``langs`` opening the line, followed by ``tail`` (a colon; an e-mail
    address and nothing else for a contact label; `_PRESS_TAIL` for a press-contact label)."""
    return lazy_re.linear(rf"^{lang.alternation(lang.words(key, langs))}{tail}", ignore_case=True)


def _original_source(text: str, langs: tuple[str, ...]) -> bool:
    """A provenance opening of ``langs`` not followed by a year (module docstring)."""
    m = lang.pattern("original_source", langs, where="start").match(text)
    if not m or _YEAR_NEXT.match(text, m.end(1)):
        return False     # a label's sentence of its own is the article's ("Source: the survey shows that four ...")
    rest = text[m.end(1):]
    return not (m.group(1)[-1:] in COLON_MARKS and ends_sentence(rest) and word_count(rest) >= MIN_SOURCE_SENTENCE)


def taxonomy(text: str, langs: tuple[str, ...] | None = None) -> tuple[str, list[str]] | None:
    """``(label, values)`` of a taxonomy line ("Tags: Floods, Rescue", "Schlagwörter: ...",
    "Рубрика: Общество"): a label, a colon, and values of `MAX_VALUE_WORDS` words at most; the line
    holds `MAX_TAXONOMY_WORDS` words at most, or is a list of `MIN_LIST_VALUES` values or more."""
    m = _taxonomy_label(tuple(langs or lang.available())).match(text.strip())
    if m is None:
        return None
    values = [v.strip() for v in _VALUES.split(m.group("values")) if v.strip()]
    if not values or any(word_count(v) > MAX_VALUE_WORDS for v in values):
        return None
    if word_count(text) > MAX_TAXONOMY_WORDS and len(values) < MIN_LIST_VALUES:
        return None
    return m.group("label"), values


def editorial_notice(text: str, langs: tuple[str, ...]) -> bool:
    """A short line holding an editorial notice of ``langs`` (``editorial_notice``): a label with its colon opening
    the line or a part of it after a bar ("Correction: ...", "Korrektur: ..."), or a notice phrase ("... an earlier
    version of this article ...", "we may earn a commission", "Dieser Text wurde mit Unterstützung künstlicher
    Intelligenz erstellt ..."); the line reports nobody ("Correction: the station reported ..." is news)."""
    if statement_words(text) > MAX_NOTICE_WORDS or lang.pattern("reported", langs).search(text):
        return False
    pattern, pos = lang.pattern("editorial_notice", langs), 0
    while m := pattern.search(text, pos):
        if not m.group(1).endswith((":", "\uff1a")) or _NOTICE_OPEN.search(text[:m.start(1)]):
            return True
        pos = m.end(1)
    return False


def addressed_contacts(rest: str) -> bool:
    """Whether ``rest`` (a line after its contact label) only names people and their e-mail addresses:
    capitalised names, connectors of `MAX_CONNECTOR` letters ("at", "and", "ou") and addresses, one
    at the end (rule ``contact-names``: "Write to Ann Lee at ann.lee@example.com and Bo Ek at ...")."""
    words = [w.strip(".,;:()") for w in rest.split()]
    if not words or len(words) > MAX_ADDRESSED_WORDS or "@" not in words[-1]:
        return False
    names = 0
    for word in words:
        if "@" in word:
            continue
        if word[:1].isupper():
            names += 1
        elif not (word.isalpha() and len(word) <= MAX_CONNECTOR):
            return False
    return names > 0


def notice_row(text: str) -> bool:
    """Rule notice-row, in any language: notices printed in one row, parted by bars or dots, maybe in italics, each
    a sentence of `MAX_ROW_NOTICE_WORDS` words at most (`MIN_ROW_NOTICE_WORDS` words of letters at least, no date line:
    "13 марта 2019 г. • Время чтения: 5 мин." is a post's header) or a copyright line, two or more ("This article
    contains affiliate links. | © 2026 Harbour Gazette."): article sentences are never parted so."""
    parts = [p.strip(" _*") for p in FIELD_BREAK.split(text.strip(" _*"))]
    return len(parts) >= 2 and all(word_count(p) <= MAX_ROW_NOTICE_WORDS and (_COPYRIGHT.match(p) or ends_sentence(p) and
                                   len(LETTER_WORD.findall(p)) >= MIN_ROW_NOTICE_WORDS and date_line(p) is None) for p in parts)


def legal_phrases(text: str, langs: tuple[str, ...]) -> int:
    """How many different ``legal_phrases`` of ``langs`` the line holds."""
    pattern, found, pos = lang.pattern("legal_phrases", langs), set(), 0
    while m := pattern.search(text, pos):
        found.add(m.group(1).lower())
        pos = m.end(1)
    return len(found)


def legal_rule(text: str, langs: tuple[str, ...], max_line_words: int) -> str | None:
    """The rule of `legal` that takes the line ``text`` in English or the words of ``langs``, or None (a copyright,
    contact, press-contact, provenance or notice-row line of ``max_line_words`` words at most, a disclaimer label, a
    taxonomy line, a disclaimer of two legal phrases, an editorial notice)."""
    n = word_count(text)
    if _labelled("disclaimer", langs, _LABEL_TAIL).match(text):
        return "disclaimer"
    if taxonomy(text, langs):
        return "taxonomy-line"
    if n <= max_line_words:
        if (_COPYRIGHT.search(text) or _COPYRIGHT_YEAR.search(text) or _SIGN_YEAR.match(text)) and n <= 30:
            return "copyright"
        if FIELD_BREAK.search(text) and notice_row(text):
            return "notice-row"
        if _labelled("press_contact", langs, _PRESS_TAIL).match(text):
            return "media-inquiry"
        if _labelled("contact", langs, _EMAIL_LINE).match(text):
            return "contact-line"
        if (m := _labelled("contact", langs, r"\s").match(text)) and addressed_contacts(text[m.end():]):
            return "contact-names"
        reported = lang.pattern("reported", langs).search(text)
        if not reported and _original_source(text, langs) and date_line(text) is None and credit_fields(text, langs) is None:
            return "original-source"
        if not reported and n <= 30 and lang.pattern("rights", langs).search(text):
            return "copyright"
    if n <= MAX_DISCLAIMER_WORDS and legal_phrases(text, langs) >= 2 and not lang.pattern("reported", langs).search(text):
        return "disclaimer"
    if editorial_notice(text, langs):
        return "editorial-notice"
    return None
