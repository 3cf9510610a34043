"""A label line opening a text dump in a language without a word file ("Manba: UzA", "Foinse: Nuacht Gaeltachta"
over the headline): a word, a colon and a short name, which `title` passes over for the longer headline-like line
after it. With a word file the label is known by its words (`source`, `section_label`) instead."""
from __future__ import annotations

import re

from ..lines import ends_sentence, word_count

MAX_VALUE_WORDS = 4     # words of the name after the label's colon
_LABEL = re.compile(r"^[^\W\d_][^\s\d:]{1,19}\s?:\s+(?P<value>\S.*)$")     # (a word: its marks are no \w)


def label_line(text: str) -> bool:
    """``text`` is one word of letters, a colon and a name of `MAX_VALUE_WORDS` words at most, no sentence."""
    m = _LABEL.match(text.strip())
    return bool(m) and word_count(m.group("value")) <= MAX_VALUE_WORDS and not ends_sentence(text.strip())


def past_labels(candidates: list[int], texts: list[str]) -> list[int]:
    """The title's candidates (indices into ``texts``) without a label line opening them, when a longer candidate
    follows it."""
    if len(candidates) > 1 and label_line(texts[candidates[0]]) and \
            word_count(texts[candidates[1]]) > word_count(texts[candidates[0]]):
        return candidates[1:]
    return candidates
