"""The screens of captions.py: the lines a rule could take (`line_screen`), and the lines that may hold a label's word
(`worded`), which most of its rules need: a photo or caption label ("Foto:", "[Image: ...]", "... Photo: AFP ..."), a
chart's or a source's label, a picture prompt's word ("enlarge"). A prose paragraph holds none: the rules that need one
are not tried on it (each rule's own quick test, `linear_re.hint`, read once a body and not once a rule and a line)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re, screen
from ..lines import UNSPACED
from ._lone_line import screen_words
from ._wire import AGENCY_ALTERNATION

_RE_ONLY_SPACES = re.compile(r"[\x1c-\x1f]")     # spaces to ``re`` (``str.isspace``), not to RE2's ``\s`` (`linear_re`)


@lru_cache(maxsize=32)
def line_screen(langs: tuple[str, ...]):
    """Every line a rule could take: 16 characters or more (a doubled caption; 8 letters of a script written without
    spaces), a credit or prompt label first, a copyright sign, a slash (name / agency) or an agency's name."""
    labels = lang.alternation(lang.words("photo", langs) + lang.words("chart", langs) + lang.words("source", langs)
                              + screen_words("enlarge", langs, True) + lang.words("chart_footer", langs))
    return screen.compile(rf"[^\n]{{16}}|[{UNSPACED}]{{8}}|^\(?{labels}|©|/|getty|ap photo|epa-efe|shutterstock|:\s*{AGENCY_ALTERNATION}")


@lru_cache(maxsize=32)
def _word_screen(langs: tuple[str, ...]):
    """The label words of the rules' quick tests, anywhere in a line (None: RE2 cannot stand for ``re`` there)."""
    words = "|".join(lang.alternation(lang.words(key, langs)) for key in ("photo", "caption", "chart", "source")) + \
        "|" + lang.alternation(screen_words("enlarge", langs, True))
    return None if linear_re.hint(words) is None else screen.compile(words)


def worded(blocks, langs: tuple[str, ...]):
    """A test of a block's index: the block may hold a word of `_word_screen` (its text is not ASCII, or RE2 finds
    one in it; as `linear_re.may_find` tells). False: no rule needing a label's word takes it."""
    words = _word_screen(langs)
    if words is None:
        return lambda i: True
    found = set(screen.candidates(blocks, words))
    return lambda i: i in found or not blocks[i].text.isascii() or _RE_ONLY_SPACES.search(blocks[i].text) is not None
