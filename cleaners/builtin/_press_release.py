"""Press-release boilerplate ending a body, in the words of the document's languages.

Two shapes (rule ``about-company`` of ``legal``):

* an "About <Company>" heading (cleaners/lang ``about_heading``: "About", "Über", "À propos de",
  "O firmie"; or "<Company> Hakkında", written "* hakkında") among the last `MAX_ABOUT_BLOCKS` + 1
  blocks, in the second half of the body, whose name is capitalised words (``function_words`` between them, a legal form
  in lower case: "Moravtech s.r.o."; any word in a script without case), with what follows it
  when that profiles the name: its first block opens with the name's first word, or as a
  profile (``profile_opening`` after a capitalised name: "Acme is a ...", "Acme ist ein ..."),
  or one of its blocks states a company fact (``company_facts``, ``#`` a number: "founded in
  #", "mit Sitz in"); a book's blurb under "About <Author>'s <Title>" does neither;
* a closing company profile without a heading: among the last `MAX_PROFILE_BLOCKS` blocks, one
  opening as a profile of a name that every block after it names, stating two different
  company facts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re

MAX_ABOUT_BLOCKS = 6      # blocks an "About X" section may hold
MAX_PROFILE_BLOCKS = 3    # blocks of a closing company profile without a heading
MAX_HEADING_WORDS = 8
MAX_NAME_WORDS = 6
_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
_EDGE = ",.:;()"
_LEGAL_FORM = re.compile(r"^(?:[^\W\d_]{1,4}\.)+[^\W\d_]{0,4}$")     # a company's legal form in lower case: "s.r.o."
# kana, CJK, hangul: its classes stand under (?-i:), as these scripts have no case (re.I matches the same letters
# without case-folding their ~28,000 code points at every compile; tests/builtin/test_unfolded_script_classes.py)
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    words = lang.words("about_heading", langs)
    about = lang.alternation(w for w in words if not w.startswith("* "))
    after = lang.alternation(w[2:] for w in words if w.startswith("* "))    # "* hakkında": the name first
    glued = rf"(?<=(?-i:['\u2019{_UNSPACED}]))"     # ("关于华信能源": no space after the word in a script that writes none)
    heading = lazy_re.compile(rf"^(?:(?:{about})(?:\s+|{glued})(?P<name>\S.*?)|(?P<first>\S.*?)\s+(?:{after}))\s*:?$",
                              re.I)
    verbs = lang.alternation(lang.words("profile_opening", langs))
    opening = lazy_re.compile(rf"^(?P<name>[^\W\d_][\w&.'\u2019-]*(?:\s+[^\W\d_][\w&.'\u2019-]*){{0,3}}?),?\s+(?i:{verbs})(?!\w)")
    word = rf"(?-i:[^\W{_UNSPACED}])"       # (next to a Han letter: no space parts words there)
    facts = lazy_re.compile(rf"(?<!{word})({lang.alternation(lang.words('company_facts', langs))})(?!{word})", re.I)
    return heading, opening, facts, frozenset(lang.words("function_words", langs))


def _without_article(words: list[str], function_words) -> list[str]:
    return words[1:] if words and words[0].casefold() in function_words else words


def _company_name(name: str, function_words) -> list[str]:
    """The words of ``name`` when it reads as a name (capitalised words, function words between), else []."""
    words = _without_article(name.split(), function_words)
    if not words or len(words) > MAX_NAME_WORDS or words[0][0].islower():
        return []
    ok = all(not w[0].islower() or w.casefold() in function_words or _LEGAL_FORM.match(w) for w in words)
    return words if ok else []     # (capitalised, a digit, "&", a script without case, or "s.r.o.", "o.o.")


def profile_name(text: str, langs: tuple[str, ...]) -> str | None:
    """The capitalised name a line opens a profile of ("Acme Robotics is a ..."), else None."""
    m = _patterns(langs)[1].match(text)
    if m and all(w[0].isupper() for w in m.group("name").split()):
        return m.group("name")
    return None


def company_facts(text: str, langs: tuple[str, ...]) -> set[str]:
    """The different company facts ``text`` states (numbers read as ``#``)."""
    return {m.group(1).casefold() for m in _patterns(langs)[2].finditer(_NUMBER.sub("#", text))}


def _profiles_the_name(name: list[str], section, langs: tuple[str, ...]) -> bool:
    function_words = _patterns(langs)[3]
    first = _without_article(section[0].text.split(), function_words)
    return bool(first and first[0].strip(_EDGE).casefold() == name[0].strip(_EDGE).casefold()) or \
        profile_name(section[0].text, langs) is not None or any(company_facts(b.text, langs) for b in section)


def press_release_tail(blocks, langs: tuple[str, ...]) -> int | None:
    """Index of the first block of the press-release boilerplate ending the body, or None."""
    heading, _, _, function_words = _patterns(langs)
    n = len(blocks)
    for i in range(max(1, n // 2, n - 1 - MAX_ABOUT_BLOCKS), n - 1):
        text = blocks[i].text
        m = heading.match(text) if len(text.split()) <= MAX_HEADING_WORDS else None
        name = _company_name(m.group("name") or m.group("first"), function_words) if m else []
        if name and _profiles_the_name(name, blocks[i + 1:], langs):
            return i
    for i in range(max(1, n - MAX_PROFILE_BLOCKS), n):
        name = profile_name(blocks[i].text, langs)
        if not name:
            continue
        tail = [b.text for b in blocks[i:]]
        facts = set().union(*(company_facts(t, langs) for t in tail))
        if len(facts) >= 2 and all(name in t for t in tail):
            return i
    return None
