"""A byline that names a desk or a post, not a person (read by dateline.py, rule ``desk-byline``): a by-word of the
document's language, up to `MAX_LEAD_WORDS` lead words (an article, a possessive: "our", "unserer", "la": the
language's ``desk_lead`` or ``function_words``; "Autor listu pozostał anonimowy." leads with a noun and a verb), then
a label of a name's place (`page_author_names`: ``author_markup.toml`` [whole], "correspondent", "Redaktion",
"redactie", "redacción", "Staff Reporter"), nothing after it: "By our correspondent", "Von unserer Redaktion", "Door
onze redactie", "Por la redacción", "By Staff Reporter". The line goes and names no author. "By our own efforts" and
"By the editors' count, …" are no label alone and stay.

Rule ``desk-line``: the same label after a short capitalised word that is no by-word (a preposition, up to
`MAX_OPENING_CHARS` letters) and one or two lead words (as above: "Autor listu pozostał anonimowy" stays), maybe the
place it reports from after it ("From our reporter in Lisbon", "From our correspondent", "Desde nuestro corresponsal
en Quito"): a head line that names no author and is no title. "From our readers" (no label) and "From our reporter's
notebook, a list" stay."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import date_names, lang
from ..lines import ends_sentence
from ..page_author_names import is_label

MAX_LEAD_WORDS = 2
MAX_WORDS = 6
MAX_OPENING_CHARS = 6
MAX_DESK_LINE_WORDS = 9
_PLACE_WORDS = 3     # capitalised words of the place after a short lower-case word ("in Lisbon")


@lru_cache(maxsize=32)
def _by(langs: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"^(?:{lang.alternation(lang.words('by', langs))})\s*:?\s+(?P<rest>.+?)[.]?$", re.I)


@lru_cache(maxsize=32)
def _leads(langs: tuple[str, ...]) -> frozenset[str]:
    """The words that may stand between a by-word and a desk's label: determiners, possessives, function words."""
    return frozenset(lang.words("desk_lead", langs) + lang.words("function_words", langs))


def desk_byline(text: str, langs: tuple[str, ...]) -> bool:
    """The line is a by-word and a desk's or a post's label (module docstring)."""
    line = " ".join(text.split())
    if len(line.split()) > MAX_WORDS or not lang.words("by", langs) or (m := _by(langs).match(line)) is None:
        return False
    words = m.group("rest").split()
    for lead in range(min(MAX_LEAD_WORDS, len(words) - 1) + 1):
        if lead and not (words[lead - 1].islower() and words[lead - 1] in _leads(langs)):
            return False
        if is_label(" ".join(words[lead:]), langs):
            return True
    return False


def _date_name(word: str, langs: tuple[str, ...]) -> bool:
    """A month or weekday name (a label where a name stands, as a date, but no desk: "Menos desperdício no mar")."""
    months, weekdays, _ = date_names.names(date_names.codes(langs))
    return word.casefold() in {w.casefold() for w in (*months, *weekdays)}


def desk_line(text: str, langs: tuple[str, ...]) -> bool:
    """A head line naming a desk after an opening word and a possessive, maybe a place after it (rule desk-line)."""
    words = text.split()
    if not 3 <= len(words) <= MAX_DESK_LINE_WORDS or not words[0].isalpha() or not words[0][0].isupper() \
            or len(words[0]) > MAX_OPENING_CHARS or ends_sentence(text):
        return False
    for lead in (1, MAX_LEAD_WORDS):
        if not all(w.isalpha() and w.islower() and w in _leads(langs) for w in words[1:1 + lead]):
            break
        rest = words[1 + lead:]
        for n in range(1, len(rest) + 1):
            place = rest[n:]
            if (not place or place[0].isalpha() and place[0].islower() and len(place[0]) <= MAX_OPENING_CHARS
                    and 1 <= len(place) - 1 <= _PLACE_WORDS and all(w[:1].isupper() for w in place[1:])) \
                    and is_label(desk := " ".join(rest[:n]), langs) and not _date_name(desk, langs):
                return True
    return False
