"""Find the lines of a hard-wrapped text dump that continue the line before them (a paragraph a tool cut at a
fixed width: subtitles' 38 columns, OCR of a printed column, a mail client's 72), so the text reader joins them
into the paragraph again before any line rule sees one line alone.

Read from lengths and the wrap itself, never from case (scripts without capitals wrap the same way); widths are
display columns (a CJK character two, a combining mark none):

- a pair of lines is a wrap at every width from the first line's width to its *reach*: that width, the next line's
  first word (at most 15 columns: a script without spaces writes phrases) and a twelfth to spare (a tool that
  counts characters, a proportional font's OCR); a CJK line's next character alone;
- the document's wrap width is the width between 28 and 120 columns at which the most text is such a wrap; it
  holds when the wraps are at least three, in two paragraphs or more, make 60 % (by width) of the lines that come
  near it, a quarter of the document's lines, and over twice its lines of running text far wider than it (a text
  of one paragraph a line, a page's markup, short lines that happen to fit a width have none);
- a line continues the one before it when that pair is a wrap at the width, in a run of lines none of which is
  wider (but for a single long word), and the line is not a list's bullet, a header's field ("Date: ..."), and its
  run holds no quote's ``>``, no table row's cells and does not mostly end its lines in punctuation (a poem, a
  list); a list item's next line continues it at the item's indentation or at its text's. Lines of markup, of
  code or dumps, rows of fields ("name · date") and markdown headings are no paragraph's lines. A CJK line is
  joined without a space.
"""
from __future__ import annotations

import re
import unicodedata

import regex

from .lines import FIELD_BREAK

MIN_WIDTH, MAX_WIDTH = 28, 120
_BULLET = re.compile(r"^(?:[-*+\u2022\u25e6\u25aa\u2023\u2219\u00b7\u2013\u2014\u25cf\u25a0\u2043\u00bb\u203a\u2192\u25b6\u25ba\u2605\u2713\u2714]|\(?\d{1,3}[.)]|[a-zA-Z][.)])\s+")
# East Asian wide and fullwidth characters (Hangul, CJK, kana, fullwidth forms) and those of no width
_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")
_ZERO = regex.compile(r"[\p{Mn}\p{Me}\p{Cf}]")
_NOT_PROSE = re.compile(r"=>|^\s*[\[\]{}()]|[{};]\s*$|^\s*\w+\(\d*\)|" + FIELD_BREAK.pattern)
_LABEL = re.compile(r"^[^\W\d_][\w-]{0,24}:\s")                 # a header's field: "Date: ..."
_CELLS = re.compile(r"\S {3,}\S|\|.*\||\t")
_END_PUNCT = tuple(".,;:!?\u3002\u3001\uff0c\uff01\uff1f\uff1b\uff1a\u061f\u060c\u061b\u0964\u0965\"'\u201d\u00bb)")


def width(text: str) -> int:
    """Display columns of ``text``: two for a wide (CJK) character, none for a combining mark or a format one."""
    if text.isascii() or len(text) > 4 * MAX_WIDTH:
        return len(text)
    return len(text) + len(_WIDE.findall(text)) - len(_ZERO.findall(text))


