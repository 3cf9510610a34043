"""The length gate: a record whose body is shorter than ``min_chars`` is left out.

Length is measured in display columns (`text_length`): a character of an East Asian
wide script (Han, kana, Hangul, full-width forms) counts two, every other character
one. A Korean, Chinese or Japanese article says in 300 characters what a Latin-script
one says in 600 or more, so a plain character count would drop CJK articles that a
Latin-script gate of the same setting keeps.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..errors import NotConfigured
from .base import Drop, Stage, StageContext

# East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth W/F, as wcwidth counts them)
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f"
    "\U00020000-\U0002fffd\U00030000-\U0003fffd]")


def text_length(text: str) -> int:
    """Display width of ``text``: East Asian wide characters count two."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


class LengthGate(Stage):
    """Records whose body is shorter than ``min_chars`` display columns are dropped (``too-short``)."""

    name = "length_gate"

    def __init__(self, min_chars: int):
        self.min_chars = min_chars

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], context: StageContext) -> "LengthGate":
        min_chars = int(settings.get("min_chars") or 0)
        if min_chars <= 0:
            raise NotConfigured("no minimum length")
        return cls(min_chars)

    def observe(self, record: dict[str, Any]) -> dict[str, Any]:
        length = text_length(record.get("body") or "")
        if length < self.min_chars:
            raise Drop("too-short", f"too short after cleaning ({length} < {self.min_chars} chars): "
                                    f"{record.get('url') or record.get('source')}")
        return record
