"""Decimal digits of every script read as ASCII digits: Persian "۱۴۰۵", Arabic-Indic "٢٠٢٦", Devanagari "२०२६",
full-width "２０２６". The date patterns run on RE2, whose ``\\d`` is ASCII, and test years as ``(?:19|20)\\d\\d``; a
line is read through `ascii_digits` first. Each digit is one character before and after, so positions found in
the translated line are positions in the line."""
from __future__ import annotations

import unicodedata


class _Table(dict):
    """A `str.translate` table filled as characters come: a decimal digit (Unicode category Nd,
    `unicodedata.decimal`) maps to its ASCII digit, any other character to itself."""

    def __missing__(self, code: int) -> int:
        value = unicodedata.decimal(chr(code), None)
        mapped = code if value is None else ord("0") + value
        self[code] = mapped
        return mapped


_TABLE = _Table()


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit (any script's) written as an ASCII digit, the same length."""
    if text.isascii():
        return text
    return text.translate(_TABLE)
