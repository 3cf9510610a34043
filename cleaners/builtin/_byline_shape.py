"""Bylines by their shape, for a language without a file (no word for "by" or "and" is known): a short label,
then person names as capitalised words, maybe an affiliation. "Autorius: Jonas Petraitis", "Piše Ana Horvat i Ivo
Kovač, Hina", "Nga Arben Hoxha (ATA)". The caller guards the position (the head of the document, no heading);
scripts without capitals never match (their names cannot be told from words)."""
from __future__ import annotations

import re

from ..lines import word_count
from ._byline import PARTICLES, _function_words, is_person_name

MAX_WORDS = 14                  # of the whole line
MAX_AFFILIATION_WORDS = 4       # "Hina", "posebni dopisnik", "La rédaction"
MAX_ONE_WORD_LABEL = 6          # letters of a label of one capitalised word without a colon ("Piše", "Nga", "Von")
MAX_NAME_WORDS = 3              # capitalised words of one name
MAX_JOIN = 4                    # letters of an unknown word for "and" between two names ("i", "ja", "dhe", "und")
_LETTERS = re.compile(r"[^\W\d_]+")
_INITIAL = re.compile(r"[^\W\d_]\.")
# a label and its colon: one to three words of letters ("Autorius:", "Tekstas :", "Pripremio i uredio:")
_COLON_LABEL = re.compile(r"^(?P<label>[^\W\d_]{1,20}(?:[ '\u2019-][^\W\d_]{1,20}){0,2})\s?:\s+(?P<body>\S.*)$")
_PAREN_TAIL = re.compile(r"^(?P<body>.*?)\s*\((?P<aff>[^()]{1,40})\)$")
_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+")


def _name_word(w: str) -> bool:
    """A capitalised word of letters ("Ana", "O'Neill", "Jean-Luc") or an initial ("J.")."""
    core = w.replace("-", "").replace("'", "").replace("\u2019", "")
    return bool(_INITIAL.fullmatch(w)) or (len(core) >= 2 and core.isalpha() and w[0].isupper() and w[1:2].islower()
                                          and w.casefold() not in _function_words())


def _join(w: str) -> bool:
    """An unknown word for "and": a short lower-case word that is no particle of a name."""
    return w == "&" or len(w) <= MAX_JOIN and w.isalpha() and w.islower() and w not in PARTICLES


def _joins_two(words: list[str]) -> bool:
    """A word for "and" (`_join`, or a particle such as "e", "y") stands between two capitalised words."""
    return any((_join(w) or w in PARTICLES) and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
               for k, w in enumerate(words[1:-1], 1))


def _names(text: str) -> list[str] | None:
    """The person names of ``text`` (names joined by commas or a short lower-case word), each of two to four
    words, the first and last capitalised, particles ("de", "van") between; None when anything else is there."""
    out, current = [], []
    for token in text.replace(",", " , ").split():
        if token == "," or _join(token):
            out.append(current)
            current = []
        else:
            current.append(token)
    out.append(current)
    names = []
    for name in out:
        if not _name(name):     # a particle that is also a word for "and" ("e", "y") may join two names
            cut = next((k for k in range(2, len(name) - 1) if name[k] in PARTICLES and _name(name[:k])
                        and _name(name[k + 1:])), None)
            if cut is None:
                return None
            names += [name[:cut], name[cut + 1:]]
        else:
            names.append(name)
    return [" ".join(name) for name in names]


def _name(words: list[str]) -> bool:
    """Two or three capitalised words, particles between them ("Jan de Vries"): a longer run of capitalised
    words is a headline in title case ("Door Prize Winners Announced")."""
    return 2 <= sum(w not in PARTICLES for w in words) <= MAX_NAME_WORDS and len(words) <= 5 and \
        _name_word(words[0]) and _name_word(words[-1]) and all(_name_word(w) or w in PARTICLES for w in words[1:-1])


def _affiliation_ok(text: str) -> bool:
    return bool(text) and word_count(text) <= MAX_AFFILIATION_WORDS and not text.endswith((".", "!", "?", ":", ";"))


def _split(body: str) -> tuple[str, str] | None:
    """(names, affiliation) of what follows the label: an affiliation in brackets, after a bar or dash, or after
    the comma that follows the part holding a word for "and" (the first part when none does)."""
    affiliation = ""
    if m := _PAREN_TAIL.match(body):
        body, affiliation = m.group("body"), m.group("aff").strip()
    elif len(parts := _SEPARATOR.split(body, maxsplit=1)) == 2:
        body, affiliation = parts
    if affiliation and not _affiliation_ok(affiliation):
        return None
    parts = [p.strip() for p in body.split(",")]
    last = max((k for k, p in enumerate(parts) if _joins_two(p.split())), default=0)
    if last + 1 < len(parts):
        if affiliation:
            return None
        affiliation = ", ".join(parts[last + 1:])
        if not _affiliation_ok(affiliation):
            return None
    return ", ".join(parts[:last + 1]), affiliation


def _label_ok(words: list[str]) -> bool:
    """A label without a colon: one to three words of letters, the last in lower case ("napisao", "Ein Beitrag
    von"), or one capitalised word of `MAX_ONE_WORD_LABEL` letters at most ("Piše", "Nga")."""
    if not all(_LETTERS.fullmatch(w) for w in words):
        return False
    return words[-1].islower() or len(words) == 1 and len(words[0]) <= MAX_ONE_WORD_LABEL and words[0][:1].isupper()


def shape_byline(text: str) -> tuple[str, str] | None:
    """(the authors, the affiliation) of a line with the shape of a byline, or None."""
    text = text.strip()
    if not text or word_count(text) > MAX_WORDS:
        return None
    bodies = []
    if m := _COLON_LABEL.match(text):
        bodies.append((0, m.group("body")))
    else:
        words = text.split()
        bodies += [(k, " ".join(words[k:])) for k in (3, 2, 1) if k < len(words) and _label_ok(words[:k])]
    for k, body in bodies:
        split = _split(body)
        names = _names(split[0]) if split else None
        # a capitalised word before a name of two more is a title-case headline as well ("Fonte Nuova Mayor")
        if names and (k == 0 or len(names) > 1 or sum(w not in PARTICLES for w in names[0].split()) == 2 or not text[:1].isupper()):
            return split[0], split[1]
    return None


MIN_NAME_LIST = 3               # touching lines of names that make a list, no byline


def in_name_list(blocks, i: int) -> bool:
    """Line ``i`` is one of `MIN_NAME_LIST` touching lines (no blank line between) or more, each only a person's
    name or a byline's shape: an article's list of names ("Aoife Ní Dhomhnaill" / "Ana García López" / ...)."""
    start = i
    while start > 0 and blocks[start].gap == 0:
        start -= 1
    end = i + 1
    while end < len(blocks) and blocks[end].gap == 0:
        end += 1
    run = blocks[start:end]
    return len(run) >= MIN_NAME_LIST and all(is_person_name(b.text) or shape_byline(b.text) for b in run)
