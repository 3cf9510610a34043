"""Words looked for in attribute values (ids, classes, styles) of the whole page at once."""
from __future__ import annotations

import re
from typing import Any, Iterable

import re2


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
    at = k = pos = 0
    search, end = words.search, len(low)
    while True:
        found = search(low, pos, end)
        if found is None:
            return out
        start = found.start()
        k += low.count(b"\x00", at, start)
        out.append(k)
        at = start
        pos = low.find(b"\x00", start)     # on to the next value (no word holds a NUL)
        if pos < 0:
            return out


def lowered(values: list[str]) -> bytes:
    """The values joined by NULs, as UTF-8 with ASCII letters lower-cased: what `holding_values` scans."""
    return "\x00".join(values).encode("utf-8", "surrogatepass").lower()
