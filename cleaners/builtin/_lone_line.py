"""Lone lines of site chrome: a line that is only a phrase of the document's language, and word templates.

* `core(text, count)` - the line without the arrows, brackets, bullets and end punctuation
  around it and (with ``count``) a trailing count or duration: "» Jetzt kommentieren (12)"
  -> "Jetzt kommentieren", "Zur Bildergalerie: 24 Bilder" -> "Zur Bildergalerie".
* `lone(key, text, langs)` - the line is a phrase of ``key`` (cleaners/lang) and nothing else,
  so that a sentence opening with the same words ("Jetzt kommentieren die Experten ...",
  "Commenter cette décision serait ...") stays.
* `templates(key, langs)` - the phrases of ``key`` as one pattern where ``*`` is a name of up
  to three words ("Jetzt weiterlesen mit * ": "... mit SZ Plus") and words are parted by
  spaces or hyphens ("sign-up", "sign up").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import lang, lazy_re, linear_re
from ..lines import FULL_STOPS, UNSPACED

MAX_LONE_CHARS = 60
# the marks a lone phrase may stand between: every script's full stop (`lines.FULL_STOPS`: "।", "۔", "։"), arrows, brackets
EDGES = " " + "".join(FULL_STOPS) + ":;!\u2026-\u2013\u2014\u2191\u2193\u2190\u2192\u00ab\u00bb\u203a\u2039^<>|[]()*\u25b6\u25ba\u2022"
# the arrows, guillemets and bullets a button or a list item opens with ("→ Folgen Sie uns", "» Newsletter")
BUTTON_SIGNS = re.compile(r"^[\u2192\u00bb\u203a\u25b6\u25ba\u2022\u27a4\u279c]+\s*")
# a count or a duration after the phrase, maybe in brackets and with its unit: "(12)", "24 Bilder", "02:34"
# (RE2: with ``re``, a line of 8,000 numbers parted by commas took 18 s, each start retried to the end)
_COUNT = linear_re.compile(r"\s*[(\[]?\s*\d+(?:[:.,]\d+)*(?:\s+\pL+)?\s*[)\]]?$")
NAME_WORD = r"[^\W_][\w'\u2019&.+-]*"
_DIGITS = re.compile(r"\d+")
# an apostrophe of a template matches any of ' ’ ʼ, as in `lang.alternation` ("l'image", "l’image")
_APOSTROPHE = re.compile("['\u2019\u02bc]")
_APOSTROPHES = "['\u2019\u02bc]"
# after a template no word character but one of the scripts written without spaces (Han, kana: lang.NOT_WORD); under (?-i:),
# which leaves the same letters (tests/builtin/test_uncased_classes.py), as re.I folded their ~30,000 at each compile
_WORD_AFTER = rf"(?-i:[^\W{UNSPACED}])"


_DECORATION_SIGNS = frozenset("\u00bb\u203a\u00ab\u2039<>\u2022\u00b7\ufe0f\u200d")


def _decoration(c: str) -> bool:
    return c.isspace() or c in _DECORATION_SIGNS or unicodedata.category(c) in ("So", "Sm", "Sk")


def undecorated(text: str, decoration=_decoration) -> str:
    """``text`` without the pictographs, arrows and guillemets a button wears at either end
    ("👉 Share this story 👈", "FOLLOW US ON TELEGRAM →", ">>> Subscribe"); the words inside untouched.
    ``decoration`` tells a character to strip (default: spaces, the signs above and Unicode's symbols)."""
    start, end = 0, len(text)
    while start < end and decoration(text[start]):
        start += 1
    while end > start and decoration(text[end - 1]):
        end -= 1
    return text[start:end]


def core(text: str, count: bool = False) -> str:
    """``text`` without the arrows, brackets and end punctuation around it and, with ``count``,
    without a trailing count ("(12)", "24 Fotos", "02:34")."""
    out = text.strip(EDGES)
    return _uncounted(out) if count else out


def _uncounted(line: str) -> str:
    """`core` of ``line`` (a `core` already) without its trailing count."""
    if (m := _COUNT.search(line)) is None:
        return line
    return line[:m.start()].strip(EDGES)


def lone(key: str, text: str, langs: tuple[str, ...], count: bool = True) -> bool:
    """``text`` is only a phrase of ``key`` in ``langs`` (``#`` a number: "see all # photos"),
    arrows, brackets, end punctuation and, with ``count``, a trailing count aside."""
    whole = lang.pattern(key, langs, where="line")
    line = core(text)
    for line in ({line, _uncounted(line)} if count else (line,)):
        if line and len(line) <= MAX_LONE_CHARS and whole.match(_DIGITS.sub("#", line)):
            return True
    return False


def screen_words(key: str, langs: tuple[str, ...], template: bool = False) -> tuple[str, ...]:
    """Words that stand in every line a phrase of ``key`` takes, for a screen: the phrase, or its
    longest word when it holds a ``#`` (or, with ``template``, always)."""
    return tuple(max(p.split(), key=len) if template or "#" in p else p for p in lang.words(key, langs))


@lru_cache(maxsize=256)
def templates(key: str, langs: tuple[str, ...], named: bool | None = None) -> lazy_re.LazyPattern:
    """The phrases of ``key`` as one pattern: ``*`` a name of up to three words, words parted by
    spaces or hyphens; ``named`` True or False keeps only the phrases with or without a name."""
    alternatives = []
    for template in lang.words(key, langs):
        if named is not None and named != ("*" in template.split()):
            continue
        tokens, out = template.split(), ""
        for k, token in enumerate(tokens):
            if token == "*":      # a leading name is followed by its space, any other preceded by it
                out += rf"(?:{NAME_WORD}[\s-]+){{0,3}}" if k == 0 else rf"(?:[\s-]+{NAME_WORD}){{0,3}}"
            else:
                word = _APOSTROPHE.sub(_APOSTROPHES, re.escape(token))
                out += ("" if k == 0 or (k, tokens[0]) == (1, "*") else r"[\s-]+") + word
        alternatives.append(out)
    return lazy_re.compile("(?:" + "|".join(alternatives or ["$^"]) + rf")(?!{_WORD_AFTER})", re.I)
