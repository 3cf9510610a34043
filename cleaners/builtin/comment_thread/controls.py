"""A comment's control line in words no file holds, known by its recurrence (rule `closing-control`).

"Responder", "Reageren", "Odpowiedz", "Svara · Tilkynna": a short line of one to three words (no digit, no sentence's
stop) that closes a comment right above the next comment's head, the same text coming back after the thread's first
head `MIN_CLOSING` times or more. The recurrence within the thread is the evidence, not the word: the line is the
comments' chrome, not their text. A short last line of one comment ("Thanks"), or two lines that differ, stay text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang, linear_re
from ...lines import ends_sentence

MIN_CLOSING = 2
_DIGIT = re.compile(r"\d")
MAX_CLOSING_WORDS = 3
MAX_CLOSING_CHARS = 40
MAX_FIRST_COMMENT = 5    # blocks above its control line the first comment's name may stand


def _short(text: str) -> bool:
    return 0 < len(text) <= MAX_CLOSING_CHARS and text.count(" ") < 2 * MAX_CLOSING_WORDS \
        and len(text.split()) <= MAX_CLOSING_WORDS and not _DIGIT.search(text) and not text.endswith((":", ",")) \
        and not ends_sentence(text)


@lru_cache(maxsize=32)
def _reading_time(langs: tuple[str, ...] | None):
    units = lang.alternation(lang.words("time_units", langs))
    return linear_re.compile(rf"^\d{{1,3}}\s*{units}\.?\s+\pL+\.?$", ignore_case=True)


def reading_time(parts: list[str], langs: tuple[str, ...] | None) -> bool:
    """Rule `reading-time`: whether a part of a row is a number, a time unit of ``langs`` and one more word ("5 min
    read", "5 mín lestur", "3 Min. Lesezeit"): an article's byline or teaser meta line ("By Ann · 5 min read", on the
    head and again in a teaser list), no comment's control row ("29 Gefällt mir · Antworten")."""
    pattern = _reading_time(langs)
    return any(pattern.match(p) for p in parts)


def closing_controls(blocks, heads) -> frozenset[int]:
    """Indexes of the control lines of the thread whose heads are ``heads`` (module docstring)."""
    if len(heads) < MIN_CLOSING:
        return frozenset()
    first = min(heads)
    seen: dict[str, list[int]] = {}
    before_head: set[str] = set()
    for i in range(first + 1, len(blocks)):
        text = blocks[i].text.strip()
        if i in heads or i - 1 in heads or not _short(text):
            continue        # a head's first line is its comment's text
        key = text.casefold()
        seen.setdefault(key, []).append(i)
        if i + 1 in heads:
            before_head.add(key)
    return frozenset(i for key in before_head if len(seen[key]) >= MIN_CLOSING for i in seen[key])


def named_controls(blocks, head_at) -> frozenset[int]:
    """Rule `named-control`: short lines (one to three words, module docstring) whose same text comes back
    `MIN_CLOSING` times or more after a text, closing each comment of a thread of bare name lines: under each but the
    last stands the next commenter's name over a text, above the first stands the first comment, its name at most
    `MAX_FIRST_COMMENT` blocks up ("Marco Rossi" / "Também li o relatório." / "Responder" / "Anna Schmidt" / "É
    exatamente..." / "Responder"): a thread's controls whose words no file holds (``head_at(k)``: the head line
    ``k`` is, or None). A line coming back above every title of an article ("Publicidade" / "Nova Ponte" / text),
    or above titles but under no name, is none."""
    short = [_short(b.text.strip()) for b in blocks]

    def name_over_text(k: int) -> bool:
        head = head_at(k) if 0 <= k < len(blocks) - 1 else None
        return head is not None and head.signal == "name" and bool(head.author) and not head.tail \
            and not short[k + 1] and head_at(k + 1) is None

    seen: dict[str, list[int]] = {}
    for i in range(2, len(blocks)):
        if short[i] and not short[i - 1]:
            seen.setdefault(blocks[i].text.strip().casefold(), []).append(i)
    out: set[int] = set()
    for found in seen.values():
        if len(found) < MIN_CLOSING or not all(name_over_text(i + 1) for i in found[:-1]) \
                or name_over_text(found[-1] + 1):
            continue    # a name under each but the last: the last closes the thread's last comment
        first = found[0]
        if any(name_over_text(k) and not any(short[k + 1:first])
               for k in range(max(first - MAX_FIRST_COMMENT, 0), first - 1)):
            out.update(found)
    return frozenset(out)
