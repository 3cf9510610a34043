"""Labelled furniture glued to the end of an article paragraph, cut alone (the paragraph stays).

A dump that lost the line break after a paragraph ends it with the line that stood under it: a date stamp
("... before the end of the year. Updated: March 3, 2024 10:15", rule ``glued-date``, read by dateline.py), a
taxonomy line ("... the treatment plant.Tags: politics, water, drought", rule ``glued-tags``, read by
post_furniture.py) or a picture prompt ("... the consultation. Click here to see more photos.", rule
``glued-prompt``, read by captions.py). The tail opens with a label of the document's languages (``published``,
``taxonomy``, ``enlarge`` in cleaners/lang) that starts a sentence: right after a full stop, "!" or "?", with a space
or none, and not in lower case ("... the tags: it was ..." and "... was updated: in March" go on a sentence); the
paragraph before it keeps `MIN_HEAD_WORDS` words at least, and the tail is only the furniture's line: a date and
its label alone (`dates.date_line`), a taxonomy line of short values (legal's `taxonomy`, two values at least or
`MAX_LONE_TAG_WORDS` words in all, no sentence stop at its end, nobody reported), a prompt alone. Only the last
`WINDOW` characters of a block are searched, and only blocks holding a label's word."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .. import lang, linear_re
from ..dates import date_line
from ..lines import COLON, SENTENCE_STOPS, opens_lower, stop_class, word_count
from ._appeal_tail import appeal_tail
from ._glued_related import related_tail
from ._lone_line import screen_words
from ._legal_lines import taxonomy

MIN_HEAD_WORDS = 8
MAX_DATE_WORDS = 12       # of a glued date stamp with its label
MAX_TAG_WORDS = 25        # of a glued taxonomy line
MAX_LONE_TAG_WORDS = 4    # of a taxonomy line of one value ("Tags: drought")
MIN_LABEL_CHARS = 3       # a label of one or two letters ("le") opens sentences too often
WINDOW = 240
_STOP = stop_class("!?\u2026")
_DIGIT = re.compile(r"\d")
DIGIT_WINDOW = 12


@lru_cache(maxsize=64)
def _opening(key: str, langs: tuple[str, ...], colon: bool) -> re.Pattern | None:
    """A label of ``key`` opening a sentence right after a stop (a space or none between), a colon after it when
    ``colon``."""
    words = [w for w in lang.words(key, langs) if len(w) >= MIN_LABEL_CHARS]
    if not words:
        return None
    after = rf"\s*{COLON}" if colon else r"(?!\w)"
    return re.compile(rf"(?<=[{_STOP}])[\"\u201d\u2019)]?\s*(?P<label>{lang.alternation(words)}){after}", re.I)


def _tails(text: str, pattern: re.Pattern | None):
    """(where the tail starts, the tail) for every labelled sentence start in the last `WINDOW` characters of
    ``text`` with `MIN_HEAD_WORDS` words before it, first to last."""
    if pattern is None:
        return
    for m in pattern.finditer(text, max(0, len(text) - WINDOW)):
        k = m.start("label")
        if not opens_lower(m.group("label")) and word_count(text[:k]) >= MIN_HEAD_WORDS:
            yield k, text[k:]


def date_tail(text: str, langs: tuple[str, ...]) -> tuple[int, str] | None:
    """(where a glued date stamp starts, its ISO date), or None: a ``published`` label and a date, nothing else."""
    if not _DIGIT.search(text, max(0, len(text) - DIGIT_WINDOW)):
        return None      # a stamp ends with its date or time ("10:15", "2024", "10:15 Uhr")
    for k, tail in _tails(text, _opening("published", langs, False)):
        if word_count(tail) <= MAX_DATE_WORDS and (found := date_line(tail, languages=langs)) is not None:
            return k, found.iso
    return None


def tags_tail(text: str, langs: tuple[str, ...]) -> tuple[int, list[str]] | None:
    """(where a glued taxonomy line starts, its values), or None (module docstring)."""
    if not _screened("taxonomy", langs, text):
        return None
    sections = {w.casefold() for w in lang.words("section_label", langs)}
    for k, tail in _tails(text, _opening("taxonomy", langs, True)):
        if word_count(tail) > MAX_TAG_WORDS or tail.rstrip().endswith(SENTENCE_STOPS) or \
                lang.pattern("reported", langs).search(tail):
            continue
        found = taxonomy(tail, langs)
        if found and found[0].casefold() not in sections and (len(found[1]) > 1 or word_count(tail) <= MAX_LONE_TAG_WORDS):
            return k, found[1]
    return None


def cut_glued_tags(doc, edit, langs: tuple[str, ...], tags: list[str]):
    """``edit`` done, after it cut every glued taxonomy line of ``doc``'s paragraphs it had not changed (rule
    ``glued-tags``), with ``tags`` and their values appended to the tags; and every glued related headline of a
    language without a file (rule ``glued-related``, `_glued_related`), the headline into ``metadata.related``."""
    values: list[str] = []
    related: list[dict] = []
    for i, block in enumerate(doc.blocks):
        if i in edit.changes or block.kind != "p":
            continue
        if found := tags_tail(block.text, langs):
            edit.cut_tail(i, found[0], "glued-tags")
            values += found[1]
        elif glued := related_tail(block.text, langs):
            edit.cut_tail(i, glued[0], "glued-related")
            related.append({"title": glued[1], "url": None, "id": None, "image": None})
    return edit.done().meta_append("tags", tags + values).meta_append("related", related)


def prompt_tail(text: str, langs: tuple[str, ...], is_prompt: Callable[[str], bool]) -> int | None:
    """Where a glued picture prompt starts (``is_prompt``: captions' prompt line, every sentence of the tail one),
    or None (`_appeal_tail.appeal_tail`)."""
    if not _screened("enlarge", langs, text):
        return None
    return appeal_tail(text, lambda s: is_prompt(s) and not lang.pattern("reported", langs).search(s))


def _screened(key: str, langs: tuple[str, ...], text: str) -> bool:
    """`_screen` finds a word in the last `WINDOW` characters of ``text``, asked only where RE2 may find one there."""
    start = max(0, len(text) - WINDOW)
    return linear_re.may_find(_hint(key, langs), text[start:]) and _screen(key, langs).search(text, start) is not None


@lru_cache(maxsize=64)
def _hint(key: str, langs: tuple[str, ...]):
    """`_screen`'s words without their boundaries, in RE2 (`linear_re.hint`): a quick test before it."""
    words = screen_words(key, langs, True)
    return linear_re.hint(lang.alternation(words)) if words else None


@lru_cache(maxsize=64)
def _screen(key: str, langs: tuple[str, ...]) -> re.Pattern:
    """A word of a ``key`` phrase (its longest), a cheap test before the patterns are tried (only whether it finds one:
    its words as a trie, `_factored`)."""
    words = screen_words(key, langs, True)
    return re.compile(rf"(?<!\w){_factored(words)}(?!\w)" if words else "(?!)", re.I)


# one unit of a phrase of `lang.alternation`: a run of spaces, an escaped character, a class ("[iİ]"), a character
_ATOM = re.compile(r"\\s[+*]|\\.|\[(?:\\.|[^\]\\])*\]|.", re.S)


def _factored(words: list[str]) -> str:
    """`lang.alternation` of ``words`` as a trie of their units ("photos|pictures|photo" ->
    "(?:p(?:hoto(?:s|)|[iİ]ctures))"): the same strings match, and a search reads each shared opening once, not once a
    word (twice as fast on a window of prose; which word matched is not kept)."""
    trie: dict = {}
    for word in words:
        phrase = lang.alternation([word])[3:-1]          # "(?:...)"
        units = _ATOM.findall(phrase)
        if "".join(units) != phrase or any(u in "()|?*+{}^$" for u in units):
            return lang.alternation(words)                # (no phrase holds such a unit: never split wrong)
        node = trie
        for unit in units:
            node = node.setdefault(unit, {})
        node[""] = {}

    def branch(node: dict) -> str:
        ways = [unit + branch(child) if unit else "" for unit, child in node.items()]
        return ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
    return "(?:" + branch(trie) + ")"
