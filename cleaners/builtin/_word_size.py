"""The length of a short line in words of a spaced script's worth (`statement_words`), for the rules that take a
line only when it is short (an appeal beside a button, a call glued after a paragraph, a story headline).

`lines.word_count` counts every Han or kana character a word: a Japanese appeal of 50 characters, "この記事が役に立った
ら、ぜひ寄付をお願いします。…", is 50 words to it, though an English one saying as much has 17. Chinese writes a word
in one character or two, Japanese (with its kana endings) in two or three: a run of Han and kana counts a word per
`HAN_WORD_CHARS` characters here, rounded up, as the Latin letters' worth of `_dom.latin_size` (a Han character three
letters, a word six with its space) reads it. Thai and the other `lines.SYLLABIC` scripts are counted by their
letters in `word_count` already; Hangul is spaced. A threshold that keeps article text when it is above it (a head
at least so long) keeps `word_count`, which counts more."""
from __future__ import annotations

import re

from ..lines import HAN_KANA, word_count

HAN_WORD_CHARS = 2
_HAN_RUN = re.compile(rf"[{HAN_KANA}]+")


def statement_words(text: str) -> int:
    """`word_count` of ``text``, a run of Han or kana counted one word per `HAN_WORD_CHARS` of its characters."""
    n = word_count(text)
    if text.isascii():
        return n
    for run in _HAN_RUN.findall(text):
        n -= len(run) - -(-len(run) // HAN_WORD_CHARS)
    return n
