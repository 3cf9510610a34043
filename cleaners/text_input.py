"""Split a plain-text or markdown dump into body blocks, keeping layout signals.

Each non-empty line becomes a `Block` with its indentation and the number of blank
lines before it (comment threads and paragraph structure are read from those).
Soft-wrapped lines (the next line continues a sentence in lower case, and is no byline: "by Ann Lee") are joined,
and so are the lines of a
hard-wrapped dump's paragraph (`text_wrap`: read from line lengths, in any script). A CMS's JSON export of content
blocks is read as its blocks (`read_text`, `json_input`).
Fenced code (```) is kept as one ``code`` block.
"""
from __future__ import annotations

import gc
import re
import unicodedata
from contextlib import contextmanager

from dataclasses import dataclass, field, replace

from .document import Block, Removal, numbered_blocks
from .json_input import export_blocks, export_records
from .lines import opens_lower
from .text_wrap import wrap_joins

_FENCE = re.compile(r"^\s*(```|~~~)")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": "    ",
                         "\u2028": "\n", "\u2029": "\n", "\u3000": " "})
# invisible characters; the zero-width non-joiner and joiner stay inside a word, where they are spelling (the Persian
# half-space of "می‌شود", the half forms of Devanagari conjuncts after a virama)
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]|(?<!\\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\\S)")
_TERMINAL = tuple(".!?:;\"'\u201d\u2019)»")


# spaces in a row inside a line beyond which the run is cut to this length (a form's or a PDF's padding): many
# patterns of the text cleaners try each start of a run of spaces to its end, so a line of 12,000 spaces cost
# seconds in each of them (quadratic); the indentation opening a line is left as it is
MAX_SPACE_RUN = 32
_SPACE_RUN = re.compile(r"(?<=\S) {%d,}" % (MAX_SPACE_RUN + 1))     # (tabs are spaces by then)


def normalize_text(text: str) -> str:
    """NFC, newline and space normalisation, invisible characters out (a joiner between letters stays),
    runs of over `MAX_SPACE_RUN` spaces inside a line cut to that length."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text.translate(_SPACES))
    return _SPACE_RUN.sub(" " * MAX_SPACE_RUN, text) if " " * (MAX_SPACE_RUN + 1) in text else text


@contextmanager
def collector_paused(objects: int):
    """Pause Python's cycle collector while ``objects`` (many) acyclic objects are built:
    blocks hold only strings and numbers, yet each full collection during the build scans
    every block built so far (it doubled the cost of reading a file of short lines)."""
    pause = objects > PAUSE_COLLECTOR_OVER and gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.enable()


PAUSE_COLLECTOR_OVER = 10_000


def blocks_from_text(text: str) -> tuple[Block, ...]:
    """The blocks of a text, each with its position as ``origin``.

    One pass over the lines; a paragraph's soft-wrapped lines are collected and joined
    once, so a long run of them costs linear time."""
    lines = normalize_text(text).split("\n")
    with collector_paused(len(lines)):
        return _blocks(lines)


@dataclass(frozen=True)
class TextInput:
    """What the reader made of a text: its blocks, what it left out of them, what it says of the input."""
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()
    metadata: dict = field(default_factory=dict)


def read_text(text: str) -> TextInput:
    """The blocks of a text input; a CMS's JSON export of content blocks (`json_input`) is read as its blocks,
    with its furniture blocks in ``removed`` and ``metadata.input_format`` saying which export it was."""
    if text.lstrip()[:1] in ("{", "[") and (found := export_records(text)) is not None:
        records, fmt = found
        blocks, removed = export_blocks(records, lambda t: _blocks(normalize_text(t).split("\n")), normalize_text)
        if blocks or removed:
            blocks = [replace(b, origin=i, gap=max(b.gap, 1) if i == 0 else b.gap) for i, b in enumerate(blocks)]
            return TextInput(tuple(blocks), tuple(removed), {"input_format": fmt})
    return TextInput(blocks_from_text(text))


def _fenced(lines: list[str]) -> frozenset[int]:
    """The lines of fenced code (fences included)."""
    out: set[int] = set()
    start = None
    for i, line in enumerate(lines):
        if line.lstrip()[:1] in ("`", "~") and _FENCE.match(line):
            if start is None:
                start = i
            else:
                out.update(range(start, i + 1))
                start = None
    if start is not None:
        out.update(range(start, len(lines)))
    return frozenset(out)


_NAME_WORDS = 4       # capitalised words after a lower-case word that make a byline's name ("di Marco Bianchi")


def _word_then_name(line: str) -> bool:
    """A lower-case word before one to `_NAME_WORDS` capitalised ones, nothing else: a byline under a headline ("by Ann
    Lee", "di Marco Bianchi", "par Claire Dumont"), never the end of a sentence wrapped there (it ends with a stop)."""
    words = line.split()
    return 2 <= len(words) <= _NAME_WORDS + 1 and all(w[:1].isupper() for w in words[1:]) and \
        not line.endswith(_TERMINAL)


def _blocks(lines: list[str]) -> tuple[Block, ...]:
    rows: list[tuple[str, str, int, int]] = []      # (text, kind, indent, gap) of each block
    wrapped: dict[int, list[str]] = {}              # row -> the lines of a paragraph that soft-wraps
    hard = wrap_joins(lines, _fenced(lines))        # line -> separator: a hard-wrapped paragraph's next line
    gap, i, n = 0, 0, len(lines)
    last = None                  # the last line of the open paragraph (None: none open)
    last_indent = length = 0     # the open paragraph's indentation and length
    while i < n:
        line = lines[i]
        i += 1
        stripped = line.strip()
        if not stripped:
            gap += 1
            continue
        if stripped[0] in "`~" and _FENCE.match(line):
            j = i
            while j < n and not _FENCE.match(lines[j]):
                j += 1
            rows.append(("\n".join(lines[i - 1:j + 1]).strip("\n"), "code", 0, gap))
            gap, i, last = 0, j + 1, None
            continue
        indent = len(line) - len(line.lstrip(" "))
        if gap == 0 and last is not None and (i - 1 in hard or (
                indent == last_indent and length >= 40 and opens_lower(stripped) and not last.endswith(_TERMINAL)
                and not _word_then_name(stripped))):
            # a soft-wrapped line (same indentation, the sentence still open, lower case of a cased script) or a
            # hard-wrapped one (`text_wrap`)
            wrapped.setdefault(len(rows) - 1, [rows[-1][0]]).append(hard.get(i - 1, " ") + stripped)
            length += 1 + len(stripped)
        else:
            rows.append((stripped, "p", indent, gap))
            last_indent, length = indent, len(stripped)
        last = stripped
        gap = 0
    for row, pieces in wrapped.items():
        rows[row] = ("".join(pieces),) + rows[row][1:]
    if rows and rows[0][3] < 1:
        rows[0] = rows[0][:3] + (1,)        # the first block counts as after a blank line
    return numbered_blocks(rows)
