"""The welcome to the site's visitor, read by `cleaners.builtin.calls_to_action` (rule ``welcome-visitor``).

Among the first or last `EDGE_BLOCKS` blocks, a line that opens with a welcome to the site's visitor (cleaners/lang
``welcome``: "If you're new here, ..."), maybe after a short exclaimed greeting ("Welcome to <Blog>! If you're new
here, you may want to subscribe ..."), not quoted, reporting nobody, `MAX_WELCOME_WORDS` words at most.
"""
from __future__ import annotations

from .. import lang
from ..lines import is_quoted, word_count
from ._comment_lines import SENTENCES

EDGE_BLOCKS = 3           # blocks at either end of the body a welcome line stands in
MAX_WELCOME_WORDS = 40
MAX_GREETING_WORDS = 8    # of the exclaimed greeting before a welcome phrase


def welcome(text: str, langs: tuple[str, ...]) -> bool:
    """A welcome to the visitor opening the line, maybe after a short exclaimed greeting."""
    if word_count(text) > MAX_WELCOME_WORDS or is_quoted(text) or lang.pattern("reported", langs).search(text):
        return False
    opening = lang.pattern("welcome", langs, where="start")
    sentences = [s.lstrip("\u00bf\u00a1") for s in SENTENCES.split(text.strip())]
    if opening.match(sentences[0]):
        return True
    return len(sentences) > 1 and sentences[0].endswith("!") and word_count(sentences[0]) <= MAX_GREETING_WORDS \
        and bool(opening.match(sentences[1]))
