"""A notice or a call glued after a paragraph's own sentences, in a block a rule would cut whole (`notice_tail`,
read by legal.py and `_appeal_tail.cut`).

A dump that lost the line break under a paragraph prints the site's line after its last sentence: "The council
meets again on Monday.  © 2026 Harbour Media. All rights reserved.", "Die Kita bleibt zu.Folgen Sie uns auf
Facebook." A rule that reads the line as a notice or a call would take the paragraph with it; here only the tail
goes. The block is parted into sentences (after a stop of any script, "." "!" "?" "।" "。" "؟" "។" and the
quotes or brackets closing it, with spaces after it or none before a letter that opens a word; or at a gap of two
spaces or more); the tail is the shortest run of last sentences that the caller's predicate reads as a notice,
grown back over the sentences before it that are notices alone (or two pieces an abbreviation's stop parted).
The head before it stays when it is the article's: `MIN_HEAD_WORDS` words at least (with the lines of the same
paragraph above it, in a dump of wrapped lines), no sentence of it a notice or holding a copyright sign, the whole
head none either, its last sentence no question (a call answers it: "Liked it? Share it."; a copyright sign after
a question is no answer: "Will prices fall?  © 2024 X" keeps its question) and, for a caller
that says so, none holding the notices' words (the notice's first sentence: "The views expressed here are mine.
Nothing here is approved by my employer."). A block of notices alone, a row of fields parted by bars or dots ("No
reprints without consent. | Correction: ..."), a notice opening the block and a notice in the middle of a
paragraph are the caller's to cut whole or keep."""
from __future__ import annotations

import re
from typing import Callable

from ..lines import FIELD_BREAK, LOWER, QUESTION_MARKS, SENTENCE_STOPS, UNCASED, stop_class, word_count
from ._dom_runs import latin_size

MIN_HEAD_WORDS = 5       # "Thank you for reading." (four) opens an appeal: "... Please consider donating."
MIN_PARAGRAPH_WORDS = 8  # of the head before a notice glued to a block no rule takes whole (`glued_notice`)
MAX_SENTENCES = 12      # of a block tried (a longer block is no paragraph with a line glued on)
ABOVE_LINES = 6         # lines of the same paragraph above the block counted with its head
_STOPS = stop_class("\u2026\u05c3", SENTENCE_STOPS)   # every script's stops (lines.SENTENCE_STOPS), "…" and Hebrew "׃"
LATIN_WORD_CHARS = 6    # a word's worth of Latin letters, its space with it (`head_size`)
_ETHIOPIC = re.compile("[\u1200-\u137f]")     # a syllable: a consonant and its vowel, two Latin letters' worth
_THAI_SPACE = r"(?<=[\u0e00-\u0eff])\s(?=[\u0e00-\u0eff])"     # Thai and Lao part sentences by a space
_SIGN_CHARS = "\u00a9\u24d2\u24b8"
_SIGNS = re.compile(f"[{_SIGN_CHARS}]")     # a copyright sign: a sentence holding one is the notice's own
_CLOSE = "\"'\u201d\u2019\u00bb)\\]\u05f4"
# a sentence's end: a stop and its closing marks, then spaces, or nothing before a capital, an uncased letter
# or a copyright sign (the break lost: "anders.Folgen", "Friday.©"); a gap of two spaces or more
_BOUNDARY = re.compile(rf"(?<=[{_STOPS}])[{_CLOSE}]*(?:\s+|(?=[^\W\d_{LOWER}]|[{UNCASED}{_SIGN_CHARS}]))|\s{{2,}}|"
                       rf"{_THAI_SPACE}")


def _pieces(text: str) -> list[tuple[int, str]]:
    """(start, sentence) of every sentence of ``text``."""
    out, at = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.end() > at and text[at:m.start()].strip():
            out.append((at, text[at:m.end()]))
            at = m.end()
    if text[at:].strip():
        out.append((at, text[at:]))
    return out


def head_size(text: str) -> int:
    """The words of ``text`` (`word_count`), or its size in Latin letters (`_dom_runs.latin_size`, an Ethiopic syllable
    two letters) over `LATIN_WORD_CHARS` when more: ten Finnish, German or Georgian words say what sixteen English
    ones do."""
    return max(word_count(text), (latin_size(text) + len(_ETHIOPIC.findall(text))) // LATIN_WORD_CHARS)


def _above(blocks, i: int, size: Callable[[str], int] = word_count) -> int:
    """Words of the lines above block ``i`` in its paragraph (no blank line between), a few lines up."""
    n, j = 0, i
    while j > 0 and blocks[j].gap == 0 and i - j < ABOVE_LINES and blocks[j - 1].kind == blocks[i].kind:
        j -= 1
        n += size(blocks[j].text)
    return n


def notice_tail(blocks, i: int, is_notice: Callable[[str], bool], kin: Callable[[str], bool] | None = None,
                least: int = MIN_HEAD_WORDS, size: Callable[[str], int] = word_count) -> int | None:
    """Where the notice glued after the article sentences of block ``i`` starts, or None (module docstring);
    ``kin``: a sentence holding the notices' words, which opens the notice when it ends the head; ``least``: the
    head's words at least, as ``size`` counts them (`head_size`: in Latin letters' worth too)."""
    text = blocks[i].text
    pieces = _pieces(text)
    if len(pieces) < 2 or len(pieces) > MAX_SENTENCES or FIELD_BREAK.search(text):   # a row of notices parted by bars
        return None
    k = next((k for k in range(len(pieces) - 1, 0, -1) if is_notice(text[pieces[k][0]:].strip())), None)
    if k is None:
        return None
    while (span := next((n for n in (1, 2) if k > n and is_notice(text[pieces[k - n][0]:pieces[k][0]].strip())), 0)):
        k -= span       # a notice's sentence alone, or two pieces an abbreviation parted ("Vega S.L. All rights ...")
    head = text[:pieces[k][0]].strip()
    asked = head.endswith(tuple(QUESTION_MARKS)) or head.endswith(("?\u201d", "?\"", "\uff1f"))
    if asked and not _SIGNS.search(text[pieces[k][0]:]) or is_notice(head) or \
            any(is_notice(s.strip()) or _SIGNS.search(s) for _, s in pieces[:k]) or kin and kin(pieces[k - 1][1]) or \
            size(head) + _above(blocks, i, size) < least:
        return None
    return pieces[k][0]


def glued_notice(blocks, i: int, rule_for: Callable[[str], str | None], rules: frozenset[str],
                 kin: Callable[[str], bool] | None = None) -> tuple[int, str] | None:
    """(where, rule) of a notice of ``rules`` glued after a paragraph no rule takes whole ("... the harbour in
    March. Correction: The vote was held on Tuesday."): as `notice_tail`, the head a paragraph of
    `MIN_PARAGRAPH_WORDS` words at least."""
    if blocks[i].kind != "p":
        return None
    k = notice_tail(blocks, i, lambda s: rule_for(s) in rules, kin, MIN_PARAGRAPH_WORDS)
    return None if k is None else (k, rule_for(blocks[i].text[k:].strip()))
