"""A related story's label and headline glued to the end of an article paragraph, in a language without a file
(rule ``glued-related``, read through `_glued_tails.cut_glued_tags` by post_furniture.py).

A dump that lost the line break after a paragraph ends it with the "read also" line that stood under it: "... the
tender has not been announced. Чытайце таксама: Батанічны сад адкрые новую аранжарэю". Where the language files
hold the label, calls_to_action reads it; where none does, the shape stands in: after the paragraph's last full
stop (any script's, the danda too), a label of `MIN_LABEL_WORDS` to `MAX_LABEL_WORDS` words of letters opening as a
name opens, a colon, then a headline ending the block: `MIN_TITLE_WORDS` to `MAX_TITLE_WORDS` words, opening as a
name opens, no digit, no colon, no closing stop. The paragraph before it keeps `MIN_HEAD_WORDS` words at least.
The headline goes to ``metadata.related``. A one-word label ("Reason: budget cuts"), a headline in lower case or
with a figure ("Final score: Real 2 Barcelona 1"), and a closing sentence stay."""
from __future__ import annotations

import re

from .. import lang
from ..lines import COLON, MARKS, ends_sentence, opens_name, stop_class, word_count

MIN_HEAD_WORDS = 8
MIN_LABEL_WORDS, MAX_LABEL_WORDS = 2, 3
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 14
WINDOW = 240       # characters at a block's end searched
_WORD = rf"[^\W\d_][\w'\u2019{MARKS}-]*"
_TAIL = re.compile(rf"(?<=[{stop_class('!?')}])\s+({_WORD}(?:\s{_WORD}){{{MIN_LABEL_WORDS - 1},{MAX_LABEL_WORDS - 1}}})"
                   rf"\s*{COLON}\s*([^\n:\uff1a]+)$")


def related_tail(text: str, langs: tuple[str, ...]) -> tuple[int, str] | None:
    """(where the glued label starts, the headline) at the end of ``text``, or None (module docstring)."""
    if not lang.without_file(langs):
        return None
    start = max(0, len(text) - WINDOW)
    m = _TAIL.search(text, start)
    if m is None:
        return None
    label, title = m.group(1), m.group(2).strip()
    if not opens_name(label) or not opens_name(title) or ends_sentence(title) or any(c.isdigit() for c in title):
        return None
    if not MIN_TITLE_WORDS <= word_count(title) <= MAX_TITLE_WORDS or word_count(text[:m.start()]) < MIN_HEAD_WORDS:
        return None
    return m.start(), title
