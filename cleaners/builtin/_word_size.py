"""The length of a short line in words of a spaced script's worth (`statement_words`), for the rules that take a
line only when it is short (an appeal beside a button, a call glued after a paragraph, a story headline, a button).

`lines.word_count` counts every Han or kana character a word: a Japanese appeal of 50 characters, "この記事が役に立った
ら、ぜひ寄付をお願いします。…", is 50 words to it, though an English one saying as much has 17. Chinese writes a word
in one character or two, Japanese (with its kana endings) in two or three: here the Han and kana characters count a
word per `HAN_WORD_CHARS`, rounded up (`han_words`), as the captions were measured already
(`_credit_forms.caption_words`) and as `_dom_runs.latin_size` reads them (a Han character three Latin letters'
worth, a word six with its space). A run of Thai, Lao, Myanmar or Khmer (`lines.SYLLABIC`), which `word_count`
counts a word per three characters, counts one per `SYLLABIC_WORD_CHARS` here: their vowels and tones are
characters of their own, and a call of eleven English words is 40 Thai ones
("กดกระดิ่งแจ้งเตือนเพื่อไม่พลาดทุกข่าวด่วน"). Hangul is spaced. A threshold
that keeps article text when a line is above it (a head of so many words at least) keeps `word_count`, which counts
more."""
from __future__ import annotations

import re

from ..lines import HAN_KANA, SYLLABIC, SYLLABIC_LETTER, SYLLABIC_WORD_CHARS as _COUNTED_CHARS, word_count

HAN_WORD_CHARS = 2
SYLLABIC_WORD_CHARS = 5
_HAN_KANA = re.compile(f"[{HAN_KANA}]")
_SYLLABIC_RUN = re.compile(rf"[{SYLLABIC}]+")


def han_words(text: str) -> int:
    """`word_count` of ``text``, its Han and kana characters counted one word per `HAN_WORD_CHARS` (rounded up)."""
    n = word_count(text)
    if text.isascii():
        return n
    han_kana = len(_HAN_KANA.findall(text))
    return n - han_kana + -(-han_kana // HAN_WORD_CHARS)


def statement_words(text: str) -> int:
    """`han_words` of ``text``, a run of a `lines.SYLLABIC` script counted one word per `SYLLABIC_WORD_CHARS`."""
    n = han_words(text)
    if text.isascii() or not SYLLABIC_LETTER.search(text):
        return n
    for run in _SYLLABIC_RUN.findall(text):
        n += -(-len(run) // SYLLABIC_WORD_CHARS) - -(-len(run) // _COUNTED_CHARS)
    return n
