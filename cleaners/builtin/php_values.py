"""The records a PHP dump lists, read from its key/value pairs in one linear pass.

``var_dump`` (``["title"]=> string(28) "..."``), ``print_r`` (``[title] => ...``),
``var_export`` (``'title' => '...',``, quotes escaped ``\\'``), Xdebug's (``'title' => string '...' (length=3)``) and ``serialize``
(``s:5:"title";s:28:"...";``) print nested arrays; a list of stories is a run
of records with the same keys. The pairs are read in order and a key seen again in the
current record opens the next one, so the records come out without parsing the nesting
(a dump cut short or wrapped still gives the records it holds). String lengths are
declared in bytes and read as such (a title may hold quotes or ``";``).
"""
from __future__ import annotations

import re

_KEY = r"[^\"\]\n]{1,80}"
_VAR_DUMP = re.compile(rf'\["({_KEY})"(?::\w+)?\]\s*=>\s*(?:string\((\d+)\)\s?"|int\((-?\d+)\))')
_PRINT_R = re.compile(rf"^[ \t]*\[({_KEY})(?::\w+)?\][ \t]*=>[ \t]?(.*)$", re.M)
_SERIALIZE = re.compile(rf's:\d+:"({_KEY})";(?:s:(\d+):"|i:(-?\d+);)')
_VAR_EXPORT = re.compile(r"^[ \t]*'((?:[^'\\\n]|\\.){1,80})'[ \t]*=>[ \t]*(?:'((?:[^'\\]|\\.)*)'|(-?\d+)),?[ \t]*$",
                         re.M)
_XDEBUG = re.compile(r"'((?:[^'\\\n]|\\.){1,80})'\s*=>\s*(?:string\s+'(.{0,2000}?)'\s*\(length=\d+\)|int\s+(-?\d+))", re.S)
_ESCAPE = re.compile(r"\\(['\\])")
_NESTED = re.compile(r"^(?:Array|\w+ Object)\s*(?:\(.*)?$")


def _by_bytes(text: str, start: int, size: int) -> str:
    """The ``size`` bytes of UTF-8 text from ``start`` (each character is one byte or more)."""
    return text[start:start + size].encode("utf-8")[:size].decode("utf-8", errors="ignore")


def _pairs(text: str, grammar: str):
    if grammar == "print_r":
        for m in _PRINT_R.finditer(text):
            value = m.group(2).strip()
            if value and not _NESTED.match(value):
                yield m.group(1), value
        return
    if grammar == "var_export":
        for m in _VAR_EXPORT.finditer(text):
            key = _ESCAPE.sub(r"\1", m.group(1))
            yield key, (_ESCAPE.sub(r"\1", m.group(2)) if m.group(2) is not None else int(m.group(3)))
        return
    if grammar == "xdebug":     # 'title' => string '…' (length=42), 'id' => int 12 (Xdebug's lines, tags out)
        for m in _XDEBUG.finditer(text):
            yield m.group(1), (m.group(2) if m.group(3) is None else int(m.group(3)))
        return
    pattern = _VAR_DUMP if grammar == "var_dump" else _SERIALIZE
    for m in pattern.finditer(text):
        if m.group(2) is not None:
            yield m.group(1), _by_bytes(text, m.end(), int(m.group(2)))
        else:
            yield m.group(1), int(m.group(3))


def records(text: str, grammar: str) -> list[dict]:
    """The records of a dump in ``grammar`` ("var_dump", "print_r", "var_export", "serialize" or "xdebug"), in order."""
    out: list[dict] = []
    current: dict = {}
    for key, value in _pairs(text, grammar):
        if key in current:
            out.append(current)
            current = {}
        current[key] = value
    if current:
        out.append(current)
    return out
