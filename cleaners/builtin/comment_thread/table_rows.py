"""Comments printed as the rows of a table (rule `comment-table`).

A comment section a dump prints as a table puts one comment on each line, its fields parted by bars: the commenter's
name, the date (or an age) and the text ("Ann Lee | 04.12.2026 21:14 | The ferry was late again."), often under a
header line and a rule of dashes. A run of `MIN_ROWS` such rows or more, each the same fields in the same order (a
name of at most four words first, a date in one field, a text of `MIN_TEXT_WORDS` words or a sentence after it),
after some article prose, becomes the comments (author, text, date); the rule above the first row and the short
line over that rule (the table's header) are the thread's chrome. A table of fixtures, a timetable or a list of
results (no text after the date, or a word or two: "Bayern | 03.12.2026 | 2:1", "Concert | 12.12.2026 | City hall")
stays in the body, and so does one such row alone.
"""
from __future__ import annotations

import re

from ...document import Comment, Document
from ...screen import SparseEditor
from ...lines import ends_sentence, word_count
from .control_lines import is_date
from .heads import bounded_name
from .start import first_prose

MIN_ROWS = 2
MIN_TEXT_WORDS = 4
MAX_HEADER_WORDS = 6
_BAR = re.compile(r"\s+[|\u2502\u2503]\s+")       # a bar between spaces ("|", a box-drawing bar)
_LEAD_RULE = re.compile(r"^[-=_\u2500\u2501]{3,}\s+")      # the rule glued to the first row by a line joiner
_RULE = re.compile(r"^[-=_\u2500\u2501\u2014+|\s]{3,}$")


def _row(text: str, vocab) -> tuple[int, str, str | None, str] | None:
    """(date field's place, name, iso date or None, text) of a line that is a comment's row, else None."""
    fields = [f.strip() for f in _BAR.split(_LEAD_RULE.sub("", text.strip()))]
    if len(fields) < 3 or not all(fields) or not bounded_name(fields[0].split(), vocab["function"]):
        return None
    for k in range(1, len(fields) - 1):
        when = is_date(fields[k], vocab)
        if when is not None:
            body = " | ".join(fields[k + 1:])
            if word_count(body) < MIN_TEXT_WORDS and not ends_sentence(body):
                return None
            return k, fields[0].lstrip("@"), when if isinstance(when, str) else None, body
    return None


def table_threads(doc: Document, vocab, cleaner: str) -> Document:
    """``doc`` with each run of comment rows (module docstring) moved to ``comments``."""
    blocks = doc.blocks
    rows = {i: r for i, b in enumerate(blocks)
            if b.kind != "code" and ("|" in b.text or "\u2502" in b.text) and (r := _row(b.text, vocab)) is not None}
    prose = first_prose(blocks, rows.__contains__)
    if prose is None:
        return doc
    rows = {i: r for i, r in rows.items() if i > prose}
    runs: list[list[int]] = []
    for i in sorted(rows):
        if runs and runs[-1][-1] == i - 1 and rows[i][0] == rows[runs[-1][-1]][0] and blocks[i].gap < 2:
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [run for run in runs if len(run) >= MIN_ROWS]
    if not runs:
        return doc
    cuts: dict[int, str] = {}
    comments: list[Comment] = []
    for run in runs:
        first = run[0]
        glued = bool(_LEAD_RULE.match(blocks[first].text.strip()))
        if glued or first - 1 > prose and _RULE.match(blocks[first - 1].text.strip()):
            if not glued:
                cuts[first - 1] = "comment-chrome"      # the rule under the table's header
            top = first - 1 if glued else first - 2
            above = blocks[top] if top > prose else None
            if above is not None and 0 < word_count(above.text) <= MAX_HEADER_WORDS and not ends_sentence(above.text):
                cuts[top] = "comment-header"
        for i in run:
            _, author, when, text = rows[i]
            cuts[i] = "comment"
            comments.append(Comment(author, text, 0, None, when))
    edit = SparseEditor(doc, cleaner)
    for i in sorted(cuts):
        edit.drop(i, cuts[i])
    out = edit.done()
    return out.replace(comments=out.comments + tuple(comments))
