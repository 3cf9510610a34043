"""Words looked for in attribute values (ids, classes, styles) of the whole page at once."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from typing import Any, Iterable

import re2

_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
_HAS_ASCII_DIGIT = re.compile(rb"[0-9]")
_ESCAPED_WORD = re.compile(rb"(?:\\.|[^|\\])+")      # (a word of an `attribute_words` alternation, escaped)


def attribute_words(words: Iterable[str]) -> Any:
    """Words to look for in attribute values (`Tree.holding`), as one pattern: RE2 reading bytes
    one by one (Latin-1), so that it finds the very occurrences ``re`` would, without trying
    every word at every position."""
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    return re2.compile(b"|".join(re.escape(w.encode().lower()) for w in sorted(set(words))), options)


def holding_values(values: list[str], words: Any, low: bytes | None = None) -> list[int]:
    """Indices of the values holding one of ``words``, ASCII letters compared case-insensitively
    (as lexbor matches ``[attr*=word i]``): one scan of all the values joined (``low``: their
    `lowered` bytes, when already made for another search of the same values)."""
    low = lowered(values) if low is None else low
    if low.count(b"\x00") != len(values) - 1:     # (a value holding NUL: one by one)
        return [i for i, v in enumerate(values) if words.search(v.encode("utf-8", "surrogatepass").lower())]
    out: list[int] = []
    at = k = 0
    count = low.count
    for found in _to_value_end(words).finditer(low):     # (one match a value holding a word: its first one)
        start = found.start()
        k += count(b"\x00", at, start)
        out.append(k)
        at = start
    return out


def holding_numbered(values: list[str], words: Any) -> list[int]:
    """`holding_values` of values that differ mostly in their numbers (ids: "comment-4401", "comment-4402"): each
    value searched once with its ASCII digits read as 0 for the words holding no digit (the same values hold them),
    when that leaves at most half as many (the search pays for each value found, not for its length); the words
    holding a digit ("remark42") searched in the values as they are."""
    joined, parts = "\x00".join(values), _digit_parts(words)
    if len(values) < 64 or joined.count("\x00") != len(values) - 1:
        return holding_values(values, words)
    read = joined.translate(_DIGITS_AS_ZERO).split("\x00")
    distinct = list(dict.fromkeys(read))
    if len(distinct) * 2 > len(values):
        return holding_values(values, words)
    plain, numbered = parts
    out = holding_distinct(read, distinct, plain) if plain is not None else []
    if numbered is None:
        return out
    return sorted({*out, *holding_values(values, numbered)})


def holding_distinct(values: list[str], distinct: list[str], words: Any, low: bytes | None = None) -> list[int]:
    """`holding_values` of ``values`` that repeat (a page's classes; ids read without their numbers): each of the
    ``distinct`` values (``values`` told apart, ``low`` their `lowered` bytes when made already) searched once, the
    values found mapped back to the indices of ``values`` in one pass, in order."""
    found = set(map(distinct.__getitem__, holding_values(distinct, words, low)))
    return list(compress(range(len(values)), map(found.__contains__, values))) if found else []


@lru_cache(maxsize=64)
def _digit_parts(words: Any) -> tuple[Any, Any]:
    """`attribute_words` ``words`` (an alternation of escaped words) as (the words holding no ASCII digit, those
    holding one), each None when there is none."""
    split = _ESCAPED_WORD.findall(words.pattern)
    parts = [w for w in split if not _HAS_ASCII_DIGIT.search(w)], [w for w in split if _HAS_ASCII_DIGIT.search(w)]
    return tuple(re2.compile(b"|".join(group), words.options) if group else None for group in parts)


@lru_cache(maxsize=64)
def _to_value_end(words: Any) -> Any:
    """``words`` and the rest of the value after the first found: each match ends where its value does (no word is
    empty or holds a NUL), so the next one is looked for from the next value on, in the same pass."""
    return re2.compile(b"(?:" + words.pattern + b")[^\x00]*", words.options)


def lowered(values: list[str]) -> bytes:
    """The values joined by NULs, as UTF-8 with ASCII letters lower-cased: what `holding_values` scans."""
    return "\x00".join(values).encode("utf-8", "surrogatepass").lower()
