"""The placeholder of an embedded video or post left as lines of text (read by navigation.py, rule ``embed-notice``):
until the reader consents, a page prints in the embed's place its words for external or third-party content
(cleaners/lang ``embed_notice``, the words dom_boxes reads in a page's markup), maybe its provider's name after them
("Externer Inhalt", "Externer Inhalt von YouTube", "Contenu externe : X", one to three capitalised words), and a
button of one word before or after them ("Externen Inhalt anzeigen", "Show external content"; the word before no
function word: "Die Drittanbieter" is a heading). A sentence on third parties ("Drittanbieter haften nicht für
Schäden") is longer, or goes on in lower case, and stays."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang

MAX_BUTTON_WORDS = 4


@lru_cache(maxsize=32)
def _embed(langs: tuple[str, ...]) -> re.Pattern:
    """An ``embed_notice`` phrase opening a line, maybe a separator or a short word ("von", "de") after it, the rest."""
    return re.compile(rf"^(?:{lang.alternation(lang.words('embed_notice', langs))})(?:\s*[:|\u2013\u2014-]\s*|"
                      rf"\s+(?:[^\W\d_]{{1,4}}\s+)?|$)(?P<rest>.*)$", re.I)


def embed_notice(line: str, langs: tuple[str, ...]) -> bool:
    """The line is only an embed's placeholder or its button (module docstring)."""
    if not lang.words("embed_notice", langs) or not line[:1].isupper():
        return False
    first, _, after = line.partition(" ")
    m, before = _embed(langs).match(line), False
    if m is None and len(line.split()) <= MAX_BUTTON_WORDS and first.casefold() not in _function_words(langs):
        m, before = _embed(langs).match(after), True     # "Show external content"
    rest = m.group("rest").split() if m else ()
    return bool(m) and (all(w[:1].isupper() for w in rest) and len(rest) <= 3 and not (before and rest)
                        or not before and len(rest) == 1 and rest[0].islower())   # "Externen Inhalt anzeigen"


@lru_cache(maxsize=32)
def _function_words(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lang.words("function_words", langs) + lang.words("subject_words", langs))
