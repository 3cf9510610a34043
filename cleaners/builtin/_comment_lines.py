"""The lines of an empty or moderated comment section left in a body, read by `calls_to_action`
(rules ``empty-thread`` and ``comment-policy``, described there)."""
from __future__ import annotations

import re

from .. import lang
from ..lines import SENTENCE_STOPS, is_quoted, stop_chars, stop_class, word_count

SENTENCES = re.compile(rf"(?<=[{stop_class('!?')}])\s+")
_COUNTED = re.compile(r"\s*\(\s*\d+\s*\)$")
# the marks a note may end or open with: Latin, Spanish, the danda, the Urdu and Arabic stops, the CJK ones
_END_MARKS = " " + stop_chars(":\u2026\u00bf\u00a1\u3002\uff01\uff1f\uff1a", SENTENCE_STOPS)
POLICY_BLOCKS = 4         # blocks at the end of the body a comment policy stands in
MAX_POLICY_WORDS = 60


def empty_thread(text: str, langs: tuple[str, ...]) -> bool:
    """Every sentence an empty thread's note, or a comment heading alone ("READER COMMENTS:")."""
    note = lang.pattern("empty_thread", langs, where="line")
    if lang.pattern("comments", langs, where="line").match(_COUNTED.sub("", text.strip().rstrip(":").strip())):
        return True
    return all(note.match(s.strip(_END_MARKS)) for s in SENTENCES.split(text.strip()))


def comment_policy(text: str, langs: tuple[str, ...]) -> bool:
    """A line about the comments and their moderation (`calls_to_action`, rule ``comment-policy``)."""
    if word_count(text) > MAX_POLICY_WORDS or is_quoted(text):
        return False
    return bool(lang.pattern("comments", langs).search(text) and lang.pattern("moderation", langs).search(text)
                and not lang.pattern("reported", langs).search(text))
