"""A byline that names a desk or a post, not a person (read by dateline.py, rule ``desk-byline``): a by-word of the
document's language, up to `MAX_LEAD_WORDS` lower-case words (an article, a possessive: "our", "unserer", "la"), then
a label of a name's place (`page_author_names`: ``author_markup.toml`` [whole], "correspondent", "Redaktion",
"redactie", "redacción", "Staff Reporter"), nothing after it: "By our correspondent", "Von unserer Redaktion", "Door
onze redactie", "Por la redacción", "By Staff Reporter". The line goes and names no author. "By our own efforts" and
"By the editors' count, …" are no label alone and stay."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang

MAX_LEAD_WORDS = 2
MAX_WORDS = 6


@lru_cache(maxsize=32)
def _by(langs: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"^(?:{lang.alternation(lang.words('by', langs))})\s*:?\s+(?P<rest>.+?)[.]?$", re.I)


def desk_byline(text: str, langs: tuple[str, ...]) -> bool:
    """The line is a by-word and a desk's or a post's label (module docstring)."""
    line = " ".join(text.split())
    if len(line.split()) > MAX_WORDS or not lang.words("by", langs) or (m := _by(langs).match(line)) is None:
        return False
    from ..page_author_names import is_label
    words = m.group("rest").split()
    for lead in range(min(MAX_LEAD_WORDS, len(words) - 1) + 1):
        if lead and not words[lead - 1].islower():
            return False
        if is_label(" ".join(words[lead:]), langs):
            return True
    return False
