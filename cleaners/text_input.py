"""Split a plain-text or markdown dump into body blocks, keeping layout signals.

Each non-empty line becomes a `Block` with its indentation and the number of blank
lines before it (comment threads and paragraph structure are read from those).
Soft-wrapped lines (the next line continues a sentence in lower case) are joined.
Fenced code (```) is kept as one ``code`` block.
"""
from __future__ import annotations

import re
import unicodedata

from .document import Block

_FENCE = re.compile(r"^\s*(```|~~~)")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": "    ",
                         "\u2028": "\n", "\u2029": "\n", "\u3000": " "})
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)»")


def normalize_text(text: str) -> str:
    """NFC, newline and space normalisation, invisible characters out."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", text.translate(_SPACES))


def blocks_from_text(text: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    gap = 0
    lines = normalize_text(text).split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            gap += 1
            i += 1
            continue
        if _FENCE.match(line):
            j = i + 1
            while j < len(lines) and not _FENCE.match(lines[j]):
                j += 1
            code = "\n".join(lines[i:j + 1]).strip("\n")
            blocks.append(Block(code, kind="code", gap=gap if blocks else max(gap, 1)))
            gap, i = 0, j + 1
            continue
        indent = len(line) - len(line.lstrip(" "))
        stripped = line.strip()
        if blocks and gap == 0 and _continues(blocks[-1], stripped, indent):
            prev = blocks[-1]
            blocks[-1] = prev.with_text(prev.text + " " + stripped)
        else:
            blocks.append(Block(stripped, indent=indent, gap=gap if blocks else max(gap, 1)))
        gap = 0
        i += 1
    return tuple(blocks)


def _continues(prev: Block, line: str, indent: int) -> bool:
    """A soft-wrapped line: same indentation, the previous line open, this one lower case."""
    return (prev.kind == "p" and prev.indent == indent and line[:1].islower()
            and not prev.text.endswith(_TERMINAL) and len(prev.text) >= 40)
