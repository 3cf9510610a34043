"""Lines over a credit line that read as an article's prose, not as the credited picture's caption."""
from __future__ import annotations

import re

from ..lines import QUESTION_MARKS, SENTENCE_STOPS, ends_sentence, is_quoted, word_count

MIN_SENTENCE_WORDS = 3     # words of each of two sentences that make a line prose ("Dr. Lee" is no sentence)
_QUESTION_END = re.compile(rf"[{QUESTION_MARKS}\u037e\uff1f][\"'\u201d\u2019\u00bb]?\s*$")
_SENTENCE_BREAK = re.compile(rf"(?<=[{re.escape(''.join(SENTENCE_STOPS))}])\s+")


def prose_line(text: str) -> bool:
    """``text`` is a question, a quote ending a sentence ('"We will finish," she said.') or two sentences or more:
    an article's paragraph that a credit line follows in a dump of single line breaks, which a caption seldom is."""
    if _QUESTION_END.search(text):
        return True
    if not ends_sentence(text):
        return False
    if is_quoted(text):
        return True
    return sum(word_count(part) >= MIN_SENTENCE_WORDS for part in _SENTENCE_BREAK.split(text.strip())) >= 2