def _wide(c: str) -> bool:
    """A wide character of a script written without spaces (Chinese, Japanese; Korean spaces its words)."""
    return (not c.isascii() and unicodedata.east_asian_width(c) in ("W", "F")
            and not ("\uac00" <= c <= "\ud7af" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f"))


def _reach(prev: str, prev_width: int, text: str) -> int:
    """The widest wrap width at which ``text`` would not have fitted after ``prev``: the pair is a wrap at any width
    from ``prev_width`` to this. With a twelfth of the line's width to spare: a tool that counts characters where
    this counts columns (a combining accent), an OCR'd column of a proportional font, are not wrapped exactly."""
    spare = prev_width // 12
    if _wide(text[0]) and _wide(prev[-1]):
        return prev_width + 1 + spare
    return prev_width + min(width(text.split(" ", 1)[0]), 15) + spare      # (a script without spaces: a phrase)


def wrap_width(lines: list[str], widths: list[int], reaches: dict[int, int]) -> int:
    """The width the dump was wrapped at, or 0 when it was not hard-wrapped: the width at which the most text
    wraps (lines whose next line's first word would not have fitted on them), when that is most (60 %, by width)
    of the lines that come near it (over 60 % of it) and another line follows."""
    pairs = []          # (width, reach, run) of each line followed by another, run: the blank lines before it
    run = 0
    for i in range(len(widths) - 1):
        run += not widths[i]
        if i in reaches:
            pairs.append((widths[i], reaches[i], run))
    if len(pairs) < 3:
        return 0
    # a sweep over the widths: each pair is a wrap at the widths from its line's width to its reach, and counts for
    # its line's width (a width at which much text wraps beats one at which a dump's short lines happen to)
    diff = [0] * (MAX_WIDTH + 2)
    for w, reach, _ in pairs:
        diff[w] += w
        diff[min(reach, MAX_WIDTH) + 1] -= w
    best, run, top = 0, 0, 0
    for w in range(MIN_WIDTH):
        run += diff[w]
    for w in range(MIN_WIDTH, MAX_WIDTH + 1):
        run += diff[w]
        if run > top:
            best, top = w, run
    if not best:
        return 0
    wrapped = [(w, run) for w, reach, run in pairs if w <= best <= reach]
    near = sum(w for w, _, _ in pairs if 0.6 * best <= w <= best)   # (a short line says nothing: a paragraph's end)
    # a wrap is in more than one paragraph: a list of short lines after a paragraph a line may happen to fit one
    # and a wrapped dump is wrapped all through: its wrapped lines are a good share (a quarter) of its lines, and
    # over twice as many as its lines of running text far wider than the width (a paragraph a line, markup's too)
    count = sum(1 for w in widths if w)
    unwrapped = sum(1 for line in lines if len(line) > 1.5 * best and line.count(" ") >= 5 and not _NOT_PROSE.search(line))
    return best if (len(wrapped) >= 3 and len({run for _, run in wrapped}) >= 2 and top * 5 >= near * 3
                    and len(wrapped) * 4 >= count and len(wrapped) > 2 * unwrapped) else 0


def wrap_joins(lines: list[str], skip: frozenset[int] = frozenset()) -> dict[int, str]:
    """``{i: separator}`` for each line ``i`` that continues line ``i - 1`` of a hard-wrapped paragraph (the
    separator to join them with: a space, or none between two CJK characters); ``skip``: lines not text (code)."""
    if len(lines) < 4:
        return {}
    # (a line of markup, a markdown heading, a line of code or a row of fields is no paragraph's line: it parts
    # runs as a blank line does)
    widths = [0 if i in skip or not line.strip() or line.lstrip()[0] in "<#" or _NOT_PROSE.search(line)
              else width(line.rstrip()) for i, line in enumerate(lines)]
    reaches = {i: _reach(lines[i].strip(), widths[i], lines[i + 1].strip()) for i in range(len(lines) - 1)
               if MIN_WIDTH // 2 <= widths[i] <= MAX_WIDTH and widths[i + 1]}   # (a shorter line wraps at no width)
    wide = wrap_width(lines, widths, reaches)
    if not wide:
        return {}
    joins: dict[int, str] = {}
    i, n = 0, len(lines)
    while i < n:
        if not widths[i]:
            i += 1
            continue
        end = i
        while end + 1 < n and widths[end + 1]:
            end += 1
        if end > i:
            joins.update(_run_joins(lines, widths, reaches, i, end + 1, wide))
        i = end + 1
    return joins


def _run_joins(lines: list[str], widths: list[int], reaches: dict[int, int], start: int, end: int,
               wide: int) -> dict[int, str]:
    """The joins inside the run of lines ``start:end`` (no blank line between them)."""
    if any(widths[k] > wide and " " in lines[k].strip() for k in range(start, end)):
        return {}                           # a line wider than the wrap width: this run was not wrapped
    texts = [lines[k].strip() for k in range(start, end)]
    if any(_CELLS.search(t) or t.startswith(">") for t in texts):
        return {}
    if sum(t.endswith(_END_PUNCT) for t in texts[:-1]) * 2 > len(texts) - 1:
        return {}                           # most lines end a phrase: verse, a list, a header's fields
    joins: dict[int, str] = {}
    indent = item_col = -1
    for k in range(start, end):
        line = lines[k]
        own = len(line) - len(line.lstrip(" "))
        text = texts[k - start]
        bullet = _BULLET.match(text)
        if k > start and not bullet and not _LABEL.match(text) and own in (indent, item_col):
            if reaches.get(k - 1, 0) >= wide:       # its first word did not fit on the line before
                prev = texts[k - start - 1]
                joins[k] = "" if _wide(text[0]) and _wide(prev[-1]) else " "
                continue
        indent = own
        item_col = own + bullet.end() if bullet else -1
    return joins
