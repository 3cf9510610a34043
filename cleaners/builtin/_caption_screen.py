"""The screens of captions.py: the lines a rule could take (`candidates`), and the lines that may hold a label's word
(`worded`), which most of its rules need: a photo or caption label ("Foto:", "[Image: ...]", "... Photo: AFP ..."), a
picture prompt's word ("enlarge"). A prose paragraph holds none: the rules that need one
are not tried on it (each rule's own quick test, `linear_re.hint`, read once a body and not once a rule and a line)."""
from __future__ import annotations

from functools import lru_cache

from .. import lang, linear_re, screen
from ..lines import UNSPACED
from ._lone_line import screen_words
from ._wire import AGENCY_ALTERNATION

# the characters RE2 and ``re`` read alike in a pattern of ``re.I``: ASCII but the spaces only ``re`` knows (\x1c-\x1f,
# `linear_re`), and (`_caseless`) the signs of no case (quotes, dashes, spaces, symbols: a word of the words' lists
# matches them only as themselves)
_PLAIN = frozenset(map(chr, range(128))) - frozenset("\x1c\x1d\x1e\x1f")
_RE_ONLY_SPACES = screen.compile(r"[\x1c-\x1f]")


LONG_LINE = 16      # characters of a line a rule may take for its length alone (a doubled caption)


def candidates(blocks, langs: tuple[str, ...]) -> list[int]:
    """Every line a rule could take (`screen.candidates`): `LONG_LINE` characters or more (read in Python: most lines
    are, and a screen would stop at each), or a mark of `_mark_screen`."""
    if not screen.ENABLED:
        return list(range(len(blocks)))
    found = set(screen.long_lines(blocks, LONG_LINE))
    found.update(screen.candidates(blocks, _mark_screen(langs)))
    return sorted(found)


@lru_cache(maxsize=32)
def _mark_screen(langs: tuple[str, ...]):
    """A short line a rule could take: 8 letters of a script written without spaces, a credit or prompt label first,
    a copyright sign, a slash (name / agency) or an agency's name."""
    labels = lang.alternation(lang.words("photo", langs) + lang.words("chart", langs) + lang.words("source", langs)
                              + screen_words("enlarge", langs, True) + lang.words("chart_footer", langs))
    return screen.compile(rf"[{UNSPACED}]{{8}}|^\(?{labels}|©|/|getty|ap photo|epa-efe|shutterstock"
                          rf"|:\s*{AGENCY_ALTERNATION}")


@lru_cache(maxsize=32)
def _word_screen(langs: tuple[str, ...]):
    """The label words of the rules' quick tests, anywhere in a line (None: RE2 cannot stand for ``re`` there)."""
    words = "|".join(lang.alternation(lang.words(key, langs)) for key in ("photo", "caption")) + \
        "|" + lang.alternation(screen_words("enlarge", langs, True))
    return None if linear_re.hint(words) is None else screen.compile(words)


def worded(blocks, langs: tuple[str, ...]):
    """A test of a block's index: the block may hold a word of `_word_screen`: RE2 finds one in it, or it holds a
    letter other than ASCII's or a sign RE2 may read otherwise than ``re`` (`_PLAIN`, `_caseless`; an ASCII text:
    `linear_re.may_find`). False: no rule needing a label's word takes it."""
    words = _word_screen(langs)
    if words is None:
        return lambda i: True
    found = set(screen.candidates(blocks, words))
    found.update(screen.candidates(blocks, _RE_ONLY_SPACES))
    return lambda i: i in found or not (blocks[i].text.isascii()
                                        or all(map(_caseless, set(blocks[i].text).difference(_PLAIN))))


@lru_cache(maxsize=4096)
def _caseless(char: str) -> bool:
    """``char`` (no ASCII's) is no letter and has no case: ``re`` and RE2 match it only to itself in a pattern of
    ``re.I``."""
    return not char.isascii() and not char.isalpha() and char.lower() == char.upper() == char.casefold() == char
