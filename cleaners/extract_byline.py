"""The author (and, when no other is known, the date) named by a byline the extraction left out ("Par Claire Martin,
publié le 2 décembre", `<span class="author">By Ann Lee</span>`): a page that names its author in no meta tag or
JSON-LD, only in a byline beside the article's first lines, which trafilatura dropped, would otherwise lose its
author with the byline (logged ``not-extracted``). The byline is read as the text cleaners read one in the body
(`_byline.byline_author`, in the words of the document's language) among the page's blocks nearest the body's start
(`WINDOW_BEFORE` blocks before the one that opens the body and, when that is a heading, `WINDOW_AFTER` after it: a
title over its standfirst and byline), the nearest first; a block the body holds is no byline of the page's (the
dateline cleaner reads it there). The names end before a date or a ``published`` word run on after them ("By Ann Lee
Published Nov. 5, 2012", "By Ann Lee Thursday, November 8": `names_before_date`). A byline may close a row of fields
(`closing_field`: "2 декабря 2026, 14:20 Просмотров: 1 204 Автор: Ирина Соколова"). A page with no date declared and
none htmldate finds gets the first date written in those blocks (`date_from_byline`): the byline's row of fields
("Von Anna Schmidt | Aktualisiert am 14. Mai 2024"), read in the document's languages (`date_find`), which htmldate's
patterns, English and numeric, miss in many ("14 मई 2024")."""
from __future__ import annotations

import re
from functools import lru_cache

from . import date_names, lang
from .date_find import find_date
from .builtin._byline import MAX_BYLINE_WORDS, byline_author, byline_pattern
from .document import Document
from .lines import squeezed, word_count

WINDOW_BEFORE = 6
WINDOW_AFTER = 3
OPENING_CHARS = 60          # of the body's first block, squeezed, to find the page block it came from
MAX_DATE_ROW_WORDS = 30     # a block read for a date: a byline's row of fields, no paragraph
HEAD_CHARS = 4000           # of the body, squeezed, where a block found is the body's (not the page's byline)


def _opening(keys: list[str], first: str, begin: int = 0) -> int | None:
    """The index (from ``begin``) of the page block a body block (``first``, squeezed) came from, or None."""
    head = first[:OPENING_CHARS]
    for i in range(begin, len(keys)):
        key = keys[i]
        if key and (head in key or (len(key) >= 20 and first.startswith(key))):
            return i
    return None


@lru_cache(maxsize=64)
def _when_words(langs: tuple[str, ...], with_on: bool) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(month names, weekday names, ``published`` words, without the ``on`` words unless ``with_on``) of ``langs``."""
    months, weekdays, _ = date_names.names(date_names.codes(langs))
    said = {w.casefold() for w in lang.words("published", langs)}
    if not with_on:
        said -= {w.casefold() for w in lang.words("on", langs)}
    return frozenset(months), frozenset(weekdays), frozenset(said)


def names_before_date(names: str, langs: tuple[str, ...], element: bool = False) -> str:
    """``names`` up to the first word (after the first) that opens a date or says when: a word with a digit, a
    month before a number, a weekday before a number, a month or its own comma, or closing the names unabridged (not
    "Omaha Sun on Aug. 8"), or a ``published`` word ("Ann Lee Published Nov." -> "Ann Lee"). ``element``: the text
    of an author's element (`page_author_names.clean_name`), whose caller cuts a closing "on" itself: no ``on`` word
    says when, and a weekday ends the names only before a number or its own comma ("Ann Lee Monday, 5")."""
    words = names.split()
    months, weekdays, said = _when_words(langs, not element)
    for k in range(1, len(words)):
        word = words[k].casefold().strip(".,;:|")
        after = words[k + 1] if k + 1 < len(words) else ""
        dated = any(c.isdigit() for c in after)
        weekday_ends = dated or words[k].endswith(",") if element else \
            dated or words[k][-1] in ",." or after.casefold() in months or not after and len(word) > 3
        if any(c.isdigit() for c in word) or word in said or (word in months and dated) or \
                (word in weekdays and weekday_ends):
            return " ".join(words[:k]).rstrip(" ,;:|-\u2013\u2014")
    return names


def author_from_byline(doc: Document, units: list[str], keys: list[str]) -> Document:
    """``doc`` with ``metadata.author`` read from a byline near the body's start that the body does not hold, when
    no author is known yet; ``units``: the page's blocks (`extract_audit.text_units`), ``keys`` them squeezed."""
    if doc.metadata.get("author"):
        return doc
    langs = lang.document_languages(doc)
    for i in _near_start(doc, units, keys):
        if word_count(units[i]) <= MAX_BYLINE_WORDS and \
                (author := byline_author(units[i], langs) or closing_field(units[i], langs)
                 or _before_fields(units[i], langs)):
            return doc.meta_default(author=names_before_date(author, langs))
    return doc


def date_from_byline(doc: Document, units: list[str], keys: list[str]) -> Document:
    """``doc`` with ``metadata.date`` read from a short block near the body's start that the body does not hold (the
    byline's row: "रिपोर्ट: अनीता शर्मा अपडेटेड: 14 मई 2024, 09:15 AM IST"), the nearest first, when no date is known
    yet (none declared, none htmldate found)."""
    if doc.metadata.get("date"):
        return doc
    langs = lang.document_languages(doc)
    for i in _near_start(doc, units, keys):
        if word_count(units[i]) <= MAX_DATE_ROW_WORDS and (found := find_date(units[i], langs)):
            return doc.meta_default(date=found.iso)
    return doc


def _near_start(doc: Document, units: list[str], keys: list[str]) -> list[int]:
    """The indexes of the page blocks around the one that opens the body, the nearest first, those the body's head
    holds left out (see the module doc)."""
    if not doc.blocks:
        return []
    start = _opening(keys, squeezed(doc.blocks[0].text))
    if start is None:
        return []
    head = "".join(squeezed(b.text) for b in doc.blocks[:20])[:HEAD_CHARS]
    end = min(len(units), start + (WINDOW_AFTER if doc.blocks[0].kind == "heading" else 0) + 1)
    near = sorted(range(max(0, start - WINDOW_BEFORE), end), key=lambda i: (abs(i - start), i > start))
    return [i for i in near if keys[i] and keys[i] not in head]


def _before_fields(unit: str, langs: tuple[str, ...]) -> str | None:
    """The names of a byline that opens a row of fields, read without them ("Von Anna Schmidt Aktualisiert am 14. Mai
    2024", "김지현 기자 입력 2024.05.14 09:15": the byline reader wants the names to close the line), or None."""
    cut = names_before_date(unit, langs)
    return byline_author(cut, langs) if cut != unit else None


@lru_cache(maxsize=32)
def _by_words(langs: tuple[str, ...]):
    return re.compile(rf"(?<!\w)(?:{lang.alternation(lang.words('by', langs))})(?=\s*[:\uff1a])", re.I)


def closing_field(unit: str, langs: tuple[str, ...]) -> str | None:
    """The names of a byline under a label (a by-word and a colon) that closes a row of fields, the names running to
    the row's end ("2 декабря 2026, 14:20 Просмотров: 1 204 Автор: Ирина Соколова" -> "Ирина Соколова"; not "Powered
    by TypePad"), or None."""
    for m in _by_words(langs).finditer(unit, 1):
        tail = unit[m.start():]
        found = byline_pattern(langs).match(tail)
        if found and not found["rest"].strip(" .,;|") and (author := byline_author(tail, langs)):
            return author
    return None
