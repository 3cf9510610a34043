"""The classes of `_byline` (names) and `_lone_line` (templates) written under (?-i:) match what their plain forms
did, with re.I and without: every code point checked (a compile-time saving must not change a match)."""
import re

import pytest

from cleaners.builtin import _byline, _lone_line
from cleaners.lines import MARKS, SYLLABIC, UNCASED, UNSPACED

EVERY = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
TAIL = rf"[\w'\u2019\u05f3\u05f4{MARKS}{SYLLABIC}-]"
PAIRS = [
    (f"[{UNCASED}{_byline._SYLLABIC_OPENERS}]", _byline._OPENERS),      # the letter an uncased name opens with
    (TAIL, f"(?-i:{TAIL})"),                                            # the letters after it
    (r"[\w.'\u2019-]", r"(?-i:[\w.'\u2019-])"),                          # the letters after a capital
    (rf"[^\W{UNSPACED}]", _lone_line._WORD_AFTER),                        # no such letter after a template
]


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("before, after", PAIRS)
def test_a_class_under_no_case_folding_matches_the_same_code_points(before, after, flags):
    assert re.findall(after, EVERY, flags) == re.findall(before, EVERY, flags)


def test_the_name_patterns_are_built_of_those_classes():
    assert _byline.UNCASED_WORD == f"{_byline._OPENERS}(?:{_byline._INITIAL_TAIL}(?=\\s+[^\\W\\d_])|(?-i:{TAIL}*))"
    assert _byline._INITIAL_TAIL == rf"(?-i:[{MARKS}]*)\."
    assert r"(?-i:[\w.'\u2019-]*)" in _byline.CAP
    assert _lone_line.templates("paywall", ("de", "en")).pattern.endswith(f"(?!{_lone_line._WORD_AFTER})")


def test_a_georgian_name_under_its_capitals_still_matches_with_re_i():
    name = "\u1c9c\u1c98\u1c9c\u1c9d"     # "ნინო" in Mtavruli
    assert re.fullmatch(_byline.UNCASED_WORD, name, re.I)
    assert not re.fullmatch(_byline.UNCASED_WORD, name)
